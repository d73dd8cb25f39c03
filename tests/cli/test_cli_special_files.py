"""A pipe or an endless device given where a command expects a file: one line saying so and
exit status 1, at once (a pipe made a command wait forever, /dev/zero filled the memory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import contextlib, io, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    from simulator.cli import main
    pipe = sys.argv[1]
    for where in (pipe, "/dev/zero"):
        for args in (
            ["score", "--question", "tech.bias-variance", "--answer-file", where],
            ["archive", "import", where],
            ["validate", where],
            ["transcribe", where],
        ):
            err = io.StringIO()  # validate reports on stdout, the others on stderr
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
                code = main(["--data-dir", sys.argv[2], *args])
            print(code, args[0], err.getvalue().strip().splitlines()[-1])
    """
)


def test_a_pipe_or_a_device_as_a_file_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "answer.txt"
    os.mkfifo(pipe)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(pipe), str(tmp_path / "data")],
        capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-800:]
    lines = child.stdout.strip().splitlines()
    assert len(lines) == 8
    for line in lines:
        code, command, message = line.split(" ", 2)
        assert code == "1", line
        assert "not a regular file" in message, line


def test_json_listings_escape_terminal_controls(data_dir: Path) -> None:
    from simulator.core.storage import Storage

    controls = "\x1b]0;title\x07 \x9b2J"  # OSC window title, BEL, 8-bit CSI
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": controls, "question_ids": [controls]})
    answer = storage.add_answer(sid, controls, 0, "typed", controls)
    storage.set_rating(answer, 2)
    storage.finish_session(sid, None)
    storage.close()
    for args in (["history", "--json"], ["due", "--json", "--all"]):
        out = subprocess.run(
            [sys.executable, "-m", "simulator", "--data-dir", str(data_dir), *args],
            capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": os.getcwd()},
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert not set(out.stdout) & {"\x1b", "\x07", "\x9b"}, args
        assert controls in _strings(json.loads(out.stdout)), args  # still all there, escaped


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for v in value for s in _strings(v)] if isinstance(value, list) else []
