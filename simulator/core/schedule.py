"""When to practise each question again: spaced repetition with FSRS (the ``fsrs`` package).

A question's schedule is replayed from its answers, oldest first: each answer is one review, rated
by its score (or by the person's own 1-4 rating when they gave one). Replaying instead of storing
card state means a deleted session, a re-scored answer or a new rating simply changes the result.
An interview answer is not a flashcard, so there are no minute-long learning steps: the first
answer already schedules the question days ahead (a poor one: tomorrow).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from fsrs import Card, Rating, Scheduler

# Score -> rating: below 40 the answer failed (again), below 60 it was hard, 85+ easy.
AGAIN_BELOW, HARD_BELOW, EASY_FROM = 40, 60, 85
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


@dataclass(frozen=True)
class QuestionSchedule:
    question_id: str
    due: dt.datetime  # UTC
    attempts: int
    last_score: int | None
    last_answered: dt.datetime
    last_rating: int  # 1-4, what the last answer counted as

    def is_due(self, now: dt.datetime) -> bool:
        return self.due <= now


def rating_for(mode: str, overall: int | None, self_rating: int | None = None) -> int:
    if self_rating is not None:
        return self_rating
    if mode == "skipped" or overall is None:
        return 1
    if overall < AGAIN_BELOW:
        return 1
    if overall < HARD_BELOW:
        return 2
    return 4 if overall >= EASY_FROM else 3


def _scheduler() -> Scheduler:
    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def schedules(
    outcomes: Iterable[tuple[int, str, str, int | None, float]],
    ratings: dict[int, int] | None = None,
    now: dt.datetime | None = None,
) -> dict[str, QuestionSchedule]:
    """Each answered question's schedule from ``Storage.answer_outcomes()`` and self-ratings.

    ``outcomes`` come in the order the answers were given. An answer stamped later than
    ``now`` was given while the computer's clock was ahead (then
    put right): it counts as given ``now``. Replayed from its stamp, a question failed with the
    clock three years ahead came back only three years later."""
    ratings = ratings or {}
    now = now or dt.datetime.now(dt.UTC)
    scheduler = _scheduler()
    cards: dict[str, Card] = {}
    last: dict[str, tuple[int, int | None, dt.datetime, int]] = {}
    for answer_id, question_id, mode, overall, created_at in outcomes:
        if created_at > 0:
            when = min(dt.datetime.fromtimestamp(created_at, dt.UTC), now)
            if question_id in last:
                # (given after the one before it, as ``outcomes`` come: stamped earlier, the
                # clock was put back in between, attack run 63)
                when = max(when, last[question_id][2])
        else:
            # A time no clock could have written (1e300, NaN: read as 0): given when the one
            # before it was, or now. Replayed at 1970, it made its question due '1970-01-02',
            # most overdue of all, whatever the answers of this year said (attack run 50).
            when = last[question_id][2] if question_id in last else now
        card = cards.get(question_id) or Card(card_id=1, due=when)
        rating = rating_for(mode, overall, ratings.get(answer_id))
        card, _log = scheduler.review_card(card, Rating(rating), review_datetime=when)
        cards[question_id] = card
        count = last.get(question_id, (0, None, when, 0))[0] + 1
        last[question_id] = (count, overall if mode != "skipped" else 0, when, rating)
    return {qid: QuestionSchedule(qid, card.due, *last[qid]) for qid, card in cards.items()}


def due_questions(
    all_schedules: dict[str, QuestionSchedule], now: dt.datetime | None = None
) -> list[QuestionSchedule]:
    """The questions due by ``now``, most overdue first."""
    now = now or dt.datetime.now(dt.UTC)
    return sorted((s for s in all_schedules.values() if s.is_due(now)), key=lambda s: s.due)
