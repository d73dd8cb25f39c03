"""An intent phrase said in another sense is no evidence of the asked theme (issue 9, rel35).

A story about onboarding mentioned "an old wiki page" and "a one page cheat sheet", and one about
a cross-functional launch said "support tickets went down as well": both were kept on "walk me
through a production incident" by the incident intent's "paging" (matched by the noun "page") and
"went down" (said of an amount, not a system). An "-ing" phrase word is said only as a verb form
("-ing" or "-ed"), and "went down" / "went up" followed by a measure ("by", "to", "as well", a
number) is a change of an amount."""

from __future__ import annotations

import pytest

from simulator.bank import load_bank
from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.intent_phrases import index_of, said_at
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank()


@pytest.mark.parametrize(
    ("phrase", "text", "said"),
    [
        ("paging", "The setup notes lived on an old wiki page.", False),
        ("paging", "I wrote a one page summary for the team.", False),
        ("paging", "The alerts kept paging me all night.", True),
        ("went down", "Support tickets about limits went down as well.", False),
        ("went down", "Errors went down by half within a week.", False),
        ("went down", "Complaints went down 30 percent.", False),
        ("went down", "The scoring service went down for two hours.", True),
        ("went down", "At noon the site went down. To stop the damage I rolled back.", True),
    ],
)
def test_phrase_said_in_its_own_sense(phrase: str, text: str, said: bool) -> None:
    assert bool(said_at(index_of(tokenize(text)), phrase)) is said


ONBOARDING = (
    "When I joined, onboarding on my team was slow: new engineers needed about three weeks before "
    "they could train a model on their own. The setup steps lived on an old wiki page that nobody kept current, and "
    "people learned by interrupting whoever sat nearby. I decided to fix onboarding for the next "
    "hires as a side project. I built a container image with our exact library versions and a "
    "script that downloads a small sample of the data. I also wrote a one page checklist of the "
    "first day's tasks and asked the next new hire to note every place she got stuck. She trained "
    "her first model on day two, and over the next half year the time to a first merged change "
    "fell from about four weeks to under one, and the team now updates the onboarding guide with "
    "every tooling change."
)

CROSS_FUNCTIONAL = (
    "I built the model that sets credit limits for new customers, and the work touched product, "
    "legal and the support team. I needed something product could ship and legal could defend. "
    "I set up a weekly half hour with one person from each function, and when legal asked for a "
    "reason behind every lower limit I moved to a model with forty reviewed features. I wrote a one "
    "page guide with support's team lead that turned each reason into a plain sentence. Customers "
    "hitting their limit in the first month dropped to nine percent, and support tickets about "
    "limits went down as well."
)


@pytest.mark.parametrize(
    ("story", "own"),
    [(ONBOARDING, "beh.improve-team-process"), (CROSS_FUNCTIONAL, "beh.cross-functional")],
)
def test_a_story_with_no_incident_is_off_the_incident_question(
    bank: QuestionBank, story: str, own: str
) -> None:
    there = score_answer(bank.get("beh.production-incident"), Transcript(story))
    assert there.star is not None and there.star.off_question
    here = score_answer(bank.get(own), Transcript(story))
    assert here.star is not None and not here.star.off_question
    assert there.overall < here.overall


def test_a_stop_said_plainly_still_answers_stopping_a_project(bank: QuestionBank) -> None:
    # "stop" and "stopping" are one phrase of the stop intent: a story saying "stop" is said to
    # tell the asked theme's own words (distinct_theme.py, theme_rivals.py), also now that
    # "stopping" is no longer said by a bare "stop".
    story = (
        "For eight months my team had been building a deep learning model to forecast energy "
        "demand for a utility. It was expensive to run and still barely beat the seasonal "
        "baseline. I was leading the modelling work, so deciding whether to continue was my "
        "responsibility. I ran a clean comparison of the deep model against the baseline on two "
        "years of data. I presented the numbers to our director and recommended that we stop the "
        "deep model and improve the baseline instead. The director agreed. The improved baseline "
        "went live six weeks later at a tenth of the compute cost. I learned to set a baseline on "
        "the first day of a project."
    )
    score = score_answer(bank.get("beh.stop-a-project"), Transcript(story))
    assert score.star is not None and not score.star.off_question


def test_a_demand_the_model_could_not_meet_said_as_not_possible(bank: QuestionBank) -> None:
    # "more than a model could realistically deliver", said as everyday people say it: the
    # demand "wasn't possible" (no "expected", "unrealistic" or "promised" in the story).
    story = (
        "At an insurance company our claims triage model flagged about sixty percent of the "
        "fraudulent claims. After an audit, the head of claims told us he wanted the next version "
        "to catch every fraudulent claim and never delay an honest one. I owned the model, so it "
        "was on me to explain why both at once weren't possible, and what was. I drew the "
        "precision recall curve with three operating points and put the cost of missed fraud and "
        "of delayed honest claims next to each. I also proposed sending the uncertain middle band "
        "to a human reviewer instead of forcing the model to decide. He chose the middle point "
        "and funded one extra reviewer, and fraud losses fell by a quarter over the next quarter."
    )
    score = score_answer(bank.get("beh.stakeholder-expectations"), Transcript(story))
    assert score.star is not None and not score.star.off_question
