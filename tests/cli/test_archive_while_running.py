"""Importing an archive while the window runs on the same data folder (attack run, issue 8).

The import with --replace deleted the running interview's session under the window; the
window's next answer then went into the imported session that took its id, mixing a stranger's
answers with the person's and marking it finished. The command now refuses while the window
holds the folder, names it and the process, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.core.archive import export_archive
from simulator.core.storage import Storage
from simulator.instance import InstanceLock


def test_an_import_is_refused_while_the_window_holds_the_folder(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = Storage(tmp_path / "other" / "sessions.sqlite3")
    sid = other.create_session({"name": "someone else's"})
    other.add_answer(sid, "tech.a", 0, "typed", "not yours")
    export_archive(other, tmp_path / "archive.zip")
    other.close()
    mine = Storage(data_dir / "sessions.sqlite3")
    live = mine.create_session({"name": "in progress"})
    mine.add_answer(live, "tech.overfit", 0, "typed", "my answer")
    window = InstanceLock(data_dir)  # as the running window holds it
    assert window.acquire()
    try:
        code = main(["archive", "import", "--replace", str(tmp_path / "archive.zip")])
        err = capsys.readouterr().err
        assert code != 0
        assert str(data_dir) in err and "running" in err, err
        assert [a.text for a in mine.answers(live)] == ["my answer"]  # untouched
        assert [s.plan.name for s in mine.sessions()] == ["in progress"]
    finally:
        window.release()
        mine.close()
    assert main(["archive", "import", "--replace", str(tmp_path / "archive.zip")]) == 0
