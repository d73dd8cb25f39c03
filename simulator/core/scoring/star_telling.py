"""The teller speaking of the telling, not of the story (issue 9, star47).

Fresh stories open far more often than the earlier sets with a line in which the teller, now,
names what they are about to tell: "I would like to describe an episode from my previous role
at a logistics company.", "I will tell about one situation from my last company, it was
e-commerce.", "The example I would give comes from a B2B software company where I led ...",
"Okay so, um, this one's from when I was at a food delivery startup." Such a line is the
telling's (other) however much of the scene its object names: its main clause is the teller's
speech act (a modal or future telling verb with "I" as subject, or the story pointed at with a
present verb of coming from), and what it names is said again, as the scene, in the next lines.
Mid-story, "Let me back up." or "Here's how it went." only moves the telling.

Not the scene told in the past ("So this was at a payments company, two years ago"), nor a
fact the teller passes on ("I can tell you that we lost the client"), nor a story pointed at
by its own events ("this one's from when our fraud model blocked every payment").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.text import tokenize, word_set

# What may come before the teller's words: acknowledgements, fillers and "for this question".
_LEAD_INS = word_set(
    "okay ok so um uh er erm hmm oh sure yes yeah right well alright and but anyway honestly "
    "actually now fine good great"
)
_FRAMES: tuple[tuple[str, ...], ...] = (
    ("for", "this", "question"),
    ("for", "this", "one"),
    ("for", "that", "question"),
)
# "I" + a modal or future: the teller about to speak.
_TELLER_LEADS: tuple[tuple[str, ...], ...] = (
    ("i", "would", "like", "to"),
    ("i'd", "like", "to"),
    ("i", "want", "to"),
    ("i'm", "going", "to"),
    ("i", "am", "going", "to"),
    ("let", "me"),
    ("i", "will"),
    ("i'll",),
    ("i", "can"),
    ("i", "could"),
    ("i", "would"),
    ("i'd",),
)
_TELLING_VERBS = word_set(
    "describe tell talk share give present walk explain discuss recount relate outline cover"
)
# Two-word verbs of telling: "go over a call I made", "run through ...", "focus on ...".
_TELLING_PAIRS = (("go", "over"), ("go", "through"), ("run", "through"), ("focus", "on"))
# What may stand between the verb and what is told: "tell you about", "walk you through".
_TELLING_PARTICLES = word_set("you about through of")
# A clause of its own after the verb: a fact passed on ("tell you that", "tell you we lost").
_CLAUSE_STARTS = word_set("that i we he she they it there")
# The story pointed at with a present verb: "this one's from", "this is from", "this comes from".
_POINTED = (
    ("this", "one's"),
    ("this", "one", "is"),
    ("this", "one", "comes"),
    ("this", "is"),
    ("this's",),
    ("this", "comes"),
)
_SOURCES = word_set("from at")
_STORY_ITEMS = word_set("example story case one episode instance situation")
_TELLER_MODALS = word_set("would 'd could can will")
_ITEM_VERBS: tuple[tuple[str, ...], ...] = (
    ("comes", "from"),
    ("concerns",),
    ("is", "from"),
    ("is", "about"),
)
# "Let me back up.", "Let me explain how it came about.": the telling moved, nothing told.
_MOVES: tuple[tuple[str, ...], ...] = (
    ("back", "up"),
    ("go", "back"),
    ("step", "back"),
    ("rewind",),
    ("explain",),
    ("start",),
)
_MOVE_TAILS = word_set(
    "and explain to how it that this all happened came about got there started a bit "
    # how far or how long the telling steps back, and a "though" that turns to it ("Let me
    # rewind a little.", "Let me back up, though.", "Let's step back for a second.", star60)
    "little though for second moment minute quickly here first"
)
# Who moves the telling: "let me", "let's", "let us" (star60: "Let's back up, though.")
_LET_ME: tuple[tuple[str, ...], ...] = (("let", "me"), ("let's",), ("let", "us"))
# A reason may follow the move ("But let me back up a bit, because the noise wasn't where we
# thought."): the line still only turns the telling back, the story goes on after it (star60)
_MOVE_REASONS = word_set("because since as")
_HERE = (("here's", "how"), ("here", "is", "how"))
_WENT = word_set("it that this all went happened started played out came about unfolded")
# "Here's how I went about it.", "Here's how we handled it." (star54)
_WENT_MINE = word_set("i we went handled approached tackled about")
MOVE_MAX_WORDS = 10
MOVE_REASON_MAX_WORDS = 12  # a short reason after the move, not the story's next part


def _after_lead_ins(ws: Sequence[str]) -> list[str]:
    rest = list(ws)
    while rest:
        frame = next((f for f in _FRAMES if tuple(rest[: len(f)]) == f), None)
        if frame:
            rest = rest[len(frame) :]
        elif rest[0] in _LEAD_INS:
            rest = rest[1:]
        else:
            break
    return rest


def _lead(rest: Sequence[str], leads: Sequence[tuple[str, ...]]) -> int:
    """How many words of ``rest`` the first matching lead takes (0 if none matches)."""
    return next((len(lead) for lead in leads if tuple(rest[: len(lead)]) == lead), 0)


def _telling_named(rest: list[str]) -> bool:
    """ "I would like to describe an episode ...", "I will tell about when I took over ...",
    "I can tell how I learn and then one example": the teller's verb of telling, then what
    is told (not a clause of its own, nor one that tells an event of the story: "Let me tell
    you about the time our fraud model blocked every payment" names the scene)."""
    taken = _lead(rest, _TELLER_LEADS)
    if taken and tuple(rest[taken : taken + 2]) in _TELLING_PAIRS:
        taken += 1  # "I want to go over a call I made ...": the pair's last word is its verb
    elif not taken or len(rest) <= taken + 1 or rest[taken] not in _TELLING_VERBS:
        return False
    after = rest[taken + 1 :]
    while after and after[0] in _TELLING_PARTICLES:
        after = after[1:]
    return bool(after) and after[0] not in _CLAUSE_STARTS and _teller_in(after)


def _teller_in(words: Sequence[str]) -> bool:
    """Every past verb of a source clause is the teller's ("when I was at", "a startup I
    was at", "when I switched from ad tech"): my career placed, no event of the story."""
    for k, w in enumerate(words):
        past = w.endswith("ed") or w in ("was", "were", "took", "left", "went", "began")
        # ("from my last company, it was e-commerce": the place named, no event)
        named = w in ("was", "were") and words[k - 1] == "it"
        if k and past and words[k - 1] not in ("i", "we") and not named:
            return False
    return True


def _pointed_at(rest: list[str]) -> bool:
    """ "This one's from when I was at a food delivery startup.", "This is from a logistics
    company, on the warehouse side.", "This one comes from when I switched ...": the story
    pointed at in the present, with where in my career it comes from."""
    taken = _lead(rest, _POINTED)
    if not taken:
        return False
    after = rest[taken:]
    if after[:1] == ["from"] and rest[taken - 1] == "comes":
        pass
    elif not after or after[0] not in _SOURCES:
        return False
    return _teller_in(after[1:])


def _item_placed(rest: list[str]) -> bool:
    """ "The example I would give comes from a B2B company ...", "The example I would offer
    concerns a search reranking service.": the story named by my choosing it, and where it
    comes from or what it concerns."""
    if len(rest) < 5 or rest[0] != "the" or rest[1] not in _STORY_ITEMS:
        return False
    k = 2
    if rest[k] == "that":
        k += 1
    if rest[k] not in ("i", "i'd") or len(rest) < k + 3:
        return False
    k += 1
    if rest[k - 1] == "i" and rest[k] in _TELLER_MODALS:
        k += 1
    if rest[k] not in word_set("give offer pick use choose tell share"):
        return False
    k += 1
    if rest[k : k + 1] == ["here"]:
        k += 1
    return bool(_lead(rest[k:], _ITEM_VERBS))


def telling_opener(ws: Sequence[str]) -> bool:
    """Is the opening line the teller naming what they are about to tell (module docstring)?"""
    rest = _after_lead_ins(ws)
    return bool(rest) and (_telling_named(rest) or _pointed_at(rest) or _item_placed(rest))


# "I've got a good one for this", "I have a pretty good one": the teller saying they have a story.
_HAVE_LEADS: tuple[tuple[str, ...], ...] = (
    ("i've", "got"),
    ("i", "have", "got"),
    ("i", "have"),
    ("i", "got"),
    ("i've",),
)
_HAVE_ITEMS = word_set("one example story case")
_HAVE_WORDS = word_set(
    "a an pretty really very good great fun nice clear solid perfect decent classic real "
    "actually definitely for this that question unfortunately honestly maybe too"
)
# A piece that only comments on it: ", honestly maybe too good", ", unfortunately".
_COMMENT_WORDS = word_set(
    "honestly maybe too good unfortunately actually really though i think guess"
)
_PIECES = re.compile(r"[,;:.!?]+")


def _has_one(rest: Sequence[str]) -> bool:
    taken = _lead(rest, _HAVE_LEADS)
    after = rest[taken:]
    return (
        bool(taken)
        and bool(set(after) & _HAVE_ITEMS)
        and all(w in _HAVE_WORDS or w in _HAVE_ITEMS for w in after)
    )


def teller_has_one(raw: str) -> bool:
    """An opening line in which the teller only says they have a story, in pieces broken off
    by commas (round 48): "Oh yeah, I, I have a classic one for this.", "Oh, um,
    yeah, I have a good one, from when I moved to a legal-tech startup.", "Um, yeah, so I've
    got a pretty good one for this, from a startup I was at." Every piece is an acknowledgement,
    the teller having one, a comment on it, or where in my career it comes from (no event of the
    story: "I have one where our model failed" tells one)."""
    has = False
    for piece in _PIECES.split(raw):
        rest = _after_lead_ins(tokenize(piece).words)
        if not rest or all(w in _COMMENT_WORDS for w in rest):
            continue
        if _has_one(rest):
            has = True
        elif not (rest[0] == "from" and len(rest) > 1 and _teller_in(rest[1:])):
            return False
    return has


def telling_moved(ws: Sequence[str]) -> bool:
    """ "But let me back up.", "Let me back up and explain how it got there.", "Here's how it
    went.": a line mid-story that only moves the telling, nothing of the story in it."""
    rest = _after_lead_ins(ws)
    let = _lead(rest, _LET_ME)
    if let:
        taken = _lead(rest[let:], _MOVES)
        tail = list(rest[let + taken :])
        reason = next((k for k, w in enumerate(tail) if w in _MOVE_REASONS), len(tail))
        return (
            bool(taken)
            and let + taken + reason <= MOVE_MAX_WORDS
            and len(tail) - reason <= MOVE_REASON_MAX_WORDS
            and all(w in _MOVE_TAILS for w in tail[:reason])
        )
    if not rest or len(rest) > MOVE_MAX_WORDS:
        return False
    taken = _lead(rest, _HERE)
    return bool(taken) and bool(rest[taken:]) and all(w in _WENT | _WENT_MINE for w in rest[taken:])


# How a closing line calls the story just told: "that's one I'm happy with", "that is the
# example I would offer", "my approach in a nutshell", "one of the more useful things I have done".
_KINDS = word_set(
    "one example story project approach way work answer case failure mistake "
    "instance episode lesson"
)
_SUMMING_HEADS: tuple[tuple[str, ...], ...] = (
    ("that's",),
    ("that", "is"),
    ("this", "is"),
    ("it", "is"),
    ("it", "remains"),
    ("that", "remains"),
    ("that", "concludes"),
    ("this", "concludes"),
    ("that", "sums", "up"),
    ("i", "consider", "it"),
    ("i", "would", "regard", "it", "as"),
    ("i'd", "regard", "it", "as"),
    ("i", "regard", "it", "as"),
    ("i", "see", "it", "as"),
    ("i'd", "call", "it"),
    ("i", "would", "call", "it"),
)
_SUMMING_FILLERS = word_set("probably kind sort of basically really pretty much just honestly")
# The teller's clause after the word for the story: "one I'm happy with", "the example I would
# offer", "the piece of work I would most like to be associated with", "the clearest I've done".
_TELLER_RELATIVES = word_set("i i'm i'd i've we we're we'd we've")
_THEN_ON = word_set("of for in from")
# A state that lasts or a time of the story: "that's the approach we still use today" tells
# how things stand now, a result.
_LASTING = word_set("still now today since every anymore")
SUMMED_MAX_WORDS = 18


def _summed_as_kind(pred: list[str]) -> bool:
    """ "the example I would offer for this question", "that one", "my approach in a
    nutshell", "one of the more useful things I have done there": a word for the story after
    at most five describing words, then nothing, the teller's clause, or what it is of."""
    for at in range(min(6, len(pred))):
        superlative = pred[at] == "most" or (pred[at].endswith("est") and len(pred[at]) > 5)
        if pred[at] in _KINDS or superlative:
            tail = pred[at + 1 :]
            while superlative and tail and tail[0] not in _TELLER_RELATIVES:
                tail = tail[1:]  # "the clearest push back I've done"
            if not tail or tail[0] in _TELLER_RELATIVES or tail[0] in _THEN_ON:
                return True
        if pred[at].endswith("ed") or pred[at] in _TELLER_RELATIVES:
            return False
    return False


def story_summed_up(ws: Sequence[str]) -> bool:
    """A closing line that calls the story just told an example, my approach, or one I am
    happy with ("So that's one I'm pretty happy with.", "That is the example I would offer for
    this question.", "That concludes the example.", "I consider it one of the more useful
    things I have done there.", "That's kind of how I work."): the teller's summing up, no
    outcome of the story. No number, nothing lasting ("still", "now", "every")."""
    rest = _after_lead_ins(ws)
    if not rest or len(rest) > SUMMED_MAX_WORDS or set(rest) & _LASTING:
        return False
    if any(w.isdigit() or "%" in w for w in rest):
        return False
    taken = _lead(rest, _SUMMING_HEADS)
    if not taken:
        return False
    pred = rest[taken:]
    while pred and pred[0] in _SUMMING_FILLERS:
        pred = pred[1:]
    if pred[:1] == ["how"] and pred[1:2] and pred[1] in ("i", "we"):
        return len(pred) <= 5  # "that's kind of how I work"
    if pred[:1] == ["that"]:
        pred = pred[1:]  # "that's that one"
    return bool(pred) and _summed_as_kind(pred)


# The teller, now, about to tell, or leaving a piece out (star54): "Let me explain how we got
# there.", "I'll spare you the failed first attempt.", "I will answer with an example in which
# I initially handled this badly.", "I should warn you it's a long one."
_NOW_LEADS: tuple[tuple[str, ...], ...] = (
    ("let", "me"),
    ("let's",),
    ("i'll",),
    ("i", "will"),
    ("i'm", "going", "to"),
    ("i", "am", "going", "to"),
    ("i", "want", "to"),
    ("i'd", "like", "to"),
    ("i", "would", "like", "to"),
    ("i", "should"),
)
# Verbs of the telling itself: telling, leaving out, owning up, moving on in the telling.
_TELLING_MOVES = _TELLING_VERBS | word_set("answer spare warn skip admit mention say")
# Verbs that move the telling only with one of these after them ("come back to that", "get to
# the numbers", "start with the setup", "jump ahead").
_MOVING_VERBS = word_set("come get start begin jump fast")
_MOVING_TAILS = word_set("back to with ahead forward")
# Someone told, not the listener: "I'll tell him ..." is an act of the story told in the present.
_TOLD_PEOPLE = word_set("him her them us")
# The listener addressed: "Bear with me.", "You can probably see where this is going."
_LISTENER_LEADS: tuple[tuple[str, ...], ...] = (
    ("bear", "with", "me"),
    ("picture", "this"),
    ("believe", "me"),
    ("trust", "me"),
    ("you", "can", "probably", "see"),
    ("you", "can", "probably", "guess"),
    ("you", "can", "see"),
    ("you", "can", "guess"),
    ("you", "can", "imagine"),
    ("you", "might", "guess"),
    ("you", "may", "guess"),
)
# The start of the story pointed at and set against what was just told (the end, told first):
# "But it didn't start that way.", "But that's not where the conversation started.", "It
# started off very differently."
_POINTER_SUBJECTS = word_set("it that that's this things everything it's")
_START_VERBS = word_set("start started starts begin began begins")
_OTHERWISE = (("that", "way"), ("differently",), ("where",), ("like", "that"), ("like", "this"))
_NOT = word_set("not didn't wasn't isn't never")
ASIDE_MAX_WORDS = 12


def _otherwise(rest: Sequence[str]) -> bool:
    return any(tuple(rest[k : k + len(o)]) == o for o in _OTHERWISE for k in range(len(rest)))


def start_set_against(ws: Sequence[str]) -> bool:
    """ "But it didn't start that way.", "It started off very differently.", "But that's not
    where the conversation started.": the story's start pointed at and set against what was
    said before it, nothing of the start told yet (star54). Said right after the opening line,
    that line was the end, told first."""
    rest = _after_lead_ins(ws)
    if not rest or len(rest) > ASIDE_MAX_WORDS or rest[0] not in _POINTER_SUBJECTS:
        return False
    if not set(rest) & _START_VERBS or any(w[:1].isdigit() for w in rest):
        return False
    return _otherwise(rest) and (bool(set(rest) & _NOT) or "differently" in rest)


def _telling_now(rest: list[str]) -> bool:
    """ "Let me explain how we got there.", "I'll spare you the failed first attempt.", "I'll
    come back to that in a minute.": the teller's act of telling, now, with the listener or
    the story as its object, nobody of the story told."""
    taken = _lead(rest, _NOW_LEADS)
    if not taken or len(rest) <= taken:
        return False
    verb, after = rest[taken], rest[taken + 1 :]
    if verb in _MOVING_VERBS:
        return after[:1] != [] and after[0] in _MOVING_TAILS
    told = verb in _TELLING_MOVES and after[:1] != [] and after[0] not in _TOLD_PEOPLE
    return told and not _event_named(after)


# Words that stand for someone or something already told ("when it got tested", "how that
# played out", "in which I handled this badly") and words that name a thing ("the time our fraud
# model blocked every payment" tells an event: the scene, named by the telling).
_STAND_INS = word_set("i we it this that they he she us me you them which who")
_NAMING = word_set("the a an our my their his her its your")
_REASONS = word_set("because since though although")


def _event_named(after: Sequence[str]) -> bool:
    """Does what the teller will tell name an event of the story: a past verb whose subject is
    a named thing ("our fraud model blocked"), not a word standing for one ("it got tested")?"""
    told = list(after)
    for k, w in enumerate(told):
        if w in _REASONS:
            told = told[:k]  # "..., because the first try went badly": why I tell it so
            break
    for k, w in enumerate(told):
        if not is_past(w) or (k and told[k - 1] in _NAMING):
            continue  # ("the failed first attempt": a past form describing a noun)
        for j in range(k - 1, -1, -1):
            if told[j] in _STAND_INS:
                break
            if told[j] in _NAMING:
                return True
    return False


def _getting_there(rest: list[str]) -> bool:
    """ "It took me a while to get there, though.", "Getting there took a few rounds.": the
    way to the end pointed at ("there"), no step and no number of it told."""
    if len(rest) > ASIDE_MAX_WORDS or any(w[:1].isdigit() for w in rest):
        return False
    said = " ".join(rest)
    return said.startswith("getting there ") or " to get there" in f" {said}"


def telling_aside(raw: str) -> bool:
    """Is the sentence about the telling, not the events (star54): the teller about to tell
    or leaving a piece out ("Let me explain how we got there.", "I'll spare you the failed
    first attempt."), the listener addressed ("Bear with me.", "You can probably see where
    this is going."), the story's start set against what came before ("But it didn't start
    that way."), the way to the end pointed at ("It took me a while to get there, though."),
    or the teller getting ahead of the story? Read by the sentence's pieces: its last piece
    carries the point after a "but" ("I kind of have a system, but let me tell you about when
    it actually got tested."), and every other piece must tell no event of its own."""
    pieces = [_after_lead_ins(tokenize(p).words) for p in re.split(r"[,;:]|\bbut\b", raw)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return False
    whole = _after_lead_ins(tokenize(raw).words)
    if _telling_now(whole) or _getting_there(whole) or start_set_against(whole):
        return True
    if _lead(pieces[0], _LISTENER_LEADS) or _lead(pieces[-1], _LISTENER_LEADS):
        return all(_lead(p, _LISTENER_LEADS) or _no_event(p) for p in pieces)
    if _lead(whole, (("back", "to"),)) and len(whole) <= 6:
        return True  # "Anyway, back to the model."
    if any(tuple(whole[k : k + 4]) in _AHEAD for k in range(len(whole))):
        return True  # "But I'm getting ahead of myself."
    last = pieces[-1]
    return len(pieces) > 1 and _telling_now(last) and all(_no_event(p) for p in pieces[:-1])


_AHEAD = frozenset(
    (("ahead", "of", "myself"), ("ahead", "of", "ourselves"), ("ahead", "of", "the", "story"))
)


def _no_event(piece: Sequence[str]) -> bool:
    """A piece that tells nothing that happened: no past verb but the teller's own being,
    having or getting to it ("I kind of have a system", "Getting there took a few rounds")."""
    if any(w[:1].isdigit() for w in piece):
        return False
    return _getting_there(list(piece)) or not any(is_past(w) for w in piece)


# The teller owning up before telling: "I'll be honest, ...", "To be honest, ...", "Full
# disclosure, ..." (star55).
_CANDOUR: tuple[tuple[str, ...], ...] = (
    ("i'll", "be", "honest"),
    ("i", "will", "be", "honest"),
    ("i'll", "be", "frank"),
    ("to", "be", "honest"),
    ("to", "be", "fair"),
    ("in", "all", "honesty"),
    ("truth", "be", "told"),
    ("if", "i'm", "honest"),
    ("if", "i", "am", "honest"),
    ("full", "disclosure"),
    ("honestly",),
    ("frankly",),
    ("i", "have", "to", "admit"),
    ("i", "must", "admit"),
    ("i'll", "admit"),
)
# The story itself pointed at from inside it: "... here", "on this one", "in this story".
_STORY_HERE: tuple[tuple[str, ...], ...] = (
    ("here",),
    ("on", "this", "one"),
    ("in", "this", "one"),
    ("with", "this", "one"),
    ("for", "this", "one"),
    ("in", "this", "story"),
    ("in", "this", "case"),
)


def _ends_on_the_story(piece: Sequence[str]) -> bool:
    """Does the piece end by pointing at the story being told ("I almost didn't do the simple
    thing here", "I'm still not sure I made the right call on this one")?"""
    return any(tuple(piece[len(piece) - len(h) :]) == h for h in _STORY_HERE if len(piece) > len(h))


def _candour_taken(piece: Sequence[str]) -> int:
    """How many words a candour frame takes at the start of ``piece`` (after any lead-in but
    "honestly", which is one), with "with you" after it; 0 if none."""
    k = 0
    while k < len(piece) and piece[k] in _LEAD_INS and piece[k] != "honestly":
        k += 1
    taken = _lead(piece[k:], _CANDOUR)
    if not taken:
        return 0
    k += taken
    if tuple(piece[k : k + 2]) == ("with", "you"):
        k += 2
    return k


def owned_up_about_the_story(raw: str) -> bool:
    """ "I'll be honest, I almost didn't do the simple thing here.", "To be honest, I nearly
    talked myself out of the easy option on this one.": the teller owning up, now, about the
    story as a whole (star55). A candour frame, then a clause of mine that ends by pointing at
    the story itself ("here", "on this one"): a judgement of the story being told, no event of
    it (the events are told after it). No number; at most two pieces."""
    pieces = [tokenize(p).words for p in re.split(r"[,;:]", raw)]
    pieces = [p for p in pieces if p]
    if not 1 <= len(pieces) <= 2 or any(w[:1].isdigit() for p in pieces for w in p):
        return False
    taken = _candour_taken(pieces[0])
    if not taken:
        return False
    if len(pieces) == 2:
        if taken != len(pieces[0]):
            return False
        rest = list(pieces[1])
    else:
        rest = list(pieces[0][taken:])
    if rest[:1] == ["that"]:
        rest = rest[1:]
    mine = rest[:1] and rest[0] in ("i", "i'm", "i'd", "i've", "we")
    return bool(mine) and len(rest) >= 3 and _ends_on_the_story(rest)


# The teller pointing at a part of the story about to be told (star55): "Here's the part I'm
# least proud of.", "This is the part where it got interesting.", "Now for the bit I'd do
# differently."
_PART_HEADS: tuple[tuple[str, ...], ...] = (
    ("here's",),
    ("here", "is"),
    ("this", "is"),
    ("for",),  # "Now for the bit I'd do differently." ("now" is a lead-in)
    ("comes",),
    ("then", "comes"),
    ("which", "brings", "me", "to"),
    ("that", "brings", "me", "to"),
)
_PART_NOUNS = word_set("part bit piece thing")
_PART_DETERMINERS = word_set("the a one")
_GETS = word_set("gets got get became becomes")
_PART_MAX_WORDS = 12


def part_pointed_at(ws: Sequence[str]) -> bool:
    """Is the sentence the teller pointing at the part of the story told next (star55): a
    pointer ("here's", "this is", "now for"), a word for a part of the story ("the part", "the
    bit"), then either nothing, the teller's own present or would-be stance ("I'm least proud
    of", "I'd do differently", "I still think about") or how the telling turns ("where it gets
    interesting"), never an event told with its own past verb ("the part where our model blocked
    every payment" names one)."""
    rest = _after_lead_ins(ws)
    if not rest or len(rest) > _PART_MAX_WORDS or any(w[:1].isdigit() for w in rest):
        return False
    taken = _lead(rest, _PART_HEADS)
    if not taken:
        return False
    after = rest[taken:]
    if after[:1] and after[0] in _PART_DETERMINERS:
        after = after[1:]
    while after[:1] and after[0] in (
        "hard",
        "hardest",
        "tricky",
        "difficult",
        "interesting",
        "fun",
    ):
        after = after[1:]
    if not after or after[0] not in _PART_NOUNS:
        return False
    tail = after[1:]
    if tail[:1] == ["that"]:
        tail = tail[1:]
    if not tail:
        return True
    if tail[0] in ("where", "when"):
        # "where it gets interesting": the telling turning, no event
        return len(tail) >= 3 and tail[1] in ("it", "things") and tail[2] in _GETS
    if tail[0] in ("i'm", "i'd", "i've"):
        return not any(is_past(w) for w in tail[1:] if w not in ("proud", "embarrassed"))
    if tail[0] in ("i", "we") and len(tail) > 1:
        # "the part I still think about", "the bit I would do differently", "I am least proud of"
        return tail[1] in ("am", "would", "still", "always", "think", "find", "regret", "like")
    return False
