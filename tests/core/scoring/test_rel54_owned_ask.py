"""Round 54 (rel54): a mistake story told as a technical incident (the backfill, the thresholds,
the offline metric) stays on "tell me about a mistake you made" when the teller tells someone the
cause was theirs and says what they learned (owned_ask.py), whatever setting words flagged it; a
story where someone else tells the teller what was wrong (feedback received) is not one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.owned_ask import owns_the_asked_event
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
BANK = load_packs([HERE.parents[2] / "questions"])
MISTAKE = "beh.learn-from-mistake"


def _story(name: str, story_id: str) -> str:
    stories = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    story = next(s for s in stories if s["id"] == story_id)
    return " ".join(sentence for _, sentence in story["sentences"])


@pytest.mark.parametrize(
    "story_id",
    [
        "d54-mistake-uncalibrated-thresholds",
        "d54-mistake-offline-metric-online",
        "d54b-mistake-incident-told",
    ],
)
def test_a_mistake_told_as_an_incident_is_on_the_question_r54(story_id: str) -> None:
    score = score_answer(BANK.get(MISTAKE), Transcript(_story("dev_rel54_star.yaml", story_id)))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]


@pytest.mark.parametrize(
    ("name", "story_id"),
    [
        ("heldout_star36_star.yaml", "s36-feedback-long-docs"),
        ("dev_star29_star.yaml", "d29-feedback-to-mistake"),
    ],
)
def test_feedback_told_to_me_is_no_mistake_owned_r54(name: str, story_id: str) -> None:
    text = _story(name, story_id)
    assert not owns_the_asked_event(BANK.get(MISTAKE).prompt, tokenize(text), None)
    score = score_answer(BANK.get(MISTAKE), Transcript(text))
    assert score.star is not None and score.star.off_question


def test_only_the_asked_kinds_reader_r54() -> None:
    # an admission with a lesson answers the mistake question, not one that asks for no mistake
    text = "I told my manager that my join had duplicated rows. I learned to count rows."
    assert owns_the_asked_event(BANK.get(MISTAKE).prompt, tokenize(text), None)
    assert not owns_the_asked_event(BANK.get("beh.proudest-project").prompt, tokenize(text), None)
    # told, but no lesson anywhere
    told_only = "I told my manager that my join had duplicated rows. We fixed it that week."
    assert not owns_the_asked_event(BANK.get(MISTAKE).prompt, tokenize(told_only), None)


@pytest.mark.parametrize(
    "story_id",
    [
        "d54-difficult-harsh-reviewer",
        "d54-difficult-hoarding-notebooks",
        "d54b-difficult-member-reviewer-plain",
    ],
)
def test_a_difficult_teammate_in_a_technical_setting_r54(story_id: str) -> None:
    text = _story("dev_rel54_star.yaml", story_id)
    score = score_answer(BANK.get("beh.difficult-team-member"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]


def test_two_at_odds_is_no_difficult_one_r54() -> None:
    text = _story("heldout_rel26_star.yaml", "r26-conflict-two-leads")
    prompt = BANK.get("beh.difficult-team-member").prompt
    assert not owns_the_asked_event(prompt, tokenize(text), None)


def test_the_difficult_one_reader_is_for_that_ask_only_r54() -> None:
    # a difficult-member story asked "resolving a conflict within your team" is not read so
    text = _story("heldout_star38_star.yaml", "s38-difficult-member-spoken")
    difficult = BANK.get("beh.difficult-team-member").prompt
    assert owns_the_asked_event(difficult, tokenize(text), None)
    assert not owns_the_asked_event(BANK.get("beh.resolve-conflict").prompt, tokenize(text), None)


def test_a_creative_way_round_what_was_lacking_r54() -> None:
    text = _story("dev_rel54_star.yaml", "d54-creative-spectrograms")
    score = score_answer(BANK.get("beh.creative-solution"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]


def test_the_way_round_needs_the_lack_and_the_creative_ask_r54() -> None:
    creative = BANK.get("beh.creative-solution").prompt
    lacking = "We had only a few hundred labelled clips. I turned each clip into an image."
    assert owns_the_asked_event(creative, tokenize(lacking), None)
    # nothing said to be lacking where the story opens
    plenty = "We had a million labelled clips. I turned each clip into an image."
    assert not owns_the_asked_event(creative, tokenize(plenty), None)
    # the same story asked something else
    simpler = BANK.get("beh.simpler-solution").prompt
    assert not owns_the_asked_event(simpler, tokenize(lacking), None)


@pytest.mark.parametrize(
    ("name", "story_id"),
    [
        ("dev_star36_star.yaml", "d36-short-opener-past"),
        ("heldout_rel39_star.yaml", "h39-regulator-friday"),
    ],
)
def test_a_close_date_met_with_the_work_kept_right_r54(name: str, story_id: str) -> None:
    score = score_answer(BANK.get("beh.tight-deadline"), Transcript(_story(name, story_id)))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]


def test_an_estimate_missed_is_no_deadline_met_r54() -> None:
    text = _story("dev_star33_star.yaml", "d33-missed-estimate-migration")
    score = score_answer(BANK.get("beh.tight-deadline"), Transcript(text))
    assert score.star is not None and score.star.off_question


def test_broken_into_pieces_is_the_breakdown_asked_r54() -> None:
    # rel53-breakdown-core, reviewed: everyday breakdown phrases in complex-problem's core
    text = _story("heldout_rel52_star.yaml", "h52-complex-deadline-mismatch")
    score = score_answer(BANK.get("beh.complex-problem"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]


def test_a_failed_project_told_with_its_lesson_r54() -> None:
    text = _story("dev_star34_star.yaml", "d34-failure-pricing")
    score = score_answer(BANK.get("beh.project-failure"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]
    # the end alone, no lesson, is no failure told with what the teller took away
    ended = "The project was stopped after six months. The team moved to search."
    prompt = BANK.get("beh.project-failure").prompt
    assert not owns_the_asked_event(prompt, tokenize(ended), None)


def test_a_method_followed_in_the_field_is_something_learned_r54() -> None:
    text = _story("dev_rel54_star.yaml", "d54b-stay-updated-following-conformal")
    score = score_answer(BANK.get("beh.stay-updated"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]


def test_my_position_given_up_for_a_colleagues_r54() -> None:
    text = _story("dev_star51_star.yaml", "d51-changed-formal-present")
    score = score_answer(BANK.get("beh.changed-my-mind"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]
    # my manager's decision argued against, and mine kept: no mind changed
    kept = _story("heldout_star24_star.yaml", "s24-disagree-manager-batch-scoring")
    prompt = BANK.get("beh.changed-my-mind").prompt
    assert not owns_the_asked_event(prompt, tokenize(kept), None)


def test_criticism_of_my_work_and_my_response_r54() -> None:
    text = _story("heldout_star45_star.yaml", "s45-critical-result-first")
    score = score_answer(BANK.get("beh.critical-feedback"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]
    # feedback the teller gives is no criticism received
    given = (
        "I told him his pull requests were too large to review. He said it was fair. "
        "I started pairing with him on the next one."
    )
    prompt = BANK.get("beh.critical-feedback").prompt
    assert not owns_the_asked_event(prompt, tokenize(given), None)
