"""Dismissals are read from the words they start from (issue 8, perf42).

The "no worry / advice against" and "said unimportant" readings were asked at every word of the
answer and read the word's whole clause before looking at the word (a tenth of a long answer's
scoring). They now return at once for a word none of them starts from; what they find is what a
reading of every word finds, so a trigger added to a reading and not to its word list fails here."""

from __future__ import annotations

import pytest

from simulator.core.scoring import dismissals as d
from simulator.core.scoring.text import tokenize

SENTENCES = [
    "Feature scaling isn't really a problem for trees.",
    "There is not any need to tune the learning rate.",
    "You shouldn't bother with cross validation here.",
    "Don't bother with a holdout set.",
    "Leakage should be avoided at all costs.",
    "Differencing is generally a bad idea.",
    "Label smoothing is actually harmful here.",
    "Accuracy is the wrong metric for imbalanced data.",
    "The learning rate doesn't really matter.",
    "Regularization matters very little with this much data.",
    "Scaling makes no difference to the results.",
    "Monitoring is a waste of time.",
    "You can safely ignore class imbalance.",
    "Outliers can safely be ignored.",
    "A validation set is rarely needed.",
    "Maybe leakage is not a concern, but we check it anyway.",
]


class _Every:
    def __contains__(self, word: object) -> bool:
        return True


def test_every_dismissal_is_found_from_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = tokenize(" ".join(SENTENCES))
    found = d.dismissed_ranges_of_kind(tokens)
    assert len(found) >= 15  # the readings this guards do find these
    monkeypatch.setattr(d, "_WORRY_OR_ADVICE_WORDS", _Every())
    monkeypatch.setattr(d, "_UNIMPORTANT_WORDS", _Every())
    assert d.dismissed_ranges_of_kind(tokens) == found
