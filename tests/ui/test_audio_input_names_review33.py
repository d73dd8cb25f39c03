"""Qt's inputs filtered by the audio server's microphones (review33): the server's names are
Qt's device ids only under Qt's PulseAudio backend; with ``QT_AUDIO_BACKEND=alsa`` or
``pipewire`` no id matched and every microphone was dropped ("No microphone found")."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from simulator.ui import audio_input
from simulator.ui.audio_input import still_present

PULSE = frozenset({"alsa_input.usb-Blue_Yeti-00.analog-stereo", "alsa_input.pci-0000_00_1f.3"})


def test_pulse_names_filter_out_an_unplugged_microphone() -> None:
    ids = ["alsa_input.pci-0000_00_1f.3", "alsa_input.usb-Gone-00.mono-fallback"]
    assert still_present(ids, PULSE) == [True, False]


@pytest.mark.parametrize(
    "ids",
    [
        ["hw:CARD=PCH,DEV=0", "default", "sysdefault:CARD=Yeti"],  # ALSA
        ["58", "61"],  # PipeWire object serials
    ],
)
def test_ids_named_another_way_keep_qts_list(ids: list[str]) -> None:
    assert still_present(ids, PULSE) == [True] * len(ids)


def test_no_server_answer_keeps_everything_and_no_microphone_empties_it() -> None:
    assert still_present(["hw:0"], None) == [True]
    assert still_present(["alsa_input.pci-0000_00_1f.3"], frozenset()) == [False]
    assert still_present([], PULSE) == []


@dataclass
class _Id:
    raw: bytes

    def data(self) -> bytes:
        return self.raw


@dataclass
class _Device:
    name: str
    ident: str

    def description(self) -> str:
        return self.name

    def id(self) -> _Id:
        return _Id(self.ident.encode())

    def isNull(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def test_the_settings_list_keeps_alsa_microphones(monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = [_Device("Blue Yeti", "hw:CARD=Yeti,DEV=0"), _Device("Built-in", "hw:CARD=PCH")]

    class _Devices:
        @staticmethod
        def audioInputs() -> list[_Device]:  # noqa: N802 (Qt's name)
            return inputs

        @staticmethod
        def defaultAudioInput() -> _Device:  # noqa: N802 (Qt's name)
            return inputs[1]

    monkeypatch.setattr(audio_input, "QMediaDevices", _Devices)
    assert audio_input.list_input_devices(PULSE) == ["Built-in", "Blue Yeti"]


def _source(index: int, name: str, monitor: bool = False):  # type: ignore[no-untyped-def]
    from simulator.speech.audio_server import Source

    return Source(index, name, name, monitor)


def test_a_recording_opens_on_an_alsa_named_microphone() -> None:
    """The capture worker's check before opening: under Qt's ALSA backend every device was
    'not connected (Settings, Microphone)'; under PulseAudio an unplugged one still is."""
    from simulator.ui.audio_capture import _unplugged

    known = {1: _source(1, "alsa_input.pci-0000_00_1f.3"), 2: _source(2, "speakers.monitor", True)}
    yeti, built_in = _Device("Yeti", "hw:CARD=Yeti"), _Device("Built-in", "hw:CARD=PCH")
    assert not _unplugged(yeti, (yeti, built_in), known)  # type: ignore[arg-type]
    gone, here = (
        _Device("Gone", "alsa_input.usb-Gone"),
        _Device("PCH", "alsa_input.pci-0000_00_1f.3"),
    )
    assert _unplugged(gone, (gone, here), known)  # type: ignore[arg-type]
    # the only microphone unplugged, the speakers' monitor left: still unplugged
    assert _unplugged(gone, (gone,), {2: known[2]})  # type: ignore[arg-type]
    assert _unplugged(gone, (), known)  # type: ignore[arg-type]
