"""Messages a new user reads about their data folder (issue 8, walk61 left, walk62): a path with
a byte that is not UTF-8 printed as \\udce9 (a terminal) or lost (the window); a data folder the
default put in XDG_DATA_HOME=/proc said only "no such file or directory" and named neither
/proc nor the variable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator import paths
from simulator.app import data_dir_refused
from simulator.cli.output import plain
from simulator.core.qt_names import shown, shown_text


def test_a_file_name_s_byte_that_is_not_utf8_is_said_as_the_window_shows_it() -> None:
    name = os.fsdecode(b"/data/caf\xe9/sessions.sqlite3")
    assert shown_text(f"Exported to {name}") == "Exported to /data/caf\\xe9/sessions.sqlite3"
    assert shown_text(name) == shown(name)  # the same words as a path shown alone
    assert shown_text("café ✓") == "café ✓"  # real letters are kept
    assert plain(f"data dir: {name}") == "data dir: /data/caf\\xe9/sessions.sqlite3"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="a system with /proc")
def test_a_default_folder_in_xdg_data_home_proc_names_both(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", "/proc")
    monkeypatch.setattr(paths, "_override", None)
    monkeypatch.setattr("sys.platform", "linux")
    with pytest.raises(paths.DataDirError) as caught:
        paths.data_dir()
    said = str(caught.value)
    assert "no such file or directory" not in said, said
    assert "the folder /proc takes no new files" in said, said
    assert "XDG_DATA_HOME (/proc)" in said and "--data-dir" in said, said
    # the window's words: a sentence, and what to do said once
    window = data_dir_refused(said)
    assert window[0].isupper() and window.count("--data-dir") == 1, window


def test_the_window_adds_what_to_do_when_the_reason_does_not_say_it() -> None:
    said = data_dir_refused("the data folder /x is on a read-only disk")
    assert said == (
        "The data folder /x is on a read-only disk. Start the app with --data-dir and a folder "
        "you can write to."
    )
