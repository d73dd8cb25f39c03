"""'-' as a file name (attack run 41): to most command-line tools it means standard output or
input, so 'export latest --format md -o -' is typed to see the scorecard; it wrote a file named
'-' into the current folder (awkward to remove: 'rm -' fails) and said "exported ... to -".
'score --answer-file -' read that file, or said "-: no such file". Each command's file
argument now refuses a bare '-' and says how to name a file called '-' if one is meant."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.cli import main
from tests.cli.test_trailing_slash_attack33 import one_session  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("one_session")  # a session, as the attack33 test has


@pytest.mark.parametrize(
    "args",
    [
        ["export", "latest", "--format", "md", "-o", "-"],
        ["archive", "export", "-"],
        ["archive", "import", "-"],
        ["speak", "hello", "-o", "-"],
        ["transcribe", "-"],
        ["score", "--question", "tech.bias-variance", "--answer-file", "-"],
        ["score", "--question", "tech.bias-variance", "--audio", "-"],
        ["validate", "-"],
    ],
)
def test_a_bare_dash_is_refused_and_nothing_is_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    work = tmp_path / "here"
    work.mkdir()
    monkeypatch.chdir(work)
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "'-' (standard input or output to many tools) is not used here" in err, err
    assert "./-" in err, err
    assert os.listdir(work) == []


def test_a_file_named_dash_is_still_written_when_named_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", "latest", "--format", "md", "-o", "./-"]) == 0
    assert (tmp_path / "-").read_text(encoding="utf-8").startswith("# Scorecard")
