"""Review's replay (walk59, issue 8): following the words said, the transcript box scrolled the
current word to about a third of its height at any pixel offset, so the line at its top edge
was cut (and left blank, as whole_lines blanks a cut line) and a box with room for four lines
showed three at 960 x 640. The replay scrolls to a line's start: the box shows as many whole
lines as its room holds, wherever the word is, at every height, in both themes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTextEdit

from simulator.core.transcript import Transcript
from simulator.ui.widgets.whole_lines import _lines, top_cut
from tests.ui.recorded import SPOKEN, open_review, timed_words, write_wav
from tests.ui.test_review_follow_up_recording_walk57 import ASKED, FOLLOWED, _loaded
from tests.ui.test_review_polish57 import _scored_session


def _whole_lines_shown(view: QTextEdit) -> int:
    scrolled = view.verticalScrollBar().value()
    bottom = scrolled + view.viewport().height()
    return sum(1 for y, h in _lines(view) if y >= scrolled and y + h <= bottom + 0.5)


def _room_for(view: QTextEdit) -> int:
    """How many whole lines the box has room for (its blank margin under the last whole line
    counted in), scrolled to a line's start (past the first: its margin is not a line)."""
    room = view.viewport().height() + view.viewportMargins().bottom()
    lines = list(_lines(view))
    return max(
        sum(1 for y, h in lines[i:] if y + h <= top + room + 0.5)
        for i, (top, _h) in enumerate(lines)
        if i
    )


def test_the_replay_shows_as_many_whole_lines_as_fit_walk59(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, themed: str
) -> None:
    sid = _scored_session(services, tmp_path, f"{SPOKEN} {SPOKEN} {SPOKEN}")  # taller than its box
    window.resize(960, 640)
    window.show()
    page = open_review(qtbot, window, sid)
    _loaded(qtbot, page.replay)
    view = page.replay.transcript
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    short = []
    for height in range(630, 660, 2):  # a box of any height: some hold near a whole number of lines
        window.resize(960, height)
        qtbot.wait(30)
        fit = _room_for(view)
        if fit < 2 or bar.maximum() == 0:
            continue
        view.highlight(-1)
        bar.setValue(0)
        for index in range(0, len(view._starts), 2):  # the replay following the words, in order
            view.highlight(index)
            start, _end = view.word_span(index)
            cursor = view.textCursor()
            cursor.setPosition(start)
            rect = view.cursorRect(cursor)
            assert rect.top() >= 0 and rect.bottom() <= view.viewport().height(), (height, index)
            # scrolled at all (the top shows the first line's margin), the top edge is a line's
            # start and the box shows as many whole lines as its room holds, to the very end
            if bar.value() and (top_cut(view) or _whole_lines_shown(view) < fit):
                short.append((height, index, bar.value(), _whole_lines_shown(view), fit))
    assert short == []


def test_a_long_follow_up_s_box_follows_its_words_walk59(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    """A follow-up's box scrolls by lines, not px: the replay's px sum (the word's height down
    the box) sent it that many lines down, past the word being said, to the box's end."""
    storage = services.storage
    long_follow = " ".join([FOLLOWED] * 12)  # more lines than the box shows
    words = timed_words(long_follow)
    seconds = write_wav(tmp_path / "follow.wav", words)
    sid = storage.create_session({"name": "x", "question_ids": ["beh.conflict"]})
    storage.add_answer(sid, "beh.conflict", 0, "typed", SPOKEN)
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", long_follow, follow_up=ASKED,
        transcript=Transcript(long_follow, tuple(words), "whisper", "tiny.en", seconds).to_dict(),
        audio_path=str(tmp_path / "follow.wav"), duration_s=seconds,
    )  # fmt: skip
    storage.finish_session(sid, None)
    window.resize(960, 640)
    window.show()
    page = open_review(qtbot, window, sid)
    (box,) = page.replay.follow_up_answers
    qtbot.waitUntil(lambda: len(box.spans) == len(words), timeout=5000)
    bar = box.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    off = []
    for index in range(len(box.spans)):  # its recording playing, word by word
        box.highlight(index)
        cursor = box.textCursor()
        cursor.setPosition(box.spans[index][0])
        rect = box.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > box.viewport().height():
            off.append((index, bar.value(), bar.maximum()))
    assert off == []
    assert bar.value() > 0, "the box never scrolled: nothing tested"
