"""Case framework steps about THIS case (issue 9, case37).

The framework's cue words (framework_cues.py: data, baseline, metric, monitor, deploy ...) fit
every ML design, so a fluent answer to another case earned the steps whatever its subject: on an
outside author's pack, a fraud design answered for a demand forecast scored 18-23 against a thin
on-topic answer's ~11 (and the same on shipped cases: a churn design told for ticket routing
43 against 14, one for fraud 16 against an order-returns weak answer's 11). A step now counts,
in an answer that covers few of the case's key points, only where its sentence, or the one
before it ("For returns I'd use past orders. Then I'd monitor it weekly."), names this case:
its prompt's subject words or its rubric's case words (point_anchors.case_words). An answer that
lays out a design (``DESIGN_STEPS_MIN`` steps or more) of which fewer than half are about this
case, in words naming another subject, answers another problem: content.py caps it as an
off-topic answer and says why.

An answer covering ``content.FRAMEWORK_GATE`` of the key points or more keeps every step: it is
about the case, and its monitoring sentence need not name it again.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.questions import Question
from simulator.core.scoring.answer_subject import case_subject_words
from simulator.core.scoring.point_anchors import names_one
from simulator.core.scoring.results import FrameworkStepResult
from simulator.core.scoring.shipped_rubrics import specific
from simulator.core.scoring.text import Tokens

# A design: this many framework steps said (a thin on-topic answer says one to three).
DESIGN_STEPS_MIN = 4
# ... of another problem: this many words naming a subject that is not this case.
OTHER_WORDS_MIN = 3


def on_case_sentences(question: Question, tokens: Tokens) -> frozenset[int]:
    """Indexes of the sentences about this case: those naming it (answer_subject's
    case_subject_words, in any of their forms) and the one after each."""
    words = case_subject_words(question)
    # Each distinct stem is judged once: a 10,000-word answer asked ``_names`` of every word,
    # each against every case word (510,000 calls, a third of its scoring, round 51).
    naming_stems = {w for w in set(tokens.stems) if _names(w, words)}
    naming = {
        n
        for n, s in enumerate(tokens.sentences)
        if not naming_stems.isdisjoint(tokens.stems[s.first_word : s.last_word])
    }
    return frozenset(naming | {n + 1 for n in naming})


# A form of a case word names it only when most of its letters are shared: "fraud" of
# "fraudulent" (stem "fraudul") does, "check" of "checkout" and "charg" of "chargeback" do not
# (a no-show design's "check that it is calibrated" named an order-returns case's checkout).
SHARED_LETTERS = 0.7


def _names(stem_: str, words: frozenset[str]) -> bool:
    if stem_ in words:
        return True
    return any(
        names_one(stem_, frozenset((w,)))
        and min(len(w), len(stem_)) >= SHARED_LETTERS * max(len(w), len(stem_))
        for w in words
    )


def other_subject_words(question: Question, tokens: Tokens) -> frozenset[str]:
    """The words of the answer that name a subject (shipped_rubrics.specific: few shipped
    questions say them) but not this case: "subscribers", "login", "renewal" in a churn design
    told for ticket routing. The ML lifecycle told for any case says none."""
    own = case_subject_words(question)
    return frozenset(s for s in tokens.stems if s.isalpha() and specific(s) and not _names(s, own))


def answers_another_problem(
    question: Question,
    tokens: Tokens,
    every_step: Sequence[FrameworkStepResult],
    on_case: Sequence[FrameworkStepResult],
) -> bool:
    """Does the answer lay out a design (``DESIGN_STEPS_MIN`` steps or more) of which fewer than
    half are about this case, and name ``OTHER_WORDS_MIN`` words of another subject? (Generic
    lifecycle talk names none: it is judged as not naming the case, content._framework_gate.)"""
    said = sum(s.covered for s in every_step)
    about = sum(s.covered for s in on_case)
    if said < DESIGN_STEPS_MIN or 2 * about >= said:
        return False
    return len(other_subject_words(question, tokens)) >= OTHER_WORDS_MIN
