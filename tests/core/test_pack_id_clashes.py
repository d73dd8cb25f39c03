"""Question ids that clash: between a person's pack and a shipped one, and a file given twice."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import yaml

from simulator.core.questions import load_packs
from simulator.paths import bundled_packs_dir
from tests.packs import GOOD_QUESTION

REPO = Path(__file__).resolve().parents[2]


def _validate(*paths: Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "validate", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )


def test_a_file_given_twice_is_read_once(tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(yaml.safe_dump({"questions": [GOOD_QUESTION]}), encoding="utf-8")
    link = tmp_path / "other" / "same.yaml"
    link.parent.mkdir()
    link.symlink_to(pack)
    bank = load_packs([tmp_path, pack, link])
    assert not bank.problems, bank.problems  # it was "duplicate id: already defined in" itself
    assert list(bank.questions) == ["tech.example"]


def test_validate_names_a_clash_with_a_shipped_question(tmp_path: Path) -> None:
    """The app loads the shipped packs first, so a person's question with a shipped id is
    skipped there: ``validate`` said "ok" for it."""
    shipped = yaml.safe_load((bundled_packs_dir() / "cases.yaml").read_text(encoding="utf-8"))
    taken = shipped["questions"][0]["id"]
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        yaml.safe_dump(
            {"questions": [{**GOOD_QUESTION, "id": taken}, GOOD_QUESTION]}, sort_keys=False
        ),
        encoding="utf-8",
    )
    out = _validate(mine)
    assert out.returncode == 1, out.stdout
    (line,) = out.stdout.splitlines()
    at = mine.read_text(encoding="utf-8").splitlines().index(f"- id: {taken}") + 1
    assert line.startswith(f"{mine}:{at}: question {taken}: field id:"), line  # file:line
    assert "cases.yaml" in line and "shipped" in line and "skip" in line, line


def test_validating_the_shipped_packs_themselves_finds_no_clash() -> None:
    out = _validate(Path("questions"), Path("questions/cases.yaml"))
    assert out.returncode == 0, out.stdout
    assert out.stdout.startswith("ok: "), out.stdout


def test_a_duplicate_in_the_same_pack_is_said_on_its_own_line(tmp_path: Path) -> None:
    """The second question with an id already used in its pack was said on the first one's
    line: the author was sent to the question that is kept (attack run 45)."""
    other = {**copy.deepcopy(GOOD_QUESTION), "id": "tech.other"}
    again = copy.deepcopy(GOOD_QUESTION)  # (the same object twice is written as an alias)
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        yaml.safe_dump({"questions": [GOOD_QUESTION, other, again]}, sort_keys=False),
        encoding="utf-8",
    )
    starts = [
        n for n, text in enumerate(mine.read_text().splitlines(), 1) if text == "- id: tech.example"
    ]
    bank = load_packs([mine])
    (problem,) = bank.problems
    assert (problem.question_id, problem.line) == ("tech.example", starts[1]), (problem, starts)
    assert "skipped" in problem.message and list(bank.questions) == ["tech.example", "tech.other"]
