"""Quitting with a microphone that never stops: ``settle`` is bounded by the time it is given
(0 read as "the default", 5 s: ``timeout_s or CLOSE_TIMEOUT_S``), and a capture thread left
running is said in the app's log with the microphone's name and the file's state (it was a
line on stderr only, which a window started from the desktop shows nobody)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from simulator.ui import audio_capture


class _Thread:
    def isFinished(self) -> bool:  # noqa: N802 (Qt's name)
        return False  # a device whose stop never returns

    def quit(self) -> None:
        pass


def _stuck_capture(tmp_path: Path) -> SimpleNamespace:
    closed = threading.Event()
    closed.set()  # the worker closes the file before it asks the device to stop
    return SimpleNamespace(
        requests=SimpleNamespace(finish=SimpleNamespace(emit=lambda: None)),
        thread=_Thread(),
        closed=closed,
        path=tmp_path / "answer.wav",
        device=SimpleNamespace(description=lambda: "Stuck USB microphone"),
    )


@pytest.mark.parametrize("given", [0.0, 0.25, None])
def test_settle_waits_for_the_time_it_is_given_and_logs_the_thread_left(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    given: float | None,
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(audio_capture, "_wait_for_threads", lambda _c, t: waits.append(t))
    monkeypatch.setattr(audio_capture, "_STUCK", [])
    monkeypatch.setattr(audio_capture, "_ENDING", [])
    capture = _stuck_capture(tmp_path)
    with caplog.at_level(logging.WARNING, logger=audio_capture.__name__):
        assert audio_capture.settle(capture, given) is True  # type: ignore[arg-type]
    assert waits == [audio_capture.CLOSE_TIMEOUT_S if given is None else given]
    assert [capture] == audio_capture._STUCK  # kept referenced: kept alive to the exit
    (said,) = [r.getMessage() for r in caplog.records]
    assert "Stuck USB microphone" in said and str(capture.path) in said, said
    assert "did not stop in time" in said and "its file is closed" in said, said
