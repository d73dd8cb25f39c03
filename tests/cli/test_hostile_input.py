"""Hostile input on the command line (issue 12, items 1, 3, 4): one bad pack or batch line is
reported on its own line and the rest goes on; nothing from a pack or an answer reaches the
terminal as a control sequence; every JSON line printed is valid JSON."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.cli import main
from simulator.cli.output import json_line, plain

ANSWER = "Bias is error from a too simple model; variance is sensitivity to the training sample."
GOOD = {
    "id": "tech.evil",
    "category": "technical",
    "topic": "evil",
    "difficulty": 2,
    "prompt": "Explain overfitting in your own words.",
    "time_limit_s": 120,
    "key_points": [{"id": "noise", "label": "Fits noise", "phrases": ["fits the noise"]}],
    "model_answer": "Overfitting is when the model fits the noise rather than the signal.",
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def _batch(
    lines: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, list[dict[str, object]]]:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, _ = _run(["score", "--batch", "--json"], capsys)
    # Python's json accepts NaN; a strict parser does not: reject it here too.
    return code, [json.loads(x, parse_constant=lambda c: pytest.fail(c)) for x in out.splitlines()]


def test_bad_batch_lines_each_get_an_error_and_the_rest_are_scored(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = json.dumps({"question_id": "tech.bias-variance", "answer": ANSWER})
    lines = [
        "[" * 100_000 + "]" * 100_000,  # RecursionError in json
        '{"question_id": "tech.bias-variance", "answer": "x", "duration_s": NaN}',
        '{"question_id": "tech.bias-variance", "answer": "x", "duration_s": Infinity}',
        '{"question_id": "tech.bias-variance", "answer": "x", "duration_s": 1e999}',
        '{"question_id": "tech.bias-variance", "answer": "x", "duration_s": true}',
        good,
    ]
    code, results = _batch(lines, capsys, monkeypatch)
    assert code == 1 and len(results) == len(lines)
    assert all("error" in r for r in results[:5]), results[:5]
    assert [r["line"] for r in results[:5]] == [1, 2, 3, 4, 5]
    assert "duration_s" in str(results[4]["error"]) and "overall" in results[5]


def test_duration_flag_must_be_finite(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["score", "--batch", "--duration", "inf"], capsys)
    assert code == 1 and "--duration" in err


batch_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
    max_leaves=10,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.one_of(
            batch_values.map(json.dumps),
            st.fixed_dictionaries(
                {"question_id": st.just("tech.bias-variance"), "answer": st.text(max_size=60)},
                optional={"duration_s": batch_values},
            ).map(json.dumps),
            st.text(max_size=40).filter(lambda t: "\n" not in t and "\r" not in t),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_fuzzed_batches_give_one_valid_json_line_per_line(lines: list[str]) -> None:
    lines = [
        x
        for x in lines
        if x.strip() and not any(c in x for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    ]
    if not lines:
        return
    import contextlib

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
        main(["score", "--batch", "--json"])
    printed = out.getvalue().splitlines()
    assert len(printed) == len(lines)
    for text in printed:
        data = json.loads(text, parse_constant=lambda c: pytest.fail(c))
        assert "error" in data or 0 <= data["overall"] <= 100
        assert not any(0x7F <= ord(c) <= 0x9F or ord(c) < 0x20 for c in text)


def test_answer_control_characters_are_escaped_in_score_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    evil = "fits the noise \x1b]52;c;cHduZWQ=\x07 \x9b2J done"
    line = json.dumps({"question_id": "tech.bias-variance", "answer": evil})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    _, out, _ = _run(["score", "--batch", "--json"], capsys)
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    answer = tmp_path / "a.txt"
    answer.write_text(evil, encoding="utf-8")
    _, out, _ = _run(
        ["score", "--question", "tech.bias-variance", "--answer-file", str(answer)], capsys
    )
    assert "\x1b" not in out and "\x9b" not in out


def test_a_broken_user_pack_is_skipped_by_every_command(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "broken.yaml").write_text("questions:\n  - id: !!int 12x\n", encoding="utf-8")
    code, out, err = _run(["questions"], capsys)
    assert code == 0 and "tech.bias-variance" in out
    # the line said once, as "file:2:" (it was said again as "(line 2)")
    assert f"{packs / 'broken.yaml'}:2: pack: a value cannot be read: " in err
    assert "(line 2)" not in err
    code, out, _ = _run(
        ["score", "--question", "tech.bias-variance", "--answer-file", "/dev/null"], capsys
    )
    assert "Traceback" not in out


def test_validate_goes_on_after_a_broken_file_and_escapes_what_it_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.yaml").write_text(
        "questions:\n  - id: !!timestamp 2001-99-99\n", encoding="utf-8"
    )
    evil = {**GOOD, "id": "tech.evil\x1b[2J"}
    (tmp_path / "b.yaml").write_text(yaml.safe_dump({"questions": [evil]}), encoding="utf-8")
    (tmp_path / "c.yaml").write_text("questions: [1]\n", encoding="utf-8")
    code, out, _ = _run(["validate", str(tmp_path)], capsys)
    assert code == 1
    assert "a.yaml" in out and "b.yaml" in out and "c.yaml" in out
    assert "\x1b" not in out and "\\x1b" in out


def test_plain_and_json_line_escape_controls() -> None:
    assert plain("a\x1b[2Jb\x9b\x00\nc") == "a\\x1b[2Jb\\x9b\\x00\\nc"
    assert plain("a\nb\tc", keep_lines=True) == "a\nb\tc"
    assert json.loads(json_line({"a": "x\x9by\x7f"})) == {"a": "x\x9by\x7f"}
    with pytest.raises(ValueError):
        json_line({"a": math.nan})


def test_plain_and_json_line_show_bidi_and_zero_width_characters() -> None:
    evil = "report\u202etxt.exe\u2066a\u200bb\ufeff"
    assert plain(evil) == "report\\u202etxt.exe\\u2066a\\u200bb\\ufeff"
    line = json_line({"a": evil})
    assert "\\u202e" in line and "\u202e" not in line and "\u200b" not in line
    assert json.loads(line) == {"a": evil}


SHADOW = "root:$6$s3cretHash:20228:0:99999:7:::\n_apt:*:20228:0:99999:7:::\n"


def test_validate_never_prints_lines_of_a_file_that_is_not_a_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    system = tmp_path / "etc" / "shadow"  # a system file a pack links to
    system.parent.mkdir()
    system.write_text(SHADOW, encoding="utf-8")
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "linked.yaml").symlink_to(system)
    (packs / "copied.yaml").write_text(SHADOW, encoding="utf-8")  # not a link: still no lines
    (packs / "tagged.yaml").symlink_to(tmp_path / "etc" / "tagged")
    (tmp_path / "etc" / "tagged").write_text("questions:\n  - id: !!int s3cretHash\n", "utf-8")
    code, out, _ = _run(["validate", str(packs)], capsys)
    assert code == 1
    assert "s3cretHash" not in out and "_apt" not in out and "root:" not in out
    assert f"{packs / 'linked.yaml'}: pack: " in out and "links to a file outside" in out
    assert f"{packs / 'copied.yaml'}: pack: not a pack" in out


@pytest.mark.parametrize("limit", ["99999999999999999999999", "-1", "0", "1e3", "ten"])
def test_history_limit_outside_a_count_is_one_line_not_a_traceback(
    limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["history", "--limit", limit])
    err = capsys.readouterr().err
    assert ended.value.code == 2 and "--limit" in err and "Traceback" not in err
    assert "1 to" in err, err


def test_an_answer_longer_than_any_interview_is_refused_not_scored_for_minutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 14 MB answer file ran for over 5 minutes and 1.3 GB before this limit; a batch line
    had no limit at all (``cat /dev/zero | ml-interview score --batch`` filled the memory)."""
    from simulator.core.transcript import MAX_ANSWER_CHARS

    huge = "bias and variance " * (MAX_ANSWER_CHARS // 18 + 10)
    answer = tmp_path / "huge.txt"
    answer.write_text(huge, encoding="utf-8")
    code, _, err = _run(
        ["score", "--question", "tech.bias-variance", "--answer-file", str(answer)], capsys
    )
    assert code == 1 and str(answer) in err and f"{MAX_ANSWER_CHARS:,}" in err, err
    good = json.dumps({"question_id": "tech.bias-variance", "answer": ANSWER})
    endless = "x" * (10 * MAX_ANSWER_CHARS)  # not even JSON: refused by its length alone
    lines = [json.dumps({"question_id": "tech.bias-variance", "answer": huge}), endless, good]
    code, results = _batch(lines, capsys, monkeypatch)
    assert code == 1 and [r.get("line") for r in results] == [1, 2, None]
    assert all(f"{MAX_ANSWER_CHARS:,}" in str(r["error"]) for r in results[:2])
    assert "overall" in results[2]


def test_settings_text_printed_by_doctor_and_speak_is_shown_not_obeyed(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A voice name from settings.json reached the terminal raw: ``\\u202e`` reversed the
    rest of the line, an ESC sequence could clear the screen."""
    from simulator import paths

    planted = "bogus\x1b[2J\u202evoice"
    # (a control character in a setting is refused as it is read since attack run 49: the
    # voice that reaches the warning holds the bidi override alone)
    kept = "bogus\u202evoice"
    paths.settings_file().write_text(json.dumps({"voice_id": kept}), encoding="utf-8")
    code, out, err = _run(["speak", "Hello", "-o", str(tmp_path / "hello.wav")], capsys)
    # not installed: the default voice speaks, and the warning names the voice id, escaped
    assert code == 0 and "bogus\\u202evoice" in err, err
    assert "\x1b" not in out + err and "\u202e" not in out + err

    from simulator.cli import doctor

    check = doctor.Check("interviewer voice", True, f"espeak-ng ({planted})")
    original = list(doctor.CHECKS)
    try:
        doctor.CHECKS[:] = [lambda: check]
        code, out, _ = _run(["doctor"], capsys)
    finally:
        doctor.CHECKS[:] = original
    assert "\x1b" not in out and "\u202e" not in out and "bogus\\x1b[2J" in out, out
