"""A backslash in a double-quoted pack text that YAML cannot read as an escape (attack run 55).

A prompt naming a Windows path ("C:\\Users\\me"), a backslash typed before a letter ("\\q"), or
half of a character written as an escape ("\\ud800", a lone surrogate) stops the YAML reader.
The pack's problem line said to look for 'an indent that does not line up or uses a tab, a
missing space after ':' or '-', or a quote or bracket left open', none of which was there; the
parser's own words came last ('did not find expected hexdecimal number'). It now says what the
backslash does and the two ways to write one."""

from __future__ import annotations

import pytest

from simulator.core.questions import parse_pack

PACK = "questions:\n  - id: tech.path\n    prompt: {}\n"


@pytest.mark.parametrize(
    ("text", "column", "half"),
    [('"Where is C:\\Users\\me kept?"', 27, False), ('"a \\q b"', 16, False),
     ('"a \\ud800 b"', 18, True)],
)  # fmt: skip
def test_a_backslash_escape_is_said_as_one_r55(text: str, column: int, half: bool) -> None:
    questions, (problem,) = parse_pack(PACK.format(text), "mine.yaml")
    assert questions == []
    assert problem.line == 3
    said = problem.message
    assert said.startswith(
        "not valid YAML: a backslash in double quotes starts an escape (\\n, \\t, \\u00e9), "
        f"and the one near column {column} is not one YAML knows"
    ), said
    assert "write a backslash meant as itself as \\\\, or put the text in single quotes" in said
    assert "indent" not in said and "bracket left open" not in said
    assert ("halves of a character" in said) is half
