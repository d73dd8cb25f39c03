"""Settings and export, from the window: the Settings dialog applied (voice, microphone, speech
model, theme) and saved; a scorecard exported into the folder used last time."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from simulator.ui.style import apply_theme

if TYPE_CHECKING:
    from simulator.ui.main_window import MainWindow


def export_session(window: MainWindow, session_id: int, file_name: str | None = None) -> None:
    """Ask where, starting in the folder of the last export, and remember the folder used;
    ``file_name`` is the name offered."""
    from simulator.ui.export_dialog import export_session

    if window.services.bank is None:
        return

    def ask(folder: Path | None) -> None:
        bank = window.services.bank
        if bank is not None:
            export_session(
                window, window.services.storage, bank, session_id, window._db, folder,
                lambda written: remember_export_folder(window, written), file_name,
            )  # fmt: skip

    in_export_folder(window, ask)


def remember_export_folder(window: MainWindow, folder: Path) -> None:
    """``folder`` is where the next export (a scorecard or all the data) or import starts."""
    settings = window.services.settings
    if str(folder) != settings.export_folder:
        settings.export_folder = str(folder)
        window._db.submit(lambda: settings.save_only("export_folder"), on_error=window._show_error)


def in_export_folder(window: MainWindow, then: Callable[[Path | None], None]) -> None:
    """``then(folder)`` with the folder of the last export, or ``then(None)`` (the home folder)
    when there was none or it is gone, said in the status line. Whether it is still there is
    asked off the GUI thread (``folder_check``)."""
    last = (
        Path(window.services.settings.export_folder)
        if window.services.settings.export_folder
        else None
    )
    if last is None:
        then(None)
        return
    if window in _LOOKING:  # pressed again while the folder is looked at: one dialog
        return
    from simulator.ui.folder_check import when_folder_known

    def looked(folder: Path | None, why: str = "") -> None:
        _LOOKING.discard(window)
        if why:
            window.statusBar().showMessage(
                f"The folder of the last export, {why}: the dialog starts in your home folder.",
                15000,
            )
        then(folder)

    _LOOKING.add(window)
    when_folder_known(window, last, looked)


# Windows whose last export folder is being looked at (``export_session``): the export dialog
# is modal only once it opens, and a second Export before that opened a second dialog after it.
_LOOKING: weakref.WeakSet[MainWindow] = weakref.WeakSet()


def open_settings(window: MainWindow) -> None:
    """Settings, applied at once when saved (see each setting for when it takes effect)."""
    from simulator.ui.settings_dialog import SettingsDialog  # not needed at start-up

    # Home's voice box is the same setting, written only when an interview starts: Settings show
    # (and on Save keep) what Home shows, not what the last interview started with (ux33).
    window.services.settings.voice_enabled = window.home.voice.isChecked()
    dialog = SettingsDialog(window.services.settings, window, speaker=window.services.speaker)
    speaker = window.services.speaker
    if speaker is not None:
        window._db.watch(speaker.voices(), on_done=dialog.set_voices, on_error=dialog.voices_failed)
    from simulator.ui.held import interview_held
    from simulator.ui.modal import keyboard_back

    with keyboard_back(window), interview_held(window):  # the keyboard back where it was
        accepted = window._exec_dialog(dialog)
    if accepted:
        settings = dialog.result_settings()
        if speaker is not None:
            speaker.configure(voice_id=settings.voice_id, rate=settings.speaking_rate)
        window.home.voice.setChecked(settings.voice_enabled)
        # Takes effect with the next answer: Settings may be opened mid-interview.
        window.voice_answers.configure(
            model=settings.speech_model,
            device=settings.input_device,
            end_silence_s=settings.silence_end_s,
            engine=settings.speech_engine,
        )
        window.check_microphone()  # another microphone chosen: Home's line about it too
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)
        window._db.submit(settings.save, on_error=lambda exc: _not_saved(window, exc))
    dialog.deleteLater()


def _not_saved(window: MainWindow, exc: BaseException) -> None:
    """In a message that stays: said only in the status bar, it went by while the dialog
    closed (a full disk), and the next start came up with the old settings unexplained."""
    from simulator.ui.failure_box import show_failure

    text = (
        f"{exc}. The settings you chose apply in this run; save them again from Settings once "
        "the file can be written, or they are gone at the next start."
    )
    show_failure(window, "Settings not saved", text, "settingsNotSaved", str(exc))
