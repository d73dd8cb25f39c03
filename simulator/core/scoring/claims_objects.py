"""Wrong objects: a remedy said to move the wrong side of the bias-variance trade-off (issue 9,
claims23).

"More data reduces bias", "dropout reduces bias", "a larger k increases variance", "adding
features prevents overfitting": the verb and both nouns are on topic, only the object is wrong.
A small table of what moves what holds for every question:

* more training data lowers variance (overfitting) and does not move bias (underfitting);
* a regularizer (regularization, dropout, weight decay, L1/L2, early stopping, pruning, bagging,
  data augmentation, a larger k, a simpler model, fewer features) lowers variance and raises bias;
* added capacity (more features, deeper trees or networks, more layers or parameters, a more
  complex or flexible model, a smaller k, less regularization) lowers bias and raises variance;
* boosting lowers bias.

"Less" / "fewer" / "removing" / "weaker" before a remedy turn it round ("less regularization"
adds capacity). A clause that names remedies of two kinds, or none, says nothing here; so does
a denied, hedged or conditional clause, or one inside a warning frame.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.core.questions import Question
from simulator.core.scoring.claim_clauses import WrongClaim
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import Tokens

_DATA, _REGULARIZER, _CAPACITY, _BOOSTING = "data", "regularizer", "capacity", "boosting"
# What each kind of remedy does to each effect: -1 lowers it, +1 raises it, 0 leaves it
# (said to move it either way is wrong); absent: not known well enough to judge.
_MOVES: dict[str, dict[str, int]] = {
    _DATA: {"variance": -1, "overfitting": -1, "bias": 0, "underfitting": 0},
    _REGULARIZER: {"variance": -1, "overfitting": -1, "bias": 1, "underfitting": 1},
    _CAPACITY: {"variance": 1, "overfitting": 1, "bias": -1, "underfitting": -1},
    _BOOSTING: {"bias": -1, "underfitting": -1},
}
_TURNED = {_REGULARIZER: _CAPACITY, _CAPACITY: _REGULARIZER}
_FACT = {
    _DATA: "More training data lowers variance (overfitting); it does not reduce bias.",
    _REGULARIZER: "Regularizing (dropout, weight decay, pruning, a larger k, a simpler model)"
    " lowers variance and overfitting at the cost of some bias.",
    _CAPACITY: "More capacity (more features, deeper models, a smaller k) lowers bias and"
    " raises variance, so it risks overfitting.",
    _BOOSTING: "Boosting mainly lowers bias.",
}
_LESS = r"less|fewer|removing|remove|removes|dropping|weaker|reducing|reduced|lowering|lower|smaller|decreasing"
_MORE = (
    r"more|adding|add|adds|added|extra|stronger|increasing|larger|bigger|higher|a lot of|lots of"
)
_REMEDIES: tuple[tuple[str, str], ...] = (
    (
        r"(?:training )?(?:data|examples|samples|rows|observations)|(?:a )?(?:larger|bigger)"
        r" (?:training set|dataset|data set)",
        _DATA,
    ),
    (
        r"regulari[sz]ation|regulari[sz]ing|dropout|weight decay|early stopping|pruning|bagging"
        r"|data augmentation|ridge|lasso|l1|l2|(?:a )?simpler models?",
        _REGULARIZER,
    ),
    (
        r"features|layers|parameters|capacity|complexity|(?:deeper|larger) (?:trees|networks?)"
        r"|(?:a )?(?:more )?(?:complex|flexible) models?|higher(?:-| )degree polynomials?",
        _CAPACITY,
    ),
    (r"boosting", _BOOSTING),
)
_K = re.compile(
    r"\b(?:(larger|bigger|higher|more)|(smaller|lower|fewer)) (?:k|neighbou?rs)\b", re.I
)
_REMEDY = re.compile(
    rf"\b(?:({_LESS}|{_MORE}) )?(" + "|".join(f"(?:{r})" for r, _ in _REMEDIES) + r")\b", re.I
)
_KINDS = [(re.compile(rf"^(?:{r})$", re.I), kind) for r, kind in _REMEDIES]
_DOWN = (
    r"reduces?|reduced|reducing|lowers?|lowering|decreases?|decreasing|cuts?|cures?|fix(?:es)?"
    r"|prevents?|lessens?|shrinks?|eliminates?|removes?|fights?|combats?|mitigates?|avoids?"
)
_UP = r"increases?|increasing|raises?|raising|introduces?|adds?|causes?|leads? to|results? in"
_EFFECT = r"bias|variance|overfitting|underfitting"
_VERB_THEN_EFFECT = re.compile(
    rf"\b(?:({_DOWN})|({_UP}))\s+(?:the |its |model |some |a lot of |more |much )?({_EFFECT})\b",
    re.I,
)
_EFFECT_THEN_VERB = re.compile(
    rf"\b({_EFFECT})\s+(?:goes |go |went )?(?:(down|drops|falls|decreases|shrinks)|(up|rises|grows|increases))\b",
    re.I,
)
_ADJECTIVE = re.compile(
    rf"\b(?:(lower|less|reduced)|(higher|more|increased))\s+({_EFFECT})\b", re.I
)
_SKIP = re.compile(
    r"(?i)\b(?:not|no|never|doesn't|don't|isn't|won't|can't|cannot|without|might|may|could|can"
    r"|sometimes|if|unless|whether|only if|rather than|instead of)\b"
)
_PARTS = re.compile(
    r"[;:]|\b(?:while|whereas|but|although|though)\b|,\s*(?:and|so|whereas)\b", re.I
)


@dataclass(frozen=True)
class _Moved:
    part: str
    kind: str
    word: str  # the verb or adjective that says the move, for the stance check


def _remedy(part: str) -> str | None:
    """The one kind of remedy a clause names as its cause, or None for none or several."""
    kinds = set()
    for m in _K.finditer(part):
        kinds.add(_REGULARIZER if m.group(1) else _CAPACITY)
    for m in _REMEDY.finditer(part):
        modifier, noun = (m.group(1) or "").lower(), m.group(2).lower()
        kind = next(k for pattern, k in _KINDS if pattern.match(noun))
        if kind == _DATA and not modifier:
            continue  # "the data" is no remedy; "more data" is
        if kind == _CAPACITY and not modifier and noun in ("features", "layers", "parameters"):
            continue
        if modifier and re.fullmatch(_LESS, modifier):
            if kind == _DATA:
                return None  # less data: not in the table
            kind = _TURNED.get(kind, "")
        if kind:
            kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


def _moves(part: str) -> list[tuple[str, int, str]]:
    """(effect, -1 / +1, the word that says it) for each move of an effect a clause states."""
    out = []
    for m in _VERB_THEN_EFFECT.finditer(part):
        out.append((m.group(3).lower(), -1 if m.group(1) else 1, (m.group(1) or m.group(2))))
    for m in _EFFECT_THEN_VERB.finditer(part):
        out.append((m.group(1).lower(), -1 if m.group(2) else 1, (m.group(2) or m.group(3))))
    for m in _ADJECTIVE.finditer(part):
        out.append((m.group(3).lower(), -1 if m.group(1) else 1, (m.group(1) or m.group(2))))
    return out


# A remedy named as the foil of the comparison is not the cause: "*Unlike bagging*, the trees
# are built sequentially, which reduces bias" says it of boosting (charge31). The foil runs to
# the next comma, or is the next two words.
_FOIL = re.compile(
    r"\b(?:unlike|as opposed to|in contrast to|compared (?:with|to))\s+(?:[^,]{0,40},|\S+(?:\s+\S+)?)",
    re.I,
)


def _wrong_parts(sentence: str) -> list[_Moved]:
    out = []
    for part in _PARTS.split(sentence):
        if _SKIP.search(part):
            continue
        kind = _remedy(_FOIL.sub(" ", _VERB_THEN_EFFECT.sub(" ", part)))
        if kind is None:
            continue
        for effect, sign, word in _moves(part):
            truth = _MOVES[kind].get(effect)
            if truth is not None and sign != truth:
                out.append(_Moved(part.strip(), kind, word))
                break
    return out


def wrong_objects(question: Question, tokens: Tokens, stance: Stance) -> list[WrongClaim]:
    """Sentences of the answer that say a remedy moves the wrong side of bias and variance."""
    del question  # the table holds for every question
    found: list[WrongClaim] = []
    for sentence in tokens.sentences:
        for moved in _wrong_parts(sentence.text):
            at = tokens.position_in(sentence, moved.word)
            if at is not None and stance.warned((at, at + 1)):
                continue
            found.append(
                WrongClaim(None, moved.part, _FACT[moved.kind], sentence.text, sentence.first_word)
            )
            break
    return found
