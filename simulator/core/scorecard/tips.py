"""The session tip about the weakest category, made concrete where the scorecard is built.

The scorer's last-resort tip read "Practise your weakest category again tomorrow and compare
the scores." (or "Practise this category again ..." in a one-category session): it named no
category, no question and nothing to do (walkthrough 40). Stored sessions keep the scorer's words;
the scorecard (the page and every export) says instead which category, its mean against the
others', which question to practise again and what to change in it, from the answers it shows.
Scores are untouched: only the tip's wording is derived here.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.reordering import shown_topic
from simulator.core.scorecard.model import AnswerView
from simulator.core.tables import category_label, category_name

# The scorer's wordings this replaces (core/scoring/overall.py, _session_tips' generic tips).
WEAKEST_OF_SEVERAL = "Practise your weakest category again tomorrow and compare the scores."
THE_ONLY_ONE = "Practise this category again tomorrow and compare the scores."
PRACTISE_AGAIN = "Ctrl+Shift+P on its row"

_STAR_TO_ADD = {
    "situation": "set the scene first (where, when, who)",
    "task": "say what you had to achieve and why it fell to you",
    "action": "tell the steps you took yourself, with “I”",
    "result": "end on the outcome, with a number",
}


def concrete_tips(
    tips: Sequence[str], answers: Sequence[AnswerView], per_category: dict[str, int]
) -> list[str]:
    """``tips`` with the scorer's vague category tip, if any, made concrete."""
    out = []
    for tip in tips:
        others = [t for t in tips if t != tip]
        better = _weakest_category_tip(answers, per_category, others) if _vague(tip) else None
        out.append(better or tip)
    return out


def _vague(tip: str) -> bool:
    return tip in (WEAKEST_OF_SEVERAL, THE_ONLY_ONE)


def _weakest_category_tip(
    answers: Sequence[AnswerView], per_category: dict[str, int], other_tips: Sequence[str]
) -> str | None:
    if not per_category:
        return None
    low = min(per_category.values())
    weakest = [c for c, v in per_category.items() if v == low]
    if len(weakest) != 1:
        return None  # two categories equally weak: no one of them to name
    category = weakest[0]
    counted = [
        a for a in answers if a.category == category and (a.skipped or a.overall is not None)
    ]
    if not counted:
        return None
    answer = min(counted, key=lambda a: 0 if a.skipped else a.overall or 0)
    topic = shown_topic(answer.topic)
    todo = _what_to_change(answer, other_tips)
    if len(per_category) > 1:
        rest = ", ".join(
            f"{v} for {category_name(c)}" for c, v in per_category.items() if c != category
        )
        return (
            f"{category_label(category)} is your weakest category ({low} against {rest}): "
            f"practise the {topic} question again ({PRACTISE_AGAIN}) and {todo}."
        )
    return (
        f"Practise {category_name(category)} questions again tomorrow: start with the {topic} "
        f"one ({answer.shown_overall} this time; {PRACTISE_AGAIN}) and {todo}."
    )


def _what_to_change(answer: AnswerView, other_tips: Sequence[str]) -> str:
    """One concrete change for ``answer``, not one another tip already asks for."""
    said = " ".join(other_tips)
    if answer.skipped:
        return "give an answer this time, even a short one: a skip counts as 0"
    star = answer.star
    if star is not None:
        if star.off_question:
            return "tell a story that shows what the question asks for"
        for part in star.missing:
            if part in _STAR_TO_ADD:
                return _STAR_TO_ADD[part]
        short = [p for p in star.parts if p.verdict == "too short"]
        if short:
            lacking = min(short, key=lambda p: p.share - p.lo)  # the furthest below its band
            basis = "speaking time" if star.share_basis == "time" else "words"
            return (
                f"give the {lacking.name} more room ({lacking.percent}% of your {basis}, "
                f"target {lacking.target})"
            )
    missed = sorted((k for k in answer.key_points if not k.covered), key=lambda k: -k.weight)
    for point in missed:
        if f"“{point.label}”" not in said:
            return f"explain “{point.label}”"
    gaps = [f.step for f in answer.framework if not f.covered]
    if gaps:
        return "walk through " + ", ".join(gaps)
    return "compare your answer with the model answer on Review (Ctrl+Shift+R)"
