"""A story with no result sentence reports its result missing (issue 9, rel47): a last step told
with the thing as its subject ("Nightly backups scheduled for the label store.") or an activity
named in note form ("Fortnightly check-in with her on the flagged invoices.") is one more step,
not what came of the steps; the same sentence after a told outcome, or one telling a measure or
a second clause of what came of it, keeps the result."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import analysed

# Steps told as notes, with the thing as their subject, the way a terse teller tells them.
NOTED = (
    "Invoices from a new supplier were being matched to the wrong purchase orders.",
    "I owned the matching model for the finance team.",
    "Supplier names normalised before matching, with a table of known aliases.",
    "Matching rules rewritten to compare amounts within a tolerance.",
)


@pytest.mark.parametrize(
    "last",
    (
        "Nightly re-matching scheduled, plus a weekly report of unmatched invoices.",
        "Low-score matches sent to a manual review queue.",
        "Before anything went live, a sample of two hundred matches was checked by hand.",
        "Fortnightly check-in with her on the flagged invoices.",
    ),
)
def test_a_step_told_as_the_thing_last_is_no_result(last: str) -> None:
    star = analysed(*NOTED, last).star
    assert "result" in star.missing, [(s.label, s.text) for s in star.segments]


@pytest.mark.parametrize(
    "last",
    (
        "Wrong matches down from nine percent to one within a month.",
        "Unmatched invoices sent to a manual queue, and the month-end close finished two days early.",
        "Nightly re-matching approved by the finance director the same week.",
    ),
)
def test_an_outcome_told_last_keeps_the_result(last: str) -> None:
    star = analysed(*NOTED, last).star
    assert "result" not in star.missing, [(s.label, s.text) for s in star.segments]


@pytest.mark.parametrize(
    "adjective, noun, participle",
    (
        ("new", "flow", "extended to every region"),
        ("redesigned", "flow", "extended to every region"),
        ("new", "model", "kept"),
        ("retrained", "model", "kept"),
    ),
)
def test_a_notes_participle_is_its_verb_not_a_past_form_before_it_r48(
    adjective: str, noun: str, participle: str
) -> None:
    """Review of round 48: the first past form after the first word was taken as the note's verb,
    so 'the redesigned flow' made 'Pilot of the redesigned flow extended to every region.' one
    more step (its result missing) while 'the new flow' kept it an outcome."""
    from simulator.core.scoring.star_thing_steps import step_told_as_the_thing
    from simulator.core.scoring.text import words as text_words

    sentence = f"Pilot of the {adjective} {noun} {participle}."
    assert not step_told_as_the_thing(text_words(sentence), {})
