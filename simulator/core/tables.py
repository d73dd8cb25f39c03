"""Tables the whole app shares, defined once: STAR parts and their targets, score colours and
bands, interview categories. A leaf module (of the app it imports only the leaf ``long_names``),
so the scorer, the STAR timer, the scorecard, every export and the UI can all read it without
import cycles."""

from __future__ import annotations

import re
import time

from simulator.core.long_names import shortened

CATEGORIES = ("technical", "behavioral", "case")
# How a category reads in running text; Home and the interview page call the third "Case study",
# and the scorecard, Review, History and the exports said "case" (the chart "Case").
CATEGORY_NAMES = {"technical": "technical", "behavioral": "behavioral", "case": "case study"}


# A session's stored status as it is said to a person: "active" is a session still waiting to be
# resumed (the command line said "active" of one interrupted days ago), "aborted" one discarded.
# The scorecard, its exports and History say them too (they said "active": hist58).
STATUS_WORDS = {"active": "unfinished", "aborted": "discarded", "finished": "finished"}


def status_word(status: str) -> str:
    return STATUS_WORDS.get(status, status)


def category_name(category: str) -> str:
    """``category`` as a person reads it ("case study"); an unknown one as it is."""
    return CATEGORY_NAMES.get(category, category)


def category_label(category: str) -> str:
    """``category_name`` as a label or heading starts it: "Case study"."""
    name = category_name(category)
    return name[:1].upper() + name[1:]


# What a page or an export shows for a stored answer's question that the bank no longer holds
# (its pack removed or renamed, or its id changed): a question id is not a question.
QUESTION_GONE = "(a question no longer in your question packs)"

# How the tip about an answer to another question starts (scoring.overall), and how it says the
# share of key-point credit the answer keeps: the line under the answer in the interview reads
# both back from a stored score's tips (session.feedback), which hold no content result, so the
# words are written once, here, for the writer and the reader.
OFF_QUESTION = "Off the question"
KEPT_SHARE = "so its key points count for {:.0%} here"
_KEPT_SHARE_SAID = re.compile(re.escape(KEPT_SHARE).replace(re.escape("{:.0%}"), r"(\d+%)"))


def kept_share_said(tip: str) -> str | None:
    """The share an off-question tip says the key points keep ("25%"), or None."""
    found = _KEPT_SHARE_SAID.search(tip)
    return found[1] if found else None


# Where a microphone is chosen, as a message about a chosen one gone says it (the capture, the
# device check) and Home reads it: a message that names it needs no other pointer (review33).
WHERE_MICROPHONE_IS_CHOSEN = "(Settings, Microphone)"

STAR_PARTS = ("situation", "task", "action", "result")
# Shares of a behavioral answer a strong story gives each part (low, high).
STAR_TARGETS: dict[str, tuple[float, float]] = {
    "situation": (0.15, 0.20),
    "task": (0.10, 0.15),
    "action": (0.50, 0.60),
    "result": (0.15, 0.20),
}


NBSP = "\u00a0"  # a space no line breaks at


def star_targets_text() -> str:
    """The targets in one line, written as the STAR bars and tips write them ("target
    15%-20%"): "S 15%-20%, T 10%-15%, A 50%-60%, R 15%-20%". The footer of the exports said
    "S 15-20 %", and the PDF wrapped it before a "%" left alone on the next line."""
    return ", ".join(
        f"{part[0].upper()}{NBSP}{lo:.0%}-{hi:.0%}" for part, (lo, hi) in STAR_TARGETS.items()
    )


# Score colours: green from GOOD_FROM, amber from FAIR_FROM, red below; grey for "no score".
GOOD = "#2e9d57"
WARN = "#d88a1b"
BAD = "#d64545"
NO_SCORE = "#888888"
GOOD_FROM = 70
FAIR_FROM = 40


# The same colours as text (a score, a ✔ or ✘, a change): the fills read at only 2.4 to 4.4 : 1
# on light backgrounds (red at 3.2 : 1 on dark ones). These read at 4.5 : 1 or more on each
# theme's window, fields and alternate rows (tests/ui/test_score_text_contrast.py).
TEXT_ON_LIGHT = {GOOD: "#1e7b43", WARN: "#8f5a00", BAD: "#b8332b", NO_SCORE: "#5f6670"}
TEXT_ON_DARK = {GOOD: "#4cc27a", WARN: "#e5a03a", BAD: "#ff8a80", NO_SCORE: "#9aa3ad"}


# Each STAR part's colour in the transcript's timeline, its legend and the Progress chart.
STAR_COLORS = {"situation": "#4f8fd8", "task": "#8a63d2", "action": GOOD, "result": WARN}


def text_color(color: str, dark: bool = False) -> str:
    """A score colour (``GOOD`` ...) as text on a light or a dark background; any other colour
    as it is."""
    return (TEXT_ON_DARK if dark else TEXT_ON_LIGHT).get(color, color)


def tone(color: str) -> str:
    """A score colour's name ("good", "warn", "bad", "muted"): a CSS class with a text colour
    for light and for dark (the HTML export)."""
    return {GOOD: "good", WARN: "warn", BAD: "bad"}.get(color, "muted")


def score_color(score: int | None) -> str:
    if score is None:
        return NO_SCORE
    return GOOD if score >= GOOD_FROM else WARN if score >= FAIR_FROM else BAD


def flagged_color(score: int | None, flagged: bool) -> str:
    """An answer's score colour; one flagged (a story off the question asked) is never shown in
    the colour of success, whatever its number: at best amber (walkthrough 33b: an off-question
    story scored 74 and was green in the list, the Review and every export)."""
    color = score_color(score)
    return WARN if flagged and color == GOOD else color


def verdict_color(mean: int | None, answered: int, off_question: int) -> str:
    """A session's (or a category's) overall colour, the one verdict the Scorecard, History
    and the exports show: at best amber when every one of the ``answered`` answers it counts
    (given and scored, not skipped) is a story off the question asked (``off_question`` of
    them), as each of those answers is coloured (walkthrough 38; History showed such a
    session's 82 green beside its scorecard's amber: walk66b)."""
    return flagged_color(mean, all_off_question(answered, off_question))


def all_off_question(answered: int, off_question: int) -> bool:
    """Every one of the ``answered`` answers counted is a story off the question asked."""
    return answered > 0 and off_question >= answered


def change_color(change: int | None) -> str:
    """A change between two scores: green up, red down, grey none."""
    if not change:
        return NO_SCORE
    return GOOD if change > 0 else BAD


def gone_id(prompt: str, question_id: str) -> str:
    """For an answer to a question no longer in the packs (``prompt`` is ``QUESTION_GONE``), its
    stored id as the line under the question shows it: which pack to put back; else ''. (An id
    of thousands of characters, from an archive or an edited database, is shortened.)"""
    return f"question id {shortened(question_id)}" if prompt == QUESTION_GONE else ""


def gone_kind(category: str, prompt: str, question_id: str) -> str:
    """The category, and ``gone_id`` after it (as an export's line under a question shows them)."""
    return " · ".join(
        part for part in (category_label(category), gone_id(prompt, question_id)) if part
    )


# A moment as every screen and scorecard says it: Home's list, Review and Attempts said
# "03 Dec 2026, 13:48" of the session its scorecard and History called "2026-12-03 13:48"
# (ux36). The shorter of the two: the scorecard's header and detail lines fit 960x640 with it.
SHOWN_TIME = "%Y-%m-%d %H:%M"


# A moment no clock could have written (a damaged or hand-edited database's 1e300, NaN) is
# read as 0 (storage_codec.timestamp): History and Home said "1970-01-01 00:00" of it
# (walkthrough 49).
UNKNOWN_WHEN = "date unknown"


def shown_when(ts: float) -> str:
    if not ts:
        return UNKNOWN_WHEN
    try:
        return time.strftime(SHOWN_TIME, time.localtime(ts))
    except (OverflowError, OSError, ValueError):
        return UNKNOWN_WHEN


def shown_wpm(wpm: float) -> int:
    """A pace as every page says it: whole words a minute (Attempts said "149.5" beside
    the Scorecard's "150 words per minute")."""
    return round(wpm)


def said_when(ts: float) -> str | None:
    """When, as a sentence says it ("started on 2026-12-05 at 15:56", Home's list beside it
    saying "2026-12-05 15:56"); None when the date is not known."""
    when = shown_when(ts)
    return None if when == UNKNOWN_WHEN else when.replace(" ", " at ", 1)


def plural(n: int, word: str) -> str:
    """``n`` and ``word``, in the plural unless one: "1 question", "0 words", "1,204 sessions"."""
    return f"{n:,} {word}{'s' * (n != 1)}"


def joined_with_and(items: list[str]) -> str:
    """``items`` as a sentence lists them: "a", "a and b", "a, b and c" (written three times
    before: the archive's manifest, Home's missing topics, the models to download)."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
