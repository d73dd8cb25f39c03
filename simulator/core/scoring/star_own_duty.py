"""My own duty, said in my own clause, as the task (issue 9, star62): "I built it, so I had to
find out why the offline gain did not show up", "I need to change how work gets assigned",
"I set myself the goal of making every update readable in under two minutes", "The team had
deployed the model, so it was our responsibility to fix it", "The team was asked to get it
into the claims intake system within one quarter".

The labeller weighs such a sentence's duty cue against the rest of it: a past verb of mine
before the duty ("I built it, so ...") reads as a step, a state ("I was building the feature
pipeline") as the scene, and the story then has no task, which the report called missing
although the story told it (blind set 61: 5 of its 6 told parts called missing were tasks;
the repository's sets: 178). In a story that tells no task, the first sentence that says what
I (or we) had to do, before the last of my steps, is the task. The opening line is left to
``task_opening`` (an opening that places the story, "At a travel booking site we had to move
our ranking features ...", is the scene), and a story with a task keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.star_labels import SCENE_REASONS, Reasons
from simulator.core.scoring.star_taken_up import could_not_leave_it, decided_to_own
from simulator.core.scoring.text import word_set

OWN_DUTY_TASK = "what you had to do, said as your own duty"

_SUBJECTS = word_set("i we")
# Words a teller may put between "I" and the duty: a hedge or an adverb ("I kind of had to",
# "we then needed to"); never a negation ("I did not have to" is no duty).
_GAP = word_set("kind sort of like um uh really just still also then now therefore actually first")
_GAP_MAX = 3
# The duty itself, right after the subject: "had to", "need to", "must", "was supposed to",
# "were asked to", "was responsible for", "was brought in to".
_DUTIES: tuple[tuple[str, ...], ...] = (
    ("had", "to"),
    ("have", "to"),
    ("needed", "to"),
    ("need", "to"),
    ("must",),
    ("was", "supposed", "to"),
    ("were", "supposed", "to"),
    ("was", "responsible", "for"),
    ("were", "responsible", "for"),
    ("was", "asked", "to"),
    ("were", "asked", "to"),
    ("was", "tasked", "with"),
    ("were", "tasked", "with"),
    ("was", "brought", "in", "to"),
    ("were", "brought", "in", "to"),
)
# A team named as the one asked: "The team was asked to ...", "My team was tasked with ...".
_TEAMS = word_set("team group squad")
_TEAM_DUTIES = tuple(d for d in _DUTIES if d[0] in ("was", "were") and d[1:2] != ("supposed",))
# A goal I gave myself: "I set myself the goal of ...", "we gave ourselves a deadline".
_SELF_GOAL_VERBS = word_set("set gave")
_SELVES = word_set("myself ourselves")
_GOALS = word_set("goal goals target targets aim deadline")
# "It was my responsibility to fix it", "it was on us to", "it was our job to".
_DUTY_NOUNS = word_set("responsibility job call")


def _at(ws: Sequence[str], k: int, phrase: Sequence[str]) -> bool:
    return tuple(ws[k : k + len(phrase)]) == tuple(phrase)


def _after_gap(ws: Sequence[str], k: int) -> int:
    """The first word from ``k`` on that is not a hedge or an adverb (at most ``_GAP_MAX``)."""
    n = 0
    while k < len(ws) and ws[k] in _GAP and n < _GAP_MAX:
        k += 1
        n += 1
    return k


# A duty nobody else would take, said with me in the sentence: "I figured somebody needed to find
# out why", "Somebody had to restart labelling, and I had the context", "Not my area, but nobody
# else was going to fix it" (the teller takes it up: the task).
_ANYONE = word_set("somebody someone")
_ANYONE_DUTIES = (("had", "to"), ("needed", "to"))
_NOBODY_ELSE: tuple[tuple[str, ...], ...] = (
    ("nobody", "else", "was", "going", "to"),
    ("nobody", "was", "going", "to"),
    ("nobody", "else", "would"),
    ("no", "one", "else", "would"),
)
_SPEAKER = word_set("i me my")


def _duty_left_to_me(ws: list[str]) -> bool:
    if not set(ws) & _SPEAKER:
        return False
    for k, w in enumerate(ws):
        if w in _ANYONE and any(_at(ws, k + 1, duty) for duty in _ANYONE_DUTIES):
            return True
        if any(_at(ws, k, phrase) for phrase in _NOBODY_ELSE):
            return True
    return False


# A duty I say was not mine, then take up (star64): "It wasn't formally my job, but I was tired
# of apologising to the teams, so I offered to sort it out", "I wasn't the owner, but I couldn't
# sign off a model that would learn that pattern", "Not my job; took it anyway", "I wasn't asked
# to look at this, but ...". The disclaimer names what I did not own or was not asked to do; a
# turn after it ("but", "anyway") takes it up: what was mine to do, by my own choice.
_NOT = word_set("not wasn't isn't")
_HEDGES = word_set("really formally strictly officially technically exactly even")
_OWNED = word_set(
    "job area project problem responsibility team model system pipeline call remit role task"
)
_THE_OWNER = word_set("owner owners manager lead")
_OWNERS = word_set("my the his her their")
_TAKEN_UP = word_set("but anyway though")
_NOBODY_ASKED: tuple[tuple[str, ...], ...] = (
    ("nobody", "asked", "me"),
    ("no", "one", "asked", "me"),
    ("wasn't", "asked", "to"),
    ("was", "not", "asked", "to"),
    ("not", "by", "me"),
)


def _disclaimed_at(ws: Sequence[str], k: int) -> bool:
    """ "not my job", "wasn't really my project", "wasn't the owner", "not his manager" from
    ``k`` (the negation)."""
    if ws[k] not in _NOT:
        return False
    at = k + 1
    while at < len(ws) and ws[at] in _HEDGES:
        at += 1
    if ws[at : at + 1] == [] or ws[at] not in _OWNERS:
        return False
    nxt = ws[at + 1 : at + 2]
    if ws[at] == "my":
        return nxt != [] and nxt[0] in _OWNED
    return nxt != [] and nxt[0] in _THE_OWNER


def duty_disclaimed_then_taken(ws: Sequence[str]) -> bool:
    """Does the sentence say a duty was not mine and then take it up? The disclaimer comes
    first, then a turn after it ("but", "anyway", "though") and me in what follows, or the duty
    taken "anyway" ("It wasn't my job, but three teams were deciding without it" gives the
    reason it mattered, the scene: nobody took it up yet)."""
    ws = list(ws)
    return any(
        (_disclaimed_at(ws, k) or any(_at(ws, k, p) for p in _NOBODY_ASKED))
        and bool(set(ws[k + 2 :]) & _TAKEN_UP)
        and ("i" in ws[k + 2 :] or "anyway" in ws[k + 2 :])
        for k in range(len(ws))
    )


# How a view opens: "My belief was that we had to measure it", "In my opinion, someone had to own
# the evaluation", "I think every model has to beat a baseline": what the teller holds, told
# before the steps as the scene (star27), not what was theirs to do.
_VIEWS = (
    ("my", "belief"),
    ("my", "opinion"),
    ("my", "view"),
    ("i", "believe"),
    ("i", "think"),
    ("personally",),
)


def _a_view(ws: list[str]) -> bool:
    return any(_at(ws, k, view) for k in range(len(ws)) for view in _VIEWS)


def says_own_duty(ws: Sequence[str]) -> bool:
    """Does a clause of the sentence say what I (or we, or my team) had to do? Not inside a
    view ("My belief was that we had to measure it against a holdout")."""
    ws = list(ws)
    if _a_view(ws):
        return False
    if _duty_left_to_me(ws) or duty_disclaimed_then_taken(ws):
        return True
    if decided_to_own(ws) or could_not_leave_it(ws):
        return True  # the work taken up as mine, or what I could not leave undone (star68)
    for k, w in enumerate(ws):
        if w in _SUBJECTS:
            at = _after_gap(ws, k + 1)
            if any(_at(ws, at, duty) for duty in _DUTIES):
                return True
            if (
                ws[at : at + 1] != []
                and ws[at] in _SELF_GOAL_VERBS
                and ws[at + 1 : at + 2] != []
                and ws[at + 1] in _SELVES
                and set(ws[at + 2 : at + 4]) & _GOALS
            ):
                return True
        named_team = w in _TEAMS and k and ws[k - 1] in ("the", "my", "our")
        if named_team and any(_at(ws, k + 1, duty) for duty in _TEAM_DUTIES):
            return True
        if (
            _at(ws, k, ("it", "was"))
            and ws[k + 2 : k + 3] != []
            and ws[k + 2] in ("my", "our")
            and ws[k + 3 : k + 4] != []
            and ws[k + 3] in _DUTY_NOUNS
        ):
            return True
    return False


# How a sentence that places the story opens: "At a travel booking site ...", "In my first
# month ...", "On the ads team ..." (an opening remark may come before it, so the labeller's
# reading of the opening line's place does not always reach it).
_PLACE_PREPOSITIONS = word_set("at in on")
_PLACE_DETERMINERS = word_set("a an the my our")


def places_the_story(ws: Sequence[str]) -> bool:
    """Does the sentence open on where or when the story happens?"""
    return len(ws) > 2 and ws[0] in _PLACE_PREPOSITIONS and ws[1] in _PLACE_DETERMINERS


def own_duty_as_task(
    labels: Sequence[str], words: Sequence[Sequence[str]], reasons: Sequence[Reasons]
) -> list[int]:
    """In a story that tells no task, the first sentence after the opening line (remarks on the
    telling before it left out) and before my last step that says my own duty
    (``says_own_duty``), read as the scene or a step: the task. Not a sentence that places the
    story ("In my first month at an insurer I had to ...")."""
    if "task" in labels or "action" not in labels:
        return []
    last_step = max(i for i, label in enumerate(labels) if label == "action")
    # the opening line: the first sentence that is not a remark on the telling
    opening = next(i for i, label in enumerate(labels) if label != "other")
    for i in range(opening + 1, last_step):
        if labels[i] not in ("situation", "action"):
            continue
        if places_the_story(words[i]) or any(
            why in SCENE_REASONS for _, why in reasons[i].get("situation", ())
        ):
            continue
        if says_own_duty(words[i]):
            return [i]
    return []
