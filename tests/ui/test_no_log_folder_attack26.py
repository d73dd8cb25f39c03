"""Attack run of round 26: a file in the place of the log folder costs only the log, and the
line saying so is plain: it read "no log file ([Errno 17] the log folder ... cannot be created:
a file is in the way)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import diagnostics
from simulator.app import start_diagnostics


def test_a_file_in_the_log_folders_place_is_said_plainly(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "logs").write_text("x")
    reporter = start_diagnostics(data_dir)
    try:
        err = capsys.readouterr().err
    finally:
        reporter.uninstall()
        diagnostics.teardown()
    assert err == (
        f"ml-interview: no log file: the log folder {data_dir / 'logs'} cannot be created: a "
        "file is in the way\n"
    )
