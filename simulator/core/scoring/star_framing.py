"""An opening line whose main clause is about the story, not in it (issue 9, star52).

The lead's blind sets label as other (framing) every opening line whose main clause points at
or names the story, whatever place or time it names: "So this happened when I was at a fintech
startup.", "Okay so, um, this one's from when I was at a mid-sized bank.", "The project I'd
pick is a technician dispatch model at a utility company.", "The hardest one I've done is
predictive maintenance for wind turbine gearboxes.", "Okay so, um, this one's a bit of a rabbit
hole." The hand-labelled sets were made to agree (star52). The line is read by its clauses
(its comma pieces), not by its words:

* the main clause has the story as its subject: a pointer ("this", "that", "this one"), "the
  one / project / example ... (that I would pick, I'm proudest of)" or "the following", then a
  verb of being, happening or coming from ("is", "was", "happened", "goes back", "comes from",
  "concerns");
* every other piece is a lead-in ("Okay so, um"), a place or a time with no verb ("about two
  years ago"), a relative or adverbial clause hanging on what the main clause names ("where I
  led the data team", "when I was at a bank"), or the teller speaking now ("I think", "bear with
  me", "I'll get to it");
* no piece is a clause of its own telling the scene: a subject of the story's world with its own
  verb ("..., and most of the people involved were not engineers", "..., we'd spent five months
  building it", "..., and honestly it looked great on her laptop"). Such a line tells the scene:
  the situation.

Not "It was a Friday night." (no pointer: the scene, dated), nor "That was an OCR project for
a logistics client ..." after the result told first (only the opening line is framed), nor a
note-form line naming company, team or time, which places the story without pointing at it.
"""

from __future__ import annotations

import re

from simulator.core.scoring.star_cues import CHANGE_WORDS, IRREGULAR_PAST
from simulator.core.scoring.star_remarks import split_is
from simulator.core.scoring.star_telling import _after_lead_ins
from simulator.core.scoring.text import is_number, word_set, words

# The story named as a noun: "the project I'm proudest of", "the one that comes to mind".
_STORY_NOUNS = word_set(
    """project example story case one episode instance situation thing work incident answer"""
)
# Verbs whose subject, the story, is said to be, to have happened or to come from somewhere.
_ABOUT_VERBS = word_set("is was happened goes went comes came dates concerns")
_MY_STORY_NOUNS = word_set("answer example story")
# "the story's a good one", read with "is" as star_remarks.split_is reads "it's".
_STORY_IS = ("story's", "answer's")
# What singles the story out as the one I picked: "the best example", "the one I'd pick".
_PICKING = word_set("best worst first main clearest biggest only")
_MY_CLAUSE = word_set("i i'd i've i'm i'll we we've we'd")
# How the teller speaks now, about the telling: "I think it's ...", "I promise".
_TELLER_VERBS = word_set("think guess mean promise suppose would will can could want hope say")
_ADVERBS = word_set("eventually finally then later quickly basically actually just")
# A verb of a clause of its own: a finite form or a past form.
_FINITE_HERE = word_set(
    """was were is are had has have did do does could would will can should must might
    wasn't weren't didn't couldn't hadn't isn't"""
)
_LINKS = word_set("and but then yet honestly actually basically well like")
# What opens a piece hanging on the main clause: a relative, a concession, a consequence.
_HANGING = word_set(
    "which who whom whose where when while though although because since so as if that"
)
_TELLER_OR_LISTENER = word_set("i i'm i'd i'll i've you you've you'd you'll")
_BEFORE_ADJECTIVES = word_set("a an the mid well half fully highly semi very so")
_PIECES = re.compile(r"[,;:\u2014\u2013]|\s-\s|\.\.\.")
# "Example: ...", also as the note's head is read ("Example was ...": star_notes.py)
_OPENING_NOTE = re.compile(r"^\W*(?:example|story|case)\s*(?::|was\b)", re.IGNORECASE)
# What measures a change said in the name ("cut returns by a fifth", "down to two days").
_MEASURE_LINKS = word_set("by to from")
RELATIVE_MAX_WORDS = 10
SUBJECT_MAX_WORDS = 6


def _story_verb(rest: list[str]) -> int:
    """Where the verb of a main clause whose subject is the story stands in ``rest`` (-1 if
    the clause's subject is not the story)."""
    if not rest:
        return -1
    if rest[0] == "there's" or rest[:2] == ["there", "is"]:
        # "Right, let me think, there's a good one from my last job."
        k = 1 if rest[0] == "there's" else 2
        return k if set(rest[k : k + 4]) & _STORY_NOUNS else -1
    if rest[0] in ("this", "that"):
        k = 2 if rest[1:2] == ["one"] else 1
        return k if rest[k : k + 1] and rest[k] in _ABOUT_VERBS else -1
    if rest[:2] == ["the", "following"]:
        return 2 if rest[2:3] and rest[2] in _ABOUT_VERBS else -1
    if rest[0] == "my" and rest[1:2] and rest[1] in _MY_STORY_NOUNS:
        # "my answer's kind of boring": my answer, the story
        return 2 if rest[2:3] and rest[2] in _ABOUT_VERBS else -1
    if rest[0] != "the":
        return -1
    noun = next((k for k in range(1, min(5, len(rest))) if rest[k] in _STORY_NOUNS), -1)
    if noun < 0 or any(w in _ABOUT_VERBS for w in rest[1:noun]):
        return -1
    # the story is the one I pick: "the hardest one", "the best example" (a superlative), or
    # "the project I'd pick", "the one that comes to mind" (a relative clause of mine); "the
    # project was cancelled" is the story's own project
    picked = any(w.endswith("est") or w in _PICKING for w in rest[1:noun])
    after = rest[noun + 1 : noun + 3]
    mine = bool(after) and (after[0] in _MY_CLAUSE or after == ["that", "i"])
    came = rest[noun + 1 : noun + 5] == ["that", "comes", "to", "mind"]
    if not (picked or mine or came):
        return -1
    for k in range(noun + 1, min(len(rest), noun + 2 + RELATIVE_MAX_WORDS)):
        w = rest[k]
        if w in ("is", "was", "concerns") or (w == "comes" and rest[k + 1 : k + 2] == ["from"]):
            return k
    return -1


def _event_after(predicate: list[str]) -> bool:
    """Does the predicate open on a verb ("was cancelled after six months"): an event of the
    story's own thing, not the story named?"""
    head = [w for w in predicate[:2] if w not in _ADVERBS][:1]
    return bool(head) and (
        head[0] in IRREGULAR_PAST or (head[0].endswith("ed") and len(head[0]) > 4)
    )


def _outcome_told(predicate: list[str], later: list[list[str]]) -> bool:
    """Does what the story is named as tell its outcome ("a model that reduced food waste by
    eighteen percent", "a speech model that now runs on every hearing aid"): the result told
    first, not a frame?"""
    said = predicate + [w for p in later for w in p]
    measured = any(is_number(w) and w != "one" for w in said) or bool(set(said) & _MEASURE_LINKS)
    return (bool(set(said) & CHANGE_WORDS) and measured) or "now" in predicate


def _teller_now(rest: list[str]) -> bool:
    """ "I think", "I'll get to the example", "let me think", "bear with me": the teller
    speaking now, about the telling."""
    if rest[0] in ("i'll", "i'd") or rest[:2] in (["let", "me"], ["bear", "with"]):
        return True
    return rest[0] == "i" and rest[1:2] != [] and rest[1] in _TELLER_VERBS


def _tells_scene(piece: list[str]) -> bool:
    """Is a piece after the main clause a clause of its own telling the scene: a subject that
    is not the teller, with a verb of its own ("and half the members had left by March",
    "we'd just lost our only data engineer")? Not a piece hanging on the main clause ("which
    is a whole other story", "though it dragged on", "so it was on me"), not the teller or the
    listener ("I won't name it", "you've probably heard of it"), not a place or a time with no
    verb ("about two years ago", "a mid-sized bank")."""
    while piece and piece[0] in _LINKS:
        piece = piece[1:]
    if len(piece) < 2 or piece[0] in _HANGING or piece[0] in _TELLER_OR_LISTENER:
        return False
    if piece[0] == "it" and piece[1] in ("is", "was") and piece[2:3] in (["a"], ["an"]):
        return False  # "it's a fitness app": the place named again
    if piece[0].endswith(("'d", "'ve", "'re")):
        return True  # "we'd just lost ...", "they've ..."
    return any(_verb_of_its_own(piece, k) for k in range(1, min(len(piece), SUBJECT_MAX_WORDS)))


def _verb_of_its_own(piece: list[str], k: int) -> bool:
    w = piece[k]
    if w in _FINITE_HERE or w in IRREGULAR_PAST:
        return True
    # a past form, not an adjective in a noun phrase ("a mid-sized bank", "a well-known app")
    return w.endswith("ed") and len(w) > 4 and piece[k - 1] not in _BEFORE_ADJECTIVES


def _any_scene(pieces: list[list[str]]) -> bool:
    """Does any piece tell the scene? A piece hanging on the main clause ("so the data, the
    model and the evaluation were mine") runs on until a piece opens with "and" or "but"."""
    hanging = False
    for piece in pieces:
        if not piece:
            continue
        if piece[0] in _HANGING:
            hanging = True
            continue
        if hanging and piece[0] not in ("and", "but"):
            continue
        hanging = False
        if _tells_scene(piece):
            return True
    return False


def tells_scene_after(raw: str) -> bool:
    """Does a piece after the sentence's first tell the scene in a clause of its own?"""
    pieces = [split_is(words(p), _STORY_IS) for p in _PIECES.split(raw)][1:]
    return _any_scene(pieces)


def story_framed(raw: str) -> bool:
    """Is the opening line framing: its main clause about the story (module docstring)?"""
    if _OPENING_NOTE.match(raw):
        return True  # "Example: support ticket routing, previous job."
    pieces = [split_is(words(p), _STORY_IS) for p in _PIECES.split(raw)]
    pieces = [p for p in pieces if p]
    main = -1
    for n, piece in enumerate(pieces):
        rest = _after_lead_ins(piece)
        if not rest:
            continue  # "Okay so, um,"
        verb = _story_verb(rest)
        if verb >= 0:
            if _event_after(rest[verb + 1 :]) or _outcome_told(rest[verb + 1 :], pieces[n + 1 :]):
                return False
            main = n
            break
        if _teller_now(rest):
            continue  # "Right, let me think,": the teller speaking now
        return False  # a first clause of another kind: the scene, or a remark of its own
    if main < 0:
        return False
    return not _any_scene(pieces[main + 1 :])
