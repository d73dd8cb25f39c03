"""A number too long for Python to read in a hand-edited JSON file (attack run 31).

settings.json holding "speaking_rate": 1000...0 (5,000 digits) was dropped whole as 'not valid
JSON (nested too deeply)' (neither true: Python 3.11 refuses integers of over 4,300 digits with a
ValueError the loader took for nesting); every other setting was lost with it. That one value is
named and its default used; the rest is kept. A batch line or an archive holding such a number
said Python's own advice ('use sys.set_int_max_str_digits() to increase the limit')."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from simulator.cli import score
from simulator.core import archive
from simulator.settings import Settings, load_settings

LONG = "1" + "0" * 5_000


def test_a_number_too_long_to_read_in_settings_is_that_value_only(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(f'{{"speaking_rate": {LONG}, "theme": "dark"}}', encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings.theme == "dark"  # the rest is kept
    assert settings.speaking_rate == Settings().speaking_rate
    (problem,) = problems
    assert "speaking_rate" in problem and "5,001 digits" in problem, problem
    assert "nested" not in problem and len(problem) < 300


def test_a_batch_line_with_a_number_too_long_to_read_says_so() -> None:
    line = f'{{"question_id": "tech.bias-variance", "answer": "x", "duration_s": {LONG}}}'
    with pytest.raises(ValueError) as info:
        score._batch_item(line)
    assert "5,001 digits" in str(info.value) and "sys." not in str(info.value)


def test_an_archive_with_a_number_too_long_to_read_says_so(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("manifest.json", json.dumps({"format": archive.FORMAT, "version": 1}))
        z.writestr("data.json", f'{{"sessions": [{{"id": {LONG}}}]}}')
    source = tmp_path / "a.zip"
    source.write_bytes(buffer.getvalue())
    with pytest.raises(archive.ArchiveError) as info:
        archive.read_archive(source)
    message = str(info.value)
    assert str(source) in message and "5,001 digits" in message and "sys." not in message
