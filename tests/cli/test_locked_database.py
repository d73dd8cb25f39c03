"""Commands on a session database another program holds locked (issue 8: storage faults at
start): the commands that only read (history, export, due, archive export) read it as it is and
say so on stderr; one that writes (archive import) refuses in one line naming the file and the
program holding it. Nothing recorded is changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core import storage as storage_module
from simulator.core.storage import Storage
from tests.locked_database import held_locked
from tests.scores import session_score


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_module, "LOCK_WAIT", 0.2)  # not 5 s per command


def _recorded(data: Path) -> Path:
    paths.set_data_dir(data)
    path = paths.database_file()
    storage = Storage(path)
    for n in range(2):
        sid = storage.create_session({"name": f"plan {n}", "question_ids": ["tech.overfitting"]})
        storage.add_answer(sid, "tech.overfitting", 0, "typed", f"answer {n}")
        storage.finish_session(sid, session_score(70 + n))
    storage.close()
    return path


def _files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_reading_commands_read_a_locked_database_and_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    path = _recorded(data)
    with held_locked(path) as other:
        before = _files(data)
        code = main(["--data-dir", str(data), "history"])
        out = capsys.readouterr()
        assert code == 0, out.err
        assert "plan 0" in out.out and "plan 1" in out.out and "overall 71" in out.out
        assert str(path) in out.err and f"process {other.pid}" in out.err
        assert "cannot be saved" in out.err and out.err.count("\n") == 1
        code = main(["--data-dir", str(data), "export", "1", "-o", str(tmp_path / "one.md")])
        assert code == 0, capsys.readouterr().err
        assert "answer 0" in (tmp_path / "one.md").read_text(encoding="utf-8")
        code = main(["--data-dir", str(data), "due"])
        assert code == 0, capsys.readouterr().err
        assert _files(data) == before  # nothing written next to it


def test_a_writing_command_refuses_a_locked_database_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    path = _recorded(data)
    archive = tmp_path / "all.zip"
    assert main(["--data-dir", str(data), "archive", "export", str(archive)]) == 0
    capsys.readouterr()
    with held_locked(path) as other:
        code = main(["--data-dir", str(data), "archive", "import", str(archive), "--replace"])
        err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert str(path) in err and f"process {other.pid}" in err and "locked" in err
    assert len(Storage(path).sessions()) == 2  # nothing lost
