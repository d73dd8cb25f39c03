"""The STAR timer of a behavioral answer: which part the person is in, how long each part has
taken, and how that compares with the target shares.

The phase moves forward when the person marks it (keys) or when the live caption shows the next
part (the scorer's own sentence labeller reads it). Time comes from an injected clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from simulator.core.rounding import whole_parts, whole_seconds
from simulator.core.tables import STAR_PARTS
from simulator.core.tables import STAR_TARGETS as TARGET_SHARES

__all__ = [
    "STAR_PARTS",
    "TARGET_SHARES",
    "PhaseTime",
    "StarTimer",
    "phase_of_text",
]

IDEAL_ANSWER_S = 120.0  # a behavioral answer aims at about two minutes
OVER_FACTOR = 1.5  # a part this far beyond its target is clearly too long


@dataclass(frozen=True)
class PhaseTime:
    phase: str
    elapsed_s: float
    target_s: float  # the upper end of the part's target share of the budget
    status: str  # "ok", "warn" (past its target) or "over" (far past it)
    current: bool
    # A typed story, scored: the part's share of its words as the score read them, in whole
    # percents as every view prints them (None while it is told, and for a spoken story,
    # whose times are its words' own)
    typed_percent: int | None = None
    # The part's whole seconds as shown: the parts' shown seconds add up to the answer's clock
    # (``StarTimer.phases``); None where no timer made it (its own seconds are shown)
    shown_s: int | None = None


def phase_of_text(text: str, progress: float = 1.0) -> str | None:
    """The STAR part the latest sentence of ``text`` belongs to (None if it is unclear).

    ``progress`` is how far through the answer that sentence is (0..1): a caption's last
    sentence is not the end of the story, and the labeller weighs position a little."""
    # The scorer's labeller, imported on first use: the window shows this timer at start-up.
    from simulator.core.scoring.star_labels import label_sentences, sentence_scores
    from simulator.core.scoring.text import tokenize

    tokens = tokenize(text)
    sentences = tokens.sentences
    if not sentences:
        return None
    n = len(sentences)
    scores = [
        sentence_scores(
            list(tokens.words[s.first_word : s.last_word]),
            s.text,
            progress * i / max(1, n - 1),
            i,
        )
        for i, s in enumerate(sentences)
    ]
    label = label_sentences(scores)[-1]
    return label if label in STAR_PARTS else None


class StarTimer:
    def __init__(self, budget_s: float, clock: Callable[[], float]) -> None:
        self.budget_s = min(budget_s, IDEAL_ANSWER_S) if budget_s > 0 else IDEAL_ANSWER_S
        self._clock = clock
        self._spent = {phase: 0.0 for phase in STAR_PARTS}
        self.current = STAR_PARTS[0]
        self._since: float | None = clock()  # when the current phase last resumed
        self.ended = False  # the story is told: no part is being told any more
        self.marked = False  # the person marked a part (Ctrl+1..4): their marks are the times
        self._typed_percents: dict[str, int] | None = None  # ``typed_as``

    def mark(self, phase: str, by_hand: bool = True) -> None:
        """The person is now telling ``phase`` (``by_hand``: they said so with a key)."""
        if phase not in self._spent:
            raise ValueError(f"unknown STAR part {phase!r} (one of {', '.join(STAR_PARTS)})")
        self._bank_time()
        self.current = phase
        self.marked = self.marked or by_hand

    def retell(self, told: list[tuple[str, float | None, float | None]]) -> bool:
        """The times of an ended story, again from its sentences as the score read them: each
        (part, start, end) in seconds of the recording, a part "other" counting to the part
        before it. A spoken story's live caption comes in pieces of several sentences and the
        timer moved on by each piece's last one, so a Task said between Situation and Action
        stayed at 0:00 under feedback that found it (walkthrough 48). Each sentence lasts until
        the next one starts, the first from 0:00, the last to the answer's end; the answer's
        time is kept. Not when the person marked the parts, nor without word times: a typed
        story has none, and the seconds it was typed in are not the seconds a part would take
        said (its parts are shown as typed, ``typed_as``); True if the times changed."""
        timed = [(p, start) for p, start, _end in told if start is not None]
        if not self.ended or self.marked or not timed or len(timed) < len(told):
            return False
        total = sum(self._spent.values())
        last_end = max((end for _p, _s, end in told if end is not None), default=0.0)
        scale = total / last_end if last_end > total > 0 else 1.0
        spent = dict.fromkeys(STAR_PARTS, 0.0)
        part = next((p for p, _s in timed if p in spent), None)
        if part is None:
            return False
        for i, (label, _start) in enumerate(timed):
            part = label if label in spent else part
            begins = 0.0 if i == 0 else timed[i][1] * scale
            ends = timed[i + 1][1] * scale if i + 1 < len(timed) else total
            spent[part] += max(0.0, ends - begins)
        if spent == self._spent:
            return False
        self._spent = spent
        return True

    def told_s(self) -> float:
        """The story's seconds so far (its parts' times together, pauses left out)."""
        return sum(self.elapsed(p) for p in STAR_PARTS)

    def typed_as(self, percents: dict[str, int]) -> None:
        """A typed story, scored: each part's share of its words (whole percents), shown beside the
        seconds measured while it was typed, which stay as they were. Retold from the seconds
        its sentences were typed in, the timer changed under the feedback, from times no one
        measured (walk60), and a part typed last showed 0:00 though the score found it."""
        self._typed_percents = {p: percents.get(p, 0) for p in STAR_PARTS}

    def follow(self, caption: str) -> bool:
        """Move forward when the live caption has reached a later part; True if it moved."""
        return self.advance_to(phase_of_text(caption, self.progress()))

    def progress(self) -> float:
        """How far through the ideal answer length the person is (0..1)."""
        return min(1.0, self.told_s() / self.budget_s)

    def advance_to(self, phase: str | None) -> bool:
        """Move to ``phase`` if it comes later in the story; a caption never moves it back."""
        if phase is None or STAR_PARTS.index(phase) <= STAR_PARTS.index(self.current):
            return False
        self.mark(phase, by_hand=False)
        return True

    def carry(self, spent: dict[str, float], current: str | None) -> None:
        """Go on from the times of an earlier run of this answer (a resumed session)."""
        self._bank_time()
        for phase, seconds in spent.items():
            if phase in self._spent:
                self._spent[phase] += seconds
        if current in self._spent:
            self.current = current

    def pause(self) -> None:
        self._bank_time()
        self._since = None

    def resume(self) -> None:
        if self._since is None and not self.ended:
            self._since = self._clock()

    def end(self) -> None:
        """The answer is submitted: its times stay on screen for the feedback, with no part
        outlined as the one being told (the last part stayed outlined after saving, ux32)."""
        self.pause()
        self.ended = True

    def elapsed(self, phase: str) -> float:
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._spent[phase] + (running if phase == self.current else 0.0)

    def phases(self, told_s: float | None = None) -> list[PhaseTime]:
        """Each part's time; ``told_s``: the answer's clock at the same moment (its parts' times
        together, measured by the answer's own clock), which the parts' whole seconds add up to:
        rounded each on its own, Situation read 0:04 beside a clock at 0:03 (walkthrough 60).
        A clock more than a second from the parts' own sum is not theirs: they add up to that."""
        spent = {phase: self.elapsed(phase) for phase in STAR_PARTS}
        total = sum(spent.values())
        if told_s is not None and abs(told_s - total) < 1.0:
            total = told_s
        shown = whole_parts(spent, whole_seconds(total))
        out = []
        for phase in STAR_PARTS:
            elapsed = spent[phase]
            target = TARGET_SHARES[phase][1] * self.budget_s
            status = (
                "over" if elapsed > target * OVER_FACTOR else "warn" if elapsed > target else "ok"
            )
            current = phase == self.current and not self.ended
            typed = self._typed_percents
            share = typed.get(phase) if typed is not None else None
            out.append(
                PhaseTime(phase, elapsed, target, status, current, share, max(0, shown[phase]))
            )
        return out

    def _bank_time(self) -> None:
        if self._since is not None:
            now = self._clock()
            self._spent[self.current] += now - self._since
            self._since = now
