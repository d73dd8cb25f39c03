"""An answer's words are written in pieces of alike words (perf43): the document, each word's
format and tooltip, and each word's span are what writing them one by one gave, whatever the
characters (outside the BMP, a "\\r\\n" inside a word, Qt's frame marks, long runs)."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextDocument

from simulator.core.review import PauseMark, ReviewWord
from simulator.ui.widgets.transcript_view import insert_words

WORDS = (
    ReviewWord("So", 0.0, 0.2),
    ReviewWord("um,", 0.3, 0.5, kind="filler", phrase="um"),
    ReviewWord("I", 0.6, 0.7, kind="hedge", phrase="I think"),
    ReviewWord("think", 0.7, 0.9, kind="hedge", phrase="I think"),
    ReviewWord("variance", 1.0, 1.4, evidence="Bias-variance trade-off"),
    ReviewWord("grows", 1.4, 1.7, evidence="Bias-variance trade-off", probability=0.05),
    ReviewWord("😀🚀", 1.8, 2.0),
    ReviewWord("naïve\r\nline", 2.0, 2.2),
    ReviewWord("\ufdd0frame\ufdd1", 2.3, 2.4),
    ReviewWord("x" * 300, 2.5, 2.6),
    ReviewWord("mumbled", 2.7, 2.8, probability=0.04),
    ReviewWord("uh", 2.9, 3.0, kind="filler", phrase="uh"),
    ReviewWord("end.", 3.1, 3.2, probability=0.9),
)
PAUSES = {4: PauseMark(4, 0.9, 3.5), 9: PauseMark(9, 2.4, 4.0)}


def _one_by_one(doc: QTextDocument, palette: QPalette) -> list[tuple[int, int]]:
    """Each word written alone after what came before, as the writer wrote them before perf43."""
    plain = QTextCharFormat()
    plain.setForeground(palette.color(QPalette.ColorRole.Text))
    spans = []
    cursor = QTextCursor(doc)
    for i, word in enumerate(WORDS):
        if i:
            cursor.insertText(" ", plain)
        pause = {0: PAUSES[i]} if i in PAUSES else None
        spans += insert_words(cursor, (word,), palette, pause)
    return spans


def _runs(doc: QTextDocument) -> list[tuple[int, str, str, bool, int]]:
    """Each character's position, tooltip, background, italics and underline style."""
    out = []
    cursor = QTextCursor(doc)
    for pos in range(1, doc.characterCount()):
        cursor.setPosition(pos)
        f = cursor.charFormat()
        out.append((pos, f.toolTip(), f.background().color().name(), f.fontItalic(),
                    int(f.underlineStyle().value)))  # fmt: skip
    return out


def test_pieces_give_the_word_by_word_document_and_spans(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    palette = QApplication.palette()
    whole = QTextDocument()
    spans = insert_words(QTextCursor(whole), WORDS, palette, PAUSES)
    alone = QTextDocument()
    expected = _one_by_one(alone, palette)
    assert whole.toPlainText() == alone.toPlainText()
    assert spans == expected
    assert _runs(whole) == _runs(alone)
    # and each span holds its word as Qt stored it
    units = whole.toRawText().encode("utf-16-le")  # Qt's positions count UTF-16 units

    def at(span: tuple[int, int]) -> str:
        return units[2 * span[0] : 2 * span[1]].decode("utf-16-le")

    assert at(spans[6]) == "😀🚀"
    assert at(spans[12]) == "end."
    assert len({f[1] for f in _runs(whole)}) >= 5  # fillers, hedges, evidence, unsure: told


def test_two_thousand_plain_words_and_their_spans(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    doc = QTextDocument()
    words = [ReviewWord(f"w{i}", i * 0.3, i * 0.3 + 0.2) for i in range(2000)]
    spans = insert_words(QTextCursor(doc), words, QApplication.palette())
    text = doc.toPlainText()
    assert text == " ".join(w.text for w in words)
    assert [text[a:b] for a, b in spans] == [w.text for w in words]
