"""A pack of thousands of broken questions in the packs folder made ``ml-interview questions``
print every problem before the list (34,000 warning lines for 8,500 questions, attack run 47).
It prints the first few and says how many more and how to see them (``validate``), as the
window does."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.cli.questions import SHOWN_PROBLEMS


def test_the_problems_of_a_huge_broken_pack_are_capped(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = data_dir / "questions"
    packs.mkdir(parents=True, exist_ok=True)
    broken = packs / "many.yaml"
    rows = "".join(
        f"- {{id: q{i}, category: technical, topic: t, difficulty: 1, prompt: W?}}\n"
        for i in range(200)
    )
    broken.write_text("pack: {name: M}\nquestions:\n" + rows, encoding="utf-8")
    assert main(["questions"]) == 0
    out, err = capsys.readouterr()
    lines = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(lines) == SHOWN_PROBLEMS + 1, lines[-3:]
    assert all(str(broken) in line for line in lines)
    assert "more problems, not shown here" in lines[-1]
    assert f"ml-interview validate {broken}" in lines[-1]
    assert "question(s)" in out + err  # the list itself follows
