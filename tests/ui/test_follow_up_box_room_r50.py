"""A long follow-up's box is measured only as far as the room it can be shown in (review of
1cefce29..main, finding 4). With its cap raised from 110 to 1,200 px, the first 2,000 characters
of a 10,000-character follow-up never filled it, so the whole text was laid out on the GUI
thread at every width (1.6 ms where its first characters take 0.35 ms). The cap is now the room
the pane gives the box: once the first characters fill it, the rest is not laid out."""

from __future__ import annotations

from simulator.ui.widgets.replay_pane import FollowUpAnswer
from tests.ui.recorded import open_review

SENTENCE = "I would compute the encoding out of fold, so no row ever sees its own label. "
LONG = SENTENCE * (10_000 // len(SENTENCE))


def test_a_long_follow_up_is_laid_out_only_as_far_as_its_room_r50(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.resize(960, 640)
    storage = services.storage
    sid = storage.create_session({"name": "x", "question_ids": ["tech.categorical-encoding"]})
    storage.add_answer(sid, "tech.categorical-encoding", 0, "typed", "Target encoding.")
    storage.add_answer(sid, "tech.categorical-encoding", 0, "typed", LONG,
                       follow_up="Explain exactly how target encoding leaks.")  # fmt: skip
    page = open_review(qtbot, window, sid)
    (box,) = page.replay.follow_up_answers
    qtbot.waitUntil(lambda: box.height() > 0 and box.isVisible(), timeout=5000)
    qtbot.wait(100)
    laid_out: list[int | None] = []
    measure = FollowUpAnswer._height_of

    def counted(self: FollowUpAnswer, chars: int | None) -> int:
        laid_out.append(chars)
        return measure(self, chars)

    monkeypatch.setattr(FollowUpAnswer, "_height_of", counted)
    for width in (1000, 1100, 1200, 980):
        window.resize(width, 640)
        qtbot.wait(60)
    assert laid_out, "no new width was measured"
    assert None not in laid_out, laid_out  # the whole 10,000 characters, at some width
    room = page.replay.transcript.height() + page.replay.follow_ups.height()
    assert box.minimumHeight() >= FollowUpAnswer.MIN_HEIGHT
    assert box.maximumHeight() <= room and box.height() <= room
