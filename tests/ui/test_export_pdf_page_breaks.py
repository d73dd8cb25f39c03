"""The PDF draws each line on one page only (walkthrough 40: the line before a page break was
drawn again, clipped out of sight, at the top of the next page, so the PDF's text held it twice
for copy, search and screen readers). Each word of the answer is numbered and must be in the
PDF's text once, on one page, whatever runs over a break: a paragraph, a table row, a list."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from simulator.core.export.render import render_print_html
from simulator.core.questions import load_packs
from simulator.core.scorecard import build_scorecard
from simulator.core.storage import Storage
from simulator.paths import bundled_packs_dir
from simulator.ui.export_pdf import (
    _blocks,
    _no_paragraph_across_pages,
    ensure_gui_app,
    pdf_bytes,
)
from tests.scores import answer_score, session_score


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is not installed (poppler-utils)")
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def _numbered(pages: list[str], mark: str) -> Counter[str]:
    return Counter(w for page in pages for w in page.split() if w.startswith(mark))


def test_a_long_answer_over_page_breaks_is_in_the_pdf_text_once(tmp_path: Path) -> None:
    ensure_gui_app()
    words = [f"zq{i:04d}" for i in range(2600)]  # about three pages of one paragraph
    bank = load_packs([bundled_packs_dir()])
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(
        sid, "tech.bias-variance", 0, "typed", " ".join(words), score=answer_score(50)
    )
    storage.finish_session(sid, session_score(50))
    record = storage.session(sid)
    storage.close()
    pages = _pages(pdf_bytes(render_print_html(build_scorecard(record, bank))), tmp_path)
    assert len(pages) >= 3  # the answer runs over two breaks at least
    seen = _numbered(pages, "zq")
    assert [w for w, n in seen.items() if n > 1] == []  # no line twice
    assert set(seen) == set(words)  # and none lost


@pytest.mark.parametrize(
    "html",
    [
        "".join(f"<p>{' '.join(f'p{j:02d}x{i:03d}' for j in range(30))}</p>" for i in range(60)),
        "<table>"
        + "".join(
            f"<tr><td>{' '.join(f'p{j:02d}t{i:03d}' for j in range(25))}</td><td>x</td></tr>"
            for i in range(40)
        )
        + "</table>",
        "<ul>"
        + "".join(f"<li>{' '.join(f'p{j:02d}l{i:03d}' for j in range(40))}</li>" for i in range(40))
        + "</ul>",
    ],
    ids=["paragraphs", "table", "list"],
)
def test_each_line_is_on_one_page(html: str, tmp_path: Path) -> None:
    ensure_gui_app()
    pages = _pages(pdf_bytes(html), tmp_path)
    assert len(pages) >= 3
    seen = _numbered(pages, "p")
    assert [w for w, n in seen.items() if n > 1] == []
    assert len(seen) == html.count(" p") + html.count(">p")


def test_a_paragraph_of_many_pages_is_cut_in_one_edit() -> None:
    """Each cut told to the layout on its own re-laid out the rest of the paragraph once per page
    (a 12,000-word answer took 1.8 s to export): the cuts are found in one walk and made in one
    edit, so the layout hears of them once, however many pages the paragraph runs over."""
    ensure_gui_app()
    document = QTextDocument()
    document.setPageSize(QSizeF(400, 300))
    document.setHtml("<p>" + " ".join(f"w{i}" for i in range(3000)) + "</p>")
    changes: list[tuple[int, int, int]] = []
    document.contentsChange.connect(lambda *change: changes.append(change))
    _no_paragraph_across_pages(document)
    assert document.blockCount() >= 10  # cut at each of the many breaks
    layout = document.documentLayout()
    for block in _blocks(document):  # each piece on one page
        lines = block.layout()
        top = layout.blockBoundingRect(block).top()
        pages = {int((top + lines.lineAt(i).y()) // 300) for i in range(lines.lineCount())}
        assert len(pages) == 1
    assert len(changes) <= 2  # the cuts as one edit, then the whole laid out again to check
