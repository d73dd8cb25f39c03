"""SourceWatch: where this process's recording reads from, as the audio server says (pactl's
JSON, given here by a fake runner; the real server is in tests/ui/audio_input_child.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from simulator.speech import audio_server
from simulator.speech.audio_server import SourceWatch

PID = 4242
MONITOR = {"index": 0, "name": "out.monitor", "description": "Monitor of Speakers",
           "properties": {"device.class": "monitor"}}  # fmt: skip
BUILT_IN = {"index": 1, "name": "builtin", "description": "Built-in Mic", "properties": {}}
HEADSET = {"index": 2, "name": "usb-headset", "description": "USB Headset", "properties": {}}


def _stream(index: int, source: int, pid: int = PID, name: str = "QtmPulseStream-1-2") -> dict:  # type: ignore[type-arg]
    props = {"application.process.id": str(pid), "media.name": name}
    return {"index": index, "source": source, "properties": props}


class Server:
    """What pactl would print: the sources, the streams recording, the default source."""

    def __init__(self, sources: list[dict], streams: list[dict]) -> None:  # type: ignore[type-arg]
        self.sources, self.streams, self.default = sources, streams, "builtin"
        self.calls: list[tuple[str, ...]] = []
        self.down = False

    def __call__(self, args: Sequence[str]) -> str | None:
        self.calls.append(tuple(args))
        if self.down:
            return None
        if list(args) == ["get-default-source"]:
            return self.default + "\n"
        if args[-1] == "sources":
            return json.dumps(self.sources)
        return json.dumps(self.streams)


def test_nothing_is_said_while_the_recording_reads_from_the_chosen_microphone() -> None:
    server = Server([MONITOR, BUILT_IN, HEADSET], [_stream(7, 2)])
    watch = SourceWatch("USB Headset", pid=PID, runner=server)
    assert watch.check() is None
    assert watch.check() is None
    assert watch.reading_from == "USB Headset"


def test_an_unplugged_microphone_names_the_one_the_recording_goes_on_from() -> None:
    server = Server([MONITOR, BUILT_IN, HEADSET], [_stream(7, 2)])
    watch = SourceWatch("USB Headset", pid=PID, runner=server)
    assert watch.check() is None
    server.sources = [MONITOR, BUILT_IN]  # unplugged: the server moved the stream
    server.streams = [_stream(7, 1)]
    change = watch.check()
    assert change is not None and not change.stopped
    assert "'USB Headset' was disconnected" in change.message
    assert "'Built-in Mic'" in change.message
    assert watch.reading_from == "Built-in Mic"
    assert watch.check() is None  # said once


def test_only_the_speakers_monitor_left_stops_the_recording() -> None:
    server = Server([MONITOR, HEADSET], [_stream(7, 2)])
    watch = SourceWatch("USB Headset", pid=PID, runner=server)
    assert watch.check() is None
    server.sources, server.streams = [MONITOR], [_stream(7, 0)]
    change = watch.check()
    assert change is not None and change.stopped
    assert "no other microphone" in change.message and "USB Headset" in change.message


def test_a_stream_opened_elsewhere_than_asked_is_said_at_the_first_look() -> None:
    server = Server([MONITOR, BUILT_IN], [_stream(7, 1)])
    change = SourceWatch("USB Headset", pid=PID, runner=server).check()
    assert change is not None and "'Built-in Mic'" in change.message


def test_a_move_by_the_system_with_both_microphones_present_says_so() -> None:
    server = Server([MONITOR, BUILT_IN, HEADSET], [_stream(7, 2)])
    watch = SourceWatch("USB Headset", pid=PID, runner=server)
    watch.check()
    server.streams = [_stream(7, 1)]
    change = watch.check()
    assert change is not None and "moved the recording" in change.message


def test_other_processes_and_other_libraries_streams_are_not_followed() -> None:
    server = Server(
        [MONITOR, BUILT_IN, HEADSET],
        [_stream(3, 1, pid=PID + 1), _stream(4, 1, name="ALSA plug-in"), _stream(7, 2)],
    )
    watch = SourceWatch("USB Headset", pid=PID, runner=server)
    assert watch.check() is None
    server.streams = [_stream(3, 0, pid=PID + 1), _stream(4, 0, name="x"), _stream(7, 2)]
    assert watch.check() is None


def test_the_newest_stream_of_the_process_is_the_recording_and_is_followed_by_index() -> None:
    server = Server([MONITOR, BUILT_IN, HEADSET], [_stream(5, 1), _stream(9, 2)])
    watch = SourceWatch("USB Headset", pid=PID, runner=server)
    assert watch.check() is None
    server.streams = [_stream(9, 2), _stream(12, 1)]  # another stream of the process, later
    assert watch.check() is None


def test_no_server_or_no_pactl_means_no_word_and_no_more_asking() -> None:
    server = Server([MONITOR, BUILT_IN], [_stream(7, 1)])
    server.down = True
    watch = SourceWatch("Built-in Mic", pid=PID, runner=server)
    assert watch.check() is None and not watch.available
    calls = len(server.calls)
    server.down = False
    assert watch.check() is None and len(server.calls) == calls


def test_garbage_from_pactl_is_no_answer() -> None:
    def garbage(_args: Sequence[str]) -> str:
        return "Connection failure: Connection refused\n"

    assert audio_server.sources(garbage) is None
    assert audio_server.recording_streams(PID, garbage) is None
    assert SourceWatch("x", pid=PID, runner=garbage).check() is None


def test_monitor_sources_are_told_apart_from_microphones() -> None:
    server = Server([MONITOR, BUILT_IN, {"index": 3, "name": "hdmi.monitor"}], [])
    found = audio_server.sources(server)
    assert found is not None
    assert {i: s.monitor for i, s in found.items()} == {0: True, 1: False, 3: True}
    assert found[3].description == "hdmi.monitor"  # no description: its name
    assert audio_server.default_source(server) == "builtin"


def test_microphone_names_are_the_servers_sources_that_are_no_monitor() -> None:
    server = Server([MONITOR, BUILT_IN, HEADSET], [])
    assert audio_server.microphone_names(server) == {"builtin", "usb-headset"}
    server.sources = [MONITOR, BUILT_IN]  # the headset unplugged
    assert audio_server.microphone_names(server) == {"builtin"}
    server.down = True
    assert audio_server.microphone_names(server) is None  # cannot tell: Qt's list stands
