"""A key typed at the end of a long answer (attack run 62): each key scanned the whole answer
twice in Python on the window's thread, once for a run too long to wrap (the cursor's
paragraph, all 190,000 characters of a pasted one) and once for a sentence just ended (the
whole text), 6-11 ms of every key's 60-85 ms at load 19 (the rest is Qt laying the paragraph
out). Typing can only make the run at the cursor long, and a sentence ends at the end: only
those are read now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from simulator.ui.pages import interview
from simulator.ui.widgets import answer_box, long_words


def test_a_key_reads_only_the_text_around_the_cursor_attack62(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = interview.InterviewPage()
    qtbot.addWidget(page)
    page.answer.setReadOnly(False)
    story = "Last year our model failed in production. I was asked to fix it. "
    page.answer.insertPlainText(story * 3_000)  # one paragraph of 195,000 characters
    page.answer.moveCursor(page.answer.textCursor().MoveOperation.End)
    read: list[int] = []
    real_run, real_end = long_words.has_long_run, interview._SENTENCE_JUST_ENDED

    def run_read(text: str) -> bool:
        read.append(len(text))
        return real_run(text)

    class EndRead:
        def search(self, text: str):  # type: ignore[no-untyped-def]
            read.append(len(text))
            return real_end.search(text)

    monkeypatch.setattr(long_words, "has_long_run", run_read)
    monkeypatch.setattr(interview, "_SENTENCE_JUST_ENDED", EndRead())
    page.answer.setFocus()
    QTest.keyClicks(page.answer, "We shipped it. ")
    assert read and max(read) < 1_000


def test_a_long_run_typed_anywhere_still_wraps_anywhere_attack62(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = answer_box.LimitedTextBox(10_000)
    qtbot.addWidget(box)
    box.setPlainText("words " * 500 + "x" * 119 + " and more words " * 50)
    assert box.wordWrapMode() == long_words.WORDS
    cursor = box.textCursor()
    cursor.setPosition(len("words " * 500) + 119)  # at the end of the 119-letter run
    box.setTextCursor(cursor)
    box.setFocus()
    QTest.keyClicks(box, "yy")  # 121 letters: longer than a line may hold unbroken
    assert box.wordWrapMode() == long_words.ANYWHERE
    QTest.keyClick(box, Qt.Key.Key_Backspace)
    QTest.keyClick(box, Qt.Key.Key_Backspace)
    assert box.wordWrapMode() == long_words.WORDS  # the long run gone: words again
