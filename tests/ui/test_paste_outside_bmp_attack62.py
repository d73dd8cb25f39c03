"""A paste cut at the answer's limit says how much it left out, emoji and other characters
outside the BMP included (attack run 62). The box counted the paste in Python characters and
the document in Qt's UTF-16 units, in which such a character is two: a paste of 833,566
characters holding emoji was cut twice, and the page's last word on it was "the last 3,300
characters were not kept" when 636,809 were not."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from simulator.core.transcript import MAX_ANSWER_CHARS
from simulator.ui.widgets.answer_box import LimitedTextBox


def _paste(box: LimitedTextBox, text: str) -> list[int]:
    said: list[int] = []
    box.trimmed.connect(said.append)
    data = QMimeData()
    data.setText(text)
    box.insertFromMimeData(data)
    return said


def test_a_paste_of_emoji_cut_at_the_limit_says_what_it_left_out_attack62(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = LimitedTextBox(10)
    qtbot.addWidget(box)
    said = _paste(box, "aaaaaaaaa😀😀b")  # 12 characters, 14 UTF-16 units; room for 10 units
    kept = box.toPlainText()
    assert kept == "aaaaaaaaa"  # (the first emoji's two units do not fit in the one left)
    assert said == [3]  # once, and in characters: the two emoji and the b

    box = LimitedTextBox(10)
    qtbot.addWidget(box)
    said = _paste(box, "😀" * 30)
    assert box.toPlainText() == "😀" * 5
    assert said == [25]


def test_the_answer_page_names_the_whole_cut_of_a_huge_paste_with_emoji_attack62(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.interview import InterviewPage

    page = InterviewPage()
    qtbot.addWidget(page)
    page.answer.setReadOnly(False)
    words = "overfitting memorizes noise 👩‍💻 "
    pasted = words * (800_000 // len(words))
    said = _paste(page.answer, pasted)
    text = page.answer.toPlainText()
    assert pasted.startswith(text) and len(text.encode("utf-16-le")) // 2 <= MAX_ANSWER_CHARS
    assert said == [len(pasted) - len(text)]
    assert f"the last {len(pasted) - len(text):,} characters were not kept" in page.notice.text()


def test_typing_past_the_limit_counts_what_it_removes_in_characters_attack62(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = LimitedTextBox(10)
    qtbot.addWidget(box)
    box.setPlainText("aaaaaaaa")
    said: list[int] = []
    box.trimmed.connect(said.append)
    box.moveCursor(box.textCursor().MoveOperation.End)
    box.insertPlainText("😀😀")  # typed (an input method): one emoji fits, one does not
    assert box.toPlainText() == "aaaaaaaa😀"
    assert said == [1]
