"""Spin boxes whose arrows follow the theme.

The style sheet is one text for every theme (``ui.style``), its colours taken from the palette;
a spin box's arrows are images, which a palette cannot recolour. The sheet picks the dark
theme's arrows for a spin box whose ``dark`` property is true: this one reads the theme of
the moment, each time Qt polishes the box (when it is first shown, and again at a theme
change, ``ui.restyle``)."""

from __future__ import annotations

from PySide6.QtCore import Property
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from simulator.ui.style import is_dark


class SpinBox(QSpinBox):
    dark = Property(bool, lambda _self: is_dark())


class DoubleSpinBox(QDoubleSpinBox):
    dark = Property(bool, lambda _self: is_dark())
