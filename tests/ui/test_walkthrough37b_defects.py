"""Walkthrough 37, the keyboard-only defects taken by fixui37 (issue 8): each through the real
widgets (offscreen here)."""

from __future__ import annotations


def test_files_of_type_follows_the_suffix_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Export, "notes.md" typed while HTML was the type: the Markdown file was written, but
    "Files of type" still said HTML. It follows the typed suffix now, and the name stays as
    typed (Qt puts a type's first suffix on the name when the type changes)."""
    from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit

    from simulator.ui.export_dialog import save_dialog

    dialog = save_dialog(window, "scorecard-session-1.html")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux without a portal shows
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    combo = dialog.findChild(QComboBox, "fileTypeCombo")
    assert name is not None and combo is not None
    assert combo.currentText().startswith("HTML")
    name.clear()
    qtbot.keyClicks(name, "notes.markdown")
    assert combo.currentText().startswith("Markdown"), combo.currentText()
    assert name.text() == "notes.markdown", name.text()
    name.clear()
    qtbot.keyClicks(name, "notes.pdf")
    assert combo.currentText().startswith("PDF"), combo.currentText()
    qtbot.keyClicks(name, "x")  # no format's suffix: the type stays what it was
    assert combo.currentText().startswith("PDF") and name.text() == "notes.pdfx"
    dialog.reject()


def test_a_score_of_0_shows_whole_on_the_progress_chart(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Progress, a session scored 0 overall (and 100 in a category): its dot sat half under the
    bottom axis, Qt Charts clipping it to the plot area. Every dot now lies whole inside the
    plot area, and the scale's ticks still read 0 to 100."""
    import time

    from PySide6.QtCharts import QLineSeries, QValueAxis
    from PySide6.QtCore import QRectF, Qt

    from simulator.core.progress import Progress, SessionPoint
    from simulator.ui.pages.progress import ProgressPage

    page = ProgressPage()
    qtbot.addWidget(page)
    page.resize(960, 640)
    page.show()
    now = time.time()
    points = [
        SessionPoint(n, now - (3 - n) * 86400, "Mixed", overall, {"technical": 100 - overall},
                     None, None, None)
        for n, overall in enumerate([0, 55, 100])
    ]  # fmt: skip
    page.show_progress(Progress(points=points, answers=3))
    chart = page.scores_chart.chart()
    qtbot.waitUntil(lambda: chart.plotArea().height() > 50, timeout=5000)
    area = chart.plotArea()
    for series in chart.series():
        assert isinstance(series, QLineSeries)
        radius = series.markerSize()  # Qt Charts draws the size as the radius
        for point in series.points():
            at = chart.mapToPosition(point, series)
            dot = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
            assert area.top() <= dot.top() and dot.bottom() <= area.bottom(), (
                series.name(), point.y(), dot, area,
            )  # fmt: skip
    (axis,) = [a for a in chart.axes(Qt.Orientation.Vertical) if isinstance(a, QValueAxis)]
    assert axis.min() < 0 and axis.max() > 100
    assert (axis.tickAnchor(), axis.tickInterval()) == (0, 25)
