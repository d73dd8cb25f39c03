"""Choosing the questions of an interview from the bank."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from simulator.core.reordering import shown_topic
from simulator.core.tables import category_name, joined_with_and

if TYPE_CHECKING:  # the Home page uses the presets before the bank has loaded
    from simulator.core.questions import Question, QuestionBank


@dataclass(frozen=True)
class PlanPreset:
    name: str
    counts: dict[str, int]  # category -> number of questions
    description: str


# The most questions an interview holds: Home's Custom plan asks up to this many, every other
# plan fewer. An archive's answer may be at no later place (``archive_checks``).
MAX_QUESTIONS = 30

# Minutes per question, thinking time and a follow-up included (case studies run longest).
MINUTES_PER_QUESTION = {"technical": 4, "behavioral": 4, "case": 9}


def estimated_minutes(counts: dict[str, int]) -> int:
    """How long a plan takes, to the nearest 5 minutes: one figure for the plan list and the
    summary under it (they said 30 and 29 for the same plan)."""
    raw = sum(n * MINUTES_PER_QUESTION.get(c, 4) for c, n in counts.items())
    return max(5, 5 * round(raw / 5)) if raw else 0


_FULL = {"technical": 3, "behavioral": 2, "case": 1}
_QUICK = {"technical": 2, "behavioral": 1}

PRESETS: tuple[PlanPreset, ...] = (
    PlanPreset(
        "Full loop",
        _FULL,
        f"3 technical, 2 behavioral, 1 case study (about {estimated_minutes(_FULL)} minutes)",
    ),
    PlanPreset(
        "Quick practice",
        _QUICK,
        f"3 short questions (about {estimated_minutes(_QUICK)} minutes)",
    ),
    PlanPreset("Behavioral drill", {"behavioral": 4}, "4 STAR stories under the clock"),
    PlanPreset("Technical deep dive", {"technical": 5}, "5 technical questions"),
    PlanPreset("System design", {"case": 2}, "2 case studies / ML system design"),
)


@dataclass
class Plan:
    counts: dict[str, int]
    topics: list[str] = field(default_factory=list)  # empty: any topic
    name: str = "Custom"

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @classmethod
    def spread(cls, total: int, categories: list[str], topics: list[str] | None = None) -> Plan:
        """``total`` questions shared as evenly as possible across ``categories``."""
        counts = {c: 0 for c in categories}
        for i in range(total if categories else 0):
            counts[categories[i % len(categories)]] += 1
        return cls(counts=counts, topics=list(topics or []))


class PlanError(ValueError):
    """The bank cannot satisfy the plan (says what is missing)."""


@dataclass(frozen=True)
class TopicCounts:
    """How many questions a bank holds of each category and topic, counted once. Home asks on
    every tick of its Custom plan; with 10,000 questions, going through them each time (the
    topics the ticked categories offer, then whether the plan can be filled) held the window
    50-320 ms a tick (attack run 53)."""

    counts: dict[tuple[str, str], int]  # (category, topic) -> questions

    @classmethod
    def of(cls, bank: QuestionBank) -> TopicCounts:
        counts: dict[tuple[str, str], int] = {}
        for q in bank.questions.values():
            key = (q.category.value, q.topic)
            counts[key] = counts.get(key, 0) + 1
        return cls(counts)

    def all_topics(self) -> list[str]:
        """Every topic the bank has questions on, sorted (as ``QuestionBank.topics()``)."""
        return sorted({topic for _, topic in self.counts})

    def topics(self, categories: list[str]) -> set[str]:
        """The topics ``categories`` have questions on."""
        return {topic for category, topic in self.counts if category in categories}

    def count(self, category: str, topics: list[str] | None = None) -> int:
        """Questions of ``category`` (on ``topics``; None or none: any)."""
        wanted = set(topics) if topics else None
        return sum(
            n
            for (c, topic), n in self.counts.items()
            if c == category and (wanted is None or topic in wanted)
        )


# Topics a plan's line names before it counts the rest ("on a, b, c and 4 more topics"): Home
# keeps two lines for it, and with every ticked topic named the reason Start is disabled lost
# its advice at their end
TOPICS_NAMED = 3
# Said of a Custom plan with no topic ticked: the list's ticks narrow the plan, and nothing on
# Home said that none ticked means every topic (walk62)
ANY_TOPIC = " on any topic (none ticked)"


def topics_said(topics: Iterable[str]) -> str:
    """ " on a, b and c" as the topic list shows them (CNN, not cnn); past TOPICS_NAMED, the
    rest counted ("on a, b, c and 2 more topics"); "" for none."""
    shown = [shown_topic(t) for t in topics]
    if not shown:
        return ""
    if len(shown) > TOPICS_NAMED:
        rest = len(shown) - TOPICS_NAMED
        shown = [*shown[:TOPICS_NAMED], f"{rest} more topic{'s' if rest != 1 else ''}"]
    return f" on {joined_with_and(shown)}"


def plan_summary(plan: Plan, topics_chosen_here: bool) -> str:
    """Home's line under the plan: what it asks, on which topics, and how long it takes
    ("2 technical, 1 case study on churn and CNN — about 15 minutes."). ``topics_chosen_here``:
    the plan's topics are ticked by the person (Custom), so none ticked is said as any topic.
    "" when it asks for no questions."""
    parts = [  # "2 technical", "2 case studies"
        f"{n} {'case stud' + ('y' if n == 1 else 'ies') if c == 'case' else c}"
        for c, n in plan.counts.items()
        if n
    ]
    if not parts:
        return ""
    topics = topics_said(plan.topics) or (ANY_TOPIC if topics_chosen_here else "")
    return f"{', '.join(parts)}{topics} — about {estimated_minutes(plan.counts)} minutes."


def shortfall(counts: TopicCounts, plan: Plan) -> str | None:
    """Why the bank (``counts``) cannot fill ``plan`` (the first category short of questions),
    or None."""
    for category, count in plan.counts.items():
        if count <= 0:
            continue
        have = counts.count(category, plan.topics or None)
        if have < count:
            kind = category_name(category)
            where = topics_said(plan.topics)
            if not have:
                return f"No {kind} questions{where}: choose other topics or categories."
            return (
                f"Only {have} {kind} question{'s' if have != 1 else ''}{where} for {count} asked: "
                "ask for fewer or choose more topics."
            )
    return None


def choose_questions(bank: QuestionBank, plan: Plan, seed: int | None = None) -> list[Question]:
    """Pick questions per category at random, without repeats, in the plan's category order."""
    rng = random.Random(seed)
    chosen: list[Question] = []
    for category, count in plan.counts.items():
        if count <= 0:
            continue
        pool = bank.filter([category], plan.topics or None)
        if not pool:
            where = (
                f" on {', '.join(t.replace('-', ' ') for t in plan.topics)}" if plan.topics else ""
            )
            raise PlanError(f"the question bank has no {category} questions{where}")
        chosen.extend(_spread_over_topics(rng.sample(pool, min(count, len(pool))), pool, rng))
    if not chosen:
        raise PlanError("the plan asks for no questions: choose at least one category")
    return chosen


def _spread_over_topics(
    drawn: list[Question], pool: list[Question], rng: random.Random
) -> list[Question]:
    """``drawn`` with a question whose topic came up already swapped for one of a topic not
    drawn yet, while the pool has one: a behavioral drill of four asked two conflict stories in
    a row ("disagreed with your manager", then "a conflict within your team", walk60), as no
    interviewer would. A draw without a repeat is kept as it is."""
    if len({q.topic for q in drawn}) == len(drawn):
        return drawn  # (and the draws after it as they were: no randomness used here)
    seen: set[str] = set()
    spare = [q for q in pool if q not in drawn]
    rng.shuffle(spare)
    out = []
    for question in drawn:
        if question.topic in seen:
            other = next((q for q in spare if q.topic not in seen), None)
            if other is not None:
                spare.remove(other)
                question = other
        seen.add(question.topic)
        out.append(question)
    return out


def missing_topics_said(wanted: Iterable[str], offered: Iterable[str]) -> str | None:
    """What Home says when topics the Custom plan asks for are in no question pack now (a pack
    removed or renamed since it was started): they were dropped without a word, and with all of
    them gone the plan asked every topic. None when every wanted topic is offered."""
    have = set(offered)
    asked = sorted(set(wanted))
    gone = [t for t in asked if t not in have]
    if not gone:
        return None
    names = [f"“{shown_topic(t)}”" for t in gone]
    listed = joined_with_and(names)
    if len(gone) == 1:
        said = f"The Custom plan's topic {listed} is in no question pack now"
    else:
        said = f"The Custom plan's topics {listed} are in no question pack now"
    if len(gone) == len(asked):
        return (
            f"{said}: with no topic chosen, it asks every topic. Choose topics in Topics (Alt+T)."
        )
    kept = "it was" if len(gone) == 1 else "they were"
    return f"{said}: {kept} left out, and the plan keeps its other topics."
