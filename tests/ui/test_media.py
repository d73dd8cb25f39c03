"""Media players are driven through the event loop (simulator/ui/media.py), never directly.

A direct ``stop()`` from Python could deadlock the GUI thread against Qt's FFmpeg renderer
thread (the GIL against a connection lock): the whole test run hung on it once in CI, and a
stress run here hung about once in a hundred stops on one core (benchmarks/player_stop.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from simulator.ui.review_player import ReviewPlayer
from tests.ui.recorded import quiet_wav

UI = Path(__file__).resolve().parents[2] / "simulator" / "ui"
# A QMediaPlayer is held as ``_player`` or a local ``player`` (``self.player`` is a ReviewPlayer).
DIRECT = re.compile(
    r"(\._player|(?<![.\w])player)\.(play|pause|stop|setSource|setPosition|setPlaybackRate)\("
)


def test_no_module_commands_a_media_player_directly() -> None:
    found = [
        f"{path.relative_to(UI)}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "media.py"
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if DIRECT.search(line)
    ]
    assert found == []


def test_a_stop_while_playing_lands_through_the_event_loop(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wav = quiet_wav(tmp_path / "quiet.wav")
    player = ReviewPlayer()
    player.load(wav)
    player.toggle()
    qtbot.waitUntil(lambda: player.is_playing() and player.position() > 0.3, timeout=5000)
    player.set_speed(1.25)
    assert player.speed() == 1.25  # what was asked, at once
    player.stop()
    assert player.is_playing()  # not yet: the command waits for the event loop
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=5000)
    assert player.media.playbackRate() == 1.25
