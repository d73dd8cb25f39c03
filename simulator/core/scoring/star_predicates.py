"""What kind of statement a sentence is, for the STAR labeller (star_labels.py weighs them):
an act told in the passive or as a noun, a goal, a stance, a finding or a lesson, a decision to
take the work on, the time given, someone else taking it up, how a story ended. Built on the
clause reading of star_grammar.py and the word lists of star_cues.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_cues import (
    ACT_NOUNS,
    ACT_SUBJECTS,
    ADVERBS,
    AMOUNT_WORDS,
    BE_PAST,
    CHANGE_WORDS,
    DECISION_VERBS,
    DETERMINERS,
    ENDINGS,
    FINDING_VERBS,
    FINITE,
    GET_PAST,
    GET_STATES,
    HAPPENING_VERBS,
    I_WORDS,
    IRREGULAR_PAST,
    NOT_ACTION_VERBS,
    NOT_GERUNDS,
    NOT_PASSIVE_ACTS,
    OUTCOME_VERBS,
    PEOPLE,
    PERCEPTION_VERBS,
    PURPOSES,
    REPORTING,
    STANCE_VERBS,
    STATE_PARTICIPLES,
    STEP_COUNTS,
    STEP_MARKERS,
    STEP_OUTCOME_VERBS,
    SUBORDINATORS,
    TIME_UNITS,
    UPTAKE_VERBS,
    WE_WORDS,
)
from simulator.core.scoring.star_framing import tells_scene_after
from simulator.core.scoring.star_grammar import (
    QUANTIFIERS,
    Clause,
    compound,
    is_adverb,
    is_past,
    opening_stripped,
    told_in_present,
)
from simulator.core.scoring.text import count_phrases, is_number, word_set, words

LESSON_CUES = frozenset(("i learned", "learned that"))
# What a story's end stops: "we cancelled the launch", "they shut the project down".

ENDED_WORK = frozenset(
    ("launch", "project", "rollout", "pilot", "experiment", "initiative", "effort", "release")
)


def mine(ws: list[str], i: int) -> bool:
    """The word at ``i`` is a verb of mine ("I accepted that his approach was better")."""
    return i > 0 and ws[i - 1] == "i"


def told_finding(ws: list[str]) -> bool | None:
    """ "I learned that ..." and the like: True for what was found then (a past-tense "that"
    clause), False for a lesson kept since (present tense), None when no finding is told."""
    for i, w in enumerate(ws[:-1]):
        if w != "i" or ws[i + 1] not in FINDING_VERBS:
            continue
        rest = ws[i + 2 :]
        if told_in_present(rest):
            return False
        return any(is_past(r) or r in ("was", "were", "had") for r in rest)
    return None


# How a share of the items just examined is named: "almost all of them", "about a third of
# those", "seven of the nine" (round 41).
_SHARES = word_set("all most half third quarter thirds none some many few one two three")
_HEDGES = word_set("about almost nearly roughly only over just around well")
_EXAMINED = word_set("them those these")


def share_of_sample(ws: list[str]) -> bool:
    """The sentence opens on a share of the things just examined ("About a third of them
    ended with the customer giving up", "Almost all of them came from two web forms", "Seven
    of nine did"): told among the steps, what I found when I looked, not how things stood
    before nor how they ended (the label's place in the story decides that)."""
    i = 0
    while i < len(ws) and ws[i] in _HEDGES:
        i += 1
    if ws[i : i + 1] in (["a"], ["the"]):
        i += 1  # "a third of them"
    if i >= len(ws) or not (ws[i] in _SHARES or is_number(ws[i])):
        return False
    i += 1
    if ws[i : i + 1] == ["percent"]:
        i += 1
    if ws[i : i + 1] != ["of"]:
        return False
    rest = ws[i + 1 : i + 3]
    return bool(rest[:1]) and (rest[0] in _EXAMINED or (rest[0] == "the" and is_number(rest[1])))


def role_opening(ws: list[str], raw: str) -> bool:
    """ "As tech lead for the ETA model, ...", "As the owner of the model, ...", "As a senior
    analyst I was convinced ..." (no comma: the role runs up to "I"): my role."""
    if ws[:1] != ["as"]:
        return False
    if "," in raw:
        opening = raw.split(",", 1)[0].lower().split()
    elif "i" in ws:
        opening = ws[: ws.index("i")]
    else:
        return False
    return 2 <= len(opening) <= 9 and not any(is_past(w) or w in FINITE for w in opening)


# Verbs of handing the work over (star53): "we submitted", "it went live", "we shipped".
_DELIVERED = word_set(
    """launched shipped submitted delivered released finished completed went landed rolled
    filed handed published deployed"""
)
# The plan a delivery is measured against: "on time", "a day early", "two weeks late", "with
# two days to spare", "on the original date", "before the deadline", "as planned".
_AGAINST_PLAN = frozenset(
    (
        "on time",
        "on schedule",
        "ahead of schedule",
        "to spare",
        "in time",
        "as planned",
        "as promised",
        "before the deadline",
        "by the deadline",
    )
)
# Deliveries that reach whoever asked for the work, not a stage on its way.
_HANDED_OVER = word_set("submitted delivered filed handed sent")
_DATE_KINDS = word_set("original planned agreed promised target committed same scheduled")
_EARLY_LATE = word_set("early late")


def delivered_against_plan(ws: list[str]) -> bool:
    """ "We submitted Thursday evening, a day early.", "It went live on time.", "We launched in
    the EU on the original date", "we hit the deadline with two days to spare": the work handed
    over, measured against the plan: what came of the steps, however much it reads like one
    more of them (star53). The verb is a delivery, and its timing is said against a date or a
    deadline, not a bare date ("We shipped it on a Friday")."""
    verb = next((i for i, w in enumerate(ws) if w in _DELIVERED), -1)
    if verb < 0 and _note_ahead_of_end(ws):
        return True
    if verb < 0 and not count_phrases(ws, frozenset(("hit the deadline", "met the deadline"))):
        return False
    rest = ws[max(verb, 0) :]
    if count_phrases(rest, _AGAINST_PLAN):
        return True
    for k, w in enumerate(rest):
        if w == "date" and k and rest[k - 1] in _DATE_KINDS:
            return True  # "on the original date"
        if w in _EARLY_LATE and k and (is_number(rest[k - 1]) or rest[k - 1] in _SPANS):
            return True  # "a day early", "two weeks late"
        if w == "day" and rest[k - 1 : k] == ["on"] and rest[k + 1 : k + 2] != []:
            # "We submitted on day eight": handed over to whoever asked, on a day of the
            # story's own count, the count its deadline was given in ("within ten days";
            # star63). Shipped or deployed on a day may go to a stage on the way ("Shipped to
            # staging on day seven, load-tested on day eight": a diary of the steps, star56).
            return is_number(rest[k + 1]) and rest[0] in _HANDED_OVER
    return False


_SPANS = word_set("day days week weeks month months hour hours minute minutes sprint sprints")
# A note's word for the work handed over ("ETA v2 out two days before quarter end", "Model live
# a week ahead of the launch") and what its span is measured to (star58).
_OUT_NOTES = word_set("out live")
_ENDS = word_set("end deadline date launch cutoff")


def _note_ahead_of_end(ws: list[str]) -> bool:
    """ "ETA v2 out two days before quarter end": the work out, a span before its end date."""
    for k, w in enumerate(ws[1:], start=1):
        if w not in _OUT_NOTES:
            continue
        j = k + 1
        while j < len(ws) and (is_number(ws[j]) or ws[j] in ("a", "an", "few", "couple", "of")):
            j += 1
        if j == k + 1 or ws[j : j + 1] == [] or ws[j] not in _SPANS:
            continue
        if ws[j + 1 : j + 2] in (["before"], ["ahead"]) and set(ws[j + 2 : j + 6]) & _ENDS:
            return True
    return False


# What a span or an amount of the work is set against: the plan ("instead of the two months
# budgeted", "instead of the planned quarter", "instead of the month I had promised").
_PLANNED = word_set("planned budgeted estimated expected promised forecast scheduled")
_INSTEAD_REACH = 8


def span_against_plan(ws: list[str]) -> bool:
    """ "Training took six hours on one GPU instead of the multi-node job we had budgeted for",
    "It shipped in three weeks instead of the planned two months": how long the work took,
    set against what was planned: what came of the steps (star58). A span or a count comes
    before "instead of", a word of planning after it."""
    for k in range(1, len(ws) - 1):
        if ws[k : k + 2] != ["instead", "of"]:
            continue
        before = ws[:k]
        spanned = any(w in _SPANS for w in before) or "took" in before
        if spanned and set(ws[k + 2 : k + 2 + _INSTEAD_REACH]) & _PLANNED:
            return True
    return False


_NOT_SINCE = word_set("haven't hasn't hadn't")


def none_since(ws: list[str]) -> bool:
    """ "We also haven't had a stale-feature incident since", "the job has not failed since":
    nothing of the trouble again from the steps on, a state that lasts (star58). Whoever the
    subject is ("we", or "I" in a story read as told by "I"), it is no step."""
    for i, w in enumerate(ws):
        negated = w in _NOT_SINCE or (
            w in ("have", "has", "had") and ws[i + 1 : i + 2] in (["not"], ["never"])
        )
        if negated and "since" in ws[i + 2 :]:
            return True
    return False


def ended_active(ws: list[str]) -> bool:
    """ "we cancelled the launch", "the team shut the project down": how it ended (not "we
    dropped the postcode features": a step)."""
    return any(
        w in ENDINGS
        and i > 0
        and ws[i - 1] not in BE_PAST
        and ws[i - 1] not in ("to", "been")
        and set(ws[i + 1 : i + 4]) & ENDED_WORK
        for i, w in enumerate(ws)
    )


# Past participles that are not also a simple past ("was drawn up", "were written"): a passive
# act as much as "was rolled back" (round 30). Left out: "known", "seen" ("was known for" is a
# state) and "done", "rerun" ("all three were done within the quarter", "were rerun by others
# with the same numbers" tell an outcome: two repository results read as steps with them).
IRREGULAR_PARTICIPLES = word_set(
    """drawn written rewritten taken retaken undertaken given chosen shown driven broken spoken
    forgotten hidden frozen thrown grown flown withdrawn overtaken overseen begun run rerun"""
)
# Adverbs between "was" and its participle that place an act in time ("was then trained",
# "was finally built"): the participle is what someone did then, not a state (round 41).
_EVENT_ADVERBS = word_set("then finally eventually quickly immediately")
# Who did a passive act, named after it: "by two other teams", "by the two of us", "together
# with the privacy team" (round 41).
_DOERS = PEOPLE | word_set("us me team teams ops operations")
DOERS_REACH = 4  # how far after "by" the doers' word may come ("by the two of us")


def doers_named(ws: list[str], after: int) -> bool:
    """The words from ``after`` (just past a passive participle) name who did the act: "by"
    and people within ``DOERS_REACH`` words, or "together with" / "jointly with". A passive
    with its doers named is an act someone took ("The opt-in screen was designed together
    with the privacy team", "The doc was reviewed by two other teams"), not a state ("was
    designed for mobile", "was built on Java"; "by the end of the week" is a time)."""
    rest = ws[after:]
    for k, w in enumerate(rest):
        if w in ("together", "jointly") and rest[k + 1 : k + 2] == ["with"]:
            return True
        if w == "by" and rest[k + 1 : k + 3] != ["the", "end"]:
            return bool(set(rest[k + 1 : k + 1 + DOERS_REACH]) & _DOERS)
    return False


# The words that deny a clause's subject ("nothing", "no one", "none of the jobs", "not every
# job"), within this many words before its verb.
_NEGATIVE_SUBJECTS = word_set("nothing nobody none no not neither")
_NEGATED_SUBJECT_SPAN = 4
# Before "not" these make it deny a verb ("could not rebuild"), not a subject.
_AUXILIARIES = word_set(
    "can could will would should shall may might must did does do was were is are had has have"
)


def _subject_denied(ws: Sequence[str], verb: int) -> bool:
    """Is the subject of the verb at ``verb`` denied ("nothing was lost", "no customer was
    charged", "not every job was moved"), not a verb before it ("what it could not rebuild
    was treated as ...")?"""
    for k in range(max(0, verb - _NEGATED_SUBJECT_SPAN), verb):
        if ws[k] in _NEGATIVE_SUBJECTS and not (k and ws[k - 1] in _AUXILIARIES):
            return True
    return False


def passive_at(ws: list[str]) -> int:
    """was/were (or got) + a past participle that is an act, not a state ("was rolled back",
    "were added", "got rebuilt"), with no "I" or "we" as the subject of the clause: the
    participle's position + 1 (0: none)."""
    if "i" in ws[:3] or "we" in ws[:3] or "there" in ws[:3]:
        return 0
    for i in range(len(ws) - 1):
        if ws[i] in REPORTING or asked_if(ws, i):
            # "she said the conclusion was buried": what was said, not what was done; "she
            # asked why the billing queue was not covered": what was asked (star64)
            break
        if ws[i] not in BE_PAST and ws[i] not in GET_PAST:
            continue
        if _subject_denied(ws, i):
            # "nothing was lost", "no customer was charged", "not every job was moved": a
            # passive whose subject is denied tells that no such act happened, no act done
            # (star68); "was not changed" never reads a participle after "not"
            continue
        j = i + 1
        while j < len(ws) - 1 and (ws[j] in ADVERBS or ws[j] in QUANTIFIERS or is_adverb(ws[j])):
            j += 1
        if compound(ws, j):
            j += 1  # "were both load tested"
        verb = ws[j]
        timed = bool(set(ws[i + 1 : j]) & _EVENT_ADVERBS)
        if verb in NOT_PASSIVE_ACTS:
            continue
        # "was built and put in front of the search": a second act joined to it (round 33)
        joined = ws[j + 1 : j + 2] == ["and"] and j + 2 < len(ws) and _acted_participle(ws[j + 2])
        if ws[i] in GET_PAST:
            if verb in GET_STATES:
                continue  # "got stuck", "got delayed": what happened to it, no act
        elif verb in STATE_PARTICIPLES and not (
            count_phrases(ws[j + 1 :], PURPOSES) or joined or timed or doers_named(ws, j + 1)
        ):
            # "was built on Java" is a state; "was built so that ...", "was then built", "was
            # built by two engineers" an act
            continue
        if (verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_PAST:
            return j + 1
        if verb in IRREGULAR_PARTICIPLES:
            return j + 1
    return 0


def passive_acts_listed(ws: list[str], first: int) -> bool:
    """After the passive act whose participle ends at ``first`` (``passive_at``), "and" joins
    another act told the same way ("The worst source of labels was dropped and the model was
    retrained on the rest.", "Ten thousand clips were generated and mixed into the training
    set."): a list of steps, each done by someone, not how things ended (round 40). The
    joined act must be no outcome itself ("... was approved and launched")."""
    rest = ws[first:]
    if "and" not in rest:
        return False
    after = rest[rest.index("and") + 1 :]
    if after[:1] and _acted_participle(after[0]):
        joined = after[0]  # "were generated and mixed"
    else:
        second = passive_at(after)
        if not second:
            return False
        joined = after[second - 1]
    return joined not in OUTCOME_VERBS | ENDINGS | UPTAKE_VERBS


def _acted_participle(w: str) -> bool:
    """A past participle of an act, not of a state ("put", "added"; not "based", "located")."""
    if w in STATE_PARTICIPLES or w in NOT_PASSIVE_ACTS:
        return False
    return (w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST or w in IRREGULAR_PARTICIPLES


def done_within(ws: list[str]) -> bool:
    """ "... were migrated in four and a half weeks", "within a day": how long it took to
    finish, said of an outcome (an act's own length is "for three weeks")."""
    for i, w in enumerate(ws):
        if w not in ("in", "within"):
            continue
        j = i + 1
        while j < len(ws) and (is_number(ws[j]) or ws[j] in AMOUNT_WORDS):
            j += 1
        if j > i + 1 and j < len(ws) and ws[j] in TIME_UNITS:
            return True
    return False


def _counted(ws: list[str], i: int) -> int:
    """The index after a count that starts at ``i`` ("two", "a few", "about fifty", "60")."""
    j = i
    while j < len(ws) and (is_number(ws[j]) or ws[j] in AMOUNT_WORDS or ws[j] in _ROUGHLY):
        j += 1
    return j if any(is_number(w) or w in ("few", "couple") for w in ws[i:j]) else i


_ROUGHLY = word_set("roughly nearly almost around some")


def done_by_then(ws: list[str]) -> bool:
    """A passive that tells how far the work had got, not how it was done (star58): the whole
    counted lot done ("All 60 models were migrated", "All ninety sources were covered"), done
    once a span had passed ("... covered after five weeks", "... deployed two weeks later"), or
    a rate of success ("The adapter was preferred in 71 percent of comparisons"). An act's own
    span ("tested for three weeks", "after two weeks of shadow traffic") is none of these."""
    if ws[:1] == ["all"] and _counted(ws, 1) > 1:
        return True
    for i, w in enumerate(ws):
        if w == "after":
            j = _counted(ws, i + 1)
            if j > i + 1 and ws[j : j + 1] and ws[j] in TIME_UNITS and ws[j + 1 : j + 2] != ["of"]:
                return True
        elif w in TIME_UNITS and ws[i + 1 : i + 2] == ["later"] and _count_ends_at(ws, i):
            return True
        elif w == "in":
            j = i + 1
            while j < len(ws) and ws[j] in _ROUGHLY | AMOUNT_WORDS - {"of"}:
                j += 1
            if ws[j : j + 1] and is_number(ws[j]) and ws[j + 1 : j + 3] == ["percent", "of"]:
                return True
    return False


def _count_ends_at(ws: list[str], i: int) -> bool:
    """Is the word before ``i`` the end of a count ("two weeks later", "a few days later")?"""
    return i > 0 and (is_number(ws[i - 1]) or ws[i - 1] in ("few", "couple"))


def other_took_up(ws: list[str]) -> bool:
    """Someone else acted on it: "she agreed to a pilot", "the leads approved the plan"."""
    head = ws[:4]
    if not any(w in PEOPLE or (w.endswith("s") and w[:-1] in PEOPLE) for w in head):
        return False  # "the depot managers asked me to ...", "she agreed to ..."
    # "I asked a colleague from the risk team to review each section": the verb right after
    # "I" or "we" is my own step, whoever it names (round 29).
    return any(
        w in UPTAKE_VERBS and not (i and ws[i - 1] in ("i", "we")) and not asked_if(ws, i)
        for i, w in enumerate(ws[:6])
    )


_ASKED_WHOM = word_set("me us him her them")
_QUESTION_WORDS = word_set("if whether why how what")


def asked_if(ws: Sequence[str], i: int) -> bool:
    """ "The director asks me if that means ...", "a statistician asked whether the same
    patients were in both sets": a question put, no uptake of my work (star43), and no
    outcome of it either (star63); "asked me to scope the next step" is one."""
    k = i + 1 + (ws[i + 1 : i + 2] != [] and ws[i + 1] in _ASKED_WHOM)
    return ws[i] in ("asked", "asks") and ws[k : k + 1] != [] and ws[k] in _QUESTION_WORDS


def nominal_step(ws: list[str]) -> bool:
    """A step told as a noun phrase with no verb of its own: "Step two: a comparison of the
    predictions ...", "Finally, a weekly retraining job and a dashboard that tracked ..."."""
    i = 0
    marked = False
    while i < len(ws) and (ws[i] in STEP_MARKERS or (marked and ws[i] in STEP_COUNTS)):
        marked = True
        i += 1
    if ws[i : i + 1] == ["that"] and marked:  # "after that, a ..."
        i += 1
    elif ws[i - 1 : i] == ["after"]:
        # "After the meeting the partners agree to a pilot", "After the fix, click-through come
        # back to 4.0": "after" before a noun phrase is a preposition, its noun phrase the
        # time of a clause that follows with its own subject and verb (a plain present one,
        # "agree", "come", that no list of verbs here knows), not a step told as a noun;
        # "after that, a weekly review" is one, "that" standing for the step before
        return False
    if not marked or i >= len(ws) or ws[i] not in DETERMINERS:
        return False
    for w in ws[i:]:
        if w in SUBORDINATORS or w in ("with", "so", "to"):
            break  # a relative or subordinate clause may have its own verb
        if w in FINITE or w in I_WORDS or w in WE_WORDS or (w.endswith("ed") and len(w) > 4):
            return False
    return True


# What opens a clause of time or cause told before the main clause ("Once I noticed ...,").
_LEADING_CLAUSES = word_set("once when after as because since as soon")


def goal_statement(ws: list[str]) -> bool:
    """ "My assignment was to turn ...", "the brief was to ...", "the question was whether we
    could ...": what I was there to do, said as "<my/the> <noun> was to <verb>" (unless the
    noun names an act: "my first step was to"), also after a clause of time or cause told
    first ("Once I realized it was me, my priority was to restore the data"; round 35)."""
    if ws and ws[0] in _LEADING_CLAUSES:
        for k in range(2, min(len(ws) - 3, 14)):
            if ws[k] in ("my", "our") and _goal_said(ws[k:]):
                return True
    return _goal_said(ws)


def _goal_said(ws: list[str]) -> bool:
    for i in range(1, min(len(ws) - 2, 6)):
        if ws[i] in ("was", "is") and ws[i + 1] in ("to", "whether", "how", "which", "if"):
            head = ws[:i]
            return head[0] in ("my", "our", "the") and not set(head) & ACT_NOUNS
        if ws[i] in ("was", "is") and ws[i + 1] in _OPEN_WH and set(ws[:i]) & _QUESTION_NOUNS:
            # "The question was what users were failing to find": an open question, not a
            # free relative ("the result was what we hoped"; round 33)
            return ws[0] in ("my", "our", "the")
    return False


_OPEN_WH = word_set("what who when why where")
_QUESTION_NOUNS = word_set("question questions unknown puzzle")
# Verbs of what I expected before the work, not acts of it ("I estimated two weeks to ...").
_EXPECTING = word_set(
    "estimated expected assumed guessed predicted figured reckoned promised budgeted"
)


def expectation_told(ws: list[str]) -> bool:
    """ "I estimated two weeks to move our training jobs", "I expected the migration to take a
    sprint": what I expected before the work (star_labels.py takes it as the scene when told
    before the steps; round 33)."""
    return len(ws) > 2 and ws[0] in ("i", "we") and ws[1] in _EXPECTING


# Ordinals that put a part of the work in the order of the steps ("the last piece was ...").
_STEP_ORDINALS = word_set("first second third fourth next last final other another")
# Nouns for a part of the work that name a step only after such an ordinal ("the final touch
# was a one-line explanation"; not "the missing piece was the data": the scene).
_ORDERED_PARTS = word_set("piece touch part addition change ingredient")


def act_statement(ws: list[str]) -> bool:
    """ "Step one was an audit ...", "my next move was a call with ...": a step named as the
    subject of "was", its content a noun phrase, "to" and a verb, or a gerund ("My second step
    was translating precision into her language", round 35); a part of the work named with an
    ordinal is a step too ("The last piece was a per-plant monitor", "The final touch was a
    one-line summary", "Another change was a cap on ...")."""
    ws = opening_stripped(ws)
    for i in range(1, min(len(ws) - 2, 7)):
        after = ws[i + 1]
        gerund = after.endswith("ing") and len(after) > 4 and after not in NOT_GERUNDS
        if ws[i] in ("was", "is") and (after in DETERMINERS or after == "to" or gerund):
            # "my first reaction was to defend it": a step, said as what I set out to do
            head = set(ws[:i])
            ordered = bool(head & _STEP_ORDINALS) and bool(head & _ORDERED_PARTS)
            named = bool(head & ACT_NOUNS) or ordered
            if i > 4:
                # a long subject is mine only when it says so ("My pitch to my manager was a
                # short plan", "The last part of the handover was ..."; not "The plan on the
                # table was a deep model": someone's plan)
                return (named and ws[0] in ("my", "our")) or (ordered and ws[0] == "the")
            # "Another change was a rule of ...": one more part of the work, after others told
            # (star58)
            return (named and ws[0] in ("my", "the", "step", "our")) or (
                ordered and ws[0] == "another"
            )
    return False


# A view the speaker holds as they speak ("I believe ...", "In my view, ..."): the frame's
# words, after an optional "personally" or "honestly".
_VIEW_FRAMES = (
    ("i", "believe"),
    ("i", "think"),
    ("i", "feel"),
    ("i", "strongly", "believe"),
    ("i", "really", "believe"),
    ("in", "my", "view"),
    ("in", "my", "opinion"),
    ("in", "my", "experience"),
    ("to", "me"),
    ("as", "i", "see", "it"),
    ("my", "view", "is"),
    ("my", "view", "was"),
    ("my", "belief", "is"),
    ("my", "belief", "was"),
)


def told_view(ws: list[str]) -> bool:
    """The sentence states a view the speaker holds ("I believe a model needs ...", "In my
    view, the weekly pipeline was ..."): an opinion, not a step nor a duty of the story."""
    start = 1 if ws[:1] and ws[0] in ("personally", "honestly", "frankly") else 0
    frame = next((f for f in _VIEW_FRAMES if tuple(ws[start : start + len(f)]) == f), None)
    if frame is None:
        return False
    rest = ws[start + len(frame) :]
    rest = rest[1:] if rest[:1] == ["that"] else rest
    # "I think I started with the logs", "I believe we shipped it in March": a step hedged
    # as spoken, not a view.
    return not (rest[:1] and rest[0] in ("i", "we") and rest[1:2] and is_past(rest[1]))


def told_stance(ws: list[str]) -> bool:
    """The speaker's own stance: "I was worried that ...", "I felt I should ...", "I thought
    the rule would hurt ..." (the main clause's subject is "I", or "we" in a "we" story)."""
    for i, w in enumerate(ws[:-1]):
        if w not in ("i", "we") or (i > 0 and ws[i - 1] in SUBORDINATORS):
            continue
        nxt = ws[i + 1 : i + 3]
        if nxt[:1] and nxt[0] in STANCE_VERBS:
            return True
        if nxt[:1] and nxt[0] in BE_PAST and nxt[1:] and nxt[1] in STANCE_VERBS:
            return True
    return False


def decided(ws: list[str]) -> bool:
    """The main clause's verb is a decision of mine ("I decided", "I chose", "I took on")."""
    return any(
        w == "i"
        and (ws[i + 1] in DECISION_VERBS or _taking_on(ws[i + 1 : i + 4]))
        and not (i and ws[i - 1] in SUBORDINATORS)
        for i, w in enumerate(ws[:-1])
    )


# Verbs before "back in" that make it a return ("were back in forty minutes"), not a date.
_RETURNING = frozenset(("was", "were", "is", "are", "be", "been", "came", "got", "went", "up"))
# What I was given that makes the work mine ("I was given the job of ...").
_DUTY_NOUNS = frozenset(("job", "task", "responsibility", "assignment", "work", "problem"))
# What a deadline sounds like after a decision ("I decided to fix it before the review").
DEADLINES = frozenset(
    ("before the", "in time for", "by the end", "by friday", "by monday", "deadline")
)


def returned(ws: list[str]) -> bool:
    """ "Recommendations were back in forty minutes": "back in" as a return, not a date."""
    return any(
        w == "back" and ws[i + 1 : i + 2] == ["in"] and i > 0 and ws[i - 1] in _RETURNING
        for i, w in enumerate(ws)
    )


# How a sentence says a thing was not mine ("It was not my code", "It wasn't my tool", "not
# strictly my job", "I was on the recommendations team, not search") ...
_NOT_MINE = frozenset(
    (
        "not my",
        "wasn't my",
        "not mine",
        "wasn't mine",
        "not our",
        "wasn't our",
        "not strictly my",
        "nobody's",
        "no one's",
    )
)
# ... and then that I took it on all the same ("I decided I would get it fixed").
_TOOK_IT_ON = frozenset(("i decided", "decided to", "i would", "i'd", "myself", "i chose"))


def took_on_not_mine(ws: list[str]) -> bool:
    """A thing said not to be mine, then my decision to see to it: "It was not my code, but my
    model suffered from it too, and I decided I would get it fixed for good.", "It wasn't my
    tool, but I decided to fix it" (round 39): the task of a story of ownership, not a step."""
    denied = [k for k in range(len(ws)) if count_phrases(ws[k : k + 3], _NOT_MINE)]
    if not denied:
        return False
    return bool(count_phrases(ws[denied[0] + 2 :], _TOOK_IT_ON))


# The only one of a trade on the work, which makes it mine ("I was the only ML engineer on it,
# so ...", "I was the only data person"; round 39).
_TRADES = word_set(
    """engineer engineers person scientist analyst developer researcher ml data one who"""
)


def only_one_on_it(ws: list[str]) -> bool:
    """ "I was the only ..." naming a trade within three words: the work was mine."""
    for k in range(len(ws) - 4):
        if ws[k : k + 4] == ["i", "was", "the", "only"]:
            return bool(set(ws[k + 4 : k + 7]) & (_TRADES - {"one", "who"}))
    return False


# A duty told in the present tense, as a story is told in another language ("I need to make
# the reviews faster, because ...", "I must fix this fast"; round 39).
PRESENT_DUTIES = frozenset(("i need to", "i need that", "i must", "i have to"))


_FAULTS = word_set("mistake fault error bug blame slip oversight")
_CLAUSE_GOES_ON = word_set("and so but that this for from until")


def duty_statement(ws: list[str]) -> bool:
    """What was mine to do, said of me: "I was given the job of turning it into a service",
    "I was the engineer who had to turn their needs into ...", "I was the owner of the model"
    (the task, though its main verb is "was")."""
    if ws[-2:] == ["was", "mine"] and "not" not in ws and "never" not in ws:
        # "I'd led the rollout, so handling the incident was mine." (round 35)
        return ws[-3:-2] == [] or ws[-3] not in _FAULTS
    for k in range(1, min(len(ws) - 2, 8)):
        # "The move was mine, and ...", "The routing model was mine that quarter." (round 40):
        # the first clause ends on it; "the mistake was mine" owns a fault, not a task
        if ws[k : k + 2] == ["was", "mine"] and ws[k + 2] in _CLAUSE_GOES_ON:
            return ws[k - 1] not in _FAULTS and not {"not", "never"} & set(ws[:k])
    # "I'm the one who's supposed to ..." (star57): told in the present, contracted
    ws = [part for w in ws for part in _UNCONTRACTED.get(w, (w,))]
    for k in range(len(ws) - 3):
        if ws[k : k + 2] not in (["i", "was"], ["i", "am"]):
            continue
        if k >= 4 and ws[k - 1] not in ("so", "and"):
            continue  # (a later "I was" only when it opens a clause: "..., so I was the one")
        rest = ws[k + 2 : k + 12]
        if rest[0] == "given" and set(rest[1:4]) & _DUTY_NOUNS:
            return True
        if rest[0] in ("the", "a", "an") and rest[1] == "owner":
            return True
        if rest[0] == "the" and rest[1] in _ME_AS_DOER and rest[2:3] == ["to"] and len(rest) > 3:
            # "I was the person to make this happen", "I'm the one to fix it": an infinitive
            # after the noun that names me says what is mine to do, as "the one who had to
            # ..." does (star67); "the first person to notice" puts an ordinal between them, "the
            # person to blame" is a fault (the idiom), not a duty
            return not is_past(rest[3]) and rest[3] != "blame"
        for j, w in enumerate(rest[1:-2], 1):
            if w not in ("who", "that"):
                continue
            owed = rest[j + 1] in ("had", "needed") and rest[j + 2] == "to"
            # "... who was supposed to", "... who is expected to" (star57)
            owed = owed or (
                rest[j + 1] in ("was", "is")
                and rest[j + 2 : j + 3] != []
                and rest[j + 2] in _DUE_PARTICIPLES
                and rest[j + 3 : j + 4] == ["to"]
            )
            if owed:
                return rest[0] in ("the", "a", "an", "one")
    return False


# Nouns that name me as the one who does something ("the person to ...", "the one to ...").
_ME_AS_DOER = word_set("person one engineer guy owner")
_UNCONTRACTED = {"i'm": ("i", "am"), "who's": ("who", "is"), "that's": ("that", "is")}
_DUE_PARTICIPLES = word_set("supposed meant expected")


def needed_of_others(ws: list[str]) -> bool:
    """ "I needed the data team to give us a daily export", "I needed legal to approve ...":
    what I needed someone else to do, said of me (an influence story's task)."""
    for k in range(min(len(ws) - 2, 4)):
        if ws[k : k + 2] != ["i", "needed"]:
            continue
        for j in range(k + 3, min(len(ws), k + 7)):
            if ws[j] == "to":
                between = ws[k + 2 : j]
                return not any(w in FINITE or is_past(w) or w in I_WORDS for w in between)
        return False
    return False


# Someone's words that pass a duty on: "she said", "he told me", "my lead made it clear".
_PASSING_ON = word_set("said told insisted explained stressed")
_TO_US = word_set("me us the team my our")
# What we or I then had to do, in the reported words ("we had to", "I needed to", "we must").
_DUTIES_REPORTED = frozenset(
    (
        ("had", "to"),
        ("needed", "to"),
        ("would", "have", "to"),
        ("have", "to"),
        ("must",),
        ("needed",),
    )
)
_REPORTED_REACH = 8  # how far into the sentence the reporting verb may come


def duty_passed_on(ws: list[str]) -> bool:
    """ "My manager said we had to get it under four hours", "The head of sales told me I
    needed a forecast by Monday", "She made it clear that we must ship before the audit":
    someone's words, reported, that pass a duty on to me or us (round 41). Said after the
    opening line, it is the task given, as "asked me to" is (at the opening line the request
    is the scene, as ``REQUEST_OPENING`` reads it); the labeller read the reporting verb as
    another person's view, the tension, and labelled it the situation."""
    if "i" in ws[:1] or "we" in ws[:1]:
        return False  # "I said we had to ...": my own view or step, not a duty given to me
    for k in range(1, min(len(ws) - 2, _REPORTED_REACH)):
        said = ws[k] in _PASSING_ON or ws[k : k + 3] == ["made", "it", "clear"]
        if not said or ws[k - 1] in ("i", "we"):
            continue
        j = k + (3 if ws[k] == "made" else 1)
        while j < len(ws) and (ws[j] in _TO_US or ws[j] == "that"):
            j += 1
        if ws[j : j + 1] not in (["we"], ["i"]):
            return False
        after = tuple(ws[j + 1 : j + 4])
        return any(after[: len(d)] == d for d in _DUTIES_REPORTED)
    return False


TAKING_ON = frozenset((("took", "on"), ("took", "over"), ("stepped", "up"), ("signed", "up")))
# What is taken on between the verb and its particle ("I took it on", "I took that over").
_TAKEN = frozenset(("it", "that", "this", "them"))


def _taking_on(after_i: list[str]) -> bool:
    """ "took on", "took over", "took it on": the words after "I" take the work on."""
    if tuple(after_i[:2]) in TAKING_ON:
        return True
    return len(after_i) == 3 and after_i[1] in _TAKEN and (after_i[0], after_i[2]) in TAKING_ON


def perceived(ws: list[str]) -> bool:
    """ "I noticed that ...", "while reviewing it, I realized ...": a finding reported."""
    return any(w == "i" and ws[i + 1] in PERCEPTION_VERBS for i, w in enumerate(ws[:-1]))


def step_happened(ws: list[str], clause: Clause) -> bool:
    """A step told as something that happened: a sequence word before the verb ("Next came a
    shadow test") or an act as the subject of a verb of happening ("A replay followed")."""
    verb = ws[clause.verb]
    if verb not in HAPPENING_VERBS or phrasal_change_at(ws, clause.verb):
        return False  # "The error came down to eighteen percent": a change, no step
    if set(ws) & _USUALLY or count_phrases(ws, _ON_AVERAGE):
        # "Code reviews took three days on average": how things usually went, no step (round 31)
        return False
    before = ws[: clause.verb]
    # "The next three hires ran the pipeline": a marker after a determiner names the subject.
    marked = any(
        w in STEP_MARKERS and not (i and before[i - 1] in _NOUN_DETERMINERS)
        for i, w in enumerate(before)
    )
    return marked or bool(set(clause.subject_words) & ACT_SUBJECTS)


_NOUN_DETERMINERS = word_set("the a an her his their our my its your this that these those")
_USUALLY = word_set("usually typically normally often always every regularly")
_ON_AVERAGE = frozenset(("on average", "as a rule"))


def time_given(ws: list[str]) -> bool:
    """ "I had two weeks to find out why", "we had until Friday to ...": the time I was
    given for the task."""
    for i, w in enumerate(ws[:-3]):
        if w != "had" or (i and ws[i - 1] not in ("i", "we")):
            continue
        j = i + 1
        while j < len(ws) and ws[j] in _FILLERS:
            j += 1  # "I had, uh, about a month before ..."
        if ws[j : j + 1] == ["until"]:
            return "to" in ws[j + 2 : j + 5]
        counted = j
        while j < len(ws) and (is_number(ws[j]) or ws[j] in AMOUNT_WORDS):
            j += 1
        if j > counted and ws[j : j + 1] and ws[j] in _SPAN_KINDS:
            j += 1  # "ten working days", "two full weeks"
        if j > counted and ws[j : j + 1] and ws[j] in TIME_UNITS | {"days", "weeks", "months"}:
            if ws[j + 1 : j + 2] == ["to"]:
                return True
            if ws[j + 1 : j + 2] == ["before"]:
                # "I had three weeks before I was meant to lead the model", "I had six weeks
                # before the first forecast had to go to the control room" (star57): the time
                # left before what was due, the deadline my task had
                due = ws[j + 2 : j + 2 + _DUE_REACH]
                return any(tuple(due[k : k + len(d)]) == d for k in range(len(due)) for d in _DUE)
            # "I had fifteen minutes in their weekly meeting to explain why" (round 35): a
            # place or an occasion of the time given, no verb in it, before the "to"
            if ws[j + 1 : j + 2] and ws[j + 1] in _TIME_PLACES:
                for k in range(j + 2, min(len(ws), j + 7)):
                    if ws[k] == "to":
                        return not any(is_past(w) or w in FINITE for w in ws[j + 2 : k])
            return False
    return False


_TIME_PLACES = word_set("in at on during with before")
_FILLERS = word_set("uh um er erm like")
# Words that say what kind of days a span counts ("ten working days", "two full weeks").
_SPAN_KINDS = word_set("working business full calendar more extra short")
# What was due after the span: "before I was meant to ...", "before the forecast had to ...".
_DUE = (
    ("supposed", "to"),
    ("meant", "to"),
    ("expected", "to"),
    ("due",),
    ("had", "to"),
    ("needed", "to"),
    ("was", "to"),
    ("must",),
    ("would", "have", "to"),
)
_DUE_REACH = 10  # how far after "before" what was due may come


def acted_beyond_finding(ws: list[str]) -> bool:
    """ "I noticed that claims were linked to parcel IDs, so I joined them ...": besides the
    finding, the sentence tells an act of mine."""
    for i, w in enumerate(ws[:-1]):
        if w == "i" and i > 0 and ws[i - 1] in ("so", "and", "then") and is_past(ws[i + 1]):
            return ws[i + 1] not in NOT_ACTION_VERBS and ws[i + 1] not in PERCEPTION_VERBS
    return False


def _my_verb(ws: list[str], i: int) -> bool:
    """The verb at ``i`` is said of me: "I dropped", or joined by "and" to a verb of mine
    ("I automated the checks ... and dropped the ones that never had")."""
    if ws[i - 1] == "i":
        return True
    return ws[i - 1] == "and" and "i" in ws[:i] and not set(ws[:i]) & _OTHER_DOERS


# Subjects that make a later verb after "and" someone else's ("I asked them, and they cut ...").
_OTHER_DOERS = word_set("we they he she")


def my_steps_listed(raw: str) -> bool:
    """ "I told her that day, split the work, and shipped the first view": after "I" and its
    verb, two more past verbs of mine, each opening a part of the sentence after a comma or
    "and" (no other subject between)."""
    parts = [
        p.split() for p in raw.lower().replace(", and ", ", ").replace(" and ", ", ").split(", ")
    ]
    verbs = [p[0].strip(".;:!?") for p in parts[1:] if p]
    listed = [v for v in verbs if is_past(v) and v not in BE_PAST and v != "had"]
    return len(listed) >= 2 and raw.lower().lstrip().startswith("i ")


AMOUNT_BEFORE = word_set("by from to than")
AMOUNT_AFTER = word_set("percent times x fold points")


def my_cut_of_things(ws: list[str]) -> bool:
    """ "I dropped two of the planned features", "I automated the three checks that had caught
    errors and dropped the rest": my act on a number of things, not a measured change ("I cut
    latency by 40 percent", "errors fell from nine to two")."""
    acts = [i for i, w in enumerate(ws) if w in CHANGE_WORDS and i and _my_verb(ws, i)]
    if not acts:
        return False
    amounts = [
        i
        for i, w in enumerate(ws)
        if is_number(w)
        and (
            (i and ws[i - 1] in AMOUNT_BEFORE)
            or (i > 1 and ws[i - 2] in AMOUNT_BEFORE)
            or (i + 1 < len(ws) and ws[i + 1] in AMOUNT_AFTER)
        )
    ]
    return not amounts


def outcome_then_step(ws: list[str], clause: Clause) -> bool:
    """ "The job ran in four hours again, and I added a timing chart", "Latency went back to
    forty milliseconds, and I wrote up the fix": a thing's state told first, restored ("again",
    "back to"), measured with a change or brought about ("restored", "stopped"), then ", and
    I" with a step of mine. Round 41: any past state or event of a thing or another person
    told first ("The outage lasted forty minutes, and I added a test ...", "He was back at work
    the next day, and I added a step ..."): on the story's last sentence, over the
    repository's stories every such sentence is the outcome with a follow-up step tacked on."""
    if clause.subject not in ("thing", "person") or clause.verb < 0:
        return False
    cut = next(
        (i for i in range(clause.verb + 1, len(ws) - 1) if ws[i : i + 2] == ["and", "i"]), -1
    )
    if cut < 0:
        return False
    first = ws[:cut]
    if set(first) & {"i", "we"}:
        return False
    restored = "again" in first or any(
        w == "back" and first[k + 1 : k + 2] in (["to"], ["under"], ["below"], ["within"])
        for k, w in enumerate(first)
    )
    measured = any(w in CHANGE_WORDS for w in first) and any(is_number(w) for w in first)
    told = ws[clause.verb] in BE_PAST or is_past(ws[clause.verb])
    return restored or measured or ws[clause.verb] in STEP_OUTCOME_VERBS or told


# Words a closing remark may open with before its "that was ..." ("So, honestly, that's how ...").
_REMARK_LEAD_INS = word_set(
    "so and anyway overall well yeah basically honestly i think guess i'd say"
)
_REMARK_SUBJECTS = frozenset(("that", "this", "that's", "this's", "it's"))
_REMARK_FILLERS = word_set(
    "basically really roughly pretty much essentially just probably honestly all"
)
# What a closing remark calls the story: "the most interesting project I have worked on".
_STORY_WORDS = word_set(
    """project projects experience experiences example examples story stories thing things
    time times lesson lessons moment moments challenge challenges"""
)


REMARK_HOW_MAX_WORDS = 10


def closing_remark(ws: list[str]) -> bool:
    """A remark about the story just told, not a part of it: "So that is how I handled it.",
    "That's basically how I made the case.", "I think that was the most interesting project
    I have worked on." (a demonstrative subject, "is/was", then how/what/why or a superlative
    naming the story; no number, so "That is how we cut the wait by half" is no remark)."""
    if any(is_number(w) and w != "one" for w in ws) or "%" in ws:
        return False
    i = 0
    while i < len(ws) and ws[i] in _REMARK_LEAD_INS:
        i += 1
    if i >= len(ws) or ws[i] not in _REMARK_SUBJECTS:
        return False
    i += 1
    if ws[i - 1] in ("that", "this"):
        if i >= len(ws) or ws[i] not in ("is", "was"):
            return False
        i += 1
    while i < len(ws) and ws[i] in _REMARK_FILLERS:
        i += 1
    rest = ws[i:]
    if rest[:1] and rest[0] in ("how", "why") or rest[:2] == ["the", "way"]:
        # (not "That's how I learned that delays spiked at every shift change, ..., so I worked
        # with ops to log handovers": it goes on to tell a finding and a step; round 35)
        return len(rest) <= REMARK_HOW_MAX_WORDS and not acted_beyond_finding(ws)
    if rest[:1] == ["what"] and "i" in rest[1:3]:
        return True  # "that's what I did" (not "that was what cut the errors")
    if rest[:3] == ["one", "of", "the"]:
        rest = rest[2:]
    superlative = (
        rest[:1] == ["the"]
        and len(rest) > 2
        and (rest[1] in ("most", "best", "worst") or (rest[1].endswith("est") and len(rest[1]) > 4))
    )
    return superlative and bool(set(rest[2:5]) & _STORY_WORDS)


# Words an opener or a closer says about telling the story, never in it (round 30, star30).
_META_WORDS = (
    word_set(
        """sure okay ok yes yeah right so well great good nice interesting question questions i i'd
    i'm i've i'll can could will would have think guess talk tell share about that that's this
    it it's one a an the for of me example examples story stories case basically really
    actually happy to do let mind comes come is there's here's here all pretty much just and
    be"""
    )
    | word_set(
        # pleasantries and acknowledgements ("Of course.", "Sure thing.", "Absolutely, gladly.",
        # "Thanks."): no word of the story either (round 31)
        """course definitely absolutely certainly gladly glad thing thanks thank you sounds
    perfect fine alright cool totally oh um uh hmm let's see go ahead"""
    )
    | word_set(
        # the question welcomed: "Ah, I like this question.", "Oh, I love this one." (round 41)
        "ah mm love"
    )
)
# ... and words about how the story will be told or what it was ("Let me set the scene first.",
# "I'll keep it brief.", "So that's the gist of it.", "Hope that answers the question."; round 32)
_TELLING_WORDS = word_set(
    """set scene walk through you give context background bit little quick quickly brief
    briefly short keep start first like hope hopefully answers answer gist whole roughly happened what
    in sum up summary"""
) | word_set(
    # the form the story is told in, said as it is told: "Short version, bullet style.",
    # "Short version, in bullet points, if that's okay." (a terse or written teller's opening;
    # star65, round 64's blind set)
    "version bullet bullets points style form format notes if"
)
META_REMARK_MAX_WORDS = 10
# What the listener wanted of the telling, said after "you": "I hope that's the level of detail
# you wanted." (star65): the telling measured against the listener's wish, as more_than_asked
# reads "more detail than you wanted"; these words are meta only right after "you".
_LISTENER_WANTED = word_set("wanted needed expected meant")
_LEVEL_WORDS = word_set("level detail details depth kind sort")


# A closer in the past tense that only ends the telling: "Yeah, so that was that.", "And that
# was it." (round 38; "was" is no meta word: "That was the case for every region" tells).
_ENDED = (("that", "was", "that"), ("that", "was", "it"), ("and", "that", "was", "it"))


def meta_remark(ws: list[str]) -> bool:
    """An opener or a closer made only of words about telling the story: "Sure, I can talk
    about that.", "That's basically it.", "So yeah, that's the story." (at most
    ``META_REMARK_MAX_WORDS`` words, no number, no word of the story itself)."""
    lead = 0
    while lead < len(ws) and ws[lead] in ("so", "yeah", "well", "anyway", "and", "basically"):
        lead += 1
    if lead < len(ws) and tuple(ws[lead:]) in _ENDED or tuple(ws) in _ENDED:
        return True
    return 0 < len(ws) <= META_REMARK_MAX_WORDS and all(
        w in _META_WORDS
        or w in _TELLING_WORDS
        or (w in _LISTENER_WANTED and k and ws[k - 1] == "you")
        or (w in _LEVEL_WORDS and "you" in ws[k + 1 :])
        for k, w in enumerate(ws)
    )


_ROLE_DETERMINERS = word_set("the their his her our its")
_ROLE_NOUNS = word_set("lead manager owner mentor supervisor lead's")
# Words that make a role mine alone, said with no determiner too ("I was primary on-call").
_ROLE_SOLE = word_set("only sole primary main")
# What the role is for: "the engineer on the data pipeline", "primary on-call for payments".
_ROLE_FOR = word_set("for on of")
# Where I was, not what I held: "the only ML engineer at a small health-tech company".
_ROLE_PLACE = word_set("at in")
_ROLE_LINKS = word_set("and so but then")
ROLE_NOUN_MAX_WORDS = 4


def role_said(ws: list[str], raw: str = "") -> bool:
    """ "I was their lead, and ...", "I was the tech lead, so ...", "I was the only ML person
    on the team.", "I was primary on-call for the scoring service that week.", "And I'm the
    data scientist for the model, so ...": my role in the work, what I was responsible for,
    the task (star52; round 29 read "I was the only analyst" as the scene). Not a role that
    places me ("the only ML engineer at a small health-tech company") with no word of what it
    was for, nor one followed by a clause of its own telling the scene ("..., and three teams
    kept asking me for stuff at once")."""
    # the role runs to the first comma ("I was the only data person, so I built ...")
    said = len(words(re.split(r"[,;:]", raw)[0])) if raw else len(ws)
    while ws[:1] and ws[0] in _ROLE_LINKS:
        ws, said = ws[1:], said - 1
    if ws[:1] == ["i'm"]:
        ws, said = ["i", "was", *ws[1:]], said + 1
    if ws[:2] not in (["i", "was"], ["i", "am"]) or len(ws) < 4:
        return False
    rest = ws[2:]
    for k in range(len(rest) - 1):
        if rest[k : k + 2] == ["on", "call"]:
            # "primary on-call" (split at its hyphen): the role's noun
            rest, said = [*rest[:k], "oncall", *rest[k + 2 :]], said - 1
            break
    if rest[0] not in _ROLE_DETERMINERS and rest[0] not in _ROLE_SOLE:
        return False
    if (
        rest[0] in _ROLE_DETERMINERS
        and bool(set(rest[1:3]) & _ROLE_NOUNS)
        and "only" not in rest[1:3]
    ):
        return True  # "I was their lead", "I was the tech lead" (round 29)
    first = 1 if rest[0] in _ROLE_DETERMINERS else 0
    phrase = rest[first : min(said - 2, first + ROLE_NOUN_MAX_WORDS + 1)]
    held = next((k for k, w in enumerate(phrase) if w in _ROLE_FOR | _ROLE_PLACE), len(phrase))
    if not 0 < held <= ROLE_NOUN_MAX_WORDS or any(is_past(w) or w in FINITE for w in phrase[:held]):
        return False
    sole = bool(set(rest[:2]) & _ROLE_SOLE)
    if held < len(phrase) and phrase[held] in _ROLE_PLACE:
        return False  # "the only ML engineer at a small company": where I was, the scene
    if held == len(phrase) and not sole:
        return False  # "I was the new hire": no word of what it was for, nor mine alone
    return not tells_scene_after(raw)


# Words that open a clause giving the cause or the time of what the sentence says ("... after a
# new feature doubled the size of each request"): a change said there is the cause, not an outcome.
_CAUSE_OPENERS = re.compile(r"(?<=\w )(after|because|since|when|once)\b([^,;]*)", re.I)
_WORD = re.compile(r"[a-z']+")


def change_only_as_cause(raw: str) -> bool:
    """Every change word of the sentence sits in a clause saying why or when something else
    happened, past its first word: "I found that the server had run out of memory after a new
    feature doubled the size of each request" (not "Errors fell by half after we retrained")."""
    text = raw.lower()
    spans = [m.span(2) for m in _CAUSE_OPENERS.finditer(text)]
    changes = [m.start() for m in _WORD.finditer(text) if m.group() in CHANGE_WORDS]
    return bool(changes and spans) and all(any(a <= c < b for a, b in spans) for c in changes)


def led_the_work(ws: list[str]) -> bool:
    """ "I led the modelling work and the launch experiment", "I led the project, so ...": the
    part of the work that was mine, said as what I led (star_labels.py takes it as the task
    only before the steps)."""
    return ws[:2] == ["i", "led"] and ws[2:3] in (["the"], ["our"], ["my"])


def offered_to_take_on(ws: list[str]) -> bool:
    """ "I offered to be his mentor", "I volunteered to fix the onboarding": the work taken on,
    said as the sentence's own opening (not "I also offered to write the job": a step)."""
    return ws[:1] == ["i"] and ws[1:2] in (["offered"], ["volunteered"]) and ws[2:3] == ["to"]


_MOVING = word_set("came went got was were is are been has have had")


def phrasal_change_at(ws: list[str], i: int) -> bool:
    """ "came down to eighteen percent", "went up by a third", "was down from nine hours": a
    change said with a particle, no change word of its own (round 33)."""
    return (
        i + 2 < len(ws)
        and ws[i] in _MOVING
        and ws[i + 1] in ("down", "up")
        and ws[i + 2] in ("to", "by", "from")
    )


def phrasal_change(ws: list[str]) -> bool:
    """Any change said with a particle (see ``phrasal_change_at``)."""
    return any(phrasal_change_at(ws, i) for i in range(len(ws)))


_QUOTE_OPENS = re.compile(r"[\"\u201c]")
# A single mark that opens a quote: at the start or after a space, before a word (an
# apostrophe stands inside or after a word: "don't", "the teams' data").
_SINGLE_QUOTE_OPENS = re.compile(r"(?:^|(?<=\s))['\u2018](?=\w)")
# The words a single-marked quote may stand after its verb of saying with: whom it was said to
# and a filler ("told me, 'no'", "said, uh, 'no'", "asked him, um, basically, 'why'").
_SAID_TO_QUOTE = word_set("me us him her them you uh um er like basically just then so")
_SAYING = word_set(
    """said told asked warned replied wrote added insisted argued explained answered put
    says tells asks"""
)


def quoted_speaker(raw: str) -> str:
    """Who speaks a direct quote the sentence reports: "me" for "I told him, \"...\"", "other"
    for "The designer told me, \"...\"", "" when there is no quote after a verb of saying in
    the words before it (round 33: the quote's own words are no evidence of what the narrator
    did)."""
    opened = _QUOTE_OPENS.search(raw)
    single = _SINGLE_QUOTE_OPENS.search(raw)
    if single and (not opened or single.start() < opened.start()):
        # "... came to me and said, uh, 'we need it live by Thursday'": a quote in single
        # marks, told right after its verb of saying (a word or a filler between), not a word
        # in scare quotes ("the 'similar items' carousel"; star66)
        frame = re.findall(r"[a-z][a-z']*", raw[: single.start()].lower())
        said_at = [i for i, w in enumerate(frame) if w in _SAYING]
        if not said_at or not set(frame[said_at[-1] + 1 :]) <= _SAID_TO_QUOTE:
            return ""
    elif not opened:
        return ""
    else:
        frame = re.findall(r"[a-z][a-z']*", raw[: opened.start()].lower())
    if not frame or not set(frame) & _SAYING:
        return ""
    verb = next(i for i, w in enumerate(frame) if w in _SAYING)
    subject = [w for w in frame[:verb] if w not in ("then", "so", "and", "when", "finally")]
    return "me" if set(subject) & {"i", "we"} else "other" if subject else ""


_SUPERLATIVES = word_set("best worst biggest hardest most least single")
_JUDGED_NOUNS = word_set("thing part step decision move call lesson change difference")
_NOT_SUPERLATIVES = word_set("test request interest guest contest quest harvest protest")


def judged_best(ws: list[str]) -> bool:
    """ "The shadowing was the most valuable thing I did", "Talking to the buyers was the best
    decision of the project": a part of the story judged, with a superlative, as what mattered
    most (a thing or an act as subject, not "I"/"we")."""
    ws = opening_stripped(ws)
    for i in range(1, min(len(ws) - 3, 8)):
        if ws[i] not in ("was", "is") or ws[i + 1] != "the":
            continue
        if set(ws[:i]) & (I_WORDS | WE_WORDS):
            return False
        rest = ws[i + 2 : i + 6]
        superlative = rest[:1] and (
            rest[0] in _SUPERLATIVES
            or (rest[0].endswith("est") and rest[0] not in _NOT_SUPERLATIVES)
        )
        if not superlative:
            return False
        return bool(set(rest) & _JUDGED_NOUNS)
    return False
