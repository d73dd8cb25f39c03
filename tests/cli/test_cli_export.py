"""``ml-interview export``: every format through the real CLI, and one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
TEXTS = {
    "tech.overfit": "It memorizes noise in the training set. <script>alert(1)</script>",
    "beh.conflict": "Last year two colleagues disagreed. My task was to fix it. I met each of "
    "them. As a result we shipped two weeks early, 30 percent faster.",
    "case.spam": "",
}


@pytest.fixture
def session_id(data_dir: Path) -> int:
    """A finished session in the private data dir; the mini pack installed as a user pack."""
    shutil.copy(PACK, paths.user_packs_dir() / "mini_pack.yaml")
    bank: QuestionBank = load_packs([PACK])
    storage = Storage(paths.database_file())
    sid = storage.create_session({"name": "CLI test", "question_ids": list(TEXTS)})
    items = []
    for position, (qid, text) in enumerate(TEXTS.items()):
        score = score_answer(bank.get(qid), Transcript(text=text))
        mode = "typed" if text else "skipped"
        storage.add_answer(sid, qid, position, mode, text, score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    storage.close()
    return sid


@pytest.mark.parametrize("fmt", ["html", "md", "json"])
def test_text_formats(session_id: int, tmp_path: Path, capsys, fmt: str) -> None:
    out = tmp_path / f"card.{fmt}"
    assert main(["export", str(session_id), "--format", fmt, "-o", str(out)]) == 0
    assert f"exported session {session_id} as {fmt}" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text)["session"]["answers"][0]["text"] == TEXTS["tech.overfit"]
    else:
        assert "<script>" not in text and "&lt;script&gt;" in text
        assert "What is overfitting and how do you detect it?" in text


def test_pdf_from_the_command_line(session_id: int, tmp_path: Path) -> None:
    # A separate process, as a person runs it: the CLI makes its own offscreen Qt application.
    out = tmp_path / "card.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "export", "latest", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        info = subprocess.run([pdfinfo, str(out)], capture_output=True, text=True, check=True)
        pages = int(
            next(ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")).split()[1]
        )
        assert pages >= 2  # three answers explained do not fit on one A4 page
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
        assert "<script>alert(1)</script>" in text  # shown as text, not swallowed as markup
        assert "Scorecard: CLI test" in text
        words = text.split()
        assert "Content" in words and "Structure" in words  # column headers not broken apart


def test_unknown_session_is_one_line(session_id: int, tmp_path: Path, capsys) -> None:
    out = tmp_path / "card.html"
    assert main(["export", "999", "--format", "html", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no session 999" in err
    assert not out.exists()


def test_unwritable_path_is_one_line(session_id: int, tmp_path: Path, capsys) -> None:
    target = tmp_path / "no" / "such" / "dir" / "card.md"
    assert main(["export", str(session_id), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err


def test_no_database_yet(tmp_path: Path, capsys) -> None:
    assert main(["export", "1", "-o", str(tmp_path / "a.json")]) == 1
    assert "no sessions yet" in capsys.readouterr().err


def test_a_huge_answer_is_cut_in_the_pdf_and_whole_in_markdown(data_dir: Path) -> None:
    """2,000,000 characters (an archive from before the typed-answer limit) took 107 s to lay
    out as about 330 pages; the PDF now keeps what the window shows and says where the rest is."""
    phrase = "variance grows with model flexibility"
    text = f"{phrase} " * 52_000
    shutil.copy(PACK, paths.user_packs_dir() / "mini_pack.yaml")
    bank = load_packs([PACK])
    storage = Storage(paths.database_file())
    sid = storage.create_session({"name": "Huge", "question_ids": ["tech.overfit"]})
    score = score_answer(bank.get("tech.overfit"), Transcript(text=TEXTS["tech.overfit"]))
    storage.add_answer(sid, "tech.overfit", 0, "typed", text, score=score)
    storage.finish_session(sid, score_session([(bank.get("tech.overfit"), score)]))
    storage.close()
    pdf, md = data_dir / "huge.pdf", data_dir / "huge.md"
    for out in (pdf, md):
        done = subprocess.run(
            [sys.executable, "-m", "simulator", "export", str(sid), "-o", str(out)],
            capture_output=True, text=True, timeout=300,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert md.read_text(encoding="utf-8").count(phrase) == 52_000
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is not installed (poppler-utils)")
    printed = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(printed.replace("\ufb02", "fl").split())  # the "fl" ligature as letters
    assert "more characters are not in this PDF" in flat
    assert "the HTML, Markdown and JSON exports keep the whole answer" in flat
    assert 0 < flat.count(phrase) < 2_000  # about 60,000 characters of it
