"""Defects met in the ninth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from dataclasses import replace

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.results import KeyPointResult
from simulator.core.transcript import Transcript
from tests.core.session_kit import PACK
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS


def test_the_feedback_line_tells_each_missed_point_apart(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "missing: Designs around memory, compute, battery and latency limits of the device,
    Compresses the model with quantization, pruning and distillation, Log-mel ..." could not
    be read, and 3 of 6 missed points were shown as if they were all."""
    question = load_packs([PACK]).questions["tech.overfit"]
    labels = ["Memory, compute and battery limits", "Quantization, pruning; distillation"]
    points = [KeyPointResult(t, t, 1.0, False, "missing", 0.0, None) for t in labels * 2]
    score = replace(score_answer(question, Transcript(text="No idea.")), key_points=points)
    window.interview.show_feedback(score)
    text = window.interview.feedback.text()
    assert "“Memory, compute and battery limits”, “Quantization, pruning; distillation”" in text
    assert "1 more on the scorecard" in text


def test_the_last_question_offers_the_scorecard_not_a_next_question(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "Question 1 of 1 · Answer saved" offered "Next question" and "Ctrl+Enter for the next
    question": there is none, the key ends the interview."""
    from simulator.core.interview import State
    from simulator.core.plan import Plan

    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    page = window.interview
    for number in (1, 2):
        begin_answering(qtbot, window)
        window.controller.submit("Overfitting memorizes the noise of the training data.")
        qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
        if number == 1:
            assert page.next_button.text() == "Next question"
            assert "next question" in page.hint.text()
            window.controller.next_question()
    assert page.next_button.text() == "See the scorecard"
    assert "next question" not in page.hint.text() and "scorecard" in page.hint.text()


def test_why_start_is_disabled_is_said_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The "Due for review" plan with nothing due said "Nothing is due for review yet." twice,
    under the form and again beside the disabled Start button."""
    from PySide6.QtWidgets import QLabel

    from simulator.ui.pages.home import DUE

    home = window.home
    home.preset.setCurrentIndex(home.preset.findData(DUE))
    assert not home.start_button.isEnabled()
    shown = [
        lab.text()
        for lab in home.findChildren(QLabel)
        if lab.isVisible() and lab.text() == "Nothing is due for review yet."
    ]
    assert len(shown) == 1, shown


def test_two_notices_for_the_whole_session_are_both_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A spoken interview with no microphone and no audio output showed only the last notice
    ("No audio output device ..."): "No microphone found" was replaced as soon as it came."""
    page = window.interview
    page.show_briefing("Welcome.", 2)
    page.show_notice("No microphone found. Type your answers from now on.", "session")
    page.show_notice("No audio output device was found.", "session")
    page.show_notice("Nothing to submit yet.", "moment")
    page._restore_session_notice()
    text = page.notice.text()
    assert "No microphone found" in text and "No audio output" in text
    assert text.count("No microphone found") == 1


def test_a_scorecard_without_answers_offers_nothing_it_cannot_do(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Ended during the introduction: "Review answer" and "Practise again" stood enabled and
    did nothing when pressed, and the empty category chart drew a lone "–" on an axis. Such
    an interview shows no scorecard since walkthrough 39; a stored one opened still offers
    nothing it cannot do, Export (of nothing) included."""
    from typed_session import finish_typed_session

    sid = services.storage.create_session({"name": "Custom", "question_ids": ["tech.overfit"]})
    services.storage.finish_session(sid, None)
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    page = window.scorecard
    assert page.scorecard is not None and not page.scorecard.answers
    assert not page.review_button.isEnabled() and not page.practise_button.isEnabled()
    assert not page.export_button.isEnabled()
    assert page.chart.isHidden()
    finish_typed_session(qtbot, window, "Overfitting memorizes the noise in the training data.")
    assert page.review_button.isEnabled() and page.practise_button.isEnabled()
    # (drawn when it tells more than the overall: not for one question's one bar, ui67)
    assert page.scorecard is not None
    assert page.chart.isHidden() is not page.scorecard.chart_tells_more
