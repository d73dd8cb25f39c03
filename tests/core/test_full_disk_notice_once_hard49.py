"""A run read-only because the disk is full (attack run 49, real window, a data folder on a full
tmpfs): Home's banner said "This run is read-only: the disk holding X is full. Past sessions
can be browsed, but answers given now are not saved to it (quitting offers to save them to a
file). ...", and the notice box under it said it again, "The disk holding X is full: past
sessions can be browsed, but new answers cannot be saved. Free some space and start the app
again.", contradicting the banner's file. Under the banner, Home keeps the advice alone."""

from __future__ import annotations

from pathlib import Path

from simulator.core.session.read_only import notice_places, read_only_run
from simulator.core.storage import Storage


def test_home_keeps_the_advice_alone_under_the_banner_hard49(tmpfs) -> None:  # type: ignore[no-untyped-def]
    data: Path = tmpfs.mount("1m")
    tmpfs.fill(data)
    storage = Storage(data / "sessions.sqlite3")
    try:
        run = read_only_run(storage)
        assert run is not None and run.kind == "full"
        (notice,) = storage.take_notices()
        assert notice == storage.read_only_notice
        places = notice_places(storage, notice)
        # the banner says the cause and the advice, once; nothing under it says them again
        # (walk62: "start the app again" twice, in the banner and in the notice box)
        assert not places.home and not places.status_bar
        banner = run.banner()
        assert f"the disk holding {data} is full" in banner
        assert banner.endswith("Free some space and start the app again."), banner
        assert banner.lower().count("start the app again") == 1, banner
        other = notice_places(storage, "The damaged database was salvaged.")
        assert other.home_text == "The damaged database was salvaged."
    finally:
        storage.close()
