"""Settings saves from the keyboard by its button's Alt letter, as every other button of the
app is pressed (walkthrough 45): "Save" had no letter, Alt+S did nothing, and only Enter (the
default button, not shown as such) saved. No two controls of a section share the letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from simulator.settings import Settings
from tests.ui.mnemonics import assert_alt_letters_unique
from tests.ui.waits import HANG_MS


def test_alt_s_saves_the_settings_from_every_section(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "&Save"  # before: "Save"
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert_alt_letters_unique(dialog)
    dialog.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=HANG_MS)
    target = QApplication.focusWidget() or dialog
    with qtbot.waitSignal(dialog.accepted, timeout=HANG_MS):
        qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
