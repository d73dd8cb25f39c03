"""Relevance without an intent (issue 9, round 30, star30: prompt_relevance.py). An outside
author's behavioral question may leave ``intent`` out: its prompt, competency and star fields
then say what it asks. A story is on the question when its words sit near that rubric; a story
framed by another theme and saying none of the prompt's words is off, told what the prompt
asks in its own words and what the story is about instead; a question that is a shipped
theme in other words is not its own rival."""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.answered_elsewhere import ABSENT_LEAD, lead_elsewhere
from simulator.core.scoring.bank_rivals import NO_RIVALS
from simulator.core.scoring.prompt_relevance import asked_clause, near_rubric, same_themes
from simulator.core.scoring.relevance import OFF_QUESTION_PENALTY
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def _question(qid: str, prompt: str, competency: str, star: tuple[str, str, str, str]) -> Question:
    situation, task, action, result = star
    return Question.model_validate(
        {
            "id": qid,
            "category": "behavioral",
            "topic": "teamwork",
            "difficulty": 2,
            "prompt": prompt,
            "time_limit_s": 150,
            "competency": competency,
            "star": {"situation": situation, "task": task, "action": action, "result": result},
            "model_answer": "Situation, task, action and result of a story, told aloud.",
        }
    )


HIRING = _question(
    "beh.test-hiring-call",
    "Tell me about a time you interviewed candidates and had to decide whom to hire for your team.",
    "fair and evidence-based hiring judgment",
    (
        "The role, the team and the candidates.",
        "What you had to decide and by when.",
        "How you interviewed, compared the candidates on evidence and agreed with the others.",
        "Whom you hired, how they did, and what you learned about interviewing.",
    ),
)
# The shipped conflict question in an outside author's words, without intent.
DISPUTE = _question(
    "beh.test-team-dispute",
    "Tell me about a disagreement between two colleagues on your team that you helped settle.",
    "conflict resolution",
    (
        "Who disagreed and about what.",
        "Your part in settling the conflict.",
        "How you heard both sides and found an agreement.",
        "How the conflict ended, and what you learned.",
    ),
)
HIRE_STORY = (
    "Last spring our fraud team needed a second machine learning engineer and I was one of three "
    "interviewers. I had to recommend one of the four finalists to my manager within a week. "
    "I wrote a scoring sheet with the four skills we needed and asked each interviewer to fill it "
    "in before we talked. I gave every finalist the same take-home exercise on a small fraud data "
    "set and reviewed the code blind, without names. We hired the finalist with the strongest "
    "exercise, who shipped her first model in two months, and I learned to agree on the criteria "
    "before meeting anyone."
)
FIGHT_STORY = (
    "Two engineers on my team, Ana and Raj, kept arguing in code reviews about whether to rewrite "
    "our training pipeline. The conflict had slowed every review for a month and the rest of the "
    "team was tired of it. As the tech lead I had to settle the disagreement before it split the "
    "team. I met each of them alone and asked what they were worried about. Then I brought them "
    "together and we wrote down what data volume would justify the rewrite. They agreed on the "
    "plan, the arguments stopped, and reviews went back to one day."
)


def test_the_asked_clause_is_the_prompts_own_question() -> None:
    assert asked_clause(HIRING.prompt) == (
        "you interviewed candidates and had to decide whom to hire for your team"
    )
    assert asked_clause(
        "Give me an example of a machine learning problem you solved in a creative way."
    ) == ("a machine learning problem you solved in a creative way")
    assert asked_clause("Tell me about a time you said no to a request, or pushed back.") == (
        "you said no to a request"
    )


def test_a_story_near_the_questions_own_rubric_is_on_it() -> None:
    assert near_rubric(HIRING, tokenize(HIRE_STORY))
    score = score_answer(HIRING, Transcript(HIRE_STORY))
    assert score.star is not None and score.star.off_question == []


def test_a_story_framed_by_another_theme_is_off_and_told_what_was_asked() -> None:
    """The conflict story says no word of the hiring prompt, sits far from its rubric, and the
    shipped conflict theme frames it: the full cost, and the tip names both."""
    assert not near_rubric(HIRING, tokenize(FIGHT_STORY))
    score = score_answer(HIRING, Transcript(FIGHT_STORY))
    assert score.star is not None
    assert score.star.off_question == [asked_clause(HIRING.prompt)]
    assert "conflict" in score.star.reads_as
    assert f"off the question -{OFF_QUESTION_PENALTY}" in score.basis["structure"]
    tip = next(t for t in score.feedback if t.startswith("Off the question?"))
    assert asked_clause(HIRING.prompt) in tip and score.star.reads_as in tip
    on = score_answer(HIRING, Transcript(HIRE_STORY))
    assert score.overall < on.overall


def test_a_shipped_theme_in_other_words_is_not_its_own_rival() -> None:
    """An outside conflict question: the shipped conflict theme framing the story is the same
    theme (its rubric is the closest to the question's own, far ahead of the next), so the
    story stays on the question; the hiring question has no such twin."""
    assert "beh.resolve-conflict" in same_themes(DISPUTE)
    assert same_themes(HIRING) == frozenset()
    score = score_answer(DISPUTE, Transcript(FIGHT_STORY))
    assert score.star is not None and score.star.off_question == []


def test_a_far_story_nearer_no_other_question_is_left_alone() -> None:
    """The hiring story told for the outside conflict question: no word of its prompt, far from
    its rubric, but no shipped theme frames it and no question of the bank sits
    ``ABSENT_LEAD`` times nearer it. Before round 37 it lost the lower cost; a relevant story
    told in everyday words looks the same, so what a story lacks is no longer proof enough
    (answered_elsewhere.py): left on the question."""
    assert lead_elsewhere(DISPUTE, tokenize(HIRE_STORY), NO_RIVALS) < ABSENT_LEAD
    score = score_answer(DISPUTE, Transcript(HIRE_STORY))
    assert score.star is not None and score.star.off_question == []
