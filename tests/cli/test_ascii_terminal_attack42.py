"""Commands under a locale that is not UTF-8 (attack run 42): LC_ALL=C with Python's UTF-8 mode
off (PYTHONUTF8=0), as under a Latin-1 or EUC locale or a Windows console, gives an ASCII
terminal. 'history' stopped with a UnicodeEncodeError traceback at the first session named with
"Ü"; every command now prints such a character as its escape and finishes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.c_locale import run_in_c_locale


def test_history_on_an_ascii_terminal_prints_escapes_not_a_traceback(tmp_path: Path) -> None:
    done = run_in_c_locale(tmp_path, ["history"], PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    out, err = done.stdout.decode("ascii"), done.stderr.decode("ascii", "replace")
    assert done.returncode == 0 and "Traceback" not in err, err
    assert "\\xdcn\\xefcode \\u2713" in out, out


def test_json_on_an_ascii_terminal_stays_json_fix42(tmp_path: Path) -> None:
    """'history --json' printed "Ü" as the stream's escape \\xdc, which no JSON reader accepts;
    'due --json' goes through the same writer."""
    done = run_in_c_locale(tmp_path, ["history", "--json"], PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    assert done.returncode == 0, done.stderr.decode("ascii", "replace")
    sessions = json.loads(done.stdout.decode("ascii"))
    assert sessions[0]["plan"]["name"] == "Ünïcode ✓"
    due = run_in_c_locale(
        tmp_path / "due", ["due", "--json"], PYTHONUTF8="0", PYTHONCOERCECLOCALE="0"
    )
    assert due.returncode == 0, due.stderr.decode("ascii", "replace")
    assert isinstance(json.loads(due.stdout.decode("ascii")), list)
