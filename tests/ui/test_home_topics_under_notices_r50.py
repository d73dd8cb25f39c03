"""Home at 960 x 640 in a read-only run with a notice about the saved sessions (walkthrough 50):
the banner (three lines) and the notice (three more, in the left column between the bank's size
and the plan) left the topic list 43 px, two rows and a half of 52 topics. The notice is about
the saved sessions: it shows above their list, in the right column, which has room to spare."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator.core.session.read_only import ReadOnlyRun

NOTICE = (
    "The session database was damaged: 3 sessions were saved from it and the rest could not be "
    "read; the damaged file was kept as sessions.sqlite3.damaged-2026-12-05."
)


def test_a_notice_and_the_read_only_banner_leave_the_topics_their_rows_r50(
    qtbot, themed, window, data_dir
) -> None:  # type: ignore[no-untyped-def]
    from simulator import paths
    from simulator.core.questions import load_packs

    home = window.home
    home.set_bank(load_packs([paths.bundled_packs_dir()]))  # the real bank's topics
    window.resize(960, 640)
    held = f"another program (python, process 1234) holds {data_dir}/sessions.sqlite3"
    home.read_only.show_run(ReadOnlyRun("locked", held))
    home.show_storage_notice(NOTICE)
    QApplication.processEvents()
    topics = home.topics
    rows = topics.viewport().height() / topics.sizeHintForRow(0)
    assert rows >= 5, (rows, topics.height())
    notice = home.storage_notice
    assert notice.isVisible() and notice.visibleRegion().boundingRect() == notice.rect()
    start = home.start_button
    assert start.mapTo(home, start.rect().bottomLeft()).y() <= home.height()
    past = home.history
    assert past.height() >= 3 * 40, past.height()  # the sessions keep room for a few rows
