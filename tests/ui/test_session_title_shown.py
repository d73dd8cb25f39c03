"""A session's title comes from its plan, and an imported archive can hold any: a bidi override
in it was shown raw (reordering the rest of the line), and a 400-character title pushed the
score off Home's list of past sessions, behind a sideways scroll bar."""

from __future__ import annotations

from simulator.core.storage import Storage
from simulator.services import Services
from tests.bidi import held_in
from tests.scores import session_score
from tests.ui.waits import HANG_MS

TITLE = "Quick\u202e practice " + "a very long title " * 25


def test_a_planted_or_long_title_is_held_in_and_cut_on_home(
    qtbot, window, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QTableView

    storage: Storage = services.storage
    sid = storage.create_session({"name": TITLE, "question_ids": ["tech.overfit"]})
    answer = storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.")
    storage.finish_session(sid, session_score(40))
    window.refresh_home()
    history = window.home.history
    qtbot.waitUntil(lambda: "practice" in (history.item(0).text() if history.count() else ""))
    first_line = window.home.history.item(0).text().splitlines()[0]
    assert "\u202e" in first_line and held_in(first_line)  # the override works in the title only
    assert first_line.endswith("40/100") and len(first_line) < 100, first_line
    assert first_line.lstrip("\u2068").startswith("Quick")  # isolated from the score: bidi-safe

    def shown() -> str:
        parts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
        for view in window.findChildren(QTableView):
            if view.isVisible():
                model = view.model()
                parts += [
                    str(model.index(r, c).data())
                    for r in range(model.rowCount())
                    for c in range(model.columnCount())
                ]
        return "\n".join(parts)

    for opens in (
        lambda: window.open_scorecard(sid),
        lambda: window.past.open_review(sid, answer),
        lambda: window.past.open_history(),
    ):
        opens()
        qtbot.waitUntil(lambda: window._db.pending() == 0, timeout=HANG_MS)
        # filled (a turn or more after its data is read: 50 ms was too few under load)
        qtbot.waitUntil(lambda: "\u202e practice" in shown(), timeout=HANG_MS)
        text = shown()
        assert held_in(text)
