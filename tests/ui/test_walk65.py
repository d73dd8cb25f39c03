"""The walkthrough of round 65 (issue 8, walk65): a new user's keyboard-only walk through the
app in the real window (960 x 640 and 1400 x 900, light and dark), and the defects round 64
left. Each test fails before its fix."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from simulator.core.scoring import score_answer, score_session
from simulator.core.transcript import Transcript
from tests.ui.waits import HANG_MS


def _finished(services, plan: str, text: str) -> int:  # type: ignore[no-untyped-def]
    """A finished one-question session of ``plan`` answering tech.overfit with ``text``."""
    storage, bank = services.storage, services.bank
    sid = storage.create_session({"name": plan, "question_ids": ["tech.overfit"]})
    score = score_answer(bank.get("tech.overfit"), Transcript(text))
    storage.add_answer(sid, "tech.overfit", 0, "typed", text, score=score)
    storage.finish_session(sid, score_session([(bank.get("tech.overfit"), score)]))
    return sid


def _lines(text: str, font, width: float) -> list[str]:  # type: ignore[no-untyped-def]
    """``text`` broken into lines ``width`` px wide, as a word-wrapped label breaks it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_the_previous_session_s_score_keeps_its_change_on_its_line(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 the scorecard's comparison read "Previous Technical deep dive session
    (2026-12-07 06:23): 62" with "(-2)" alone on the next line (walk64). The score and its
    change, and the date and its time, stay together at whatever width the label wraps."""
    _finished(services, "Technical deep dive", "Overfitting memorises noise; validate it.")
    sid = _finished(services, "Technical deep dive", "Overfitting memorises noise.")
    window.resize(window.minimumSize())
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    page = window.scorecard
    qtbot.waitUntil(lambda: page.comparison.isVisible(), timeout=HANG_MS)
    QApplication.processEvents()
    card = page.scorecard
    assert card is not None and card.previous is not None and card.previous.change is not None
    text = page.comparison.text()
    change = f"({card.previous.change:+d})"
    assert change in text
    font = page.comparison.font()
    # every width from the label's own down to a fifth of it: the fonts of another machine
    # break the line elsewhere, never between these
    for width in range(page.comparison.contentsRect().width(), 60, -3):
        for line in _lines(text, font, width):
            assert not line.strip().startswith(change), (width, line)
            assert not line.strip().startswith(card.previous.started[-5:]), (width, line)
