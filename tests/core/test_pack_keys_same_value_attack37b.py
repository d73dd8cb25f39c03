"""Two keys written differently that YAML reads as one value are a repeated key (attack run 37b):
'1:' and 'true:' in one mapping (1 == True in the data), or '1:' and '0x1:', or 'null:' and '~:',
collapsed into one key, the first value lost without the problem the loader reports for any other
key given twice."""

from __future__ import annotations

import pytest

from simulator.core.questions_parse import parse_pack


@pytest.mark.parametrize(
    ("first", "second"), [("1", "true"), ("true", "1"), ("1", "0x1"), ("null", "~"), ("1", "1.0")]
)
def test_keys_yaml_reads_as_one_value_are_a_repeated_key(first: str, second: str) -> None:
    text = f"questions:\n  - id: tech.a\n    {first}: a\n    {second}: b\n"
    questions, problems = parse_pack(text, "x.yaml")
    assert questions == []
    (problem,) = problems
    assert problem.line == 4 and "line 4" not in problem.message, problem  # said once
    assert f"the key '{second}'" in problem.message and "first on line 3" in problem.message


def test_a_quoted_key_is_not_the_number_it_spells() -> None:
    # '"1"' is the text 1, a key of its own in the data: no repeat, only an unknown field
    text = "questions:\n  - id: tech.a\n    '1': a\n    1: b\n"
    _questions, problems = parse_pack(text, "x.yaml")
    assert problems and all("twice" not in p.message for p in problems), problems
