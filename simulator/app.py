"""Composition root: builds the services (real or fake), the QApplication and the MainWindow."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator import paths
from simulator.core.storage import Storage
from simulator.settings import Settings
from simulator.speech.tts import Pyttsx3Speaker, Speaker

if TYPE_CHECKING:
    from simulator.core.questions import QuestionBank


@dataclass
class Services:
    bank: QuestionBank | None  # None until loaded (the window loads it after its first paint)
    storage: Storage
    settings: Settings
    speaker: Speaker | None  # None: questions are shown as text only


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Cap glibc's per-thread malloc arenas (Linux only; a no-op elsewhere).

    Transcription runs on pool threads that come and go; each new thread got its own arena and
    a voice interview's peak memory grew by ~100 MB (measured: 524 MB -> 370-425 MB)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-8, arenas)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass  # not glibc (e.g. musl): nothing to tune


def load_bank() -> QuestionBank:
    """The question bank, with the scorer warmed up on it (run off the GUI thread).

    The first scoring imports and compiles what the scorer needs; doing it here, right after
    start-up, keeps that pause out of the interview."""
    from simulator.bank import load_bank as load
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    bank = load()
    for question in list(bank.questions.values())[:1]:
        score_answer(question, Transcript(text="A first answer to warm up the scorer."))
    return bank


def build_services(
    data_dir: Path | None = None, *, with_speaker: bool = True, with_bank: bool = True
) -> Services:
    if data_dir is not None:
        paths.set_data_dir(data_dir)
    settings = Settings.load()
    speaker = None
    if with_speaker:
        speaker = Pyttsx3Speaker(
            paths.speech_cache_dir(),
            voice_id=settings.voice_id or None,
            rate=settings.speaking_rate,
        )
    return Services(
        bank=load_bank() if with_bank else None,
        storage=Storage(paths.database_file()),
        settings=settings,
        speaker=speaker,
    )


def open_window(argv: list[str] | None = None) -> Any:
    """The QApplication and the shown MainWindow, as the app starts (also used by benchmarks).

    Raises ``StorageError`` when the session database cannot be opened."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from simulator.ui.main_window import MainWindow
    from simulator.ui.style import apply_theme

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ML Interview Simulator")
    app.setOrganizationName("ml-interview-simulator")
    app.setDesktopFileName("ml-interview")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "ml-interview.svg")))
    services = build_services(with_bank=False)  # the bank loads after the first paint
    apply_theme(app, services.settings.theme)
    window = MainWindow(services)
    window.show()
    return window


def run_gui(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from simulator.core.storage import StorageError

    try:
        window = open_window(argv)
    except StorageError as exc:
        QMessageBox.critical(None, "ML Interview Simulator", str(exc))
        return 1
    code = QApplication.instance().exec()  # type: ignore[union-attr]
    window.shutdown()
    return int(code)
