"""What a finding told between my steps is labelled (issue 9, star61).

A finding is what a look, a test or a comparison turned up, told between my steps ("I pulled
the job logs. The logs showed the workers were seeded from the clock. I pinned the seed.") or
after the last of them ("The root cause turned out to be ..."). The context passes of
star_context.py and star_between.py find such sentences; until round 61 each was labelled a
step of mine. Counted over the four blind sets 57-60, written from the prompts alone by
independent writers (the people the labels are checked against), no finding is a step: of
the findings told between steps that hold no act of anyone's, 19 are labelled the result (what
a test or a measure came to: "Baseline error 22 percent, LSTM error 21 percent.", "The logs
showed that ...") and 15 the situation (how things stood, news about the scene: "It turned out
that managers needed forecasts by five", "Almost 70 percent were timeouts"), 0 a step. The
repository's older sets were relabelled to that convention in the same round.

So a sentence those passes pick keeps the part its own words give it (the result for a measure,
the situation for how things stood), with three exceptions:

* an act told in it stays a step: mine or named as mine ("My pitch was a plan"; "for four of them I found a substitute"), one told
  without its subject ("Spotted on Tuesday that UK prices were too low"), or one told in the
  passive ("The worst source of labels was dropped and the model was retrained");
* a finding a record or a look told ("The logs showed that ...") is what the look came to, the
  result (4 of 4 in sets 57 and 59);
* a finding framed as news ("It turned out ...", "Turns out ...", "It emerged that ...") tells
  how things stood, the situation (7 of the 8 such lines in sets 57-59), whatever amounts it
  holds;
* a finding told last, after my last step, is how things stood, the situation: what the look
  found is no outcome of the steps, and a story that ends on it still tells no result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_between import acted, finding_frame
from simulator.core.scoring.star_cues import CHANGE_WORDS, ENDINGS, OUTCOME_VERBS
from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.star_labels import (
    STEP_AS_NOUN,
    Reasons,
    news_with_it_dropped,
    someone_reports_what_was_found,
    subject_dropped,
)
from simulator.core.scoring.star_predicates import passive_at
from simulator.core.scoring.star_tense import as_past

FINDING_AS_TOLD = "a finding between my steps: what a look turned up, not a step"
FINDING_AS_NEWS = "a finding told as news ('it turned out ...'): how things stood"
FINDING_LAST_SCENE = "a finding told last: how things stood, no outcome of the steps"
FINDING_WITH_A_STEP = "an act told with what a look turned up: a step"
FINDING_SHOWN = "what a look showed, between my steps: what the look came to"
FINDING_REPORTED = "what someone else found, reported between my steps: how things stood"
# What a record or a look did when it told something ("The logs showed that ...", "That
# exercise surfaced that ..."): what the look came to, the result in sets 57 and 59 (4 of 4).
_SHOWN = frozenset(("showed", "shows", "revealed", "reveals", "surfaced"))


def step_in_finding(
    ws: Sequence[str], raw: str, reasons: Reasons | None = None, passive: bool = True
) -> bool:
    """Does a sentence a finding pass picked tell an act: mine ("I"/"we" with a past verb that
    is no state: "we were publishing totals at nine" tells how things stood), one named as mine
    ("My pitch to the head of sales was a two-page plan"), one told without its subject, or,
    with ``passive``, one told in the passive before any word that says what was found ("The
    worst source of labels was dropped ..."; not "The logs showed that the workers were seeded
    ...": what was found). Read in the past, so a story told in the present says its acts as
    one told in the past does."""
    words = list(ws)
    past = as_past(words)
    named = reasons is not None and any(w == STEP_AS_NOUN for _, w in reasons.get("action", ()))
    if acted(past) or named or _named_mine(words) or subject_dropped(words, raw):
        return True
    if noted_act(words, raw):
        return True
    if not passive:
        return False
    found_at = next((k for k, w in enumerate(past) if w in _FOUND_FROM), len(past))
    # "..., so aisle distance was added as a feature": the step the finding led to
    then = next((k for k in range(found_at, len(past)) if past[k] == "so"), len(past))
    # "The pipeline is moved onto their scheduler": a present passive read as the past one
    said = [_BE_AS_PAST.get(w, w) for w in past]
    return passive_at(said[:found_at]) > 0 or passive_at(said[then + 1 :]) > 0


# Words after which a sentence says what was found ("showed that", "it emerged that").
_FOUND_FROM = frozenset(("that", "out", "emerged", "clear", "obvious")) | frozenset(
    ("showed", "shows", "revealed", "reveals", "surfaced")
)
_BE_AS_PAST = {"is": "was", "are": "were"}
# Words a note may open with before its verb ("Then tried ...", "Also found ...").
_NOTE_LEADS = frozenset(("and", "then", "so", "also", "first", "next", "finally"))
# The first half of a verb written with a hyphen ("Fine-tuned", "Co-designed", "Re-ran").
_VERB_PREFIXES = frozenset(("fine", "co", "re", "pre", "hand", "double", "cross"))
_CHANGES = CHANGE_WORDS | OUTCOME_VERBS | ENDINGS


def noted_act(ws: Sequence[str], raw: str) -> bool:
    """A note of my act, its "I" dropped: a past verb first, with no "I"/"we" and no subject of
    its own after a comma ("Found weeks where closures were recorded as zero sales", "Tried one
    zero-shot over a weekend", "Fine-tuned a small transformer", "Spotted on Tuesday that ...";
    not "Dropped to eight percent": a change, what came of a step)."""
    rest = list(ws)
    while rest and rest[0] in _NOTE_LEADS:
        rest = rest[1:]
    if len(rest) > 1 and rest[0] in _VERB_PREFIXES:
        rest = rest[1:]
    if len(rest) < 2 or set(rest) & _ME or _SUBJECT_AFTER_COMMA.search(raw):
        return False
    if news_with_it_dropped(rest):
        return False  # "Turned out he'd been paged twice": news, its "it" dropped
    return is_past(rest[0]) and rest[0] not in _CHANGES


_ME = frozenset(("i", "we"))
# "Trained on the raw logs in a side test, it was flat.": the past form describes the subject
# that follows the comma, no act of mine
_SUBJECT_AFTER_COMMA = re.compile(
    r",\s*(?:it|they|he|she|this|that|the \w+)\s+(?:was|were|is|are)\b", re.I
)
# How far into the sentence "was" may come after "my" for a thing of mine named as my step.
_NAMED_REACH = 10


def _named_mine(ws: Sequence[str]) -> bool:
    """ "My pitch to the head of sales was a two-page plan ...", "My second step was ...": a
    thing of mine named, then what it was (round 35's steps named in an ordinal frame)."""
    return bool(ws) and ws[0] == "my" and "was" in ws[1:_NAMED_REACH]


_SHOWN_SUBJECT_MAX = 4
_PEOPLE = frozenset(("i", "we", "he", "she", "they", "you", "someone", "everyone"))


def finding_shown(labels: Sequence[str], words: Sequence[Sequence[str]]) -> list[int]:
    """Sentences read as my steps, between two of them, in which a record or a look showed what
    was found ("The logs showed that the workers were seeded from the clock", "That exercise
    surfaced that ..."): the passive in what was found read them as acts. No person shows
    anything in them ("I showed her the chart" is my step)."""
    found: list[int] = []
    for i in range(1, len(labels) - 1):
        if labels[i] != "action" or "action" not in labels[:i] or "action" not in labels[i + 1 :]:
            continue
        ws = list(words[i])
        at = next((k for k, w in enumerate(ws) if w in _SHOWN), -1)
        # the record is the sentence's subject, said in a few words ("The logs", "That
        # comparison"); "a check of the logs, which showed ..." names my step, the look
        if 0 < at <= _SHOWN_SUBJECT_MAX and not set(ws[:at]) & _PEOPLE and "which" not in ws[:at]:
            found.append(i)
    return found


def finding_label(
    ws: Sequence[str], raw: str, label: str, reasons: Reasons, last: bool = False
) -> tuple[str, str]:
    """The part of a sentence a finding pass picked, with why: ``label`` is the part its own
    words gave it (the result or the situation), ``reasons`` its evidence; ``last``: it is told
    after my last step."""
    # told last, a passive says how things had been done before ("The label was computed after
    # the offer had been shown"): the finding itself, no step
    if step_in_finding(ws, raw, reasons, passive=not last):
        return "action", FINDING_WITH_A_STEP
    if last:
        return "situation", FINDING_LAST_SCENE
    if finding_frame(ws):
        return "situation", FINDING_AS_NEWS
    if someone_reports_what_was_found(ws):
        return "situation", FINDING_REPORTED
    if set(ws) & _SHOWN:
        return "result", FINDING_SHOWN
    return label, FINDING_AS_TOLD
