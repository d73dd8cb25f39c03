"""Nothing in Review scrolls sideways (walk58, issue 8). At 1280x800 the scoring notes' pane
showed a horizontal scroll bar over the last line of a STAR answer's notes: Qt's layout of the
STAR table, as wide as the page, came out a few 64ths of a pixel wider than the page, and the
document's size, rounded up, was 534 px for a 533 px pane. It happens at one pane width in 50,
so the window is resized through a range of widths (before the fix, 7 of them showed the bar:
1280, 965-966, 1070-1071 and 1175-1176 px), in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from simulator.ui.style import apply_theme
from tests.ui.recorded import open_review

STORY = (
    "In my last team the data engineers and the modelling group disagreed about who owned the "
    "feature pipeline, and releases slipped by two weeks each quarter because of it. "
    "As the tech lead I was responsible for getting the two groups to agree on one owner. "
    "I set up a meeting with both leads, wrote down each side's concerns, proposed a shared "
    "on-call rotation and a contract test suite for the features, and I ran the first two "
    "rotations myself to show it worked. "
    "As a result releases went back on schedule, the slipped weeks fell from two to zero, and "
    "incidents on the pipeline dropped by 40 percent over the next two quarters."
)


def _sideways(page) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """How far each shown scroll area of ``page`` scrolls sideways, by name."""
    return {
        area.objectName(): area.horizontalScrollBar().maximum()
        for area in page.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0
    }


@pytest.mark.parametrize(("theme", "between"), [("light", True), ("dark", False)])
def test_review_of_a_story_needs_no_sideways_scrolling_walk58(  # type: ignore[no-untyped-def]
    qtbot, window, services, theme: str, between: bool
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    storage, question = services.storage, services.bank.get("beh.conflict")
    sid = storage.create_session({"name": "Story", "question_ids": ["beh.conflict"]})
    score = score_answer(question, Transcript(STORY))
    storage.add_answer(sid, "beh.conflict", 0, "typed", STORY, score=score)
    apply_theme(app, theme)
    try:
        window.resize(1280, 800)
        window.show()
        page = open_review(qtbot, window, sid)
        qtbot.waitUntil(lambda: "STAR structure" in page.detail.toPlainText(), timeout=10_000)
        seen = {}
        # the two sizes the app is judged at, then (in one theme: the fonts are the same) widths
        # between them, every other pixel (the pane's width moves 1 px for 2 px of window)
        sizes = [(1280, 800), (960, 640)]
        for width, height in sizes + [(w, 700) for w in range(961, 1280, 2) if between]:
            window.resize(width, height)
            qtbot.wait(1)
            if found := _sideways(page):
                seen[(width, height)] = found
        assert not seen, f"Review scrolls sideways: {seen}"
    finally:
        apply_theme(app, "light")
