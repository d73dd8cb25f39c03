"""What round 66's walkthrough saw but left (issue 8, walk66b), each seen in the real window
(960 x 640, light and dark) and each test failing before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.waits import HANG_MS


def test_home_does_not_say_no_sessions_beside_an_interrupted_interview(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """First run, one answer typed, the app closed: at the next start the banner offered the
    interview "interrupted after 1 of 4 answers. Everything you answered is saved." while the
    list beside it said "No sessions yet — your first scorecard will appear here."."""
    storage = services.storage
    sid = storage.create_session(
        {"name": "Behavioral drill", "question_ids": ["tech.q0", "tech.q1"]}
    )
    storage.add_answer(sid, "tech.q0", 0, "typed", "Overfitting is memorizing noise.")
    window.refresh_home()
    home = window.home
    qtbot.waitUntil(lambda: home.interrupted.isVisibleTo(home), timeout=HANG_MS)
    qtbot.waitUntil(lambda: home.history.count() == 1, timeout=HANG_MS)
    text = home.history.item(0).text()
    assert "No sessions yet" not in text, text
    assert "the interrupted interview" in text, text
    assert home.history.item(0).data(Qt.ItemDataRole.UserRole) is None  # nothing to open
    # with nothing interrupted it still says there are none
    home.show_sessions([])
    assert "No sessions yet" in home.history.item(0).text()
