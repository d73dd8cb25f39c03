"""The review player's position never steps back while playing (a real QMediaPlayer, real WAV)."""

from __future__ import annotations

from pathlib import Path

from simulator.ui.review_player import ReviewPlayer
from tests.ui.recorded import quiet_wav
from tests.ui.waits import HANG_MS


def test_the_position_sent_while_playing_never_goes_back(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wav = quiet_wav(tmp_path / "quiet.wav")
    player = ReviewPlayer()
    sent: list[float] = []
    player.position_changed.connect(lambda s: sent.append(s) if player.is_playing() else None)
    player.load(wav)
    player.toggle()
    # until it has played and reported often (not for 1.5 s: a loaded machine sends fewer)
    qtbot.waitUntil(lambda: len(sent) > 20 and sent[-1] > 0.5, timeout=HANG_MS)
    player.position_changed.disconnect()  # stopping goes back to 0, by design
    player.stop()
    assert len(sent) > 20 and sent[-1] > 0.5  # it played and reported often
    # Before the fix, each new report 20-30 ms behind the extrapolation stepped it back.
    assert all(b >= a for a, b in zip(sent, sent[1:], strict=False))
