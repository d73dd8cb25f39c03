"""Progress: scores, delivery and STAR balance over time, and what to practise next.

Three charts (QtCharts, one point per finished session, dates along the bottom) and a panel with
the key points missed most often, the weakest topics and the filler and hedge phrases said most.
The data is computed off the GUI thread (``core.progress``); this page only draws it.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from simulator.core.progress import (
    Progress,
    SessionPoint,
    apart_where_alike,
    score_lines,
    side_by_side,
)
from simulator.core.reordering import shown_topic
from simulator.core.tables import STAR_COLORS
from simulator.core.time_axis import SessionSpan, session_span
from simulator.ui.style import ACCENT, BAD, WARN, muted_color
from simulator.ui.widgets.charts import chart_view, cleared, style_axis, style_legend
from simulator.ui.widgets.common import button, card, name, page_header
from simulator.ui.widgets.document_keys import document_ends_keys
from simulator.ui.widgets.theme_follow import follow_theme
from simulator.ui.widgets.whole_lines import WholeLinesBrowser

# The last series' dots, across; each earlier one's MARKER_STEP_PX wider (a ring round it).
# Qt Charts draws a marker with its size as the radius: sizes of 6 to 15 drew dots 12 to 30 px
# wide, Overall's covering 16 points of the scale, and a dot reached twice as far beyond its
# value as the axes' margins allowed for, onto the frame (walkthrough 38).
MARKER_PX = 8.0
MARKER_STEP_PX = 5.0
# One session: its dots side by side (``side_by_side``), each MARKER_PX across, this far apart
DOTS_APART_PX = MARKER_PX + 4.0
MAX_DATES = 5
DATE_PADDING = 16  # around a date label: Qt Charts' own padding, and a gap between two
CATEGORY_COLORS = {"technical": "#21a0a8", "behavioral": "#8a63d2", "case": WARN}


class ProgressPage(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: Progress | None = None
        root, _, self.summary = page_header(self, "Progress", "progress", "Progress summary")
        grid = QGridLayout()
        grid.setSpacing(10)
        self.scores_chart = _chart_view("scoresChart", "Scores over time")
        self.delivery_chart = _chart_view("deliveryChart", "Pace and fillers over time")
        self.star_chart = _chart_view("starChart", "STAR balance over time")
        # whole lines: its last line was cut in half at 960 x 640 (walk58)
        self.lists = WholeLinesBrowser()
        document_ends_keys(self.lists)
        name(self.lists, "practiseNext", "What to practise next",
             "Most-missed key points, weakest topics, most repeated phrases")  # fmt: skip
        self.lists.setOpenLinks(False)
        # A chart draws its own title and margin: its card's 14 px above and below left a
        # vertical axis title shorter than itself at 960 x 640 with a status message
        # ("fillers / 100 wor..."), so chart cards keep 6 px.
        for (row, col), view in (((0, 0), self.scores_chart), ((0, 1), self.delivery_chart),
                                 ((1, 0), self.star_chart)):  # fmt: skip
            grid.addWidget(card(view, vertical_margin=6), row, col)
        grid.addWidget(card(self.lists), 1, 1)
        root.addLayout(grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(button("&Back", "progressBackButton", "Esc", self.back_requested.emit,
                                "Back to where you came from"))  # fmt: skip
        bottom.addStretch(1)
        root.addLayout(bottom)
        follow_theme(self, self._theme_changed)

    def _theme_changed(self) -> None:
        """Draw again in the new theme's colours: titles, legends, axes and the lists."""
        if self.progress is not None:
            at = self.lists.verticalScrollBar().value()
            self.show_progress(self.progress)
            self.lists.verticalScrollBar().setValue(at)

    def show_progress(self, progress: Progress) -> None:
        self.progress = progress
        points = progress.points
        trend = progress.trend()
        sessions = len(points) + progress.undated + progress.ahead
        answers = progress.answers
        text = (
            f"{sessions} finished session{'s' * (sessions != 1)}, "
            f"{answers} answer{'s' * (answers != 1)}"
        )
        if progress.skipped:
            text += f", {progress.skipped} skipped"
        if progress.off_the_charts:
            text += f" ({progress.off_the_charts})"
        if trend:
            text += (
                f"  ·  {trend.plan}: overall {trend.first} → {trend.last} over its last "
                f"{trend.sessions} sessions"
            )
        if progress.left_out:
            text += f"  ·  {progress.left_out}"
        self.summary.setText(text)
        pal = self.palette()
        # the core says which lines there are (an overall that is one category's line is drawn
        # once, its legend naming both); a category's line is dashed, so where it runs on the
        # overall's in some sessions the overall still shows between its dashes (walkthrough 60)
        lines = score_lines(points)
        self._draw(
            self.scores_chart, pal, points, (0, 100), "score",
            [(line.label, ACCENT, 2.6, lambda p: p.overall) for line in lines[:1]]
            + [(line.label, CATEGORY_COLORS.get(line.category, BAD), 1.8,
                _category(line.category)) for line in lines[1:] if line.category is not None],
            dashed={line.label for line in lines[1:]},
        )  # fmt: skip
        top_wpm = 60 * math.ceil(max([p.wpm or 0 for p in points] + [200]) / 60)
        top_fill = 4 * math.ceil(max([p.fillers_per_100 or 0 for p in points] + [4]) / 4)
        self._draw(
            self.delivery_chart, pal, points, (0, top_wpm), "wpm",
            [("Pace (wpm)", ACCENT, 2.0, lambda p: p.wpm)],
            right=("fillers / 100 words", (0, top_fill),
                   [("Fillers per 100 words", WARN, 2.0, lambda p: p.fillers_per_100)]),
        )  # fmt: skip
        # 80 % holds a balanced story's parts; a story told almost all as one part ran off the
        # top of the chart (walkthrough 34): then the scale goes to 100.
        top_star = (
            80 if max([v for p in points for v in (p.star or {}).values()] + [0]) <= 80 else 100
        )
        self._draw(
            self.star_chart, pal, [p for p in points if p.star], (0, top_star), "% of the answer",
            [(part.capitalize(), color, 1.8, _star(part)) for part, color in STAR_COLORS.items()],
        )  # fmt: skip
        self.lists.setHtml(_lists_html(progress))
        _describe(
            self.scores_chart, points, "overall", lambda p: p.overall, "no finished session yet"
        )
        _describe(
            self.delivery_chart, points, "pace", lambda p: p.wpm, "from spoken answers: none yet"
        )
        _describe(self.star_chart, [p for p in points if p.star], "action share", _star("action"),
                  "from behavioral answers: none yet")  # fmt: skip

    def progress_points(self) -> list[SessionPoint]:
        return self.progress.points if self.progress is not None else []

    def _draw(
        self,
        view: QChartView,
        pal: QPalette,
        points: Sequence[SessionPoint],
        y_range: tuple[float, float],
        y_title: str,
        lines: list[tuple[str, str, float, Callable[[SessionPoint], float | None]]],
        right: tuple[
            str,
            tuple[float, float],
            list[tuple[str, str, float, Callable[[SessionPoint], float | None]]],
        ]
        | None = None,
        dashed: set[str] | None = None,
    ) -> None:
        chart, text, grid = cleared(view, pal)
        small = QFont(view.font())
        small.setPixelSize(11)
        groups = [lines] + ([right[2]] if right else [])
        if not any(value(p) is not None for g in groups for *_, value in g for p in points):
            # Nothing to draw: no axes either. Dates around today and a grid of scores made up
            # a chart of sessions that never were; the title says why it is empty.
            style_legend(chart, False, small, text)
            return
        # Dates as labels at their own times (a category axis on values), so the axis can end
        # at the last session rather than at the next round date (ux42b).
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        # Every chart spans every session (the STAR chart of one behavioral session spanned a
        # day beside a scores chart of 27 minutes, ux34); _fit_dates marks it at round times.
        x.setProperty("stamps", [float(p.when) for p in self.progress_points()])
        # a chart whose points are all of one session (or one time): nothing tells its dots apart
        one_session = len({p.when for p in points}) == 1
        drawn = [
            line for g in groups for line, *_, value in g if any(value(p) is not None for p in points)
        ] if one_session else []  # fmt: skip
        across = dict(zip(drawn, side_by_side(len(drawn), DOTS_APART_PX), strict=True))
        axes: list[tuple[QAbstractAxis, str | None]] = [(x, None)]
        for side, (title, rng, group) in [
            (Qt.AlignmentFlag.AlignLeft, (y_title, y_range, lines))
        ] + ([(Qt.AlignmentFlag.AlignRight, right)] if right else []):
            y = QValueAxis()
            y.setRange(*rng)
            y.setLabelFormat("%d")
            # ticks at the scale's round values (0, 25, ... 100) whatever margin _fit_values
            # adds beyond its ends
            y.setTickType(QValueAxis.TickType.TicksDynamic)
            y.setTickAnchor(rng[0])
            y.setTickInterval((rng[1] - rng[0]) / 4)
            y.setProperty("scale", [float(rng[0]), float(rng[1])])
            y.setTitleText(title)
            chart.addAxis(y, side)
            axes.append((y, title))
            for order, (series_name, color, width, value) in enumerate(group):
                series = QLineSeries()
                series.setName(series_name)
                pen = QPen(QColor(color), width)
                if series_name in (dashed or set()):
                    pen.setStyle(Qt.PenStyle.DashLine)
                series.setPen(pen)
                series.setPointsVisible(len(points) <= 40)
                # Each later series' dots smaller, drawn over the earlier ones: two values alike
                # read as a dot in a ring. A story's Situation of 32% was hidden under its
                # Action of 31%, and Overall under the one category of a session (ux36).
                series.setMarkerSize((MARKER_PX + MARKER_STEP_PX * (len(group) - 1 - order)) / 2)
                if one_session:  # side by side, all alike (``side_by_side``)
                    series.setMarkerSize(MARKER_PX / 2)
                    series.setProperty("acrossPx", across.get(series_name, 0.0))
                    series.setProperty("acrossAt", points[0].when * 1000.0)
                data = [
                    QPointF(p.when * 1000.0, float(v))
                    for p in points
                    if (v := value(p)) is not None
                ]
                if not one_session:  # each dot's session, for _apart_where_alike
                    series.setProperty("whens", [d.x() for d in data])
                series.replace(data)
                chart.addSeries(series)
                series.attachAxis(x)
                series.attachAxis(y)
        for axis, axis_title in axes:
            style_axis(axis, small, text, grid)
            if axis_title:
                axis.setTitleFont(small)
                axis.setTitleBrush(text)
        style_legend(chart, True, small, text)
        _fit_dates(view)
        _fit_values(view)
        _apart_where_alike(view.chart())


def _apart_where_alike(chart: QChart) -> None:
    """At each session, dots of several lines that would cover one another stand side by side
    (``apart_where_alike``, in pixels at the plot's present size); the others stay on their
    session's date."""
    x_axes = chart.axes(Qt.Orientation.Horizontal)
    plot = chart.plotArea()
    if not x_axes or not isinstance(x_axes[0], QValueAxis) or plot.width() <= 0:
        return
    ms_per_px = (x_axes[0].max() - x_axes[0].min()) / plot.width()
    placed: list[tuple[QLineSeries, list[float]]] = []
    for series in chart.series():
        if not isinstance(series, QLineSeries):
            continue
        whens = series.property("whens")
        if whens and len(whens) == series.count():
            placed.append((series, [float(t) for t in whens]))
    if len(placed) < 2:
        return
    touching = 2 * _dot_margin_px(chart)  # the widest dot, across
    for when in sorted({t for _s, whens in placed for t in whens}):
        at = [whens.index(when) if when in whens else None for _s, whens in placed]
        heights = [
            None if i is None else chart.mapToPosition(QPointF(when, s.at(i).y()), s).y()
            for (s, _w), i in zip(placed, at, strict=True)
        ]
        centre = chart.mapToPosition(QPointF(when, 0.0), placed[0][0]).x()
        margin = _dot_margin_px(chart)
        edges = (plot.left() + margin - centre, plot.right() - margin - centre)
        across = apart_where_alike(heights, touching, touching, edges)
        for (series, _w), i, px in zip(placed, at, across, strict=True):
            if i is not None and abs(series.at(i).x() - (when + px * ms_per_px)) > 1e-3:
                series.replace(i, QPointF(when + px * ms_per_px, series.at(i).y()))


def _fit_values(view: QChartView) -> None:
    """Each value axis a little beyond its scale, so every dot shows whole: Qt Charts clips
    the series to the plot area, and a score of 0 sat half under the bottom axis (walkthrough
    37). The margin is the largest dot's radius (and its outline) in the axis' units at the
    plot's present height; the ticks stay on the scale's round values."""
    chart = view.chart()
    height = chart.plotArea().height()
    margin_px = _dot_margin_px(chart)
    for axis in chart.axes(Qt.Orientation.Vertical):
        scale = axis.property("scale")
        if not isinstance(axis, QValueAxis) or not scale:
            continue
        lo, hi = (float(v) for v in scale)
        room = height - 2 * margin_px
        pad = margin_px * (hi - lo) / room if room > 0 else 0.0
        if abs(axis.min() - (lo - pad)) > 1e-6 or abs(axis.max() - (hi + pad)) > 1e-6:
            axis.setRange(lo - pad, hi + pad)


def _dot_margin_px(chart: QChart) -> float:
    """The largest dot's radius (its marker size: see MARKER_PX) and its outline: how far in
    from the plot's edges a value must lie to be drawn whole (Qt Charts clips the series to the
    plot area)."""
    dots = [
        s.markerSize() for s in chart.series() if isinstance(s, QLineSeries) and s.pointsVisible()
    ]
    return (max(dots) + 2) if dots else 0.0


def _dated(stamps: list[float], most: int, room: float, margin_px: float) -> SessionSpan:
    """The span of the sessions with at most ``most`` dates, its ends ``margin_px`` beyond the
    first and last session at the plot's width ``room``: the axis' own margin (a share of the
    sessions' span) was as little as 5 px at 300 px wide, and the first or last session's dot
    was cut in half by the frame (walkthrough 37). The room a dot needs, in seconds, depends
    on the span, which depends on the room: a few rounds settle it."""
    margin_s = 0.0
    shown = session_span(stamps, most)
    for _ in range(4):
        needed = margin_px * (shown.hi - shown.lo) / room if room > 0 else 0.0
        if min(min(stamps) - shown.lo, shown.hi - max(stamps)) >= needed - 1e-6:
            break
        margin_s = max(needed, margin_s * 1.25)
        shown = session_span(stamps, most, margin_s=margin_s)
    return shown


def _fit_dates(view: QChartView) -> None:
    """As many dates along the bottom as fit, at round times, each label clear of the next: on
    a 1024 x 600 screen all five read "2 Dec 06:..." (ux29). From one up to five; fewer dates
    may take a longer round step (ux34)."""
    chart = view.chart()
    room = chart.plotArea().width()
    font = QFont(view.font())
    font.setPixelSize(11)
    metrics = QFontMetrics(font)
    margin_px = _dot_margin_px(chart)
    for axis in chart.axes(Qt.Orientation.Horizontal):
        stamps = axis.property("stamps")
        if not isinstance(axis, QCategoryAxis) or not stamps:
            continue
        for most in range(MAX_DATES, 0, -1):
            shown = _dated([float(s) for s in stamps], most, room, margin_px)
            fmt = _date_format(shown)
            labels = [QDateTime.fromSecsSinceEpoch(int(t)).toString(fmt) for t in shown.dates]
            widest = max((metrics.horizontalAdvance(t) for t in labels), default=0)
            apart = room * shown.step / (shown.hi - shown.lo)
            if len(labels) < 2 or apart >= widest + DATE_PADDING or most == 1:
                break
        dated = _whole(chart, shown, labels, metrics)
        labels = [text for text, _ in dated]
        lo, hi = shown.lo * 1000.0, shown.hi * 1000.0
        if (axis.min(), axis.max(), axis.categoriesLabels()) != (lo, hi, labels):
            for old in axis.categoriesLabels():
                axis.remove(old)
            axis.setStartValue(lo)
            for text, t in dated:
                axis.append(text, t * 1000.0)
            axis.setRange(lo, hi)
        _side_by_side(chart, (hi - lo) / room if room > 0 else 0.0)


def _side_by_side(chart: QChart, ms_per_px: float) -> None:
    """One session's dots each at its place across (its series' ``acrossPx``, in pixels at the
    plot's present width) from the session's time (``acrossAt``)."""
    for series in chart.series():
        across, session = series.property("acrossPx"), series.property("acrossAt")
        if not isinstance(series, QLineSeries) or across is None or series.count() != 1:
            continue
        at = float(session) + float(across) * ms_per_px
        point = series.at(0)
        if abs(point.x() - at) > 1e-3:
            series.replace(0, QPointF(at, point.y()))


def _whole(
    chart: QChart, shown: SessionSpan, labels: list[str], metrics: QFontMetrics
) -> list[tuple[str, float]]:
    """The dates whose labels stand whole inside the chart. A label is centred on its date, and
    a round date at the axis' end (a history shorter than MIN_SPAN stands in the middle of one)
    read "5 Dec 04:5" at 960x640, its last figure beyond the chart's right edge where no axis
    gives it room (walkthrough 48). Such a date goes; with none whole, all stay."""
    plot, width = chart.plotArea(), chart.size().width()
    span = shown.hi - shown.lo
    dated = list(zip(labels, shown.dates, strict=True))
    whole = []
    for text, t in dated:
        centre = plot.left() + (t - shown.lo) / span * plot.width() if span > 0 else 0.0
        half = metrics.horizontalAdvance(text) / 2
        if centre - half >= 0 and centre + half <= width:
            whole.append((text, t))
    return whole or dated


def _date_format(axis: SessionSpan) -> str:
    # Dates under a day apart need the hour: the days alone read "30 Nov, 30 Nov, ...".
    return "d MMM" if axis.by_day else "d MMM HH:mm"


def _chart_view(object_name: str, title: str) -> QChartView:
    view = chart_view(margin=2)
    chart = view.chart()
    chart.setTitle(title)
    view.setProperty("baseTitle", title)
    font = QFont()
    font.setPixelSize(14)
    font.setBold(True)
    chart.setTitleFont(font)
    view.setMinimumSize(360, 200)  # two rows of charts fit 640 px under the menu
    name(view, object_name, title)
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def fit(_area: object) -> None:
        _fit_dates(view)
        _fit_values(view)
        _apart_where_alike(chart)

    chart.plotAreaChanged.connect(fit)
    return view


def _title_color(view: QChartView) -> None:
    view.chart().setTitleBrush(view.palette().color(QPalette.ColorRole.WindowText))


def _describe(
    view: QChartView,
    points: Sequence[SessionPoint],
    what: str,
    value: Callable[[SessionPoint], float | None],
    empty: str,
) -> None:
    _title_color(view)
    values = [v for p in points if (v := value(p)) is not None]
    title = str(view.property("baseTitle"))
    # An empty chart says why: a blank frame after typed answers looked broken.
    view.chart().setTitle(
        title
        if values
        else f"<p align='center'>{title}<br><span style='font-weight:normal'>({empty})</span></p>"
    )
    if not values:
        view.setAccessibleDescription(f"no {what} figures yet ({empty})")
        return
    view.setAccessibleDescription(
        f"{len(values)} sessions; {what} first {values[0]:.0f}, last {values[-1]:.0f}, "
        f"best {max(values):.0f}"
    )


def _category(c: str) -> Callable[[SessionPoint], float | None]:
    return lambda p: p.per_category.get(c)


def _star(part: str) -> Callable[[SessionPoint], float | None]:
    return lambda p: (p.star or {}).get(part)


def _no_topics(unknown: int) -> str:
    """Why no topic is listed: none scored, or every scored one of a question gone from the
    packs (an imported archive's: "No scored answers yet." under its 55, walkthrough 51)."""
    if not unknown:
        return "No scored answers yet."
    if unknown == 1:
        return (
            "Your 1 scored answer is to a question no longer in your question packs: its "
            "topic is unknown."
        )
    return (
        f"Your {unknown:,} scored answers are to questions no longer in your question packs: "
        "their topics are unknown."
    )


def _lists_html(progress: Progress) -> str:
    muted = muted_color()

    def section(title: str, rows: list[str], empty: str) -> str:
        body = "".join(f"<li>{r}</li>" for r in rows) or f'<p style="color:{muted}">{empty}</p>'
        return f"<h4>{title}</h4><ul style='margin-left: -18px'>{body}</ul>"

    e = html.escape
    missed = [
        f"{e(r.label)} <span style='color:{muted}'>×{r.value:.0f} · {e(r.detail)}</span>"
        for r in progress.missed_key_points
    ]
    topics = [
        f"{e(shown_topic(r.label))} <b>{r.value:.0f}</b> <span style='color:{muted}'>"
        f"({e(r.detail)})</span>"
        for r in progress.weak_topics
    ]
    phrases = [
        f"“{e(r.label)}” ×{r.value:.0f} <span style='color:{muted}'>{e(r.detail)}</span>"
        for r in progress.phrases
    ]
    return (
        section("Key points you miss most", missed, "None missed yet.")
        + section("Weakest topics (mean score)", topics, _no_topics(progress.unknown_topic))
        # counted in spoken answers only, as the charts beside it say: "None said yet." under
        # typed answers whose Review marks a hedge ("maybe") read as a contradiction (ux37)
        + section(
            "Your most repeated fillers and hedges",
            phrases,
            # with spoken answers given, "none yet" read as if none had been (walkthrough 49)
            "None in your spoken answers so far."
            if any(p.wpm is not None for p in progress.points)
            else "From spoken answers: none yet.",
        )
    )
