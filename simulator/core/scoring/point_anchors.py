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
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.matching import AnswerIndex, Phrase, Span, compile_phrase
from simulator.core.scoring.shipped_rubrics import generic_stems, rubric_stems
from simulator.core.scoring.text import Tokens

SELF_ANCHORED = 3  # substituted wordings this long need no anchor
ANCHOR_REACH = 1  # sentences before the phrase's own that may hold its anchor


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
