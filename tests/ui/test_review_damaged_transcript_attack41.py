"""Review of an answer whose stored transcript is of another shape (attack run 41): the page
never opened ("background task failed: 'word'" in the log, nothing on screen). It opens now,
showing the answer's text, untimed."""

from __future__ import annotations

from pathlib import Path

from tests.ui.recorded import SPOKEN, spoken_session


def test_review_opens_with_the_answer_s_text(qtbot, window, services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    sid, ids = spoken_session(services.storage, services.bank, data_dir / "recordings" / "a.wav")
    db = services.storage._db
    db.execute(
        """UPDATE answers SET transcript_json = '{"text": "x", "words": [{"start": 1}]}'
           WHERE id = ?""",
        (ids[0],),
    )
    db.commit()
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    page = window.past.review
    assert SPOKEN.split(".")[0] in page.transcript.toPlainText()
