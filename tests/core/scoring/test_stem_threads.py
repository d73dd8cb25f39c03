"""Answers are scored on several worker threads at once (a resumed interview scores its saved
answers side by side), and every scorer stems words. The Snowball stemmer keeps the word being
stemmed in the stemmer object, so one shared stemmer used by two threads raised IndexError
("question 1 could not be scored: string index out of range", seen on resume)."""

from __future__ import annotations

import sys
import threading

from simulator.core.scoring import text

WORDS = [
    f"{root}{suffix}"
    for root in ("normaliz", "regulariz", "generaliz", "optimiz")
    for suffix in ("ation", "ational", "ing", "ed", "es", "ers", "ement", "ousness")
]


def test_stemming_from_many_threads_at_once_gives_the_same_stems_and_never_fails() -> None:
    expected = {w: text.stem.__wrapped__(w) for w in WORDS}
    failures: list[BaseException] = []
    wrong: list[str] = []

    def work() -> None:
        try:
            for _ in range(100):
                for w in WORDS:
                    if text.stem.__wrapped__(w) != expected[w]:
                        wrong.append(w)
        except BaseException as error:  # noqa: BLE001 - the failure is what is measured
            failures.append(error)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, so a shared state shows
    try:
        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert failures == [] and wrong == []
