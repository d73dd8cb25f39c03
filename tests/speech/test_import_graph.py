"""The speech package has no import cycle, counting imports inside functions too (a cycle hidden
in a function still couples the two modules and breaks as soon as one import moves up)."""

from __future__ import annotations

import ast
from pathlib import Path

SPEECH = Path(__file__).resolve().parents[2] / "simulator" / "speech"


def _imports(file: Path) -> set[str]:
    """Every ``simulator.speech.*`` module this file imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            if node.module == "simulator.speech":  # from simulator.speech import models
                found.update(f"simulator.speech.{a.name}" for a in node.names)
    return {m for m in found if m.startswith("simulator.speech.")}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a path of module names, or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str]:
        state[module] = 1
        path.append(module)
        for nxt in sorted(graph.get(module, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[module] = 2
        return []

    for module in sorted(graph):
        if module not in state and (found := visit(module)):
            return found
    return []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


def test_speech_modules_import_each_other_without_a_cycle() -> None:
    graph = {f"simulator.speech.{f.stem}": _imports(f) for f in SPEECH.glob("*.py")}
    assert graph["simulator.speech.asr"] >= {"simulator.speech.models"}
    # live captions need the interface only, not Whisper's module
    assert "simulator.speech.asr" not in graph["simulator.speech.streaming"]
    assert _cycle(graph) == []
