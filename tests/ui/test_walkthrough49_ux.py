"""Walkthrough 49 (keyboard only, a fresh data folder and one with history, 960x640 and
1280x800, light and dark, typed and spoken answers through a PulseAudio virtual microphone):
what the window showed that had not happened, or did not say what had."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from tests.scores import answer_score, session_score
from tests.ui.stand_ins import CTRL

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _arrow_widths(image: QImage, left: int) -> list[int]:
    """The width of the sort arrow's ink on each row it spans, top to bottom: the pixels of
    the section right of ``left`` that stand out from the header's background."""
    ground = QColor(image.pixel(image.width() - 2, image.height() // 2))
    widths, span = [], range(left, image.width() - 2)
    for y in range(image.height()):
        ink = 0
        for x in span:
            c = QColor(image.pixel(x, y))
            if abs(c.lightness() - ground.lightness()) > 40:
                ink += 1
        if 0 < ink < len(span) // 2:  # not the header's lines above and below
            widths.append(ink)
    return widths


def test_history_s_newest_first_arrow_points_down_r49(qtbot, window, services, themed) -> None:  # type: ignore[no-untyped-def]
    """History lists the newest session first, and Fusion drew ▲ over its dates, the sign for
    oldest first in most programs (walkthrough 48, 1280x800, light and dark): the arrow of a
    descending column points down, an ascending one's up."""
    storage = services.storage
    for overall in (35, 80):
        sid = storage.create_session({"name": "Quick practice"})
        storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.",
                           score=answer_score(overall))  # fmt: skip
        storage.finish_session(sid, session_score(overall))
    qtbot.keyClick(window.home.preset, Qt.Key.Key_H, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    head = page.table.horizontalHeader()
    assert head.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=5000)

    def widths() -> list[int]:
        section = head.grab().toImage().copy(0, 0, head.sectionSize(0), head.height())
        found = _arrow_widths(section, head.sectionSize(0) - 24)
        assert len(found) >= 2, found
        return found

    newest_first = widths()
    assert newest_first[0] > newest_first[-1], f"▲ over a newest-first list: {newest_first}"
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    oldest_first = widths()
    assert oldest_first[0] < oldest_first[-1], oldest_first


def _answering_spoken(qtbot, window, heard: list[str]):  # type: ignore[no-untyped-def]
    """A spoken interview of two questions, no follow-ups, its first answer being recorded
    from a microphone that hears ``heard``: the interview page."""
    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from tests.ui.stand_ins import FakeMic, spoken_mode, wait_state

    mic = FakeMic(window, heard=heard)
    mic.release_whole.set()
    window.services.settings.follow_ups = False
    spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    wait_state(qtbot, window, State.ANSWERING)
    return window.interview


def test_the_microphone_meter_goes_once_the_spoken_answer_ends_r49(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A spoken answer ended, and its empty level meter stayed under the feedback, through the
    next question's reading and thinking time, as if the microphone still listened (walkthrough
    48, 960x640 dark). It shows while an answer is recorded; hidden, it keeps its room, so the
    answer box does not jump."""
    from simulator.core.interview import State
    from tests.ui.stand_ins import PARTIAL, wait_state

    page = _answering_spoken(qtbot, window, [PARTIAL, PARTIAL, PARTIAL])
    assert page.level.isVisible() and page.level_label.isVisible()
    qtbot.wait(600)  # past the moment the countdown switched to the answer
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.REVIEWING)
    assert not page.level.isVisible() and not page.level_label.isVisible()
    for widget in (page.level, page.level_label):  # the feedback has its room
        assert not widget.sizePolicy().retainSizeWhenHidden()
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # the next question
    qtbot.waitUntil(lambda: window.controller.state is not State.REVIEWING, timeout=5000)
    if window.controller.state is not State.ANSWERING:
        assert not page.level.isVisible()  # read and thought about: nothing is recorded
        # its room is kept until the answer starts: the box does not jump
        assert page.level.sizePolicy().retainSizeWhenHidden()
    wait_state(qtbot, window, State.ANSWERING)
    assert page.level.isVisible() and page.level.value() == 0


STOPPED = (
    "Recording stopped: cannot write /data/recordings/q1.wav (No space left on device). The "
    "answer recorded so far is kept."
)
NOT_SAVED = (
    "Could not save to /data/sessions.db: the disk is full. Your answers are kept in memory "
    "and saved with the next answer once there is room."
)


@pytest.mark.parametrize("save_failed_first", [False, True])
def test_a_full_disk_notice_does_not_hide_that_the_recording_stopped_r49(
    qtbot, window, save_failed_first: bool
) -> None:  # type: ignore[no-untyped-def]
    """A full disk stopped a spoken answer's recording and the saving of answers: the page said
    only "Could not save to ...: the disk is full ...", and not that the recording had stopped
    and answers were now typed (walkthrough 48, a full tmpfs): that notice showed once the next
    question came. Both are said, in either order, until the question is over."""
    from simulator.core.interview import State
    from tests.ui.stand_ins import PARTIAL

    page = _answering_spoken(qtbot, window, [PARTIAL])
    if save_failed_first:
        window._show_error(NOT_SAVED)
    window.voice_answers.failed.emit(STOPPED)
    if not save_failed_first:
        window._show_error(NOT_SAVED)
    qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=10000)
    shown = page.notice.text()
    assert "Recording stopped" in shown and "Type your answers from now on" in shown, shown
    assert "Could not save" in shown, shown
    assert page.notice.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # the next question: the session's fact stays
    qtbot.waitUntil(lambda: window.controller.state is not State.REVIEWING, timeout=5000)
    shown = page.notice.text()
    assert "Type your answers from now on" in shown and "Could not save" not in shown, shown


def test_review_fits_960_after_a_typed_answer_was_shown_r49(
    qtbot, window, services, data_dir, themed
) -> None:  # type: ignore[no-untyped-def]
    """Review of a typed answer, then of a spoken one, at 960x640: Play's "❚❚  Pause" read
    "❚❚  Paus" and every control under the transcript was squeezed (walkthrough 49, 960x640,
    the spoken answer reviewed after a typed one). Shown wide, the right side put "How did it
    feel?" beside its box and its least width grew to 402 px; a recording's controls then needed
    511 px on the left, 973 px in all, and the side stayed too wide to go back to the caption
    above its box. The page fits the smallest window in either order."""
    from tests.ui.recorded import spoken_session

    window.resize(window.minimumSize())
    sid, (_spoken_id, typed_id) = spoken_session(
        services.storage, services.bank, data_dir / "recordings" / "a.wav"
    )
    past = window.past
    past.open_review(sid, typed_id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is past._review, timeout=10000)
    page = past.review
    qtbot.waitUntil(lambda: not page.controls.isVisible(), timeout=5000)  # typed: no player
    qtbot.wait(200)
    assert page.answer_choice.currentIndex() == 1  # the typed answer, question 2
    page.answer_choice.setCurrentIndex(0)  # the spoken one
    qtbot.waitUntil(page.controls.isVisible, timeout=5000)
    qtbot.wait(200)
    need = page.minimumSizeHint().width()
    assert need <= page.width(), (need, page.width())
    play = page.play_button
    assert play.width() >= play.sizeHint().width(), (play.width(), play.sizeHint().width())


def test_progress_does_not_say_none_yet_of_fillers_after_a_clean_spoken_answer_r49(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """A spoken answer with no filler or hedge: Progress said "Your most repeated fillers and
    hedges: From spoken answers: none yet.", as if no answer had been spoken yet, beside a pace
    chart showing it (walkthrough 49, a fresh data folder, 960x640)."""
    from simulator.core.scoring import SessionScore, score_answer
    from simulator.core.transcript import Transcript
    from tests.ui.recorded import timed_words

    said = "Last year two colleagues disagreed about our feature store design. I ran a benchmark."
    words = timed_words(said)
    transcript = Transcript(said, tuple(words), "whisper", "tiny.en", words[-1].end + 0.3)
    storage = services.storage
    sid = storage.create_session({"name": "Quick", "question_ids": ["beh.conflict"]})
    score = score_answer(services.bank.get("beh.conflict"), transcript)
    assert score.delivery is not None and not score.delivery.fillers and not score.delivery.hedges
    storage.add_answer(sid, "beh.conflict", 0, "spoken", said, transcript=transcript.to_dict(),
                       duration_s=transcript.duration_s, score=score)  # fmt: skip
    storage.finish_session(sid, SessionScore(score.overall, {}, None, None, []))
    qtbot.keyClick(window.home.preset, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=5000)
    lists = window.past.progress.lists.toPlainText()
    assert "none yet" not in lists.split("fillers and hedges", 1)[1], lists
    assert "None in your spoken answers so far." in lists, lists


def test_the_file_dialog_s_arrow_points_as_history_s_r49(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Export's file dialog listed names from A with ▼ over them, the arrow History now puts
    over a newest-first (descending) list (walkthrough 49, 960x640 dark): one sign, two
    meanings in one app. Names from A (ascending) show ▲."""
    from PySide6.QtWidgets import QTreeView

    from simulator.ui.file_dialogs import file_dialog

    dialog = file_dialog(window, "Export", str(tmp_path / "c.html"), "HTML (*.html)", save=True)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    head = tree.header()
    qtbot.wait(300)  # the folder is read
    assert head.sortIndicatorOrder() is Qt.SortOrder.AscendingOrder
    section = head.grab().toImage().copy(0, 0, head.sectionSize(0), head.height())
    widths = _arrow_widths(section, head.sectionSize(0) - 24)
    assert len(widths) >= 2 and widths[0] < widths[-1], f"▼ over names from A: {widths}"
    dialog.reject()


def test_a_focused_spin_box_keeps_its_arrows_r49(qtbot, window, themed) -> None:  # type: ignore[no-untyped-def]
    """Home's "Questions" spin box, reached with Alt+Q: its up and down buttons turned into
    two empty boxes (walkthrough 49, 1280x800 dark; light too): the focus ring's border made
    Qt draw them from the style sheet, with no arrow. Focused or not, each shows its arrow."""
    from collections import Counter

    from PySide6.QtWidgets import QStyle, QStyleOptionSpinBox

    spin = window.home.count
    window.resize(1280, 800)
    window.show()

    def ink(part: QStyle.SubControl) -> int:
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)
        rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
        image = spin.grab().toImage().copy(rect.adjusted(3, 2, -3, -2))
        pixels = [QColor(image.pixel(x, y)).lightness()
                  for x in range(image.width()) for y in range(image.height())]  # fmt: skip
        ground = Counter(pixels).most_common(1)[0][0]
        return sum(abs(p - ground) > 60 for p in pixels)

    spin.setEnabled(True)
    spin.setValue(3)  # neither end: both arrows can be used
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=5000)
    qtbot.wait(50)
    up, down = QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown
    assert ink(up) >= 4 and ink(down) >= 4, (ink(up), ink(down))
    window.home.preset.setFocus()
    qtbot.waitUntil(lambda: not spin.hasFocus(), timeout=5000)
    qtbot.wait(50)
    assert ink(up) >= 4 and ink(down) >= 4, (ink(up), ink(down))
