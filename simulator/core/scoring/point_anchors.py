"""A key point said only in substituted words must be said about this question.

Key-point phrases match loosely so that a correct answer in its own words earns the point: a
synonym ("turned off" for "zeroes out"), an everyday word of plain_words.py ("share" for
"fraction") or a phrase with one word said differently (point_phrases.py). The same looseness
pays an answer to another question: a competent answer about dropout ("at inference time
dropout is turned off") earned the L1/L2 point "L1 zeroes out weights", and scored above a
vague answer about L1 and L2 (issue 9).

So a span matched only through substituted words counts when the sentence that says it, or the
sentence just before (which "them" or "that" may point back to), also says one of the point's
*anchors*: a word of the question's prompt, of the point's label or of the point's own phrases,
other than the matched words themselves. Words most rubrics share ("model", "weight", "data",
"train") are no anchor: they fit any ML answer (``GENERIC_SHARE`` of the shipped technical and
case questions, or more, use them), and a one-word phrase that is such a word ("average",
"labels") needs an anchor as well. A phrase said in the rubric's own words needs no anchor,
and neither does any sentence of an answer whose words as a whole sit nearest the asked
question's rubric (answer_topic.about_the_question): a paraphrase says its points in other
words sentence after sentence, and its subject is clear from the whole.

On a case question the rubric's own words are not enough either when no word of the phrase is
``specific`` (said by only a few shipped questions): "precision and recall", "real time",
"class imbalance" fit any ML answer. A generic "ML lifecycle" answer said them and earned a
weight-3 point of fraud detection without a word about fraud (issue 9, blind round 14: weak >
off-topic 5/10 on cases). Such a phrase counts when its sentence, or one next to it, names the
case: a word of the prompt (not one of how cases are asked: "design", "machine learning") or a
specific word of the point ("fraud", "subscribers", "listings", "chargebacks"), other than the
phrase's own words.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.matching import AnswerIndex, Phrase, Span, compile_phrase
from simulator.core.scoring.plain_words import group_members
from simulator.core.scoring.shipped_rubrics import (
    case_frame_stems,
    design_talk_stems,
    generic_stems,
    rubric_stems,
    specific,
)
from simulator.core.scoring.text import Tokens, stem, word_set

SELF_ANCHORED = 3  # substituted wordings this long need no anchor
ANCHOR_REACH = 1  # sentences before the phrase's own that may hold its anchor
CASE_REACH = 1  # sentences before and after a case's generic phrase that may name the case
# ... needed only in an answer that says fewer than this many distinct words naming the case:
# every repository strong answer says 5 or more, every paraphrase 4 or more, the generic ML
# lifecycle probes 0 to 2 (off-topic answers 0 to 5, weak ones 0 to 5).
CASE_WORDS_FULL = 4


@lru_cache(maxsize=4096)
def _anchors(prompt: str, texts: tuple[str, ...]) -> frozenset[str]:
    return rubric_stems(prompt, texts) - generic_stems()


def point_anchors(question: Question, k: int) -> frozenset[str]:
    """The words that tie a sentence to key point ``k`` of ``question``."""
    kp = question.key_points[k]
    return _anchors(question.prompt, (kp.label, *kp.phrases))


def anchored(tokens: Tokens, span: Span, changed: set[int], anchors: frozenset[str]) -> bool:
    """Does the span's sentence, or the one just before, say an anchor other than the words
    said differently from the rubric (``changed``)?"""
    at = tokens.sentence_of[span[0]]
    first = tokens.sentences[max(0, at - ANCHOR_REACH)].first_word
    last = tokens.sentences[at].last_word
    return any(tokens.stems[i] in anchors and i not in changed for i in range(first, last))


def said_about(
    index: AnswerIndex, phrase: Phrase, text: str, span: Span, anchors: frozenset[str]
) -> bool:
    """Is a span matched by a substituted wording of the rubric phrase ``text`` said about the
    question? A wording of ``SELF_ANCHORED`` content words or more, said close together, says
    enough on its own ("known at prediction time" for "available at forecast time": three
    words in a row rarely meet by chance; "two steps: assign every point to its nearest" is no
    "how alike two points are"). The rubric's own words in it count as anchors, the substituted ones do
    not."""
    if len(phrase.stems) >= SELF_ANCHORED and span[1] - span[0] <= len(phrase.stems) + 2:
        return True
    own = set(compile_phrase(text)[0].stems)
    changed: set[int] = set()
    for s in phrase.stems:
        if s not in own:
            changed.update(
                i for sp in index.occurrences(s) if span[0] <= sp[0] < span[1] for i in range(*sp)
            )
    return anchored(index.tokens, span, changed, anchors)


def needs_anchor(phrase: Phrase, loose: frozenset[Phrase]) -> bool:
    """A substituted wording, or one word that most rubrics use ("average", "labels"): either
    fits an answer to another question as well as this one."""
    return phrase in loose or (len(phrase.stems) == 1 and phrase.stems[0] in generic_stems())


# Everyday words of case prompts that name no case ("make sure", "walk me through", "someone").
_PROMPT_PLAIN = frozenset(
    stem(w)
    for w in word_set(
        """make sure help whether someone yourself actually walk through thing something happen
        happening moment place entirely send open see show get back top up most much logic
        behalf afterwards enough good built slightly hundreds thousands millions like each any
        turn type convince frame problem machine"""
    )
)


@lru_cache(maxsize=4096)
def _case_anchors(prompt: str, texts: tuple[str, ...]) -> frozenset[str]:
    """The prompt's own words (not how cases are asked) and the point's words few questions
    say."""
    subject = rubric_stems(prompt, ()) - generic_stems() - case_frame_stems() - _PROMPT_PLAIN
    subject -= design_talk_stems()  # "evaluate", "monitor": any case's framework says them
    return subject | frozenset(s for s in rubric_stems("", texts) if specific(s))


def off_the_case(
    question: Question, k: int, index: AnswerIndex, phrase: Phrase, span: Span
) -> bool:
    """On a case question: is the span a phrase any question's answer may say (none of its words
    ``specific``) with no word of this case, the prompt's or key point ``k``'s own, in its
    sentence or within ``CASE_REACH`` sentences of it? Such a mention fits any case's answer."""
    if question.category.value != "case" or not phrase.stems:
        return False
    if len(phrase.stems) >= SELF_ANCHORED:
        return False  # "purchases in the last hour": three words together say enough
    if any(_specific_word(s) for s in phrase.stems):
        return False
    if not thin_on_case(question, index.tokens):
        return False  # the answer is about this case throughout
    kp = question.key_points[k]
    anchors = _case_anchors(question.prompt, (kp.label, *kp.phrases))
    tokens = index.tokens
    own = index.term_positions(phrase, span)
    at = tokens.sentence_of[span[0]]
    first = tokens.sentences[max(0, at - CASE_REACH)].first_word
    last = tokens.sentences[min(len(tokens.sentences) - 1, at + CASE_REACH)].last_word
    return not any(names_one(tokens.stems[i], anchors) and i not in own for i in range(first, last))


def _specific_word(key: str) -> bool:
    """A stem of a phrase that names a subject; a group of everyday words ("~..." of
    plain_words.py: "split", "divide") names one only if every member does."""
    if key.startswith("~"):
        return all(specific(m) for member in group_members(key) for m in member)
    return specific(key)


def case_words(question: Question) -> frozenset[str]:
    """The words that name a case: its prompt's own (see ``_case_anchors``) and the specific
    words of its model answer and key points."""
    texts: tuple[str, ...] = (question.model_answer,)
    texts += tuple(t for kp in question.key_points for t in (kp.label, *kp.phrases))
    return _case_anchors(question.prompt, texts)


NAME_PREFIX_MIN = 5  # a word this long or longer names what its longer forms do


def names_one(stem_: str, words: frozenset[str]) -> bool:
    """Is the stem one of the words, or a form of one that the stemmer keeps apart ("fraud"
    and "fraudul" of "fraudulent", "subscrib" and "subscript"): one starts with the other,
    ``NAME_PREFIX_MIN`` letters or more?"""
    if stem_ in words:
        return True
    if len(stem_) < NAME_PREFIX_MIN:
        return False
    return any(
        len(w) >= NAME_PREFIX_MIN and (w.startswith(stem_) or stem_.startswith(w)) for w in words
    )


def words_named(words: frozenset[str], tokens: Tokens) -> set[str]:
    """The words (of a case) that the answer names, in any of their forms."""
    said = set(tokens.stems)
    return {w for w in words if w in said or any(names_one(s, frozenset((w,))) for s in said)}


def case_words_said(question: Question, tokens: Tokens) -> int:
    """How many distinct words naming the case the answer says."""
    return _words_said(case_words(question), tokens.stems)


@lru_cache(maxsize=256)
def _words_said(words: frozenset[str], stems: tuple[str, ...]) -> int:
    said = frozenset(stems)
    return sum(1 for w in words if w in said or any(names_one(s, frozenset((w,))) for s in said))


# The last answer ``thin_on_case`` judged, by identity: it is asked for each place a phrase is
# said, and each asking read the whole answer again (10,000 places of one phrase in a 10,000-word
# answer: 4 of its 6 s of scoring, perf31). A tuple replaced whole: safe across scoring threads.
_thin_seen: tuple[Question, Tokens, bool] | None = None


def thin_on_case(question: Question, tokens: Tokens) -> bool:
    """Is it a case question and does the answer say fewer distinct words naming the case than
    it has sentences, and fewer than ``CASE_WORDS_FULL``? (A short correct answer names its case
    about once a sentence.)"""
    global _thin_seen
    if question.category.value != "case":
        return False
    seen = _thin_seen
    if seen is not None and seen[0] is question and seen[1] is tokens:
        return seen[2]
    thin = case_words_said(question, tokens) < min(CASE_WORDS_FULL, len(tokens.sentences))
    _thin_seen = (question, tokens, thin)
    return thin
