"""STAR labels, round 41 (issue 9, star41), by class:

* a step told in the passive whose participle also reads as a state ("was trained", "was
  designed") is a step when an adverb places it in time ("was then trained") or its doers are
  named ("by two other teams", "together with the privacy team"); "was run" is a passive too;
* a hyphenated participle inside a noun phrase ("a gradient-boosted model", "the hard-coded
  factor") is no main verb;
* a duty passed on in someone's words after the opening line ("My manager said we had to ...")
  is the task; at the opening line it stays the scene;
* a short question asked in the telling ("So what did I do?") tells no part of the story.
"""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_grammar import main_clause
from simulator.core.scoring.star_predicates import (
    doers_named,
    duty_passed_on,
    passive_at,
    share_of_sample,
)
from simulator.core.scoring.star_remarks import rhetorical_question, story_characterised
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

# A longer story, so a step may stand past its middle and before its last sentence.
STEP_3 = "I added a check that flags tickets with no product field."


@pytest.mark.parametrize(
    "step",
    [
        "A simple gradient-boosted model was then trained on the relabelled tickets.",
        "A new routing model was finally built from the clean month.",
        "The new queue rules were designed together with the support leads.",
        "The change was reviewed by two engineers from the platform team.",
        "A shadow test was run for two weeks.",
    ],
)
def test_a_step_in_the_passive_read_as_a_state_before_is_an_action(step: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, step, STEP_3, OUTCOME)
    assert labels[4] == "action", labels


@pytest.mark.parametrize(
    "state",
    [
        "The routing model was trained on last year's tickets.",
        "The queues were designed for email only.",
    ],
)
def test_a_participle_that_tells_how_things_were_is_no_passive_act(state: str) -> None:
    assert not passive_at(words(state))


def test_a_habit_told_in_the_passive_with_its_doers_stays_the_scene() -> None:
    habit = "Tickets were routed every morning by two agents from the support team."
    labels = star_labels(SCENE, habit, TASK, STEP_1, STEP_2, STEP_3, OUTCOME)
    assert labels[1] == "situation", labels


def test_an_outcome_in_the_passive_with_its_doers_is_still_the_result() -> None:
    outcome = (
        "The new routing was approved by the support leads and misrouting fell to four percent."
    )
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, STEP_3, outcome)[-1] == "result"


def test_doers_are_named_by_people_not_by_a_time() -> None:
    assert doers_named(words("was reviewed by the two of us"), 2)
    assert doers_named(words("was designed jointly with legal"), 2)
    assert not doers_named(words("was finished by the end of the week by then"), 2)
    assert not doers_named(words("was built by Friday"), 2)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("A simple gradient-boosted model was then trained on the labels.", "was"),
        ("The hard-coded factor was removed.", "was"),
        ("A rule-based splitter handled the merged cells.", "handled"),
        ("I fine-tuned a small model.", "tuned"),
        ("We re-ran the whole pipeline.", "ran"),
    ],
)
def test_a_hyphenated_participle_in_a_noun_phrase_is_no_main_verb(sentence: str, verb: str) -> None:
    ws = words(sentence)
    assert ws[main_clause(ws, sentence).verb] == verb


@pytest.mark.parametrize(
    "duty",
    [
        "My manager said we had to get the routing fixed before the holiday rush.",
        "The head of support told me I needed a fix by the end of the month.",
        "Our director made it clear that we must cut misrouting in half this quarter.",
    ],
)
def test_a_duty_passed_on_in_someones_words_is_the_task(duty: str) -> None:
    star = analysed(SCENE, duty, STEP_1, STEP_2, OUTCOME).star
    assert star.segments[1].label == "task"
    assert "task" not in star.missing


def test_a_duty_passed_on_at_the_opening_line_is_the_scene() -> None:
    duty = "My manager said we had to move the routing model to daily retraining."
    assert star_labels(duty, TASK, STEP_1, STEP_2, OUTCOME)[0] == "situation"


@pytest.mark.parametrize(
    "sentence",
    [
        "I said we had to wait for the new labels.",
        "The support lead said the model was fine.",
        "She told me the queues were full.",
    ],
)
def test_my_own_words_or_a_view_pass_no_duty_on(sentence: str) -> None:
    assert not duty_passed_on(words(sentence))


@pytest.mark.parametrize(
    "question",
    ["So what did I do?", "And what did I find?", "So where do you even start with that?"],
)
def test_a_question_asked_in_the_telling_is_no_part_of_the_story(question: str) -> None:
    labels = star_labels(SCENE, TASK, question, STEP_1, STEP_2, OUTCOME)
    assert labels[2] == "other"
    assert labels[3:5] == ["action", "action"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Was it the tickets or was it the model?",
        "I asked the support lead: which queue gets the most complaints?",
        "What did the model do with a ticket that had no product field?",
        "So what did I do.",
    ],
)
def test_a_question_with_the_story_in_it_is_no_remark(sentence: str) -> None:
    assert not rhetorical_question(sentence, words(sentence))


@pytest.mark.parametrize(
    "opener",
    [
        "Yes, this one was important to me.",
        "Yeah, so, this was humbling.",
        "Yeah, this comes up a lot actually.",
        "Right, this one comes up a lot in my line of work.",
        "Ah, I like this question.",
        "Oh, I love this question.",
    ],
)
def test_an_opener_that_only_says_what_the_story_is_to_me_is_other(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "scene",
    [
        "Sure, this was at a small ad-tech startup.",
        "This was a big migration at a bank, with forty models to move.",
        "Yes, this one was at a logistics startup.",
    ],
)
def test_an_opener_that_places_or_names_the_story_is_no_characterisation(scene: str) -> None:
    assert not story_characterised(words(scene))


@pytest.mark.parametrize(
    "remark",
    [
        "It's a small thing, but we're still a bit proud of it.",
        "It's still one of the changes I'm happiest about.",
        "It was a fun one to chase, to be honest.",
        "There's more I could say about the monitoring if that's useful.",
    ],
)
def test_a_closing_appraisal_or_offer_is_a_remark(remark: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark)[-1] == "other"


def test_a_small_change_that_cut_something_is_still_the_result() -> None:
    outcome = "It was a small change, but it cut misrouted tickets by half."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


@pytest.mark.parametrize(
    "finding",
    [
        "Almost all of them came from two web forms with confusing category names.",
        "About half of them named the same missing field.",
    ],
)
def test_a_share_of_what_i_examined_told_among_the_steps_is_an_action(finding: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, finding, STEP_2, STEP_3, OUTCOME)
    assert labels[3] == "action", labels


def test_a_share_that_states_how_things_stood_among_the_steps_is_the_scene_r67() -> None:
    # star67's convention: "Seven of the nine had no product field at all" states how things
    # stood (a stative "had", no act of anyone's), the scene wherever it is told
    finding = "Seven of the nine had no product field at all."
    labels = star_labels(SCENE, TASK, STEP_1, finding, STEP_2, STEP_3, OUTCOME)
    assert labels[3] == "situation", labels


def test_a_share_said_with_someones_words_or_at_the_end_is_no_finding() -> None:
    assert share_of_sample(words("Most of them agreed to the new queues."))
    reaction = "Most of them told me the new queues saved them an hour a day."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, STEP_3, reaction)[-1] == "result"
    assert not share_of_sample(words("Most tickets came from two web forms."))


@pytest.mark.parametrize(
    "need",
    [
        "I was building the next model on top of his pipeline, so I needed a way to work with him.",
        "I was retraining the router on his features, so I needed his help whether he liked it or not.",
    ],
)
def test_a_need_of_mine_following_from_my_work_is_the_task(need: str) -> None:
    labels = star_labels(SCENE, need, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "task", labels


@pytest.mark.parametrize(
    "ending",
    [
        "The outage lasted forty minutes, and I added a test that fails a deploy on slow lookups.",
        "He was back at work the next day, and I added a step so that blocks are checked by a person.",
        "The new router ran in production on Monday, and I wrote a short guide for the support leads.",
    ],
)
def test_a_last_sentence_that_tells_the_outcome_then_a_step_is_the_result(ending: str) -> None:
    star = analysed(SCENE, TASK, STEP_1, STEP_2, ending).star
    assert star.segments[-1].label == "result"
    assert "result" not in star.missing


def test_a_step_of_mine_told_first_on_the_last_sentence_stays_an_action() -> None:
    step = "I rewrote the feature join, and I added a test for the product field."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, step)[-1] == "action"
