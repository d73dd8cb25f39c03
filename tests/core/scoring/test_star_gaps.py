"""STAR parts there in name only (issue 9): a result that is only a lesson, actions that are
all "we". Each is reported missing with advice, and the story scores below its full telling."""

from __future__ import annotations

from pathlib import Path

from simulator.core.export.render import render_answer_html
from simulator.core.scorecard import build_scorecard
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.scoring.star_gaps import is_reflection
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.core.real_bank import real_bank

OPENING = (
    "At a payments company the churn model for small merchants belonged to another team, and "
    "nobody had retrained it in a year. "
    "It was not my job, but my team relied on its scores, so I took it on myself to bring it "
    "up to date before the renewal season. "
)
STEPS = (
    "{I} rebuilt the training set from the last six months of merchant activity. "
    "{I} added two features about failed payouts, which the old model never saw. "
    "{I} compared the new model with the old one on the latest month before switching. "
)
OUTCOME = "The new model caught a third more churners, and the retention team saved forty accounts."
LESSON = (
    "Looking back, I think I should have set up a monthly retraining job from the start. "
    "What I learned is that a model nobody watches slowly goes stale."
)


def _score(text: str, qid: str = "beh.took-ownership") -> AnswerScore:
    return score_answer(real_bank().get(qid), Transcript(text))


def test_a_result_that_is_only_a_lesson_is_reported_missing_and_costs_points() -> None:
    full = _score(OPENING + STEPS.format(I="I") + OUTCOME + " " + LESSON)
    lesson_only = _score(OPENING + STEPS.format(I="I") + LESSON)
    assert full.star is not None and lesson_only.star is not None
    assert "result" not in full.star.missing
    assert "result" in lesson_only.star.missing
    # the lesson sentences keep their label: the scorecard shows them as what they are
    assert [s.label for s in lesson_only.star.segments][-2:] == ["result", "result"]
    assert lesson_only.star.hollow["result"].startswith("the story ends on a lesson")
    tip = next(t for t in lesson_only.feedback if t.startswith("STAR: no result"))
    assert "lesson" in tip and "what happened" in tip
    assert lesson_only.overall < full.overall - 10


def test_actions_all_told_as_we_are_reported_missing_and_cost_points() -> None:
    mine = _score(OPENING + STEPS.format(I="I") + OUTCOME)
    team = _score(OPENING + STEPS.format(I="We") + OUTCOME)
    assert mine.star is not None and team.star is not None
    assert "action" not in mine.star.missing
    assert "action" in team.star.missing
    assert [s.label for s in team.star.segments] == [s.label for s in mine.star.segments]
    tip = next(t for t in team.feedback if t.startswith("STAR: no action of your own"))
    assert "(“We rebuilt the training set" in tip
    assert team.overall <= mine.overall - 8


def test_one_own_step_among_team_steps_is_an_action() -> None:
    steps = STEPS.format(I="We").replace("We added", "I added")
    s = _score(OPENING + steps + OUTCOME)
    assert s.star is not None and "action" not in s.star.missing


def test_reflection_is_told_apart_from_an_outcome_with_a_lesson() -> None:
    assert is_reflection("In hindsight, I'd have stepped in a month earlier.")
    assert is_reflection("My main takeaway is that being open about scope keeps quality high.")
    assert is_reflection("So looking back, the key was to start from their problems.")
    assert not is_reflection("The forecast was two weeks late, and I learned to check first.")
    assert not is_reflection("I learned a lot, and the model went live a week later.")
    assert not is_reflection("Since then the team has used time-based splits by default.")


def test_the_scorecard_bar_says_a_hollow_part_is_missing_and_why() -> None:
    """The STAR bar printed "Result 14% (target 10%-15%, on target)" above the tip "no result"."""
    from simulator.core.scorecard.answer import BAD, _star

    lesson_only = _score(OPENING + STEPS.format(I="I") + LESSON).star
    team = _score(OPENING + STEPS.format(I="We") + OUTCOME).star
    assert lesson_only is not None and team is not None
    assert "result" in lesson_only.hollow
    view, team_view = _star(lesson_only), _star(team)
    assert view is not None and team_view is not None
    result = next(p for p in view.parts if p.name == "result")
    action = next(p for p in team_view.parts if p.name == "action")
    # short enough for the bar's row beside "target 15%-20%,"
    assert (result.verdict, result.color) == ("no outcome", BAD)
    assert (action.verdict, action.color) == ("all “we”", BAD)
    assert "result" in view.missing and "action" in team_view.missing
    assert view.hollow == [("result", lesson_only.hollow["result"])]


def test_a_hollow_part_gets_no_advice_about_its_length_or_numbers() -> None:
    """ "no result" sat beside "result takes 31% of the answer" and "Quantify the result"."""
    s = _score(OPENING + STEPS.format(I="I") + LESSON)
    assert any(t.startswith("STAR: no result") for t in s.feedback)
    assert not any("result takes" in t or "Quantify the result" in t for t in s.feedback)


def test_the_scorecard_detail_says_no_outcome_above_the_star_parts(tmp_path: Path) -> None:
    bank = real_bank()
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid = storage.create_session({"name": "Behavioral", "question_ids": ["beh.took-ownership"]})
    text = OPENING + STEPS.format(I="I") + LESSON
    score = score_answer(bank.get("beh.took-ownership"), Transcript(text))
    storage.add_answer(sid, "beh.took-ownership", 0, "typed", text, score=score)
    card = build_scorecard(storage.session(sid), bank)
    storage.close()
    html = render_answer_html(card.answers[0])
    assert "No outcome:</b> the story ends on a lesson" in html
    assert html.index("No outcome:") < html.index("STAR structure")  # seen before scrolling


def test_someone_elses_need_with_no_task_of_mine_is_the_task() -> None:
    """ "The sales team needed to have a forecast by Monday", in a story that tells no task of
    mine, is what I had to deliver: the task (round 40, the issue's fresh stories label it so;
    it was the scene with the task reported missing before); told as mine, it is the task too."""
    story = (
        "Last year at a retail company our demand forecasting model was still a spreadsheet. "
        "The sales team needed to have a forecast by Monday for the board meeting. "
        "I cut the scope to the three biggest product categories. "
        "I reused the features from the old model and wrote tests for the new ones. "
        "It launched a day early, and forecast error fell by twelve percent."
    )
    implied = _score(story, "beh.tight-deadline")
    told = _score(
        story.replace(
            "board meeting. ",
            "board meeting. I was asked to deliver it, so the deadline was mine. ",
        ),
        "beh.tight-deadline",
    )
    assert implied.star is not None and told.star is not None
    assert implied.star.segments[1].label == "task"
    assert "task" not in implied.star.missing and "task" not in told.star.missing
