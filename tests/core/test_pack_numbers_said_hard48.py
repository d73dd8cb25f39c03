"""Numbers a pack writes that YAML or the validator do not take as numbers (attack run 48).
'time_limit_s: 1e3' (no point, no sign: YAML 1.1 reads it as text) was told "'1e3' is not a
whole number: ... (without quotes)", when it had no quotes; 'weight: .nan' or '.inf' was told
the validator's "Input should be a finite number", not what was written and what to write."""

from __future__ import annotations

import pytest

from tests.core.test_pack_types_said_polish45 import problem_said


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        (
            "time_limit_s",
            "1e3",
            "'1e3' is not a whole number: write a whole number from 15 to 1800 "
            "(YAML reads 1e3 as text: write 1000)",
        ),
        (
            "key_points[0].weight",
            "5e-1",
            "'5e-1' is not a number: write a number from 0.01 to 10 "
            "(YAML reads 5e-1 as text: write 0.5)",
        ),
        (
            "key_points[0].weight",
            "1e308",
            "'1e308' is not a number: write a number from 0.01 to 10 "
            "(YAML reads 1e308 as text: write 1.0e+308)",
        ),
        (
            "time_limit_s",
            "'120'",
            "'120' is not a whole number: write a whole number from 15 to 1800 (without quotes)",
        ),
        ("key_points[0].weight", ".nan", "nan is not a number: write a number from 0.01 to 10"),
        ("key_points[0].weight", ".inf", "inf is not a number: write a number from 0.01 to 10"),
        ("key_points[0].weight", "-.inf", "-inf is not a number: write a number from 0.01 to 10"),
    ],
)
def test_a_number_yaml_or_the_validator_refuse_is_said_plainly_hard48(
    field: str, value: str, said: str
) -> None:
    assert problem_said(field, value) == said
