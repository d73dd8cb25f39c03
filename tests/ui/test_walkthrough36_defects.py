"""Walkthrough 36 (ux36, keyboard only, a new user with an empty data folder, in a real X window
at 1280x800 and 960x640, light and dark: the briefing, a typed technical answer, a follow-up, an
empty Ctrl+Enter, a skip, pause and resume, ending early, the scorecard, History, Progress,
Review, practising again, Settings, the pack problems dialog over a broken pack, every export,
Help, About and the shortcut list): each defect seen there, through the real window (offscreen
here)."""

from __future__ import annotations

from tests.ui.waits import HANG_MS


def _end_box_texts(qtbot, window, monkeypatch):  # type: ignore[no-untyped-def]
    """Each end box's text as the person reads it; the box keeps the interview going."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(f"{box.text()} {box.informativeText()}")
        box.findChild(QPushButton, "endStay").click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def test_the_end_box_counts_what_the_scorecard_leaves_out(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+E in the introduction of a 6-question interview: "End the interview now? 5
    questions not asked yet. … The answer under way is kept and scored." No question had been
    asked and nothing typed; the scorecard then said "6 questions not answered before the
    end". On question 5's thinking time the box said 1 and the scorecard 2. The box counts the
    question on screen while it has no answer, and speaks of an answer under way only when
    one is."""
    from PySide6.QtCore import Qt

    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from tests.ui.stand_ins import CTRL, begin_answering, long_thinking, wait_reached

    asked = _end_box_texts(qtbot, window, monkeypatch)
    window.services.settings.follow_ups = False
    long_thinking(window.services.bank)
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    assert len(asked) == 1 and "2 questions have no answer yet" in asked[0], asked
    assert "under way" not in asked[0], asked
    begin_answering(qtbot, window)
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    assert "2 questions have no answer yet" in asked[1] and "under way" not in asked[1], asked
    qtbot.keyClicks(page.answer, "Overfitting memorizes noise in the training data.")
    qtbot.keyClick(page.answer, Qt.Key.Key_E, CTRL)
    assert "1 question has no answer yet" in asked[2], asked
    assert "The answer under way is kept and scored." in asked[2], asked
    assert window.controller.state is State.ANSWERING  # each time: kept going
    assert window.stack.currentWidget() is page


def test_the_export_message_names_the_scorecard_not_its_number(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path, monkeypatch
) -> None:
    """Scorecard, Ctrl+S, Save: the status line said "Exported session 2 to …/card.md", a
    number the window shows nowhere else (History, Home and the scorecard name a session by
    its plan and date). It says what was written: the scorecard, and where."""
    from PySide6.QtCore import Qt

    from simulator.core.export.formats import FORMATS
    from simulator.ui import export_dialog
    from tests.ui.typed_session import TWO_ANSWERS, open_stored_scorecard

    target = tmp_path / "card.md"
    monkeypatch.setattr(
        export_dialog, "ask_save_path", lambda *_a: (str(target), FORMATS["md"].file_filter)
    )
    sid, page = open_stored_scorecard(qtbot, window, services, TWO_ANSWERS)
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    line = page.status_line  # on the page, between its buttons (walk62)
    qtbot.waitUntil(lambda: "Exported" in line.full, timeout=HANG_MS)
    assert line.full == f"Exported the scorecard to {target}", line.full
    assert f"session {sid}" not in line.full and target.exists()


def test_one_session_has_one_date_on_every_screen(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """One interview: "03 Dec 2026, 13:48" on Home's list and in Review, "2026-12-03 13:48" on
    its scorecard, in History and in the exports. Every screen says it one way (the shorter:
    the scorecard's lines fit the smallest window with it)."""
    import time

    from simulator.core.export.formats import render
    from tests.ui.typed_session import TWO_ANSWERS, open_stored_scorecard

    sid, page = open_stored_scorecard(qtbot, window, services, TWO_ANSWERS)
    storage = services.storage
    shown = time.strftime("%Y-%m-%d %H:%M", time.localtime(storage.session(sid).started_at))
    assert shown in page.subtitle.text().replace("\u00a0", " "), page.subtitle.text()
    assert shown in render("md", storage.session(sid), services.bank)
    window.go_home()
    window.home.show_sessions(storage.sessions())
    listed = [
        window.home.past.history.item(i).text() for i in range(window.home.past.history.count())
    ]
    assert any(shown in text for text in listed), listed
    window.past.open_history()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=HANG_MS)
    history = window.past.history
    qtbot.waitUntil(lambda: history.proxy.rowCount() == 1, timeout=HANG_MS)
    assert history.proxy.index(0, 0).data() == shown
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    assert shown in window.past.review.subtitle.text()


def test_parts_of_equal_share_stay_visible_on_the_star_chart(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Progress after one story told 31% Situation and 31% Action: the STAR chart showed
    three dots of four, Situation's hidden under Action's (and Overall under the single
    category of a one-category session). Each later series' dot is smaller, so a tie reads
    as a dot in a ring, and every part's colour shows where its dot is."""
    from PySide6.QtGui import QColor

    from simulator.core.scoring.results import AnswerScore
    from simulator.core.tables import STAR_COLORS
    from tests.scores import session_score

    shares = {"situation": 0.31, "task": 0.15, "action": 0.31, "result": 0.23}
    score = AnswerScore.from_dict(
        {
            "question_id": "beh.conflict",
            "category": "behavioral",
            "overall": 70,
            "components": {"content": None, "structure": 70, "delivery": None},
            "star": {"parts": {p: {"share": v} for p, v in shares.items()}},
        }
    )
    storage = services.storage
    sid = storage.create_session({"name": "Behavioral drill", "question_ids": ["beh.conflict"]})
    storage.add_answer(sid, "beh.conflict", 0, "typed", "A story.", score=score)
    storage.finish_session(sid, session_score(70, {"behavioral": 70}))
    window.past.open_progress()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=HANG_MS)
    view = window.past.progress.star_chart
    chart = view.chart()
    qtbot.waitUntil(lambda: len(chart.series()) == 4, timeout=HANG_MS)
    series = {s.name().lower(): s for s in chart.series()}
    # (one session's dots stand side by side since walk65, all alike: no ring needed; a chart
    # of more sessions still draws each later series' dot smaller)
    xs = [chart.mapToPosition(series[p].points()[0], series[p]).x() for p in STAR_COLORS]
    assert len(set(xs)) == 4, xs
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    for part, color in STAR_COLORS.items():
        dot = view.mapFromScene(chart.mapToPosition(series[part].points()[0], series[part]))
        want = QColor(color)
        near = [
            image.pixelColor(int((dot.x() + dx) * ratio), int((dot.y() + dy) * ratio))
            for dx in range(-8, 9)
            for dy in range(-8, 9)
        ]
        assert any(
            abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue())
            < 40
            for c in near
        ), part
