"""Round 56 (rel56): the asked event told in the teller's own terms stays on its question.

* feedback received: criticism of my work said by anyone but me ("One of the reviewers wrote that
  my baseline was out of date", "my manager pointed out that I had ...", told in the present)
  and any act of mine after it; feedback I gave is not it, nor criticism I never answered;
* a difficult team member: behaviour told as recurring ("often", "three handoffs missed in a
  row") and any act of mine aimed at that person ("I sit with him", "a call was held with her");
* a mistake told to nobody: my slip told as my act ("I ran a cleanup script I had not tested")
  and the lesson; fixing an error is no slip;
* influence without authority (ask_roles): another team's plan, my evidence or offer, their
  change, and my lack of a say; the same roles with nothing said of authority are not it;
* something that broke while live, with no incident word (ask_roles): a sudden change in the
  scene, my mitigation and its pace; a model that disappointed after launch, rolled back weeks
  later, is not it;
* a newcomer helped to grow: someone new to the work itself ("had never deployed anything"),
  whatever their title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.ask_roles import ask_met
from simulator.core.scoring.owned_ask import owns_the_asked_event
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
BANK = load_packs([HERE.parents[2] / "questions"])
FEEDBACK = "beh.critical-feedback"
DIFFICULT = "beh.difficult-team-member"
MISTAKE = "beh.learn-from-mistake"
INFLUENCE = "beh.influence-without-authority"
INCIDENT = "beh.production-incident"
MENTOR = "beh.mentor-junior"


def _story(story_id: str) -> str:
    stories = yaml.safe_load((HERE / "dev_rel56_star.yaml").read_text(encoding="utf-8"))
    story = next(s for s in stories if s["id"] == story_id)
    return " ".join(sentence for _, sentence in story["sentences"])


def _owns(qid: str, text: str) -> bool:
    return owns_the_asked_event(BANK.get(qid).prompt, tokenize(text), None)


def _met(qid: str, text: str, labels: list[str]) -> bool:
    return ask_met(BANK.get(qid).prompt, tokenize(text), labels)


@pytest.mark.parametrize(
    ("qid", "story_id"),
    [
        (FEEDBACK, "d56-feedback-reviewer-baseline"),
        (DIFFICULT, "d56-difficult-talks-over"),
        (MENTOR, "d56-mentor-analyst-deploy"),
    ],
)
def test_dev_stories_stay_on_their_question_r56(qid: str, story_id: str) -> None:
    score = score_answer(BANK.get(qid), Transcript(_story(story_id)))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]


@pytest.mark.parametrize(
    "text",
    [
        # the speaker in the plural, the criticism after "that"
        "I submitted a write-up to our research review. One of the reviewers wrote that my "
        "baseline was out of date. I reran the comparison with five seeds.",
        # "pointed out that I had ..." and a response that is no rewrite
        "After the demo my manager pulled me aside and pointed out that I had never said what the "
        "team should do. I asked her for two examples and rehearsed the next one with a designer.",
        # told in the present
        "After my first design review my manager tells me the document is impossible to follow. "
        "I ask two colleagues to read it cold.",
    ],
)
def test_criticism_of_mine_and_my_response_r56(text: str) -> None:
    assert _owns(FEEDBACK, text)


@pytest.mark.parametrize(
    "text",
    [
        # feedback I gave
        "I told him his pull requests were too large. He said my comments were fair. I split "
        "the next one with him.",
        # criticism I never answered
        "My manager pointed out that my estimates were off by half. She was right about that.",
        # said by me, of my own work
        "I said my design would not survive a backfill. I rewrote it.",
    ],
)
def test_no_criticism_received_and_answered_r56(text: str) -> None:
    assert not _owns(FEEDBACK, text)


@pytest.mark.parametrize(
    "text",
    [
        "A senior engineer on my team rewrote other people's code in review, often the night "
        "before a release. I also asked him to pair with the juniors once a week.",
        "Data engineer on a shared pipeline, three handoffs missed in a row. Each miss cost my "
        "retrain two days. A fifteen-minute call was held with him every Monday.",
        "One data scientist was always missing the deadlines. I sit with him one afternoon and "
        "watch how he prepares the data.",
    ],
)
def test_a_difficult_ones_behaviour_and_my_going_to_them_r56(text: str) -> None:
    assert _owns(DIFFICULT, text)


def test_two_at_odds_is_no_difficult_one_r56() -> None:
    text = (
        "Two senior engineers kept arguing about the feature store in every review. I asked him "
        "and then her for a call, one at a time."
    )
    assert not _owns(DIFFICULT, text)


def test_a_slip_told_as_my_act_with_its_lesson_r56() -> None:
    text = (
        "I was cleaning up old experiments on the shared cluster. I ran a cleanup script I had "
        "not tested, and it wiped another team's validation set. I restored it from a snapshot. "
        "What I took from it is to dry-run anything that deletes shared data."
    )
    assert _owns(MISTAKE, text)
    # an error fixed is no slip of mine
    fixed = (
        "Our forecast broke after a migration. I traced the error to a join and fixed it. What I "
        "took from it is to check joins after every migration."
    )
    assert not _owns(MISTAKE, fixed)


INFLUENCE_ROLES = ["situation", "situation", "task", "action", "action", "result"]


def test_another_teams_plan_changed_without_a_say_r56() -> None:
    text = (
        "Our fraud models read event logs from the payments team, and they were planning to drop "
        "the device field. I had no say over their roadmap. I needed them to keep it. I ran our "
        "model with and without the field and showed their lead the fraud we would miss. I "
        "offered to pay for the storage. They kept the field."
    )
    assert _met(INFLUENCE, text, INFLUENCE_ROLES)
    # the same roles with nothing said of authority: working with another team, not influence
    plain = text.replace(" I had no say over their roadmap.", " They were friendly.")
    assert not _met(INFLUENCE, plain, INFLUENCE_ROLES)


INCIDENT_ROLES = ["situation", "situation", "action", "action", "result"]


def test_what_broke_live_and_how_it_was_put_right_r56() -> None:
    text = (
        "Our bid-shading model predicts the clearing price. After a release of the feature "
        "pipeline, win rate dropped from eighteen to four percent within two hours. I was the "
        "engineer on duty, so I rolled the pipeline back to the previous version. Then I fixed "
        "the join. Win rate recovered by the evening."
    )
    assert _met(INCIDENT, text, INCIDENT_ROLES)
    slow = (
        "Our new ranking model beat the old one offline. Six weeks after launch, orders had not "
        "moved. I compared the live features with the training ones. I rolled the model back "
        "and retrained it on recent data. Orders rose two percent."
    )
    assert not _met(INCIDENT, slow, INCIDENT_ROLES)


def test_a_newcomer_to_the_work_whatever_the_title_r56() -> None:
    text = (
        "An analyst on our team wanted to move into ML engineering but had never deployed "
        "anything. I offered to help her take one of her notebooks to production. Each week I "
        "reviewed one step with her. She shipped the service herself in ten weeks."
    )
    assert _met(MENTOR, text, ["situation", "task", "action", "result"])


PROCESS = "beh.improve-team-process"
PROCESS_ROLES = ["situation", "situation", "task", "action", "action", "result"]


def test_the_teams_way_changed_for_everyone_r56() -> None:
    text = (
        "Nobody on my team could tell which experiment produced which chart. Results lived in six "
        "people's notebooks. I wanted every run to leave a record. I set up a small tracking "
        "server and wrapped our training script. Then I moved two months of runs into it. Within "
        "a month every new run was in it."
    )
    roles = [*PROCESS_ROLES[:5], "action", "result"]
    assert _met(PROCESS, text, roles)
    # one person's habit, even with the team's way changed at the close, is a difficult teammate
    one = (
        "A data scientist on my team kept his notebooks on his own laptop. He brushed off every "
        "request to share them. I was the tech lead. I took him for lunch and asked what was "
        "going on. We agreed he would push a summary every Friday. Within a month all five of us "
        "were sharing notebooks every week."
    )
    assert not _met(PROCESS, one, PROCESS_ROLES)
