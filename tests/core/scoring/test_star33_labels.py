"""STAR labels, round 33 (issue 9, star33). A quoted sentence closes its sentence with its closing
quote: 'He told me, "Nobody reads past page two." I asked ...' was read as one sentence with the
next, so every STAR story with a quoted sentence lost its labels from the quote on."""

from __future__ import annotations

import pytest

from simulator.core.scoring.text import split_sentences
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ('He told me, "Nobody reads past page two." I asked why.', 2),
        ("She said, \u201cShip it on Monday.\u201d I asked for a week.", 2),
        ("He asked, 'Can it be exact?' I said no.", 2),
        ("(That was my first mistake.) Then I checked the logs.", 2),
        ('I said, "Show me the plan first," and we read it together.', 1),
        ('He said "no." and left the meeting.', 1),
        ("The error fell to 0.5 percent. Then it rose.", 2),
    ],
)
def test_a_closing_quote_or_bracket_ends_the_sentence_it_closes(text: str, pieces: int) -> None:
    assert len(split_sentences(text)) == pieces


def test_a_quoted_sentence_keeps_the_story_labels_after_it() -> None:
    quoted = 'My lead warned me, "If it misses one case, nobody will use it."'
    reply = 'I said, "Give me two days and I will show you the numbers."'
    labels = star_labels(SCENE, quoted, TASK, STEP_1, reply, STEP_2, OUTCOME)
    assert len(labels) == 7
    assert labels[0] == "situation" and labels[2] == "task"
    assert labels[3] == "action" and labels[5] == "action" and labels[6] == "result"


@pytest.mark.parametrize(
    "opener",
    [
        "Let me give you one from my last job.",
        "Yes, I have a clear example of that.",
        "This one is close to my heart.",
        "Okay, so this one is from my last job.",
        "Sure, I can share one from my time at a logistics startup.",
    ],
)
def test_an_opener_that_only_points_at_the_story_is_other(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "scene",
    [
        # tells one of its events: the scene
        "Let me tell you about the time our fraud model blocked every payment.",
    ],
)
def test_an_opening_that_names_or_places_the_story_stays_the_scene(scene: str) -> None:
    assert star_labels(scene, TASK, STEP_1, STEP_2, OUTCOME)[0] == "situation"


@pytest.mark.parametrize(
    "opening",
    [
        "The example that comes to mind is a churn model I built for a bank.",
        "Sure, this was at a small ad-tech startup.",
    ],
)
def test_an_opening_that_names_or_places_the_story_frames_it_r52(opening: str) -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it)
    assert star_labels(opening, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "closer",
    [
        "That's the short version.",
        "Anyway, that's roughly what happened.",
        "I think that's a fair summary of it.",
        "That's the one I'd pick.",
    ],
)
def test_a_closer_that_only_names_the_telling_is_other(closer: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, closer)[-1] == "other"


@pytest.mark.parametrize(
    "outcome",
    [
        "That was the version that finally cut the misroutes in half.",
        "That is the one change that took errors from twelve percent to four.",
    ],
)
def test_a_last_outcome_said_with_that_stays_a_result(outcome: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


@pytest.mark.parametrize(
    "task",
    [
        "The question was which of the five stages was responsible, or whether all of them were.",
        "The open question was what the agents actually needed from the router.",
        "The question for me was if a model could beat a few good rules at all.",
    ],
)
def test_an_open_question_as_the_predicate_is_the_task(task: str) -> None:
    assert star_labels(SCENE, task, STEP_1, STEP_2, OUTCOME)[1] == "task"


def test_what_i_estimated_before_the_steps_is_the_scene_not_a_step() -> None:
    move = "Our team had to move its training jobs to a new cluster."
    estimate = "I estimated two weeks to move all eleven jobs."
    slip = "After two weeks only three of the eleven jobs were running."
    labels = star_labels(move, estimate, slip, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "situation"
    # told among the steps, an estimate I made is a step of the story
    late = "I estimated the cost of each remaining job and sent the list to my manager."
    assert star_labels(SCENE, TASK, STEP_1, late, STEP_2, OUTCOME)[3] == "action"


def test_someone_elses_quoted_words_are_the_scene_not_my_step() -> None:
    quoted = 'The support lead told me, "I tried a model like that last year and it failed."'
    labels = star_labels(SCENE, TASK, quoted, STEP_1, STEP_2, OUTCOME)
    assert labels[2] == "situation"
    mine = 'I told the support lead, "Give me two weeks and I will show you the numbers."'
    assert star_labels(SCENE, TASK, mine, STEP_1, STEP_2, OUTCOME)[2] == "action"


@pytest.mark.parametrize(
    "outcome",
    [
        "The error on real calls came down to eighteen percent.",
        "Misrouted tickets went down by two thirds.",
    ],
)
def test_a_change_said_with_a_particle_is_a_result(outcome: str) -> None:
    passive = "Ten thousand noisy clips were generated and mixed into the training set."
    saved = "That saved us the three months a new recording campaign would have taken."
    labels = star_labels(SCENE, TASK, STEP_1, passive, outcome, saved)
    assert labels[4] == "result"


def test_a_compromise_or_workaround_of_mine_said_as_a_noun_is_a_step() -> None:
    step = "Our compromise was a three-word label on each product page, backed by the model."
    assert star_labels(SCENE, TASK, STEP_1, step, OUTCOME)[3] == "action"


def test_a_long_list_of_my_steps_cut_for_length_keeps_one_label() -> None:
    steps = (
        "I asked each team lead to put a number on their request, moved the two requests "
        "that no one could put a number on to the bottom, and sent the whole ranking to all "
        "three leads together so they could argue with each other rather than with me."
    )
    labels = star_labels(SCENE, TASK, STEP_1, steps, OUTCOME)
    assert len(labels) == 6  # the long sentence is read in two pieces
    assert labels[3] == labels[4] == "action"


def test_a_look_back_at_how_things_stood_between_steps_is_the_scene() -> None:
    read = "Last year I read about eight-bit quantization for transformer models."
    back = "At the time our text classifier cost about forty thousand dollars a month to serve."
    tried = "I tried quantizing it on a copy of the service and measured the accuracy."
    labels = star_labels(SCENE, TASK, read, back, tried, OUTCOME)
    assert labels[3] == "situation"


@pytest.mark.parametrize(
    "opener",
    ["Yes, one Friday afternoon comes to mind.", "A project at my last job comes to mind."],
)
def test_an_opener_that_only_says_a_story_comes_to_mind_is_other(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


def test_a_story_opening_with_the_result_of_my_project_keeps_it_a_result() -> None:
    first = "The project I'm proudest of cut our search's no-result rate from nine percent to two."
    scene = "Shoppers typed names with spelling mistakes, and the search matched only exact words."
    part = "My part was the whole correction layer, from the data to the launch."
    ran = "I ran it as an A/B test for two weeks."
    labels = star_labels(first, scene, part, STEP_1, ran)
    assert labels[0] == "result"


@pytest.mark.parametrize(
    "step",
    [
        "From those pairs a correction table was built and put in front of the search.",
        "A small shared library was built and tested on the simplest model first.",
        "My starting point was a list of every search that ended without a click.",
    ],
)
def test_passive_and_noun_steps_after_a_step_are_steps(step: str) -> None:
    pulled = "I paired every search that ended without a click with the shopper's next search."
    assert star_labels(SCENE, TASK, pulled, step, STEP_2, OUTCOME)[3] == "action"
