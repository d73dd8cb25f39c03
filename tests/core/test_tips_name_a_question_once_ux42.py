"""Walkthrough 42: "What to work on next" named a skipped question twice, "Revisit bias
variance: explain ..." and then "Technical is your weakest category ...: practise the bias
variance question again ... and give an answer this time". The scorer's revisit of the weakest
answer and the category tip about the same answer are said as one tip, keeping the point."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.reordering import shown_topic
from tests.core.test_weakest_category_tip40 import PACK, STORY, WEAK_TECH
from tests.core.test_weakest_category_tip40 import _card as _scored


def _card(tmp_path: Path, texts: dict[str, str]):  # type: ignore[no-untyped-def]
    return (load_packs([PACK]), *_scored(tmp_path, texts))


def _naming(tips: list[str], topic: str) -> list[str]:
    """The tips that name the question: by its topic as the scorer stores it, or by its number
    and words as the card says it (walk55)."""
    return [t for t in tips if "question 1 (“" in t or topic + ":" in t]


def test_a_skipped_weakest_question_is_named_by_one_tip(tmp_path: Path) -> None:
    bank, summary, card = _card(tmp_path, {"tech.overfit": "", "beh.conflict": STORY})
    topic = shown_topic(bank.get("tech.overfit").topic)
    assert any(t.startswith(f"Revisit {topic}: explain “") for t in summary.tips)  # stored
    (tip,) = _naming(card.tips, topic)
    assert card.tips[0] == tip  # first, where the scorer put what has most to gain
    assert tip.startswith("Technical is your weakest category (0 against ")
    assert "give an answer this time, even a short one (a skip counts as 0)" in tip
    revisited = next(t for t in summary.tips if t.startswith("Revisit"))
    point = revisited.split("explain ", 1)[1].rstrip(".")
    assert tip.endswith(f"that explains {point}."), tip  # the revisit's point is not lost
    assert len(card.tips) == len(summary.tips) - 1


def test_a_one_category_session_with_a_skip_says_it_once(tmp_path: Path) -> None:
    bank, _summary, card = _card(tmp_path, {"tech.overfit": ""})
    topic = shown_topic(bank.get("tech.overfit").topic)
    (tip,) = _naming(card.tips, topic)
    assert tip.startswith(
        "Practise technical questions again tomorrow: start with question 1 (“What is "
        "overfitting and how do you detect it?”)"
    ), tip
    assert ", skipped this time (Ctrl+Shift+P on its row)" in tip


def test_a_weak_answer_revisited_is_named_once_with_its_point(tmp_path: Path) -> None:
    bank, summary, card = _card(tmp_path, {"tech.overfit": WEAK_TECH, "beh.conflict": STORY})
    topic = shown_topic(bank.get("tech.overfit").topic)
    (tip,) = _naming(card.tips, topic)
    revisited = next(t for t in summary.tips if t.startswith(f"Revisit {topic}"))
    point = revisited.split("explain ", 1)[1].rstrip(".")
    assert tip.endswith(f"and explain {point}."), tip


GOOD_TECH = (
    "The model fits noise in the training set, so validation error goes up while training "
    "error falls. I use regularization or more data, and early stopping."
)


def test_a_good_answer_is_told_what_earns_the_rest_not_the_model_answer_twice(
    tmp_path: Path,
) -> None:
    """A 93 was told "... and compare your answer with the model answer on Review" above the
    scorer's "Reread the model answer and say it in your own words.": one piece of advice twice,
    neither saying what would earn the points still missing."""
    _bank, _summary, card = _card(tmp_path, {"tech.overfit": GOOD_TECH})
    answer = card.answers[0]
    part = [k for k in answer.key_points if k.covered and "earned" in k.status_text]
    assert part, [k.status_text for k in answer.key_points]  # the case this is about
    (tip,) = [t for t in card.tips if t.startswith("Practise technical questions again")]
    assert "model answer" not in tip, tip
    assert "once more another way (an example, a reason)" in tip, tip
    assert any(f"“{k.label}”" in tip for k in part), tip
