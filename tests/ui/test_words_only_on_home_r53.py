"""Scoring by words only (the meaning signal's word vectors damaged or missing) was said only in
the log and by ``doctor`` (round 52, left): the window scored every answer that way and said
nothing. Home says it once the bank has loaded, at its top, with what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator.core.scoring import meaning
from simulator.ui.page_notice import NOTICE_NAME, PageNotice

SAID = "Answers are scored by their words only, not by their meaning: /x/model.safetensors ..."


def _notices(window) -> list[str]:  # type: ignore[no-untyped-def]
    found = window.home.findChildren(PageNotice, NOTICE_NAME)
    return [n.text.text() for n in found if n.isVisible()]


def test_home_says_answers_are_scored_by_words_only_r53(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(meaning, "words_only_said", lambda: SAID)
    window.bank_loading.loaded(window.services.bank)
    QApplication.processEvents()
    assert _notices(window) == [SAID]
    window.bank_loading.loaded(window.services.bank)  # read again (F5): said once, not twice
    QApplication.processEvents()
    assert _notices(window) == [SAID]


def test_home_says_nothing_when_the_meaning_signal_loaded_r53(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(meaning, "words_only_said", lambda: None)
    window.bank_loading.loaded(window.services.bank)
    QApplication.processEvents()
    assert _notices(window) == []


def test_it_is_said_after_a_notice_home_shows_already_r53(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Said beside what Home says as the bank comes in (a notice just made, not yet shown):
    it replaced it, the first time seen in the real window."""
    from simulator.ui.page_notice import show_page_notice

    monkeypatch.setattr(meaning, "words_only_said", lambda: SAID)
    show_page_notice(window.home, "Something Home says first.")
    window.bank_loading.loaded(window.services.bank)
    QApplication.processEvents()
    assert _notices(window) == [f"Something Home says first.\n{SAID}"]
