"""A second window on a folder whose .lock was deleted under the first (attack run 55, issue 8).

.lock is a dot file beside the database; a person tidying the data folder, or a cleaning tool,
deletes it while the app runs. A second window then made a new .lock, locked it and opened:
two windows wrote into one database, each taking the other's live interview for an interrupted
one (Home offered to resume it), the very thing the lock is there to stop. Seen in the real
window (Xvfb): the second launch showed Home instead of 'already running'. The folder itself is
now locked as well."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from simulator.instance import InstanceLock

REPO = Path(__file__).resolve().parents[1]


def test_a_deleted_lock_file_does_not_let_a_second_window_in_r55(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path)
    assert first.acquire()
    try:
        (tmp_path / ".lock").unlink()
        second = InstanceLock(tmp_path)
        assert not second.acquire()
        assert second.held_by() == (f"the app is running with the data folder {tmp_path}", False)
        # another process, as a second launch is
        probe = (
            "import sys; from pathlib import Path; from simulator.instance import InstanceLock; "
            "sys.exit(0 if InstanceLock(Path(sys.argv[1])).acquire() else 3)"
        )
        other = subprocess.run(
            [sys.executable, "-c", probe, str(tmp_path)], cwd=REPO, env={"PYTHONPATH": str(REPO)}
        )
        assert other.returncode == 3
    finally:
        first.release()
    again = InstanceLock(tmp_path)
    assert again.acquire()  # released with the first: the next window opens
    again.release()


def test_a_window_released_leaves_the_folder_free_for_an_import_r55(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path)
    assert first.acquire()
    first.release()
    importing = InstanceLock(tmp_path, "import")
    assert importing.acquire()
    assert not InstanceLock(tmp_path).acquire()
    importing.release()
