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
