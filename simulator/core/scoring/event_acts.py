"""An asked event told by its acts, who did what to whom, in words no list holds (issue 9, round 66).

event_demand.py reads each kind of event by its everyday ways, narrowed in rounds 62-63 so that
other questions' stories no longer pass. A relevant story told in other words then fails its own
question: round 65's blind set flagged "I told my manager three weeks ... it shipped after about
eleven weeks instead of three" (no "estimate", no "longer"), and a reviewer who "would leave
comments like 'this is wrong'" so that "two of the juniors stopped sending him PRs" (no
"difficult", no conflict word). Each reading here reads the event's structure instead of its
words:

* work that took longer than estimated: a span of time the teller gave for the work (said,
  told, promised, estimated: "I told my manager three weeks", "my estimate was two weeks"),
  and a longer one it took, said later in the story ("eleven weeks", "three more weeks"); or
  one span said in place of a shorter one ("eleven weeks instead of three"). Two numbers
  compared, whatever the words around them.
* a difficult colleague: other people drawing back from someone ("stopped sending him PRs",
  "were afraid to ask her", "avoided him"): the person's behaviour made work with them hard,
  told through what it did to others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.simpler_choice import simpler_chosen
from simulator.core.scoring.text import Tokens, word_set

# How long each unit of a span of work is, in days (a sprint: two weeks).
_DAYS = {
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "sprint": 14.0,
    "month": 30.0,
    "quarter": 91.0,
    "year": 365.0,
}
_VALUES = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "couple": 2,
    "few": 3,
}
# Giving a span for work to come, the teller its subject: "I told my manager three weeks", "I said
# it would take a week", "I estimated two weeks", "I promised it in ten days", "my estimate was
# two weeks". Not an opinion of a span ("I thought one week was too short"), nor someone else's
# ("my manager said we had to get it under four hours").
_GIVING = word_set(
    """said told promised estimated quoted committed figured reckoned guessed predicted
    planned"""
)
_TELLER = word_set("i we i'd we'd")
_HELPERS = word_set("had have had also then first originally initially confidently just")
_ESTIMATE = re.compile(r"\b(?:my|our) (?:original |first |initial )?(?:estimate|guess|plan)\b")
_WOULD_TAKE = re.compile(
    r"\b(?:i|we) (?:thought|expected|assumed) (?:it|this|that) (?:would|'d) take\b"
)
# The work's span said as it ended: "it shipped after eleven weeks", "took six weeks".
_ENDED = word_set(
    """took shipped finished landed done delivered completed launched merged released ready
    live ended"""
)
# A later span said as more on top of the one given ("three more weeks", "another two weeks").
_MORE = word_set("more extra additional another")


def _unit(word: str) -> str:
    """The unit a word names ("weeks" -> "week"), or ""."""
    base = word[:-1] if word.endswith("s") else word
    return base if base in _DAYS else ""


def _value(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    return float(_VALUES[word]) if word in _VALUES else None


def _spans(ws: Sequence[str]) -> list[tuple[int, float, bool]]:
    """(index, length in days, said as "more") of each span of time in ``ws``: a number and a
    unit ("three weeks", "a week", "11 days", "a couple of weeks", "two-week" read "two week")."""
    out = []
    for i, w in enumerate(ws):
        value = _value(w)
        if value is None:
            continue
        j = i + 1
        if j < len(ws) and ws[j] == "of" and w in ("couple", "few"):
            j += 1
        more = j < len(ws) and ws[j] in _MORE
        j += more
        if j < len(ws) and _unit(ws[j]):
            more = more or (i > 0 and ws[i - 1] in _MORE)
            out.append((i, value * _DAYS[_unit(ws[j])], more))
    return out


def _given(ws: Sequence[str]) -> float | None:
    """The span the teller gives for the work in a sentence, or None: a span within a few words
    after "I" and a verb of giving one ("I told my manager three weeks"), after "my estimate"
    or after "I thought it would take"."""
    for at, days, _ in _spans(ws):
        before = ws[max(0, at - 6) : at]
        said = " ".join(before)
        if _ESTIMATE.search(said) or _WOULD_TAKE.search(said):
            return days
        for k, w in enumerate(before):
            if w not in _GIVING:
                continue
            j = at - len(before) + k - 1
            while j >= 0 and ws[j] in _HELPERS:
                j -= 1
            if j >= 0 and ws[j] in _TELLER:
                return days
    return None


# "eleven weeks instead of three", "four weeks rather than one", "six weeks, not two"
_IN_PLACE = re.compile(
    r"\b(\w+) (\w+) (?:instead of|rather than|not) (?:the |about |around )?(\w+)\b(?: (\w+))?"
)


def span_outran(tokens: Tokens) -> bool:
    """Does the story tell work that took longer than the span the teller gave for it: a span
    given (``_given``) and a longer one said in a later sentence (or "more" on top of it), or
    one span said in place of a shorter one ("eleven weeks instead of three")?"""
    given: float | None = None
    for sentence in tokens.sentences:
        ws = tokens.words[sentence.first_word : sentence.last_word]
        for m in _IN_PLACE.finditer(" ".join(ws)):
            long, unit, short, short_unit = m.groups()
            if not _unit(unit) or _value(long) is None or _value(short) is None:
                continue
            if short_unit and _unit(short_unit) and _unit(short_unit) != _unit(unit):
                continue
            if (_value(long) or 0) > (_value(short) or 0):
                return True
        if given is not None and any(
            more or (days > given and set(ws) & _ENDED) for _, days, more in _spans(ws)
        ):
            return True
        if given is None:
            given = _given(ws)
    return False


# Others drawing back from a person: "stopped sending him PRs", "were afraid to ask her",
# "avoided him".
_DREW_BACK = re.compile(
    r"\b(?:(?:stopped|quit) \w+ing|(?:afraid|scared|reluctant|hesitant|nervous) to \w+|"
    r"avoid(?:ed|ing)?) (?:\w+ ){0,1}(?:him|her)\b"
)


def conduct_of_another(tokens: Tokens) -> bool:
    """Does the story tell someone's conduct that made work with them hard, told by others
    drawing back from them ("two of the juniors stopped sending him PRs", "afraid to ask her")?"""
    return bool(_DREW_BACK.search(" ".join(tokens.words)))


# What each kind's structure reads (event_demand.tells: a kind is told by its ways or by this).
STRUCTURE = {
    "estimate": span_outran,
    "difficult colleague": conduct_of_another,
    # rel67: a learned system wanted, a plainer thing made or put in use (simpler_choice.py)
    "simpler solution": simpler_chosen,
}


def told_by_acts(kind: str, tokens: Tokens) -> bool:
    """Is the event of kind ``kind`` told by its structure (``STRUCTURE``)?"""
    reader = STRUCTURE.get(kind)
    return reader is not None and reader(tokens)
