"""A pack already parsed in this process is not parsed from YAML again while its bytes are
unchanged: the scorer's own tables read the shipped packs right after the bank did, which
parsed the same YAML twice (``questions._parsed``). Any change of the file parses it again, and
a parser of the caller's own (the bank's cache) is always asked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.core import questions_parse
from simulator.core.bank_cache import PackCache
from simulator.core.questions import PARSED_KEPT, load_packs

PACK = """questions:
  - id: memo.q1
    category: technical
    topic: memo
    difficulty: 2
    prompt: Explain what a learning rate does in gradient descent.
    time_limit_s: 120
    model_answer: It sets how far each update moves the weights along the gradient.
    key_points:
      - id: step
        label: sets the step size
        phrases: [step size, how far each update moves]
"""


@pytest.fixture
def yaml_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = questions_parse.parse_pack

    def counting(text: str, file: str):  # type: ignore[no-untyped-def]
        parsed.append(file)
        return real(text, file)

    monkeypatch.setattr(questions_parse, "parse_pack", counting)
    return parsed


def test_an_unchanged_pack_is_parsed_once(tmp_path: Path, yaml_parses: list[str]) -> None:
    pack = tmp_path / "memo.yaml"
    pack.write_text(PACK, "utf-8")
    first = load_packs([pack])
    second = load_packs([pack])
    assert len(yaml_parses) == 1
    assert list(second.questions) == ["memo.q1"]
    assert second.questions["memo.q1"] is first.questions["memo.q1"]  # frozen: shared
    assert not first.problems and not second.problems


def test_a_changed_pack_is_parsed_again(tmp_path: Path, yaml_parses: list[str]) -> None:
    pack = tmp_path / "memo.yaml"
    pack.write_text(PACK, "utf-8")
    load_packs([pack])
    stat = pack.stat()
    # the same size and mtime, one word changed: the content's hash tells them apart
    pack.write_text(PACK.replace("Explain", "Describe"), "utf-8")
    os.utime(pack, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = load_packs([pack])
    assert len(yaml_parses) == 2
    assert again.questions["memo.q1"].prompt.startswith("Describe")


def test_the_bank_cache_is_always_asked_and_its_answer_remembered(
    tmp_path: Path, yaml_parses: list[str]
) -> None:
    pack = tmp_path / "memo.yaml"
    pack.write_text(PACK, "utf-8")
    cache = PackCache(tmp_path / "data" / "bank-cache.json")
    load_packs([pack], parse=cache.parse)
    cache.save()
    warm = PackCache(tmp_path / "data" / "bank-cache.json")
    load_packs([pack], parse=warm.parse)
    assert warm.hits == 1  # asked (it records what this run used), answered from its file
    load_packs([pack])  # the scorer's own read after the bank's: no YAML parsed
    assert len(yaml_parses) == 1


def test_only_the_last_files_are_remembered(tmp_path: Path, yaml_parses: list[str]) -> None:
    packs = []
    for n in range(PARSED_KEPT + 1):
        pack = tmp_path / f"p{n}.yaml"
        pack.write_text(PACK.replace("memo.q1", f"memo.q{n}"), "utf-8")
        packs.append(pack)
        load_packs([pack])
    load_packs([packs[-1]])
    assert len(yaml_parses) == PARSED_KEPT + 1  # the newest is remembered
    load_packs([packs[0]])
    assert len(yaml_parses) == PARSED_KEPT + 2  # the oldest was let go
