"""Walkthrough 33 (ux33, keyboard only, in a real X window at 960x640 and 1600x1000, light and
dark, a new user with an empty data folder): each defect seen there, through the real window
(offscreen here) or the export a person opens."""

from __future__ import annotations

import re

from tests.ui.typed_session import TWO_ANSWERS, open_stored_scorecard
from tests.ui.waits import HANG_MS


def test_a_category_is_capitalised_alike_in_the_table_and_the_chart(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Scorecard at 960x640: the table's Category column said "technical" right beside the
    chart's bar "Technical"; the detail line, Review, History's column and filter and every
    export's table said "technical" / "case study" while Home, the interview page, the chart
    and Progress say "Technical" / "Case study". A category shown as a label (a cell, a tag, a
    filter item) starts with a capital everywhere; running text ("3 technical, 1 case study")
    stays as it was."""
    from PySide6.QtCore import Qt

    from simulator.core.export.formats import render

    sid, page = open_stored_scorecard(qtbot, window, services, TWO_ANSWERS)
    cells = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    labels = page.chart.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert cells == ["Technical", "Case study"], cells
    assert set(cells) <= set(labels), (cells, labels)
    page.table.selectRow(1)
    assert page.detail_meta.text().startswith("Case study"), page.detail_meta.text()
    session = services.storage.session(sid)
    md = render("md", session, services.bank)
    assert "| Case study |" in md and "| technical |" not in md and "| case study |" not in md
    html = render("html", session, services.bank)
    assert "<td>Case study</td>" in html and "<td>technical</td>" not in html
    assert not re.search(r"\*case study · |\*technical · ", md), md[:900]

    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past.review, timeout=HANG_MS)
    review = window.past.review
    qtbot.waitUntil(lambda: review.meta.text().startswith("Technical"), timeout=HANG_MS)

    window.past.open_history()
    history = window.past.history
    qtbot.waitUntil(lambda: history.table.model().rowCount() == 1, timeout=HANG_MS)
    model = history.table.model()
    assert model.index(0, 5).data() == "Case study, Technical", model.index(0, 5).data()
    combo = history.category
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["Case study", "Technical"]


def test_settings_show_and_keep_the_voice_chosen_on_home(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Home, Alt+O: "Read questions aloud" unticked. Ctrl+, opened Settings with the same box
    ticked (the setting is only written when an interview starts), and saving Settings (say,
    for the dark theme) ticked Home's box again: the voice came back unasked."""
    from PySide6.QtCore import Qt

    home = window.home
    window.services.settings.voice_enabled = True  # as a new user starts
    home.voice.setChecked(True)
    home.voice.setFocus()
    qtbot.keyClick(home.voice, Qt.Key.Key_Space)
    assert not home.voice.isChecked()
    shown: list[bool] = []

    def settings_open(dialog) -> bool:  # type: ignore[no-untyped-def]
        shown.append(dialog.voice_enabled.isChecked())
        return True  # Save

    monkeypatch.setattr(window, "_exec_dialog", settings_open)
    window.open_settings()
    assert shown == [False]
    assert not home.voice.isChecked()


def test_the_empty_answer_box_tells_what_ctrl_enter_does_now(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Thinking time: the line under the question said "Ctrl+Enter to start now (or start
    typing)" and the empty box under it "Type your answer here. Ctrl+Enter submits it." (spoken:
    "... Ctrl+Enter ends the answer"), two meanings of one key on one screen (issue 8's empty
    Ctrl+Enter); while the last words were transcribed the box still said "Speak your answer:
    ... Ctrl+Enter ends the answer". The box says what Ctrl+Enter does only while it does that."""
    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from simulator.ui.pages.interview_texts import answer_placeholder
    from tests.ui.stand_ins import wait_reached

    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    wait_reached(qtbot, window, State.PREPARING)
    assert "Ctrl+Enter to start now" in page.hint.text(), page.hint.text()
    shown = page.answer.placeholderText()
    assert "submits" not in shown and "ends the answer" not in shown, shown
    for state in State:
        for spoken in (False, True):
            said = answer_placeholder(state, spoken)
            if state in (State.ANSWERING, State.FOLLOW_UP):
                assert "Ctrl+Enter" in said, (state, spoken, said)
            else:
                assert "submits" not in said and "ends the answer" not in said, (state, said)


def test_the_cost_of_wrong_claims_counts_only_what_was_found(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Scorecard detail and every export of an answer that swaps L1 and L2: "1 misconception(s),
    1 contradicted key point(s)", and of another "0 misconception(s), 1 contradicted key
    point(s)": a form's brackets and a count of nothing, where the tips and History write
    "1 session", "3 sessions"."""
    from tests.ui.typed_session import finish_typed_session

    finish_typed_session(
        qtbot, window, "Overfitting means high bias. It memorizes noise in the training data."
    )
    page = window.scorecard
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=HANG_MS)
    detail = page.detail.toPlainText()
    assert "1 misconception:" in detail or "1 misconception," in detail, detail
    assert "(s)" not in detail, detail
    assert not re.search(r"\b0 (misconception|contradicted|sweeping)", detail), detail
