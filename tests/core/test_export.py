"""Export: HTML escapes all user text, Markdown and JSON say the same, files are whole."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from simulator.core import export
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scorecard import Scorecard, build_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import SessionRecord, Storage
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
EVIL = (
    "Overfitting memorizes noise in the training set. <script>alert('x')</script> **bold** [l](u)"
)
BEHAVIORAL = (
    "Last year two colleagues disagreed about our feature store design. My task was to unblock "
    "the launch. I met each of them one on one and ran a benchmark. As a result we shipped two "
    "weeks early and latency fell by 30 percent."
)


def make_session(storage: Storage, bank: QuestionBank, texts: dict[str, str]) -> int:
    """A finished session, scored by the real engine; an empty text is a skipped answer."""
    ids = list(texts)
    sid = storage.create_session({"name": "Full loop <b>", "question_ids": ids})
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        question = bank.get(qid)
        duration = 40.0 if qid.startswith("tech") else None
        score = score_answer(question, Transcript(text=text, duration_s=duration))
        mode = "spoken" if duration else "typed" if text else "skipped"
        storage.add_answer(sid, qid, position, mode, text, duration_s=duration, score=score)
        items.append((question, score))
    storage.finish_session(sid, score_session(items))
    return sid


def exported(data_dir: Path, fmt: str, texts: dict[str, str]) -> str:
    """``texts`` as a finished session (``make_session``) in a new database in ``data_dir``,
    exported as ``fmt``."""
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    record = storage.session(make_session(storage, bank, texts))
    storage.close()
    return export.render(fmt, record, bank)


@pytest.fixture
def bank() -> QuestionBank:
    return load_packs([PACK])


@pytest.fixture
def session(bank: QuestionBank, data_dir: Path) -> SessionRecord:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = make_session(
        storage, bank, {"tech.overfit": EVIL, "beh.conflict": BEHAVIORAL, "case.spam": ""}
    )
    record = storage.session(sid)
    storage.close()
    return record


def test_html_is_self_contained_and_escapes_user_text(session: SessionRecord, bank) -> None:
    html = export.render("html", session, bank)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "Full loop &lt;b&gt;" in html  # the plan name is user text too
    for external in ("<link", "src=", "http://", "https://", "@import", "url("):
        assert external not in html
    assert "<style>" in html and html.count("<details") == 3
    assert "Fits noise in the training set" in html  # a key point, covered


def test_html_explains_missing_points_with_the_model_answer(session: SessionRecord, bank) -> None:
    card: Scorecard = build_scorecard(session, bank)
    overfit = card.answers[0]
    detect = next(k for k in overfit.key_points if k.id == "detect")
    assert not detect.covered
    assert "validation error" in detect.model_sentence
    assert card.answers[2].skipped and card.answers[2].overall == 0
    star = card.answers[1].star
    assert star is not None and [p.letter for p in star.parts] == ["S", "T", "A", "R"]
    assert "validation error" in export.render_html(card)


def test_markdown_keeps_user_text_literal(session: SessionRecord, bank) -> None:
    md = export.render("md", session, bank)
    assert md.startswith("# Scorecard: Full loop &lt;b&gt;")
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert r"\*\*bold\*\*" in md and r"\[l\](u)" in md
    assert "| 3 | How would you design a spam filter for email? | Case study |" in md
    assert "skipped" in md
    assert "**STAR structure**" in md and "| Action |" in md
    # each sentence with the part it was read as, and why
    assert "- **Result**: As a result we shipped two weeks early" in md
    assert "_(“as a result”; “we shipped”)_" in md


def test_html_names_each_sentences_star_part_and_why(session: SessionRecord, bank) -> None:
    html = export.render("html", session, bank)
    assert "<b>Task</b>: My task was to unblock the launch." in html
    assert '<span class="muted">(“my task”;' in html


def test_json_holds_full_objects(session: SessionRecord, bank) -> None:
    data = json.loads(export.render("json", session, bank))
    assert data["format"] == "ml-interview-simulator/session-export"
    assert data["session"]["id"] == session.id
    answers = data["session"]["answers"]
    assert answers[0]["text"] == EVIL  # exact, unescaped: JSON is data
    assert answers[0]["score"]["key_points"][0]["id"] == "definition"
    assert data["scorecard"]["overall_statement"].startswith(
        "Overall: mean of the 3 questions answered or skipped"
    )
    assert data["session"]["score"]["per_category"].keys() == {"technical", "behavioral", "case"}
    assert set(data["questions"]) == {"tech.overfit", "beh.conflict", "case.spam"}
    assert data["questions"]["tech.overfit"]["model_answer"].startswith("Overfitting")


@pytest.mark.parametrize("fmt", ["html", "md", "json"])
def test_every_text_format_is_written(session: SessionRecord, bank, tmp_path: Path, fmt) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"card.{fmt}"
    written = export.write_export(target, export.render(fmt, session, bank))
    assert written == target and target.stat().st_size > 500
    assert [p.name for p in out.iterdir()] == [target.name]  # no temporary file left


def test_write_errors_name_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(export.ExportError, match="does not exist"):
        export.write_export(tmp_path / "missing" / "a.html", "x")
    with pytest.raises(export.ExportError, match="is a folder"):
        export.write_export(tmp_path, "x")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "a.html"
    with pytest.raises(export.ExportError, match=r"a\.html: no space left on the disk"):
        export.write_export(target, "x")
    assert list(tmp_path.iterdir()) == []  # the partial file is removed


def test_format_follows_the_file_name() -> None:
    assert export.format_for("a.HTML").key == "html"
    assert export.format_for("a.txt", "md").key == "md"
    with pytest.raises(export.ExportError, match="a.txt"):
        export.format_for("a.txt")


def test_markdown_keeps_each_answers_lines_apart(session: SessionRecord, bank) -> None:
    """Walkthrough 9: "*technical · typed* · **72/100**" and "Overall = content 72 × 100%" (or a
    skipped answer's "**Model answer**") stood on adjacent lines, so Markdown joined them into
    one paragraph; and a skip read "skipped: no words: skipped, counts as 0"."""
    lines = export.render("md", session, bank).split("\n")
    for above, line in zip(lines, lines[1:], strict=False):
        if line.startswith(("Overall = ", "**Model answer**")):
            assert above == "", (above, line)
    md = "\n".join(lines)
    assert "**skipped (no words, counts as 0)**" in md
    assert "Skipped (no words, counts as 0)." in export.render("html", session, bank)


def test_html_colours_score_text_as_tables_says(session: SessionRecord, bank, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The page's light and dark score text colours come from ``core.tables`` (its CSS kept a
    copy of them, so a colour changed there never reached the HTML export)."""
    from simulator.core import tables

    monkeypatch.setitem(tables.TEXT_ON_LIGHT, tables.GOOD, "#010203")
    monkeypatch.setitem(tables.TEXT_ON_DARK, tables.BAD, "#040506")
    html = export.render("html", session, bank)
    assert "--good-text: #010203;" in html
    assert "--bad-text: #040506;" in html


def test_a_delivery_basis_reads_as_a_sign_in_every_export(bank, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The delivery line's basis said "0 pauses >= 2.5 s", which the Markdown export wrote as
    "0 pauses &gt;= 2.5 s" (walkthrough ux36): it says "≥" now, and a basis stored with ">="
    before reads the new way."""
    storage = Storage(data_dir / "sessions.sqlite3")
    question = bank.get("tech.overfit")
    score = score_answer(question, Transcript(text=EVIL, duration_s=40.0))
    assert " ≥ 2.5 s" in score.basis["delivery"]
    score.basis["delivery"] = score.basis["delivery"].replace(" ≥ ", " >= ")  # as stored before
    sid = storage.create_session({"name": "Old", "question_ids": [question.id]})
    storage.add_answer(sid, question.id, 0, "spoken", EVIL, duration_s=40.0, score=score)
    storage.finish_session(sid, score_session([(question, score)]))
    record = storage.session(sid)
    storage.close()
    for fmt in ("md", "html"):
        shown = export.render(fmt, record, bank)
        assert "≥ 2.5 s" in shown and "&gt;=" not in shown and ">= 2.5" not in shown, fmt
