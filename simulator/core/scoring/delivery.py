"""Delivery (spoken answers): pace, fillers, long pauses, hedges and time used.

Reference figures (public speaking coaches and interview tools, as starting points):
pace 130-160 words per minute good, 110-180 acceptable; fillers at most 2 per 100 words good,
more than 5 poor; behavioral answers 90-150 s; pauses longer than ``LONG_PAUSE_S`` noted.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.core.scoring.fillers import count_fillers
from simulator.core.scoring.results import DeliveryResult, Pause
from simulator.core.scoring.text import Tokens, count_phrases
from simulator.core.transcript import Transcript

PACE_GOOD = (130.0, 160.0)
PACE_OK = (110.0, 180.0)
FILLERS_GOOD = 2.0  # per 100 words
FILLERS_POOR = 5.0
BEHAVIORAL_SECONDS = (90.0, 150.0)
LONG_PAUSE_S = 2.5
HEDGES_OK = 2.0  # per 100 words

HEDGES = frozenset(
    (
        "i think",
        "i guess",
        "maybe",
        "probably",
        "sort of",
        "kind of",
        "perhaps",
        "i'm not sure",
        "i believe",
        "possibly",
        "i suppose",
        "more or less",
        "somewhat",
        "not really sure",
    )
)
# Points of the delivery score (sum 100).
POINTS = {"pace": 30, "fillers": 30, "pauses": 15, "time": 15, "hedges": 10}


@dataclass(frozen=True)
class DeliveryScore:
    score: int
    result: DeliveryResult
    basis: str
    judged: bool = True  # False: too few words to judge; the score is not counted


# Pace, fillers per 100 words and pauses need words to be measured on: a one-word answer has
# a "perfect" filler rate and no pauses, which once gave "no" a delivery of 64.
MIN_JUDGED_WORDS = 10


def analyse_delivery(
    tokens: Tokens,
    transcript: Transcript,
    time_limit_s: int | None,
    behavioral: bool,
    cut: bool = False,
) -> DeliveryScore | None:
    """Pace, fillers, pauses, time and hedges of a spoken answer (None: typed). ``cut``: the
    answer was cut by End, so the time it took is not too short (only over time costs)."""
    duration = transcript.duration_s
    if duration is None or duration <= 0:
        return None
    n_words = len(tokens.words)
    fillers = count_fillers(transcript.text)
    hedges = count_phrases(tokens.words, HEDGES)
    per100 = 100.0 / max(1, n_words)
    filler_rate = sum(fillers.values()) * per100
    hedge_rate = sum(hedges.values()) * per100
    # Pace counts words actually spoken: from the first word to the last when timings exist.
    spoken_s = duration
    if transcript.words:
        spoken_s = max(1.0, transcript.words[-1].end - transcript.words[0].start)
    wpm = n_words / (spoken_s / 60.0) if spoken_s > 0 else 0.0
    pauses = []
    for prev, cur in zip(transcript.words, transcript.words[1:], strict=False):
        gap = cur.start - prev.end
        if gap >= LONG_PAUSE_S:
            pauses.append(Pause(round(prev.end, 2), round(gap, 2)))
    result = DeliveryResult(
        duration_s=round(duration, 2),
        time_limit_s=time_limit_s,
        words=n_words,
        wpm=round(wpm, 1),
        fillers=dict(sorted(fillers.items())),
        fillers_per_100_words=round(filler_rate, 2),
        long_pauses=pauses,
        hedges=dict(sorted(hedges.items())),
        hedges_per_100_words=round(hedge_rate, 2),
    )
    got = {
        "pace": POINTS["pace"] * pace_quality(wpm),
        "fillers": POINTS["fillers"] * filler_quality(filler_rate),
        "pauses": POINTS["pauses"] * max(0.0, 1 - 0.25 * len(pauses)),
        "time": POINTS["time"] * time_quality(duration, time_limit_s, behavioral, cut),
        "hedges": POINTS["hedges"] * max(0.0, min(1.0, 1 - (hedge_rate - HEDGES_OK) / 4)),
    }
    basis = (
        f"{wpm:.0f} wpm, {filler_rate:.1f} fillers/100 words, {len(pauses)} "
        f"pause{'' if len(pauses) == 1 else 's'} ≥ "
        f"{LONG_PAUSE_S:g} s, {duration:.0f} s used"
        + (f" of {time_limit_s} s" if time_limit_s else "")
        + f", {hedge_rate:.1f} hedges/100 words: "
        + ", ".join(f"{k} {v:.0f}/{POINTS[k]}" for k, v in got.items())
    )
    if n_words < MIN_JUDGED_WORDS:
        said = f"{n_words} word" + ("" if n_words == 1 else "s")
        basis = (
            f"not scored: too few words to judge pace, fillers and pauses ({said} in "
            f"{duration:.0f} s; it takes {MIN_JUDGED_WORDS})"
        )
        return DeliveryScore(int(round(sum(got.values()))), result, basis, judged=False)
    return DeliveryScore(int(round(sum(got.values()))), result, basis)


def pace_quality(wpm: float) -> float:
    lo, hi = PACE_GOOD
    ok_lo, ok_hi = PACE_OK
    if lo <= wpm <= hi:
        return 1.0
    if ok_lo <= wpm <= ok_hi:
        return 0.75
    off = ok_lo - wpm if wpm < ok_lo else wpm - ok_hi
    return max(0.0, 0.75 - off / 60.0)


def filler_quality(rate: float) -> float:
    if rate <= FILLERS_GOOD:
        return 1.0
    if rate <= FILLERS_POOR:
        return 1.0 - 0.5 * (rate - FILLERS_GOOD) / (FILLERS_POOR - FILLERS_GOOD)
    return max(0.0, 0.5 - 0.1 * (rate - FILLERS_POOR))


def time_quality(duration: float, limit: int | None, behavioral: bool, cut: bool = False) -> float:
    if cut and (limit is None or duration <= limit):
        return 1.0  # ended there by End: not a thin answer's length
    if behavioral:
        lo, hi = BEHAVIORAL_SECONDS
        if limit:
            hi = min(hi, float(limit))
            lo = min(lo, hi)
        if lo <= duration <= hi:
            return 1.0
        if duration < lo:
            return max(0.0, duration / lo)
        return max(0.0, 1 - (duration - hi) / 60.0)
    if limit is None:
        return 1.0
    if duration <= limit:
        # far too short for the time given suggests a thin answer
        return 1.0 if duration >= 0.25 * limit else 0.6
    return max(0.0, 1 - (duration - limit) / max(30.0, 0.5 * limit))
