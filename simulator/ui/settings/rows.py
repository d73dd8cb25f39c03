"""Building blocks shared by the Settings tabs: a section title, a labelled row, a meter."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from simulator.ui.widgets.common import label, name


def page(object_name: str, accessible: str) -> tuple[QWidget, QVBoxLayout]:
    tab = QWidget()
    name(tab, object_name, accessible)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(8)
    return tab, layout


def section(layout: QBoxLayout, title: str) -> QLabel:
    heading = label(title, "sectionTitle", wrap=False)
    heading.setAccessibleName(title)
    if layout.count():
        layout.addSpacing(8)
    layout.addWidget(heading)
    return heading


def field(text: str, widget: QWidget, *extra: QWidget, stretch: bool = True) -> QHBoxLayout:
    """``text`` (with its mnemonic: Alt+letter focuses ``widget``), ``widget``, then ``extra``."""
    row = QHBoxLayout()
    caption = QLabel(text)
    caption.setBuddy(widget)
    row.addWidget(caption)
    row.addWidget(widget, 1 if stretch else 0)
    for item in extra:
        row.addWidget(item)
    if not stretch:
        row.addStretch(1)
    return row


def meter(object_name: str, accessible: str, maximum: int = 100) -> QProgressBar:
    """A thin bar that stays visible when empty (the app style draws no frame of its own)."""
    bar = QProgressBar()
    name(bar, object_name, accessible)
    bar.setRange(0, maximum)
    bar.setTextVisible(False)
    bar.setStyleSheet(
        "QProgressBar { border: 1px solid palette(mid); background: palette(base);"
        " min-height: 10px; }"
    )
    return bar


def set_role(widget: QLabel, role: str) -> None:
    """Switch a label between the "hint" and "notice" looks."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
