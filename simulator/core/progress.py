"""Progress over time, computed from every finished session (Qt-free).

Per session: the overall and per-category scores, the mean pace and fillers per 100 words of its
spoken answers, and the mean STAR shares of its behavioral answers. Over all answers: the key
points missed most often (while the latest answer to their question still misses them), the
topics with the lowest mean score, and the filler and hedge phrases said most often. Reads
``Storage.progress_rows()`` (two queries, no per-session query, typed rows: storage turns the
stored JSON into scores), so a thousand sessions take one pass.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from statistics import fmean
from typing import Any

from simulator.core.reordering import shown_topic
from simulator.core.rounding import mean_score
from simulator.core.scoring.results import AnswerScore
from simulator.core.storage_codec import AnswerFacts, ProgressAnswer, ProgressSession
from simulator.core.tables import CATEGORIES, QUESTION_GONE, STAR_PARTS, category_label


@dataclass(frozen=True)
class SessionPoint:
    session_id: int
    when: float  # epoch seconds
    plan: str
    overall: int | None
    per_category: dict[str, int]
    wpm: float | None  # mean over the session's spoken answers
    fillers_per_100: float | None
    star: dict[str, float] | None  # mean share (percent) of each part over behavioral answers
    same_plan: tuple[Any, ...] = ()  # ``plan_key``: points of equal keys compare like with like


@dataclass(frozen=True)
class Ranked:
    label: str
    value: float  # a count, or a mean score for topics
    detail: str = ""  # e.g. the question a key point belongs to, or "filler" / "hedge"


@dataclass(frozen=True)
class Progress:
    points: list[SessionPoint] = field(default_factory=list)  # oldest first
    missed_key_points: list[Ranked] = field(default_factory=list)
    weak_topics: list[Ranked] = field(default_factory=list)
    phrases: list[Ranked] = field(default_factory=list)
    answers: int = 0  # main answers with words: the count History and the scorecard give
    skipped: int = 0  # main answers skipped, on purpose or with no words (each counts as 0)
    # Finished sessions whose start is no moment (a damaged or hand-edited database's 1e300,
    # NaN: read as 0, "date unknown"): not in ``points``, which stand on a time axis. Their
    # answers still count above and in the lists (attack run 50: placed at 1970, the axis
    # spanned 56 years and the window froze while it was marked).
    undated: int = 0
    # Finished sessions dated later than the computer's clock when Progress was read (its clock
    # was ahead when they were recorded): not in ``points`` either. One such session ran the
    # axis days past today, and every session after it, placed where it happened (after it),
    # stood at its date in a pile (walk64, walk65).
    ahead: int = 0
    # Answers scored (or skipped: 0) to questions no longer in the packs: no topic to list
    # them under. "Weakest topics" read "No scored answers yet." over an imported 55
    # (walkthrough 51).
    unknown_topic: int = 0
    # Sessions with answers that are not counted here, as they did not finish (History lists
    # them): a trend compares whole interviews, so Progress counts finished ones and says so
    unfinished: int = 0
    discarded: int = 0

    @property
    def off_the_charts(self) -> str:
        """The finished sessions counted but not on the charts, as the summary's words ("" when
        every one is on them): "1 of unknown date and 1 dated in the future, not on the
        charts; ..." (why a session is dated in the future last: a parenthesis of its own
        inside the page's read as a third aside)."""
        parts = [f"{self.undated:,} of unknown date"] if self.undated else []
        if self.ahead:
            parts.append(f"{self.ahead:,} dated in the future")
        if not parts:
            return ""
        why = (
            f"; this computer's clock was ahead when {'it was' if self.ahead == 1 else 'they were'}"
            " recorded"
            if self.ahead
            else ""
        )
        return f"{' and '.join(parts)}, not on the charts{why}"

    @property
    def left_out(self) -> str:
        """What Progress does not count, as a sentence ("" when everything is counted): the
        interviews that did not finish, which History lists."""
        parts = [
            f"{n} {word}"
            for n, word in ((self.unfinished, "unfinished"), (self.discarded, "discarded"))
            if n
        ]
        if not parts:
            return ""
        them = "it" if self.unfinished + self.discarded == 1 else "them"
        return (
            f"Finished interviews only: {' and '.join(parts)} not counted (History lists {them})."
        )

    def trend(self, last: int = 10) -> Trend | None:
        """The overall score over the ``last`` scored sessions of one plan, like with like as
        the scorecard compares: the plan of the latest session that has an earlier one.
        Over every plan, a one-question "Practise again" at 62 after a full loop at 82 read
        "overall 82 → 62", while its scorecard said -10 against that question's last answer
        (walkthrough 37)."""
        scored = [(p, p.overall) for p in self.points if p.overall is not None]
        for latest, overall in reversed(scored):
            same = [(p, o) for p, o in scored if p.same_plan == latest.same_plan][-last:]
            if len(same) >= 2 and same[-1][0] is latest:
                return Trend(latest.plan, same[0][1], overall, len(same))
        return None


@dataclass(frozen=True)
class ScoreLine:
    """One line of the scores chart: the overall (``category`` None) or one category's mean.
    ``label`` names it in the legend; an overall that is one category's line throughout says so
    ("Overall = Behavioral") and that category has no line of its own."""

    label: str
    category: str | None


def score_lines(points: Iterable[SessionPoint]) -> list[ScoreLine]:
    """The lines of the scores chart over ``points``: Overall, then each category scored, in
    the bank's order. A category whose score is the overall's in every session (a history of
    behavioral drills: the overall is the one category's mean) is no line of its own: drawn
    exactly on the overall's, it hid it, and the legend named two lines where one showed
    (walkthrough 60). Where they agree in some sessions only, both are drawn (the page tells
    them apart by their style)."""
    points = list(points)
    categories = sorted(
        {c for p in points for c in p.per_category},
        key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else len(CATEGORIES),
    )
    same = [
        c
        for c in categories
        if any(p.overall is not None for p in points)
        and all(p.per_category.get(c) == p.overall for p in points)
    ]
    overall = " = ".join(["Overall"] + [category_label(c) for c in same])
    return [ScoreLine(overall, None)] + [
        ScoreLine(category_label(c), c) for c in categories if c not in same
    ]


def side_by_side(lines: int, apart: float) -> list[float]:
    """Where each of ``lines`` dots of one session stands across, from the session's own place
    (in the unit of ``apart``, the distance between two dots' centres), centred on it. A chart
    of one session has no lines to tell its dots apart: drawn at one place, each in a ring
    round the next, Overall 50, Technical 42, Behavioral 55 and Case 47 made one blot of
    four colours (walk64). Side by side each shows at its own height, its colour its legend's."""
    return [(i - (lines - 1) / 2) * apart for i in range(lines)]


def apart_where_alike(
    heights: list[float | None],
    touching: float,
    apart: float,
    room: tuple[float, float] = (-math.inf, math.inf),
) -> list[float]:
    """Where each line's dot of one session stands across (as ``side_by_side``), from the
    heights of the dots drawn at that session: dots closer in height than ``touching`` (a
    dot's width) cover one another, so each such group stands side by side, in the lines'
    order; a dot clear of the others stays on the session's place (0), and so does a line
    without a dot there (None). Two dots of one value drawn at one place show as one: a
    session whose Technical and Behavioral scores were both 0 read as one dot in a ring
    (round 67's walk), however clear the chart of one session was (``side_by_side``). A group
    keeps within ``room`` (the least and most across a dot may stand: the plot's edges, for
    the first and last session), moved along whole."""
    drawn = sorted((h, i) for i, h in enumerate(heights) if h is not None)
    groups: list[list[int]] = []
    last: float | None = None
    for h, i in drawn:
        if last is not None and h - last < touching:
            groups[-1].append(i)
        else:
            groups.append([i])
        last = h
    across = [0.0] * len(heights)
    for group in groups:
        if len(group) > 1:
            places = side_by_side(len(group), apart)
            shift = max(0.0, room[0] - places[0]) - max(0.0, places[-1] - room[1])
            for i, at in zip(sorted(group), places, strict=True):
                across[i] = at + shift
    return across


@dataclass(frozen=True)
class Trend:
    """How one plan's overall moved: ``first`` to ``last`` over its last ``sessions``."""

    plan: str
    first: int
    last: int
    sessions: int


def answer_facts(score: AnswerScore | None) -> AnswerFacts:
    """The few figures of one scored answer that Progress uses (stored, so scores are read once)."""
    if score is None:
        return AnswerFacts()
    delivery = score.delivery
    # pace and filler rate only where the score judged them: "too few words to judge pace,
    # fillers and pauses" on the scorecard, and Progress drew 7 words in 4 s as 116 words per
    # minute and 0 fillers per 100 (walk63). What was said (filler phrases) still counts.
    # (a score stored without its components was judged: only "not judged" is stored as None)
    judged = delivery is not None and score.components.get("delivery", 0) is not None
    # the shares of a story cut by End are not how the person balances a story (walk61: one
    # ended after its scene drew Situation at 61 % on the STAR balance)
    star = None if score.ended_early else score.star
    return AnswerFacts(
        wpm=delivery.wpm if delivery and judged else None,
        fillers_per_100=delivery.fillers_per_100_words if delivery and judged else None,
        star={p: float(star.parts[p].share) if p in star.parts else 0.0 for p in STAR_PARTS}
        if star is not None and star.parts
        else None,
        missed=tuple(kp.label or kp.id for kp in score.key_points if kp.status != "explained"),
        fillers=dict(delivery.fillers) if delivery else {},
        hedges=dict(delivery.hedges) if delivery else {},
    )


def build_progress(
    sessions: Iterable[ProgressSession],
    answers: Iterable[ProgressAnswer],
    topic_of: Mapping[str, str],
    top: int = 8,
    new_facts: list[tuple[int, AnswerFacts]] | None = None,
    now: float | None = None,
) -> Progress:
    """``sessions``/``answers`` are ``Storage.progress_rows()``; ``topic_of`` maps question ids.

    Facts computed here for answers that had none are appended to ``new_facts`` (to be saved).
    ``now``: the computer's clock (epoch seconds); a session dated later (``AHEAD_SLACK_S``)
    is left off the charts (``Progress.ahead``). None: none is."""
    by_session: dict[int, list[AnswerFacts]] = defaultdict(list)
    missed: Counter[tuple[str, str, str]] = Counter()  # (label, topic shown, question id)
    # What the latest scored answer to each question still missed: a point explained since
    # ("Practise again" covered it) is no longer one to work on.
    still_missed: dict[str, frozenset[str]] = {}
    phrases: Counter[tuple[str, str]] = Counter()
    topic_scores: dict[str, list[int]] = defaultdict(list)
    topic_skips: Counter[str] = Counter()
    count = skipped = unknown_topic = 0
    for row in answers:
        facts = row.facts
        if facts is None:
            facts = answer_facts(row.score)
            if new_facts is not None:
                new_facts.append((row.id, facts))
        by_session[row.session_id].append(facts)
        # (a skip is no answer: "2 answers" on Progress were 1 on History and the scorecard)
        if row.mode == "skipped":
            skipped += 1
        else:
            count += 1
        overall = 0 if row.mode == "skipped" else row.overall
        topic = topic_of.get(row.question_id)
        if topic and overall is not None:
            topic_scores[topic].append(int(overall))
            topic_skips[topic] += row.mode == "skipped"
        elif overall is not None:
            unknown_topic += 1
        where = shown_topic(topic) if topic else QUESTION_GONE
        for label in facts.missed:
            missed[(label, where, row.question_id)] += 1
        if row.mode != "skipped" and row.overall is not None:
            still_missed[row.question_id] = frozenset(facts.missed)
        for kind, counts in (("filler", facts.fillers), ("hedge", facts.hedges)):
            for phrase, n in counts.items():
                phrases[(phrase, kind)] += n
    every = [_point(s, by_session.get(s.id, [])) for s in sessions]
    dated = [p for p in every if p.when > 0]
    points = _placed(dated, {s.id: s.clock_start for s in sessions}, now)
    weak = sorted(
        (
            # by the sessions' rule (a half goes up): shown whole, 14 and 15 read "14"
            Ranked(t, mean_score(v), _answers_and_skips(len(v) - topic_skips[t], topic_skips[t]))
            for t, v in topic_scores.items()
        ),
        key=lambda r: (r.value, r.label),
    )
    return Progress(
        points=points,
        missed_key_points=[
            Ranked(label, n, where)
            for (label, where, question), n in missed.most_common()
            if label in still_missed.get(question, frozenset((label,)))
        ][:top],
        weak_topics=weak[:top],
        phrases=[Ranked(p, n, kind) for (p, kind), n in phrases.most_common(top)],
        answers=count,
        skipped=skipped,
        undated=len(every) - len(dated),
        ahead=len(dated) - len(points),
        unknown_topic=unknown_topic,
    )


# How far past the clock a session's start may be and still be on the charts: a session ended
# a moment ago, or on a computer whose clock is a little ahead of this one's.
AHEAD_SLACK_S = 300.0


def _placed(
    points: list[SessionPoint], clock_start: Mapping[int, float | None], now: float | None
) -> list[SessionPoint]:
    """The points to draw, each where it happened: those dated in the future (later than
    ``now``) left out, and each other one at its own start or, when the clock had been put back,
    just where the one before it stands (``storage_schema.happened``), reckoned without the
    ones left out. The stored place of a session made after one dated ahead is that one's date:
    today's session was drawn two days ahead, on top of it."""
    if now is None:
        return points
    placed: list[SessionPoint] = []
    for point in points:
        own = clock_start.get(point.session_id)
        own = point.when if own is None or own <= 0 else own
        if own > now + AHEAD_SLACK_S:
            continue
        when = max(own, placed[-1].when) if placed else own
        placed.append(point if when == point.when else replace(point, when=when))
    return placed


def _answers_and_skips(answered: int, skipped: int) -> str:
    """A topic's mean counted as the page's header counts: a skip (0 in the mean) is no
    answer. A skipped question's topic read "neural networks 0 (1 answer)" under "3 answers,
    1 skipped" (ux36)."""
    parts = [f"{answered} answer{'s' * (answered != 1)}"] if answered else []
    return ", ".join(parts + ([f"{skipped} skipped"] if skipped else []))


def _point(session: ProgressSession, facts: list[AnswerFacts]) -> SessionPoint:
    summary = session.score
    stars = [f.star for f in facts if f.star]
    return SessionPoint(
        session_id=session.id,
        when=session.started_at,
        plan=session.plan_name,
        same_plan=session.same_plan,
        overall=summary.counted_overall if summary else None,
        per_category=dict(summary.per_category) if summary else {},
        wpm=_mean(f.wpm for f in facts),
        fillers_per_100=_mean(f.fillers_per_100 for f in facts),
        star=(
            {p: round(100 * fmean(s.get(p, 0.0) for s in stars), 1) for p in STAR_PARTS}
            if stars
            else None
        ),
    )


def _mean(values: Iterable[Any]) -> float | None:
    numbers = [float(v) for v in values if v is not None]
    return round(fmean(numbers), 1) if numbers else None
