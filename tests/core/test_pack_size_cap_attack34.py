"""A question pack over 1 MB is refused up front, naming the file, its size and the limit
(attack run 34, leftover 4): a 2 MB pack (the old cap) took 9-22 s to load on a loaded machine,
with Home saying "Loading question pack ..." meanwhile, and 7-12 s in benchmarks/bank_load.py.
Profiled, its CPU was the YAML build, pydantic's checks and two walks of every value naming its
field path; the walks now build no paths unless a text is wrong and run once, and the cap is 1 MB,
four times the largest shipped pack then (~240 KB; ~265 KB since round 40 wrote each technical
question's common wrong beliefs into its rubric, so the cap still leaves a pack three times the
largest shipped one room). Packs under the cap load as before."""

from __future__ import annotations

from pathlib import Path

from simulator.core import questions_parse
from simulator.core.pack_limits import MAX_PACK_BYTES, text_problems
from simulator.core.questions import load_packs

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
SHIPPED = Path(__file__).resolve().parents[2] / "questions"


def test_the_cap_leaves_room_for_three_times_the_largest_shipped_pack() -> None:
    largest = max(p.stat().st_size for p in SHIPPED.glob("*.yaml"))
    assert MAX_PACK_BYTES == 1024 * 1024
    assert 3 * largest <= MAX_PACK_BYTES


def test_a_pack_over_the_cap_is_refused_naming_file_size_and_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge pack.yaml"
    big.write_text(PACK.read_text("utf-8") + "#" + "x" * (1536 * 1024) + "\n", "utf-8")
    small = tmp_path / "fine.yaml"
    small.write_bytes(PACK.read_bytes())
    bank = load_packs([big])
    (problem,) = bank.problems
    assert problem.file.endswith("huge pack.yaml")
    assert problem.message == "too large (1.5 MB; a pack may be at most 1 MB): not loaded"
    assert bank.questions == {}


def test_a_wrong_text_is_still_named_with_its_field() -> None:
    data = {"questions": [{"id": "a", "prompt": "fine"}, {"id": "b", "prompt": "bad \x1b here"}]}
    assert list(text_problems(data, [1000])) == [
        ("questions[1].prompt", "contains a control character (ESC); remove it")
    ]
    text = 'questions:\n  - id: q.one\n    prompt: "Why \\e here?"\n'
    questions, problems = questions_parse.parse_pack(text, "p.yaml")
    assert questions == []
    assert [(p.question_id, p.field, p.message) for p in problems] == [
        ("q.one", "prompt", "contains a control character (ESC); remove it")
    ]
