"""The other side of a trade-off favoured (issue 9, wrong53).

A rubric often says which side of precision and recall its problem favours and never names the
other as a choice: a spam filter needs "high precision on what we filter". A confidently wrong
answer picks the other side in words no rubric lists: "Thresholds should favor catching spam,
..., so I'd tune for recall and let the false positive rate float" (dev_blind44, 70 over its
partial's 69) earned the very point it turns round, since it names false positives.

The accepted view (the model answer, the key points' labels, the misconceptions' corrections)
favours a side when it says "high / favour / prioritize / maximize / tune for / optimize for /
err toward ... <side>" or "<side> is key / matters most / comes first". It is read only when
that text names both sides and favours one of them alone. An asserted sentence of the answer
(no negation, hedge, condition or warning frame) that favours the other side, and does not name
the accepted side, is charged, with the rubric's sentence as the accepted view. Case questions
only: a side favoured is a design's choice, where a technical answer describes both ("at a very
high threshold precision is usually high and recall low").
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.accepted_view import accepted_view
from simulator.core.scoring.relation_facts import accepted_texts
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, names_a_mistake
from simulator.core.scoring.text import Tokens, split_sentences, word_set, words

PRIORITY_SIDE_ID = "priority-side"
_SIDES = ("precision", "recall")
_FAVOURING = (
    r"(?:high|higher|favou?r(?:s|ed|ing)?|prioriti[sz](?:e|es|ed|ing)|maximi[sz](?:e|es|ed|ing)"
    r"|tun(?:e|es|ed|ing) for|optimi[sz](?:e|es|ed|ing) for|err(?:s|ed|ing)? (?:toward|towards"
    r"|on the side of)|lean(?:s|ed|ing)? towards?|focus(?:es|ed|ing)? on)"
)
_FAVOURED = re.compile(
    rf"\b{_FAVOURING} (?:(?!and\b|or\b|but\b)\w+ ){{0,2}}?(precision|recall)\b"
    r"|\b(precision|recall) (?:\w+ ){0,4}?(?:is key|matters most|matters more|comes first"
    r"|is the priority)\b"
)
_UNSURE = word_set(
    "if unless whether might may could perhaps maybe possibly sometimes depends depending either"
    " instead rather"
)
_NEGATED = NEGATION_WORDS | word_set(
    "don't doesn't isn't aren't won't can't shouldn't never avoid wrong mistake myth"
)


_ERROR_KINDS = word_set("positive positives negative negatives")


def _without_error_names(said: tuple[str, ...]) -> tuple[str, ...]:
    """The words without the "false" of "false positive" / "false negative": the name of an
    error, not a verdict on what is said ("... let the false positive rate float")."""
    return tuple(
        w
        for n, w in enumerate(said)
        if not (w == "false" and n + 1 < len(said) and said[n + 1] in _ERROR_KINDS)
    )


def _favoured(text: str) -> set[str]:
    return {m.group(1) or m.group(2) for m in _FAVOURED.finditer(text.lower())}


@lru_cache(maxsize=256)
def _accepted(texts: tuple[str, ...]) -> tuple[str, str] | None:
    """The side the accepted view favours and the sentence that says it, when it names both
    sides and favours one alone."""
    said = " ".join(texts).lower()
    if not all(re.search(rf"\b{side}\b", said) for side in _SIDES):
        return None
    found: dict[str, str] = {}
    for text in texts:
        for sentence in split_sentences(text):
            if (_UNSURE | _NEGATED) & set(words(sentence)):
                continue
            for side in _favoured(sentence):
                found.setdefault(side, sentence)
    if len(found) != 1:
        return None
    ((side, sentence),) = found.items()
    return side, sentence


def priority_sides(
    question: Question, tokens: Tokens, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """One charge for each asserted sentence that favours the side of precision and recall
    the rubric does not (sentences already charged are left alone)."""
    if question.category.value != "case":
        return []  # a side favoured is a design's choice: a technical answer describes both
    accepted = _accepted(accepted_texts(question))
    if accepted is None:
        return []
    side, rubric_sentence = accepted
    other = _SIDES[1 - _SIDES.index(side)]
    found: list[MisconceptionHit] = []
    for sentence in tokens.sentences:
        if sentence.text in charged:
            continue
        said = tokens.words[sentence.first_word : sentence.last_word]
        if names_a_mistake(_without_error_names(said)) or any(
            w in _UNSURE or w in _NEGATED for w in said
        ):
            continue
        if stance.warned((sentence.first_word, sentence.last_word)):
            continue
        if side in said or other not in _favoured(sentence.text):
            continue
        claim = f"favours “{other}” where “{side}” is what this problem needs"
        found.append(
            MisconceptionHit(PRIORITY_SIDE_ID, claim, sentence.text, accepted_view(rubric_sentence))
        )
    return found
