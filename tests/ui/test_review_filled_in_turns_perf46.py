"""Review is filled one part per event-loop turn before it is shown (perf46): the answer's
words, each follow-up's and the explanation written in one event held the GUI thread 20-47 ms
of its CPU, 48-77 ms with the page's first showing (benchmarks/review_long_transcript.py).
Each part is its own event; the page is shown once every part is there, never half full, and
the parts of a fill overtaken by another are dropped."""

from __future__ import annotations

from simulator.core.review import session_reviews
from simulator.ui.widgets.replay_pane import ReplayPane
from tests.ui.recorded import open_review
from tests.ui.waits import HANG_MS

MAIN = "Overfitting is when the model memorizes noise in the training data."
FIRST = "I would compare the training and validation error curves."
SECOND = "More data or a simpler model."


def _session(storage, answer: str = MAIN) -> int:  # type: ignore[no-untyped-def]
    sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", answer)
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", FIRST, follow_up="How?")
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", SECOND, follow_up="Then?")
    return sid


def test_each_part_is_written_in_an_event_of_its_own_and_the_page_shown_when_full(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    written: list[tuple[int, str]] = []  # (the event it was written in, what)
    events = [0]

    class Counter(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.MetaCall:  # a queued call: one event-loop turn's
                events[0] += 1
            return False

    counter = Counter()
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    transcript, follow_up = ReplayPane._show_transcript, ReplayPane._add_follow_up

    def on_transcript(pane, review) -> None:  # type: ignore[no-untyped-def]
        written.append((events[0], "answer"))
        transcript(pane, review)

    def on_follow_up(pane, n, f) -> None:  # type: ignore[no-untyped-def]
        written.append((events[0], f"follow-up {n}"))
        follow_up(pane, n, f)

    monkeypatch.setattr(ReplayPane, "_show_transcript", on_transcript)
    monkeypatch.setattr(ReplayPane, "_add_follow_up", on_follow_up)
    page = window.past.review
    shown_with: list[tuple[str, list[str], str]] = []

    def on_change(_index: int) -> None:
        if window.stack.currentWidget() is page:
            answers = [a.toPlainText() for a in page.replay.follow_up_answers]
            shown_with.append((page.transcript.toPlainText(), answers, page.detail.toPlainText()))

    window.stack.currentChanged.connect(on_change)
    try:
        open_review(qtbot, window, _session(services.storage))
    finally:
        window.stack.currentChanged.disconnect(on_change)
        app.removeEventFilter(counter)
    assert [what for _, what in written] == ["answer", "follow-up 1", "follow-up 2"]
    assert len({event for event, _ in written}) == 3  # each in an event of its own
    ((text, answers, detail),) = shown_with  # shown once, full
    assert text == MAIN and answers == [FIRST, SECOND] and detail.strip()


def test_a_fill_overtaken_by_another_drops_its_parts(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    page = open_review(qtbot, window, _session(storage))
    first = storage.session(_session(storage, "The first session's answer."))
    second = storage.session(_session(storage, "The second session's answer."))
    reviews = {
        record.id: session_reviews(record, services.bank, {}, {}, {}) for record in (first, second)
    }
    done: list[str] = []
    page.show_session(first, reviews[first.id], 0, None, then=lambda: done.append("first"))
    assert done == []  # nothing written in the call: the parts run later
    page.show_session(second, reviews[second.id], 0, None, then=lambda: done.append("second"))
    qtbot.waitUntil(lambda: done == ["second"], timeout=HANG_MS)
    qtbot.wait(50)  # (the first fill's parts, had they been kept, would have run by now)
    assert done == ["second"]
    assert page.transcript.toPlainText() == "The second session's answer."
    assert [a.toPlainText() for a in page.replay.follow_up_answers] == [FIRST, SECOND]


def test_a_follow_up_box_is_as_tall_as_its_words_measured_from_its_first_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    from simulator.ui.widgets.replay_pane import FollowUpAnswer

    for words in (3, 40, 300, 400, 5_000):
        text = " ".join(f"word{i % 37}" for i in range(words))
        for width in (200, 600, 2_400):
            box = FollowUpAnswer()
            qtbot.addWidget(box)
            box.document().setDocumentMargin(10)
            QTextCursor(box.document()).insertText(text)
            box.resize(width, 300)
            whole = min(FollowUpAnswer.MAX_HEIGHT, box._height_of(None))
            assert box.fitted_height() == whole, (words, width)
