"""A question of a person's own pack that asks what a shipped question asks, in other words
(round 31): a story the shipped twin's theme recognises answers it too. Its author's few intent
phrases used to be all that counted, and the twin itself was weighed as a rival theme, so a
story squarely about stopping a project was flagged off "stop or scale back a project"."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.bank import load_bank
from simulator.core.questions import Question, QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.prompt_relevance import same_themes
from simulator.core.transcript import Transcript

# The shipped beh.stop-a-project in an outside author's words, with intent phrases the shipped
# model answer does not say ("pause", "redirect" and "sunk cost" are the shipped theme's).
PACK = """questions:
  - id: beh.own-scale-back
    category: behavioral
    topic: judgment
    difficulty: 2
    prompt: Tell me about a time you stopped, or drastically scaled back, a machine learning project you had invested a lot of effort in.
    time_limit_s: 150
    competency: judgment about sunk costs
    intent:
      label: deciding to stop or scale back a project
      phrases: [scaled back, scale back, scaled down, decided to stop]
    star:
      situation: The project, how much effort had gone into it, and who was invested in it.
      task: Deciding honestly whether to continue even though you were attached to the work.
      action: How you compared the project with alternatives, acknowledged the sunk cost and scaled it back.
      result: What the effort was redirected to and its outcome in numbers.
    model_answer: >-
      I had spent two months on a graph model for fraud that beat our baseline by half a point. I
      decided to stop it because the serving cost was ten times higher, and I scaled back to a
      feature from it inside the existing model. We shipped in two weeks and caught four percent more fraud.
"""


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Question:
    folder: Path = tmp_path_factory.mktemp("twin_pack")
    (folder / "own.yaml").write_text(PACK, encoding="utf-8")
    return load_packs([folder]).get("beh.own-scale-back")


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank()


def test_the_shipped_question_asking_the_same_is_its_twin(own: Question) -> None:
    assert same_themes(own) == {"beh.stop-a-project"}


def test_a_story_its_twin_recognises_is_on_the_question(own: Question, bank: QuestionBank) -> None:
    story = bank.get("beh.stop-a-project").model_answer
    score = score_answer(own, Transcript(story))
    assert score.star is not None
    assert score.star.off_question == []


@pytest.mark.parametrize(
    "other", ["beh.production-incident", "beh.mentor-junior", "beh.project-failure"]
)
def test_a_story_for_another_question_is_still_off_it(
    own: Question, bank: QuestionBank, other: str
) -> None:
    score = score_answer(own, Transcript(bank.get(other).model_answer))
    assert score.star is not None
    assert score.star.off_question == ["deciding to stop or scale back a project"]
