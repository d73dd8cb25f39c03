"""A text a question shows or reads aloud holds a word (attack run 37): a prompt of twelve
zero-width spaces (U+200B) or of '????????????', a model answer of thirty U+200B, a key point
label or a correction of dots passed `validate` as 'ok' (whitespace is stripped before the length
checks, these characters are not). The question was then shown as tags or dots and spoken as
nothing. Such a question is now a problem naming its field, and the rest of the pack loads."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from simulator.core.questions import parse_pack
from tests.packs import GOOD_QUESTION as GOOD


def _problems(**changes: Any) -> list[str]:
    text = yaml.safe_dump(
        {"questions": [{**GOOD, **changes}, {**GOOD, "id": "tech.still-loads"}]},
        allow_unicode=True,
    )
    questions, problems = parse_pack(text, "mine.yaml")
    assert [q.id for q in questions][-1] == "tech.still-loads"
    return [str(p) for p in problems]


KEY_POINT = GOOD["key_points"][0]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"prompt": "\u200b" * 12}, "prompt"),
        ({"prompt": "?" * 12}, "prompt"),
        # (bidi controls are removed as the pack loads, round 51: invisible ones stay)
        ({"prompt": "\u2066" + "\u200b" * 12 + "\u2069"}, "prompt"),
        ({"model_answer": "\u200b" * 30}, "model_answer"),
        ({"model_answer": "-" * 30}, "model_answer"),
        ({"key_points": [{**KEY_POINT, "label": "\u200b\u200b"}]}, "key_points[0].label"),
        ({"follow_ups": [{"prompt": "...", "key_point": "noise"}]}, "follow_ups[0].prompt"),
        (
            {"misconceptions": [{"phrases": ["fits the signal"], "correction": "!!"}]},
            "misconceptions[0].correction",
        ),
    ],
)
def test_a_text_without_a_word_is_a_problem_naming_its_field(
    changes: dict[str, Any], field: str
) -> None:
    (problem,) = _problems(**changes)
    # on the line of its field (or of the question, for a field in a list): walkthrough 43
    assert re.match(r"mine\.yaml:\d+: question tech\.example: ", problem), problem
    assert f"field {field}: has no word" in problem
    assert "nothing could be shown or read aloud" in problem


@pytest.mark.parametrize(
    "prompt",
    [
        "Explain overfitting in your own words.",
        "Что такое переобучение? Explain.",  # any script's letters are words
        "L1 vs L2: 1, 2, 3?",
    ],
)
def test_texts_with_words_in_any_script_still_load(prompt: str) -> None:
    assert _problems(prompt=prompt) == []
