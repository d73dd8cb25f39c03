"""A question pack added to the data folder's questions/ while the app runs (attack run 38):
it is read at the next start only, and nothing said so. Settings told a person to "Add your
own question packs to its questions/ folder", who did so with the app open and saw no new
question and no word about it. The hint now says when packs are read."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_settings_say_a_pack_added_is_read_at_the_next_start(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    hints = [w.text() for w in dialog.findChildren(QLabel) if "questions/ folder" in w.text()]
    assert len(hints) == 1, hints
    assert "Reload question packs (F5)" in hints[0], hints[0]
