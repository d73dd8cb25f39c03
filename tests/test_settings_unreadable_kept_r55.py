"""A settings.json the app cannot read is kept, never silently replaced (attack run 55, issue 8).

A hand edit that left a trailing comma ('"follow_ups": false,}') made the whole file invalid
JSON. Home said "the defaults are used until Settings are saved (which replaces the file)", but
Settings were never opened: pressing Start interview saved the plan it remembers, and the file
was replaced by the defaults. The dark theme, the 6.5 s silence, the 140 words a minute and
follow-ups off that it held were gone without a word. A file that cannot be read is now kept
beside the new one under a name the notice gives, before anything is written over it."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.settings import Settings, load_settings

HAND_EDITED = (
    '{\n  "theme": "dark",\n  "silence_end_s": 6.5,\n  "speaking_rate": 140,\n'
    '  "follow_ups": false,\n}\n'
)


def test_an_unreadable_file_is_kept_when_starting_an_interview_saves_the_plan_r55(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(HAND_EDITED, encoding="utf-8")
    settings, (problem,) = load_settings(path)
    assert settings == Settings()
    kept = tmp_path / "settings.json.unreadable"
    assert problem.startswith(f"{path}: not valid JSON (line 6: ")
    assert str(kept.name) in problem and "kept" in problem
    assert "which replaces the file" not in problem

    settings.plan = "Full loop"  # what Start interview saves (interview_start.start_interview)
    settings.save(path)

    assert kept.read_text(encoding="utf-8") == HAND_EDITED  # every hand-edited value is there
    assert json.loads(path.read_text(encoding="utf-8"))["plan"] == "Full loop"
    assert load_settings(path) == (settings, [])


def test_a_second_unreadable_file_does_not_replace_the_first_kept_r55(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    (tmp_path / "settings.json.unreadable").write_text("first", encoding="utf-8")
    path.write_text("second {", encoding="utf-8")
    _, (problem,) = load_settings(path)
    assert "settings.json.unreadable-2" in problem
    Settings().save(path)
    assert (tmp_path / "settings.json.unreadable").read_text(encoding="utf-8") == "first"
    assert (tmp_path / "settings.json.unreadable-2").read_text(encoding="utf-8") == "second {"


def test_files_too_large_not_utf8_or_no_object_are_kept_too_r55(tmp_path: Path) -> None:
    for i, content in enumerate([b"[1, 2]", b'{"theme": "\xff"}', b" " * (65 * 1024)]):
        folder = tmp_path / str(i)
        folder.mkdir()
        path = folder / "settings.json"
        path.write_bytes(content)
        _, (problem,) = load_settings(path)
        assert "settings.json.unreadable" in problem, problem
        Settings().save(path)
        assert (folder / "settings.json.unreadable").read_bytes() == content


def test_a_readable_file_with_a_wrong_value_is_replaced_as_before_r55(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark", "speaking_rate": 9000}', encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings.theme == "dark" and len(problems) == 1
    settings.save(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
    assert load_settings(path) == (settings, [])
