"""Attempts with 5,000 attempts of one question in a real SQLite file (made through the app's
storage API): the attempts were ordered and each named twice (once per choice, ``time.localtime``
each), item by item, then compared three times, all on the GUI thread: 0.25-0.6 s (round 54's
attack run, hist54). Now they are named once off the GUI thread, both choices share one list,
and the two chosen are compared once."""

from __future__ import annotations

import threading

from simulator.core import attempts as core_attempts
from simulator.ui.pages import attempts as attempts_page
from tests.scores import answer_score, session_score

ATTEMPTS = 5000
QUESTION = "tech.overfit"


def test_thousands_of_attempts_named_off_the_gui_thread_and_compared_once_r54(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    for n in range(ATTEMPTS):
        sid = storage.create_session({"name": "Quick practice"})
        storage.add_answer(sid, QUESTION, 0, "typed", f"It memorizes noise, try {n}.",
                           score=answer_score(n % 100))  # fmt: skip
        storage.finish_session(sid, session_score(n % 100))
    named_on: list[str] = []
    labels = getattr(core_attempts, "attempt_labels", None)  # (none before: hist54)

    def naming(attempts, *started):  # type: ignore[no-untyped-def]
        named_on.append(threading.current_thread().name)
        assert labels is not None
        return labels(attempts, *started)

    monkeypatch.setattr(core_attempts, "attempt_labels", naming, raising=False)
    monkeypatch.setattr(attempts_page, "attempt_labels", naming, raising=False)
    compared = []
    compare = attempts_page.compare
    monkeypatch.setattr(attempts_page, "compare", lambda *a: compared.append(1) or compare(*a))
    window.past.open_attempts(QUESTION)
    page = window.past.attempts
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=60_000)
    assert page.earlier.count() == page.later.count() == ATTEMPTS
    assert (page.earlier.currentIndex(), page.later.currentIndex()) == (ATTEMPTS - 2, ATTEMPTS - 1)
    assert page.later.currentText().startswith(f"#{ATTEMPTS}  ")
    assert page.later.currentText().endswith("  ·  typed  ·  99/100")
    assert len(compared) == 1, len(compared)
    assert named_on and threading.main_thread().name not in named_on, named_on
    # the choices still choose: the earlier one changed, compared again
    page.earlier.setCurrentIndex(0)
    assert len(compared) == 2 and page.diff is not None
    assert page.diff.before.id == page._attempts[0].answer_id
