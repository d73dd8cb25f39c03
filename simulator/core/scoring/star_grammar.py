"""A sentence's grammar, as far as the STAR labeller needs it: where its main clause starts
(past a leading phrase, an apposition or a reduced relative: "the model I built blocked ..."),
who its subject is (me, us, another person, a thing), its main verb and tense ("I" + a past
verb, two-word verbs, past perfect, a duty "had to" versus background "had"), and whether it is
told from a later point of the story ("Three months in, ...").

What kind of statement a sentence is, built on this, is star_predicates.py's. No tagger: word
lists (star_cues.py) and commas in the sentence as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.core.scoring.star_cues import (
    ADVERBS,
    BE_PAST,
    DETERMINERS,
    DISCOURSE_WORDS,
    FINITE,
    IRREGULAR_PAST,
    LEADING_WORDS,
    NOT_ACTION_VERBS,
    NOT_ADVERBS,
    PEOPLE,
    PRESENT_MARKERS,
    SUBORDINATORS,
    TIME_UNITS,
)
from simulator.core.scoring.text import STOPWORDS, word_set, words

# Words after which a past form describes the noun that follows ("the retrained model").
_ARTICLES = frozenset(("the", "a", "an", "our", "my", "their", "its", "his", "her"))
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
        if w not in FINITE and is_past(w) and ws[j - 1] in _ARTICLES and j + 1 < len(ws):
            continue  # "The retrained model was then handed ...": a participle as adjective
        if _compound_modifier(ws, j, raw):
            continue  # "A simple gradient-boosted model was then trained": no verb (round 41)
        if w in FINITE or is_past(w):
            if ws[j - 1] == "i" and _reduced_relative(ws, j - 1, j):
                relative = j - 1  # "the model I built blocked ...": the subject is "the model"
                continue
            head = tuple(ws[start:j] if skip_to < 0 else ws[start : later[0]])
            if relative >= 0:
                head = tuple(ws[start:relative])
            return Clause(_subject_kind(head), head, j)
    return Clause("", (), -1)


# How far before a hyphenated participle its noun phrase's determiner may stand ("a simple
# gradient-boosted model": two words).
_COMPOUND_REACH = 3


def _compound_modifier(ws: list[str], j: int, raw: str) -> bool:
    """``ws[j]`` is the participle of a hyphenated modifier inside a noun phrase ("a
    gradient-boosted model", "the hard-coded factor", "a rule-based splitter"): the text joins
    it to the word before with a hyphen, a determiner opens the phrase a few words before, and
    a word follows it (the noun). Not a verb split at its prefix ("I fine-tuned a model", "we
    re-ran it": no determiner before)."""
    if not (0 < j < len(ws) - 1 and is_past(ws[j])) or ws[j - 1] in VERB_PREFIXES:
        return False
    if f"{ws[j - 1]}-{ws[j]}" not in raw.lower():
        return False
    before = ws[max(0, j - 1 - _COMPOUND_REACH) : j - 1]
    return bool(set(before) & _ARTICLES)


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


# A verb's prefix split off at its hyphen ("re-ran", "co-wrote"): the verb is the next word.
VERB_PREFIXES = frozenset(("re", "co", "pre", "over", "under", "double", "cross"))


def past_verb_after(ws: list[str], subject: str) -> bool:
    """``subject`` followed by a past-tense verb that is an act ("I wrote", "we moved")."""
    for i in range(len(ws) - 1):
        if ws[i] != subject or (
            i > 0 and ws[i - 1] in SUBORDINATORS and not _pointing_that(ws, i - 1)
        ):
            continue  # "since I ran the job": a subordinate clause, not what the sentence says
        j = i + 1
        while j < len(ws) - 1 and (ws[j] in ADVERBS or is_adverb(ws[j])):
            j += 1
        if compound(ws, j) or _prefixed(ws, j):
            j += 1  # "I fine tuned", "I hand labelled", "I re-ran" (split at its hyphen)
        verb = ws[j]
        if verb in NOT_ACTION_VERBS or _reduced_relative(ws, i, j) or _lacked(ws, j):
            continue
        if _object_relative(ws, i, j):
            continue
        if is_past(verb):
            return True
    return False


# Words after which "that" points back at what came before ("from that", "after that", "based
# on that"): a pronoun, not a word opening a clause.
_POINTING_LEADS = word_set("from on after with of by for in at to like")


def _pointing_that(ws: list[str], k: int) -> bool:
    """ "From that I drew a diagram", "Based on that, I argued ...": the "that" at ``k`` is a
    pronoun after a preposition, so the clause after it is the sentence's own (star49)."""
    return ws[k] == "that" and k > 0 and ws[k - 1] in _POINTING_LEADS


# States a speaker can lack: "I did not know the clinical codes" is how things stood.
_STATES = frozenset(("know", "have", "understand", "expect", "realise", "realize", "speak"))


def _lacked(ws: list[str], j: int) -> bool:
    """ "I did not know ...", "I did not have access ...": a state I was in, not an act."""
    return ws[j : j + 2] == ["did", "not"] and j + 2 < len(ws) and ws[j + 2] in _STATES


def _prefixed(ws: list[str], j: int) -> bool:
    """``ws[j]`` is a prefix split off a past verb at its hyphen ("re ran", "co wrote")."""
    return ws[j] in VERB_PREFIXES and j + 1 < len(ws) and is_past(ws[j + 1])


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


_CLAUSE_JOINS = word_set("and so but then or while")
_AFTER_OBJECT_RELATIVE = LEADING_WORDS | word_set("last earlier ago")


def _object_relative(ws: list[str], i: int, j: int) -> bool:
    """ "He took it to the board, and the rebuild arrived on the date I gave": "I gave"
    describes a noun of a clause already under way (its verb came before), and takes no object
    of its own; what the sentence tells is that clause, not a step of mine (round 34)."""
    if i < 3 or ws[i - 2] not in DETERMINERS or ws[i - 1] in STOPWORDS:
        return False
    nxt = ws[j + 1] if j + 1 < len(ws) else ""
    if nxt and nxt not in _AFTER_OBJECT_RELATIVE:
        return False
    for k in range(i - 3, 0, -1):
        w = ws[k]
        if w in _CLAUSE_JOINS or w in SUBORDINATORS or w in ("i", "we"):
            return False
        if (w in FINITE or is_past(w)) and ws[k - 1] not in DETERMINERS:
            return True
    return False


# First halves of a two-word participle with an irregular second half ("hand built").
HAND_WORDS = word_set("hand custom home self machine")


def compound(ws: list[str], j: int) -> bool:
    """``ws[j]`` is the first half of a two-word verb ("fine tuned", "load tested")."""
    if j + 1 >= len(ws) or ws[j] in STOPWORDS or is_past(ws[j]) or ws[j] in FINITE:
        return False
    nxt = ws[j + 1]
    if nxt in IRREGULAR_PAST and ws[j] in HAND_WORDS:
        return True  # "was hand built", "were hand written" (round 41)
    return nxt.endswith("ed") and len(nxt) > 4 and nxt not in NOT_ACTION_VERBS


def background_verb(ws: list[str]) -> bool:
    """ "was", "were" or "had" outside a relative clause ("it handled backfills that my design
    had not considered" tells what the design lacked, not how things were)."""
    return any(
        w in ("was", "were", "had")
        and not set(ws[max(0, i - 3) : i]) & RELATIVES
        and ws[i + 1 : i + 2] != ["to"]  # "I had to manage ...": a duty, not background
        for i, w in enumerate(ws)
    )


def opening_stripped(ws: list[str]) -> list[str]:
    """The sentence without a leading discourse word ("Honestly, my first reaction was ...")."""
    i = 0
    while i < len(ws) - 1 and ws[i] in DISCOURSE_WORDS:
        i += 1
    return ws[i:]


# Words before the point in time that open nothing of their own ("But a week later ...").
_LATER_LEADS = word_set("and but so then um uh okay ok well")


def later_marker(ws: list[str]) -> bool:
    """The sentence opens at a later point of the story ("Three months in, ...", "By month
    five, ...", "A month later, ...", "But a couple of days later, ..."): a joining word or a
    filler before it opens nothing (star58)."""
    k = 0
    while k < len(ws) and ws[k] in _LATER_LEADS:
        k += 1
    head = ws[k : k + 5]
    if head[:1] == ["by"]:
        return True
    return any(
        w in ("in", "later", "after") and i > 0 or w == "within" for i, w in enumerate(head)
    ) and any(w in TIME_UNITS | {"days", "weeks", "months", "years"} for w in head)


def past_perfect_other(ws: list[str], clause: Clause) -> bool:
    """Someone else's or something's past perfect ("An upstream team had changed the units
    that morning"): what had happened before the story's time."""
    return (
        clause.subject in ("person", "thing")
        and clause.verb >= 0
        and ws[clause.verb] == "had"
        and clause.verb + 1 < len(ws)
        and is_past(ws[clause.verb + 1])
    )


# Words after a participle that make it a reduced relative ("the analysts assigned to the
# queue", "the model trained last spring", "the labels collected during the holidays").
_AFTER_PARTICIPLE = word_set(
    "to by in on for from with at during over under last this since before after"
)
_RELATIVE_SUBJECTS = frozenset(("i", "we", "they", "he", "she", "you"))
# The subject's own verb after its relative clause ("... had no data scientist").
_NAMING = frozenset(("what", "to", "how", "whether", "which", "who", "that", "where", "why"))
_MAIN_VERBS = frozenset(("was", "were", "had", "is", "are", "has", "could", "would", "did"))


def subject_relative_end(ws: list[str]) -> int:
    """Where the subject's own verb stands when the subject carries a relative clause ("The
    report I was asked to review had no baseline", "The team assigned to the campaign had
    no data scientist", "The model we needed to replace was five years old"): what that
    clause says (a request, a need, an assignment) describes the subject, it is not what the
    sentence tells. 0 when the sentence opens no such subject."""
    if len(ws) < 5 or ws[0] not in _ARTICLES or ws[1] in STOPWORDS or ws[1] in FINITE:
        return 0
    k = 2
    if ws[k] not in STOPWORDS and ws[k] not in FINITE and not is_past(ws[k]):
        k = 3  # a two-word head ("the review queue assigned to ...")
    if k + 1 >= len(ws):
        return 0
    if ws[k] in _RELATIVE_SUBJECTS and (ws[k + 1] in FINITE or is_past(ws[k + 1])):
        start = k + 2  # "the report I was asked to review": past the relative's own verb
    elif is_past(ws[k]) and ws[k] not in FINITE and ws[k + 1] in _AFTER_PARTICIPLE:
        start = k + 1  # "the team assigned to the campaign"
    else:
        return 0
    for m in range(start, min(len(ws), start + _VERB_REACH)):
        if ws[m] in ("and", "so", "but", "because"):
            return 0
        if ws[m] in _MAIN_VERBS:
            # "The question I had to answer first was what to build": the subject names
            # the duty and the verb says which it was, the task itself.
            return 0 if ws[m + 1 : m + 2] and ws[m + 1] in _NAMING else m
    return 0
