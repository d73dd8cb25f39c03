"""Checks on the wording of every rubric phrase in the shipped packs (all files in questions/).

A phrase earns a key point (or a case framework step) wherever its content words occur close
together. A phrase made only of small words matches any answer, and one made only of words the
prompt already says is earned by reading the question back: neither proves the candidate knows
the point.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, QuestionBank
from simulator.core.scoring.text import STOPWORDS, stem, words

QUESTIONS_DIR = Path(__file__).resolve().parents[2] / "questions"

# Found when this check was added, in packs other people were editing at the time; each is
# reported to their owner. Remove an entry when its phrase is fixed: no new ones.
KNOWN: frozenset[tuple[str, str]] = frozenset(
    [
        ("beh.prioritize-workload", "manageable"),
        ("beh.complex-problem", "breaking it down"),
        ("beh.tight-deadline", "must-have"),
        ("beh.took-ownership", "took ownership"),
        ("beh.learn-from-mistake", "my mistake"),
        ("beh.stakeholder-expectations", "realistic"),
        ("beh.stakeholder-expectations", "expectations"),
        ("beh.cross-functional", "with the designer"),
        ("beh.cross-functional", "with legal"),
        ("beh.stop-a-project", "already invested"),
        ("beh.changed-my-mind", "i was wrong"),
        ("tech.missing-data", "why it is missing"),
    ]
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    from simulator.core.questions import load_packs

    return load_packs([QUESTIONS_DIR])


def _phrases(q: Question) -> list[tuple[str, str]]:
    """(where, phrase) for every key-point and framework phrase of a question."""
    out = [(f"key point {kp.id}", p) for kp in q.key_points for p in kp.phrases]
    out += [(f"framework {step.step}", p) for step in q.framework for p in step.phrases]
    return out


def _problem(phrase: str, prompt_stems: set[str]) -> str | None:
    content = [w for w in words(phrase) if w not in STOPWORDS]
    if not content:
        return "only small words: it matches any answer"
    if all(stem(w) in prompt_stems for w in content):
        return "only words of the prompt: reading the question back earns it"
    return None


def test_every_phrase_says_more_than_small_words_and_the_prompt(bank: QuestionBank) -> None:
    problems = []
    for q in bank.questions.values():
        prompt_stems = {stem(w) for w in words(q.prompt)}
        for where, phrase in _phrases(q):
            problem = _problem(phrase, prompt_stems)
            if problem and (q.id, phrase) not in KNOWN:
                problems.append(f"{q.id} {where}: {phrase!r}: {problem}")
    assert problems == []


def test_the_check_catches_both_kinds() -> None:
    prompt = {stem(w) for w in words("Explain how gradient descent works.")}
    assert _problem("as of", prompt) is not None
    assert _problem("how gradient descent works", prompt) is not None
    assert _problem("go downhill", prompt) is None
