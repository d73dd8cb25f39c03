"""A file name ending in '/' names a folder, and is refused as a file (attack run 33):
'export latest -o reports/' with no folder 'reports' wrote the scorecard to a FILE named
'reports' (pathlib drops the slash), and 'archive export backups/' did the same with the
archive; the person then found no folder, and a file where they meant one."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.storage import Storage


@pytest.fixture
def one_session(data_dir: Path) -> None:
    storage = Storage(paths.database_file())
    sid = storage.create_session({"name": "Loop", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "Bias is error from assumptions.")
    storage.close()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "latest", "--format", "md", "-o", "{}/"],
        ["archive", "export", "{}/"],
        ["speak", "hello", "-o", "{}/"],
        ["transcribe", "{}/"],
        ["score", "--question", "tech.bias-variance", "--answer-file", "{}/"],
    ],
)
def test_a_name_ending_in_a_slash_is_refused_and_nothing_is_written(
    one_session: None, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "reports"
    with pytest.raises(SystemExit) as stopped:
        main([a.format(target) for a in args])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"'{target}/' ends in '/', so it names a folder: give a file name" in err, err
    assert not target.exists()
