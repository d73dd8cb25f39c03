"""Where a story says a behavioral question's intent phrases (relevance.py and theme_rivals.py):
phrases match whole and in order, small words included ("told him" is not "told"), after
stemming, and the shipped behavioral questions are the themes a story can be about."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from simulator.core.questions import Intent, Question, load_packs
from simulator.core.scoring.matching import AnswerIndex, Phrase
from simulator.core.scoring.text import Tokens, stem, words

# The parts that say what a story is about; an action may name a theme in passing.
FRAMING_PARTS = frozenset(("situation", "task", "result"))


def said_at(index: AnswerIndex, text: str) -> list[tuple[int, int]]:
    """Where the story says an intent phrase. A person named by "-er" ("designer",
    "customer", "manager") is said only as that word: its stem is also the act's or another
    word's ("design", "custom", "managed"), and a story about designing is no story about
    working with designers."""
    spans = index.find_ordered(whole_phrase(text))
    agent = text.lower().removesuffix("s")
    if " " in text or not agent.endswith("er") or len(stem(agent)) >= len(agent) - 1:
        return spans
    return [span for span in spans if index.tokens.words[span[0]].startswith(agent)]


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


@lru_cache(maxsize=8)
def index_of(tokens: Tokens) -> AnswerIndex:
    return AnswerIndex(tokens)


@lru_cache(maxsize=1)
def story_themes() -> tuple[Question, ...]:
    """The shipped behavioral questions with an intent: the themes a story can be about."""
    from simulator import paths

    bank = load_packs([paths.bundled_packs_dir() / "behavioral.yaml"])
    return tuple(q for q in bank.questions.values() if q.intent is not None)
