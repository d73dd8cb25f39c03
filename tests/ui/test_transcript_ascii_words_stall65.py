"""A transcript's words of printable ASCII are written as they are (stall65): each word went
through shown_marks' patterns and was counted in UTF-16, 4 of the ~6 ms of Python a 10,000-
character transcript took on the GUI thread. A word with anything to show (a control, a
zero-width or bidi character, a tab) or a run long enough to break still goes through them:
the document and each word's span are what they give."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCursor, QTextDocument

from simulator.core.export.render import breakable
from simulator.core.long_names import LONG_RUN
from simulator.core.reordering import shown_marks
from simulator.core.review import ReviewWord
from simulator.ui.widgets.transcript_view import insert_words

TEXTS = (
    "Plain",
    "ascii~!@#$%^&*()[]{}<>?/|\\'\"`",
    "bell\x07rings",
    "tab\there",
    "zero\u200bwidth",
    "\u202eevil",
    "del\x7f",
    "x" * LONG_RUN,
    "y" * (LONG_RUN + 1),
    "café",
    "😀",
    "end.",
)


def _units(text: str) -> int:
    return len(text.replace("\r\n", "\n").encode("utf-16-le")) // 2


def test_each_word_is_written_as_shown_marks_and_breakable_make_it() -> None:
    words = [ReviewWord(t, float(i), i + 0.5) for i, t in enumerate(TEXTS)]
    words[2] = ReviewWord(TEXTS[2], 2.0, 2.5, kind="filler", phrase="bell")  # another format
    doc = QTextDocument()
    spans = insert_words(QTextCursor(doc), words, QPalette())
    shown = [breakable(shown_marks(t)) for t in TEXTS]
    assert doc.toPlainText() == " ".join(shown)
    assert shown[3] != TEXTS[3] or "\t" in shown[3]  # (the tab: not printable, the long way)
    assert shown[1] == TEXTS[1] and shown[7] == TEXTS[7]  # written as they are
    assert shown[8] != TEXTS[8] and shown[4] != TEXTS[4]  # a break added, a mark shown
    position = 0
    for (start, end), text in zip(spans, shown, strict=True):
        assert (start, end) == (position, position + _units(text)), text
        position = end + 1
