"""How much key-point credit an answer keeps when it reads as an answer to another question of
the bank: by its words alone (answer_topic.leaning), or confirmed by covering that question's key
points. Kept apart from answer_topic.py because it needs key points and the answer's subject, both
of which use answer_topic (one import direction, no cycle)."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.core.questions import Question
from simulator.core.scoring.answer_subject import opens_on_the_subject
from simulator.core.scoring.answer_topic import (
    CONFIRM_BY,
    CONFIRM_BY_FAR,
    CONFIRM_COVERAGE,
    CONFIRMED_WORDS_MIN,
    LEANS_BY,
    LEANS_CONFIRM,
    LEANS_CONFIRM_FULL,
    LEANS_FAR,
    LEANS_FULL,
    OFF_FLOOR,
    OTHER_WORDS_MIN,
    nearest_other,
    said_of,
)
from simulator.core.scoring.key_points import score_key_points
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.stance import Stance, clause_ids
from simulator.core.scoring.text import Tokens, tokenize


@dataclass(frozen=True)
class OffQuestion:
    kept: float  # share of key-point credit the answer keeps here
    other: Question | None  # the question it reads as (None: about the asked one)
    confirmed: bool = False  # ... by covering that question's key points, not only its words
    there: float = 0.0  # share of the other question's key-point weight the answer covers


def off_question_credit(question: Question, tokens: Tokens, coverage: float = 1.0) -> OffQuestion:
    """The share of key-point credit the answer keeps, and the question it reads as when it
    leans ``LEANS_BY`` times or more to another one (and says ``OTHER_WORDS_MIN`` of its words
    the asked rubric lacks): 1 up to ``LEANS_BY``, falling linearly to ``OFF_FLOOR`` at
    ``LEANS_FULL`` times; or, when it also covers that question's key points (``coverage`` is
    its share of the asked question's; see :func:`_confirms`), from ``LEANS_CONFIRM`` to
    ``LEANS_CONFIRM_FULL`` times, and then ``CONFIRMED_WORDS_MIN`` such words are enough."""
    whole = tokens
    lean = nearest_other(question, tokens)
    if lean is not None and lean[1] >= min(LEANS_BY, LEANS_CONFIRM):
        # read only for an answer that leans away: it is judged by its own words, past the
        # claims it warns against
        tokens = past_foils(tokens)
        if tokens is not whole:
            lean = nearest_other(question, tokens)
    if lean is None or lean[1] < min(LEANS_BY, LEANS_CONFIRM):
        return OffQuestion(1.0, None)
    other, by = lean
    words = len(said_of(other, question, tokens))
    if words < CONFIRMED_WORDS_MIN:
        return OffQuestion(1.0, None)
    there = _coverage(other, tokens) if by >= LEANS_CONFIRM else 0.0
    # An answer opening on the asked prompt's own subject ("PCA is a way to reduce ...") is about
    # this question, however its words lean (offtopic29: by its words alone, a vague pca answer
    # was read as dimensionality reduction's, the one such answer of the repository sets).
    own = opens_on_the_subject(question, other, whole)
    confirmed = _confirms(by, there, coverage) and not own
    if confirmed:
        fall = min(1.0, (by - LEANS_CONFIRM) / (LEANS_CONFIRM_FULL - LEANS_CONFIRM))
    elif by >= LEANS_BY and words >= OTHER_WORDS_MIN and not own:
        fall = min(1.0, (by - LEANS_BY) / (LEANS_FULL - LEANS_BY))
    else:
        return OffQuestion(1.0, None)
    return OffQuestion(1.0 - (1.0 - OFF_FLOOR) * fall, other, confirmed, there)


# Words an answer keeps after its warnings are set aside, below which it is judged whole: a
# short answer that only warns says little of its own.
OWN_WORDS_MIN = 12


def past_foils(tokens: Tokens) -> Tokens:
    """The answer without the words it warns against (stance.py: "People often describe
    momentum as if it were Adam: an adaptive per-parameter rate ...", "You'll hear that X",
    "It is tempting to X"): which question an answer answers is told by what it says, not by
    the neighbour's claims it corrects (cut30: a correct warning whose first sentences named
    another shipped question's subject was read as that question's answer, x0.10, scoring
    1-5). The answer as it is when it warns against nothing or keeps fewer than
    ``OWN_WORDS_MIN`` words of its own."""
    stance = Stance(tokens)
    kept: list[str] = []
    dropped = 0
    for sentence in tokens.sentences:
        ids = clause_ids(sentence)
        first = sentence.first_word
        own: list[str] = []
        for clause in sorted(set(ids)):
            at = [first + i for i, c in enumerate(ids) if c == clause]
            # a clause is warned against when its first or last word is (the frame's scope
            # is the clause or the sentence up to a contrast word: one reading per end)
            if not (stance.warned((at[0], at[0] + 1)) or stance.warned((at[-1], at[-1] + 1))):
                own += [tokens.words[i] for i in at]
        dropped += sentence.last_word - sentence.first_word - len(own)
        if own:
            kept.append(" ".join(own) + ".")
    if not dropped or sum(len(k.split()) for k in kept) < OWN_WORDS_MIN:
        return tokens
    return tokenize(" ".join(kept))


def _confirms(by: float, there: float, here: float) -> bool:
    """Do the answer's key points confirm what its words say: it covers ``CONFIRM_COVERAGE`` of
    the other question's key-point weight and ``CONFIRM_BY`` times what it covers here, a
    margin that narrows to ``CONFIRM_BY_FAR`` as its words lean further, from ``LEANS_BY`` to
    ``LEANS_FAR`` times (offtopic28: an answer on learning-rate schedules asked about early
    stopping covers 0.63 here through "lower the rate when the validation loss stops
    improving", 0.89 there, and its words lean 3.6 times to that question). Below ``LEANS_BY``
    the margin stays whole: a correct everyday-words answer on choosing a metric leans 1.86
    times to precision and recall and covers 0.52 here, 0.72 there."""
    if there < CONFIRM_COVERAGE:
        return False
    far = min(1.0, max(0.0, (by - LEANS_BY) / (LEANS_FAR - LEANS_BY)))
    return there >= (CONFIRM_BY - (CONFIRM_BY - CONFIRM_BY_FAR) * far) * here


def _coverage(question: Question, tokens: Tokens) -> float:
    """The share of the question's key-point weight the answer earns (nothing charged)."""
    key_points = score_key_points(question, AnswerIndex(tokens), set(), Stance(tokens), {}, True)
    total = sum(k.weight for k in key_points) or 1.0
    return sum(k.weight * k.credit for k in key_points) / total
