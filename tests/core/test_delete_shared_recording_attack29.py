"""Attack run of round 29: deleting a session removes only recordings no other answer names. Two
answers in different sessions naming one file (a hand-edited database, a salvaged one) lost the
other session's recording when the first was deleted."""

from __future__ import annotations

from pathlib import Path

from simulator.core.history import delete_session
from simulator.core.storage import Storage


def test_a_recording_another_session_names_is_kept(data_dir: Path) -> None:
    recordings = data_dir / "recordings"
    recordings.mkdir(parents=True)
    shared, own = recordings / "shared.wav", recordings / "own.wav"
    shared.write_bytes(b"RIFF")
    own.write_bytes(b"RIFF")
    storage = Storage(data_dir / "sessions.sqlite3")
    try:
        first = storage.create_session({"name": "a", "question_ids": ["tech.overfit"] * 2})
        storage.add_answer(first, "tech.overfit", 0, "spoken", "one", audio_path=str(shared))
        storage.add_answer(first, "tech.overfit", 1, "spoken", "two", audio_path=str(own))
        second = storage.create_session({"name": "b", "question_ids": ["tech.overfit"]})
        storage.add_answer(second, "tech.overfit", 0, "spoken", "three", audio_path=str(shared))
        assert delete_session(storage, first, recordings) == 1
        assert not own.exists()
        assert shared.read_bytes() == b"RIFF"  # the second session still replays it
        (kept,) = storage.answers(second)
        assert kept.audio_path is not None and Path(kept.audio_path) == shared
    finally:
        storage.close()


def test_a_damaged_recording_cell_elsewhere_does_not_stop_a_delete(data_dir: Path) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    try:
        first = storage.create_session({"name": "a", "question_ids": ["tech.overfit"]})
        storage.add_answer(first, "tech.overfit", 0, "typed", "one")
        second = storage.create_session({"name": "b", "question_ids": ["tech.overfit"]})
        storage.add_answer(second, "tech.overfit", 0, "spoken", "two", audio_path="x.wav")
        storage._db.execute(
            "UPDATE answers SET audio_path = x'00ff' WHERE session_id = ?", (second,)
        )
        assert delete_session(storage, first, data_dir / "recordings") == 0
        assert [s.id for s in storage.sessions()] == [second]
    finally:
        storage.close()
