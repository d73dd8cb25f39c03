"""Dismissals: the speaker says a practice is not worth doing.

"Data versioning is overkill", "human evaluation isn't really necessary", "there's no need to
pin environments", "you don't need to test groundedness", "I'd skip a registry", "feature
scaling doesn't matter". A key point said this way is rejected, not made: content.py charges it
as a contradicted key point and names the dismissing sentence. Plain negation ("X does not
reduce bias") is a claim about X, judged by stance.py and claims.py; these say X is not needed.

Two more kinds, each with its own guard:

* **no worry**: "latency isn't a big concern", "leakage is no problem here". Whatever X is, a
  practice or a pitfall, the rubric names it because it matters, so saying it does not is wrong.
* **advice against**: "personalisation should be avoided", "you shouldn't bother mining hard
  negatives", "you should not crop the photo", "a trie is the wrong data structure". Right when X
  is a pitfall ("leakage should be avoided", "you should not shuffle"), so it is charged only
  when the rubric's own sentences say X as something to do: the model answer or the point's
  label names it, and never under a negation, a warning or a verb that keeps it down ("to
  prevent leakage", "rather than accuracy").

A sentence that opens with a condition ("if the data is tiny, ...") holds only under it: neither
kind is read there.

Round 35 (wrong35), forms found in blind verbose-wrong answers that went uncharged: a worry
waved away with a softener ("vanishing gradients aren't *really* a problem"); "there isn't much
need for X"; a subject cut off by an appositive ("velocity features, like counts in the last
hour, should be avoided"); and a verdict against a practice ("differencing is generally a bad
idea", "label smoothing is actually harmful"), charged as advice against and only when the
key point's phrase is what the verdict's subject opens on (``VERDICT``), never inside a
relative clause ("memes where text and image together are harmful" describes content), nor of
the question's own subject; "X doesn't need to be part of / included in / measured" dismisses X
under the same guards ("lag features don't need to be scaled" dismisses the scaling: not read).
"It is a bad idea to X" is a warning frame (stance.py), not read here.

Round 54 (wrong54), forms a confidently wrong technical answer uses: a worry waved away with
"never" ("load balancing is never an issue") and advice against with it ("you should never
center the data"); "X can be left off / omitted", advice against,
charged only for what the rubric says to do;
a sound practice called a mistake ("fitting X on the training documents only is a mistake",
``MISTAKE``), a verdict under the same guards as ``VERDICT`` (past an opening act: "*using* a
lower learning rate"), which stance.py reads as a warning against X and so is not asked here;
and a link denied ("X has no (real) effect on Y", "X doesn't (really) affect / interact with
Y", ``NO_EFFECT``), charged only when one accepted-view sentence (the model answer's, a key
point's label) says a content word of each side and says no missing or kept link itself
("unchanged", "independent", "constant", a negation): "scaling doesn't affect trees" against
"trees don't need scaling" is the rubric's own view.

Round 70 (vw70): a dismissal names a key point by one of the point's own words as often as by a
phrase of it ("precision doesn't matter much here", "the prior barely matters", "there's no
need to monitor anything"). In English the dismissed thing is what heads the dismissed words
(a noun phrase's last noun before what modifies it from behind, each conjunct's, and the verb
of an infinitive after "no need to"), so a plain dismissal, a worry waved away or a "not
needed" verdict whose head is a word only that point names (not the question's, not a generic
one) dismisses the point, under the phrase's guards and these: the rubric says the word as
something to do (``to_do``) and never that it cancels or is dropped; the point's label is no
definition; the sentence opens on no condition; no extent or manner is what is denied ("huge
audits", "by hand"); the range is no relative clause's antecedent ("connections that barely
matter"), no clause of a person's own ("I would clean ... make sure there"), and no one else's
act ("engineers learn to ignore the pages"). Over every repository set: 78 sentences of
verbose-wrong answers newly charged, in 62 sets by different writers; no correct answer
newly charged (one "mixed" answer, wrong in that sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.described_model import described_model, skipped_after
from simulator.core.scoring.matching import AnswerIndex, Phrase, compile_phrase
from simulator.core.scoring.own_rubric import for_the_unchanged, rubric_dismisses
from simulator.core.scoring.pair_sides import mentions, named_sides, said_of
from simulator.core.scoring.stance import NEGATION_WORDS, SPEAKERS, Stance, clause_ids
from simulator.core.scoring.text import (
    STOPWORDS,
    Tokens,
    content_stems,
    stem,
    tokenize,
    word_set,
    words,
)

# Verdicts that dismiss what comes before them ("X is overkill"), verbs that reject what
# follows them when the speaker says them ("I'd skip X").
DISMISSED_AFTER = word_set(
    "overkill unnecessary needless pointless useless wasteful irrelevant optional redundant"
    " outdated obsolete unimportant superfluous inessential nonessential immaterial unneeded"
    " dispensable"
)
REJECTING = word_set("skip ignore")

_WORTH = word_set(
    "necessary needed required important useful worth helpful essential valid appropriate"
    " reliable effective"
)
_SOFTENERS = word_set("really just mostly largely actually also simply even all that very")
_DISMISS_BEFORE = word_set("no")
_LINKS = word_set("is are was were be being seems seem")
# A dismissal said as a possibility ("can still be useless") dismisses nothing.
_MAYBE = word_set("can could might may if when unless")


_VERDICT_DENIED = word_set("not never isn't aren't doesn't don't wasn't hardly")
_HARDLY = (("not",), ("barely",), ("hardly",), ("rarely",))
# "X never helps", "X does not help": X is said to do nothing for the task (wrong34).
_HELPING = word_set("help helps improve improves")
_DENYING_HELP = word_set("not never doesn't don't didn't")
_TRIGGERS = (
    DISMISSED_AFTER
    | REJECTING
    | _HELPING
    | word_set("not isn't aren't never matter matters no need needs nothing")
)
# "No X is needed": the verdict after the subject that "no" opens (wrong34).
_NEEDED = word_set("needed required necessary")
_NO_SUBJECT_WORDS = 6
# "X isn't a big concern", "X is no real problem": said of X, whatever X is.
_CONCERNS = word_set("concern concerns issue issues problem problems priority worry")
_SIZE = word_set("a an big real major serious huge any much of great")
# Advice against what follows: "you shouldn't (bother) X", "don't bother with X".
_ADVISERS = word_set("you we i one should shouldn't")
_BOTHER = word_set("bother bothering with to about")
# "X should be avoided", "X is the wrong data structure": against what comes before.
_AVOIDED = word_set("avoided")
_WRONG_CHOICE = word_set("wrong")
_OPENING_CONDITIONS = word_set("if unless when whenever assuming")
# "X is (generally) a bad idea / choice", "X is harmful": advice against what comes before.
_BAD_CHOICES = word_set("idea choice practice")
_HARMFUL = word_set("harmful counterproductive")
# "X is a mistake": a verdict against what comes before, read as advice against it (wrong54)
_MISTAKES = word_set("mistake error blunder")
_HEDGES = _SOFTENERS | word_set("generally usually often always almost typically")
_RELATIVES = word_set("where which that who whose when whom")
# "there isn't *much* need for X"
_NEED_AMOUNT = word_set("much any really a real")
ADVICE = "advice"  # a range charged only for what the rubric says to do
WORRY = "worry"  # a range charged whatever it names
PLAIN = "plain"  # the original dismissals: not needed, overkill, skip
# "X is a bad idea", "X is harmful": advice against X, charged as ``ADVICE`` and only when the
# key point's phrase is what the range opens on ("*differencing* is a bad idea"; "using the
# test set for tuning is a bad idea" dismisses the use, not the test set: wrong35)
VERDICT = "verdict"
# "X doesn't need to be part of Y": guarded as ``VERDICT``, named as not needed (wrong35)
UNNEEDED = "unneeded"
# "running X first is a mistake": a sound practice called a mistake (wrong54); read as a
# verdict, and not taken for a warning against X, which is what stance.py reads it as
MISTAKE = "mistake"
_SUBJECT_VERDICTS = (VERDICT, UNNEEDED, MISTAKE)
# "X doesn't need to be *part of* / *included in* / *measured*": X itself is not needed; "lag
# features don't need to be *scaled*" dismisses the scaling, and is not read so.
_KEPT_IN = word_set(
    "part included used considered tracked measured checked monitored modeled modelled"
    " accounted handled evaluated tested in there"
)
UNRELATED = "unrelated"  # "X has nothing to do with Y": a link denied, charged as PLAIN
# "X has no effect on Y", "X doesn't interact with Y": a link denied, charged only when the
# accepted view ties the two (wrong54)
NO_EFFECT = "no effect"
HELP = "help"  # "X never helps": charged only for a key point whose label prescribes X
# A label that opens on one of these prescribes what it says ("Fix it by collecting ...",
# "Use image quality signals ...", "Monitor the rejection rate ..."): the rubric says it helps.
_PRESCRIBING = word_set(
    "use fix set run add apply measure monitor collect include keep train tune pick choose"
    " compare check validate test define log stratify analyse analyze adjust retrain clip"
    " normalize scale weight sample split combine build prefer calibrate start"
)


def prescribed(label: str) -> bool:
    """The key point's label opens on a verb that tells what to do."""
    ws = words(label)
    return bool(ws) and ws[0] in _PRESCRIBING


# Words that open a phrase set before the subject ("*as* you collect more data the prior
# matters less", "*with* lots of data the prior matters less") ...
_FRONTED = word_set("as when once with after while if since because for given")
# ... and the words that open the subject after it, no comma between them.
_SUBJECT_OPENERS = word_set("the this that these those its their our your his her")


def _subject_after_fronted(ws: tuple[str, ...], lo: int, i: int) -> int:
    """Where the subject of a verb at ``i`` starts, when its clause opens on a phrase set
    before the subject with no comma: "as you collect more and more data *the earlier belief*
    matters less" dismisses the belief, not the data (heldout_wrong63: a correct MLE-vs-MAP
    paraphrase was charged '"as you collect more and more data the earlier belief" is not
    needed' against "with lots of data the likelihood dominates"). Else ``lo``."""
    if i - lo < 3 or ws[lo] not in _FRONTED:
        return lo
    for j in range(i - 1, lo + 1, -1):
        if ws[j] in _SUBJECT_OPENERS and ws[j - 1] not in STOPWORDS:
            return j
    return lo


def dismissed_ranges(tokens: Tokens) -> list[tuple[int, int]]:
    """Token ranges (end exclusive) that the speaker dismisses, each inside one clause."""
    return [(a, b) for a, b, _ in dismissed_ranges_of_kind(tokens)]


def dismissed_ranges_of_kind(tokens: Tokens) -> list[tuple[int, int, str]]:
    """Token ranges (end exclusive) that the speaker dismisses, each inside one clause, with
    the kind of dismissal (``PLAIN``, ``WORRY`` or ``ADVICE``)."""
    out: list[tuple[int, int, str]] = []
    for sentence in tokens.sentences:
        ids = clause_ids(sentence)
        first = sentence.first_word
        ws = tokens.words[first : sentence.last_word]
        conditional = bool(ws) and ws[0] in _OPENING_CONDITIONS
        for i, w in enumerate(ws):
            if not conditional:
                extra = (
                    _worry_or_advice(ws, ids, i)
                    or _said_unimportant(ws, ids, i)
                    or _no_effect(ws, ids, i)
                )
                if extra is not None:
                    out.append((first + extra[0], first + extra[1], extra[2]))
                    continue
            if w not in _TRIGGERS:
                continue
            lo, hi = _clause_around(ids, i)
            if any(x in _MAYBE for x in ws[lo : hi + 1]):
                continue
            rest = [x for x in ws[i + 1 : hi + 1] if x not in _SOFTENERS]
            lead = [x for x in ws[lo:i] if x not in _SOFTENERS][-1:]
            linked = bool(lead) and (lead[0] in _LINKS or lead[0].endswith("'s"))
            if w in DISMISSED_AFTER and any(x in _VERDICT_DENIED for x in ws[lo:i]):
                # "a low AUC does *not* mean the model is useless", "X is *not* overkill":
                # the verdict is denied, nothing is dismissed (charge31)
                continue
            if (w in DISMISSED_AFTER and linked) or (
                w in ("not", "isn't", "aren't") and rest[:1] and rest[0] in _WORTH
            ):
                out.append((first + lo, first + i, PLAIN))
            elif w == "never" and linked and rest[:1] and rest[0] in _NEEDED:
                # "a ranking model is never needed"
                out.append((first + lo, first + i, PLAIN))
            elif w in _HELPING and i > lo and ws[i - 1] in _DENYING_HELP and not conditional:
                # "including the failures never helps", "clipping does not help": charged only
                # for a point the rubric prescribes ("looking only at the survivors never
                # helps" is right)
                out.append((first + lo, first + i - 1, HELP))
            elif w == "nothing" and ws[i + 1 : i + 4] == ("to", "do", "with") and i > lo:
                # "the vector size has nothing to do with collisions": the link denied, the
                # clause is what the accepted view relates
                out.append((first + lo, first + hi + 1, UNRELATED))
            elif w == "no" and (verdict := _no_subject_needed(ws, i, hi)) is not None:
                # "so no ranking model is needed afterwards"
                out.append((first + i + 1, first + verdict, PLAIN))
            elif w in ("matter", "matters") and ws[i - 1 : i] in _HARDLY:
                out.append((first + _subject_after_fronted(ws, lo, i - 1), first + i - 1, PLAIN))
            elif w == "matters" and rest[:1] == ["less"]:
                out.append((first + _subject_after_fronted(ws, lo, i), first + i, PLAIN))
            elif w in _DISMISS_BEFORE and rest[:1] in (["need"], ["needs"], ["point"]):
                out.append((first + i + 2, first + _own_clause_end(ws, i + 2, hi + 1), PLAIN))
            elif (
                w in ("need", "needs")
                and ws[i - 1 : i] in (("not",), ("never",))
                and ws[i + 1 : i + 3] == ("to", "be")
                and ws[i + 3 : i + 4]
                and ws[i + 3] in _KEPT_IN
                and i - 2 > lo
                and ws[i - 2] in ("does", "do", "did")
            ):
                # "lead time doesn't need to be part of the evaluation": the subject is what
                # is not needed, read as a verdict on it (wrong35)
                out.append((first + lo, first + i - 2, UNNEEDED))
            elif w in ("need", "needs") and ws[i - 1 : i] in (("not",), ("never",)):
                out.append((first + i + 1, first + _own_clause_end(ws, i + 1, hi + 1), PLAIN))
            elif w in REJECTING and i and ws[i - 1] in SPEAKERS:
                # "I'd skip the re-ranker *and serve* the cached list": the speaker's second
                # verb, in its base form as the first, is done, not skipped
                end = _own_clause_end(ws, i + 1, hi + 1, base=True)
                out.append((first + i + 1, first + end, PLAIN))
    trimmed = ((*_trimmed(tokens, *_before_reason(tokens, a, b)), kind) for a, b, kind in out)
    return [r for r in trimmed if r[0] < r[1]]


# "X has no (real) effect on Y" (nouns) and "X doesn't (really) affect Y" (verbs), wrong54
_EFFECT_NOUNS = word_set("effect impact influence bearing")
_EFFECT_VERBS = word_set(
    "affect affects interact interacts influence influences impact impacts alter alters"
)
_EFFECT_WORDS = _EFFECT_NOUNS | _EFFECT_VERBS
_EFFECT_SIZE = word_set("real direct measurable meaningful noticeable any")
_EFFECT_DENIED = word_set("not never doesn't don't won't didn't")
_HAVING = word_set("has have had having")


def _no_effect(ws: tuple[str, ...], ids: tuple[int, ...], i: int) -> tuple[int, int, str] | None:
    """A link denied between two things (wrong54): "term frequency doesn't interact with
    document length at all", "the background has no effect on the values", as the clause's
    range (``NO_EFFECT``). dismissed_points charges it only when an accepted-view sentence ties
    a word of each side and says no such denial itself (``_link_in_view``)."""
    w = ws[i]
    if w not in _EFFECT_WORDS:
        return None  # before reading its clause: asked for every word of the answer (perf42)
    lo, hi = _clause_around(ids, i)
    if any(x in _MAYBE for x in ws[lo : hi + 1]):
        return None
    j = i - 1
    while j > lo and ws[j] in _SOFTENERS | _EFFECT_SIZE:
        j -= 1
    if w in _EFFECT_NOUNS and ws[j] == "no" and ws[i + 1 : i + 2] == ("on",):
        subject_end = j - 1 if j - 1 > lo and ws[j - 1] in _HAVING else None
    elif w in _EFFECT_VERBS and ws[j] in _EFFECT_DENIED:
        subject_end = j - 1 if ws[j] == "not" else j
    else:
        return None
    # the object after "on" / "with", or right after the verb
    object_start = i + 2 if ws[i + 1 : i + 2] in (("on",), ("with",)) else i + 1
    if subject_end is None or subject_end <= lo or object_start > hi:
        return None
    return (lo, hi + 1, NO_EFFECT)


# Words that open the reason or the contrast a dismissal gives after what it dismisses: "trees
# do not need it *because they split on thresholds*" dismisses "it", not the splitting.
_REASONS = word_set("because since whereas while although though cause")


def _before_reason(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The range up to the reason or contrast it gives (claims38: "Tree-based models like
    random forests do not need it because they split on thresholds" was charged as dismissing
    "split on thresholds"; the clause splitter keeps a "because" clause in its clause)."""
    cut = next((j for j in range(start + 1, end) if tokens.words[j] in _REASONS), end)
    return start, cut


# "... *and the dendrogram* is interpretable": a coordinator, then a subject's opening word and,
# a few words on, its own verb, starts a new clause the dismissal does not reach.
_COORDINATORS = word_set("and but yet so")
_CLAUSE_SUBJECTS = word_set("the this that these those its their it they there we you i he she")
_CLAUSE_VERBS = _LINKS | word_set("has have had can will would does do gives give makes make")
_SUBJECT_WORDS = 4  # from the subject's opening word to its verb


# "... *and finds* the shapes": a coordinator, then a verb in "-s" whose object opens on one of
# these, is a second predicate of the same subject, which the dismissal does not reach either.
_OBJECT_OPENERS = word_set("the a an its their any all some non no more less many most")


def _coordinated_predicate(ws: tuple[str, ...], j: int, end: int, base: bool = False) -> bool:
    """``ws[j]`` is a coordinator and the words after it a predicate of the clause's subject:
    "it does not need the number of clusters *and finds non-convex shapes*" says what DBSCAN
    does, not a second thing it does without (para55: a correct DBSCAN answer was charged with
    dismissing its finding of non-convex shapes). A plural noun there ("and the labels") opens
    on no such word: "you don't need labels and features of the test set" stays dismissed."""
    if ws[j] not in _COORDINATORS or j + 2 >= end:
        return False
    verb = ws[j + 1]
    if base and verb.isalpha() and verb not in STOPWORDS and ws[j + 2] in _OBJECT_OPENERS:
        # the speaker's second verb has its base form, as the first has: "I'd skip X *and
        # serve the* list" (claims42: a correct autocomplete answer was charged with
        # dismissing the precomputed list it serves)
        return True
    return (
        len(verb) > 3
        and verb.endswith("s")
        and not verb.endswith(("ss", "ness", "ics", "ous"))
        and ws[j + 2] in _OBJECT_OPENERS
    )


def _own_clause_end(ws: tuple[str, ...], start: int, end: int, base: bool = False) -> int:
    """Where what a dismissal after its trigger names ends: at a coordinated clause with its
    own subject and verb, else ``end`` (blind57: "you don't need to choose k up front and the
    dendrogram is interpretable" was read as dismissing the dendrogram; the clause splitter
    keeps "and the dendrogram is ..." in the dismissal's clause). A coordinated object with no
    verb of its own ("you don't need detrending and the backtest") stays dismissed."""
    for j in range(start + 1, end - 2):
        verb_words = ws[j + 2 : min(end, j + 2 + _SUBJECT_WORDS)]
        if (
            ws[j] in _COORDINATORS
            and ws[j + 1] in _CLAUSE_SUBJECTS
            and any(x in _CLAUSE_VERBS for x in verb_words)
        ) or _coordinated_predicate(ws, j, end, base):
            return j
    return end


def _no_subject_needed(ws: tuple[str, ...], i: int, hi: int) -> int | None:
    """Where the link before "needed"/"required"/"necessary" stands when "no" at ``i`` opens
    the subject it says of ("no ranking model is needed", "no separate index is required"),
    in the same clause and a few words on; None otherwise."""
    for k in range(i + 2, min(hi, i + 1 + _NO_SUBJECT_WORDS) + 1):
        if ws[k] in _LINKS:
            after = [x for x in ws[k + 1 : hi + 1] if x not in _SOFTENERS]
            return k if after[:1] and after[0] in _NEEDED else None
    return None


def _clause_around(ids: tuple[int, ...], i: int) -> tuple[int, int]:
    """First and last word (both included) of the clause holding word ``i``: a trigger judges
    only what its own clause names."""
    lo = i
    while lo > 0 and ids[lo - 1] == ids[i]:
        lo -= 1
    hi = i
    while hi + 1 < len(ids) and ids[hi + 1] == ids[i]:
        hi += 1
    return lo, hi


def _worry_or_advice(
    ws: tuple[str, ...], ids: tuple[int, ...], i: int
) -> tuple[int, int, str] | None:
    """A "no worry" or "advice against" dismissal whose trigger is word ``i`` of a sentence,
    as (start, end, kind) inside the sentence, or None."""
    w = ws[i]
    if w not in _WORRY_OR_ADVICE_WORDS:
        return None  # before reading its clause: asked for every word of the answer (perf42)
    lo, hi = _clause_around(ids, i)
    if any(x in _MAYBE for x in ws[lo : hi + 1]):
        return None
    lead = [x for x in ws[lo:i] if x not in _SOFTENERS and x != "best"][-1:]
    linked = bool(lead) and lead[0] in _LINKS
    if w in ("not", "no", "never") and i > lo:
        # "X isn't *really* a problem", "X is not *that much of* a concern" (wrong35), "X is
        # *never* an issue" (wrong54)
        rest = [x for x in ws[i + 1 : hi + 1] if x not in _SIZE | _SOFTENERS]
        if rest[:1] and rest[0] in _CONCERNS and ws[i - 1] in _LINKS:
            return (lo, i - 1, WORRY)
        if (
            w == "not"
            and ws[i - 1] in _LINKS
            and ws[i - 2 : i - 1] == ("there",)
            and rest[:1] == ["need"]
            and ws[i + 1] in _NEED_AMOUNT | word_set("need")
        ):
            # "there isn't much need for X", "there is not any need to X" (wrong35)
            at = next(j for j in range(i + 1, hi + 1) if ws[j] == "need")
            if ws[at + 1 : at + 2] in (("for",), ("to",)):
                return (at + 2, hi + 1, PLAIN)
        # "you shouldn't (bother with) X", "we should not X", "don't bother (with) X"
        advised = ws[i - 1] == "should" and i >= 2 and ws[i - 2] in _ADVISERS
        bother = ws[i - 1] in ("do", "never") and ws[i + 1 : i + 2] == ("bother",)
        if advised or bother:
            start = i + 1
            while start <= hi and ws[start] in _BOTHER | _SOFTENERS:
                start += 1
            return (start, hi + 1, ADVICE) if start <= hi else None
        return None
    if w in _AVOIDED and linked:
        return (_subject_start(ws, ids, lo, i), i, ADVICE)
    verdict = i - 1 if w in _BAD_CHOICES and ws[i - 1 : i] == ("bad",) else i
    mistake = w in _MISTAKES and ws[i - 1 : i] in (("a",), ("an",))
    verdict = i - 1 if mistake else verdict
    if verdict != i or w in _HARMFUL:
        # "differencing is generally a bad idea", "label smoothing is actually harmful here"
        # (wrong35); a hedge may open a clause of its own ("actually"), so the link is looked
        # for across it
        k = verdict - 1
        while k > 0 and ws[k] in _HEDGES | (word_set("a") if verdict != i else frozenset()):
            k -= 1
        if k > 0 and ws[k] in _LINKS:
            start, _ = _clause_around(ids, k)
            start = _subject_start(ws, ids, start, k)
            # "... memes *where* text and image together are harmful": a relative clause
            # describes a case (harmful content), it advises nothing
            if any(ws[j] in _RELATIVES for j in range(start, k)):
                return None
            return (start, k, MISTAKE if mistake else VERDICT)
    if w in _WRONG_CHOICE and i >= 2 and ws[i - 1] in ("the", "a") and ws[i - 2] in _LINKS:
        return (lo, i - 2, ADVICE)
    return None


def _subject_start(ws: tuple[str, ...], ids: tuple[int, ...], lo: int, at: int) -> int:
    """Where the subject of a verdict at ``at`` starts: its own clause's start, or, when that
    clause holds nothing before the verdict but links and auxiliaries ("velocity features,
    like counts in the last hour, *should be* avoided"), the sentence's opening clause, whose
    words an appositive between commas has cut off (wrong35)."""
    if any(w not in _EDGE for w in ws[lo:at]) or lo == 0:
        return lo
    return 0 if ids[0] != ids[lo] and ws[lo - 1 : lo] != ("and",) else lo


# "X makes no difference *to the results*": an outcome of any model; "makes no difference for
# tree models" names a case, and is not read.
_OUTCOMES = word_set(
    "result results accuracy performance quality outcome outcomes metric metrics score scores"
    " model models practice end predictions"
)
_SAFELY = _SOFTENERS | word_set("safely usually generally often always")
_RARELY = word_set("rarely seldom")
_NONE = word_set("no not never none neither nothing nobody")


def _said_unimportant(
    ws: tuple[str, ...], ids: tuple[int, ...], i: int
) -> tuple[int, int, str] | None:
    """Plain dismissals in forms the trigger table does not read (wrong35): "X doesn't
    *really* matter", "X matters (very) little", "X makes no / little difference (to the
    results)", "X is a waste of time", "you can (safely) ignore X", "X can (safely) be
    ignored", "X is rarely needed"."""
    w = ws[i]
    if w not in _UNIMPORTANT_WORDS:
        return None  # before reading its clause: asked for every word of the answer (perf42)
    lo, hi = _clause_around(ids, i)
    before = ws[lo : i - 2] if w == "difference" else ws[lo:i]  # "makes *no* difference"
    if w not in ("matter", "matters") and any(x in _NONE for x in before):
        return None  # "*no* ranking model can be skipped", "you can *never* ignore X"
    if w in ("matter", "matters") and i > lo:
        j = i - 1
        while j > lo and ws[j] in _SOFTENERS:
            j -= 1
        if j < i - 1 and (ws[j],) in _HARDLY:
            return (lo, j, PLAIN)  # "does not *really* matter"
        after = [x for x in ws[i + 1 : hi + 1] if x not in _SOFTENERS]
        if w == "matters" and after[:1] == ["little"]:
            return (lo, i, PLAIN)
    if (
        w == "difference"
        and i >= 2
        and ws[i - 1] in ("no", "little")
        and i - 2 > lo
        and ws[i - 2] in ("makes", "make", "made")
    ):
        after = [x for x in ws[i + 1 : hi + 1] if x not in _DETERMINERS]
        if not after or (after[0] in ("to", "for", "in") and after[1:2] and after[1] in _OUTCOMES):
            return (lo, i - 2, PLAIN)
    if (
        w == "waste"
        and ws[i - 1 : i] == ("a",)
        and ws[i + 1 : i + 2] == ("of",)
        and i - 2 > lo
        and ws[i - 2] in _LINKS
    ):
        return (lo, i - 2, PLAIN)  # "X is a waste of time"
    if w == "ignore" and i > lo:
        j = i - 1
        while j > lo and ws[j] in _SAFELY:
            j -= 1
        if ws[j] == "can" and j > lo and ws[j - 1] in SPEAKERS:
            return (i + 1, hi + 1, PLAIN)  # "you can safely ignore X"
    if w in ("ignored", "skipped") and i > lo:
        j = i - 1
        while j > lo and ws[j] in _SAFELY | _LINKS:
            j -= 1
        if ws[j] == "can" and j > lo and "be" in ws[j + 1 : i]:
            return (lo, j, PLAIN)  # "X can safely be ignored"
    if w in _LEFT_OUT and i > lo and (w != "left" or ws[i + 1 : i + 2] in (("off",), ("out",))):
        j = i - 1
        while j > lo and ws[j] in _SAFELY | _LINKS:
            j -= 1
        if ws[j] in ("can", "could") and j > lo and "be" in ws[j + 1 : i]:
            # "a rug plot can be left off", "the check can be omitted" (wrong54): advice
            # against, charged only for what the rubric says to do
            return (lo, j, ADVICE)
    if (
        w in _RARELY
        and i > lo
        and ws[i - 1] in _LINKS
        and ws[i + 1 : i + 2]
        and ws[i + 1] in _NEEDED | _WORTH
    ):
        return (lo, i - 1, PLAIN)  # "X is rarely needed"
    return None


# The words each of the two readings above can start from; every other word gives None.
_WORRY_OR_ADVICE_WORDS = (
    word_set("not no never") | _MISTAKES | _AVOIDED | _BAD_CHOICES | _HARMFUL | _WRONG_CHOICE
)
_UNIMPORTANT_WORDS = (
    word_set("matter matters difference waste ignore ignored skipped left omitted") | _RARELY
)
# "X can be left off / omitted": said of a practice, advice against it (wrong54); "dropped"
# is not read ("new points can be dropped in": added)
_LEFT_OUT = word_set("left omitted")

_EDGE = _LINKS | _SOFTENERS | word_set("to does do did and or so should must")
_TRAILING = word_set("at in on of for with the a an")
_SETTING = word_set("with given under once after for")
_SUBJECT_LEAD = word_set("the this that these those its their our your")


def _trimmed(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The range without linking and small words at its edges ("data versioning", not "data
    versioning is")."""
    while start < end and tokens.words[start] in _EDGE:
        start += 1
    if start < end and tokens.words[start] in _SETTING:
        # "with a lot of data *the belief* hardly matters": the opening phrase is the setting
        # the subject is dismissed in, not the thing dismissed.
        start = next((j for j in range(start + 2, end) if tokens.words[j] in _SUBJECT_LEAD), start)
    while end > start and (
        tokens.words[end - 1] in _EDGE | _TRAILING or tokens.words[end - 1].endswith("'s")
    ):
        end -= 1
    return start, end


def dismissed_points(
    question: Question, index: AnswerIndex, stance: Stance
) -> dict[int, Contradiction]:
    """Key points the speaker dismisses as not needed ("data versioning is overkill", "no
    need to pin environments"), by index, each named with the dismissing sentence."""
    tokens = index.tokens
    ranges = dismissed_ranges_of_kind(tokens)
    found: dict[int, Contradiction] = {}
    if not ranges:
        return found
    # Where any key point's phrase starts: a dismissal "to" another rubric concept ("you don't
    # need labels *to find customer segments*") says what that concept does without, not that
    # the thing is never needed.
    starts = {
        span[0]
        for kp in question.key_points
        for text in kp.phrases
        for phrase in compile_phrase(text)
        for span in index.find(phrase)
    }
    ranges = [r for r in ranges if not _for_a_concept(tokens, r, starts)]
    # The rubric's own wrong claims dismissed are rejected, rightly: "you don't need to
    # resample the test set" (all its content words in "resample the test set so it is
    # balanced") dismisses no practice (correct28).
    wrong = [
        tuple(stem(w) for w in words(text) if w not in STOPWORDS)
        for text in (
            *(c for kp in question.key_points for c in kp.contradicted_by),
            *(p for m in question.misconceptions for p in m.phrases),
        )
        if not set(words(text)) & _DENYING
    ]
    ranges = [r for r in ranges if not _a_wrong_claim(tokens, r, wrong)]
    rubric = _rubric_stems(question)
    ranges = [r for r in ranges if not _scoped(tokens, r, rubric)]
    ranges = [r for r in ranges if not _hedged_scope(tokens, r)]
    asked = frozenset(stem(w) for w in words(question.prompt) if w not in STOPWORDS)
    everywhere = dismissed_ranges_of_kind(tokens)
    for k, kp in enumerate(question.key_points):
        named_at = [
            span
            for text in kp.phrases
            for phrase in compile_phrase(text)
            for span in index.find(phrase)
        ]
        for text, spans_of in _wordings(question, k, tokens, index, ranges, asked):
            hit = next(
                (
                    (span, r)
                    for phrase, span in spans_of
                    for r in ranges
                    if r[0] <= span[0]
                    and span[1] <= r[1]
                    and (r[2] == MISTAKE or not stance.warned(span))
                    and not _not_the_thing(tokens, r, span, phrase.stems)
                    and not _contrasted_away(tokens, r, asked)
                    and not _of_other_side(tokens, r, kp.label)
                    and not _for_one_case(tokens, r, span, rubric, asked)
                    and not _placed_elsewhere(tokens, r, span, named_at, everywhere, stance)
                    and not _handled_by_reason(tokens, r, span, named_at, kp.label)
                    and not described_model(tokens, r, span[0], everywhere)
                    and not rubric_dismisses(question, phrase.stems, dismissed_ranges_of_kind)
                    and not _needed_by_another(question, tokens, r, span)
                    and not for_the_unchanged(question, tokens, r[0], r[1])
                    and (
                        r[2] not in _SUBJECT_VERDICTS
                        or (
                            _opens_on(tokens, r, span, gerund=r[2] == MISTAKE)
                            and not set(phrase.stems) <= asked
                        )
                    )
                    and (
                        r[2] not in (ADVICE, *_SUBJECT_VERDICTS)
                        or (
                            to_do(question, k, text)
                            and not _excess(tokens, r[0], span[0])
                            and not _in_condition(tokens, r[0], span[0])
                            and not _other_end(tokens, r, kp.label)
                        )
                    )
                    and (r[2] != NO_EFFECT or _link_in_view(question, tokens, r))
                    and (
                        r[2] != HELP
                        or (
                            prescribed(kp.label)
                            and not _excess(tokens, r[0], span[0])
                            and not _in_condition(tokens, r[0], span[0])
                        )
                    )
                ),
                None,
            )
            if hit is not None:
                span, r = hit
                said = " ".join(tokens.words[r[0] : r[1]])
                sentence = tokens.sentences[tokens.sentence_of[span[0]]].text
                if r[2] in (UNRELATED, NO_EFFECT):
                    found[k] = Contradiction(
                        f'"{said}" denies what the accepted view holds: "{kp.label}"', sentence
                    )
                elif r[2] == VERDICT:
                    found[k] = Contradiction(f'"{said}" is called a bad choice', sentence)
                elif r[2] == MISTAKE:
                    found[k] = Contradiction(f'"{said}" is called a mistake', sentence)
                else:
                    found[k] = Contradiction(f'"{said}" is not needed', sentence)
                break
    return found


_Wording = tuple[str, list[tuple[Phrase, tuple[int, int]]]]


def _wordings(
    question: Question,
    k: int,
    tokens: Tokens,
    index: AnswerIndex,
    ranges: list[tuple[int, int, str]],
    asked: frozenset[str],
) -> Iterator[_Wording]:
    """What names key point ``k`` in the answer, each with the places it stands: its phrases
    first, then the point's own terms where they head a dismissed range (``_headed``)."""
    for text in question.key_points[k].phrases:
        yield (
            text,
            [(phrase, span) for phrase in compile_phrase(text) for span in index.find(phrase)],
        )
    if _DEFINING & set(words(question.key_points[k].label)):
        return  # "Convex means any local minimum is global": a meaning, no thing needed
    points = tuple((kp.label, tuple(kp.phrases)) for kp in question.key_points)
    terms = _point_terms(points, k, asked)
    accepted = _accepted_texts(question)
    ws = tokens.words
    for a, b, kind in ranges:
        if kind not in (PLAIN, WORRY, UNNEEDED):
            continue
        sentence = tokens.sentences[tokens.sentence_of[a]]
        if ws[sentence.first_word] in _OPENING_CONDITIONS:
            continue  # "if batch norm follows, the bias is redundant": said under a condition
        if ws[b : b + 1] and ws[b] in _RELATIVES:
            continue  # "cut connections *that* barely matter": a kind of the thing described
        if any(w in _PERSONS for w in ws[a:b]) or ws[b - 1] == "there":
            continue  # "I would clean the data and make sure there (are no problems)": no thing
        if any(w in _MANNERS for w in ws[a:b]) or _bigram_in(ws, a, b, _MANNER_PAIRS):
            continue  # "no need to derive gradients *by hand*": the manner is denied
        if a >= 3 and ws[a - 1] in REJECTING and ws[a - 2] == "to" and ws[a - 3] not in _ADVISING:
            continue  # "engineers learn to ignore the pages": someone else's act, no advice
        for j in _heads(tokens, a, b):
            if (
                tokens.stems[j] in terms
                and not any(ws[m] in _EXTENTS for m in range(a, j))
                and to_do(question, k, ws[j])
                and not _taken_away(accepted, tokens.stems[j])
            ):
                yield ws[j], [(phrase, (j, j + 1)) for phrase in compile_phrase(ws[j])]


_PERSONS = word_set("i we you he she they i'd we'd you'd")
# "... by hand", "manually": how a thing is done, which a dismissal may deny of it
_MANNERS = word_set("manually explicitly yourself separately beforehand upfront")
_MANNER_PAIRS = (("by", "hand"), ("from", "scratch"), ("up", "front"), ("in", "advance"))
# "it's fine / safe / better to skip X", "you need to ignore X": the frames of advice before "to"
_ADVISING = word_set("fine ok okay safe better best free have need ought want can")


def _bigram_in(ws: tuple[str, ...], a: int, b: int, pairs: tuple[tuple[str, str], ...]) -> bool:
    return any((ws[j], ws[j + 1]) in pairs for j in range(a, b - 1))


# "You don't need a *huge* coefficient", "*exact* numbers are unnecessary": an extent of the
# thing is denied, not the thing.
_EXTENTS = word_set(
    "huge large big high massive enormous many much lots exact perfect precise every all full"
    " entire long deep complex fancy heavy expensive"
)


# Words that open what follows a noun and tells more of it (a preposition's phrase, a relative
# clause): the noun before them heads the phrase.
_POST_MODIFIERS = word_set(
    "of for with against in on at from by that which who whose where when than as like because"
    " since after before about into over under between within without across through per via"
    " to unless if once while whereas"
)
_CONJUNCTS = word_set("and or nor but")


def _heads(tokens: Tokens, a: int, b: int) -> list[int]:
    """The words that head what a dismissed range names: in English the head of a noun phrase
    is its last noun before what modifies it from behind ("the *size* of the sample", "cross
    checking *totals* against line items"), each of coordinated phrases has its own ("X and Y
    are irrelevant"), and an infinitive's verb heads what "no need to" dismisses ("no need to
    *monitor* anything")."""
    ws = tokens.words
    heads: list[int] = []
    if a > 0 and ws[a - 1] == "to" and ws[a] not in STOPWORDS:
        heads.append(a)
    start = a
    for j in range(a, b + 1):
        if j == b or ws[j] in _CONJUNCTS:
            cut = next((m for m in range(start, j) if ws[m] in _POST_MODIFIERS), j)
            last = next((m for m in range(cut - 1, start - 1, -1) if ws[m] not in STOPWORDS), None)
            if last is not None and last not in heads:
                heads.append(last)
            start = j + 1
    return heads


@lru_cache(maxsize=1024)
def _point_terms(
    points: tuple[tuple[str, tuple[str, ...]], ...], k: int, asked: frozenset[str]
) -> frozenset[str]:
    """The words only key point ``k`` of ``points`` (label, phrases) names, none the question
    asks about or a generic word: what a sentence speaking of it with one word names it by."""

    def stems_of(n: int) -> set[str]:
        label, phrases = points[n]
        return {
            stem(w)
            for text in (label, *phrases)
            for w in words(text)
            if w not in STOPWORDS and w not in GENERIC_WORDS and len(w) > 2
        }

    others = set().union(*(stems_of(n) for n in range(len(points)) if n != k))
    return frozenset(stems_of(k) - others - asked)


# What opens the reason a worry is waved away with: "X isn't a problem, *since* ...".
_REASON_OPENERS = word_set("since because as")
# words from the dismissed phrase to the reason's opener ("X aren't really a big problem, since")
_REASON_REACH = 7
# A reason saying the point's work gets done without the dismissed thing ("Shuffling isn't
# needed, because every batch is *automatically* representative", "stratifying isn't needed,
# since a random split keeps the ratio *anyway*", "an A/B test is not needed, because offline
# scores predict satisfaction *perfectly*", "normalisation doesn't matter because the model
# *already* outputs lowercase text") argues for the dismissal in the point's own words;
# it does not name a mechanism that handles the thing (wrong62).
_ARGUED_AWAY = word_set("anyway already automatically perfectly exactly alone regardless")
_SHARED_LABEL_WORDS = 2  # of the point's label said in the reason: its own mechanism
_REASON_SUBJECT = 2  # words after the opener where the reason's subject stands ("because the X")


# An accepted-view sentence saying these says a link is missing or kept: it ties nothing.
_UNTIED = word_set(
    "not no never without unchanged independent independently regardless unaffected unrelated"
    " doesn't don't isn't aren't cannot can't nor neither constant same stays"
)


def _link_in_view(question: Question, tokens: Tokens, r: tuple[int, int, str]) -> bool:
    """A denied link ("X has no effect on Y", ``NO_EFFECT``) is the accepted view's: one of
    its sentences (the model answer's, a key point's label) says a content word of each side,
    two different words, and no word of a missing or kept link ("unchanged", "independent",
    a negation). "Term frequency doesn't interact with document length at all" against "term
    frequency is how often the term appears in that document, sometimes ... normalised by
    length"; "scaling doesn't affect trees" against "trees don't need scaling" is not read."""
    at = next((j for j in range(r[0], r[1]) if tokens.words[j] in _EFFECT_WORDS), None)
    if at is None:
        return False
    plain = STOPWORDS | GENERIC_WORDS
    subject = {tokens.stems[j] for j in range(r[0], at) if tokens.words[j] not in plain}
    object_ = {tokens.stems[j] for j in range(at + 1, r[1]) if tokens.words[j] not in plain}
    for text in _view_sentences(question.model_answer, tuple(k.label for k in question.key_points)):
        said = {stem(w) for w in words(text) if w not in plain}
        if set(words(text)) & _UNTIED:
            continue
        ours, theirs = subject & said, object_ & said
        if ours and theirs and (ours | theirs) - (ours & theirs) and len(ours | theirs) >= 2:
            return True
    return False


@lru_cache(maxsize=1024)
def _view_sentences(model_answer: str, labels: tuple[str, ...]) -> tuple[str, ...]:
    return (*(s.text for s in tokenize(model_answer).sentences), *labels)


def _handled_by_reason(
    tokens: Tokens,
    r: tuple[int, int, str],
    span: tuple[int, int],
    named_at: list[tuple[int, int]],
    label: str,
) -> bool:
    """The dismissal gives as its reason the mechanism the key point itself names: "Missing
    values aren't a problem, *since each split learns a default direction*" (the point:
    "sparsity-aware split finding for missing values", phrase "default direction") says the
    method handles them, which is the point made, not waved away (claims41; claims40 left it).
    The reason must say another of the point's phrases, or two words of its label besides the
    dismissed ones: "Missing values aren't a problem, since they are rare" is still read. A
    reason about the dismissed thing itself (one of the point's phrases as its subject: "The
    prevalence does not matter, because the base rate ...", "Bootstrapping is not valid,
    because resampling creates fake data") or one that denies or limits ("only", "not") is
    an argument for the dismissal, not the mechanism: still read."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    last = sentence.last_word
    opener = next(
        (
            j
            for j in range(max(r[1], span[1]), min(last, span[1] + _REASON_REACH))
            if tokens.words[j] in _REASON_OPENERS
        ),
        None,
    )
    if opener is None:
        return False
    said_words = tokens.words[opener + 1 : last]
    if any(w in _VERDICT_DENIED or w == "only" for w in said_words):
        return False  # "... because the base rate *only* affects the whole population"
    # the reason is its own clause: "..., so I would simply move books in order" after it is
    # what the speaker does, not why (wrong62: its "move books" was read as the point's words)
    ids = clause_ids(sentence)
    clause = ids[opener - sentence.first_word]
    last = next(
        (j for j in range(opener + 1, last) if ids[j - sentence.first_word] != clause), last
    )
    if any(w in _ARGUED_AWAY for w in tokens.words[opener + 1 : last]):
        return False  # "... since a random split keeps the ratio *anyway*": the need argued away
    if any(opener < a <= opener + _REASON_SUBJECT for a, _ in named_at):
        return False  # "... because *resampling* creates fake data": about the thing itself
    if any(opener < a and b <= last and (a, b) != span for a, b in named_at):
        return True
    dismissed = set(tokens.stems[span[0] : span[1]])
    own = {stem(w) for w in words(label) if w not in STOPWORDS and stem(w) not in dismissed}
    said = {tokens.stems[j] for j in range(opener + 1, last)}
    return len(own & said) >= _SHARED_LABEL_WORDS


def _opens_on(
    tokens: Tokens, r: tuple[int, int, str], span: tuple[int, int], gerund: bool = False
) -> bool:
    """The key-point phrase at ``span`` is what the range opens on, past its determiners
    (and, with ``gerund``, past the act done with it: "*using* a lower learning rate")."""
    start = r[0]
    if gerund and start < span[0] and tokens.words[start].endswith("ing"):
        start += 1
    while start < span[0] and tokens.words[start] in _DETERMINERS:
        start += 1
    return start == span[0]


_EXCESS = word_set("too overly blindly")
# Verbs that take their object away: "you don't need to *drop* rare categories" keeps them.
_REMOVING = word_set(
    "drop drops dropping remove removes removing discard discarding delete deleting exclude"
    " excluding eliminate eliminating throw throwing"
)
# An extent or a manner said with the action: "you don't need to label *everything*", "to
# recompute prices for *every* rider", "to balance the classes *fifty-fifty*", "to generate
# completions *from scratch*", "to choose RMSE *by default*" deny the extent, not the action.
_EXTENT = word_set(
    "every everything each all whole entire always scratch default perfectly exactly fully"
    " completely fifty"
)
# A manner said with the action: "you shouldn't tune beta and the learning rate
# *independently*" (a correct momentum answer, charged '"tune beta and the learning rate
# independently" is not needed', false35), "*separately*", "*in isolation*", "*blindly*",
# "*alone*", "*at once*", "*one at a time*" deny how it is done: the answer says the two go
# together, not that the act is not needed. So do "*explicitly*", "*naively*", "*manually*"
# (wrong65: "you should never invert X^T X *explicitly*: it can be singular, so use QR or SVD"
# was charged '"invert x transpose x explicitly" is not needed' against the normal equation's
# inverse; "you should never invert X^T X: just use gradient descent" still dismisses it).
_MANNER = word_set(
    "separately independently individually blindly alone isolation explicitly naively manually"
)
_MANNER_PHRASES = (("at", "once"), ("one", "at", "a", "time"))
# What the denied act is not needed for or why: a manner after them belongs to that clause
# ("no need for feature scaling *because* the distance adjusts for units *on its own*").
_REASON = word_set("because since which that who where while whereas")
# Objects that point back to what was said before: "you don't need *either* for transformer
# models" dismisses those, and what follows "for" is the setting.
_BACK = word_set("either neither both it them this that these those one")


_DETERMINERS = word_set("a an the this that these those")
_DENYING = _TRIGGERS | word_set("never nothing none without don't doesn't isn't aren't")


def _a_wrong_claim(tokens: Tokens, r: tuple[int, int, str], wrong: list[tuple[str, ...]]) -> bool:
    """The dismissed range is an action after "to" ("no need *to resample the test set*")
    whose content words (two or more) all belong to one of the rubric's wrong claims, a claim
    that opens on the same verb and denies nothing ("resample the test set so it is
    balanced"). A wrong claim that is itself a dismissal ("a wake word is not needed") or one
    about a thing ("the silhouette score always increases") is no such action."""
    if r[0] == 0 or tokens.words[r[0] - 1] != "to":
        return False
    said = {tokens.stems[j] for j in range(r[0], r[1]) if tokens.words[j] not in STOPWORDS}
    return len(said) >= 2 and any(
        claim[0] == tokens.stems[r[0]] and said <= set(claim) for claim in wrong
    )


# Openings that set the case a claim is said for: "*with* bfloat16, ...", "*for* tree models,
# ...", "*on* a GPU, ...". "In practice", "for most problems" set no case (newpack30).
_SCOPE_OPENERS = word_set("with for under using given on in")
_JOINED = word_set("and but so also yet then")
_NO_CASE = word_set(
    "practice general most many some all any example instance short fact reality production"
    " short sure this that these those it them such"
)


def _rubric_stems(question: Question) -> frozenset[str]:
    return _stems_of(
        question.model_answer,
        tuple(kp.label for kp in question.key_points),
        tuple(p for kp in question.key_points for p in kp.phrases),
    )


@lru_cache(maxsize=1024)
def _stems_of(
    model_answer: str, labels: tuple[str, ...], phrases: tuple[str, ...]
) -> frozenset[str]:
    return content_stems((model_answer, *labels, *phrases), skip=STOPWORDS)


def _scoped(tokens: Tokens, r: tuple[int, int, str], rubric: frozenset[str]) -> bool:
    """The dismissal is said for a case its sentence opens with, a case the rubric names
    ("*With tree models*, feature scaling is usually not needed"): a claim scoped to that
    variant, true of it, not a dismissal of the practice (newpack30). The opening is a phrase
    of its own (a clause before the dismissed words) naming a rubric word the dismissed words
    do not; "with modern optimizers, scaling is not needed" names no case the rubric holds and
    is still charged."""
    sentence = tokens.sentences[tokens.sentence_of[r[0]]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    # a joining word before the opening ("*And* with bfloat16, ... loss scaling usually isn't
    # needed", a correct answer charged and scored 0, false35)
    while (
        first < r[0] - 1
        and tokens.words[first] in _JOINED
        and ids[first + 1 - sentence.first_word] == ids[0]
    ):
        first += 1
    if tokens.words[first] not in _SCOPE_OPENERS:
        return False
    opener = ids[first - sentence.first_word]
    opening = [j for j in range(first + 1, r[0]) if ids[j - sentence.first_word] == opener]
    if not opening or ids[r[0] - sentence.first_word] == opener:
        return False
    if any(tokens.words[j] in _NO_CASE for j in opening[:1]):
        return False
    dismissed = {tokens.stems[j] for j in range(r[0], r[1])}
    return any(
        tokens.stems[j] in rubric
        and tokens.stems[j] not in dismissed
        and tokens.words[j] not in STOPWORDS
        and tokens.words[j] not in _NO_CASE
        and tokens.words[j] not in GENERIC_WORDS
        for j in opening
    )


# "X isn't needed *in every* network", "*for all* models", "*always*": not everywhere is not
# nowhere (claims40).
_EVERY = word_set("every everywhere always")
_ALL_AFTER = word_set("in for across on")
# An exception the sentence grants after the dismissal: "X isn't needed, *unless* ...", "*only
# if* you train large transformers", "*except* ...".
_EXCEPTIONS = word_set("unless except")
_ONLY_WHEN = word_set("if when for in with after once where on at during")
# A contrast that says the dismissed thing matters after all: "X isn't needed after the first
# few hundred steps, *but it matters at the start*".
_CONTRAST_BACK = word_set("but though although yet")
_MATTERS = _WORTH | word_set("matters matter helps help counts")


def _hedged_scope(tokens: Tokens, r: tuple[int, int, str]) -> bool:
    """The dismissal is hedged in its own sentence: scoped by a universal ("dropout isn't needed
    in every network", "warmup isn't needed for every model"), given an exception after it
    ("biases at zero aren't a problem, unless the weights are identical too", "..., only if you
    train large transformers"), or taken back by a contrast that says the thing matters ("the
    bias correction isn't needed after the first few hundred steps, but it matters at the
    start"). Each says the practice is needed somewhere: a hedge, not a dismissal (claims40: six
    correct hedged answers charged, each scoring 0-58)."""
    if r[2] not in (PLAIN, WORRY):
        return False
    sentence = tokens.sentences[tokens.sentence_of[r[0]]]
    ids = clause_ids(sentence)
    first = sentence.first_word
    ws = tokens.words[first : sentence.last_word]
    at = r[0] - first
    own = ids[min(max(r[1] - first, at), len(ids) - 1)]
    for j in range(at, len(ws)):
        w = ws[j]
        if ids[j] == own and (
            w in _EVERY or (w == "all" and j and ws[j - 1] in _ALL_AFTER and ws[j - 1] != "at")
        ):
            return True
        if j > at and (
            w in _EXCEPTIONS or (w == "only" and ws[j + 1 : j + 2] and ws[j + 1] in _ONLY_WHEN)
        ):
            return True
        if j > at and w in _CONTRAST_BACK and ids[j] != own:
            back = [x for x in ws[j + 1 :] if x not in _SOFTENERS][:4]
            if any(x in _MATTERS for x in back) and not set(back) & _VERDICT_DENIED:
                return True
    return False


# Words that point back to a case named before them: "..., so loss scaling is not needed *there*".
_THERE = word_set("there here then")
# Words that set a case against another one in the same sentence.
_CONTRASTS = word_set("while whereas but unlike")
# Verbs that say the thing is needed, with the object that points back to it: "fp16 *does need
# it*", "fp16 *requires it*".
_NEEDING = word_set("need needs needed require requires required")
_IT = word_set("it this that them one so")
# Subjects that point back to a thing named before them in the sentence.
_BACK_SUBJECTS = word_set("it they")


def _case_word(tokens: Tokens, j: int, rubric: frozenset[str], own: set[str]) -> bool:
    """A rubric word naming a case: not the dismissed phrase's, not the question's own subject
    ("pruning is not needed *in a forest*" asked about random forests is still dismissed)."""
    w = tokens.words[j]
    return (
        tokens.stems[j] in rubric
        and tokens.stems[j] not in own
        and w not in STOPWORDS
        and w not in _NO_CASE
        and w not in GENERIC_WORDS
    )


def _for_one_case(
    tokens: Tokens,
    r: tuple[int, int, str],
    span: tuple[int, int],
    rubric: frozenset[str],
    asked: frozenset[str],
) -> bool:
    """The dismissal holds for one case its sentence names, a case the rubric holds, not for
    the practice (false33: '"loss scaling usually" is not needed' said of bfloat16 on an
    outside pack): its clause opens on "for"/"with" + that case ("*For bf16* loss scaling is
    usually not needed", "..., whereas *with bf16* it is not needed"); a word after it points
    back to a case named before it ("bfloat16 keeps the fp32 range, so loss scaling is not
    needed *there*") or "for"/"with" names the case after it ("not needed *for bf16*"); or the
    sentence sets it against another case that needs it ("..., *while fp16 does need it*").
    "With modern optimizers scaling is not needed" names no case the rubric holds: still a
    dismissal."""
    sentence = tokens.sentences[tokens.sentence_of[r[0]]]
    first, last = sentence.first_word, sentence.last_word
    ws = tokens.words
    ids = clause_ids(sentence)
    own = {tokens.stems[j] for j in range(span[0], span[1])} | asked
    clause = ids[span[0] - first]
    start = next(j for j in range(first, last) if ids[j - first] == clause)
    while start < span[0] and ws[start] in _CONTRASTS | word_set("so and"):
        start += 1
    if ws[start] in _SCOPE_OPENERS and (
        any(_case_word(tokens, j, rubric, own) for j in range(start + 1, span[0]))
        # the phrase is the case itself: "*For bf16* loss scaling is not needed"
        or (span[0] == start + 1 and any(ws[j] not in STOPWORDS for j in range(span[1], r[1])))
    ):
        return True
    named_before = any(_case_word(tokens, j, rubric, own) for j in range(first, start))
    there = ws[start + 1 : start + 2] not in (("is",), ("are",), ("was",), ("were",))
    if ws[start] in _THERE and there and named_before:
        return True  # "bf16 keeps the fp32 range, and *there* loss scaling is not needed"
    if ws[start] in _BACK_SUBJECTS and named_before:
        # "bfloat16 has the fp32 range, so *it* usually does not need loss scaling": the
        # subject points back to the case named before it (claims38)
        return True
    # right after the dismissal, in its clause: "not needed *there*", "not needed *for bf16*"
    j = r[1]
    while j < last and ws[j] in _SOFTENERS | _WORTH | _VERDICT_DENIED | DISMISSED_AFTER:
        j += 1
    if j < last and ids[j - first] == clause:
        if ws[j] in _THERE and named_before:
            return True
        if ws[j] in ("for", "with", "in") and any(
            _case_word(tokens, q, rubric, own)
            for q in range(j + 1, min(last, j + 4))
            if ids[q - first] == clause
        ):
            return True
    for j in range(first, last):
        if ws[j] not in _CONTRASTS or r[0] <= j < r[1]:
            continue
        lo, hi = (j, last) if j > r[0] else (first, j)
        for q in range(lo, hi):
            if (
                ws[q] in _NEEDING
                and ws[q - 1] not in _DENYING
                and (ws[q + 1 : q + 2] and ws[q + 1] in _IT or q + 1 >= hi)
            ):
                return True
    return False


# Words that restrict a dismissal to one step or purpose after what it dismisses: "you don't
# need a cross encoder *for the first step*".
_RESTRICTING = word_set("for at during in until before on")
_MODEL_TIMES = word_set("training train inference test prediction serving deployment production")


def _placed_elsewhere(
    tokens: Tokens,
    r: tuple[int, int, str],
    span: tuple[int, int],
    said: list[tuple[int, int]],
    ranges: list[tuple[int, int, str]],
    stance: Stance,
) -> bool:
    """The dismissal is restricted to one step or purpose ("you don't need a cross encoder
    *for the first step*", "you don't need a separate test set *for it*") and another sentence
    of the answer says the point as its own, neither dismissed, negated nor warned against ("a
    cross encoder only makes sense for reranking the top fifty"): the speaker places the thing,
    they do not reject it (claims38: a correct hedged answer scored 0 for the first). A
    dismissal placed at one time of a model's life after its verdict ("no rescaling is needed
    *at test time*") is placed by an earlier clause of its own sentence that does the thing at
    another time: "inverted dropout divides the kept activations by one minus p during training,
    so no rescaling is needed at test time" (over46); "gradient descent is a separate thing
    that is not needed for training" is still a dismissal."""
    here = tokens.sentence_of[span[0]]
    restricted = any(
        tokens.words[j] in _RESTRICTING
        and any(tokens.words[q] not in STOPWORDS for q in range(j + 1, min(r[1], j + 4)))
        or tokens.words[j] in _RESTRICTING
        and tokens.words[j + 1 : j + 2] in (("it",), ("this",), ("that",))
        for j in range(span[1], r[1])
    )
    if restricted:
        return any(
            tokens.sentence_of[other[0]] != here
            and not any(a <= other[0] < b for a, b, _ in ranges)
            and not stance.negated(other)
            and not stance.warned(other)
            for other in said
        )
    return _placed_before_in_time(tokens, r, said, stance)


def _placed_before_in_time(
    tokens: Tokens, r: tuple[int, int, str], said: list[tuple[int, int]], stance: Stance
) -> bool:
    """The verdict's clause goes on to a time of a model's life ("... is needed *at test
    time*"; not "at this stage", "at all"), and an earlier clause of the sentence says the
    point as its own, or a clause of an earlier sentence says it at another time of the
    model's life ("... divides the kept activations by one minus p *during training*. So no
    rescaling is needed at test time."; fix46b: the two-sentence answer scored 0)."""
    here = tokens.sentence_of[r[0]]
    sentence = tokens.sentences[here]
    first = sentence.first_word
    ids = clause_ids(sentence)
    end = r[1]
    while end < sentence.last_word and ids[end - first] == ids[r[0] - first]:
        end += 1
    times = {
        tokens.words[q]
        for j in range(r[1], end)
        if tokens.words[j] in _RESTRICTING
        for q in range(j + 1, min(end, j + 3))
        if tokens.words[q] in _MODEL_TIMES
    }
    if not times:
        return False

    def placed(p: int) -> bool:
        if first <= p < r[0]:
            return ids[p - first] != ids[r[0] - first]
        if tokens.sentence_of[p] >= here:
            return False
        other = tokens.sentences[tokens.sentence_of[p]]
        o_ids = clause_ids(other)
        clause = [
            tokens.words[q]
            for q in range(other.first_word, other.last_word)
            if o_ids[q - other.first_word] == o_ids[p - other.first_word]
        ]
        return any(w in _MODEL_TIMES and w not in times for w in clause)

    return any(
        placed(other[0]) and not stance.negated(other) and not stance.warned(other)
        for other in said
    )


def _contrasted_away(tokens: Tokens, r: tuple[int, int, str], asked: frozenset[str]) -> bool:
    """The dismissal's sentence opens its clause on "unlike" and what the question asks about
    ("*Unlike k-means*, DBSCAN does not need the number of clusters"): it is said of the other
    thing, true of it (correct28). "Unlike DBSCAN, k-means does not need ..." still says it of
    the question's subject."""
    sentence = tokens.sentences[tokens.sentence_of[r[0]]]
    ws, stems = tokens.words, tokens.stems
    for j in range(sentence.first_word, r[0]):
        if ws[j] == "unlike":
            named = [p for p in range(j + 1, min(j + 4, r[0])) if ws[p] not in _DETERMINERS]
            return bool(named) and stems[named[0]] in asked
    return False


def _of_other_side(tokens: Tokens, r: tuple[int, int, str], label: str) -> bool:
    """The dismissal is said of the other side of a pair the key point's label names:
    "unsupervised learning does not need costly annotation" is true of unsupervised learning,
    no dismissal of supervised learning's labels (correct28)."""
    span = (max(r[0] - 1, tokens.sentences[tokens.sentence_of[r[0]]].first_word), r[1])
    return any(
        said_of(tokens, span, mentions(tokens, pair[side]), mentions(tokens, pair[1 - side])) == 1
        for pair, side in named_sides(label)
    )


# Who needs a thing when nobody in particular does: the speaker, the listener, people.
_NOBODY = word_set("i we you one people anyone someone everyone they it this that there")
_NEED_VERBS = word_set("need needs needed require requires required necessary")
# Between a holder and its need: "the Gauss-Markov result *does not really* need ...".
_NEED_AUX = word_set(
    "do does did not never really actually even will would should can could is are was were s"
    " be been strictly always"
)
_HOLDER_BOUNDS = word_set("so and but because since then which that while if when as or")
_SCOPE_AFTER = word_set("for to")
# What the rubric itself says the thing is not needed for: "needed mainly for inference, *not
# for the point estimates*", "which matters for exact small sample tests, *not for the
# coefficient estimates themselves*".
_NOT_FOR = re.compile(r"\bnot (?:for|to|in) ([^,.;:()]+)", re.I)


@lru_cache(maxsize=256)
def _rubric_limits(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        stem(w) for t in texts for m in _NOT_FOR.finditer(t) for w in words(m.group(1))
    ) - frozenset(stem(w) for w in STOPWORDS)


@lru_cache(maxsize=256)
def _rubric_speaks_of(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for t in texts for w in words(t) if w not in STOPWORDS)


def _holder(tokens: Tokens, r: tuple[int, int, str], span: tuple[int, int]) -> list[int] | None:
    """The words naming what does without the thing: the subject of "... don't need X" or
    what follows "for" / "to" in "X is not needed for ...". None when nobody in particular is
    (the speaker, "there is no need", "X is not needed" with no scope)."""
    sentence = tokens.sentences[tokens.sentence_of[r[0]]]
    first, last = sentence.first_word, sentence.last_word
    ids = clause_ids(sentence)
    clause = ids[r[0] - first]
    ws = tokens.words
    need = next(
        (
            j
            for j in range(r[0] - 1, first - 1, -1)
            if ws[j] in _NEED_VERBS and ids[j - first] == clause
        ),
        None,
    )
    if need is not None:
        j = need - 1
        while j >= first and ws[j] in _NEED_AUX | NEGATION_WORDS:
            j -= 1
        if j < first or ws[j] in _NOBODY or ws[j] in STOPWORDS or ids[j - first] != clause:
            return None
        end = j
        while j >= first and ids[j - first] == clause and ws[j] not in _HOLDER_BOUNDS:
            j -= 1
        held = list(range(j + 1, end + 1))
        # "honestly, *there* isn't much need for ...": nobody in particular
        return None if any(ws[k] in _NOBODY for k in held) else held
    after = [j for j in range(span[1], last) if ids[j - first] == clause]
    at = next((n for n, j in enumerate(after) if ws[j] in _NEED_VERBS), None)
    rest = after[at + 1 :] if at is not None else []
    if rest and ws[rest[0]] in _SCOPE_AFTER:
        return rest[1:]
    return None


def _needed_by_another(
    question: Question,
    tokens: Tokens,
    r: tuple[int, int, str],
    span: tuple[int, int],
) -> bool:
    """The thing is said not to be needed *by* or *for* something named ("Unbiasedness and the
    Gauss-Markov result don't need normality at all", "normality is not needed for unbiased
    coefficients"), something the rubric itself says the thing is not needed for ("needed
    mainly for inference, not for the point estimates") or speaks of nowhere: what that one
    thing does without, a limit, not a dismissal of the practice (flag66: round 65's blind
    warning on OLS assumptions was charged '"normality" is not needed' and scored 0). A need
    denied to nobody in particular ("you don't need normality", "there is no need to pick a
    metric in advance", "X is rarely needed in practice") or to something the rubric speaks of
    ("the agent never needs to explore", "normality is not needed for inference") is still
    read."""
    if r[2] != PLAIN:
        return False
    holder = _holder(tokens, r, span)
    if not holder:
        return False
    own = {tokens.stems[j] for j in range(span[0], span[1])}
    plain = STOPWORDS | GENERIC_WORDS | NEGATION_WORDS | _NEED_VERBS
    ws = tokens.words
    named = {tokens.stems[j] for j in holder if ws[j] not in plain and ws[j].isalpha()} - own
    if not named:
        return False
    accepted = (question.model_answer, question.prompt, *(k.label for k in question.key_points))
    if named & _rubric_limits(accepted):
        return True
    return not named & _rubric_speaks_of(accepted)


def _for_a_concept(tokens: Tokens, r: tuple[int, int, str], starts: set[int]) -> bool:
    """The dismissed thing is said not to be needed *to* do what a key point names ("you don't
    need labels to find customer segments", "you don't need a generative model to classify
    tickets"): a purpose "to" after its first word, with a key-point phrase after it."""
    ws = tokens.words
    for j in range(r[0] + 1, r[1] - 1):
        if ws[j] == "to" and ws[j + 1] not in _DETERMINERS:
            return any(j < p < r[1] for p in starts)
    return False


def _extent(ws: tuple[str, ...], j: int) -> bool:
    if ws[j] == "fifty":
        return ws[j + 1 : j + 2] == ("fifty",)  # "fifty-fifty", not "fifty thousand"
    return (
        ws[j] in _EXTENT
        or ws[j] in _MANNER
        or any(ws[j : j + len(m)] == m for m in _MANNER_PHRASES)
    )


def _not_the_thing(
    tokens: Tokens, r: tuple[int, int, str], span: tuple[int, int], own: tuple[str, ...]
) -> bool:
    """The key-point phrase at ``span`` is not what the dismissal at ``r`` says is not needed
    (correct28): the action dismissed takes it away ("no need to *drop* rare categories"), the
    denial is of an extent or a manner the phrase does not hold ("you don't need to label
    *everything*"), or the phrase sits in what the thing is not needed for, after it ("you
    don't need labels *to find customer segments*", "you don't need either *for transformer
    models*", said of a word that points back). Said with the phrase's own words
    ("no need to drop some of the majority", "no need to label by hand", "no need to label the
    reviews") it is still dismissed."""
    ws = tokens.words
    if any(ws[j] in _REMOVING for j in range(r[0], span[0])):
        return True
    # the phrase's own words are not an extent ("mean of the points" loosely over "means from
    # scratch for every new point" still holds "from scratch", "every")
    if r[2] == WORRY:
        return False  # "fifty thousand columns is not a problem": said of whatever X is
    reach = next((j for j in range(r[0], r[1]) if ws[j] in _REASON), r[1])
    if any(_extent(ws, j) and tokens.stems[j] not in own for j in range(r[0], reach)):
        return True
    for j in range(r[0] + 1, span[0]):
        if ws[j] == "to" or (ws[j] == "for" and all(w in _BACK for w in ws[r[0] : j])):
            return True
    return _in_relative_clause(tokens, r, span)


# Where a dismissed subject ends: its verdict follows ("X *is* not worth shipping", "X *isn't*
# needed", "X *is* overkill").
_SUBJECT_END = _LINKS | DISMISSED_AFTER | word_set("isn't aren't wasn't weren't")
_RELATIVE_PRONOUNS = word_set("that which who whose")


def _in_relative_clause(tokens: Tokens, r: tuple[int, int, str], span: tuple[int, int]) -> bool:
    """The phrase at ``span`` sits in a relative clause of the subject a verdict dismisses:
    "an ARIMA *that cannot beat a seasonal naive forecast* is not worth shipping" dismisses
    the ARIMA, and the clause names the baseline it is measured against (claims37: charged
    '"... seasonal naive forecast" is not needed', a correct answer scored 0). Only a subject
    before its verdict: after a verb ("no need to check *that* the split is by time") the
    clause is what is dismissed."""
    ws = tokens.words
    if r[1] >= len(ws) or ws[r[1]] not in _SUBJECT_END:
        return False
    # after a noun, not after an act: "*recording which* copy of the data was used is
    # pointless" dismisses the recording of it (every27b)
    # unless the answer goes on to skip it: "a baseline that predicts tomorrow equals today is
    # useless, so I would not bother with it" dismisses the comparison (fix43)
    return any(
        ws[j] in _RELATIVE_PRONOUNS and not ws[j - 1].endswith("ing")
        for j in range(r[0] + 1, span[0])
    ) and not skipped_after(tokens, r, dismissed_ranges_of_kind(tokens))


# Words opening a condition or a time inside the advised action: "you should not stop the test
# *as soon as* the p value drops below 0.05" advises against stopping, not against the p value.
_CONDITION = word_set("when whenever until once if unless soon before after while")


def _in_condition(tokens: Tokens, start: int, at: int) -> bool:
    """The key-point phrase at ``at`` sits in a condition of the action advised against, not
    in the action itself."""
    return any(w in _CONDITION for w in tokens.words[start:at])


_HIGH_END = word_set("highest largest maximum max biggest greatest")
_LOW_END = word_set("lowest smallest minimum min least fewest")


def _other_end(tokens: Tokens, r: tuple[int, int, str], label: str) -> bool:
    """Advice against the other end of what the rubric picks ("you should never pick the
    bandwidth with the *lowest* held-out likelihood", where the rubric picks the highest) agrees
    with the rubric: it is not advice against its practice."""
    said = set(tokens.words[r[0] : r[1]])
    named = set(words(label))
    return bool((said & _LOW_END and named & _HIGH_END) or (said & _HIGH_END and named & _LOW_END))


def _excess(tokens: Tokens, start: int, at: int) -> bool:
    """Advice against doing too much of X ("you should not read *too much* into the distances
    between clusters") is not advice against X."""
    return any(w in _EXCESS for w in tokens.words[start:at])


# Verbs that keep their object down: "to prevent leakage" says leakage is to be avoided.
_KEPT_DOWN = word_set(
    "avoid avoids avoiding prevent prevents preventing reduce reduces reducing mitigate"
    " mitigates limit limits limiting stop stops fight fights catch catches detect detects"
    " than against"
)


def to_do(question: Question, k: int, phrase_text: str) -> bool:
    """The rubric says the phrase as something to do: its model answer or its key point's
    label names it, and never negated, warned against or kept down ("to prevent leakage",
    "rather than accuracy")."""
    return _said_as_practice(question.model_answer, question.key_points[k].label, phrase_text)


@lru_cache(maxsize=4096)
def _said_as_practice(model_answer: str, label: str, phrase_text: str) -> bool:
    said = False
    for text in (model_answer, label):
        tokens = tokenize(text)
        index, stance = AnswerIndex(tokens), Stance(tokens)
        for phrase in compile_phrase(phrase_text):
            for span in index.find(phrase):
                sentence = tokens.sentences[tokens.sentence_of[span[0]]]
                ids = clause_ids(sentence)
                clause = ids[span[0] - sentence.first_word]
                before = [
                    tokens.words[j]
                    for j in range(max(sentence.first_word, span[0] - 4), span[0])
                    if ids[j - sentence.first_word] == clause
                ]
                if (
                    stance.negated(span, phrase.negated)
                    or stance.warned(span)
                    or any(w in _KEPT_DOWN for w in before)
                ):
                    return False
                said = True
    return said


# Verbs that say, in a clause of the rubric, that what it names is taken away ("the normalizing
# constant cancels", "drop the bias"): a term the rubric says so of is not one it needs.
_TAKEN = _REMOVING | word_set("cancel cancels cancelled canceled cancelling")
# A key point's label saying what a word means: it names no thing that is needed.
_DEFINING = word_set("means mean defined definition")


def _accepted_texts(question: Question) -> tuple[str, ...]:
    return (
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )


@lru_cache(maxsize=4096)
def _taken_away(texts: tuple[str, ...], term: str) -> bool:
    """The rubric says, in a clause naming the term, that it is taken away or cancels out
    ("only the ratio matters, so the normalizing constant cancels"): the accepted answer does
    without it, and a candidate saying it is not needed says the same."""
    for text in texts:
        tokens = tokenize(text)
        for sentence in tokens.sentences:
            first = sentence.first_word
            ids = clause_ids(sentence)
            for p in range(first, sentence.last_word):
                if tokens.stems[p] == term and any(
                    tokens.words[q] in _TAKEN
                    for q in range(first, sentence.last_word)
                    if ids[q - first] == ids[p - first]
                ):
                    return True
    return False
