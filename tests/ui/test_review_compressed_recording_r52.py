"""A recording in a compressed WAV format is played, not called damaged (attack run 52: the
recordings folder holding IMA or MS ADPCM, GSM 6.10 or G.721 WAVs, as `sox -e ima-adpcm` or
another recorder writes them to save room). Review said "The recording ... cannot be played:
its header is damaged (it claims 4-bit samples)" (0-bit for GSM) and showed no player, though
the media player opens every one of them; a compressed format's header gives 4 or 0 bits a
sample by design. A header that really lies (0 channels, a rate of 0) is still named."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile

from simulator.core.recording_check import recording_problem
from tests.ui.recorded import spoken_session

COMPRESSED = ["IMA_ADPCM", "MS_ADPCM", "GSM610", "G721_32"]


def _compressed(audio: Path, subtype: str) -> None:
    """``audio`` written again in ``subtype`` (libsndfile's name), its sound kept."""
    samples, rate = soundfile.read(str(audio), dtype="float32")
    soundfile.write(str(audio), samples, rate, subtype=subtype, format="WAV")


@pytest.mark.parametrize("subtype", COMPRESSED)
def test_a_compressed_wav_is_no_damaged_header_r52(tmp_path: Path, subtype: str) -> None:
    audio = tmp_path / "a.wav"
    t = np.arange(16_000) / 16_000
    soundfile.write(str(audio), (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 16_000)
    _compressed(audio, subtype)
    assert recording_problem(audio) is None


def test_review_plays_a_compressed_recording_r52(qtbot, window, services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    audio = data_dir / "recordings" / "a.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    _compressed(audio, "IMA_ADPCM")
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    page = window.past.review
    assert "cannot be played" not in page.notice.text(), page.notice.text()
    assert page.player._source == audio  # handed to the player, which opens it
