"""An archive import stopped while it copies the recordings (attack run 48: Ctrl+C, or the
process killed, mid-import of a 77 MB archive of 40 spoken sessions). The recordings copied
so far stayed in the recordings folder, one of them cut short, and no answer named them: a
KeyboardInterrupt passed the import's own clean-up, a kill leaves no chance for one. Importing
again copied all 40 once more beside them, under 'imported-<time>-' names (15 orphans, 28 MB,
in that run). Ctrl+C now removes what was copied (the command says it was cancelled); a kill's
copies are listed in the recordings folder as they are made, and the next import removes
those no answer names before it starts."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from simulator.core import archive
from simulator.core.archive import ArchiveCancelled, export_archive, import_archive
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from tests.ui.recorded import spoken_session

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
ROOT = Path(__file__).resolve().parents[2]


def _archive(tmp_path: Path, sessions: int = 4) -> Path:
    bank = load_packs([PACK])
    data = tmp_path / "source"
    storage = Storage(data / "sessions.sqlite3")
    for n in range(sessions):
        spoken_session(storage, bank, data / "recordings" / f"a{n}.wav")
    export_archive(storage, tmp_path / "all.zip")
    storage.close()
    return tmp_path / "all.zip"


def _stop_at_recording(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    real = zipfile.ZipFile.open
    seen = [0]

    def opened(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        if str(name).startswith("recordings/"):
            seen[0] += 1
            if seen[0] == n:
                raise KeyboardInterrupt
        return real(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(archive.zipfile.ZipFile, "open", opened)


def test_ctrl_c_mid_import_leaves_nothing_hard48(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _archive(tmp_path)
    data = tmp_path / "data"
    storage = Storage(data / "sessions.sqlite3")
    _stop_at_recording(monkeypatch, 3)
    with pytest.raises(ArchiveCancelled, match="cancelled.*nothing was changed"):
        import_archive(storage, source, data / "recordings")
    assert sorted(os.listdir(data / "recordings")) == []
    assert storage.session_count() == 0
    storage.close()


_KILLED = """
import os, sys, zipfile
from pathlib import Path
from simulator.core.archive import import_archive
from simulator.core.storage import Storage

real = zipfile.ZipFile.open
seen = [0]
def opened(self, name, *args, **kwargs):
    if str(name).startswith("recordings/"):
        seen[0] += 1
        if seen[0] == 3:
            os._exit(9)  # killed: no clean-up of any kind runs
    return real(self, name, *args, **kwargs)
zipfile.ZipFile.open = opened
data = Path(sys.argv[2])
import_archive(Storage(data / "sessions.sqlite3"), Path(sys.argv[1]), data / "recordings")
"""


def _killed_import(source: Path, data: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _KILLED, str(source), str(data)], env=env, timeout=120
    )
    assert done.returncode == 9


def test_an_import_after_a_killed_one_removes_its_copies_hard48(tmp_path: Path) -> None:
    source = _archive(tmp_path)
    data = tmp_path / "data"
    _killed_import(source, data)
    copied = [n for n in os.listdir(data / "recordings") if n.endswith(".wav")]
    assert len(copied) == 2  # what the kill left
    storage = Storage(data / "sessions.sqlite3")
    assert storage.session_count() == 0
    summary = import_archive(storage, source, data / "recordings")
    assert summary.recordings == 4
    assert sorted(os.listdir(data / "recordings")) == ["a0.wav", "a1.wav", "a2.wav", "a3.wav"]
    played = {
        Path(a.audio_path).name for s in storage.sessions() for a in s.answers if a.audio_path
    }
    assert played == {"a0.wav", "a1.wav", "a2.wav", "a3.wav"}
    storage.close()


def test_copies_the_database_names_are_kept_hard48(tmp_path: Path) -> None:
    """Killed after its rows were saved, before its list was removed: the list names
    recordings answers play; they are kept, the list goes."""
    source = _archive(tmp_path)
    data = tmp_path / "data"
    storage = Storage(data / "sessions.sqlite3")
    import_archive(storage, source, data / "recordings")
    listed = sorted(os.listdir(data / "recordings"))
    (data / "recordings" / archive.IMPORTING).write_text(
        "".join(f"{name}\n" for name in listed), encoding="utf-8"
    )
    import_archive(storage, source, data / "recordings", replace=True)
    names = sorted(os.listdir(data / "recordings"))
    assert archive.IMPORTING not in names
    assert set(listed) <= set(names)  # the first import's recordings, still played by nobody
    storage.close()
