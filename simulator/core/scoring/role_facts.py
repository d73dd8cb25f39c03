"""Source and target exchanged: what a relation is said to go from and to (issue 9, round 58,
wrong58).

A confidently wrong answer often keeps every term of a key point and exchanges its two roles:
"skip gram uses the context words to predict the center word" where the rubric has skip-gram
predict the context from the centre word, "the backward pass goes from the input layer to the
output layer" where it goes from the output back to the input. Each term is the rubric's, so the
point counts as said; a listed wrong claim ("skip gram predicts the centre word from the
context") matches only its own word order, and relation_facts.py reads ordered relation words
("over", "than", "before", "causes") but not a source and a target. This module reads, per
clause, the rubric terms on the two sides of a directed relation:

* "from A to B" ("into", "back to", "towards"): A is the source, B the target;
* "<derive verb> B from A" ("predicts the centre word from the context", "given", "using" for
  "from"): A is the source, B the target;
* "uses / takes A to <derive verb> B" ("uses the context words to predict the center word");
* "<turn verb> A into / to B" ("maps the inputs to a lower dimensional space");
* in a clause whose subject an opening "In X," names ("In skip gram, the center word predicts
  each of its surrounding words"), "A <derive verb> B": A is the source.

Each directed fact is read with the subject it is said of: the rubric terms before the relation
in its clause, else an opening "In X," of its sentence. The accepted view (model answer,
key-point labels, misconception corrections) gives its own facts, read the same way from its
asserted clauses. An answer's fact (subject, A to B) is a swap when an accepted fact says B to A
of a compatible subject (the two share a term, or either names none) and none says A to B of one:
a view that has both directions for one subject (CBOW and skip-gram told apart by subject, or
"from batch to online and back") reads neither as wrong. The answer's clause must assert it: not
negated, hedged, asked, warned against or reported as someone's belief, and the answer must not
say the accepted direction of it as well (it would be telling both, as a comparison does).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claim_clauses import HEDGES
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.passive import in_active_order
from simulator.core.scoring.relation_facts import (
    _CLAUSE_BREAKS,
    _stems_of,
    _term,
    accepted_texts,
    point_of,
    rejecting,
    unasserted,
)
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import Tokens, split_sentences, word_set, words

REACH = 3  # rubric terms read on each side of a directed relation
# Verbs whose object is made from a source: "predicts B from A", "uses A to predict B" (the
# verb's own forms, not its stem: "a prediction task using a context window" names no source).
_DERIVE = frozenset(
    w
    for w in word_set(
        "predict predicts predicting predicted infer infers inferring inferred reconstruct"
        " reconstructs reconstructing reconstructed generate generates generating generated"
        " recover recovers recovering recovered estimate estimates estimating estimated"
        " guess guesses guessing guessed"
    )
)
# Verbs that turn a source into a target: "maps A to B", "converts A into B".
_TURN = frozenset(
    w
    for w in word_set(
        "map maps mapping mapped convert converts converting converted transform transforms"
        " transforming transformed turn turns turning turned translate translates translating"
        " translated project projects projecting projected compress compresses compressing"
        " compressed encode encodes encoding encoded decode decodes decoding decoded distill"
        " distills distilling distilled distil distils"
    )
)
_REGRESS = word_set("regress regresses regressing regressed")
_FROM = word_set("from given using")
_TO = word_set("to into towards toward")
_USE = word_set("use uses using used take takes taking took")
# Words that end what a side of the relation names ("predicts the centre word *so that* ...").
_SIDE_ENDS = word_set("so because while whereas but which who that when where if unless since")
# A question's own words ask, they do not claim; "also", "too" grant the relation as well.
_AS_WELL = word_set("also too both either")
_UNSURE = _AS_WELL | HEDGES
# A sentence that gives a verdict on what it tells warns against it ("That trains on future
# points and tests on past ones, which leaks"; "regressing the outcome on the treatment is
# biased" is no accepted way round).
_VERDICTS = word_set(
    "leak leaks leaked leaking leakage optimistic optimistically cheat cheating peek peeking"
    " wrong wrongly mistake invalid biased"
)


@dataclass(frozen=True)
class Flow:
    """A directed relation: the rubric terms of its subject, its source and its target, and
    its kind ("made": a source made into or giving a target; "trained": fitted on the source,
    checked on the target)."""

    subject: frozenset[str]
    source: str
    target: str
    relation: str = "made"


_VOWELS = frozenset("aeiouy")


def _unified(s: str) -> str:
    """One spelling of a term for British and American forms: "centre" and "center" (stems
    "centr", "center"), "neighbour" and "neighbor"."""
    if len(s) > 3 and s.endswith("r") and s[-2] not in _VOWELS:
        s = s[:-1] + "er"
    return s.replace("our", "or") if len(s) > 4 else s


# Words that place data in time: a model fitted on one side and checked on the other says its
# order in any of them ("train on the past, validate on the future", "training on older data and
# validating on the most recent period"), so each is read as the side of time it names.
_EARLY = word_set(
    "past old older oldest earlier earliest early historical history previous prior before"
)
_LATE = word_set(
    "future later latest late recent newest newer new next following upcoming subsequent after"
)


def _rubric_term(w: str, terms: frozenset[str]) -> str | None:
    if w in _EARLY:
        return "earlier"
    if w in _LATE:
        return "later"
    s = _term(w)
    return _unified(s) if s is not None and s in terms else None


def _side(ws: list[str], terms: frozenset[str], forward: bool) -> list[str]:
    """The first ``REACH`` rubric terms of ``ws`` read forward (or backward), up to a word that
    ends the side."""
    out: list[str] = []
    seq = ws if forward else list(reversed(ws))
    for n, w in enumerate(seq):
        # "on *that* predicted outcome": a determiner opening the side, not a new clause
        if (w in _SIDE_ENDS and not (n == 0 and w == "that")) or w in _FROM or w in _TO:
            break
        s = _rubric_term(w, terms)
        if s is not None:
            out.append(s)
            if len(out) == REACH:
                break
    return out


def _subject_terms(ws: list[str], terms: frozenset[str]) -> frozenset[str]:
    return frozenset(s for s in (_rubric_term(w, terms) for w in ws) if s is not None)


def clause_flows(ws: list[str], terms: frozenset[str], opened: frozenset[str]) -> set[Flow]:
    """The directed facts of one clause. ``opened``: the subject an opening "In X," of its
    sentence names."""
    flows: set[tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]] = set()
    for i, w in enumerate(ws):
        if w == "from":
            # "from A to B"
            to = next((j for j in range(i + 1, min(len(ws), i + 8)) if ws[j] in _TO), None)
            if to is not None:
                source = _side(ws[i + 1 : to], terms, True)
                target = _side(ws[to + 1 :], terms, True)
                subject = _subject_terms(ws[:i], terms) or opened
                flows.add((subject, tuple(source), tuple(target)))
        if w in _DERIVE:
            subject = _subject_terms(ws[:i], terms)
            # "<derive> B from A"
            frm = next((j for j in range(i + 1, min(len(ws), i + 7)) if ws[j] in _FROM), None)
            if frm is not None and not (ws[frm] == "using" and frm == i + 1):
                target = _side(ws[i + 1 : frm], terms, True)
                source = _side(ws[frm + 1 :], terms, True)
                flows.add((subject or opened, tuple(source), tuple(target)))
            # "uses A to <derive> B"
            if i >= 2 and ws[i - 1] == "to":
                use = next((j for j in range(i - 2, max(-1, i - 8), -1) if ws[j] in _USE), None)
                if use is not None:
                    source = _side(ws[use + 1 : i - 1], terms, True)
                    target = _side(ws[i + 1 :], terms, True)
                    flows.add(
                        (_subject_terms(ws[:use], terms) or opened, tuple(source), tuple(target))
                    )
            # "In X, A <derives> B": the source is the clause's own subject
            elif opened and subject and frm is None:
                flows.add(
                    (opened, tuple(sorted(subject))[:REACH], tuple(_side(ws[i + 1 :], terms, True)))
                )
        if w in _REGRESS:
            # "regresses Y on X": X is the source, Y the target
            on = next((j for j in range(i + 1, min(len(ws), i + 6)) if ws[j] == "on"), None)
            if on is not None:
                target = _side(ws[i + 1 : on], terms, True)
                source = _side(ws[on + 1 :], terms, True)
                subject = _subject_terms(ws[:i], terms) or opened
                flows.add((subject, tuple(source), tuple(target)))
        if w in _TURN:
            to = next((j for j in range(i + 1, min(len(ws), i + 7)) if ws[j] in _TO), None)
            if to is not None:
                source = _side(ws[i + 1 : to], terms, True)
                target = _side(ws[to + 1 :], terms, True)
                subject = _subject_terms(ws[:i], terms) or opened
                flows.add((subject, tuple(source), tuple(target)))
    return {
        Flow(subject - {a, b}, a, b)
        for subject, source, target in flows
        for a in source
        for b in target
        if a != b and a not in target and b not in source
    }


_TRAIN = word_set("train trains training trained fit fits fitting fitted")
_CHECK = word_set(
    "test tests testing tested validate validates validating validated evaluate evaluates"
    " evaluating evaluated"
)
_ON = word_set("on using")


# Before the fitting verb, these make the sentence tell what something else does ("k-fold
# shuffles the rows, *so* the model is trained on the future ..."; "..., *which* means training
# on the future"): a consequence of a practice, not the speaker's own.
_CONSEQUENCE = word_set("which so thus therefore hence meaning")
_BACK = word_set("that this it which")


def trained_flows(ws: list[str], terms: frozenset[str]) -> set[Flow]:
    """ "train on A ... validate on B" in one sentence: A is the source (what the model is
    fitted on), B the target (what it is checked on); at most three words between a verb and
    its "on". Its subject is the rubric terms before the fitting verb."""
    flows: set[Flow] = set()
    if ws[:1] and ws[0] in _BACK:
        return flows
    for i, w in enumerate(ws):
        if w not in _TRAIN or set(ws[:i]) & _CONSEQUENCE:
            continue
        on = next((j for j in range(i + 1, min(len(ws), i + 4)) if ws[j] in _ON), None)
        if on is None:
            continue
        check = next((j for j in range(on + 1, min(len(ws), on + 12)) if ws[j] in _CHECK), None)
        if check is None:
            continue
        on2 = next((j for j in range(check + 1, min(len(ws), check + 4)) if ws[j] in _ON), None)
        if on2 is None:
            continue
        subject = _subject_terms(ws[:i], terms)
        source = _side(ws[on + 1 : check], terms, True)
        target = _side(ws[on2 + 1 :], terms, True)
        flows |= {
            Flow(subject - {a, b}, a, b, "trained")
            for a in source
            for b in target
            if a != b and a not in target and b not in source
        }
    return flows


# "A changes while B stays the same": which of two quantities moves and which is held (covariate
# shift moves the inputs' distribution and keeps the relation from inputs to labels).
_CHANGE = word_set(
    "change changes changed changing shift shifts shifted shifting drift drifts drifted drifting"
    " differ differs differed varies vary varied move moves moved"
)
_STAY = word_set("stay stays stayed remain remains remained kept held")
_HELD = word_set("same fixed constant unchanged stable")
# Where a side read backward from its verb ends: what stands before is another part.
_BACKWARD_ENDS = _SIDE_ENDS | word_set(
    "when is are was were means mean and or while whereas but where then also"
)
_LINKS = word_set("is are means mean refers happens occurs")


def _before(ws: list[str], at: int, terms: frozenset[str]) -> list[str]:
    """The ``REACH`` rubric terms just before ``at``, read backward to a word that ends the
    side."""
    out: list[str] = []
    for w in reversed(ws[:at]):
        if w in _BACKWARD_ENDS:
            break
        t = _rubric_term(w, terms)
        if t is not None and t not in out:
            out.append(t)
            if len(out) == REACH:
                break
    return out


def held_flows(
    ws: list[str], terms: frozenset[str], opened: frozenset[str] = frozenset()
) -> set[Flow]:
    """ "A changes while B stays the same" (either order, "is held fixed", "remains
    unchanged"): A is the source (what changes), B the target (what is held). Its subject is
    the rubric terms just before a defining link ("covariate shift *is when* ..."), else
    ``opened``: what an opening "In X," names."""
    flows: set[Flow] = set()
    changes = [i for i, w in enumerate(ws) if w in _CHANGE]
    stays = [
        i
        for i, w in enumerate(ws)
        if w in _STAY
        and any(x in _HELD for x in ws[i + 1 : i + 4])
        or w in _HELD
        and i
        and ws[i - 1] not in _STAY
        and ws[i - 1] not in ("the", "a")
    ]
    for c in changes:
        near = [
            s
            for s in stays
            if abs(s - c) <= 14 and not any(x in _CHANGE for x in ws[min(s, c) + 1 : max(s, c)])
        ]
        if not near:
            continue
        s = min(near, key=lambda x: abs(x - c))
        first = min(s, c)
        link = next((j for j in range(first - 1, -1, -1) if ws[j] in _LINKS), None)
        subject = frozenset(_before(ws, link, terms)) if link is not None else opened
        moving, held = _before(ws, c, terms), _before(ws, s, terms)
        flows |= {
            Flow(subject - {a, b}, a, b, "held")
            for a in moving
            for b in held
            if a != b and a not in held and b not in moving
        }
    return flows


_PREPOSITIONS = word_set("on from to into of in with by for using")


def _clauses(sentence: str) -> list[list[str]]:
    """The clauses of a sentence as relation_facts reads them (cut at punctuation and at a
    clause-opening word, in active order), but "that" after a preposition is a determiner ("on
    *that* predicted outcome"), not the start of a clause."""
    out: list[list[str]] = []
    for part in sentence.replace(";", ",").replace(":", ",").split(","):
        current: list[str] = []
        for w in words(part):
            breaks = w in _CLAUSE_BREAKS and not (
                w == "that" and current and current[-1].lower() in _PREPOSITIONS
            )
            if breaks and current:
                out.append(in_active_order(current))
                current = []
            else:
                current.append(w)
        if current:
            out.append(in_active_order(current))
    return out


def _opening_subject(clause: list[str], terms: frozenset[str]) -> frozenset[str] | None:
    """The subject a short opening clause "In X" names (None: not such a clause)."""
    if len(clause) < 2 or len(clause) > 5 or clause[0] != "in":
        return None
    named = _subject_terms(clause[1:], terms)
    return named or None


def _flows_of(text: str, terms: frozenset[str]) -> list[tuple[Flow, str, bool]]:
    """Each directed fact of a text with its clause and whether the clause asserts it."""
    out: list[tuple[Flow, str, bool]] = []
    for sentence in split_sentences(text):
        rejects = (
            rejecting(sentence)
            or sentence.rstrip().endswith("?")
            or bool({w.lower() for w in words(sentence)} & _VERDICTS)
        )
        opened: frozenset[str] = frozenset()
        for ws in _clauses(sentence):
            lowered = [w.lower() for w in ws]
            opening = _opening_subject(lowered, terms)
            if opening is not None:
                opened = opening
                continue
            asserted = not rejects and not unasserted(lowered) and not set(lowered) & _UNSURE
            out += [(f, " ".join(ws), asserted) for f in clause_flows(lowered, terms, opened)]
        # a model trained on one part and checked on another is told across its clauses
        lowered = [w.lower() for w in words(sentence)]
        asserted = not rejects and not unasserted(lowered) and not set(lowered) & HEDGES
        out += [(f, sentence, asserted) for f in trained_flows(lowered, terms)]
        for part in sentence.split(";"):
            opening = _opening_subject([w.lower() for w in words(part.split(",")[0])], terms)
            lowered = [w.lower() for w in words(part)]
            out += [
                (f, sentence, asserted) for f in held_flows(lowered, terms, opening or frozenset())
            ]
    return out


@lru_cache(maxsize=256)
def _accepted_flows(texts: tuple[str, ...]) -> tuple[frozenset[str], dict[Flow, str]]:
    """The rubric's terms, and each directed fact its asserted clauses state, with the first
    clause that states it."""
    terms = frozenset(s for t in texts for s in _stems_of(t))
    flows: dict[Flow, str] = {}
    for t in texts:
        for f, clause, asserted in _flows_of(t, terms):
            if asserted:
                flows.setdefault(f, clause)
    return terms, flows


def _stated(flows: Iterable[Flow], said: Flow, strict: bool = False) -> bool:
    """Does one of ``flows`` say ``said``'s relation, of a compatible subject (either names
    none, or the two share a term)? ``strict``: a flow said of a subject holds only for a
    ``said`` of that subject ("shuffled k-fold trains on the future" says nothing of a plain
    "train on the past")."""
    return any(
        f.source == said.source
        and f.target == said.target
        and f.relation == said.relation
        and (not f.subject or bool(f.subject & said.subject) or (not said.subject and not strict))
        for f in flows
    )


def _turned(f: Flow) -> Flow:
    return Flow(f.subject, f.target, f.source, f.relation)


def _accepted_clause(accepted: dict[Flow, str], turned: Flow) -> str:
    return next(
        clause
        for f, clause in accepted.items()
        if f.source == turned.source
        and f.target == turned.target
        and f.relation == turned.relation
        and (not f.subject or bool(f.subject & turned.subject))
    )


def swapped_flows(question: Question, sentences: list[str]) -> list[tuple[Flow, str, int, str]]:
    """The answer's directed facts that the accepted view states the other way round, of the
    same subject, and never this way, and that the answer never states the accepted way
    either: each with the clause that says it, its sentence's index and the accepted clause."""
    terms, accepted = _accepted_flows(accepted_texts(question))
    if not accepted:
        return []
    read = [
        (f, clause, asserted, n)
        for n, t in enumerate(sentences)
        for f, clause, asserted in _flows_of(t, terms)
    ]
    said = {f for f, _, _, _ in read}
    out: list[tuple[Flow, str, int, str]] = []
    for f, clause, asserted, n in read:
        if not asserted:
            continue
        turned = _turned(f)
        if not _stated(accepted.keys(), turned, strict=True) or _stated(accepted.keys(), f):
            continue
        if _stated(said, turned):
            continue  # the answer tells the accepted direction too
        out.append((f, clause, n, _accepted_clause(accepted, turned)))
    return out


@lru_cache(maxsize=256)
def _wrong_flows(
    texts: tuple[str, ...], claims: tuple[tuple[int, str], ...]
) -> tuple[tuple[int, Flow, str], ...]:
    """Each directed fact a key point's listed wrong claim (``contradicted_by``) states, with
    the point's index and the claim: "skip gram predicts the centre word from the context" is
    the same claim as "skip gram uses the context to predict the centre word"."""
    terms, _ = _accepted_flows(texts)
    terms = terms | frozenset(s for _, claim in claims for s in _stems_of(claim))
    return tuple((k, f, claim) for k, claim in claims for f, _, _ in _flows_of(claim, terms))


def restated_flows(question: Question, sentences: list[str]) -> list[tuple[int, str, int, str]]:
    """The answer's asserted directed facts that a key point's listed wrong claim states, of a
    compatible subject, where neither the accepted view nor the answer states it the other way
    round: each with the point's index, the clause, its sentence's index and the claim."""
    texts = accepted_texts(question)
    claims = tuple((k, c) for k, kp in enumerate(question.key_points) for c in kp.contradicted_by)
    wrong = _wrong_flows(texts, claims)
    if not wrong:
        return []
    terms, accepted = _accepted_flows(texts)
    terms = terms | frozenset(s for _, c in claims for s in _stems_of(c))
    read = [
        (f, clause, asserted, n)
        for n, t in enumerate(sentences)
        for f, clause, asserted in _flows_of(t, terms)
    ]
    said = {f for f, _, _, _ in read}
    out: list[tuple[int, str, int, str]] = []
    for f, clause, asserted, n in read:
        if not asserted or _stated(accepted.keys(), f) or _stated(said, _turned(f)):
            continue
        for k, w, claim in wrong:
            if _stated((w,), f):
                out.append((k, clause, n, claim))
                break
    return out


def flow_contradictions(
    question: Question, tokens: Tokens, stance: Stance
) -> dict[int, Contradiction]:
    """Key points contradicted by a relation whose source and target the answer exchanged, or
    by a listed wrong claim's relation said in other words, each with the sentence that says
    it."""
    if question.category.value == "behavioral":
        return {}
    out: dict[int, Contradiction] = {}
    sentences = tokens.sentences
    texts = [s.text for s in sentences]

    def unasserted_at(n: int, clause: str) -> bool:
        at = tokens.position_in(sentences[n], clause)
        return at is not None and (stance.warned((at, at + 1)) or stance.negated((at, at + 1)))

    for flow, clause, n, accepted in swapped_flows(question, texts):
        if unasserted_at(n, clause):
            continue
        k = point_of(question, {flow.source, flow.target} | set(flow.subject))
        if k is None:
            continue
        out.setdefault(
            k,
            Contradiction(
                f'"{clause}", the other way round from the accepted answer: "{accepted}"',
                sentences[n].text,
            ),
        )
    for k, clause, n, claim in restated_flows(question, texts):
        if k in out or unasserted_at(n, clause):
            continue
        out[k] = Contradiction(
            f'"{clause}", the wrong claim "{claim}" in other words', sentences[n].text
        )
    return out
