"""The answer being typed could not be kept on disk (attack run 38): a full disk or a data
folder turned read-only while an answer was typed. The draft's write failed in the background
and the failure was dropped: the window said nothing, so a crash would have lost the text while
the person believed it kept. The page now says what could not be kept and where, and that the
answer is still in the box; the notice goes once the draft can be written again, and is said
once, not at every pause in typing."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import drafts as drafts_module
from simulator.core.session import events as ev

TEXT = "Overfitting is when the model memorizes the noise of its training data"


class FullDisk:
    """Makes the draft's write fail as a full disk until ``room()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = True
        real = drafts_module.replace_private

        def write(path: Path, text: str) -> None:
            if self.full:
                raise OSError(errno.ENOSPC, "No space left on device", str(path))
            real(path, text)

        monkeypatch.setattr(drafts_module, "replace_private", write)

    def room(self) -> None:
        self.full = False


def _typing_notices(h: Harness) -> list[str]:
    return [e.text for e in h.of(ev.Notice) if e.lasts == "typing"]


def test_a_draft_that_cannot_be_written_is_said_with_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FullDisk(monkeypatch)
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    h.session.save_draft(TEXT)
    (said,) = _typing_notices(h)
    assert str(tmp_path / "drafts") in said, said
    assert "no space left on the disk" in said, said
    assert "still in the answer box" in said, said
    # typed on: said once, not at each pause in typing
    h.session.save_draft(TEXT + " and")
    h.session.save_draft(TEXT + " and more")
    assert len(_typing_notices(h)) == 1
    assert h.session.draft_not_kept  # asked at quit: the text would be lost
    # room again: the next write works and the notice goes
    disk.room()
    h.session.save_draft(TEXT + " and more.")
    assert _typing_notices(h)[-1] == ""
    assert not h.session.draft_not_kept
    sid = h.session.session_id
    kept = h.session.drafts.read(sid)  # type: ignore[arg-type]
    assert kept is not None and kept.text == TEXT + " and more."
    # the answer itself is in once sent
    h.session.primary(TEXT + " and more.")
    assert h.session.state is State.REVIEWING
    assert TEXT in h.rows()[0].text


def test_a_read_only_drafts_folder_is_said_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, text: str) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(drafts_module, "replace_private", refuse)
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    h.session.save_draft(TEXT)
    (said,) = _typing_notices(h)
    assert "the disk is read-only" in said and str(tmp_path / "drafts") in said, said


def test_a_draft_written_as_usual_says_nothing(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    h.session.save_draft(TEXT)
    h.session.save_draft(TEXT + " again")
    assert _typing_notices(h) == []


def test_a_data_folder_that_cannot_be_made_is_named_by_the_reason(tmp_path: Path) -> None:
    """The data folder replaced by a file: the drafts' folder cannot be named (it read "could
    not be kept in drafts"); the reason names the data folder and what is in the way."""
    from simulator.core.session.drafts import Drafts
    from simulator.paths import private_dir

    data = tmp_path / "data"
    data.write_text("a file where the data folder was\n", encoding="utf-8")
    h = Harness(tmp_path, follow_ups=False)
    h.session.drafts = Drafts(lambda: private_dir(data / "drafts", "drafts folder"))
    h.start("tech.overfit")
    h.to_answering()
    h.session.save_draft(TEXT)
    (said,) = _typing_notices(h)
    assert said.startswith("Your answer so far could not be kept on the disk: "), said
    assert str(data) in said and "in drafts" not in said, said
