"""A pack of hundreds of thousands of tiny values (2 MB of "- a" lines) is refused from a count
of its YAML events, before Python objects are built for it: building them took 13 to 22 s (load
average 10) on the database lane before the value cap refused the pack anyway."""

from __future__ import annotations

import pytest

from simulator.core import pack_yaml, questions_parse
from simulator.core.pack_limits import MAX_VALUES
from simulator.core.questions import parse_pack


@pytest.mark.parametrize(
    "text",
    [
        "questions:\n" + "- a\n" * (MAX_VALUES * 2 + 10),
        "questions: [" + "1," * (MAX_VALUES * 2 + 10) + "1]",
        "questions:\n" + "- {k: v}\n" * (MAX_VALUES * 2 // 3 + 10),
    ],
    ids=["lines", "flow", "mappings"],
)
def test_a_pack_of_too_many_values_is_refused_before_it_is_built(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_built(_: str) -> object:
        raise AssertionError("the pack's objects were built")

    monkeypatch.setattr(pack_yaml, "load", not_built)
    questions, problems = parse_pack(text, "many.yaml")
    assert questions == []
    (problem,) = problems
    assert problem.message.startswith("not loaded: it holds more than"), problem.message


def test_a_large_pack_under_the_cap_is_still_built(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    real = pack_yaml.load
    monkeypatch.setattr(pack_yaml, "load", lambda text: built.append(1) or real(text))
    text = "questions:\n" + "- a\n" * (questions_parse.COUNT_EVENTS_FROM_BYTES // 4 + 10)
    _, problems = parse_pack(text, "big.yaml")
    assert built == [1]
    assert problems and "holds more than" not in problems[0].message
