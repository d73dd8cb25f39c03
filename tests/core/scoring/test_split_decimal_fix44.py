"""Sentences typed with no space after a full stop, reviewed (fix44): a figure with a decimal
point ends its sentence like any word ("to 0.91.Then"), and splitting stays linear in the text's
length however many glued stops a run with no space holds."""

from __future__ import annotations

import pytest

from simulator.core.scoring import text
from simulator.core.scoring.text import split_sentences


@pytest.mark.parametrize(
    ("typed", "figure_sentence"),
    [
        (
            "I retrained it.AUC rose from 0.84 to 0.91.Then we shipped it.",
            "AUC rose from 0.84 to 0.91.",
        ),
        ("I added a cache.Latency fell by 12.5%.The team adopted it.", "Latency fell by 12.5%."),
        (
            "I tuned the batch size.Throughput went up 3.2x.Nobody was paged.",
            "Throughput went up 3.2x.",
        ),
        ("We cut the bill.It came to $1.5m.Finance signed off.", "It came to $1.5m."),
    ],
)
def test_a_stop_glued_after_a_decimal_figure_ends_the_sentence(
    typed: str, figure_sentence: str
) -> None:
    parts = split_sentences(typed)
    assert len(parts) == 3 and parts[1] == figure_sentence, parts


@pytest.mark.parametrize(
    "typed",
    [
        "Open config_v2.yaml.Then restart.",  # a file name: 'yaml.Then' stays whole
        "We used sklearn.LinearRegression as the baseline.",
        "Run it with train.py.Then watch the loss.",
    ],
)
def test_names_with_points_still_do_not_end_a_sentence(typed: str) -> None:
    assert len(split_sentences(typed)) == 1


def test_a_long_run_with_no_space_is_not_read_back_to_its_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each glued stop read its word back to the last space: a run of n stops read O(n^2)
    # characters. Counted here through the slices the word is made of.
    seen: list[int] = []
    real = text._word_before

    def counting(typed: str, at: int) -> str | None:
        word = real(typed, at)
        seen.append(len(word) if word is not None else 0)
        return word

    monkeypatch.setattr(text, "_word_before", counting)
    split_sentences("a.B" * 5000)
    assert len(seen) >= 5000 and max(seen) <= text._LONGEST_WORD
    assert text._word_before("x" * 1000 + ".Then", 1000) is None
    assert text._word_before("see (figure.Then", 11) == "figure"
