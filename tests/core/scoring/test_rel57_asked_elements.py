"""Round 57 (rel57): what a behavioral question asks, read by role (asked_elements.py).

* every shipped behavioral question names the elements its story must show (``Intent.asks``),
  and each element is read by something; an outside author's intent may leave them out;
* a relevant story the words flag, which shows every asked element (a job nobody owned,
  taken on anyway), is on its question;
* a flag naming a theme that asks more than the story's question, which the story shows too,
  stands; a question asking only event kinds (wide, one-sided readings) rescues nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import AskedElement, Category, Intent, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.asked_elements import _ROLE_WAYS, RESCUES, asked, shows, shows_all
from simulator.core.scoring.event_demand import kind_named
from simulator.core.scoring.relevance import Verdict, _elements_answer
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
BANK = load_packs([HERE.parents[2] / "questions"])
BEHAVIORAL = [q for q in BANK.questions.values() if q.category is Category.BEHAVIORAL]


def _story(name: str, story_id: str) -> str:
    stories = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    story = next(s for s in stories if s["id"] == story_id)
    return " ".join(sentence for _, sentence in story["sentences"])


def test_every_shipped_behavioral_question_names_what_it_asks() -> None:
    assert len(BEHAVIORAL) == 34
    for question in BEHAVIORAL:
        assert question.intent is not None and question.intent.asks, question.id


@pytest.mark.parametrize("element", list(AskedElement))
def test_every_element_is_read_by_something(element: AskedElement) -> None:
    # a role element's ways, the story's parts, or an event kind of event_demand.py
    said = tokenize("I did the work.")
    shows(element, said, ["action"])  # no KeyError, no silent "shown" for an unknown kind
    known = element in _ROLE_WAYS or element in (AskedElement.OUTCOME, AskedElement.OWN_PART)
    assert known or kind_named(element.value) is not None


def test_an_outside_intent_may_leave_asks_out() -> None:
    intent = Intent(label="a time you did something", phrases=["something"])
    assert intent.asks == []


def test_a_story_that_shows_a_job_no_one_owned_is_on_its_question() -> None:
    # flagged 10 before (note form, no intent phrase of ownership said as the words want it); it
    # shows the asked element (not my job, taken anyway) and no theme it reads as more
    text = _story("heldout_star55_star.yaml", "s55-ownership-terse-jobs")
    score = score_answer(BANK.get("beh.took-ownership"), Transcript(text))
    assert score.star is not None and not score.star.off_question


@pytest.mark.parametrize(
    ("element", "text", "shown"),
    [
        (AskedElement.LESSON, "Since then I check the join keys before anything else.", True),
        (AskedElement.LESSON, "The model went live in March.", False),
        (AskedElement.AMBIGUITY, "Nobody could tell me what churn actually meant.", True),
        (AskedElement.AMBIGUITY, "The goal was a five percent lift in clicks.", False),
        (AskedElement.UNUSUAL_CHOICE, "Instead of labelling, I used the forwarding logs.", True),
        (AskedElement.UNUSUAL_CHOICE, "I trained a gradient boosted model.", False),
        (AskedElement.BREAKDOWN, "I split the problem into three questions.", True),
        (AskedElement.BREAKDOWN, "I trained a bigger model.", False),
    ],
)
def test_role_elements_are_read_by_their_ways(
    element: AskedElement, text: str, shown: bool
) -> None:
    assert shows(element, tokenize(text), None) is shown


def test_only_event_kinds_asked_rescue_nothing() -> None:
    incident = BANK.get("beh.production-incident")
    assert not any(e in RESCUES for e in asked(incident))
    text = "The pipeline went down at night. I rolled it back. Since then I added an alert."
    assert not shows_all(incident, tokenize(text), None)


def test_a_flag_naming_a_theme_whose_extra_element_is_shown_stands() -> None:
    # a mistake story flagged as reading as a project that failed: the failure theme asks a
    # failure, which the story shows too, so it is as much that theme's story and stays flagged
    mistake = BANK.get("beh.learn-from-mistake")
    failure = BANK.get("beh.project-failure")
    assert failure.intent is not None and mistake.intent is not None
    text = (
        "I shipped the model without checking the join. It was my mistake. The project failed "
        "and was cancelled. Since then I always check the join first."
    )
    said = tokenize(text)
    labels = ["action", "action", "result", "result"]
    assert shows_all(mistake, said, labels)
    flagged = Verdict(10, [mistake.intent.label], failure.intent.label)
    assert not _elements_answer(mistake, said, labels, flagged)
    # no theme named: the theme its words sit nearest (the failed project) is shown whole too
    assert not _elements_answer(mistake, said, labels, Verdict(10, [mistake.intent.label]))
    # a job nobody owned, taken on anyway: no other theme asks it, the story is freed
    ownership = BANK.get("beh.took-ownership")
    assert ownership.intent is not None
    text = _story("heldout_star55_star.yaml", "s55-ownership-terse-jobs")
    parts = ["situation", "situation", "task", "action", "action", "action", "action", "result"]
    unnamed = Verdict(10, [ownership.intent.label])
    assert _elements_answer(ownership, tokenize(text), parts, unnamed)
