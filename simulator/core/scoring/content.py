"""Content: how much of the question's rubric the answer explains, and what it gets wrong.

* A key point earns its full weight only when it is *explained*: the phrase sits in a sentence
  that says something about it (connecting words around it: "means", "because", "so it",
  "is", ...). Named in a bare list of keywords, it earns ``NAMED_CREDIT`` of its weight.
* A misconception (a rubric phrase not negated by "not", "myth", ...) is named with its
  correction; each one multiplies the content score by ``MISCONCEPTION_FACTOR`` and takes
  ``MISCONCEPTION_POINTS`` off, and the sentence that said it earns no key point.
* Case questions add framework coverage (clarify ... trade-offs) with ``FRAMEWORK_WEIGHT``.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.core.questions import Question
from simulator.core.scoring.matching import AnswerIndex, Span, compile_phrase
from simulator.core.scoring.results import FrameworkStepResult, KeyPointResult, MisconceptionHit
from simulator.core.scoring.text import CONNECTIVES, Tokens

NAMED_CREDIT = 0.3
EXPLAIN_WINDOW = 8  # words either side of the phrase, inside its sentence
EXPLAIN_MIN_CONNECTIVES = 2
EXPLAIN_MIN_SENTENCE_WORDS = 6
MISCONCEPTION_FACTOR = 0.7
MISCONCEPTION_POINTS = 8.0
FRAMEWORK_WEIGHT = 0.3

# What each case-interview step sounds like, beyond the question's own phrases.
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
    ),
}


@dataclass(frozen=True)
class ContentResult:
    score: int
    coverage: float  # share of key-point weight earned, 0..1
    key_points: list[KeyPointResult]
    misconceptions: list[MisconceptionHit]
    framework: list[FrameworkStepResult]
    framework_coverage: float | None
    basis: str


def _sentence_text(tokens: Tokens, span: Span) -> str:
    return tokens.sentences[tokens.sentence_of[span[0]]].text


def is_explained(tokens: Tokens, span: Span) -> bool:
    """Does the sentence around the phrase say something about it, or just name it?"""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    if sentence.word_count < EXPLAIN_MIN_SENTENCE_WORDS:
        return False
    lo = max(sentence.first_word, span[0] - EXPLAIN_WINDOW)
    hi = min(sentence.last_word, span[1] + EXPLAIN_WINDOW)
    around = [tokens.words[i] for i in range(lo, hi) if not span[0] <= i < span[1]]
    return sum(1 for w in around if w in CONNECTIVES) >= EXPLAIN_MIN_CONNECTIVES


def find_misconceptions(
    question: Question, index: AnswerIndex
) -> tuple[list[MisconceptionHit], set[int]]:
    hits: list[MisconceptionHit] = []
    wrong_sentences: set[int] = set()
    tokens = index.tokens
    for mis in question.misconceptions:
        found: tuple[str, Span] | None = None
        for text in mis.phrases:
            for phrase in compile_phrase(text, strict=True):
                for span in index.find_ordered(phrase):
                    if phrase.negated or not index.negated(span):
                        found = (text, span)
                        break
                if found:
                    break
            if found:
                break
        if found:
            text, span = found
            wrong_sentences.add(tokens.sentence_of[span[0]])
            hits.append(
                MisconceptionHit(mis.id, text, _sentence_text(tokens, span), mis.correction)
            )
    return hits, wrong_sentences


def score_key_points(
    question: Question, index: AnswerIndex, wrong_sentences: set[int]
) -> list[KeyPointResult]:
    tokens = index.tokens
    results = []
    for kp in question.key_points:
        best_status, best_evidence = "missing", None
        for text in kp.phrases:
            for phrase in compile_phrase(text):
                for span in index.find(phrase):
                    if tokens.sentence_of[span[0]] in wrong_sentences:
                        if best_status == "missing":
                            best_status, best_evidence = (
                                "contradicted",
                                _sentence_text(tokens, span),
                            )
                        continue
                    if is_explained(tokens, span):
                        best_status, best_evidence = "explained", _sentence_text(tokens, span)
                        break
                    if best_status in ("missing", "contradicted"):
                        best_status, best_evidence = "named", _sentence_text(tokens, span)
                if best_status == "explained":
                    break
            if best_status == "explained":
                break
        credit = {"explained": 1.0, "named": NAMED_CREDIT}.get(best_status, 0.0)
        results.append(
            KeyPointResult(
                id=kp.id,
                label=kp.label,
                weight=kp.weight,
                covered=best_status == "explained",
                status=best_status,
                credit=credit,
                evidence=best_evidence,
            )
        )
    return results


def score_framework(question: Question, index: AnswerIndex) -> list[FrameworkStepResult]:
    own = {step.step.value: step.phrases for step in question.framework}
    steps = list(own) or list(FRAMEWORK_CUES)
    results = []
    for name in steps:
        evidence = None
        for text in (*own.get(name, ()), *FRAMEWORK_CUES.get(name, ())):
            for phrase in compile_phrase(text):
                spans = index.find(phrase)
                if spans:
                    evidence = _sentence_text(index.tokens, spans[0])
                    break
            if evidence:
                break
        results.append(FrameworkStepResult(name, evidence is not None, evidence))
    return results


def score_content(question: Question, tokens: Tokens) -> ContentResult:
    index = AnswerIndex(tokens)
    misconceptions, wrong_sentences = find_misconceptions(question, index)
    key_points = score_key_points(question, index, wrong_sentences)
    total = sum(k.weight for k in key_points) or 1.0
    earned = sum(k.weight * k.credit for k in key_points)
    coverage = earned / total
    raw = 100.0 * coverage
    basis = f"{earned:.1f} of {total:.1f} key-point weight earned ({coverage:.0%})"
    framework: list[FrameworkStepResult] = []
    framework_coverage = None
    if question.category.value == "case":
        framework = score_framework(question, index)
        framework_coverage = sum(f.covered for f in framework) / max(1, len(framework))
        raw = (1 - FRAMEWORK_WEIGHT) * raw + FRAMEWORK_WEIGHT * 100.0 * framework_coverage
        basis += (
            f"; framework {sum(f.covered for f in framework)}/{len(framework)} steps "
            f"(weighted {FRAMEWORK_WEIGHT:.0%})"
        )
    n_wrong = len(misconceptions)
    if n_wrong:
        raw = raw * MISCONCEPTION_FACTOR**n_wrong - MISCONCEPTION_POINTS * n_wrong
        basis += (
            f"; {n_wrong} misconception(s): x{MISCONCEPTION_FACTOR}^{n_wrong} "
            f"- {MISCONCEPTION_POINTS:.0f} each"
        )
    score = int(round(max(0.0, min(100.0, raw))))
    return ContentResult(
        score, coverage, key_points, misconceptions, framework, framework_coverage, basis
    )
