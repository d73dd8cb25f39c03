"""A sentence's grammar, as far as the STAR labeller needs it: where its main clause starts,
who its subject is (me, us, another person, a thing), its main verb and tense, and whether a
"that" clause after a verb of finding reports what was found then or a lesson kept since.

The predicates the labeller weighs (star_labels.py) live here too: "I" + a past verb, an act in
the passive, a step told as a noun, a goal, a stance, a finding, how a story ended.

No tagger: word lists (star_cues.py) and commas in the sentence as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.core.scoring.star_cues import (
    ACT_NOUNS,
    ACT_SUBJECTS,
    ADVERBS,
    AMOUNT_WORDS,
    BE_PAST,
    DECISION_VERBS,
    DETERMINERS,
    ENDINGS,
    FINDING_VERBS,
    FINITE,
    HAPPENING_VERBS,
    I_WORDS,
    IRREGULAR_PAST,
    LEADING_WORDS,
    NOT_ACTION_VERBS,
    NOT_ADVERBS,
    NOT_PASSIVE_ACTS,
    OTHER_SUBJECTS,
    PEOPLE,
    PERCEPTION_VERBS,
    PRESENT_MARKERS,
    REPORTING,
    STANCE_VERBS,
    STATE_PARTICIPLES,
    STEP_COUNTS,
    STEP_MARKERS,
    SUBORDINATORS,
    TIME_UNITS,
    UPTAKE_VERBS,
    WE_WORDS,
)
from simulator.core.scoring.text import STOPWORDS, is_number, words

# How far into a sentence its main verb is looked for.
_VERB_REACH = 12


def is_adverb(word: str) -> bool:
    """ "quickly", "manually", "personally": a manner word between a subject and its verb."""
    return word.endswith("ly") and len(word) > 4 and word not in NOT_ADVERBS


def is_past(word: str) -> bool:
    """A simple-past or past-participle form ("tuned", "wrote")."""
    return (word.endswith("ed") and len(word) > 3) or word in IRREGULAR_PAST


@dataclass(frozen=True)
class Clause:
    """The main clause: its subject's kind ("i", "we", "person", "thing" or "" when none was
    found), the subject's words, and the main verb's index in the sentence (-1: none)."""

    subject: str
    subject_words: tuple[str, ...]
    verb: int


def _comma_offsets(raw: str) -> list[int]:
    """Word index right after each comma of ``raw``."""
    out = []
    at = raw.find(",")
    while at >= 0:
        out.append(len(words(raw[:at])))
        at = raw.find(",", at + 1)
    return out


def main_clause(ws: list[str], raw: str) -> Clause:
    """The main clause's subject and verb. A leading phrase or subordinate clause ("As tech
    lead for the model,", "When I finally shadowed two buyers,") is skipped up to its comma,
    and so is an apposition after a one-word subject ("Priya, an engineer on the platform
    team, argued ...")."""
    commas = _comma_offsets(raw)
    start = 0
    if ws and ws[0] in LEADING_WORDS and commas and commas[0] < len(ws):
        start = commas[0]
    skip_to = -1
    later = [c for c in commas if c > start]
    if (
        len(later) >= 2
        and later[0] - start <= 2
        and ws[later[0] : later[0] + 1]
        in (
            ["a"],
            ["an"],
            ["the"],
            ["our"],
            ["my"],
        )
    ):
        skip_to = later[1]  # "Priya, an engineer from the platform team, argued"
    relative = -1
    for j in range(start, min(len(ws), start + _VERB_REACH)):
        if start < j < skip_to:
            continue
        w = ws[j]
        if j == start or is_adverb(w):
            continue
        if w in FINITE or is_past(w):
            if ws[j - 1] == "i" and _reduced_relative(ws, j - 1, j):
                relative = j - 1  # "the model I built blocked ...": the subject is "the model"
                continue
            head = tuple(ws[start:j] if skip_to < 0 else ws[start : later[0]])
            if relative >= 0:
                head = tuple(ws[start:relative])
            return Clause(_subject_kind(head), head, j)
    return Clause("", (), -1)


def _subject_kind(head: tuple[str, ...]) -> str:
    if head and head[0] in SUBORDINATORS:
        return ""  # "What came out of that was ...": a clause as the subject
    if "i" in head:
        return "i"
    if "we" in head:
        return "we"
    if set(head) & PEOPLE:
        return "person"
    return "thing"


def verb_is_past_act(ws: list[str], clause: Clause) -> bool:
    """The main verb is a simple past other than "was/were/had" ("stayed", "did not move")."""
    if clause.verb < 0:
        return False
    verb = ws[clause.verb]
    if verb == "did":
        return True
    return verb not in BE_PAST and verb != "had" and is_past(verb)


def told_in_present(ws: list[str]) -> bool:
    """The words say how things are now ("is", "now", "always"): a lesson, not a finding."""
    return any(w in PRESENT_MARKERS for w in ws)


QUANTIFIERS = frozenset(("both", "all", "each"))
RELATIVES = frozenset(("that", "which", "who"))
LESSON_CUES = frozenset(("i learned", "learned that"))
# What a story's end stops: "we cancelled the launch", "they shut the project down".
ENDED_WORK = frozenset(
    ("launch", "project", "rollout", "pilot", "experiment", "initiative", "effort", "release")
)


def past_verb_after(ws: list[str], subject: str) -> bool:
    """``subject`` followed by a past-tense verb that is an act ("I wrote", "we moved")."""
    for i in range(len(ws) - 1):
        if ws[i] != subject or (i > 0 and ws[i - 1] in SUBORDINATORS):
            continue  # "since I ran the job": a subordinate clause, not what the sentence says
        j = i + 1
        while j < len(ws) - 1 and (ws[j] in ADVERBS or is_adverb(ws[j])):
            j += 1
        if compound(ws, j):
            j += 1  # "I fine tuned", "I hand labelled"
        verb = ws[j]
        if verb in NOT_ACTION_VERBS or _reduced_relative(ws, i, j):
            continue
        if is_past(verb):
            return True
    return False


def _reduced_relative(ws: list[str], i: int, j: int) -> bool:
    """ "the model I built blocked ...": "I built" describes the subject, whose own verb
    follows; the sentence says what the model did, not what I did."""
    if i < 2 or ws[i - 2] not in DETERMINERS or ws[i - 1] in STOPWORDS:
        return False
    if i > 2 and ws[i - 3] in LEADING_WORDS:
        return False  # "At a bank I built a model": "a bank" is where, not the subject
    for w in ws[j + 1 : j + 5]:
        if w in ("and", "then", "so", "but", "that", "which", "who"):
            return False
        if w in BE_PAST or is_past(w):
            return True
    return False


def compound(ws: list[str], j: int) -> bool:
    """``ws[j]`` is the first half of a two-word verb ("fine tuned", "load tested")."""
    if j + 1 >= len(ws) or ws[j] in STOPWORDS or is_past(ws[j]) or ws[j] in FINITE:
        return False
    nxt = ws[j + 1]
    return nxt.endswith("ed") and len(nxt) > 4 and nxt not in NOT_ACTION_VERBS


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


def role_opening(ws: list[str], raw: str) -> bool:
    """ "As tech lead for the ETA model, ...", "As the owner of the model, ...": my role."""
    if ws[:1] != ["as"] or "," not in raw:
        return False
    opening = raw.split(",", 1)[0].lower().split()
    return 2 <= len(opening) <= 9 and not any(is_past(w) or w in FINITE for w in opening)


def background_verb(ws: list[str]) -> bool:
    """ "was", "were" or "had" outside a relative clause ("it handled backfills that my design
    had not considered" tells what the design lacked, not how things were)."""
    return any(
        w in ("was", "were", "had") and not set(ws[max(0, i - 3) : i]) & RELATIVES
        for i, w in enumerate(ws)
    )


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


def passive_at(ws: list[str]) -> int:
    """was/were + a past participle that is an act, not a state ("was rolled back", "were
    added"), with no "I" or "we" as the subject of the clause: the participle's position + 1
    (0: none)."""
    if "i" in ws[:3] or "we" in ws[:3] or "there" in ws[:3]:
        return 0
    for i in range(len(ws) - 1):
        if ws[i] in REPORTING:
            break  # "she said the conclusion was buried": what was said, not what was done
        if ws[i] not in BE_PAST:
            continue
        j = i + 1
        while j < len(ws) - 1 and (ws[j] in ADVERBS or ws[j] in QUANTIFIERS or is_adverb(ws[j])):
            j += 1
        if compound(ws, j):
            j += 1  # "were both load tested"
        verb = ws[j]
        if verb in STATE_PARTICIPLES or verb in NOT_PASSIVE_ACTS:
            continue
        if (verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_PAST:
            return j + 1
    return 0


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


def other_took_up(ws: list[str]) -> bool:
    """Someone else acted on it: "she agreed to a pilot", "the leads approved the plan"."""
    head = ws[:4]
    if not any(w in OTHER_SUBJECTS for w in head):
        return False
    return any(w in UPTAKE_VERBS for w in ws[:6])


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
    if not marked or i >= len(ws) or ws[i] not in DETERMINERS:
        return False
    for w in ws[i:]:
        if w in SUBORDINATORS or w in ("with", "so", "to"):
            break  # a relative or subordinate clause may have its own verb
        if w in FINITE or w in I_WORDS or w in WE_WORDS or (w.endswith("ed") and len(w) > 4):
            return False
    return True


def goal_statement(ws: list[str]) -> bool:
    """ "My assignment was to turn ...", "the brief was to ...", "the question was whether we
    could ...": what I was there to do, said as "<my/the> <noun> was to <verb>" (unless the
    noun names an act: "my first step was to")."""
    for i in range(1, min(len(ws) - 2, 6)):
        if ws[i] in ("was", "is") and ws[i + 1] in ("to", "whether", "how"):
            head = ws[:i]
            return head[0] in ("my", "our", "the") and not set(head) & ACT_NOUNS
    return False


def act_statement(ws: list[str]) -> bool:
    """ "Step one was an audit ...", "my next move was a call with ...": a step named as the
    subject of "was", its content a noun phrase."""
    for i in range(1, min(len(ws) - 2, 5)):
        if ws[i] in ("was", "is") and ws[i + 1] in DETERMINERS:
            return bool(set(ws[:i]) & ACT_NOUNS) and ws[0] in ("my", "the", "step", "our")
    return False


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
    """The main clause's verb is a decision of mine ("I decided", "I chose")."""
    return any(
        w == "i" and ws[i + 1] in DECISION_VERBS and not (i and ws[i - 1] in SUBORDINATORS)
        for i, w in enumerate(ws[:-1])
    )


def perceived(ws: list[str]) -> bool:
    """ "I noticed that ...", "while reviewing it, I realized ...": a finding reported."""
    return any(w == "i" and ws[i + 1] in PERCEPTION_VERBS for i, w in enumerate(ws[:-1]))


def step_happened(ws: list[str], clause: Clause) -> bool:
    """A step told as something that happened: a sequence word before the verb ("Next came a
    shadow test") or an act as the subject of a verb of happening ("A replay followed")."""
    verb = ws[clause.verb]
    if verb not in HAPPENING_VERBS:
        return False
    return bool(set(ws[: clause.verb]) & STEP_MARKERS) or bool(
        set(clause.subject_words) & ACT_SUBJECTS
    )


def time_given(ws: list[str]) -> bool:
    """ "I had two weeks to find out why", "we had until Friday to ...": the time I was
    given for the task."""
    for i, w in enumerate(ws[:-3]):
        if w != "had" or (i and ws[i - 1] not in ("i", "we")):
            continue
        j = i + 1
        if ws[j] == "until":
            return "to" in ws[j + 2 : j + 5]
        while j < len(ws) and (is_number(ws[j]) or ws[j] in AMOUNT_WORDS):
            j += 1
        if j > i + 1 and ws[j : j + 1] and ws[j] in TIME_UNITS | {"days", "weeks", "months"}:
            return ws[j + 1 : j + 2] == ["to"]
    return False
