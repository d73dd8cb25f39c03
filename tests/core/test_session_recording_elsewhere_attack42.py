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
    h.session.recording_elsewhere(str(asked), str(beside), told)
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
    h.session.recording_elsewhere(str(asked), str(beside), "moved")
    h.session.transcribed(spoken(GOOD))
    (row,) = h.rows()
    assert row.audio_path == str(beside)


def test_after_a_skip_the_skipped_answer_follows_its_file_not_the_next_fix42(
    tmp_path: Path,
) -> None:
    """The notice for the skipped answer came once the next question's recording had begun:
    the next answer was pointed at the skipped one's file, and the skipped row kept a name
    that belongs to another file."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam", spoken=True)
    h.to_answering()
    h.session.recording_started()
    h.session.skip()
    h.to_answering()
    h.session.recording_started()
    first, second = h.speech.started
    beside = first.with_name(first.stem + "-2.wav")
    h.session.recording_elsewhere(str(first), str(beside), "moved")
    assert "moved" in h.notices()
    skipped, now = sorted(h.rows(), key=lambda r: r.position)
    assert skipped.audio_path == str(beside)  # (before: the name asked for)
    assert now.audio_path == str(second)  # (before: the skipped answer's file)
