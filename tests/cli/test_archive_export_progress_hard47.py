"""``ml-interview archive export`` of a large history said nothing until it was done (the window
shows how far it is): it now rewrites one line on a terminal ("exporting to X: 4 MB of 12 MB
(33 %)"), prints nothing of it on a pipe, and Ctrl+C stops it with a message and nothing left
of the file, neither under its name nor as a hidden temporary file."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path
from typing import Any

import pytest

import simulator.core.archive as archive
from simulator.cli import main
from simulator.cli.output import ProgressLine
from simulator.core.storage import Storage


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _history_with_recording(data_dir: Path, size: int) -> None:
    audio = data_dir / "recordings" / "long.wav"
    audio.parent.mkdir(parents=True, exist_ok=True)
    audio.write_bytes(os.urandom(size))
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Long", "question_ids": ["beh.conflict"]})
    storage.add_answer(sid, "beh.conflict", 0, "spoken", "words", audio_path=str(audio))
    storage.close()


def test_a_terminal_sees_how_far_the_export_is(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _history_with_recording(data_dir, 3 * 1024 * 1024)
    monkeypatch.setattr(archive, "CHUNK", 256 * 1024)
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.setattr(ProgressLine, "__init__", _no_wait(ProgressLine.__init__))
    assert main(["archive", "export", str(tmp_path / "all.zip")]) == 0
    shown = terminal.getvalue()
    assert "\rexporting to " in shown and "MB of 3 MB (" in shown, shown
    assert "(100 %)" in shown
    assert shown.endswith("\r")  # wiped before the result: the next line starts clean
    assert (tmp_path / "all.zip").is_file()


def test_a_pipe_gets_no_progress(
    data_dir: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    _history_with_recording(data_dir, 1024 * 1024)
    assert main(["archive", "export", str(tmp_path / "all.zip")]) == 0
    out, err = capfd.readouterr()
    assert "exported 1 session(s)" in out
    assert "MB of" not in err and "\r" not in err + out


def test_ctrl_c_leaves_no_file_and_says_so(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    _history_with_recording(data_dir, 2 * 1024 * 1024)
    monkeypatch.setattr(archive, "CHUNK", 64 * 1024)
    copy = archive._copy_into
    # the handler the run started with: Python's own, or SIG_IGN when the suite runs as a
    # background job (nohup, `&`), which inherits an ignored SIGINT
    before = signal.getsignal(signal.SIGINT)

    def interrupted(*args: Any) -> None:  # Ctrl+C as the recording is being copied
        os.kill(os.getpid(), signal.SIGINT)
        copy(*args)

    monkeypatch.setattr(archive, "_copy_into", interrupted)
    target = tmp_path / "out" / "all.zip"
    target.parent.mkdir()
    assert main(["archive", "export", str(target)]) == 130
    err = capsys.readouterr().err
    assert "cancelled" in err and str(target) in err, err
    assert list(target.parent.iterdir()) == []  # no archive, no hidden half
    assert signal.getsignal(signal.SIGINT) == before  # given back


def _no_wait(init: Any) -> Any:
    def without(self: ProgressLine, stream: Any, what: str, every: float = 0.2) -> None:
        init(self, stream, what, 0.0)  # (every percent shown: the test does not wait)

    return without
