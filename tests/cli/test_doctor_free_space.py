"""``doctor`` on a nearly full disk: the data folder was "[ok] (writable, 0 MB free)" while a
spoken answer could record about 3 seconds; it now says how little fits and what helps."""

from __future__ import annotations

from pathlib import Path

from simulator import paths
from simulator.cli.doctor import LOW_SPACE_BYTES, check_free_space


def test_a_nearly_full_disk_is_said_with_what_still_fits(tmpfs, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount("2m")
    (mnt / "filler").write_bytes(b"\0" * (1900 * 1024))
    paths.set_data_dir(mnt / "data")
    check = check_free_space()
    assert not check.ok
    assert str(mnt / "data") in check.detail and "seconds of spoken answers fit" in check.detail
    assert "free some space" in check.fix


def test_a_disk_with_room_is_ok(data_dir: Path) -> None:
    import shutil

    data_dir.mkdir(parents=True, exist_ok=True)
    check = check_free_space()
    assert check.ok == (shutil.disk_usage(data_dir).free >= LOW_SPACE_BYTES)
    assert "minutes of spoken answers" in check.detail
