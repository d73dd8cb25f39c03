"""The PDF's answers table (issue 12, item 19): no header or category breaks mid-word."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextDocument, QTextTable

from simulator.core.export.render import render_print_html
from simulator.core.scorecard import load_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.transcript import Transcript


def test_headers_and_categories_keep_their_words_whole(qapp, services) -> None:  # type: ignore[no-untyped-def]
    storage, bank = services.storage, services.bank
    ids = ["tech.overfit", "beh.conflict", "case.spam"]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids})
    items = []
    for i, qid in enumerate(ids):
        score = score_answer(bank.get(qid), Transcript(text="It memorizes the noise."))
        storage.add_answer(sid, qid, i, "typed", "It memorizes the noise.", score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    _, card = load_scorecard(storage, sid, bank)
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(render_print_html(card))
    document.setPageSize(QSizeF(178 / 25.4 * 96, 265 / 25.4 * 96))  # A4 less 16 mm margins, 96 dpi
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    answers = next(
        t for t in tables if t.cellAt(0, 1).firstCursorPosition().block().text() == "Question"
    )
    document.documentLayout().documentSize()  # lay it out
    cells = [(0, c) for c in range(answers.columns())] + [(r, 2) for r in range(1, answers.rows())]
    for row, col in cells:  # every header, and every row's category
        block = answers.cellAt(row, col).firstCursorPosition().block()
        assert block.layout().lineCount() == 1, (row, col, block.text())
