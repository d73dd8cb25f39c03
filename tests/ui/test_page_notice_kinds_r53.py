"""A page notice replaced the one open on its page whatever it said: the words-only and
missing-topics lines a bank read again during an interview put on Home were replaced by
"nothing to score" as the interview ended unanswered and the person came back to Home, who
never saw that answers are scored by their words only. A standing line stays beside a one-off
message; a newer line of a kind replaces the older."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator.core.scoring import meaning
from simulator.ui.page_notice import MISSING_TOPICS, NOTICE_NAME, PageNotice, show_page_notice
from tests.ui.waits import HANG_MS

WORDS_ONLY = (
    "Answers are scored by their words only, not by their meaning: /x/model.safetensors ..."
)
NOTHING = "The interview ended with nothing answered: there is nothing to score."


def _notices(page) -> list[str]:  # type: ignore[no-untyped-def]
    found = page.findChildren(PageNotice, NOTICE_NAME)
    return [n.text.text() for n in found if n.isVisible()]


def test_a_standing_line_stays_beside_nothing_to_score_r53(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(meaning, "words_only_said", lambda: WORDS_ONLY)
    window.started_from.show_interview()  # an interview, Home hidden
    # the packs read again meanwhile: Home's set_bank says a chosen topic is gone, then the
    # loader that answers are scored by their words only
    show_page_notice(window.home, "“quantum annealing” is in no pack now.", kind=MISSING_TOPICS)
    window.bank_loading.loaded(window.services.bank)
    QApplication.processEvents()
    window.started_from.go_back(NOTHING)  # ended with nothing answered
    QApplication.processEvents()
    assert window.stack.currentWidget() is window.home
    assert _notices(window.home) == [
        f"“quantum annealing” is in no pack now.\n{WORDS_ONLY}\n{NOTHING}"
    ]


def test_a_newer_line_of_a_kind_replaces_the_older_r53(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(meaning, "words_only_said", lambda: WORDS_ONLY)
    window.bank_loading.loaded(window.services.bank)
    show_page_notice(window.home, "Saving failed.")
    show_page_notice(window.home, "Saved.")  # the state said first has changed: not kept
    window.bank_loading.loaded(window.services.bank)  # said again: once
    QApplication.processEvents()
    assert _notices(window.home) == [f"{WORDS_ONLY}\nSaved."]
    window._open_progress()  # the page left: every line closes with it
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.home, timeout=HANG_MS)
    window.go_home()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=HANG_MS)
    assert _notices(window.home) == []
