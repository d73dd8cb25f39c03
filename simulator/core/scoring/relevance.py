"""Behavioral relevance: does the story answer the question that was asked?

A well-told story about the wrong thing (a proud fraud-model launch for "tell me about a
mistake") used to score as high as the right one. Two signals must both fail before a story is
called off the question, so a relevant story told in its own words is not punished:

* words: none of the prompt's focus words (its content words, minus what every behavioral
  prompt says, "tell me about a time ...") occurs in the story;
* meaning: the story is no closer to the question's intent (prompt, competency, STAR
  expectations, key points) than a generic work story is.

Static embeddings separate stories poorly, so the penalty is moderate and the feedback states
the fact (the asked-about words never come up). Measured on the tuning stories: none of the
bank's 34 model answers is flagged on its own question, nor any of the 17 hand-written ones,
while about a fifth of the stories told against another question are.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.meaning import get_embedder
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

MIN_CLOSENESS = 0.0  # no closer to the question than a generic work story
OFF_QUESTION_PENALTY = 15
_PROMPT_GENERIC = frozenset(
    stem(w)
    for w in word_set(
        """tell time about describe example give walk through handle approach real specific
        did do you your had have was were what how when which why one work made make exactly
        something anything most me project problem model system machine ml team"""
    )
)
_GENERIC_STORIES = (
    "At my last company I worked on a data pipeline with my team and we shipped it on time.",
    "I built a model, tested it, deployed it and the metric improved by ten percent.",
)


# Other everyday ways to say what a prompt asks about ("hard" ~ "tricky", "mistake" ~ "bug").
_RELATED = {
    stem(k): frozenset(stem(w) for w in v.split())
    for k, v in {
        "challenging": "hard difficult tricky complex struggle obstacle challenge",
        "hard": "challenging difficult tricky complex struggle obstacle",
        "mistake": "error bug wrong fault blame broke broken slip",
        "difficult": "hard conflict clash frustrated tension friction disagreed tough",
        "conflict": "disagreed disagreement tension clash argument friction",
        "deadline": "due date launch date time pressure",
        "failed": "failure fail flop cancelled shut abandoned",
        "failure": "failed fail flop cancelled shut abandoned",
        "feedback": "criticism critique review told",
        "disagreed": "disagree disagreement pushed objected concern",
        "ambiguous": "unclear vague undefined open",
        "vague": "unclear ambiguous undefined open",
        "mentored": "mentor coached coach intern new hire onboarding taught",
        "junior": "intern graduate new hire",
        "ownership": "owned own responsibility stepped",
        "fairness": "bias biased discrimination protected equal fair",
        "ethical": "bias biased discrimination harm fair",
        "incident": "outage alert broke down paged on call rollback",
        "estimated": "estimate longer delay slipped underestimated",
        "privacy": "personal consent gdpr pii",
    }.items()
}


@lru_cache(maxsize=256)
def focus_words(prompt: str) -> frozenset[str]:
    """The stems a story answering ``prompt`` is expected to touch ("mistake", "learn")."""
    ws = words(prompt)
    # "machine learning" names the field, not what the story is about
    ws = [w for i, w in enumerate(ws) if not (w == "learning" and i and ws[i - 1] == "machine")]
    return frozenset(stem(w) for w in ws if w not in STOPWORDS and stem(w) not in _PROMPT_GENERIC)


def _intent(question: Question) -> str:
    parts = [question.prompt, question.competency or ""]
    parts += [kp.label for kp in question.key_points]
    if question.star is not None:
        s = question.star
        parts += [s.situation, s.task, s.action, s.result]
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=256)
def _calibration(intent: str, model_answer: str) -> tuple[float, float] | None:
    embedder = get_embedder()
    if embedder is None:
        return None
    vectors = embedder.embed([intent, model_answer, *_GENERIC_STORIES])
    target = vectors[0]
    ref = float(vectors[1] @ target)
    floor = float((vectors[2:] @ target).max())
    return ref, floor


def off_question(question: Question, tokens: Tokens, text: str) -> tuple[bool, list[str]]:
    """(is the story off the question, the focus words it never touches)."""
    focus = focus_words(question.prompt)
    if not focus or not tokens.words:
        return False, []
    said = set(tokens.stems)
    prefixes = {s[:5] for s in said if len(s) >= 5}
    touched = {
        f
        for f in focus
        if f in said or (len(f) >= 5 and f[:5] in prefixes) or _RELATED.get(f, frozenset()) & said
    }
    if touched:
        return False, []
    calibration = _calibration(_intent(question), question.model_answer)
    embedder = get_embedder()
    if calibration is None or embedder is None:
        return False, []  # words alone are not enough to call it off the question
    ref, floor = calibration
    if ref - floor <= 0.02:
        return False, []
    intent_vec, story_vec = embedder.embed([_intent(question), text])
    closeness = (float(story_vec @ intent_vec) - floor) / (ref - floor)
    named = [w for w in words(question.prompt) if stem(w) in focus]
    return closeness < MIN_CLOSENESS, list(dict.fromkeys(named))
