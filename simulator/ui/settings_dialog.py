"""Settings: interviewer voice, microphone, speech recognition, theme, and where data lives.

The dialog lives in ``simulator.ui.settings``; this module keeps the import path callers use.
"""

from simulator.ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
