"""The log file on a full disk: one line on stderr says logging stopped, instead of Python's
"--- Logging error ---" and a full traceback on every log record (seen on a full disk during an
interview: each failed save wrote about 40 lines to the terminal)."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest

from simulator import diagnostics


class FullDisk:
    """As a real full disk: writes go into the buffer, the flush fails."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def seek(self, *args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        pass


def test_a_log_that_cannot_be_written_says_so_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = diagnostics.setup(tmp_path)
    try:
        handler = logging.getLogger().handlers[-1]
        assert isinstance(handler, logging.StreamHandler)
        handler.setStream(FullDisk()).close()  # type: ignore[arg-type,union-attr]
        log = logging.getLogger("test.full")
        for n in range(5):
            log.warning("save failed %d", n)
        err = capsys.readouterr().err
        assert "Logging error" not in err and "Traceback" not in err, err
        assert err.count("\n") == 1 and str(path) in err and "no space left" in err, err
    finally:
        diagnostics.teardown()
