"""History with 5,000 sessions in a real SQLite file (made through the app's storage API):
opening it and sorting it by a header did the work of the proxy's sort in Python, ``data``
asked twice a comparison (54,000 calls), and every row's texts made and mapped to be measured:
1.3-1.6 s of the GUI thread at the window's opening (round 54's attack run, hist54)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.ui.pages import history as history_page
from tests.scores import answer_score, session_score

SESSIONS = 5000
PLANS = ("Quick practice", "System design", "Full loop")
QUESTIONS = ("tech.overfit", "case.spam")


def _fill(storage) -> None:  # type: ignore[no-untyped-def]
    for n in range(SESSIONS):
        sid = storage.create_session({"name": PLANS[n % 3]})
        score = None if n % 11 == 0 else n % 100
        storage.add_answer(sid, QUESTIONS[n % 2], 0, "typed", f"answer {n}",
                           score=answer_score(score or 0))  # fmt: skip
        storage.finish_session(sid, session_score(score) if score is not None else None)


def test_thousands_of_sessions_open_and_sort_without_python_per_comparison_r54(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _fill(services.storage)
    calls = {"data": 0}
    data = history_page.HistoryModel.data

    def counted(self, index, role=0):  # type: ignore[no-untyped-def]
        calls["data"] += 1
        return data(self, index, role)

    monkeypatch.setattr(history_page.HistoryModel, "data", counted)
    qtbot.keyClick(
        window.home.preset,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=60_000)
    page = window.past.history
    qtbot.wait(50)
    assert page.proxy.rowCount() == SESSIONS
    opened = calls["data"]
    # a painted screen of rows asks for a few hundred cells; a sort in Python, 54,000
    assert opened < 3000, opened

    # the same order as the proxy's stable sort gave: score up, ties newest first
    page.table.selectRow(3)
    chosen = page.selected_session()
    given = list(page.model._given)
    calls["data"] = 0
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    qtbot.wait(20)
    assert calls["data"] < 3000, calls["data"]
    want = sorted(given, key=lambda r: -1 if r.overall is None else r.overall)
    shown = [page.model.rows[page.proxy.mapToSource(page.proxy.index(n, 0)).row()]
             for n in range(SESSIONS)]  # fmt: skip
    assert [r.session_id for r in shown] == [r.session_id for r in want]
    assert page.selected_session() == chosen  # the selection kept through the sort
    assert page.table.currentIndex().row() == page.table.selectionModel().selectedRows()[0].row()
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    want = sorted(given, key=lambda r: r.plan, reverse=True)
    assert [page.model.rows[n].session_id for n in range(SESSIONS)] == [r.session_id for r in want]
    assert page.selected_session() == chosen
