"""Each table the whole app shares is defined once (issue 8): the STAR parts, the interview
categories, the STAR parts' colours and the score colours live in ``simulator.core.tables``;
every other module and every export template reads them from there, so changing one changes
every page and export at once."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

from simulator.core import tables

ROOT = Path(__file__).resolve().parent.parent / "simulator"
TABLES = ROOT / "core" / "tables.py"


def _sources() -> list[tuple[Path, ast.Module]]:
    return [
        (file, ast.parse(file.read_text(encoding="utf-8")))
        for file in sorted(ROOT.rglob("*.py"))
        if file != TABLES
    ]


def _strings(node: ast.AST) -> tuple[str, ...] | None:
    """A tuple, list or set literal's items, when every one is a string constant."""
    if not isinstance(node, ast.Tuple | ast.List | ast.Set):
        return None
    items = [e.value for e in node.elts if isinstance(e, ast.Constant)]
    if len(items) != len(node.elts) or not all(isinstance(i, str) for i in items):
        return None
    return tuple(items)


def test_star_parts_and_categories_are_listed_only_in_tables() -> None:
    shared = {tables.STAR_PARTS: "STAR_PARTS", tables.CATEGORIES: "CATEGORIES"}
    offenders = [
        f"{file.relative_to(ROOT)}:{node.lineno} spells {shared[items]} again"
        for file, tree in _sources()
        for node in ast.walk(tree)
        if (items := _strings(node)) in shared
    ]
    assert offenders == []


def test_no_table_keyed_by_star_parts_or_categories_is_written_twice() -> None:
    """A dict literal keyed by the STAR parts or the categories (their colours, their names)
    written out the same in two modules is one table defined twice."""
    keys = {frozenset(tables.STAR_PARTS), frozenset(tables.CATEGORIES)}
    places: dict[str, list[str]] = defaultdict(list)
    for file, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict):
                continue
            named = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            if len(named) == len(node.keys) and frozenset(named) in keys:
                places[ast.dump(node)].append(f"{file.relative_to(ROOT)}:{node.lineno}")
    assert [where for where in places.values() if len(where) > 1] == []


def _score_colours() -> set[str]:
    return {
        c.lower()
        for c in (
            tables.GOOD,
            tables.WARN,
            tables.BAD,
            tables.NO_SCORE,
            *tables.TEXT_ON_LIGHT.values(),
            *tables.TEXT_ON_DARK.values(),
        )
    }


def test_score_colours_are_written_only_in_tables() -> None:
    """Not in another module, nor in a template's CSS (the HTML export kept its own copy of
    the score colours as text: a change in ``tables`` never reached it)."""
    colours = _score_colours()
    files = [f for f in ROOT.rglob("*") if f.suffix in (".py", ".j2", ".css", ".qss")]
    offenders = [
        f"{file.relative_to(ROOT)}: {hex_colour}"
        for file in sorted(files)
        if file != TABLES
        for hex_colour in re.findall(r"#[0-9a-fA-F]{6}\b", file.read_text(encoding="utf-8"))
        if hex_colour.lower() in colours
    ]
    assert offenders == []
