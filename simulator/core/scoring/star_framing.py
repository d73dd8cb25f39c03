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

Round 53 (star53) reads the same convention in more of its forms: the story pointed at as
"this one" whatever its verb ("Um, this one stung a bit."); the pick named now, in the present
("I think it's gotta be the scam-listing detector", "that's easy, it's the transit delay
predictor"); any noun picked by a relative clause of the teller now ("The feedback I'm
thinking of came after ...", "The failure I would describe took place at ..."); "the
following (episode) occurred"; a judgement that picks it out ("A good example is ...",
"Biggest one was probably ...", "the" left out); the teller's choosing with the story as its
object ("Sure, I'll take the warehouse one.", "let me pick the satellite one"); a word or two
of the question said back before it ("Hmm, proudest, ..."); and a later piece that names the
story picked is no scene ("..., but the clearest case was at my last startup").

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
_ABOUT_VERBS = word_set("is was happened happens goes went comes came dates concerns")
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
    if rest[0] == "there's" or rest[:2] in (["there", "is"], ["there", "are"]):
        # "Right, let me think, there's a good one from my last job.", "there are a few"
        k = 1 if rest[0] == "there's" else 2
        return k if set(rest[k : k + 4]) & (_STORY_NOUNS | _SOME) else -1
    if rest[0] in ("this", "that") and rest[1:2] == ["one"]:
        # "This one stung a bit.", "this one still hurts", "that one took longer to explain
        # than to fix": the story pointed at is the subject, whatever its verb (star53)
        return _verb_at(rest, 2)
    if rest[0] in ("this", "that"):
        return 1 if rest[1:2] and rest[1] in _ABOUT_VERBS else -1
    if rest[:2] == ["it", "is"] and _answer_named(rest[2:]):
        # "I think it's gotta be the scam-listing detector", "that's easy, it's the transit
        # delay predictor": the teller naming their pick now, in the present (star53); "It
        # was a Friday night" is the story's own time, the scene
        return 1
    if rest[:2] == ["the", "following"]:
        k = 3 if rest[2:3] and rest[2] in _STORY_NOUNS else 2
        return k if rest[k : k + 1] and rest[k] in _ABOUT_VERBS | _HAPPENED else -1
    if rest[0] == "my" and rest[1:2] and rest[1] in _MY_STORY_NOUNS:
        # "my answer's kind of boring": my answer, the story
        return 2 if rest[2:3] and rest[2] in _ABOUT_VERBS else -1
    if rest[0] not in ("the", "a") and (rest[0].endswith("est") or rest[0] in _PICKING):
        # "Biggest one was probably the churn model": "the" left out (star53)
        rest = ["the", *rest]
        verb = _story_verb(rest)
        return verb - 1 if verb > 0 else -1
    if rest[0] not in ("the", "a"):
        return -1
    noun = next((k for k in range(1, min(5, len(rest))) if rest[k] in _STORY_NOUNS), -1)
    thinking = _teller_relative(rest)
    if thinking > 0 and rest[0] == "the":
        # "The feedback I'm thinking of came after ...", "The failure I would describe took
        # place at ...": whatever noun heads it, a relative clause of the teller now makes the
        # subject the story picked (star53)
        noun = thinking - 1
    if noun < 0 or any(w in _ABOUT_VERBS for w in rest[1:noun]):
        return -1
    # the story is the one I pick: "the hardest one", "the best example", "a good example" (a
    # superlative or a judgement), or "the project I'd pick", "the one that comes to mind" (a
    # relative clause of mine); "the project was cancelled" is the story's own project
    judged = _PICKING | (_JUDGING if rest[0] == "a" else frozenset())
    picked = any((w.endswith("est") and len(w) > 4) or w in judged for w in rest[1:noun])
    after = rest[noun + 1 : noun + 3]
    mine = bool(after) and (after[0] in _MY_CLAUSE or after == ["that", "i"]) and rest[0] == "the"
    came = rest[noun + 1 : noun + 5] == ["that", "comes", "to", "mind"]
    if not (picked or mine or came):
        return -1
    for k in range(noun + 1, min(len(rest), noun + 2 + RELATIVE_MAX_WORDS)):
        w = rest[k]
        if w in ("is", "was", "concerns") or (w == "comes" and rest[k + 1 : k + 2] == ["from"]):
            return k
        if thinking > 0 and k > thinking + 2 and _verb_at(rest, k) == k and w not in _NOT_MAIN:
            return k  # "The disagreement I'm thinking of started over a launch date"
    return -1


# Words after the teller's relative clause that are not the subject's own verb.
_NOT_MAIN = word_set("of is about in mind")
# "there are a few", "there are several": the teller has stories to pick from.
_SOME = word_set("few several many couple some lots")
# What a story did, said of it as a whole: "the following took place", "occurred".
_HAPPENED = word_set("occurred took came")
# A judgement that picks an example out: "a good example is", "a classic case was".
_JUDGING = word_set("good great clear classic typical recent nice perfect")
# Words between the story pointer and its verb: "this one still hurts", "that one really kept".
_POINTER_ADVERBS = word_set(
    "still really honestly actually kind sort of probably definitely always just also"
)
# The teller's present act of choosing, in a relative clause: "the one I'm thinking of".
_TELLER_NOW = (
    ("i'm", "thinking"),
    ("i", "am", "thinking"),
    ("i", "would", "describe"),
    ("i'd", "describe"),
    ("i", "would", "pick"),
    ("i'd", "pick"),
    ("i", "would", "choose"),
    ("i'd", "choose"),
    ("i", "can", "think"),
    ("i", "have", "in", "mind"),
    ("i", "would", "give"),
    ("i'd", "give"),
)
# Hedges of a pick said now: "it's gotta be", "it's probably", "it would have to be".
_PICK_HEDGES = word_set("gotta got to be has have probably definitely going um uh easily")
_DETERMINERS = word_set("the a an my our this that")


def _verb_at(rest: list[str], k: int) -> int:
    """The index of a verb at ``k`` after any adverbs ("still hurts", "really kept"), or -1."""
    while k < len(rest) and rest[k] in _POINTER_ADVERBS:
        k += 1
    if k >= len(rest):
        return -1
    w = rest[k]
    verb = (
        w in _ABOUT_VERBS
        or w in _FINITE_HERE
        or w in IRREGULAR_PAST
        or (w.endswith("ed") and len(w) > 4)
        or (w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is")))
        # "this one stung a bit": a verb the lists lack, known by the object after it
        or (w.isalpha() and rest[k + 1 : k + 2] in (["a"], ["me"], ["us"], ["everyone"]))
    )
    return k if verb else -1


def _answer_named(after: list[str]) -> bool:
    """After "it is": hedges of a pick ("gotta be", "probably") and then a noun phrase ("the
    crop disease app"), with at least one hedge or a determiner the teller repeats ("the, um,
    the"); a plain "it is a fitness app" or "it's the week before" is not read so."""
    k = 0
    while k < len(after) and after[k] in _PICK_HEDGES:
        k += 1
    if k >= len(after) or after[k] not in _DETERMINERS:
        return False
    return k > 0


def _teller_relative(rest: list[str]) -> int:
    """Where a relative clause of the teller now ("I'm thinking of", "I would describe")
    starts in the subject (within its first few words), or -1."""
    for k in range(2, min(len(rest), 6)):
        if any(tuple(rest[k : k + len(t)]) == t for t in _TELLER_NOW):
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


# "I think", "I guess", "I'd say": the teller's view before a pick said now.
_OPINING = word_set("think guess suppose say")
ECHO_MAX_WORDS = 2
_PICKING_VERBS = word_set("take pick choose give go start tell talk describe share use")


def _picks_a_story(rest: list[str]) -> bool:
    """After the teller's "I'll" or "let me", a verb of choosing or telling whose object is a
    story noun within a few words ("take the warehouse one", "give a real example")."""
    k = 2 if rest[0] in ("let", "i") else 1
    while k < len(rest) and rest[k] in ("like", "to", "will", "can", "could", "would"):
        k += 1
    if k >= len(rest) or rest[k] not in _PICKING_VERBS:
        return False
    return bool(set(rest[k + 1 : k + 6]) & (_STORY_NOUNS | {"part"}))


def _has_verb(rest: list[str]) -> bool:
    return any(_verb_of_its_own(rest, k) for k in range(1, len(rest))) or any(
        w in _FINITE_HERE or w in IRREGULAR_PAST for w in rest
    )


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
    piece = _after_lead_ins(piece)
    if len(piece) < 2 or piece[0] in _HANGING or piece[0] in _TELLER_OR_LISTENER:
        return False
    if piece[0] == "it" and piece[1] in ("is", "was") and piece[2:3] in (["a"], ["an"]):
        return False  # "it's a fitness app": the place named again
    if piece[:2] == ["it", "is"] and piece[2:3] and piece[2] in _DETERMINERS | _PICK_HEDGES:
        return False  # "that's easy, it's the transit delay predictor": the pick named (star53)
    if _story_verb(piece) >= 0:
        return False  # "..., but the clearest case was at my last startup": the story named
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
        if _teller_now(rest) and rest[1:2] and rest[1] in _OPINING:
            # "I think it's the one at the hospital": the teller's "I think" before the pick
            said = rest[2:]
            if (
                said[:2] == ["it", "is"]
                and said[2:3]
                and (said[2] in _DETERMINERS or _answer_named(said[2:]))
            ):
                main = n
                break
        verb = _story_verb(rest)
        if verb >= 0:
            if _event_after(rest[verb + 1 :]) or _outcome_told(rest[verb + 1 :], pieces[n + 1 :]):
                return False
            main = n
            break
        if _teller_now(rest) and _picks_a_story(rest):
            # "Sure, I'll take the warehouse one.", "let me pick the one that changed how I
            # work": the teller's act of choosing or telling, now, with the story as its object
            main = n
            break
        if _teller_now(rest) or (len(rest) <= ECHO_MAX_WORDS and not _has_verb(rest)):
            # "Right, let me think,": the teller speaking now; "Hmm, proudest...", "failure,":
            # a word or two of the question said back, no clause of the story's own (star53)
            continue
        return False  # a first clause of another kind: the scene, or a remark of its own
    if main < 0:
        return False
    return not _any_scene(pieces[main + 1 :])
