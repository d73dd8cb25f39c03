"""Whether an answer has words is known at its first real word (attack run 62): ``has_words``
listed every token of the answer first, and the session core asks it of each draft on the
window's thread: 30-60 ms at every pause in typing a 190,000-character answer (load 19)."""

from __future__ import annotations

import re

from simulator.core import transcript


def test_has_words_reads_up_to_the_first_real_word(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = transcript._TOKEN_RE
    read: list[int] = []

    class Counted:
        def findall(self, text: str) -> list[str]:
            found = real.findall(text)
            read.append(len(found))
            return found

        def finditer(self, text: str):  # type: ignore[no-untyped-def]
            for n, match in enumerate(real.finditer(text), 1):
                read.append(n)
                yield match

    monkeypatch.setattr(transcript, "_TOKEN_RE", Counted())
    answer = "Overfitting means the model memorizes noise. " * 5_000
    assert transcript.has_words(answer)
    assert max(read) <= 2  # not the 30,000 tokens of the whole answer
    read.clear()
    assert not transcript.has_words("uh um 9%a " * 100)  # no word: every token is looked at
    assert max(read) == 400  # (uh, um, 9, a)


def test_has_words_says_the_same_as_before() -> None:
    for text in ("", "uh, um", "asdf jkl", "aaaaa", "L1 and F1", "no", "SVM", "9%a", "x" * 50):
        tokens = re.findall(transcript._TOKEN_RE.pattern, text)
        assert transcript.has_words(text) == any(transcript._is_word(t) for t in tokens)
