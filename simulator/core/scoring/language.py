"""Is an answer written in the Latin alphabet in English at all? (attack run 34)

The scorer reads English words only. An answer in German, French, Spanish, ... (Latin letters,
so ``transcript.other_script`` says nothing) matched no key point and, having almost no English
function words, was told it was "only a list of terms" (a keyword salad): a wrong reason, and a
candidate who simply answered in another language never learned why the content earned nothing.

No word list per language: an answer is *not English* when, over at least ``MIN_WORDS`` words,

* English function words ("the", "is", "because", ...) are rare (at most ``MAX_ENGLISH_SHARE``;
  English sentences of every repository answer kind have 15 % or more, their median 40-48 %),
* most of its words (``MIN_UNKNOWN_SHARE``) are not English words the bank uses: neither in the
  shipped rubrics, prompts and model answers nor in the question's own text (a keyword salad is
  made of the question's vocabulary by construction), and
* it has short lowercase words the bank never uses (``MIN_SHORT_UNKNOWN``): a language's own
  function words ("der", "und", "est", "que", "het", "dan"). A salad of unfamiliar English
  nouns ("apple banana cherry ...") has none, and stays a salad.

Measured (round 34): held-out heldout_attack34_language.yaml (written before the check, measured
at its start and end only) told 0/11 -> 9/11 foreign answers (Polish and Indonesian missed: their
"to", "a", "i", "di" pass as English or bank words), English answers kept 6/6; of 4,009 repository
answer texts under tests/core/scoring none is called not English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.text import CONNECTIVES, STOPWORDS

MIN_WORDS = 8
MAX_ENGLISH_SHARE = 0.1
MIN_UNKNOWN_SHARE = 0.5
MIN_SHORT_UNKNOWN = 0.06  # of the answer's words
_SHORT = (2, 3)  # letters in a short word
_FUNCTION = STOPWORDS | CONNECTIVES
_LETTERS = re.compile(r"[^\W\d_]+")

NOT_ENGLISH = (
    "Not in English: answers are scored in English only, so this answer's content is not scored. "
    "Answer in English to be scored."
)


def _words(text: str) -> list[str]:
    return _LETTERS.findall(text)


def _known(word: str, vocabulary: frozenset[str]) -> bool:
    lower = word.lower()
    if lower in vocabulary or lower in _FUNCTION:
        return True
    # plain English endings of a word the bank uses ("thresholds", "tuned", "splitting")
    for ending in ("s", "es", "ed", "d", "ing", "ly", "er"):
        if lower.endswith(ending) and lower[: -len(ending)] in vocabulary:
            return True
    return False


@lru_cache(maxsize=1)
def _shipped_vocabulary() -> frozenset[str]:
    from simulator.core.scoring.shipped_rubrics import shipped_questions

    return frozenset(w for q in shipped_questions() for w in _question_words(q))


def _question_vocabulary(question: Question) -> frozenset[str]:
    return _shipped_vocabulary() | frozenset(_question_words(question))


def _question_words(question: Question) -> set[str]:
    parts = [question.prompt, question.model_answer, question.competency or ""]
    for kp in question.key_points:
        parts += [kp.label, *kp.phrases, *kp.contradicted_by]
    for m in question.misconceptions:
        parts += [*m.phrases, m.correction]
    for f in question.follow_ups:
        parts.append(f.prompt)
    if question.star is not None:
        s = question.star
        parts += [s.situation, s.task, s.action, s.result]
    if question.intent is not None:
        parts += [question.intent.label, *question.intent.phrases]
    return {w.lower() for part in parts for w in _words(part)}


def not_english(text: str, question: Question) -> bool:
    """The answer is written in another language than English (see the module's docstring)."""
    said = _words(text)
    if len(said) < MIN_WORDS:
        return False
    english = sum(w.lower() in _FUNCTION for w in said)
    if english > MAX_ENGLISH_SHARE * len(said):
        return False
    vocabulary = _question_vocabulary(question)
    unknown = [w for w in said if not _known(w, vocabulary)]
    if len(unknown) < MIN_UNKNOWN_SHARE * len(said):
        return False
    short = sum(w.islower() and _SHORT[0] <= len(w) <= _SHORT[1] for w in unknown)
    return short >= MIN_SHORT_UNKNOWN * len(said)
