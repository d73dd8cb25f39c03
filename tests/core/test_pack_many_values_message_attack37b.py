"""A pack refused for holding too many values says what was too large (attack run 37b): a plain
list of 300,000 values, no alias in the file, was refused with 'it expands to more than 200,000
values (YAML aliases?)', guessing a cause the author never wrote. Aliases are named only when
the file has them; otherwise the largest list is named with its place and size."""

from __future__ import annotations

from simulator.core.questions_parse import parse_pack

HEAD = "questions:\n  - id: tech.zz-big\n    topic: t\n"


def test_a_literal_list_too_long_is_named_with_its_size_and_place() -> None:
    text = HEAD + "    tags: [" + ",".join(["a"] * 300_000) + "]\n"
    questions, problems = parse_pack(text, "big.yaml")
    assert questions == []
    (problem,) = problems
    assert "alias" not in problem.message.lower(), problem.message
    assert "questions[0].tags" in problem.message and "300,000" in problem.message, problem.message


def test_an_alias_bomb_still_names_the_aliases() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 7):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    text = "pack:\n  name: bomb\nextra:\n" + "\n".join("  " + line for line in lines) + "\n"
    text += "questions: [*a6]\n"
    questions, problems = parse_pack(text, "bomb.yaml")
    assert questions == []
    assert len(problems) == 1 and "alias" in problems[0].message.lower(), problems
