"""Text that comes from people or archives (answers, notes, plan names, question ids, follow-ups)
is shown as text on every page that shows past answers, never rendered as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.waits import HANG_MS

EVIL = "<b>INJB</b><img src='/etc/x.png'><a href='file:///etc/passwd'>INJA</a>"


def _rendered_markup(root: QWidget) -> list[str]:
    """Labels that would render EVIL's markup (escaped markup in a rich label is fine)."""
    return [
        f"{w.objectName()}: {w.text()[:80]!r}"
        for w in root.findChildren(QLabel)
        if "<b>INJB</b>" in w.text() and w.textFormat() != Qt.TextFormat.PlainText
    ]


def test_markup_in_past_answers_is_shown_as_text(window, qtbot, services) -> None:  # type: ignore[no-untyped-def]
    s = services.storage
    sid = s.create_session({"name": EVIL, "question_ids": ["tech.overfit"]})
    first = s.add_answer(sid, "tech.overfit", 0, "typed", EVIL + " answer text")
    second = s.add_answer(sid, EVIL, 1, "typed", EVIL, follow_up=EVIL)
    s.set_note(first, EVIL)
    s.finish_session(sid, None)
    found = []
    for page, opens in (
        ("scorecard", lambda: window.open_scorecard(sid)),
        ("history", window.past.open_history),
        ("review", lambda: window.past.open_review(sid, first)),
        ("review of an unknown question", lambda: window.past.open_review(sid, second)),
        ("attempts", lambda: window.past.open_attempts("tech.overfit")),
        ("home", window.go_home),
    ):
        opens()
        qtbot.waitUntil(lambda: window._db.pending() == 0, timeout=HANG_MS)
        qtbot.wait(100)
        found += [f"{page}: {hit}" for hit in _rendered_markup(window)]
    assert not found
