"""Opposite claims: a key point said with its direction reversed, found without a rubric list.

A confidently wrong answer keeps the rubric's nouns and flips its direction: "adding dimensions
makes the data *denser*" for "data becomes sparse", "momentum makes the oscillations *larger*"
for "dampens oscillations". Each key point's label and phrases are read for direction words
(increase/decrease, more/less, sparse/dense, before/after, faster/slower ...); the word next to
it that says what moves (its *anchor*: "oscillations", "variance", "data") is kept with it.

An answer clause that pairs an anchor with the *opposite* direction word, not negated and not
warned against, states the flipped claim. The point is contradicted only when the answer never
pairs an anchor with the point's own direction anywhere (as swapped subjects in
contradiction.py): "L1 makes weights sparse, L2 keeps them dense" flips nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, KeyPoint, Question
from simulator.core.scoring.absent_cases import (
    assumption_of,
    granted_otherwise,
    said_as_its_trouble,
    said_of_its_absence,
    tells_a_trouble,
)
from simulator.core.scoring.clause_subject import (
    explicit_subject,
    names_an_action,
    of_a_family,
    opens_on_a_pronoun,
)
from simulator.core.scoring.compared_sides import other_end_of_a_fronted_comparison
from simulator.core.scoring.matching import QUALIFIERS
from simulator.core.scoring.metric_polarity import agree, polarity, said_of
from simulator.core.scoring.opposite_guards import (
    adjective_of_another_noun,
    aim_of_the_speaker,
    of_the_alternative,
)
from simulator.core.scoring.opposite_pairs import OPPOSITE_PAIRS, phrasal_side, side_map
from simulator.core.scoring.own_rubric import rubric_term
from simulator.core.scoring.pair_sides import SWAP_PAIRS, mentions, names_side
from simulator.core.scoring.pair_sides import said_of as pair_said_of
from simulator.core.scoring.relation_ends import clause_span, same_relation_or_unlike
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, content_stems, stem, words
from simulator.core.scoring.turned_comparatives import said_of_the_other_side

_PAIRS = OPPOSITE_PAIRS
_MORE = 2  # the more/less pair, which also modifies other direction words
_MAGNITUDES = (0, 1)  # increase/decrease and higher/lower: what a metric's polarity turns over
ANCHOR_REACH = 3  # content words either side of a direction word that say what moves
ANSWER_REACH = 6  # words between an anchor and a direction word in an answer clause
# Generic nouns say what moves often enough ("the data becomes sparse"): kept as anchors.
_NOUNS = frozenset(("data", "model", "models", "feature", "features", "training", "value"))
_NOT_ANCHOR = frozenset((GENERIC_WORDS - _NOUNS) | QUALIFIERS | STOPWORDS) | frozenset(
    ("high", "low", "large", "small", "much", "lot", "lots", "very", "make", "makes", "become")
    + ("becomes", "get", "gets", "keep", "keeps", "usually", "often", "also", "even")
    # Linking verbs say how two things relate, not what moves: "large gamma *means* a narrow
    # kernel" anchored on "means" made "small gamma means wide influence" a flip.
    + ("means",)
)


_SIDE = side_map(_PAIRS)
_TABLE_WORDS = frozenset(w for pair in _PAIRS for forms in pair for w in forms.split())
# Direction words whose stem is a noun that names no direction: "costly" stems to "cost", and
# "practical *costs*" (a feature-selection key point) read as "expensive" made "much *cheaper*
# to serve" its opposite (strong27). Such a stem says its direction only in the table's words.
_NOUN_STEMS = frozenset(stem(w) for w in ("costly",))


def side_of(word: str, stem_: str) -> tuple[int, int] | None:
    """The (pair, side) a word says, or None: by its stem, unless that stem is also a noun
    naming no direction and the word is not the table's own ("costs" is no "costly")."""
    if stem_ in _NOUN_STEMS and word not in _TABLE_WORDS:
        return None
    return _SIDE.get(stem_)


_FREQUENCY = _SIDE[stem("always")][0]
_TIME = _SIDE[stem("past")][0]
# Words of other pairs that name an earlier or a later period: a sentence that names both
# periods compares them ("training on the past and testing on later interactions").
_TIME_ECHO = {
    **{stem(w): 0 for w in ("earlier", "older", "prior", "historical", "previously")},
    **{stem(w): 1 for w in ("later", "next", "following", "subsequent", "newer", "upcoming")},
}
_GO = frozenset(("go", "goes", "going", "went", "gone"))
_PHRASAL = {"up": _SIDE[stem("increase")], "down": _SIDE[stem("decrease")]}


@dataclass(frozen=True)
class Direction:
    """One direction a key point states: pair, side, and the stems of what moves."""

    pair: int
    side: int
    word: str  # as written in the rubric, for the feedback
    anchors: frozenset[str]
    # +1 / -1: the rubric says it of a metric better when high / low ("validation error still
    # decreasing"); 0: of no metric, or of both kinds
    polarity: int = 0


@dataclass(frozen=True)
class Flip:
    claim: str  # the reversed claim as the feedback names it
    evidence: str  # the sentence that said it


# A direction the rubric says is kept away: "*avoiding vanishing* gradients" says the
# gradients do not vanish, so "larger gradients" is the point made, not flipped (claims41: two
# correct cross-entropy partials were charged '"larger", the opposite of "vanishing"'). Such a
# word states no direction either way.
_AVERTING = frozenset(
    ("avoid", "avoids", "avoiding", "prevent", "prevents", "preventing", "without", "fixes")
    + ("fixing", "solves", "solving", "counters", "countering", "mitigates", "mitigating")
    # ... and the other verbs of easing a trouble: "the forget gate *eases vanishing* gradients"
    # says they vanish less, so "exploding gradients still happen, so you still clip" is no
    # opposite of it (blind set 62: a correct LSTM warning was charged '"exploding", the
    # opposite of "vanishing"')
    + ("ease", "eases", "eased", "alleviate", "alleviates", "alleviated", "alleviating")
    + ("mitigate", "mitigated", "combat", "combats", "combating", "tackle", "tackles")
    + ("tackling",)
)
_AVERT_REACH = 2
# Words that make the next one a noun naming a range of kinds: the rubric's "waves of
# *different speeds*" says the waves differ, not that anything speeds up, so an answer's "slow
# and fast waves" was charged as its opposite (para43). A table word after them says no
# direction. ("many", "several" and "all" are left out: "many more samples" is a direction.)
_VARIETY = frozenset(("different", "differing", "various", "varying", "multiple"))


def _kp_directions(kp: KeyPoint, subject: frozenset[str]) -> tuple[Direction, ...]:
    return _directions_of(kp.label, tuple(kp.phrases), subject)


@lru_cache(maxsize=4096)
def _directions_of(
    label: str, phrases: tuple[str, ...], subject: frozenset[str]
) -> tuple[Direction, ...]:
    """Direction words of the label and phrases with the content words around them. The
    question's own subject words ("momentum") are no anchor: every sentence names them."""
    found: dict[tuple[int, int], set[str]] = {}
    shown: dict[tuple[int, int], str] = {}
    metrics: dict[tuple[int, int], set[int]] = {}
    averted: set[tuple[int, int]] = set()
    seen: set[tuple[int, int]] = set()  # every side the point says, anchored or not
    for text in (label, *phrases):
        for clause in _clauses(text):
            ws = words(clause)
            if _counterfactual(text, clause):
                continue  # "must not be affected ..., *otherwise* the adjustment biases ..."
            for i, w in enumerate(ws):
                key = side_of(w, stem(w))
                if key is None:
                    continue
                if i > 0 and ws[i - 1] in _VARIETY:
                    continue  # "waves of different *speeds*": a noun naming a range, no direction
                if i > 0 and ws[i - 1] == "non":
                    key = (key[0], 1 - key[1])
                if i > 0 and ws[i - 1] in _TURNING_DEGREES:
                    # the rubric's "less stable training" is an answer's "less stable" (claims42:
                    # a correct sequence-level-training answer was charged '"stable", the
                    # opposite of "stable"'), read as ``_sides`` reads the answer
                    key = (key[0], 1 - key[1])
                if any(x in NEGATION_WORDS for x in ws[max(0, i - 4) : i]):
                    key = (key[0], 1 - key[1])  # "cannot capture nonlinear structure"
                seen.add(key)
                if any(x in _AVERTING for x in ws[max(0, i - _AVERT_REACH) : i]):
                    averted.add(key)  # ... and the phrases naming it ("vanishing gradient")
                    continue
                # "always" / "never" say how often the word after them holds: "templates
                # *never seen* before" is about being seen, not about templates.
                lo = i + 1 if key[0] == _FREQUENCY else max(0, i - ANCHOR_REACH)
                near = [
                    stem(x)
                    for x in ws[lo : i + ANCHOR_REACH + 1]
                    if x != w and x not in _NOT_ANCHOR and stem(x) not in _SIDE
                ]
                anchors = {s for s in near if s not in subject and len(s) > 2}
                if key[0] in _MAGNITUDES:
                    metrics.setdefault(key, set()).add(said_of(ws, i))
                if anchors:
                    found.setdefault(key, set()).update(anchors)
                    shown.setdefault(key, w)
    # A point that names both directions of a pair ("more bias, less variance") is a trade-off,
    # which a flip cannot contradict; so is one whose label or phrases name the other end with
    # no anchor of its own ("local *and global*", "*train on the past*" beside "future
    # interactions"): a correct answer saying that end was charged as the opposite (charge55).
    pairs = [k[0] for k in found] + [
        k[0] for k in seen if k not in found and (k[0], 1 - k[1]) in seen
    ]
    # A direction said of no metric ("still decreasing") is read as said of the point's
    # metrics when they are all of one polarity ("validation error keeps dropping").
    named = {polarity(w) for text in (label, *phrases) for w in words(text)} - {0}
    default = named.pop() if len(named) == 1 else 0
    return tuple(
        Direction(
            pair,
            side,
            shown[(pair, side)],
            frozenset(anchors),
            _one(metrics, (pair, side), default),
        )
        for (pair, side), anchors in found.items()
        if pairs.count(pair) == 1 and pair not in {k[0] for k in averted}
    )


# What a requirement is said with: "the covariate *must not* be affected by the treatment".
_REQUIRING = frozenset(("must", "should", "need", "needs", "require", "requires", "required"))
_OTHERWISE = frozenset(("otherwise", "else"))


def _counterfactual(text: str, clause: str) -> bool:
    """The clause says what happens when a requirement the text sets before it fails: "The
    covariate *must* not be affected by the treatment, *otherwise* the adjustment biases the
    estimated effect". Its direction ("biases") is the failure's, not the point's claim, and
    the point holds the other way round when the requirement is met ("the estimate stays
    *unbiased*" was charged as its opposite, false36). "With probability epsilon it explores,
    and otherwise it picks the highest estimate" (no requirement) is still read."""
    ws = words(clause)
    at = next((i for i, w in enumerate(ws) if w in _OTHERWISE), None)
    if at is None or any(w not in STOPWORDS for w in ws[:at] if w != "and"):
        return False
    before = words(text[: text.find(clause)])
    return any(w in _REQUIRING for w in before) or ("has" in before and "to" in before)


_TURNING_DEGREES = frozenset(("less", "fewer"))


def _one(metrics: dict[tuple[int, int], set[int]], key: tuple[int, int], default: int) -> int:
    """The one metric polarity a direction is said with in the rubric; ``default`` when it is
    said of no metric; 0 when of both kinds."""
    said = metrics.get(key, set())
    if said - {0}:
        said = said - {0}
        return said.pop() if len(said) == 1 else 0
    return default if said else 0


def _by_polarity(
    tokens: Tokens, first: int, last: int, sides: dict[int, tuple[int, int]], d: Direction
) -> dict[int, tuple[int, int]]:
    """A direction word of the point's pair said of a metric of the other polarity than the
    point's is read turned over: "validation accuracy still *rising*" says what "validation
    error still *decreasing*" does (metric_polarity.py)."""
    if not d.polarity or d.pair not in _MAGNITUDES:
        return sides
    out = dict(sides)
    for pos, (pair, side) in sides.items():
        if pair == d.pair and agree(said_of(tokens.words, pos, first, last), d.polarity):
            out[pos] = (pair, 1 - side)
    return out


_CONTRAST = re.compile(r"\b(?:but|whereas|while|unlike)\b", re.I)


def _sentences(text: str) -> list[str]:
    return [t for t in re.split(r"(?<=[.!?])\s+", text) if t.strip()]


def _other_cause(tokens: Tokens, pos: int, own: frozenset[str], other: frozenset[str]) -> bool:
    """The clause of ``pos`` names a cause the rubric gives the other direction, and none it
    gives the point's own."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    ids = clause_ids(sentence)
    first = sentence.first_word
    said = {
        tokens.stems[i]
        for i in range(first, sentence.last_word)
        if ids[i - first] == ids[pos - first]
    }
    return bool(said & other) and not said & own


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[,;:()]", text) if c.strip()]


_SUCCEEDING = frozenset(("after", "before"))
_NEXT_ONE = frozenset(("another", "other"))


def _succession(ws: tuple[str, ...], pos: int, first: int, last: int) -> bool:
    """ "after" in an idiom of succession: "one word *after another*", "one after the other",
    "step after step". It says things come one at a time, no time of anything before or after
    something else (heldout_wrong63: a correct analogy of GPT, "it always continues from there,
    one word after another", was charged '"after", the opposite of "earlier"' against "only
    sees earlier words")."""
    if ws[pos] not in _SUCCEEDING or pos + 1 >= last:
        return False
    after = ws[pos + 1 : pos + 3]
    return (
        after[0] in _NEXT_ONE
        or tuple(after) == ("the", "other")
        or (pos > first and ws[pos - 1] == ws[pos + 1] and ws[pos + 1] not in STOPWORDS)
    )


_PROP_WORDS = frozenset(("one", "ones"))


def _prop_word(ws: tuple[str, ...], pos: int, first: int) -> bool:
    """ "one" standing for a noun after a direction word ("a much *smaller one*", "the
    newer ones"): it names the thing compared, not the number a rubric's "a temperature
    *greater than one*" anchors on (heldout_wrong63: a correct distillation paraphrase, "a
    tutor for a much smaller one", was charged '"smaller", the opposite of "greater"')."""
    return (
        ws[pos] in _PROP_WORDS
        and pos > first
        and side_of(ws[pos - 1], stem(ws[pos - 1])) is not None
    )


def _sides(tokens: Tokens, first: int, last: int) -> dict[int, tuple[int, int]]:
    """The direction each word of a sentence says. "non" before a word reverses it ("non
    linear"), and so do "less" / "more" before a direction word ("less noisy" is smoother),
    which then say nothing on their own."""
    out: dict[int, tuple[int, int]] = {}
    for pos in range(first, last):
        if _succession(tokens.words, pos, first, last):
            continue  # "one word after another": one at a time, no time of anything
        key = side_of(tokens.words[pos], tokens.stems[pos])
        if key is None and pos > first and tokens.words[pos - 1] in _GO:
            key = _PHRASAL.get(tokens.words[pos])  # "recall goes up"
        if key is None and pos > first:
            particle = phrasal_side(tokens.words, pos)  # "the scaler backs off"
            key = _SIDE[stem(particle)] if particle else None
        if key is None:
            continue
        before = tokens.words[pos - 1] if pos > first else ""
        if before == "non":
            key = (key[0], 1 - key[1])
        elif before in ("less", "fewer") or (before == "more" and key[0] != _MORE):
            out.pop(pos - 1, None)
            if before != "more":
                key = (key[0], 1 - key[1])
        out[pos] = key
    return out


_BASE_SIZES = {"large": 0, "high": 0, "big": 0, "great": 0, "small": 1, "low": 1}
_SIZE_PAIR = _SIDE[stem("higher")][0]


def _sized(kp: KeyPoint, d: Direction) -> dict[str, int]:
    """What the rubric's clause saying the direction calls large or small, with the side of
    the higher/lower pair it stands for: "*small C* regularizes more" -> {c: lower}. An answer's
    "a *larger C* means less regularization" turns both round and says the point (claims26)."""
    out: dict[str, int] = {}
    for text in (kp.label, *kp.phrases):
        for clause in _clauses(text):
            ws = words(clause)
            if d.word not in ws:
                continue
            for i, w in enumerate(ws[:-1]):
                if w in _BASE_SIZES:
                    out.setdefault(stem(ws[i + 1]), _BASE_SIZES[w])
    return out


def _pairings(
    tokens: Tokens,
    d: Direction,
    stance: Stance,
    own: dict[int, int],
    sized: dict[str, int] | None = None,
    point_stems: frozenset[str] = frozenset(),
    told: dict[int, int] | None = None,
) -> tuple[list[int], list[int]]:
    """Positions of direction words of the point's pair said with an anchor, not negated and
    not warned against: (same direction, anywhere in a sentence with an anchor; opposite
    direction, in the anchor's clause). A sentence that says both directions of the pair
    compares two things, and a clause that reverses two of the point's directions ("larger
    batches give less noisy gradients" for "smaller batches, noisier gradients") says the
    point again: neither flips it. ``own``: the point's direction of each of its pairs."""
    same: list[int] = []
    opposite: list[int] = []
    stems = tokens.stems
    by_sentence = [
        _by_polarity(
            tokens,
            s.first_word,
            s.last_word,
            _echoed(_sides(tokens, s.first_word, s.last_word), d.pair, own),
            d,
        )
        for s in tokens.sentences
    ]
    of_pair = [{k for k in sides.values() if k[0] == d.pair} for sides in by_sentence]
    for i, sentence in enumerate(tokens.sentences):
        first, last = sentence.first_word, sentence.last_word
        sides = by_sentence[i]
        mine = [p for p, k in sides.items() if k[0] == d.pair]
        anchored = [
            p
            for p in range(first, last)
            if stems[p] in d.anchors and not _prop_word(tokens.words, p, first)
        ]
        if not mine or not anchored:
            continue
        said = {sides[p] for p in mine} | _across_semicolons(tokens, i, of_pair)
        if d.pair == _TIME:  # "train on the *past*, test on *later* interactions"
            said |= {
                (_TIME, _TIME_ECHO[stems[p]]) for p in range(first, last) if stems[p] in _TIME_ECHO
            }
        if len(said) > 1:
            continue
        clauses = clause_ids(sentence)
        for pos in mine:
            span = (pos, pos + 1)
            if stance.negated(span) or stance.warned(span):
                continue
            if sides[pos][1] == d.side:
                same.append(pos)
                continue
            clause = clauses[pos - first]
            if _names_a_period(tokens, pos, first, last, d):
                continue
            if _reference_point(tokens, pos, first, clauses, anchored, d):
                continue
            if _against_the_rest(tokens, first, clauses, clause):
                continue
            if _under_condition(tokens, first, clauses, sides, clause):
                continue
            if _in_condition(tokens, first, clauses, clause):
                continue
            if _condition_inside(tokens, first, clauses, clause):
                continue
            if _case_the_speaker_meets(tokens, first, last, pos):
                continue
            if _case_the_speaker_advises(tokens, first, last, pos):
                continue
            if _degree_of_an_adjective(tokens, pos, d, point_stems):
                continue
            if any(
                tokens.words[p] in _HEDGES or tokens.words[p] == "unless"
                for p in range(first, last)
                if clauses[p - first] == clause
            ):
                # "its regret grows linearly *unless* epsilon decays": said with its exception,
                # as claims.py's hedges read it (newpack30)
                continue  # "can be underconfident after label smoothing": sometimes, not always
            flips = sum(
                1
                for p, k in sides.items()
                if clauses[p - first] == clause and k[0] in own and own[k[0]] != k[1]
            )
            flips += sum(
                1
                for p, k in sides.items()
                if clauses[p - first] == clause
                and k[0] == _SIZE_PAIR
                and k[0] not in own
                and p + 1 < last
                and (sized or {}).get(stems[p + 1], k[1]) != k[1]
            )
            # the point's change word said of what is no direction's anchor (a prompt's
            # subject: "a larger sample *raises* power"), turned in the same clause ("power
            # *falls* as the sample gets smaller"): the clause may say the point again, so
            # it turns nothing for certain (review of cd552cee, fix45)
            turned = sum(
                1
                for p, k in sides.items()
                if clauses[p - first] == clause
                and k[0] in (told or {})
                and (told or {})[k[0]] != k[1]
            )
            if (
                flips % 2 == 1
                and turned % 2 == 0
                and any(
                    abs(a - pos) <= ANSWER_REACH and clauses[a - first] == clause for a in anchored
                )
            ):
                opposite.append(pos)
    return same, opposite


def _across_semicolons(
    tokens: Tokens, i: int, of_pair: list[set[tuple[int, int]]]
) -> set[tuple[int, int]]:
    """The pair's sides said in the clauses a semicolon joins to sentence ``i``: "optimal for
    *linear* systems; the extended filter handles *nonlinear* models" compares two cases as
    one sentence with a comma would, though the splitter cuts it in two (para37: a correct
    Kalman filter answer was charged '"nonlinear", the opposite of "linear"')."""
    sentences = tokens.sentences
    said: set[tuple[int, int]] = set()
    j = i
    while j > 0 and sentences[j - 1].text.rstrip().endswith(";"):
        j -= 1
        said |= of_pair[j]
    j = i
    while j + 1 < len(sentences) and sentences[j].text.rstrip().endswith(";"):
        j += 1
        said |= of_pair[j]
    return said


# Pairs whose sides say that something grows or shrinks: "makes the oscillations *larger*"
# reverses "*dampens* oscillations", and "the gradients *grow*" "*vanishing* gradients". The
# first side of each of these shrinks.
_SHRINKING_FIRST = (_SIDE[stem("dampen")][0], _SIDE[stem("vanish")][0])
_GROWTH = {_SIDE[stem("increase")][0]: 0, _SIDE[stem("higher")][0]: 0}  # pair: growing side


def _echoed(
    sides: dict[int, tuple[int, int]], pair: int, own: dict[int, int]
) -> dict[int, tuple[int, int]]:
    """Growth words said as the point's pair when that pair says shrinking or growing and the
    point says no growth word of its own."""
    if pair not in _SHRINKING_FIRST or any(p in own for p in _GROWTH):
        return sides
    return {
        p: (pair, 1 if k[1] == _GROWTH[k[0]] else 0) if k[0] in _GROWTH else k
        for p, k in sides.items()
    }


_CONDITIONS = frozenset(("if", "unless", "when", "whenever", "assuming", "suppose"))
_HEDGES = frozenset(
    ("might", "may", "could", "can", "sometimes", "possibly", "perhaps", "maybe", "depends")
)


def _under_condition(
    tokens: Tokens,
    first: int,
    clauses: tuple[int, ...],
    sides: dict[int, tuple[int, int]],
    clause: int,
) -> bool:
    """The sentence opens with a condition that moves nothing ("if the labels are noisy, ..."),
    and the direction is said after it: it holds only under that condition. A condition that
    moves something ("when you add dimensions, the data gets denser") is the claim itself."""
    if tokens.words[first] not in _CONDITIONS or clause == clauses[0]:
        return False
    return not any(clauses[p - first] == clauses[0] for p in sides)


_HYPOTHETICAL = frozenset(("if", "unless", "assuming", "suppose", "supposing"))
# Clauses that carry on a condition: "if I have more data, *or* the domain differs a lot,
# *like* medical images, I'd fine-tune".
_CONDITION_GOES_ON = frozenset(("or", "and", "like", "say", "such", "especially", "e"))


def _in_condition(tokens: Tokens, first: int, clauses: tuple[int, ...], clause: int) -> bool:
    """The direction is said inside the condition that opens the sentence ("*if* I have a bit
    more data, or the domain differs a lot, I'd fine-tune"), before a main clause: a case
    supposed, not a claim."""
    if tokens.words[first] not in _HYPOTHETICAL:
        return False
    opening: dict[int, str] = {}
    for i, c in enumerate(clauses):
        opening.setdefault(c, tokens.words[first + i])
    inside = {clauses[0]}
    for c in sorted(opening)[1:]:
        if opening[c] not in _CONDITION_GOES_ON:
            break
        inside.add(c)
    return clause in inside and any(c not in inside for c in opening)


_JOINING = frozenset(("but", "and", "or", "so", "yet"))
_SETTINGS = frozenset(("with", "for", "on", "given", "under"))
_SPEAKERS = frozenset(("i", "we", "i'd", "we'd", "i'll", "we'll"))


_ADJECTIVE_ENDINGS = ("ent", "ant", "ive", "able", "ible", "ful", "ous", "ical", "ate")


@lru_cache(maxsize=1024)
def _point_stems(label: str, phrases: tuple[str, ...]) -> frozenset[str]:
    return content_stems((label, *phrases), skip=STOPWORDS)


def _degree_of_an_adjective(
    tokens: Tokens, pos: int, d: Direction, point_stems: frozenset[str] = frozenset()
) -> bool:
    """ "more" / "less" before an adjective the point's words do not hold says how much of that
    quality ("tokenizers are *less efficient* for some languages"), not the direction of the
    point's anchor ("some languages cost *more*": claims38, a correct strong answer charged)."""
    if d.pair != _MORE or pos + 1 >= len(tokens.words):
        return False
    nxt = tokens.words[pos + 1]
    quality = tokens.stems[pos + 1]
    if any(quality in own or own in quality for own in point_stems if len(own) > 3):
        return False  # "more confident" against the point's "less overconfidence"
    return quality not in d.anchors and nxt not in _NOT_ANCHOR and nxt.endswith(_ADJECTIVE_ENDINGS)


def _case_the_speaker_meets(tokens: Tokens, first: int, last: int, pos: int) -> bool:
    """The direction word names the case an opening setting states, before the speaker says
    what they do in it: "*With* very skewed data, small samples or *correlated* readings I
    would double-check with a bootstrap" (claims38: read as denying that the readings are
    independent). "With more dimensions the data gets denser" has no speaker: still a claim."""
    ws = tokens.words
    # ... or opening a clause after "but" / "and" ("That lets us compare two groups, *but with*
    # very skewed data, small samples or correlated readings I would double-check": claims41)
    setting = next(
        (
            q
            for q in range(pos - 1, first - 1, -1)
            if ws[q] in _SETTINGS and (q == first or ws[q - 1] in _JOINING)
        ),
        None,
    )
    if setting is None:
        return False
    if any(ws[p] in _SPEAKERS for p in range(setting + 1, pos)):
        return False
    speaker = next((p for p in range(setting + 1, last) if ws[p] in _SPEAKERS), None)
    return speaker is not None and pos < speaker


_CASE_OPENERS = frozenset(("if", "unless", "when", "whenever", "once"))
_CASE_REACH = 5  # words from a condition's opener to the direction word inside it
_ADVISING = frozenset(("should", "would", "could", "can", "must", "need", "might"))
_ADVISERS = frozenset(("i", "we", "you"))
_ADVISING_ONES = frozenset(("i'd", "we'd", "you'd", "i'll", "we'll", "you'll"))


def _case_the_speaker_advises(tokens: Tokens, first: int, last: int, pos: int) -> bool:
    """The direction word names a case a condition supposes, and the sentence says what the
    speaker would do in it: "it's that *when labels are cheap* you should simply label more"
    (claims38's held-out, claims39: read as the opposite of "labels are expensive"). A
    condition that states a case the speaker acts in is no claim that the case holds. "When
    labels are cheap, semi-supervised learning helps most" advises nothing: still read."""
    ws = tokens.words
    opener = next(
        (
            p
            for p in range(pos - 1, max(first, pos - _CASE_REACH) - 1, -1)
            if ws[p] in _CASE_OPENERS
        ),
        None,
    )
    if opener is None:
        opener = _advice_condition(tokens, first, pos)
        return opener is not None
    for p in range(first, last):
        if opener <= p <= pos:
            continue
        if ws[p] in _ADVISING_ONES:
            return True
        if ws[p] in _ADVISERS and p + 1 < last and ws[p + 1] in _ADVISING:
            return True
    return False


# Verbs that open an instruction: "*Unfreeze* the upper layers only if ..., and you have more
# data" tells what to do in a case; it claims nothing about the case.
_INSTRUCTIONS = frozenset(
    ("unfreeze", "freeze", "use", "train", "fine", "start", "add", "keep", "try", "check")
    + ("pick", "choose", "set", "drop", "retrain", "label", "collect", "avoid", "prefer", "run")
    + ("switch", "stop", "increase", "decrease", "lower", "raise", "tune", "go", "move", "scale")
)
_CONDITION_REACH = 12  # words from "only if" to the direction word, past "and" clauses
_CONDITION_ENDS = frozenset(("but", "so", "because", "while", "whereas", "although", "then"))


def _advice_condition(tokens: Tokens, first: int, pos: int) -> int | None:
    """Where the condition holding the direction word opens, when the sentence is an
    instruction ("Unfreeze the upper layers *only if* the validation score stops improving and
    you have *more* data": claims39 left it charged as the opposite of "needs less labeled
    data"); None otherwise. The condition may go on with "and" and be long; a clause that
    opens on another joining word ends it. "Transfer learning works only if you have more
    data" is no instruction: still read."""
    ws = tokens.words
    if ws[first] not in _INSTRUCTIONS:
        return None
    for p in range(pos - 1, max(first, pos - _CONDITION_REACH) - 1, -1):
        if ws[p] in _CONDITION_ENDS:
            return None
        if ws[p] in _CASE_OPENERS and p > first:
            return p
    return None


def _condition_inside(tokens: Tokens, first: int, clauses: tuple[int, ...], clause: int) -> bool:
    """The direction is said inside a condition that opens a later clause of the sentence,
    before the clause that says what follows ("dropping rows is fine if ..., *but if the rows
    that are missing differ*, it biases the results"): a case supposed, not a claim."""
    ws = [tokens.words[first + i] for i, c in enumerate(clauses) if c == clause]
    if clause == clauses[0] or clause == clauses[-1] or not ws:
        return False
    opening = ws[1] if ws[0] in _JOINING and len(ws) > 1 else ws[0]
    return opening in _HYPOTHETICAL


_ORDER = _SIDE[stem("before")][0]
_DETERMINERS = frozenset(("a", "an", "the", "some", "any", "each", "every", "this", "that"))


def _names_a_period(tokens: Tokens, pos: int, first: int, last: int, d: Direction) -> bool:
    """A time-order word said as an attribute of a noun ("a temporally *later* validation
    set", "an *earlier* version") names which period, not the order of two events the point
    states ("validation *before* go-live"): no reversal (false24)."""
    if d.pair != _ORDER or pos + 1 >= last:
        return False
    before = tokens.words[pos - 1] if pos > first else ""
    attribute = before in _DETERMINERS or (before.endswith("ly") and len(before) > 3)
    return attribute and tokens.words[pos + 1] not in STOPWORDS | {"than", "on", "in", "at"}


_PREPOSITIONS = frozenset(("before", "after"))


def _reference_point(
    tokens: Tokens,
    pos: int,
    first: int,
    clauses: tuple[int, ...],
    anchored: list[int],
    d: Direction,
) -> bool:
    """A time-order preposition whose object holds every anchor of its clause near it
    ("rolling means are built from data *before the forecast date*"): the anchor is the point
    of reference, what comes earlier is the thing before the preposition, so the sentence says
    nothing about the anchor being early or late (charge31: "before" read as the opposite of
    "test on later dates"). "Test on dates before the training period" keeps its anchor
    ("test") ahead of the word and is still read."""
    if d.pair != _ORDER or tokens.words[pos] not in _PREPOSITIONS:
        return False
    clause = clauses[pos - first]
    near = [a for a in anchored if abs(a - pos) <= ANSWER_REACH and clauses[a - first] == clause]
    return bool(near) and all(a > pos for a in near)


# The two ends of a model-complexity comparison: a comparative said of one end ("the simple
# one is *easier* to debug") states a point about the other ("complexity ... *harder* to
# debug") from its other end (false24).
_ENDS = side_map(
    (
        (
            "simple simpler simplest linear sparse interpretable transparent small smaller shallow",
            "complex complexity complicated opaque black deep deeper ensemble ensembles",
        ),
    )
)


def _of_other_end(tokens: Tokens, pos: int, kp: KeyPoint) -> bool:
    """The nearest end of the comparison named before ``pos`` in its sentence is the one the
    point does not name, and the point names the other: the flip is the point's own claim
    said of its counterpart."""
    said = {stem(w) for text in (kp.label, *kp.phrases) for w in words(text)}
    ends = {_ENDS[s][1] for s in said if s in _ENDS}
    if len(ends) != 1:
        return False
    first = tokens.sentences[tokens.sentence_of[pos]].first_word
    for p in range(pos - 1, first - 1, -1):
        key = _ENDS.get(tokens.stems[p])
        if key is not None:
            return key[1] not in ends
    return False


# The losses as answers name them without "mean" (flag66: a correct partial's "Squared error
# ... is sensitive to outliers. Absolute error is more robust." was charged '"sensitive", the
# opposite of "robust"' against the absolute-error point). Read here only, where a clause of
# the other side says nothing of the point's: as a swap pair of every check it freed wrong
# claims ("squared error is the robust one").
_NAMED_WITHOUT_MEAN = ((("absolute error", "absolute loss"), ("squared error", "squared loss")),)


def _of_other_side(tokens: Tokens, pos: int, kp: KeyPoint) -> bool:
    """The point's label names one side of a known pair (BERT/GPT, L1/L2 ...; pair_sides.py)
    and the direction word is said in a clause of the other side: "BERT sees the words *after*
    the mask" says nothing of GPT's "earlier words" (fix28)."""
    label = tuple(stem(w) for w in words(kp.label))
    for pair in (*SWAP_PAIRS, *_NAMED_WITHOUT_MEAN):
        named = [s for s in (0, 1) if names_side(label, pair[s])]
        if len(named) != 1:
            continue
        own, other = mentions(tokens, pair[named[0]]), mentions(tokens, pair[1 - named[0]])
        if other and pair_said_of(tokens, (pos, pos + 1), own, other) == 1:
            return True
        if other and _other_side_by_pronoun(tokens, pos, own, other):
            return True
    return False


def _other_side_by_pronoun(tokens: Tokens, pos: int, own: list[int], other: list[int]) -> bool:
    """The word's clause opens on "it" or "they", its sentence names neither side, and the
    sentence before names the other side alone: the pronoun stands for that side ("A
    BERT-style encoder ... to guess "bank", and the vector it builds ... knows it is the money
    kind, because *it* saw the words *after* it", charge56: a correct paraphrase was charged
    '"after", the opposite of "earlier"' for GPT)."""
    n = tokens.sentence_of[pos]
    if n == 0 or not opens_on_a_pronoun(tokens, pos):
        return False

    def named(positions: list[int], s: int) -> bool:
        before = tokens.sentences[s]
        return any(before.first_word <= p < before.last_word for p in positions)

    if named(own, n) or named(other, n):
        return False
    return named(other, n - 1) and not named(own, n - 1)


# What splits a label into two claims about two things: "Bandits reduce regret*;* A B tests
# give a clean effect estimate".
_LABEL_PARTS = re.compile(r";|\b(?:while|whereas)\b", re.I)


def _label_subjects(label: str, d: Direction) -> tuple[str, frozenset[str]] | None:
    """The subject of the label's part that says the direction (its first content word) and
    the subjects of its other parts, or None for a label of one part."""
    parts = [p for p in _LABEL_PARTS.split(label) if words(p)]
    if len(parts) < 2:
        return None
    heads: list[str] = []
    near: list[int] = []
    for part in parts:
        ws = [w for w in words(part) if len(w) > 1 and w not in _NOT_ANCHOR]
        heads.append(stem(ws[0]) if ws else "")
        stems = {stem(w) for w in words(part)}
        near.append(len(stems & d.anchors) + (d.word in words(part)))
    best = max(near)
    if best == 0 or near.count(best) > 1:
        return None
    own = heads[near.index(best)]
    others = frozenset(h for h in heads if h and h != own)
    return (own, others) if own and others else None


def _of_other_label_subject(
    tokens: Tokens, pos: int, kp: KeyPoint, d: Direction, asked: frozenset[str]
) -> bool:
    """The label says two things of two subjects ("Bandits reduce regret; A B tests give a clean
    effect estimate") and the answer says the opposite direction of the *other* subject, the
    one it named last before the word: "a bandit shifts traffic ..., which *biases* effect
    estimates" is true of bandits, no claim against the A B test's "unbiased estimate"
    (newpack30). "A B tests give biased estimates" still flips it."""
    subjects = _label_subjects(kp.label, d)
    if subjects is None:
        return False
    own, others = subjects
    # both are subjects the prompt names ("bandit", "A B test"), not a topic the part lists
    # ("Cost per update and hardware efficiency; mini-batches vectorize well")
    others = frozenset(o for o in others if o in asked)
    if own not in asked or not others:
        return False
    first = tokens.sentences[tokens.sentence_of[pos]].first_word
    for p in range(pos - 1, first - 1, -1):
        if tokens.stems[p] == own:
            return False
        if tokens.stems[p] in others:
            return True
    return False


_THE_REST = (("than", "others"), ("than", "other"), ("than", "the", "rest"))


def _against_the_rest(tokens: Tokens, first: int, clauses: tuple[int, ...], clause: int) -> bool:
    """ "Some losses are more robust to outliers than others": compared with unnamed others,
    the clause says nothing of the point's own subject."""
    ws = [tokens.words[first + i] for i, c in enumerate(clauses) if c == clause]
    return any(tuple(ws[i : i + len(t)]) == t for t in _THE_REST for i in range(len(ws)))


_RELATIVES = frozenset(("which", "who"))


@lru_cache(maxsize=256)
def _causes(
    accepted: tuple[str, ...], terms: frozenset[str], pair: int, side: int
) -> tuple[frozenset[str], frozenset[str]]:
    """Rubric terms the accepted view says only with the *other* direction of a pair: the model
    answer's "with heteroscedasticity the estimates stay unbiased" beside the point's
    "endogeneity biases the coefficients". A clause naming such a term speaks of that other
    cause, and "the coefficients are still unbiased" there reverses nothing. Returns (terms
    said only with the point's direction, terms said only with the other one)."""
    found: dict[int, set[str]] = {0: set(), 1: set()}
    for text in accepted:
        before: list[str] = []
        for clause in (c for part in _clauses(text) for c in _CONTRAST.split(part)):
            ws = words(clause)
            # A relative clause is said of the clause before it: "use ridge regression,
            # *which* stabilizes the solution" names ridge as what stabilizes (charge32).
            held, before = (before if ws[:1] and ws[0] in _RELATIVES else []), ws
            said = set()
            for i, w in enumerate(ws):
                key = side_of(w, stem(w))
                if key is None or key[0] != pair:
                    continue
                if (i and ws[i - 1] == "non") or any(
                    x in NEGATION_WORDS for x in ws[max(0, i - 4) : i]
                ):
                    key = (key[0], 1 - key[1])
                said.add(key[1])
            if len(said) == 1:
                found[said.pop()].update(s for s in map(stem, held + ws) if s in terms)
    return frozenset(found[side] - found[1 - side]), frozenset(found[1 - side] - found[side])


def _other_end(tokens: Tokens, pos: int, kp: KeyPoint, d: Direction) -> bool:
    """The clause of ``pos`` (with the one before it) states the point's relation from its
    other end, or names other directions than the point's clause, so it reverses nothing
    comparable (relation_ends.py): "a *small* C ... a wider margin" beside "a large C ... a
    narrower margin"."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    own = ids[pos - first]
    said = [
        tokens.words[p]
        for p in range(first, sentence.last_word)
        if ids[p - first] in (own - 1, own)
    ]
    source = next(
        (t for t in (kp.label, *kp.phrases) if d.word in words(t)),
        kp.label,
    )
    return same_relation_or_unlike(said, clause_span(source, d.word), tokens.words[pos])


def _compounds(kp: KeyPoint, d: Direction) -> dict[str, frozenset[str]]:
    """Each anchor of ``d`` the point names with a modifier (a content word before it): "loss"
    -> {"train"} for "the *training loss* keeps decreasing", within reach of the direction
    word (not "... while you monitor the *validation loss*")."""
    out: dict[str, set[str]] = {}
    for text in (kp.label, *kp.phrases):
        ws = words(text)
        st = [stem(w) for w in ws]
        at = [j for j, w in enumerate(ws) if w == d.word]
        for i in range(1, len(ws)):
            if not any(abs(i - j) <= ANCHOR_REACH for j in at):
                continue
            x, y = st[i - 1], st[i]
            if y in d.anchors and x != y and ws[i - 1] not in _NOT_ANCHOR and x not in _SIDE:
                out.setdefault(y, set()).add(x)
    return {y: frozenset(xs) for y, xs in out.items()}


def _other_quantity(tokens: Tokens, pos: int, kp: KeyPoint, d: Direction) -> bool:
    """Every anchor near ``pos`` in its clause is the head of another quantity than the
    point's: "the *validation* loss starts rising" says nothing of "the *training* loss keeps
    decreasing" (its modifier is another content word, and no anchor of the point)."""
    compounds = _compounds(kp, d)
    if not compounds:
        return False
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    near = [
        a
        for a in range(
            max(first, pos - ANSWER_REACH), min(sentence.last_word, pos + ANSWER_REACH + 1)
        )
        if ids[a - first] == ids[pos - first] and tokens.stems[a] in d.anchors
    ]
    if not near:
        return False

    def other(a: int) -> bool:
        heads = compounds.get(tokens.stems[a])
        if heads is None or a == first:
            return False
        m, w = tokens.stems[a - 1], tokens.words[a - 1]
        return m not in heads and m not in d.anchors and w not in _NOT_ANCHOR and m not in _SIDE

    return all(other(a) for a in near)


def _source(kp: KeyPoint, d: Direction) -> list[str]:
    """The words of the label (or phrase) that says the direction."""
    return words(next((t for t in (kp.label, *kp.phrases) if d.word in words(t)), kp.label))


# What a comparison is made against: "more parameters *than the GRU*", "*compared with* the GRU".
_AGAINST = (("than",), ("compared", "with"), ("compared", "to"), ("relative", "to"), ("versus",))
_ARTICLES = frozenset(("a", "an", "the", "its", "their", "plain", "standard", "vanilla"))


def _said_before(kp: KeyPoint, d: Direction) -> frozenset[str]:
    """The stems the rubric says before its direction word (its subject), less the anchors."""
    source = _source(kp, d)
    if d.word not in source:
        return frozenset()
    before = source[: source.index(d.word)]
    return frozenset(stem(w) for w in before if w not in _NOT_ANCHOR) - d.anchors


def _than_the_subject(tokens: Tokens, pos: int, kp: KeyPoint, d: Direction) -> bool:
    """The comparative is said of another thing *than* the point's own subject (what the
    rubric names before its direction word): "the LSTM has *more* parameters than the GRU"
    says the GRU's "fewer parameters" from the other end, and the clause's words before the
    comparative do not name that subject ("the GRU has more parameters than the LSTM" does)."""
    source = _source(kp, d)
    if d.word not in source:
        return False
    subject = {stem(w) for w in source[: source.index(d.word)] if w not in _NOT_ANCHOR}
    subject -= d.anchors
    # A phrase naming no subject ("cheaper per update") has its point's label's: "full batch is
    # more expensive per update than a mini-batch" says the label's "mini-batches" are cheaper
    # (only the compared word itself must be missing before the comparative).
    fallback = not subject
    if fallback:
        subject = {stem(w) for w in words(kp.label) if w not in _NOT_ANCHOR} - d.anchors
    if not subject:
        return False
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ws, stems = tokens.words, tokens.stems
    against: int | None = None
    for p in range(first, last):
        frame = next((f for f in _AGAINST if tuple(ws[p : p + len(f)]) == f), None)
        if frame is None:
            continue
        q = p + len(frame)
        while q < last and ws[q] in _ARTICLES:
            q += 1
        if q < last and stems[q] in subject:
            against = q
            break
    clauses = clause_ids(sentence)
    clause = clauses[pos - first]
    if against is None:
        return _between_others(tokens, pos, subject | d.anchors)
    before = {stems[p] for p in range(first, pos) if clauses[p - first] == clause and p != against}
    return not before & ({stems[against]} if fallback else subject)


def _than_the_head(tokens: Tokens, pos: int, kp: KeyPoint, d: Direction) -> bool:
    """The comparative ranks another thing against the very thing the rubric says its direction
    of, its first content word: "fp16 has *more* mantissa precision *than bf16*" says the
    label's "BF16 has *fewer* mantissa bits" from the other end (false36: a correct answer was
    charged, fp16 has 10 mantissa bits against bf16's 7). ``_than_the_subject`` does not see it
    when that word also stands near the direction word, an anchor (a name the prompt spells
    otherwise, "bfloat16"). "bf16 has more mantissa bits than fp16" names the head before the
    comparative and is still read."""
    source = _source(kp, d)
    if d.word not in source:
        return False
    head = next(
        (stem(w) for w in source[: source.index(d.word)] if w not in _NOT_ANCHOR),
        None,
    )
    if head is None:
        return False
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ws, stems = tokens.words, tokens.stems
    clauses = clause_ids(sentence)
    clause = clauses[pos - first]
    q = _after_than(tokens, pos, clauses)
    if q is None or q >= last or stems[q] != head:
        return False
    before = [p for p in range(first, pos) if clauses[p - first] == clause]
    named = [p for p in before if ws[p] not in STOPWORDS and ws[p] not in _NOT_ANCHOR]
    return bool(named) and not any(stems[p] == head for p in before)


_THAN_REACH = 3  # words after "than" (past articles) that name what is compared against


def _after_than(
    tokens: Tokens, pos: int, clauses: tuple[int, ...], reach: int | None = None
) -> int | None:
    """Where the thing a comparative at ``pos`` is ranked against starts: the first word after
    its "than" (and the articles after it), the "than" in the comparative's own clause and at
    most ``reach`` words on; None when the clause has no such "than"."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ws = tokens.words
    clause = clauses[pos - first]
    q = pos + 1
    while (
        q < last
        and clauses[q - first] == clause
        and ws[q] != "than"
        and (reach is None or q - pos <= reach)
    ):
        q += 1
    if q >= last or ws[q] != "than":
        return None
    q += 1
    while q < last and ws[q] in _ARTICLES:
        q += 1
    return q


def _than_the_anchor(tokens: Tokens, pos: int, d: Direction) -> bool:
    """The comparative ranks another thing against the very thing the rubric gives the
    direction to: "a broadcast join is *cheaper than a shuffle* join" says the label's
    "expensive *shuffles*" from the other end (claims39: a correct answer was charged '"cheaper",
    the opposite of "expensive"'). The thing after "than" names one of the direction's anchors
    that the clause before the comparative does not ("a shuffle join is cheaper than a
    broadcast join" is still read)."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ws, stems = tokens.words, tokens.stems
    clauses = clause_ids(sentence)
    clause = clauses[pos - first]
    # "cheaper *to compute* than", "more expensive per update than"
    q = _after_than(tokens, pos, clauses, reach=4)
    if q is None:
        return False
    compared = {stems[p] for p in range(q, min(last, q + _THAN_REACH)) if ws[p] not in STOPWORDS}
    before = {stems[p] for p in range(first, pos) if clauses[p - first] == clause}
    # an anchor only the compared side names ("a broadcast *join*" against "a *shuffle* join")
    return bool((compared - before) & d.anchors)


def _compared_against(texts: tuple[str, ...], d: Direction) -> frozenset[str]:
    """What the rubric ranks its subject against with the direction word: the thing after
    "than" in a text that says the word ("BF16 has fewer mantissa bits *than fp16*")."""
    out: set[str] = set()
    for text in texts:
        ws = words(text)
        for i, w in enumerate(ws):
            if w != d.word:
                continue
            for j in range(i + 1, min(len(ws), i + ANCHOR_REACH + 3)):
                if ws[j] == "than":
                    q = j + 1
                    while q < len(ws) and ws[q] in _ARTICLES:
                        q += 1
                    if q < len(ws) and ws[q] not in STOPWORDS:
                        out.add(stem(ws[q]))
                    break
    return frozenset(out)


def _of_the_compared(
    tokens: Tokens, pos: int, question: Question, kp: KeyPoint, d: Direction
) -> bool:
    """The clause says the comparative of the thing the rubric ranks its subject *against*:
    the rubric's "BF16 has *fewer* mantissa bits *than fp16*" said from fp16's end ("fp16 has
    *more* mantissa bits", "fp16 is the *more* precise of the two") is the same claim (false36).
    The clause before the word names that thing and not the rubric's own subject;
    "bf16 has more mantissa bits" is still read."""
    source = _source(kp, d)
    if d.word not in source:
        return False
    head = {stem(w) for w in source[: source.index(d.word)] if w not in _NOT_ANCHOR}
    against = _compared_against((kp.label, *kp.phrases, *_sentences(question.model_answer)), d)
    against -= head
    if not head or not against:
        return False
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first = sentence.first_word
    clauses = clause_ids(sentence)
    clause = clauses[pos - first]
    before = {tokens.stems[p] for p in range(first, pos) if clauses[p - first] == clause}
    return bool(before & against) and not before & head


def _between_others(tokens: Tokens, pos: int, own: set[str]) -> bool:
    """The comparative ranks two named things, neither of them the point's subject nor its
    anchor (``own``): "RNNs are *cheaper* than transformers on very long sequences" compares
    RNNs with transformers, it says nothing of the label's "long inputs get expensive"
    (correct28). The thing before it is the clause's subject, a content word; the thing after
    "than" follows it at once (articles between)."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ws, stems = tokens.words, tokens.stems
    clauses = clause_ids(sentence)
    clause = clauses[pos - first]
    q = pos + 1
    if q >= last or ws[q] != "than":
        return False
    q += 1
    while q < last and ws[q] in _ARTICLES:
        q += 1
    if q >= last or ws[q] in STOPWORDS or stems[q] in own:
        return False
    before = [
        p
        for p in range(first, pos)
        if clauses[p - first] == clause and ws[p] not in STOPWORDS and ws[p] not in _NOT_ANCHOR
    ]
    return bool(before) and not any(stems[p] in own for p in before)


_WITH = frozenset(("with",))


def _moves_with_anchor(tokens: Tokens, pos: int, kp: KeyPoint, d: Direction) -> bool:
    """The direction word moves *with* the point's anchor ("the standard error *shrinks with*
    the sample size"): it is said of what changes along with the anchor, not of the anchor,
    unless the rubric says its own direction that way too."""
    source = _source(kp, d)
    at = [i for i, w in enumerate(source) if w == d.word]
    if any(i + 1 < len(source) and source[i + 1] in _WITH for i in at):
        return False
    # The rubric says its direction of what stands before the word ("as the sample size
    # *grows*"), with nothing it acts on after it ("*reduces* the variance" is said of that).
    if any(w not in _NOT_ANCHOR for i in at for w in source[i + 1 : i + 3]):
        return False
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    last = sentence.last_word
    ws, stems = tokens.words, tokens.stems
    if pos + 1 >= last or ws[pos + 1] not in _WITH:
        return False
    q = pos + 2
    while q < last and ws[q] in _ARTICLES:
        q += 1
    return q < last and stems[q] in d.anchors


_AMOUNT_REACH = 2  # words from "more" / "less" to the noun it counts ("more training data")


def _amount_of_other(tokens: Tokens, pos: int, kp: KeyPoint, d: Direction) -> bool:
    """The rubric's "more" counts its anchor ("*more data*") and the answer's "less" counts
    nothing of it: "with a lot of data the prior matters *less*" says how much the prior
    matters, not that there is less data (claims26). Only for the more/less pair."""
    if d.pair != _MORE:
        return False
    source = _source(kp, d)
    at = [i for i, w in enumerate(source) if w == d.word]
    counts = [any(stem(w) in d.anchors for w in source[i + 1 : i + 1 + _AMOUNT_REACH]) for i in at]
    if not counts or not all(counts):
        return False
    last = tokens.sentences[tokens.sentence_of[pos]].last_word
    return not any(
        tokens.stems[q] in d.anchors for q in range(pos + 1, min(last, pos + 1 + _AMOUNT_REACH))
    )


def _rubric_terms(question: Question) -> frozenset[str]:
    """Content stems of the key points' phrases: what the rubric names as causes and things."""
    phrases = (p for kp in question.key_points for p in kp.phrases)
    return content_stems(phrases, skip=_NOT_ANCHOR, shortest=4)


def _inside_other_point(tokens: Tokens, pos: int, question: Question, kp: KeyPoint) -> bool:
    """The opposite word stands inside another key point's phrase, splitting it ("held out
    *future* purchases" in the evaluation point's "held out purchases"): it describes what that
    point speaks of (the evaluation data), no claim against this point (contra26)."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    stems = tokens.stems
    for other in question.key_points:
        if other is kp:
            continue
        for phrase in other.phrases:
            want = tuple(stem(w) for w in words(phrase))
            for a in range(1, len(want)):
                if pos - a < first or pos + 1 + len(want) - a > last:
                    continue
                if stems[pos - a : pos] + stems[pos + 1 : pos + 1 + len(want) - a] == want:
                    return True
    return False


_LIKENESS = _SIDE[stem("similar")][0]
_NOUN_FORMS = ("ity", "ities", "ence", "ences", "ness")
_PICKING_DETERMINERS = frozenset(
    ("a", "an", "the", "two", "very", "quite", "other", "many", "several")
)
_PICKING_PREPOSITIONS = frozenset(
    ("to", "into", "between", "among", "across", "of", "for", "with", "from", "on", "in", "at")
    + ("by", "like", "about", "over", "under", "onto")
)
# What a predicated likeness word is said against: "similar *to* dogs", "different *from*".
_AGAINST_WORDS = frozenset(("to", "from", "than", "enough", "across", "between", "by"))


# A difference measured as small: "differ *by a word*", "differ *only slightly*", "different *by
# one letter*" (case67).
_SMALL_AMOUNT = frozenset(("a", "an", "one", "single", "few", "little", "bit", "couple"))
_ONLY = frozenset(("only", "just", "merely", "barely", "very"))
_SLIGHTLY = frozenset(("slightly", "marginally", "minimally", "little"))


def _small_difference(tokens: Tokens, pos: int) -> bool:
    """A word of difference whose amount is said to be small: "titles that differ by a word",
    "photos that differ only slightly". A difference of a word or a pixel calls the things
    nearly the same, so it says their likeness, not its opposite."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    q = pos + 1
    while q < sentence.last_word and tokens.words[q] in _ONLY:
        q += 1
    if q >= sentence.last_word:
        return False
    if tokens.words[q] in _SLIGHTLY:
        return True
    if tokens.words[q] not in ("by", "in"):
        return False
    q += 1
    while q < sentence.last_word and tokens.words[q] in _ONLY:
        q += 1
    return q < sentence.last_word and tokens.words[q] in _SMALL_AMOUNT


def _likeness_named(tokens: Tokens, pos: int, d: Direction) -> bool:
    """A word of the similar/different pair that names the likeness as a topic or picks out
    things, not a claim about the point's subject: a noun ("the soft targets show the
    *differences* between classes" against "information on class *similarity*"), an adverb,
    or an adjective before the noun it picks out ("labels are flipped to *similar classes*"
    against "class-conditional noise *differs* by class") (false33, issue 9's outside pack).
    "The wrong-class probabilities are similar" and "noise differs by class" still say it. A
    rubric word that is itself such a noun ("class *similarity*") names a topic: any likeness
    word said against it is read the same way."""
    if d.pair != _LIKENESS:
        return False
    w = tokens.words[pos]
    if w.endswith(_NOUN_FORMS) or w.endswith("ly"):
        return True
    if _small_difference(tokens, pos):
        return True
    if d.word.endswith(_NOUN_FORMS) and not w.endswith(("s", "ed")):
        # "class similarity" is a topic: only a verb ("differs", "differed") can deny it
        return True
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    after = tokens.words[pos + 1] if pos + 1 < sentence.last_word else ""
    if not after or after in _AGAINST_WORDS or after in STOPWORDS:
        return False
    if side_of(after, tokens.stems[pos + 1]) is not None:
        return False
    # picked out after a preposition ("flipped *to similar* classes", "words *in similar*
    # contexts"); after a verb it is the claim ("each word *gets a different* vector")
    q = pos - 1
    while q >= sentence.first_word and tokens.words[q] in _PICKING_DETERMINERS:
        q -= 1
    return q >= sentence.first_word and tokens.words[q] in _PICKING_PREPOSITIONS


_LINKING = frozenset(
    ("is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "remain")
    + ("remains", "stay", "stays", "seem", "seems", "'s")
)
# What opens a noun phrase before its adjective: "*the* bigger practical reason", "*its* main".
_NOUN_PHRASE_OPENERS = _DETERMINERS | frozenset(
    ("its", "their", "his", "her", "our", "my", "your", "these", "those", "another")
)


# ... and a phrase of what a thing is made from or broken into ("a rare word is broken *into
# smaller units*": the units are smaller, not the vocabulary; fair49, a correct tokenization
# answer was charged '"smaller", the opposite of "explodes"')
_MADE_OF = frozenset(("into", "from"))

_COMPARATIVES = frozenset(
    ("more", "less", "most", "least", "better", "worse", "best", "worst", "fewer", "fewest")
)


def _comparative(word: str) -> bool:
    """A comparative or superlative: what ranks one thing against others ("bigger", "the
    *most* important")."""
    return word in _COMPARATIVES or (len(word) > 4 and word.endswith(("er", "est")))


def _of_another_noun(tokens: Tokens, pos: int, d: Direction) -> bool:
    """The direction word is a comparative opening its own noun phrase ("the *bigger* practical
    reason is the gradient", "a *more* important point"), and none of that phrase's words is
    the point's anchor: it ranks the reason, not the gradient, which is the clause's
    complement (false35: a strong cross-entropy answer was charged '"bigger", the opposite of
    "vanishing"' and scored 100 -> 47). "The gradient gets *bigger* as ..." (no noun after it)
    and "MSE gives *bigger gradients*" (the anchor is its noun) are still read."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    if not _comparative(tokens.words[pos]):
        return False  # "data that includes *the previous* validation windows" is still read
    if pos == first or tokens.words[pos - 1] not in _NOUN_PHRASE_OPENERS | _MADE_OF:
        return False
    if pos - 2 >= first and tokens.words[pos - 2] in _LINKING:
        return False  # "clicks are *an unbiased measure*": the phrase is said of the subject
    clauses = clause_ids(sentence)
    phrase: list[int] = []
    q = pos + 1
    while (
        q < last and tokens.words[q] not in STOPWORDS and clauses[q - first] == clauses[pos - first]
    ):
        phrase.append(q)
        q += 1
    return bool(phrase) and not any(tokens.stems[p] in d.anchors for p in phrase)


_RAISE = frozenset(("raise", "raises", "raised", "raising"))


def _brought_up(tokens: Tokens, pos: int) -> bool:
    """ "Raise" before "a" or "an" brings a thing up, it makes no quantity higher: the model
    "*raises a flag*", "*raises an alarm*", someone "*raised a question*" (flag66: a correct
    imbalanced-data paraphrase's "of the cases the model raises a flag on, how many are real"
    was charged '"raises", the opposite of "lower"' against "flag at a lower score"). "Raise
    the threshold" and "raises recall" are still read."""
    return (
        tokens.words[pos] in _RAISE
        and pos + 1 < tokens.sentences[tokens.sentence_of[pos]].last_word
        and tokens.words[pos + 1] in ("a", "an")
    )


_DEGREE_PAIRS = (_MORE, _SIDE[stem("stronger")][0])
# Base sizes that pick out one part of a thing ("*large* weights", "*small* gradients").
_PART_SIZES = frozenset(("large", "big", "huge", "small", "tiny", "high", "low", "extreme"))


def _of_one_size(tokens: Tokens, pos: int, kp: KeyPoint, d: Direction) -> bool:
    """A degree word ("strongly", "more") said in a clause that names the point's anchor with
    a size ("L2 shrinks *large* weights *strongly*", "its pull is *strong* on *large*
    weights"), while the rubric says its degree of the anchor with no size ("the pull gets
    *weaker* as the weight ..."): the answer grades one part of the thing, the rubric how the
    degree goes with it, and the two are not opposites (false36: a correct L1/L2 answer was
    charged '"strongly", the opposite of "weaker"'). A rubric that sizes its own anchor ("small
    C regularizes more") is read by ``_sized`` instead."""
    if d.pair not in _DEGREE_PAIRS:
        return False
    if any(w in _PART_SIZES or w in _BASE_SIZES for w in _source(kp, d)):
        return False
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ids = clause_ids(sentence)
    return any(
        tokens.stems[a] in d.anchors
        and a - 1 >= first
        and tokens.words[a - 1] in _PART_SIZES
        and ids[a - first] == ids[pos - first]
        for a in range(max(first, pos - ANSWER_REACH), min(last, pos + ANSWER_REACH + 1))
    )


_LABEL_CLAUSE = re.compile(r"[,;:()]|\b(?:because|since|so|which|while|whereas|and|but)\b", re.I)


@lru_cache(maxsize=1024)
def _told_changes(label: str, word: str) -> dict[int, int]:
    """The side of each increase/decrease or higher/lower pair that the label's clause saying
    ``word`` states once ("a larger sample *raises* power because ...")."""
    said: dict[int, set[int]] = {}
    for clause in _LABEL_CLAUSE.split(label):
        ws = [w.lower() for w in words(clause or "")]
        if word.lower() not in ws:
            continue
        for w in ws:
            key = side_of(w, stem(w))
            if key is not None and key[0] in _MAGNITUDES:
                said.setdefault(key[0], set()).add(key[1])
    return {pair: next(iter(sides)) for pair, sides in said.items() if len(sides) == 1}


# Verbs that throw away what they are said of, and the words that end their reach.
_DISCARDING = frozenset(
    (
        *("drop", "drops", "dropped", "dropping", "discard", "discards", "discarded"),
        *("discarding", "remove", "removes", "removed", "removing"),
        *("exclude", "excludes", "excluded", "excluding"),
        # ... and leave out of account: "the errors from *ignoring correlations*" is the
        # independence a naive Bayes point assumes, not its opposite (blind set 62)
        *("ignore", "ignores", "ignored", "ignoring", "neglect", "neglects", "neglected"),
        *("neglecting", "disregard", "disregards", "disregarded", "disregarding"),
    )
)
_DISCARD_STOPS = frozenset(("and", "but", "so", "because", "since", "while", "whereas", "then"))
_DISCARD_REACH = 10


def _discards_a_side(kp: KeyPoint, pair: int) -> bool:
    """The point itself throws away one side of ``pair`` ("*drop* the features known only
    *after* the event"): a side thrown away is then what the point is about."""
    for t in (kp.label, *kp.phrases):
        ws = [w.lower() for w in words(t)]
        for i, w in enumerate(ws):
            if w not in _DISCARDING:
                continue
            for v in ws[i + 1 : i + 1 + _DISCARD_REACH]:
                if v in _DISCARD_STOPS:
                    break
                key = side_of(v, stem(v))
                if key is not None and key[0] == pair:
                    return True
    return False


def _thrown_away(tokens: Tokens, pos: int, kp: KeyPoint, d: Direction) -> bool:
    """The opposite word describes what the answer throws away ("*drop* features that are only
    known *after* churn" for "compute every feature from data *before* the prediction date"):
    it keeps the point's side, it does not turn it (charge55). A point that itself throws a
    side of the pair away is read as before; one that leaves out something else ("*ignores*
    interactions between features", of a point on independence) does not make "the errors
    from *ignoring correlations*" its opposite (blind set 62)."""
    if _discards_a_side(kp, d.pair):
        return False
    first = tokens.sentences[tokens.sentence_of[pos]].first_word
    for p in range(pos - 1, max(first, pos - _DISCARD_REACH) - 1, -1):
        w = tokens.words[p]
        if w in _DISCARD_STOPS:
            return False
        if w in _DISCARDING:
            return True
    return False


def _of_its_own_subject(
    tokens: Tokens, pos: int, d: Direction, point_stems: frozenset[str], asked: frozenset[str]
) -> bool:
    """The direction word is said in a clause whose own named subject is something the point
    does not speak of: none of the subject's words is the point's, an anchor or the prompt's
    (or of their families: "dimensions", "dimensionality"), one is specific, and it is no
    action ("*adding dimensions* makes the data denser" turns the point's data) ("*newer models* give a word a different vector" against "words in
    similar contexts get similar vectors"; "*some users* always click the same few items"
    against "a missing click never means a dislike"; charge56: correct answers were charged
    as the point turned). "The model" or "the data" may be the point's subject by another
    name: read as before."""
    span = explicit_subject(tokens, pos)
    if span is None or names_an_action(tokens.words[span[0] : span[1]]):
        return False
    said = [tokens.stems[j] for j in range(*span) if tokens.words[j] not in STOPWORDS]
    known = point_stems | d.anchors | asked
    if any(of_a_family(s, known) for s in said):
        return False
    return any(
        tokens.words[j] not in _PLAIN_SUBJECT and len(tokens.words[j]) > 1 for j in range(*span)
    )


# Words that name no other thing as a subject: the point's own model or data by another word.
_PLAIN_SUBJECT = _NOT_ANCHOR | GENERIC_WORDS


def flipped(question: Question, tokens: Tokens, stance: Stance) -> dict[int, Flip]:
    """Key points the answer states only with their direction reversed."""
    subject = frozenset(stem(w) for w in words(question.prompt) if w not in STOPWORDS)
    accepted = (
        *_sentences(question.model_answer),
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )
    terms = _rubric_terms(question)
    out: dict[int, Flip] = {}
    for k, kp in enumerate(question.key_points):
        directions = _kp_directions(kp, subject)
        own = {d.pair: d.side for d in directions}
        point_stems = _point_stems(kp.label, tuple(kp.phrases))
        assumes = assumption_of(kp.label)
        for d in directions:
            causes = _causes(accepted, terms - d.anchors, d.pair, d.side)
            trouble = tells_a_trouble(kp.label, d.word.lower())
            same, opposite = _pairings(
                tokens,
                d,
                stance,
                own,
                _sized(kp, d),
                point_stems,
                {
                    pair: side
                    for pair, side in _told_changes(kp.label, d.word).items()
                    if pair not in own
                },
            )
            opposite = [
                p
                for p in opposite
                if not _other_cause(tokens, p, *causes)
                and not _other_end(tokens, p, kp, d)
                and not _other_quantity(tokens, p, kp, d)
                and not _of_other_end(tokens, p, kp)
                and not _than_the_subject(tokens, p, kp, d)
                and not other_end_of_a_fronted_comparison(tokens, p, _said_before(kp, d))
                and not _than_the_head(tokens, p, kp, d)
                and not _than_the_anchor(tokens, p, d)
                and not _of_the_compared(tokens, p, question, kp, d)
                and not said_of_the_other_side(question, accepted, tokens, p, d.word)
                and not _moves_with_anchor(tokens, p, kp, d)
                and not _amount_of_other(tokens, p, kp, d)
                and not _inside_other_point(tokens, p, question, kp)
                and not _of_other_side(tokens, p, kp)
                and not _of_other_label_subject(tokens, p, kp, d, subject)
                and not _likeness_named(tokens, p, d)
                and not _of_another_noun(tokens, p, d)
                and not _brought_up(tokens, p)
                and not _of_one_size(tokens, p, kp, d)
                and not adjective_of_another_noun(tokens, p, d.anchors, point_stems)
                and not aim_of_the_speaker(tokens, p)
                and not of_the_alternative(tokens, p, question.prompt, kp.label)
                and not said_of_its_absence(tokens, p, subject)
                and not (assumes and granted_otherwise(tokens, p))
                and not (not trouble and said_as_its_trouble(tokens, p))
                and not rubric_term(question, tokens, p, kp, d.word)
                and not _thrown_away(tokens, p, kp, d)
                and not _of_its_own_subject(tokens, p, d, point_stems, subject)
            ]
            if opposite and not same:
                pos = opposite[0]
                said = tokens.words[pos]
                sentence = tokens.sentences[tokens.sentence_of[pos]].text
                out[k] = Flip(f'"{said}", the opposite of "{d.word}"', sentence)
                break
    return out
