"""How things stood, told among my steps: the scene, not a step and not an outcome (issue 9,
star67).

The convention (round 67). Three rounds of writers who never saw the scorer label a line that
states how things stood as the situation, even when it stands among the steps ("The queue was
still growing.", "Latency was 900 ms at that point", "Most of the errors were on place names"),
and several of the repository's older sets labelled such lines a step or the result; the
older sets were relabelled to the convention in the same round (75 lines between two steps).
The rule: a state of things is the situation, unless it is the outcome of the speaker's act,
which is the result. An outcome is a change (a quantity that fell or rose, something back to
normal or ready, a thing shipped or ended), someone's assent ("He was fine with it"), a state
lasting from the steps on ("has not failed since") or a state placed at a later point of the
story ("By week four ...", "a year later"): ``change_told``. A state told between two of my
steps that says none of these is how things stood when the next step was taken, and so is
someone's news of it told there ("One of the nurses pointed out that ...": ``fact_reported``).

What makes a sentence a statement of a state is its grammar, not its words (``state_told``):

* the main verb is "be" with a complement that is no past participle (a noun, an adjective, an
  amount, a place: "Noise was bad", "The catch was ...") or with an -ing form (the progressive
  presents an event as going on at the time talked of: "The regression was costing 4 percent a
  day");
* or it says a state went on unchanged ("kept growing", "continued falling", "stayed flat",
  "remained high");
* or it is a stative verb: a verb of relation or condition that English does not put in the
  progressive in that sense ("differed", "lacked", "depended", "matched", "had");
* or it is the past perfect ("had pulled", "had renamed"), which places an event before the
  time the story is at: background to it;

and the subject is not the speaker, and nothing in the sentence is an act of the speaker's (an
"I"/"we" with a past verb, a note of a step with its "I" dropped, a passive act), nor a step or
a duty named as a thing ("The next step was ...", "The fix was ...", "It was on me to ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_between import acted, measured_outcome
from simulator.core.scoring.star_cues import CHANGE_WORDS, ENDINGS, LEADING_WORDS, OUTCOME_VERBS
from simulator.core.scoring.star_findings import noted_act
from simulator.core.scoring.star_grammar import (
    is_adverb,
    is_past,
    later_marker,
    main_clause,
)
from simulator.core.scoring.star_labels import subject_dropped
from simulator.core.scoring.star_predicates import passive_at
from simulator.core.scoring.star_reactions import taken_up
from simulator.core.scoring.star_tense import as_past, sentence_tense, told_in_present
from simulator.core.scoring.text import word_set
from simulator.core.scoring.text import words as text_words

STATE_AMONG_STEPS = "how things stood, told among your steps: the scene, not a step or an outcome"

# The forms of "be" a main clause's verb takes, past and present (a story told in the present).
_BE = word_set("was were is are wasn't weren't isn't aren't")
# Aspectual verbs that say an activity went on ("kept growing", "continued to fall") ...
_WENT_ON = word_set("kept keeps continued continues")
# ... and verbs that say a state went on unchanged ("stayed flat", "remained high").
_STAYED = word_set("stayed stays remained remains")
# Stative verbs: relations and conditions, not acts (English does not use them in the
# progressive in this sense: "*the customers were differing"), in the past and the present.
_STATIVE = word_set(
    """differed lacked contained depended belonged consisted seemed appeared meant matched
    resembled needed owned involved required outnumbered equalled equaled had looked
    differ differs lack lacks contain contains depend depends belong belongs consist consists
    seem seems appear appears mean means match resemble resembles need needs own owns involve
    involves require requires outnumber outnumbers has have looks"""
)
# Words that may stand between the verb and its complement without changing what it is.
_BETWEEN = word_set(
    """still already not n't also only mostly really heavily always never just actually
    basically even all both far much way like um uh pretty very quite a bit then now by
    almost nearly roughly about around"""
)
# Participles that are adjectives of a state of mind or a condition after "be" ("was upset",
# "were stuck", "was biased"): no act done to the subject.
_STATES_OF_MIND = word_set(
    """stuck frustrated worried annoyed confused surprised interested concerned overloaded tired
    bored upset disappointed relieved excited pleased scared embarrassed convinced
    biased skewed mixed outdated"""
)
# The speaker, in any form: a state of mine or ours is no state of things.
_ME = word_set("i we me us my our mine ours myself ourselves")
# Nouns that name an act or a duty, so that "be" after them tells what the act or the duty was
# ("The next step was an audit", "The fix was a cache", "My job was to ..."): a step or a task
# named as a thing, not a state of things.
_ACT_NOUNS = word_set(
    """step steps thing proposal plan idea change fix move decision call question aim goal job
    task role responsibility mistake miss commitment pitch suggestion approach solution answer
    compromise deal option options priority"""
)
# A duty said of me without my being the subject ("it was on me", "the call was mine").
_DUTY_OF_MINE = re.compile(r"\b(?:on (?:me|us)|(?:was|is) (?:mine|ours))\b", re.I)
# A clause that says one thing moved from one value or state to another.
_FROM_TO = re.compile(
    r"\bfrom\b.+\bto\b|\b(?:was|were|is|are|be|went|came|got)\s+back\b|\bno longer\b", re.I
)
# Words that place a state at the same time as the steps, or say it went on as it was:
# "meanwhile", "in the meantime", "all the while", "at the same time", "still".
_AT_THE_SAME_TIME = (
    ("meanwhile",),
    ("in", "the", "meantime"),
    ("all", "the", "while"),
    ("at", "the", "same", "time"),
    ("still",),
)


def state_told(ws: Sequence[str], raw: str) -> str:
    """The kind of state a sentence's main clause states ("copula", "progressive", "went on",
    "stayed", "stative", "perfect"), or "" when it tells an act, a state of the speaker's or
    none (the module's rules). ``ws`` are the sentence's words, ``raw`` its text."""
    words = list(ws)
    clause = main_clause(words, raw)
    if clause.verb < 0 or clause.subject not in ("thing", "person"):
        return ""
    if set(clause.subject_words) & (_ME | _ACT_NOUNS):
        return ""
    past = as_past(words)
    if subject_dropped(words, raw) or noted_act(words, raw) or _my_act(past):
        return ""
    passive = passive_at(past)
    if passive and past[passive - 1] not in _STATES_OF_MIND:
        return ""
    if _DUTY_OF_MINE.search(raw) or _event_joined(raw):
        return ""
    verb = words[clause.verb]
    k = clause.verb + 1
    while k < len(words) and (words[k] in _BETWEEN or is_adverb(words[k])):
        k += 1
    after = words[k] if k < len(words) else ""
    if verb in _BE:
        if after.endswith("ing"):
            return "progressive"
        return "" if _act_participle(after) else "copula"
    if verb in _WENT_ON:
        return "went on" if after.endswith("ing") else ""
    if verb in _STAYED:
        return "stayed"
    if verb == "had" and is_past(after) and after != "had":
        return "perfect"
    return "stative" if verb in _STATIVE else ""


# Verbs of informing: someone made a fact known ("pointed out that ...", "explained that ...",
# "mentioned", "warned", "reminded us", "admitted"), in the past and the present. What they
# report is how things stood, not a decision or an answer (those are "agreed", "decided",
# "approved", "said yes"); what a record "showed" or "revealed" is what a look came to
# (star_findings, round 61). The bare forms are there for a story told in the plain present, as
# speakers of other first languages tell one ("He explain that ...").
_INFORMING = word_set(
    """explained explains explain mentioned mentions mention noted notes warned warns warn
    reminded reminds remind admitted admits admit confessed confesses confess complained
    complains complain"""
)
_POINTED = word_set("pointed points point")
_RELATIVES = word_set("who which that whom whose")


def fact_reported(ws: Sequence[str], raw: str) -> bool:
    """Does someone other than the speaker (a person, or people named by their function: "the
    night supervisor") make a fact known in the main clause, with a verb of informing
    ("explained", "mentioned", "warned", "pointed out") and a clause after it ("One of the
    nurses pointed out that the alarms already rang all night")? What they report is how
    things stood, told through them; the sentence holds no act of the speaker's."""
    words = list(ws)
    clause = main_clause(words, raw)
    if clause.verb < 0 or clause.subject not in ("person", "thing"):
        return False
    head = clause.subject_words
    # (a subject read from a phrase or a relative clause is none: "with a nurse who explained")
    if set(head) & (_ME | _RELATIVES) or (head and head[0] in LEADING_WORDS):
        return False
    verb = words[clause.verb]
    rest = words[clause.verb + 1 :]
    if verb in _POINTED and rest[:1] == ["out"]:
        rest = rest[1:]
    elif verb not in _INFORMING:
        return False
    return len(rest) >= 3 and not acted(as_past(words)) and not subject_dropped(words, raw)


# Words a story's outcome is told with when a thing's state is its outcome: a state reached
# at the end of work ("ready", "done", "live", "went ahead"; a return to one: ``_reached``).
_REACHED = word_set("ready done finished live resolved complete completed over ahead")
# Someone's assent to what I put to them ("He was fine with it", "She was happy with the plan"):
# their answer to my step, unless denied ("He is not happy about it": how he stood).
_ASSENT = word_set("fine happy okay ok comfortable satisfied")
_DENIED = word_set("not n't never isn't wasn't aren't weren't")
# What may stand before "since" when it opens a clause of cause ("..., since a missed date
# meant ..."); elsewhere "since" is of time: a state lasting from the steps on ("has not timed
# out since", "every ticket since March").
_CAUSE_SINCE_BEFORE = word_set("and so but because")
# "since" right after a word (no comma between), that word caught.
_SINCE_OF_TIME = re.compile(r"\b(\w+)\s+since\b", re.I)
# A lapse of time anywhere in the sentence ("a year later", "the next morning").
_LAPSE = re.compile(
    r"\b(?:\w+ (?:days?|weeks?|months?|quarters?|years?) later"
    r"|the (?:next|following) (?:morning|day|week|month|quarter|year|sprint|release))\b",
    re.I,
)


def _my_act(past: Sequence[str]) -> bool:
    """An act of mine or ours anywhere in the sentence: "I"/"we" and a past verb that is no
    state, adverbs between them ("so I mostly listened", "we quickly rolled back")."""
    if acted(past):
        return True
    for k, w in enumerate(past):
        if w not in ("i", "we"):
            continue
        j = k + 1
        while j < len(past) and (past[j] in _BETWEEN or is_adverb(past[j])):
            j += 1
        if j > k + 1 and j < len(past) and acted(["i", past[j]]):
            return True
    return False


def _act_participle(word: str) -> bool:
    """A past participle after "be" that makes a passive of an act ("was retrained", "were
    added"), not one that names a state the thing was in ("was biased", "were stuck", "was
    worried", "was surprised"): the participles of a state of mind or of a condition are
    adjectives after "be". "was built on Java" may be a state, but "was built by me" is an
    act: such participles stay acts."""
    return is_past(word) and word not in _STATES_OF_MIND


def _event_joined(raw: str) -> bool:
    """Does a clause joined on (after ", and", ", so" or a semicolon) tell an act in the
    passive ("..., so a colour correction step was added")? A sentence tells each clause it
    joins: one that tells an act is no statement of a state alone. (Someone else's act in the
    active after ", and" is not read so: "..., and the fraudsters moved on" still tells how
    things stood; tried, it took two scene lines of this round's check set from the scene.)"""
    return any(_passive_act(text_words(clause)) for _mark, clause in _JOINED.findall(raw))


# A clause joined to the one before: its joining mark and its words, to the next mark.
_JOINED = re.compile(r"(,\s*and\b|,\s*so\b|;)([^,;]*)", re.I)


def _passive_act(ws: Sequence[str]) -> bool:
    for k, w in enumerate(ws[:-1]):
        if w not in _BE:
            continue
        j = k + 1
        while j < len(ws) - 1 and (ws[j] in _BETWEEN or is_adverb(ws[j])):
            j += 1
        if _act_participle(ws[j]):
            return True
    return False


def _reached(words: Sequence[str]) -> bool:
    """A state reached, said after the verb ("was ready", "went live", "is finally done"), or
    a return to a state ("was right again"): an end state of the work. Before a noun the same
    words only describe it ("the live traffic", "was the live version"); "again" after another
    verb repeats an act ("we'd never see them again")."""
    for k, w in enumerate(words):
        if w in _REACHED:
            j = k - 1
            while j > 0 and (words[j] in _BETWEEN - {"a"} or is_adverb(words[j])):
                j -= 1
            if j >= 0 and words[j] in _BECAME:
                return True
        if w == "again" and set(words[max(0, k - 3) : k]) & _BE:
            return True
    return False


# Verbs after which an adjective says the state the subject was in or came to.
_BECAME = _BE | word_set("went go goes gone became become becomes got")


def _assented(words: Sequence[str]) -> bool:
    """ "He was fine with it", "She was happy about the plan": an adjective of assent with what
    it assents to, not denied ("the travel part was fine" says how a thing stood)."""
    if set(words) & _DENIED:
        return False
    return any(
        w in _ASSENT and words[k + 1 : k + 2] in (["with"], ["about"]) for k, w in enumerate(words)
    )


def change_told(ws: Sequence[str], raw: str) -> bool:
    """Does the sentence tell a change or a later point, the marks of an outcome of my act:
    a quantity changed by a measure, a verb of change or of an end ("dropped", "shipped",
    "shut"), a move from one value to another ("from 31 to 18 percent", "back to normal", "no
    longer"), a state reached or returned to ("ready", "done", "live", "right again"),
    someone's assent ("He was fine with it"), a state lasting from the steps on ("has not
    failed since", "every ticket since March"), or a later point of the story ("By week four,
    ...", "a year later", "the next morning")?"""
    words = list(ws)
    if measured_outcome(words, raw) or set(words) & (CHANGE_WORDS | ENDINGS | OUTCOME_VERBS):
        return True
    if _FROM_TO.search(raw) or _LAPSE.search(raw) or later_marker(words):
        return True
    if _reached(words):
        return True
    if _assented(words) or taken_up(words):
        return True
    return any(w.lower() not in _CAUSE_SINCE_BEFORE for w in _SINCE_OF_TIME.findall(raw))


def _at_the_same_time(ws: Sequence[str]) -> bool:
    words = list(ws)
    return any(
        tuple(words[k : k + len(p)]) == p for p in _AT_THE_SAME_TIME for k in range(len(words))
    )


def state_among_steps(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    texts: Sequence[str],
    named_steps: Sequence[bool] = (),
) -> list[int]:
    """Sentences read as a step or the result that state how things stood (``state_told``)
    or report someone's news of it (``fact_reported``, between two steps only), and tell no
    change (``change_told``): told between two of my steps, or after a step as going on at the
    same time ("meanwhile", "still") or as an activity that went on ("The queue of new
    requests kept growing"; not "Memory stayed flat" after the last step, which may be what
    the steps kept as it was). How things stood while the steps were taken is the scene (the
    module's convention). The steps are those the labels read so far; what came of them is
    told as a change or at a later point, and keeps its label. ``named_steps``: the sentences
    that name a step of mine as a thing in a frame of order ("The final piece was a weekly
    chart", round 35's STEP_AS_NOUN): "be" there tells what the step was, not a state."""
    found: list[int] = []
    # In a story told in the past, the present tense speaks from the time of the telling: a
    # state so told after the last step ("This rotation still exists", "That piece is still in
    # use") is how things stand since the story, what came of it, not how they stood then.
    in_the_past = not told_in_present(words)
    for i, label in enumerate(labels):
        if label not in ("action", "result") or "action" not in labels[:i]:
            continue
        if i < len(named_steps) and named_steps[i]:
            continue
        kind = state_told(words[i], texts[i])
        between = "action" in labels[i + 1 :]
        if not between and in_the_past and sentence_tense(words[i]) == "present":
            continue
        if not kind and between and fact_reported(words[i], texts[i]):
            kind = "reported"
        if not kind or change_told(words[i], texts[i]):
            continue
        if between or kind == "went on" or _at_the_same_time(words[i]):
            found.append(i)
    return found
