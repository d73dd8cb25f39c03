"""Two exports to the same file at once (attack run 46): the second removed the first's
temporary file as a leftover, and the first failed 'no such file or directory' of a folder that
is there. A temporary file is a leftover only when the process writing it is gone."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from simulator.core.export import files


def test_both_exports_finish_and_nothing_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "card.html"
    second_done = threading.Event()
    real_fsync = os.fsync
    errors: list[BaseException] = []

    def first_waits(fd: int) -> None:
        if threading.current_thread().name == "first":
            second_done.wait(60)  # its temporary file is there while the second runs
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", first_waits)

    def first() -> None:
        try:
            files.write_export(target, "<p>first</p>")
        except BaseException as exc:  # noqa: BLE001 (asserted below)
            errors.append(exc)

    thread = threading.Thread(target=first, name="first")
    thread.start()
    while not list(tmp_path.glob(".card.html.*.part")):
        assert thread.is_alive()
    files.write_export(target, "<p>second</p>")
    second_done.set()
    thread.join(60)
    assert errors == []
    assert target.read_text() == "<p>first</p>"  # renamed into place last
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.html"]
