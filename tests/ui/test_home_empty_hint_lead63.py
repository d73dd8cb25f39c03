"""Home's empty list says how it fills in a colour that can be read (issue 8, lead63).

Seen in the real window at 960 x 640, light theme: "No sessions yet — your first scorecard will
appear here." was a disabled item, drawn in the disabled text colour (#bebebe on white, 1.8 : 1).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.ui.pages.home_sessions import PastSessions


def test_the_empty_list_line_is_drawn_as_text_not_as_a_disabled_item(qtbot) -> None:  # type: ignore[no-untyped-def]
    past = PastSessions()
    qtbot.addWidget(past)
    past.show_sessions([])
    item = past.history.item(0)
    assert "No sessions yet" in item.text()
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled  # drawn in the text colour
    assert not item.flags() & Qt.ItemFlag.ItemIsSelectable  # nothing to choose or open
    past.show_due_count(3)
    assert past.due_label.isHidden()  # a first-time user has nothing due yet
