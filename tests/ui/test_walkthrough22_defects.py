"""Defects met in the twenty-second keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.scores import answer_score, session_score
from tests.ui.recorded import spoken_session
from tests.ui.stand_ins import long_thinking
from tests.ui.waits import HANG_MS

ALT = Qt.KeyboardModifier.AltModifier


def test_the_play_button_keeps_its_width(qtbot, themed, window, services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Review's Play button grew by a quarter as it turned into Pause: "+5 s" and the clock
    beside it jumped right on every Space, and back."""
    sid, _ids = spoken_session(services.storage, services.bank, data_dir / "recordings" / "a.wav")
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    page = window.past.review
    qtbot.waitUntil(page.controls.isVisible, timeout=5000)
    before = (page.play_button.width(), page.replay.fwd5.x())
    qtbot.keyClick(page.transcript, Qt.Key.Key_Space)  # play
    qtbot.waitUntil(lambda: "Pause" in page.play_button.text(), timeout=5000)
    QApplication.processEvents()  # the layout is redone
    assert (page.play_button.width(), page.replay.fwd5.x()) == before
    qtbot.keyClick(page.transcript, Qt.Key.Key_Space)  # pause
    qtbot.waitUntil(lambda: "Play" in page.play_button.text(), timeout=5000)


def test_the_interview_buttons_stay_in_place(qtbot, themed, window) -> None:  # type: ignore[no-untyped-def]
    """The main button's text changes at each step (Skip introduction, Start answering,
    Submit answer, Next question), and Pause and Skip beside it moved left and right with
    it; Pause itself grew as it read Resume."""
    page = window.interview
    long_thinking(
        window.services.bank
    )  # the countdown still runs at the next step, whatever the load
    window.start_interview(Plan(counts={"technical": 2}, name="Custom"), False)
    qtbot.waitUntil(lambda: window.controller.state is State.BRIEFING, timeout=HANG_MS)
    QApplication.processEvents()
    where = (page.pause_button.x(), page.skip_button.x(), page.pause_button.width())
    seen = {page.next_button.text()}
    for _ in range(2):  # past the introduction, then past the countdown
        window.controller.primary("")
        qtbot.waitUntil(lambda: page.next_button.text() not in seen, timeout=5000)
        seen.add(page.next_button.text())
        QApplication.processEvents()
        assert (page.pause_button.x(), page.skip_button.x(), page.pause_button.width()) == where
    qtbot.keyClicks(page.answer, "Overfitting is memorising noise.")
    window.controller.toggle_pause()
    qtbot.waitUntil(lambda: "Resume" in page.pause_button.text(), timeout=5000)
    QApplication.processEvents()
    assert (page.pause_button.x(), page.skip_button.x(), page.pause_button.width()) == where
    window.controller.toggle_pause()


def test_an_empty_progress_page_makes_up_no_axis(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """With no finished session, each chart drew a day of dates around now and a grid of
    scores: a chart of sessions that never were. A chart with nothing to draw shows its title
    and why; a chart with sessions keeps its axes."""
    qtbot.keyClick(window.home.preset, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=5000)
    page = window.past.progress
    charts = (page.scores_chart, page.delivery_chart, page.star_chart)
    for view in charts:
        assert view.chart().axes() == [], view.objectName()
        assert not view.chart().legend().isVisible()
        assert "none yet" in view.chart().title() or "no finished" in view.chart().title()
    qtbot.keyClick(page.scores_chart, Qt.Key.Key_Escape)

    sid = services.storage.create_session({"name": "Quick", "question_ids": ["tech.overfit"]})
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.",
                                score=answer_score(40, "tech.overfit"))  # fmt: skip
    services.storage.finish_session(sid, session_score(40, {"technical": 40}))
    window.past.open_progress()
    qtbot.waitUntil(lambda: page.summary.text().startswith("1 finished"), timeout=5000)
    assert len(page.scores_chart.chart().axes()) == 2  # dates of a real session, scores
    assert page.scores_chart.chart().legend().isVisible()
    assert page.delivery_chart.chart().axes() == []  # typed only: no pace to draw


def test_the_compare_captions_take_the_keyboard_to_their_choice(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Attempts' "Compare … with" captions had no underlined letter: the only page whose
    choices could not be reached with Alt+letter (Ctrl+1 / Ctrl+2 were told nowhere on it)."""
    for text in ("It memorizes noise.", "It memorizes noise and fails on new data."):
        sid = services.storage.create_session({"name": "Quick", "question_ids": ["tech.overfit"]})
        services.storage.add_answer(sid, "tech.overfit", 0, "typed", text,
                                    score=answer_score(40, "tech.overfit"))  # fmt: skip
        services.storage.finish_session(sid, session_score(40))
    window.past.open_attempts("tech.overfit")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._attempts, timeout=5000)
    page = window.past.attempts
    qtbot.waitUntil(lambda: page.diff is not None, timeout=5000)
    page.practise_button.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_C, ALT)
    assert QApplication.focusWidget() is page.earlier
    qtbot.keyClick(page, Qt.Key.Key_W, ALT)
    assert QApplication.focusWidget() is page.later


def test_a_button_keeps_its_size_as_the_keyboard_reaches_it(qtbot, themed) -> None:  # type: ignore[no-untyped-def]
    """The focus ring (2 px, 3 px on a main button) was added to the 1 px border: each button
    grew as Tab reached it, and the buttons of its row shifted at every Tab. A chosen toggle
    (the self-rating) grew the same way."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from simulator.ui.widgets.common import button

    row = QWidget()
    layout = QHBoxLayout(row)
    plain = button("&Back", "back", None, lambda: None, "Back")
    main = button("Submit answer", "submit", None, lambda: None, "Submit", primary=True)
    toggle = button("3 · Good", "good", None, lambda: None, "Good")
    toggle.setCheckable(True)
    for b in (plain, main, toggle):
        layout.addWidget(b)
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)

    def measured(b) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        """Its size hint made anew, as when its text changes (Pause / Resume)."""
        text = b.text()
        b.setText(text + " ")
        b.setText(text)
        return b.sizeHint().width(), b.sizeHint().height()

    row.setFocus()
    sizes = {b.objectName(): measured(b) for b in (plain, main, toggle)}
    for b in (plain, main, toggle):
        b.setFocus()
        qtbot.waitUntil(b.hasFocus)
        assert measured(b) == sizes[b.objectName()], (themed, b.objectName())
    toggle.setChecked(True)
    plain.setFocus()
    qtbot.waitUntil(plain.hasFocus)
    assert measured(toggle) == sizes["good"]


def test_every_review_choice_has_its_letter(qtbot, window, services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Review's answer choice, "How did it feel?", "Your note" and Re-score had no Alt letter,
    alone among the page's controls: reached only by a long run of Tabs."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel, QPushButton

    sid, _ids = spoken_session(services.storage, services.bank, data_dir / "recordings" / "a.wav")
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    page = window.past.review
    page.back_button.setFocus()
    _alt_letters_reach(
        qtbot,
        page,
        (Qt.Key.Key_N, page.answer_choice),
        (Qt.Key.Key_F, page.rating),
        (Qt.Key.Key_Y, page.note),
    )
    letters = [
        QKeySequence.mnemonic(w.text()).toString()
        for w in page.findChildren(QPushButton)
        + [lab for lab in page.findChildren(QLabel) if lab.buddy() is not None]
        if w.isVisible() and "&" in w.text().replace("&&", "")
    ]
    assert "Alt+S" in letters  # Re-score
    assert len(letters) == len(set(letters)), sorted(letters)


def test_history_filters_and_the_voice_choice_have_their_letters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """History's Plan, Category, Topic and Score filters, and Home's "Read questions aloud",
    had no Alt letter, while the captions and buttons beside them had."""
    home = window.home
    home.preset.setFocus()
    qtbot.keyClick(home, Qt.Key.Key_O, ALT)
    assert QApplication.focusWidget() is home.voice
    window.past.open_history()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    page.search.setFocus()
    _alt_letters_reach(
        qtbot,
        page,
        (Qt.Key.Key_P, page.plan),
        (Qt.Key.Key_C, page.category),
        (Qt.Key.Key_T, page.topic),
        (Qt.Key.Key_S, page.min_score),
    )


def test_the_scorecard_question_column_stays_readable_in_the_smallest_window(
    qtbot, themed, window, services, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """In the smallest window (960 x 640) the scorecard's Question column shrank to ~35 px:
    the question read one broken word per line ("Tell / me / ab… / a / time"), and Change was
    cut off behind a horizontal scroll bar. Made room for, the detail's STAR rows were then
    cut under a question of two lines."""
    bank = services.bank
    bank.questions["beh.conflict"] = bank.get("beh.conflict").model_copy(
        update={
            "prompt": "Tell me about a time you had to work with a difficult team member, one "
            "who disagreed with everything the team decided. What did you do about it, and how?"
        }
    )
    sid, _ids = spoken_session(services.storage, bank, data_dir / "recordings" / "a.wav")
    window.resize(window.minimumSize())
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    table = window.scorecard.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    QApplication.processEvents()
    assert table.columnWidth(0) >= 130, table.columnWidth(0)
    assert not table.horizontalScrollBar().isVisible()  # every column in sight
    page = window.scorecard
    assert page.detail.width() >= 280  # and the detail beside it still usable,
    # its STAR rows whole (above the explanation; under a table of two answers, in the
    # explanation, as every export draws them: ui68)
    bars = page.star_bar
    assert bars.isHidden() or bars.height() >= bars.minimumSizeHint().height()


def test_due_for_review_shows_what_it_would_ask(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With "Due for review" chosen and nothing due, the greyed boxes still said 6 questions
    on every topic of every category, under "Nothing is due for review yet"."""
    from simulator.ui.pages.home import DUE

    home = window.home
    home.preset.setFocus()
    home.preset.setCurrentIndex(home.preset.findData(DUE))
    shown = [home.topics.item(r) for r in range(home.topics.count())]
    assert home.count.text() == "none"
    assert not any(box.isChecked() for box in home.category_boxes.values())
    assert [i.text() for i in shown if not i.isHidden()] == []

    home.set_due(["tech.overfit"])
    topic = window.services.bank.get("tech.overfit").topic
    assert home.count.value() == 1
    assert [c for c, box in home.category_boxes.items() if box.isChecked()] == ["technical"]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in shown if not i.isHidden()] == [topic]

    home.preset.setCurrentIndex(0)  # back to a plan of every category
    assert home.count.minimum() == 1 and home.count.text() != "none"
    assert len([i for i in shown if not i.isHidden()]) == 3  # the test pack's three topics


def _alt_letters_reach(qtbot, page, *pairs) -> None:  # type: ignore[no-untyped-def]
    """Each Alt+letter, pressed on the page, puts the focus on its control."""
    for key, target in pairs:
        qtbot.keyClick(page, key, ALT)
        assert QApplication.focusWidget() is target, key
