"""Behavioral relevance for a question from a person's own pack (round 30): such a question is in
no shipped theme's closeness ranking and has no key points, so a story that misses its intent's
few phrases can only show it is on the question through the prompt's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: beh.own-said-no
    category: behavioral
    topic: prioritization
    difficulty: 2
    prompt: Tell me about a time you turned down a request from a senior stakeholder.
    time_limit_s: 150
    competency: saying no
    intent:
      label: refusing a senior person's request
      phrases: [turned down, said no, declined, refused]
      core: [turned down, said no, declined, refused]
    star:
      situation: Who asked for what and why it was a problem.
      task: What you had to decide.
      action: How you explained the refusal and what you offered instead.
      result: What happened, with a number.
    model_answer: >-
      Our sales director asked for a custom churn report every morning. I turned down the request
      because it would have taken a third of my week, and I offered a dashboard instead. She
      agreed, and the dashboard now serves four teams.
"""

# Says the prompt's words ("request", "senior", "stakeholder") but none of the intent's phrases.
RELEVANT = (
    "A senior stakeholder from finance sent a request for a second forecast model just for his "
    "region. I had to decide whether the team could take it on that quarter. I looked at what "
    "the extra model would cost us and showed him that the main model already beat his "
    "region's spreadsheet by ten percent. I offered to add his region's holidays as features "
    "instead of building a new model. He accepted, and his region's error fell by a fifth."
)
# About something else entirely: a migration, with none of the prompt's words.
UNRELATED = (
    "Our feature pipelines ran on an old cron server that failed every few weeks. I had to "
    "move eighteen jobs to Airflow within a month. I mapped every job's inputs with a script "
    "and moved them in the order of that graph. All eighteen jobs moved in four weeks, and the "
    "failures stopped."
)


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Question:
    folder: Path = tmp_path_factory.mktemp("own_pack")
    (folder / "own.yaml").write_text(PACK, encoding="utf-8")
    return load_packs([folder]).get("beh.own-said-no")


def test_a_story_saying_the_prompts_words_is_on_an_own_pack_question(own: Question) -> None:
    score = score_answer(own, Transcript(RELEVANT))
    assert score.star is not None and not score.star.off_question


def test_a_story_about_something_else_is_still_off_an_own_pack_question(own: Question) -> None:
    score = score_answer(own, Transcript(UNRELATED))
    assert score.star is not None and score.star.off_question
