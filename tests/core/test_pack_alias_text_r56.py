"""A pack whose aliases repeat a long text thousands of times is refused at once, in one line
(attack run 56: hostile YAML).

A 95 KB pack (under the 1 MB a pack may be) named one 50,000-character text 15,000 times
(``tags: [*x, *x, ...]``): within the 200,000 values a pack may expand to, but every use was
read again for control characters. 'ml-interview validate' took 23-53 s and printed 15,001
lines, one 'text of 50,000 characters' per use; the window's bank load at start took as long
and listed them all. The characters a pack's aliases repeat are counted now, each use after the
first, and past MAX_EXPANDED_CHARS the pack is refused, saying so (a text an alias repeats is
the same object: read once for control characters)."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.pack_limits import MAX_EXPANDED_CHARS
from simulator.core.questions import load_packs
from tests.packs import GOOD_QUESTION

QUESTION = "questions:\n  - id: tech.al\n    category: technical\n    topic: t\n    prompt: hi\n"


def test_a_long_text_repeated_by_aliases_is_refused_in_one_line_r56(tmp_path: Path) -> None:
    path = tmp_path / "repeats.yaml"
    path.write_text(
        f'x: &x "{"y" * 50_000}"\n{QUESTION}    tags: [{", ".join(["*x"] * 15_000)}]\n',
        encoding="utf-8",
    )
    bank = load_packs([path])
    (problem,) = bank.problems  # (before: 15,001, one a use of *x)
    assert not bank.questions
    said = f"its YAML aliases (*name) repeat more than {MAX_EXPANDED_CHARS:,} characters of text"
    assert said in problem.message, problem


def test_short_texts_repeated_by_aliases_still_load_r56(tmp_path: Path) -> None:
    question = {**GOOD_QUESTION, "tags": "TAGS"}
    text = yaml.safe_dump({"questions": [question, {**question, "id": "tech.other"}]})
    text = text.replace("tags: TAGS", "tags: *tags", 2).replace(
        "tags: *tags", "tags: &tags [ml, basics]", 1
    )
    path = tmp_path / "shared.yaml"
    path.write_text(text, encoding="utf-8")
    bank = load_packs([path])
    assert not bank.problems, bank.problems
    assert bank.questions["tech.other"].tags == bank.questions["tech.example"].tags
