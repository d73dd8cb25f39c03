"""Who ended the project (ending_theme.py, round 23): recommending a stop versus a project that
failed; and a challenging ML project told through a model that got things wrong. New stories,
none from a held-out set; the off-question ones fail on the scorer before round 23."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.questions import QuestionBank
from simulator.core.scoring.relevance import off_question
from simulator.core.scoring.text import tokenize

# The candidate recommends the stop; nothing says the project failed.
RECOMMENDED_STOP = [
    (
        "situation",
        "For six months I had led a project to forecast spare-part demand for our repair vans.",
    ),
    ("situation", "Halfway through, the company decided to outsource van repairs to a partner."),
    ("task", "It was on me to say whether the forecast was still worth building."),
    (
        "action",
        "I checked which decisions the forecast would still feed once the partner took over.",
    ),
    (
        "action",
        "I recommended that we stop the project and move the team to the partner's data feed.",
    ),
    ("result", "My director agreed, and the feed was live two months later."),
]
# The project failed; nobody in it recommends ending it.
FAILED_PROJECT = [
    ("situation", "I built a model to suggest shelf layouts for a chain of bookshops."),
    ("task", "My part was the layout model and its weekly update."),
    ("action", "I trained it on two years of sales and tested it in four shops."),
    ("result", "Sales in the test shops did not change, and the pilot failed after three months."),
    (
        "result",
        "The chain cancelled the rollout, and I took away that shop staff must be asked first.",
    ),
]
# A hard ML project whose difficulty is a model that got things wrong.
HARD_PROJECT = [
    (
        "situation",
        "Our app had to read handwritten delivery notes, and most notes mixed print and cursive.",
    ),
    ("situation", "Off-the-shelf text recognition got nearly every cursive line wrong."),
    ("task", "I owned the recognition model and had two months to make it usable."),
    ("action", "I collected three thousand real notes and had couriers transcribe them."),
    ("action", "I fine-tuned the recognizer on them with extra cursive samples."),
    ("result", "Character errors on cursive lines fell from forty to twelve percent."),
]


def _verdict(bank: QuestionBank, qid: str, story: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    text = " ".join(sentence for _, sentence in story)
    return off_question(bank.questions[qid], tokenize(text), [label for label, _ in story])


def test_a_recommended_stop_answers_the_stop_question(bank: QuestionBank) -> None:
    assert _verdict(bank, "beh.stop-a-project", RECOMMENDED_STOP).cost == 0


def test_a_recommended_stop_is_no_failed_project(bank: QuestionBank) -> None:
    verdict = _verdict(bank, "beh.project-failure", RECOMMENDED_STOP)
    assert verdict.cost > 0
    assert "stop" in verdict.reads_as


def test_a_failed_project_answers_the_failure_question(bank: QuestionBank) -> None:
    assert _verdict(bank, "beh.project-failure", FAILED_PROJECT).cost == 0


def test_a_failed_project_is_no_recommended_stop(bank: QuestionBank) -> None:
    verdict = _verdict(bank, "beh.stop-a-project", FAILED_PROJECT)
    assert verdict.cost > 0
    assert "failed" in verdict.reads_as


def test_a_model_that_got_it_wrong_makes_a_challenging_project(bank: QuestionBank) -> None:
    assert _verdict(bank, "beh.challenging-ml-project", HARD_PROJECT).cost == 0


# A project I built, with no word of pride: what the proudest-project question asks for.
BUILT_PROJECT = [
    ("situation", "At a ride-hailing company, riders waited too long at busy airports."),
    ("task", "I was responsible for a model to place drivers before flights landed."),
    ("action", "I built features from flight arrivals and past pickups."),
    ("action", "I trained a demand model and worked with dispatch on how to use it."),
    ("result", "Airport waiting times fell by a third in the first two months."),
]


def test_a_common_act_of_mine_does_not_make_an_expectations_story_a_proud_project(
    bank: QuestionBank,
) -> None:
    # A round-18 story of a stakeholder's expectations says "I proposed" (as 7 other questions'
    # model answers do), nothing of the prompt's own words, and the expectations frame it in
    # two sentences: it does not answer "your proudest project".
    stories = yaml.safe_load((Path(__file__).parent / "heldout_round18_own_star.yaml").read_text())
    story = next(s for s in stories if s["id"] == "o18-off-expectations")
    told = [(label, sentence) for label, sentence in story["sentences"]]
    assert _verdict(bank, "beh.proudest-project", told).cost > 0


# A proud project with a product manager and nurses in it: "I owned" says the prompt's
# "personal contribution", so the cross-functional frame does not rule it out.
HOSPITAL_PROJECT = [
    (
        "situation",
        "At a hospital I built a model that flagged patients likely to miss appointments.",
    ),
    (
        "situation",
        "The product manager and the nurses had different ideas of what a flag should trigger.",
    ),
    ("task", "I owned the model and the weekly evaluation."),
    (
        "action",
        "I proposed a pilot in one clinic where nurses called flagged patients the day before.",
    ),
    (
        "result",
        "Missed appointments fell from eighteen to eleven percent, and the nurses asked for it in every clinic.",
    ),
]


def test_a_proud_project_with_other_functions_in_it_is_not_flagged(bank: QuestionBank) -> None:
    assert _verdict(bank, "beh.proudest-project", HOSPITAL_PROJECT).cost == 0


def test_a_project_i_built_still_answers_the_proudest_question(bank: QuestionBank) -> None:
    assert _verdict(bank, "beh.proudest-project", BUILT_PROJECT).cost == 0
