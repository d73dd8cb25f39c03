"""Hostile or broken user packs (issue 12, items 1-2): reported with file, place and reason, and
skipped; never an exception, never a pack that costs minutes or gigabytes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.core.questions import MAX_PACK_BYTES, load_packs, parse_pack
from tests.packs import GOOD_QUESTION as GOOD


def _text(**changes: object) -> str:
    return yaml.safe_dump({"questions": [{**GOOD, **changes}]})


@pytest.mark.parametrize(
    "tagged",
    [
        "!!int 12x",
        "!!float .nan x",
        "!!timestamp 2001-99-99",
        "!!python/name:os.system",
    ],
)
def test_a_yaml_tag_with_a_bad_value_is_a_problem_not_an_exception(tagged: str) -> None:
    text = _text().replace("id: tech.example", f"id: {tagged}")
    questions, problems = parse_pack(text, "bad.yaml")
    assert not questions
    (problem,) = problems
    line = 1 + next(i for i, text in enumerate(text.splitlines()) if tagged in text)
    assert str(problem).startswith(f"bad.yaml:{line}: ")  # "file:line" (walkthrough 43)
    assert problem.line == line


def test_a_bad_pack_does_not_stop_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "a_bad.yaml"
    bad.write_text("questions:\n  - id: !!int 12x\n", encoding="utf-8")
    good = tmp_path / "b_good.yaml"
    good.write_text(_text(), encoding="utf-8")
    bank = load_packs([tmp_path])
    assert list(bank.questions) == ["tech.example"]
    assert [p.file for p in bank.problems] == [str(bad)]


def test_a_pack_name_on_something_that_is_not_a_file_is_reported(tmp_path: Path) -> None:
    import os

    (tmp_path / "good.yaml").write_text(_text(), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.yaml")  # reading it would wait forever
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    bank = load_packs([tmp_path])
    assert list(bank.questions) == ["tech.example"]
    said = {Path(p.file).name: p.message for p in bank.problems}
    assert said == {
        "folder.yaml": "a folder, not a pack file: not loaded",
        "loop.yaml": "a link to nothing (or to itself): not loaded",
        "pipe.yaml": "not a regular file (a pipe, device or socket): not loaded",
    }


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("time_limit_s", "60", "'60' is not a whole number"),
        ("time_limit_s", True, "true is not a whole number"),
        ("difficulty", 2.0, "2.0 is not a whole number: write 1, 2 or 3"),
        ("prompt", "Explain \x00 overfitting please.", "control character"),
        ("topic", "test\x1b]0;pwned\x07ing", "control character"),
        ("prompt", "x" * 5_000_000, "at most"),
        ("topic", "t" * 500, "at most"),
    ],
)
def test_strict_types_and_limits(field: str, value: object, words: str) -> None:
    questions, problems = parse_pack(_text(**{field: value}), "p.yaml")
    assert not questions
    assert any(p.field == field and words in p.message for p in problems), problems


def test_true_as_a_weight_is_rejected() -> None:
    kp = [{"id": "noise", "label": "Fits noise", "weight": True, "phrases": ["fits the noise"]}]
    questions, problems = parse_pack(_text(key_points=kp), "p.yaml")
    assert not questions and any(p.field == "key_points[0].weight" for p in problems)


def test_nan_weight_is_rejected() -> None:
    text = _text().replace("weight: 2", "weight: .nan")
    questions, problems = parse_pack(text, "p.yaml")
    assert not questions and problems


def test_an_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(_text() + "#" * (MAX_PACK_BYTES + 1), encoding="utf-8")
    (problem,) = load_packs([big]).problems
    assert problem.file == str(big) and "too large" in problem.message and "MB" in problem.message


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    lines.append("questions: [*a11]")
    questions, problems = parse_pack("\n".join(lines), "bomb.yaml")
    assert not questions and problems


def test_deep_nesting_is_a_problem() -> None:
    text = "questions: " + "[" * 5000 + "]" * 5000
    questions, problems = parse_pack(text, "deep.yaml")
    assert not questions and problems


tags = st.sampled_from(
    ["!!int", "!!float", "!!timestamp", "!!bool", "!!binary", "!!str", "!!null", "!!set", "!!omap"]
)
scalars = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(sorted(GOOD)), tags, scalars)
def test_tagged_values_never_crash_the_loader(field: str, tag: str, value: str) -> None:
    lines = _text().splitlines()
    for i, line in enumerate(lines):
        key = line.strip().removeprefix("- ").split(":", 1)[0]
        if key == field:
            indent = line[: len(line) - len(line.lstrip())] + (
                "- " if line.strip().startswith("- ") else ""
            )
            lines[i] = f"{indent}{field}: {tag} {yaml.safe_dump(value).splitlines()[0]}"
            break
    text = "\n".join(lines)
    questions, problems = parse_pack(text, "fuzz.yaml")
    assert questions or problems
    for p in problems:
        assert re.match(r"fuzz\.yaml(:\d+)?: ", str(p)), p


def test_a_key_given_twice_is_a_problem_naming_both_lines() -> None:
    """YAML keeps the last of two equal keys silently: the author's first ``topic`` vanished."""
    lines = _text().splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("topic:"))
    lines.insert(at + 1, lines[at].replace(lines[at].strip(), "topic: other"))
    questions, problems = parse_pack("\n".join(lines) + "\n", "twice.yaml")
    assert not questions
    (problem,) = problems
    # the second on the problem's own line ("file:N:", said once), the first in the message
    assert problem.line == at + 2 and f"line {at + 2}" not in problem.message, problem
    assert f"first on line {at + 1}" in problem.message, problem
    assert "'topic' twice" in problem.message


def test_a_merge_key_may_still_be_overridden() -> None:
    text = "base: &b {topic: x}\nquestions:\n  - <<: *b\n    topic: y\n"
    _, problems = parse_pack(text, "merge.yaml")
    assert not any("twice" in p.message for p in problems)


@pytest.mark.parametrize(
    ("raw", "named"),
    [("\x07", "U+0007"), ("\ufffe", "U+FFFE"), ("\x00", "U+0000")],
)
def test_a_raw_control_character_names_its_line_and_code(raw: str, named: str) -> None:
    text = _text().replace("Explain", f"Ex{raw}plain", 1)
    line = 1 + next(i for i, t in enumerate(text.splitlines()) if raw in t)
    _, (problem,) = parse_pack(text, "bell.yaml")
    assert problem.line == line and named in problem.message, problem
    assert str(problem).startswith(f"bell.yaml:{line}: ") and "line" not in problem.message


def test_text_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    pack = tmp_path / "latin1.yaml"
    text = _text().replace("Explain", "Expl\xe4in", 1)
    line = 1 + next(i for i, t in enumerate(text.splitlines()) if "\xe4" in t)
    pack.write_bytes(text.encode("latin-1"))
    (problem,) = load_packs([pack]).problems
    assert problem.line == line and "UTF-8" in problem.message, problem
    assert str(problem).startswith(f"{pack}:{line}: ") and "line" not in problem.message


def test_an_untagged_value_that_cannot_be_read_names_its_line() -> None:
    """A 5,000-digit number is refused by Python's int(): it was reported as "a tagged value is
    invalid", with no line, in a pack that has no tag."""
    text = _text().replace("time_limit_s: 120", "time_limit_s: " + "9" * 5000)
    line = 1 + next(i for i, t in enumerate(text.splitlines()) if "9" * 5000 in t)
    _, (problem,) = parse_pack(text, "digits.yaml")
    assert str(problem).startswith(f"digits.yaml:{line}: "), problem
    assert "tagged" not in problem.message, problem
    assert len(problem.message) < 200
    # said in the pack author's words, not Python's cut short (attack run 45)
    assert problem.message == "a value cannot be read: a number of more than 4,300 digits"


def test_a_path_the_system_refuses_is_a_problem_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(_text(), encoding="utf-8")
    too_long = tmp_path / ("n" * 300 + ".yaml")
    bank = load_packs([too_long, tmp_path])
    assert list(bank.questions) == ["tech.example"]
    (problem,) = bank.problems
    assert problem.file == str(too_long) and "name too long" in problem.message


def test_an_alias_bomb_with_a_bad_value_is_refused_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding the line of a bad value walked every alias again: ten levels of ten aliases
    and one ``!!int 12x`` ran for minutes (the walk now visits each node once). Checked by
    counting the values made, not with a clock (a loaded machine is slow at anything)."""
    from simulator.core.pack_yaml import PackLoader

    class WalkedAgain(BaseException):  # not an Exception: nothing on the way catches it
        pass

    made = [0]
    construct = PackLoader.construct_object

    def counted(self, node, deep=False):  # type: ignore[no-untyped-def]
        made[0] += 1
        if made[0] > 10_000:  # the nodes are ~100; the bomb's expansion is 10**9
            raise WalkedAgain(made[0])
        return construct(self, node, deep)

    monkeypatch.setattr(PackLoader, "construct_object", counted)
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for level in range(1, 9):
        before, now = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{now}: &{now} [" + ",".join([f"*{before}"] * 10) + "]")
    lines.append("questions: [{id: !!int 12x}]")
    _, (problem,) = parse_pack("\n".join(lines) + "\n", "bomb.yaml")
    assert made[0] > 0  # the count saw the walk
    assert str(problem).startswith(f"bomb.yaml:{len(lines)}: "), problem
