"""The question's ask met by the roles of a story's sentences (issue 9, round 55, rel55).

owned_ask.py reads seven asks, each by phrases of its own. The relevant stories the lead's blind
sets still flag tell their ask in plain words and out of order: a stakeholder who "wanted the
model to replace the agents' notes" (no "expected", no "unrealistic"), persuaded by what the
teller showed her, who then agreed; a pipeline that "was maintained by the data platform team",
fixed by the teller, whose "I had been asked only to improve the model" comes late; a new grad
helped, told in the present, whose growth is what he does at the close. Their words are the
field's; what makes them answer the question is who does what: another party wants something
(or owns it, or is new), the teller acts on that, and the story closes on that party's change.

An ask is read as roles, each in its own kind of clause (event_demand.teller_clauses: "I" or
"we" in the clause, a note with its subject dropped, a passive with no doer named; another
party's clause opens on someone else, "our head of support wanted ...", "she agreed"):

* the premise, in another party's clause where the story sets its scene (its situation or task
  sentences, or its first two): a stakeholder's want ("wanted", "expected", "told her team it
  would"); the thing owned by another ("maintained by the data platform team", "was the platform
  group's"); a person new ("a new grad on my team", "joined the team");
* the teller's act on it, in a clause of the teller's: showing, explaining, proposing (a want);
  deciding, fixing, tracing (a thing owned by another); asking, pairing, reviewing with him or her
  (a newcomer);
* the close, in a result sentence or the story's first or last: the other party agreeing or
  taking the plan up ("she agreed", "she reset the goal with her team"); the newcomer's own
  growth ("he presents that fix at our team demo himself"); any outcome, for ownership;
* what tells the ask from its neighbours: the model's shortfall in another party's clause ("got a
  refund amount wrong", "the best we could do was rank"; not "I explained that the scores could
  not leave", a refusal: push-back), for the expectation; not-mine said by the teller ("it was not
  really mine to fix", "not by my team", "asked only to improve the model"), for ownership.

Read last, on a story some rule flagged, after owned_ask. A story some rule named another
question's by a directed reading (``mirrored``) or by the loaded bank's question (``by_rival``)
stays flagged: that question's ask is read as clearly better met.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from simulator.core.scoring.event_demand import teller_clauses
from simulator.core.scoring.text import Tokens

_SCENE_PARTS = frozenset(("situation", "task"))
_CLOSE_PARTS = frozenset(("result",))
_OPENING = 2


@dataclass(frozen=True)
class Ask:
    """What a prompt asks, as roles: the prompt words asking it, the premise said in another
    party's clause of the scene, the teller's act in a clause of the teller's, the close, and
    what tells this ask from its neighbours (said anywhere)."""

    name: str
    asked_by: re.Pattern[str]
    premise: re.Pattern[str]
    act: re.Pattern[str]
    close: re.Pattern[str]
    # where the close is read: in another party's clause ("theirs") or the teller's ("mine")
    close_in: str
    marker: re.Pattern[str]
    # where the marker is read: in another party's clause ("theirs": the model's shortfall, not
    # "I explained that the raw scores could not leave", a refusal of mine) or the teller's
    # ("mine": "it was not really mine to fix")
    marker_in: str


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# A person new or less experienced (the one a mentoring story helps grow).
_NEWCOMER = (
    r"new (?:grad|graduate|hire|joiner|starter|engineer|analyst|colleague|teammate)",
    r"newest",
    r"junior",
    r"intern",
    r"graduate",
    r"grad",
    r"apprentice",
    r"joined (?:us|the team|my team|our team)",
    r"(?:his|her|their) first (?:job|year|role|project|month)",
    r"less experienced",
)
_ASKS = (
    Ask(
        "expectation",
        _words(r"expected more", r"expect(?:ed|ing)? (?:\w+ ){0,4}more", r"unrealistic"),
        _words(
            r"wanted",
            r"expected",
            r"asked (?:us |me |my team )?for",
            r"hoped",
            r"insisted",
            r"was sure",
            r"were sure",
            r"believed",
            r"assumed",
            r"promised",
            r"had told",
            r"had seen",
            r"(?:told|promised) (?:\w+ ){1,4}(?:that )?it would",
            r"said (?:that )?it would",
        ),
        _words(
            r"showed",
            r"explained",
            r"walked (?:\w+ ){0,3}through",
            r"went through",
            r"sat down",
            r"suggested",
            r"proposed",
            r"offered",
            r"reframed",
            r"set out",
            r"compared",
            r"presented",
            r"met (?:him|her|them)",
        ),
        _words(
            r"agreed",
            r"accepted",
            r"(?:was|were) happy",
            r"signed",
            r"approved",
            r"came (?:round|around)",
            r"went with",
            r"took (?:that|the|our|my) (?:plan|proposal|offer|version)",
            r"saw the problem",
            r"adopted",
            r"uses",
            r"used (?:it|them|the)",
            r"reset",
            r"asked for the same",
        ),
        "theirs",
        _words(
            r"wrong",
            r"invent(?:ed|s)?",
            r"made[- ]up",
            r"never happened",
            r"left out",
            r"dropped a",
            r"missed",
            r"could not",
            r"couldn't",
            r"cannot",
            r"can't",
            r"at best",
            r"the best (?:\w+ ){0,3}could",
            r"errors?",
        ),
        "theirs",
    ),
    Ask(
        "ownership",
        _words(
            r"ownership",
            r"(?:wasn't|was not|not) (?:strictly |formally )?your (?:responsibility|job)",
        ),
        re.compile(
            r"\b(?:(?:was|were) (?:the )?[\w-]+ (?:group|team|department)'s|"
            r"(?:owned|maintained|run|managed|built) by (?:the|another|a different|an outside)|"
            r"belonged to|(?:their|another|other) (?:team|group)'s)"
        ),
        _words(
            r"decided",
            r"fixed",
            r"wrote (?:a|the) fix",
            r"traced",
            r"stepped in",
            r"took (?:it|this|that) on",
            r"picked (?:it|this) up",
            r"volunteered",
            r"read (?:the|their) (?:\w+ ){0,2}code",
        ),
        _words(r".+"),
        "any",
        re.compile(
            r"\b(?:not (?:really |strictly |formally )?(?:mine|my (?:job|problem|team|system|"
            r"responsibility|area))|(?:wasn't|was not|isn't) (?:really |strictly )?(?:mine|my "
            r"(?:job|problem|team|system|responsibility|area))|none of (?:this|it|that) was my|"
            r"not (?:by|in|on) (?:my|our) team|(?:asked|hired|there) only to|only (?:been )?asked to)"
        ),
        "mine",
    ),
    Ask(
        "helping",
        _words(r"mentor(?:ed)?", r"junior", r"helped a colleague grow", r"less experienced"),
        _words(*_NEWCOMER),
        # the teller's act done with or for that person: "I ask him to walk me through", "I
        # paired with her", "I gave him the dashboard to build"
        re.compile(
            r"\b(?:ask|asked|pair|paired|sit|sat|meet|met|start|started|give|gave|review|"
            r"reviewed|coach|coached|teach|taught|show|showed|walk|walked|agree|agreed|let|hand|"
            r"handed)\b(?: \w+){0,6}? (?:him|her|them)\b|\b(?:with|for) (?:him|her|them)\b"
        ),
        # that person's own growth where the story closes: "He presents that fix at our team
        # demo himself", "she now mentors the next new hire"
        re.compile(
            r"^(?:\w+ ){0,6}?(?:he|she|his|her)\b(?: \w+){0,6}? (?:presents?|presented|leads?|led|"
            r"runs?|ran|owns?|owned|demoed|ships?|shipped|promoted|mentors?|mentored|takes?|took|"
            r"finds?|found|approved|built|builds|now)\b"
        ),
        "theirs",
        _words(r".+"),
        "theirs",
    ),
)


def _asks(prompt: str) -> tuple[Ask, ...]:
    text = prompt.lower()
    return tuple(a for a in _ASKS if a.asked_by.search(text))


def _roles(tokens: Tokens) -> list[tuple[int, list[tuple[str, bool]]]]:
    """Each sentence's index and its clauses (their text, and whether the teller's)."""
    out = []
    for i, sentence in enumerate(tokens.sentences):
        said = tokens.words[sentence.first_word : sentence.last_word]
        out.append((i, [(" ".join(ws), mine) for ws, mine in teller_clauses(sentence, said)]))
    return out


_JOINS = frozenset(("and", "but", "so", "then", "also", "because", "while", "when", "though"))
# The teller as the subject: "I", "we" (not "our": "our head of support wanted" is hers).
_TELLER_SUBJECTS = frozenset(("i", "we", "i'd", "we'd", "i've", "we've", "i'm", "we're"))


def _by_another(pattern: re.Pattern[str], text: str) -> bool:
    """Is ``pattern`` said in the clause ``text`` whose subject is not the teller: it does not
    open on "I" or "we" (after a joining word), someone else's want, ownership or agreement
    ("our head of support had heard we were building ... and told her team it would ...", "she
    agreed"), not "I explained that the raw scores could not leave"?"""
    ws = text.split()
    while ws and ws[0] in _JOINS:
        ws = ws[1:]
    return bool(ws) and ws[0] not in _TELLER_SUBJECTS and bool(pattern.search(text))


def _met(
    ask: Ask, sentences: list[tuple[int, list[tuple[str, bool]]]], labels: Sequence[str] | None
) -> bool:
    """Is ``ask`` met by the clauses of ``sentences`` (``_roles``)?"""
    last = len(sentences) - 1

    def part(i: int) -> str:
        return labels[i] if labels is not None and i < len(labels) else ""

    scene = [c for i, cs in sentences if i < _OPENING or part(i) in _SCENE_PARTS for c in cs]
    closing = [c for i, cs in sentences if i in (0, last) or part(i) in _CLOSE_PARTS for c in cs]
    every = [c for _, cs in sentences for c in cs]
    premise = any(_by_another(ask.premise, text) for text, _ in scene)
    act = any(mine and ask.act.search(text) for text, mine in every)
    if ask.close_in == "theirs":
        close = any(_by_another(ask.close, text) for text, _ in closing)
    else:
        close = any(ask.close.search(text) for text, _ in closing)
    if ask.marker_in == "theirs":
        marker = any(_by_another(ask.marker, text) for text, _ in every)
    else:
        marker = any(ask.marker.search(text) and mine for text, mine in every)
    return premise and act and close and marker


def ask_met(prompt: str, tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """Does the story meet what ``prompt`` asks by the roles of its sentences (the premise in
    another party's clause of the scene, the teller's act, the close, and what tells the ask
    from its neighbours)?"""
    if not tokens.words:
        return False
    asks = _asks(prompt)
    if not asks:
        return False
    sentences = _roles(tokens)
    return any(_met(ask, sentences, labels) for ask in asks)
