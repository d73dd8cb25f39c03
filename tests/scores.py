"""Typed scores for tests that only care about the overall (storage holds typed results)."""

from __future__ import annotations

from simulator.core.scoring.results import AnswerScore, SessionScore


def answer_score(overall: int, question_id: str = "q", category: str = "technical") -> AnswerScore:
    return AnswerScore(
        question_id=question_id,
        category=category,
        overall=overall,
        components={"content": overall, "structure": None, "delivery": None},
        weights={"content": 1.0},
        key_points=[],
        misconceptions=[],
        star=None,
        delivery=None,
        feedback=[],
    )


def session_score(overall: int, per_category: dict[str, int] | None = None) -> SessionScore:
    return SessionScore(overall, dict(per_category or {}), None, None, [])
