"""Attack run of round 29: a hand-edited or damaged ``window.json`` (the window's kept size)
costs only the kept size. A JSON array nested 2,040 deep (4 kB, under the file's size limit)
raised RecursionError out of ``restore``, so the app did not start at all (crash.log only)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "[" * 2040 + "]" * 2040,  # nested deeper than Python's JSON reader goes
        '{"geometry": ' + "[" * 1500 + "]" * 1500 + "}",
        '{"geometry": "AAAAAAAAAAA="}',  # base64, but not of a Qt geometry
        '{"geometry": null}',
        "",
    ],
    ids=["nested", "nested-value", "not-geometry", "null", "empty"],
)
def test_a_damaged_window_file_opens_the_window_at_its_default_size(
    qtbot, data_dir: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    from simulator.app import open_window

    data_dir.mkdir(parents=True)
    kept = data_dir / "window.json"
    kept.write_text(text)
    with caplog.at_level(logging.WARNING):
        window = open_window()  # as run_gui does
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert window.width() >= window.minimumWidth() > 0
    finally:
        window.shutdown()
        window.services.storage.close()
    if text:  # the log names the file (nothing of the person's is in it: no dialog)
        assert any(str(kept) in r.getMessage() for r in caplog.records), caplog.text
