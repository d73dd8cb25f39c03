"""Loading and validating question packs: every broken pack gets a precise message, nothing crashes."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.core.questions import Category, load_packs, parse_pack
from tests.packs import GOOD_QUESTION as GOOD


def _pack(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _dump(*questions: dict) -> str:  # type: ignore[type-arg]
    return yaml.safe_dump({"pack": {"name": "t"}, "questions": list(questions)})


def test_a_good_pack_loads(tmp_path: Path) -> None:
    bank = load_packs([_pack(tmp_path, "good.yaml", _dump(GOOD))])
    assert not bank.problems
    q = bank.get("tech.example")
    assert q.category is Category.TECHNICAL and q.total_weight == 2


def test_bad_types_name_file_question_and_field(tmp_path: Path) -> None:
    bad = {**GOOD, "difficulty": "hard", "time_limit_s": [1]}
    path = _pack(tmp_path, "bad.yaml", _dump(bad))
    lines = [str(p) for p in load_packs([path]).problems]
    # said with the line of the field, "file:line", as editors open it (walkthrough 43)
    at = 1 + next(
        n for n, text in enumerate(path.read_text().splitlines()) if "difficulty:" in text
    )
    assert any(f"{path}:{at}: question tech.example: field difficulty:" in s for s in lines), lines
    assert any("field time_limit_s" in line for line in lines)


def test_unknown_category(tmp_path: Path) -> None:
    path = _pack(tmp_path, "cat.yaml", _dump({**GOOD, "category": "trivia"}))
    (problem,) = load_packs([path]).problems
    assert problem.field == "category" and "technical" in problem.message


def test_missing_fields(tmp_path: Path) -> None:
    broken = {k: v for k, v in GOOD.items() if k not in ("prompt", "model_answer")}
    problems = load_packs([_pack(tmp_path, "m.yaml", _dump(broken))]).problems
    assert {p.field for p in problems} == {"prompt", "model_answer"}
    # said as a person writing a pack reads it, not pydantic's "Field required" (ux38)
    assert all(p.message == "required, but not given" for p in problems), problems


def test_duplicate_ids_name_both_places(tmp_path: Path) -> None:
    a = _pack(tmp_path, "a.yaml", _dump(GOOD))
    b = _pack(tmp_path, "b.yaml", _dump(GOOD))
    bank = load_packs([a, b])
    (problem,) = bank.problems
    assert (
        problem.file == str(b)
        and str(a) in problem.message
        and problem.question_id == "tech.example"
    )
    assert len(bank.questions) == 1
    # on the line of the skipped question's id, as every field problem is (walkthrough 43)
    at = 1 + next(n for n, text in enumerate(b.read_text().splitlines()) if "tech.example" in text)
    assert problem.line == at and str(problem).startswith(f"{b}:{at}: "), problem


def test_not_yaml_and_empty_files(tmp_path: Path) -> None:
    broken = _pack(tmp_path, "broken.yaml", "questions: [\n  - id: x\n  bad: : :")
    empty = _pack(tmp_path, "empty.yaml", "")
    listing = _pack(tmp_path, "list.yaml", "- just\n- a list\n")
    good = _pack(tmp_path, "good.yaml", _dump(GOOD))
    bank = load_packs([tmp_path])
    messages = {p.file: p.message for p in bank.problems}
    assert messages[str(broken)].startswith("not valid YAML: ")
    # its line said once, as "file:N:", not again in the message (hang44)
    (yaml_error,) = [p for p in bank.problems if p.file == str(broken)]
    assert yaml_error.line == 2 and "line 2" not in yaml_error.message, yaml_error
    assert messages[str(empty)] == "the file is empty"
    assert "must be a mapping" in messages[str(listing)]
    assert str(good) not in messages and "tech.example" in bank.questions  # the others still load


def test_one_bad_question_does_not_hide_the_rest(tmp_path: Path) -> None:
    other = {**GOOD, "id": "tech.other"}
    path = _pack(tmp_path, "mixed.yaml", _dump({**GOOD, "difficulty": 9}, other))
    bank = load_packs([path])
    assert list(bank.questions) == ["tech.other"]
    assert bank.problems[0].question_id == "tech.example"


def test_generic_phrases_are_rejected(tmp_path: Path) -> None:
    kp = {"id": "x", "label": "X", "phrases": ["the model"]}
    path = _pack(tmp_path, "g.yaml", _dump({**GOOD, "key_points": [kp], "follow_ups": []}))
    (problem,) = load_packs([path]).problems
    assert "too generic" in problem.message and problem.field == "key_points[0].phrases"


def test_follow_up_must_name_an_existing_key_point(tmp_path: Path) -> None:
    bad = {**GOOD, "follow_ups": [{"prompt": "Why?", "key_point": "nope"}]}
    (problem,) = load_packs([_pack(tmp_path, "f.yaml", _dump(bad))]).problems
    assert "'nope'" in problem.message


def test_behavioral_needs_star(tmp_path: Path) -> None:
    beh = {**GOOD, "id": "beh.x", "category": "behavioral", "key_points": [], "follow_ups": []}
    (problem,) = load_packs([_pack(tmp_path, "b.yaml", _dump(beh))]).problems
    assert "star" in problem.message


def test_missing_path_is_reported(tmp_path: Path) -> None:
    (problem,) = load_packs([tmp_path / "nope.yaml"]).problems
    assert "no such file" in problem.message


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
field_names = st.sampled_from(sorted(GOOD) + ["pack", "questions", "star", "framework", "bogus"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.one_of(
        yaml_values,
        st.dictionaries(field_names, yaml_values, max_size=6).map(lambda q: {"questions": [q]}),
        st.dictionaries(field_names, yaml_values, max_size=3).map(
            lambda mut: {"questions": [{**GOOD, **mut}]}
        ),
    )
)
def test_malformed_packs_never_crash_the_loader(data: object) -> None:
    text = yaml.safe_dump(data)
    questions, problems = parse_pack(text, "fuzz.yaml")
    assert questions or problems  # always an answer: questions, or a reason there are none
    for p in problems:
        assert re.match(r"fuzz\.yaml(:\d+)?: ", str(p)), p


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes_the_loader(text: str) -> None:
    parse_pack(text, "fuzz.yaml")


def test_a_yaml_error_is_said_plainly_before_the_parser_text(tmp_path: Path) -> None:
    """Walkthrough 37: the pack problems dialog showed the parser's own text ("did not find
    expected node content") as the problem. Now a plain line comes first: what is wrong, in
    which file and line, what to do; the parser's words follow it."""
    broken = _pack(tmp_path, "mine.yaml", "questions:\n  - id: x\n    prompt: [a, b\n  - id: y\n")
    bank = load_packs([tmp_path])
    (problem,) = [p for p in bank.problems if p.file == str(broken)]
    message = problem.message
    plain, _, parser = message.partition("(YAML parser:")
    # the file and its line said once, first, as "file:4:" (hang44: not again in the message)
    assert str(problem).startswith(f"{broken}:4: pack: not valid YAML: "), problem
    assert plain.startswith("not valid YAML: the file cannot be read from this line on"), message
    assert "and fix it." in plain and "from line 3 down to this one" in plain, message
    assert "line 4" not in message and "mine.yaml" not in message, message
    assert "expected" in parser and "expected" not in plain, message


def test_a_key_said_twice_gets_no_layout_advice(tmp_path: Path) -> None:
    """A pack that reads as YAML but is refused as data (a key said twice) is told what is
    wrong, not to look for a tab or an open bracket that is not there (round 37)."""
    broken = _pack(tmp_path, "mine.yaml", "questions:\n  - id: x\n    id: y\n")
    bank = load_packs([tmp_path])
    (problem,) = [p for p in bank.problems if p.file == str(broken)]
    message = problem.message
    assert "the key 'id' twice" in message and problem.line == 3, problem
    assert "tab" not in message and "bracket" not in message, message
    assert "None of its questions loaded" in message, message
    assert str(problem).startswith(f"{broken}:3: pack: not valid YAML: "), problem
