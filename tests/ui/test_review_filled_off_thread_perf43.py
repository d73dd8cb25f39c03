"""Opening Review renders the answers' explanations on a worker and fills the page before it is
shown (perf43): Jinja's render (with its first-use compile), filling the transcript and the
first layout and paint were one event of the GUI thread, 300-430 ms at load 10 for a long
answer (benchmarks/review_long_transcript.py)."""

from __future__ import annotations

import threading

from test_scorecard_keyboard import _finished

from simulator.ui.pages import review as review_module
from simulator.ui.style import apply_theme
from tests.ui.waits import HANG_MS


def test_explanations_are_rendered_off_the_gui_thread(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sid = _finished(services)
    threads: list[threading.Thread] = []
    render = review_module.render_answer_html

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return render(*args, **kwargs)

    monkeypatch.setattr(review_module, "render_answer_html", recorded)
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    page = window.past.review
    assert len(threads) == 3  # each answer's, once
    assert all(t is not threading.main_thread() for t in threads)
    assert page.detail.toPlainText().strip()  # shown
    shown = page.detail.toHtml()
    threads.clear()
    page.answer_choice.setCurrentIndex(2)  # another answer: its explanation was made already
    page.answer_choice.setCurrentIndex(0)
    assert threads == [] and page.detail.toHtml() == shown


def test_a_changed_theme_is_drawn_on_the_gui_thread(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    sid = _finished(services)
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    page = window.past.review
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = page.detail_colors()
    drawn: list[str] = []
    render = review_module.render_answer_html

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(kwargs["muted"])
        return render(*args, **kwargs)

    monkeypatch.setattr(review_module, "render_answer_html", recorded)
    apply_theme(app, "dark" if not before[2] else "light")
    try:
        now = page.detail_colors()
        assert now != before
        page.answer_choice.setCurrentIndex(1)  # not made in these colours: drawn now
        assert drawn == [now[0]]
    finally:
        apply_theme(app, "dark" if before[2] else "light")


def test_the_page_is_filled_before_it_is_shown(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    sid = _finished(services)
    window.past.open_review(sid)
    page = window.past.review
    seen: list[tuple[bool, str]] = []

    def on_change(_index: int) -> None:
        if window.stack.currentWidget() is page:
            seen.append((page.transcript.toPlainText() != "", page.detail.toPlainText()))

    window.stack.currentChanged.connect(on_change)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    window.stack.currentChanged.disconnect(on_change)
    assert seen and seen[0][0] and seen[0][1].strip()
    qtbot.waitUntil(page.transcript.hasFocus, timeout=HANG_MS)


def test_the_answers_are_read_with_the_collector_paused(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """No full pass of the collector over a long answer's words while they are read: such a
    pass holds the GIL, and so the window, for as long as it walks (100-380 ms at load 14)."""
    import gc

    sid = _finished(services)
    enabled: list[bool] = []
    storage = services.storage
    read_session = storage.session

    def session(session_id: int, **kwargs):  # type: ignore[no-untyped-def]
        enabled.append(gc.isenabled())
        return read_session(session_id, **kwargs)

    monkeypatch.setattr(storage, "session", session)
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    assert enabled == [False]
    assert gc.isenabled()  # and back on once they are read


def test_a_follow_up_box_fits_its_words_as_they_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Its height is measured once per width, font and text: a new text is measured again."""
    from simulator.ui.widgets.replay_pane import FollowUpAnswer

    box = FollowUpAnswer()
    qtbot.addWidget(box)
    box.resize(300, 100)
    box.setPlainText("one line")
    short = box.fitted_height()
    assert box.fitted_height() == short
    box.setPlainText("many words " * 60)
    assert box.fitted_height() > short
    box.setPlainText("one line")
    assert box.fitted_height() == short
