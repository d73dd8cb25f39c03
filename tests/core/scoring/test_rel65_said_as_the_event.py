"""An intent phrase is said as the story's event: a particle verb split by its object, and not
the thing a model predicts or counts (issue 9, rel65).

Round 64's blind set (now tests/core/scoring/dev_blind64_star.yaml) flagged 2 of 36 relevant
stories. A failed project's story said "we shut the project down" and "never replaced the existing
model": "shut down" was only read with its words side by side, so the story said no failure and
was sent to a model that disappointed in production. A creative story about hearing pump bearing
failures through technicians' phones said "failure" in its scene, task and result ("predict pump
bearing failures", "caught 7 of 9 bearing failures"): framed by it in two sentences and sitting
nearest the failed project's rubric by its words, it was sent there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.intent_phrases import index_of, said_at
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

ROOT = Path(__file__).resolve().parents[3]
SETS = ROOT / "tests" / "core" / "scoring"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([ROOT / "questions"])


def _story(name: str, story_id: str) -> str:
    items = yaml.safe_load((SETS / name).read_text(encoding="utf-8"))
    item = next(i for i in items if isinstance(i, dict) and i.get("id") == story_id)
    return " ".join(s for _, s in item["sentences"])


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("In March we shut the project down for good.", "shut down"),
        ("I rolled it back within the hour.", "rolled back"),
        ("We wound the whole pilot down after a month.", "wound down"),
        ("I pointed the gap out to her in our one-on-one.", "pointed out"),
    ],
)
def test_a_particle_verb_split_by_its_object_is_said(text: str, phrase: str) -> None:
    assert said_at(index_of(tokenize(text)), phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "pushed the launch back" delays it: no pushback
        ("We pushed the launch back by a week.", "pushed back"),
        # "took the feature away" removes it: no lesson taken away
        ("They took the old dashboard away.", "took away"),
        # a clause between the verb and the particle is no object
        ("We shut it and then the service went down.", "shut down"),
        # too far apart to be one verb
        ("I rolled the new ranking model for the search page back.", "rolled back"),
    ],
)
def test_a_split_that_says_another_thing_is_not_the_phrase(text: str, phrase: str) -> None:
    assert not said_at(index_of(tokenize(text)), phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The model had to predict pump bearing failures a week ahead.", "failure"),
        ("It caught 7 of 9 bearing failures in the pilot.", "failure"),
        ("We forecast delivery delays for every depot.", "delay"),
        ("The classifier flagged 40 percent of the bugs before review.", "bug"),
    ],
)
def test_what_a_model_predicts_or_counts_is_not_the_storys_event(text: str, phrase: str) -> None:
    assert not said_at(index_of(tokenize(text)), phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("After two weeks the launch failed.", "failed"),
        ("The project was a failure, and I owned it.", "failure"),
        ("It was my bug: I had predicted nothing about the load.", "bug"),
        ("Two of my estimates were off, and the delay was mine.", "delay"),
        ("I made two mistakes in that release.", "mistake"),
        ("Three of my mistakes came from the same habit.", "mistake"),
    ],
)
def test_the_storys_own_event_is_still_said(text: str, phrase: str) -> None:
    assert said_at(index_of(tokenize(text)), phrase)


@pytest.mark.parametrize(
    ("story_id", "qid"),
    [
        ("r64-failure-global-forecaster", "beh.project-failure"),
        ("r64-creative-phone-audio-pumps", "beh.creative-solution"),
    ],
)
def test_round_64s_flagged_relevant_stories_answer_their_question(
    bank: QuestionBank, story_id: str, qid: str
) -> None:
    text = _story("dev_blind64_star.yaml", story_id)
    score = score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank))
    assert score.star is not None
    assert not score.star.off_question
