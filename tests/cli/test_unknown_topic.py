"""``ml-interview questions --topic`` with a topic the bank does not have listed "0 question(s)"
and exited 0: a misspelt topic looked like an empty one. It is now one line naming the topic
and the topics there are, exit 1 (as an unknown question id is for ``score``)."""

from __future__ import annotations

import pytest

from simulator.cli import main


def test_an_unknown_topic_is_named_with_the_topics_there_are(
    data_dir, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    assert main(["questions", "--topic", "bias-varaince\u202e"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no topic 'bias-varaince\\u202e'" in err
    assert "bias-variance" in err and "\u202e" not in err
    assert main(["questions", "--topic", "bias-variance"]) == 0
    assert "tech.bias-variance" in capsys.readouterr().out
