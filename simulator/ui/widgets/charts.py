"""The chart set-up the Scorecard's bars and the Progress lines share (QtCharts): a transparent,
unanimated chart in an antialiased view, cleared for each draw, with axes and legend in the
theme's text colour and a faint grid, so both pages look alike in light and dark."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QChart, QChartView
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette

GRID_ALPHA = 115  # the theme's mid colour, faded: a grid that guides without competing


def chart_view(margin: int = 0) -> QChartView:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(margin, margin, margin, margin))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setStyleSheet("background: transparent")
    return view


def cleared(view: QChartView, pal: QPalette) -> tuple[QChart, QColor, QColor]:
    """The view's chart with its series and axes removed, and the (text, grid) colours."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    grid = QColor(pal.color(QPalette.ColorRole.Mid))
    grid.setAlpha(GRID_ALPHA)
    return chart, pal.color(QPalette.ColorRole.WindowText), grid


def style_axis(axis: QAbstractAxis, font: QFont, text: QColor, grid: QColor) -> None:
    axis.setLabelsFont(font)
    axis.setLabelsColor(text)
    axis.setGridLineColor(grid)
    axis.setLinePenColor(grid)


def style_legend(chart: QChart, visible: bool, font: QFont, text: QColor) -> None:
    legend = chart.legend()
    legend.setVisible(visible)
    legend.setLabelColor(text)
    legend.setFont(font)
    legend.setAlignment(Qt.AlignmentFlag.AlignTop)
