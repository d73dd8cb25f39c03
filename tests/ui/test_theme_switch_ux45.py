"""A theme chosen in Settings applies at once, to pages already drawn too (walkthrough 45).
Pages that read colours from the theme when they filled themselves kept the old theme's:
after light to dark the Scorecard's bar scores and category names stayed black on the dark
card (about 1.2 : 1), and after dark to light the Progress charts' titles, legends and axis
labels stayed near-white on white."""

from __future__ import annotations

import time

from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from simulator.core.progress import Progress, SessionPoint
from simulator.core.scorecard import build_scorecard
from simulator.ui.style import apply_theme, rich_text_colors
from tests.scores import answer_score, session_score
from tests.ui.test_score_text_contrast import _contrast

GOAL = 4.5  # text against its background
WAIT_MS = 10_000  # the pages fill again on the next turn of the event loop


def _window() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def test_the_scorecard_drawn_light_reads_after_a_switch_to_dark(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.scorecard import ScorecardPage

    app = _app()
    apply_theme(app, "light")
    try:
        storage = services.storage
        # stored scores, not the scorer's: the page is what is tested
        sid = storage.create_session(
            {"name": "Themes", "question_ids": ["tech.overfit", "beh.conflict"]}
        )
        for position, (qid, category, overall) in enumerate(
            (("tech.overfit", "technical", 81), ("beh.conflict", "behavioral", 45))
        ):
            score = answer_score(overall, qid, category)
            storage.add_answer(sid, qid, position, "typed", "An answer.", score=score)
        storage.finish_session(sid, session_score(63, {"technical": 81, "behavioral": 45}))
        card = build_scorecard(services.storage.session(sid), services.bank)
        page = ScorecardPage()
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.show_scorecard(card)
        page.table.selectRow(1)  # the person's place on the page
        light_muted, _ = rich_text_colors(page.palette())
        assert light_muted in page.detail.toHtml()

        apply_theme(app, "dark")
        dark_muted, _ = rich_text_colors(app.palette())

        def readable() -> bool:
            # the chart is drawn again: its series and axes are new ones
            chart = page.chart.chart()
            series = [s for s in chart.series() if isinstance(s, QAbstractBarSeries)]
            (axis,) = chart.axes(Qt.Orientation.Horizontal)
            labels = [b.labelColor() for s in series for b in s.barSets()]
            return bool(labels) and all(
                _contrast(c, _window()) >= GOAL for c in [*labels, axis.labelsColor()]
            )

        # Before: the bar scores and the category names stayed black on the dark card.
        qtbot.waitUntil(readable, timeout=WAIT_MS)
        assert dark_muted in page.detail.toHtml() and light_muted not in page.detail.toHtml()
        # filled again where the person was: the second answer still chosen
        assert [i.row() for i in page.table.selectionModel().selectedRows()] == [1]
    finally:
        apply_theme(app, "light")


def test_the_progress_charts_drawn_dark_read_after_a_switch_to_light(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.progress import ProgressPage

    app = _app()
    apply_theme(app, "dark")
    try:
        now = time.time()
        points = [
            SessionPoint(n, now - (3 - n) * 86400, "Quick practice", 60 + n, {"technical": 60},
                         130.0, 2.0, {"situation": 20, "task": 15, "action": 45, "result": 20})
            for n in (1, 2, 3)
        ]  # fmt: skip
        page = ProgressPage()
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        page.show_progress(Progress(points=points, answers=3))
        charts = (page.scores_chart, page.delivery_chart, page.star_chart)

        apply_theme(app, "light")

        def readable() -> bool:
            colors = []
            for view in charts:
                chart = view.chart()
                colors.append(chart.titleBrush().color())
                colors.append(chart.legend().labelColor())
                colors += [a.labelsColor() for a in chart.axes()]
            return all(_contrast(c, _window()) >= GOAL for c in colors)

        # Before: titles, legends and axis labels stayed near-white (1.2 : 1) on white.
        qtbot.waitUntil(readable, timeout=WAIT_MS)
    finally:
        apply_theme(app, "light")


def test_the_attempts_compared_light_read_after_a_switch_to_dark(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.style import muted_color

    app = _app()
    apply_theme(app, "light")
    try:
        storage = services.storage
        for text in ("Overfitting is memorizing noise.", "Overfitting is memorizing noise, so I "
                     "regularize and watch the validation error."):  # fmt: skip
            sid = storage.create_session({"name": "Again", "question_ids": ["tech.overfit"]})
            storage.add_answer(sid, "tech.overfit", 0, "typed", text)
            storage.finish_session(sid, None)
        window.past.open_attempts("tech.overfit")
        page = window.past.attempts
        qtbot.waitUntil(lambda: muted_color(False) in page.points.toHtml(), timeout=WAIT_MS)

        apply_theme(app, "dark")
        # Before: the comparison's muted lines kept the light theme's grey (3 : 1 on dark).
        qtbot.waitUntil(lambda: muted_color(True) in page.points.toHtml(), timeout=WAIT_MS)
    finally:
        apply_theme(app, "light")


def test_the_answer_reviewed_light_reads_after_a_switch_to_dark(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    app = _app()
    apply_theme(app, "light")
    try:
        storage = services.storage
        sid = storage.create_session({"name": "Review", "question_ids": ["tech.overfit"]})
        score = answer_score(70, "tech.overfit")
        storage.add_answer(sid, "tech.overfit", 0, "typed", "Overfitting is noise.", score=score)
        storage.finish_session(sid, session_score(70, {"technical": 70}))
        window.past.open_review(sid)
        page = window.past.review
        transcript = page.replay.transcript

        def first_word() -> QColor:
            cursor = QTextCursor(transcript.document())
            cursor.setPosition(1)
            return cursor.charFormat().foreground().color()

        qtbot.waitUntil(lambda: "Overfitting" in transcript.toPlainText(), timeout=WAIT_MS)
        base = lambda: QApplication.palette().color(QPalette.ColorRole.Base)  # noqa: E731
        assert _contrast(first_word(), base()) >= GOAL

        apply_theme(app, "dark")
        # Before: the words stayed black on the dark pane (1.4 : 1).
        qtbot.waitUntil(lambda: _contrast(first_word(), base()) >= GOAL, timeout=WAIT_MS)
        dark_muted, _ = rich_text_colors(app.palette())
        qtbot.waitUntil(lambda: dark_muted in page.detail.toHtml(), timeout=WAIT_MS)
    finally:
        apply_theme(app, "light")
