"""A spoken answer's words the recogniser was unsure of, in the real window (issue 8, speech39):
Review keeps them in the transcript, in italics with a dotted underline and a tooltip, and its
legend says what that means; the scorecard lists them under the answer."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

from simulator.core.scoring import SessionScore, score_answer
from simulator.core.transcript import UNSURE_WORD_PROBABILITY, Transcript
from tests.ui.recorded import SPOKEN, open_review, timed_words, write_wav
from tests.ui.waits import HANG_MS

UNSURE_AT = (4, 5)  # "disagreed about": heard unclearly


def _session(services, tmp_path):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    words = [
        replace(w, probability=UNSURE_WORD_PROBABILITY / 2 if i in UNSURE_AT else 0.9)
        for i, w in enumerate(timed_words())
    ]
    duration = write_wav(tmp_path / "answer.wav", words)
    transcript = Transcript(SPOKEN, tuple(words), "whisper", "tiny.en", duration)
    storage, bank = services.storage, services.bank
    sid = storage.create_session({"name": "Unsure words", "question_ids": ["beh.conflict"]})
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", SPOKEN, transcript=transcript.to_dict(),
        audio_path=str(tmp_path / "answer.wav"), duration_s=duration,
        score=score_answer(bank.get("beh.conflict"), transcript),
    )  # fmt: skip
    storage.finish_session(sid, SessionScore(60, {}, None, None, []))
    return sid, [w.word for w in words]


def _format_of(view, index: int) -> QTextCharFormat:  # type: ignore[no-untyped-def]
    start, _ = view.word_span(index)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    return cursor.charFormat()


def test_review_shows_unsure_words_as_heard_unclearly(qtbot, window, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sid, words = _session(services, tmp_path)
    page = open_review(qtbot, window, sid)
    view = page.transcript
    text = view.toPlainText()
    shown = [text[slice(*view.word_span(i))] for i in range(len(words))]
    assert shown == words  # every word kept, as heard
    for i in range(len(words)):
        fmt = _format_of(view, i)
        unsure = i in UNSURE_AT
        assert fmt.fontItalic() is unsure, words[i]
        dotted = fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
        assert dotted is unsure, words[i]
        assert ("Heard unclearly" in fmt.toolTip()) is unsure, words[i]
    assert "heard unclearly" in page.replay.legend.text()


def test_the_scorecard_lists_unsure_words_under_the_answer(
    qtbot, window, services, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    sid, words = _session(services, tmp_path)
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    qtbot.waitUntil(lambda: "Your answer" in window.scorecard.detail.toPlainText(), timeout=HANG_MS)
    text = window.scorecard.detail.toPlainText()
    assert "Heard unclearly" in text
    assert f"“{words[UNSURE_AT[0]]}”, “{words[UNSURE_AT[1]]}”" in text
