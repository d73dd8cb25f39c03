"""The event a behavioral prompt asks for, read from the prompt's structure alone (round 46).

An outside author's question often has no ``intent``: its prompt is all there is. This module
reads the prompt as a sentence with parts rather than as a bag of words.

Prompt shapes, counted before building (the shipped bank's 34 behavioral prompts; the 95 other
distinct prompts of the test packs, 43 of them without an intent), and how each is read:

* "Tell me about a time you <event>" (shipped 19, outside 67): the event is what follows
  "a time"; "you" is its actor.
* "Tell me about a time <someone or something> <event>" (shipped 5, outside 19): "a
  stakeholder expected more ...", "someone senior told you ...", "a project you worked on
  failed": the clause names that party or thing and what it did.
* "How do you <practice>? Walk me through a real example / Tell me about a specific time / Give
  me an example ..." (shipped 4, outside 1): the practice is the event; the request for an
  example is no part of it.
* "Describe a time / a situation where <event>" (shipped 1, outside 5) and "Give me an example
  of (a time) <event>" (shipped 1, outside 1): read as "a time".
* "Tell me about <a thing> <relative clause>" and "Walk me through <a thing> you <verb>"
  (shipped 3, outside 2): "a mistake you made at work", "a technical bet you made that turned
  out to be wrong", "a production incident ... that you handled": the thing is the event.
* "What's the <thing> you're most proud of" (shipped 1): the thing.
* A second ask, in a later sentence ("How did you decide?", "What did you give up?") or after
  ", and what ..." in the first (22 of the 34 shipped prompts, 62 of the 95 outside ones): kept
  apart as ``follow_ups``, never read as the event.

Inside the event clause, an aside set off by commas (", yours among them,", ", or changing
direction on,") is left out, and so is an alternative ask after ", or" that the clause goes on
without ("said no to a request, or pushed back on a stakeholder"); a list ("an auditor,
regulator or reviewer") is kept whole.

Measured and not kept: the clause cut into typed parts (the verb, its object, the parties, the
outcome) and a story flagged when its own clauses show none of them (the verb in a clause of
the teller's, by stem, five-letter start or an everyday family of the same act). On the dev STAR
sets with every intent removed it flagged 83 relevant stories for 21 off-question ones caught:
a relevant story in plain words tells "a complex technical problem" or "a creative solution"
by what happened, in none of the prompt's words or their families (the record is in
benchmarks/scoring_quality.py, round 46).

Two uses:

* ``AskedEvent.clause``: what the question asks, in its own words, named to the candidate when
  a story is off a question that has no intent ("you brought a new source of data into an
  existing model", where the first-comma cut said "a time you brought ...", "an auditor" or
  "two teams").
* ``typed_kinds``: the kinds of event (event_demand.py) the event's parts make it, when its
  words are not the kind's own: a bet, call or estimate of the teller's own that turned out
  wrong is a mistake; the teller's own work that went badly is a failure; two parties who
  clashed, or needed the same scarce thing, are at odds; another person who told the teller
  their work was not good enough gave criticism; a date that could not move, or work about to
  be late, is a deadline; a model retired or replaced is a stop; a release rolled back is an
  incident; a feature that did not need a model is a simpler solution. A kind's word that only
  names the setting of another thing ("the on-call load", "an incident review process") asks
  for no such event (``names_only_a_setting``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

# The openings of a behavioral prompt: what says "a story, please", not what it is about.
_STORY = r"(?:time|occasion|situation|moment|case|example|instance)"
_POLITE = r"(?:can you |could you |please |so, |now, )?"
_OPENER_RE = re.compile(
    r"^" + _POLITE + r"(?:"
    r"(?:tell|talk) (?:me|us) about (?:a |an |one )?(?:specific |real |recent |particular )?"
    + _STORY
    + r"(?: (?:when|where|that|in which))?"
    r"|describe (?:a |an |one )?(?:specific |real |recent |particular )?"
    + _STORY
    + r"(?: (?:when|where|that|in which))?"
    r"|give (?:me |us )?(?:a |an |one )?(?:specific |real |concrete )?example"
    r"(?: of)?(?: (?:a |one )?" + _STORY + r")?(?: (?:when|where|that|in which))?"
    r"|walk (?:me|us) through"
    r"|(?:tell|talk) (?:me|us) about"
    r"|describe"
    r"|what(?:'s| is| was)"
    r")\s+"
)
_PRACTICE_RE = re.compile(r"^" + _POLITE + r"how (?:do|would|can) you\s+")
_EXAMPLE_ASK_RE = re.compile(
    r"\b(?:example|walk (?:me|us) through|specific time|real time|a time|tell (?:me|us) about)\b"
)
# A second ask inside the first sentence: ", and what did you learn", ", and how did you".
_SECOND_ASK_RE = re.compile(r",? and (?:what|how|why|when)\b")
# An aside between two commas that the clause reads on without ("two teams, yours among them,
# needed"; "stopping, or changing direction on, a project").
_ASIDE_RE = re.compile(r", (?:[^,]{1,40}), (?=\w)")
# An alternative ask the clause ends on ("a request, or pushed back on a stakeholder").
_ALTERNATIVE_RE = re.compile(r", (?:or|and) (?!\w+ (?:or|and)\b)[^,]*$")
# Openings of an aside that a list never has ("yours among them", "for example its tools").
_ASIDE_OPENERS = ("or ", "and ", "for example", "such as", "e.g", "yours", "mine", "including")


@dataclass(frozen=True)
class AskedEvent:
    """What a behavioral prompt asks a story to tell."""

    shape: str  # "time", "practice" (How do you ...? + an example), "thing" (a mistake you made)
    clause: str  # the event in the prompt's own words, opener, asides and later asks cut
    follow_ups: tuple[str, ...]  # the later asks, as written ("how did you decide")


def _sentences(prompt: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", prompt.strip()) if s.strip()]


@lru_cache(maxsize=256)
def asked_event(prompt: str) -> AskedEvent:
    """The event ``prompt`` asks for (see the module's docstring)."""
    sentences = _sentences(prompt.replace("\u2019", "'"))
    if not sentences:
        return AskedEvent("time", "", ())
    first, rest = sentences[0], sentences[1:]
    practice = _PRACTICE_RE.match(first.lower())
    if practice and any(_EXAMPLE_ASK_RE.search(s.lower()) for s in rest):
        shape, clause = "practice", first[practice.end() :]
        rest = [s for s in rest if not _EXAMPLE_ASK_RE.search(s.lower())]
    else:
        opener = _OPENER_RE.match(first.lower())
        clause = first[opener.end() :] if opener else first
        story = bool(opener and re.search(_STORY, opener.group(0)))
        shape = "time" if story or not opener else "thing"
        second = _SECOND_ASK_RE.search(clause)
        if second:
            rest = [clause[second.start() :].lstrip(", "), *rest]
            clause = clause[: second.start()]
    clause = _without_asides(clause.rstrip("?.! "))
    if shape == "practice":
        clause = "how you " + clause
    follow_ups = tuple(s.rstrip("?.! ") for s in rest)
    return AskedEvent(shape, clause, follow_ups)


def _without_asides(clause: str) -> str:
    """``clause`` without its asides and a closing alternative ask (see the module's
    docstring); a list of words between commas is kept."""
    # an example list ("the way your team works, for example its tools, onboarding or
    # practices"; "other functions, such as product, design, legal or operations")
    clause = re.split(r",? (?:for example|such as|e\.g\.|including)\b", clause, maxsplit=1)[0]
    for aside in list(_ASIDE_RE.finditer(clause))[::-1]:
        inner = aside.group(0)[2:-2].strip()
        if inner.startswith(_ASIDE_OPENERS):
            clause = clause[: aside.start()] + " " + clause[aside.end() :]
    alternative = _ALTERNATIVE_RE.search(clause)
    if alternative and not re.search(r"\b(?:or|and)\b", clause[: alternative.start()][-25:]):
        clause = clause[: alternative.start()]
    return re.sub(r"\s+", " ", clause).strip(" ,")


# --- the kinds of event a prompt's parts make it (event_demand.py names them) ---------------

# The teller's own thing: "a bet you made", "your estimate", "something you built", "of yours".
_MINE = (
    r"(?:\byou (?:had )?(?:made|built|shipped|wrote|designed|chose|picked|proposed|led|"
    r"were leading|owned|gave|ran|presented)\b|\byour (?:own )?\w+|\bof yours\b)"
)
_TYPED = (
    # a bet, call or estimate of mine that turned out wrong; something I built that broke
    # through an error of mine
    ("mistake", re.compile(_MINE + r".*\b(?:turned out|proved)\b(?: \w+){0,3} wrong\b")),
    (
        "mistake",
        re.compile(r"\b(?:broke|failed|went wrong)\b.*\b(?:error|mistake|fault) of yours\b"),
    ),
    ("mistake", re.compile(r"\ban? (?:error|mistake|bug) (?:of yours|you made)\b")),
    # my own work that went badly
    ("failure", re.compile(_MINE + r".*\b(?:went|turned out) (?:badly|wrong|poorly)\b")),
    ("failure", re.compile(r"\b(?:went|turned out) (?:badly|poorly)\b.*" + _MINE)),
    # two parties at odds
    ("conflict", re.compile(r"\b(?:clash(?:ed)?|argued|fought|quarrell?ed)\b")),
    ("conflict", re.compile(r"\bneeded the same\b|\bcompeted for the same\b")),
    # another person told me my work was not good enough
    (
        "feedback received",
        re.compile(
            r"\b(?:told|said to|criticised|criticized)\b(?: you)?\b.*\byour (?:\w+ )?(?:work|code|"
            r"design|model|analysis|presentation|writing|proposal)\b.*\b(?:not good enough|"
            r"poor|wrong|weak|sloppy)\b"
        ),
    ),
    # a date that could not move, work about to be late
    (
        "deadline",
        re.compile(r"\bdate (?:\w+ ){0,2}(?:could not|couldn't|would not|wouldn't) move\b"),
    ),
    ("deadline", re.compile(r"\b(?:going|about) to be late\b|\bwas running late\b")),
    # a model retired, replaced or shut down
    (
        "stop",
        re.compile(
            r"\b(?:retired|replaced|decommissioned|shut down|switched off|sunset(?:ted)?|"
            r"turned off)\b"
        ),
    ),
    # a release rolled back
    ("incident", re.compile(r"\broll(?:ed)? back\b")),
    # a feature that did not need a model
    (
        "simpler solution",
        re.compile(
            r"\b(?:did not|didn't|does not|doesn't) need (?:a |an )?(?:machine learning|ml|model)\b"
        ),
    ),
)


@lru_cache(maxsize=256)
def typed_kinds(prompt: str) -> tuple[str, ...]:
    """The names of the kinds of event the asked event's parts make it (see the module's
    docstring), in the order ``_TYPED`` lists them, each once."""
    clause = asked_event(prompt).clause.lower()
    return tuple(dict.fromkeys(kind for kind, rule in _TYPED if rule.search(clause)))


# A word naming the thing a kind's word only describes: "the on-call load", "an incident review
# process", "a deadline calendar".
_SETTING_HEADS = word_set(
    """load loads rota rotas rotation rotations schedule schedules process processes tool tools
    dashboard dashboards template templates calendar calendars budget budgets policy policies
    playbook playbooks channel channels duty duties noise toil"""
)


def names_only_a_setting(prompt: str, start: int, end: int) -> bool:
    """Does the kind's word at ``prompt[start:end]`` only name the setting of another thing
    ("the on-call load around a system"), so that the prompt asks for no such event? It does
    when the next word (past an "or" list: "noise, toil or on-call load") is the head it
    describes."""
    after = re.match(r"[\s-]+([a-z]+)", prompt[end:].lower())
    return bool(after and after.group(1) in _SETTING_HEADS)


# Words of an event clause that say nothing of what happened (who, the field, the setting).
_GENERIC = frozenset(
    stem(w)
    for w in word_set(
        """you your had have was were did do does what how when which why one work made make
        something someone somebody anything most me project problem model models system systems
        machine learning ml team teams any another other such people person time way thing
        still very much really actually out up down over off on in into through about turned
        turn went go going get got take took proved prove ended end"""
    )
)


@lru_cache(maxsize=256)
def own_words(prompt: str) -> frozenset[str]:
    """The stems of the asked event's own words ("roll", "back", "releas" for "you had to roll
    back a model release"): what a story telling that event in the prompt's words says."""
    return frozenset(
        stem(w)
        for w in words(asked_event(prompt).clause)
        if w not in STOPWORDS and stem(w) not in _GENERIC and not w.isdigit()
    )


def says_own_words(prompt: str, tokens: Tokens) -> bool:
    """Does the story say one of the asked event's own words (its stem, or a word sharing its
    first five letters: "replaced" / "replacement")?"""
    asked = own_words(prompt)
    said = set(tokens.stems)
    starts = {s[:5] for s in said if len(s) >= 5}
    return any(a in said or (len(a) >= 5 and a[:5] in starts) for a in asked)
