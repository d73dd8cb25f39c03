"""Rubric claims: a key point may list ``contradicted_by`` phrases, the wrong claims themselves
("l2 gives sparse weights"). One counts when the answer says it whole, inside one sentence, as the
speaker's own: not negated, not hedged, not inside a warning frame ("a common mistake is ...").
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.matching import AnswerIndex, Phrase, Span, compile_phrase
from simulator.core.scoring.pair_sides import (
    Sides,
    mentions,
    named_sides,
    names_other,
    of_other_side,
    unnamed_sides,
)
from simulator.core.scoring.stance import (
    TURNED_ROUND,
    Stance,
    clause_ids,
    new_subject_inside,
    says_no,
)
from simulator.core.scoring.text import NEGATIONS, STOPWORDS, Tokens, stem, word_set, words

_ANAPHORS = frozenset(("it", "they", "this", "these"))
_PREMISES = frozenset(("if", "when", "whenever", "suppose", "assuming"))
# A consequence that approves of the supposed practice makes the premise a claim after all:
# "If you initialise all weights to zero, it works fine" advises it.
_APPROVING = word_set(
    """fine ok okay good great works work working harmless safe acceptable better helps help
    improves improve converges"""
)
_APPROVING_PAIRS = (("no", "problem"), ("nothing", "bad"), ("no", "harm"), ("no", "issue"))
_DENIALS = frozenset(NEGATIONS) | {"never", "without", "cannot", "fails", "fail"}


def _premise(tokens: Tokens, span: Span) -> bool:
    """The claim is the condition that opens its sentence and a consequence follows ("*If you
    initialise all weights to zero*, every neuron stays identical"): it is supposed, to show
    what follows, not done or advised. Not when the consequence approves of it ("..., it
    works fine", "..., nothing bad happens")."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    if tokens.words[first] not in _PREMISES:
        return False
    ids = clause_ids(sentence)
    supposed = ids[span[0] - first] == ids[0] and ids[span[1] - 1 - first] == ids[0] != ids[-1]
    return supposed and not _approves(tokens.words[first : sentence.last_word], ids)


def _approves(ws: tuple[str, ...], ids: tuple[int, ...]) -> bool:
    """The consequence (the clause after the premise) approves, undenied."""
    after = [w for w, c in zip(ws, ids, strict=True) if c == 1]
    if any(tuple(after[i : i + 2]) in _APPROVING_PAIRS for i in range(len(after))):
        return True
    return not any(w in _DENIALS for w in after) and any(w in _APPROVING for w in after)


def claimed(question: Question, index: AnswerIndex, stance: Stance) -> dict[int, tuple[str, str]]:
    """Key points whose rubric ``contradicted_by`` claims the answer asserts as its own, with
    the claim as the feedback names it and the sentence that said it."""
    tokens = index.tokens
    found: dict[int, tuple[str, str]] = {}
    subject = _subject_words(question.prompt)
    # A claim keeps its subject: "classification predicts a continuous value" must not match
    # "in regression it predicts a continuous value" (misconceptions may drop theirs).
    asked = named_sides(question.prompt)
    for k, kp in enumerate(question.key_points):
        for text in kp.contradicted_by:
            hit = _asserted(text, index, stance, subject, asked)
            if hit is not None:
                sentence = tokens.sentences[tokens.sentence_of[hit[0]]].text
                found[k] = (f'"{text}"', sentence)
                break
    return found


def _asserted(
    text: str,
    index: AnswerIndex,
    stance: Stance,
    subject: frozenset[str] = frozenset(),
    asked: Sides = (),
) -> Span | None:
    """The claim said whole, inside one sentence, as the speaker's own. Unlike misconceptions,
    no word may be left out: "micro averages the per-class scores" without "micro" is the
    right definition of macro. The one exception is the claim's subject, said in the sentence
    before and picked up by a pronoun that opens the clause ("Momentum is popular. It uses
    only the current gradient."). A claim that names no side of a pair the question asks
    about (``asked``) is about the question's side: said in a clause about the other side
    ("random forests average independent trees" on boosting), it is true of that one."""
    tokens = index.tokens
    named = named_sides(text)
    unnamed = unnamed_sides(text, asked)
    for phrase in _with_pronoun_variants(text, subject):
        for span in index.find_ordered(phrase):
            if tokens.sentence_of[span[0]] != tokens.sentence_of[span[1] - 1]:
                continue
            if phrase.dropped_subject and not _continues_subject(tokens, phrase, span):
                continue
            if stance.interrupted(span, phrase.stems):
                continue
            if any(
                names_other(span, mentions(tokens, pair[1 - side]), pair[1 - side])
                for pair, side in named
            ):
                continue
            if of_other_side(tokens, span, unnamed):
                continue
            # "false" in "is a false negative" is the claim's own word, not a denial: the
            # rubric-word negations count only before the claim, "not" also inside it.
            own = set(words(text))
            lo = max(tokens.sentences[tokens.sentence_of[span[0]]].first_word, span[0] - 4)
            if any(
                w in NEGATIONS and w not in own for w in tokens.words[lo : span[1]]
            ) or stance.negated(span, says_no(text)):
                continue
            if stance.warned(span) or _premise(tokens, span):
                continue
            if span[0] and tokens.words[span[0] - 1] in TURNED_ROUND and not own & TURNED_ROUND:
                continue  # "*less* regularization reduces bias" is no "regularization reduces bias"
            if new_subject_inside(tokens, span, own):
                continue
            return span
    return None


@lru_cache(maxsize=1024)
def _subject_words(prompt: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(prompt) if w not in STOPWORDS)


@lru_cache(maxsize=4096)
def _with_pronoun_variants(text: str, subject: frozenset[str]) -> tuple[Phrase, ...]:
    """The claim, and the claim without its leading subject words (when the question names
    them and at least three words remain)."""
    out: list[Phrase] = []
    for phrase in compile_phrase(text, strict=True):
        out.append(phrase)
        lead = 0
        while lead < len(phrase.stems) and phrase.stems[lead] in subject:
            lead += 1
        if lead and len(phrase.stems) - lead >= 3:
            out.append(
                Phrase(phrase.text, phrase.stems[lead:], None, phrase.negated, phrase.stems[:lead])
            )
    return tuple(out)


def _continues_subject(tokens: Tokens, phrase: Phrase, span: Span) -> bool:
    """A pronoun ("it", "they", "this") opens the claim's clause, nothing but small words come
    before it in the sentence, the sentence does not name the subject, and the sentence before
    does ("Momentum is popular. It uses only the current gradient.", but not "In regression
    it predicts a continuous value.")."""
    at = tokens.sentence_of[span[0]]
    if at == 0:
        return False
    sentence, previous = tokens.sentences[at], tokens.sentences[at - 1]
    head = tokens.words[sentence.first_word : span[0]]
    if not head or head[-1] not in _ANAPHORS or any(w not in STOPWORDS for w in head[:-1]):
        return False
    here = set(tokens.stems[sentence.first_word : sentence.last_word])
    before = set(tokens.stems[previous.first_word : previous.last_word])
    wanted = phrase.dropped_subject
    return not any(s in here for s in wanted) and all(s in before for s in wanted)
