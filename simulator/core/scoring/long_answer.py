"""The part of a very long answer that is scored: its first ``SCORED_WORDS`` words.

Scoring reads every sentence into tables and vectors, so its memory grows with the answer: a
100,000-word answer added 190-350 MB (perf39), and a hand-edited database or a pasted book can
hold more than the typing box allows. Past ``SCORED_WORDS`` (over an hour of speech; a normal
answer has at most a few thousand) the scorer reads the first words only, and the scorecard says
so; the stored answer stays whole. Counting and cutting walk the text without making a list of
its words, so they take no memory of their own."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from simulator.core.transcript import MAX_ANSWER_CHARS, Transcript

SCORED_WORDS = 10_000
# Text whose words are not apart (a megabyte of "a,b,c,...": one word between spaces, 500,000
# for the scorer, which reads runs of letters or digits) is cut at whichever comes first of
# twice as many such runs and the characters the typing box takes.
SCORED_RUNS = 2 * SCORED_WORDS
SCORED_CHARS = MAX_ANSWER_CHARS

_WORD_RE = re.compile(r"\S+")
_RUN_RE = re.compile(r"[^\W_]+")

SCORED_PART = (
    "Scored: the first {kept:,} {unit} of {total:,}; the rest is kept as given but not scored "
    "(an answer this long runs over an hour)."
)


@dataclass(frozen=True)
class ScoredPart:
    """The transcript to score and, when it is a cut, how much was kept of how much."""

    transcript: Transcript
    kept: int = 0
    total: int = 0
    unit: str = "words"  # or "characters", for text with hardly a space

    @property
    def cut(self) -> bool:
        return self.total > self.kept

    def line(self) -> str:
        return SCORED_PART.format(kept=self.kept, total=self.total, unit=self.unit)


def _end_of(pattern: re.Pattern[str], text: str, nth: int) -> tuple[int, int]:
    """(where the ``nth`` match ends, or the text's length; how many matches in all)."""
    end, count = len(text), 0
    for match in pattern.finditer(text):
        count += 1
        if count == nth:
            end = match.end()
    return end, count


def _cut_at(text: str) -> int | None:
    """Where to cut ``text``, or None when it is within every bound."""
    if len(text) <= SCORED_WORDS:  # too short to reach any bound: no walk
        return None
    by_words, _ = _end_of(_WORD_RE, text, SCORED_WORDS)
    by_runs, _ = _end_of(_RUN_RE, text, SCORED_RUNS)
    end = min(by_words, by_runs, SCORED_CHARS)
    return None if end >= len(text) else end


def scored_part(transcript: Transcript) -> ScoredPart:
    """``transcript`` whole, or cut after its first ``SCORED_WORDS`` words (or runs, or
    characters). A spoken answer keeps the timed words of the part kept and lasts until the last
    of them ends, so its pace and pauses are those of that part."""
    text = transcript.text
    end = _cut_at(text)
    if end is None:
        return ScoredPart(transcript)
    _, kept = _end_of(_WORD_RE, text[:end], 0)
    _, total = _end_of(_WORD_RE, text, 0)
    part = (kept, total, "words") if 0 < kept < total else (end, len(text), "characters")
    words, duration = transcript.words, transcript.duration_s
    if words:
        taken, seen = [], 0
        for word in words:
            seen += len(word.word.split())
            if seen > kept:
                break
            taken.append(word)
        words = tuple(taken)
        if duration is not None and words:
            duration = min(duration, words[-1].end)
    elif duration is not None:
        duration = duration * end / len(text)
    cut = dataclasses.replace(transcript, text=text[:end], words=words, duration_s=duration)
    return ScoredPart(cut, *part)


def scored_text(text: str) -> str:
    """The part of ``text`` scored (a follow-up's answer, read on its own too)."""
    end = _cut_at(text)
    return text if end is None else text[:end]
