"""The chart set-up the Scorecard's bars and the Progress lines share (QtCharts): a transparent,
unanimated chart in an antialiased view, cleared for each draw, with axes and legend in the
theme's text colour and a faint grid, so both pages look alike in light and dark."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QAbstractBarSeries, QChart, QChartView
from PySide6.QtCore import QMargins, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QGraphicsSimpleTextItem

GRID_ALPHA = 115  # the theme's mid colour, faded: a grid that guides without competing


def chart_view(margin: int = 0) -> QChartView:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(margin, margin, margin, margin))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setStyleSheet("background: transparent")
    # The drawing area took a Tab of its own (no name, no focus shown): the view alone is
    # reached, or not, as its page decides.
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
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


class ZeroBarLabels(QObject):
    """A "0" over each bar of value 0 in a bar chart: Qt draws no label on a bar of height 0,
    so a category that scored 0 was an empty slot with nothing saying why. Kept in place as
    the plot area moves (resizes, a legend shown or hidden)."""

    def __init__(self, view: QChartView) -> None:
        super().__init__(view)
        self._chart = view.chart()
        self._series: QAbstractBarSeries | None = None
        self._items: list[tuple[QGraphicsSimpleTextItem, float]] = []
        self._chart.plotAreaChanged.connect(self._place)

    def show_zeros(
        self, series: QAbstractBarSeries, zeros: list[tuple[int, int]], font: QFont, color: QColor
    ) -> None:
        """``zeros``: (bar set, category) of each bar whose value is a real 0 (not a gap)."""
        self.clear()
        self._series = series
        sets = len(series.barSets())
        for set_index, category in zeros:
            item = QGraphicsSimpleTextItem("0", self._chart)
            item.setFont(font)
            item.setBrush(color)
            # Bars of one category share the bar width, side by side around its centre.
            offset = (set_index - (sets - 1) / 2) * series.barWidth() / max(1, sets)
            self._items.append((item, category + offset))
        self._place()

    def clear(self) -> None:
        for item, _x in self._items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._items = []
        self._series = None

    def _place(self) -> None:
        if self._series is None or self._series.chart() is None:
            return
        for item, x in self._items:
            base = self._chart.mapToPosition(QPointF(x, 0), self._series)
            box = item.boundingRect()
            item.setPos(base.x() - box.width() / 2, base.y() - box.height() - 2)
