"""The task told as whose the work was (issue 9, rel69).

A task is what was the teller's to do, and English says that with the words of responsibility
and of taking it on: "I was accountable for the dataset delivery", "The model was mine end to
end", "it was my job to get her unstuck", "I took it on", "I was the owner of the pipeline".
The labeller weighs such a sentence against all else it says ("I was the only engineer, so I
built the whole thing" reads as the scene or a step), and a story whose one task sentence went
to another part had its told task reported missing: the most frequent told part called missing
in round 69's count, 159 of 237 across the repository's STAR sets, in 73 sets by different
writers. A sentence that names the work as the teller's tells the task, whatever part it is
labelled: the part is told (the sentence keeps its label, as it tells that part too, and says
so), and the tip asks for a sentence of its own. The words are English's for being charged with
work ("responsible for", "in charge of", "my job", "was mine", "fell to me") and for taking it
on ("I took it on", "I volunteered"), said by the teller, not denied. Of the repository stories
with a told task called missing, 21 of 159 (17 sets) say one; of those written with no task,
0 of 22.

A promise of the teller's is work taken on too (told70, ``promised_the_work``): "I promised
them a fix by Friday", "I committed to a date", "I told my lead I'd have it in a month". Over
every repository STAR set, 141 of round 70's 222 told parts called missing were the task; a
promise was the task's only telling in 8 stories of 8 sets by different writers; none of the 22
stories written with no task makes one.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.text import word_set

TASK_OWNED = "also says whose the work was: your task, told within it"

_TELLERS = ("i", "we")
_BE = ("was", "were", "am", "are", "became", "become", "had been", "have been", "'m", "'re")
# What one is, said of the work that is one's charge: "responsible for", "in charge of".
_CHARGED = (
    "responsible for",
    "accountable for",
    "answerable for",
    "in charge of",
    "the owner",
    "the sole owner",
    "the only owner",
    "the one responsible",
    "on the hook for",
)
# The nouns of one's charge after "my" / "our": "my job", "our responsibility".
_CHARGE_NOUNS = word_set("job task role responsibility responsibilities duty remit")
# The work said to be the teller's: "was mine", "were on me", "fell to me", "up to me".
_MINE = (
    *(f"{be} {whose}" for be in ("was", "were", "is", "are") for whose in ("mine", "ours")),
    *(f"{be} on {who}" for be in ("was", "were", "is", "are") for who in ("me", "us")),
    *(f"{verb} to {who}" for verb in ("up", "fell", "falls", "fall") for who in ("me", "us")),
)
# Taking the work on: "I took it on", "I took over", "I volunteered", "I owned".
_TAKEN = (
    "i took on",
    "i took it on",
    "i took over",
    "i took ownership",
    "we took ownership",
    "i volunteered",
    "i offered to",
    "i owned",
    "we owned",
    "i led",
)
_NEGATORS = word_set("not never no nobody nothing n't")
_NEGATION_REACH = 3  # words before the phrase a negator may stand ("it was not really my job")


def _phrases() -> tuple[tuple[str, ...], ...]:
    out: list[str] = list(_MINE) + list(_TAKEN)
    for who in _TELLERS:
        for be in _BE:
            for charged in _CHARGED:
                out.append(
                    f"{who}{be} {charged}" if be.startswith("'") else f"{who} {be} {charged}"
                )
    for owner in ("my", "our"):
        out.extend(f"{owner} {noun}" for noun in sorted(_CHARGE_NOUNS))
    return tuple(tuple(p.split()) for p in out)


_PHRASES = _phrases()


def names_work_as_mine(ws: Sequence[str]) -> bool:
    """Does the sentence (its words) name the work as the teller's, not denied ("it was not my
    job" says whose it was not)?"""
    said = list(ws)
    for k in range(len(said)):
        for phrase in _PHRASES:
            if tuple(said[k : k + len(phrase)]) == phrase and not any(
                w in _NEGATORS for w in said[max(0, k - _NEGATION_REACH) : k]
            ):
                return True
    return False


# Promising the work: the verbs of committing oneself ("I promised them a fix", "I committed to
# Friday", "I agreed to have it ready"), and a future of mine reported ("I said I'd have it
# running", "I told my manager I would finish it in a week").
_PROMISE = word_set("promised promise promises pledged undertook")
# ... and those that commit only with "to" ("I committed to a date", not "I committed the fix")
_PROMISE_TO = word_set("committed commit commits agreed agree")
_REPORTED = word_set("said told tell say says promised estimated")
_MY_FUTURE = ("i'd", "i'll", "i would", "i will", "i could", "i can")
_PROMISE_REACH = 4  # words from "said"/"told" to the promise ("told my manager that I'd")


def promised_the_work(ws: Sequence[str]) -> bool:
    """Does the teller promise the work ("I promised them a fix by Friday", "I told my lead
    I'd have it in a month")? A promise of mine is work I took on: the task, told as the
    commitment that set it. Not denied ("I never promised a date")."""
    said = list(ws)
    for k in range(1, len(said)):
        if said[k - 1] not in ("i", "i'd"):  # "I said", "I'd said"
            continue
        if any(x in _NEGATORS for x in said[k : k + 2]):
            continue
        if said[k] in _PROMISE or (said[k] in _PROMISE_TO and said[k + 1 : k + 2] == ["to"]):
            return True
        if said[k] in _REPORTED:
            after = " ".join(said[k + 1 : k + 2 + _PROMISE_REACH])
            if any(f" {f} " in f" {after} " for f in _MY_FUTURE):
                return True
    return False


def task_told_within(labels: Sequence[str], said: Sequence[Sequence[str]]) -> int | None:
    """The first sentence, not a remark on the telling, that names the work as the teller's in
    a story none of whose sentences is labelled the task; None otherwise."""
    if "task" in labels:
        return None
    return next(
        (
            i
            for i, (label, ws) in enumerate(zip(labels, said, strict=True))
            if label != "other" and (names_work_as_mine(ws) or promised_the_work(ws))
        ),
        None,
    )
