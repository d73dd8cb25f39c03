"""Claims under the same condition: "when X, Y" against the rubric's "when X, not-Y" (issue 9).

A reversed mechanism is often said as what happens in a case: "*when the logging probabilities
are small* the weights become tiny, so the estimate has low variance" against the model
answer's "when logging probabilities are small the weights explode, so the estimate has high
variance". claims.py compares only unconditional clauses, and rightly: a conditional accepted
clause holds only in its case, so an answer's plain statement is not its contradiction, and an
answer's conditional clause is not asserted outright. Two statements of one case are
comparable, though: when both name the same condition, the consequences can be set against
each other like any two clauses.

* **The case**: the words from a condition word ("if", "when", "whenever", "once") up to the
  end of its clause, at most ``CASE_WORDS`` of them ("when the validation loss stalls", "if the
  weights are too large"); or a setting named by its size, after "with" / "for" or as a
  clause's subject ("with *a small learning rate*", "*a large gamma* means ...").
* **The same case**: at least ``MIN_SHARED_CASE`` content words in common (a size said alike
  of one of them counts), and none turned over ("small" against "large" logging
  probabilities is another case, in which the other consequence is right).
* **The consequence**: for a case that opens its clause, the rest of that clause and the
  clause after it; for one that closes a clause ("it lowers the rate when ..."), that
  clause's words before it, from its last joining word ("grows the factor and backs off *and
  skips the step* when it sees inf": the case is about skipping, not growing).
* **Turned over**: a word both consequences say with a direction (increase/decrease,
  higher/lower, high/low, stable/unstable, explode/vanish ... opposites.py's table) said the
  other way: "*raises* the rate" against "*lowers* the rate", "*low* variance" against "*high*
  variance". A direction word is said of the first content word after it, or, as a predicate
  ("the loss becomes *unstable*"), of the one before it; a name's own direction word ("*reduce*
  on plateau") is said of the name, so it does not hide the verb's. Not charged when said as
  the rubric says it anywhere in the answer, hedged, negated, warned against, or asked.

Each wrong claim goes to the key point of the accepted sentence (the label it is, or the point
whose phrases it says most), charged like claims.py's others (content.py). Dev (every
*_content* set with every pack): 9 verbose-wrong answers newly charged, no correct one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claim_clauses import (
    HEDGES,
    NOT_ANCHOR,
    Clause,
    WrongClaim,
    read_clause,
)
from simulator.core.scoring.matching import QUALIFIERS
from simulator.core.scoring.metric_polarity import polarity
from simulator.core.scoring.opposites import side_of
from simulator.core.scoring.stance import Stance, clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, tokenize

_MORE = 2  # the more/less pair (opposites.py), which turns the word after it over
CASE_OPENERS = frozenset(("if", "when", "whenever", "once"))
CASE_WORDS = 7  # words of a case after its opener, at most
MIN_SHARED_CASE = 2  # content words two cases share to be the same case


@dataclass(frozen=True)
class CaseClaim:
    case: Clause  # the condition, read as a clause (its anchors and counterpart sides)
    consequences: tuple[tuple[Clause, int], ...]  # each with its first token position
    sentence: str


def _hedged(clause: Clause) -> bool:
    return any(w in HEDGES for w in clause.words)


def _cases(tokens: Tokens) -> list[CaseClaim]:
    """Every case of every sentence, each with the sentence's other clauses as consequences."""
    out: list[CaseClaim] = []
    for sentence in tokens.sentences:
        if sentence.text.rstrip().endswith("?"):
            continue
        first, last = sentence.first_word, sentence.last_word
        ids = clause_ids(sentence)
        layout = _ClauseLayout.of(tokens, ids, first)
        for at in range(first, last):
            own = ids[at - first]
            opens = at == first or ids[at - 1 - first] != own
            start = at + 1
            if tokens.words[at] in CASE_OPENERS:
                end = at + 1
                while end < last and end - at <= CASE_WORDS and ids[end - first] == own:
                    end += 1
            elif tokens.words[at] in _SETTING_OPENERS:
                found = _setting_end(tokens, at + 1, last)
                if found is None:
                    continue
                end = found
            elif opens:
                # a clause whose subject is a setting: "*a larger batch* gives ..."
                found = _setting_end(tokens, at, last)
                if found is None:
                    continue
                start, end = at, found
            else:
                continue
            if end - start < 2:
                continue  # "once", "when needed": no case named
            case = _reading(tokens, list(range(start, end)), sentence.text)
            consequences = []
            for positions in _consequences(layout, ids, first, last, at, end):
                if len(positions) < 2:
                    continue
                clause = _reading(tokens, positions, sentence.text)
                if _directions(clause) and not _hedged(clause) and not clause.negated:
                    consequences.append((clause, positions[0]))
            if consequences:
                out.append(CaseClaim(case, tuple(consequences), sentence.text))
    return out


# Words after which a clause goes on to another statement: a case at a clause's end holds for
# what is said after the last of them ("grows the factor and backs off *and skips the step*
# when it sees inf").
_JOINERS = frozenset(("and", "or", "but", "so", "because", "while", "whereas", "since"))


# "*With* a small k the model underfits", "*for* larger batches ...": a setting named by its
# size is a case too, the size word and the noun after it.
_SETTING_OPENERS = frozenset(("with", "for"))
_SETTING_ARTICLES = frozenset(("a", "an", "the", "very", "too"))
SETTING_NOUN_WORDS = 2  # content words of the setting after its size word, at most


def _names_a_case(tokens: Tokens, positions: list[int]) -> bool:
    """Does the clause name a case of its own (a condition, or a setting by its size)?"""
    ws = tokens.words
    last = positions[-1] + 1 if positions else 0
    lead = [p for p in positions if ws[p] not in _JOINERS][:1]
    for p in positions:
        if ws[p] in CASE_OPENERS:
            return True
        if ws[p] in _SETTING_OPENERS and _setting_end(tokens, p + 1, last) is not None:
            return True
    return bool(lead) and _setting_end(tokens, lead[0], last) is not None


def _setting_end(tokens: Tokens, at: int, last: int) -> int | None:
    """Where a setting named by its size from ``at`` ("a small k", "larger batches") ends, or
    None: not one. Only sizes (large/small, higher/lower, increase/decrease): "more" and
    "fewer" count things, and "more training data" against "less training data" would share
    every other word."""
    ws = tokens.words
    i = at
    while i < last and ws[i] in _SETTING_ARTICLES:
        i += 1
    if i >= last:
        return None
    key = side_of(ws[i], tokens.stems[i])
    if ws[i] not in _SIZES and (key is None or key[0] not in _MAGNITUDE):
        return None
    end = i + 1
    while end < last and end - i <= SETTING_NOUN_WORDS and ws[end] not in STOPWORDS:
        end += 1
    return end if end > i + 1 else None


@dataclass(frozen=True)
class _ClauseLayout:
    """One sentence's clauses, found once (clause ids never decrease along a sentence, so each
    clause is one run of positions): where each begins and ends, and the last joining word
    before each position in its clause. Looking these up instead of walking the sentence for
    every case kept a long sentence with many cases from being quadratic (perf39)."""

    tokens: Tokens
    start: dict[int, int]  # clause id -> its first position
    stop: dict[int, int]  # clause id -> one past its last position
    last_join: tuple[
        int, ...
    ]  # per word of the sentence: the last joiner before it in its clause, or -1

    @staticmethod
    def of(tokens: Tokens, ids: tuple[int, ...], first: int) -> _ClauseLayout:
        start: dict[int, int] = {}
        stop: dict[int, int] = {}
        last_join: list[int] = []
        join = -1
        for offset, own in enumerate(ids):
            p = first + offset
            if own not in start:
                start[own], join = p, -1
            stop[own] = p + 1
            last_join.append(join)
            if tokens.words[p] in _JOINERS:
                join = p
        return _ClauseLayout(tokens, start, stop, tuple(last_join))


def _consequences(
    layout: _ClauseLayout, ids: tuple[int, ...], first: int, last: int, at: int, end: int
) -> list[list[int]]:
    """What a case holds for: when it opens its clause ("When X, Y", "when X the weights
    explode"), the rest of that clause and the clause after it; when it closes one ("it
    lowers the rate when X"), that clause's words before it, from its last joining word."""
    own = ids[at - first]
    if at == first or ids[at - 1 - first] != own:
        rest = list(range(end, layout.stop[own]))  # empty when the case ran past its clause
        after = max(end, layout.stop[own])  # the first position of a later clause, if any
        following = []
        if after < last:
            later = ids[after - first]
            following = list(range(max(end, layout.start[later]), layout.stop[later]))
        if _names_a_case(layout.tokens, following):
            following = []  # "..., and with a small C it keeps a wider margin": its own case
        return [part for part in (rest, following) if part]
    join = layout.last_join[at - first]
    start = join + 1 if join >= 0 else layout.start[own]
    return [list(range(start, at))]


def _reading(tokens: Tokens, positions: list[int], sentence: str) -> Clause:
    return read_clause(
        tuple(tokens.words[p] for p in positions),
        tuple(tokens.stems[p] for p in positions),
        sentence,
        None,
    )


# Size words said plainly ("high variance", "tiny weights"), on the scale of "higher"/"lower".
_SIZES = {"large": 0, "high": 0, "big": 0, "great": 0, "huge": 0, "small": 1, "low": 1, "tiny": 1}
_MAGNITUDE = (0, 1)  # increase/decrease and higher/lower: one up/down family
ANCHOR_REACH = 2  # content words either side of a direction word that say what moves


def _directions(clause: Clause) -> dict[str, set[tuple[int, int]]]:
    """Each content word of the clause with the directions said of it, (family, side): a
    direction word is said of the first content word after it within ``ANCHOR_REACH`` words
    ("*raises* the rate", "*high* variance"), else of the last one before it ("the weights
    become *tiny*")."""
    ws, st = clause.words, clause.stems
    found: dict[str, set[tuple[int, int]]] = {}
    for i, w in enumerate(ws):
        key = side_of(w, st[i])
        if key is None and w in _SIZES:
            key = (_MAGNITUDE[1], _SIZES[w])
        if key is None or key[0] == _MORE:
            continue
        family = _MAGNITUDE[0] if key[0] in _MAGNITUDE else key[0]
        side = key[1]
        if i and side_of(ws[i - 1], st[i - 1]) == (_MORE, 1):
            side = 1 - side  # "less stable" says "unstable"
        reach = range(i + 1, min(len(ws), i + ANCHOR_REACH + 2))
        stop = next((j for j in reach if ws[j] in _JOINERS), len(ws))
        after = [j for j in reach if j < stop and _anchor(clause, j)]
        before = [j for j in range(max(0, i - ANCHOR_REACH - 1), i) if _anchor(clause, j)]
        # a predicate ("the loss becomes *unstable*") is said of the subject before it
        predicate = any(ws[j] in _LINKING for j in range(max(0, i - 2), i))
        if predicate and before:
            after = []
        j = after[0] if after else before[-1] if before else None
        if j is not None:
            found.setdefault(st[j], set()).add((family, side))
    return found


_LINKING = frozenset(
    ("is", "are", "was", "were", "be", "becomes", "become", "gets", "get", "stays", "stay")
    + ("remains", "remain", "seems", "looks")
)


# Generic nouns that still say what moves ("*training* is unstable", "the *model* overfits"),
# as opposites.py reads them.
_NOUNS = frozenset(("data", "model", "models", "feature", "features", "training", "value"))


# Adverbs say when or how much, not what moves ("the error is *still* decreasing").
_ADVERBS = frozenset(("still", "already", "again", "only", "just", "always", "never", "ever"))


def _anchor(clause: Clause, j: int) -> bool:
    w, s = clause.words[j], clause.stems[j]
    said = w in _NOUNS or (s in clause.anchors and w not in NOT_ANCHOR | QUALIFIERS)
    return said and w not in _SIZES and w not in _ADVERBS and side_of(w, s) is None


def _turned(mine: Clause, theirs: Clause) -> str | None:
    """A word both clauses say with one direction each, the two opposite: the word. Not when
    they name metrics of different polarity: accuracy rising is error falling
    (metric_polarity.py)."""
    if _polarities(mine) != _polarities(theirs):
        return None
    a, b = _directions(mine), _directions(theirs)
    for word in a.keys() & b.keys():
        for family, side in a[word]:
            turned = (family, 1 - side)
            if turned in b[word] and (family, side) not in b[word] and turned not in a[word]:
                return word
    return None


def _polarities(clause: Clause) -> frozenset[int]:
    return frozenset(polarity(w) for w in clause.words) - {0}


def _agrees_on(word: str, mine: Clause, theirs: Clause) -> bool:
    a, b = _directions(mine), _directions(theirs)
    return bool(a.get(word, set()) & b.get(word, set()))


@lru_cache(maxsize=256)
def _accepted_cases(model_answer: str, labels: tuple[str, ...]) -> tuple[CaseClaim, ...]:
    found: list[CaseClaim] = []
    for text in (model_answer, *labels):
        found += _cases(tokenize(text))
    return tuple(found)


def _same_case(mine: Clause, theirs: Clause) -> bool:
    """Two cases that name the same things (a size said alike of one counts: "a *small*
    learning rate") and turn none of them over."""
    shared = {s for s in mine.anchors & theirs.anchors if s not in NOT_ANCHOR}
    a, b = _directions(mine), _directions(theirs)
    alike = sum(1 for w in a.keys() & b.keys() if a[w] & b[w])
    if len(shared) + alike < MIN_SHARED_CASE:
        return False
    sides = dict(theirs.sides)
    if any(p in sides and sides[p] != side for p, side in mine.sides):
        return False
    return _turned(mine, theirs) is None


def _key_point(question: Question, sentence: str) -> int | None:
    """The key point whose label is the sentence, or whose phrases it says most."""
    stems = set(tokenize(sentence).stems)
    best, best_k = 0, None
    for k, kp in enumerate(question.key_points):
        if kp.label == sentence:
            return k
        n = sum(1 for p in kp.phrases if (want := set(tokenize(p).stems)) and want <= stems)
        if n > best:
            best, best_k = n, k
    return best_k


def same_case_claims(question: Question, tokens: Tokens, stance: Stance) -> list[WrongClaim]:
    """Consequences the answer states for a case the rubric states the other way, at most one
    per answer sentence."""
    accepted = _accepted_cases(question.model_answer, tuple(kp.label for kp in question.key_points))
    if not accepted:
        return []
    found: list[WrongClaim] = []
    said: set[str] = set()
    cases = _cases(tokens)
    # Each case weighed against each accepted case once, and the answer's consequences of the
    # cases alike each accepted one gathered once: weighing every case against every other for
    # each case was quadratic in a long answer (perf39). The verdicts are the same.
    same = [
        tuple(r for r, ref in enumerate(accepted) if _same_case(mine.case, ref.case))
        for mine in cases
    ]
    alike_of: list[list[Clause]] = [[] for _ in accepted]
    for mine, matched in zip(cases, same, strict=True):
        for r in matched:
            alike_of[r] += [c for c, _ in mine.consequences]
    agreed: dict[tuple[str, tuple[int, ...]], bool] = {}

    def said_as_the_rubric(word: str, matched: tuple[int, ...]) -> bool:
        """The answer says ``word`` as the rubric does, in a case alike the accepted cases."""
        if (word, matched) not in agreed:
            theirs = [c for r in matched for c, _ in accepted[r].consequences]
            agreed[word, matched] = any(
                _agrees_on(word, m, c) for r in matched for m in alike_of[r] for c in theirs
            )
        return agreed[word, matched]

    for mine, matched in zip(cases, same, strict=True):
        if mine.sentence in said:
            continue
        refs = [accepted[r] for r in matched]
        for clause, at in mine.consequences:
            if stance.warned((at, at + 1)) or stance.negated((at, at + 1)):
                continue
            hit = next(
                (
                    (ref, word)
                    for ref in refs
                    for c, _ in ref.consequences
                    if (word := _turned(clause, c)) is not None
                ),
                None,
            )
            if hit is None:
                continue
            ref, word = hit
            if said_as_the_rubric(word, matched):
                continue  # said as the rubric says it too
            found.append(
                WrongClaim(
                    _key_point(question, ref.sentence),
                    " ".join(clause.words),
                    ref.sentence,
                    mine.sentence,
                    at,
                )
            )
            said.add(mine.sentence)
            break
    return found
