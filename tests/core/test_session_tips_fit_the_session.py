"""The scorecard's tips fit the session they are for (walkthrough 8)."""

from __future__ import annotations

from simulator.core.scoring import score_answer, score_session
from simulator.core.transcript import Transcript
from tests.core.scoring.test_scoring_units import BEHAVIORAL, STORY, TECH, q

STRONG = (
    "A model that is too simple is underfitting: high bias. A model that fits the noise is "
    "overfitting: high variance. I measure it with k fold cross validation, and adding "
    "regularization reduces the variance because it penalizes large weights."
)


def test_a_session_without_a_story_is_not_told_to_prepare_stories() -> None:
    """A one-question technical session was told "Prepare two or three stories with numbers
    you can adapt to many questions": advice for behavioral answers it never had."""
    tech = q(TECH)
    tips = score_session([(tech, score_answer(tech, Transcript(STRONG)))]).tips
    assert tips and not any("stories" in t for t in tips), tips
    beh = q(BEHAVIORAL)
    with_story = score_session(
        [
            (tech, score_answer(tech, Transcript(STRONG))),
            (beh, score_answer(beh, Transcript(STORY))),
        ]
    ).tips
    assert len(with_story) == 3


def test_a_skipped_story_does_not_give_the_tips_of_a_story() -> None:
    """A full loop with one good story and one skipped behavioral question was told "include
    the situation" and "end each story with a measurable result": the told story had both,
    and the skipped one (scored as an empty answer) has no parts at all (walkthrough 9)."""
    from simulator.core.session.summary import skipped_score

    beh = q(BEHAVIORAL)
    other = q(BEHAVIORAL, id="beh.test-other")
    told = score_answer(beh, Transcript(STORY))
    assert told.star is not None and not told.star.missing and told.star.quantified_result
    tips = score_session([(beh, told), (other, skipped_score(other))]).tips
    assert not any("include the" in t or "measurable result" in t for t in tips), tips


def test_a_one_question_session_has_no_weakest_question() -> None:
    """ "Practise again" of one question, 97/100: "Reread the model answer of your weakest
    question" (walkthrough 18). One question is not the weakest of anything."""
    tech = q(TECH)
    alone = score_session([(tech, score_answer(tech, Transcript(STRONG)))]).tips
    assert not any("weakest" in t for t in alone), alone
    assert any(t.startswith("Reread the model answer") for t in alone), alone
    other = q(TECH, id="tech.test-other")
    two = score_session(
        [
            (tech, score_answer(tech, Transcript(STRONG))),
            (other, score_answer(other, Transcript(STRONG))),
        ]
    ).tips
    assert any("your weakest question" in t for t in two), two


def test_an_off_question_story_and_an_overclaim_are_named_in_the_session_tips() -> None:
    """A story scored as off the question was only told so under its own answer: "What to
    work on next" never said it, though it cost the most; an overclaim was offered as "Correct
    a misconception", a belief the candidate may not hold (round 20)."""
    from dataclasses import replace

    from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
    from simulator.core.scoring.results import MisconceptionHit

    beh = q(BEHAVIORAL)
    told = score_answer(beh, Transcript(STORY))
    assert told.star is not None
    off = replace(told, star=replace(told.star, off_question=["mistake"], reads_as="a conflict"))
    tips = score_session([(beh, off)]).tips
    assert any(t.startswith("Answer the question asked") and "“a conflict”" in t for t in tips), (
        tips
    )
    tech = q(TECH)
    hit = MisconceptionHit(OVERCLAIM_ID, "always", "Deep nets always win.", '"always" claims more')
    wrong = replace(score_answer(tech, Transcript(STRONG)), misconceptions=[hit])
    tips = score_session([(tech, wrong)]).tips
    assert any(t.startswith("Qualify sweeping claims") for t in tips), tips
    assert not any(t.startswith("Correct a misconception") for t in tips), tips


def test_a_spoken_session_is_not_told_to_answer_out_loud_r48(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A spoken interview whose one answer held no words (resumed after a crash mid-recording,
    the recording silent): its scorecard said "Answer out loud next time: spoken answers also
    get pace, filler and pause feedback." (walkthrough 48, 960x640). It was answered out loud."""
    from simulator.core.scorecard.build import build_scorecard
    from simulator.core.transcript import Transcript
    from tests.core.session_kit import Harness

    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.recording_started()
    h.session.primary()
    h.session.transcribed(Transcript(text="", engine="fake", duration_s=8.0))
    h.session.primary()  # the scorecard
    record = h.storage.session(h.session.session_id)  # type: ignore[arg-type]
    assert record is not None and record.plan.spoken
    tips = build_scorecard(record, h.bank).tips
    assert tips and not any("out loud" in t for t in tips), tips


def test_a_delivery_on_target_is_not_told_to_work_on_pace_ux50() -> None:
    """A spoken story at 145 words a minute, no filler and no long pause was told "Record
    yourself once more and listen back for pace and pauses" (walkthrough 50, the scorecard of
    a story played through the virtual microphone, 1280x800 dark)."""
    from simulator.core.transcript import Word

    beh = q(BEHAVIORAL)
    words = STORY.split()
    step = 60 / 145  # 145 words a minute, evenly: no long pause
    timed = Transcript(
        STORY,
        tuple(Word(w, i * step, i * step + step * 0.8) for i, w in enumerate(words)),
        "fake",
        "fake",
        len(words) * step,
    )
    score = score_answer(beh, timed)
    assert score.delivery is not None and 130 <= score.delivery.wpm <= 160, score.delivery
    tips = score_session([(beh, score)]).tips
    assert not any("listen back for pace" in t for t in tips), tips
    assert any(t.startswith("Keep answering out loud") for t in tips), tips
