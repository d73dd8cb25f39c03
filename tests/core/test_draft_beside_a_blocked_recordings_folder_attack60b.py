"""The draft of a typed answer when the recordings folder cannot be made (attack60b, issue 8).

In the real window, a file put in the data folder's ``recordings`` place mid-interview stopped
every draft of a typed answer from being kept ("Your answer so far could not be kept on the
disk: the recordings folder ... cannot be created"), though drafts live in ``drafts``: the
drafts' folder was found by making the recordings folder first. Home's "an answer was being
typed" check looked the same way, and found nothing. The drafts' folder is now the data
folder's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import FakeVoice

from simulator import paths
from simulator.core.session import InlineExecutor, Session
from simulator.core.session.drafts import Draft, Drafts
from simulator.core.storage import Storage
from simulator.settings import Settings


@pytest.fixture
def data(tmp_path: Path):  # type: ignore[no-untyped-def]
    paths.set_data_dir(tmp_path)
    (tmp_path / "recordings").write_text("not a folder")  # another program's file in its place
    yield tmp_path
    paths.set_data_dir(None)


def test_the_apps_drafts_are_kept_with_a_file_in_the_recordings_place(data: Path) -> None:
    storage = Storage(data / "sessions.sqlite3")
    try:
        session = Session(
            storage=storage, settings=Settings(), executor=InlineExecutor(), voice=FakeVoice()
        )
        session.drafts.write(7, Draft(0, None, "Overfitting memorizes noise."))
        kept = session.drafts.read(7)
        assert kept is not None and kept.text == "Overfitting memorizes noise."
        assert (data / "drafts" / "session-7.json").is_file()
        # as Home looks for it (``home_refresh._typing_kept``)
        found = Drafts.of_data_folder().read(7)
        assert found is not None and found.text == "Overfitting memorizes noise."
    finally:
        storage.close()
