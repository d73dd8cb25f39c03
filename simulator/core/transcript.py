"""What a spoken (or typed) answer became: text plus word timings when audio exists."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

# The engine of the empty transcript a skip on purpose (Ctrl+K) stores: the scorecard tells
# it from an answer with no words (both count 0).
SKIPPED_ON_PURPOSE = "skipped"

# The longest answer scored: about four hours of speech (a spoken hour is ~60,000 characters).
# Scoring time grows with the text: 200,000 characters take ~5 s, a megabyte about a minute.
MAX_ANSWER_CHARS = 200_000


# Longer than any English word (the longest in dictionaries has 45 letters): a run of letters
# with no space this long is pasted or held-down keys, not a word (attack run 34).
MAX_WORD_CHARS = 45

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
_VOWELS = frozenset("aeiouy")
# keyboard rows, both ways: "asdf", "jkl", "qwerty", "uiop" are typed, not said
_ROWS = tuple(r for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm") for r in (row, row[::-1]))
_FILLERS = frozenset({"uh", "um", "umm", "uhm", "er", "erm", "ah", "hm", "hmm", "mm", "mhm"})


def _key_run(token: str, row: str) -> bool:
    """The token is three neighbouring keys ("jkl") or holds four ("asdf", "xasdfx")."""
    if len(token) == 3:
        return token in row
    return any(row[i : i + 4] in token for i in range(len(row) - 3))


def _is_word(token: str) -> bool:
    """A real word: not a digit string, a stray letter, a filler sound, a run of one letter
    ("aaaa") or of neighbouring keys ("asdf", "jkl", "qwerty"), nor a long vowelless jumble
    ("bcdfgh"); an abbreviation ("SVM", "lstm", "L1") and a word in another script count."""
    lower = token.lower()
    if len(lower) > MAX_WORD_CHARS:
        return False
    letters = [c for c in lower if c.isalpha()]
    if not letters or len(lower) < 2 or lower in _FILLERS:
        return False
    if re.search(r"(.)\1\1", lower):
        return False
    if not lower.isascii():
        return True
    if any(_key_run(lower, row) for row in _ROWS):
        return False
    if len(letters) < len(lower):  # letters and digits together: "L1", "F1", "k8s", "word2vec"
        return lower[0].isalpha()
    # a short one may be an abbreviation, in any case: "SVM", "lstm", "sgd", "vs"
    return len(lower) <= 5 or any(c in _VOWELS for c in lower)


def real_words(text: str) -> list[str]:
    """The answer's real words, in order (see ``_is_word``)."""
    return [t for t in _TOKEN_RE.findall(text) if _is_word(t)]


def has_words(text: str) -> bool:
    """The one rule for "no answer": no real words at all. Empty, silent, and skipped answers
    have none; neither do symbols, digits, a stray letter, filler sounds ("uh, um") or keyboard
    mash ("9%a", "asdf jkl", "aaaaa"). Such an answer is skipped and counts as 0, everywhere.
    Read up to the first real word only: the session core asks it of each draft on the window's
    thread, and listing every token of a 190,000-character answer first took 30-60 ms there
    (attack run 62)."""
    return any(_is_word(m.group()) for m in _TOKEN_RE.finditer(text))


_RUN_RE = re.compile(rf"[^\W\d_]{{{MAX_WORD_CHARS + 1},}}")


def unreadable(text: str) -> str | None:
    """Why an answer with no real words is still an answer that was given, or None: text runs
    too long to be words ("one run of 199,000 letters with no space"). It is stored and
    counts as 0 like a skip, but it is named as what it is, not as a skip (attack run 34)."""
    if has_words(text):
        return None
    runs = [len(m) for m in _RUN_RE.findall(text)]
    if not runs:
        return None
    longest = max(runs)
    if len(runs) == 1:
        return f"one run of {longest:,} letters with no space, too long to be a word"
    return (
        f"{len(runs):,} runs of letters with no space (the longest {longest:,}), too long to be "
        "words"
    )


def without_long_runs(text: str) -> tuple[str, int]:
    """``text`` without its runs of letters too long to be words, and how many letters went:
    such a run matches no rubric, and scored as a word it was quoted whole in the tips ("opens
    on and explains “bananabanana…”", 180,000 characters on one line)."""
    removed = 0

    def drop(match: re.Match[str]) -> str:
        nonlocal removed
        removed += len(match.group())
        return " "

    return _RUN_RE.sub(drop, text), removed


def is_answer(text: str) -> bool:
    """Something was given: real words, or text too long to be words (``unreadable``). Neither
    is a skip; only the first can be scored."""
    return has_words(text) or unreadable(text) is not None


# At least this many letters, and more than this share of them in one other script, make an
# answer written in that script (English with a few Greek symbols or a word in brackets is not).
_SCRIPT_LETTERS = 12
_SCRIPT_SHARE = 0.5
_SCRIPT_NAMES = {
    "CJK": "Chinese",
    "HANGUL": "Korean",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
}


def other_script(text: str) -> str | None:
    """The script an answer is written in when it is not the Latin alphabet ("Cyrillic",
    "Chinese", "Arabic", ...), or None: the scorer reads English words only (attack run 33)."""
    scripts: Counter[str] = Counter()
    letters = 0
    for char in text:
        if char.isalpha():
            letters += 1
            first = unicodedata.name(char, "LATIN").split()[0]
            if first != "LATIN":
                scripts[first] += 1
    if letters < _SCRIPT_LETTERS or not scripts:
        return None
    script, count = scripts.most_common(1)[0]
    if count <= _SCRIPT_SHARE * letters:
        return None
    return _SCRIPT_NAMES.get(script, script.title())


# Whisper's word probability under which a spoken word is shown as uncertain (review,
# scorecard): the stored transcript keeps the word, the page says it may be misheard. Chosen on
# the dev splits of the real-speech set (round 39, ``benchmarks/real_speech.py``, the short
# answers of held14-17, stored, clean and at 10 dB, 215 words): under 0.1, 3 of 4 words were
# wrong ("ADA" for eightieth, "Recon" for record, "for" in "for you" for fortieth; "Has" right),
# 0.1-0.3 4 of 23, 0.3-0.7 25 of 59, 0.7 and over 14 of 129: above 0.1 the probability does
# not rank errors (tiny.en is often sure of a misheard 8 kHz number: "15" for fifteenth 0.87).
UNSURE_WORD_PROBABILITY = 0.1


@dataclass(frozen=True)
class Word:
    word: str
    start: float  # seconds from the start of the answer's audio
    end: float
    # How sure the speech recogniser was of the word (0-1), None when it does not say (typed
    # answers, other engines, transcripts stored before round 39)
    probability: float | None = None

    @property
    def unsure(self) -> bool:
        """The recogniser was unsure of this word (``UNSURE_WORD_PROBABILITY``)."""
        return unsure(self.probability)


def unsure(probability: float | None) -> bool:
    """A word heard with ``probability`` is one the recogniser was unsure of."""
    return probability is not None and probability < UNSURE_WORD_PROBABILITY


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...] = field(default_factory=tuple)
    engine: str = "typed"
    model: str | None = None
    duration_s: float | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["words"] = [_word_dict(w) for w in self.words]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        """A transcript as stored; raises ``ValueError`` for one of another shape (words that
        are not {word, start, end} with finite times: a database edited by hand, attack run
        41), which the storage reads as missing. A duration that is not one reads as none."""
        model, text = data.get("model"), str(data.get("text", ""))
        return cls(
            text=text,
            words=tuple(Word(*fields) for fields in stored_words(data)),
            engine=str(data.get("engine", "typed")),
            model=model if isinstance(model, str) else None,
            duration_s=answer_seconds(data.get("duration_s"), text),
        )


def heard_unclearly(transcript: Transcript) -> bool:
    """A spoken answer whose every word the recogniser was unsure of (``Word.unsure``): what
    it stored is a guess, not what was said, so it is not scored as said. An answer with one
    word heard clearly, or with no probabilities (typed, another engine, stored before round
    39), is scored as usual."""
    said = [w for w in transcript.words if has_words(w.word)]
    return bool(said) and all(w.unsure for w in said)


# The whole recording read again (``session.work.Background.refine``) is kept instead of the
# answer's first transcript (the live pieces) unless Whisper was surer of the first by this
# much, on average over its words. Measured on the dev splits of the real-speech set (round 53,
# tune, held13 and held16, clean and at 10 dB, 91 recordings read both ways): the second
# reading had fewer word errors on 9, more on 3 ("No," 0.45 read again "Now," 0.12; "That's"
# read again "That's it."). Where the first was surer by more than 0.2 (2 recordings), it was
# right or as good; by 0.1-0.2 (4), as good or worse ("Minute." 0.19 for minutes, "Minutes."
# 0.08). Word by word, the surer reading of each stretch the two disagree on was worse
# ("series" 0.60 for theories, "theories" 0.24): Whisper's word probability ranks errors only
# under 0.1 (``UNSURE_WORD_PROBABILITY``).
FIRST_READING_SURER_BY = 0.2


def _mean_probability(transcript: Transcript) -> float | None:
    said = [w.probability for w in transcript.words if w.probability is not None]
    return sum(said) / len(said) if said else None


def kept_reading(first: Transcript, again: Transcript) -> Transcript:
    """Which of two readings of the same recording to keep: ``again`` (the whole recording
    read at once, better on average) unless Whisper was surer of ``first`` by
    ``FIRST_READING_SURER_BY`` on average over its words. A reading without probabilities
    (another engine, typed) says nothing of its sureness: ``again`` is kept."""
    sure_first, sure_again = _mean_probability(first), _mean_probability(again)
    if sure_first is None or sure_again is None or not has_words(first.text):
        return again
    return first if sure_first > sure_again + FIRST_READING_SURER_BY else again


def _word_dict(word: Word) -> dict[str, Any]:
    """A word as stored: its probability only where the recogniser gave one (a transcript
    without any reads and writes as before)."""
    data = asdict(word)
    if word.probability is None:
        del data["probability"]
    return data


# No answer runs a day (the longest question allows 30 minutes; a recording is read up to an
# hour): a stored length or word time past it is none. A word at 1e300 s (a hand-made archive)
# made Review count its pace each second up to there, for good, and a length of 1e300 s stored
# a score its own reader refuses (attack run 53).
MAX_ANSWER_S = 24 * 3600.0
# Words a minute past which a length cannot be the time the answer took: people speak 100 to
# 200, the fastest ever measured about 650 (a length of 1e-300 s gave 8.8e303 words a minute).
MAX_PACE_WPM = 700.0


def answer_seconds(value: Any, text: str = "") -> float | None:
    """An answer's stored length in seconds, or None where no answer could have it: not a
    number (a text, a flag, NaN, 1e999), negative, past ``MAX_ANSWER_S``, or shorter than the
    words of ``text`` can be said in (faster than ``MAX_PACE_WPM``)."""
    seconds = _seconds(value)
    if seconds is None or seconds > MAX_ANSWER_S:
        return None
    # (a text has at most half its length in words: most lengths need no count of them)
    fast = seconds and (len(text) + 1) * 30.0 > MAX_PACE_WPM * seconds
    if fast and len(text.split()) * 60.0 > MAX_PACE_WPM * seconds:
        return None
    return seconds


StoredWord = tuple[str, float, float, float | None]  # word, start, end, probability


def stored_words(data: dict[str, Any]) -> list[StoredWord]:
    """A stored transcript's words as ``Transcript.from_dict`` reads them, each as (word,
    start, end, probability), with no ``Word`` made: raises ``ValueError`` as it does. Made
    three times over, once to check the stored cell, once for Review's words and once for the
    scorecard's unsure ones, the Words of a session's 300,000-word answers were most of the
    time Review took to open (perf55)."""
    words = data.get("words", [])
    if not isinstance(words, list):
        raise ValueError("its words are not a list")
    return [_word(w) for w in words]


def _word(data: Any) -> StoredWord:
    """A stored word. Most are as the app writes them (floats, a text): taken at once, so a
    200,000-word answer reads in a fraction of the time (attack42); any other is checked."""
    if type(data) is dict:
        word, start, end = data.get("word"), data.get("start"), data.get("end")
        probability = data.get("probability")
        if (
            type(word) is str
            and type(start) is float
            and type(end) is float
            and 0.0 <= start <= MAX_ANSWER_S
            and 0.0 <= end <= MAX_ANSWER_S
            and (probability is None or (type(probability) is float and 0.0 <= probability <= 1.0))
        ):
            return word, start, end, probability
    return _checked_word(data)


def _checked_word(data: Any) -> StoredWord:
    if not isinstance(data, dict) or "word" not in data:
        raise ValueError(f"a word stored as {type(data).__name__}, not as its word and times")
    start, end = _seconds(data.get("start")), _seconds(data.get("end"))
    if start is None or end is None or max(start, end) > MAX_ANSWER_S:
        raise ValueError("a word's time is not a number of seconds an answer can take")
    return str(data["word"]), start, end, _probability(data)


def _seconds(value: Any) -> float | None:
    """A stored time: a finite number, not negative (not a text, a flag, NaN or 1e999)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value) if math.isfinite(value) and value >= 0 else None
    return None


def _probability(data: dict[str, Any]) -> float | None:
    value = data.get("probability")
    try:
        probability = float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
    return probability if probability is not None and 0.0 <= probability <= 1.0 else None
