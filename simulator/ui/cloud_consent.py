"""At start-up: settings.json asks for a cloud speech engine, but no valid consent to it is
stored (never given in the app, or the record was written by hand, changed, copied, or given to
another wording of the notice). The offline engine is already in use; the privacy notice is
shown again and the person chooses. Nothing is sent anywhere before they agree here."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from simulator.consent import pending_cloud_engine, record_consent
from simulator.speech.engines import SPEECH_ENGINES
from simulator.ui.modal import run_modal


def ask_cloud_consent(parent: QWidget, engine: str) -> bool:
    """The privacy notice for ``engine``, as a question; True only for an explicit yes."""
    table = SPEECH_ENGINES[engine]
    box = QMessageBox(parent)
    box.setObjectName("cloudConsentDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Send your audio to a cloud service?")
    box.setText(f"Your settings ask for the {table.name} speech engine.")
    box.setInformativeText(
        f"{table.shown_notice()}\n\nNo consent you gave in this app to that notice is stored, "
        "so your answers are transcribed offline by Whisper until you agree here."
    )
    agree = box.addButton(f"Send audio to {table.name}", QMessageBox.ButtonRole.AcceptRole)
    agree.setObjectName("cloudConsentAgree")
    agree.setAccessibleName(f"Agree: send the audio of my answers to {table.name}")
    keep = box.addButton("Keep Whisper (offline)", QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("cloudConsentKeepOffline")
    keep.setAccessibleName("Keep transcribing offline with Whisper")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    run_modal(box)
    agreed = box.clickedButton() is agree
    box.deleteLater()
    return agreed


def ask_again_if_needed(window: Any) -> None:
    """``window`` is the MainWindow: its settings, voice answers and ``ask_cloud_consent``."""
    engine = pending_cloud_engine()
    if engine is None:
        return
    settings = window.services.settings
    if window.ask_cloud_consent(engine):
        record_consent(engine)  # agreed just now, under the notice
        settings.speech_engine = engine
        window.voice_answers.configure(
            model=settings.speech_model, device=settings.input_device,
            end_silence_s=settings.silence_end_s, engine=engine,
        )  # fmt: skip
        window.statusBar().showMessage(f"Spoken answers are transcribed by {engine}.", 10000)
    else:
        window.statusBar().showMessage("Spoken answers stay offline (Whisper).", 10000)
    window._db.submit(lambda: settings.save_only("speech_engine"), on_error=window._show_error)
