"""Defects met in the twenty-fourth keyboard-only walkthrough of the real window (offscreen here):
what a new user meets while the app loads, discards and closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from simulator.core.interview import State
from tests.ui.mnemonics import assert_alt_letters_unique
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS

ALT = Qt.KeyboardModifier.AltModifier


def _interrupted(window, services) -> int:  # type: ignore[no-untyped-def]
    sid = services.storage.create_session({"question_ids": ["tech.overfit", "beh.conflict"]})
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "kept")
    window.refresh_home()
    return sid


def test_discard_asks_first_and_keeps_the_interview_by_default(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Discard closed the interrupted interview at once, with no way back: now it asks, with
    Cancel as the default (Enter and Esc keep the interview), and only "Discard" discards."""
    sid = _interrupted(window, services)
    home = window.home
    qtbot.waitUntil(lambda: home.discard_button.isVisible(), timeout=5000)
    asked: list[QMessageBox] = []

    def keep(box: QMessageBox) -> int:
        asked.append(box)
        return box.standardButton(box.defaultButton())  # Enter: what the default does

    monkeypatch.setattr(QMessageBox, "exec", keep)
    assert QKeySequence.mnemonic(home.discard_button.text()) == QKeySequence(
        ALT.value | Qt.Key.Key_D.value
    )
    assert_alt_letters_unique(home)
    qtbot.keyClick(home, Qt.Key.Key_D, ALT)  # the letter reaches the button (an animated click)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)
    box = asked[0]
    assert "Discard" in box.text() and "stay saved" in box.text()
    cancel = box.findChild(QPushButton, "confirmCancel")
    assert box.defaultButton() is cancel and box.escapeButton() is cancel
    assert box.findChild(QPushButton, "confirmGo").text() == "&Discard"  # Alt+D (r52)
    QApplication.processEvents()
    # a discard would have reached the database once its work is done (waited for, not 300 ms:
    # on a loaded machine a wrong discard could still be on its way then, and pass unseen)
    qtbot.waitUntil(lambda: window._db.pending() == 0, timeout=HANG_MS)
    unfinished = services.storage.unfinished_session()
    assert unfinished is not None and unfinished.id == sid
    assert home.discard_button.isVisible()

    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "confirmGo").click()
    )
    home.discard_button.click()
    qtbot.waitUntil(lambda: services.storage.unfinished_session() is None, timeout=5000)
    qtbot.waitUntil(lambda: not home.interrupted.isVisible(), timeout=5000)


def _window_while_the_bank_loads(qtbot, services):  # type: ignore[no-untyped-def]
    """A real window whose question bank loads only once ``release`` is set, shown and
    active (the keyboard is on Home)."""
    import threading

    from simulator.services import Services
    from simulator.ui.main_window import MainWindow

    bank, release = services.bank, threading.Event()

    def slow_load(progress):  # type: ignore[no-untyped-def]
        release.wait(20)
        return bank

    slow = Services(bank=None, storage=services.storage, settings=services.settings,
                    speaker=None, load_bank=slow_load)  # fmt: skip
    window = MainWindow(slow)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window, release


@pytest.mark.parametrize(
    "key",
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_S, ALT),  # Start's own letter, underlined (walkthrough 25: still nothing)
    ],
    ids=["ctrl+enter", "alt+s"],
)
def test_ctrl_enter_while_the_questions_load_starts_once_they_have(
    qtbot, data_dir, services, key
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter pressed on Home while the question packs were still loading did nothing at
    all (Start is disabled until then), and nothing said why. Now Home says it will start,
    and the interview starts once the questions are there. Alt+S, the letter underlined on
    Start, is the same request."""
    from simulator.core.interview import State

    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        from simulator.ui.pages.home import CUSTOM

        home.preset.setCurrentIndex(home.preset.findData(CUSTOM))  # one the small pack can fill
        home.count.setValue(1)
        home.preset.setFocus()
        assert not home.start_button.isEnabled()
        focused = QApplication.focusWidget() or home  # where the window opens with the keyboard
        qtbot.keyClick(focused, *key)
        assert home.start_reason.isVisible()
        assert "loaded" in home.start_reason.text(), home.start_reason.text()
        assert window.stack.currentWidget() is home
        release.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interview, timeout=HANG_MS)
        # Started: with the voice off the introduction ends on the next turn of the event loop,
        # so BRIEFING itself may be over before it is looked at (a CI machine saw ANSWERING).
        qtbot.waitUntil(lambda: window.controller.state is not State.IDLE, timeout=HANG_MS)
        assert not home.start_reason.isVisible()
    finally:
        release.set()
        window.shutdown()


def test_closing_while_an_answer_is_written_says_what_it_waits_for(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Closing just after submitting waited for the answer's save (up to 10 s) with the
    window frozen and not a word. Now the wait says what it saves and where, the window keeps
    painting meanwhile, and it closes once the answer is on disk."""
    import threading

    from simulator.core.plan import Plan
    from simulator.ui.saving_at_close import SavingBox

    window.services.settings.follow_ups = False
    storage = services.storage
    release = threading.Event()
    real = storage.add_answer

    def slow_add(*a, **k):  # type: ignore[no-untyped-def]
        release.wait(8)
        return real(*a, **k)

    monkeypatch.setattr(storage, "add_answer", slow_add)
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    window.controller.submit("Overfitting memorizes the noise in the training data.")
    seen: list[tuple[str, bool]] = []

    def look() -> None:  # runs only if the window's event loop runs during the wait
        boxes = [b for b in window.findChildren(SavingBox) if b.isVisible()]
        seen.append((boxes[0].message.text() if boxes else "", release.is_set()))
        release.set()

    QTimer.singleShot(600, look)
    threading.Timer(6, release.set).start()  # the old blocking wait ends, and the test fails
    assert window.close()
    assert seen and not seen[0][1], seen  # looked while the answer was still being written
    text = seen[0][0]
    assert "Saving 1 answer" in text and str(storage.path.parent) in text, text
    assert not any(b.isVisible() for b in window.findChildren(SavingBox))
    assert any(a.text.startswith("Overfitting") for s in storage.sessions()
               for a in storage.answers(s.id))  # fmt: skip


def test_pages_asked_for_while_the_questions_load_open_once_they_have(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Progress opened (Ctrl+G) before the question bank had loaded listed the key points
    missed "· tech.overfit": the question's id where its topic belongs. Now the page says it
    waits, and opens with the topics once the questions are there."""
    from simulator.core.scoring.results import KeyPointResult
    from tests.scores import answer_score, session_score

    missed = KeyPointResult("noise", "Fits the noise", 1.0, False, "missing", 0.0, None)
    score = answer_score(40, "tech.overfit")
    score.key_points.append(missed)
    sid = services.storage.create_session({"name": "Quick", "question_ids": ["tech.overfit"]})
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes.", score=score)
    services.storage.finish_session(sid, session_score(40))
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        focused = QApplication.focusWidget() or window.home
        qtbot.keyClick(focused, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(500)  # the progress figures are read from the database meanwhile
        assert "Progress" in window.statusBar().currentMessage()
        assert "loaded" in window.statusBar().currentMessage()
        assert window.stack.currentWidget() is window.home
        release.set()
        qtbot.waitUntil(
            lambda: window.stack.currentWidget() is window.past.progress, timeout=HANG_MS
        )
        text = window.past.progress.lists.toPlainText()
        assert "Fits the noise" in text
        assert "tech.overfit" not in text and "bias variance" in text, text
    finally:
        release.set()
        window.shutdown()


def test_attempts_of_a_question_gone_from_the_packs_say_so(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Attempts of a question whose pack was removed showed its id ("my.removed-question")
    as the question: now a sentence says the packs no longer hold it (Review's list too)."""
    from simulator.core.tables import QUESTION_GONE
    from tests.scores import answer_score, session_score

    sid = services.storage.create_session({"name": "Quick", "question_ids": ["my.gone"]})
    services.storage.add_answer(sid, "my.gone", 0, "typed", "An answer kept.",
                                score=answer_score(50, "my.gone"))  # fmt: skip
    services.storage.finish_session(sid, session_score(50))
    window.past.open_attempts("my.gone")
    page = window.past.attempts
    qtbot.waitUntil(lambda: page.diff is not None and page.isVisible(), timeout=5000)
    assert page.question.text() == QUESTION_GONE
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: review.isVisible(), timeout=5000)
    shown = [review.answer_choice.itemText(i) for i in range(review.answer_choice.count())]
    assert shown and all("my.gone" not in t for t in shown), shown


def test_what_was_asked_for_last_while_loading_is_what_happens(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+H (History) then Enter, both while the questions loaded: Enter (meant for
    History's list) reached the plan and started the interview, and "Opening History as soon
    as the questions have loaded…" stayed under it for 15 s. Plain Enter no longer starts
    while they load (it says Ctrl+Enter does); of History and Ctrl+Enter the last one wins,
    and the other one's promise goes; the other way round, the page opens and no interview
    starts behind it."""
    from simulator.core.interview import State
    from simulator.ui.pages.home import CUSTOM

    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        home.preset.setCurrentIndex(home.preset.findData(CUSTOM))
        home.count.setValue(1)
        home.preset.setFocus()
        ctrl = Qt.KeyboardModifier.ControlModifier
        qtbot.keyClick(home.preset, Qt.Key.Key_H, ctrl | Qt.KeyboardModifier.ShiftModifier)
        assert "History" in window.statusBar().currentMessage()
        qtbot.keyClick(home.preset, Qt.Key.Key_Return)  # meant for History, not there yet
        assert "still loading" in home.start_reason.text()
        assert "History" in window.statusBar().currentMessage()  # Enter started nothing
        qtbot.keyClick(home.preset, Qt.Key.Key_Return, ctrl)  # start, said plainly
        assert home.start_reason.isVisible()
        assert window.statusBar().currentMessage() == ""
        release.set()
        qtbot.waitUntil(lambda: window.controller.state is not State.IDLE, timeout=HANG_MS)
        qtbot.wait(300)
        assert window.stack.currentWidget() is window.interview
        assert "History" not in window.statusBar().currentMessage()
    finally:
        release.set()
        window.shutdown()


def test_a_page_asked_for_after_start_while_loading_opens_instead(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        home = window.home
        focused = QApplication.focusWidget() or home
        qtbot.keyClick(focused, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert home.start_reason.isVisible()
        qtbot.keyClick(focused, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        assert not home.start_reason.isVisible()  # Start no longer promises to start
        release.set()
        qtbot.waitUntil(
            lambda: window.stack.currentWidget() is window.past.progress, timeout=HANG_MS
        )
        qtbot.wait(300)
        assert window.stack.currentWidget() is window.past.progress
        assert window.existing_controller is None or window.controller.state is State.IDLE
    finally:
        release.set()
        window.shutdown()


def test_speech_heard_before_its_caption_ends_nothing_heard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A spoken answer on a busy computer: the level meter moved with the voice for seconds
    while "Nothing heard yet: speak your answer…" stayed above an empty box (the caption came
    late). Speech heard by the microphone ends the notice, and the box says the words are on
    their way."""
    from simulator.core.session import events as ev
    from simulator.core.session.engine import NOTHING_HEARD_HINT
    from simulator.ui.pages.interview_texts import HEARD_PLACEHOLDER

    page = window.interview
    page.set_spoken(True)
    page.set_state(State.ANSWERING)
    page.render_event(ev.Notice(NOTHING_HEARD_HINT, "moment"))
    assert page.notice.text() == NOTHING_HEARD_HINT
    window.voice_answers._microphone().speech_detected.emit()  # the detector hears a voice
    assert page.notice.text() != NOTHING_HEARD_HINT
    assert page.answer.placeholderText() == HEARD_PLACEHOLDER
    page.set_state(State.FOLLOW_UP)  # the next recording starts with the usual words
    assert page.answer.placeholderText() != HEARD_PLACEHOLDER


def test_a_short_follow_up_leaves_the_answer_its_room_in_review(
    qtbot, themed, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Review at 960 x 640: a one-line follow-up answer sat in a 110 px box while the answer
    above it showed three lines and a scroll bar. The follow-up's box is as tall as its words."""
    from tests.scores import answer_score, session_score

    main = " ".join(["Overfitting means the model memorizes noise in the training data."] * 8)
    sid = services.storage.create_session({"name": "Quick", "question_ids": ["tech.overfit"]})
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", main,
                                score=answer_score(40, "tech.overfit"))  # fmt: skip
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "It's raining out.",
                                follow_up="How would you detect it?")  # fmt: skip
    services.storage.finish_session(sid, session_score(40))
    window.resize(window.minimumSize())
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(
        lambda: review.isVisible() and bool(review.replay.follow_up_answers), timeout=5000
    )
    qtbot.wait(100)
    QApplication.processEvents()
    (follow_up,) = review.replay.follow_up_answers
    line = follow_up.fontMetrics().lineSpacing()
    assert follow_up.height() <= 3 * line + 30, (follow_up.height(), line)
    transcript = review.replay.transcript
    assert transcript.height() >= 5 * transcript.fontMetrics().lineSpacing(), transcript.height()
    assert "raining" in follow_up.toPlainText()


def test_ctrl_shift_a_with_one_attempt_says_why_nothing_opens(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Review of a question answered once: Ctrl+Shift+A (Attempts) did nothing and said
    nothing (its button is disabled, and Qt drops a disabled button's key)."""
    from simulator.ui.pages.review import ONE_ATTEMPT
    from tests.scores import answer_score, session_score

    sid = services.storage.create_session({"name": "Quick", "question_ids": ["tech.overfit"]})
    services.storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.",
                                score=answer_score(40, "tech.overfit"))  # fmt: skip
    services.storage.finish_session(sid, session_score(40))
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: review.isVisible(), timeout=5000)
    assert not review.attempts_button.isEnabled()
    assert review.attempts_button.toolTip() == ONE_ATTEMPT
    focused = QApplication.focusWidget() or review
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(focused, Qt.Key.Key_A, ctrl_shift)
    assert review.status_line.full == ONE_ATTEMPT  # on the page's own line (walk62)
    assert window.stack.currentWidget() is review
