"""An export onto a write-protected file keeps the file (attack run 37): 'export latest -o
notes.md' over a notes.md made read-only (chmod a-w) replaced it with the scorecard without a
word, since a rename needs only the folder's permission; a shell's '>' or an editor would have
refused. The export is refused naming the file and why; a writable file is still replaced, and
a write-protected link leads to the file it names (the file's protection is what counts)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.core.export import ExportError, write_export


def test_a_write_protected_file_is_kept_and_named(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("my own notes")
    notes.chmod(0o444)
    with pytest.raises(ExportError) as caught:
        write_export(notes, "# Scorecard")
    assert str(caught.value) == (
        f"cannot write {notes}: the file there is write-protected (read-only), so it is kept: "
        "choose another name, or make it writable to replace it"
    )
    assert notes.read_text() == "my own notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]  # no leftover


def test_a_link_to_a_write_protected_file_is_refused_too(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("my own notes")
    notes.chmod(0o400)
    link = tmp_path / "card.md"
    os.symlink(notes, link)
    with pytest.raises(ExportError, match="write-protected"):
        write_export(link, "# Scorecard")
    assert notes.read_text() == "my own notes"


@pytest.mark.parametrize("mode", [0o600, 0o644, 0o464])
def test_a_file_someone_may_write_is_replaced(tmp_path: Path, mode: int) -> None:
    card = tmp_path / "card.md"
    card.write_text("last week's card")
    card.chmod(mode)
    write_export(card, "# Scorecard")
    assert card.read_text() == "# Scorecard"
