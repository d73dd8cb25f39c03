"""History page through the real window: sort, filter, search in transcripts, delete with audio."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.scores import answer_score, session_score
from tests.ui.recorded import spoken_session


def _typed_session(storage, plan: str, qid: str, text: str, overall: int) -> int:  # type: ignore[no-untyped-def]
    sid = storage.create_session({"name": plan})
    storage.add_answer(sid, qid, 0, "typed", text, score=answer_score(overall))
    storage.finish_session(sid, session_score(overall))
    return sid


def test_sort_filter_search_and_delete(
    qtbot, window, services, data_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    wav = data_dir / "recordings" / "a.wav"
    spoken, _ids = spoken_session(storage, services.bank, wav)
    quick = _typed_session(storage, "Quick practice", "tech.overfit", "It memorizes noise.", 35)
    case = _typed_session(storage, "System design", "case.spam", "Start with the metric.", 80)
    qtbot.keyClick(
        window.home.preset,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    assert page.proxy.rowCount() == 3 and page.summary.text() == "3 sessions"

    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by score
    assert page.selected_session() is not None
    shown = [page.proxy.index(r, 4).data() for r in range(3)]
    assert shown == ["35", "60", "80"]
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by spoken answers
    spoken_column = [page.proxy.index(r, 3).data() for r in range(3)]
    assert spoken_column[:2] == ["0", "0"], "typed sessions left the Spoken column blank"
    assert int(spoken_column[2]) > 0
    page.plan.setCurrentIndex(page.plan.findData("System design"))
    assert page.proxy.rowCount() == 1 and page.summary.text() == "1 of 3 sessions"
    page.plan.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("behavioral"))
    assert page.proxy.rowCount() == 1
    page.category.setCurrentIndex(0)
    page.topic.setCurrentIndex(page.topic.findData(services.bank.get("case.spam").topic))
    assert page.proxy.rowCount() == 1
    page.topic.setCurrentIndex(0)
    page.min_score.setValue(60)
    assert page.proxy.rowCount() == 2
    page.min_score.setValue(0)

    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, "benchmark")  # said in the spoken answer only
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=3000)
    page.table.selectRow(0)
    assert page.selected_session() == spoken

    monkeypatch.setattr(window.past, "confirm", lambda *_a: False)
    page.delete_button.click()
    qtbot.wait(200)
    assert wav.exists() and storage.session(spoken)
    monkeypatch.setattr(window.past, "confirm", lambda *_a: True)
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=3000)
    assert wav.exists()  # kept while Ctrl+Z can bring it back (ui67)
    window.past.delete_held()  # as leaving History does
    qtbot.waitUntil(lambda: not wav.exists(), timeout=3000)
    assert {s.id for s in storage.sessions()} == {quick, case}
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=3000)
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
