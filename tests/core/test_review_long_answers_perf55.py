"""Review of a session holding answers of 300,000 words (round 54's left item, perf55): every
word of every answer was made three times over as a ``Word`` (to check the stored cell, for
Review's words, for the scorecard's unsure ones) and once as a marked ``ReviewWord``, and each
was looked through for fillers, hedges and each key point's evidence, though the page shows an
answer's first words only. How long it takes is measured by
``benchmarks/review_long_transcript.py --set heldout55``; these tests count the objects made,
which a machine's load does not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core import review as review_module
from simulator.core import transcript as transcript_module
from simulator.core.questions import load_packs
from simulator.core.review import MADE_CHARS, session_reviews
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
TOLD = (
    "Um so overfitting is when a model memorizes noise in the training data, you know. "
    "I think I would compare the training error with the validation error, kind of like a gap."
)
SAID = TOLD.split()
WORDS = 20_000


def _session(storage: Storage) -> int:
    question = load_packs([PACK]).get("tech.overfit")
    timed = tuple(
        Word(SAID[i % len(SAID)], i * 0.3, i * 0.3 + 0.25, 0.05 if i % 50 == 0 else 0.9)
        for i in range(WORDS)
    )
    transcript = Transcript(" ".join(w.word for w in timed), timed, "whisper", "tiny.en")
    score = score_answer(question, Transcript(" ".join(SAID), timed[: len(SAID)]))
    sid = storage.create_session({"name": "long", "question_ids": [question.id]})
    for follow_up in (None, "And then?"):
        storage.add_answer(
            sid, question.id, 0, "spoken", transcript.text, follow_up=follow_up,
            transcript=transcript.to_dict(), duration_s=WORDS * 0.3, score=score,
        )  # fmt: skip
    return sid


def _counted(monkeypatch: pytest.MonkeyPatch, cls: type) -> list[int]:
    made = [0]
    init = cls.__init__

    def counting(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        made[0] += 1
        init(self, *args, **kwargs)

    monkeypatch.setattr(cls, "__init__", counting)
    return made


def test_a_long_answer_s_words_past_the_shown_part_are_neither_made_nor_marked_r55(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = _session(storage)
        words = _counted(monkeypatch, transcript_module.Word)
        made = _counted(monkeypatch, review_module.ReviewWord)
        record = storage.session(sid)
        (review,) = session_reviews(record, bank, {})
    finally:
        storage.close()
    # before: 20,000 Words per answer made to check its stored cell, 20,000 for Review and
    # 20,000 for the scorecard's unsure words (120,000), and every word made as a ReviewWord
    assert words[0] == 0
    assert made[0] < 2 * (MADE_CHARS // 2) < WORDS  # (each answer's first words only)
    assert len(review.words) == WORDS and len(review.follow_ups[0].words) == WORDS
    head = review.words.made  # type: ignore[attr-defined]
    assert any(w.kind == "filler" for w in head) and any(w.kind == "hedge" for w in head)
    assert not any(w.kind or w.evidence for w in review.words[len(head) :])
    # what is kept of every word is kept whole: its times and how sure it was heard
    last = review.words[-1]
    assert (last.start, last.end) == ((WORDS - 1) * 0.3, (WORDS - 1) * 0.3 + 0.25)
    assert sum(w.unsure for w in review.words) == WORDS // 50
    assert review.detail is not None
    assert len(review.detail.parts[0].unsure) == WORDS // 50  # the scorecard's list, as before
    assert review.marks == {"filler", "hedge", "evidence", "unsure"}


def test_a_stored_transcript_is_checked_as_before_without_its_words_made_r55(
    tmp_path: Path,
) -> None:
    """A word of another shape still makes the whole transcript read as missing."""
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit"]})
        bad = {"text": "a b", "words": [{"word": "a", "start": 0.0, "end": 0.2}, {"word": "b"}]}
        good = {"text": "a", "words": [{"word": "a", "start": 0, "end": 1}]}
        storage.add_answer(sid, "tech.overfit", 0, "spoken", "a b", transcript=bad)
        storage.add_answer(sid, "tech.overfit", 1, "spoken", "a", transcript=good)
        first, second = storage.session(sid).answers
    finally:
        storage.close()
    assert first.transcript is None
    assert second.transcript is not None
    assert Transcript.from_dict(second.transcript).words == (Word("a", 0.0, 1.0),)


def test_review_reads_each_stored_transcript_once_for_its_words_and_unsure_ones_r55(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scorecard's unsure words come from Review's own words: before, ``answer_view``
    parsed each long answer's and follow-up's stored words once more (mendUI55). The list
    is the one the scorecard reads from the stored transcripts itself."""
    from simulator.core.scorecard import answer as scorecard_answer
    from simulator.core.scorecard import answer_view

    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        record = storage.session(_session(storage))
    finally:
        storage.close()
    parsed = [0]

    def counting(data):  # type: ignore[no-untyped-def]
        parsed[0] += 1
        return transcript_module.stored_words(data)

    monkeypatch.setattr(review_module, "stored_words", counting)
    monkeypatch.setattr(scorecard_answer, "stored_words", counting)
    (review,) = session_reviews(record, bank, {})
    assert parsed[0] == 2  # the answer and its follow-up, once each (before: 4)
    main, follow_up = record.answers
    assert review.detail == answer_view(main, bank.get(main.question_id), [follow_up])
    assert len(review.detail.parts[1].unsure) == WORDS // 50
