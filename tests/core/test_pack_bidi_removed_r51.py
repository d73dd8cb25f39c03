"""A pack's bidi controls are removed as it loads, with a warning naming the file, the line, the
question and the field (round 50, left open: a topic holding U+202E showed reversed in Home's
topic list and the exports, "bias\u202evariance" as "biasecnairav"). Right-to-left words need
none of them: they are kept. The question loads all the same: no problem, nothing skipped."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.cli import main
from simulator.core.questions import load_packs
from simulator.core.questions_models import is_warning
from simulator.ui.pack_problems import problems_summary

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def _planted(tmp_path: Path) -> Path:
    pack = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    first = pack["questions"][0]
    assert first["id"] == "tech.overfit"
    first["topic"] = "bias\u202evariance"
    first["prompt"] = "Why is \u2067overfitting\u2069 bad (\u05e9\u05dc\u05d5\u05dd)?"
    first["key_points"][0]["phrases"][0] = "memor\u202dizes noise"
    path = tmp_path / "planted.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    return path


def test_bidi_controls_are_removed_with_a_warning_naming_file_field_and_line_r51(
    tmp_path: Path,
) -> None:
    path = _planted(tmp_path)
    bank = load_packs([path])
    assert bank.problems == []  # nothing skipped
    question = bank.get("tech.overfit")
    assert question.topic == "biasvariance"
    assert question.prompt == "Why is overfitting bad (\u05e9\u05dc\u05d5\u05dd)?"  # Hebrew kept
    assert question.key_points[0].phrases[0] == "memorizes noise"
    said = {w.field: str(w) for w in bank.warnings}
    assert set(said) == {"topic", "prompt", "key_points[0].phrases[0]"}, said
    assert all(is_warning(w) and w.question_id == "tech.overfit" for w in bank.warnings)
    lines = path.read_text(encoding="utf-8").splitlines()
    for warning in bank.warnings:
        assert warning.file.endswith("planted.yaml") and warning.line is not None
        shown_field = (warning.field or "").split(".")[-1].split("[")[0]
        assert shown_field in lines[warning.line - 1] or "- " in lines[warning.line - 1]
    assert "U+202E" in said["topic"] and "U+2067, U+2069" in said["prompt"]
    summary = problems_summary([], {str(path)}, bank.warnings)
    assert "3 warnings listed" in summary and "bidi" in summary


def test_validate_and_questions_say_the_warning_and_pass_r51(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = _planted(tmp_path)
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "field topic: warning: a bidi control character (U+202E) removed" in out
    assert "ok: " in out


def test_a_pack_without_bidi_controls_has_no_warning_r51() -> None:
    bank = load_packs([PACK])
    assert bank.warnings == [] and bank.problems == []


def test_a_bidi_control_removed_from_a_model_answer_is_not_a_scorer_warning_r51(
    tmp_path: Path,
) -> None:
    """The summary told the scorer's warnings from the bidi ones by the field: a U+202E in a
    model answer was said as "The scorer misreads the own model answers ...", and nothing
    about the character removed."""
    from simulator.core.model_answer_check import is_scorer_warning

    pack = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    first = pack["questions"][0]
    first["model_answer"] = "\u202e" + first["model_answer"]
    path = tmp_path / "planted.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    (warning,) = load_packs([path]).warnings
    assert warning.field == "model_answer" and is_warning(warning)
    assert not is_scorer_warning(warning)
    summary = problems_summary([], {str(path)}, [warning])
    assert "1 warning listed" in summary and "bidi" in summary
    assert "scorer misreads" not in summary
