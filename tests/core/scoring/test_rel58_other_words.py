"""Round 58 (rel58): a story's asked element told in other words, in the present or as a habit
is read as shown, and a rival's element is not read from surface words (issue 9).

Each case is a set-57 story (dev_rel58_star.yaml) that failed before: four relevant stories
flagged off their own question, two stories told for another question not caught on their rival.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import AskedElement, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.asked_elements import asked, shows
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.intent_phrases import index_of, said_at
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
BANK = load_packs([HERE.parents[2] / "questions"])
RIVALS = Rivals.of_bank(BANK)
STORIES = {
    s["id"]: s for s in yaml.safe_load((HERE / "dev_rel58_star.yaml").read_text(encoding="utf-8"))
}


def _text(story_id: str) -> str:
    return " ".join(sentence for _, sentence in STORIES[story_id]["sentences"])


def _flagged(story_id: str, question_id: str) -> tuple[bool, int]:
    score = score_answer(BANK.get(question_id), Transcript(_text(story_id)), RIVALS)
    assert score.star is not None
    return score.star.off_question, score.overall


@pytest.mark.parametrize(
    "story_id",
    [
        # a habit answering "how do you stay up to date" (podcasts, release notes) is the frame
        "r57-stay-updated-quantization-release-notes",
        # a problem split into three questions, whose model also did well offline and badly live
        "r57-complex-problem-leakage-present",
        # a field new to the teller, told in the present ("I understand maybe half of it")
        "r57-learn-new-domain-ad-auctions-present",
        # competing work listed and the choice told as the choice ("must-do, schedule, delegate")
        "r57-prioritize-workload-oncall-notes",
    ],
)
def test_a_relevant_story_in_other_words_is_on_its_question(story_id: str) -> None:
    own, _ = _flagged(story_id, STORIES[story_id]["question"])
    assert not own


@pytest.mark.parametrize(
    "story_id",
    [
        # "an estimated 2 percent" is a figure, not a work estimate
        "r57-influence-without-authority-mobile-logging",
        # "she presented it herself": another's act, asked for the teller's own explaining
        "r57-prioritize-workload-oncall-notes",
        # both stories above that are also flagged on their own question before: now lower there
        "r57-stay-updated-quantization-release-notes",
        "r57-complex-problem-leakage-present",
    ],
)
def test_a_story_told_for_another_question_scores_lower_there_and_is_told(story_id: str) -> None:
    story = STORIES[story_id]
    _, own = _flagged(story_id, story["question"])
    there, rival = _flagged(story_id, story["off_question"])
    assert there and rival < own


def test_new_domain_told_in_the_present_and_the_teams_own_work() -> None:
    said = tokenize("I join from a computer vision background and I understand maybe half of it.")
    assert shows(AskedElement.NEW_DOMAIN, said, None)
    # the teller's own team is no other team's work
    mine = tokenize("The explainer becomes part of the team's onboarding doc.")
    assert not shows(AskedElement.NOT_MINE, mine, None)
    assert shows(AskedElement.NOT_MINE, tokenize("It was the data team's pipeline."), None)


def test_triage_is_asked_and_read_by_the_choice_itself() -> None:
    assert AskedElement.TRIAGE in asked(BANK.get("beh.prioritize-workload"))
    said = tokenize("Sorted everything into must-do this week, schedule, delegate, or decline.")
    assert shows(AskedElement.TRIAGE, said, None)
    assert not shows(AskedElement.TRIAGE, tokenize("I declined the request politely."), None)
    # time protected for focus is no protected group
    focus = tokenize("Protected Tuesday and Thursday afternoons as no-meeting blocks.")
    assert shows(AskedElement.TRIAGE, focus, None)
    assert not shows(AskedElement.FAIRNESS, focus, None)
    assert shows(AskedElement.FAIRNESS, tokenize("Age is a protected attribute."), None)


def test_a_hard_problem_told_by_its_unknown_cause() -> None:
    said = tokenize("It barely beats random live, and I need to find out what is wrong.")
    assert shows(AskedElement.DIFFICULTY, said, None)
    assert not shows(AskedElement.DIFFICULTY, tokenize("I retrained the model in May."), None)


def test_a_figures_qualifier_is_not_the_phrase() -> None:
    figure = tokenize("Removing it would cost us an estimated 2 percent in click-through.")
    assert not said_at(index_of(figure), "estimated")
    plan = tokenize("I had estimated two weeks, and it took six.")
    assert said_at(index_of(plan), "estimated")
