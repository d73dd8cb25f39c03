"""STAR labels of round 68 (issue 9, star68): work taken up as mine said as a decision to own it
or as what I could not leave undone, a present-tense act of mine between past sentences, a
passive whose subject is denied, a present-tense state after the steps and a spoken opener
that counts such stories loosely. The sentences are written for these tests, in none of the
sets."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_predicates import passive_at
from simulator.core.scoring.star_spoken import hesitant_opener
from simulator.core.scoring.star_taken_up import could_not_leave_it, decided_to_own
from simulator.core.scoring.star_tense import my_present_among_past
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import analysed, star_labels

BLANKS = "Every Monday our churn report went out with blank rows for new customers."
TRACED = "I traced the blanks to a join that dropped accounts younger than a week."
REWROTE = "I rewrote the join and added a check that fails the job on blank rows."
COMPLETE = "The next eight reports went out complete."


@pytest.mark.parametrize(
    "duty",
    [
        "Nobody owned the report, so I decided to take it on before the quarterly review.",
        "I decide that I will take this, because the sales calls run on that list.",
        "So I thought, okay, I'm going to own this until it runs clean.",
        "I kind of decided I would handle it myself, since I had written the first version.",
        "It was the analysts' job, but I couldn't just keep sending them screenshots of it.",
        "The analysts were busy, and honestly I could not let it go out like that again.",
    ],
)
def test_work_taken_up_as_mine_is_the_task_r68(duty: str) -> None:
    """A decision whose object is the work itself, or a negated possibility of letting it be,
    says my duty; the story told it, so no task is called missing."""
    story = analysed(BLANKS, duty, TRACED, REWROTE, COMPLETE)
    assert story.star.segments[1].label == "task"
    assert "task" not in story.star.missing


@pytest.mark.parametrize(
    "step",
    [
        "I decided to roll the report back to last month's query.",
        "I decided to take a look at the job's logs first.",
        "I decided to take it to my manager the same day.",
        "I couldn't reproduce the blanks on my laptop at first.",
    ],
)
def test_a_decision_of_what_to_do_is_no_duty_r68(step: str) -> None:
    """A decision of what to do, or a failed attempt, takes up no work as mine."""
    assert not decided_to_own(words(step))
    assert not could_not_leave_it(words(step))


def test_a_present_tense_act_between_past_sentences_is_a_step_r68() -> None:
    """Told by a speaker whose English mixes tenses, "I retrain ..." between two past sentences
    is a step of the story's time, and "I learn that I should ..." its lesson."""
    labels = star_labels(
        "Our fraud model flagged too many gift card orders last winter.",
        "I was asked to cut the false alarms before the holiday peak.",
        "I pulled a sample of flagged orders and labelled them with the fraud team.",
        "I retrain the model with those labels for three weeks, but I could not fix the gift "
        "card cases fully.",
        "In the end the false alarms on gift cards fell by half.",
        "From that I learn that I should ask the reviewers for labels in the first week.",
        "After that I wrote it into our team checklist.",
    )
    assert labels[3] == "action"
    assert labels[5] == "result"


def test_a_habit_in_the_present_keeps_its_tense_r68() -> None:
    """A present-tense habit of mine ("always"), a present inside a past sentence ("she said
    we keep") or a view I hold as I speak ("I think") is not read as a step told in the
    present."""
    said = [
        words(s)
        for s in (
            "We launched the new ranking in May.",
            "I always check the slowest queries first.",
            "She said we keep too many features.",
            "I think every threshold needs an owner.",
            "I reran the benchmark the next day.",
            "Latency fell by a third.",
        )
    ]
    assert my_present_among_past(said) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The old dashboard stayed up the whole time, so no report was missed.",
        "Nothing was deleted, and the backups were never needed.",
        "Not a single order was charged twice.",
    ],
)
def test_a_passive_with_its_subject_denied_is_no_act_r68(sentence: str) -> None:
    """A passive whose subject is denied tells that no such act happened."""
    assert passive_at(words(sentence)) == 0


def test_a_passive_act_is_still_read_r68() -> None:
    assert passive_at(words("The broken rows were deleted by the night job."))
    assert passive_at(words("What the parser could not read was sent to a review queue."))


def test_a_denied_passive_after_the_steps_is_the_outcome_r68() -> None:
    labels = star_labels(
        BLANKS,
        "I was responsible for the report.",
        TRACED,
        REWROTE,
        "The dashboard kept running all along, so no report was missed.",
    )
    assert labels[-1] == "result"


@pytest.mark.parametrize(
    "lasting",
    [
        "The blank-row check is still part of the job today.",
        "That check still runs before every report, two years on.",
    ],
)
def test_a_present_state_after_the_steps_of_a_past_story_is_the_outcome_r68(
    lasting: str,
) -> None:
    """In a story told in the past, a state told in the present after the last step speaks from
    the time of the telling: how things stand since the story, its outcome."""
    story = analysed(BLANKS, "I was responsible for the report.", TRACED, REWROTE, lasting)
    assert story.star.segments[-1].label == "result"
    assert "result" not in story.star.missing


def test_a_past_state_after_the_steps_stays_the_scene_r68() -> None:
    story = analysed(
        BLANKS,
        "I was responsible for the report.",
        TRACED,
        REWROTE,
        "The analysts were still rebuilding their own copies every Monday.",
    )
    assert story.star.segments[-1].label == "situation"


@pytest.mark.parametrize(
    "opener",
    [
        "Oh, yeah, outages, I've had a few.",
        "Hmm, I, uh, I've broken plenty, but one stands out.",
        "Yeah, tough feedback, I've had a couple of those.",
    ],
)
def test_a_spoken_opener_counting_such_stories_is_no_part_r68(opener: str) -> None:
    assert hesitant_opener(opener, words(opener))
    assert star_labels(opener, BLANKS, TRACED, REWROTE, COMPLETE)[0] == "other"


@pytest.mark.parametrize(
    "scene",
    [
        "Um, so we had a few weeks to ship the new report.",
        "Yeah, so, a few of our reports were going out with blank rows.",
    ],
)
def test_a_spoken_opener_with_a_count_of_things_is_the_scene_r68(scene: str) -> None:
    assert not hesitant_opener(scene, words(scene))
