"""Home's subtitle (the bank's size), its storage notice and the read-only banner say they are
reachable by Tab and read by a screen reader, and set a Tab focus policy for it, but set their
text-selection flags after it: QLabel.setTextInteractionFlags resets the policy to ClickFocus,
so Tab passed all three (found in round 52, left)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from simulator.core.session.read_only import ReadOnlyRun


def _tab_chain(start: QWidget) -> list[QWidget]:
    """The widgets Tab moves to from ``start``, in order, once round the window."""
    reached: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not start and len(reached) < 500:
        tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tab and widget.isVisible() and widget.isEnabled():
            reached.append(widget)
        widget = widget.nextInFocusChain()
    return reached


def test_home_s_subtitle_storage_notice_and_read_only_banner_take_the_tab_focus_r53(
    qtbot, window, data_dir
) -> None:  # type: ignore[no-untyped-def]
    home = window.home
    home.read_only.show_run(ReadOnlyRun("locked", f"another program holds {data_dir}"))
    home.show_storage_notice("The session database was damaged: 3 sessions were saved.")
    QApplication.processEvents()
    labels = (home.subtitle, home.storage_notice, home.read_only.message)
    for lab in labels:
        assert lab.focusPolicy() & Qt.FocusPolicy.TabFocus, (lab.objectName(), lab.focusPolicy())
        flags = lab.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard, lab.objectName()
    chain = _tab_chain(home.start_button)
    for lab in labels:
        assert lab in chain, lab.objectName()
