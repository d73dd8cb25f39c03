"""A 300,000-character answer without a space (a pasted blob, a key held down) opens on the
scorecard, review and attempts pages without freezing the window (it froze 12-23 s)."""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QTimer

from simulator.core.export.render import breakable


def _each_page(qtbot, window, sid: int, answer: int, settle_ms: int) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Open the answer's scorecard, review and attempts pages in turn, each once it has loaded."""
    for page, opens in (
        ("scorecard", lambda: window.open_scorecard(sid)),
        ("review", lambda: window.past.open_review(sid, answer)),
        ("attempts", lambda: window.past.open_attempts("tech.overfit")),
    ):
        opens()
        qtbot.waitUntil(lambda: window._db.pending() == 0, timeout=30000)
        qtbot.wait(settle_ms)
        yield page


def test_long_runs_get_break_opportunities_and_nothing_else_changes() -> None:
    url = "https://example.org/" + "a" * 90
    assert breakable(f"see {url} now") == f"see {url} now"  # URLs stay whole
    assert breakable("W" * 300).replace("\u200b", "") == "W" * 300
    assert max(len(part) for part in breakable("W" * 300).split("\u200b")) == 120


def test_pages_stay_responsive_with_a_huge_unbroken_answer(window, qtbot, services) -> None:  # type: ignore[no-untyped-def]
    s = services.storage
    sid = s.create_session({"name": "x", "question_ids": ["tech.overfit"]})
    answer = s.add_answer(sid, "tech.overfit", 0, "typed", "W" * 300_000)
    s.finish_session(sid, None)
    last, stalls = [time.perf_counter()], [0.0]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    try:
        for _ in _each_page(qtbot, window, sid, answer, settle_ms=200):
            pass  # the timer measures the stalls while each page opens

    finally:
        timer.stop()
    assert max(stalls) < 2.0, f"the window froze for {max(stalls):.1f} s"


def test_bidi_and_zero_width_characters_are_shown_as_tags_on_every_page(
    window, qtbot, services
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QTextEdit

    hidden = (
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\ufeff"
    )
    s = services.storage
    sid = s.create_session({"name": "x", "question_ids": ["tech.overfit"]})
    typed = f"regularize {' '.join(hidden)} the model"
    answer = s.add_answer(sid, "tech.overfit", 0, "typed", typed)
    s.finish_session(sid, None)
    for page in _each_page(qtbot, window, sid, answer, settle_ms=50):
        shown = [w.toPlainText() for w in window.findChildren(QTextEdit) if w.isVisible()]
        shown += [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
        assert any("⟨U+202E⟩" in text for text in shown), page
        assert not set(hidden) & set("".join(shown)), page
    assert s.answer(answer).text == typed


def test_a_packs_bidi_characters_are_shown_as_tags_on_the_interview_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.core.questions import load_packs
    from simulator.ui.pages.interview import InterviewPage
    from tests.ui.conftest import PACK

    page = InterviewPage()
    qtbot.addWidget(page)
    question = load_packs([PACK]).get("tech.overfit")
    planted = question.model_copy(update={"prompt": "Why\u202e gnittifrevo?", "topic": "a\u2066b"})
    page.show_question(planted, 1, 3, "and\u200b then\ufeff?")
    shown = page.question.text() + page.progress_label.text() + page.follow_up.text()
    assert "⟨U+202E⟩" in shown and "⟨U+2066⟩" in shown and "⟨U+200B⟩" in shown
    assert not {"\u202e", "\u2066", "\u200b", "\ufeff"} & set(shown)
