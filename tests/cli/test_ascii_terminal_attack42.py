"""Commands under a locale that is not UTF-8 (attack run 42): LC_ALL=C with Python's UTF-8 mode
off (PYTHONUTF8=0), as under a Latin-1 or EUC locale or a Windows console, gives an ASCII
terminal. 'history' stopped with a UnicodeEncodeError traceback at the first session named with
"Ü"; every command now prints such a character as its escape and finishes."""

from __future__ import annotations

from pathlib import Path

from tests.cli.c_locale import run_in_c_locale


def test_history_on_an_ascii_terminal_prints_escapes_not_a_traceback(tmp_path: Path) -> None:
    done = run_in_c_locale(tmp_path, ["history"], PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    out, err = done.stdout.decode("ascii"), done.stderr.decode("ascii", "replace")
    assert done.returncode == 0 and "Traceback" not in err, err
    assert "\\xdcn\\xefcode \\u2713" in out, out
