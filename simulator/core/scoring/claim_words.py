"""A wrong claim in the person's own words: the clause of their sentence that made it.

A check names the claim it charged in its own terms: a rubric phrase ('"gmm gives hard
assignments"'), a word and its reading ('"relu" said of xavier, not he initialization') or a
rule ('"a b testing" is not needed'). The scorecard said "you said" before each of them, so it
quoted the rubric's wording as if the person had said it ("you said “gmm gives hard
assignments”" of "... and a GMM outputs only hard assignments."; ux46). The person's words are
the clause of the charged sentence that holds the claim's own words: the shortest run of its
clauses holding most of the words of the claim's first quoted part, verbatim. Where no clause
holds enough of them, the claim is said as the scorer's reading, without "you said".

The same clause tells one claim from two: a sentence whose one clause contradicts two key
points, or is both a listed misconception and a contradicted point, made one claim, which is
charged once (content.py); two clauses of one sentence are two claims.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from simulator.core.scoring.text import STOPWORDS, content_stems, stem, typographic_quotes, words

if TYPE_CHECKING:
    from simulator.core.scoring.results import KeyPointResult, MisconceptionHit

# The first quoted part of a check's claim: what the answer was read as saying.
_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')
# Where a sentence moves to another clause: a comma, semicolon or colon (not inside a number,
# "1,000" or "3:1"), a dash, or a word that opens a clause of its own. Not a bracket: "learns
# P(y | x) directly" is one clause.
_BREAK = re.compile(
    r"(?<!\d)[,;:]|[,;:](?!\d)|[–—]|\s-\s"
    r"|\s(?=(?:because|since|whereas|while|but|although|though|so|unless)\s)",
    re.I,
)
# Words that join a clause to the one before: left out of the quote, which starts where the
# clause's own words do ("and there is no need for exploration" -> "there is no need ...").
_JOINERS = frozenset(
    ("and", "but", "so", "because", "since", "whereas", "while", "although", "though", "yet")
    + ("or", "then", "plus", "unless", "where")
)
_SHORTEST = 4  # words: a shorter clause ("only AUC") is read with the one next to it
_MOST_CLAUSES = 64  # a sentence cut into more is not read clause by clause


def claim_quote(claim: str) -> str:
    """The first quoted part of ``claim`` ("" when it quotes nothing)."""
    found = _QUOTED.search(claim)
    return (found.group(1) or found.group(2)) if found else ""


def _clauses(sentence: str) -> list[tuple[int, int]]:
    if sentence.count(",") + sentence.count(";") > _MOST_CLAUSES:
        return [(0, len(sentence))]  # a pasted list or log, not clauses: read as one
    spans, start = [], 0
    for cut in _BREAK.finditer(sentence):
        if sentence[start : cut.start()].strip():
            spans.append((start, cut.start()))
        start = cut.end()
    if sentence[start:].strip():
        spans.append((start, len(sentence)))
    return spans


def said_span(claim_words: str, sentence: str) -> tuple[int, int] | None:
    """Where in ``sentence`` (character offsets) the clause that says ``claim_words`` stands:
    the shortest run of clauses holding the most of its words, or None when no run holds at
    least half of them (another clause or another sentence said the claim)."""
    wanted = content_stems([claim_words], skip=STOPWORDS)
    subject = next((stem(w) for w in words(claim_words) if w not in STOPWORDS), "")
    clauses = _clauses(sentence)
    if not wanted or not clauses:
        return None
    held = [content_stems([sentence[a:b]], skip=STOPWORDS) & wanted for a, b in clauses]
    best = len(set().union(*held))
    if 2 * best < len(wanted) or best == 0:
        return None
    # one word of a longer claim may stand in another clause ("gmm gives hard assignments" of
    # "K-means gives soft probabilities, and a GMM outputs only hard assignments"): the clause
    # holding the rest is the claim's, if it holds what the claim is about (its first word:
    # not "which handles zero-sales days" for "mape handles zero sales")
    enough = best - 1 if len(wanted) >= 3 and 2 * (best - 1) >= len(wanted) else best
    said = set().union(*held)

    def fits(run: set[str]) -> bool:
        return len(run) == best or (len(run) >= enough and (subject in run or subject not in said))

    runs = []
    for i in range(len(clauses)):
        run: set[str] = set()
        for j in range(i, len(clauses)):  # the shortest run from each clause that fits
            run |= held[j]
            if fits(run):
                runs.append((j - i, -len(run), i, j))
                break
    _, _, i, j = min(runs)
    # a clause of a few words ("only AUC") says little alone: read with its neighbour
    while len(words(sentence[clauses[i][0] : clauses[j][1]])) < _SHORTEST:
        if j + 1 < len(clauses):
            j += 1
        elif i > 0:
            i -= 1
        else:
            break
    return _trimmed(sentence, clauses[i][0], clauses[j][1])


def _trimmed(sentence: str, start: int, end: int) -> tuple[int, int]:
    text = sentence[start:end]
    lead = len(text) - len(text.lstrip())
    start += lead
    head = re.match(r"(\w+)\s+", sentence[start:end])
    while head and head.group(1).lower() in _JOINERS and head.end() < end - start:
        start += head.end()
        head = re.match(r"(\w+)\s+", sentence[start:end])
    tail = sentence[start:end].rstrip(" \t\n.,;:!?\"'“”")
    return start, start + len(tail)


def said_clause(claim: str, sentence: str | None) -> str | None:
    """The person's words in ``sentence`` that made ``claim`` (a clause of it, verbatim), or
    None when they are not known."""
    if not sentence:
        return None
    span = said_span(claim_quote(claim) or claim, sentence)
    return sentence[span[0] : span[1]] if span else None


def same_claim(claim: str, other: str, sentence: str | None) -> bool:
    """Two claims read in one sentence are one claim when the clauses saying them overlap
    (either not found: the sentence said both)."""
    if not sentence:
        return False
    a = said_span(claim_quote(claim) or claim, sentence) or (0, len(sentence))
    b = said_span(claim_quote(other) or other, sentence) or (0, len(sentence))
    return a[0] < b[1] and b[0] < a[1]


def _own_quote(own: str) -> str:
    """The person's words for curly quotes of their own: a quote inside them ('bf16 stands for
    "balanced float"') would pair with the claim's straight quotes."""
    return typographic_quotes(own).replace(chr(34), chr(39))


def claim_said(claim: str, sentence: str | None) -> str:
    """A contradicting claim as the scorecard names it: "you said “<their words>”" with the
    scorer's reading when it adds to them ('..., the opposite of "dampens"', '..., read as
    "calibration" is not needed'), or, when their words are not known, the reading alone
    ("read as ..."), never the rubric's wording after "you said"."""
    own = said_clause(claim, sentence)
    if own is None:
        return f"read as {claim}"
    quote = claim_quote(claim)
    head = f'"{quote}"'
    said = f"you said “{_own_quote(own)}”"
    if not quote or claim.strip() == head:
        return said
    if claim.startswith(head) and claim[len(head) : len(head) + 1] in (",", ":"):
        return said + claim[len(head) :]  # the rest reads on from the claim itself
    return f"{said}, read as {claim}"


def contradiction_tip(label: str, claim: str, evidence: str | None) -> str:
    """The tip for a contradicted key point: the point first, then the claim as
    ``claim_said`` names it, then the answer's sentence when the quote is only part of it."""
    said = claim_said(claim, evidence)
    own = said_clause(claim, evidence)
    whole = evidence is not None and own == evidence.rstrip(" \t\n.,;:!?\"'“”…")
    where = f", in “{evidence}”" if evidence and not whole else ""
    return f"Contradicts a key point, “{label}”: {said}{where}"


# The tip as scored before quote47: the claim after "you said", in the check's own words
# (straight quotes; a tip scored since quotes the person's words in curly ones after it).
_OLD_TIP = re.compile(r"Contradicts a key point, “(.*?)”: you said (?!“)(.*), in “(.*)”", re.S)


def reworded_contradiction_tip(tip: str) -> str:
    """A stored contradiction tip as it reads now (others unchanged): "you said" before the
    person's own words, or the scorer's reading without it."""
    old = _OLD_TIP.fullmatch(tip)
    return contradiction_tip(old.group(1), old.group(2), old.group(3)) if old else tip


def warned_tip(phrase: str, evidence: str | None) -> str:
    """The tip for a mistake the answer warned against, in the person's words: the clause of
    their sentence that names it (or the sentence), never the rubric's phrase after "you warned
    against" ("... “flat pdp means no effect”" of "A common mistake is to think a flat PDP means
    the feature has no effect."; quote48). Their sentence unknown: the phrase, as before."""
    if not evidence:
        return f"Well spotted: you warned against “{phrase}”."
    own = said_clause(f'"{phrase}"', evidence) or evidence.strip().rstrip(" .;:!?")
    # "you warned against a mistake: “A common mistake is ...”" said it twice: the frame is
    # theirs, so the quote alone says what they warned against
    return f"Well spotted, and not charged as your claim: “{_own_quote(own)}”."


# The tip as scored before quote48: the mistake in the rubric's words.
_OLD_WARNED = re.compile(r'Well spotted: you warned against [“"](.*)[”"]\.', re.S)


def reworded_warned_tip(tip: str, warned: Mapping[str, str]) -> str:
    """A stored warned-against tip in the person's words when the sentence that warned
    (``warned``: the phrase -> the answer's sentence) is stored with it; others unchanged."""
    old = _OLD_WARNED.fullmatch(tip)
    return warned_tip(old.group(1), warned[old.group(1)]) if old and old.group(1) in warned else tip


# A contradicted point's claim charged with a listed misconception's (``charged_under``).
MISCONCEPTION = "misconception"


def joined_points(
    key_points: Sequence[KeyPointResult], misconceptions: Sequence[MisconceptionHit]
) -> dict[int, list[KeyPointResult]]:
    """The contradicted key points whose claim is a listed misconception's (``one_charge``
    charges the two once), by the position of that misconception: the tips and the scorecard
    both say so from here."""
    joined: dict[int, list[KeyPointResult]] = {}
    for kp in key_points:
        if not kp.contradiction:
            continue
        at = next(
            (
                i
                for i, m in enumerate(misconceptions)
                if m.charged_under == kp.id
                or (
                    kp.charged_under == MISCONCEPTION
                    and m.charged_under is None
                    and m.evidence == kp.evidence
                )
            ),
            None,
        )
        if at is not None:
            joined.setdefault(at, []).append(kp)
    return joined


def one_charge(
    points: Mapping[int, tuple[str, str, str, tuple[float, float]]],
    wrong: Sequence[tuple[str, str]],
    wrong_cost: tuple[float, float],
) -> tuple[dict[int, str], dict[int, str]]:
    """Each claim charged once (ux46: one sentence contradicting two key points cost twice).

    ``points``: each contradicted point's index -> (its id, the claim, the sentence that said
    it, what contradicting it costs: factor, points); ``wrong``: each charged misconception's
    (phrase, sentence), each costing ``wrong_cost``. Charges made by one clause of one sentence
    are one claim (``same_claim``): the heaviest of them is charged (the lowest factor, then the
    most points; a key point before a misconception, the first point before later ones), and
    each other is charged under it. Returns the points and the misconceptions (by position)
    charged under another, each with the id of the point charged (``MISCONCEPTION`` when a
    misconception is)."""
    items: list[tuple[str, str, tuple[float, float], str]] = [
        (points[k][1], points[k][2], points[k][3], points[k][0]) for k in sorted(points)
    ]
    items += [(phrase, sentence, wrong_cost, MISCONCEPTION) for phrase, sentence in wrong]
    keys: list[tuple[str, int]] = [("point", k) for k in sorted(points)]
    keys += [("misconception", i) for i in range(len(wrong))]
    group = list(range(len(items)))

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    # pairs within a sentence only: a long answer repeating a claim in each of thousands of
    # sentences has thousands of charges (attack run 33)
    by_sentence: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        by_sentence.setdefault(item[1], []).append(i)
    taken: set[int] = set()  # misconceptions joined to a point's claim
    for charged in by_sentence.values():
        said = [i for i in charged if keys[i][0] == "point"]
        for a, b in combinations(said, 2):
            if same_claim(items[a][0], items[b][0], items[a][1]):
                group[root(b)] = root(a)
        # a misconception joins one point's claim, the first free one saying it: a sentence
        # said again word for word is a claim said again, charged again (attack run 33)
        for a in said:
            if any(root(m) == root(a) for m in taken):
                continue
            m = next(
                (
                    m
                    for m in charged
                    if keys[m][0] != "point"
                    and m not in taken
                    and same_claim(items[a][0], items[m][0], items[a][1])
                ),
                None,
            )
            if m is not None:
                taken.add(m)
                group[root(m)] = root(a)
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(root(i), []).append(i)
    points_under: dict[int, str] = {}
    wrong_under: dict[int, str] = {}
    for same in members.values():
        if len(same) < 2:
            continue
        carrier = min(
            same, key=lambda i: (items[i][2][0], -items[i][2][1], keys[i][0] != "point", i)
        )
        for i in same:
            if i != carrier:
                kind, at = keys[i]
                (points_under if kind == "point" else wrong_under)[at] = items[carrier][3]
    return points_under, wrong_under
