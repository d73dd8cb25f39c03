"""History with 5,000 sessions, filtered (round 54 left it, perf55): each filter and each
search result was the proxy's filterAcceptsRow, a call from Qt into Python a row, and a result
that kept every other session removed the others range by range (2,500 removals, each laid out
by the table: 30-40 ms of the GUI thread a search result); the dropdowns were filled an item
at a time, a call into Qt for each of 5,000 plans. ``benchmarks/history_filter.py`` measures
the stalls; this test counts the calls, which a machine's load does not change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.scores import answer_score, session_score

SESSIONS = 5000
QUESTIONS = ("tech.overfit", "case.spam")


def _fill(storage) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    for n in range(SESSIONS):
        sid = storage.create_session({"name": f"Plan {n:04d}"})  # a plan each
        storage.add_answer(sid, QUESTIONS[n % 2], 0, "typed", f"answer {n}",
                           score=answer_score(n % 100))  # fmt: skip
        storage.finish_session(sid, session_score(n % 100))
        ids.append(sid)
    return ids


def test_filtering_thousands_of_sessions_is_one_pass_not_a_call_a_row_r55(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(services.storage)
    added = {"items": 0}
    add_item = QComboBox.addItem

    def counted_add(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        added["items"] += 1
        return add_item(self, *args, **kwargs)

    monkeypatch.setattr(QComboBox, "addItem", counted_add)
    qtbot.keyClick(
        window.home.preset,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=60_000)
    page = window.past.history
    qtbot.wait(50)
    assert page.proxy.rowCount() == SESSIONS
    assert page.plan.count() == SESSIONS + 1  # All, then each plan
    assert added["items"] < 10, added  # before: an item at a time, 5,000 plans and more
    assert page.plan.findData("Plan 0043") == 44 and page.plan.itemData(44) == "Plan 0043"

    removed, reset = [0], [0]
    page.proxy.rowsRemoved.connect(lambda *_a: removed.__setitem__(0, removed[0] + 1))
    page.proxy.modelReset.connect(lambda: reset.__setitem__(0, reset[0] + 1))
    page.table.selectRow(1)  # newest first: the second newest session
    chosen = page.selected_session()
    assert chosen == ids[-2]
    every_other = set(ids[::2])
    assert chosen in every_other
    page.set_matching("", every_other)  # a search's result: every other session
    assert page.proxy.rowCount() == SESSIONS // 2
    assert removed[0] == 0 and reset[0] == 1, (removed, reset)  # before: 2,500 removals
    assert page.summary.text() == f"{SESSIONS // 2} of {SESSIONS} sessions"
    assert page.selected_session() == chosen  # kept through the filter, and in view
    shown = [page.model.rows[n].session_id for n in range(page.proxy.rowCount())]
    assert shown == sorted(every_other, reverse=True)

    page.plan.setCurrentIndex(page.plan.findData("Plan 0043"))
    assert page.proxy.rowCount() == 0  # session 44 is not among the search's
    page.set_matching("", None)
    assert page.proxy.rowCount() == 1 and page.selected_session() is None
    page.plan.setCurrentIndex(0)
    assert page.proxy.rowCount() == SESSIONS
    # a change in one run of rows (the newest ten matched) is told as that run: the table
    # keeps its selection and place
    page.table.selectRow(3)
    chosen = page.selected_session()
    removed[0] = reset[0] = 0
    page.set_matching("", set(ids[-10:]))
    assert page.proxy.rowCount() == 10 and (removed[0], reset[0]) == (1, 0)
    assert page.selected_session() == chosen
    page.set_matching("", None)
    assert page.proxy.rowCount() == SESSIONS and reset[0] == 0
    page.min_score.setValue(99)
    assert page.proxy.rowCount() == SESSIONS // 100
    assert all(r.overall == 99 for r in page.model.rows)
