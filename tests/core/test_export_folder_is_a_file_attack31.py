"""An export, archive or speak -o into 'a folder' that is a file (attack run 31): 'cannot write
notes/card.html: folder notes does not exist' sent the person looking for a folder that is
there, as a file. The file in the way is named, wherever it is on the path."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.export.files import ExportError, write_export
from simulator.core.target_files import missing_folder


def test_a_file_in_the_place_of_the_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "notes"
    blocker.write_text("a file, not a folder")
    for target in (blocker / "card.html", blocker / "deeper" / "card.html"):
        with pytest.raises(ExportError) as caught:
            write_export(target, "<html></html>")
        message = str(caught.value)
        assert f"{blocker} is a file, not a folder" in message, message
        assert "does not exist" not in message
    assert blocker.read_text() == "a file, not a folder"


def test_a_folder_that_is_not_there_is_still_said_so(tmp_path: Path) -> None:
    assert missing_folder(tmp_path / "gone" / "deeper") == (
        f"the folder {tmp_path / 'gone' / 'deeper'} does not exist"
    )
    with pytest.raises(ExportError, match="does not exist"):
        write_export(tmp_path / "gone" / "card.md", "x")


@pytest.mark.parametrize("command", ["archive", "speak"])
def test_the_archive_and_speak_say_the_same(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    from simulator import paths
    from simulator.cli import main
    from simulator.core.storage import Storage

    storage = Storage(paths.database_file())
    sid = storage.create_session({"name": "Mine", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "Bias is error from assumptions.")
    storage.close()
    blocker = tmp_path / "notes"
    blocker.write_text("x")
    argv = {
        "archive": ["archive", "export", str(blocker / "all.zip")],
        "speak": ["speak", "Hello there.", "-o", str(blocker / "hello.wav")],
    }[command]
    assert main(["--data-dir", str(data_dir), *argv]) != 0
    err = capsys.readouterr().err
    assert f"{blocker} is a file, not a folder" in err and "does not exist" not in err, err
    assert blocker.read_text() == "x"
