"""Behavioral relevance: does the story answer the question that was asked?

A well-told story about the wrong thing (a proud fraud-model launch for "tell me about a
mistake") used to score as high as the right one.

* Intent (the bank's behavioral questions): each question says what must happen in a story
  that answers it (``intent.label``: "a mistake you made yourself, and what you learned") and
  everyday ways a candidate says so ("mistake", "my fault", "should have", "bug", "I forgot").
  A story that says none of them is off the question. Phrases match whole and in order, small
  words included ("told him" is not "told"), after stemming and with one-edit spelling slips.
* Focus words (packs without an intent): the prompt's content words, minus what every
  behavioral prompt says, or an everyday word for them, and the question's key-point phrases:
  a story touching none of them is off the question. This rule is lenient: a story about
  something else often shares one word with the prompt.

Measured on the repository's stories (calibration, rounds 3, 5 and 6 dev) and the bank's model
answers, 100 relevant stories: the intent rule flags 1 (a "proudest project" story told for
"a challenging project"), no model answer, and 10 of the 11 stories marked as answering
another question; scored against every other question, about two thirds of stories are
flagged (many stories fit several prompts: a mistake story is often also a failure story).
Meaning (static sentence vectors) is not used: the asked question ranked first among the 34
behavioral intents for an off-question story and 27th for a relevant one. The key-point
phrases are no rescue either: an off-question story often says two of them ("privately",
"next steps"), and no relevant story was saved by them.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

OFF_QUESTION_PENALTY = 20
_PROMPT_GENERIC = frozenset(
    stem(w)
    for w in word_set(
        """tell time about describe example give walk through handle approach real specific
        did do you your had have was were what how when which why one work made make exactly
        something anything most me project problem model system machine ml team any another
        other such without people close"""
    )
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
        "influence": "convince convinced persuade persuaded buy",
        "authority": "say roadmap report reports",
        "functional": "marketing sales finance department departments stakeholders",
        "proud": "achievement favourite favorite biggest impact",
        "learned": "lesson lessons taught realised realized since",
        "contribution": "responsible role owned led",
        "stakeholder": "manager director client customer sales marketing",
    }.items()
}


@lru_cache(maxsize=256)
def focus_words(prompt: str) -> frozenset[str]:
    """The stems a story answering ``prompt`` is expected to touch ("mistake", "learn")."""
    ws = words(prompt)
    # "machine learning" names the field, not what the story is about
    ws = [w for i, w in enumerate(ws) if not (w == "learning" and i and ws[i - 1] == "machine")]
    return frozenset(stem(w) for w in ws if w not in STOPWORDS and stem(w) not in _PROMPT_GENERIC)


def intent_evidence(question: Question, tokens: Tokens) -> list[str]:
    """The question's intent phrases the story says (empty: none, or no intent)."""
    if question.intent is None or not tokens.words:
        return []
    index = AnswerIndex(tokens)
    return [
        text
        for text in question.intent.phrases
        if any(index.find_ordered(p) for p in compile_phrase(text, strict=True))
    ]


def off_question(question: Question, tokens: Tokens, text: str) -> tuple[bool, list[str]]:
    """(is the story off the question, what it never shows: the intent's label, or the
    focus words it never touches)."""
    if question.intent is not None:
        if not tokens.words or intent_evidence(question, tokens):
            return False, []
        return True, [question.intent.label]
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
    if touched or _rubric_touched(question, tokens):
        return False, []
    named = [w for w in words(question.prompt) if stem(w) in focus]
    return True, list(dict.fromkeys(named))


def _rubric_touched(question: Question, tokens: Tokens) -> bool:
    """Does the story say any of the question's key-point phrases?"""
    index = AnswerIndex(tokens)
    return any(
        index.find(phrase)
        for kp in question.key_points
        for text in kp.phrases
        for phrase in compile_phrase(text)
    )
