"""A sentence is worded once however many checks read it (issue 8, perf42).

The checks call ``words`` on the same sentences again and again (a 10,000-word answer: 20,577
calls for 1,395 distinct texts). Short texts are remembered; each caller still gets a list of
its own, and a whole long answer is not kept."""

from __future__ import annotations

from simulator.core.scoring import text as t


def test_a_caller_changing_its_words_changes_nobody_elses() -> None:
    first = t.words("Doesn't k-fold help?")
    assert first == ["does", "not", "k", "fold", "help"]
    first.append("changed")
    first[0] = "x"
    assert t.words("Doesn't k-fold help?") == ["does", "not", "k", "fold", "help"]


def test_sentences_are_remembered_a_whole_answer_is_not() -> None:
    t._remembered_words.cache_clear()
    sentence = "Dropout drops units at random during training."
    for _ in range(5):
        t.words(sentence)
    info = t._remembered_words.cache_info()
    assert (info.misses, info.hits) == (1, 4)
    answer = " ".join([sentence] * 300)
    assert len(answer) > t._REMEMBERED_CHARS
    assert t.words(answer) == t.words(sentence) * 300
    assert t._remembered_words.cache_info().currsize == 1
