"""The parsed-bank cache (issue 12, item 2): unchanged packs are not parsed again, a changed,
added or removed pack invalidates just itself, a broken or foreign cache is ignored and rebuilt,
the file is private, and a broken pack is still reported on every start."""

from __future__ import annotations

import gc
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.core import bank_cache
from simulator.core.bank_cache import PackCache
from simulator.core.questions import QuestionBank, load_packs


def _question(
    qid: str, prompt: str = "Explain overfitting in your own words."
) -> dict[str, object]:
    return {
        "id": qid,
        "category": "technical",
        "topic": "testing",
        "difficulty": 2,
        "prompt": prompt,
        "time_limit_s": 120,
        "key_points": [{"id": "noise", "label": "Fits noise", "phrases": ["fits the noise"]}],
        "model_answer": "Overfitting is when the model fits the noise rather than the signal.",
    }


def _write(path: Path, *questions: dict[str, object]) -> None:
    path.write_text(yaml.safe_dump({"questions": list(questions)}), encoding="utf-8")


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The YAML texts the loader parses, in order (a spy on the one YAML entry point)."""
    seen: list[str] = []
    real = yaml.load

    def spy(stream: str, Loader: type[yaml.SafeLoader]) -> object:  # noqa: N803 - yaml's name
        seen.append(stream)
        return real(stream, Loader=Loader)

    monkeypatch.setattr(yaml, "load", spy)
    return seen


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    folder = tmp_path / "packs"
    folder.mkdir()
    _write(folder / "a.yaml", _question("tech.a-one"), _question("tech.a-two"))
    _write(folder / "b.yaml", _question("tech.b-one"))
    return folder


def _load(folder: Path, cache_file: Path) -> tuple[QuestionBank, PackCache]:
    cache = PackCache(cache_file)
    bank = load_packs([folder], parse=cache.parse)
    cache.save()
    return bank, cache


def test_a_warm_start_parses_nothing_and_gives_the_same_bank(
    packs: Path, tmp_path: Path, parsed: list[str]
) -> None:
    cache_file = tmp_path / "cache" / "bank.json"
    cold, _ = _load(packs, cache_file)
    assert len(parsed) == 2
    warm, cache = _load(packs, cache_file)
    assert len(parsed) == 2  # no YAML parsed on the warm start
    assert (cache.hits, cache.misses) == (2, 0)
    assert warm.questions == cold.questions and warm.sources == cold.sources
    assert list(warm.questions) == ["tech.a-one", "tech.a-two", "tech.b-one"]


def test_a_changed_added_or_removed_pack_invalidates_only_itself(
    packs: Path, tmp_path: Path, parsed: list[str]
) -> None:
    cache_file = tmp_path / "bank.json"
    _load(packs, cache_file)
    parsed.clear()

    # Same size and same mtime, other content: the hash notices.
    b = packs / "b.yaml"
    before = b.stat()
    _write(b, _question("tech.b-one", prompt="Explain overfitting in your own terms."))
    os.utime(b, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert b.stat().st_size == before.st_size
    bank, cache = _load(packs, cache_file)
    assert parsed == [b.read_text(encoding="utf-8")]
    assert (cache.hits, cache.misses) == (1, 1)
    assert bank.get("tech.b-one").prompt.endswith("own terms.")

    parsed.clear()
    _write(packs / "c.yaml", _question("tech.c-one"))
    bank, cache = _load(packs, cache_file)
    assert len(parsed) == 1 and "tech.c-one" in parsed[0]
    assert "tech.c-one" in bank.questions

    parsed.clear()
    (packs / "a.yaml").unlink()
    bank, cache = _load(packs, cache_file)
    assert not parsed
    assert list(bank.questions) == ["tech.b-one", "tech.c-one"]
    _, stored = _cache_lines(cache_file)
    assert sorted(Path(p["path"]).name for p in stored) == ["b.yaml", "c.yaml"]


def _cache_text(cache_file: Path) -> str:
    return cache_file.read_text(encoding="utf-8")


def _cache_lines(cache_file: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The cache's header and its packs' entries, one JSON text a line."""
    header, *packs = (json.loads(line) for line in _cache_text(cache_file).split("\n"))
    return header, packs


def _write_lines(cache_file: Path, header: dict[str, Any], packs: list[dict[str, Any]]) -> None:
    text = "\n".join(json.dumps(item, ensure_ascii=False) for item in [header, *packs])
    cache_file.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [
        "truncated",
        "not json",
        "binary",
        "foreign format",
        "other rules",
        "a tampered question",
        "a control character",
        "a raw C1 character",
        "a problem of the wrong shape",
        "a folder in its place",
    ],
)
def test_a_broken_or_foreign_cache_is_ignored_and_rebuilt(
    damage: str, packs: Path, tmp_path: Path, parsed: list[str]
) -> None:
    cache_file = tmp_path / "bank.json"
    cold, _ = _load(packs, cache_file)
    text = _cache_text(cache_file)
    header, entries = _cache_lines(cache_file)
    a_entry = next(v for v in entries if v["path"].endswith("a.yaml"))
    if damage == "truncated":  # within the first pack's line: it and all after it are lost
        cache_file.write_text(text[: text.index("\n") + 40], encoding="utf-8")
    elif damage == "not json":
        cache_file.write_text("questions: [oops", encoding="utf-8")
    elif damage == "binary":
        cache_file.write_bytes(os.urandom(4096))
    elif damage == "foreign format":
        _write_lines(cache_file, {**header, "format": "something else"}, entries)
    elif damage == "other rules":
        _write_lines(cache_file, {**header, "rules": "0" * 64}, entries)
    elif damage == "a tampered question":
        a_entry["questions"][0]["difficulty"] = 99
        _write_lines(cache_file, header, entries)
    elif damage == "a control character":
        a_entry["questions"][0]["prompt"] = "Explain \x1b]0;owned\x07 overfitting, please."
        _write_lines(cache_file, header, entries)
    elif damage == "a raw C1 character":
        a_entry["questions"][0]["prompt"] = "Explain \x9b2J overfitting, please."
        _write_lines(cache_file, header, entries)
    elif damage == "a problem of the wrong shape":
        a_entry["problems"] = [{"file": "x"}]
        _write_lines(cache_file, header, entries)
    else:
        cache_file.unlink()
        cache_file.mkdir()
    parsed.clear()

    bank, cache = _load(packs, cache_file)
    assert bank.questions == cold.questions and not bank.problems
    whole_file = damage not in (
        "a tampered question",
        "a control character",
        "a raw C1 character",
        "a problem of the wrong shape",
    )
    assert len(parsed) == (2 if whole_file else 1)  # only what was damaged is parsed again
    if damage != "a folder in its place":
        parsed.clear()
        _load(packs, cache_file)
        assert not parsed  # rebuilt: the next start is warm again


def test_the_cache_file_is_private_whatever_the_umask(packs: Path, tmp_path: Path) -> None:
    cache_file = tmp_path / "bank.json"
    old = os.umask(0)
    try:
        _load(packs, cache_file)
    finally:
        os.umask(old)
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]  # no temporary left


def test_a_broken_pack_is_reported_on_every_start(
    packs: Path, tmp_path: Path, parsed: list[str]
) -> None:
    (packs / "broken.yaml").write_text("questions:\n  - id: !!int 12x\n", encoding="utf-8")
    _write(packs / "c.yaml", _question("tech.a-one"))  # a duplicate id of a.yaml's
    cache_file = tmp_path / "bank.json"
    cold, _ = _load(packs, cache_file)
    parsed.clear()
    warm, cache = _load(packs, cache_file)
    assert not parsed and cache.misses == 0
    assert [str(p) for p in warm.problems] == [str(p) for p in cold.problems]
    messages = " | ".join(str(p) for p in warm.problems)
    assert "broken.yaml:2: " in messages  # its line, as "file:line:" (fix43)
    assert "duplicate id" in messages


def test_a_new_version_of_the_rules_parses_again(
    packs: Path, tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_file = tmp_path / "bank.json"
    _load(packs, cache_file)
    parsed.clear()
    monkeypatch.setattr(bank_cache, "rules_fingerprint", lambda: "rules of a newer version")
    _, cache = _load(packs, cache_file)
    assert len(parsed) == 2 and cache.hits == 0


def test_the_app_keeps_its_cache_in_the_data_folder(data_dir: Path, parsed: list[str]) -> None:
    from simulator import paths
    from simulator.bank import load_bank

    packs = paths.user_packs_dir()
    _write(packs / "mine.yaml", _question("mine.first"))
    seen: list[tuple[int, int, str]] = []
    cold = load_bank(lambda n, m, name: seen.append((n, m, name)))
    assert seen[-1][2] == "mine.yaml" and [n for n, _, _ in seen] == list(range(1, len(seen) + 1))
    assert {m for _, m, _ in seen} == {len(seen)}
    parsed.clear()
    warm = load_bank()
    assert not parsed and warm.questions == cold.questions
    cache_file = paths.bank_cache_file()
    assert cache_file.parent == data_dir / "cache"
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_file.parent.stat().st_mode) == 0o700


def test_every_cached_text_is_bounded_by_the_models() -> None:
    """A warm load skips the per-text walk of pack_limits when the cache holds no control
    character: that is safe only while the models bound every text and list themselves."""
    from simulator.core.questions import Question

    unbounded: list[str] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            kind = node.get("type")
            if kind == "string" and "maxLength" not in node and "enum" not in node:
                unbounded.append(where)
            if kind == "array" and "maxItems" not in node:
                unbounded.append(where)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    walk(Question.model_json_schema(), "")
    # A follow-up's key point must name one of its question's key points (checked by the model).
    assert unbounded == ["/$defs/FollowUp/properties/key_point/anyOf[0]"]


@pytest.mark.parametrize("module", ["questions", "pack_limits", "pack_yaml"])
def test_every_module_that_judges_a_pack_is_in_the_fingerprint(
    module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack cached as valid must be judged again when a rule changes (duplicate keys became
    a problem in pack_yaml: a cached pack with one would otherwise still load)."""
    import importlib

    judged = importlib.import_module(f"simulator.core.{module}")
    before = bank_cache.rules_fingerprint()
    changed = tmp_path / "changed.py"
    changed.write_text(Path(judged.__file__ or "").read_text() + "\n# a new rule\n")
    monkeypatch.setattr(judged, "__file__", str(changed))
    assert bank_cache.rules_fingerprint() != before


def test_each_pack_is_read_on_its_own(
    packs: Path, tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One json.loads of the whole cache held the GIL for as long as the file is large, so the
    window's stall on F5 grew with every pack a person added: each pack is one line, read by
    its own call, and a damaged line costs that pack alone."""
    _write(packs / "c.yaml", _question("tech.c-one"))
    cache_file = tmp_path / "bank.json"
    cold, _ = _load(packs, cache_file)
    read: list[str] = []
    real = json.loads
    monkeypatch.setattr(json, "loads", lambda text: read.append(text) or real(text))
    lines = _cache_text(cache_file).split("\n")
    lines[2] = lines[2][:-5]  # the second pack's line cut short
    cache_file.write_text("\n".join(lines), encoding="utf-8")
    parsed.clear()
    warm, cache = _load(packs, cache_file)
    assert read == lines  # the header, then each pack by itself
    assert (cache.hits, cache.misses) == (2, 1) and len(parsed) == 1
    assert warm.questions == cold.questions


def test_what_the_bank_load_built_is_not_left_to_one_young_collection(data_dir: Path) -> None:
    """The load pauses the collector, so everything it built waited in the young generation and
    the first collection after it walked all of it at once, holding the GIL (30 ms with eight
    added packs, on every F5): it is frozen at the end of the load, as the window froze it
    later anyway."""
    from simulator.bank import load_bank

    try:
        bank = load_bank()
        built = [q.key_points for q in bank.questions.values()]  # lists: the collector's own
        assert len(built) > 100 and all(gc.is_tracked(kept) for kept in built)
        seen = {id(o) for generation in range(3) for o in gc.get_objects(generation)}
        assert [k for k in built if id(k) in seen] == []  # frozen, in no generation walked
    finally:
        gc.unfreeze()  # keep the test process as it was
