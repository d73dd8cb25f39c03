"""Where a story says a behavioral question's intent phrases (relevance.py and theme_rivals.py):
phrases match whole and in order, small words included ("told him" is not "told"), after
stemming, and the shipped behavioral questions are the themes a story can be about."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from simulator.core.questions import Intent, Question, load_packs
from simulator.core.scoring.matching import DERIVATIONAL, AnswerIndex, Phrase
from simulator.core.scoring.text import Tokens, stem, word_set, words

# The parts that say what a story is about; an action may name a theme in passing.
FRAMING_PARTS = frozenset(("situation", "task", "result"))


def said_at(index: AnswerIndex, text: str) -> list[tuple[int, int]]:
    """Where the story says an intent phrase: its words side by side ("new to" is not "the new
    forecasting model to"), each word itself, a form of it ("cancel", "cancellation") or a
    spelling slip of it, but no other word that happens to be one letter away ("plan" is no
    slip for "plant"), a participle only as a participle, an "-ing" word only as a verb form ("paging"
    is no wiki "page"), and "went down" / "went up" not of an amount ("tickets went down by a
    third"). A person named by "-er" ("designer", "customer", "manager") is said
    only as that word: its stem is also the act's or another word's ("design", "custom",
    "managed"), and a story about designing is no story about working with designers."""
    phrase = whole_phrase(text)
    toks = index.tokens
    wanted = list(zip(words(text), phrase.stems, strict=True))
    spans = [
        span
        for span in index.find_ordered(phrase)
        if (len(wanted) == 1 or span[1] - span[0] == len(wanted))
        and all(
            _same_word(w, s, toks.words[k], toks.stems[k])
            for (w, s), k in zip(wanted, range(*span), strict=False)
        )
    ]
    if wanted[-1][0] in _AMOUNT_TURNS and wanted[0][0] in _MOTION_VERBS:
        spans = [span for span in spans if not _said_of_an_amount(toks, span[1])]
    agent = text.lower().removesuffix("s")
    if " " in text or not agent.endswith("er") or len(stem(agent)) >= len(agent) - 1:
        return spans
    return [span for span in spans if index.tokens.words[span[0]].startswith(agent)]


# "went down" is an outage said of a system and a fall said of an amount ("tickets went down
# by a third", "complaints went down as well"): the amount's sense takes a measure after it.
_MOTION_VERBS = frozenset(("go", "goes", "going", "gone", "went", "come", "came", "comes"))
_AMOUNT_TURNS = frozenset(("down", "up"))
_MEASURE_AFTER = word_set(
    """by to from as too slightly sharply steadily significantly dramatically noticeably
    substantially considerably markedly further a lot accordingly"""
)


def _said_of_an_amount(tokens: Tokens, end: int) -> bool:
    """Is the motion phrase ending before ``end`` ("went down") followed, in its sentence, by a
    measure ("by a third", "to nine percent", "as well", "sharply"), as a change of an amount is?"""
    if end >= len(tokens.words) or tokens.sentence_of[end] != tokens.sentence_of[end - 1]:
        return False
    after = tokens.words[end]
    return after in _MEASURE_AFTER or after[:1].isdigit()


def _same_word(word: str, wanted: str, said_word: str, said: str) -> bool:
    """Is ``said_word`` (its stem ``said``) the phrase's ``word`` (its stem ``wanted``), a form
    of it, or a slip of it rather than another word of the bank's stories? A participle is said
    only as one: a project "cancelled" is no customer "cancellations"."""
    if word.endswith("ed") and said_word != word and not said_word.endswith("ed"):
        return False
    if word.endswith("ing") and not said_word.endswith(("ing", "ed")):
        return False
    if said == wanted:
        return True
    short, long_ = sorted((wanted, said), key=len)
    if long_.startswith(short) and long_[len(short) :] in DERIVATIONAL:
        return True
    return said_word not in story_words()


@lru_cache(maxsize=1)
def story_words() -> frozenset[str]:
    """Every word of the shipped behavioral questions' prompts, rubrics and model answers: a
    word among them is a word in its own right, no spelling slip."""
    from simulator.core.scoring.theme_match import rubric_text

    said: set[str] = set()
    for q in story_themes():
        said.update(words(f"{q.prompt} {q.model_answer} {rubric_text(q)}"))
    return frozenset(said)


@lru_cache(maxsize=4096)
def whole_phrase(text: str) -> Phrase:
    """An intent phrase with every word kept: "on time" must not match any "time"."""
    return Phrase(text, tuple(stem(w) for w in words(text)), None, False)


def sentences_saying(intent: Intent, tokens: Tokens, phrases: Sequence[str] = ()) -> set[int]:
    """The sentences (by number) that say one of ``intent``'s phrases (or of ``phrases``,
    a part of them, when given)."""
    index = index_of(tokens)
    said = phrases or intent.phrases
    return {tokens.sentence_of[span[0]] for text in said for span in said_at(index, text)}


def framing(intent: Intent, tokens: Tokens, labels: Sequence[str]) -> int:
    """How many situation, task or result sentences say one of ``intent``'s phrases."""
    said = sentences_saying(intent, tokens)
    return sum(1 for i in said if i < len(labels) and labels[i] in FRAMING_PARTS)


def framing_ways(intent: Intent, tokens: Tokens, labels: Sequence[str]) -> int:
    """Like ``framing``, but a theme frames a story only as often as it is said in different
    ways: "packed late", "the delays" and "late packing fell" are one topic of the story (late
    orders) said three times, not a story about a missed estimate three times over."""
    index = index_of(tokens)
    sentences: set[int] = set()
    ways: set[tuple[str, ...]] = set()
    for text in intent.phrases:
        for span in said_at(index, text):
            i = tokens.sentence_of[span[0]]
            if i < len(labels) and labels[i] in FRAMING_PARTS:
                sentences.add(i)
                ways.add(whole_phrase(text).stems)
    return min(len(sentences), len(ways))


@lru_cache(maxsize=8)
def index_of(tokens: Tokens) -> AnswerIndex:
    return AnswerIndex(tokens)


@lru_cache(maxsize=1)
def story_themes() -> tuple[Question, ...]:
    """The shipped behavioral questions with an intent: the themes a story can be about."""
    from simulator import paths

    bank = load_packs([paths.bundled_packs_dir() / "behavioral.yaml"])
    return tuple(q for q in bank.questions.values() if q.intent is not None)
