"""STAR labels of round 64 (issue 9, star64): what someone else says of my work, a question
put after the steps or a view of me, is the scene, never a step of mine or what came of them; a
duty said not to be mine and then taken up is the task; findings and steps with no outcome
after them tell no result, and a last sentence that closes on what came of the steps tells it."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_own_duty import duty_disclaimed_then_taken
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


@pytest.mark.parametrize(
    "question",
    [
        "Then my manager asked whether the same gap could be in our other models.",
        "A week later the head of support asked me why the billing queue was not covered.",
        "Then our director asked if we could do the same for the refunds queue.",
    ],
)
def test_a_question_put_after_the_steps_tells_no_result_r64(question: str) -> None:
    story = analysed(SCENE, TASK, STEP_1, STEP_2, question)
    assert [s.label for s in story.star.segments][-1] == "situation"
    assert "result" in story.star.missing


def test_a_question_put_in_the_present_tells_no_result_r64() -> None:
    story = analysed(
        "We launch a routing model that beats the old rules offline.",
        "Two weeks in, misrouted tickets haven't moved at all.",
        "I own the model, so I have to find out why.",
        "I compare the live inputs with the training data.",
        "I get the ticket team to fill the product field.",
        "Then my manager asks whether the same gap could be in our other models.",
    )
    assert "result" in story.star.missing


def test_a_question_after_the_outcome_leaves_the_result_told_r64() -> None:
    question = "Then my manager asked whether the same fix could work for the billing queue."
    story = analysed(SCENE, TASK, STEP_1, STEP_2, OUTCOME, question)
    assert "result" not in story.star.missing
    assert [s.label for s in story.star.segments][-2] == "result"


def test_questions_asked_since_are_how_things_stand_r64() -> None:
    lasting = "Since then her team asks me how long a test needs before they start one."
    story = analysed(SCENE, TASK, STEP_1, STEP_2, lasting)
    assert "result" not in story.star.missing


@pytest.mark.parametrize(
    "remark",
    [
        "She said I buried the decision on page six and spent five pages on method.",
        "He said I left dozens of small comments and people waited days for my approval.",
    ],
)
def test_what_someone_said_of_me_is_no_step_of_mine_r64(remark: str) -> None:
    labels = star_labels(
        "In my first review as a lead, my manager told me my design documents were slowing "
        "the team down.",
        remark,
        "My first reaction was to defend myself, but I wanted to find out whether she was right.",
        "I asked her for two examples and went back through my last ten documents.",
        "I rewrote the template so the decision came first.",
        "My next two designs were approved in the first meeting.",
    )
    assert labels[1] == "situation", labels


@pytest.mark.parametrize(
    "duty",
    [
        "It wasn't formally my job, but I was tired of misrouted tickets landing on my desk.",
        "I wasn't the owner of the router, but I couldn't leave it sending tickets to the wrong queue.",
        "Not my job; I took it on anyway, since my queue suffered most.",
        "I wasn't asked to look at the router, but I used its output every day.",
    ],
)
def test_a_duty_disclaimed_then_taken_up_is_the_task_r64(duty: str) -> None:
    assert duty_disclaimed_then_taken(words(duty))
    labels = star_labels(SCENE, duty, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "task", labels
    assert "task" not in analysed(SCENE, duty, STEP_1, STEP_2, OUTCOME).star.missing


@pytest.mark.parametrize(
    "sentence",
    [
        # a disclaimer with no turn that takes it up
        "The router was not my best work.",
        "It was not my call, so I escalated it.",
        # a disclaimer and a turn, but nobody takes it up: why it mattered
        "It was not my job, but the other teams kept shipping without the dashboard.",
        # a turn with nothing disclaimed before it
        "I was the owner of the router, but I had never read its code.",
    ],
)
def test_no_duty_disclaimed_and_taken_r64(sentence: str) -> None:
    assert not duty_disclaimed_then_taken(words(sentence))


def test_a_story_with_its_task_keeps_it_r64() -> None:
    disclaimer = (
        "It wasn't formally my job, but I was tired of misrouted tickets landing on my desk."
    )
    labels = star_labels(SCENE, TASK, disclaimer, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "task" and labels.count("task") <= 2, labels


def test_a_finding_and_a_step_after_it_tell_no_result_r64() -> None:
    story = analysed(
        "Our demand forecasts for a grocery chain were off by a third for fresh produce.",
        "I had to find out why before the next planning cycle.",
        "I split the error by store, by product and by day of the week.",
        "I then compared the sales records of those stores before and after the switch.",
        "The new system recorded waste as negative sales, so the model was learning from "
        "demand that never existed.",
        "A correction was added to the data pipeline, and the model was retrained on the "
        "cleaned history.",
    )
    assert "result" in story.star.missing


def test_a_finding_then_the_outcome_keeps_the_result_told_r64() -> None:
    story = analysed(
        "Our demand forecasts for a grocery chain were off by a third for fresh produce.",
        "I had to find out why before the next planning cycle.",
        "I split the error by store, by product and by day of the week.",
        "I then compared the sales records of those stores before and after the switch.",
        "The new system recorded waste as negative sales, so the model was learning from "
        "demand that never existed.",
        "A correction was added to the data pipeline, and the model was retrained on the "
        "cleaned history.",
        "The produce error fell from thirty percent to nine percent the next month.",
    )
    assert "result" not in story.star.missing


@pytest.mark.parametrize(
    "closing",
    [
        "I fixed the swap, sent the report two hours late, and the managers planned the week "
        "on the correct routes.",
        "I delivered the forecast in week four, and the head trader asked me to stay on the desk.",
        "We lost about two hours of low prices, and the freshness check has blocked two similar "
        "failures since.",
    ],
)
def test_a_last_sentence_closing_on_its_outcome_tells_the_result_r64(closing: str) -> None:
    story = analysed(SCENE, TASK, STEP_1, STEP_2, closing)
    assert "result" not in story.star.missing
    assert story.star.segments[-1].label == "result"


@pytest.mark.parametrize(
    "closing",
    [
        # one clause, a step of mine
        "I sent the revised plan to the two teams waiting on it.",
        # every clause mine
        "I fixed the swap, and I sent the report two hours late.",
        # someone agreeing to what I put to them: one more turn of the exchange
        "I showed him the templates topped out at eighty percent, and he agreed to the extra week.",
        # a clause after ", so": why the step was taken
        "I fixed the join to follow the old logic, so the models did not need retraining.",
    ],
)
def test_a_last_step_of_mine_still_tells_no_result_r64(closing: str) -> None:
    story = analysed(SCENE, TASK, STEP_1, STEP_2, closing)
    assert "result" in story.star.missing
