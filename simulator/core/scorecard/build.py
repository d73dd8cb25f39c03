"""Build the ``Scorecard`` view model from a stored session: the one place figures are derived.

The skip rule lives here and only here: an answer with no words (in the answer and its
follow-ups) is skipped, whatever its stored mode or score, and counts as 0 in the overall and
in its category's mean. Each question's own explanation is ``answer.answer_view``."""

from __future__ import annotations

import time
from dataclasses import replace

from simulator import __version__
from simulator.core.asked import as_asked, said_since
from simulator.core.questions import QuestionBank
from simulator.core.rounding import mean_score
from simulator.core.scorecard.answer import answer_view, change, stored_tip, when
from simulator.core.scorecard.history import Earlier
from simulator.core.scorecard.model import (
    AnswerView,
    CategoryView,
    ComparisonView,
    PickView,
    Scorecard,
)
from simulator.core.scorecard.tips import ANSWER_OUT_LOUD, concrete_tips, tips_naming_questions
from simulator.core.storage import SessionRecord
from simulator.core.tables import (
    CATEGORIES,
    shown_when,
    star_targets_text,
    status_word,
    verdict_color,
)

__all__ = ["answer_view", "build_scorecard", "session_means", "session_means_of_record", "when"]


def build_scorecard(
    session: SessionRecord, bank: QuestionBank, earlier: Earlier | None = None
) -> Scorecard:
    earlier = earlier or Earlier()
    mains = [a for a in session.answers if a.follow_up is None]
    # each question as it was asked (its prompt, key points and model answer: what its answer
    # was scored against), and what changed in the packs since (``core.asked``)
    since = said_since(bank, session)
    bank = as_asked(bank, session.asked)
    answers = [
        replace(
            answer_view(
                a,
                bank.questions.get(a.question_id),
                [f for f in session.answers if f.follow_up and f.position == a.position],
                earlier.questions.get(a.question_id),
                cut_since=a.question_id in earlier.cut_since,
            ),
            asked_note=since.get(a.question_id, ""),
        )
        for a in mains
    ]
    overall, per_category = session_means(answers)
    previous = earlier.same_plan
    prev_overall, prev_categories = (
        session_means_of_record(previous, bank) if previous else (None, {})
    )
    categories = [
        CategoryView(
            c,
            v,
            _mean_color(v, [a for a in answers if a.category == c]),
            prev_categories.get(c),
            change(v, prev_categories.get(c)),
        )
        for c, v in per_category.items()
    ]
    skipped = sum(1 for a in answers if a.skipped)
    # A skipped answer counts as 0 in the overall, and the session's tips (the scorer's
    # weakest answer) revisit it: it can be the weakest too. Left out, the exports named
    # another question "Weakest" under a first tip about the skipped one, and the JSON export
    # held both (walkthrough 39). Only an answer given can be the strongest.
    counted = [a for a in answers if a.skipped or a.overall is not None]
    # two scores at least: with one, or all equal, one answer was both strongest and weakest
    ranked = counted if len({_counted_score(a) for a in counted}) > 1 else []
    summary = session.score
    title = session.name
    return Scorecard(
        session_id=session.id,
        title=title,
        # "date unknown" as History says it: "" left "Session 3 ·  · 1 of 1 question answered"
        # in the Markdown and "Scorecard: Technical deep dive ()" as the HTML's title
        started=shown_when(session.started_at),
        ended=when(session.ended_at),
        duration=_duration(
            session.started_at,
            session.ended_at,
            session.plan.away_s,
            session.plan.time_in_s,
        ),
        # as people say it: the page and the exports showed the stored "active" (hist58)
        status=status_word(session.status),
        overall=overall,
        overall_color=_mean_color(overall, answers),
        overall_basis=_overall_basis(len(answers), skipped, len(session.plan.question_ids)),
        per_category=categories,
        # one answer is not both the strongest and the weakest of anything
        strongest=_pick(max(ranked, key=_counted_score, default=None)),
        weakest=_pick(min(ranked, key=_counted_score, default=None)),
        # the scorer's "weakest category" tip names the category and what to do (ux40)
        tips=_fit_mode(
            tips_naming_questions(
                concrete_tips([stored_tip(t) for t in summary.tips], answers, per_category),
                answers,
            ),
            session.plan.spoken,
        )
        if summary
        else [],
        answered=len(answers) - skipped,
        asked=len(answers),
        total=max(len(session.plan.question_ids), len(answers)),
        answers=answers,
        previous=(
            ComparisonView(
                previous.id,
                title,
                shown_when(previous.started_at),
                prev_overall,
                change(overall, prev_overall),
            )
            if previous is not None
            else None
        ),
        generated=when(time.time()),
        app_version=__version__,
        star_targets=star_targets_text(),
    )


def _fit_mode(tips: list[str], spoken: bool | None) -> list[str]:
    """The scorer tells a session whose answers have no delivery score to answer out loud next
    time; a spoken one whose answers held no words (all skipped) was told so too, "Answer out
    loud next time" under an interview answered out loud (walkthrough 48). Not said of it."""
    if not spoken:
        return tips
    return [t for t in tips if not t.startswith(ANSWER_OUT_LOUD)]


def session_means(answers: list[AnswerView]) -> tuple[int | None, dict[str, int]]:
    """The overall and per-category means of the questions answered or skipped (0 if skipped)."""
    scored = [(a.category, 0 if a.skipped else a.overall) for a in answers]
    values = [(c, v) for c, v in scored if v is not None]
    if not values:
        return None, {}
    overall = mean_score([v for _, v in values])
    by_category: dict[str, list[int]] = {}
    for c, v in values:
        by_category.setdefault(c, []).append(v)
    ordered = sorted(by_category, key=_category_order)
    return overall, {c: mean_score(by_category[c]) for c in ordered}


def session_means_of_record(
    session: SessionRecord, bank: QuestionBank
) -> tuple[int | None, dict[str, int]]:
    mains = [a for a in session.answers if a.follow_up is None]
    views = [
        answer_view(
            a,
            bank.questions.get(a.question_id),
            [f for f in session.answers if f.follow_up and f.position == a.position],
        )
        for a in mains
    ]
    return session_means(views)


def _mean_color(mean: int | None, answers: list[AnswerView]) -> str:
    """A mean's colour, at best amber when every answer it counts is a story off the question
    asked, as each of those answers is coloured: two off-question stories of 74 and 75 showed
    amber in the list and the detail, and their overall of 74 green in the ring above them
    (walkthrough 38)."""
    answered = [a for a in answers if not a.skipped and a.overall is not None]
    return verdict_color(mean, len(answered), sum(1 for a in answered if a.off_question))


def _overall_basis(counted: int, skipped: int, planned: int) -> str:
    """What the overall is the mean of: the questions answered or skipped. A question on screen
    when End was pressed (or never reached) has no answer and is not counted: the words say so."""
    left_out = max(0, planned - counted)
    out = f"{left_out} question{'s' * (left_out != 1)} not answered before the end"
    if not counted:
        return "no question was answered or skipped" + (f"; {out}" if left_out else "")
    if counted == 1:  # one score is not a mean
        basis = (
            "the one question was skipped" if skipped else "the score of the one question answered"
        )
    else:
        basis = f"mean of the {counted} questions answered or skipped"
        basis += f" ({skipped} skipped)" if skipped else ""  # the rule follows: said once
    return basis + (f"; {out} {'is' if left_out == 1 else 'are'} not counted" if left_out else "")


def _counted_score(answer: AnswerView) -> int:
    """What the answer counts for in the overall: a skip, 0."""
    return 0 if answer.skipped else answer.overall or 0


def _pick(answer: AnswerView | None) -> PickView | None:
    if answer is None:
        return None
    return PickView(answer.question_id, answer.prompt, _counted_score(answer), answer.skipped)


def _category_order(category: str) -> int:
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)


def _duration(
    start: float | None, end: float | None, away_s: float = 0.0, time_in_s: object = None
) -> str:
    """The time the interview ran (``time_in_s``, measured on a monotonic clock, whatever the
    computer's clock did); for a session saved before it was kept, from start to end less the
    time the app was closed (a crash, then resume), and nothing where the clock went back."""
    if not end:
        return ""
    if isinstance(time_in_s, int | float) and not isinstance(time_in_s, bool) and time_in_s >= 0:
        seconds = float(time_in_s)
    elif not start or end < start:
        return ""
    else:
        seconds = max(end - start - away_s, 0.0)
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes else "under a minute"
