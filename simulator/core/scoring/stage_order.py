"""A design's stages told in an order no project can follow (issue 9, wrong53).

A confidently wrong case answer knows every stage of an ML design and tells them in an order
that cannot work, in plain words no rubric lists: "Launch the model in an online A/B test first
to collect labeled traffic, and then run the offline log-loss evaluation on those results to
decide whether to keep it" (an ad click-through design, 79 over its partial's 73); "I'd start by
building the classifier and only later talk to the maintenance team about what counts as a
failure" (a turbine failure design, 58 over its partial's 50). Every word is the field's, so the
sentence earned key points and case steps. reversed_order.py reads such an order only where the
rubric's own text states one; these stages are the scorer's own, the same for every design:

  define (what counts as a positive, the policy, the goal) < collect the data < build the model
  < evaluate it offline < launch it to users (a launch, a rollout, an A/B test)

A sentence read in order as reversed_order reads one ("then", "afterwards", "only later",
"before", "after", "once", and "only once / only after B do we A") is charged when its earlier
part launches, or builds, and its later part does what must come first:

* a launch before the offline evaluation, or before defining what the system decides;
* a model built before defining what it predicts;
* a launch, or a model built, before the data or the model is first made: a later part about
  more, new or fresh data, feedback or retraining improves a model that exists, and is right.

Only a sentence the speaker asserts is read: none with a negation, a hedge or a condition, a
warning frame, or "instead" / "rather". The charge names the two stages as said and gives the
order as the accepted view.
"""

from __future__ import annotations

import re

from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.reversed_order import sentence_parts
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, names_a_mistake
from simulator.core.scoring.text import Tokens, word_set, words

STAGE_ORDER_ID = "stage-order"

DEFINE, DATA, BUILD, OFFLINE, LAUNCH = range(5)
# What each stage sounds like (lowered text, whole words): the scorer's own, for any design.
_CUES: dict[int, re.Pattern[str]] = {
    DEFINE: re.compile(
        r"\b(?:what counts as|defin(?:e|es|ed|ing)|(?<!to )decid(?:e|es|ed|ing) (?:which|what)"
        r"|clarif(?:y|ies|ied|ying)|(?:write|writes|wrote|written) (?:down )?the policy"
        r"|(?:design|choose|pick|define)s? the metrics?)\b"
    ),
    DATA: re.compile(
        r"\b(?:collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|record(?:s|ed|ing|ings)?|annotat\w*"
        r"|label(?:ed|led|ing|ling)|label (?:the|them|it|each|every)|dataset|training data"
        r"|start logging)\b"
    ),
    BUILD: re.compile(
        r"\b(?:train(?:s|ed|ing)? (?:the|a|an|our|its) (?:\w+ ){0,2}(?:model|classifier|network"
        r"|recognizer|ranker)|build(?:s|ing)? (?:the|a|an|our) (?:\w+ ){0,2}(?:model|classifier"
        r"|index|network|ranker)|compute(?:s|d)? (?:the )?embeddings)\b"
    ),
    OFFLINE: re.compile(r"\b(?:offline|backtest\w*|held[- ]out)\b"),
    LAUNCH: re.compile(
        r"\b(?:launch(?:es|ed|ing)?|ship(?:s|ped|ping)?|deploy(?:s|ed|ing)?|roll(?:s|ed|ing)? "
        r"(?:\w+ ){0,2}out|release(?:s|d)? (?:it|them|the)|go(?:es)? live|in front of (?:all )?"
        r"(?:the )?users|to (?:all|every) (?:\w+ )?(?:users|phones|customers)|a ?/? ?b tests?)\b"
    ),
}
_NAMES = {
    DEFINE: "defining what it decides",
    DATA: "collecting the data",
    BUILD: "building the model",
    OFFLINE: "offline evaluation",
    LAUNCH: "the launch",
}
# An earlier stage told later: the pairs no project can follow (earlier part, later part).
_IMPOSSIBLE = frozenset(
    {
        (LAUNCH, OFFLINE),
        (LAUNCH, DEFINE),
        (BUILD, DEFINE),
        (LAUNCH, BUILD),
        (LAUNCH, DATA),
        (BUILD, DATA),
    }
)
# ... but data or a model after a launch or a model is often the next round: only the first
# making of them is impossible there.
_FIRST_ONLY = frozenset({DATA, BUILD})
_NEXT_ROUND = word_set(
    "more new fresh additional extra further feedback retrain retrains retrained retraining"
    " again next ongoing continuously continually improve improves updated update updates"
    " corrections complaints"
)
_CORRECTION = {
    OFFLINE: "A model is evaluated offline before it is launched or tested on users: the "
    "offline evaluation decides whether it is good enough to show anyone.",
    DEFINE: "What the system decides (what counts as a positive, the policy, the goal) is "
    "defined first: the labels, the model and its launch follow from it.",
    DATA: "The data is collected before the model is built and launched; data gathered after a "
    "launch improves a model that already exists.",
    BUILD: "The model is built and evaluated before it is launched; a launch needs a model.",
}
_UNSURE = word_set(
    "if unless might may could perhaps maybe possibly sometimes instead rather either or"
    " alternatively"
)
_NEGATED = NEGATION_WORDS | word_set(
    "don't doesn't isn't aren't won't can't shouldn't never avoid wrong mistake myth"
)
# "only once B do we A", "only after B does it A": B first (inverted, no comma)
_ONLY_ONCE = re.compile(
    r"\bonly (?:once|after|when) (.+?) (?:do|does|did|will|would|can|should) "
    r"(?:we|you|i|they|it|the \w+) (.+)$"
)


_RELATIVE = word_set("which that who whom whose")
_MARK = re.compile(r"\b(?:then|afterwards?|after that|finally|later|subsequently)\b")


def _parts(sentence: str) -> tuple[str, str] | None:
    """The earlier and the later part of a sentence, or None. A later part whose order word
    sits in a relative clause tells what something else does, not the speaker's next step:
    "a model that predicts the click-through rate, which the auction then uses to decide";
    "with the team that finally resolved each ticket as the label"."""
    low = sentence.lower()
    m = _ONLY_ONCE.search(low)
    if m is not None:
        return low[: m.start()] + " " + m.group(1), m.group(2)
    parts = sentence_parts(sentence)
    if parts is None:
        return None
    mark = _MARK.search(parts[1])
    if mark is not None and _RELATIVE & set(words(parts[1][: mark.start()])):
        return None
    return parts


def _stages(text: str) -> dict[int, str]:
    """The stages a part of a sentence says, each with the words that said it."""
    out: dict[int, str] = {}
    for stage, cue in _CUES.items():
        m = cue.search(text)
        if m is not None:
            out[stage] = m.group(0)
    return out


def _asserted(tokens: Tokens, stance: Stance, first: int, last: int) -> bool:
    said = tokens.words[first:last]
    if names_a_mistake(said) or any(w in _UNSURE or w in _NEGATED for w in said):
        return False
    return not stance.warned((first, last))


def _impossible(early: dict[int, str], late: dict[int, str], late_text: str) -> tuple[int, int]:
    """The first (earlier stage, later stage) pair told in an impossible order, else (-1, -1)."""
    next_round = bool(_NEXT_ROUND & set(words(late_text)))
    for e in sorted(early, reverse=True):
        for lt in sorted(late):
            if (e, lt) not in _IMPOSSIBLE or lt in early:
                continue
            if lt in _FIRST_ONLY and next_round:
                continue
            return e, lt
    return -1, -1


def stage_orders(tokens: Tokens, stance: Stance, charged: set[str]) -> list[MisconceptionHit]:
    """One charge for each asserted sentence that tells a design's stages in an impossible
    order (sentences already charged are left alone)."""
    found: list[MisconceptionHit] = []
    for sentence in tokens.sentences:
        if sentence.text in charged or not _asserted(
            tokens, stance, sentence.first_word, sentence.last_word
        ):
            continue
        parts = _parts(sentence.text)
        if parts is None:
            continue
        early, late = _stages(parts[0]), _stages(parts[1])
        e, lt = _impossible(early, late, parts[1])
        if e < 0:
            continue
        claim = f"{_NAMES[e]} (“{early[e]}”) comes before {_NAMES[lt]} (“{late[lt]}”)"
        found.append(MisconceptionHit(STAGE_ORDER_ID, claim, sentence.text, _CORRECTION[lt]))
    return found
