"""History, Progress and Attempts built the same title line and page margins in eleven lines
each (review33, from `duplicates`): one helper now; what a screen reader and the stylesheet
find is unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout

from simulator.ui.widgets.common import PAGE_MARGINS


@pytest.mark.parametrize(
    "module, cls, key, title, summary_name",
    [
        ("history", "HistoryPage", "history", "History", "Sessions shown"),
        ("progress", "ProgressPage", "progress", "Progress", "Progress summary"),
        ("attempts", "AttemptsPage", "attempts", "Attempts", "Attempts of this question"),
    ],
)
def test_each_page_keeps_its_title_line(  # type: ignore[no-untyped-def]
    qtbot, module: str, cls: str, key: str, title: str, summary_name: str
) -> None:
    import importlib

    page = getattr(importlib.import_module(f"simulator.ui.pages.{module}"), cls)()
    qtbot.addWidget(page)
    heading = page.findChild(QLabel, f"{key}Title")
    assert heading is not None and heading.text() == title and heading.accessibleName() == title
    assert page.findChild(QLabel, f"{key}Summary") is page.summary
    assert page.summary.accessibleName() == summary_name
    assert page.summary.property("role") == "pageSubtitle"
    root = page.layout()
    assert isinstance(root, QVBoxLayout) and root.spacing() == 8
    margins = root.contentsMargins()
    got = (margins.left(), margins.top(), margins.right(), margins.bottom())
    assert got == PAGE_MARGINS == (28, 16, 28, 14)
