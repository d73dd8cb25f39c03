"""A spoken answer whose recording went beside its name, taken by a folder or another file
(attack run 42): the answer was stored pointing at the name asked for, so Review played the
other file (or none) and the recording itself was never found. The answer now names the file
its audio is in, and the person is told what and where."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness, spoken

GOOD = "Overfitting is when a model memorizes noise in the training set and fails on new data."


def test_the_answer_names_the_file_its_audio_is_really_in(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    (asked,) = h.speech.started
    beside = asked.with_name(asked.stem + "-2.wav")
    told = (
        f"The answer could not be recorded as {asked}: a folder has that name. Saved as {beside}."
    )
    h.session.recording_elsewhere(str(beside), told)
    h.session.recording_started()
    (row,) = h.rows()  # the row made when the microphone opened names the file used
    assert row.audio_path == str(beside)
    h.session.primary()
    h.session.transcribed(spoken(GOOD))
    (row,) = h.rows()
    assert row.audio_path == str(beside) and row.text == GOOD
    assert told in h.notices()


def test_a_name_taken_while_recording_moves_the_stored_answer_too(tmp_path: Path) -> None:
    """Closing found the name taken (the file removed mid-answer, another made in its place):
    the audio is copied beside it, and the answer row already stored follows it."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    (asked,) = h.speech.started
    h.session.recording_started()
    beside = asked.with_name(asked.stem + "-x1y2.wav")
    h.session.primary()
    h.session.recording_elsewhere(str(beside), "moved")
    h.session.transcribed(spoken(GOOD))
    (row,) = h.rows()
    assert row.audio_path == str(beside)
