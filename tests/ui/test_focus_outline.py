"""Where the keyboard is shows clearly (issue 12, item 17): focusing a control changes a ring of
pixels around it to a colour with at least 3:1 contrast against what was there, in the light
and the dark theme, for every kind of control on Home."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from simulator.ui.style import apply_theme


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _ring_change(before: QImage, after: QImage) -> tuple[float, float]:
    """(share of the 3-pixel border ring that changed, median contrast of the changes)."""
    w, h = before.width(), before.height()
    ring = [(x, y) for x in range(w) for y in range(h) if min(x, y, w - 1 - x, h - 1 - y) < 3]
    changes = [
        _contrast(before.pixelColor(x, y), after.pixelColor(x, y))
        for x, y in ring
        if before.pixelColor(x, y) != after.pixelColor(x, y)
    ]
    if not changes:
        return 0.0, 1.0
    return len(changes) / len(ring), sorted(changes)[len(changes) // 2]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_kind_of_control_shows_a_clear_focus_ring(qtbot, window, theme: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        home = window.home
        home.preset.setCurrentIndex(home.preset.findData("Custom"))
        home.count.setValue(3)  # the small test pack can fill it: Start is enabled
        controls: list[QWidget] = [
            home.settings_button,
            home.start_button,  # the blue primary button
            home.preset,
            home.count,
            home.topics,
            home.voice,
            home.history,
        ]
        window.stack.setFocus()
        for control in controls:
            window.stack.setFocus()
            qtbot.wait(10)
            before = control.grab().toImage()
            control.setFocus()
            qtbot.waitUntil(control.hasFocus, timeout=1000)
            after = control.grab().toImage()
            share, contrast = _ring_change(before, after)
            assert share > 0.3 and contrast >= 3.0, (control.objectName(), share, contrast)
    finally:
        apply_theme(app, "light")
