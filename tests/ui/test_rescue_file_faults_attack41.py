"""The recovery file itself cannot be written (attack run 41): quitting with answers the data
folder would not take offers to save them to a file, and that file may fail too: the name
chosen is a folder, its folder is a file, the other disk is full too, or the name is long
(241-255 bytes). The message said "Could not write X: [Errno 21] Is a directory:
'/.../.answers.part' -> '...'" (Python's words and a hidden temporary name nobody chose), and a
valid long name failed "File name too long". Now it says what and where in plain words, no
temporary file is left, the window stays open with the answers still held, and a long name is
written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from simulator.ui import rescue_dialog
from tests.ui.test_unsaved_at_quit import _full_disk_at_wrap_up


def _quit_saving_to(window, monkeypatch, target: Path) -> list[str]:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "rescueSave").click()
    )
    monkeypatch.setattr(rescue_dialog, "say_not_written", lambda _p, text: said.append(text))
    monkeypatch.setattr(rescue_dialog, "ask_rescue_path", lambda _parent: str(target))
    if window.close():  # written: the window has gone
        return said
    # not written: the window stays, the answer still held; the test then quits without it
    assert window.isVisible() and window.controller.unsaved_count() == 1
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "rescueQuit").click()
    )
    return said


def _folder_as_target(tmp_path: Path) -> tuple[Path, str]:
    target = tmp_path / "usb"
    target.mkdir()
    return target, f"cannot write {target}: it is a folder"


def _file_as_folder(tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "notes").write_text("mine")
    return tmp_path / "notes" / "answers.json", f"{tmp_path / 'notes'} is a file, not a folder"


@pytest.mark.parametrize("case", [_folder_as_target, _file_as_folder])
def test_a_recovery_file_that_cannot_be_written_is_named_in_plain_words(
    qtbot, window, monkeypatch, tmp_path: Path, case
) -> None:  # type: ignore[no-untyped-def]
    _full_disk_at_wrap_up(qtbot, window, monkeypatch)
    out = tmp_path / "out"
    out.mkdir()
    target, reason = case(out)
    before = sorted(p.name for p in out.rglob("*"))
    said = _quit_saving_to(window, monkeypatch, target)
    assert len(said) == 1, said
    assert reason in said[0] and "Errno" not in said[0] and ".part" not in said[0], said
    assert "still held" in said[0], said
    assert sorted(p.name for p in out.rglob("*")) == before  # nothing half-written left


def test_a_recovery_file_on_a_full_disk_is_named_and_nothing_is_left(
    qtbot, window, monkeypatch, tmpfs
) -> None:  # type: ignore[no-untyped-def]
    _full_disk_at_wrap_up(qtbot, window, monkeypatch)
    usb = tmpfs.mount("64k")
    tmpfs.fill(usb)
    target = usb / "answers.json"
    said = _quit_saving_to(window, monkeypatch, target)
    assert len(said) == 1 and f"cannot write {target}: no space left on the disk" in said[0], said
    assert sorted(p.name for p in usb.iterdir()) == ["filler.bin"]


def test_a_recovery_file_of_a_long_valid_name_is_written(
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _full_disk_at_wrap_up(qtbot, window, monkeypatch)
    target = tmp_path / ("a" * 250 + ".json")
    said = _quit_saving_to(window, monkeypatch, target)
    assert said == []
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["sessions"][0]["answers"][0]["text"].startswith("Overfitting memorizes")
