"""The session core on a real disk that fails in the middle of an interview: a file system the
kernel turns read-only (ext4 errors=remount-ro, as a failing disk does) and a tmpfs that fills
up. Answers already recorded survive, the person is told what failed and where, and the
session goes on (or can be resumed) once the disk works again. Needs root to mount; skipped
where nothing can be mounted."""

from __future__ import annotations

import json
from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev
from simulator.core.storage import Storage

FIRST = "Overfitting is when the model memorizes noise in the training set instead of the signal."
SECOND = "Spam filtering needs precision on reported spam, user reports as labels, and retraining."


def _first_answer_in(h: Harness) -> None:
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(FIRST)
    assert [r.text for r in h.rows()] == [FIRST]
    h.session.primary()  # on to the second question
    h.to_answering()


def test_a_data_folder_turned_read_only_mid_session_is_named_and_loses_nothing(
    tmpfs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.ext4()
    h = Harness(mnt, follow_ups=False)
    _first_answer_in(h)
    tmpfs.force_read_only(mnt)
    h.session.primary(SECOND)
    h.session.primary()  # the last question: the wrap-up cannot save either
    failures = [e.message for e in h.of(ev.Failed)]
    assert failures, "the person was not told"
    # what failed, where, and why: not SQLite's "disk I/O error"
    assert all(str(h.storage.path) in m and "read-only" in m for m in failures), failures
    assert "I/O error" not in " ".join(failures)
    assert h.session.state is State.WRAP_UP and h.session.wrap_up_failed
    assert h.session.unsaved_count() == 1  # the second answer, kept in memory
    rescue = h.session.write_recovery_file(tmp_path / "rescue.json")
    (kept,) = json.loads(rescue.read_text())["sessions"]
    assert [a["text"] for a in kept["answers"]] == [FIRST, SECOND]
    h.storage.close()
    again = Storage(mnt / "sessions.sqlite3")  # the next start: read-only, the first answer read
    assert again.read_only and "read-only" in " ".join(again.take_notices())
    (session,) = again.sessions()
    assert [a.text for a in session.answers] == [FIRST]
    again.close()


def test_a_disk_filling_up_mid_session_keeps_answers_and_saves_them_once_freed(
    tmpfs,
) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount("2m")
    h = Harness(mnt, follow_ups=False)
    _first_answer_in(h)
    filler = tmpfs.fill(mnt)
    h.session.primary(SECOND * 40)  # a long answer does not fit in what SQLite had reserved
    failures = [e.message for e in h.of(ev.Failed)]
    assert failures and all(str(h.storage.path) in m and "disk is full" in m for m in failures), (
        failures
    )
    assert h.session.unsaved_count() == 1
    assert [r.text for r in h.rows()] == [FIRST]  # what was saved is still there
    filler.unlink()  # room again
    h.session.primary()  # the wrap-up saves what was kept
    assert h.session.state is State.SCORECARD and h.session.unsaved_count() == 0
    assert [r.text for r in h.rows()] == [FIRST, SECOND * 40]
    assert h.of(ev.SavedAgain)
