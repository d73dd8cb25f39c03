"""An empty model, voice or question id on the command line (an unset shell variable) is one
line saying so (attack run 60): 'transcribe --model ""' and 'speak --voice ""' used the default
model and voice without a word, as if the name given had been read; 'score --question ""' said
the option was required when it had been given."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["transcribe", "a.wav", "--model", ""], "--model"),
        (["speak", "hello", "-o", "o.wav", "--voice", " "], "--voice"),
        (["score", "--question", "", "--answer-file", "a.txt"], "--question"),
        (["score", "--question", "tech.x", "--audio", "a.wav", "--model", ""], "--model"),
    ],
)
def test_an_empty_name_is_said_attack60(
    data_dir: Path, args: list[str], what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {what}: an empty name (an unset variable?): give " in err, err
