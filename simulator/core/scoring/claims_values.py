"""Wrong values: a metric's landmark value given the wrong meaning (issue 9, claims23).

"An AUC of 0.5 is a perfect model", "a log loss of zero means the model is random", "a
correlation of zero shows a strong relationship": every word is on topic, and no key point's
direction or subject is swapped, so nothing else reads them as wrong. A small table of metric
anchors says what a value means wherever it is said:

* AUC: 0.5 is chance, 1 is perfect, 0 is a perfectly inverted ranking;
* R squared: 0 is no better than the mean, 1 explains all the variance;
* correlation and Cohen's kappa: 0 is none (chance agreement), 1 (or -1 for correlation) perfect;
* log loss, MSE, RMSE, MAE, calibration error, Brier score: 0 is perfect (a Brier score of 0.25
  is an uninformative 0.5 guess);
* F1, precision, recall, silhouette: 1 is perfect (silhouette 0 is overlapping clusters);
* variance inflation factor: 1 is no collinearity at all.

A clause that pairs one such metric with one value and a verdict ("perfect", "great",
"random", "no better than", "useless", "severe", "no relationship" ...) that the value does not
have is a wrong claim, unless the verdict is denied, hedged ("nearly perfect") or the clause is
inside a warning ("some people read an AUC of 0.5 as decent, but ..."). A clause with two
values ("between 0.5 and 1") says no single value's meaning and is left alone. A value said
after "and" or "while" with no metric of its own keeps the sentence's metric ("0.5 is chance
and 1 is perfect").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.core.questions import Question
from simulator.core.scoring.claim_clauses import WrongClaim
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import Tokens


@dataclass(frozen=True)
class Anchors:
    """What a metric's landmark values mean: value -> level (2 perfect, 0 none / chance, -1
    worst), the value that is perfect (None: no bound), and the fact the feedback names."""

    levels: dict[float, int]
    perfect: float | None
    fact: str
    amount: bool = False  # the value measures an amount (of relationship, of collinearity)


_AUC = Anchors(
    {0.5: 0, 1.0: 2, 0.0: -1}, 1.0, "An AUC of 0.5 is what a random ranking gives; 1 is perfect."
)
_ZERO_BEST = {
    "log loss": "A log loss of 0 is perfect; higher is worse.",
    "mse": "An error of 0 is a perfect fit; higher is worse.",
    "calibration error": "A calibration error of 0 is perfect calibration.",
}
_METRICS: tuple[tuple[str, Anchors], ...] = (
    (r"roc[\s-]*auc|auroc|auc|area under (?:the )?(?:roc )?curve", _AUC),
    (
        r"r[\s-]*squared|r\s*\^?\s*2|coefficient of determination",
        Anchors(
            {0.0: 0, 1.0: 2},
            1.0,
            "An R squared of 0 is no better than predicting the mean; 1 explains all the variance.",
        ),
    ),
    (
        r"(?:pearson |spearman )?correlation(?: coefficient)?",
        Anchors(
            {0.0: 0, 1.0: 2, -1.0: 2},
            None,
            "A correlation of 0 means no linear relationship; 1 or -1 is a perfect one.",
            amount=True,
        ),
    ),
    (
        r"(?:cohen'?s )?kappa",
        Anchors({0.0: 0, 1.0: 2}, 1.0, "A kappa of 0 is chance agreement; 1 is perfect."),
    ),
    (
        r"log[\s-]*loss|cross[\s-]*entropy(?: loss)?",
        Anchors({0.0: 2}, 0.0, _ZERO_BEST["log loss"]),
    ),
    (
        r"(?:root )?mean (?:squared|absolute) error|r?mse|mae",
        Anchors({0.0: 2}, 0.0, _ZERO_BEST["mse"]),
    ),
    (
        r"(?:expected )?calibration error|ece",
        Anchors({0.0: 2}, 0.0, _ZERO_BEST["calibration error"]),
    ),
    (
        r"brier score",
        Anchors(
            {0.0: 2, 0.25: 0},
            0.0,
            "A Brier score of 0 is perfect; 0.25 is an uninformative guess of 0.5.",
        ),
    ),
    (
        r"f1(?: score)?|precision|recall",
        Anchors({1.0: 2}, 1.0, "A precision, recall or F1 of 1 is perfect; 0 is the worst."),
    ),
    (
        r"silhouette(?: score| coefficient)?",
        Anchors(
            {1.0: 2, 0.0: 0, -1.0: -1},
            1.0,
            "A silhouette of 1 is well separated clusters, 0 overlapping ones, below 0 wrong ones.",
        ),
    ),
    (
        r"variance inflation factor|vif",
        Anchors(
            {1.0: 0},
            None,
            "A variance inflation factor of 1 means no collinearity; above 5 to 10 is a concern.",
            amount=True,
        ),
    ),
)
_METRIC = re.compile(r"\b(" + "|".join(f"(?:{m})" for m, _ in _METRICS) + r")\b", re.I)
_KINDS = [(re.compile(rf"^(?:{m})$"), a) for m, a in _METRICS]
_NUMBER = (
    r"(?:minus |negative |-)?(?:\d*\.\d+|\d+(?:\.\d+)?)(?:\s*(?:%|percent))?"
    r"|\bzero\b|\bone\b|\bhalf\b|\bone half\b"
)
_VALUE = re.compile(_NUMBER)
# Levels each verdict allows: perfect {2}; good {1, 2}; chance / none {0}; useless {0, -1};
# worst {-1}. Phrases first, so "no better than" is no denial.
_VERDICTS: tuple[tuple[str, frozenset[int]], ...] = (
    (r"no better than|no skill|coin (?:flip|toss)|random guess(?:ing)?", frozenset({0})),
    (
        r"no (?:linear )?(?:relationship|correlation|association|collinearity"
        r"|multicollinearity|agreement)",
        frozenset({0}),
    ),
    (r"all (?:of )?the variance|explains everything", frozenset({2})),
    (r"perfect(?!\s+for)|perfectly|flawless(?:ly)?|ideal", frozenset({2})),
    (r"strong", frozenset({1, 2})),
    (r"excellent|great|good|impressive", frozenset({1, 2})),
    (r"severe|serious", frozenset({1, 2})),
    (r"random|randomly|chance|guessing|unrelated|uncorrelated", frozenset({0})),
    (r"useless|uninformative|worthless|explains nothing", frozenset({0, -1})),
    (r"worst|terrible", frozenset({-1})),
)
_VERDICT = re.compile(r"\b(" + "|".join(f"(?:{v})" for v, _ in _VERDICTS) + r")\b", re.I)
_LEVELS = [(re.compile(rf"^(?:{v})$"), levels) for v, levels in _VERDICTS]
# Verdicts of how good a model is say nothing of an amount ("a VIF of one is good"), and
# verdicts of how much there is nothing of a model's quality.
_QUALITY = frozenset(("excellent", "great", "good", "impressive"))
_AMOUNT = frozenset(("severe", "serious"))
_HEDGE = re.compile(
    r"(?i)\b(?:nearly|almost|close to|near|practically|essentially|basically|virtually|not|never"
    r"|isn't|aren't|doesn't|don't|wasn't|no longer|might|may|could|can|sometimes|often)\b"
)
# Where a sentence moves to another value: clauses.
_PARTS = re.compile(r"[,;:]|\b(?:while|whereas|but|and|so|because|which)\b", re.I)


def _value(text: str) -> float | None:
    t = text.strip().lower()
    words = {"zero": 0.0, "one": 1.0, "half": 0.5, "one half": 0.5}
    if t in words:
        return words[t]
    sign = -1.0 if t.startswith(("minus", "negative", "-")) else 1.0
    number = re.search(r"\d*\.\d+|\d+(?:\.\d+)?", t)
    if number is None:
        return None
    value = float(number.group())
    if "%" in t or "percent" in t:
        value /= 100
    return sign * value


def _anchors(name: str) -> Anchors:
    return next(a for pattern, a in _KINDS if pattern.match(name))


def _levels(verdict: str) -> frozenset[int]:
    return next(levels for pattern, levels in _LEVELS if pattern.match(verdict))


@dataclass(frozen=True)
class _Said:
    part: str
    anchors: Anchors
    verdict: str


def _wrong_parts(sentence: str) -> list[_Said]:
    """Clauses of one sentence that give a metric's value a meaning it does not have."""
    out: list[_Said] = []
    metric: Anchors | None = None
    for part in _PARTS.split(sentence):
        named = [n.lower() for n in _METRIC.findall(part)]
        if len(set(named)) > 1:
            metric = None
            continue
        if named:
            metric = _anchors(named[0])
        rest = _METRIC.sub(" ", part)  # "f1" and "r2" hold digits that are no values
        values = [v for v in (_value(m.group()) for m in _VALUE.finditer(rest)) if v is not None]
        verdicts = [
            v.lower()
            for v in _VERDICT.findall(part)
            if metric is None or v.lower() not in (_QUALITY if metric.amount else _AMOUNT)
        ]
        if metric is None or len(values) != 1 or not verdicts:
            continue
        if _HEDGE.search(part):
            continue
        value = values[0]
        allowed = frozenset.intersection(*(_levels(v) for v in verdicts))
        if not allowed:
            continue
        level = metric.levels.get(value)
        if level is None:
            # Any other value of a bounded metric is not perfect ("an ECE of one is perfect").
            wrong = allowed == {2} and metric.perfect is not None and value != metric.perfect
        else:
            wrong = level not in allowed
        if wrong:
            out.append(_Said(part.strip(), metric, verdicts[0]))
    return out


def wrong_values(question: Question, tokens: Tokens, stance: Stance) -> list[WrongClaim]:
    """Sentences of the answer that give a metric's landmark value the wrong meaning."""
    del question  # the table holds for every question
    found: list[WrongClaim] = []
    for sentence in tokens.sentences:
        for said in _wrong_parts(sentence.text):
            at = tokens.position_in(sentence, said.verdict)
            if at is not None and (stance.warned((at, at + 1)) or stance.negated((at, at + 1))):
                continue
            found.append(
                WrongClaim(None, said.part, said.anchors.fact, sentence.text, sentence.first_word)
            )
            break
    return found
