"""A run of words is found as a word-by-word comparison at every place finds it (perf43:
``holds_run`` without a generator, both functions skip a sequence without the run's first word;
``exchanged_pairs._mentions`` skips a clause that holds no first word and no acronym)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from simulator.core.scoring import exchanged_pairs
from simulator.core.scoring.text import holds_run, run_starts

WORDS = st.sampled_from(["a", "b", "c", "the", "model"])


def _places(seq: list[str], part: list[str]) -> list[int]:
    n = len(part)
    return [i for i in range(len(seq) - n + 1) if seq[i : i + n] == part]


@given(st.lists(WORDS, max_size=12), st.lists(WORDS, max_size=3))
def test_runs_are_found_where_a_full_comparison_finds_them(seq: list[str], part: list[str]) -> None:
    places = _places(seq, part)
    assert list(run_starts(seq, part)) == places
    assert list(run_starts(tuple(seq), tuple(part))) == places
    assert holds_run(seq, part) is bool(places)
    assert holds_run(tuple(seq), part) is bool(places)


@given(st.lists(WORDS, max_size=10), st.lists(WORDS, min_size=1, max_size=3), st.booleans())
def test_a_term_is_mentioned_where_a_full_reading_finds_it(
    stems: list[str], form: list[str], acronym: bool
) -> None:
    raw = [w.upper() if w == "model" else w for w in stems]
    term = exchanged_pairs.Term(
        "t", (tuple(form),), frozenset({"MODEL"} if acronym else ()), frozenset()
    )
    expected = [
        i
        for i in range(len(stems))
        if (acronym and raw[i] == "MODEL") or stems[i : i + len(form)] == form
    ]
    assert exchanged_pairs._mentions(stems, raw, term) == expected
