"""Steps told as notes with their "I" dropped (issue 9, star70v): "Checked 300 flagged invoices
by hand." is a step of mine however its object is described. The sentences are written for these
tests, in none of the sets."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_labels import subject_dropped
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize, words
from simulator.core.transcript import Transcript


def star(*lines: str):  # noqa: ANN201 - the labeller's StarResult
    text = "\n".join(lines)
    return analyse_star(tokenize(text), Transcript(text)).star


SCENE = "Our invoice parser misread dates on about one bill in twelve from two suppliers."
TASK = "My job was to get the dates right before the audit in March."


@pytest.mark.parametrize(
    "line",
    [
        "Ran 300 flagged invoices through the new parser.",  # "flagged": an adjective
        "Compared dates on scanned bills with the ledger.",  # after a preposition
        "Wrote to the suppliers whose exports changed in May.",  # a relative clause's verb
        "Sorted the bills by the supplier that issued them.",  # a relative clause's verb
    ],
)
def test_a_note_step_keeps_its_dropped_i_r70v(line: str) -> None:
    """A past form describing the object of a note's first verb, or the verb of a relative
    clause inside it, is no verb of the note: the first verb is the teller's, "I" dropped."""
    assert subject_dropped(words(line), line)


@pytest.mark.parametrize(
    "line",
    [
        "Missed dates went to zero within a week.",  # the first word describes the subject
        "Flagged bills that slipped through dropped to a handful.",  # the relative's verb first
    ],
)
def test_an_opening_participle_with_its_own_verb_is_no_note_step_r70v(line: str) -> None:
    assert not subject_dropped(words(line), line)


def test_a_note_step_with_a_described_object_is_a_step_not_the_outcome_r70v() -> None:
    """ "Checked 300 flagged invoices by hand before the rerun." between the steps and the
    outcome is a step (it was read as what came of the steps, "flagged" taken for its verb)."""
    result = star(
        SCENE,
        TASK,
        "Pulled a month of parsed bills.",
        "Found that both suppliers write the day before the month.",
        "Checked 300 flagged invoices by hand before the rerun.",
        "Added a check that rejects impossible dates.",
        "Misread dates went from one bill in twelve to none in the audit sample.",
    )
    assert [s.label for s in result.segments][2:6] == ["action"] * 4
    assert result.segments[-1].label == "result"
