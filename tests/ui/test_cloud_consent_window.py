"""Start-up with settings.json asking for the cloud engine and no valid consent (a hand-written
record): the window shows the privacy notice again; only a yes there lets audio leave."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from simulator import consent
from simulator.settings import Settings
from simulator.ui.main_window import MainWindow


def _start(qtbot, services, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    (data_dir / "settings.json").write_text(json.dumps({"speech_engine": "google"}), "utf-8")
    forged = {"google": {"given_at": "2026-01-01T00:00:00+00:00", "notice_sha256": "x"}}
    consent.consent_file().write_text(json.dumps(forged), "utf-8")
    services.settings = Settings.load()
    assert services.settings.speech_engine == "whisper"  # already offline before any question
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("agree", [True, False])
def test_the_notice_is_shown_again_and_the_answer_is_kept(  # type: ignore[no-untyped-def]
    qtbot, services, data_dir: Path, monkeypatch, agree: bool
) -> None:
    asked: list[str] = []

    def ask(_window: MainWindow, engine: str) -> bool:
        asked.append(engine)
        return agree

    monkeypatch.setattr(MainWindow, "ask_cloud_consent", ask)
    window = _start(qtbot, services, data_dir)
    try:
        qtbot.waitUntil(lambda: bool(asked), timeout=3000)
        window._db.wait_idle()  # the settings are saved off the GUI thread
        saved = json.loads((data_dir / "settings.json").read_text("utf-8"))
        engine = "google" if agree else "whisper"
        assert asked == ["google"] and services.settings.speech_engine == engine
        assert saved["speech_engine"] == engine and window.voice_answers._engine == engine
        assert (consent.consent_given_at("google") is not None) is agree
        assert consent.pending_cloud_engine() is None  # not asked again at the next start
    finally:
        window.shutdown()


def test_the_real_question_defaults_to_offline_and_answers_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, services, data_dir: Path
) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "cloudConsentDialog"
        seen.append(box.informativeText())
        assert box.defaultButton().objectName() == "cloudConsentKeepOffline"
        for button in box.buttons():
            assert button.objectName() and button.accessibleName()
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc keeps the audio on this computer

    QTimer.singleShot(50, answer)
    window = _start(qtbot, services, data_dir)
    try:
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
        qtbot.waitUntil(lambda: "offline" in window.statusBar().currentMessage(), timeout=3000)
        assert "third-party service" in seen[0]
        assert services.settings.speech_engine == "whisper"
        assert consent.consent_given_at("google") is None
        window._db.wait_idle()
    finally:
        window.shutdown()
