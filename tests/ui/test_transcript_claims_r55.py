"""Review's transcript shows the claims the score judged (walk55): a wrong claim (a
contradicted key point, a charged misconception) with a red wave, a mistake warned against
with a green dash, each with a tooltip that names it; a sentence that is evidence for two key
points names both; the legend lists the marks the answer has."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from simulator.core.review import ReviewWord
from simulator.ui.style import BAD, GOOD
from simulator.ui.widgets.transcript_view import insert_words, legend_html

WORDS = (
    ReviewWord("Regularization", None, None, claim_kind="wrong",
               claim="Contradicts the key point: Reduces overfitting"),
    ReviewWord("fixes", None, None, evidence="Penalty\nKinds", claim_kind="wrong",
               claim="Contradicts the key point: Reduces overfitting"),
    ReviewWord("A", None, None, claim_kind="warned",
               claim="Warns against a common mistake (not charged): grows with image size"),
    ReviewWord("both", None, None, evidence="Penalty\nKinds"),
)  # fmt: skip


def _format_at(doc: QTextDocument, spans: list[tuple[int, int]], i: int) -> QTextCharFormat:
    cursor = QTextCursor(doc)
    cursor.setPosition(spans[i][0] + 1)
    return cursor.charFormat()


def test_wrong_and_warned_claims_and_shared_evidence_are_shown_r55(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    doc = QTextDocument()
    spans = insert_words(QTextCursor(doc), WORDS, QApplication.palette())
    wrong = _format_at(doc, spans, 0)
    assert wrong.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert wrong.underlineColor() == QColor(BAD)
    assert "Contradicts the key point: Reduces overfitting" in wrong.toolTip()
    both = _format_at(doc, spans, 1)  # wrong and evidence: the wave, and a tooltip of all three
    assert both.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert both.toolTip().splitlines() == [
        "Contradicts the key point: Reduces overfitting",
        "Evidence for the key point: Penalty",
        "Evidence for the key point: Kinds",
    ]
    warned = _format_at(doc, spans, 2)
    assert warned.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert warned.underlineColor() == QColor(GOOD)
    assert "not charged" in warned.toolTip()
    shared = _format_at(doc, spans, 3)
    assert shared.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert shared.toolTip().splitlines() == [
        "Evidence for the key point: Penalty",
        "Evidence for the key point: Kinds",
    ]
    legend = legend_html()
    assert "wrong claim (charged)" in legend and "mistake warned against" in legend


def test_the_legend_draws_each_line_as_the_transcript_does_r55(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's rich text reads ``text-underline-style``, not CSS's ``text-decoration: underline
    dotted``: the legend's "heard unclearly" had a plain line (or none) under a dotted word."""
    doc = QTextDocument()
    doc.setHtml(legend_html())
    styles = {}
    cursor = QTextCursor(doc)
    text = doc.toPlainText()
    for name in ("key point evidence", "wrong claim", "mistake warned against", "heard unclearly"):
        cursor.setPosition(text.index(name) + 2)
        styles[name] = cursor.charFormat().underlineStyle()
    assert styles == {
        "key point evidence": QTextCharFormat.UnderlineStyle.SingleUnderline,
        "wrong claim": QTextCharFormat.UnderlineStyle.WaveUnderline,
        "mistake warned against": QTextCharFormat.UnderlineStyle.DashUnderline,
        "heard unclearly": QTextCharFormat.UnderlineStyle.DotLine,
    }
