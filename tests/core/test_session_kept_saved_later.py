"""Answers kept in memory at a wrap-up that could not save, written once saving works again
(walkthrough 28: Try again on Home opened the database of a read-only run, and the answers given
meanwhile stayed in memory only). ``Session.save_kept`` writes them and finishes their session
with its summary; the words the window shows (``read_only.opened_again``, ``notice_places``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness
from test_session_storage_faults import GOOD, SPAM, Faults, _two_answers_then_full

from simulator.core.interview import State
from simulator.core.session.read_only import OPEN_AS_USUAL, notice_places, opened_again


def test_kept_answers_are_written_and_their_session_finished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    faults = Faults(h, monkeypatch)
    _two_answers_then_full(h, faults)
    s = h.session
    assert s.leave() and s.state is State.ABORTED and s.unsaved_count() == 1
    told: list[tuple[int, int]] = []
    faults.kind = "locked"
    s.save_kept(lambda saved, still: told.append((saved, still)))  # still failing
    assert told == [(0, 1)] and s.unsaved_count() == 1
    faults.kind = None
    s.save_kept(lambda saved, still: told.append((saved, still)))
    assert told[1] == (1, 0) and s.unsaved_count() == 0
    (record,) = h.storage.sessions()
    assert [a.text for a in record.answers] == [GOOD, SPAM]
    assert record.status == "finished" and record.score is not None
    s.save_kept(lambda saved, still: told.append((saved, still)))  # nothing left: at once
    assert told[2] == (0, 0)


def test_nothing_kept_is_said_as_before() -> None:
    assert opened_again(0, 0) == OPEN_AS_USUAL
    assert "the 1 answer given while read-only is saved too" in opened_again(1, 0)
    assert "3 answers given while read-only are saved" in opened_again(3, 0)
    assert "2 answers given while read-only are not saved yet" in opened_again(0, 2)
    assert all(len(opened_again(n, m)) <= 100 for n in (0, 1, 12) for m in (0, 1, 12))


class _Run:
    read_only = True
    read_only_notice = "The session database X is in use: past sessions can be browsed"
    read_only_advice = "Free some space and start the app again."

    def __init__(self, kind: str) -> None:
        self.read_only_kind, self.read_only_why = kind, "the session database X is in use"


def test_the_banner_says_the_read_only_notice_once() -> None:
    locked, full = _Run("locked"), _Run("full")
    place = notice_places(locked, locked.read_only_notice)
    assert not place.home and not place.status_bar
    # a full disk's advice (free some space) is the banner's, said once (walk62)
    place = notice_places(full, full.read_only_notice)
    assert not place.home and not place.status_bar
    other = notice_places(locked, "The damaged database was salvaged")
    assert other.home and other.status_bar
    locked.read_only = False  # opened as usual: every notice is said everywhere
    assert notice_places(locked, locked.read_only_notice).status_bar
