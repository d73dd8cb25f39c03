"""Optimum turned round: the answer picks the wrong end of a quantity the accepted view chooses by.

"Pick the k with the *lowest* silhouette", "the silhouette score should be *minimized*",
"choose the number of components with the *highest* BIC" (issue 9, wrong35: a blind
choosing-k answer made of these scored 97, above its partial's 76). A vocabulary count reads
each as covering the criterion's key point. The accepted view (the model answer's sentences and
the key-point labels) says which end of a quantity is chosen, in one of three forms:

* a choice with a superlative: "pick / choose / select / take / prefer / want / keep the k with
  the *highest* average silhouette", "the *lowest* BIC";
* an optimizing verb before it: "*maximize* the margin", "*minimise* the validation loss";
* an optimizing verb after it: "the log likelihood is *maximized*", "BIC should be *minimized*".

The quantity is the content words right after the superlative or the verb (up to three, to the
clause's end or a preposition), or before the verb; its last word is its head. An answer that
says the other end of a quantity with the same head, in the same forms, asserted (not negated,
not warned against, not under an opening condition), contradicts the key point whose label or
phrases hold that head; a quantity the accepted view says both ends of (a trade-off), or one no
key point names, is not read. Nothing is inferred beyond the rubric's own choices: a quantity the
rubric never chooses by is never charged.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.stance import Stance, clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, split_sentences, stem, tokenize, word_set

_HIGH = word_set("highest largest maximum max biggest greatest")
_LOW = word_set("lowest smallest minimum min least fewest")
_HIGHER = word_set("high higher large larger big bigger")
_LOWER = word_set("low lower small smaller")
_MAXIMIZE = word_set("maximize maximise maximizes maximises maximizing maximising")
_MINIMIZE = word_set("minimize minimise minimizes minimises minimizing minimising")
_MAXIMIZED = word_set("maximized maximised")
_MINIMIZED = word_set("minimized minimised")
_CHOOSING = word_set(
    "pick picks picking choose chooses choosing chose select selects selecting take takes"
    " taking prefer prefers want wants keep keeps go"
)
# Verbs of a constraint met, not an optimum chosen: "meets the minimum recall".
_CONSTRAINING = word_set(
    "meet meets meeting reach reaches reaching satisfy satisfies achieve achieves hit hits"
    " above below least exceed exceeds under over keeps keep stays"
)
# Where a quantity's words end.
_END = word_set(
    "and or but because since so as while whereas which that than to for in on at by over"
    " across between from when where if is are was were be"
)
_SKIP = word_set("the a an its their your our average mean overall total")
_REACH = 4  # words a quantity holds at most
_CHOICE_REACH = 8  # words between the choosing verb and its superlative
_OPENING_CONDITIONS = word_set("if unless when whenever assuming")
_LINKS = word_set("is are was were be being been gets get")
_MODALS = word_set("should must will would can")
# Words around a quantity that are no part of what it measures.
_NOT_QUANTITY = (
    _HIGH
    | _LOW
    | word_set("high higher large larger big bigger low lower small smaller")
    | word_set("score scores number possible k n")
    | _MAXIMIZE
    | _MINIMIZE
    | _MAXIMIZED
    | _MINIMIZED
    | _LINKS
    | _MODALS
)


def _quantity_after(ws: tuple[str, ...], ids: tuple[int, ...], i: int) -> tuple[int, int] | None:
    """The quantity's words right after position ``i`` (start, end exclusive), in its clause."""
    j = i + 1
    while j < len(ws) and ids[j] == ids[i] and ws[j] in _SKIP:
        j += 1
    start = j
    while (
        j < len(ws)
        and ids[j] == ids[i]
        and j - start < _REACH
        and ws[j] not in _END
        and ws[j] not in STOPWORDS
    ):
        j += 1
    return (start, j) if j > start else None


def _quantity_before(ws: tuple[str, ...], ids: tuple[int, ...], i: int) -> tuple[int, int] | None:
    """The quantity's words before the verb at ``i`` ("BIC should be minimized"): past the
    link and a modal, the content words back to the clause's start or a stop word."""
    j = i - 1
    while j >= 0 and ids[j] == ids[i] and (ws[j] in _LINKS or ws[j] in _MODALS):
        j -= 1
    end = j + 1
    while j >= 0 and ids[j] == ids[i] and end - j <= _REACH and ws[j] not in STOPWORDS:
        j -= 1
    return (j + 1, end) if end > j + 1 else None


def _chosen(ws: tuple[str, ...], ids: tuple[int, ...], i: int) -> bool:
    """The superlative at ``i`` says what is chosen: "the" before it and a choosing verb
    before that in its clause with no verb of a constraint between ("pick the k *with the*
    highest silhouette", "choose the lowest BIC"; not "choose the threshold that *meets a*
    minimum recall")."""
    return i > 0 and ws[i - 1] == "the" and _choosing_before(ws, ids, i)


def _choosing_before(ws: tuple[str, ...], ids: tuple[int, ...], i: int) -> bool:
    lo = max(0, i - _CHOICE_REACH)
    for j in range(i - 1, lo - 1, -1):
        if ids[j] != ids[i] or ws[j] in _CONSTRAINING:
            return False
        if ws[j] in _CHOOSING:
            return True
    return False


def _chosen_with(ws: tuple[str, ...], ids: tuple[int, ...], i: int) -> bool:
    """A plain or comparative size at ``i`` after "with a" / "with the" names what is chosen
    only with a choosing verb before it in its clause."""
    return (
        i >= 2
        and ws[i - 1] in ("a", "the")
        and ws[i - 2] == "with"
        and _choosing_before(ws, ids, i - 2)
    )


def optima(tokens: Tokens) -> list[tuple[int, int, int, int]]:
    """(sentence index, start, quantity end, +1 highest / -1 lowest) of each optimum the text
    chooses, as token positions: from the first of the choosing word and the quantity to the
    quantity's end (the quantity's last word is its head)."""
    out: list[tuple[int, int, int, int]] = []
    for sentence in tokens.sentences:
        first = sentence.first_word
        ws = tokens.words[first : sentence.last_word]
        if not ws or ws[0] in _OPENING_CONDITIONS:
            continue
        ids = clause_ids(sentence)
        for i, w in enumerate(ws):
            found: tuple[int, int] | None = None
            if (w in _HIGH or w in _LOW) and _chosen(ws, ids, i):
                found, end = _quantity_after(ws, ids, i), 1 if w in _HIGH else -1
            elif (w in _HIGHER or w in _LOWER) and _chosen_with(ws, ids, i):
                # "I prefer k *with a high* average silhouette"
                found, end = _quantity_after(ws, ids, i), 1 if w in _HIGHER else -1
            elif w in _MAXIMIZE or w in _MINIMIZE:
                found, end = _quantity_after(ws, ids, i), 1 if w in _MAXIMIZE else -1
            elif w in _MAXIMIZED or w in _MINIMIZED:
                found, end = _quantity_before(ws, ids, i), 1 if w in _MAXIMIZED else -1
            if found is not None:
                out.append((sentence.index, first + min(i, found[0]), first + found[1], end))
    return out


@lru_cache(maxsize=1024)
def _accepted(model_answer: str, labels: tuple[str, ...]) -> dict[str, int]:
    """Each quantity's head stem and the end the accepted view chooses (0 when it says both)."""
    ends: dict[str, set[int]] = {}
    for text in (*split_sentences(model_answer), *labels):
        tokens = tokenize(text)
        stance = Stance(tokens)
        for _, a, b, end in optima(tokens):
            if stance.negated((a, b)) or stance.warned((a, b)):
                continue
            named = _quantity_words(tokens, a, b)
            if named:
                ends.setdefault(tokens.stems[named[-1]], set()).add(end)
    return {head: (next(iter(e)) if len(e) == 1 else 0) for head, e in ends.items()}


def _quantity_words(tokens: Tokens, a: int, b: int) -> list[int]:
    """Positions of the words that name the quantity: not the choosing word, not generic."""
    return [
        j
        for j in range(a, b)
        if tokens.words[j] not in STOPWORDS
        and tokens.words[j] not in GENERIC_WORDS
        and tokens.words[j] not in _NOT_QUANTITY
        and tokens.words[j] not in _SKIP
    ]


def _named_by(question: Question, head: str) -> int | None:
    """The key point whose label or phrases hold the quantity's head stem."""
    for k, kp in enumerate(question.key_points):
        stems = {stem(w) for text in (kp.label, *kp.phrases) for w in text.lower().split()}
        stems |= {stem(w.strip(".,;:()")) for w in kp.label.lower().split()}
        if head in stems:
            return k
    return None


def reversed_optima(question: Question, tokens: Tokens, stance: Stance) -> dict[int, Contradiction]:
    """Key points contradicted by an answer that chooses the other end of a quantity the
    accepted view chooses by, each named with the answer's words and sentence."""
    accepted = _accepted(question.model_answer, tuple(kp.label for kp in question.key_points))
    found: dict[int, Contradiction] = {}
    if not any(accepted.values()):
        return found
    for s, a, b, end in optima(tokens):
        named = _quantity_words(tokens, a, b)
        if not named:
            continue
        head = tokens.stems[named[-1]]
        if accepted.get(head, 0) != -end:
            continue
        if stance.negated((a, b)) or stance.warned((a, b)):
            continue
        k = _named_by(question, head)
        if k is None or k in found:
            continue
        sentence = tokens.sentences[s]
        side, other = ("highest", "lowest") if end > 0 else ("lowest", "highest")
        said = " ".join(tokens.words[j] for j in _quantity_words(tokens, a, b))
        found[k] = Contradiction(
            f'the {side} "{said}" is chosen, where the accepted view chooses the {other}',
            sentence.text,
        )
    return found
