"""A rubric phrase made ready to match: its stems, its synonym variants, and the other ways a
candidate states the same claim (without its subject, as a plan, with one word left out).

matching.py finds these in an answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from simulator.core.scoring.passive import participle
from simulator.core.scoring.text import NEGATIONS, NUMBER_NAMES, STOPWORDS, stem, words

# Each group lists ways of saying the same thing; a phrase using one also matches the others.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("neural network", "neural net", "deep net"),
    ("k nearest neighbors", "knn", "k nn", "nearest neighbors"),
    ("principal component analysis", "pca", "principal components"),
    ("stochastic gradient descent", "sgd"),
    ("convolutional neural network", "cnn", "convnet", "conv net", "convolutional network"),
    ("recurrent neural network", "rnn"),
    ("support vector machine", "svm"),
    ("area under the curve", "auc", "area under curve"),
    ("receiver operating characteristic", "roc"),
    ("l1", "lasso", "l one"),
    ("l2", "ridge", "l two"),
    ("false positive", "type one error", "type i error"),
    ("false negative", "type two error", "type ii error"),
    # a test's symbols said by their names (charge54b): "one minus the type two error rate" is
    # "one minus beta"; "type i" is left out, its "i" a stopword ("type error rate")
    ("beta", "type two error rate", "type ii error rate", "type two error probability"),
    ("alpha", "type one error rate", "significance level", "type one error probability"),
    ("true positive rate", "recall", "sensitivity"),
    ("f1", "f one", "f1 score", "f score"),
    ("a b test", "ab test", "online experiment", "split test"),
    ("reinforcement learning", "rl"),
    ("gradient boosting", "xgboost", "lightgbm", "boosted trees", "gbm"),
    ("tf idf", "tfidf"),
    ("mean squared error", "mse"),
    ("cross entropy", "log loss"),
    ("learning rate", "step size"),
    ("imbalanced", "unbalanced", "skewed"),
    ("class imbalance", "imbalanced classes", "imbalanced data", "skewed classes"),
    ("labeled", "annotated"),
    ("unlabeled", "unannotated"),
    ("hyperparameter", "hyper parameter"),
    ("random forest", "forest of trees", "bagged trees"),
    ("natural language processing", "nlp"),
    ("large language model", "llm"),
    ("exploding gradients", "gradients explode", "gradient explosion"),
    ("vanishing gradients", "gradients vanish"),
    ("k means", "kmeans"),
    ("k fold", "kfold"),
    ("smote", "synthetic oversampling", "synthetic minority oversampling"),
    ("precision", "positive predictive value"),
    ("dimensionality reduction", "reduce dimensionality", "reducing dimensionality"),
    ("mini batch", "minibatch"),
    ("turn off", "switch off", "shut off", "zero out", "switches off", "turns off"),
    ("point five", "0 5", "one half"),
    ("fifty percent", "50 percent"),
    ("twenty percent", "20 percent", "point two", "0 2"),
    ("highest", "largest", "biggest", "maximum"),
    ("lowest", "smallest", "minimum"),
    ("ten percent", "10 percent", "point one", "0 1"),
    ("augmented dickey fuller", "adf", "dickey fuller"),
)
# Members that name one implementation among others of their group: a claim about one is not
# said of another ("xgboost grows trees leaf wise" is true of LightGBM, "xgboost has no
# regularization" of classic gradient boosting), so a claim (``strict``) never swaps them.
_NAMED_IMPLEMENTATIONS = frozenset((("xgboost",), ("lightgbm",)))
DROP_ONE_MIN = 6  # claims this long still match with one (non-qualifier) word said differently
# Words that make or break a claim: "always", "even", "never", "only", ...
QUALIFIERS = NEGATIONS | frozenset(
    ("even", "always", "only", "all", "any", "every", "each", "more", "less", "most", "least")
    + ("fewer", "too", "same", "without", "whole", "entire", "guaranteed", "automatically")
    + ("just", "well", "never", "enough", "alone")
)
# ... as a claim's stems spell them: "always" is "alway", "only" "onli" (claims42: a claim left
# its "always" out, and "complex models ... are more accurate" was charged as "complex models
# are always more accurate")
_QUALIFIER_STEMS = frozenset(stem(w) for w in QUALIFIERS)
# Claims (misconceptions) keep their verbs and "is", but not articles and prepositions.
CLAIM_DROP = frozenset(
    ("a", "an", "the", "on", "at", "in", "of", "to", "for", "with", "by", "from", "during", "into")
)


def _stem_seq(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text))


_SYNONYM_STEMS: tuple[tuple[tuple[str, ...], ...], ...] = tuple(
    tuple(_stem_seq(member) for member in group) for group in SYNONYMS
)


@dataclass(frozen=True)
class Phrase:
    """A rubric phrase ready to match: its content stems, and its words joined into one."""

    text: str
    stems: tuple[str, ...]
    joined: str | None  # "k fold" -> stem("kfold"), to match an answer that wrote one word
    negated: bool  # the phrase itself says "not", so a nearby "not" does not cancel it
    dropped_subject: tuple[str, ...] = ()  # a claim variant that left its subject out
    proposal: bool = False  # "it is fine to X" said as a plan: "I'd X", "we just X"
    shortened: bool = False  # a key-point wording with one word left out: its words in order
    left_out: int = -1  # a claim variant with one word left out: where that word stood


def _find(seq: tuple[str, ...], part: tuple[str, ...]) -> int:
    n = len(part)
    for i in range(len(seq) - n + 1):
        if seq[i : i + n] == part:
            return i
    return -1


_DIGIT_STEMS = {stem(w): str(n) for n, w in enumerate(NUMBER_NAMES.split()[:10])}
_NUMBER_STEMS = frozenset(stem(w) for w in NUMBER_NAMES.split())


def _decimals_in_digits(seq: tuple[str, ...]) -> tuple[str, ...]:
    """A decimal said in words ("point zero zero nine nine", "sixteen point seven") as a typed
    answer writes it: "0.0099" is the words "0" and "0099" (zero, then the digits after the
    point), "16.7" is "16" and "7" (correct29: a warning answer that worked Bayes' rule out in
    digits missed the total-probability point its figures state)."""
    out: list[str] = []
    i = 0
    while i < len(seq):
        j = i + 1
        while j < len(seq) and seq[j] in _DIGIT_STEMS:
            j += 1
        if seq[i] == "point" and j > i + 1:
            if not (out and (out[-1] in _DIGIT_STEMS or out[-1] in _NUMBER_STEMS)):
                out.append("zero")
            out.append(stem("".join(_DIGIT_STEMS[d] for d in seq[i + 1 : j])))
            i = j
            continue
        out.append(seq[i])
        i += 1
    return tuple(out)


# Who or what does a thing by hand or by person, said before its participle as one compound:
# "the filters are *hand-designed*" is "the filters are designed *by hand*" (blind set 61: a
# verbose-wrong CNN answer said the rubric's wrong claim in the compound and kept its point).
# Only agents, so "divided by k" or "caused by overfitting" gain no such form.
_AGENTS = frozenset(("hand", "human", "humans", "expert", "experts", "user", "users"))


def _agent_compound(text: str) -> tuple[str, ...] | None:
    """The stems of "X designed by hand" said as "X hand designed", or None."""
    ws = [w.lower() for w in words(text)]
    if len(ws) >= 3 and ws[-2] == "by" and ws[-1] in _AGENTS and participle(ws[-3]):
        return tuple(stem(w) for w in (*ws[:-3], ws[-1], ws[-3]))
    return None


@lru_cache(maxsize=8192)
def compile_phrase(text: str, strict: bool = False) -> tuple[Phrase, ...]:
    """The phrase and its synonym variants. ``strict`` keeps small words such as "is" (for
    claims, where "clustering is classification" must not match "clustering, classification")."""
    base = _stem_seq(text)
    variants = [base]
    written = _decimals_in_digits(base)
    if written != base:
        variants.append(written)
    compound = _agent_compound(text)
    if compound is not None:
        variants.append(compound)
    for group in _SYNONYM_STEMS:
        for member in group:
            for seq in list(variants):
                at = _find(seq, member)
                if at < 0 or (strict and member in _NAMED_IMPLEMENTATIONS):
                    continue
                for other in group:
                    if other != member:
                        new = seq[:at] + other + seq[at + len(member) :]
                        if new not in variants:
                            variants.append(new)
        if len(variants) > 8:
            break
    out = []
    for seq in variants[:9]:
        drop = CLAIM_DROP if strict else STOPWORDS
        content = tuple(s for s in seq if s not in drop) or seq
        joined = stem("".join(seq)) if len(seq) > 1 else None
        negated = any(s in NEGATIONS for s in seq)
        out.append(Phrase(text, content, joined, negated))
    return tuple(out)


def claim_variants(phrase: Phrase, subject: frozenset[str]) -> list[Phrase]:
    """Ways a candidate states the same claim: without naming the subject ("it always finds
    the global optimum" for "k-means always finds the global optimum"), and, for long claims,
    with one word left out ("figures out the number of clusters automatically")."""
    out = [phrase]
    stems = phrase.stems
    for prefix in _PERMISSION_STEMS:
        if stems[: len(prefix)] == prefix and len(stems) - len(prefix) >= 2:
            # Proposing the practice claims it is fine: "I would shuffle the time series".
            out.append(Phrase(phrase.text, stems[len(prefix) :], None, phrase.negated, (), True))
    lead = 0
    while lead < len(stems) and stems[lead] in subject:
        lead += 1
    if lead > 0 and len(stems) - lead >= 3:
        out.append(Phrase(phrase.text, stems[lead:], None, phrase.negated, stems[:lead]))
    for base in list(out):
        if len(base.stems) >= DROP_ONE_MIN:
            # never the last word (usually what the claim is about) nor a qualifier
            for i in range(len(base.stems) - 1):
                if base.stems[i] not in _QUALIFIER_STEMS:
                    shorter = base.stems[:i] + base.stems[i + 1 :]
                    # a proposal stays one: "I'd ..." must still come before it
                    out.append(
                        Phrase(
                            phrase.text,
                            shorter,
                            None,
                            phrase.negated,
                            base.dropped_subject,
                            base.proposal,
                            left_out=i,
                        )
                    )
    return out


# Claims written as "it is fine to X" / "you can X": saying "I'd X" asserts the same.
_PERMISSION_STEMS = tuple(
    tuple(stem(w) for w in p.split() if w != "to")  # as compiled: "to" is dropped
    for p in ("it is fine to", "it is ok to", "you can just", "you can", "you should", "you must")
)
