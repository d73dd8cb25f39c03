"""Misconceptions from the rubric that an answer asserts (charged) or warns against (not charged).

A misconception is charged when one of its phrases is said as the candidate's own claim: in
order, within one sentence, not under a negation, not inside a warning frame ("a common mistake
is to think ...", "... would leak"), not turned over by a counterpart or "non". content.py
charges each one found; the sentence that said it earns no key point (key_points.py).
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring.counterparts import counterpart_between
from simulator.core.scoring.matching import AnswerIndex, Span, claim_variants, compile_phrase
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import Stance, new_subject_inside, says_no
from simulator.core.scoring.text import Tokens, words
from simulator.core.scoring.topicality import vocabulary


def sentence_text(tokens: Tokens, span: Span) -> str:
    return tokens.sentences[tokens.sentence_of[span[0]]].text


def find_misconceptions(
    question: Question, index: AnswerIndex, stance: Stance
) -> tuple[list[MisconceptionHit], list[MisconceptionHit], set[int]]:
    """Misconceptions the answer asserts (charged) and those it warns against (not charged).

    A rubric phrase said under a negation ("batch norm does not ...") is neither; said inside
    a warning frame ("a common mistake is to think ...", "... would leak") it is warned
    against. One asserted occurrence anywhere makes it the candidate's own."""
    hits: list[MisconceptionHit] = []
    warned: list[MisconceptionHit] = []
    wrong_sentences: set[int] = set()
    tokens = index.tokens
    subject = vocabulary(question.prompt)
    for mis in question.misconceptions:
        asserted: tuple[str, Span] | None = None
        warning: tuple[str, Span] | None = None
        for text in mis.phrases:
            variants = [
                v for p in compile_phrase(text, strict=True) for v in claim_variants(p, subject)
            ]
            for phrase in variants:
                for span in index.find_ordered(phrase):
                    if not index.refers_back(phrase, span) or stance.interrupted(
                        span, phrase.stems
                    ):
                        continue
                    # said within one sentence, of the claim's own terms
                    if tokens.sentence_of[span[0]] != tokens.sentence_of[span[1] - 1]:
                        continue
                    if counterpart_between(tokens, span, phrase.stems) or _non_inside(
                        tokens, span, text
                    ):
                        continue
                    if phrase.proposal and not index.proposed(span):
                        continue
                    if new_subject_inside(tokens, span, set(words(text))):
                        continue
                    if not phrase.negated and (
                        index.negated(span) or stance.negated(span, says_no(text))
                    ):
                        if warning is None and stance.warned(span):
                            warning = (text, span)
                        continue
                    if stance.warned(span):
                        warning = warning or (text, span)
                        continue
                    asserted = (text, span)
                    break
                if asserted:
                    break
            if asserted:
                break
        if asserted:
            text, span = asserted
            wrong_sentences.add(tokens.sentence_of[span[0]])
            hits.append(MisconceptionHit(mis.id, text, sentence_text(tokens, span), mis.correction))
        elif warning:
            text, span = warning
            warned.append(
                MisconceptionHit(mis.id, text, sentence_text(tokens, span), mis.correction)
            )
    return hits, warned, wrong_sentences


def _non_inside(tokens: Tokens, span: Span, claim: str) -> bool:
    """ "non" inside a loosely matched claim turns one of its words over: "the null is
    non-stationarity" does not say "the null is stationarity"."""
    return "non" in tokens.words[span[0] + 1 : span[1]] and "non" not in words(claim)
