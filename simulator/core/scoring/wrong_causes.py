"""An effect put down to a cause the accepted view never gives it (issue 9, wrong68).

"Overfitting is caused by having too few trees", "that's caused by the learning rate being too
high", "the reason spam accuracy degrades over time is hardware drift in the servers": a
confidently wrong answer explains an effect the question is about with a cause in the field's
words, and every word of it is the rubric's or the field's, so nothing is charged.
invented_meanings.py reads such a cause only when its effect is a key point's own term; here the
effect may be anything, and the claim is read against what the accepted view (model answer,
key-point labels and phrases, misconception corrections) says together with the effect.

English gives a cause of an effect with "X is (mostly, mainly ...) caused by / due to Y" and "the
reason (why / that) X ... is (that / because) Y" (a reason "to" do something is a purpose, not a
cause). The claim is charged when

* its cause Y, the words up to the clause's end (a comma, "not", "never", "rather", "because",
  "so", "which", "and"), says at least one word of the field (the stems many shipped questions
  say) beyond the prompt's: a cause in everyday words ("the big model spends its time hauling
  numbers in and out of memory") is a paraphrase, not a borrowed cause;
* and none of Y's words beyond the prompt's is said by an accepted sentence that names the
  effect X (by a word of X beyond small words; every accepted sentence when X is a pronoun,
  "that's caused by ..."): the accepted view never puts Y with X. An effect no accepted sentence
  names is nothing the rubric holds a view of, and is not read;
* the speaker asserts it: not in a sentence that reports a claim to reject it, not negated,
  hedged or warned against.

Charged as a misconception corrected by the accepted sentence that says most of X's words (the
model answer's first sentence when none does), read after the rubric's own claims: a sentence
another check charges keeps that charge.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.invented_meanings import _field_words
from simulator.core.scoring.relation_facts import rejecting, unasserted
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import NEGATION_WORDS, Stance
from simulator.core.scoring.text import STOPWORDS, Tokens, split_sentences, stem, word_set, words

# Adverbs of degree or certainty between the copula and the link ("is *mostly* caused by").
_DEGREE = (
    r"(?:(?:mostly|mainly|largely|usually|always|often|primarily|simply|just|actually|really|"
    r"entirely|only|basically|essentially|almost|generally|typically)\s+)*"
)
_CAUSED = re.compile(
    r"\b(?:is|are|was|were|'s|'re)\s+" + _DEGREE + r"(?:caused\s+by|due\s+to)\s+", re.IGNORECASE
)
_REASON = re.compile(
    r"\bthe\s+(?:main\s+|real\s+|only\s+|whole\s+|actual\s+)?reason\s+(?:why\s+|that\s+)?"
    r"(?P<effect>(?!to\b)[^,;:.]{3,80}?)\s+(?:is|was)\s+(?:that\s+|because\s+)?",
    re.IGNORECASE,
)
# Where the cause's words end: the clause, or a contrast that sets the right cause against it
# ("..., not by the number of ideas tried").
_CAUSE_END = re.compile(
    r"[,;:.!?()]|\b(?:not|never|rather|because|so|which|and|but|since|while|whereas)\b",
    re.IGNORECASE,
)
_PLAIN = (
    STOPWORDS
    | GENERIC_WORDS
    | word_set(
        "too much many very more less being having getting mostly mainly usually always often"
        " just only one two"
    )
)
_PRONOUNS = word_set("that it this these those they which")
_EFFECT_REACH = 5  # words before "is caused by" read as the effect


def _terms(ws: list[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in ws if w not in _PLAIN and len(w) > 2 and w.isalpha())


def _accepted(question: Question) -> tuple[tuple[str, frozenset[str]], ...]:
    texts = [question.model_answer]
    for kp in question.key_points:
        texts += [kp.label, *kp.phrases]
    texts += [m.correction for m in question.misconceptions]
    return _accepted_of(tuple(texts))


@lru_cache(maxsize=256)
def _accepted_of(texts: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((s, _terms(words(s))) for t in texts for s in split_sentences(t))


def wrong_causes(
    question: Question, tokens: Tokens, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """Each sentence not yet ``charged`` that gives an effect a cause the accepted view never
    says with it."""
    if question.category.value == "behavioral":
        return []
    accepted = _accepted(question)
    prompt = _terms(words(question.prompt))
    field = _field_words(question.prompt)
    first = next(iter(split_sentences(question.model_answer)), question.model_answer)
    found = []
    for sentence in tokens.sentences:
        text = sentence.text
        if text in charged or rejecting(text):
            continue
        for m in [*_CAUSED.finditer(text), *_REASON.finditer(text)]:
            if m.re is _CAUSED:
                effect = [w.lower() for w in words(re.split(r"[,;:]", text[: m.start()])[-1])]
                effect = effect[-_EFFECT_REACH:]
            else:
                effect = [w.lower() for w in words(m.group("effect"))]
            cause_words = words(_CAUSE_END.split(text[m.end() :])[0])
            if set(effect) & NEGATION_WORDS or unasserted(effect) or unasserted(cause_words):
                continue
            cause = _terms(cause_words) - prompt
            if not cause & field:
                continue  # said in everyday words: a paraphrase, not a borrowed cause
            named = _terms(effect) - _terms(list(_PRONOUNS))
            if named:
                with_effect = [terms for _, terms in accepted if named & terms]
                if not with_effect:
                    continue  # an effect the rubric never names: it holds no view of its cause
            else:
                with_effect = [terms for _, terms in accepted]
            if any(cause & terms for terms in with_effect):
                continue
            start = sentence.first_word + len(words(text[: m.start()]))
            span = (start, start + len(words(m.group(0))) + 1)
            if stance.warned(span) or stance.negated(span):
                continue
            correction = max(accepted, key=lambda a: len(named & a[1]))[0] if named else first
            link = " ".join(m.group(0).lower().split())
            said = link + " " + " ".join(cause_words)
            if m.re is _CAUSED:  # the effect's last words before it ("that's caused by ...")
                said = " ".join(effect[-3:]) + ("" if link.startswith("'") else " ") + said
            found.append(MisconceptionHit(None, said, text, correction or first))
            break
    return found
