"""Walkthrough 32 (ux32, keyboard only, in a real X window at 960x640 and 1280x800, light and
dark, a new user with an empty data folder; every export opened): each defect seen there,
through the real window (offscreen here) or the export a person opens."""

from __future__ import annotations

import re

from tests.ui.typed_session import TWO_ANSWERS, open_stored_scorecard
from tests.ui.waits import HANG_MS


def test_a_case_study_is_called_so_after_the_interview_too(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Home offers "Case study" and the interview page says "Case study"; then the scorecard's
    table and detail said "case", its chart "Case", and Review, History and every export
    "case": the stored id, not the name the person chose. One name everywhere."""
    from PySide6.QtCore import Qt

    from simulator.core.export.formats import render

    sid, page = open_stored_scorecard(qtbot, window, services, TWO_ANSWERS)
    cells = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert cells == ["Technical", "Case study"], cells  # as the chart (walkthrough 33)
    page.table.selectRow(1)
    assert page.detail_meta.text().startswith("Case study"), page.detail_meta.text()
    labels = page.chart.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert "Case study" in labels, labels
    session = services.storage.session(sid)
    md = render("md", session, services.bank)
    assert "| Case study |" in md, md[:900]
    assert "*Case study · " in md
    html = render("html", session, services.bank)
    assert "<td>Case study</td>" in html and "<div>Case study</div>" in html
    assert not re.search(r">case<|>Case<|\| case \|", md + html)

    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past.review, timeout=HANG_MS)
    review = window.past.review
    qtbot.keyClick(review.answer_choice, Qt.Key.Key_Down)  # the case study's answer
    qtbot.waitUntil(lambda: review.meta.text().startswith("Case study"), timeout=HANG_MS)

    window.past.open_history()
    history = window.past.history
    qtbot.waitUntil(lambda: history.table.model().rowCount() == 1, timeout=HANG_MS)
    model = history.table.model()
    assert model.index(0, 5).data() == "Case study, Technical", model.index(0, 5).data()
    combo = history.category
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["Case study", "Technical"]


def test_a_key_point_weight_reads_as_the_tips_write_it(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Scorecard detail and every export: "(missing, weight 3.0)" in the key points, and just
    under them "Missing key point (weight 3): …": two ways to write one number. The PDF
    also broke the line between "weight" and "2.0"."""
    from simulator.core.export.formats import render

    sid, page = open_stored_scorecard(qtbot, window, services, TWO_ANSWERS)
    page.table.selectRow(0)
    shown = page.detail.toPlainText()
    assert re.search(r"weight\s\d", shown), shown[:600]
    assert not re.search(r"weight\s\d+\.\d", shown), shown[:600]
    md = render("md", services.storage.session(sid), services.bank)
    assert not re.search(r"weight\s\d+\.\d", md), md
    # the number stays with its word wherever a line breaks
    assert re.search("weight\u00a0\\d\\)", md), md


def test_the_star_targets_footer_keeps_each_target_whole() -> None:
    """PDF export, last line: "STAR targets: S 15-20 %, T 10-15 %, A 50-60 %, R 15-20" and a
    "%" alone on the next line. Each target is unbreakable, and written as the STAR bars and
    tips write it ("target 15%-20%")."""
    from simulator.core.tables import STAR_TARGETS, star_targets_text

    text = star_targets_text()
    parts = text.split(", ")
    assert len(parts) == len(STAR_TARGETS)
    for part in parts:
        assert " " not in part, repr(part)  # no place to break inside a target
        assert re.fullmatch("[STAR]\u00a0\\d+%-\\d+%", part), repr(part)


def test_home_says_how_to_get_a_microphone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A new user with no microphone chose Answers: Speaking: Home said "No microphone found.
    Answers will be typed." and the interview "Type your answers from now on": what happens,
    never what to do to answer out loud. It says where the microphone is chosen."""
    from PySide6.QtCore import Qt

    window.voice_answers.input_problem = lambda: "No microphone found."
    window.voice_answers.preload = lambda: None
    home = window.home
    qtbot.waitUntil(lambda: window.audio_devices_asked, timeout=HANG_MS)
    home.answer_mode.setFocus()
    qtbot.keyClick(home.answer_mode, Qt.Key.Key_Down)  # Typing -> Speaking
    hint = home.microphone_hint.text()
    assert "until one is connected" in hint and "(Settings, Ctrl+,)" in hint, hint
    assert hint.count("Settings") == 1


def test_the_line_under_an_answer_to_another_question_says_so() -> None:
    """Quick practice, an answer about overfitting typed to "Walk me through how you would
    engineer features for a tabular problem…": the line under it read "First answer: 1/100 ·
    covered 1 of 5 key points", a point covered and nearly nothing earned, nothing said why
    (the scorecard's tip did: it reads as an answer to another question). The line says it."""
    from simulator import paths
    from simulator.core.questions import load_packs
    from simulator.core.scoring import score_answer
    from simulator.core.session.feedback import feedback_parts
    from simulator.core.transcript import Transcript

    question = load_packs([paths.bundled_packs_dir()]).get("tech.tabular-feature-engineering")
    text = (
        "Overfitting is when the model memorises noise in the training data so it does well "
        "on training but badly on new data. I detect it by comparing training and validation "
        "error and fix it with regularization, more data or early stopping."
    )
    score = score_answer(question, Transcript(text=text))
    assert any(t.startswith("Off the question:") for t in score.feedback), score.feedback
    for parts in (feedback_parts(score), feedback_parts(score, follow_up_pending=True)):
        assert any(p.startswith("off the question, so they count for ") for p in parts), parts
    on_topic = score_answer(question, Transcript(text=question.model_answer))
    assert not any("off the question" in p for p in feedback_parts(on_topic))


def test_ctrl_end_and_ctrl_home_reach_the_end_and_top_of_a_scorecard_detail(  # type: ignore[no-untyped-def]
    qtbot, window, services
) -> None:
    """Scorecard at 960 x 640, Tab into the detail, Ctrl+End to read the model answer at its
    end: nothing moved (End, Page Down and the arrows did). Ctrl+End and Ctrl+Home go to the
    end and the top, there and in the other read-only views (Review, Attempts, Progress,
    the F1 list)."""
    from PySide6.QtCore import Qt

    window.resize(960, 640)
    _sid, page = open_stored_scorecard(qtbot, window, services, TWO_ANSWERS)
    page.detail.setFocus()
    bar = page.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=HANG_MS)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(page.detail, Qt.Key.Key_End, ctrl)
    assert bar.value() == bar.maximum() > 0
    qtbot.keyClick(page.detail, Qt.Key.Key_Home, ctrl)
    assert bar.value() == 0
    window._show_shortcuts()  # F1
    from PySide6.QtWidgets import QTextBrowser

    listing = window.findChild(QTextBrowser, "shortcutsList")
    assert listing is not None
    qtbot.waitUntil(listing.hasFocus, timeout=HANG_MS)
    bar = listing.verticalScrollBar()
    qtbot.keyClick(listing, Qt.Key.Key_End, ctrl)
    assert bar.value() == bar.maximum() > 0
    qtbot.keyClick(listing, Qt.Key.Key_Home, ctrl)
    assert bar.value() == 0
    listing.window().close()


def test_typing_while_start_waits_for_the_questions_keeps_the_plan(  # type: ignore[no-untyped-def]
    qtbot, data_dir, services
) -> None:
    """Home, System design chosen, Ctrl+Enter while the packs were still loading ("Starting
    as soon as the questions have loaded…"), then the answer typed at once: its letters went
    to the plan list, "F" picked Full loop, and Full loop started, the first 120 characters of
    the answer gone with it. The plan asked for is the one that starts."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from simulator.ui.pages.home import CUSTOM, STARTS_WHEN_LOADED
    from tests.ui.test_walkthrough24_defects import _window_while_the_bank_loads

    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        home.preset.setCurrentIndex(home.preset.findData(CUSTOM))  # one the small pack can fill
        home.count.setValue(1)
        home.preset.setFocus()
        qtbot.keyClick(home.preset, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert home.start_reason.text() == STARTS_WHEN_LOADED
        focused = QApplication.focusWidget()
        assert focused is home.preset
        qtbot.keyClicks(focused, "First I would clarify the goal")
        for key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            qtbot.keyClick(focused, key)
        assert home.preset.currentData() == CUSTOM, home.preset.currentText()
        assert home.count.value() == 1
        release.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interview, timeout=HANG_MS)
        qtbot.waitUntil(
            lambda: window.interview.progress_label.text().startswith("Question 1 of 1 "),
            timeout=HANG_MS,
        )
    finally:
        release.set()
        window.shutdown()
