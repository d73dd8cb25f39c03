"""The import's list of the recordings it copies (recordings/.importing, attack run 48) with a
pipe, a link or a folder in its place (attack run 50). A pipe left 'ml-interview archive import'
waiting for good (30 s timeout, nothing said): the next import read the list with open(), which
waits for a pipe's writer, and the list is opened for appending too, which waits for a reader;
in the window the database lane would wait with it. A folder was said as 'Is a directory'. The
app's own name holds its own list: a pipe or a link is now removed unread (a link was read where
it led, then removed: that case guards), a folder is named. Each import runs in a child process, so a hang fails the test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_import_interrupted_hard48 import ROOT, _archive

CHILD = (
    "import sys; from pathlib import Path; "
    "from simulator.core.archive import import_archive, ArchiveError; "
    "from simulator.core.storage import Storage; "
    "data = Path(sys.argv[2]); s = Storage(data / 'sessions.sqlite3')\n"
    "try:\n"
    "    print(import_archive(s, Path(sys.argv[1]), data / 'recordings').recordings)\n"
    "except ArchiveError as exc:\n"
    "    print('refused:', exc)\n"
)


def _import(source: Path, data: Path) -> str:
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(source), str(data)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the import waited for good")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("planted", ["a pipe", "a link to a file elsewhere"])
def test_a_pipe_or_link_as_the_import_list_is_replaced_hard50(tmp_path: Path, planted: str) -> None:
    source = _archive(tmp_path, sessions=2)
    data = tmp_path / "data"
    listed = data / "recordings" / ".importing"
    listed.parent.mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("mine\n")
    if planted == "a pipe":
        os.mkfifo(listed)
    else:
        listed.symlink_to(elsewhere)
    assert _import(source, data) == "2"
    assert not os.path.lexists(listed)  # the import's own list, removed once it was done
    assert elsewhere.read_text() == "mine\n"  # never written through the link
    assert len(list((data / "recordings").glob("*.wav"))) == 2


def test_a_folder_as_the_import_list_is_named_hard50(tmp_path: Path) -> None:
    source = _archive(tmp_path, sessions=1)
    data = tmp_path / "data"
    (data / "recordings" / ".importing").mkdir(parents=True)
    said = _import(source, data)
    assert said == (
        f"refused: {data}/recordings/.importing is a folder, where the app keeps the list of the "
        "recordings an import has copied: move it away and import again; nothing was changed"
    )
    assert not list((data / "recordings").glob("*.wav"))
