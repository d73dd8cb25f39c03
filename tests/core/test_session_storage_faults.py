"""The session core when the disk fills at the end of an interview (issue 12, item 7) or the
database is locked: wrap-up can be retried and left, nothing given is lost, and what is not on
disk can be written to a recovery file elsewhere. Real SQLite; the fault is injected at the
storage call (the tmpfs tests in test_storage_faults.py show the real error reads the same)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev
from simulator.core.session.ports import DATABASE
from simulator.core.storage import StorageError

GOOD = "Overfitting is when the model memorizes noise in the training set instead of the signal."
SPAM = "Spam filtering needs precision on reported spam, user reports as labels, and retraining."


class Faults:
    """Makes chosen storage calls fail as a full disk (or a lock) until cleared."""

    def __init__(self, h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
        self.kind: str | None = None
        for method in ("add_answer", "finish_session", "update_score", "complete_answer"):
            real = getattr(h.storage, method)
            monkeypatch.setattr(h.storage, method, self._wrap(real, h))

    def _wrap(self, real, h: Harness):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            if self.kind == "full":
                raise StorageError(f"cannot write to {h.storage.path}: the disk is full", "full")
            if self.kind == "locked":
                raise StorageError(f"cannot write to {h.storage.path}: it is locked", "locked")
            return real(*args, **kwargs)

        return call


def _two_answers_then_full(h: Harness, faults: Faults) -> None:
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(GOOD)
    h.session.primary()
    h.to_answering()
    faults.kind = "full"
    h.session.primary(SPAM)
    h.session.primary()  # the last question: wrap-up, which cannot save


def test_a_full_disk_at_wrap_up_can_be_retried_once_there_is_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    faults = Faults(h, monkeypatch)
    _two_answers_then_full(h, faults)
    s = h.session
    assert s.state is State.WRAP_UP and s.wrap_up_failed
    assert s.unsaved_count() == 1
    assert any("room again" in e.message for e in h.of(ev.Failed))
    s.end()  # Ctrl+E while the disk is still full: tried again, still failing, still kept
    assert s.state is State.WRAP_UP and s.unsaved_count() == 1
    faults.kind = None
    s.end()  # Ctrl+E once there is room
    assert s.state is State.SCORECARD and s.unsaved_count() == 0
    record = h.storage.session(h.of(ev.SessionFinished)[0].session_id)
    assert [a.text for a in record.answers] == [GOOD, SPAM] and record.status == "finished"


def test_ctrl_e_at_a_failed_wrap_up_is_not_lost_while_a_write_is_still_queued(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fresh-clone CI under load: Ctrl+E pressed while another database write was still on
    the lane (the failed wrap-up's notice came first) did nothing at all, with no message, and
    the interview stayed at the wrap-up. The retry is queued behind that write instead."""
    h = Harness(tmp_path, follow_ups=False)
    faults = Faults(h, monkeypatch)
    _two_answers_then_full(h, faults)
    s = h.session
    assert s.state is State.WRAP_UP and s.wrap_up_failed
    held: list[tuple[object, ...]] = []
    run_now = h.executor.submit

    def submit(fn, on_done=None, on_error=None, *, lane="compute"):  # type: ignore[no-untyped-def]
        if lane == DATABASE:
            held.append((fn, on_done, on_error))
        else:
            run_now(fn, on_done, on_error, lane=lane)

    monkeypatch.setattr(h.executor, "submit", submit)
    faults.kind = None
    s.rate(1, 4)  # a write that is still on the database lane when Ctrl+E comes
    assert s.busy()
    s.end()
    monkeypatch.setattr(h.executor, "submit", run_now)
    while held:
        fn, on_done, on_error = held.pop(0)
        run_now(fn, on_done, on_error, lane=DATABASE)  # type: ignore[arg-type]
    assert s.state is State.SCORECARD and s.unsaved_count() == 0
    record = h.storage.session(h.of(ev.SessionFinished)[0].session_id)
    assert record.status == "finished" and [a.text for a in record.answers] == [GOOD, SPAM]


def test_a_wrap_up_that_cannot_save_can_be_left_and_written_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    faults = Faults(h, monkeypatch)
    _two_answers_then_full(h, faults)
    s = h.session
    assert s.leave()
    assert s.state is State.ABORTED
    assert s.unsaved_count() == 1  # left, but still held
    target = tmp_path / "elsewhere" / "unsaved.json"
    s.write_recovery_file(target)
    doc = json.loads(target.read_text(encoding="utf-8"))
    answers = [a for session in doc["sessions"] for a in session["answers"]]
    assert [a["text"] for a in answers] == [GOOD, SPAM]
    assert answers[1]["question_id"] == "case.spam" and answers[1]["prompt"]
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)
    # The next session's first write saves the left answers too.
    faults.kind = None
    h.start("tech.overfit")
    assert s.unsaved_count() == 0
    texts = [a.text for r in h.storage.sessions() for a in r.answers]
    assert SPAM in texts


def test_leaving_is_only_for_a_wrap_up_that_failed(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    assert not h.session.leave()
    assert h.session.state is State.ANSWERING


def test_a_lock_is_not_called_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    h = Harness(tmp_path, follow_ups=False)
    faults = Faults(h, monkeypatch)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    faults.kind = "locked"
    h.session.primary(GOOD)
    (failed,) = {e.message for e in h.of(ev.Failed)}
    assert "room" not in failed and "locked" in failed and "another program" in failed


def test_a_speech_model_failing_mid_answer_keeps_the_recording_as_an_answer(
    tmp_path: Path,
) -> None:
    """Issue 12, item 12: not saved as "skipped", so it can be transcribed later."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam", spoken=True)
    h.to_answering()
    h.session.recording_started()
    recording = h.speech.started[-1]
    recording.parent.mkdir(parents=True, exist_ok=True)
    recording.write_bytes(b"RIFF" + b"\0" * 40)  # what the microphone wrote
    h.session.primary()  # the answer ends: transcription starts
    assert h.session.state is State.TRANSCRIBING
    h.session.speech_failed("The speech model could not be loaded.")
    assert h.session.state is State.REVIEWING
    assert any("could not be transcribed" in n for n in h.notices())
    (row,) = h.storage.answers(h.session.session_id)  # type: ignore[arg-type]
    assert row.mode == "spoken" and row.audio_path == str(recording)
    assert h.of(ev.AnswerSkipped) == []


def test_a_session_that_could_not_be_created_is_created_once_there_is_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walkthrough 8: with the disk full from the first question, the session itself could
    not be created, and every later save, Ctrl+E included, said "the session could not be
    created, so nothing can be saved" even after space was freed: the answers could only be
    written to a recovery file."""
    h = Harness(tmp_path, follow_ups=False)
    faults = Faults(h, monkeypatch)
    real_create = h.storage.create_session

    def create(*args, **kwargs):  # type: ignore[no-untyped-def]
        if faults.kind == "full":
            raise StorageError(f"cannot write to {h.storage.path}: the disk is full", "full")
        return real_create(*args, **kwargs)

    monkeypatch.setattr(h.storage, "create_session", create)
    faults.kind = "full"
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(GOOD)
    h.session.primary()
    h.to_answering()
    h.session.primary(SPAM)
    h.session.primary()
    s = h.session
    assert s.state is State.WRAP_UP and s.wrap_up_failed and s.unsaved_count() == 2
    assert all("could not be created" not in e.message for e in h.of(ev.Failed))
    faults.kind = None
    s.end()  # Ctrl+E once there is room
    assert s.state is State.SCORECARD and s.unsaved_count() == 0
    record = h.storage.session(h.of(ev.SessionFinished)[0].session_id)
    assert [a.text for a in record.answers] == [GOOD, SPAM] and record.status == "finished"
    assert s.session_id == record.id


def test_answers_saved_once_the_disk_has_room_again_are_said_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a failed save, the next one that writes everything says so (SavedAgain), so the
    page can stop saying "not saved yet"; it said "Answer saved" on a full disk before."""
    h = Harness(tmp_path, follow_ups=False)
    faults = Faults(h, monkeypatch)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    faults.kind = "full"
    h.session.primary(GOOD)
    assert h.of(ev.Failed) and not h.of(ev.SavedAgain)
    faults.kind = None
    h.session.primary()
    h.to_answering()
    h.session.primary(SPAM)
    assert len(h.of(ev.SavedAgain)) == 1 and h.session.unsaved_count() == 0


def test_answers_kept_in_memory_are_saved_once_there_is_room_without_a_next_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen in a real window on a full tmpfs: the disk had room again for minutes, but the
    answer stayed in memory until the next one was given (a kill or a crash meanwhile lost
    it). The session tries again every few seconds, quietly while the disk is still full."""
    from simulator.core.session.engine import RETRY_UNSAVED_EVERY_S

    h = Harness(tmp_path, follow_ups=False)
    faults = Faults(h, monkeypatch)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    faults.kind = "full"
    h.session.primary(GOOD)
    failures = len(h.of(ev.Failed))
    assert failures and h.session.unsaved_count() == 1
    for _ in range(3):  # still full: tried again, not said again
        h.clock.advance(RETRY_UNSAVED_EVERY_S)
        h.session.tick()
    assert len(h.of(ev.Failed)) == failures and h.session.unsaved_count() == 1
    faults.kind = None
    h.clock.advance(RETRY_UNSAVED_EVERY_S)
    h.session.tick()
    assert h.session.unsaved_count() == 0 and len(h.of(ev.SavedAgain)) == 1
    sid = h.session.journal.session_id
    assert sid is not None
    assert [a.text for a in h.storage.answers(sid)] == [GOOD]
