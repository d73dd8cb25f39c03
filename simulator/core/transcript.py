"""What a spoken (or typed) answer became: text plus word timings when audio exists."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# The longest answer scored: about four hours of speech (a spoken hour is ~60,000 characters).
# Scoring time grows with the text: 200,000 characters take ~5 s, a megabyte about a minute.
MAX_ANSWER_CHARS = 200_000


def has_words(text: str) -> bool:
    """The one rule for an empty answer: no letters or digits at all (in any script)."""
    return any(c.isalnum() for c in text)


@dataclass(frozen=True)
class Word:
    word: str
    start: float  # seconds from the start of the answer's audio
    end: float


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...] = field(default_factory=tuple)
    engine: str = "typed"
    model: str | None = None
    duration_s: float | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["words"] = [asdict(w) for w in self.words]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        return cls(
            text=str(data.get("text", "")),
            words=tuple(
                Word(str(w["word"]), float(w["start"]), float(w["end"]))
                for w in data.get("words", [])
            ),
            engine=str(data.get("engine", "typed")),
            model=data.get("model"),
            duration_s=data.get("duration_s"),
        )
