"""The Settings dialog and its tabs."""

from simulator.ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
