"""The data folder removed while the app runs and a file put in its place (attack run 38).
Saving the next answer said "the disk or folder is read-only": the person looked at
permissions and a disk that were fine. The message now says what is in the way and where;
answers wait in memory as for any failed save, and saving works again once the file goes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.core.storage import Storage
from simulator.core.storage_errors import StorageError


def test_a_file_in_the_data_folders_place_is_named_not_called_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    storage = Storage(folder / "sessions.sqlite3")
    storage.create_session({"name": "t", "question_ids": []})
    shutil.rmtree(folder)
    folder.write_text("a note saved where the folder was\n", encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        storage.create_session({"name": "t", "question_ids": []})
    said = str(caught.value)
    assert "read-only" not in said, said
    assert f"the data folder {folder} is a file now" in said, said
    assert folder.read_text(encoding="utf-8") == "a note saved where the folder was\n"
    # the file moved away: saving works again (the database is made anew there)
    folder.unlink()
    storage.create_session({"name": "t", "question_ids": []})
    storage.close()


def test_a_read_only_folder_is_still_called_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words for a folder really refusing writes are unchanged."""
    import sqlite3

    from simulator.core import storage as storage_module

    folder = tmp_path / "data"
    folder.mkdir()
    storage = Storage(folder / "sessions.sqlite3")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(storage_module.Storage, "_repair_if_changed_under_us", refuse)
    with pytest.raises(StorageError) as caught:
        storage.create_session({"name": "t", "question_ids": []})
    assert "the disk or folder is read-only" in str(caught.value)
    assert caught.value.kind == "read-only"
    monkeypatch.undo()
    storage.close()
