"""A typed story's last sentence has its time on the STAR timer (walk58, keyboard only: a story
typed on without a pause and submitted as its last sentence ended showed "Result 0:00" under
feedback that found its Result). The live timer moves a sentence late, on the part of the
sentence just ended; once the story is scored its times come from the seconds at which each
typed sentence was over, the last one running until the answer was submitted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS

SENTENCES = (
    "At my last job two engineers on my team disagreed about the pipeline design. ",
    "As the tech lead I was responsible for a decision before the release. ",
    "I met each of them and set up a design review with clear criteria. ",
    "As a result we picked one design in two days and shipped on time.",
)
TYPING_S = 12.0  # each sentence takes this long to type


def test_a_typed_story_s_last_sentence_runs_until_submit_polish58(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    window.services.settings.follow_ups = False
    page = window.interview
    core = window.controller.core
    now = [1000.0]
    core._clock = lambda: now[0]  # the story's seconds, as the test types them
    window.start_interview(Plan(counts={"behavioral": 1}), False)
    begin_answering(qtbot, window)
    qtbot.waitUntil(page.star.isVisible, timeout=HANG_MS)
    page._drafts._timer.setInterval(600_000)  # typed on with no pause: no draft is kept
    for sentence in SENTENCES:
        half = len(sentence) // 2
        qtbot.keyClicks(page.answer, sentence[:half])
        now[0] += TYPING_S
        qtbot.keyClicks(page.answer, sentence[half:])
        qtbot.wait(50)  # the sentence's part is read off the GUI thread
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.feedback.isHidden(), timeout=HANG_MS)
    assert core.star is not None

    def told() -> dict[str, float]:
        return {p.phase: p.elapsed_s for p in core.star.phases()}

    # the scored story: each sentence its own 12 s, the last one (Result) too
    qtbot.waitUntil(lambda: told()["result"] > TYPING_S / 2, timeout=5000)
    times = told()
    assert abs(sum(times.values()) - 4 * TYPING_S) < 0.5, times
    assert times["situation"] < 2 * TYPING_S, times  # no longer the next sentence's time too
