"""Opening Review leaves nothing of its read frozen out of the collector (fix43): the read
ended with ``gc.freeze()``, which kept every live object, and the read's own garbage cycles
(Jinja's render makes some), out of every later collection for good, at each Review open."""

from __future__ import annotations

import weakref

from test_scorecard_keyboard import _finished

from tests.ui.waits import HANG_MS


class _Node:
    other: object = None


def test_a_cycle_the_read_drops_is_collected(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sid = _finished(services)
    storage = services.storage
    read_session = storage.session
    dropped: list[weakref.ref[_Node]] = []

    def session(session_id: int, **kwargs):  # type: ignore[no-untyped-def]
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # garbage only a collection frees, made with the collector off
        dropped.append(weakref.ref(a))
        return read_session(session_id, **kwargs)

    monkeypatch.setattr(storage, "session", session)
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    assert len(dropped) == 1
    assert dropped[0]() is None  # frozen, it would never be
