"""The Microphone tab: which input to use, a live test with a level meter, and the end-of-answer silence.

The test records through ``AudioInput`` into a temporary folder that is deleted when the test stops:
nothing reaches the data dir.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from simulator.settings import RANGES, Settings
from simulator.speech.audio_server import microphone_names
from simulator.ui.settings.rows import field, meter, section, set_role
from simulator.ui.tasks import app_tasks
from simulator.ui.widgets.common import button, label, name
from simulator.ui.widgets.spin_boxes import DoubleSpinBox

if TYPE_CHECKING:
    from simulator.ui.audio_input import AudioInput

log = logging.getLogger(__name__)

NO_MICROPHONE_TEXT = "No microphone found — answers can still be typed."
# Said when Test is pressed with no microphone: the line above stayed as it was, so the press
# looked like it did nothing (walkthrough 30).
NOTHING_TO_TEST_TEXT = (
    "Nothing to test: no microphone is connected. Connect one and it appears in the list "
    "above by itself; answers can still be typed."
)
TEST_LIMIT_S = 60  # a forgotten test stops by itself
# While the tab shows, the audio server is asked this often which microphones it has: Qt's list
# keeps one unplugged while another input exists, and says nothing (speech.audio_server).
DEVICE_CHECK_MS = 1500
# A question to the server with no answer after this long is given up and asked again: a job
# dropped on its way (its lane shut, its result lost) kept the list from ever following the
# server again while the tab stayed open (review33). pactl itself stops after 1 s.
ASK_AGAIN_S = 10.0
SILENCE_RANGE_S = RANGES["silence_end_s"]


class MicrophoneTab(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices

        self._wanted = settings.input_device
        self._mic: AudioInput | None = None
        self._heard_speech = False
        self._moved: str | None = None  # the test records from another input than chosen
        self._device_names: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        section(layout, "Microphone")
        self.device = QComboBox()
        name(self.device, "inputDevice", "Microphone", "The audio input spoken answers use")
        self.device.setMinimumContentsLength(24)
        self.device.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device.currentIndexChanged.connect(self._device_chosen)
        layout.addLayout(field("&Device:", self.device))

        self.test_button = button(
            "&Test microphone",
            "micTestButton",
            None,
            self.toggle_test,
            "Listen to the microphone and show how loud it is; nothing is saved",
        )
        self.level = meter("micTestLevel", "Microphone test level")
        self.level.setEnabled(False)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.level, 1)
        layout.addLayout(test_row)
        self.status = label("", "hint")
        name(self.status, "micStatus", "Microphone status")
        layout.addWidget(self.status)

        section(layout, "End of an answer")
        self.silence = DoubleSpinBox()
        name(self.silence, "silenceEndSeconds", "Seconds of silence that end a spoken answer")
        self.silence.setRange(*SILENCE_RANGE_S)
        self.silence.setSingleStep(0.5)
        self.silence.setDecimals(1)
        self.silence.setSuffix(" s")
        self.silence.setValue(settings.silence_end_s)
        layout.addLayout(field("Silence that &ends an answer:", self.silence, stretch=False))
        explain = label(
            "Once you have started speaking, this much silence means you have finished and the "
            "answer stops by itself. It never cuts a thinking pause short: silence before your "
            "first words does not count, and any sound restarts the count.",
            "hint",
        )
        name(explain, "silenceExplanation", "How the silence setting works")
        layout.addWidget(explain)
        layout.addStretch(1)

        self._test_timer = QTimer(self)
        self._test_timer.setSingleShot(True)
        self._test_timer.setInterval(TEST_LIMIT_S * 1000)
        self._test_timer.timeout.connect(self.stop_test)
        self._media_devices = QMediaDevices(self)
        self._media_devices.audioInputsChanged.connect(self.refresh_devices)
        # The server's microphones when last asked (None: not asked yet, or it cannot be)
        self._present: frozenset[str] | None = None
        self._clock: Callable[[], float] = time.monotonic
        self._asked_at: float | None = None  # a question to the server is out since then
        self._device_check = QTimer(self)
        self._device_check.setInterval(DEVICE_CHECK_MS)
        self._device_check.timeout.connect(self.check_devices)
        self.refresh_devices()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.check_devices()
        self._device_check.start()

    # --- the device list ----------------------------------------------------------------------
    def check_devices(self) -> None:
        """Ask the audio server, off the GUI thread, which microphones it has; the list follows.
        Qt's own list keeps a microphone unplugged while another input exists."""
        now = self._clock()
        if self._asked_at is not None and now - self._asked_at < ASK_AGAIN_S:
            return
        self._asked_at = now
        app_tasks().submit(microphone_names, self._server_answered, self._server_failed)

    def _server_answered(self, present: frozenset[str] | None) -> None:
        if not shiboken6.isValid(self):
            return  # the dialog closed meanwhile
        self._asked_at = None
        if present != self._present:
            self._present = present
            self.refresh_devices()

    def _server_failed(self, error: BaseException) -> None:
        log.warning(
            "could not ask the audio server for its microphones (the list shows Qt's): %s", error
        )
        if shiboken6.isValid(self):
            self._asked_at = None

    def refresh_devices(self) -> None:
        """(Re)list the inputs, keeping the choice; a chosen input that is gone stays listed,
        marked so. The list is redrawn only when it changed (an open list stays open)."""
        from simulator.ui.audio_input import list_input_devices

        current = self.chosen_device() if self.device.count() else self._wanted
        self._device_names = list_input_devices(self._present)
        default = f"System default ({self._device_names[0]})" if self._device_names else ""
        entries = [(default or "System default", "")]
        entries += [(device, device) for device in self._device_names]
        if current and current not in self._device_names:
            entries.append((f"{current} (not connected)", current))
        shown = [
            (self.device.itemText(i), self.device.itemData(i)) for i in range(self.device.count())
        ]
        if entries == shown:
            return
        self.device.blockSignals(True)
        self.device.clear()
        for text, data in entries:
            self.device.addItem(text, data)
        self.device.setCurrentIndex(max(0, self.device.findData(current)))
        self.device.blockSignals(False)
        if not self._device_names:
            self._say(NO_MICROPHONE_TEXT, warn=True)
        elif self._mic is None:
            self._say("Press Test and speak: the bar shows what the microphone hears.")

    def chosen_device(self) -> str:
        return str(self.device.currentData() or "")

    def _device_chosen(self) -> None:
        if self._mic is not None:  # test the newly chosen input instead
            self.stop_test(quiet=True)
            self.start_test()

    # --- the test -----------------------------------------------------------------------------
    @property
    def testing(self) -> bool:
        return self._mic is not None

    def toggle_test(self) -> None:
        if self.testing:
            self.stop_test()
        else:
            self.start_test()

    def start_test(self) -> None:
        from simulator.ui.audio_input import AudioInput

        test_dir = Path(tempfile.mkdtemp(prefix="ml-interview-mic-test-"))
        mic = AudioInput(self, end_silence_s=self.silence.value())
        mic.set_device(self.chosen_device() or None)
        mic.level_changed.connect(self._show_level)
        mic.speech_detected.connect(self._speech_heard)
        mic.start_failed.connect(self._test_failed)
        mic.device_lost.connect(self._test_failed)
        mic.device_changed.connect(self._test_moved)
        # The temporary folder goes when the test stops, or at the latest with the AudioInput.
        mic.recording_stopped.connect(lambda *_: shutil.rmtree(test_dir, ignore_errors=True))
        mic.destroyed.connect(lambda *_: shutil.rmtree(test_dir, ignore_errors=True))
        self._mic = mic
        self._heard_speech = False
        self._moved = None
        self.test_button.setText("S&top test")
        self.level.setEnabled(True)
        self._say("Listening… say a few words: the bar should move when you speak.")
        self._test_timer.start()
        # Never waits for the device: a failure to open comes as start_failed (_test_failed).
        mic.open(test_dir / "mic-test.wav")

    def stop_test(self, quiet: bool = False) -> None:
        mic = self._mic
        if mic is None:
            return
        self._end_test()
        if quiet:
            return
        if self._heard_speech and self._moved:
            self._say(f"{self._moved} Speech was heard from it.", warn=True)
        elif self._heard_speech:
            self._say("Your microphone works: speech was heard.")
        else:
            self._say(
                "Nothing louder than the room was heard. Check that the microphone is not muted "
                "and that the right input is chosen above.",
                warn=True,
            )

    def _end_test(self) -> None:
        self._test_timer.stop()
        mic, self._mic = self._mic, None
        if mic is not None:
            # Nothing it says from now on reaches the tab (its last chunks are on their way).
            for signal in (
                mic.level_changed,
                mic.speech_detected,
                mic.device_changed,
                mic.device_lost,
                mic.start_failed,
            ):
                signal.disconnect()
            if mic.is_recording:
                # Closed without waiting (``stop`` waits on this thread for the capture
                # thread: up to 10 s with a slow audio server); it goes once its file is closed
                # (a deleted input would wait for that itself).
                mic.recording_stopped.connect(mic.deleteLater)
                mic.close()
            else:
                mic.deleteLater()
        self.level.setValue(0)
        self.level.setEnabled(False)
        self.test_button.setText("&Test microphone")

    def _show_level(self, level: float) -> None:
        self.level.setValue(round(level * 100))

    def _speech_heard(self) -> None:
        self._heard_speech = True
        moved = self._moved
        if moved:  # the one tested is not the one chosen: still say which
            self._say(f"{moved} Speech heard: that microphone works.", warn=True)
            return
        self._say("Speech heard: your microphone works. Press Stop test when done.")

    def _test_moved(self, message: str) -> None:
        """The chosen input is gone (unplugged): the test goes on from another, named."""
        self._moved = message
        self._say(message, warn=True)

    def _test_failed(self, message: str) -> None:
        from simulator.ui.audio_input import NO_MICROPHONE

        self._end_test()
        no_device = message == NO_MICROPHONE or not self._device_names
        self._say(NOTHING_TO_TEST_TEXT if no_device else message, warn=True)

    def _say(self, text: str, warn: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "notice" if warn else "hint")

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self._device_check.stop()
        self.stop_test(quiet=True)  # another tab, or the dialog closed
        super().hideEvent(event)

    def apply(self, settings: Settings) -> None:
        settings.input_device = self.chosen_device()
        settings.silence_end_s = float(self.silence.value())
