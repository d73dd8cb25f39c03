"""A spoken story's STAR timer, once the answer is in, is timed from its sentences as the score
read them (walkthrough 48, the virtual microphone): the live caption came in pieces of several
sentences, the timer moved on by each piece's last one, and the Task said between Situation and
Action stayed at "Task 0:00" under feedback that found all four parts."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness
from test_session_typed_star import SENTENCES

from simulator.core.session import events as ev
from simulator.core.star import StarTimer
from simulator.core.transcript import Transcript, Word


def _told(sentences: list[str], seconds_per_word: float = 0.4) -> Transcript:
    words, t = [], 0.5
    for sentence in sentences:
        for w in sentence.split():
            words.append(Word(w, t, t + seconds_per_word - 0.1))
            t += seconds_per_word
        t += 0.6  # a breath between sentences
    return Transcript(" ".join(s.strip() for s in sentences), tuple(words), "fake", "fake", t)


def _recording_a_story(tmp_path: Path) -> Harness:
    """A spoken behavioral answer, its recording just started."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("beh.conflict", spoken=True)
    h.to_answering()
    h.session.recording_started()
    return h


def _phases(h: Harness) -> dict[str, float]:
    """The STAR timer's time per part, as last shown."""
    return {p.phase: p.elapsed_s for p in h.of(ev.StarTicked)[-1].phases}


def test_a_spoken_story_s_task_is_timed_from_its_sentences_r49(tmp_path: Path) -> None:
    h = _recording_a_story(tmp_path)
    s = h.session
    h.clock.advance(6)
    s.caption(SENTENCES[0])
    h.clock.advance(14)  # the next piece of caption holds the task and the action
    s.caption("".join(SENTENCES[:3]))
    h.clock.advance(8)
    s.caption("".join(SENTENCES))
    h.clock.advance(4)
    live = _phases(h)
    assert live["task"] == 0  # as the window showed it while the story was told
    s.primary()
    answered = sum(p.elapsed_s for p in h.of(ev.StarTicked)[-1].phases)
    told = _told(SENTENCES)
    s.transcribed(told)
    shown = _phases(h)
    assert shown["task"] > 2, shown
    assert all(shown[p] > 2 for p in shown), shown
    assert sum(shown.values()) == pytest.approx(answered)  # the answer's time is kept
    assert not any(p.current for p in h.of(ev.StarTicked)[-1].phases)


def test_parts_marked_by_hand_keep_their_times_r49(tmp_path: Path) -> None:
    h = _recording_a_story(tmp_path)
    s = h.session
    h.clock.advance(10)
    s.mark_phase("action")  # Ctrl+3: the person says where they are
    h.clock.advance(10)
    s.primary()
    marked = _phases(h)
    s.transcribed(_told(SENTENCES))
    assert _phases(h) == marked


def test_retell_needs_word_times_and_an_ended_story_r49() -> None:
    now = [0.0]
    star = StarTimer(120, lambda: now[0])
    now[0] = 10
    told = [("situation", 0.5, 3.0), ("task", None, None)]
    assert not star.retell([("situation", 0.5, 3.0)])  # still being told
    star.end()
    assert not star.retell(told)  # a sentence with no time: the live times stay
    assert star.retell([("other", 0.2, 1.0), ("task", 4.0, 6.0), ("result", 6.0, 9.0)])
    spent = {p.phase: p.elapsed_s for p in star.phases()}
    assert spent == pytest.approx({"situation": 0, "task": 6, "action": 0, "result": 4})
