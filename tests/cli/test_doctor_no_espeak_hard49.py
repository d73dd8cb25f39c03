"""doctor without espeak-ng (attack run 49, espeak-ng's library, data and program hidden in a
private mount namespace): it said "[missing] voice (text to speech): espeak-ng is not
installed; questions will be shown as text" while the window and `speak` read them aloud with
Piper, the default voice, and "[ok] interviewer voice: Joe (Piper, natural); espeak-ng is the
fallback" of a fallback that was not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import doctor
from simulator.speech import piper_voice


@pytest.fixture
def no_espeak(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor.shutil, "which", lambda name: None)


def test_piper_speaks_without_espeak_hard49(
    no_espeak: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert piper_voice.installed_models()  # (shipped with the app)
    check = doctor.check_voice()  # (one check with the fallback's since ux50)
    assert check.ok, check
    assert "shown as text" not in check.detail
    assert check.detail.startswith("Joe (Piper, natural)"), check
    assert check.fix == "sudo apt-get install espeak-ng" and check.status == "warning", check


def test_no_voice_at_all_is_missing_hard49(
    no_espeak: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(piper_voice, "installed_models", lambda: [])
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(tmp_path))
    voice = doctor.check_voice()
    assert not voice.ok and "shown as text" in voice.detail, voice
    assert "espeak-ng speaks" not in voice.detail


def test_the_fallback_is_named_only_when_installed_hard49(
    no_espeak: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(tmp_path))
    voice = doctor.check_voice()
    assert voice.ok and "is the fallback" not in voice.detail, voice
    assert voice.detail.endswith("; no fallback voice if it fails (espeak-ng is not installed)")


def test_an_espeak_that_cannot_start_is_said_so_r50(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """doctor lists the voices once, through the interviewer's own speaker (review of round 50:
    it started espeak-ng a third time to count them); an espeak-ng installed that cannot start
    lists none, and is said so."""
    from simulator.speech import tts

    def broken() -> None:
        raise RuntimeError("no espeak-ng driver")

    monkeypatch.setattr(doctor.shutil, "which", lambda name: "/usr/bin/espeak-ng")
    monkeypatch.setattr(tts, "_start_engine", broken)
    monkeypatch.setenv("ML_INTERVIEW_DATA_DIR", str(tmp_path))
    voice = doctor.check_voice()
    assert voice.ok and voice.status == "warning", voice
    assert voice.detail.startswith("Joe (Piper, natural); no fallback voice if it fails ("), voice
    assert "espeak-ng could not start through pyttsx3" in voice.detail, voice
    monkeypatch.setattr(piper_voice, "installed_models", lambda: [])
    voice = doctor.check_voice()
    assert not voice.ok and "could not start" in voice.detail, voice
    assert "shown as text" in voice.detail, voice
