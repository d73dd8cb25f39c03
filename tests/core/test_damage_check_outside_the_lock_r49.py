"""A read that finds the open database damaged checks it without holding the storage's lock
(read-again review of round 48): the integrity check (about a second per 500 MB) ran under it,
so every other read and write waited for it. Another read that finds the damage meanwhile
salvages it; the first then finds the file salvaged and does not salvage the fresh one again."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from test_damaged_read_hard48 import _kept_aside, damaged_open

from simulator.core import db_health


def test_a_second_read_goes_on_while_the_first_checks_the_damage_r49(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage, sid, _ = damaged_open(tmp_path)
    real = db_health.check
    checking, go_on = threading.Event(), threading.Event()
    calls: list[str] = []

    def slow_first(*args: Any, **kwargs: Any) -> str | None:
        calls.append(threading.current_thread().name)
        if len(calls) == 1:
            checking.set()
            go_on.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(db_health, "check", slow_first)
    done: dict[str, Any] = {}

    def first() -> None:
        done["first"] = storage.answers(sid)

    reader = threading.Thread(target=first, name="first")
    reader.start()
    try:
        assert checking.wait(30)
        second = threading.Thread(target=lambda: done.update(second=storage.answers(sid)))
        second.start()
        second.join(10)
        assert "second" in done, "the second read waited for the first read's check"
    finally:
        go_on.set()
        reader.join(30)
    assert done["first"] == done["second"]  # both read in the fresh file
    assert len(_kept_aside(tmp_path)) == 1  # salvaged once
    storage.close()
