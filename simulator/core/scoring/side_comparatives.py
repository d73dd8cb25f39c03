"""Comparatives given to the wrong side of a compared pair (wrong32, issue 9).

"Bi-encoders are more accurate than cross-encoders", "cross-encoders are the faster option",
"columnar formats compress worse than CSV": a confidently wrong answer to a compare-two-things
question keeps the rubric's words and turns round *which side* is better, faster or cheaper.
No phrase is reversed and no attribute moves from one side to the other (contradiction.py's
swap), so nothing else sees it: the comparison itself is the claim.

The sides are the question's own pairs (prompt_pairs.py: "compare X and Y", "the difference
between X and Y", ...; a fixed pair of pair_sides.py only when the prompt names both its
sides). The accepted view's comparatives come from the model answer and the key-point labels:
a comparative word (faster/slower, better/worse, cheaper, higher/lower, larger/smaller,
longer/shorter, more/less X ...) in a sentence is said of the side named nearest before it in
that sentence, of the side *not* named right after "than" ("A is slower than B": A), or, in a
sentence that names no side before it but says "it"/"they", of the one side the sentence
before names. Each is kept with the content words around it (its *anchors*: "compress",
"accurate", "memory"), so "slower to train" and "faster at inference" are two comparisons.

An answer's comparative is a wrong claim when the accepted view says the opposite direction of
the same side, or the same direction of the other side, with anchors in common (or none said on
one of them), and the answer states no comparative that agrees with the accepted view on that
scale and side. Charged only as the speaker's own: not negated, hedged, asked, under an opening
condition or inside a warning. The charge goes to the key point whose label says the
comparison (its scale's words or its anchors, then the sides' names), as a contradiction.

Scope (false34): a comparative is said of the side only when nothing between the side and it
opens a phrase or clause with a noun of its own ("sets the ones *with the smallest* absolute
values to zero", "more accurate *when some channels* have much larger weights", "a filter
*whose* norm is smaller"): there it describes that noun inside the side's description, in the
accepted view and in an answer alike. Two written names one of which holds the other
("magnitude pruning", "magnitude pruning removes", read from a label's opening) are no pair.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claim_clauses import CONDITIONS, HEDGES, NOT_ANCHOR
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.named_sides import _named as named
from simulator.core.scoring.opposite_pairs import OPPOSITE_PAIRS, side_map
from simulator.core.scoring.pair_sides import SWAP_PAIRS, mentions
from simulator.core.scoring.prompt_pairs import Pair, question_pairs, subject_pair
from simulator.core.scoring.stance import Stance, clause_ids
from simulator.core.scoring.text import Tokens, run_starts, stem, tokenize, word_set, words

# Comparative scales: words saying one direction, words saying the other.
_SCALES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (word_set(up), word_set(down))
    for up, down in (
        ("faster quicker fastest quickest", "slower slowest"),
        ("better best outperforms outperform beats", "worse worst"),
        ("cheaper cheapest", "costlier pricier"),
        ("higher highest", "lower lowest"),
        ("larger bigger greater largest biggest", "smaller smallest"),
        ("longer longest", "shorter shortest"),
        ("stronger strongest", "weaker weakest"),
        ("easier simpler easiest simplest", "harder hardest"),
        ("more", "less fewer"),
    )
)
_MORE = len(_SCALES) - 1  # "more X" / "less X": the scale is X's
# The plain forms of the same scales ("cross-encoders are slow", "a small vocabulary"): said of
# much else, so one meets another only on a shared anchor ("too slow ... *corpus*").
# (compared_claims.py reads the same scales: one list of English's plain scales.)
PLAIN_SCALE_WORDS: tuple[tuple[str, str], ...] = (
    ("fast quick", "slow"),
    ("good", "bad poor"),
    ("cheap inexpensive", "expensive costly"),
    ("high", "low"),
    ("large big huge", "small tiny"),
    ("long", "short"),
    ("strong", "weak"),
    ("easy simple", "hard difficult complex"),
)
_PLAIN_SCALES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (word_set(up), word_set(down)) for up, down in PLAIN_SCALE_WORDS
)
_SCALE_OF = {
    w: (n, d) for n, (up, down) in enumerate(_SCALES) for d, ws in ((1, up), (-1, down)) for w in ws
}
_PLAIN_OF = {
    w: (n, d)
    for n, (up, down) in enumerate(_PLAIN_SCALES)
    for d, ws in ((1, up), (-1, down))
    for w in ws
}
_CHEAPER = 2
_COSTLY = frozenset(stem(w) for w in ("expensive", "costly"))
# Words between a comparative and what it is said of that name nothing compared.
_INTENSIFIERS = word_set(
    "much far significantly considerably substantially slightly somewhat generally usually"
    " typically often even still a lot bit way"
)
_PRONOUNS = word_set("it they its their this that these those")
_THAN = word_set("than")
_REACH = 3  # content words either side of a comparative that say what is compared
_WARNING = frozenset(stem(w) for w in ("mistake", "myth", "misconception", "wrongly", "confusion"))
# Words that say for what a comparison holds, by opposite ends: "better *for rare* words" and
# "better *for frequent* words" are comparisons of two scopes, and giving the one side the rare
# words and the other side the frequent ones is the same view told from both ends (set 57: a
# correct word2vec warning, "CBOW ... is faster and slightly better for frequent words", was
# charged as '"better" said of cbow, not of skip gram' against the model answer's "skip gram
# tends to do better on rare words"). The plain scales ("small", "large") are no anchors, so
# they are read here.
_SCOPE_OF = side_map(
    OPPOSITE_PAIRS
    + tuple((" ".join(sorted(up)), " ".join(sorted(down))) for up, down in _PLAIN_SCALES)
    + (
        ("rare rarer rarely uncommon infrequent unusual", "frequent frequently common usual"),
        ("few", "many"),
    )
)


@dataclass(frozen=True)
class _Comparison:
    side: int  # 0 or 1: which side of the pair it is said of
    scale: tuple[int, str]  # (scale, the compared word for "more X"; "" otherwise)
    direction: int  # 1 or -1
    anchors: frozenset[str]
    at: int  # position of the comparative word
    plain: bool = False  # a plain form ("slow"), not a comparative ("slower")
    # (pair, end) of each direction word around it that says for what it holds ("better *for
    # frequent* words", "faster *on small* inputs"): ``_SCOPE_OF``
    scope: frozenset[tuple[int, int]] = frozenset()


def _asked_pairs(question: Question) -> tuple[Pair, ...]:
    """The pairs the prompt asks to compare (its own forms, or two subjects the key points'
    labels open with that the prompt names together: prompt_pairs.label_pairs)."""
    labels = tuple(kp.label for kp in question.key_points)
    asked = question_pairs(question.prompt, labels)[len(SWAP_PAIRS) :]
    own = tuple(p for p in asked if subject_pair(p))
    prompt = tokenize(question.prompt)
    fixed = tuple(p for p in SWAP_PAIRS if mentions(prompt, p[0]) and mentions(prompt, p[1]))
    return fixed + own


def _pairs(question: Question) -> tuple[Pair, ...]:
    labels = tuple(kp.label for kp in question.key_points)
    written = _written_names(question.prompt, question.model_answer or "", labels)
    return _asked_pairs(question) + written


@lru_cache(maxsize=256)
def _written_names(prompt: str, model_answer: str, labels: tuple[str, ...]) -> tuple[Pair, ...]:
    """Each two names the model answer writes as names (named_sides.py: "Adam", "SGD",
    "XGBoost"), as sides that an answer's comparison can turn round."""
    groups, kinds = named(prompt, model_answer, labels)
    said = tokenize(model_answer)
    written: list[tuple[str, ...]] = []
    for g, kind in zip(groups, kinds, strict=True):
        if kind != -1 or any(len(name) > 3 for name in g):
            continue
        # the words the model answer spells each name with (the names are stems)
        spelled = tuple(
            dict.fromkeys(
                " ".join(said.words[p : p + len(name)])
                for name in g
                for p in run_starts(said.stems, name)
            )
        )
        if spelled:
            written.append(spelled)
    return tuple(
        (written[i], written[j])
        for i in range(len(written))
        for j in range(i + 1, len(written))
        if not _overlap(written[i], written[j])
    )


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One side's name holds the other's ("magnitude pruning" and "magnitude pruning removes",
    read from a label's opening): every naming of the one is a naming of the other, so no
    comparison can tell them apart (false34)."""

    def holds(longer: str, shorter: str) -> bool:
        return next(run_starts(words(longer), words(shorter)), None) is not None

    return any(holds(x, y) or holds(y, x) for x in a for y in b)


def _side_words(tokens: Tokens, pair: Pair) -> dict[int, int]:
    """Position -> side for every word of a side's name."""
    out: dict[int, int] = {}
    for s in (0, 1):
        for side_name in pair[s]:
            n = len(words(side_name))
            for p in mentions(tokens, (side_name,)):
                for q in range(p, p + n):
                    out.setdefault(q, s)
    return out


def _starts(tokens: Tokens, pair: Pair) -> list[tuple[int, int]]:
    """(position, side) of each naming of a side, in order."""
    found = [(p, s) for s in (0, 1) for p in mentions(tokens, pair[s])]
    return sorted(set(found))


def _anchors(tokens: Tokens, at: int, named: dict[int, int]) -> frozenset[str]:
    sentence = tokens.sentences[tokens.sentence_of[at]]
    lo, hi = sentence.first_word, sentence.last_word
    out: set[str] = set()
    for step in (-1, 1):
        p, taken = at + step, 0
        while lo <= p < hi and taken < _REACH:
            w = tokens.words[p]
            if w in _THAN or p in named:
                break
            if (
                w not in NOT_ANCHOR
                and w not in _INTENSIFIERS
                and w not in _SCALE_OF
                and w not in _PLAIN_OF
            ):
                out.add(tokens.stems[p])
                taken += 1
            p += step
    return frozenset(out)


def _scope(tokens: Tokens, at: int, named: dict[int, int]) -> frozenset[tuple[int, int]]:
    """(pair, end) of the direction words among the words either side of a comparative that
    ``_anchors`` reads (not the comparatives themselves: "faster and slightly better" is two
    comparisons, not a scope)."""
    sentence = tokens.sentences[tokens.sentence_of[at]]
    lo, hi = sentence.first_word, sentence.last_word
    out: set[tuple[int, int]] = set()
    for step in (-1, 1):
        p, taken = at + step, 0
        while lo <= p < hi and taken < _REACH:
            w = tokens.words[p]
            if w in _THAN or p in named:
                break
            if w not in NOT_ANCHOR and w not in _INTENSIFIERS and w not in _SCALE_OF:
                end = _SCOPE_OF.get(tokens.stems[p])
                if end is not None:
                    out.add(end)
                taken += 1
            p += step
    return frozenset(out)


def _flipped(a: _Comparison, b: _Comparison) -> bool:
    """The two comparisons hold for opposite scopes ("for rare words", "for frequent words")."""
    return any((n, 1 - end) in b.scope for n, end in a.scope)


def _comparisons(
    tokens: Tokens, pair: Pair, borrow: bool = True, answer: bool = False
) -> list[_Comparison]:
    named = _side_words(tokens, pair)
    starts = _starts(tokens, pair)
    out: list[_Comparison] = []
    previous_single: int | None = None
    for sentence in tokens.sentences:
        lo, hi = sentence.first_word, sentence.last_word
        # the sentence's namings, found by bisection (``starts`` is in order): reading every
        # naming of the answer for each sentence was quadratic in a long answer (perf39)
        begin = bisect_left(starts, (lo,))
        here = starts[begin : bisect_left(starts, (hi,), begin)]
        for at in range(lo, hi):
            w = tokens.words[at]
            if (w not in _SCALE_OF and w not in _PLAIN_OF) or at in named:
                continue
            plain = w not in _SCALE_OF
            if plain and not _predicative(tokens, at, lo):
                continue  # "small weights", "a huge vocabulary": said of the noun after
            n, direction = _PLAIN_OF[w] if plain else _SCALE_OF[w]
            compared = ""
            if n == _MORE:
                nxt = at + 1
                if nxt >= hi or tokens.words[nxt] in NOT_ANCHOR or tokens.words[nxt] in _THAN:
                    continue
                if nxt in named:
                    continue
                compared = tokens.stems[nxt]
                if compared in _COSTLY:  # "more expensive" is costlier: the cheaper scale
                    n, direction, compared = _CHEAPER, -direction, ""
            if plain or not borrow:
                # a plain form only of a side its own clause names ("in *high* dimensions"
                # after "DBSCAN struggles when ..." is said of dimensions), and so is any form
                # of two names the question does not ask to compare ("MAP picks ..., while
                # maximum likelihood picks those that make the data more probable")
                if answer and not plain and _of_another_noun(tokens, at, named, after_name=False):
                    # "SVMs need scaling because features *with bigger ranges* dominate": said
                    # of the ranges, for two written names as for an asked pair (claims38; in
                    # the answer only: the accepted view keeps its own reading)
                    continue
                side = _subject(tokens, at, _in_clause(tokens, at, here), None)
            elif _own_subject(tokens, at, here) or _of_another_noun(tokens, at, named):
                continue  # "... where the total error is lowest": said of its own clause's noun
            else:
                side = _subject(tokens, at, here, previous_single if borrow else None)
            if side is None:
                continue
            anchors = _anchors(tokens, at, named) - {compared}
            if plain and not anchors:
                continue
            scope = _scope(tokens, at, named)
            out.append(_Comparison(side, (n, compared), direction, anchors, at, plain, scope))
        sides = {s for _, s in here}
        previous_single = next(iter(sides)) if len(sides) == 1 else None
    return out


_COPULAS = word_set("is are was were be been being remains remain stays stay becomes become seems")
_DEGREE = word_set("very too so quite relatively fairly rather much far extremely really")


def _predicative(tokens: Tokens, at: int, first: int) -> bool:
    """A plain form said of its clause's subject: "cross-encoders are (too) slow"."""
    p = at - 1
    while p >= first and tokens.words[p] in _DEGREE:
        p -= 1
    return p >= first and tokens.words[p] in _COPULAS


def _own_subject(tokens: Tokens, at: int, here: list[tuple[int, int]]) -> bool:
    """A comparative predicated of a subject its own clause names, which is neither side nor a
    pronoun for one: "A raises variance, so pick the complexity where the total error is
    *lowest*" says nothing of variance (a correct answer was charged so, lead32)."""
    sentence = tokens.sentences[tokens.sentence_of[at]]
    first = sentence.first_word
    if _in_clause(tokens, at, here) or not _predicative(tokens, at, first):
        return False
    ids = clause_ids(sentence)
    before = [q for q in range(first, at) if ids[q - first] == ids[at - first]]
    return len(before) > 1 and not any(tokens.words[q] in _PRONOUNS for q in before)


# Words that open a phrase or clause with a noun of its own, of which a comparative after it is
# said: "sets the ones *with* the smallest absolute values to zero", "... *when* some channels
# have much larger weights", "a filter *whose* norm is smaller".
# ... and a phrase of what something is made from or turned into ("an odd word gets spelled out
# *from a few smaller chunks*": said of the chunks, not of the word; quote48's held-out
# tokenization paraphrase was charged '"smaller" said of word').
_OPENS_NOUN = word_set("with whose when whenever where if unless once because since from into")
_NOUN_LEAD = word_set(
    "the a an some many most all each every any few several one two both other others much"
)


def _of_another_noun(
    tokens: Tokens, at: int, named: dict[int, int], after_name: bool = True
) -> bool:
    """The comparative is said of a noun a phrase or clause opens with between the side named
    before it and the comparative, not of the side (false34: "Magnitude pruning sets the ones
    *with the smallest* absolute values to zero" was charged as "'smallest' said of magnitude
    pruning"; "per-channel ... is more accurate *when some channels have much larger*
    weights" as "'larger' said of per channel"). A pronoun or possessive for the side keeps
    it ("*with its* smaller footprint", "*because their* vectors are smaller"), and so does a
    side named in the phrase ("*when* cross-encoders are slower")."""
    sentence = tokens.sentences[tokens.sentence_of[at]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    opener = None
    for q in range(at - 1, first - 1, -1):
        if q in named:
            return False  # a side named between: the comparative may be said of it
        if tokens.words[q] in _THAN:
            return False
        if tokens.words[q] in _OPENS_NOUN:
            opener = q
            break
    if opener is None or ids[opener - first] != ids[at - first] and tokens.words[opener] != "with":
        return False
    if not after_name and opener - 1 in named:
        # "SGD *with momentum* generalizes better": a phrase right after a written name is
        # part of that name, and the comparative is said of it (claims38)
        return False
    p = opener + 1
    while p < at and tokens.words[p] in _NOUN_LEAD:
        p += 1
    if p >= at:
        # "with the smallest absolute values": the comparative opens the phrase's noun itself,
        # said of the noun after it
        nxt = at + 1
        return nxt < sentence.last_word and nxt not in named and tokens.words[nxt] not in NOT_ANCHOR
    return tokens.words[p] not in _PRONOUNS and tokens.words[p] not in NOT_ANCHOR


def _in_clause(tokens: Tokens, at: int, here: list[tuple[int, int]]) -> list[tuple[int, int]]:
    sentence = tokens.sentences[tokens.sentence_of[at]]
    ids = clause_ids(sentence)
    clause = ids[at - sentence.first_word]
    return [(p, s) for p, s in here if ids[p - sentence.first_word] == clause]


_BASE = word_set("than unlike over versus vs compared")


def _base(tokens: Tokens, p: int, first: int) -> bool:
    """The side named at p is a comparison's base: "than B", "unlike the B", "compared with B"."""
    return any(w in _BASE for w in tokens.words[max(first, p - 2) : p])


def _subject(
    tokens: Tokens, at: int, here: list[tuple[int, int]], previous_single: int | None
) -> int | None:
    sentence = tokens.sentences[tokens.sentence_of[at]]
    # "A is slower than B": said of the side that is not B; unless A is of B's side too:
    # "UMAP keeps more global structure than t-SNE" ranks two members of one side (t-SNE and
    # UMAP against PCA), it says nothing of the other (claims37: a correct answer was charged
    # '"more global" said of pca')
    for p, s in here:
        if at < p <= at + 4 and any(tokens.words[q] in _THAN for q in range(at + 1, p)):
            earlier = [side for q, side in here if q < at]
            return None if earlier and earlier[-1] == s else 1 - s
    # a side named as the base of a comparison ("than B", "unlike B") is not what a later
    # comparative of the sentence is said of: "A is worse than B *but cheaper*"
    before = [(p, s) for p, s in here if p < at and not _base(tokens, p, sentence.first_word)]
    if before:
        return before[-1][1]
    if previous_single is not None and any(
        tokens.words[q] in _PRONOUNS for q in range(sentence.first_word, at)
    ):
        return previous_single
    return None


@lru_cache(maxsize=256)
def _accepted(texts: tuple[str, ...], pair: Pair, borrow: bool) -> tuple[_Comparison, ...]:
    out: list[_Comparison] = []
    for text in texts:
        if text:
            out.extend(_comparisons(tokenize(text), pair, borrow))
    # a comparison the accepted view says both ways is no view
    return tuple(
        c
        for c in out
        if not any(
            o.scale == c.scale and _same_claim(o, c.side, -c.direction) and _meet(o, c) for o in out
        )
    )


def _same_claim(c: _Comparison, side: int, direction: int) -> bool:
    """c says what (side, direction) says: the same side the same way, or the other side the
    other way."""
    return (c.side == side and c.direction == direction) or (
        c.side != side and c.direction == -direction
    )


def _meet(a: _Comparison, b: _Comparison) -> bool:
    if a.plain or b.plain:
        return bool(a.anchors & b.anchors)
    return not a.anchors or not b.anchors or bool(a.anchors & b.anchors)


def _asserted(tokens: Tokens, stance: Stance, c: _Comparison) -> bool:
    sentence = tokens.sentences[tokens.sentence_of[c.at]]
    ids = clause_ids(sentence)
    clause = ids[c.at - sentence.first_word]
    clause_words = [
        tokens.words[p]
        for p in range(sentence.first_word, sentence.last_word)
        if ids[p - sentence.first_word] == clause
    ]
    if any(w in HEDGES for w in clause_words):
        return False
    if tokens.words[sentence.first_word] in CONDITIONS:
        return False
    if sentence.text.rstrip().endswith("?"):
        return False
    if any(s in _WARNING for s in tokens.stems[sentence.first_word : c.at]):
        return False
    span = (c.at, c.at + 1)
    return not stance.negated(span) and not stance.warned(span)


# A superlative picks within what its own noun names ("picks the *highest* sample", "the *best*
# arm"): said of one side, it is no comparison with the other, which the accepted view may
# describe the same way (falseB35). It moves to the wrong side only said as that side's alone.
_SUPERLATIVE_FORMS = word_set("best worst most least")
_ALONE = word_set("only alone unlike whereas than solely exclusively two")


def _superlative(word: str) -> bool:
    return word in _SUPERLATIVE_FORMS or (word.endswith("est") and word in _SCALE_OF)


def _exclusive(tokens: Tokens, c: _Comparison, pair: Pair) -> bool:
    """The answer's word is given to its side as against the other: not a superlative, or a
    superlative said of the side itself ("is the best at"), or in a sentence that names the
    other side too or says "only", "unlike", "whereas", "of the two" ("UCB explores at random,
    only Thompson picks the highest")."""
    if not _superlative(tokens.words[c.at]):
        return True
    sentence = tokens.sentences[tokens.sentence_of[c.at]]
    lo, hi = sentence.first_word, sentence.last_word
    before = [w for w in tokens.words[max(lo, c.at - 2) : c.at] if w != "the"]
    if before[-1:] and before[-1] in _COPULAS:
        return True  # "sparse retrieval is the best at paraphrases": the side itself ranked
    if any(w in _ALONE for w in tokens.words[lo:hi]):
        return True
    return any(lo <= p < hi and s != c.side for p, s in _starts(tokens, pair))


def _point(question: Question, c: _Comparison, pair: Pair) -> int | None:
    """The key point whose label says this comparison."""
    scale_words = _SCALES[c.scale[0]][0] | _SCALES[c.scale[0]][1]
    side_stems = {stem(w) for side in pair for name in side for w in words(name)}
    best, best_score = None, 0
    for k, kp in enumerate(question.key_points):
        label = words(kp.label)
        stems = {stem(w) for w in label}
        score = 0
        if c.scale[1]:
            score += 2 * (c.scale[1] in stems and bool(scale_words & set(label)))
        else:
            score += 2 * bool(scale_words & set(label))
        score += 2 * len(c.anchors & stems)
        score += bool(side_stems & stems)
        if score > best_score:
            best, best_score = k, score
    return best if best_score >= 2 else None


def side_comparatives(
    question: Question, tokens: Tokens, stance: Stance
) -> dict[int, Contradiction]:
    """Key points whose comparison the answer gives to the wrong side, by index."""
    found: dict[int, Contradiction] = {}
    texts = (question.model_answer or "",) + tuple(kp.label for kp in question.key_points)
    asked = _asked_pairs(question)
    for pair in _pairs(question):
        # "it" stands for a side only where the question compares the two: a model answer
        # names many tools ("Porter", "spaCy") in sentences about something else
        borrow = pair in asked
        accepted = _accepted(texts, pair, borrow)
        if not accepted:
            continue
        said = [
            c
            for c in _comparisons(tokens, pair, borrow, answer=True)
            if _asserted(tokens, stance, c)
        ]
        for c in said:
            against = [
                a
                for a in accepted
                if a.scale == c.scale
                and _meet(a, c)
                # for the opposite scope, the opposite claim is the one that agrees: "skip gram
                # is better for *frequent* words" turns round "... better on *rare* words"
                and _same_claim(a, c.side, c.direction if _flipped(a, c) else -c.direction)
            ]
            if not against:
                continue
            agrees = any(o.scale == c.scale and _same_claim(o, c.side, -c.direction) for o in said)
            if agrees:
                continue
            if all(a.side != c.side for a in against) and not _exclusive(tokens, c, pair):
                continue  # "Thompson sampling picks the *highest* sample": true of both
            k = _point(question, c, pair)
            if k is None or k in found:
                continue
            sentence = tokens.sentences[tokens.sentence_of[c.at]]
            word = tokens.words[c.at]
            if c.scale[1]:
                word = f"{word} {tokens.words[c.at + 1]}"
            if against[0].side == c.side:
                claim = f'"{word}" said of {pair[c.side][0]}: the accepted answer says the opposite'
            else:
                claim = f'"{word}" said of {pair[c.side][0]}, not of {pair[1 - c.side][0]}'
            found[k] = Contradiction(claim, sentence.text)
    return found
