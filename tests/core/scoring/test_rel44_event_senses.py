"""Which words tell the event a behavioral question asks for (issue 9, round 44, rel44:
event_demand._KINDS). Relevant development stories were called off their own question because
an everyday way of telling their event was missing (a system retired, criticism reported with
words between "said" and what was said, a commitment missed), and stories told for a neighbour
escaped because a word was read in another sense ("a month later" as lateness, "both" as people
at odds, a document's page as a page to the on-call engineer, a problem broken into parts as
something that broke). Stories written for this test."""

from __future__ import annotations

from simulator.core.scoring.event_demand import tells_no_demanded
from simulator.core.scoring.text import tokenize

STOP = "Tell me about a time you recommended stopping a project you had already invested a lot in."
CRITICISM = "Tell me about a time you received critical feedback. How did you respond to it?"
COMMITMENT = "Tell me about a time you failed to deliver something you had committed to."
INCIDENT = "Walk me through a production incident involving a model that you handled."
DEADLINE = "Tell me about a specific deadline you faced."
CONFLICT = "How do you approach resolving a conflict within your team? Tell me about a time."


def _missing(prompt: str, story: list[tuple[str, str]]) -> str | None:
    text = " ".join(sentence for _, sentence in story)
    kind = tells_no_demanded(prompt, tokenize(text), [label for label, _ in story])
    return None if kind is None else kind.name


RETIRED = [
    ("situation", "Our churn scores came from a scoring service with six years of patches."),
    ("situation", "A newer model in the warehouse covered every customer it covered."),
    ("task", "I had to say whether we kept paying for both."),
    ("action", "I compared a quarter of their scores and found no account the old one saved."),
    ("action", "I wrote a one-page case and took it to the head of marketing."),
    ("result", "The old service was decommissioned in May and its servers archived."),
]

REVIEWED = [
    ("situation", "Before the team review, my tech lead read my first pipeline design."),
    ("situation", "The lead said, rather sharply, that it had four parts where one would do."),
    ("task", "I had to decide whether that was right before the review."),
    ("action", "I listed what each part did and what it cost to run."),
    ("result", "I cut two of the parts, and the review took twenty minutes."),
]

MISSED = [
    ("situation", "I had promised the pricing team a demand feed by the first of the month."),
    ("task", "The miss was mine: I had not checked how slow the old export was."),
    ("action", "I told their lead a week early and gave them yesterday's data as a stopgap."),
    ("result", "The feed came nine days late, and now I test the slowest step before I promise."),
]

SPLIT_UP = [
    ("situation", "Search took two seconds for some users, and support kept asking why."),
    ("task", "I had to find the cause."),
    ("action", "I broke the request into its four stages and timed each of them."),
    ("action", "The filter step held all the time, so I moved it after the vector lookup."),
    ("result", "Search took two hundred milliseconds, and the fix is written up on one page."),
]

LATER = [
    ("situation", "Two analysts asked me for a forecast of returns for the spring range."),
    ("task", "I had to choose a model the buyers could read."),
    ("action", "I built a simple seasonal model and showed them its errors by week."),
    ("result", "The buyers used it, and a month later we added the summer range too."),
]

BOTH = [
    ("situation", "Our credit model scored far better than anything we had before."),
    ("situation", "The same customers turned up in both the training and the test data."),
    ("task", "I had to find out how much of the gain was real."),
    ("action", "I split the data by customer and by month and retrained."),
    ("result", "The gain fell to three points, and every split here is now by customer."),
]


def test_a_system_retired_or_archived_is_a_stop() -> None:
    assert _missing(STOP, RETIRED) is None


def test_criticism_reported_with_words_before_what_was_said_is_feedback_received() -> None:
    assert _missing(CRITICISM, REVIEWED) is None


def test_a_commitment_missed_is_a_failure_to_deliver() -> None:
    assert _missing(COMMITMENT, MISSED) is None


def test_a_problem_broken_into_parts_and_a_page_of_notes_tell_no_incident() -> None:
    assert _missing(INCIDENT, SPLIT_UP) == "incident"
    paged = [*SPLIT_UP[:-1], ("result", "Nobody was paged about slow search again.")]
    assert _missing(INCIDENT, paged) is None


def test_later_says_when_and_at_the_latest_says_a_deadline() -> None:
    assert _missing(DEADLINE, LATER) == "deadline"
    due = [*LATER[:-1], ("result", "The buyers had it by the buying meeting at the latest.")]
    assert _missing(DEADLINE, due) is None


def test_both_alone_tells_nobody_at_odds() -> None:
    assert _missing(CONFLICT, BOTH) == "conflict"
    odds = [*BOTH[:-1], ("result", "The two of them argued about it for a week.")]
    assert _missing(CONFLICT, odds) is None
