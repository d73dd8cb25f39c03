"""Calibration: labelled answers (written as candidates speak) must be ranked and labelled right.

calibration_content.yaml: answers at four levels (strong, partial, weak, off_topic) plus
long_wrong and keywords answers per question. calibration_star.yaml: behavioral stories of
different shapes with every sentence labelled by hand. The *_heldout files were written after the
scorer was frozen and were never used to tune it.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.core.questions import QuestionBank
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.transcript import Transcript

HERE = Path(__file__).resolve().parent
LEVELS = ("strong", "partial", "weak", "off_topic")
CONTENT_FILES = ("calibration_content.yaml", "calibration_content_heldout.yaml")
STAR_FILES = ("calibration_star.yaml", "calibration_star_heldout.yaml")


def _load(name: str) -> list[dict[str, Any]]:
    path = HERE / name
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _available(bank: QuestionBank, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items whose question is in the bank (packs are still being written)."""
    return [i for i in items if i["question"] in bank.questions]


@pytest.fixture(scope="module")
def content_scores(bank: QuestionBank) -> dict[str, dict[str, AnswerScore]]:
    out: dict[str, dict[str, AnswerScore]] = {}
    for name in CONTENT_FILES:
        for item in _available(bank, _load(name)):
            question = bank.get(item["question"])
            key = f"{name}:{item['question']}"
            out[key] = {
                level: score_answer(question, Transcript(text))
                for level, text in item.items()
                if level != "question"
            }
    return out


def test_enough_calibration_questions(content_scores: dict[str, dict[str, AnswerScore]]) -> None:
    assert len({k.split(":", 1)[1] for k in content_scores}) >= 20


def test_levels_are_ordered_in_at_least_90_percent_of_pairs(
    content_scores: dict[str, dict[str, AnswerScore]],
) -> None:
    ordered, wrong = 0, []
    for key, scores in content_scores.items():
        for better, worse in itertools.combinations(LEVELS, 2):
            if scores[better].overall > scores[worse].overall:
                ordered += 1
            else:
                wrong.append(
                    f"{key}: {better} {scores[better].overall} <= {worse} {scores[worse].overall}"
                )
    total = ordered + len(wrong)
    assert ordered / total >= 0.9, wrong


def test_off_topic_scores_near_zero(content_scores: dict[str, dict[str, AnswerScore]]) -> None:
    high = {
        k: s["off_topic"].overall for k, s in content_scores.items() if s["off_topic"].overall > 10
    }
    assert high == {}


def test_long_but_wrong_scores_below_partial(
    content_scores: dict[str, dict[str, AnswerScore]],
) -> None:
    wrong = {
        k: (s["long_wrong"].overall, s["partial"].overall)
        for k, s in content_scores.items()
        if "long_wrong" in s and s["long_wrong"].overall >= s["partial"].overall
    }
    assert wrong == {}


def test_long_but_wrong_names_its_misconceptions(
    content_scores: dict[str, dict[str, AnswerScore]],
) -> None:
    with_wrong = [s["long_wrong"] for s in content_scores.values() if "long_wrong" in s]
    named = [s for s in with_wrong if s.misconceptions]
    assert len(named) >= 0.8 * len(with_wrong)
    for score in named:
        assert all(m.correction and m.evidence for m in score.misconceptions)
        assert any(f.startswith("Misconception") for f in score.feedback)


def test_keyword_lists_score_well_below_strong(
    content_scores: dict[str, dict[str, AnswerScore]],
) -> None:
    close = {
        k: (s["keywords"].overall, s["strong"].overall)
        for k, s in content_scores.items()
        if "keywords" in s and s["keywords"].overall > s["strong"].overall - 30
    }
    assert close == {}


def _stories(bank: QuestionBank) -> list[tuple[str, dict[str, Any]]]:
    return [(name, s) for name in STAR_FILES for s in _available(bank, _load(name))]


@pytest.fixture(scope="module")
def story_scores(bank: QuestionBank) -> list[tuple[str, dict[str, Any], AnswerScore]]:
    """Each calibration story with its score, scored once for the three tests that read it."""
    out = []
    for name, story in _stories(bank):
        text = " ".join(sentence for _, sentence in story["sentences"])
        out.append((name, story, score_answer(bank.get(story["question"]), Transcript(text))))
    return out


def test_star_sentence_labels_are_at_least_90_percent_right(
    story_scores: list[tuple[str, dict[str, Any], AnswerScore]],
) -> None:
    right, total, wrong = 0, 0, []
    for name, story, score in story_scores:
        expected = [label for label, _ in story["sentences"]]
        assert score.star is not None
        got = [seg.label for seg in score.star.segments]
        assert len(got) == len(expected), f"{story['id']}: sentences split differently"
        for (label, sentence), mine in zip(story["sentences"], got, strict=True):
            total += 1
            if label == mine:
                right += 1
            else:
                wrong.append(f"{name}:{story['id']}: {label} labelled {mine}: {sentence}")
    assert total >= 80
    assert right / total >= 0.9, wrong


def test_star_reports_missing_parts(
    story_scores: list[tuple[str, dict[str, Any], AnswerScore]],
) -> None:
    for _, story, score in story_scores:
        assert score.star is not None
        for part in story.get("missing", []):
            assert part in score.star.missing, story["id"]
            assert any(f"no {part}" in tip for tip in score.feedback), story["id"]


def test_stories_with_all_parts_beat_stories_missing_some(
    story_scores: list[tuple[str, dict[str, Any], AnswerScore]],
) -> None:
    complete, incomplete = [], []
    for _, story, score in story_scores:
        assert score.star is not None
        if score.star.off_question:
            continue  # judged on another axis: does it answer the question at all
        (incomplete if story.get("missing") else complete).append(score.overall)
    assert incomplete and complete
    assert max(incomplete) < min(complete)
