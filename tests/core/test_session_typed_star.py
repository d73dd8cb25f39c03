"""A typed STAR story moves the STAR timer as a spoken one does (walkthrough 30): typed, the
timer stayed on Situation for the whole answer (0:09 of Situation, nothing else) while the
feedback under it said "all four STAR parts"."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

SENTENCES = [
    "Two colleagues disagreed about the feature store. ",
    "My task was to unblock the launch. ",
    "I met each of them and ran a benchmark. ",
    "As a result we shipped two weeks early and cut costs by 20 percent.",
]


def _current(h: Harness) -> str:
    (phase,) = [p.phase for p in h.of(ev.StarTicked)[-1].phases if p.current]
    return phase


def test_a_typed_story_moves_the_star_timer_as_it_is_written(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("beh.conflict")
    h.to_answering()
    s = h.session
    assert s.star is not None and s.state is State.ANSWERING
    text = ""
    for sentence in SENTENCES:
        h.clock.advance(10)
        text += sentence
        s.save_draft(text)  # a moment after each pause in typing
        s.tick()
    assert _current(h) == "result"
    spent = {p.phase: p.elapsed_s for p in h.of(ev.StarTicked)[-1].phases}
    assert spent["situation"] < 40 and spent["action"] > 0, spent


def test_a_typed_draft_saved_while_paused_moves_nothing(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("beh.conflict")
    h.to_answering()
    s = h.session
    h.clock.advance(5)
    s.toggle_pause()
    s.save_draft("".join(SENTENCES))  # the words typed just before Ctrl+P
    s.toggle_pause()
    s.tick()
    assert _current(h) == "situation"
    assert sum(p.elapsed_s for p in h.of(ev.StarTicked)[-1].phases) == pytest.approx(6)


def test_after_the_story_is_submitted_no_part_is_outlined_as_being_told(tmp_path: Path) -> None:
    """ux32: after saving, the timer still outlined the last part as the one being told,
    under the feedback; its times stay, as they were at the submit."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("beh.conflict")
    h.to_answering()
    s = h.session
    h.clock.advance(30)
    s.submit(" ".join(SENTENCES))
    (last,) = [e for e in h.of(ev.StarTicked)][-1:]
    assert not any(p.current for p in last.phases)
    assert sum(p.elapsed_s for p in last.phases) == pytest.approx(30, abs=1)
    h.clock.advance(20)
    s.toggle_pause()
    s.toggle_pause()  # a pause and resume under the feedback does not start it again
    assert s.star is not None
    assert sum(p.elapsed_s for p in s.star.phases()) == pytest.approx(30, abs=1)
