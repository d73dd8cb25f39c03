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

"Baseline" is no model-like head: it names the practice itself, so "a baseline predicting
tomorrow equals today is pointless" dismisses it however it is described (fix43). And the
verdict is on the model only while the answer goes on to use it: "since a model predicting
tomorrow equals today is useless, *I would skip comparing against it*" (a dismissal after the
verdict) or "..., so I would *not* bother with *it*" (a later clause refusing it) says the
comparison is not needed, and is charged (fix43).
"""

from __future__ import annotations

from simulator.core.scoring.text import Tokens, word_set

# Nouns that name a predictor a verdict can judge as a product
_MODEL_HEADS = word_set(
    "model models forecast forecasts forecaster predictor predictors"
    " classifier classifiers regressor heuristic heuristics"
)
# What may open the range before the subject: a reason's opener, a determiner
_OPENING = word_set("since because as so a an the this that these those any")
_RELATIVE = word_set("that which who")


def described_model(
    tokens: Tokens, r: tuple[int, int, str], at: int, everywhere: list[tuple[int, int, str]]
) -> bool:
    """The dismissed range ``r`` opens on a model-like head described by a participle or a
    relative clause ("a model predicting ...", "a model that ..."), the rubric phrase at ``at``
    sits in that description, and what follows does not turn the verdict into skipping the
    model (``everywhere``: the answer's dismissed ranges): the verdict is about the model."""
    ws = tokens.words
    j = r[0]
    while j < at and ws[j] in _OPENING:
        j += 1
    if j + 1 >= at or ws[j] not in _MODEL_HEADS:
        return False
    after = ws[j + 1]
    if not ((after.endswith("ing") and len(after) > 4) or after in _RELATIVE):
        return False
    return not skipped_after(tokens, r, everywhere)


# A later clause's own start: a link or a subject ("..., so I would not ...")
_CLAUSE_START = word_set("so and then therefore thus hence i we you")
# Refusing or leaving out what was named before ("not bother with it", "skip it")
_REFUSING = word_set("not no never without skip skipping drop ignore")
_BACK = word_set("it them one that those")


def skipped_after(
    tokens: Tokens, r: tuple[int, int, str], everywhere: list[tuple[int, int, str]]
) -> bool:
    """After the verdict on the model, in its sentence or the next, the answer dismisses
    something again ("I would skip comparing against it") or a later clause refuses what it
    named ("so I would not bother with it"): the verdict was the reason to skip it."""
    ws, of = tokens.words, tokens.sentence_of
    own = of[r[0]]
    end = r[1]
    while end < len(ws) and of[end] <= own + 1:
        end += 1
    if any(r[1] <= o[0] < end for o in everywhere if o[:2] != r[:2]):
        return True
    clause = refusing = False
    for k in range(r[1], end):
        clause = clause or ws[k] in _CLAUSE_START or of[k] != own
        refusing = refusing or (clause and ws[k] in _REFUSING)
        if refusing and ws[k] in _BACK:
            return True
    return False
