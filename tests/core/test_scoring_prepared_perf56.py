"""Each question's scoring is prepared in the background as the interview reaches it (perf56).

In the voice interview benchmark the first scoring of a question took 250-930 ms of CPU (its
rubric's tables, and the first time one of its kind is scored, the bank-wide ones) and a later
one 30-110 ms: the wait for the feedback after Ctrl+Enter was mostly those tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness

from simulator.core.scoring import warm_up
from simulator.core.session import InlineExecutor, Session, SessionPlan
from simulator.core.session import events as ev
from simulator.core.session.ports import COMPUTE


def _harness(tmp_path: Path, *, warm: bool) -> Harness:
    h = Harness(tmp_path, follow_ups=False)
    h.session = Session(
        storage=h.storage,
        settings=h.settings,
        executor=h.executor,
        voice=h.voice,
        speech=h.speech,
        clock=h.clock,
        recordings=lambda: tmp_path / "recordings",
        warm_scoring=warm,
    )
    h.session.on_event(h.events.append)
    return h


def test_each_question_s_scoring_is_prepared_once_from_the_briefing_or_its_asking_r56(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared: list[str] = []
    monkeypatch.setattr(warm_up, "warm_question", lambda q, rivals: prepared.append(q.id))
    h = _harness(tmp_path, warm=True)
    h.voice.hold = True
    h.start("tech.overfit", "case.spam")
    assert prepared == ["tech.overfit"]  # in the briefing, before the question is read
    h.voice.finish()  # the briefing read: the first question is asked
    assert prepared == ["tech.overfit"]  # not twice
    h.voice.finish()
    h.to_answering()
    lanes_before = len(h.executor.lanes)
    h.session.submit("Overfitting is memorising noise; I compare training and validation error.")
    assert prepared == ["tech.overfit"]
    h.session.primary()  # the next question
    assert prepared == ["tech.overfit", "case.spam"]
    assert COMPUTE in h.executor.lanes[lanes_before:]


def test_the_app_s_close_does_not_wait_for_a_preparation_r56(tmp_path: Path) -> None:
    """It holds nothing a person gave: submitted as ``only_prepares`` (``ui.tasks``: a close
    of the app does not wait for such a job)."""
    h = _harness(tmp_path, warm=True)
    asked: list[tuple[str, bool]] = []
    submit = h.executor.submit

    def recorded(fn, on_done=None, on_error=None, *, lane="compute", only_prepares=False):  # type: ignore[no-untyped-def]
        asked.append((lane, only_prepares))
        return submit(fn, on_done, on_error, lane=lane, only_prepares=only_prepares)

    h.executor.submit = recorded  # type: ignore[method-assign]
    h.start("tech.overfit")
    assert (COMPUTE, True) in asked


def test_a_failed_preparation_is_left_to_the_answer_s_scoring_r56(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_question: object, _rivals: object) -> None:
        raise RuntimeError("no tables")

    monkeypatch.setattr(warm_up, "warm_question", broken)
    h = _harness(tmp_path, warm=True)
    h.start("tech.overfit")
    h.to_answering()
    h.session.submit("Overfitting is memorising noise; I compare training and validation error.")
    assert not h.of(ev.Failed) and h.notices() == []  # nothing said of it
    (row,) = h.rows()
    assert row.score is not None  # scored all the same


def test_the_warm_up_answer_builds_what_the_answer_s_scoring_needs_r56(tmp_path: Path) -> None:
    """Prepared, a question's first real answer is scored as fast as a second one is: the
    tables are the question's and its kind's, not the answer's (timed in CPU, generously)."""
    import time

    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    h = Harness(tmp_path)
    question = h.q("case.spam")
    answer = (
        "I would label a sample of messages by hand, train a classifier on the text and the "
        "sender's history, and watch precision at a fixed recall, because spammers adapt."
    )
    warm_up.warm_question(question)
    began = time.thread_time()
    score_answer(question, Transcript(text=answer))
    first = time.thread_time() - began
    began = time.thread_time()
    score_answer(question, Transcript(text=answer))
    second = time.thread_time() - began
    assert first < 3 * second + 0.05


def test_an_inline_executor_is_not_made_to_score_twice_by_default(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    assert isinstance(h.executor, InlineExecutor)
    h.start("tech.overfit")
    assert COMPUTE not in h.executor.lanes  # nothing scored yet


class _Queued:
    """An executor whose jobs wait until the test runs them, in order."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, object]] = []

    def submit(self, fn, on_done=None, on_error=None, *, lane="compute", only_prepares=False):  # type: ignore[no-untyped-def]
        def run() -> None:
            try:
                result = fn()
            except Exception as exc:
                if on_error is not None:
                    on_error(exc)
                return
            if on_done is not None:
                on_done(result)

        self.jobs.append((getattr(fn, "__qualname__", ""), run))

    def run_all(self) -> None:
        while self.jobs:
            _name, run = self.jobs.pop(0)
            run()  # type: ignore[operator]


def test_an_answer_scored_while_its_question_is_prepared_waits_for_it_r56(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both at once built the same tables twice, each slower for the other: the scoring starts
    once the preparation has ended (and is still waited for by the wrap-up meanwhile)."""
    order: list[str] = []
    monkeypatch.setattr(warm_up, "warm_question", lambda q, rivals: order.append("prepared"))
    from simulator.core.session import work

    real = work.Background._run

    def run(self, job, on_done, on_error, lane="compute"):  # type: ignore[no-untyped-def]
        order.append("scoring submitted")
        return real(self, job, on_done, on_error, lane)

    monkeypatch.setattr(work.Background, "_run", run)
    h = Harness(tmp_path, follow_ups=False)
    queued = _Queued()
    h.session = Session(
        storage=h.storage, settings=h.settings, executor=queued, voice=h.voice,
        speech=h.speech, clock=h.clock, recordings=lambda: tmp_path / "recordings",
        warm_scoring=True,
    )  # fmt: skip
    h.session.start(SessionPlan("Test", question_ids=("tech.overfit",)), [h.q("tech.overfit")])
    queued.run_all()  # (the database's jobs)
    order.clear()
    h.session._work._prepared.clear()  # asked again: its preparation is on its way
    h.session._work.prepare(h.q("tech.overfit"))
    entry = h.session._entry(0)
    h.session._work.score(entry)
    assert order == [] and h.session._work.pending == 1  # waits, and is waited for
    queued.run_all()
    assert order[:2] == ["prepared", "scoring submitted"]
