"""An empty file name on the command line (an unset shell variable) is one line saying so, not
the current folder (attack run 32): 'archive import ""' read '.: a folder, not an archive',
'archive export ""' '. exists already', 'transcribe ""' '.: is a folder', 'speak -o ""' and
'export -o ""' 'cannot write .: it is a folder', and 'score --answer-file ""' asked for the
option it had been given."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main


@pytest.mark.parametrize(
    "args",
    [
        ["archive", "import", ""],
        ["archive", "export", " "],
        ["transcribe", ""],
        ["speak", "hello", "-o", ""],
        ["export", "latest", "--format", "md", "-o", ""],
        ["score", "--question", "tech.bias-variance", "--answer-file", ""],
        ["score", "--question", "tech.bias-variance", "--audio", ""],
        ["validate", ""],  # review33: it said so in words of its own, exit status 1
        ["validate", "questions", " "],
    ],
)
def test_an_empty_file_name_is_named_as_empty(
    data_dir: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "an empty name (an unset variable?): give a file" in err, err
    assert "'.'" not in err and ".:" not in err
