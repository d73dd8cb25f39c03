"""A theme change while Review is being filled hidden (perf46's fill in turns) dropped the
fill and what it was for: the Review page the person asked for never appeared (fix46). The page
is filled whole again in the new theme and then shown."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from simulator.core.review import session_reviews
from simulator.ui.style import apply_theme
from tests.scores import answer_score
from tests.ui.recorded import open_review
from tests.ui.test_score_text_contrast import _contrast
from tests.ui.waits import HANG_MS

ANSWER = "Overfitting is when the model memorizes noise in the training data."


def test_a_theme_change_during_a_fill_still_shows_the_page(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    storage = services.storage
    apply_theme(app, "light")
    try:
        sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
        score = answer_score(70, "tech.bias-variance")
        storage.add_answer(sid, "tech.bias-variance", 0, "typed", ANSWER, score=score)
        storage.add_answer(sid, "tech.bias-variance", 0, "typed", "Curves.", follow_up="How?")
        page = open_review(qtbot, window, sid)
        record = storage.session(sid)
        reviews = session_reviews(record, services.bank, {}, {}, {})
        done: list[str] = []
        page.show_session(record, reviews, 0, None, then=lambda: done.append("shown"))
        apply_theme(app, "dark")  # the theme's refill comes before the fill's later parts
        qtbot.waitUntil(lambda: done == ["shown"], timeout=HANG_MS)
        # once: the page holds nothing more to call (its fill hands ``then`` over as it calls
        # it), which holds whatever order the dropped fill's and the refill's turns run in
        assert page._then is None
        assert done == ["shown"]
        assert page.transcript.toPlainText() == ANSWER
        assert [a.toPlainText() for a in page.replay.follow_up_answers] == ["Curves."]
        assert page.detail.toPlainText().strip()
        # the words in the new theme's text colour (black on the dark pane when left light)
        cursor = QTextCursor(page.replay.transcript.document())
        cursor.setPosition(1)
        word = cursor.charFormat().foreground().color()
        assert _contrast(word, QApplication.palette().color(QPalette.ColorRole.Base)) >= 4.5
    finally:
        apply_theme(app, "light")
