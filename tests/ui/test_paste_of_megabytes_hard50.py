"""A paste of 100 MB into the answer box (attack run 50): it was searched for control characters
whole, and cleaned whole, before all but 200,000 characters of it were cut: 3.6 s of a frozen
window for 100 MB of words, 9.4 s when a control character stood in every line. Only twice the
room is looked at now (0.7 s, QMimeData's own copy of the text); what is kept is as before. With
control characters in it the page's notice said '... control characters (BEL and others) in what
you pasted were left out: ... Your words, tabs and line breaks are kept', of a paste cut to 1 %:
that it was cut is said last now, and stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData

from simulator.core.transcript import MAX_ANSWER_CHARS
from simulator.ui.widgets import answer_box


@pytest.mark.parametrize(
    "line", ["overfitting memorizes noise ", "overfitting\x07 memorizes noise "]
)
def test_a_paste_of_megabytes_is_looked_at_only_as_far_as_it_fits_hard50(
    qtbot, monkeypatch, line: str
) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.interview import InterviewPage

    scanned: list[int] = []
    real = answer_box.CONTROLS

    class Watched:
        def findall(self, text: str) -> list[str]:
            scanned.append(len(text))
            return real.findall(text)

    monkeypatch.setattr(answer_box, "CONTROLS", Watched())
    page = InterviewPage()
    qtbot.addWidget(page)
    page.answer.setReadOnly(False)
    page.answer.insertPlainText("typed first. ")
    trimmed: list[int] = []
    page.answer.trimmed.connect(trimmed.append)
    pasted = QMimeData()
    pasted.setText(line * (20_000_000 // len(line)))
    page.answer.insertFromMimeData(pasted)
    text = page.answer.toPlainText()
    assert len(text) == MAX_ANSWER_CHARS and text.startswith("typed first. overfitting")
    assert "\x07" not in text
    assert scanned and max(scanned) <= 2 * MAX_ANSWER_CHARS + 1024  # not 20,000,000
    assert trimmed and trimmed[0] > 19_000_000  # the rest is said not kept
    assert not page.notice.isHidden() and f"{MAX_ANSWER_CHARS:,}" in page.notice.text()
