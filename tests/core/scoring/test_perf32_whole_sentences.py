"""claims_practice reads each part's whole sentence (the parts a ";", a ":" or a long
sentence's cut took off) found in one pass (perf32): the same runs as walking from each part
to the full stops on either side, which was quadratic in an answer with no full stop."""

from __future__ import annotations

import pytest

from simulator.core.scoring.claims_practice import _whole_sentences
from simulator.core.scoring.text import Tokens, tokenize


def _walked(tokens: Tokens, index: int) -> tuple[int, int]:
    sentences = tokens.sentences
    start = end = index
    while start and not sentences[start - 1].text.rstrip().endswith((".", "!", "?")):
        start -= 1
    while end + 1 < len(sentences) and not sentences[end].text.rstrip().endswith((".", "!", "?")):
        end += 1
    return start, end


@pytest.mark.parametrize(
    "text",
    [
        "",
        "One sentence.",
        "Fitting a scaler on all the data lets test statistics in; fit it on the training fold "
        "only. Then split.",
        "It is broader: any information, such as a scaler fit on the whole data set; or the "
        "labels. Next! And then? a tail with no stop; and another",
        " ".join(["imbalanced"] * 400),
        "First; second; third. " * 5 + "no stop at the end; still none",
    ],
)
def test_whole_sentences_are_the_walked_runs(text: str) -> None:
    tokens = tokenize(text)
    expected = [_walked(tokens, i) for i in range(len(tokens.sentences))]
    assert _whole_sentences(tokens) == expected
