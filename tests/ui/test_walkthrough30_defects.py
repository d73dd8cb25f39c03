"""Walkthrough 30 (ux30, keyboard only, in a real X window at 960x640 and 1600x1000, light and
dark): each defect seen there, through the real window (offscreen here)."""

from __future__ import annotations

from simulator.core.scoring import score_answer, score_session
from simulator.core.transcript import Transcript
from tests.ui.scorecard_tips import scorecard_with_tips
from tests.ui.typed_session import stored_typed_session
from tests.ui.waits import HANG_MS

TYPED_OVERFIT = (
    "Overfitting is when the model memorises noise in the training data, so the validation "
    "error is much higher than the training error."
)
# the tips of a scorecard seen at 960 x 640 (one weak answer, the interview ended early): the
# first wraps, so the three take four lines
SEEN_TIPS = [
    'Revisit time series: explain "Mean, variance and autocorrelation do not change over time".',
    "Practise this category again tomorrow and compare the scores.",
    "Answer out loud next time: spoken answers also get pace, filler and pause feedback.",
]


def _ended_early_with_a_zero(storage, bank) -> int:  # type: ignore[no-untyped-def]
    """One technical answer that scores 0 and two questions never reached: the summary runs
    to four lines and the category chart is a lone zero bar, the shortest it gets."""
    ids = ["tech.overfit", "beh.conflict", "case.spam"]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids})
    score = score_answer(bank.get(ids[0]), Transcript(text="I would ask a colleague."))
    storage.add_answer(sid, ids[0], 0, "typed", "I would ask a colleague.", score=score)
    storage.finish_session(sid, score_session([(bank.get(ids[0]), score)]))
    return sid


def test_four_lines_of_tips_show_whole_in_the_smallest_window(
    qtbot, themed, window, services
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640, after an interview ended early with a weak answer, 'What to work on next'
    showed three of the tips' four lines and said "(more below: scroll ↓)", while the table
    under it held one row in a box ~330 px tall: the tips' cap was 10 % of the window
    (64 px), which its whole lines rounded down to three, not the four its comment promised.
    The tips also take what the table and the detail below can spare."""
    storage, bank = services.storage, services.bank
    sid = _ended_early_with_a_zero(storage, bank)
    page = scorecard_with_tips(qtbot, window, sid, (960, 640), SEEN_TIPS)
    scroll = page.tips_scroll
    assert scroll.verticalScrollBar().maximum() == 0, (scroll.height(), page.tips.height())
    assert "scroll" not in page.tips_title.text().lower()


def test_the_pack_problems_say_which_files_were_kept_out_whole() -> None:
    """Help → Question pack problems, with a pack that is not valid YAML: "The questions named
    here were not loaded; every other question was", over a list that named no question (the
    whole file had been skipped). Each kind is said as what it kept out."""
    from simulator.core.questions import Problem
    from simulator.ui.pack_problems import problems_summary

    broken = Problem("/data/questions/mine.yaml", None, None, "not valid YAML", 6)
    one = Problem("/data/questions/other.yaml", "my.q2", "prompt", "must not be empty")
    harmless = Problem("/data/questions/other.yaml", None, "extra", "unknown top-level key")
    loaded = {"/data/questions/other.yaml"}

    alone = problems_summary([broken], loaded)
    assert "named here" not in alone and "No question of mine.yaml was loaded" in alone, alone
    both = problems_summary([broken, one], loaded)
    assert "questions named here were not loaded" in both and "mine.yaml" in both, both
    assert "other.yaml" not in both  # its other questions were loaded
    kept = problems_summary([harmless], loaded)
    assert "Every question was loaded" in kept and "not loaded" not in kept, kept


def test_typing_after_an_early_submit_is_not_stored_as_the_next_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter pressed before the answer was finished, then the rest of the sentence typed:
    on "Answer saved" the keyboard is on Next question, and the letters started the next
    question's answer before that question was on screen, its reading and thinking time
    skipped; the words were stored as the answer to a question never seen. Now they are not
    taken, the page says so, and a space among them does not press the button."""
    from PySide6.QtCore import Qt

    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from simulator.ui.pages.interview_typing import TYPING_SAVED, TYPING_SAVED_LAST
    from tests.ui.stand_ins import wait_reached

    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClicks(page.answer, "Overfitting memorizes noise")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
    assert page.next_button.hasFocus()
    qtbot.keyClicks(page.next_button, "in the training data")
    assert window.controller.state is State.REVIEWING  # no space pressed Next question
    assert page.notice.text() == TYPING_SAVED, page.notice.text()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_reached(qtbot, window, State.PREPARING)
    assert page.answer.toPlainText() == ""  # the next question starts from a clean page
    qtbot.keyClicks(page.answer, "Labels from user reports")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
    qtbot.keyClicks(page.next_button, "x")  # the last question: a stray letter ends nothing
    assert window.controller.state is State.REVIEWING
    assert page.notice.text() == TYPING_SAVED_LAST
    sid = window.controller.session_id
    window.controller.end("")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    rows = window.services.storage.answers(sid)
    assert [r.text for r in rows] == ["Overfitting memorizes noise", "Labels from user reports"]


def test_the_play_keys_on_a_typed_or_skipped_answer_say_there_is_nothing_to_play(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Review of a typed session: Space (play or pause), Left and Right did nothing at all,
    with nothing on screen to say why."""
    from PySide6.QtCore import Qt

    from simulator.ui.pages.review import NOTHING_TO_PLAY_SKIPPED, NOTHING_TO_PLAY_TYPED

    texts = {"tech.overfit": TYPED_OVERFIT, "case.spam": ""}
    sid = stored_typed_session(services.storage, services.bank, texts, {"name": "Typed loop"})
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    page = window.past.review
    qtbot.waitUntil(lambda: page._review is not None, timeout=HANG_MS)
    page.answer_choice.setCurrentIndex(0)
    line = page.status_line  # on the page, between its buttons (walk62)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left):
        line.say("")
        qtbot.keyClick(page.transcript, key)
        assert line.full == NOTHING_TO_PLAY_TYPED, (key, line.full)
    page.answer_choice.setCurrentIndex(1)  # the skipped one
    line.say("")
    qtbot.keyClick(page.transcript, Qt.Key.Key_Space)
    assert line.full == NOTHING_TO_PLAY_SKIPPED


def test_enter_in_the_history_search_goes_to_the_sessions_found(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """History, Ctrl+F, a word typed, one session found and highlighted: Enter in the search
    did nothing at all. It now gives the results the keyboard (Enter there opens the
    scorecard)."""
    from PySide6.QtCore import Qt

    storage, bank = services.storage, services.bank
    stored_typed_session(storage, bank, {"tech.overfit": TYPED_OVERFIT}, {"name": "Typed loop"})
    found = stored_typed_session(
        storage, bank, {"tech.overfit": "I would hold out a validation set."}, {"name": "Other"}
    )
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=HANG_MS)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "validation set")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=HANG_MS)
    qtbot.waitUntil(lambda: page.selected_session() == found, timeout=HANG_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)


def test_escape_in_a_history_search_clears_it_before_going_back(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Esc in the History search, to clear what was typed, went back to Home at once."""
    from PySide6.QtCore import Qt

    storage, bank = services.storage, services.bank
    stored_typed_session(storage, bank, {"tech.overfit": TYPED_OVERFIT}, {"name": "Typed loop"})
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "nothing like this")
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is page and page.search.text() == ""
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # empty: back, as before
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not page, timeout=HANG_MS)


def test_skipping_a_typed_answer_asks_first(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+K with an answer typed (a slip from Ctrl+L or Ctrl+J) went to the next question at
    once: the words were gone, the question stored as skipped (0). It asks first, keeping the
    answer as the default; an empty answer is skipped without a question, as before."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from tests.ui.stand_ins import begin_answering

    asked: list[str] = []
    choice = ["skipStay"]

    def answer(box: QMessageBox) -> None:
        asked.append(f"{box.text()} {box.informativeText()}")
        box.findChild(QPushButton, choice[0]).click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    begin_answering(qtbot, window)
    qtbot.keyClicks(page.answer, "Overfitting memorizes noise in the training data")
    qtbot.keyClick(page.answer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and "What you have typed (7 words so far) is not scored" in asked[0], (
        asked
    )
    assert window.controller.state is State.ANSWERING  # kept answering: nothing lost
    assert page.answer.toPlainText() == "Overfitting memorizes noise in the training data"
    choice[0] = "skipLeave"
    qtbot.keyClick(page.answer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
    interview = window.controller.interview
    assert interview is not None
    qtbot.waitUntil(lambda: interview.position[0] == 2, timeout=HANG_MS)
    begin_answering(qtbot, window)
    qtbot.keyClick(page.answer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # empty
    assert len(asked) == 2  # nothing typed: skipped without a question


def test_skipping_a_spoken_answer_with_words_asks_first(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """As with a typed answer: Ctrl+K while speaking, words already in the live caption, asks
    first; the microphone is held while it asks and goes on with the same recording."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from tests.ui.stand_ins import FakeMic, spoken_mode, wait_state

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: (asked.append(box.text()), box.findChild(QPushButton, "skipStay").click()),
    )
    window.services.settings.follow_ups = False
    mic = FakeMic(window, heard=["Overfitting memorizes noise."])
    mic.release_whole.set()
    holds: list[str] = []
    voice = window.voice_answers
    voice.pause = lambda: holds.append("pause")
    voice.resume = lambda: holds.append("resume")
    spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), False)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    voice.caption_changed.emit("Overfitting memorizes noise")
    qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert asked and "What you have said (3 words so far)" in asked[0], asked
    assert window.controller.state is State.ANSWERING and holds == ["pause", "resume"]
