"""Sentences of a STAR answer that tell no part of the story (issue 9, round 32, star32).

Round 31's blind writers labelled as "other" what a careful STAR coach would: a one-line opener
that only dates the story ("Sure, this was back when I was new to the team.", "Good one, that
happened in my first year."), and a reflection that states no outcome ("Looking back, I'd say
communication matters.", "In hindsight, constraints make you creative."). The labeller read the
first as the situation (the opening line) and the second as the result ("looking back", the
last place). A lesson tied to the story stays a result, as the repository's sets label it
("Looking back, the key was to start from their problems", "I learned to set a baseline first",
"In hindsight, I think I should have stepped in earlier"): a reflection here says a general
truth in the present tense, with no "I"/"we" in it, no number and no word of learning.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from simulator.core.scoring.star_cues import BE_PAST, CHANGE_WORDS, FINITE, IRREGULAR_PAST
from simulator.core.scoring.text import is_number, word_set

# Acknowledgements an opener starts with ("Sure,", "Good one,", "Happy to,").
_ACKNOWLEDGING = word_set(
    """sure okay ok yes yeah right so well great good absolutely of course definitely happy
    to one question oh alright hmm um uh ah"""
)
_OPENER_SUBJECTS = word_set("this that it this's that's it's")
_STORY_ONE = word_set("one one's")
_DATING_VERBS = word_set("was goes go went happened dates is")
# What follows the verb when the sentence only dates the story ("back when", "a few years
# ago", "in my first year", "during my internship").
_DATING_WORDS = word_set("back ago years year when during early while first")
# Times of day, days and seasons date the story too ("this one happened on a Saturday night",
# "this was last spring"), when nothing happens after them ("this was the night our model
# crashed" tells an event: the scene).
_DATING_TIMES = word_set(
    """last morning afternoon evening night weekend monday tuesday wednesday thursday friday
    saturday sunday spring summer autumn fall winter"""
)
DATING_OPENER_MAX_WORDS = 16
# A clause placing me in an organisation ("when I was at a fintech startup", "when I worked for
# a bank", "when I moved to an insurance client"): where the story happened, the scene (star42).
_PLACING_VERBS = word_set("was worked working moved joined")
_PLACING = word_set("at for to")
_PLACE_STARTS = word_set("a an the my our")


def _placed_at(rest: list[str]) -> bool:
    """Does ``rest`` put me somewhere ("... when I was at a food-delivery startup")?"""
    return any(
        w in _PLACING
        and rest[k - 1] in _PLACING_VERBS
        and rest[k + 1 : k + 2] != []
        and rest[k + 1] in _PLACE_STARTS
        for k, w in enumerate(rest)
        if k
    )


def dating_opener(ws: list[str]) -> bool:
    """A first sentence that acknowledges the question and only says when the story happened:
    "Sure, this was back when I had just been promoted.", "Sure, so this goes back a couple
    of years." (not "Sure, this was at a small ad-tech startup." or "So this happened when I
    was at a fintech startup.": where it happened is the scene; not "This was back in 2019 when our model failed": no acknowledgement)."""
    if not 0 < len(ws) <= DATING_OPENER_MAX_WORDS or ws[0] not in _ACKNOWLEDGING:
        return False
    i = 0
    while i < len(ws) and ws[i] in _ACKNOWLEDGING:
        i += 1
    if i >= len(ws) or ws[i] not in _OPENER_SUBJECTS:
        return False
    i += 1
    if ws[i - 1] in ("this", "that") and i < len(ws) and ws[i] in _STORY_ONE:
        # "Right, this one happened on a Saturday night.": the story as "this one"
        if ws[i] == "one's":
            return False
        i += 1
    if ws[i - 1] in ("this", "that", "it", "one"):
        if i >= len(ws) or ws[i] not in _DATING_VERBS:
            return False
        i += 1
    rest = ws[i:]
    if any(is_number(w) and w not in ("one", "a") for w in rest) or rest[:1] == ["at"]:
        return False
    if _placed_at(rest):
        # "So this happened when I was at a fintech startup.": where, not only when (star42;
        # the sets labelled it both ways, the convention is the scene)
        return False
    if set(rest[:4]) & _DATING_WORDS:
        return True
    return bool(set(rest[:4]) & _DATING_TIMES) and not any(_past_form(w) for w in rest)


# What opens a reflection: looking back on the story, or the speaker's own view of it.
_LOOKING_BACK = re.compile(
    r"^(?:(?:so|and|but|well),?\s+)?(?:looking back(?: on it)?|in hindsight|in retrospect|"
    r"in the end|at the end of the day|ultimately)\b,?\s*"
)
# My view as I speak: a reflection only late in the story (see ``reflection_only``).
_VIEW = re.compile(
    r"^(?:(?:i'd say|i would say|i guess|i think|i feel|i believe|what i'd say is|"
    r"what i would say is|the way i see it|if i'm honest|honestly|to be honest|for me|"
    r"personally)(?: that)?,?\s*)+"
)
# A closing view of my own after the truth: "Simple things first, that's how I think about it."
_VIEW_AFTER = re.compile(r",\s*(?:that's|that is) (?:how|the way) i (?:think about|see) it\W*$")
# Words that make it a lesson of the story, or tie it to the story's people or acts.
_STORY_TIES = word_set(
    """i i'm i've i'd me my mine we we're we've our us lesson lessons learned learnt learn
    taught took takeaway since now then today again should could would"""
)
_PAST = word_set("was were had did got went made came became found saw told")
_NOT_PAST = word_set("need speed indeed embed feed seed breed")


def _past_form(w: str) -> bool:
    """A past verb form: "was", "made", "crashed" (not "need", "speed")."""
    return w in _PAST or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST)


def reflection_only(raw: str, ws: list[str], late: bool) -> bool:
    """A reflection that states no outcome: a general truth said looking back or as my view,
    in the present tense, with nothing of the story in it ("Looking back, I'd say feedback is a
    gift.", "In the end it's usually the data.", "I guess what I'd say is that honesty beats
    excuses.", "Simple things first, that's how I think about it."). Said as my view alone ("I
    believe a good model must be explainable") only ``late`` in the story: before the steps
    such a view is the stance the story starts from (star27)."""
    text = raw.strip().lower().replace("\u2019", "'")
    if late and _VIEW_AFTER.search(text):
        text = _VIEW_AFTER.sub("", text)
    else:
        opened = _LOOKING_BACK.match(text)
        rest = text[opened.end() :] if opened else text
        viewed = _VIEW.match(rest)
        if not opened and not (viewed and late):
            return False
        text = rest[viewed.end() :] if viewed else rest
    said = re.findall(r"[a-z][a-z']*|\d+", text)
    if not said or len(said) > 14 or any(is_number(w) for w in said) or "%" in raw:
        return False
    if set(said) & _STORY_TIES or set(said) & _PAST:
        return False
    return not any(w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST for w in said)


# People a speaker has do a step: "I had two agents relabel ...", "We had an intern check ...".
_HELPERS = word_set(
    """people person agents agent annotators annotator labellers labelers colleagues colleague
    engineers engineer analysts analyst interns intern experts expert reviewers reviewer
    nurses doctors radiologists radiologist students student contractors volunteers members
    testers tester teammates teammate"""
)
_COUNTS = word_set("a an the two three four five six ten some several few our my both")


def had_someone_do(ws: list[str]) -> str:
    """ "I had two agents relabel a sample", "We had two people check five hundred labels": a
    step of mine done by others I set to it (the labeller read "had" as how things stood).
    The subject ("i" or "we") when the sentence opens so, else ""."""
    if len(ws) < 4 or ws[0] not in ("i", "we") or ws[1] != "had":
        return ""
    j = 2
    while j < len(ws) and (ws[j] in _COUNTS or is_number(ws[j])) and j < 5:
        j += 1
    if j + 1 >= len(ws) or ws[j] not in _HELPERS:
        return ""
    verb = ws[j + 1]
    if verb in ("to", "who", "that", "and", "with", "on", "in", "at", "for", "from"):
        return ""
    if verb.endswith(("ed", "ing")) or (verb.endswith("s") and not verb.endswith("ss")):
        return ""
    return ws[0]


_RELATIVES = frozenset(("who", "that", "which"))


def told_of_someone_before(ws: list[str], cue: str) -> bool:
    """Is every sighting of the outcome word ``cue`` in a relative clause in the past perfect,
    describing someone or something from before the story ("paged the engineer who had
    shipped it")? Then it is no outcome of the story. ("By March errors had fallen to two
    percent" is one: no relative word before "had".)"""
    parts = cue.split()
    seen = [i for i in range(len(ws) - len(parts) + 1) if ws[i : i + len(parts)] == parts]
    return bool(seen) and all(
        i >= 2 and ws[i - 1] == "had" and ws[i - 2] in _RELATIVES for i in seen
    )


# How a speaker points at the story as an item to tell ("a good one", "this example").
_STORY_ITEMS = word_set("one example examples story stories case instance anecdote")
# Verbs of telling or choosing what to tell, after "let me", "I can", "I'll" ...
_TELLING_VERBS = word_set("give tell share pick think talk go use describe walk offer choose")
# What may stand between such a verb and the story: "walk you through one", "go over one".
_TELLING_PARTICLES = word_set("you through over of about with")
_TELLER_LEADS: tuple[tuple[str, ...], ...] = (
    ("let", "me"),
    ("i", "can"),
    ("i", "could"),
    ("i'll",),
    ("i", "will"),
    ("i'd",),
    ("i", "would"),
    ("i", "might"),
    ("i", "want", "to"),
    ("i'd", "like", "to"),
    ("i'm", "going", "to"),
)
_HAVING_LEADS: tuple[tuple[str, ...], ...] = (
    ("i", "have"),
    ("i've", "got"),
    ("i've",),
    ("there's",),
    ("here's",),
    ("here", "is"),
    ("i", "can", "think", "of"),
)
# A pause before the answer: "give me a second", "let me think", "let me see".
_STALLS: tuple[tuple[str, ...], ...] = (
    ("give", "me", "a", "second"),
    ("give", "me", "a", "moment"),
    ("give", "me", "a", "minute"),
    ("give", "me", "a", "sec"),
    ("let", "me", "think"),
    ("let", "me", "see"),
)
# Words that only comment on the telling after the story pointed at ("I have a good one,
# unfortunately", "one that I like, honestly").
_TELLING_ASIDES = word_set("unfortunately honestly actually really too though anyway")
_PRESENT_OF_BE = word_set("is 's")
_POINTERS = word_set("this that the")
PREFACE_MAX_WORDS = 16
# Words in a clause about the story pointed at ("the one I remember best") past which it tells
# what happened, not how I see it now.
PREFACE_TAIL_MAX_WORDS = 9
_STILL = word_set("still really always definitely")


def _source_or_nothing(rest: list[str]) -> bool:
    """What may follow the story pointed at in a preface: nothing, "of/for that", or where the
    story comes from ("from my last job", "from my time at a payments company"), with no verb
    of the story and no number in it."""
    i = 0
    while i < len(rest) and rest[i] in ("of", "for", "to", "that", "this", "it", "here"):
        i += 1
    rest = rest[i:]
    if not rest:
        return True
    if rest[0] not in ("from", "at", "in"):
        return False
    return not any(is_number(w) or _past_form(w) for w in rest[1:])


def _said_of_it_now(rest: list[str]) -> bool:
    """What follows the story pointed at, when it says only how I see or choose it as I speak:
    an aside ("a good one, unfortunately"), a clause in the present tense ("the one I remember
    best", "one that I think says a lot", "the one with the most moving parts"), with no past
    verb, no number and no more than ``PREFACE_TAIL_MAX_WORDS`` words (round 35: "the one where
    our model blocked every payment" tells what happened, the scene)."""
    if _source_or_nothing(rest) or all(w in _TELLING_ASIDES for w in rest):
        return True
    if len(rest) > PREFACE_TAIL_MAX_WORDS or rest[0] in ("from", "at", "in"):
        return False
    return not any(is_number(w) or _past_form(w) for w in rest)


def _item_then_source(rest: list[str]) -> bool:
    """ "(you) a good one from my last job", "an example of that": a story pointed at by an
    item word after at most a determiner and two describing words, then a source, nothing, or
    how I see it now (``_said_of_it_now``)."""
    while rest[:1] and rest[0] in _TELLING_PARTICLES:
        rest = rest[1:]
    for at in range(min(4, len(rest))):
        if rest[at] in _STORY_ITEMS and (
            at == 0 or rest[0] in ("a", "an", "one", "this", "that", "the", "my")
        ):
            return _said_of_it_now(rest[at + 1 :])
    return False


def _item_phrase(rest: list[str]) -> bool:
    """ "a fun one", "a pretty embarrassing one", "the one I'd pick": a determiner, at most
    three describing words and an item word, then how I see it now."""
    if not rest or rest[0] not in ("a", "an", "the", "my"):
        return False
    for at in range(1, min(5, len(rest))):
        if rest[at] in _STORY_ITEMS:
            return not any(_past_form(w) for w in rest[1:at]) and _said_of_it_now(rest[at + 1 :])
    return False


# How a speaker judges the story about to be told ("this one was painful").
_STORY_JUDGEMENTS = word_set(
    """fun hard tough rough painful embarrassing uncomfortable stressful humbling interesting
    tricky difficult messy awkward memorable intense"""
)
_SO_I_TELL = word_set("so i'll i will be honest keep it short brief about it upfront")


def _judged_as_i_tell_it(predicate: list[str]) -> bool:
    """ "(this one was) uncomfortable, so I'll be honest about it": only a judgement of the
    story, then at most a word on how I will tell it."""
    i = 0
    while i < len(predicate) and predicate[i] in _STILL | {"pretty", "quite", "a", "bit"}:
        i += 1
    if i >= len(predicate) or predicate[i] not in _STORY_JUDGEMENTS:
        return False
    return all(w in _SO_I_TELL or w in _STORY_JUDGEMENTS for w in predicate[i + 1 :])


_IS_CONTRACTIONS = ("one's", "this's", "that's", "it's")


def split_is(ws: Sequence[str], extra: Collection[str] = ()) -> list[str]:
    """ "this one's fun" read as "this one is fun"; ``extra``: more words read so ("story's")."""
    out: list[str] = []
    for w in ws:
        if w in _IS_CONTRACTIONS or w in extra:
            out += [w[:-2], "is"]
        else:
            out.append(w)
    return out


def story_preface(ws: list[str]) -> bool:
    """An opening line that only points at the story about to be told, or says where it comes
    from (star33): "Let me give you one from my last job.", "Yes, I have a clear example of
    that.", "Okay, so this one is from my last job.", "This one is close to my heart.", or how
    I see it as I speak (round 35): "Sure, I'll walk through the one I remember best.", "Okay,
    give me a second, I want to pick a good one.", "Oh, this one's fun.", "Sure, this is a fun
    one.". Not an opening that names what the story is about ("The example that comes to mind
    is a churn model I built": a noun phrase after "is" names it, the scene), nor one that
    places the events ("Sure, this was at a small ad-tech startup": no item word, the scene),
    nor one that tells them ("Let me pick the one where our model blocked every payment")."""
    if not 0 < len(ws) <= PREFACE_MAX_WORDS or any(is_number(w) and w != "one" for w in ws):
        return False
    i = 0
    while i < len(ws):
        if ws[i] in _ACKNOWLEDGING or ws[i] in ("question", "honestly"):
            i += 1
            continue
        stall = next((s for s in _STALLS if tuple(ws[i : i + len(s)]) == s), None)
        if stall is None or i + len(stall) >= len(ws):
            break  # ("Let me think." alone is meta_remark's)
        i += len(stall)
    rest = ws[i:]
    past = any(w in _PAST or (w.endswith("ed") and len(w) > 4) for w in rest)
    for k in range(len(rest) - 1):
        # "One Friday afternoon comes to mind.", "A project at my last job comes to mind."
        # (not "The example that comes to mind is a churn model I built": it goes on)
        came = rest[k] in ("comes", "come", "springs") and rest[k + 1 : k + 3] == ["to", "mind"]
        if came and len(rest) - (k + 3) <= 2 and not past:
            return True
    for lead in _TELLER_LEADS:
        if tuple(rest[: len(lead)]) == lead:
            after = rest[len(lead) :]
            if after[:1] == ["probably"]:
                after = after[1:]
            if after[:1] and after[0] in _TELLING_VERBS:
                return _item_then_source(after[1:])
            return False
    for lead in _HAVING_LEADS:
        if tuple(rest[: len(lead)]) == lead:
            return _item_then_source(rest[len(lead) :])
    rest = split_is(rest)
    if len(rest) >= 3 and rest[0] in ("this", "that", "it") and rest[1] == "is":
        # "Sure, this is a fun one.", "It's a good one, honestly."
        return _item_phrase(rest[2:])
    if len(rest) >= 4 and rest[0] in ("this", "it") and rest[1] == "was":
        # "This was a tough one for me.": the story judged as I tell it, in the past tense
        # (round 36); "This was a project at a bank" names no judgement, the scene.
        return bool(set(rest[2:5]) & _STORY_JUDGEMENTS) and _item_phrase(rest[2:])
    # "this one is ...", "the one that comes to mind is ...": the story as subject, present tense
    if len(rest) < 3 or rest[0] not in _POINTERS or rest[1] not in _STORY_ITEMS:
        return False
    j = 2
    while j < len(rest) - 1 and rest[j] in _STILL:
        j += 1
    if rest[j] in ("that", "i"):
        # "the one that comes to mind", "the one I'm thinking of": a relative clause naming it
        while j < len(rest) and rest[j] not in _PRESENT_OF_BE:
            j += 1
        if j >= len(rest):
            return False
    if rest[j] == "was" and rest[0] == "this" and _judged_as_i_tell_it(rest[j + 1 :]):
        # "This one was uncomfortable, so I'll be honest about it." (round 35)
        return True
    if rest[j] not in _PRESENT_OF_BE and not (rest[j].endswith("s") and rest[j] != "was"):
        return False  # "this one was ...", "that one broke ...": a past event, the story itself
    predicate = rest[j + 1 :]
    if _item_phrase(predicate):
        # "the one that comes to mind immediately is a pretty embarrassing one"
        return True
    if predicate[:1] == ["about"] and len(predicate) <= 8:
        # "Okay, this one is about training rather than serving.": its theme, said as I
        # speak, with nothing that happened in it (round 35)
        return not any(is_number(w) or _past_form(w) for w in predicate)
    if predicate[:1] in (["a"], ["an"], ["the"], ["my"], ["our"], ["about"]):
        return False  # "this one is a churn model I built": names what the story is about
    return _source_or_nothing(predicate) or not any(
        is_number(w) or w in _PAST or (w.endswith("ed") and len(w) > 4) for w in predicate
    )


# What a closing line calls the story just told: "That's the short version.", "That's the one
# I'd pick.", "I think that's a fair summary of it.", "That's the project I'd point to."
_TOLD_AS = word_set(
    """one story example version summary gist answer picture rundown overview account short
    long project mistake core essence incident problem situation episode case"""
)
# The story called an example of something said in a "where" clause ("an example where I ...").
_EXAMPLE_OF = word_set("example case instance")
_AFTER_TOLD = word_set("i i'd i'll we of in for from about then really here there")
_CLOSER_LEADS = word_set("so and anyway overall well yeah basically honestly i think guess i'd say")
# ("more or less", "kind of", "sort of": round 38)
_CLOSER_FILLERS = word_set(
    "basically really roughly pretty much essentially just probably all more or less kind sort of"
)


def story_closer(ws: list[str]) -> bool:
    """A closing line that only calls what was told a story, a version or a summary, or what
    happened: "That's the short version.", "Anyway, that's roughly what happened.", "I think
    that's a fair summary of it." (a demonstrative subject, "is" in the present, a noun phrase
    of at most two describing words before a word for the telling, and at most four words
    after it with no number and no past verb of the story; star33). Not "That was the one that
    broke": past tense, a thing of the story."""
    if not 0 < len(ws) <= CLOSER_MAX_WORDS or any(is_number(w) and w != "one" for w in ws):
        return False
    i = 0
    while i < len(ws) and ws[i] in _CLOSER_LEADS:
        i += 1
    rest = ws[i:]
    if rest[:2] in (["that", "is"], ["this", "is"]):
        rest = rest[2:]
    elif rest[:1] in (["that's"], ["this's"]):
        rest = rest[1:]
    else:
        return False
    while rest[:1] and rest[0] in _CLOSER_FILLERS:
        rest = rest[1:]
    if rest[:2] == ["what", "happened"]:
        return len(rest) <= 4
    if not rest or rest[0] not in ("the", "a", "an", "my", "our"):
        return False
    for at in range(1, min(4, len(rest))):
        if rest[at] in _TOLD_AS and rest[at] not in ("short", "long"):
            tail = rest[at + 1 :]
            if rest[at] in _EXAMPLE_OF and tail[:1] == ["where"] and len(tail) <= 10:
                # "So that's an example where I stepped a bit outside my lane.": what the story
                # told is an example of, its past verb the story's as a whole (star65)
                return True
            if tail and tail[0] not in _AFTER_TOLD:
                return False  # "that is the one thing I would change": a noun follows
            # "... my favorite example of reading something and using it for real": what the
            # story is an example of may take more words (round 35)
            most = 10 if tail[:1] in (["of"], ["about"]) else 4
            # the listener's own verb is no event of the story ("... a decent example of what
            # you were asking about": star58)
            return len(tail) <= most and not any(
                (w in _PAST or (w.endswith("ed") and len(w) > 4))
                and not (k and tail[k - 1] == "you")
                for k, w in enumerate(tail)
            )
    return False


# "Probably more detail than you wanted, sorry.": the telling measured against what the
# listener asked for (star58).
_ASKED_FOR = word_set("wanted needed asked expected bargained")
MORE_THAN_ASKED_MAX_WORDS = 10


def more_than_asked(ws: list[str]) -> bool:
    """Does the short line say the telling went beyond what the listener wanted ("Probably more
    detail than you wanted, sorry.", "That was longer than you asked for.")?"""
    if not 0 < len(ws) <= MORE_THAN_ASKED_MAX_WORDS or any(is_number(w) for w in ws):
        return False
    return any(
        ws[k : k + 2] == ["than", "you"] and ws[k + 2 : k + 3] != [] and ws[k + 2] in _ASKED_FOR
        for k in range(len(ws))
    )


CLOSER_MAX_WORDS = 14
# Offers to say more about a part of the story, on the listener's wish: "I can go into the
# checkpointing setup if that's useful.", "Happy to dig into the data side too, if you'd like."
_OFFER_LEADS: tuple[tuple[str, ...], ...] = (
    ("i", "can"),
    ("i", "could"),
    ("happy", "to"),
    ("i'm", "happy", "to"),
    ("i'd", "be", "happy", "to"),
    ("i'm", "glad", "to"),
    ("glad", "to"),
    ("i'd", "be", "glad", "to"),
    ("i", "would", "be", "happy", "to"),
    ("i", "would", "be", "glad", "to"),
    # a terse teller's offer, its "I" dropped as in every line of notes: "Can go into the
    # analyzers if you want." (star65, round 64's blind set)
    ("can",),
    ("could",),
    # "There's more I could say about the monitoring if that's useful." (round 41)
    ("there's", "more", "i", "can"),
    ("there's", "more", "i", "could"),
    ("there", "is", "more", "i", "can"),
    ("there", "is", "more", "i", "could"),
)
_OFFER_VERBS = word_set("go talk say expand dig elaborate walk share explain get sketch show")
# A lead that says I would gladly tell more is put to the listener by itself: "I'd be happy to
# share the template we used." needs no "if that's useful" (star44); "I can share the
# dashboard with the team" does.
_WILLING = word_set("happy glad")
_LISTENER_WISHES = re.compile(
    r"\bif (?:that's|that is|it's|it is|that would be|it would be) "
    r"(?:useful|helpful|interesting|relevant|of interest)\b|"
    r"\bif (?:you'd like|you would like|you like|you want|you're interested|you are interested|"
    r"that helps|it helps|you'd find it useful)\b"
)


# What the outcome clause after "glad to share (that)" may open with, and its verb in the past
# ("the client renewed", "churn fell"); a pronoun between opens a clause of its own about an
# object ("the template we used"), a wh-word one the listener would hear ("what changed").
_CLAUSE_OPENERS = word_set("that you")
_PAST_OUTCOMES = IRREGULAR_PAST | BE_PAST | word_set("fell rose grew shrank")
_DETERMINERS = word_set("the a an our my their its this that these those some every each")
_PRONOUNS = word_set("i we they he she it you")
_ASKING = word_set("what how why which where when who whether if")


def _tells_an_outcome(clause: list[str]) -> bool:
    """Does ``clause`` tell what happened: a subject and then its verb in the past ("the client
    renewed for two more years", "more accounts renewed")? Not "the detailed notes" (a past
    form after a determiner describes a noun), "the steps we followed" (the teller's clause
    about an object) or "what changed" (a question the listener would hear answered)."""
    for j, word in enumerate(clause[:10]):
        if word in _ASKING:
            return False
        if (
            j
            and clause[j - 1] not in _DETERMINERS
            and (word in _PAST_OUTCOMES or (word.endswith("ed") and len(word) > 3))
        ):
            return not set(clause[1:j]) & _PRONOUNS
    return False


def _offers_the_listener(after_lead: list[str]) -> bool:
    """After "happy/glad to": something the listener would get ("walk you through", "sketch
    it", "share the runbook", "say more about"), not the teller's gladness about an outcome
    ("Happy to say churn fell by a third", "Glad to share that the client renewed": a result,
    reviews of caafbbb8 and efb3208c). Saying is an offer only of more ("say a bit more
    about"); anything said after it is what happened."""
    verb, rest = after_lead[:1], after_lead[1:]
    clause = rest[1:] if rest[:1] and rest[0] in _CLAUSE_OPENERS else rest
    if _tells_an_outcome(clause):
        return False
    if verb == ["say"]:
        return "more" in rest[:3]
    return True


def offer_to_say_more(raw: str, ws: list[str]) -> bool:
    """An offer to tell more of some part, on the listener's wish ("I can go into how we
    handled data versioning too, if that's useful."): about the telling, no part of the story
    (round 35). Not "I can share the dashboard with the team if they want": no wish of the
    listener's."""
    i = 0
    while i < len(ws) and ws[i] in _ACKNOWLEDGING | {"and", "anyway", "also"}:
        if tuple(ws[i : i + 2]) in (("happy", "to"), ("glad", "to")):
            break  # "Happy to walk you through it": the lead itself, no acknowledgement
        i += 1
    rest = ws[i:]
    for lead in _OFFER_LEADS:
        if tuple(rest[: len(lead)]) == lead:
            verb = rest[len(lead) : len(lead) + 2]
            if not set(verb) & _OFFER_VERBS:
                return False
            if set(lead) & _WILLING:
                return _offers_the_listener(rest[len(lead) :])
            return bool(_LISTENER_WISHES.search(raw.lower().replace("\u2019", "'")))
    return False


# An episode of the story, pointed at as a moment in my own history (round 36).
_EPISODE_NOUNS = word_set("moment point time day week month year night meeting project")
_EPISODE_MODIFIERS = word_set("first last only real exact very turning key big")
_EPISODE_SUBJECTS = word_set("that this it")
_RELATIVE_TO_ME = word_set("when where that which")
# Whom the episode mattered for, said after it ("for the whole team", "for me").
_WHOM = word_set("the whole entire me us everyone all of team project company group my our")


def _remark_words(raw: str) -> list[str]:
    """The words of a remark after its look-back opener ("Looking back,") and a view ("I
    think"): what the remark itself says."""
    text = raw.strip().lower().replace("\u2019", "'")
    opened = _LOOKING_BACK.match(text)
    rest = text[opened.end() :] if opened else text
    viewed = _VIEW.match(rest)
    if viewed:
        rest = rest[viewed.end() :]
    return re.findall(r"[a-z][a-z']*|\d+", rest)


def episode_looked_back(raw: str, ws: list[str]) -> bool:
    """A look back that places the story in my own history and says no outcome of it:
    "Looking back, that was the moment I learned to ask early.", "That was the first time I
    really pushed back on a manager." (a demonstrative subject, "was", an episode noun after at
    most two modifiers, then nothing or a clause of my own; no number). Told after the story's
    events it is a remark about them, as a careful coach reads it (round 36); "That was the
    day the model went live" (a clause of the model's) tells an outcome and is none."""
    said = _remark_words(raw)
    if "%" in raw or any(is_number(w) and w not in ("one", "first") for w in said):
        return False
    said = split_is(said)
    if len(said) < 4 or said[0] not in _EPISODE_SUBJECTS:
        return False
    i = 1
    while i < min(len(said), 4) and said[i] not in ("was", "is"):
        i += 1  # "that meeting was", "that one page was" (round 39)
    if i >= len(said) or said[i] != "was" or said[i + 1 : i + 2] not in (["the"], ["a"], ["my"]):
        return False
    i += 2
    start = i
    while i < len(said) and said[i] in _EPISODE_MODIFIERS and i - start < 2:
        i += 1
    if i >= len(said) or said[i] not in _EPISODE_NOUNS:
        return False
    tail = said[i + 1 :]
    if tail[:1] and tail[0] in _RELATIVE_TO_ME:
        tail = tail[1:]
    if tail[:1] == ["for"] and len(tail) <= 4 and set(tail[1:]) <= _WHOM:
        return True  # "the turning point for the whole project", "... for me" (round 39)
    return not tail or tail[0] in ("i", "i'd", "i'm", "i've")


# How I felt about the story, said after it (round 36): "Honestly, I was surprised at how easy
# it was.", "That feedback stung at the time."
_FEELINGS = word_set(
    """surprised proud relieved happy glad pleased grateful thankful nervous frustrated
    embarrassed humbled stressed shocked amazed disappointed"""
)
_DEGREES = word_set("a bit little really pretty quite very so genuinely honestly still")
# Words of an outcome in what I am glad of ("glad we cut the errors by half" tells one).
_OUTCOME_SAID = word_set(
    """cut fell dropped rose grew halved doubled saved reduced improved increased shipped
    launched won passed approved worked"""
)
_HURT = word_set("stung hurt stings hurts")
# What may follow the feeling: what it was at, or when (no outcome in it).
_FEELING_TAILS: tuple[tuple[str, ...], ...] = (
    ("at", "how"),
    ("by", "how"),
    ("how",),
    ("at", "the", "time"),
    ("for", "a", "while"),
    ("a", "bit"),
    ("a", "little"),
    ("to", "be", "honest"),
)


def feeling_looked_back(raw: str, ws: list[str]) -> bool:
    """How I felt about it, with no outcome: "I was a bit surprised at how easy it was once we
    talked.", "Honestly, that feedback stung at the time." ("I was relieved when the audit
    passed" says an outcome: no tail but a look at the feeling itself is allowed; no number)."""
    said = _remark_words(raw)
    if "%" in raw or any(is_number(w) and w != "one" for w in said) or len(said) < 2:
        return False
    if said[:1] == ["i'm"]:
        said = ["i", "am", *said[1:]]
    if said[:2] in (["i", "was"], ["i", "felt"], ["i", "am"]):
        i = 2
        while i < len(said) and said[i] in _DEGREES:
            i += 1
        if i >= len(said) or said[i] not in _FEELINGS:
            return False
    elif said[0] in ("that", "it", "this"):
        i = 1 if said[1] in _HURT or said[1] in _DEGREES else 2
        while i < len(said) and said[i] in _DEGREES:
            i += 1  # "It still stings a little, honestly." (round 40)
        if i >= len(said) or said[i] not in _HURT:
            return False
    else:
        return False
    tail = said[i + 1 :]
    if said[i] in ("glad", "happy") and said[1] == "am" and tail[:1] in (["i"], ["we"], ["that"]):
        # "Looking back, I'm glad I pushed for it.": how I feel now about what I did
        return len(tail) <= 8 and not set(tail) & _OUTCOME_SAID
    if tail[:1] == ["of"] and tail[1:2] in (["that"], ["it"], ["this"]):
        # "proud of that one, to be honest" (not "proud of that model, which cut costs")
        return not any(_past_form(w) for w in tail)
    return not tail or any(tuple(tail[: len(t)]) == t for t in _FEELING_TAILS)


# A remark about the telling joined to a closer: "I'm simplifying the timeline a bit, but that's
# the core of it." (round 36)
_TELLING_NOW = word_set("skipping simplifying leaving glossing shortening compressing cutting")


def closer_after_aside(ws: list[str]) -> bool:
    """A closing line whose first clause says how I am telling it ("I'm skipping a few
    details", "I'm simplifying the timeline a bit") and whose second only calls it the story
    ("but that's the gist of it")."""
    if "but" not in ws or any(is_number(w) and w != "one" for w in ws):
        return False
    cut = len(ws) - 1 - ws[::-1].index("but")
    head, tail = ws[:cut], ws[cut + 1 :]
    if not head or not (set(head) & _TELLING_NOW) or any(_past_form(w) for w in head):
        return False
    return story_closer(tail)


# How I judge the story as a whole, told after it (round 36): "It was one of the most satisfying
# projects I've worked on.", "Honestly, it was a really fun problem to work on.", "It was a great
# learning experience.", "It's one of my favourite stories to tell."
_JUDGED_SUBJECTS = word_set("it that this those")
_JUDGED_NOUNS = word_set(
    """project projects problem problems experience experiences story stories time times one
    ones week weeks month months challenge"""
)
_JUDGING_WORDS = _STORY_JUDGEMENTS | word_set(
    """satisfying rewarding great fun favourite favorite exciting challenging valuable
    enjoyable frustrating stressful good proudest best hardest most really learning"""
)
_JUDGED_TAILS = word_set(
    "to work on i i've i'd have worked of my career tell had ever be honest in life so far"
)


def story_judged(raw: str, ws: list[str]) -> bool:
    """A judgement of the story as a whole, no outcome of it: a demonstrative subject, "was" or
    "is", a noun phrase of judging words ending on a word for the story, and at most a few
    words on my part in it ("to work on", "I've worked on", "to tell")."""
    said = split_is(_remark_words(raw))
    if "%" in raw or any(is_number(w) and w != "one" for w in said) or len(said) < 4:
        return False
    if said[0] not in _JUDGED_SUBJECTS or said[1] not in ("was", "is", "were"):
        return False
    phrase = said[2:]
    if phrase[:3] == ["one", "of", "the"] or phrase[:3] == ["one", "of", "my"]:
        phrase = phrase[3:]
    elif phrase[:1] and phrase[0] in ("a", "an", "the", "my"):
        phrase = phrase[1:]
    else:
        return False
    at = next((k for k, w in enumerate(phrase) if w in _JUDGED_NOUNS), -1)
    if at < 1 or at > 4 or not set(phrase[:at]) & _JUDGING_WORDS:
        return False
    tail = phrase[at + 1 :]
    return len(tail) <= 6 and all(w in _JUDGED_TAILS for w in tail)


# The story living on in my mind or my team's talk, or someone else's (round 36; round 39: any
# person of the verb, and more verbs): "That night still comes up whenever we talk about launch
# checklists.", "That's something I still think about.", "She still sends me a message every
# year on the anniversary of that review.", "I think he still teases me about that slide.", "He
# still brings that table up in planning meetings." Each verb with the word it needs after it,
# so that "the job still sends alerts" or "the service still comes with a fallback" stay events.
_RETELLING: dict[str, frozenset[str]] = {
    **dict.fromkeys(("joke", "laugh", "remember", "mention", "quote", "tease", "rib"), frozenset()),
    "talk": frozenset(("about",)),
    "think": frozenset(("about",)),
    "refer": frozenset(("to",)),
    "bring": frozenset(("up",)),
    "come": frozenset(("up",)),
    "tell": frozenset(("that", "the", "this")),
}
# ... and verbs that are a retelling only when said to me ("sends me", "calls us").
_TO_ME = frozenset(("send", "call", "message", "text", "email", "remind"))
RETELLING_REACH = 4  # how far after the verb the word it needs may come ("brings that table up")


def _verb_stem(w: str) -> str:
    """ "teases" -> "tease", "brings" -> "bring", "jokes" -> "joke" (a verb of the lists)."""
    known = _RETELLING.keys() | _TO_ME
    for stem in (w, w[:-1], w[:-2]):
        if stem in known and w in (stem, stem + "s", stem + "es"):
            return stem
    return ""


def story_remembered(ws: list[str]) -> bool:
    """The story remembered or retold since, no outcome of it (no number): "still" and then a
    verb of retelling or remembering with the word it needs within reach."""
    if any(is_number(w) and w != "one" for w in ws):
        return False
    for k, w in enumerate(ws[:-1]):
        stem = _verb_stem(ws[k + 1]) if w == "still" else ""
        if stem in _TO_ME:
            if ws[k + 2 : k + 3] in (["me"], ["us"]):
                return True
        elif stem:
            needs = _RETELLING[stem]
            if not needs or needs & set(ws[k + 2 : k + 2 + RETELLING_REACH]):
                return True
    return False


# How the story felt or what it was worth to me, said after it in words of appraisal only
# (round 38): "It was a pretty nerve-wracking morning, honestly.", "Not fun, but doable.", "I
# felt terrible about it for a week.", "That was quite an eye-opener for me.", "Watching him
# present that demo was the best part of my year." Told last, the labeller read them as the
# result for their place. Every word after the subject must come from this closed vocabulary
# (appraisals, degrees, a few frame words), so no event, thing or outcome of the story can hide
# in the sentence.
_APPRAISALS = word_set(
    """terrible awful horrible painful tough hard rough stressful scary frightening nerve
    wracking racking intense exhausting tiring draining fun great amazing wonderful lovely
    rewarding humbling satisfying memorable exciting eye opener shock shocking surprise
    surprising wild crazy doable brutal uncomfortable awkward embarrassing best worst
    favourite favorite highlight highlights proud relieved worth nice enjoyable frustrating
    difficult easy bad good interesting long busy weird strange emotional ride rollercoaster
    roller coaster lesson humbled guilty awful sick bumpy proudest happiest hardest toughest
    scariest first"""
)
_APPRAISAL_FRAME = word_set(
    """a an the of my our one most more bit little really pretty quite very so genuinely
    honestly still rather extremely incredibly super truly definitely not but and also for to
    at in on about with me it that this time times moment moments part parts day days week
    weeks month months year years morning afternoon evening night weekend experience project
    projects career life work job while whole thing i've i'd i'll admit ever had say be honest
    all as well thing things i i'm lie will won't must fair monday tuesday wednesday thursday friday saturday sunday"""
)
# round 39: what such a remark may call the story ("not an easy conversation", "a fun puzzle")
_APPRAISAL_FRAME |= word_set("conversation conversations puzzle challenge few couple hours minutes")
# round 41: the story called a small thing or a change, told as ours, or as a thing to chase
# ("It's a small thing, but we're still a bit proud of it.", "It's still one of the changes
# I'm happiest about.", "It was a fun one to chase, to be honest.")
_APPRAISAL_FRAME |= word_set("small we're we change changes chase crack solve tell")
# A span of time the remark may measure the story by ("a long six months", "a stressful three
# weeks"): the only number such a remark may hold, right before its unit (round 39).
_DURATIONS = word_set("minutes hours days weeks months years")
_APPRAISED_SUBJECTS = word_set("it that this those the whole")
_APPRAISING_VERBS = word_set("was is were felt feel am")
_WATCHING = word_set("watching seeing hearing working being doing having getting")


def story_appraised(raw: str, ws: list[str]) -> bool:
    """A remark on how the story felt or what it was worth to me, with no event of it: a
    subject pointing back at the story (it/that/this, "the whole thing"), me ("I felt ..."),
    a gerund of mine ("Watching him present that demo was ..."), or none ("Not fun, but
    doable."); then only words of appraisal and frame, at least one appraisal, no number.
    Not "It was a good model, and it cut costs by half" (words outside the vocabulary), not
    "The launch was a success" (a thing of the story as the subject)."""
    said = split_is(_remark_words(raw))
    if "%" in raw or not 2 <= len(said) <= 18:
        return False
    spans = {k for k, w in enumerate(said[:-1]) if is_number(w) and said[k + 1] in _DURATIONS}
    if any(is_number(w) and w != "one" and k not in spans for k, w in enumerate(said)):
        return False
    said = [w for k, w in enumerate(said) if k not in spans]
    while said and said[0] in ("so", "and", "but", "well", "anyway", "yeah", "honestly"):
        said = said[1:]
    if said[:1] == ["i'm"]:
        said = ["i", "am", *said[1:]]
    verb = next((k for k, w in enumerate(said) if w in _APPRAISING_VERBS), -1)
    if verb == -1:
        rest = said  # no verb: an appraisal fragment
    elif verb >= 1 and (
        said[0] in _APPRAISED_SUBJECTS
        and all(w in _APPRAISED_SUBJECTS | {"thing"} for w in said[1:verb])
        or said[:verb] == ["i"]
        or (said[0] in _WATCHING and verb <= 7)
    ):
        rest = said[verb + 1 :]
    else:
        return False
    if not set(rest) & _APPRAISALS:
        return False
    return all(w in _APPRAISALS or w in _APPRAISAL_FRAME for w in rest)


# An opening line made only of words that point at a story, judge it, or say where it comes
# from (round 38): "Mm, okay, the best one is probably from my second year.", "Yeah, I've got
# one, and it's not a happy one.", "This one's a bit sensitive, but I'm happy to share it."
# The shapes ``story_preface`` knows miss such lines; a closed vocabulary keeps any line that
# names a thing or an event of the story (a place, a model, a past verb) the scene.
_POINTING_VOCABULARY = (
    _ACKNOWLEDGING
    | _STORY_ITEMS
    | _TELLING_VERBS
    | _TELLING_PARTICLES
    | _TELLING_ASIDES
    | _STORY_JUDGEMENTS
    | _APPRAISALS
    | _STILL
    | word_set(
        """mm mhm i i'm i've i'd i'll me my it it's this that that's the a an is are has
        have got of for to and but so not about from with question questions mind comes come
        think remember like love best favourite favorite clear happy sensitive bit pretty
        quite very probably definitely lot perhaps maybe last previous current first second
        third old earlier job jobs role roles team teams company companies year years
        internship career time"""
    )
) - word_set("was were went happened")


def story_pointed_at(ws: list[str]) -> bool:
    """An opening line whose every word points at the story, judges it as I tell it or says
    which part of my career it comes from, with a word for the story in it ("one",
    "example", "story"), no number and no past verb but "got" ("I've got one")."""
    said = split_is(ws)
    if not 2 <= len(said) <= PREFACE_MAX_WORDS or not set(said) & _STORY_ITEMS:
        return False
    if any(is_number(w) and w != "one" for w in said):
        return False
    return all(w in _POINTING_VOCABULARY for w in said)


# How a sentence says it holds in general, not once in the story (round 39): "Simple solutions
# are often underrated in this field.", "Numbers tend to win arguments that opinions cannot."
_GENERIC_MARKERS = word_set(
    "often usually always rarely seldom sometimes generally typically tend tends can"
)
# Subjects that point into the story (its people, its things), not at things in general.
_STORY_POINTERS = word_set("he she they it this that these those the his her their its")
_BE_PRESENT = word_set("is are be get gets")
# A condition makes the truth a rule the story taught, what to do (labelled a result).
_CONDITIONS = word_set("once if when unless until after")
GENERAL_TRUTH_MAX_WORDS = 16


def general_truth(raw: str, ws: list[str]) -> bool:
    """A general truth told after the story, with no look-back opener: present tense, a word
    that says it holds in general ("often", "tend", "can"), no subject pointing into the story
    ("The planners often call me" is theirs), no "I"/"we", no word of learning, no past verb
    and no number. "Offline numbers can be very misleading." is a reflection, no outcome;
    "Planners use it every day." (no such word) and "I learned that numbers can mislead" (a
    lesson) are not."""
    said = _remark_words(raw)
    if "%" in raw or not 3 <= len(said) <= GENERAL_TRUTH_MAX_WORDS:
        return False
    if said[0] in _STORY_POINTERS or not set(said) & _GENERIC_MARKERS:
        return False
    if set(said) & _CONDITIONS:
        return False  # "... usually go away once the boundary is written down": a rule to act on
    if set(said) & _STORY_TIES or any(is_number(w) for w in said):
        return False
    for k, w in enumerate(said):
        if w in _PAST:
            return False
        if _past_form(w) and not set(said[max(0, k - 2) : k]) & (_BE_PRESENT | _GENERIC_MARKERS):
            return False  # "underrated" after "are often" is a state, "fixed" alone an event
    return True


# A question the teller asks the listener, or themself, to move the telling on (round 41):
# "So what did I do?", "And what did I find?", "So where do you even start with that?", "And
# guess what?". Made only of a question word, a helper verb, a pronoun, a verb of doing,
# finding or starting, and words that only join or stress; anything of the story (a thing, a
# number, a name) makes it part of the story ("Was it the applicants or was it us?" asks what
# the task is; "I asked her: did any source change?" is a step).
_QUESTION_WORDS = word_set("what where why how who which when")
_RHETORICAL_VOCABULARY = _QUESTION_WORDS | word_set(
    """so and but well now then next okay right anyway even actually really guess did do does
    was is were would could can should i you we it that this there's what's i'd you'd we'd
    start begin find found do happen happened next first think know turned turn out of with
    about from go went problem catch answer reason fix point twist thing"""
)
RHETORICAL_MAX_WORDS = 9


def rhetorical_question(raw: str, ws: list[str]) -> bool:
    """A short question, asked in the telling, that tells nothing of the story: every word
    in ``_RHETORICAL_VOCABULARY``, a question word or "guess" in it, at most
    ``RHETORICAL_MAX_WORDS`` words, the sentence ending in "?"."""
    if not raw.rstrip().endswith("?") or not 2 <= len(ws) <= RHETORICAL_MAX_WORDS:
        return False
    if not set(ws) & (_QUESTION_WORDS | {"guess"}):
        return False
    return all(w in _RHETORICAL_VOCABULARY for w in ws)


# How the teller characterises the story about to be told, with the story as the subject
# (round 41): how much it matters to them ("this one was important to me", "this was
# humbling") or how often such stories come up ("this comes up a lot in my current job").
_STORY_POINTED = (("this", "one"), ("that", "one"), ("this",), ("it",))
_STORY_VERBS: tuple[tuple[str, ...], ...] = (
    ("comes", "up"),
    ("is",),
    ("was",),
    ("'s",),
)
_MATTERING = word_set("important special personal close dear meaningful formative big small")
_HOW_OFTEN = word_set("lot often always time times")
_CHARACTERISING = (
    _APPRAISALS
    | _STORY_JUDGEMENTS
    | _MATTERING
    | _HOW_OFTEN
    | _DEGREES
    | _TELLING_ASIDES
    | word_set(
        """to me for us a all the of in at my our current last previous job work line kind
        career heart one"""
    )
)
CHARACTERISED_MAX_WORDS = 12


def story_characterised(ws: list[str]) -> bool:
    """An opening line that only says what the story is to the teller, with the story as its
    subject: "Yes, this one was important to me.", "Yeah, so, this was humbling.", "Yeah, this
    comes up a lot actually.", "Yes, this comes up a lot in my current job." (after the
    acknowledgements, "this (one)" or "it", "is/was/comes up", then only words of mattering,
    appraisal or how often, at most ``CHARACTERISED_MAX_WORDS`` words, no number). Not "This was
    a project at a bank" (names the story), nor "This one was at a logistics startup" (where
    it happened, the scene)."""
    said = split_is(ws)
    if not 0 < len(said) <= CHARACTERISED_MAX_WORDS or any(
        is_number(w) and w != "one" for w in said
    ):
        return False
    i = 0
    while i < len(said) and said[i] in _ACKNOWLEDGING:
        i += 1
    rest = said[i:]
    pointer = next((p for p in _STORY_POINTED if tuple(rest[: len(p)]) == p), None)
    if pointer is None:
        return False
    rest = rest[len(pointer) :]
    verb = next((v for v in _STORY_VERBS if tuple(rest[: len(v)]) == v), None)
    if verb is None:
        return False
    predicate = rest[len(verb) :]
    if not predicate or predicate[0] in ("at", "in", "from", "about", "when", "back"):
        return False
    if not set(predicate) & (_APPRAISALS | _STORY_JUDGEMENTS | _MATTERING | _HOW_OFTEN):
        return False
    return all(w in _CHARACTERISING for w in predicate)


# What a teller who starts over says ("let me start with the setup", "let me back up").
_RESTART_VERBS = word_set("start begin back go rewind restart think see set step")
RESTART_TAIL_MAX_WORDS = 5


def restarted_opener(raw: str, ws: list[str]) -> bool:
    """An opening line of false starts and a restart (star42): "So I, um, the first thing,
    okay, let me start with the setup.", "Okay, so I, I, hmm, let me back up a bit.". Short
    pieces broken off by commas, then "let me" and a verb of starting over with at most a few
    words after it, no number and no past verb: the teller gathering the story, none of it told
    ("Let me start with the outage that cost us a week" tells one: a past verb, no broken-off
    pieces)."""
    if any(is_number(w) for w in ws):
        return False
    at = next((k for k in range(len(ws) - 1) if ws[k : k + 2] == ["let", "me"]), None)
    if at is None or at + 2 >= len(ws) or ws[at + 2] not in _RESTART_VERBS:
        return False
    tail = ws[at + 3 :]
    if len(tail) > RESTART_TAIL_MAX_WORDS or any(_past_form(w) for w in tail):
        return False
    head = raw.lower().split("let me", 1)[0]
    pieces = [p.split() for p in re.split(r"[,.…]+", head) if p.strip()]
    # two or more pieces, each of at most three words: broken off, not a clause of the story
    return len(pieces) >= 2 and all(len(p) <= 3 for p in pieces)


# What sets a sentence off as an aside ("By the way, ...", "Side note, ...").
_ASIDE_LEADS = (
    ("by", "the", "way"),
    ("side", "note"),
    ("on", "a", "side", "note"),
    ("as", "a", "side", "note"),
    ("as", "an", "aside"),
    ("incidentally",),
    ("funnily", "enough"),
    ("funny", "enough"),
    ("fun", "fact"),
)
# A comment tacked onto the sentence before, hedged: "Which, honestly, was nice to see."
_ASIDE_HEDGES = word_set("honestly frankly admittedly")
_ASIDE_OPENERS = word_set("and oh so")
_ASIDE_ADVERBS = word_set("also then just quickly finally first later")


def aside_remark(ws: list[str]) -> bool:
    """An aside on the telling, mid-story (star42): "By the way, the vendor was a story of its
    own.", "Side note, the synthetic ones helped less than I hoped.", "Which, honestly, was a
    relief for everyone.". Not when it tells a step of mine ("By the way, I also added an
    alert") or a number ("Incidentally, errors fell by half")."""
    i = 0
    while i < len(ws) and ws[i] in _ASIDE_OPENERS:
        i += 1
    rest = ws[i:]
    aside = any(tuple(rest[: len(lead)]) == lead for lead in _ASIDE_LEADS)
    aside = aside or (rest[:1] == ["which"] and bool(set(rest[1:3]) & _ASIDE_HEDGES))
    if not aside or any(is_number(w) and w != "one" for w in rest):
        return False
    for k, w in enumerate(rest):
        if w not in ("i", "we") or (k and rest[k - 1] in ("than", "as")):
            continue  # "less than I hoped": no act
        verb = [v for v in rest[k + 1 : k + 4] if v not in _ASIDE_ADVERBS][:1]
        if verb and _past_form(verb[0]):
            return False  # "By the way, I also added an alert": a step
    return True


# A verbless appraisal told between or after the parts (star45): "Not glamorous, but it
# worked.", "Tedious work, but worth every hour.", "Painful.", "Obvious in hindsight, like most
# of these things.", "Hard, honestly, mostly because of the photos." ``story_appraised`` wants
# every word from its closed vocabulary, so a fresh writer's own adjective ("glamorous",
# "tedious") or a short tail ("but it worked", "like most of these things") left it the result
# or the scene by its place. Here the shape carries it: a head with no verb, no person and no
# number, made of an appraisal (the vocabulary, or an adjective by its ending) and frame words
# only, so that a terse fragment naming a thing of the story ("Great offline numbers.",
# "Precision back to normal by the evening.") stays a part; then tails that tell no event.
_EVALUATIVE_ENDINGS = ("ous", "ful", "ible", "able")
_EVALUATIVE_MIN = 7  # letters of an adjective known by its ending ("obvious"; not "table")
_HEAD_FRAME = _APPRAISAL_FRAME - word_set("i i've i'd i'll i'm we we're had be say lie will must")
_HEAD_WORDS = word_set("not just in hindsight real kind sort almost quite rather")
_HEAD_MAX_WORDS = 6
_TAIL_MAX_WORDS = 7
_BACK_SUBJECTS = word_set("it that this which")
_MY_MARKS = word_set("know admit guess suppose mean think must have to say can tell you will i'll")
_PERSONS = word_set("i we my our me us i'm we're i've we've i'd we'd")
_PAST_STATES = word_set("was were had")  # "it was worth it": the appraisal goes on


def _evaluative(w: str) -> bool:
    # ("first" is an appraisal in "my first big launch", an order word in "One-on-one first")
    return w != "first" and (
        w in _APPRAISALS
        or w in _STORY_JUDGEMENTS
        or w in _FEELINGS
        or (len(w) >= _EVALUATIVE_MIN and w.endswith(_EVALUATIVE_ENDINGS))
    )


def _appraisal_head(head: list[str]) -> bool:
    while head and head[0] in ("so", "and", "well", "yeah", "honestly", "overall"):
        head = head[1:]
    exclaimed = _exclaimed(head)
    if exclaimed:
        head = head[:exclaimed]  # "Almost embarrassing how simple that was." (star46)
    if not 1 <= len(head) <= _HEAD_MAX_WORDS or set(head) & (FINITE | _PERSONS):
        return False
    if any(_past_form(w) and not _evaluative(w) for w in head):
        return False
    if len(head) == 2 and head[0] == "nothing" and not is_number(head[1]):
        return True  # "Nothing fancy.", "Nothing clever, just a lookup table." (star46)
    if (
        len(head) >= 3
        and head[0] in _NOUN_APPRAISAL_LEADS
        and _evaluative(head[-2])
        and head[-1] not in _PERSONS
        and not is_number(head[-1])
    ):
        head = head[:-1]  # the thing appraised, one noun: "Not an easy meeting." (star46)
    return any(_evaluative(w) for w in head) and all(
        _evaluative(w) or w in _HEAD_FRAME or w in _HEAD_WORDS for w in head
    )


# What opens an appraisal of one named thing ("*Not* an easy meeting", "*Quite* a painful week").
_NOUN_APPRAISAL_LEADS = word_set("not quite such really")
_EXCLAIM_SUBJECTS = word_set("it that this")


def _exclaimed(head: list[str]) -> int:
    """Where an exclamative tail "how <word> it was" starts after an appraisal ("Almost
    embarrassing how simple that was", "Almost funny how small the fix was"), else 0."""
    if len(head) < 5 or head[-1] not in ("was", "is"):
        return 0
    for k in range(1, len(head) - 3):
        subject = head[k + 2 : -1]
        if head[k] == "how" and (
            subject == [subject[0]]
            and subject[0] in _EXCLAIM_SUBJECTS
            or 1 < len(subject) <= _EXCLAIM_SUBJECT_MAX
            and subject[0] in _EXCLAIM_DETERMINERS
        ):
            return k
    return 0


_EXCLAIM_DETERMINERS = word_set("the our my their that this")
_EXCLAIM_SUBJECT_MAX = 3  # "how small *the fix* was", "how simple *the whole thing* was"


def _quiet_tail(tail: list[str]) -> bool:
    """A tail that tells no event: no verb ("worth every hour", "like most of these things"),
    my mark on the telling ("I know", "I must say"), or a short clause about the thing just
    appraised ("it worked", "it saves you")."""
    if not tail or len(tail) > _TAIL_MAX_WORDS or set(tail) & CHANGE_WORDS:
        return False
    if tail[0] in ("i", "i'll") and all(w in _MY_MARKS for w in tail[1:]):
        return True
    if tail[0] in _BACK_SUBJECTS:
        at = next((k for k in (1, 2) if k < len(tail) and tail[k] not in _ASIDE_ADVERBS), 0)
        verb, done_to = tail[at], [w for w in tail[at + 1 :] if w not in _ASIDE_ADVERBS]
        if at and verb not in _PAST_STATES and (_past_form(verb) or verb in IRREGULAR_PAST):
            # "..., but it *ended the complaints*": an outcome, said of what it changed; a bare
            # "but it worked" still only appraises (as the repository's sets label it)
            return not done_to
        return len(tail) <= _TAIL_MAX_WORDS - 2
    return not any(w in FINITE or _past_form(w) for w in tail) and not set(tail) & _PERSONS


def verbless_appraisal(raw: str) -> bool:
    """Is the sentence a verbless appraisal with quiet tails (see above)?"""
    if "%" in raw or any(ch.isdigit() for ch in raw):
        return False
    pieces = [
        _remark_words(piece)
        for piece in re.split(r",|;|\s[-\u2013\u2014]\s|\bbut\b|\bjust\b", raw.strip().rstrip(".!"))
    ]
    pieces = [p for p in pieces if p]
    if not pieces or any(is_number(w) and w != "one" for p in pieces for w in p):
        return False
    return _appraisal_head(pieces[0]) and all(_quiet_tail(p) for p in pieces[1:])


# An opening line that names the story I picked before telling any of it (star45): "Okay, the
# one I remember best was on a Saturday.", "Sure, so the hardest one I've worked on was in
# speech.", "Right, the one that comes to mind is a migration." Its subject is the story itself,
# singled out (a superlative or a clause of remembering, choosing or being proud), and what it
# is said to be only labels it; ``story_pointed_at`` wanted every word from its vocabulary, so
# the label's own noun ("a migration", "speech") left it the scene. A line that goes on to set
# a scene (", where the search still ran on keyword matching") or tells a change ("The one I'm
# proudest of cut our no-result rate ...": no "is/was") is not such a line, nor a project
# singled out ("The project I'm proudest of is a churn model for a telecom": the project,
# described, is the scene the story starts from, as the repository's sets label it).
_PICKED_NOUNS = word_set("one story example anecdote instance")
_SINGLING = word_set(
    """best worst most proudest hardest toughest biggest favourite favorite remember recall
    mind proud pick choose"""
)
_COPULAS = word_set("is was")
_SCENE_TURNS = word_set("where when while which")
PICKED_SUBJECT_MAX_WORDS = 10
PICKED_LABEL_MAX_WORDS = 14


def story_picked(raw: str, ws: list[str]) -> bool:
    """Is the opening line only the story I picked, singled out and labelled (see above)?"""
    said = split_is(_remark_words(raw))
    while said and (said[0] in _ACKNOWLEDGING or said[0] in ("i", "think")) and said[0] != "one":
        if said[:2] == ["i", "think"]:
            said = said[2:]
        elif said[0] == "i":
            break
        else:
            said = said[1:]
    copula = next((k for k, w in enumerate(said) if w in _COPULAS), -1)
    if not 1 < copula <= PICKED_SUBJECT_MAX_WORDS:
        return False
    subject, label = said[:copula], said[copula + 1 :]
    if subject[0] != "the" or not set(subject) & _PICKED_NOUNS:
        return False
    if not (set(subject) & _SINGLING or any(w.endswith("est") for w in subject)):
        return False
    if not label or len(label) > PICKED_LABEL_MAX_WORDS:
        return False
    if any(is_number(w) and w != "one" for w in label) or "%" in raw:
        return False
    if any(
        w in ("i", "we") and (_past_form(n) or n in IRREGULAR_PAST)
        for w, n in zip(label, label[1:], strict=False)
    ):
        return False  # "... is the ticket router I built at my last job": the scene, described
    pieces = [p.split() for p in raw.lower().split(",")[1:]]
    return not any(p and p[0] in _SCENE_TURNS for p in pieces) and not _describes_scene(label)


# Words that open a clause or a qualifier in what the pick is said to be ("was *when* our
# model failed", "a churn model *that* nobody trusted", "a ranking model *at* an online
# grocery"): the line describes the scene (review of 67a89dad).
_CLAUSE_OPENERS = _SCENE_TURNS | word_set("that who whom whose because after before until as")
_QUALIFIERS = word_set("at in on for to of with from about across during inside between")
_OWNED = word_set("our my their his her")
PICKED_BARE_MAX_WORDS = 3  # "a migration", "a data migration": a name, not a description


def _describes_scene(label: list[str]) -> bool:
    """Does what the pick is said to be describe the scene, rather than only name or place
    it ("on a Saturday", "in speech", "a migration")?"""
    if set(label) & _CLAUSE_OPENERS:
        return True
    if label[0] in _QUALIFIERS:
        return False  # when or where it was, nothing of the scene itself
    return (
        label[0] in _OWNED
        or len(label) > PICKED_BARE_MAX_WORDS
        or bool(set(label[1:]) & _QUALIFIERS)
    )


# The story ranked in my own history (star56): "Still the hardest email I have sent.",
# "Painful, but probably the most useful failure I've had.", "Probably the most boring project
# I've done, but the one that lasted longest.": a superlative, then a noun or two, then "I" and
# a past form ("I've had", "I have sent", "I ever ran"): what the story was among mine, no
# outcome of it.
_MY_PAST = (("i've",), ("i", "have"), ("i", "had"), ("i'd",), ("i", "ever"), ("i've", "ever"))
# What may come before the superlative: a subject pointing at the story, "was", hedges.
_RANKING_LEADS = word_set(
    "probably maybe easily definitely still was is so yeah that this it by far"
)
_PARTICIPLES = word_set("done been seen given written taken gone known run ever")
_SUPERLATIVE_NOT = word_set("best rest test latest interest honest modest request suggest west")


def _superlative(ws: Sequence[str], k: int) -> bool:
    w = ws[k]
    if w == "most":
        return True
    return (
        k > 0
        and ws[k - 1] == "the"
        and (w in ("best", "worst") or (w.endswith("est") and len(w) > 5))
        and w not in _SUPERLATIVE_NOT - {"best"}
    )


def ranked_among_mine(ws: Sequence[str]) -> bool:
    """Is the story ranked among my own, with no number ("the hardest email I have sent")?"""
    if any(is_number(w) and w != "one" for w in ws):
        return False
    for k in range(len(ws)):
        if not _superlative(ws, k):
            continue
        before = split_is(ws[:k])
        if not all(
            w in _RANKING_LEADS or w in _APPRAISALS or w in _APPRAISAL_FRAME for w in before
        ):
            return False  # "It cut latency by the largest margin I had seen": an outcome
        for j in range(k + 2, min(k + 5, len(ws))):
            head = next((p for p in _MY_PAST if tuple(ws[j : j + len(p)]) == p), None)
            if head is None:
                continue
            after = ws[j + len(head) : j + len(head) + 1]
            return bool(after) and (
                _past_form(after[0]) or after[0] in IRREGULAR_PAST or after[0] in _PARTICIPLES
            )
    return False
