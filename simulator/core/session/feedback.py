"""The one line of feedback under an answer in the interview: its score and the key points it
did not earn, each named by its rubric label (for a story: its STAR parts).

Labels hold commas and semicolons of their own ("Choosing k trades bias and variance; tune it
with validation"), so each is quoted: a list joined by commas alone could not be read. A point
the answer contradicted or only named is not called "missing", and points left out of the line
are counted, so the line never reads as the whole list. A wrong claim the answer was charged for
is quoted in the answer's own words: the line read "23/100 · covered 2 of 4 key points" with
nothing to say why a mostly covered answer scored 23 (ux26).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from simulator.core.scorecard.star_basis import scored_split
from simulator.core.tables import OFF_QUESTION, kept_share_said

if TYPE_CHECKING:
    from simulator.core.scoring import AnswerScore, KeyPointResult

SHOWN = 3  # labels on the line; the scorecard lists them all
CLAIM_CHARS = 90  # a wrong claim's sentence is cut to about this many characters
PENDING_NOTE = "what it missed is listed once the follow-up is answered"

_GROUPS = (
    ("contradicted", "said the opposite of"),
    ("missing", "missing"),
    ("named", "named but not explained"),
)


def feedback_parts(
    score: AnswerScore, with_follow_up: bool = False, *, follow_up_pending: bool = False
) -> list[str]:
    """Plain-text parts of the line, in order; the first is the score. ``follow_up_pending``:
    a follow-up about this answer is being asked, so the line says whose score it is and
    keeps the missed points' labels for after it (under "Follow-up: How do ALE plots avoid
    the correlation problem?" it read "1/100 · ... missing: “... ALE plots address this”":
    the follow-up's answer, and a score that seemed to be the follow-up's before a word)."""
    points = score.key_points
    if follow_up_pending:
        parts = [f"First answer: {score.overall}/100"]
        if points:
            parts.append(_covered(points))
            parts.extend(_off_question(score))
        parts.append(PENDING_NOTE)
        return parts
    head = f"{score.overall}/100" + (" with the follow-up" if with_follow_up else "")
    parts = [head]
    if score.star is not None:  # a story: its STAR parts (it has no key points)
        missing = [m.capitalize() for m in score.star.missing]
        parts.append(
            f"STAR parts missing: {', '.join(missing)}" if missing else "all four STAR parts"
        )
        if score.star.off_question:
            parts.append("off the question")
        # in the scorecard bars' figures: the timer above counts seconds from the marks, and
        # the two disagreed with nothing to say why (walkthrough 40)
        shares = {p: part.share for p, part in score.star.parts.items()}
        parts.append(scored_split(shares, score.star.share_basis))
    if not points:
        return parts
    parts.append(_covered(points))
    parts.extend(_off_question(score))
    claims = score.misconceptions
    if claims:
        said = f"“{_cut(claims[0].evidence or claims[0].phrase)}”"
        if len(claims) == 1:
            parts.append(f"wrong claim, costs points: {said}")
        else:
            parts.append(f"{len(claims)} wrong claims, each costs points: {said} and more")
    left = SHOWN
    hidden = 0
    for status, name in _GROUPS:
        labels = [k.label for k in points if not k.covered and _status(k.status) == status]
        shown, rest = labels[:left], labels[left:]
        left -= len(shown)
        hidden += len(rest)
        if shown:
            parts.append(f"{name}: " + ", ".join(f"“{label}”" for label in shown))
    if hidden:
        parts.append(f"{hidden} more on the scorecard")
    return parts


def _covered(points: Sequence[KeyPointResult]) -> str:
    return f"covered {sum(1 for k in points if k.covered)} of {len(points)} key points"


def _off_question(score: AnswerScore) -> list[str]:
    """Why the key points covered earn little: the answer reads as one to another question.
    The line said "1/100 · covered 1 of 5 key points" and nothing else (ux32); the scorecard's
    tip said why."""
    tip = next((t for t in score.feedback if t.startswith(f"{OFF_QUESTION}:")), None)
    if tip is None:
        return []
    share = kept_share_said(tip)
    if not any(k.covered for k in score.key_points):
        # "covered 0 of 5 key points · off the question, so they count for 10%": no point
        # was there to count for anything (ux36)
        share = None
    return [f"off the question, so they count for {share}" if share else "off the question"]


def _status(status: str) -> str:
    return status if status in ("contradicted", "named") else "missing"


def _cut(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= CLAIM_CHARS:
        return text
    cut = text[:CLAIM_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > CLAIM_CHARS // 2 else cut).rstrip(" ,;:") + "…"
