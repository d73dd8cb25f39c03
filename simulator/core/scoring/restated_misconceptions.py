"""A listed misconception restated in other words, asserted (issue 9, round 44, wrong44).

misconception_hits.py charges a rubric misconception when one of its phrases is said in order;
a fluent wrong answer often makes the same claim in its own words ("compare raw pixel values
with Euclidean distance" against "comparing raw pixels works well", "the answer applies to
everybody in the population equally" against "the estimate applies to the whole population")
and went uncharged. Here a sentence is charged as the misconception when:

* in meaning it leans to the claim by more than ``LEAN_MIN``: nearer the claim than to every
  key point's wording (as said, or in technical words: plain_words.in_technical_words), than
  the model answer's own closest run, and than the claim's correction (the static vectors of
  meaning.py, as ``read_meaning``'s leaning reads them);
* it says the claim's own words in one clause: ``OWN_SHARE`` of its content words outside the
  prompt and one of its *telling* words (neither the prompt, the correction nor the model
  answer says it, fewer than ``FIELD_WORDS`` shipped questions do; an absolute word such as
  "always", "every", "just" counts, any for any), or, for a claim the accepted view words
  wholly (it names the claim to refute it), all of them; and more than half of all the
  claim's words in the claim's order ("the tree tries each column and each possible cut-off
  value" is not "tries every possible tree");
* the speaker asserts it: no warning frame or reported view, negation, hedge, condition,
  "only when", comparison (unless the claim compares), question, or verdict after it ("... and
  that biases the sample"); a claim with an absolute word needs one in the sentence; a claim
  that itself says "no" is restated by one negation in its clause, on the same side of its
  words ("a flat PDP does not mean ..." denies "a flat PDP means no effect").

Read after every other check: a sentence another check charges keeps that charge, and a
misconception charged already is not charged twice. Dev figures: benchmarks/scoring_quality.py
(round 44, wrong44).
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring import meaning
from simulator.core.scoring.plain_words import in_technical_words
from simulator.core.scoring.relation_facts import rejecting
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.rubric_claims import restricted_claim, rubric_words
from simulator.core.scoring.shipped_rubrics import question_count
from simulator.core.scoring.stance import (
    NEGATION_WORDS,
    Stance,
    clause_ids,
    new_subject_inside,
    says_no,
)
from simulator.core.scoring.text import NUMBER_WORDS, STOPWORDS, Tokens, stem, word_set, words

LEAN_MIN = 0.1  # how much nearer the claim than anything right the sentence must come
OWN_SHARE = 0.66  # of the claim's content words outside the prompt the sentence must say
UNTOLD_SHARE = 1.0  # ... when none of them is a telling word
# Verbs that carry no content of a claim (leaning_words.py: "removing names *makes* ...").
_LIGHT = word_set("make makes made making get gets give gives use uses used become becomes")
# A sentence that sets its claim beside another side says where it holds, not that it always
# does ("fp16 has more precision than bf16 but a smaller range"); one that hedges, asks or sets a
# condition asserts nothing.
_COMPARING = word_set("than rather instead")
# ... and one that sets two subjects side by side, wherever the word stands ("A polynomial
# feature expansion explicitly computes the high dimensional features, *while* the kernel trick
# only computes inner products")
_CONTRASTING = word_set("unlike compared whereas while versus vs")
_UNASSERTED = word_set(
    "if unless whether suppose supposing assume assuming might may could would maybe perhaps"
    " probably sometimes often can"
)


# A telling word names what the claim is about, not talk of the whole field: said by fewer than
# this many shipped questions ("label", "output", "type", "apply" are said by 14-33).
FIELD_WORDS = 12
# Words that make a claim absolute, the usual way a listed misconception goes wrong ("just a
# database", "always more accurate", "the whole population"): a claim with one is restated only by
# a sentence with one ("usually more accurate" is not "always more accurate").
_ABSOLUTE = word_set(
    "always never every all any only just whole entire alone solely purely sole everything"
    " everybody everyone nothing"
)
_PLAIN = word_set("more less well much itself themselves also even really very")
_PLAIN_STEMS = frozenset(stem(w) for w in _PLAIN)
_NUMBER_STEMS = frozenset(stem(w) for w in NUMBER_WORDS)


def _telling(stem_: str) -> bool:
    if stem_ == "*":
        return True
    return stem_ not in _PLAIN_STEMS and question_count(stem_) < FIELD_WORDS


_LIMITING = word_set("just only merely simply necessarily always")
_CASES = word_set("when if for in with where while")
# Words after a claim that judge it as harmful.
_VERDICTS = word_set(
    "bias biases biased leak leaks wrong misleading mislead fails fail hurts harm harms wastes"
    " throws breaks overfits optimistic"
)


def _stems(text: str) -> frozenset[str]:
    return frozenset(
        _kind(w, stem(w))
        for w in words(text)
        if w in _ABSOLUTE or (w not in STOPWORDS and w not in _LIGHT)
    )


# a misconception phrase as read here: its misconception's index, the phrase, its own content
# stems outside the prompt, its telling stems, and its content words in order (``_kind``)
_Claim = tuple[int, str, frozenset[str], frozenset[str], tuple[str, ...]]


def _claims(question: Question) -> tuple[_Claim, ...]:
    """Per misconception phrase (in ``meaning.wrong_claims`` order): its misconception's index,
    the phrase, its own content stems outside the prompt, and its telling stems."""
    listed = tuple((m.correction, tuple(m.phrases)) for m in question.misconceptions)
    return _claims_of(question.prompt, question.model_answer, listed)


@lru_cache(maxsize=256)
def _claims_of(
    prompt: str, model_answer: str, listed: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[_Claim, ...]:
    asked = _stems(prompt)
    accepted = _stems(model_answer)
    out = []
    for m, (correction, phrases) in enumerate(listed):
        corrected = _stems(correction)
        for phrase in phrases:
            own = _stems(phrase) - asked
            telling = frozenset(w for w in own - corrected - accepted if _telling(w))
            order = tuple(
                _kind(w, stem(w))
                for w in words(phrase)
                if w in _ABSOLUTE or (w not in STOPWORDS and w not in _LIGHT)
            )
            out.append((m, phrase, own, telling, order))
    return tuple(out)


def restated_misconceptions(
    question: Question, tokens: Tokens, stance: Stance, charged: set[str], found: set[str]
) -> list[MisconceptionHit]:
    """Misconceptions a sentence restates in its own words and asserts (see the module).
    ``charged``: sentences another check charges; ``found``: misconceptions already charged."""
    if question.category.value == "behavioral" or not question.misconceptions:
        return []
    sentences = [s.text for s in tokens.sentences]
    leaning = misconception_leaning(question, sentences)
    if leaning is None:
        return []
    claims = _claims(question)
    hits: list[MisconceptionHit] = []
    done: set[int] = set()
    for index, (lean, claim) in enumerate(leaning):
        m, phrase, own, telling, order = claims[claim]
        sentence = tokens.sentences[index]
        if lean <= LEAN_MIN or m in done or sentence.text in charged:
            continue
        if question.misconceptions[m].id in found:
            continue
        span = _said_in_one_clause(tokens, index, own, telling, order)
        if span is None or not _asserted(question, tokens, stance, index, span, phrase):
            continue
        mis = question.misconceptions[m]
        hits.append(MisconceptionHit(mis.id, phrase, sentence.text, mis.correction))
        done.add(m)
    return hits


def misconception_leaning(
    question: Question, sentences: list[str]
) -> list[tuple[float, int]] | None:
    """Per sentence, how far it leans to its nearest misconception phrase and which one (in
    ``meaning.wrong_claims`` order, misconceptions first): ``read_meaning``'s leaning, read
    against the misconceptions alone. None when no embedder is available."""
    import numpy as np

    reference = meaning.reference(question)
    count = sum(len(m.phrases) for m in question.misconceptions)
    if reference is None or not count or not sentences or reference.counter is None:
        return None
    topic = reference.topic
    cosines, owner = meaning.cosines_and_owner(sentences, topic, reference.targets)
    starts = np.searchsorted(np.asarray(owner), np.arange(len(sentences)))
    right = np.maximum.reduceat(cosines.max(axis=1), starts)
    # ... or to a key point as the sentence reads in technical words ("tries each column and
    # each possible cut-off value" is "each feature and each possible threshold")
    reworded = [(i, in_technical_words(text)) for i, text in enumerate(sentences)]
    again = [(i, text) for i, text in reworded if text is not None]
    if again:
        near2, owner2 = meaning.cosines_and_owner(
            [text for _, text in again], topic, reference.targets
        )
        for unit, value in zip(owner2, near2.max(axis=1), strict=True):
            i = again[unit][0]
            right[i] = max(right[i], value)
    # the misconceptions are the first ``count`` of the wrong claims (a column's cosines are
    # the same among the others: read once with the key points' reading)
    wrong = meaning.sentence_cosines(sentences, topic, reference.wrong)[:, :count]
    near = np.maximum.reduceat(wrong, starts, axis=0)
    assert reference.counter_starts is not None
    counter = np.maximum.reduceat(
        np.maximum.reduceat(
            meaning.sentence_cosines(sentences, topic, reference.counter), starts, axis=0
        ),
        reference.counter_starts,
        axis=1,
    )[:, :count]
    claim = near.argmax(axis=1)
    rows = np.arange(len(sentences))
    closest = near[rows, claim]
    lean = np.minimum.reduce(
        [
            closest - right,
            closest - reference.wrong_ref[:count][claim],
            closest - counter[rows, claim],
        ]
    )
    return [(float(lean[i]), int(claim[i])) for i in range(len(sentences))]


def _said_in_one_clause(
    tokens: Tokens,
    index: int,
    own: frozenset[str],
    telling: frozenset[str],
    order: tuple[str, ...],
) -> tuple[int, int] | None:
    """The span from the first to the last of the claim's own words in one clause of the
    sentence, when that clause says ``OWN_SHARE`` of them and a telling one, or, for a claim
    whose every word the accepted view says too (it names the claim to refute it: "the values
    are not rotated"), all of them."""
    sentence = tokens.sentences[index]
    clauses = clause_ids(sentence)
    by_clause: dict[int, list[int]] = {}
    for p in range(sentence.first_word, sentence.last_word):
        if _kind(tokens.words[p], tokens.stems[p]) in own:
            by_clause.setdefault(clauses[p - sentence.first_word], []).append(p)
    for clause, positions in by_clause.items():
        said = {_kind(tokens.words[p], tokens.stems[p]) for p in positions}
        if telling:
            if len(said) < OWN_SHARE * len(own) or not said & telling:
                continue
        elif len(own) < 2 or len(said) < UNTOLD_SHARE * len(own):
            continue
        # ... said in the claim's order, more than half of its words ("the tree tries each
        # column and each possible cut-off value" says "tries", "every", "possible" and "tree"
        # of "tries every possible tree", the tree first)
        sequence = [
            _kind(tokens.words[p], tokens.stems[p])
            for p in range(sentence.first_word, sentence.last_word)
            if clauses[p - sentence.first_word] == clause
        ]
        if _common(order, sequence) * 2 > len(order):
            return positions[0], positions[-1] + 1
    return None


def _kind(word: str, stem_: str) -> str:
    """A word as the order test reads it: any absolute word stands for any other."""
    return "*" if word in _ABSOLUTE else stem_


def _common(a: tuple[str, ...], b: list[str]) -> int:
    """The length of the longest common subsequence of ``a`` and ``b``."""
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0
        for j, y in enumerate(b):
            diagonal, row[j + 1] = row[j + 1], diagonal + 1 if x == y else max(row[j + 1], row[j])
    return row[-1]


def _asserted(
    question: Question,
    tokens: Tokens,
    stance: Stance,
    index: int,
    span: tuple[int, int],
    phrase: str,
) -> bool:
    prompt = question.prompt
    rubric = rubric_words(question)
    sentence = tokens.sentences[index]
    first = sentence.first_word
    ws = tokens.words[first : sentence.last_word]
    clauses = clause_ids(sentence)
    clause = clauses[span[0] - first]
    # the words that frame the claim: all before its end, and the rest of its clause
    framing = [w for i, w in enumerate(ws) if first + i < span[1] or clauses[i] == clause]
    # (a claim that compares itself, "bf16 is more precise than fp16", may be restated so)
    framed_by = _COMPARING - set(words(phrase)) | _UNASSERTED
    if sentence.text.rstrip().endswith("?") or set(framing) & framed_by or set(ws) & _CONTRASTING:
        return False
    # said of another subject ("averaging cuts variance *and boosting* reduces bias"), or of a
    # case the sentence opens on ("with a dictionary of size one, stemming is the same as ...")
    if new_subject_inside(tokens, span, set(words(phrase))) or restricted_claim(
        tokens, span, rubric, phrase
    ):
        return False
    # the claim's own names in the prompt are said too ("the *macro* average gives rare classes
    # equal weight" is not "... equal weight in the *micro* average"), but for a word many
    # questions use and a number ("95" for "ninety five")
    named = {
        w
        for w in _stems(phrase) & _stems(prompt)
        if question_count(w) < FIELD_WORDS and w not in _NUMBER_STEMS
    }
    clause_stems = {tokens.stems[first + i] for i in range(len(ws)) if clauses[i] == clause}
    if named - clause_stems:
        return False
    if rejecting(sentence.text) or stance.warned(span) or stance.ruled_out(span):
        return False
    if set(words(phrase)) & _ABSOLUTE and not set(ws) & _ABSOLUTE:
        return False
    # granted for one case: "dropping rows is fine *only when* few are missing"
    if any(a == "only" and b in _CASES for a, b in zip(ws, ws[1:], strict=False)):
        return False
    if any(first + i >= span[1] and w in _VERDICTS for i, w in enumerate(ws)):
        # a verdict after the claim judges it ("... drop every row with a missing value, and
        # that throws away data and biases the sample")
        return False
    # A negation before the claim's words or anywhere in their clause denies or limits them
    # ("Don't pick an instrument because it is strongly correlated with the outcome", "the
    # test set has been tuned on and no longer gives ..."); a claim that says "no" itself is
    # restated by one negation there, not two ("It's not that MSE can't train a classifier").
    if not says_no(phrase):
        return not any(w in NEGATION_WORDS for w in framing)
    # ... and one that says "no" itself is restated by one negation in its clause, none before
    # it, on the same side of the claim's words ("a flat PDP does *not* mean the feature is
    # unused" denies "a flat PDP means *no* effect"; "It's not that MSE can't train ...")
    before = [w for i, w in enumerate(ws) if first + i < span[0] and clauses[i] != clause]
    own_clause = [
        first + i
        for i, w in enumerate(ws)
        if clauses[i] == clause
        and w in NEGATION_WORDS
        # "not just a training detail" limits, it denies nothing
        and (i + 1 == len(ws) or ws[i + 1] not in _LIMITING)
    ]
    if any(w in NEGATION_WORDS for w in before) or len(own_clause) != 1:
        return False
    return _same_side(tokens, span, own_clause[0], phrase)


def _same_side(tokens: Tokens, span: tuple[int, int], negation: int, phrase: str) -> bool:
    """Each of the claim's words the sentence says stands on the same side of its negation as
    in the claim."""
    claim = words(phrase)
    at = next(i for i, w in enumerate(claim) if w in NEGATION_WORDS)
    side = {stem(w): i > at for i, w in enumerate(claim) if i != at}
    return all(
        side[tokens.stems[p]] == (p > negation)
        for p in range(span[0], span[1])
        if tokens.stems[p] in side and p != negation
    )
