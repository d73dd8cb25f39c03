"""STAR labels, round 51 (issue 9, star51): a sentence the teller joined with a semicolon is
one sentence of the story, read whole. The labeller cuts it at the semicolon; read apart, its
two clauses took a label each ("We chose the scorecard" a step, "the lost accuracy cost little"
an outcome), and a hand-labelled sentence told for one part was neither."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import SCENE, STEP_1, STEP_2, TASK, star_labels

OUTCOME = "Misrouted tickets fell from twelve percent to four percent within a month."


@pytest.mark.parametrize(
    ("joined", "part"),
    (
        # an outcome in two clauses: someone's choice, then what came of it
        (
            "The support leads chose the new routing; the old rules were switched off in May.",
            "result",
        ),
        # a note of the outcome, two halves
        ("Queue times unchanged; no ticket sent to the wrong country since.", "result"),
        # my step, then what it showed
        (
            "I read the tickets the model got wrong; most of them named two products at once.",
            "action",
        ),
        # my step and the reason for its order
        (
            "I started with the billing queue, since it lost money every day; the rest could wait a week.",
            "action",
        ),
    ),
)
def test_a_sentence_joined_by_a_semicolon_takes_one_label_r51(joined: str, part: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, joined, OUTCOME)
    # the labeller still shows the two clauses apart: both carry the sentence's one label
    assert len(labels) == 7, labels
    assert labels[4] == labels[5] == part, labels


def test_sentences_ended_by_a_full_stop_are_still_read_apart_r51() -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels == ["situation", "task", "action", "action", "result"], labels
