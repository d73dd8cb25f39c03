"""A 300,000-character answer without a space (a pasted blob, a key held down) opens on the
scorecard, review and attempts pages without freezing the window (it froze 12-23 s). How long
they take is measured by ``benchmarks/long_answer_pages.py``; these tests check, without a clock,
what keeps them quick."""

from __future__ import annotations

import re
from collections.abc import Iterator

from simulator.core.export.render import breakable
from tests.bidi import held_in
from tests.ui.waits import HANG_MS


def _each_page(qtbot, window, sid: int, answer: int, shows: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Open the answer's scorecard, review and attempts pages in turn, each once it has loaded
    and shows ``shows`` (waited for: a fixed wait after the database work was too short on a
    loaded machine, where the page is filled a turn later)."""
    for page, opens in (
        ("scorecard", lambda: window.open_scorecard(sid)),
        ("review", lambda: window.past.open_review(sid, answer)),
        ("attempts", lambda: window.past.open_attempts("tech.overfit")),
    ):
        opens()
        qtbot.waitUntil(lambda: window._db.pending() == 0, timeout=HANG_MS)
        qtbot.waitUntil(lambda: any(shows in text for _, text in _shown(window)), timeout=HANG_MS)
        yield page


def test_long_runs_get_break_opportunities_and_nothing_else_changes() -> None:
    url = "https://example.org/" + "a" * 90
    assert breakable(f"see {url} now") == f"see {url} now"  # URLs stay whole
    assert breakable("W" * 300).replace("\u200b", "") == "W" * 300
    assert max(len(part) for part in breakable("W" * 300).split("\u200b")) == 120


def _shown(window) -> list[tuple[object, str]]:  # type: ignore[no-untyped-def]
    """(widget, text) of every visible text widget of the window."""
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit

    shown: list[tuple[object, str]] = []
    for kind in (QTextEdit, QPlainTextEdit, QLabel):
        for w in window.findChildren(kind):
            if w.isVisible():
                shown.append((w, w.text() if isinstance(w, QLabel) else w.toPlainText()))
    return shown


def test_pages_lay_out_a_huge_unbroken_answer_in_short_runs(window, qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """What kept the window from freezing (12-23 s), checked without a clock: every page that
    shows the answer shows it broken into runs of at most ``LONG_RUN`` characters (Qt lays out
    a run in time that grows with its square), or in an editor that wraps anywhere. How long the
    pages take to open is a speed figure: ``benchmarks/long_answer_pages.py`` measures it (this
    test asserted under 2 s of stall, and failed on a loaded machine)."""
    from PySide6.QtWidgets import QPlainTextEdit

    from simulator.core.export.render import LONG_RUN
    from simulator.ui.widgets.long_words import ANYWHERE

    s = services.storage
    sid = s.create_session({"name": "x", "question_ids": ["tech.overfit"]})
    answer = s.add_answer(sid, "tech.overfit", 0, "typed", "W" * 300_000)
    s.finish_session(sid, None)
    for page in _each_page(qtbot, window, sid, answer, shows="W" * 100):
        holding = [(w, text) for w, text in _shown(window) if "W" * 100 in text]
        for widget, text in holding:
            if isinstance(widget, QPlainTextEdit) and widget.wordWrapMode() == ANYWHERE:
                continue
            runs = re.split(r"[\s\u200b]+", text)
            assert max(len(run) for run in runs) <= LONG_RUN, (page, type(widget).__name__)


def test_bidi_characters_are_held_in_and_zero_width_ones_tags_on_every_page(
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
    for page in _each_page(qtbot, window, sid, answer, shows="\u202e"):
        shown = [w.toPlainText() for w in window.findChildren(QTextEdit) if w.isVisible()]
        shown += [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
        assert any("\u202e" in text for text in shown), page
        assert all(held_in(text) for text in shown), page  # working in the answer only
        assert not set("\u200b\u200c\u200d\ufeff") & set("".join(shown)), page
    assert s.answer(answer).text == typed


def test_a_packs_bidi_characters_are_held_in_on_the_interview_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.core.questions import load_packs
    from simulator.ui.pages.interview import InterviewPage
    from tests.ui.conftest import PACK

    page = InterviewPage()
    qtbot.addWidget(page)
    question = load_packs([PACK]).get("tech.overfit")
    planted = question.model_copy(update={"prompt": "Why\u202e gnittifrevo?", "topic": "a\u2066b"})
    page.show_question(planted, 1, 3, "and\u200b then\ufeff?")
    shown = page.question.text() + page.progress_label.text() + page.follow_up.text()
    assert "\u202e" in shown and "\u2066" in shown and "⟨U+200B⟩" in shown
    assert held_in(shown) and not {"\u200b", "\ufeff"} & set(shown)
