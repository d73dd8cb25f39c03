"""The real-speech benchmark's word error rate charges what was misheard, not spelling."""

from benchmarks import speech_metrics as sm


def test_a_compound_spelt_otherwise_is_not_an_error() -> None:
    closed = sm.align("rather cold hearted and selfish", "Rather coldhearted and selfish.")
    opened = sm.align("someone said no", "Some one said no.")
    assert (closed.errors, opened.errors) == (0, 0)


def test_a_misheard_word_still_counts_once_and_real_pairs_are_not_joined() -> None:
    assert sm.align("ill disposed young man", "old-sposed young man").errors == 2
    # "no" and "matter" are both words of the reference: never joined into "nomatter"
    assert sm.align("no matter", "no matter").errors == 0
    assert sm.align("four queen of clubs", "for queen of clothes").errors == 2
