"""A typed answer is at most MAX_ANSWER_CHARS long (about four hours of speech): pasting more
keeps the first part and says how much was not kept. Before, a pasted 14 MB text was taken
whole and its scoring ran for minutes and over a gigabyte of memory."""

from __future__ import annotations

from simulator.core.transcript import MAX_ANSWER_CHARS


def test_a_paste_past_the_limit_is_cut_and_said(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.interview import InterviewPage

    page = InterviewPage()
    qtbot.addWidget(page)
    page.answer.setReadOnly(False)
    page.answer.insertPlainText("typed first. ")
    page.answer.insertPlainText("x" * MAX_ANSWER_CHARS)
    text = page.answer.toPlainText()
    assert len(text) == MAX_ANSWER_CHARS and text.startswith("typed first. ")
    assert not page.notice.isHidden() and "13 characters" in page.notice.text()
    assert f"{MAX_ANSWER_CHARS:,}" in page.notice.text()


def test_a_huge_paste_is_cut_before_it_reaches_the_document(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A 5 MB paste with no space in it held the window for 8 minutes (Qt lays out the pasted
    line whole before the limit could cut it); what goes in is cut first now."""
    from PySide6.QtCore import QMimeData

    from simulator.ui.pages.interview import InterviewPage

    page = InterviewPage()
    qtbot.addWidget(page)
    page.answer.setReadOnly(False)
    page.answer.insertPlainText("typed first. ")
    added: list[int] = []
    page.answer.document().contentsChange.connect(lambda _at, _gone, n: added.append(n))
    pasted = QMimeData()
    pasted.setText("x" * (MAX_ANSWER_CHARS + 300_000))
    page.answer.insertFromMimeData(pasted)
    assert added and max(added) <= MAX_ANSWER_CHARS
    text = page.answer.toPlainText()
    assert len(text) == MAX_ANSWER_CHARS and text.startswith("typed first. ")
    assert "300,013 characters" in page.notice.text()
