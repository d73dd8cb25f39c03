"""Tables the scorer builds once and every scoring thread reads (review33).

whole_theme.py read every behavioral question whole again for each story (its texts made, sorted
and hashed as the cache's key); answer_topic.py handed out its cached IDF tables as plain dicts
that any caller on any compute thread could change under the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring import answer_topic, whole_theme
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.text import tokenize

REPO = Path(__file__).resolve().parents[3]

STORIES = (
    "Our churn model was late, so I cut the scope to the two features that mattered and shipped.",
    "I disagreed with my manager about the metric, showed her the data and we changed it.",
    "A junior engineer joined the team; I paired with him every morning for a month.",
)


def test_each_question_is_read_whole_once_per_bank_not_per_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bank = load_packs([REPO / "questions", REPO / "tests/core/scoring/packs/star32dev"])
    rivals = Rivals.of_bank(bank)
    question = bank.get("beh.dev-rolled-back")
    whole_theme._built.cache_clear()
    calls: list[str] = []
    real = whole_theme.whole_text

    def counted(q):  # type: ignore[no-untyped-def]
        calls.append(q.id)
        return real(q)

    monkeypatch.setattr(whole_theme, "whole_text", counted)
    first = [whole_theme.nearest_is_asked(question, tokenize(s), rivals) for s in STORIES]
    read = len(calls)
    assert read > len(STORIES)  # the first story builds the table
    calls.clear()
    again = [whole_theme.nearest_is_asked(question, tokenize(s), rivals) for s in STORIES]
    assert again == first
    # after that, only the asked question's own text (its cache key) per story
    assert calls == [question.id] * len(STORIES), calls


def test_a_changed_question_under_the_same_id_is_built_again() -> None:
    bank = load_packs([REPO / "questions", REPO / "tests/core/scoring/packs/star32dev"])
    rivals = Rivals.of_bank(bank)
    question = bank.get("beh.dev-rolled-back")
    edited = question.model_copy(update={"model_answer": question.model_answer + " Rollback."})
    before, _ = whole_theme._built(rivals, question.id, whole_theme.whole_text(question))
    after, _ = whole_theme._built(rivals, edited.id, whole_theme.whole_text(edited))
    assert before is not after


def test_the_cached_idf_tables_are_read_only() -> None:
    idf, rubrics = answer_topic._shipped_rubrics()
    pack_idf, asked = answer_topic._pack_rubric("a question of my own about feature drift")
    for table in (idf, rubrics, pack_idf, asked, answer_topic._shipped_by_id()):
        with pytest.raises(TypeError):
            table["anything"] = 1.0  # type: ignore[index]
