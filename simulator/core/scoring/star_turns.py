"""Sentence shapes whose part the STAR labeller read from the wrong words (issue 9, round 34).

- A task said as a need in a pseudo-cleft ("What we needed was ...", "The thing the audit needed
  was ...", "All they wanted was ...", "The real need was to ..."): its verb is "was", its subject
  a free relative of needing, so it read as background; it says what had to be done.
- An outcome word inside a clause of time ("... was booked before anything shipped", "until the
  model launched"): the main clause is the step, the outcome word only dates it.
- A consequence told with its cause first ("Because nothing beyond the city was used, we had no
  consent problem"): after the steps, what the main clause says came of them is a result, even
  when its verb is "had" or "was".
"""

from __future__ import annotations

import re

from simulator.core.scoring.star_cues import ENDINGS, FINITE, IRREGULAR_PAST, NOT_ACTION_VERBS
from simulator.core.scoring.star_telling import start_set_against
from simulator.core.scoring.text import word_set

_NEED_VERBS = word_set("needed wanted required expected needs wants requires expects")
_NEED_NOUNS = word_set("ask need needs requirement request brief mandate remit")
_HEAD_OWNERS = word_set("the our my their his her its")
_NOUN_PREDICATE_STARTS = word_set("to a an for that whether how which one")
_CLEFT_REACH = 10


_NEED_ADJECTIVES = word_set("real actual main original first whole only initial official")
_ASKER_REACH = 8


def _need_named(head: list[str]) -> bool:
    """ "the ask", "the real ask", "the ask from the general counsel", "our brief from
    marketing": a noun of what was asked, with whom it came from (round 38)."""
    i = 1 if head[:1] and head[0] in _HEAD_OWNERS else 0
    if i < len(head) and head[i] in _NEED_ADJECTIVES:
        i += 1
    if i >= len(head) or head[i] not in _NEED_NOUNS:
        return False
    tail = head[i + 1 :]
    return not tail or (tail[0] in ("from", "of") and len(tail) <= _ASKER_REACH)


def need_cleft(ws: list[str], raw: str = "") -> bool:
    """Is the sentence a need said as "<what/the thing ... needed> was <it>", or what was asked
    named and then said ("The ask from the general counsel was a tool ...", "The brief was
    simple: ...", "Ask from the head of support: a classifier to route them.")?"""
    before_colon = raw.split(":")[0].lower() if ":" in raw else ""
    if before_colon and len(before_colon) < len(raw.strip()) - 2:
        named = re.findall(r"[a-z][a-z']*", before_colon)
        if named[-2:-1] in (["was"], ["is"]) and named[-1:] != ["that"]:
            named = named[:-2]  # "The ask was simple: ..."
        if named and _need_named(named):
            return True
    for k in range(1, min(len(ws) - 1, _CLEFT_REACH + _ASKER_REACH)):
        if ws[k] not in ("was", "were", "is"):
            continue
        head = ws[:k]
        if head[0] in ("what", "all") or (
            head[0] in ("the", "one") and set(head[1:3]) & {"thing", "things", "only"}
        ):
            rest = set(head[1:])
            return bool(rest & _NEED_VERBS) or any(
                w == "had" and head[n + 1 : n + 2] == ["to"] for n, w in enumerate(head)
            )
        if k >= _CLEFT_REACH and head[0] not in _HEAD_OWNERS:
            return False
        return head[0] in _HEAD_OWNERS and _need_named(head) and ws[k + 1] in _NOUN_PREDICATE_STARTS
    return False


_TIME_CLAUSE = word_set("before until till once")


def inside_time_clause(ws: list[str], i: int) -> bool:
    """Is the word at ``i`` inside a clause of time opened after the main clause ("was booked
    before anything shipped", "waited until the model launched")?"""
    return any(w in _TIME_CLAUSE for w in ws[max(1, i - 4) : i]) and i > 2


_CAUSES = frozenset(("because", "since"))


def cause_first(ws: list[str], raw: str) -> bool:
    """ "Because nothing beyond the city was used, we had no ...": a cause clause, then a comma,
    then the main clause that says what came of it."""
    return bool(ws) and ws[0] in _CAUSES and "," in raw


_WISHES = word_set("wanted needed hoped planned")


def wish_against(ws: list[str], raw: str) -> bool:
    """ "We wanted to classify tickets by product, but we had no labels", "I wanted our team to
    build its own store, because the shared one was slow": what I or we wanted, with what stood
    in its way or why; told first, the tension the story starts from (its scene)."""
    if len(ws) < 4 or ws[0] not in ("i", "we") or ws[1] not in _WISHES:
        return False
    return ", but " in raw.lower() or "because" in ws[3:]


# Why an opening line before one that goes back is the result (structure._told_from_the_end).
TOLD_FIRST = "the outcome, told before the story goes back to its start"
# How a teller goes back to the start after opening with how it ended (star42): "It all
# started with ...", "It goes back to last year", "Let me go back a bit", "Rewind to ...".
_BACK_SUBJECTS = word_set("it this that everything")
_BACK_VERBS = word_set("started began begins starts")
# (and a speaker's hesitations: "So, uh, the short version is ...", star63)
_BACK_LEADS = word_set("so and but well okay ok anyway um uh er erm yeah right")
_GOING_BACK = (
    ("let", "me", "go", "back"),
    ("let", "me", "rewind"),
    ("going", "back"),
    ("to", "go", "back"),
    ("rewind",),
    ("to", "explain", "how", "we", "got", "there"),
    ("how", "we", "got", "there"),
    # the telling moved back to the start: "But let me back up.", "Here's how it went." (star53)
    ("let", "me", "back", "up"),
    ("here's", "how"),
    ("here", "is", "how"),
)
# "That was the outcome of an onboarding overhaul I led": the line before named as the end.
_END_NOUNS = word_set("outcome result end upshot")


# Words that open a line on how the story ended ("In the end ...", "Long story short, ...").
_ENDING_LEADS = (
    ("in", "the", "end"),
    ("at", "the", "end"),
    ("finally",),
    ("eventually",),
    ("ultimately",),
    ("long", "story", "short"),
    ("the", "end", "result"),
    ("spoiler",),
    # the end announced as told first, in a note's head or aloud: "End result: the team
    # standardized on one framework", "Outcome first: project rescoped, ...", "So the outcome
    # first: for six hours our widget showed ..." (star63)
    ("end", "result"),
    *(
        (*head, "first")
        for head in (("outcome",), ("the", "outcome"), ("result",), ("the", "result"))
    ),
    *((*head, "first") for head in (("the", "ending"), ("the", "end"))),
    # the end named as what is said first, then "is": "The short version is we took accuracy
    # from 82 to 95", "So the end of this story is that we did migrate" (star53)
    *(
        (*head, be)
        for head in (
            ("the", "short", "version"),
            ("the", "quick", "version"),
            ("the", "tl;dr"),
            ("the", "upshot"),
            ("the", "bottom", "line"),
            ("the", "end", "of", "this", "story"),
            ("the", "end", "of", "the", "story"),
            ("the", "end", "of", "that", "story"),
            ("how", "it", "ended"),
        )
        for be in ("is", "was")
    ),
    ("to", "cut", "a", "long", "story", "short"),
    ("in", "short"),
)


# How far after a one-word lead the verb of its outcome clause is looked for ("Eventually *our
# payments team* moved ...", "Spoiler alert: *the model never* shipped")
_OUTCOME_REACH = 5
_PAST_FINITE = word_set("was were had did got went made took")


def opens_on_the_end(ws: list[str]) -> bool:
    """Does the line open on how the story ended ("In the end the product team launched it
    without the feature", "Long story short, the model never shipped")? As a story's opening
    line it can only be its end, told first (star43), going back or not. A one-word lead
    ("finally", "eventually") says so only with an outcome clause after it, a past verb
    ("Eventually our team moved every job"), not by itself: "Finally getting a say in the
    roadmap was what I wanted" opens on a wish, the story's scene (fix43)."""
    i = 0
    while i < len(ws) and ws[i] in _BACK_LEADS:
        i += 1
    lead = next((ld for ld in _ENDING_LEADS if tuple(ws[i : i + len(ld)]) == ld), None)
    if lead is None:
        return False
    return len(lead) > 1 or _outcome_clause(ws[i + 1 : i + 1 + _OUTCOME_REACH])


def _outcome_clause(after: list[str]) -> bool:
    """A past verb within reach, before any -ing form or "to" (a gerund or an infinitive
    subject: "finally getting ...", "eventually to ...", no clause of what happened)."""
    for w in after:
        if w == "to" or (w.endswith("ing") and len(w) > 4):
            return False
        if w in _PAST_FINITE or w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 3):
            return True
    return False


# Verbs that end a project or put a failure right: said of the opening line's main clause,
# the story's end ("We shut down the rewrite after five months", "We ended up killing a
# project", "Service was restored after forty minutes"), not where it starts (star53).
# star_cues.ENDINGS is the one list of ending verbs: these are its verbs that end the project
# for good (not those that may only hold it: dropped, stopped, paused, parked, deprecated),
# with "restored" for a failure put right.
_ENDED = (ENDINGS - word_set("dropped stopped paused parked deprecated")) | {"restored"}
_ENDED_BY = word_set("i we they was were got been up it")


def ended_in_main_clause(ws: list[str]) -> bool:
    """Does the line's first clause end the project or put it right: a verb of ending after
    its subject or a passive "was" ("we shut down", "was restored", "ended up killing"), not in
    a clause of time ("... until the pilot was cancelled")?"""
    for i, w in enumerate(ws):
        if w in ("and", "but", "because", "so", "which", "when", "after", "before", "until"):
            return False
        if w in _ENDED and i and ws[i - 1] in _ENDED_BY and not inside_time_clause(ws, i):
            return True
        if w == "ended" and ws[i + 1 : i + 2] == ["up"] and i and ws[i - 1] in _ENDED_BY:
            return True  # "we ended up shelving a year of work", "ended up shipping hers"
    return False


def goes_back(ws: list[str]) -> bool:
    """Does the sentence go back to where the story began ("It all started with the holiday
    season before", "It goes back to last year, when ...", "Let me go back a bit: ...")? Said
    right after the opening line, it makes that line the story's end, told first."""
    i = 0
    while i < len(ws) and ws[i] in _BACK_LEADS:
        i += 1
    rest = ws[i:]
    if any(tuple(rest[: len(lead)]) == lead for lead in _GOING_BACK):
        return True
    if start_set_against(ws):
        return True  # "But it didn't start that way." (star54)
    if len(rest) < 3 or rest[0] not in _BACK_SUBJECTS:
        return False
    if rest[1] in ("was", "is") and rest[2:3] == ["the"] and rest[3:4] and rest[3] in _END_NOUNS:
        return True  # "That was the outcome of ...": the opening line was the end (star53)
    verb = 2 if rest[1] == "all" else 1
    if rest[verb] in _BACK_VERBS:
        return True
    # "It goes back to last year", "This all dates back to the spring"
    return rest[verb] in ("goes", "went", "dates") and rest[verb + 1 : verb + 2] == ["back"]


# Words between "I" and its verb that leave the verb a step ("I then call", "I don't show").
_STEP_ADVERBS = word_set("then also just first finally quickly don't do")
# Verbs after "I" that say a state, a view, a duty or a habit, never a step told as it happens.
_NOT_PRESENT_STEPS = word_set(
    """am have has had was were is are think guess mean know believe feel felt would will can
    could should must need needs want wants like love hope wish remember suppose usually
    always often never still really try tend learn realise realize understand thought knew
    saw did said"""
)
# What may stand before the "I" of a step told in the present: the start of a clause.
_CLAUSE_LEADS = word_set("so then and but okay ok well yeah also")
# Words that make a present-tense sentence a habit or a lesson, not a step told as it happens.
_HABIT_WORDS = word_set("now always usually every nowadays since often today still generally")


def present_step(ws: list[str]) -> bool:
    """Is the sentence a step of mine told in the present, as it happens ("So I sit down on
    Monday and I write every piece of work on one page", "I don't show any charts at all")?
    Not a habit or a lesson ("Now I always check ..."), a state or a view ("I think", "I have
    to"), nor a past step."""
    if set(ws) & _HABIT_WORDS:
        return False
    for k, w in enumerate(ws[:-1]):
        if w != "i" or (k and ws[k - 1] not in _CLAUSE_LEADS):
            continue  # "What I take from it", "did I find", "the thing I point to": not a step
        j = k + 1
        while j < len(ws) - 1 and ws[j] in _STEP_ADVERBS:
            j += 1
        verb = ws[j]
        if verb in _NOT_PRESENT_STEPS | IRREGULAR_PAST | NOT_ACTION_VERBS | FINITE:
            continue
        if not verb.isalpha() or len(verb) < 3:
            continue
        if verb.endswith("ed") or verb.endswith("ing"):
            continue
        return True
    return False


# A duty told in the passive (star42): "A fix had to be delivered by me", "An explanation was
# needed from me", "Fixing it was taken on by me".
_MUST_BE = (
    ("had", "to", "be"),
    ("has", "to", "be"),
    ("have", "to", "be"),
    ("needed", "to", "be"),
    ("must", "be"),
    ("was", "to", "be"),
    ("were", "to", "be"),
)
_GIVEN_ME = (
    ("needed", "from", "me"),
    ("needed", "of", "me"),
    ("expected", "of", "me"),
    ("expected", "from", "me"),
    ("required", "of", "me"),
    ("required", "from", "me"),
    ("assigned", "to", "me"),
    ("given", "to", "me"),
    ("handed", "to", "me"),
    ("taken", "on", "by", "me"),
    ("fell", "to", "me"),
)


def passive_duty(ws: list[str]) -> bool:
    """Is the sentence a duty of mine told in the passive ("The cause had to be found by me
    before the next cycle", "An explanation was needed from me within three weeks")? Not one
    with "I" or "we" as its subject ("I had to be there by nine" is an ordinary task line), nor
    a must with nobody named ("a tenth of every batch had to be redone": the scene)."""
    if ws[:1] in (["i"], ["we"]):
        return False
    for k in range(len(ws)):
        if any(tuple(ws[k : k + len(p)]) == p for p in _GIVEN_ME):
            return True
        must = next((p for p in _MUST_BE if tuple(ws[k : k + len(p)]) == p), None)
        if must and k and ws[k - 1] not in ("i", "we") and "me" in ws[k + len(must) :]:
            return True  # ("three of eight releases had to be rolled back": no duty of mine)
    return False


# The opening line that goes back within itself (star56): "We ended up cutting latency by
# half, but let me back up.", "We eventually got the lift back, but it took three weeks of
# digging.": the clause after the contrast goes back or measures the way there, so the clause
# before it is the story's end, told first.
_CONTRASTS = word_set("but though although yet")
_WAY_THERE = (("it", "took"), ("that", "took"), ("getting", "there", "took"), ("getting", "there"))
_NOT_THE_WAY = word_set("to and because")  # "but it took a week to notice it": a scene's delay


def went_back_within(ws: list[str]) -> bool:
    for k, w in enumerate(ws):
        if w not in _CONTRASTS or k < 3:
            continue
        rest = ws[k + 1 :]
        if goes_back(rest):
            return True
        way = next((p for p in _WAY_THERE if tuple(rest[: len(p)]) == p), None)
        if way is not None:
            after = rest[len(way) :]
            return not set(after) & _NOT_THE_WAY or after[-3:] == ["to", "get", "there"]
        return False
    return False


# "We ended up launching the test a month late", "Ended up shipping the colleague's design",
# "We eventually got the lift back to ...": the opening line tells how it came out (star56).
# Not "I ended up on the fraud team": where I landed, the scene.
_LANDED = word_set("on at in as being working joining moving there here")
_OUTCOME_SUBJECTS = word_set("i we they she he it the team project model both everything")
_IN_THE_END = word_set("eventually ultimately finally")


def ended_up_first(ws: list[str]) -> bool:
    k = 0
    while k < len(ws) and ws[k] in _BACK_LEADS:
        k += 1
    for i in range(k, min(len(ws) - 2, k + 5)):
        w = ws[i]
        if w in ("and", "but", "because", "so", "which", "when", "after", "before", "until"):
            return False
        before_ok = i == k or ws[i - 1] in _OUTCOME_SUBJECTS | _IN_THE_END
        if w == "ended" and ws[i + 1] == "up" and before_ok:
            nxt = ws[i + 2]
            return nxt not in _LANDED and (nxt.endswith("ing") or nxt == "with")
        if w in _IN_THE_END and i > k and ws[i - 1] in _OUTCOME_SUBJECTS:
            nxt = ws[i + 1]
            return nxt in IRREGULAR_PAST or (
                nxt.endswith("ed") and len(nxt) > 3 and nxt != "needed"
            )
    return False
