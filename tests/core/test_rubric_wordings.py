"""Checks on the wording of every rubric phrase in the shipped packs (all files in questions/).

A phrase earns a key point (or a case framework step) wherever its content words occur close
together. A phrase made only of small words matches any answer, and one made only of words the
prompt already says is earned by reading the question back: neither proves the candidate knows
the point.
"""

from __future__ import annotations

from simulator.core.questions import Question, QuestionBank
from simulator.core.scoring.text import STOPWORDS, stem, words

# Found when this check was added, in packs other people were editing at the time; each is
# reported to their owner. Remove an entry when its phrase is fixed: no new ones.
KNOWN: frozenset[tuple[str, str]] = frozenset()


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


GENERIC_STORY_SHARE = 1 / 6  # of the other behavioral model answers


def test_behavioral_key_point_phrases_are_not_said_by_any_story(bank: QuestionBank) -> None:
    """A behavioral key-point phrase is what a story answering *this* question says ("stepped
    in without being asked"), not what any story says ("took", "my call", "one"): none is
    found in more than a sixth of the other behavioral questions' model answers."""
    from simulator.core.scoring.matching import AnswerIndex, compile_phrase
    from simulator.core.scoring.text import tokenize

    behavioral = [q for q in bank.questions.values() if q.category.value == "behavioral"]
    told = {q.id: AnswerIndex(tokenize(q.model_answer)) for q in behavioral}
    common = []
    for q in behavioral:
        others = [told[o.id] for o in behavioral if o.id != q.id]
        for kp in q.key_points:
            for text in kp.phrases:
                variants = compile_phrase(text)
                said = sum(1 for index in others if any(index.find(p) for p in variants))
                if said > GENERIC_STORY_SHARE * len(others):
                    common.append(f"{q.id} {kp.id}: {text!r} in {said} of {len(others)}")
    assert common == []
