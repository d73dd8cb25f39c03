"""Walkthrough 50 (keyboard only, a fresh data folder and one with history, 960x640 and
1280x800, light and dark, typed and spoken answers through a PulseAudio virtual microphone),
and what round 49's walkthrough left: what the window showed that a new user would notice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.scores import answer_score, session_score

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_time_no_clock_wrote_is_no_1970_ux50(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """A session whose start a damaged or hand-edited database holds as 1e300 read as 0, and
    History and Home said '1970-01-01 00:00' of it (walkthrough 49): a date nobody lived
    through the app. It says the date is unknown."""
    storage = services.storage
    sid = storage.create_session({"name": "Quick practice"})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.",
                       score=answer_score(60))  # fmt: skip
    storage.finish_session(sid, session_score(60))
    storage._write("UPDATE sessions SET started_at = 1e300 WHERE id = ?", (sid,))
    qtbot.keyClick(window.home.preset, Qt.Key.Key_H, SHIFT_CTRL)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    shown = page.proxy.index(0, 0).data()
    assert "1970" not in shown and shown == "date unknown", shown


def test_the_unknown_time_is_said_everywhere_ux50() -> None:
    from simulator.core.tables import shown_when

    assert shown_when(0.0) == "date unknown"
    assert shown_when(1e300) == "date unknown"  # (never read so, but never raised)
    assert shown_when(1_000_000.0).startswith("1970-01-1")  # a real moment is still a date


def test_spin_box_arrows_are_big_enough_to_see_and_hit_ux50(qtbot, window, themed) -> None:  # type: ignore[no-untyped-def]
    """Home's "Questions" at 960x640: its up and down buttons were 13 x 9 px, their arrows 5
    px wide (walkthrough 49, read again, light and dark): hard to see, harder to hit. Each
    button is 20 px wide or more and its arrow has 25 pixels of ink or more (an 11 x 6
    triangle: it had 6 to 12), focused or not."""
    from collections import Counter

    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QStyle, QStyleOptionSpinBox

    window.resize(960, 640)
    spin = window.home.count
    spin.setEnabled(True)
    spin.setValue(3)  # neither end: both arrows can be used

    def widths(part: QStyle.SubControl) -> tuple[int, int]:
        """The button's width and its arrow's ink (pixels)."""
        option = QStyleOptionSpinBox()
        spin.initStyleOption(option)
        rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
        image = spin.grab().toImage().copy(rect.adjusted(3, 2, -3, -2))  # inside its edges
        pixels = [QColor(image.pixel(x, y)).lightness()
                  for x in range(image.width()) for y in range(image.height())]  # fmt: skip
        ground = Counter(pixels).most_common(1)[0][0]
        return rect.width(), sum(abs(p - ground) > 60 for p in pixels)

    up, down = QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown
    for focused in (False, True):
        if focused:
            spin.setFocus()
            qtbot.waitUntil(spin.hasFocus, timeout=5000)
        qtbot.wait(50)
        for part in (up, down):
            width, ink = widths(part)
            assert width >= 20 and ink >= 25, (focused, part, width, ink)


FOLLOW_UP = " ".join(
    ["I would compute the encoding out of fold, so that no row sees its own label, and I would",
     "smooth each category's mean toward the global mean, weighted by how many rows it has;",
     "rare categories then stay close to the overall rate instead of memorising a few labels."]
    * 2
)  # fmt: skip


def test_a_long_follow_up_is_not_hidden_under_a_short_answer_ux50(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Review at 960x640: a follow-up's answer of 95 words sat in a box capped at 110 px,
    four lines and a scroll bar, under a one-line answer and a transcript box mostly empty
    (walkthrough 49, read again): the long follow-up was hidden. It takes the room it needs,
    sharing it with the answer above by what each needs; one twice as long takes most of it."""
    from tests.ui.recorded import open_review

    window.resize(960, 640)
    storage = services.storage
    sid = storage.create_session({"name": "x", "question_ids": ["tech.categorical-encoding"]})
    storage.add_answer(sid, "tech.categorical-encoding", 0, "typed", "I would use target encoding.")
    storage.add_answer(sid, "tech.categorical-encoding", 0, "typed", FOLLOW_UP,
                       follow_up="Explain exactly how target encoding leaks.")  # fmt: skip
    page = open_review(qtbot, window, sid)
    (box,) = page.replay.follow_up_answers
    qtbot.waitUntil(lambda: box.height() > 0 and box.isVisible(), timeout=5000)
    qtbot.wait(100)
    scroll = box.verticalScrollBar()
    assert scroll.maximum() == 0, f"{box.height()} px shown of {box.fitted_height()}: it scrolls"
    # the answer above keeps room to be read
    assert page.transcript.height() >= 60, page.transcript.height()
    page.back_button.click()
    longer = storage.create_session({"name": "x", "question_ids": ["tech.categorical-encoding"]})
    storage.add_answer(longer, "tech.categorical-encoding", 0, "typed", "Target encoding.")
    storage.add_answer(longer, "tech.categorical-encoding", 0, "typed", FOLLOW_UP * 3,
                       follow_up="And then?")  # fmt: skip
    page = open_review(qtbot, window, longer)
    (box,) = page.replay.follow_up_answers
    qtbot.waitUntil(lambda: box.isVisible() and "memorising" in box.toPlainText(), timeout=5000)
    qtbot.wait(100)
    assert box.height() > 2 * 110 and box.height() > 2 * page.transcript.height(), (
        box.height(), page.transcript.height())  # fmt: skip


def test_a_hint_for_the_moment_is_not_hidden_by_a_late_session_fact_ux50(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An empty Ctrl+Enter said "Nothing to submit yet: ..." and the voice's first try then
    learnt there is no audio output: "No audio output device was found ..." took the hint's
    place within a second (walkthrough 50, 960x640, a busy machine). A fact about the session
    shows under a hint for the moment, as under the other notices."""
    from simulator.core.interview import State
    from simulator.core.session.engine import EMPTY_HINT
    from simulator.ui.pages.interview_notice import InterviewNotice

    notice = InterviewNotice()
    no_output = "No audio output device was found, so questions are shown as text only."
    notice.post(EMPTY_HINT, "moment")
    notice.post(no_output, "session")
    assert notice.label.text().split("\n") == [EMPTY_HINT, no_output]
    notice.state_changed(State.TRANSCRIBING)  # the moment is over: the fact stays
    assert notice.label.text() == no_output
