"""The Review page names a recording that cannot be played, and why (the media player's own
error was "Could not open file", naming neither): missing, empty, not audio, a lying header,
a folder in its place. The transcript is shown, and no player is started on the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.recording_check import recording_problem
from tests.ui.recorded import spoken_session


def _zero_channels(audio: Path) -> None:
    data = bytearray(audio.read_bytes())
    data[22:24] = b"\x00\x00"  # the "fmt " chunk's channel count
    audio.write_bytes(bytes(data))


def _channels(count: int):  # type: ignore[no-untyped-def]
    def harm(audio: Path) -> None:
        data = bytearray(audio.read_bytes())
        data[22:24] = count.to_bytes(2, "little")  # the "fmt " chunk's channel count
        audio.write_bytes(bytes(data))

    return harm


DAMAGE = {
    "garbage": (lambda a: a.write_bytes(b"\x00garbage" * 500), "not a WAV recording"),
    "empty": (lambda a: a.write_bytes(b""), "empty (0 bytes)"),
    "zero channels": (_zero_channels, "0 channels"),
    # the player said only "Cannot create codec" (attack23)
    "65,535 channels": (_channels(65_535), "65,535 channels"),
    "deleted": (lambda a: a.unlink(), "no longer on disk"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_recording_that_cannot_play_is_named_with_its_reason(
    qtbot, window, services, data_dir: Path, damage: str
) -> None:  # type: ignore[no-untyped-def]
    audio = data_dir / "recordings" / "a.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    harm, reason = DAMAGE[damage]
    harm(audio)
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    page = window.past.review
    notice = page.notice.text()
    assert page.notice.isVisible() and str(audio) in notice and reason in notice, notice
    assert "transcript only" in notice
    assert page.player._source is None  # nothing handed to the player to fail on
    assert page.transcript.toPlainText().strip()  # what was said is still shown


def test_a_playable_or_cut_short_recording_is_not_refused(tmp_path: Path) -> None:
    from simulator.speech.recorder import wav_header

    good = tmp_path / "good.wav"
    good.write_bytes(wav_header(32_000) + b"\x00\x01" * 16_000)
    assert recording_problem(good) is None
    cut = tmp_path / "cut.wav"  # a crash before the header was rewritten: sizes still 0
    cut.write_bytes(wav_header(0) + b"\x00\x01" * 16_000)
    assert recording_problem(cut) is None
    header_only = tmp_path / "header.wav"
    header_only.write_bytes(wav_header(0))
    assert "no audio" in (recording_problem(header_only) or "")
