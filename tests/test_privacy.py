"""Privacy (issue 12, items 13-14) and a settings file that cannot crash start-up (item 12)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from simulator import consent, paths
from simulator.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_database_and_settings_are_private_under_a_lax_umask(tmp_path: Path) -> None:
    data = tmp_path / "fresh" / "data"
    script = (
        "import os, sys; os.umask(0o022); from simulator.cli import main;"
        f"sys.exit(main(['--data-dir', {str(data)!r}, 'history']))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert _mode(data) == 0o700
    assert _mode(data / "sessions.sqlite3") == 0o600
    old = os.umask(0o022)
    try:
        paths.set_data_dir(data)
        Settings().save()
        assert _mode(data / "settings.json") == 0o600
        assert _mode(paths.recordings_dir()) == 0o700
    finally:
        os.umask(old)
        paths.set_data_dir(None)


def test_recordings_and_exports_are_private(tmp_path: Path) -> None:
    from simulator.core.export import write_export
    from simulator.speech.recorder import WavWriter

    old = os.umask(0o022)
    try:
        target = write_export(tmp_path / "card.html", "<p>hi</p>")
        recorder = WavWriter(tmp_path / "answer.wav")
        recorder.close()
    finally:
        os.umask(old)
    assert _mode(target) == 0o600
    assert _mode(tmp_path / "answer.wav") == 0o600


def test_a_hand_edited_cloud_engine_is_not_consent(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(
        json.dumps({"speech_engine": "google"}), encoding="utf-8"
    )
    assert Settings.load().speech_engine == "whisper"
    consent.record_consent("google")
    assert Settings.load().speech_engine == "google"
    given = consent.consent_given_at("google")
    assert given is not None and given[:4].isdigit()
    assert _mode(consent.consent_file()) == 0o600


def test_a_consent_to_another_notice_does_not_count(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    consent.consent_file().write_text(
        json.dumps(
            {"google": {"given_at": "2026-01-01T00:00:00+00:00", "notice_sha256": "0" * 64}}
        ),
        encoding="utf-8",
    )
    (data_dir / "settings.json").write_text(
        json.dumps({"speech_engine": "google"}), encoding="utf-8"
    )
    assert Settings.load().speech_engine == "whisper"


def test_the_consented_notice_is_the_one_shown() -> None:
    from simulator.speech.asr import PRIVACY_NOTICE

    assert consent.NOTICE == PRIVACY_NOTICE


def test_a_deeply_nested_settings_file_gives_defaults(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert Settings.load() == Settings()


def test_one_table_of_speech_engines_feeds_settings_consent_and_transcribers() -> None:
    from simulator import consent
    from simulator.speech import speech_recognition_engines as recognizers
    from simulator.speech.engines import CLOUD_ENGINES, SPEECH_ENGINES

    assert list(SPEECH_ENGINES) == ["whisper", "sphinx", "google"]
    assert (
        CLOUD_ENGINES == consent.CLOUD_ENGINES == frozenset(recognizers.CLOUD_ENGINES) == {"google"}
    )
    assert set(recognizers.OFFLINE_ENGINES) == {"sphinx"}
    for key, engine in SPEECH_ENGINES.items():
        assert engine.offline == ("offline" in engine.label)
        assert (
            recognizers.SpeechRecognitionTranscriber.privacy_notice(key) is None
        ) == engine.offline
    google = SPEECH_ENGINES["google"]
    assert google.shown_notice() == google.privacy_notice().replace("The google", "The Google")  # type: ignore[union-attr]
