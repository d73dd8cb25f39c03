"""An opening line that is the story's end told first, known by its tense and its agent
(issue 9, star45).

A fresh writer often opens with where things stand now and only then goes back: "Training our
fraud model now costs a tenth of what it did.", "She now owns our feature pipeline on her own.",
"The fraud queue went from two days of backlog to same-day review, and the operations team
still uses the screen we designed." Or with what my work changed, measured: "The second launch
of our search ranking model lifted conversion by four percent.", "We got the forecast error
down to eight percent across four hundred stores." The labeller read both as the scene, the
opening line's usual part, and with no cue word ("In the end") and no line going back
(star_turns.py) nothing told it otherwise. Two shapes carry it here, never a word list for
one story:

* a lasting present state: "now", "today", "still", "any more" in a clause whose verb is in
  the present or the present perfect, in a story told in the past (the scene of a story told
  in the past is in the past: "our pricing team was still using last year's model", "a
  language only one person still knew");
* my work changing a quantity: the main clause's verb a simple-past verb that changes what it
  acts on ("cut", "reduced", "lifted", "got ... down"), its subject me, us or a thing of ours,
  and a measure after it. A problem that opens a story changes by itself ("the error rate
  jumped from nine to fourteen percent", "precision had dropped") or is reported ("showed
  that a new design had lifted sales").
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.metric_polarity import polarity
from simulator.core.scoring.star_grammar import is_past, main_clause
from simulator.core.scoring.text import STOPWORDS, is_number, word_set

__all__ = ["cut_sets_scene", "end_told_first"]

_LASTING = word_set("now today still anymore")
_LASTING_PAIRS = (("any", "more"), ("these", "days"), ("to", "this", "day"))
_PRESENT_BE = word_set("is are am has have it's that's she's he's they're we're there's")
_PAST_FINITE = word_set("was were had did could would")
_CLAUSE_BREAKS = word_set("and but so which while when because")
# Verbs that change what they act on (a transitive change), in the simple past.
_CHANGED = word_set(
    """cut reduced lifted raised lowered halved improved increased decreased boosted shrank
    shortened trimmed slashed"""
)
_GOT_DIRECTIONS = word_set("down up")
_OURS = word_set("i we our my us")
_MEASURES = word_set("by from to percent half quarter third tenth points")
# What a team works with: cutting it is a constraint put on the story, not an outcome.
_RESOURCES = word_set(
    """team teams budget budgets staff headcount funding people engineers hires capacity
    resources servers"""
)
# What went wrong after a change (a story's trouble).
_SETBACKS = word_set(
    """lost lose fail failed failing broke broken stopped missed slipped crashed complained
    nobody struggled collapsed stalled overloaded"""
)
_REACH = 2  # words between a lasting marker and its present verb ("now owns", "still uses")


def _clauses(ws: Sequence[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for w in ws:
        if w in _CLAUSE_BREAKS and out[-1]:
            out.append([])
        else:
            out[-1].append(w)
    return [c for c in out if c]


def _present_verb(w: str) -> bool:
    # a third-person present ("costs", "owns", "uses"); not a plural noun after an article,
    # nor a word of grammar or an adverb that ends in "s" ("now, *this* was", "*always*")
    return w in _PRESENT_BE or (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us"))
        and w not in STOPWORDS
        and w not in _NOT_VERBS
    )


_NOT_VERBS = word_set("always sometimes perhaps afterwards towards besides nevertheless whereas")
# The teller's own present ("I still *remember* this outage"): a memory, not how things stand.
_TELLER = word_set("remember remembers recall recalls think thinks")


def lasting_state(ws: Sequence[str]) -> bool:
    """A clause that says how things stand now, in the present (see above)."""
    for clause in _clauses(ws):
        marks = [k for k, w in enumerate(clause) if w in _LASTING]
        marks += [
            k
            for k in range(len(clause))
            for pair in _LASTING_PAIRS
            if tuple(clause[k : k + len(pair)]) == pair
        ]
        for k in marks:
            if set(clause[:k]) & _PAST_FINITE:
                continue  # "our pricing team was still using ..."
            if k and clause[k - 1] in _PRESENT_BE and clause[k - 1] not in ("has", "have"):
                # "Invoice fields *are now* read correctly": a present passive, however the
                # participle after the marker looks ("read", "set", "cut"; star46)
                return True
            after = clause[k + 1 : k + 1 + _REACH]
            if after[:1] and (is_past(after[0]) and after[0] not in _PRESENT_BE):
                continue  # "still ran", "still knew": a past state
            if set(after) & (_PAST_FINITE | _TELLER):
                continue  # "now, this *was* at a bank", "I still *remember* this outage"
            if any(_present_verb(w) for w in after) or (k and clause[k - 1] in _PRESENT_BE):
                return True
            if set(clause[:k]) & {"has", "have"}:
                return True  # "has been running the churn model for over a year now"
    return False


def my_work_changed(ws: Sequence[str], raw: str) -> bool:
    """The main clause: me, us or a thing of ours changing a quantity, measured (see above)."""
    clause = main_clause(list(ws), raw)
    if clause.verb < 0 or not set(clause.subject_words) & _OURS:
        return False
    verb = ws[clause.verb]
    if clause.verb and ws[clause.verb - 1] in ("had", "to", "would", "could"):
        return False
    after = list(ws[clause.verb + 1 : clause.verb + 9])
    if verb == "got":
        changed = bool(set(after[:5]) & _GOT_DIRECTIONS)
    else:
        changed = verb in _CHANGED and is_past(verb) or verb == "cut"
    measured = "%" in raw or any(is_number(w) for w in after) or bool(set(after) & _MEASURES)
    if not (changed and measured):
        return False
    return not cut_sets_scene(ws, clause.verb)


def cut_sets_scene(ws: Sequence[str], verb: int) -> bool:
    """A change at ``verb`` that sets the scene: a cut in what we had to work with ("we cut
    *the data team* from eight to five"), or one the sentence follows with what went wrong
    ("..., *so every pipeline lost an owner*"). The change is the story's trouble, not the
    end of my work."""
    if verb < 0:
        return False
    after = list(ws[verb + 1 : verb + 9])
    cut = after[: next((k for k, w in enumerate(after) if w in _MEASURES or is_number(w)), 3)]
    later = _clauses(ws[verb + 1 :])[1:]
    return bool(set(cut) & _RESOURCES) or any(set(c) & _SETBACKS for c in later)


# Words that close a line on how the story ended ("..., in the end.", "..., eventually.").
_ENDING_TAILS = (("in", "the", "end"), ("eventually",), ("ultimately",), ("at", "last"))
# Quantities a story's trouble raises and its end lowers (better when low), beside the metric
# nouns of metric_polarity; and those better when high.
_LOWER_BETTER = word_set(
    """queue queues backlog backlogs wait waits waiting latency complaints churn chargebacks
    incidents outages waste tickets pages overtime spend bill bills delay delays"""
)
_HIGHER_BETTER = word_set("conversion revenue sales adoption usage coverage retention")
_DOWN = word_set("dropped fell decreased shrank halved declined")
_UP = word_set("rose grew increased doubled climbed")
_WENT = word_set("went")
# How a change is told as the story's trouble: all at once, or after something went wrong.
_SUDDEN = word_set("suddenly overnight unexpectedly")


def ending_told_last(ws: Sequence[str]) -> bool:
    """Does the line close on how the story ended, after a past verb ("The payments team
    switched their monitoring to our dashboard in the end.")? An opening line that does is the
    story's end told first, as one opening on "In the end" is (star_turns.opens_on_the_end)."""
    words = [w for w in ws if w.isalnum()]
    for tail in _ENDING_TAILS:
        if tuple(words[-len(tail) :]) == tail:
            head = words[: -len(tail)]
            return any(is_past(w) and w not in _PAST_FINITE for w in head)
    return False


def _quantity_sign(head: Sequence[str]) -> int:
    """Is the quantity a change is said of better high (+1) or low (-1)? The last word before
    the change that has a polarity (a metric, or a queue, backlog, complaints ...); 0: none."""
    for w in reversed([w for w in head if w not in STOPWORDS]):
        sign = polarity(w) or (-1 if w in _LOWER_BETTER else 1 if w in _HIGHER_BETTER else 0)
        if sign:
            return sign
    return 0


def _way(words: Sequence[str], k: int) -> int:
    """The way the change verb at ``k`` moves: +1 up, -1 down, 0 when it is no change verb."""
    if words[k] in _DOWN or (words[k] in _WENT and words[k + 1 : k + 2] == ["down"]):
        return -1
    if words[k] in _UP or (words[k] in _WENT and words[k + 1 : k + 2] == ["up"]):
        return 1
    return 0


def turned_back(words: Sequence[str], way: int) -> bool:
    """A clause after a change in its line that moves the other way ("..., but then it grew
    again") leaves things the bad way: no end of my story. A cause told after the change is
    not read for whose doing it was: a story's own project is named as a thing as often as
    "we" ("after the new triage went live"), and reading it as another's lost real results
    told first (fix46b, taken back from 7e0abdc2)."""
    return any(_way(words, k) == -way for k in range(len(words)))


def changed_for_the_better(ws: Sequence[str], raw: str) -> bool:
    """The main clause: a quantity that is better low going down, or one better high going up,
    in the simple past and measured ("The review queue for flagged listings dropped from three
    weeks to two days."). A story's trouble is a quantity moving the bad way ("the word error
    rate jumped from nine to fourteen percent"), one that had moved before the story (past
    perfect), one that moved all at once ("suddenly doubled"; star46), one turned back later in
    the line (turned_back)."""
    first = _clauses(ws)[0] if ws else []
    verb = next((k for k in range(len(first)) if _way(first, k)), -1)
    if verb < 1 or set(first[:verb]) & (_SUDDEN | _PAST_FINITE | {"i", "we"}):
        return False  # "had dropped", "was growing": the scene; "we grew": my work
    after = list(first[verb + 1 : verb + 9])
    way = _way(first, verb)
    if not ("%" in raw or any(is_number(w) for w in after) or set(after) & _MEASURES):
        return False
    if set(after) & _SUDDEN:
        return False
    if turned_back(list(ws)[verb + 1 :], way):
        return False
    return _quantity_sign(first[:verb]) * way > 0


_FROM_LEVEL = {("up", "from"): 1, ("down", "from"): -1}
# A comparison with before that says itself which way is better, and one that says only up or
# down (read with the quantity it is said of).
_BETTER_WORDS = {
    **dict.fromkeys(word_set("better faster quicker cheaper"), 1),
    **dict.fromkeys(word_set("worse slower costlier"), -1),
}
_MORE_WORDS = {
    **dict.fromkeys(word_set("higher more bigger larger greater"), 1),
    **dict.fromkeys(word_set("lower fewer less smaller"), -1),
}
_COMPARATIVE_REACH = 3  # words between a comparative and "than before" ("fewer refund calls than")


def _better_than_before(words: Sequence[str], than: int) -> bool:
    for k in range(than - 1, max(-1, than - 1 - _COMPARATIVE_REACH), -1):
        if words[k] in _BETTER_WORDS:
            return _BETTER_WORDS[words[k]] > 0
        if words[k] in _MORE_WORDS:
            sign = _quantity_sign(words[k + 1 : than]) or _quantity_sign(words[:k])
            return sign * _MORE_WORDS[words[k]] > 0
    return False


def compared_with_before(ws: Sequence[str]) -> bool:
    """The line sets where things stand against how they were, the good way: "better than
    before", "up from seventy" said of accuracy, "down from two days" of a wait (star46). The
    same comparison the bad way ("worse than before", complaints "up from forty") is the
    story's trouble, and one that says no way ("ticket volume, up from five thousand") is not
    the end either (fix46). A scene's comparison sets two things of its own time side by side
    ("twice the usual rate", "instead of two hundred milliseconds")."""
    words = list(ws)
    for k in range(len(words) - 1):
        pair = (words[k], words[k + 1])
        if pair == ("than", "before") and _better_than_before(words, k):
            return True
        if pair in _FROM_LEVEL and k + 2 < len(words) and is_number(words[k + 2]):
            way = _FROM_LEVEL[pair]
            if _quantity_sign(words[:k]) * way > 0 and not turned_back(words[k + 2 :], way):
                return True
    return False


def end_told_first(ws: Sequence[str], raw: str, story_in_past: bool) -> bool:
    """Is this opening line the story's end, told first (see above)?"""
    return (
        (story_in_past and lasting_state(ws))
        or my_work_changed(ws, raw)
        or ending_told_last(ws)
        or changed_for_the_better(ws, raw)
        or compared_with_before(ws)
    )
