"""The interview loop's defects, through the real window (offscreen): what only the page shows.

The interviewer's voice and the microphone are the stand-ins of tests/ui/stand_ins.py."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.session.engine import EMPTY_HINT
from tests.ui.stand_ins import (
    CTRL,
    DETECT,
    GOOD,
    PARTIAL,
    FakeMic,
    sound_starts,
    spoken_mode,
    type_to_follow_up,
    wait_reached,
    wait_state,
    walk_to_follow_up,
)
from tests.ui.waits import HANG_MS


def test_a_follow_up_answer_counts_and_the_scorecard_shows_both(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 1."""
    page = type_to_follow_up(qtbot, window)
    qtbot.keyClicks(page.answer, DETECT)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "with the follow-up" in page.feedback.text(), timeout=HANG_MS)
    live = int(page.feedback.text().split("<b>")[1].split("/")[0])
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # to the scorecard
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    card = window.scorecard
    assert card.table.item(0, 5).text() == str(live)  # not "skipped", not the first answer's
    detail = card.detail.toPlainText()
    assert PARTIAL in detail and DETECT in detail
    assert card.overall.value() == live  # type: ignore[attr-defined]


def test_an_empty_ctrl_enter_is_not_a_skip(qtbot, window, data_dir) -> None:  # type: ignore[no-untyped-def]
    """Defect 2."""
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.wait(600)  # past the moment the countdown switched to the answer
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    assert window.controller.state is State.ANSWERING
    assert page.notice.isVisible() and page.notice.text() == EMPTY_HINT
    assert window.services.storage.answers(window.controller.session_id) == []


def test_each_session_and_question_starts_from_a_clean_page(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 4: no trace of the last session in the briefing; Ctrl+Enter skips it; a notice
    of one question is gone on the next."""
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), True)
    assert window.controller.state is State.BRIEFING
    assert page.question.text().startswith("Welcome to your mock interview")
    assert page.progress_label.text().startswith("Introduction")
    assert page.next_button.isEnabled() and page.next_button.text() == "Skip introduction"
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # skip the introduction
    assert window.controller.state is State.ASKING
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # answer now
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # start now
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.wait(600)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)  # empty: a hint on this question
    assert page.notice.isVisible()
    qtbot.keyClicks(page.answer, GOOD)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(page.feedback.isVisible, timeout=HANG_MS)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)  # next question
    wait_state(qtbot, window, State.ASKING)
    assert not page.notice.isVisible() and not page.feedback.isVisible()
    assert page.answer.toPlainText() == ""
    window.controller.end()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)

    window.start_interview(Plan(counts={"technical": 1}), True)  # the next session
    assert window.controller.state is State.BRIEFING
    assert page.question.text().startswith("Welcome to your mock interview")
    assert page.answer.toPlainText() == ""
    assert not (page.feedback.isVisible() or page.star.isVisible() or page.notice.isVisible())
    assert page.clock.text() == ""
    page.grab()


def test_an_introduction_that_cannot_be_heard_stays_until_it_is_read(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """Walkthrough 8: "Read questions aloud" on, no audio output device: the introduction
    passed in under a second. It waits as long as it takes to read (or for Ctrl+Enter)."""
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}), True)
    held.finish()  # rendered; the window finds no audio output
    qtbot.wait(1500)
    assert window.controller.state is State.BRIEFING
    assert page.question.text().startswith("Welcome to your mock interview")
    # Nothing is heard: the pill must not say the interviewer is speaking beside the notice
    # that no audio output was found.
    assert "speaking" not in page.status.text()
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.ASKING)


def test_a_resumed_spoken_session_goes_on_spoken_with_its_voice_setting(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Defect 5."""
    from simulator.ui.main_window import MainWindow

    services.settings.answer_mode = "typed"
    services.settings.voice_enabled = True
    storage = services.storage
    sid = storage.create_session(
        {
            "name": "Custom",
            "question_ids": ["tech.overfit", "case.spam"],
            "answer_mode": "spoken",
            "voice": False,
        }
    )
    storage.add_answer(sid, "tech.overfit", 0, "spoken", PARTIAL, duration_s=4.0)
    window = MainWindow(services)
    qtbot.addWidget(window)
    mic = FakeMic(window, heard=["I would use reports as labels."])
    window.show()
    qtbot.waitUntil(window.home.resume_button.isVisible, timeout=5000)
    window.home.resume_button.click()
    wait_state(qtbot, window, State.ANSWERING)
    page = window.interview
    assert window.controller.spoken and page.level.isVisible()
    assert page.status.text() == "● Recording your answer" and page.answer.isReadOnly()
    assert len(mic.started) == 1
    assert window.controller._voice.enabled is False
    window.shutdown()


def test_a_score_changed_by_the_whole_recording_is_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 6."""
    window.services.settings.follow_ups = False
    mic = FakeMic(window, heard=["overfitting memorizes noise"], whole=GOOD)
    spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    assert len(mic.started) == 1
    qtbot.wait(600)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(page.feedback.isVisible, timeout=HANG_MS)  # the quick transcript's score
    mic.release_whole.set()
    qtbot.waitUntil(lambda: "score updated" in page.notice.text(), timeout=HANG_MS)
    text = page.notice.text()
    assert "Question 1: score updated" in text and "transcribed again" in text
    old, new = (int(n) for n in text.split("updated ")[1].split(" (")[0].split(" → "))
    assert new > old
    qtbot.waitUntil(
        lambda: window.services.storage.answers(window.controller.session_id)[0].overall == new
    )
    assert window.services.storage.answers(window.controller.session_id)[0].text == GOOD


def test_the_follow_up_is_recorded_after_the_interviewer_has_read_it(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """Defect 8."""
    mic = walk_to_follow_up(qtbot, window, held)
    page = window.interview
    assert page.status.text() == "▶ Preparing the interviewer's voice…"  # rendering
    sound_starts(window)
    assert page.status.text() == "▶ Interviewer is speaking"
    assert page.answer.isReadOnly() and page.follow_up.isVisible()
    qtbot.wait(300)
    assert len(mic.started) == 1  # not recording over the interviewer
    held.finish()  # the follow-up has been read
    wait_state(qtbot, window, State.FOLLOW_UP)
    assert len(mic.started) == 2 and page.status.text() == "● Recording your answer"


def test_notices_last_as_long_as_they_are_true(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A key hint goes with the next state; "answer ended" with the question; "no audio output"
    stays for the session."""
    from simulator.core.session import events as ev

    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    page = window.interview
    page.render_event(ev.Notice("No audio output device was found.", "session"))
    wait_state(qtbot, window, State.ANSWERING)
    qtbot.wait(600)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    assert page.notice.text() == EMPTY_HINT
    qtbot.keyClicks(page.answer, GOOD)
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    wait_state(qtbot, window, State.REVIEWING)
    assert page.notice.text() == "No audio output device was found."
    page.render_event(ev.Notice("Answer ended after 4 seconds of silence."))
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    wait_reached(qtbot, window, State.ASKING)  # (with the voice off, over in a turn)
    assert page.notice.text() == "No audio output device was found."


def test_a_late_score_of_the_previous_question_is_not_shown_on_the_next(window, services) -> None:  # type: ignore[no-untyped-def]
    """A follow-up's score can land after Next: the new question's page stays clean."""
    from simulator.core.session import events as ev
    from tests.scores import answer_score

    page = window.interview
    first, second = list(services.bank.questions.values())[:2]
    page.render_event(ev.QuestionShown(first, 1, 2))
    page.render_event(ev.AnswerReviewed(1, answer_score(70), False))
    assert not page.feedback.isHidden()
    page.render_event(ev.QuestionShown(second, 2, 2))
    page.render_event(ev.AnswerReviewed(1, answer_score(40), True))  # question 1's, late
    assert page.feedback.isHidden()
    page.render_event(ev.AnswerReviewed(2, answer_score(55), False))
    assert not page.feedback.isHidden() and "55" in page.feedback.text()
