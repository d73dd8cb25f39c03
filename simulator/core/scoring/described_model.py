"""A verdict on a model the answer describes, not on the practice its words name (para43).

"I would predict returns, not price levels, since *a model predicting tomorrow equals today*
looks great on price levels and is useless": the stock-prices case's point says to compare
against that naive forecast ("tomorrow equals today" is one of its phrases), and the answer calls
the forecast useless as a product, which is right, while it was charged as saying the baseline
"is not needed". An earlier guard (dismissals._in_relative_clause) reads the same for a relative
clause right before the verdict ("an ARIMA that cannot beat a seasonal naive forecast is not worth
shipping"); this one reads the participle ("a model *predicting* ...") and a verdict that comes
after a predicate of its own ("... looks great ... and is useless").

Only a model-like head is read: "feature *scaling* is useless" and "data *versioning* is
overkill" name a practice with a noun and an -ing word, and stay dismissals; so does "a naive
baseline is useless" (the phrase opens the subject, no description follows the head).
"""

from __future__ import annotations

from simulator.core.scoring.text import Tokens, word_set

# Nouns that name a predictor a verdict can judge as a product
_MODEL_HEADS = word_set(
    "model models baseline baselines forecast forecasts forecaster predictor predictors"
    " classifier classifiers regressor heuristic heuristics"
)
# What may open the range before the subject: a reason's opener, a determiner
_OPENING = word_set("since because as so a an the this that these those any")
_RELATIVE = word_set("that which who")


def described_model(tokens: Tokens, start: int, at: int) -> bool:
    """The dismissed range from ``start`` opens on a model-like head described by a participle or
    a relative clause ("a model predicting ...", "a baseline that ..."), and the rubric phrase
    at ``at`` sits in that description: the verdict is about the model."""
    ws = tokens.words
    j = start
    while j < at and ws[j] in _OPENING:
        j += 1
    if j + 1 >= at or ws[j] not in _MODEL_HEADS:
        return False
    after = ws[j + 1]
    return (after.endswith("ing") and len(after) > 4) or after in _RELATIVE
