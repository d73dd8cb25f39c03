"""Contradiction: an answer that asserts the opposite of a key point loses it and is told so.

Vocabulary alone rewards a confidently wrong answer: "L2 gives sparse weights, L1 shrinks them
smoothly" uses every word of the L1/L2 rubric. Two signals catch the opposite claim:

* **Rubric claims** (rubric_claims.py): a key point may list ``contradicted_by`` phrases, the
  wrong claims themselves ("l2 gives sparse weights"). Matched like misconceptions (ordered
  words, not negated, not inside a warning frame such as "a common mistake is ...").
* **Swapped subjects**: many points attribute something to one of a known pair (L1/L2,
  precision/recall, bias/variance, bagging/boosting, type I/type II ...). When the point's
  attribute ("sparse", "parallel", "false positive") is said in a clause whose subject is the
  *other* member of the pair, and nowhere of its own subject, the answer swapped them (here;
  the pairs and the side a clause speaks of are in pair_sides.py). The pairs cover the subjects the bank's questions compare (L1/L2 ... data/model parallelism,
  LSTM/GRU, skip-gram/CBOW, Gini/entropy, filter/wrapper methods ...). The two sides a
  question's prompt names ("the difference between X and Y", "at training and inference
  time") are a pair too (prompt_pairs.py); for those the model answer says which attribute
  belongs to which side and how it is related to it ("at inference time it *uses* those running
  averages"), and only the same relation said of the other side is a swap (swap28). Round 29
  (wrong29): more prompt forms name two subjects ("how do t-SNE and UMAP differ from PCA", "why
  did transformers replace recurrent networks", "compare A, B and C"); a point whose label names
  neither subject belongs to the side the model answer says its phrases of, in a row, in clauses
  naming that side alone; for two subjects (not training/inference) the property said of the
  other subject is the swap, whatever verb relates them. A question the candidate asks ("Why
  can't an RNN process them in parallel?") claims nothing.
* **Named alternatives of the model answer** (named_sides.py, wrong30): names the model answer
  writes ("Xavier or Glorot", "He initialization", "Poisson", "ICE" for "individual conditional
  expectation") and the pairs whose both sides it says; an answer that gives a word of each
  one's own to the other, both ways, swapped them, whatever the rubric lists.

Each contradicted point earns nothing; content.py charges each like a misconception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, KeyPoint, Question
from simulator.core.scoring.compared_reading import LESSER
from simulator.core.scoring.compared_sides import leading_condition
from simulator.core.scoring.matching import QUALIFIERS, AnswerIndex, Phrase, Span
from simulator.core.scoring.named_sides import crossed
from simulator.core.scoring.opposites import flipped
from simulator.core.scoring.pair_sides import (
    SWAP_PAIRS,
    any_between,
    mentions,
    names_other,
    names_side,
    said_of,
    said_under_condition,
    side_stems,
    side_text_stems,
    without_side,
)
from simulator.core.scoring.prompt_pairs import Pair, question_pairs, subject_pair
from simulator.core.scoring.rubric_claims import claimed
from simulator.core.scoring.stance import (
    NEGATION_REACH,
    NEGATION_WORDS,
    TURNED_ROUND,
    Stance,
    clause_ids,
    said_as_well,
)
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

# Words that say nothing about a subject on their own ("high" of "high bias").
_WEAK = GENERIC_WORDS | QUALIFIERS | frozenset(("high", "low", "large", "small", "error"))
_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)
# Where a label comparing both sides of a pair moves from one to the other.
_LABEL_PARTS = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bunlike\b", re.I)
_ALL_JOINED = frozenset(
    "".join(stem(w) for w in words(t))
    for pair in SWAP_PAIRS
    for side in pair
    for t in side
    if len(t) > 3
)


@dataclass(frozen=True)
class Contradiction:
    claim: str  # what the answer asserted, as the feedback names it
    evidence: str  # the sentence that said it
    # False for a reading resting on one reversed direction word (opposites.py): the least
    # certain reading, which alone costs what a weight-1 point does (content.py).
    sure: bool = True


def _kp_pairs(
    kp: KeyPoint, pairs: tuple[Pair, ...] = SWAP_PAIRS, model_answer: str = ""
) -> tuple[tuple[int, int, tuple[tuple[str, ...], ...]], ...]:
    return _pairs_of(kp.label, tuple(kp.phrases), pairs, model_answer)


@lru_cache(maxsize=4096)
def _pairs_of(
    label: str,
    phrases: tuple[str, ...],
    pairs: tuple[Pair, ...] = SWAP_PAIRS,
    model_answer: str = "",
) -> tuple[tuple[int, int, tuple[tuple[str, ...], ...]], ...]:
    """(pair, side, attributes) for each pair a side of which the point is about.
    An attribute is a phrase with its subject taken out, kept when it still says something
    specific ("sparse solutions", not "penalty"). A point about one side: its label names
    that side (phrases alone may list options). A label that compares both sides ("L1 drives
    weights exactly to zero; L2 shrinks them") gives each side the phrases said in its part."""
    texts = [label, *phrases]
    out = []
    said = [side_text_stems(t) for t in texts]
    for n, pair in enumerate(pairs):
        sides = [any(names_side(seq, side) for seq in said) for side in pair]
        if n >= len(SWAP_PAIRS) and not _in_two_parts(label, pair):
            # a prompt's own pair (prompt_pairs.py): the point is about the side its label
            # opens with ("At inference uses running averages collected during training"; not
            # "Both are supervised; ... logistic regression outputs probabilities"), and none
            # of its attributes is one the model answer says of the other side
            lead = _leading_side(said[0], pair)
            if lead is not None:
                attributes = _of_side(
                    _attributes(pair, lead, phrases, pairs), pair, lead, model_answer
                )
                if attributes:
                    out.append((n, lead, attributes))
            elif subject_pair(pair) and not any(sides):
                # a point whose label names neither subject ("All positions are processed in
                # parallel during training"): the side the model answer says its phrases of,
                # in clauses naming that side alone ("A transformer processes all positions at
                # once in parallel"), when it says them of one side only (wrong29)
                found = [
                    (
                        side,
                        _in_a_row(
                            _of_side(
                                _attributes(pair, side, phrases, pairs), pair, side, model_answer
                            ),
                            pair,
                            side,
                            model_answer,
                        ),
                    )
                    for side in (0, 1)
                ]
                given = [(side, a) for side, a in found if a]
                if len(given) == 1:
                    out.append((n, given[0][0], given[0][1]))
            continue
        if sides.count(True) == 1 and names_side(said[0], pair[0 if sides[0] else 1]):
            own = 0 if sides[0] else 1
            if _one_of_a_list(label, pair[own]):
                continue
            attributes = _not_theirs(
                _attributes(pair, own, phrases, pairs), pair, own, model_answer
            )
            if attributes:
                out.append((n, own, attributes))
            continue
        if not all(names_side(said[0], side) for side in pair):
            continue
        per_side: list[set[tuple[str, ...]]] = [set(), set()]
        for part in _LABEL_PARTS.split(label):
            stems = side_text_stems(part)
            named = [s for s in (0, 1) if names_side(stems, pair[s])]
            if len(named) != 1:
                continue
            # ... but not those said only in a condition the part opens with, before either
            # side ("With correlated features L1 picks one ..."): the setting of both parts
            setting = leading_condition(part, pair)
            own_phrases = tuple(
                p
                for p in phrases
                if all(s in stems for s in (stem(w) for w in words(p)) if s not in _STOP_STEMS)
                and not {stem(w) for w in words(p)} - _STOP_STEMS <= setting
            )
            per_side[named[0]].update(_attributes(pair, named[0], own_phrases, pairs))
        # What both parts say ("the centre word") tells neither side apart.
        both = per_side[0] & per_side[1]
        for side in (0, 1):
            if per_side[side] - both:
                out.append((n, side, tuple(sorted(per_side[side] - both))))
    return tuple(out)


# A list's items: "A, B, or C" (commas, the last item opened by "or" / "and").
_LAST_ITEM = re.compile(r"^(?:or|and)\b", re.I)
_ITEM_WORDS = 3  # words of one item ("use ridge", "L1 penalties")


def _one_of_a_list(label: str, side: tuple[str, ...]) -> bool:
    """The label names the side as one item of a list of three or more ("Drop or combine
    features, *use ridge*, PCA, or domain knowledge"): the side is one option among others, not
    the subject the point's phrases are said of. Its phrases name the other options too ("keep
    just one"), so none is the side's own attribute (blind set 69: a strong multicollinearity
    answer's "lasso tends to keep one of a correlated group" was charged as ridge's "keep one"
    said of lasso, and scored 0)."""
    for part in label.split(";"):
        items = [t.strip() for t in part.split(",")]
        if len(items) < 3 or not _LAST_ITEM.match(items[-1]):
            continue
        if any(
            len(words(t)) <= _ITEM_WORDS and names_side(side_text_stems(t), side) for t in items
        ):
            return True
    return False


def _in_two_parts(label: str, pair: Pair) -> bool:
    """The label says each side in a part of its own ("Top k keeps a fixed number of tokens;
    top p keeps the smallest set ..."): each side's attributes are then only the phrases said
    in its part, as for a fixed pair, not every phrase of the point given to the side it opens
    with ("renormalize", which both do, newpack30)."""
    named = set()
    for part in _LABEL_PARTS.split(label):
        stems = tuple(stem(w) for w in words(part))
        sides = [s for s in (0, 1) if names_side(stems, pair[s])]
        if len(sides) == 1:
            named.add(sides[0])
    return named == {0, 1}


def _of_side(
    attributes: tuple[tuple[str, ...], ...], pair: Pair, own: int, model_answer: str
) -> tuple[tuple[str, ...], ...]:
    """The attributes the model answer says of this side: all their words in one of its clauses
    that names this side and not the other ("At inference time it uses those running averages"),
    and not in a row in one that names the other and not this one ("During training it ...
    maintains a running mean" keeps "running mean" from inference), nor made only of the sides'
    own words ("at test *time*"). A point's phrase the model answer does
    not place on a side ("eval mode") is no attribute a side can be swapped on."""
    names = {s for side in pair for t in side for s in (stem(w) for w in words(t))}
    mine: list[set[str]] = []
    theirs: list[tuple[str, ...]] = []
    for clause in _MODEL_CLAUSES.split(model_answer):
        stems = tuple(stem(w) for w in words(clause))
        here, there = names_side(stems, pair[own]), names_side(stems, pair[1 - own])
        if here and not there:
            mine.append(set(stems))
        elif there and not here:
            theirs.append(tuple(s for s in stems if s not in _STOP_STEMS))
    return tuple(
        a
        for a in attributes
        if not set(a) <= names
        and any(set(a) <= c for c in mine)
        and not any(o[i : i + len(a)] == a for o in theirs for i in range(len(o)))
    )


def _in_a_row(
    attributes: tuple[tuple[str, ...], ...], pair: Pair, own: int, model_answer: str
) -> tuple[tuple[str, ...], ...]:
    """The attributes a model answer's clause naming this side alone says in a row: for a point
    whose label names no side, the words scattered over such a clause ("An RNN must process
    *tokens* one after another" against "*token* by *token*") give it no side (wrong29)."""
    rows: list[tuple[str, ...]] = []
    for clause in _MODEL_CLAUSES.split(model_answer):
        stems = tuple(stem(w) for w in words(clause))
        if names_side(stems, pair[own]) and not names_side(stems, pair[1 - own]):
            rows.append(tuple(s for s in stems if s not in _STOP_STEMS))
    return tuple(
        a for a in attributes if any(r[i : i + len(a)] == a for r in rows for i in range(len(r)))
    )


def _not_theirs(
    attributes: tuple[tuple[str, ...], ...], pair: Pair, own: int, model_answer: str
) -> tuple[tuple[str, ...], ...]:
    """The attributes the model answer does not say in a row in a clause that names the other
    side and not this one: the rubric's own sentence is no swap. In the weight-initialization
    answer "Biases can start at zero because the random weights already break the symmetry"
    names the bias term, not the variance's bias, so the variance point's "weights" is no
    attribute moved to bias (fix28)."""
    theirs: list[tuple[str, ...]] = []
    for clause in _MODEL_CLAUSES.split(model_answer):
        stems = tuple(stem(w) for w in words(clause))
        if names_side(stems, pair[1 - own]) and not names_side(stems, pair[own]):
            theirs.append(tuple(s for s in stems if s not in _STOP_STEMS))
    return tuple(
        a
        for a in attributes
        if not any(o[i : i + len(a)] == a for o in theirs for i in range(len(o)))
    )


# Where a model answer's clauses part: sentence ends, semicolons, colons, commas, and the words
# that move from one side to the other.
_MODEL_CLAUSES = re.compile(r"[.!?;:,]\s*|\s\b(?:but|while|whereas|unlike)\b\s", re.I)


@lru_cache(maxsize=1024)
def _relation(
    attribute: tuple[str, ...], pair: Pair, own: int, model_answer: str
) -> tuple[frozenset[str], bool]:
    """The words relating a prompt's side to its attribute in the model answer's clause that
    says it ("At inference time it *uses* those running averages"): what the side does with the
    attribute. The other side may do something else with it ("during training it *keeps* running
    averages" is right), so only a clause that relates the two the same way swaps them; with
    whether those words come before the attribute ("tracks running averages so that it can *use*
    them later" relates them otherwise)."""
    out: set[str] = set()
    before = True
    for clause in _MODEL_CLAUSES.split(model_answer):
        stems = tuple(stem(w) for w in words(clause))
        if not names_side(stems, pair[own]) or names_side(stems, pair[1 - own]):
            continue
        at = next((i for i, s in enumerate(stems) if s in attribute), None)
        if at is None or not set(attribute) <= set(stems):
            continue
        side = min(
            (
                i
                for t in side_stems(pair[own])
                for i in range(len(stems))
                if stems[i : i + len(t)] == t
            ),
            default=at,
        )
        before = side < at
        lo, hi = (side, at) if before else (at + len(attribute), side)
        names = {t for side_ in pair for n in side_stems(side_) for t in n}
        out.update(s for s in stems[lo:hi] if s not in _FUNCTION_STEMS and s not in names)
    return frozenset(out), before


# Words that relate nothing: "at inference time *it* uses *those* ..."
_FUNCTION_STEMS = frozenset(
    stem(w)
    for w in words(
        "a an the at in on of to for with by from and or it its they them their those these this"
        " that which time then also is are be been was were there here so"
    )
)


def _same_relation(
    tokens: Tokens,
    span: Span,
    relation: tuple[frozenset[str], bool],
    own: list[int],
    other: list[int],
) -> bool:
    """The answer's sentence relates the attribute to the other side as the model answer relates
    it to its own: that side named before it in its clause when the model answer names its own
    side first ("At training time it uses the running averages"; not "... so it uses running
    averages accumulated during training"), one of the model answer's relating words just before
    it (within three words, no "and" between: "uses the statistics of the current batch *and
    updates* running averages" relates them otherwise), and its own side not named before it in
    the sentence ("At inference we cannot ..., so it uses running averages ... during
    training")."""
    said, before = relation
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first, last = sentence.first_word, sentence.last_word
    if any(first <= p < span[0] for p in own):
        return False
    clauses = clause_ids(sentence)
    clause = clauses[span[0] - first]

    def in_clause(p: int) -> bool:
        return first <= p < last and clauses[p - first] == clause

    if before:
        if not any(in_clause(p) and p < span[0] for p in other):
            return False
        near = range(span[0] - 1, max(first, span[0] - 4) - 1, -1)
    else:
        if not any(in_clause(p) and p >= span[1] for p in other):
            return False
        near = range(span[1], min(last, span[1] + 3))
    if not said:
        return True
    for p in near:
        if not in_clause(p) or tokens.words[p] in ("and", "or"):
            return False
        if tokens.stems[p] in said:
            return True
    return False


def _not_elsewhere(
    attributes: tuple[tuple[str, ...], ...], question: Question, k: int
) -> tuple[tuple[str, ...], ...]:
    """A prompt's pair's attributes that no other key point's phrase holds in a row: dropout's
    "turn off" at inference is also its mechanism's "turn off neurons" during training."""
    others = [
        tuple(s for s in (stem(w) for w in words(p)) if s not in _STOP_STEMS)
        for j, kp in enumerate(question.key_points)
        if j != k
        for p in (kp.label, *kp.phrases)
    ]
    return tuple(
        a
        for a in attributes
        if not any(o[i : i + len(a)] == a for o in others for i in range(len(o)))
    )


def _leading_side(stems: tuple[str, ...], pair: Pair) -> int | None:
    """The side a label names within its first three words (its subject), when the other is
    not named or named only later with no comparing word (while, whereas, but, unlike) between."""
    first = [
        min(
            (i for s in side_stems(side) for i in range(len(stems)) if stems[i : i + len(s)] == s),
            default=None,
        )
        for side in pair
    ]
    if first[0] is None and first[1] is None or first[0] == first[1]:
        return None
    if first[0] is None or first[1] is None:
        lead = 0 if first[1] is None else 1
    else:
        lead = 0 if first[0] < first[1] else 1
        if _COMPARING & set(stems[first[lead] : first[1 - lead]]):
            return None
    at = first[lead]
    return lead if at is not None and at <= 2 else None


_COMPARING = frozenset(stem(w) for w in ("while", "whereas", "but", "unlike", "versus", "vs"))


def _attributes(
    pair: tuple[tuple[str, ...], tuple[str, ...]],
    own: int,
    phrases: tuple[str, ...],
    pairs: tuple[Pair, ...] = SWAP_PAIRS,
) -> tuple[tuple[str, ...], ...]:
    attributes: set[tuple[str, ...]] = set()
    for text in phrases:
        full = without_side(tuple(stem(w) for w in words(text)), pair[own])
        seq = tuple(s for s in full if s not in _STOP_STEMS)
        if not seq or names_side(seq, pair[1 - own]):
            continue
        specific = [w for w in words(" ".join(seq)) if w not in _WEAK]
        # Kept only when it names no subject of any pair ("high variance" is not an
        # attribute of overfitting here) and hides none in a compound ("under fitting").
        joined = "".join(full)
        if (
            not specific
            or any(names_side(seq, side) for p in pairs for side in p)
            or any(t in joined for t in _ALL_JOINED)
        ):
            continue
        attributes.add(seq)
    return tuple(sorted(attributes))


_added = said_as_well  # stance.py: shared with named_sides.py


def _across_clauses(tokens: Tokens, span: Span) -> bool:
    """The attribute's words fall in two clauses of the sentence ("supervised learning needs
    *labels*, while unsupervised learning works *without* them" is no "without labels"): they
    are no one attribute, said of either subject (claims26)."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    if tokens.sentence_of[span[1] - 1] != sentence.index:
        return True
    ids = clause_ids(sentence)
    return ids[span[0] - sentence.first_word] != ids[span[1] - 1 - sentence.first_word]


def _asked(tokens: Tokens, span: Span) -> bool:
    """The attribute stands in a question the candidate asks ("Why can't an RNN process all
    positions in parallel?"): it asks, it claims nothing (wrong29)."""
    return tokens.sentences[tokens.sentence_of[span[0]]].text.rstrip().endswith("?")


def _own_only(
    attributes: tuple[tuple[str, ...], ...], others: set[tuple[str, ...]]
) -> tuple[tuple[str, ...], ...]:
    """The attributes that hold none of the other side's (two words or more) whole: precision's
    "how *many* were *actually positive*" holds recall's "*actual positives*", so "recall
    measures how many of the actual positives" is recall's own point, not precision's said
    of recall (false25, strong27)."""
    return tuple(a for a in attributes if not any(len(o) >= 2 and set(o) <= set(a) for o in others))


def _owned_spans(
    index: AnswerIndex,
    kp: KeyPoint,
    stance: Stance,
    pairs: tuple[Pair, ...] = SWAP_PAIRS,
    model_answer: str = "",
) -> dict[tuple[int, int], set[int]]:
    """For each (pair, side) the point gives attributes of, where one of them is said of that
    side itself (said_of is 0), neither denied nor warned against: the first word of each."""
    tokens = index.tokens
    out: dict[tuple[int, int], set[int]] = {}
    for n, side, attributes in _kp_pairs(kp, pairs, model_answer):
        pair = pairs[n]
        own = mentions(tokens, pair[side])
        other = mentions(tokens, pair[1 - side])
        if not own:
            continue
        for seq in attributes:
            for span in index.find(Phrase(" ".join(seq), seq, None, False)):
                if span[0] and tokens.words[span[0] - 1] in TURNED_ROUND:
                    continue
                if said_of(tokens, span, own, other) != 0:
                    continue  # said of the other side, of neither, or across a sentence end
                if not stance.negated(span) and not stance.warned(span):
                    out.setdefault((n, side), set()).add(span[0])
    return out


def _object_of_owned(tokens: Tokens, span: Span, owned: set[int]) -> bool:
    """The attribute follows, in its clause, the other side's own attribute said of that side:
    the object of what the sentence says of its subject ("bagging is more robust *to noisy
    labels*"), not the attribute moved to it ("boosting is more robust to noisy labels" gives
    boosting bagging's "more robust" first: still moved)."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    clauses = clause_ids(sentence)
    return any(
        first <= o < span[0] and clauses[o - first] == clauses[span[0] - first] for o in owned
    )


_JUST = frozenset(("only", "just", "merely", "solely", "simply", "purely"))


def _not_just(tokens: Tokens, span: Span) -> bool:
    """ "not just" / "not only" before the attribute in its sentence: the speaker says the
    attribute is not what the side does ("Lemmatization does not just chop off suffixes"
    sets lemmatization apart from stemming's chopping), so it is not moved to that side
    (fix28). Credit reads "not only X" as granting X (stance.limits); a swap needs the
    attribute said of the side as what it is."""
    ws = tokens.words
    sentence = tokens.sentence_of[span[0]]
    first = tokens.sentences[sentence].first_word
    return any(
        ws[i] in NEGATION_WORDS and ws[i + 1] in _JUST
        for i in range(max(first, span[0] - NEGATION_REACH), span[0])
    )


# "less prone to", "more robust to": what follows is what the subject resists, not its own
# attribute.
_SUSCEPTIBLE = word_set("prone sensitive susceptible vulnerable likely affected exposed")
_RESISTANT = word_set("robust resistant immune insensitive tolerant resilient")
_FEWER_WORDS = word_set("less least rarely seldom hardly")
_RESIST_REACH = 4  # words from "less prone to" to the attribute ("to overfitting *noisy labels*")


def _resisted(tokens: Tokens, span: Span) -> bool:
    """The attribute is what its subject is said to resist, just before it in its clause: "less
    prone to", "less sensitive to", "more robust to", "resistant to" (claims38: "Compared with
    boosting, bagging is less prone to overfitting noisy labels" was charged as giving bagging
    boosting's "noisy labels")."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    ws = tokens.words
    lo = max(sentence.first_word, span[0] - _RESIST_REACH)
    for j in range(lo, span[0]):
        if ws[j] in _RESISTANT:
            return True
        if ws[j] in _SUSCEPTIBLE and j > sentence.first_word and ws[j - 1] in _FEWER_WORDS:
            return True
    return False


# Verbs that say their object is left out: "the input distribution *is ignored by* the
# discriminative model", "the discriminative model *ignores* the input distribution" deny the
# attribute of that side (claims40: a correct answer in the passive charged '"input
# distribution" said of discriminative' and scored 0).
_LEFT_OUT = frozenset(
    ("ignore", "ignores", "ignored", "ignoring", "discard", "discards", "discarded", "skips")
    + ("skipped", "lacks", "lack", "drops", "dropped", "neglects", "neglected")
)
_LEFT_OUT_REACH = 3


def _left_out(tokens: Tokens, span: Span) -> bool:
    """A verb of leaving out stands just before the attribute ("ignores the input
    distribution") or just after it ("the input distribution is ignored"), in its sentence."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    ws = tokens.words
    before = range(max(sentence.first_word, span[0] - _LEFT_OUT_REACH), span[0])
    after = range(span[1], min(sentence.last_word, span[1] + _LEFT_OUT_REACH))
    return any(ws[j] in _LEFT_OUT for j in (*before, *after))


# Words that introduce an example of the noun before them: "a supervised method *like* linear
# discriminant analysis".
_EXAMPLE = word_set("like including e.g eg")
_EXAMPLE_PAIRS = (("such", "as"), ("for", "example"), ("for", "instance"))


def _in_example_name(tokens: Tokens, span: Span) -> bool:
    """The attribute is the first words of a longer name given as an example: "consider a
    supervised method like *linear* discriminant analysis" names another method, linear and
    supervised, which says nothing of the question's subject being linear (blind set 61: a
    correct PCA warning was charged with "linear" said of supervised). The example's name goes
    on after the attribute (another content word), so "a supervised method like k-means" (the
    example is the attribute whole) is still read."""
    ws = tokens.words
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    at = span[0]
    while at > sentence.first_word and ws[at - 1] in _DETERMINERS_EX:
        at -= 1
    introduced = (at > sentence.first_word and ws[at - 1] in _EXAMPLE) or (
        at - 1 > sentence.first_word and ws[at - 2 : at] in _EXAMPLE_PAIRS
    )
    return (
        introduced
        and span[1] < sentence.last_word
        and ws[span[1]] not in STOPWORDS
        and ws[span[1]].isalpha()
    )


_DETERMINERS_EX = word_set("a an the")


# English's degree words of lesser degree (compared_reading.LESSER), and "poorly"
_LESSER = LESSER | {"poorly"}
_THAN_REACH = 4  # words from the lesser degree to its "than", and from "than" to the side


def _less_than_own(tokens: Tokens, span: Span, own: list[int]) -> bool:
    """After the attribute, its clause gives it to the other side *less than* to its own:
    "Discriminative models handle missing inputs *less gracefully than generative ones*" says
    generative models handle them better, the point itself (over46: charged as the attribute
    said of discriminative models). "... *better than* generative ones" is still read."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first, last = sentence.first_word, sentence.last_word
    ids = clause_ids(sentence)
    clause = ids[span[0] - first]
    p = span[1]
    while p < last and ids[p - first] == clause:
        if tokens.words[p] in _LESSER:
            for t in range(p + 1, min(last, p + 1 + _THAN_REACH)):
                if tokens.words[t] == "than":
                    return any_between(own, t + 1, min(last, t + 1 + _THAN_REACH))
        p += 1
    return False


def swapped(question: Question, index: AnswerIndex, stance: Stance) -> dict[int, Contradiction]:
    """Key points whose attribute the answer says only of the other subject of a pair."""
    tokens = index.tokens
    found: dict[int, Contradiction] = {}
    # the fixed pairs and the two sides the prompt itself names (prompt_pairs.py)
    pairs = question_pairs(question.prompt, tuple(kp.label for kp in question.key_points))
    by_side: dict[tuple[int, int], set[tuple[str, ...]]] = {}
    for kp in question.key_points:
        for n, kp_side, attributes in _kp_pairs(kp, pairs, question.model_answer):
            by_side.setdefault((n, kp_side), set()).update(attributes)
    for k, kp in enumerate(question.key_points):
        # Where this point's own words for a side are said of that side: "bagging is more
        # robust to noisy labels" gives bagging its "more robust", so boosting's "noisy labels"
        # after it is what bagging is robust to, not boosting's attribute moved (charge27).
        owned = _owned_spans(index, kp, stance, pairs, question.model_answer)
        for n, own_side, attributes in _kp_pairs(kp, pairs, question.model_answer):
            pair = pairs[n]
            attributes = _own_only(attributes, by_side.get((n, 1 - own_side), set()))
            if n >= len(SWAP_PAIRS):
                attributes = _not_elsewhere(attributes, question, k)
            own = mentions(tokens, pair[own_side])
            other = mentions(tokens, pair[1 - own_side])
            if not other:
                continue
            elsewhere = owned.get((n, 1 - own_side), set())
            supported, wrong = False, None
            for seq in attributes:
                # The attribute is already stems: compiling its text again would stem them twice
                # ("spars" -> "spar", which no answer word matches).
                for phrase in (Phrase(" ".join(seq), seq, None, False),):
                    for span in index.find(phrase):
                        if names_other(span, other, pair[1 - own_side]):
                            continue  # "pipeline or data parallelism": the attribute names it
                        if span[0] and tokens.words[span[0] - 1] in TURNED_ROUND:
                            continue  # "*less* regularization lowers bias": its opposite
                        if _across_clauses(tokens, span):
                            continue  # "labels*, while* unsupervised ... without": two clauses
                        if _resisted(tokens, span):
                            continue  # "bagging is *less prone to* overfitting noisy labels"
                        if _left_out(tokens, span):
                            continue  # "the input distribution *is ignored by* ..."
                        if _asked(tokens, span):
                            continue  # "Why can't an RNN process them in parallel?" (wrong29)
                        if _in_example_name(tokens, span):
                            continue  # "a supervised method like *linear* discriminant ..."
                        side = said_of(tokens, span, own, other)
                        if side is None:
                            side = said_under_condition(tokens, span, own, other)
                        if side == 1 and _less_than_own(tokens, span, own):
                            side = 0
                        if side == 0:
                            supported = True
                        elif (
                            side == 1
                            and wrong is None
                            and not _object_of_owned(tokens, span, elsewhere)
                            and not stance.negated(span)
                            and not _not_just(tokens, span)
                            and not stance.warned(span)
                            and not _added(tokens, span)
                            and (
                                n < len(SWAP_PAIRS)
                                # two subjects (wrong29): the property given to the other
                                # one is the swap itself, whatever verb relates them ("An RNN
                                # processes all positions in parallel"); training and
                                # inference may relate to one thing in two ways
                                or subject_pair(pair)
                                or _same_relation(
                                    tokens,
                                    span,
                                    _relation(seq, pair, own_side, question.model_answer),
                                    own,
                                    other,
                                )
                            )
                        ):
                            wrong = (seq, span)
            if wrong is not None and not supported:
                seq, span = wrong
                said = " ".join(tokens.words[span[0] : span[1]])
                claim = f'"{said}" said of {pair[1 - own_side][0]}, not {pair[own_side][0]}'
                sentence = tokens.sentences[tokens.sentence_of[span[0]]].text
                found[k] = Contradiction(claim, sentence)
                break
    return found


def contradictions(
    question: Question, index: AnswerIndex, stance: Stance
) -> dict[int, Contradiction]:
    """Contradicted key points by their index: rubric claims first, then swapped subjects,
    then reversed directions (opposites.py)."""
    found = {
        k: Contradiction(f.claim, f.evidence, sure=False)
        for k, f in flipped(question, index.tokens, stance).items()
    }
    found.update(swapped(question, index, stance))
    for k, (claim, evidence) in crossed(question, index.tokens, stance).items():
        found.setdefault(k, Contradiction(claim, evidence))
    found.update(
        (k, Contradiction(claim, evidence))
        for k, (claim, evidence) in claimed(question, index, stance).items()
    )
    return found
