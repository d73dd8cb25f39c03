"""A pack saved in a wide encoding, or holding a ``!!binary`` value, is said as such (attack
run 59): UTF-16 without a byte order mark was "the control character U+0000 is not allowed"
(its ASCII letters are valid UTF-8, each beside a NUL), and ``!!binary`` was "a bytes is not a
whole number" where a number belongs and taken as its decoded text where text belongs."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from tests.core.test_pack_unseen_line_break_attack59 import PACK

TEXT = PACK.format(gap=" ")


@pytest.mark.parametrize(
    ("encoding", "said"),
    [
        ("utf-16-be", "UTF-16 text (big-endian, with no byte order mark)"),
        ("utf-16-le", "UTF-16 text (little-endian, with no byte order mark)"),
        ("utf-16", "UTF-16 text (little-endian, with a byte order mark)"),
        ("utf-32-le", "UTF-32 text (little-endian, with no byte order mark)"),
        ("utf-32", "UTF-32 text (little-endian, with a byte order mark)"),
    ],
)
def test_a_wide_encoding_is_named_attack60(tmp_path: Path, encoding: str, said: str) -> None:
    pack = tmp_path / "wide.yaml"
    pack.write_bytes(TEXT.replace("overfitting", "überfitting 过拟合").encode(encoding))
    (problem,) = load_packs([pack]).problems
    assert problem.message == f"not UTF-8 text: it is {said}: save the file as UTF-8"
    assert problem.line is None  # the whole file


def test_a_stray_nul_in_utf8_is_still_a_control_character_attack60(tmp_path: Path) -> None:
    pack = tmp_path / "nul.yaml"
    pack.write_bytes(TEXT.replace("evaluation", "eval\x00uation").encode())
    (problem,) = load_packs([pack]).problems
    assert (problem.line, problem.message) == (
        4,
        "not valid YAML: the control character U+0000 is not allowed",
    )


@pytest.mark.parametrize(
    ("written", "line"),
    [
        ("difficulty: 2", 5),  # a number
        ("prompt: What is overfitting and how do you detect it?", 6),  # text
        ("phrases: [validation error, held out error]", 11),  # an item of a list
        ("id: gap", 9),  # an id
    ],
)
def test_binary_data_is_said_on_its_line_attack60(tmp_path: Path, written: str, line: int) -> None:
    key = written.split(":")[0]
    binary = (
        f"{key}: [!!binary aGVsbG8gdGhlcmU=]"
        if key == "phrases"
        else f"{key}: !!binary aGVsbG8gdGhlcmU="
    )
    pack = tmp_path / "binary.yaml"
    pack.write_text(TEXT.replace(written, binary), encoding="utf-8")
    loaded = load_packs([pack])
    (problem,) = loaded.problems
    assert not loaded.questions
    assert problem.line == line
    assert problem.message.startswith(
        "this line holds binary data (a value tagged !!binary, read as base64-encoded bytes) "
        "where a pack holds text or a number"
    )
