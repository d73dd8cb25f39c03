"""A table header whose sort arrow points the way its list runs: ▼ for largest (newest) first.

Qt's header hands the style ``SortUp`` for a descending column, and Fusion draws ``SortUp`` as
an arrow pointing up: History, newest first, showed ▲ over its dates, the sign most programs
(and Qt's own file dialogs on other systems) use for oldest first (walkthrough 48). This style
draws the arrow the other way round, so the point shows where the values get smaller."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOptionHeader

_FLIPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowStyle(QProxyStyle):
    """Fusion, with a header's sort arrow pointing down for a descending column."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's)
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = _FLIPPED.get(option.sortIndicator)
            if flipped is not None:
                option = QStyleOptionHeader(option)
                option.sortIndicator = flipped
        super().drawPrimitive(element, option, painter, widget)


def point_arrow_down_when_descending(header: QHeaderView) -> None:
    """Give ``header`` the style above (kept by the header: Qt does not own a widget's style)."""
    style = SortArrowStyle("Fusion")
    style.setParent(header)
    header.setStyle(style)
