"""A typed story's STAR timer follows its sentences as they are typed (walkthrough 52, keyboard
only, 960 x 640: a story typed on without a pause of 1.5 s and submitted stayed all on
Situation, 0:12, with Task, Action and Result at 0:00, under the feedback line "all four STAR
parts · scored split by words: Situation 21%, Task 27%, Action 25%, Result 27%"). It moved only
when a draft was kept, a moment after a pause in typing; it moves now as each sentence ends,
as a spoken story's moves with its live caption."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS

STORY = (
    "At my last job two engineers on my team disagreed about the pipeline design. "
    "As the tech lead I was responsible for a decision before the release. "
    "I met each of them and set up a design review with clear criteria. "
    "As a result we picked one design in two days and shipped on time."
)


def test_a_story_typed_without_a_pause_moves_the_timer_sentence_by_sentence_r52(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    window.services.settings.follow_ups = False
    page = window.interview
    window.start_interview(Plan(counts={"behavioral": 1}), False)
    begin_answering(qtbot, window)
    qtbot.waitUntil(page.star.isVisible, timeout=HANG_MS)
    core = window.controller.core
    page._drafts._timer.setInterval(600_000)  # typed on with no pause: no draft is kept
    qtbot.keyClicks(page.answer, STORY + " ")
    assert core.star is not None
    qtbot.waitUntil(lambda: core.star.current == "result", timeout=HANG_MS)
    told = {p.phase: p.elapsed_s for p in core.star.phases()}
    assert told["situation"] > 0 and told["task"] + told["action"] > 0, told


def test_a_spoken_answer_s_box_sends_no_typed_sentences_r52(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    page = window.interview
    page._drafts._timer.setInterval(600_000)  # typed on with no pause
    sent: list[str] = []
    page.draft_changed.connect(sent.append)  # a typed sentence's end keeps the draft at once
    page._spoken = True
    page.answer.setReadOnly(False)
    qtbot.keyClicks(page.answer, "A caption. Another one. ")
    assert sent == []
    page._spoken = False
    qtbot.keyClicks(page.answer, "Typed. ")
    qtbot.keyClick(page.answer, Qt.Key.Key_Space)  # a second space: no second sentence
    assert len(sent) == 1 and sent[0].endswith("Typed. "), sent
