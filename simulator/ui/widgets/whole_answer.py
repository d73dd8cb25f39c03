"""A long answer whole, to read and copy, in a view whose layout is lazy.

The Review page shows a long answer's first words with their marks (``SHOWN_CHARS``): a
QTextEdit lays its whole text out at once on the GUI thread, and a 200,000-character paste
froze the window 0.2-0.45 s. A QPlainTextEdit lays out only the paragraphs in view, so its
text is given in paragraphs of at most ``PARAGRAPH_CHARS`` (one paragraph of 200,000
characters is still laid out whole: 180 ms against 6 ms in paragraphs). Copy all copies the
answer exactly as stored.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from simulator.ui.widgets.common import button, label, name

PARAGRAPH_CHARS = 2_000


def in_paragraphs(text: str, most: int = PARAGRAPH_CHARS) -> str:
    """``text`` with each line longer than ``most`` broken at a space (a new line in its
    place) into lines of at most ``most`` characters; a run with no space is cut as it is."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > most:
            cut = line.rfind(" ", 0, most + 1)
            if cut <= 0:
                out.append(line[:most])
                line = line[most:]
            else:
                out.append(line[:cut])
                line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


class WholeAnswerDialog(QDialog):
    def __init__(self, text: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("wholeAnswerDialog")
        self._text = text
        layout = QVBoxLayout(self)
        hint = label(
            f"{len(text):,} characters. Long lines are wrapped in paragraphs here; Copy all "
            "copies the answer exactly as it was given.",
            "hint",
        )
        layout.addWidget(hint)
        self.view = QPlainTextEdit()
        name(self.view, "wholeAnswerText", "Whole answer")
        self.view.setReadOnly(True)
        self.view.setPlainText(in_paragraphs(text))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = button(
            "&Copy all", "copyWholeAnswer", None, self.copy_all, "Copy the whole answer"
        )
        row.addWidget(self.copy_button)
        row.addWidget(button("Close", "closeWholeAnswer", None, self.accept, "Close (Esc)"))
        layout.addLayout(row)
        self.resize(760, 560)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
