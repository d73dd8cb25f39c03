"""The scorer's one-off costs, paid once off the GUI thread right after the bank loads (the app's
``services.load_warm_bank``; ``benchmarks/scoring.py`` the same), not in the first answer.

The shipped behavioral themes' tables (the themes' pack parsed again, the stems most stories say,
each theme's word vector and intent phrases: 1.4-2 s of CPU in all, profiled, perf31) were built
by the first story scored: in the app by its warm-up answer only when the bank's first question
is a story, and in ``benchmarks/scoring.py`` by its 'cold' behavioral answer (0.5-0.8 s). They
are built here now, as the technical rubrics were (``answer_topic.warm_up``)."""

from __future__ import annotations

from simulator.core.questions import Category, Question, QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_topic import warm_up as rubrics_warm_up
from simulator.core.scoring.bank_rivals import NO_RIVALS, Rivals
from simulator.core.scoring.intent_phrases import (
    field_words,
    story_themes,
    story_words,
    whole_phrase,
)
from simulator.core.scoring.relevance import common_stems
from simulator.core.scoring.text import tokenize
from simulator.core.scoring.theme_match import closeness
from simulator.core.transcript import Transcript

# Short answers that go through each kind of scoring (a story reaches the STAR labeller and
# the story checks only with a few sentences: a situation, a task, a step and a result).
WARM_UP_ANSWER = "A first answer to warm up the scorer."
WARM_UP_STORY = (
    "Last year our forecasting model started missing its targets. I was asked to find out why. "
    "I compared the training data with last month's data and retrained the model. "
    "The error fell by half within two weeks."
)


def warm_up(bank: QuestionBank) -> None:
    """Build the scorer's shared tables and score a short answer to the bank's first question
    (its imports, its compiled patterns). Not one per category: a technical and a case answer
    scored here kept 16 MB more from the start (the tables of their claims), which a behavioral
    interview never needs, for 35-165 ms less CPU in the first such answer (perf31)."""
    themes = story_themes()  # the shipped behavioral themes a story is compared with
    rubrics_warm_up()  # the technical and case rubrics an answer is compared with (~1 s)
    common_stems()
    story_words()
    field_words()  # the technical and case rubrics' words, no spelling slips (rel68)
    closeness(tokenize(WARM_UP_STORY), themes)
    for theme in themes:
        if theme.intent is not None:
            for phrase in theme.intent.phrases:
                whole_phrase(phrase)
    Rivals.of_bank(bank)  # made once here, off the GUI thread; each interview's start reuses it
    first = next(iter(bank.questions.values()), None)
    if first is not None:
        text = WARM_UP_STORY if first.category is Category.BEHAVIORAL else WARM_UP_ANSWER
        score_answer(first, Transcript(text=text))


def warm_question(question: Question, rivals: Rivals = NO_RIVALS) -> None:
    """Build what scoring an answer to ``question`` needs, by scoring a short answer to it: its
    rubric's tables, and the first time one of its kind is scored, the bank-wide ones (the
    claims library, the shipped rubrics' terms, the sameness and relation tables). Built by
    the answer's own scoring, they were most of the wait for its feedback: the first scoring
    of a question took 250-930 ms of CPU, a later one 30-110 ms (perf56)."""
    text = WARM_UP_STORY if question.category is Category.BEHAVIORAL else WARM_UP_ANSWER
    score_answer(question, Transcript(text=text), rivals)
