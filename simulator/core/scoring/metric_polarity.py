"""Metric polarity: which quantities are better when high and which when low (issue 9, claims23).

"The validation accuracy is still rising" and "the validation loss is still falling" say the
same thing: the model is still getting better on held-out data. Read as bare direction words,
"rising" is the opposite of "falling", and a strong answer was charged a contradiction for it.
A direction word said of a quantity is read here together with that quantity's polarity:
accuracy, AUC, F1, recall, score, reward ... are better when high (+1); loss, error,
perplexity, RMSE, cost ... are better when low (-1). Two directions said of quantities of
opposite polarity agree when the words are opposite ("accuracy rising" = "loss falling"), and
disagree when the words are the same.

Only the quantity a direction word is *said of* counts: the metric noun just before it in its
clause ("the validation accuracy is still *rising*", "recall goes up"), or just after a
transitive verb or adjective ("it *raises* the accuracy", "a *lower* loss").
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.text import stem, word_set

_HIGHER = word_set(
    "accuracy accuracies auc f1 recall precision score scores reward rewards ndcg bleu rouge"
    " iou likelihood performance specificity"
)
_LOWER = word_set(
    "loss losses error errors perplexity rmse mse mae mape cost costs regret misclassification"
)
_POLARITY = {**{stem(w): 1 for w in _HIGHER}, **{stem(w): -1 for w in _LOWER}}
# Words that may sit between a quantity and the direction said of it: "the loss *is still*
# falling", "accuracy *keeps* climbing", "the error *has started to* rise".
_BETWEEN = word_set(
    "is are was were be been being still keeps keep kept continues continue continued stays"
    " stay starts start started begins begin began has have had to also then steadily slowly"
    " quickly further gradually now goes go going went tends"
)
_BEFORE_REACH = 4
_AFTER_REACH = 3
_DETERMINERS = word_set("the a an its their your our this that validation training test")


def polarity(word: str) -> int:
    """+1 for a quantity better when high, -1 for one better when low, 0 for any other."""
    return _POLARITY.get(stem(word), 0)


def quantity_at(ws: Sequence[str], i: int, first: int = 0, last: int | None = None) -> int | None:
    """The position of the metric noun the direction word at ``i`` is said of, within
    ``ws[first:last]`` (its clause): the one just before it, past linking words and adverbs
    ("accuracy is still rising", "recall goes up"), else the one just after it past
    determiners and modifiers ("raises the validation accuracy"); None when neither is."""
    stop = len(ws) if last is None else last
    j = i - 1
    if j >= first and ws[j] in ("go", "goes", "going", "went", "gone"):
        j -= 1
    steps = 0
    while j >= first and steps < _BEFORE_REACH and ws[j] in _BETWEEN:
        j -= 1
        steps += 1
    if j >= first and polarity(ws[j]):
        return j
    j = i + 1
    steps = 0
    while j < stop and steps < _AFTER_REACH and ws[j] in _DETERMINERS:
        j += 1
        steps += 1
    if j < stop and polarity(ws[j]):
        return j
    return None


def said_of(ws: Sequence[str], i: int, first: int = 0, last: int | None = None) -> int:
    """The polarity of the quantity the direction word at ``i`` is said of (quantity_at);
    0 when it is said of no metric."""
    at = quantity_at(ws, i, first, last)
    return 0 if at is None else polarity(ws[at])


def agree(said: int, accepted: int) -> bool:
    """True when two metric polarities (each +1, -1 or 0) make opposite direction words say
    the same thing: both known and different."""
    return said * accepted == -1
