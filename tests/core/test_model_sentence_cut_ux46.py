"""Walkthrough 46: a missed key point's model-answer sentence was quoted as the scorer splits a
long sentence, at its clauses: “... other features as they are,” and “so it is the marginal
effect ...”, as if the model answer said them so (50 of the shipped packs' 1,473 quoted units
start inside a sentence). The card (the page and every export) marks the cut with an ellipsis."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scorecard.answer import _key_point
from simulator.core.scorecard.model_sentence import as_quoted, model_sentence_for
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """pack:
  name: Clauses
questions:
  - id: tech.pdp
    category: technical
    topic: interpretability
    difficulty: 2
    prompt: What is a partial dependence plot?
    time_limit_s: 120
    prep_time_s: 1
    key_points:
      - id: average
        label: PDP shows the average prediction as one feature varies
        weight: 2
        phrases: [average prediction, vary one feature]
      - id: marginal
        label: It is the marginal effect of the feature
        weight: 1
        phrases: [marginal effect]
      - id: model
        label: It describes the model, not the world
        weight: 1
        phrases: [describes the model]
    model_answer: >
      A partial dependence plot shows how the model's average prediction changes as I vary one
      feature across a grid while keeping everyone's other features as they are, so it is the
      marginal effect of that feature averaging over the rest of the data. It describes the
      model, not the world.
"""


def test_a_clause_of_a_longer_sentence_is_quoted_with_its_cut_marked(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    question = load_packs([tmp_path / "pack.yaml"]).get("tech.pdp")
    raw = {k.id: model_sentence_for(question, k.id) for k in question.key_points}
    assert raw["marginal"] and raw["marginal"].startswith("so it is")  # the case this is about
    assert raw["average"] and raw["average"].endswith("as they are,")
    score = score_answer(question, Transcript(text="I am not sure what that is."))
    shown = {k.id: _key_point(k, question).model_sentence for k in score.key_points}
    assert shown["marginal"] == "…" + raw["marginal"]
    assert shown["average"] == raw["average"][: -len(",")] + "…"
    assert shown["model"] == "It describes the model, not the world."  # a whole one: as it is


def test_quotes_and_a_sentence_not_in_the_answer_are_left_alone() -> None:
    said = 'He said "stop." Then he left, slowly.'
    assert as_quoted(said, "Then he left, slowly.") == "Then he left, slowly."
    assert as_quoted(said, 'He said "stop."') == 'He said "stop."'
    assert as_quoted(said, "Something else") == "Something else"
