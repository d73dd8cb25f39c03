"""A story told as "we", or with no outcome, costs more, and the feedback says how much (issue 9)."""

from __future__ import annotations

from simulator.core.scoring import score_answer
from simulator.core.scoring.structure import NO_RESULT_PENALTY, ONLY_WE_PENALTY, POINTS
from simulator.core.transcript import Transcript
from tests.core.real_bank import real_bank

STORY = (
    "Last spring {we} had ten days to get a returns model ready for a big sale. "
    "{Our} job was to have something reliable in production before the sale started. "
    "{We} cut the scope to the three biggest product categories. "
    "{We} reused the features from the demand model and {we} wrote tests for the new ones. "
    "{We} ran it in shadow mode for two days before switching it on. "
)
RESULT = "We launched a day early, and returns were handled fifteen percent faster."


def _score(text: str) -> tuple[int, list[str], str]:
    question = real_bank().get("beh.tight-deadline")
    s = score_answer(question, Transcript(text))
    return s.components["structure"] or 0, s.feedback, s.basis["structure"]


def test_we_throughout_costs_more_than_a_single_i_and_says_why() -> None:
    only_we, tips, basis = _score(STORY.format(we="we", We="We", Our="Our") + RESULT)
    one_i, one_i_tips, one_i_basis = _score(STORY.format(we="we", We="We", Our="My") + RESULT)
    mine, mine_tips, _ = _score(STORY.format(we="I", We="I", Our="My") + RESULT)
    assert f"only “we” -{ONLY_WE_PENALTY}" in basis
    assert "mostly “we” -" in one_i_basis
    assert only_we < one_i < mine
    assert any(t.startswith("Ownership: “we” 7 times and never “I”") for t in tips)
    assert any(f"-{ONLY_WE_PENALTY} points" in t for t in tips)
    assert any(t.startswith("Ownership: “we” 6 times and “I” once") for t in one_i_tips)
    assert not any(t.startswith("Ownership") for t in mine_tips)


def test_no_result_says_what_it_costs() -> None:
    with_result, _, _ = _score(STORY.format(we="I", We="I", Our="My") + RESULT)
    without, tips, basis = _score(STORY.format(we="I", We="I", Our="My"))
    assert f"no result -{NO_RESULT_PENALTY}" in basis
    assert with_result - without >= NO_RESULT_PENALTY + 10
    assert any(t.startswith("STAR: no result") and f"{NO_RESULT_PENALTY} points" in t for t in tips)


# Told as "we", the steps' weaker evidence used to let the late sentences read as outcomes
# while the "I" story's were read as steps: the "we" story scored 54, the "I" story 55.
CHANGED_MIND = (
    "Last year {i} was sure that {we} should serve a deep ranking model for search. "
    "A colleague kept saying the latency would hurt the checkout page. "
    "{I} was leading the work, so {i} had to decide whether she was right. "
    "{I} ran a load test with real traffic, and the latency came out at four hundred ms. "
    "{I} dropped the deep model and {i} distilled it into a small tree model instead. "
    "It kept most of the gain at a tenth of the latency, and {i} wrote the launch note with her."
)


def test_a_story_told_as_we_gets_the_same_parts_and_loses_only_ownership() -> None:
    question = real_bank().get("beh.changed-my-mind")
    scores = {
        big: score_answer(question, Transcript(CHANGED_MIND.format(I=big, i=small, we="we")))
        for big, small in (("We", "we"), ("I", "I"))
    }
    we, mine = scores["We"].star, scores["I"].star
    assert we is not None and mine is not None
    assert [s.label for s in we.segments] == [s.label for s in mine.segments]
    whys = [s.why for s in we.segments]
    assert any("a step the team took" in why for why in whys), whys
    assert not any(cue in why for why in whys for cue in ("“i ", "“so i”", "“my ")), whys
    assert scores["We"].components["structure"] == (scores["I"].components["structure"] or 0) - (
        POINTS["ownership"] + ONLY_WE_PENALTY
    )
