"""Review of a very long spoken answer (attack run 42): one of 200,000 timed words took 13.5 s
to open. The time went on work done per word many times over: every word copied twice
(``dataclasses.replace``) and normalised twice, every filler phrase tried at every word, the
stored words read through the general checks, and every attempt of the question read whole
(transcripts and scores) only to count them. How long it takes is measured by
``benchmarks/review_long_transcript.py``; these tests check, without a clock, the work done per
word: the lines of Python run while the review is built, which a machine's load does not change."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from simulator.core.questions import load_packs
from simulator.core.review import session_reviews
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
TOLD = (
    "Um so overfitting is when a model memorizes noise in the training data, you know. "
    "I think I would compare the training error with the validation error, kind of like a gap. "
    "Basically more data, sort of regularization or early stopping fix it."
)
SAID = TOLD.split()
# Lines of Python run per word: reading it, finding its marks and making it take about 80;
# before the fix it took 270 (each filler phrase tried, each word copied twice, checked).
LINES_PER_WORD = 110


def _lines(work: Callable[[], Any]) -> int:
    """The lines of Python ``work`` runs (a count of work done, not a time)."""
    count = 0

    def trace(_frame: object, event: str, _arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def _spoken(storage: Storage, words: int) -> int:
    question = load_packs([PACK]).get("tech.overfit")
    timed = tuple(
        Word(SAID[i % len(SAID)], i * 0.3, i * 0.3 + 0.25, 0.05 if i % 50 == 0 else 0.9)
        for i in range(words)
    )
    transcript = Transcript(" ".join(w.word for w in timed), timed, "whisper", "tiny.en")
    sid = storage.create_session({"name": "long", "question_ids": [question.id]})
    score = score_answer(question, Transcript(" ".join(SAID), timed[: len(SAID)]))
    storage.add_answer(
        sid, question.id, 0, "spoken", transcript.text, transcript=transcript.to_dict(),
        duration_s=words * 0.3, score=score,
    )  # fmt: skip
    return sid


def test_the_review_of_a_long_spoken_answer_does_little_work_per_word(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        counts = {}
        for words in (2_000, 8_000):
            sid = _spoken(storage, words)
            record = storage.session(sid)
            lines = _lines(lambda r=record: session_reviews(r, bank, {}))  # type: ignore[misc]
            counts[words] = lines
            (review,) = session_reviews(record, bank, {})
            assert len(review.words) == words
            # marked as far as the page shows them (perf55): the words past it are not made
            made = review.words.made  # type: ignore[attr-defined]
            assert sum(w.kind == "filler" for w in made) > len(made) // 20
            assert not any(w.kind or w.evidence for w in review.words[len(made) :])
            assert any(w.kind == "hedge" for w in review.words)
            assert any(w.evidence for w in review.words)
            assert sum(w.unsure for w in review.words) == words // 50
            # what the legend shows, found here: it looked through every word on the GUI thread
            assert review.marks == {"filler", "hedge", "evidence", "unsure"}
    finally:
        storage.close()
    per_word = (
        counts[8_000] - counts[2_000]
    ) / 6_000  # (what a session costs whatever its size, out)
    assert per_word <= LINES_PER_WORD, counts


def test_attempts_are_counted_without_reading_them(tmp_path: Path) -> None:
    """The count beside Review's answer is the main answers' (follow-ups not counted)."""
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        for _ in range(3):
            sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit"]})
            storage.add_answer(sid, "tech.overfit", 0, "typed", "main")
            storage.add_answer(sid, "tech.overfit", 0, "typed", "more", follow_up="Why?")
        storage.add_answer(sid, "tech.other", 1, "typed", "other")
        assert storage.attempt_count("tech.overfit") == 3
        assert storage.attempt_count("tech.other") == 1
        assert storage.attempt_count("tech.never") == 0
    finally:
        storage.close()
