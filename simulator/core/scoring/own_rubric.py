"""Readings a rubric's own accepted text rules out: what the rubric asserts is no wrong claim.

A question's model answer, its key points' labels and its misconceptions' corrections are the
author's account of what is right. A check that would charge a reading the rubric itself makes is
misreading this rubric, and a candidate who says the same in other words must not be charged
(issue 9, self45: 4 of 243 outside pack model answers were charged against their own rubric).
Each reading here is read from the rubric's text with the same check the answer is read with,
never by comparing the answer's sentences with the model answer's:

* **the point's own denial** (dismissals.py): a key point that itself says a thing is not needed
  ("... so you don't need gradients or Adam optimizer state for billions of weights") is not
  contradicted by an answer saying that thing is not needed; nor is a thing said not to be
  needed for what the rubric says is left unchanged ("... for the frozen weights");
* **the rubric's own term** (opposites.py): a direction word the rubric's account itself says
  before the same content word ("sends the new *global model* back") names that thing, not the
  opposite of a point's direction ("the data stays *locally*"), unless the point puts its own
  direction word there ("*exploding* gradients": "vanishing gradients" is that point turned);
* **the telling word left out** (misconception_hits.py): a long claim matched with one word left out
  must not leave out the word that makes it wrong, a word no accepted text of the rubric uses ("a
  mixture density network is a neural network" is "... is an *ensemble* of networks" without
  "ensemble");
* **the other side in the subject's place** (misconception_hits.py): a claim matched without its
  subject, said right after what its correction names as the one it holds for ("plain Euclidean
  distance, comparing the points at the same time stamps": "That is Euclidean distance").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from simulator.core.questions import KeyPoint, Question
from simulator.core.scoring.phrase_forms import Phrase, compile_phrase
from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, tokenize, word_set, words

# Words that stand for the clause's subject: looking back from a claim for the name it is said
# of stops at them ("Unlike Euclidean distance, *it* compares ...": the claim is about "it").
_SUBJECT_STANDS = word_set("it they this these that which who its their he she we i you one")
_SUBJECT_REACH = 4  # words before a subject-less claim where the name it is said of stands


def _accepted(question: Question) -> tuple[str, ...]:
    return (
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )


# The dismissal check answers are read with (dismissals.dismissed_ranges_of_kind), passed in by
# its module: importing it here closed an import cycle (dismissals -> contradiction ->
# opposites -> own_rubric -> dismissals).
DismissedRanges = Callable[[Tokens], list[tuple[int, int, str]]]


def rubric_dismisses(
    question: Question, phrase_stems: tuple[str, ...], dismissed_ranges: DismissedRanges
) -> bool:
    """The rubric's own text (a key point's label, the model answer) says the thing named by
    ``phrase_stems`` is not needed, in one dismissal, with the dismissal check answers are read
    with (``dismissed_ranges``): a candidate saying so says what the rubric says."""
    wanted = set(phrase_stems)
    return bool(wanted) and any(
        wanted <= d for d in _dismissed_stems(_accepted(question), dismissed_ranges)
    )


@lru_cache(maxsize=1024)
def _dismissed_stems(
    texts: tuple[str, ...], dismissed_ranges: DismissedRanges
) -> tuple[frozenset[str], ...]:
    out = []
    for text in texts:
        tokens = tokenize(text)
        for a, b, _ in dismissed_ranges(tokens):
            out.append(frozenset(tokens.stems[_after_need(tokens, a) : b]))
    return tuple(out)


# What is left as it is: nothing is computed or stored to change it. "Gradients are not needed
# for the *frozen* weights" dismisses nothing the rubric asks for, it says what frozen means.
_UNCHANGED = word_set("frozen fixed unchanged untouched untrained")
_SCOPE_OPENERS = word_set("for of on to")
_NEED_WORDS = word_set("need needs needed necessary required")
# Words that deny what follows them in a clause: a scope is read only in a denial ("you don't
# need X for the frozen weights"), not in a claim ("X is kept for the frozen weights too").
# "you *skip* gradients and optimizer states for the frozen weights" does without them as much as
# "you don't need" them (dev_blind45: a correct LoRA warning was charged so).
_DENYING = word_set(
    "not no never without don't doesn't didn't isn't aren't won't nor hardly skip skips skipped"
    " skipping avoid avoids avoided avoiding spare spares spared omit omits omitted"
)
_SCOPE_REACH = 3  # words from "for" to the word that says its object is left unchanged


def for_the_unchanged(question: Question, tokens: Tokens, start: int, end: int) -> bool:
    """The dismissed words (``start`` to ``end``) are scoped to something left unchanged, in a
    word the rubric's own text uses of it ("you don't need optimizer state *for the frozen
    weights*"; the rubric: "the pretrained weights stay frozen"): what a frozen thing does
    without, which the rubric holds, not a dismissal of any of its points."""
    own = _stems_of(_accepted(question))
    first = tokens.sentences[tokens.sentence_of[start]].first_word
    for p in range(max(start - 1, first), end):  # "no need for *the frozen weights*"
        if tokens.words[p] not in _SCOPE_OPENERS:
            continue
        if not any(w in _DENYING for w in tokens.words[first:p]):
            continue
        for q in range(p + 1, min(end, p + 1 + _SCOPE_REACH)):
            if tokens.words[q] in _UNCHANGED and tokens.stems[q] in own:
                return True
    return False


def _after_need(tokens: Tokens, start: int) -> int:
    """Where a dismissed range really starts: "there is no need for X for Y" is read as
    dismissing Y alone, while the rubric denies X there too; so back to the word after "need"
    in the same clause, when one stands there (a setting before a verdict, "with a lot of data
    the prior hardly matters", is not what is dismissed)."""
    sentence = tokens.sentences[tokens.sentence_of[start]]
    ids = clause_ids(sentence)
    own = ids[start - sentence.first_word]
    p = start - 1
    while p >= sentence.first_word and ids[p - sentence.first_word] == own:
        if tokens.words[p] in _NEED_WORDS:
            return p + 1
        p -= 1
    return start


def rubric_term(
    question: Question, tokens: Tokens, pos: int, point: KeyPoint, direction: str
) -> bool:
    """The word at ``pos`` is said next to the same content word in the rubric's account (its
    model answer or a key point's label: "sends the new *global model* back"), so the word
    names that thing here too; unless ``point`` itself puts its ``direction`` word in that very
    place ("*exploding gradients*": "vanishing gradients" is the point turned, not a term). The
    corrections and wrong claims are not the account: they say the wrong side's words."""
    pairs = _pairs((question.model_answer, *(kp.label for kp in question.key_points)))
    turned = _pairs((point.label, *point.phrases))
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    after = pos + 1  # the word it describes: "global model" (a verb before it is no term)
    if after >= sentence.last_word or tokens.words[after] in STOPWORDS:
        return False
    near = tokens.stems[after]
    return (tokens.stems[pos], near) in pairs and (stem(direction), near) not in turned


@lru_cache(maxsize=1024)
def _pairs(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    out = set()
    for text in texts:
        tokens = tokenize(text)
        for sentence in tokens.sentences:
            for a in range(sentence.first_word, sentence.last_word - 1):
                if tokens.words[a] not in STOPWORDS and tokens.words[a + 1] not in STOPWORDS:
                    out.add((tokens.stems[a], tokens.stems[a + 1]))
    return frozenset(out)


_SAID_BEFORE = 3  # words before a claim's match where its left-out word may still be said


def telling_word_left_out(
    question: Question, variant: Phrase, tokens: Tokens, span: tuple[int, int]
) -> bool:
    """``variant`` is a claim matched with one word left out, and that word is what makes the
    claim wrong: a content word neither the prompt, the model answer nor a key point (its label
    or wordings) uses; a correction is left out, as it names the claim's words to deny them.
    Without that word the sentence says only what the rubric grants."""
    if variant.left_out < 0:
        return False
    left = left_out_stem(variant)
    if left is None or left in _own_stems(question):
        return False
    # ... and the sentence does not say it after all, in or right before the match ("a
    # *bigger* model will average out the label noise" matched without "bigger")
    first = tokens.sentences[tokens.sentence_of[span[0]]].first_word
    return left not in tokens.stems[max(first, span[0] - _SAID_BEFORE) : span[1]]


def left_out_word(variant: Phrase) -> str | None:
    """The word a claim variant was matched without, as the claim writes it."""
    left = left_out_stem(variant)
    return next((w for w in words(variant.text) if stem(w) == left), None)


def left_out_stem(variant: Phrase) -> str | None:
    """The stem of the word a claim variant was matched without (None: none)."""
    at = variant.left_out
    for base in compile_phrase(variant.text, strict=True):
        for stems in (base.stems, base.stems[len(variant.dropped_subject) :]):
            if at < len(stems) and stems[:at] + stems[at + 1 :] == variant.stems:
                return stems[at]
    return None


def _own_stems(question: Question) -> frozenset[str]:
    return _stems_of(
        (
            question.prompt,
            question.model_answer,
            *(kp.label for kp in question.key_points),
            *(p for kp in question.key_points for p in kp.phrases),
        )
    )


@lru_cache(maxsize=1024)
def _stems_of(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for t in texts for w in words(t) if w not in STOPWORDS)


def said_of_the_other_side(
    tokens: Tokens, start: int, claim: str, correction: str, variant: Phrase
) -> bool:
    """A claim matched without its subject (its first word left out, or the prompt's subject
    dropped) right after a name its correction gives as the one the claim holds for ("That is
    Euclidean distance"), with no word standing for another subject between: the sentence
    says the claim of that other side, which is right."""
    if variant.left_out != 0 and not variant.dropped_subject:
        return False
    other = _stems_of((correction,)) - _stems_of((claim,))
    first = tokens.sentences[tokens.sentence_of[start]].first_word
    for p in range(start - 1, max(first, start - _SUBJECT_REACH) - 1, -1):
        if tokens.words[p] in _SUBJECT_STANDS:
            return False
        if tokens.words[p] not in STOPWORDS and tokens.stems[p] in other:
            return True
    return False
