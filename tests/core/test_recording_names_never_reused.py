"""A recording's name comes from the wall clock, which can go back (a clock corrected, the
hour repeated when summer time ends): a new answer whose name was taken overwrote the earlier
recording (the recorder truncates). A taken name gets a number instead (attack run, issue 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.session import flow


def test_a_recording_name_already_taken_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flow.time, "strftime", lambda _fmt: "20261201-010000")
    earlier = tmp_path / "recordings" / "20261201-010000-q1.wav"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"an earlier answer")
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    (started,) = h.speech.started
    assert started != earlier and started.parent == earlier.parent
    assert started.name == "20261201-010000-q1-2.wav"
    assert earlier.read_bytes() == b"an earlier answer"
