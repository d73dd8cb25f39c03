"""A question whose rubric is huge is refused by name (attack run 31).

Each field kept its own limit (50 phrases a key point, 30 key points, ...), so one valid question
could hold ~3,900 phrases of ~40,000 words: scoring a 3,000-character answer against it took
107 s and a long answer over 10 minutes (the command and the window's score never came). The
question is skipped with a problem naming it and its size; the rest of the pack loads."""

from __future__ import annotations

import itertools

import yaml

from simulator.core.pack_limits import MAX_RUBRIC_PHRASES, MAX_RUBRIC_WORDS
from simulator.core.questions_parse import parse_pack
from tests.core.real_bank import real_bank

_WORDS = itertools.cycle(
    [
        "gradient",
        "clipping",
        "caps",
        "norms",
        "exploding",
        "updates",
        "recurrent",
        "networks",
        "stable",
        "training",
        "learning",
        "rate",
        "warmup",
        "schedules",
        "momentum",
        "adaptive",
        "optimisers",
        "variance",
        "curvature",
    ]
)


def _phrase(words: int) -> str:
    return " ".join(next(_WORDS) for _ in range(words)) + f" {next(_COUNTER)}"


_COUNTER = itertools.count()


def _question(qid: str, points: int, phrases_each: int, words: int) -> dict[str, object]:
    return {
        "id": qid,
        "category": "technical",
        "topic": "optimisation",
        "difficulty": 2,
        "prompt": "How do you keep the training of a deep network stable?",
        "time_limit_s": 120,
        "key_points": [
            {
                "id": f"p{i}",
                "label": f"Point {i} about stable training",
                "weight": 2.0,
                "phrases": [_phrase(words) for _ in range(phrases_each)],
            }
            for i in range(points)
        ],
        "model_answer": "I clip gradients, warm the learning rate up and watch the loss curve.",
    }


def test_a_huge_rubric_is_refused_naming_the_question_and_the_rest_loads() -> None:
    pack = {
        "questions": [
            _question("tech.huge-rubric", 30, 50, 6),  # 1,500 phrases
            _question("tech.fair-rubric", 6, 8, 3),
        ]
    }
    questions, problems = parse_pack(yaml.safe_dump(pack), "mine.yaml")
    assert [q.id for q in questions] == ["tech.fair-rubric"]
    (problem,) = problems
    assert problem.file == "mine.yaml" and problem.question_id == "tech.huge-rubric"
    assert "1,500 phrases" in problem.message and f"{MAX_RUBRIC_PHRASES:,}" in problem.message


def test_many_long_phrases_are_refused_by_their_words() -> None:
    pack = {"questions": [_question("tech.wordy-rubric", 10, 20, 12)]}  # 200 phrases, 2,600 words
    questions, problems = parse_pack(yaml.safe_dump(pack), "mine.yaml")
    assert questions == [] and f"{MAX_RUBRIC_WORDS:,} words" in problems[0].message


def test_every_shipped_question_fits() -> None:
    bank = real_bank()
    assert not [p for p in bank.problems if "rubric holds" in p.message]
    assert len(bank.questions) >= 150 and not bank.problems
