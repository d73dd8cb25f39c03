"""Walkthrough 37, the keyboard-only defects taken by fixui37 (issue 8): each through the real
widgets (offscreen here)."""

from __future__ import annotations

import pytest

from tests.ui.qt_logs import NO_SOUND_CARD

pytestmark = NO_SOUND_CARD


@pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")
def test_files_of_type_follows_the_suffix_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Export, "notes.md" typed while HTML was the type: the Markdown file was written, but
    "Files of type" still said HTML. It follows the typed suffix now, and the name stays as
    typed (Qt puts a type's first suffix on the name when the type changes)."""
    from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit

    from simulator.ui.export_dialog import save_dialog

    dialog = save_dialog(window, "scorecard-session-1.html")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux without a portal shows
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    combo = dialog.findChild(QComboBox, "fileTypeCombo")
    assert name is not None and combo is not None
    assert combo.currentText().startswith("HTML")
    name.clear()
    qtbot.keyClicks(name, "notes.markdown")
    assert combo.currentText().startswith("Markdown"), combo.currentText()
    assert name.text() == "notes.markdown", name.text()
    name.clear()
    qtbot.keyClicks(name, "notes.pdf")
    assert combo.currentText().startswith("PDF"), combo.currentText()
    qtbot.keyClicks(name, "x")  # no format's suffix: the type stays what it was
    assert combo.currentText().startswith("PDF") and name.text() == "notes.pdfx"
    dialog.reject()
