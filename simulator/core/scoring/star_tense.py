"""A story told in the present, read as the same story told in the past (star43).

People often narrate a story in the historical present ("So I'm on call, the click-through falls
by half, I have to find out why. The logs are pulled and split by version ..."). The labeller's
rules read tense and voice the way a story told in the past says them: "I had to" is the task,
"were pulled" an act in the passive, "fell by half" a change, "had shipped" what came before.
Told in the present, those same sentences carried none of that evidence: its duties ("I have
to"), its passive steps ("are pulled"), its changes ("falls") and its look backs ("has tuned")
were read as the scene or the result by where they sit alone. So a story whose sentences are
mostly told in the present has each finite verb put in the past before it is labelled: "is" ->
"was", "are" -> "were", "have to" -> "had to", "gets" -> "got", "I pull" -> "I pulled",
"drops" -> "dropped", "has tuned" -> "had tuned". Nothing else of the sentence changes, and a
story told in the past (with a present-tense lesson or aside) is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_cues import (
    CHANGE_WORDS,
    ENDINGS,
    OUTCOME_VERBS,
    STEP_OUTCOME_VERBS,
)
from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.text import is_number, word_set, words

__all__ = [
    "as_past",
    "duty_as_past",
    "my_present_among_past",
    "sentence_tense",
    "text_as_past",
    "told_in_present",
]

# Present forms with a past of their own, wherever they stand as the finite verb.
_FINITE = {"is": "was", "are": "were", "am": "was", "has": "had", "does": "did", "gets": "got"}
# The same forms that are also the base after "to" or a modal ("to get", "can do", "will have").
_BASE_OR_FINITE = {"have": "had", "do": "did", "get": "got"}
# A pronoun and "is/are/am" told as one word.
_CONTRACTED = {
    "i'm": ("i", "was"),
    "we're": ("we", "were"),
    "they're": ("they", "were"),
    "it's": ("it", "was"),
    "there's": ("there", "was"),
    "that's": ("that", "was"),
    "he's": ("he", "was"),
    "she's": ("she", "was"),
    "i've": ("i", "had"),
    "we've": ("we", "had"),
    "they've": ("they", "had"),
}
# Before these a verb is a base form, not a finite one ("to get", "can do", "help fix").
_BASE_BEFORE = word_set("to can could will would may might must should shall let not did does do")
# Not "you": "you know" is a filler, never the story's act.
_SUBJECTS = word_set("i we they")
# Words that may stand between a subject and its verb ("I then write", "we just roll back").
_BETWEEN = word_set(
    """then also just first finally quickly immediately actually simply only still always
    never really basically usually often even so um uh er erm like kind sort"""
)
# The past of the irregular verbs a story tells its steps, findings and outcomes with.
_IRREGULAR_PAIRS = """go:went take:took write:wrote see:saw find:found tell:told say:said make:made
    run:ran put:put set:set sit:sat give:gave come:came know:knew think:thought bring:brought
    build:built keep:kept send:sent spend:spent meet:met read:read split:split cut:cut
    shut:shut lead:led choose:chose begin:began break:broke buy:bought catch:caught draw:drew
    feel:felt hold:held lose:lost leave:left pay:paid speak:spoke stand:stood teach:taught
    win:won rebuild:rebuilt rewrite:rewrote rerun:reran understand:understood fall:fell
    rise:rose grow:grew shrink:shrank hear:heard mean:meant drive:drove let:let hit:hit
    quit:quit sell:sold throw:threw become:became get:got do:did have:had"""
_IRREGULAR = dict(pair.split(":") for pair in _IRREGULAR_PAIRS.split())
# Past forms that are no base ("took", "went"; not "read", "set": the same in both tenses).
_PAST_FORMS = frozenset(_IRREGULAR.values())
_ALREADY_PAST = word_set("was were had did")
# Verbs whose third-person present is read as a past when nothing before it makes it a noun:
# the changes, outcomes and endings the rules know in the past, and the verbs of finding,
# agreeing and moving on a story's events are told with ("it turns out", "she agrees").
_EVENT_VERBS = (
    CHANGE_WORDS
    | OUTCOME_VERBS
    | STEP_OUTCOME_VERBS
    | ENDINGS
    | word_set(
        """turned showed found agreed asked told said went came took gave needed wanted
        decided switched moved stayed became returned started finished ended failed broke
        crashed dropped picked chose accepted rejected complained replied answered called"""
    )
)
# Words before which a third-person "-s" form is a plural noun ("the drops", "two cuts").
_NOUN_BEFORE = word_set(
    """the a an our my their his her its your these those this that some any no few many
    several both all each every budget of for with"""
)
_VOWELS = frozenset("aeiou")
# At least this many sentences told in the present, and more of them than in the past.
PRESENT_MIN = 3


def _past_of(base: str) -> str:
    """The simple past of a verb's base form ("pull" -> "pulled", "stop" -> "stopped")."""
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if base.endswith("e"):
        return base + "d"
    if len(base) > 2 and base.endswith("y") and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    short = len(base) <= 4 and sum(ch in _VOWELS for ch in base) == 1
    if short and base[-1] not in _VOWELS | set("wxy") and base[-2] in _VOWELS:
        return base + base[-1] + "ed"  # "stop" -> "stopped", "plan" -> "planned"
    return base + "ed"


def _base_of_third(word: str) -> str:
    """The base of a third-person present form ("drops" -> "drop", "catches" -> "catch")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return ""


def _subject_verb(ws: Sequence[str], k: int) -> bool:
    """Is the word at ``k`` a verb after "I", "we", "they" or "you" (adverbs between)?"""
    j = k - 1
    while j >= 0 and ws[j] in _BETWEEN:
        j -= 1
    return j >= 0 and ws[j] in _SUBJECTS and (j == 0 or ws[j - 1] not in ("than", "as"))


# Words after a subject that are no verb of its own ("I and my lead", "we all", "I really").
_NOT_VERBS = word_set(
    """and or but so the a an to in on at with for of from not never no both all each myself
    ourselves themselves yourself alone too mean guess"""
)
_LY_VERBS = word_set("apply reply supply rely")


def _plain_verb(word: str) -> bool:
    """A word that may be a verb's base form after its subject (not one already in the past:
    a spoken story told in the present has sentences in the past too, "And I had about a month
    before ...", and "had" was put in the past again as "hadded", so the sentence lost its
    "I had" and "was"; star57)."""
    if not word.isalpha() or len(word) < 2 or word.endswith(("ed", "ing")):
        return False
    if word in _ALREADY_PAST or (word in _PAST_FORMS and word not in _IRREGULAR):
        return False
    if word in _NOT_VERBS or word in _BETWEEN or word in _BASE_BEFORE:
        return False
    return not word.endswith("ly") or word in _LY_VERBS


def sentence_tense(ws: Sequence[str]) -> str:
    """The tense of a sentence's first finite verb: "present", "past" or "" (none found)."""
    for k, w in enumerate(ws):
        if w in _CONTRACTED or w in _FINITE:
            return "present"
        if w in ("was", "were", "had", "did", "got"):
            return "past"
        before = ws[k - 1] if k else ""
        if w in _BASE_OR_FINITE and before not in _BASE_BEFORE and before in _SUBJECTS:
            return "present"
        if _subject_verb(ws, k):
            if is_past(w):
                return "past"
            if _plain_verb(w):
                return "present"
        if _third_person_event(w, before):
            return "present"
    return ""


def _third_person_event(word: str, before: str) -> bool:
    """ "drops", "signs", "turns": a verb of an event in the third-person present, not a
    plural noun ("the drops", "two cuts")."""
    base = _base_of_third(word)
    if not base or before in _NOUN_BEFORE or is_number(before):
        return False
    return _past_of(base) in _EVENT_VERBS


def told_in_present(said: Sequence[Sequence[str]]) -> bool:
    """Is the story told in the present: at least PRESENT_MIN of its sentences, and more of
    them than of those told in the past?"""
    tenses = [sentence_tense(ws) for ws in said]
    present, past = tenses.count("present"), tenses.count("past")
    return present >= PRESENT_MIN and present > past


_MINE = word_set("i we")
# Verbs of a state of mind, which the present tense says of the teller as they speak ("I
# believe that ...", "I think every model needs ...", "I remember ..."): a view or a memory
# held now, no act of the story's time.
_HELD_NOW = word_set(
    """think believe feel guess know hope mean suppose reckon wish doubt expect remember
    recall agree understand like love hate want prefer admit bet"""
)


def _my_present_verb(ws: Sequence[str]) -> bool:
    """Is the sentence's act one of mine told in the present ("I try", "we move"), with no verb
    of it in the past ("The screen said we collect usage data", "I saw that it behaves
    differently": a present inside a past sentence is what was said or seen)?"""
    if any(w in _ALREADY_PAST or w in _PAST_FORMS or is_past(w) for w in ws):
        return False
    for k, w in enumerate(ws):
        if w in _CONTRACTED or w in _FINITE:
            return False
        if _subject_verb(ws, k) and _plain_verb(w):
            j = k - 1
            while ws[j] in _BETWEEN:
                j -= 1
            return ws[j] in _MINE and w not in _HELD_NOW
    return False


def my_present_among_past(said: Sequence[Sequence[str]]) -> list[int]:
    """The sentences of a story told in the past whose own act of mine is told in the present,
    with no verb of them in the past, between a sentence told in the past and one told in the
    past or with no tense read, neither in the present: "... recall
    fell from 85 to 60 percent. I try knowledge distillation for two more months, but I could
    not get it back. Finally the customer decided to ...". Among past sentences, a
    present-tense act of mine with no mark of a habit is of the story's time, as a speaker whose
    English mixes tenses tells it (star68), and is read in the past as a story told in the
    present is (``as_past``). (Read wherever it stands in a past story, it also took the habits
    of answers to practice questions, "I keep a short list of two newsletters", for steps.)"""
    tenses = [sentence_tense(ws) for ws in said]
    return [
        i
        for i in range(1, len(said) - 1)
        if "present" not in (tenses[i - 1], tenses[i + 1])
        and "past" in (tenses[i - 1], tenses[i + 1])
        and _my_present_verb(said[i])
    ]


# Words that make a sentence a habit or a lesson, told in the present in any story ("Since then
# I always put the work on one page"): such a sentence keeps its tense.
_HABIT_WORDS = word_set("now always usually nowadays since often today still generally")


def as_past(ws: Sequence[str]) -> list[str]:
    """The sentence with its present finite verbs put in the past (see the module's text); a
    habit or a lesson as it is."""
    return [piece for pieces in _past_pieces(ws) for piece in pieces]


def _past_pieces(ws: Sequence[str]) -> list[tuple[str, ...]]:
    """Each word of the sentence as the word or words it becomes in the past ("i'm" -> "i",
    "was"; "drops" -> "dropped"; most words stay as they are)."""
    if set(ws) & _HABIT_WORDS:
        return [(w,) for w in ws]
    out: list[tuple[str, ...]] = []
    for k, w in enumerate(ws):
        before = ws[k - 1] if k else ""
        if w in _CONTRACTED:
            out.append(_CONTRACTED[w])
        elif w in _FINITE:
            out.append((_FINITE[w],))
        elif w in _BASE_OR_FINITE and before not in _BASE_BEFORE and _subject_verb(ws, k):
            out.append((_BASE_OR_FINITE[w],))
        elif _subject_verb(ws, k) and _plain_verb(w):
            out.append((_past_of(w),))
        elif _third_person_event(w, before):
            out.append((_past_of(_base_of_third(w)),))
        else:
            out.append((w,))
    return out


_TEXT_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


def text_as_past(text: str) -> str:
    """The sentence's text with its present finite verbs put in the past as ``as_past`` puts its
    words, its punctuation kept: the rules that read a sentence's clauses from its text (where
    the commas and the "and"s cut it: star_gaps.py) read a story told in the present as they
    read one told in the past ("After three weeks the new ranker lifts add-to-cart by 4
    percent" tells its outcome as "lifted" does; star58). The text as it is when its words
    cannot be lined up with the scorer's."""
    plain = text.replace("\u2019", "'").replace("%", " percent ")
    found = list(_TEXT_WORD.finditer(plain))
    said = [m.group().lower() for m in found]
    if said != words(text):
        return text
    out, at = [], 0
    for m, word, pieces in zip(found, said, _past_pieces(said), strict=True):
        if pieces != (word,):
            out.append(plain[at : m.start()])
            out.append(" ".join(pieces))
            at = m.end()
    out.append(plain[at:])
    return "".join(out)


# Participles of a duty put on me ("I had been asked to", "I had been given the job of").
_DUTY_GIVEN = word_set("asked tasked assigned told expected supposed given put charged hired")
# "My job had been to", "Our one goal for the quarter had been to": the subject's words.
_GOAL_SUBJECT_MAX = 6


def duty_as_past(ws: Sequence[str]) -> list[str]:
    """A duty told in the past perfect read as told in the simple past (star50): "I had been
    asked to fix it" as "I was asked to fix it", "My job had been to keep it under ten minutes"
    as "My job was to ...", a note's "Had been asked by the head of risk to ..." as "I was asked
    by ...". The teller looks back from the story's own time to when the work was given: the
    same duty, the task, not how things had been. Anything else in the past perfect ("I had been
    working on it for a year", "The model had been retrained") is left as it is."""
    out = list(ws)
    for k in range(len(out) - 2):
        if out[k : k + 2] != ["had", "been"]:
            continue
        nxt = out[k + 2]
        if k == 0 and nxt in _DUTY_GIVEN:
            return ["i", "was", *out[2:]]  # a note: "Had been asked to ..."
        if k and out[k - 1] in ("i", "we") and nxt in _DUTY_GIVEN:
            return [*out[:k], "was" if out[k - 1] == "i" else "were", *out[k + 2 :]]
        if nxt == "to" and out[:1] in (["my"], ["our"]) and k <= _GOAL_SUBJECT_MAX:
            return [*out[:k], "was", *out[k + 2 :]]  # "My job had been to ..."
        return out
    return out
