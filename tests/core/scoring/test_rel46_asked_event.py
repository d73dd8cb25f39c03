"""Round 46 (rel46): the asked event read from a behavioral prompt's structure (asked_event.py).

What an off-question verdict names for a question without an intent, and the kinds of event a
prompt's parts make it when its words are not the kind's own (event_demand.demanded)."""

from __future__ import annotations

import pytest

from simulator.core.scoring.asked_event import asked_event, typed_kinds
from simulator.core.scoring.event_demand import demanded, tells_no_demanded
from simulator.core.scoring.prompt_relevance import asked_clause
from simulator.core.scoring.text import tokenize


@pytest.mark.parametrize(
    ("prompt", "clause"),
    [
        # "How do you <practice>?" with a request for an example: the practice
        (
            "How do you check an analysis before its results go out? Walk me through a real example.",
            "how you check an analysis before its results go out",
        ),
        # "Give me an example of a time ...": the event, not "a time you ..."
        (
            "Give me an example of a time you brought a new source of data into a model.",
            "you brought a new source of data into a model",
        ),
        (
            "Describe a situation where you had to make a model small enough for a phone.",
            "you had to make a model small enough for a phone",
        ),
        # a list between commas is kept whole; an aside is left out
        (
            "Tell me about a time an auditor, regulator or reviewer asked you to justify a model.",
            "an auditor, regulator or reviewer asked you to justify a model",
        ),
        (
            "Describe a time two teams, yours among them, needed the same GPUs. How was it resolved?",
            "two teams needed the same GPUs",
        ),
        (
            "Tell me about a time you recommended stopping, or changing direction on, a project.",
            "you recommended stopping a project",
        ),
        # an alternative ask the clause ends on, and an example list
        (
            "Tell me about a time you said no to a request, or pushed back on a stakeholder.",
            "you said no to a request",
        ),
        (
            "Tell me about a time you improved the way your team works, for example its tools.",
            "you improved the way your team works",
        ),
        # a thing with its relative clause; the second ask of the first sentence left out
        (
            "Tell me about a mistake you made at work and what you learned from it.",
            "a mistake you made at work",
        ),
        (
            "What's the project you're most proud of, and what exactly was your contribution?",
            "the project you're most proud of",
        ),
    ],
)
def test_the_asked_event_is_read_from_the_prompts_shape(prompt: str, clause: str) -> None:
    assert asked_event(prompt).clause == clause
    assert asked_clause(prompt) == clause


def test_later_asks_are_kept_apart() -> None:
    event = asked_event(
        "Tell me about a time you cut the cost of serving a model. How did you decide what to cut?"
    )
    assert event.clause == "you cut the cost of serving a model"
    assert event.follow_ups == ("How did you decide what to cut",)


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        ("Tell me about a technical bet you made that turned out to be wrong.", "mistake"),
        ("Tell me about a time something you built broke because of an error of yours.", "mistake"),
        ("Tell me about a time a presentation of your work went badly.", "failure"),
        (
            "Tell me about a time you and a colleague clashed over who owned a piece of work.",
            "conflict",
        ),
        ("Describe a time two teams needed the same scarce resource.", "conflict"),
        (
            "Tell me about a time someone senior told you that your work was not good enough.",
            "feedback received",
        ),
        ("Tell me about a time you had to ship before a date that could not move.", "deadline"),
        ("Tell me about a time you realised a project you led was going to be late.", "deadline"),
        ("Tell me about a time you retired or replaced a model still in production.", "stop"),
        ("Tell me about a time you had to roll back a model release.", "incident"),
        (
            "Tell me about a time you convinced someone that a feature did not need a machine "
            "learning model.",
            "simpler solution",
        ),
    ],
)
def test_the_events_parts_make_it_a_kind(prompt: str, kind: str) -> None:
    assert kind in typed_kinds(prompt)
    assert kind in [k.name for k in demanded(prompt)]


@pytest.mark.parametrize(
    "prompt",
    [
        # wrong, but not the teller's own call: the team's metric, a metric they were given
        "Tell me about a time you realised your team was optimising the wrong metric.",
        "Tell me about a time the metric you were asked to improve turned out to be the wrong one.",
        "Tell me about a time you cut the cost of serving a model.",
    ],
)
def test_no_kind_where_the_parts_do_not_make_one(prompt: str) -> None:
    assert typed_kinds(prompt) == ()


def test_a_kinds_word_naming_only_a_setting_asks_for_no_such_event() -> None:
    quiet = "Tell me about a time you reduced the noise, toil or on-call load around a system."
    assert "incident" not in [k.name for k in demanded(quiet)]
    live = "Walk me through a production incident involving a model that you handled."
    assert "incident" in [k.name for k in demanded(live)]


BET = "Tell me about a technical bet you made that turned out to be wrong. What did you do?"
# told for a tight deadline: nothing of mine turned out wrong, and none of the prompt's words
DEADLINE = (
    "Our marketing team needed a churn score for a campaign that started in six days. I had to "
    "hand them a scored list by the Monday morning. I reused last quarter's features, trained "
    "one model and checked the top hundred accounts by hand with the campaign lead. The list "
    "went out on Sunday night and the campaign kept four hundred customers."
)
# a relevant story in plain words: the kind's everyday ways ("I had picked", "too slow")
RELEVANT = (
    "I had picked a graph database for our recommendation features because I expected the "
    "queries to be easy. Three months in, every nightly job took six hours. I measured the same "
    "jobs on plain tables, saw they ran in twenty minutes, told my lead I had got it wrong and "
    "moved the features back. The nightly jobs now finish before anyone starts work."
)
RETIRE = (
    "Tell me about a time you retired or replaced a model that was still running in production."
)
# told in the prompt's own word ("replace"), none of the stop kind's everyday ones
REPLACED = (
    "Our churn model had been trained before a big price change and now ranked the wrong "
    "customers. My goal was to replace it so the care team would call people really at risk. I "
    "retrained on the months after the change and compared both on the customers who had left. "
    "Saved customers per hundred calls went from four to eleven."
)


def test_a_typed_kind_catches_a_story_that_tells_none_of_it() -> None:
    missing = tells_no_demanded(BET, tokenize(DEADLINE))
    assert missing is not None and missing.name == "mistake"
    assert tells_no_demanded(BET, tokenize(RELEVANT)) is None


def test_a_typed_kind_is_told_in_the_prompts_own_words_too() -> None:
    assert [k.name for k in demanded(RETIRE)] == ["stop"]
    assert tells_no_demanded(RETIRE, tokenize(REPLACED)) is None
