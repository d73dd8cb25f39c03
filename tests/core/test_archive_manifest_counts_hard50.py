"""An archive whose manifest's counts are not what its data.json holds (attack run 50). A manifest
listing 40 sessions and 120 answers over a data.json of 1 session and 2 answers (a hand-made
manifest, or a data.json edited after the export) was imported without a word: the command said
'imported 1 session(s)', the window asked nothing on an empty history. data.json is what is
checked and imported; the difference is now said, by the command after it and by the window
before it (it asks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from simulator.cli import main
from simulator.core.archive import import_archive, read_archive
from simulator.core.storage import Storage
from tests.core.test_archive_hostile import _archive, _write


def _differing(tmp_path: Path, **counts: Any) -> Path:
    manifest, data, wav = _archive(tmp_path)
    manifest.update(counts)
    return _write(tmp_path / "differs.zip", manifest, data, {data["answers"][0]["audio_path"]: wav})


@pytest.mark.parametrize(
    ("counts", "said"),
    [
        (
            {"sessions": 40, "answers": 120},
            "its manifest.json lists 40 sessions and 120 answers, but its data.json holds "
            "1 session and 2 answers",
        ),
        ({"recordings": 0}, "lists 0 recordings, but its data.json holds 1 recording"),
        ({"answers": "2"}, 'lists "2" answers (not a whole number), but'),
    ],
)
def test_counts_that_differ_are_said_hard50(
    tmp_path: Path, counts: dict[str, Any], said: str
) -> None:
    archive = _differing(tmp_path, **counts)
    summary, _ = read_archive(archive)
    assert said in summary.manifest_differs
    storage = Storage(tmp_path / "dst" / "s.sqlite3")
    imported = import_archive(storage, archive, tmp_path / "dst" / "recordings")
    assert said in imported.manifest_differs
    assert storage.session_count() == 1 and len(storage.answers(1)) == 2  # data.json's


def test_counts_that_agree_say_nothing_hard50(tmp_path: Path) -> None:
    manifest, data, wav = _archive(tmp_path)
    archive = _write(tmp_path / "ok.zip", manifest, data, {data["answers"][0]["audio_path"]: wav})
    assert read_archive(archive)[0].manifest_differs == ""
    del manifest["answers"]  # a count left out is not compared
    _write(tmp_path / "ok.zip", manifest, data, {data["answers"][0]["audio_path"]: wav})
    assert read_archive(archive)[0].manifest_differs == ""


def test_the_command_says_what_was_imported_hard50(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = _differing(tmp_path, sessions=40)
    assert main(["archive", "import", str(archive)]) == 0
    out, err = capsys.readouterr()
    assert "imported 1 session(s)" in out
    assert (
        f"ml-interview: note: {archive}: its manifest.json lists 40 sessions, but its data.json "
        "holds 1 session: what data.json holds was imported"
    ) in err
