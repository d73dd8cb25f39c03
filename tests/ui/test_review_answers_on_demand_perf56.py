"""Review opens at one answer and reads the others' words when they are chosen, where a session's
stored transcripts are long (perf56): a session of four 300,000-word answers took 7.2 s to open,
reading every answer first (``benchmarks/review_long_transcript.py --set heldout55``)."""

from __future__ import annotations

import threading
from dataclasses import replace

from simulator.core.scoring import score_answer, score_session
from simulator.core.transcript import Transcript, Word
from simulator.ui import past_answers
from simulator.ui.pages import review as review_module
from simulator.ui.past_answers import _positions_read
from simulator.ui.widgets.transcript_view import READING
from tests.ui.waits import HANG_MS

TOLD = "so overfitting is when the model memorizes noise and I compare the errors"
SAID = TOLD.split()


def _spoken_session(services) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    storage, bank = services.storage, services.bank
    ids = ["tech.overfit", "beh.conflict", "case.spam"]
    sid = storage.create_session({"name": "Spoken", "question_ids": ids})
    answer_ids, items = [], []
    for i, qid in enumerate(ids):
        words = tuple(
            Word(f"{SAID[k % len(SAID)]}{i}", k * 0.3, k * 0.3 + 0.2, 0.9) for k in range(300)
        )
        transcript = Transcript(" ".join(w.word for w in words), words, "whisper", "tiny.en", 90)
        score = score_answer(bank.get(qid), transcript)
        answer_ids.append(
            storage.add_answer(
                sid,
                qid,
                i,
                "spoken",
                transcript.text,
                transcript=transcript.to_dict(),
                duration_s=90.0,
                score=score,
            )  # fmt: skip
        )
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    return sid, answer_ids


def test_long_answers_not_shown_are_read_when_chosen_r56(  # type: ignore[no-untyped-def]
    qtbot, window, services, monkeypatch
) -> None:
    sid, answer_ids = _spoken_session(services)
    monkeypatch.setattr(past_answers, "READ_AHEAD_CHARS", 1)  # every transcript is "long"
    threads: list[threading.Thread] = []
    render = review_module.render_answer_html

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return render(*args, **kwargs)

    monkeypatch.setattr(review_module, "render_answer_html", recorded)
    window.past.open_review(sid, answer_ids[1])
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    page = window.past.review
    # before: every answer read and its explanation rendered (3) as the page opened
    assert [r.loaded for r in page._reviews] == [False, True, False]
    assert len(threads) == 1
    assert "memorizes1" in page.transcript.toPlainText()
    assert page.answer_choice.count() == 3  # the list names every answer all the same
    page.answer_choice.setCurrentIndex(2)
    assert page.transcript.toPlainText() == READING  # said, not an empty answer
    assert not page.controls.isVisible()  # no recording to play before its words are in
    qtbot.waitUntil(lambda: "memorizes2" in page.transcript.toPlainText(), timeout=HANG_MS)
    assert page._reviews[2].loaded and page.detail.toPlainText().strip()
    assert len(threads) == 2 and all(t is not threading.main_thread() for t in threads)
    page.answer_choice.setCurrentIndex(1)  # read already: shown at once
    assert "memorizes1" in page.transcript.toPlainText() and len(threads) == 2


def test_an_answer_read_for_another_session_is_not_shown_r56(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    sid, _ids = _spoken_session(services)
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    page = window.past.review
    shown = page.transcript.toPlainText()
    stranger = replace(page._reviews[0], answer_id=-5)
    page.answer_read(stranger, {}, page._showings)
    assert page.transcript.toPlainText() == shown and -5 not in [r.answer_id for r in page._reviews]


def test_the_answers_nearest_the_one_opened_are_read_while_they_fit() -> None:
    sizes = {10: (0, 500), 11: (1, 300), 12: (1, 100), 13: (2, 450), 14: (3, 50)}
    assert _positions_read(sizes, 11, 10_000) == {0, 1, 2, 3}
    assert _positions_read(sizes, 11, 0) == {1}  # the one opened, whatever its size
    assert _positions_read(sizes, 11, 900) == {0, 1}  # 400 + 500, then nothing more fits
    assert _positions_read(sizes, 11, 850) == {1, 2}  # 500 does not fit; 450 does
    assert _positions_read(sizes, None, 600) == {0, 3}  # the first; 400, 450 do not fit
    assert _positions_read({}, None, 600) == set()


def test_words_read_for_an_earlier_showing_are_read_again_r56(  # type: ignore[no-untyped-def]
    qtbot, window, services, monkeypatch
) -> None:
    """A re-score shows the session again while an answer's words are being read: what that
    read brings is from before it, so the answer is read again, not shown as it was."""
    sid, answer_ids = _spoken_session(services)
    monkeypatch.setattr(past_answers, "READ_AHEAD_CHARS", 1)
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    page = window.past.review
    wanted: list[tuple[int, int, int]] = []
    page.answer_wanted.connect(lambda *args: wanted.append(args))
    page.answer_choice.setCurrentIndex(1)
    assert wanted == [(sid, answer_ids[1], page._showings)]
    stale = replace(page._reviews[1], loaded=True)
    page.answer_read(stale, {}, page._showings - 1)  # asked before the page was shown again
    assert not page._reviews[1].loaded and page.transcript.toPlainText() == READING
    assert wanted[-1] == (sid, answer_ids[1], page._showings)  # asked again
    qtbot.waitUntil(lambda: page._reviews[1].loaded, timeout=HANG_MS)
    assert "memorizes1" in page.transcript.toPlainText()
