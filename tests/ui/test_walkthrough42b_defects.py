"""Defects seen in walkthrough 42 (ux42b), a keyboard walk through the real window (a data
folder with sessions, light and dark, 1280x800 and 960x640). Each test fails before its fix."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from simulator.speech.models import model_choices
from simulator.ui.retranscribe_dialog import RetranscribeDialog
from simulator.ui.widgets.transcript_view import legend_html
from tests.ui.test_walkthrough34_defects import _point, _progress_page

# How each legend item begins once its swatch (non-breaking spaces) is set aside.
_ITEM_STARTS = (
    "filler",
    "hedge",
    "key point",
    "wrong claim",
    "mistake warned",
    "heard",
    "‖",
    "STAR",
    "━",
)


def _lines(html: str, width: int) -> list[str]:
    """The text of each line ``html`` is laid out in at ``width`` pixels."""
    doc = QTextDocument()
    doc.setHtml(html)
    doc.setTextWidth(width)
    doc.size()  # lays the document out
    lines, block = [], doc.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_legend_items_are_kept_whole_when_the_legend_wraps(qapp) -> None:  # type: ignore[no-untyped-def]
    """On Review at 960 wide "pace (band 130-160 wpm)" left "wpm)" alone on a second line: the
    legend wraps between its items, never inside one."""
    html = legend_html()
    wrapped = 0
    for width in range(200, 1400, 20):
        lines = _lines(html, width)
        wrapped += len(lines) > 1
        for line in lines:
            assert line.replace("\xa0", " ").lstrip().startswith(_ITEM_STARTS), (width, line)
    assert wrapped  # narrow widths do wrap, so the rule was tested


def test_the_retranscribe_dialog_has_a_heading_of_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Without a window manager that draws titles, Re-transcribe opened on a paragraph with
    nothing saying what the dialog is: its first line is now a heading naming it."""
    dialog = RetranscribeDialog(model_choices(""), "", "answer 2")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.layout().itemAt(0).widget()
    assert isinstance(first, QLabel) and first.isVisible()
    assert first.text() == dialog.windowTitle() == "Transcribe again"
    assert first.property("role") == "sectionTitle"  # drawn as the app's other headings
    assert first.accessibleName() == "Transcribe again"


def test_progress_time_axis_ends_at_the_last_session(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Nine sessions over a quarter hour: Progress's time axis ran on to the next round hour,
    most of each chart empty after the last session. It now ends a dot's room after it."""
    start = datetime(2026, 12, 4, 13, 59, 38).timestamp()
    points = [_point(i + 1, start + i * 116.0, star=i % 2 == 0) for i in range(9)]
    for size in ((960, 640), (1280, 800)):
        page = _progress_page(qtbot, points, size)
        for view in (page.scores_chart, page.delivery_chart, page.star_chart):
            (axis,) = view.chart().axes(Qt.Orientation.Horizontal)
            lo, hi = (_seconds(axis.min()), _seconds(axis.max()))
            per_px = (hi - lo) / view.chart().plotArea().width()
            after = hi - points[-1].when
            assert 0 < after <= 20 * per_px + 60, (view.objectName(), size, after, per_px)
            assert lo < points[0].when


def _seconds(end: float | QDateTime) -> float:
    """An axis end in epoch seconds (a date-time axis, the one before ux42b, gave QDateTime)."""
    return end.toMSecsSinceEpoch() / 1000 if isinstance(end, QDateTime) else end / 1000
