"""A read-only or uncreatable data folder (issue 12, item 11): every command says so in those
words, in one line; history still reads; the shipped questions still work."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.storage import Storage
from tests.scores import session_score


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_an_uncreatable_data_folder_is_named_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    data = str(blocker / "data")
    code, _, err = _run(["--data-dir", data, "history"], capsys)
    assert code == 1 and "cannot be created" in err and err.count("\n") == 1
    code, out, err = _run(["--data-dir", data, "questions"], capsys)
    assert code == 0 and "tech.bias-variance" in out and "cannot be created" in err
    code, _, err = _run(["--data-dir", data, "export", "1", "-o", str(tmp_path / "x.md")], capsys)
    assert code == 1 and "cannot be created" in err and "Traceback" not in err


def test_a_read_only_data_folder_still_shows_history(
    tmpfs, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    data = tmpfs.mount("1m")
    storage = Storage(data / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick practice"})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "an answer")
    storage.finish_session(sid, session_score(40))
    storage.close()
    tmpfs.read_only(data)
    code, out, err = _run(["--data-dir", str(data), "history", "--json"], capsys)
    assert code == 0 and json.loads(out)[0]["answers"][0]["text"] == "an answer"
    assert "read-only" in err
    code, out, err = _run(["--data-dir", str(data), "questions"], capsys)
    assert code == 0 and "tech.bias-variance" in out


def test_doctor_exits_non_zero_when_the_data_folder_is_unusable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    # In a child process: doctor starts a QCoreApplication to list audio devices.
    argv = ["--data-dir", str(blocker / "data"), "doctor"]
    done = subprocess.run(
        [sys.executable, "-m", "simulator", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    code, out = done.returncode, done.stdout
    assert code == 1, out
    assert "[missing] data dir: the data folder" in out and "cannot be created" in out
    assert "[missing] database:" in out


def test_the_window_says_an_uncreatable_data_folder_in_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    script = (
        "import sys; from PySide6.QtWidgets import QMessageBox;"
        "QMessageBox.critical = lambda *a, **k: print('MESSAGE', a[2]);"
        "from simulator.cli import main;"
        f"sys.exit(main(['--data-dir', {str(blocker / 'data')!r}]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1, done.stderr
    assert "MESSAGE" in done.stdout and "cannot be created" in done.stdout


LONG = "n" * 300  # longer than a file name may be (255 bytes on Linux)


@pytest.mark.parametrize(
    "argv",
    [
        ["score", "--question", "tech.bias-variance", "--audio", f"/tmp/{LONG}.wav"],
        ["transcribe", f"/tmp/{LONG}.wav"],
        ["export", "latest", "-o", f"/tmp/{LONG}.html"],
        ["archive", "export", f"/tmp/{LONG}.zip"],
        ["archive", "import", f"/tmp/{LONG}.zip"],
        ["--data-dir", f"/tmp/{LONG}", "history"],
    ],
)
def test_a_path_the_system_refuses_is_one_line_naming_it(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Python's Path.is_dir() and .exists() raise for a name that is too long (or a folder that
    cannot be searched): every command ended in a traceback."""
    if argv[0] == "export":  # a session to export, so the output name is what fails
        from simulator.core.storage import Storage

        storage = Storage(paths.database_file())
        storage.create_session({"name": "x", "question_ids": []})
        storage.close()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ml-interview: "), err
    assert "name too long" in err and LONG[:100] in err
