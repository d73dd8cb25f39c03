"""A killed write's temporary file on this machine goes with the next write to that name, not a
day later (read-again review of round 48): its name says which machine wrote it, so the wait
that keeps another machine's export in progress on a shared folder (fix46) is for those only."""

from __future__ import annotations

import os
from pathlib import Path

from simulator.core.export import write_export
from simulator.core.target_files import written_by

GONE = 2**22 + 12345  # no such process


def _as_written_by(pid: int) -> str:
    """The name a write of process ``pid`` on this machine gives its temporary file of card.html."""
    return written_by(".card.html.").replace(str(os.getpid()), str(pid), 1) + "abcdefgh.part"


def test_a_killed_writes_leftover_on_this_machine_goes_at_once_r49(tmp_path: Path) -> None:
    leftover = tmp_path / _as_written_by(GONE)
    leftover.write_text("half a scorecard")  # just now: no day has passed
    running = tmp_path / _as_written_by(os.getppid())
    running.write_text("a write in progress")
    write_export(tmp_path / "card.html", "<p>whole</p>")
    assert not leftover.exists()
    assert running.read_text() == "a write in progress"
    assert (tmp_path / "card.html").read_text() == "<p>whole</p>"


def test_another_machines_write_in_progress_is_kept_r49(tmp_path: Path) -> None:
    elsewhere = tmp_path / f".card.html.{GONE}@0000zzzz-abcdefgh.part"
    elsewhere.write_text("half")
    write_export(tmp_path / "card.html", "<p>whole</p>")
    assert elsewhere.read_text() == "half"
