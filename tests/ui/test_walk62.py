"""The walkthrough of round 62 (issue 8, walk62): Home at the smallest window (960 x 640) as a
new user first sees it, and the interview page as it pauses."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from simulator.ui.pages.home import SUBTITLE_LINES
from simulator.ui.widgets.reserved_lines import elided_lines
from tests.ui.test_home_bank_line_walk61 import BANK

NO_MICROPHONE = "No microphone found."


def _settle(home) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    home.layout().activate()
    QApplication.processEvents()


def _y(widget, home) -> int:  # type: ignore[no-untyped-def]
    return widget.mapTo(home, QPoint(0, 0)).y()


def test_the_microphone_line_takes_its_room_from_the_topics_not_the_bank_line(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    from simulator import paths
    from simulator.core.questions import load_packs

    window.resize(960, 640)
    home = window.home
    qtbot.waitUntil(lambda: home.isVisible())
    # The window's first query of the audio devices (in idle time after the first paint) ends
    # in its own word on this line (Typing chosen: nothing to say): on a loaded machine it came
    # back during the settle below and hid the line shown here, so it is awaited first.
    qtbot.waitUntil(lambda: window.audio_devices_asked, timeout=30_000)
    home.set_bank(load_packs([paths.bundled_packs_dir()]))  # the real bank's line and topics
    _settle(home)
    plan_y, topics = _y(home.preset, home), home.topics.height()
    home.show_microphone_problem(NO_MICROPHONE)
    _settle(home)
    assert home.microphone_hint.isVisible()
    # the bank line keeps its two lines whole, the plan stays where it was: the topic list,
    # which scrolls, gives the microphone line its room
    assert home.subtitle.lines_shown() == SUBTITLE_LINES
    assert home.subtitle.text() == BANK
    assert _y(home.preset, home) == plan_y
    assert home.topics.height() < topics
    # the line takes its two lines at this width, no more: the topics give only that room
    hint = home.microphone_hint
    assert hint.height() == hint.heightForWidth(hint.width())
    assert topics - home.topics.height() <= hint.height() + 2 * 10 + home.topics.sizeHintForRow(0)


def _real_bank_home(qtbot, window):  # type: ignore[no-untyped-def]
    from simulator import paths
    from simulator.core.questions import load_packs

    window.resize(960, 640)
    home = window.home
    qtbot.waitUntil(lambda: home.isVisible())
    home.set_bank(load_packs([paths.bundled_packs_dir()]))
    _settle(home)
    return home


def test_the_reason_start_is_disabled_takes_the_plan_lines_place_without_moving_it(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.home import CUSTOM

    home = _real_bank_home(qtbot, window)
    home.preset.setCurrentIndex(home.preset.findData(CUSTOM))
    home.count.setValue(3)
    _settle(home)
    # none ticked: said on the page, not only to a screen reader
    assert "on any topic (none ticked)" in home.summary.text()
    box = home.topics.parentWidget().parentWidget()  # the plan's card
    foot, topics = box.geometry().bottom(), home.topics.height()
    for i in range(home.topics.count()):  # no technical question on either
        home.topics.item(i).setSelected(home.topics.item(i).text() in ("advertising", "ambiguity"))
    _settle(home)
    reason = home.start_reason
    assert reason.isVisible() and not home.start_button.isEnabled()
    assert reason.full.startswith("No technical questions on advertising and ambiguity")
    # two lines at this width, where the plan's line took one
    width = reason.contentsRect().width()
    assert elided_lines(reason.full, reason.font(), width, 1) != reason.full
    assert reason.text() == reason.full  # whole, in its two lines
    assert box.geometry().bottom() == foot and home.topics.height() == topics


def test_pausing_does_not_move_the_answer_box(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The paused box (amber border and padding) around the hint made the question's card
    14 px taller at each Ctrl+P, and the answer box under it moved down (walk61)."""
    from PySide6.QtCore import Qt

    from simulator.core.interview import State
    from simulator.core.plan import Plan

    window.resize(960, 640)
    window.start_interview(Plan(counts={"technical": 1}), False)
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=10000)
    page = window.interview
    QApplication.processEvents()
    box, card = _y(page.answer, page), page.question_card.height()
    qtbot.keyClick(page.answer, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.state is State.PAUSED
    QApplication.processEvents()
    page.layout().activate()
    assert page.question_card.height() == card and _y(page.answer, page) == box
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    page.layout().activate()
    assert page.question_card.height() == card and _y(page.answer, page) == box


def test_ctrl_enter_while_a_resumed_interview_waits_for_the_questions_goes_on_with_it(
    qtbot, services
) -> None:  # type: ignore[no-untyped-def]
    """Resume (Ctrl+R) while the packs loaded, then Ctrl+Enter: a new interview started in the
    resumed one's place, the page having said "Keys typed until then change nothing here"
    (walk62, a loaded machine)."""
    from PySide6.QtCore import Qt

    from simulator.ui.interview_start import resume_session
    from simulator.ui.pages.home import RESUME_WAITS
    from tests.ui.test_walkthrough24_defects import _window_while_the_bank_loads
    from tests.ui.waits import HANG_MS

    sid = services.storage.create_session(
        {"name": "Custom", "question_ids": ["tech.overfit", "case.spam"]}
    )
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        resume_session(window, sid)
        qtbot.keyClick(home.preset, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert home.start_reason.full == RESUME_WAITS and not home._start_pending
        release.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interview, timeout=HANG_MS)
        assert window.controller.core.session_id == sid  # the interrupted one, not a new one
        assert len(services.storage.sessions()) == 1
    finally:
        release.set()
        window.shutdown()


def test_enter_in_the_plan_while_a_page_waits_for_the_questions_says_that_page(
    qtbot, services
) -> None:  # type: ignore[no-untyped-def]
    """History asked for while the packs loaded, then Enter in the plan: "The questions are
    still loading: Ctrl+Enter starts once they have", which would start an interview in
    History's place (walk62, a loaded machine)."""
    from PySide6.QtCore import Qt

    from simulator.ui.pages.home import PAGE_AWAITED
    from tests.ui.test_walkthrough24_defects import _window_while_the_bank_loads

    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        qtbot.keyClick(
            home.preset,
            Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.keyClick(home.preset, Qt.Key.Key_Return)
        assert home.start_reason.full == PAGE_AWAITED.format(what="History")
    finally:
        release.set()
        window.shutdown()


def test_an_export_says_how_it_went_on_the_page_without_shortening_it(
    qtbot, window, services, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """An export's "Exported the scorecard to …" showed the window's status bar for ten seconds: the
    scorecard lost 22 px for as long, its buttons moving up and back (walk61)."""
    from PySide6.QtCore import Qt

    from simulator.core.export.formats import FORMATS
    from simulator.ui import export_dialog
    from tests.ui.typed_session import TWO_ANSWERS, open_stored_scorecard
    from tests.ui.waits import HANG_MS

    window.resize(960, 640)
    target = tmp_path / "a folder with a rather long name for an export" / "card.html"
    target.parent.mkdir()
    monkeypatch.setattr(
        export_dialog, "ask_save_path", lambda *_a: (str(target), FORMATS["html"].file_filter)
    )
    _sid, page = open_stored_scorecard(qtbot, window, services, TWO_ANSWERS)
    QApplication.processEvents()
    buttons = _y(page.export_button, page)
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    line = page.status_line
    qtbot.waitUntil(lambda: line.full == f"Exported the scorecard to {target}", timeout=HANG_MS)
    QApplication.processEvents()
    assert not window.statusBar().isVisible()
    assert _y(page.export_button, page) == buttons
    assert line.isVisible() and line.toolTip()  # whole in its tooltip
    shown, room = line.text(), line.contentsRect()
    wrap = int(Qt.TextFlag.TextWordWrap.value) | int(line.alignment().value)
    assert room.contains(line.fontMetrics().boundingRect(room, wrap, shown))  # its two lines
    assert shown == line.full or "…" in shown
    window.go_home()  # the page left: its message is done with
    assert line.full == ""


def test_review_says_where_the_replay_is_that_a_recording_was_cut_short(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """A recording whose file lost its end played without a word on Review (walk61)."""
    from tests.ui.recorded import spoken_session

    audio = data_dir / "recordings" / "a.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    data = audio.read_bytes()
    audio.write_bytes(data[: len(data) // 3])  # truncated: a third of it left
    window.past.open_review(sid)
    page = window.past.review
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=5000)
    said = page.notice.text()
    assert "end of the file is missing" in said and "a.wav" in said, said


def test_a_path_s_byte_that_is_not_utf8_is_not_lost_in_the_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Qt drops a lone surrogate: a data folder "caf\\xe9" read "caf" (walk61)."""
    import os

    from simulator.ui.page_notice import show_page_notice
    from simulator.ui.widgets.page_status import PageStatus

    name = os.fsdecode(b"/data/caf\xe9")
    line = PageStatus()
    line.say(f"Exported the scorecard to {name}/card.html")
    assert line.full == "Exported the scorecard to /data/caf\\xe9/card.html"
    window.home.show_storage_notice(f"The damaged file was kept as {name}/old.sqlite3")
    assert "caf\\xe9/old.sqlite3" in window.home.storage_notice.text()
    notice = show_page_notice(window.home, f"Nothing to score in {name}")
    assert notice is not None and notice.text.text() == "Nothing to score in /data/caf\\xe9"
