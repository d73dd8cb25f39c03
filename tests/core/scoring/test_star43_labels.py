"""STAR labels, round 43 (issue 9, star43): a story told in the present is read as told in the
past (its "I have to" is the task, its "are pulled" a step in the passive, its "drops by" a
change); the teller's comments between the story's parts are other; steps told as notes with a
bare participle ("Old dashboards archived, owners told.") are steps; a question put to me is no
one acting on my work."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_asides import comment_aside
from simulator.core.scoring.star_notes import participle_note
from simulator.core.scoring.star_predicates import other_took_up
from simulator.core.scoring.star_tense import as_past, told_in_present
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import (
    OUTCOME,
    SCENE,
    STEP_1,
    STEP_2,
    TASK,
    analysed,
    star_labels,
)

PRESENT_STORY = (
    "So it's the week before our spring sale and the search team wants a new ranking model live.",
    "The old one ranks out-of-stock items first for about a fifth of the queries.",
    "I have to get the new model through review before Thursday.",
    "First the offline results are checked against last year's sale traffic.",
    "Then a guard for stock levels is added in front of the ranker.",
    "I walk the reviewers through both changes on Wednesday morning.",
    "Out-of-stock items in the top ten drop from twenty percent to two.",
)


def test_a_story_told_in_the_present_is_labelled_as_the_same_story_told_in_the_past() -> None:
    assert star_labels(*PRESENT_STORY) == [
        "situation",
        "situation",
        "task",
        "action",
        "action",
        "action",
        "result",
    ]


def test_a_present_story_without_its_result_is_reported_without_one() -> None:
    # its passive steps in the present were read as outcomes, so no result was missing
    star = analysed(
        "So our fraud model is flagging every third payment from one new partner bank.",
        "I have to find out why before the weekly risk review.",
        "First the flagged payments are pulled and grouped by merchant.",
        "Then their features are compared with last month's payments.",
        "A mapping for the currency field is added to the pipeline and the model is scored again.",
    ).star
    assert [s.label for s in star.segments][2:4] == ["action", "action"]
    assert "result" in star.missing


@pytest.mark.parametrize(
    ("present", "past"),
    [
        ("I have to find the cause", "i had to find the cause"),
        ("the logs are pulled and split", "the logs were pulled and split"),
        ("I'm asked to fix it", "i was asked to fix it"),
        ("then we roll back and I stop the job", "then we rolled back and i stopped the job"),
        ("revenue drops by two percent", "revenue dropped by two percent"),
        ("I don't show the charts", "i did not show the charts"),
        ("nobody has tuned it in years", "nobody had tuned it in years"),
        # a base form stays ("to get", "can keep"), and so does a habit or a lesson
        ("I want to get it live", "i wanted to get it live"),
        ("since then I always check the joins", "since then i always check the joins"),
    ],
)
def test_a_sentence_put_in_the_past(present: str, past: str) -> None:
    assert " ".join(as_past(words(present))) == past


def test_a_story_told_in_the_past_with_a_lesson_in_the_present_is_not_told_in_the_present() -> None:
    story = [SCENE, TASK, STEP_1, STEP_2, OUTCOME, "Now I always read the raw tickets first."]
    assert not told_in_present([words(s) for s in story])
    assert told_in_present([words(s) for s in PRESENT_STORY])


@pytest.mark.parametrize(
    "aside",
    [
        "Which, you know, happens in every company sooner or later.",
        "Not the most pleasant afternoon, I can tell you.",
        "Auditors, in my experience, are friendlier than their reputation.",
        "She is very sharp, by the way, much quicker with SQL than me.",
        "It is an old problem, plenty of teams have it, I know.",
    ],
)
def test_the_tellers_comment_between_the_steps_is_other(aside: str) -> None:
    assert comment_aside(words(aside))
    labels = star_labels(SCENE, TASK, STEP_1, aside, STEP_2, OUTCOME)
    assert labels == ["situation", "task", "action", "other", "action", "result"]


@pytest.mark.parametrize(
    "told",
    [
        "Honestly, I rewrote the loader that same night.",  # a step of mine
        "To be fair, errors fell by half after that.",  # a change, a number
        "Honestly, the queue was a mess back then.",  # how things were, in the past
        "The data, you know, was then rebuilt from the raw logs.",  # an act in the passive
    ],
)
def test_a_comment_mark_on_a_part_of_the_story_is_no_aside(told: str) -> None:
    assert not comment_aside(words(told))


@pytest.mark.parametrize(
    "note",
    [
        "Old dashboards archived, owners told one by one.",
        "Timings of the last ten runs collected and averaged.",
        "Plan written up and sent to the head of support.",
    ],
)
def test_a_note_with_a_bare_participle_is_read_as_one(note: str) -> None:
    assert participle_note(words(note))


def test_steps_told_as_notes_with_a_bare_participle_are_steps() -> None:
    labels = star_labels(
        "Support backlog, three thousand tickets, growing every week.",
        "My job: get it under five hundred by the end of the quarter.",
        "Tickets of the last month sampled and tagged by cause.",
        "Old macros rewritten, duplicates merged.",
        "Routing rules handed to the support leads.",
        "Backlog under four hundred by week ten.",
    )
    assert labels == ["situation", "task", "action", "action", "action", "result"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Their lead merged it that week.",  # a subject of its own, a simple past
        "Recall stayed within one point of the old model.",  # what a thing did by itself
        "Reviewers cleared roughly sixty percent of the flags.",  # a verb with its object
        "Ninety percent of the misrouted tickets came from three forms.",
        "Rollout approved by the board in May.",  # how it ended
    ],
)
def test_no_note_of_a_step(sentence: str) -> None:
    assert not participle_note(words(sentence))


def test_a_question_put_to_me_is_no_one_acting_on_my_work() -> None:
    assert not other_took_up(words("The director asks me if that means the shops are cheating."))
    assert other_took_up(words("The director asked me to scope the next region."))


def test_an_outcome_word_that_only_says_which_thing_is_no_result() -> None:
    # "the version we launched that morning" names the version; the sentence is the task
    star = analysed(
        "Our checkout model started rejecting one card type on a Friday evening.",
        "I had to decide whether to switch off the version we launched that morning.",
        "I compared the rejections of the two versions hour by hour.",
        "I rolled back to the old version and filed the cause with the card team.",
    ).star
    assert [s.label for s in star.segments] == ["situation", "task", "action", "action"]
    assert star.missing == ["result"]


def test_a_story_that_opens_on_how_it_ended_tells_its_result_first() -> None:
    # no line goes back ("It all started with ..."): "In the end" can only be the end
    labels = star_labels(
        "In the end the sales team kept the old lead scores and added ours as a second column.",
        "They had asked for a model that would replace their scoring rules entirely.",
        "I was asked to show whether the model beat the rules on last quarter's leads.",
        "I scored last quarter's leads with both and compared the top hundred of each.",
        "I presented both lists side by side to the sales leads.",
    )
    assert labels[0] == "result"


def test_an_outcome_after_a_connective_phrase_is_still_one() -> None:
    labels = star_labels("I owned the ranking project.", "As a result we shipped two weeks early.")
    assert labels == ["task", "result"]
    reasons = analysed("I owned the ranking project.", "As a result we shipped two weeks early.")
    assert "we shipped" in reasons.star.segments[1].why
