"""An answer cut by End is compared with nothing, and nothing is compared with it (issue 8,
walk62): walkthrough 61's scorecard said "+67 vs 30 (last time)" for a whole story against the
same story cut after its first sentence by End, a change the person never made."""

from __future__ import annotations

from pathlib import Path

from session_kit import PACK, Harness

from simulator.core.interview import State
from simulator.core.questions import load_packs
from simulator.core.scorecard import load_scorecard
from simulator.core.scorecard.model import AnswerView
from simulator.core.storage import Storage

STORY = (
    "Last year two engineers on my team disagreed about the feature store. My task was to "
    "settle it. I met each of them, listened, and ran a benchmark myself. As a result we "
    "shipped two weeks early and cut latency by 30 percent."
)
FIRST_LINE = "Last year two engineers on my team disagreed about how to build our pipeline."


def _story(storage: Storage, tmp_path: Path, text: str, cut: bool) -> int:
    h = Harness(tmp_path, follow_ups=False, storage=storage)
    h.start("beh.conflict")
    h.to_answering()
    if cut:
        h.session.end(text)
    else:
        h.session.primary(text)
        h.session.primary()  # on to the scorecard
    assert h.session.state is State.SCORECARD
    assert h.session.session_id is not None
    return h.session.session_id


def _view(storage: Storage, sid: int) -> AnswerView:
    _session, card = load_scorecard(storage, sid, load_packs([PACK]))
    return card.answers[0]


def test_a_whole_answer_is_compared_with_the_last_whole_one_and_says_so(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    first = _story(storage, tmp_path, STORY, cut=False)
    cut = _story(storage, tmp_path, FIRST_LINE, cut=True)
    again = _story(storage, tmp_path, STORY, cut=False)
    whole = _view(storage, first)
    view = _view(storage, again)
    assert view.earlier is not None and view.earlier.overall == whole.overall
    assert view.change == 0
    assert view.change_text.endswith("(this question, last answer taken to its end)")
    # the cut one is compared with nothing: it is scored on what it reached
    cut_view = _view(storage, cut)
    assert cut_view.ended_early and cut_view.change is None and cut_view.change_text == ""
    storage.close()


def test_with_no_cut_answer_between_it_is_the_last_time(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    _story(storage, tmp_path, STORY, cut=False)
    view = _view(storage, _story(storage, tmp_path, STORY, cut=False))
    assert view.change_text.endswith("(this question, last time)")
    storage.close()
