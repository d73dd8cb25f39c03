"""What each case-interview step sounds like, beyond the question's own framework phrases.

Used by content.py to credit case answers for covering the framework (clarify ... trade-offs).

Everyday wordings of the steps (issue 9, para33): the steps are the scorer's own, the same for
every case question, an outside author's too, so how people say them without the field's words
("the first thing to beat", "how far off the guess is", "keep an eye on") is read for
any pack; a rubric's own words are not. An everyday-words case answer covered 1 of 8 steps
(a correct parking-garage paraphrase, para33's development pack) where its partial covered 3.
As every cue, each counts only where its sentence explains it (explained.is_explained), and the
framework counts only as far as the answer covers the case's key points (content._framework_gate).
Each is two content words or one that names its step alone ("clues", "predictor"): a cue is
matched by its content words, so "who will use" would be "use" and "how often" "often", which
any answer says (tried: a verbose-wrong demand-forecast answer was credited "clarify" for "I'd
use random k-fold cross-validation").

A stage told by its verb (issue 9, case67): a person says what they would do at each stage with
the verb of that act as often as with the field's noun: "define" what counts (clarify), use the
"history" or "records" (data), "train" the model or let it "learn from" the past (model),
"evaluate", "validate" or "test on" it (metrics), "launch" or "roll out" it
(deployment). A short correct design in such words ("train something like gradient boosting,
evaluate on a later period") covered one or two of its steps. Verbs with an everyday second
sense in some case are left out ("ship" a parcel, "watch time", "fit in memory", "go live").
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.text import STOPWORDS, stem, words

FRAMEWORK_CUES: dict[str, tuple[str, ...]] = {
    "clarify": (
        "clarify",
        "clarifying question",
        "ask",
        "assume",
        "assumption",
        "requirement",
        "business goal",
        "objective",
        "scope",
        "success look like",
        "constraint",
        "stakeholder",
        "find out",
        "first question",
        "what counts as success",
        "pin down",
    ),
    "data": (
        "data",
        "logs",
        "label",
        "historical",
        "collect",
        "dataset",
        "ground truth",
        "annotation",
        "data source",
        "training set",
        "counters",
        "marked up",
        "examples people",
    ),
    "features": (
        "feature",
        "signal",
        "embedding",
        "aggregate",
        "feature engineering",
        "encode",
        "normalize",
        "representation",
        "clues",
        "information such as",
        "attributes",
        "characteristics",
    ),
    "model": (
        "model",
        "baseline",
        "logistic regression",
        "gradient boosting",
        "neural network",
        "classifier",
        "ranking model",
        "architecture",
        "random forest",
        "heuristic",
        "learn to guess",
        "learn to predict",
        "tree based",
        "first thing to beat",
        "simple rule",
        "rule of thumb",
        "predictor",
        "same time last week",
    ),
    "metrics": (
        "metric",
        "precision",
        "recall",
        "auc",
        "accuracy",
        "a b test",
        "offline evaluation",
        "online evaluation",
        "click through rate",
        "ndcg",
        "measure",
        "kpi",
        "f1",
        "how far off",
        "how many spots",
        "exactly right",
        "success rate",
    ),
    "deployment": (
        "deploy",
        "serve",
        "serving",
        "latency",
        "api",
        "real time",
        "batch",
        "production",
        "rollout",
        "shadow mode",
        "canary",
        "endpoint",
        "inference",
        "in the app",
        "every few minutes",
        "in front of users",
        "each request",
        "show drivers",
        "show users",
    ),
    "monitoring": (
        "monitor",
        "drift",
        "alert",
        "retrain",
        "dashboard",
        "degrade",
        "feedback loop",
        "track",
        "distribution shift",
        "observability",
        "keep an eye",
        "fed back",
        "keeps improving",
        "goes stale",
        "check regularly",
        "every week",
        "when things change",
    ),
    "trade-offs": (
        "trade off",
        "tradeoff",
        "versus",
        "downside",
        "cost",
        "balance",
        "compromise",
        "at the expense",
        "on the other hand",
        "risk",
        "interpretability",
        "limitation",
        "on the flip side",
    ),
}

# A stage told by its verb (case67): read as the cues are, but not words of design talk
# (shipped_rubrics.design_talk_stems): "history", "launch" or "train" may name a case's subject.
STAGE_VERBS: dict[str, tuple[str, ...]] = {
    "clarify": ("define",),
    "data": ("history", "past", "records"),
    "model": ("train", "learn from"),
    "metrics": ("evaluate", "validate", "test on"),
    "deployment": ("launch", "roll out"),
}


def stage_verbs(step: str, prompt: str) -> tuple[str, ...]:
    """The step's verbs (``STAGE_VERBS``) the question's prompt does not say: reading the
    question back names no stage ("How would you evaluate the chatbot?" answered "I'd evaluate
    it" has evaluated nothing yet)."""
    asked = {stem(w) for w in words(prompt)}
    return tuple(
        v
        for v in STAGE_VERBS.get(step, ())
        if not all(stem(w) in asked for w in words(v) if w not in STOPWORDS)
    )


# The endings that make a noun of an act or a quality ("production", "limitation",
# "complexity"): the stemmer cuts them off, and what is left is often another everyday word.
_NOUN_ENDINGS = ("ion", "ions", "ity", "ities")


def root_only(cue: str, said: Sequence[str]) -> bool:
    """Is a cue's noun of an act or a quality met only by its root, another word? A noun made
    with -ion or -ity names the act or the quality, not the root's thing: "production" (the
    deployment step) is not "product", "limitation" (a trade-off) is not "to limit", so a
    product forecast or a limited candidate set says neither step (case67: every answer on
    a product-listing or grocery case was credited the deployment step for "product")."""
    for c in cue.lower().split():
        if not c.endswith(_NOUN_ENDINGS):
            continue
        root = stem(c)
        met = [w.lower() for w in said if stem(w.lower()) == root]
        if met and not any(w.endswith(_NOUN_ENDINGS) for w in met):
            return True
    return False
