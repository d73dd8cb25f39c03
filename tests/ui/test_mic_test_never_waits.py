"""Settings' microphone test never waits for the device on the GUI thread (review34, issue 8:
"opening and stopping the microphone never block the GUI thread (today up to 2 s and 10 s)").

The interview records through ``AudioInput.open``/``close``, which return at once; the Settings
tab's test still called ``start`` (it waits up to ``OPEN_TIMEOUT_S`` for the device to open) and
``stop`` (up to ``CLOSE_TIMEOUT_S`` for the capture thread to write and close, then as long
again for the thread), so Test and Stop test, and closing the dialog or leaving the tab while a
test ran, froze the window while the audio server was slow. A stand-in microphone here refuses
the waiting calls and answers the others later, as the capture thread does."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from simulator.settings import Settings


class _Microphone(QObject):
    level_changed = Signal(float)
    recording_started = Signal(str)
    speech_detected = Signal()
    recording_stopped = Signal(str, float)
    start_failed = Signal(str)
    device_lost = Signal(str)
    device_changed = Signal(str)
    made: list[_Microphone] = []

    def __init__(self, parent: QObject | None = None, *, end_silence_s: float = 4.0) -> None:
        super().__init__(parent)
        self.is_recording = False
        self.path: Path | None = None
        _Microphone.made.append(self)

    def set_device(self, description: str | None) -> None:
        pass

    def start(self, path: Path | str) -> bool:
        raise AssertionError("start() waits on the GUI thread for the device to open")

    def stop(self) -> Path | None:
        raise AssertionError("stop() waits on the GUI thread for the capture thread")

    def open(self, path: Path | str) -> None:
        self.is_recording, self.path = True, Path(path)
        self.path.write_bytes(b"RIFF")  # the capture thread's file
        QTimer.singleShot(0, self, lambda: self.recording_started.emit(str(path)))

    def close(self) -> None:
        QTimer.singleShot(20, self, self._closed)  # the file closes later, on its thread

    def _closed(self) -> None:
        self.is_recording = False
        assert self.path is not None
        self.recording_stopped.emit(str(self.path), 1.0)


@pytest.fixture
def microphone(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    from simulator.ui import audio_input

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(audio_input, "AudioInput", _Microphone)
    _Microphone.made = []
    return _Microphone


def _tab(qtbot):  # type: ignore[no-untyped-def]
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.microphone)
    return dialog, dialog.microphone


def _test_dirs() -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob("ml-interview-mic-test-*"))


def test_test_and_stop_test_return_at_once_and_keep_nothing(qtbot, microphone) -> None:  # type: ignore[no-untyped-def]
    _, tab = _tab(qtbot)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.testing and tab.test_button.text() == "S&top test"
    (mic,) = microphone.made
    qtbot.waitSignal(mic.recording_started, timeout=2000)
    mic.level_changed.emit(0.5)
    mic.speech_detected.emit()
    assert tab.level.value() == 50 and "Speech heard" in tab.status.text()

    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert not tab.testing and tab.test_button.text() == "&Test microphone"
    assert "microphone works" in tab.status.text()
    mic.level_changed.emit(0.9)  # the last chunks, on their way while the file closes
    assert tab.level.value() == 0  # the test is over: they move nothing
    qtbot.waitUntil(lambda: _test_dirs() == [], timeout=2000)  # removed once closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(mic), timeout=2000)  # and the input gone


def test_leaving_the_tab_mid_test_returns_at_once(qtbot, microphone) -> None:  # type: ignore[no-untyped-def]
    dialog, tab = _tab(qtbot)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    (mic,) = microphone.made
    dialog.tabs.setCurrentIndex(0)  # hidden: the test stops quietly
    assert not tab.testing
    qtbot.waitUntil(lambda: _test_dirs() == [], timeout=2000)


def test_a_microphone_that_fails_to_open_ends_the_test(qtbot, microphone) -> None:  # type: ignore[no-untyped-def]
    _, tab = _tab(qtbot)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    (mic,) = microphone.made
    mic.is_recording = False
    mic.start_failed.emit("Microphone 'X' did not open within 2 s. Try again.")
    assert not tab.testing and tab.test_button.text() == "&Test microphone"
    qtbot.waitUntil(lambda: _test_dirs() == [], timeout=2000)


def test_a_late_word_from_a_stopped_test_says_nothing(qtbot, microphone) -> None:  # type: ignore[no-untyped-def]
    _, tab = _tab(qtbot)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    (mic,) = microphone.made
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    said = tab.status.text()
    mic.device_lost.emit("Microphone 'X' was disconnected.")  # while its file closes
    assert tab.status.text() == said and not tab.testing
