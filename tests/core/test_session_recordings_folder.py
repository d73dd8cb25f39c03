"""A spoken answer whose recordings folder cannot be made (a file named "recordings" in the data
folder, a read-only data folder without it): the error escaped from the countdown's tick into
the window's error dialog and the interview stood still. Now the interview says which folder and
why, and goes on with typed answers; what was recorded before is kept."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.paths import private_dir


def test_an_unusable_recordings_folder_turns_the_answer_typed_and_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "recordings"
    blocker.write_text("not a folder")
    h = Harness(tmp_path)
    h.session._recordings = lambda: private_dir(blocker)  # as the app's: paths.recordings_dir
    h.start("tech.overfit", spoken=True)
    h.to_answering()  # the countdown ran out: the answer starts here
    assert h.session.state is State.ANSWERING
    assert not h.speech.started and not h.session.spoken
    notice = h.notices()[-1]
    assert str(blocker) in notice and "Type your answers" in notice
    h.session.primary("Overfitting memorizes noise in the training set.")
    (row,) = h.rows()
    assert row.mode == "typed" and row.overall is not None
