"""Walkthrough 46: History searched for a word no answer has said "No session matches these
filters: set them back to All (and Score ≥ to 0) or change the search to see the others", while
every filter read All: the note now says what leaves the table empty, the search, the filters
set (by name and value), or both, and how to undo just that."""

from __future__ import annotations

from tests.ui.test_walkthrough21_defects import _typed_session


def _open(qtbot, window, services):  # type: ignore[no-untyped-def]
    _typed_session(services.storage, "Quick practice", "tech.overfit", "It memorizes noise.", 35)
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    return page


def _search(qtbot, page, text: str) -> None:  # type: ignore[no-untyped-def]
    page.search.setText(text)
    qtbot.waitUntil(lambda: page.proxy.matching is not None, timeout=5000)
    qtbot.waitUntil(page.empty_note.isVisible, timeout=5000)


def test_a_search_alone_is_named_not_the_filters(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    page = _open(qtbot, window, services)
    _search(qtbot, page, "zzzqq")
    note = page.empty_note.text()
    assert note.startswith("No session has “zzzqq” in what you said or typed"), note
    assert "filter" not in note and "All" not in note, note
    assert "Esc" in note


def test_a_filter_is_named_with_its_value(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    page = _open(qtbot, window, services)
    page.min_score.setValue(90)
    assert page.empty_note.isVisible()
    note = page.empty_note.text()
    assert note == (
        "No session matches this filter (Score ≥ 90): set it back to Score ≥ 0 to see the others."
    )
    page.plan.setCurrentIndex(page.plan.findData("Quick practice"))
    note = page.empty_note.text()
    assert "these filters (Plan Quick practice, Score ≥ 90)" in note, note
    assert "set them back to All and Score ≥ 0" in note, note


def test_a_search_with_a_filter_names_both(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    page = _open(qtbot, window, services)
    page.plan.setCurrentIndex(page.plan.findData("Quick practice"))
    _search(qtbot, page, "zzzqq")
    note = page.empty_note.text()
    assert "“zzzqq”" in note and "this filter (Plan Quick practice)" in note, note
    assert "set it back to All" in note, note
