"""A resumed answer goes on from the time already used (walkthrough 18): the answer clock of a
typed answer or follow-up, and the STAR timer of a story, restarted at 0:00 after a crash while
the answer typed so far came back."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

PARTIAL = "Overfitting is when it memorizes noise in the data."
DRAFT = "I watch the validation error"


def _crash_and_resume(first: Harness, tmp_path: Path, *ids: str) -> Harness:
    again = Harness(tmp_path, storage=first.storage)
    record = again.storage.unfinished_session()
    assert record is not None
    again.session.resume(record, [again.q(i) for i in ids])
    return again


def _elapsed(h: Harness) -> float:
    h.events.clear()
    h.session.tick()
    return float(h.of(ev.AnswerTicked)[-1].elapsed)


def test_a_resumed_typed_answer_keeps_its_time(tmp_path: Path) -> None:
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam")
    first.to_answering()
    first.clock.advance(40)
    first.session.save_draft(DRAFT)
    again = _crash_and_resume(first, tmp_path, "tech.overfit", "case.spam")
    assert again.session.state is State.ANSWERING  # words were typed: the answer goes on
    again.clock.advance(1.0)
    assert 41 <= _elapsed(again) < 43
    again.clock.advance(5)
    again.session.primary(DRAFT + " and the training error.")
    assert again.session.state is State.REVIEWING
    stored = again.rows()[0].score
    assert stored is not None and stored.answer_time_s is not None
    assert stored.answer_time_s >= 46


def test_a_resumed_follow_up_keeps_its_time(tmp_path: Path) -> None:
    first = Harness(tmp_path)
    first.start("tech.overfit")
    first.to_answering()
    first.session.primary(PARTIAL)
    assert first.session.state is State.FOLLOW_UP
    first.clock.advance(25)
    first.session.save_draft(DRAFT)
    again = _crash_and_resume(first, tmp_path, "tech.overfit")
    assert again.session.state is State.FOLLOW_UP  # the voice read it again
    # the follow-up's own time; the clock adds the answer's before it (polish45)
    assert 25 <= _elapsed(again) - again.of(ev.AnswerTicked)[-1].earlier < 26
    assert again.of(ev.AnswerTicked)[-1].earlier > 0


def test_a_resumed_story_keeps_its_star_times(tmp_path: Path) -> None:
    first = Harness(tmp_path, follow_ups=False)
    first.start("beh.conflict")
    first.to_answering()
    first.clock.advance(9)
    first.session.mark_phase("task")
    first.clock.advance(20)
    first.session.save_draft("Two engineers disagreed. I had to decide by Friday.")
    again = _crash_and_resume(first, tmp_path, "beh.conflict")
    assert again.session.state is State.ANSWERING  # words were typed: the story goes on
    again.clock.advance(1.0)
    again.events.clear()
    again.session.tick()
    phases = {p.phase: p for p in again.of(ev.StarTicked)[-1].phases}
    assert 9 <= phases["situation"].elapsed_s < 11  # 1 s of the first run before the draft
    assert 20 <= phases["task"].elapsed_s < 22 and phases["task"].current
    assert phases["action"].elapsed_s == 0 and phases["result"].elapsed_s == 0


def test_a_draft_with_a_damaged_time_still_gives_its_text_back(tmp_path: Path) -> None:
    import json

    from simulator.core.session.drafts import Draft, Drafts

    drafts = Drafts(lambda: tmp_path)
    drafts.write(7, Draft(1, None, DRAFT, 12.5, (("situation", 12.5),), "situation"))
    assert drafts.read(7) == Draft(1, None, DRAFT, 12.5, (("situation", 12.5),), "situation")
    for damaged in ({"elapsed_s": "soon"}, {"elapsed_s": 1e300}, {"star": 5}, {"star": [["a"]]}):
        data = {"position": 1, "follow_up": None, "text": DRAFT, **damaged}
        (tmp_path / "session-7.json").write_text(json.dumps(data), encoding="utf-8")
        assert drafts.read(7) == Draft(1, None, DRAFT), damaged


def test_the_clock_shown_after_submit_is_the_answer_s_time(tmp_path: Path) -> None:
    """A story submitted between two ticks showed "Situation 0:05" beside "0:04 of 2:45": the
    STAR timer was updated at the submit, the answer clock only at the last tick."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("beh.conflict")
    h.to_answering()
    h.clock.advance(3.9)
    h.session.tick()
    h.clock.advance(0.15)  # Ctrl+Enter before the next tick
    h.session.primary("Two engineers disagreed, so I set up a design review and we agreed.")
    shown = h.of(ev.AnswerTicked)[-1].elapsed
    star = sum(p.elapsed_s for p in h.of(ev.StarTicked)[-1].phases)
    assert int(shown) == int(star) == 5 and shown >= star


def test_a_resumed_empty_answer_keeps_its_time(tmp_path: Path) -> None:
    """Walkthrough 19: 40 s spent thinking in the answer box, nothing typed yet, then a crash:
    the resumed answer went on from 0:00. The time used is kept every few seconds while the
    answer runs, typed or not; nothing is restored into the box."""
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam")
    first.to_answering()
    for _ in range(40):
        first.clock.advance(1)
        first.session.tick()
    again = _crash_and_resume(first, tmp_path, "tech.overfit", "case.spam")
    again.to_answering()
    assert 36 <= _elapsed(again) < 44  # kept every 5 s, then 1 s of the new start
    assert not again.of(ev.DraftRestored)  # no text to put back, and no "answer is back"
    assert not any("typing when the app closed" in n.text for n in again.of(ev.Notice))


def test_the_clock_shows_the_time_used_from_the_resume_on(tmp_path: Path) -> None:
    """Walkthrough 19: after a resume the clock said 0:00 through the new thinking time, then
    jumped to the time used once the answer started again. Since walkthrough 26 an answer with
    words resumes straight into answering, its clock shown at once from the time used."""
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam")
    first.to_answering()
    first.clock.advance(40)
    first.session.save_draft(DRAFT)
    again = _crash_and_resume(first, tmp_path, "tech.overfit", "case.spam")
    shown = again.of(ev.QuestionShown)[-1]
    after = again.events[again.events.index(shown) :]
    ticks = [e for e in after if isinstance(e, ev.AnswerTicked)]
    assert ticks and 40 <= ticks[-1].elapsed < 42, ticks
    assert again.session.state is State.ANSWERING  # no new thinking time
