"""A behavioral answer made of the same few words, or of one sentence pasted again and again,
tells no story: no STAR part is present, whatever position would say."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

BANK = load_packs([Path(__file__).resolve().parents[3] / "questions"])


def _score(text: str) -> int:
    return score_answer(BANK.get("beh.resolve-conflict"), Transcript(text)).overall


def test_one_word_repeated_scores_nothing() -> None:
    assert _score(" ".join(["one-on-one"] * 300)) <= 10


def test_one_sentence_pasted_again_counts_once() -> None:
    story = (
        "Two engineers on my team disagreed about the feature store. "
        "I had to get them to agree before the release. "
        "I met each of them, then ran a short design review with both. "
        "They agreed on one schema and the release shipped on time."
    )
    once = score_answer(BANK.get("beh.resolve-conflict"), Transcript(story))
    pasted = " ".join(["I met each of them, then ran a short design review with both."] * 12)
    assert once.star is not None and not once.star.missing
    assert _score(pasted) < once.overall
    star = score_answer(BANK.get("beh.resolve-conflict"), Transcript(pasted)).star
    assert star is not None and {"situation", "result"} <= set(star.missing)


def test_a_hollow_sentence_says_why_it_counts_for_nothing() -> None:
    star = score_answer(
        BANK.get("beh.resolve-conflict"), Transcript(" ".join(["one-on-one"] * 60))
    ).star
    assert star is not None and star.segments
    assert all(s.label == "other" and s.why == "the same words again" for s in star.segments)
