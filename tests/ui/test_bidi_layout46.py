"""Laid out by Qt (the window's labels, the PDF), a prompt's planted U+202E reverses its own
text only: what the page puts after it stays after it, in order (round 46; it was a tag)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout

from simulator.core.reordering import shown_marks


def _cursor_x(text: str) -> list[float]:
    layout = QTextLayout(text, QFont("DejaVu Sans", 9))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text) + 1)]


@pytest.mark.parametrize("prompt", ["Why\u202e gnittifrevo", "\u2067right\u202b left", "a\u2069b"])
def test_what_follows_a_prompt_stays_after_it_in_order(qapp, prompt: str) -> None:  # type: ignore[no-untyped-def]
    def in_order(text: str) -> bool:
        x = _cursor_x(text)
        end = text.index(" END")
        e, n, d = x[end + 1], x[end + 2], x[end + 3]
        return e < n < d and all(e >= x[i] for i in range(3, end))

    assert in_order(f"1. {shown_marks(prompt)} END")
    if "\u202e" in prompt:
        assert not in_order(f"1. {prompt} END")  # raw, the override turned it round
