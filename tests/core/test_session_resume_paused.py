"""Crash while paused, from every state a pause can come from, then resume (issue 8's done-when:
"crash and resume from each state"; test_session_resume covers the states unpaused and
test_session_pause a paused spoken answer only). Nothing given is lost, the session goes on at
the question it stopped at, not paused, and finishes with every answer scored."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness, spoken
from test_session_resume import DETECT, IDS, PARTIAL, _drive

from simulator.core.interview import State


@pytest.mark.parametrize(
    ("state", "is_spoken", "index", "kept"),
    [
        # (paused from, spoken, resumed at question index, answers of question 1 kept)
        (State.ASKING, False, 0, 0),
        (State.PREPARING, False, 0, 0),
        (State.PREPARING, True, 0, 0),
        (State.ANSWERING, False, 0, 0),  # the typed words not sent (the draft is separate)
        (State.FOLLOW_UP, False, 0, 1),  # the follow-up is asked again
        (State.REVIEWING, False, 1, 2),
        (State.REVIEWING, True, 1, 2),
    ],
)
def test_crash_while_paused_then_resume(
    tmp_path: Path, state: State, is_spoken: bool, index: int, kept: int
) -> None:
    first = Harness(tmp_path, hold_voice=True)
    _drive(first, state, is_spoken)
    assert first.session.state is state
    first.session.toggle_pause()
    assert first.session.state is State.PAUSED
    record = first.storage.unfinished_session()  # the app dies while paused
    assert record is not None
    again = Harness(tmp_path / "again", storage=first.storage)
    for path in first.speech.started:
        again.speech.recovered[path.name] = spoken(DETECT if "follow-up" in path.name else PARTIAL)
    again.session.resume(record, [again.q(i) for i in IDS])
    s = again.session
    assert s.spoken is is_spoken and s.state is not State.PAUSED
    assert s.interview is not None and s.interview.index == index
    s.end()
    if s.state is State.TRANSCRIBING:
        s.transcribed(spoken(DETECT))
    assert s.state is State.SCORECARD
    finished = again.storage.session(record.id)
    assert finished.status == "finished"
    first_question = [a for a in finished.answers if a.position == 0]
    assert len(first_question) == kept
    # the main answer is scored (a follow-up's row has no score of its own: it is merged in)
    assert not kept or first_question[0].overall is not None
    if kept == 2:
        main = first_question[0]
        assert main.score is not None and {k.id: k.covered for k in main.score.key_points}["detect"]
