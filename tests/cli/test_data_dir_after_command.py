"""``--data-dir`` after the subcommand, as the README's "every command accepts --data-dir"
reads: ``ml-interview history --data-dir DIR`` stopped with "unrecognized arguments"."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main


def test_data_dir_is_accepted_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    try:
        assert main(["history", "--json", "--data-dir", str(data)]) == 0
        assert (data / "sessions.sqlite3").exists()
        archive = tmp_path / "all.zip"
        assert main(["archive", "export", str(archive), "--data-dir", str(data)]) == 0
        assert archive.exists()
        other = tmp_path / "other"
        assert main(["--data-dir", str(other), "history"]) == 0  # before it, as always
        assert paths.data_dir() == other
    finally:
        paths.set_data_dir(None)
    capsys.readouterr()


@pytest.mark.parametrize("argv", [["--data-dir", "", "history"], ["history", "--data-dir", " "]])
def test_an_empty_data_dir_is_refused_not_read_as_the_default(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``--data-dir ""`` (an unset shell variable) silently used the person's real data folder."""
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2 and "--data-dir" in capsys.readouterr().err
