"""Clauses of an answer and of a rubric's accepted view, read for what they claim.

Each clause keeps what claims.py compares (see there): the content words it is about (its
anchors), the side of each counterpart it says (linear/nonlinear, robust/sensitive, ...; "not
linear", "non linear" and "less robust" say the other side), and whether it is negated and what
the negation denies. The accepted view of a question is the clauses of its model answer, key
point labels and misconception corrections, each with the key point it is about; hedged and
conditional clauses are left out of it, for they hold only sometimes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.counterparts import (
    CHANGE,
    DIRECTION_PAIRS,
    MINMAX,
    SIDE,
    SIZE,
    TWO_SIDED,
)
from simulator.core.scoring.dismissals import DISMISSED_AFTER, REJECTING, SPEAKERS
from simulator.core.scoring.matching import compile_phrase
from simulator.core.scoring.opposite_pairs import phrasal_side
from simulator.core.scoring.pair_sides import SWAP_PAIRS, names_side
from simulator.core.scoring.passive import active_order
from simulator.core.scoring.rubric_key import RubricKey, rubric_key
from simulator.core.scoring.stance import NEGATION_WORDS, clause_ids, limits
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, tokenize, word_set, words

# "minimize the *negative* log likelihood" says what "maximize the log likelihood" says.
_SIGN = frozenset(stem(w) for w in ("negative", "minus", "inverse", "reciprocal"))
# The sign turns over only what is minimized or maximized, just after the verb ("minimize *the
# negative of* the log likelihood"): "minimises a loss by ... stepping along the *negative*
# gradient" still minimises the loss.
_SIGN_REACH = 3
HEDGES = word_set(
    "if unless whether depends depend assuming suppose might may could sometimes possibly"
    " perhaps maybe can"
)
NOT_ANCHOR = (
    GENERIC_WORDS
    | STOPWORDS
    | word_set(
        "high low large small much lot very make makes become becomes get gets keep keeps also"
        " even one like way thing things non without ever number amount"
        # linking verbs relate two things and are no common ground: "large gamma *means* a
        # narrow kernel" and "small gamma *means* wide influence" share only the verb
        " means"
    )
)
# Words that deny what their clause says ("without early stopping" names a setting: not one).
NEGATED = (NEGATION_WORDS - {"without"}) | word_set(
    "nobody stop stops stopped don't doesn't isn't aren't won't can't shouldn't wasn't weren't"
    " needn't"
)
# Words after a negation that are not what it denies ("no need to *pin*").
_NEGATION_FILLER = word_set(
    "need needs needed to be is are really necessarily necessary a an the have has just only"
)
CONDITIONS = word_set("if unless when whenever assuming suppose")
# "I select inside each fold so the selection does not leak": the denial after "so" is the
# purpose of the practice before it. Words alone cannot tell that practice from the one the
# accepted view says leaks ("on all the labels, then cross validate"), so it is no reversal.
_PURPOSE = word_set("so")
# Adverbs of habit say how generally a claim holds, not whether: no hedge, and read past.
_HABITUAL = word_set("often usually typically generally mostly commonly normally tend tends")
_CONJUNCTIONS = word_set("once when whenever after as until if because before")
_FEWER = frozenset(("less", "least", "fewer", "fewest"))
# "the pair that *increases* within-cluster variance *the least*" says what "the pair that *least
# increases* within-cluster variance" says (claims57: the correct one was charged as its
# opposite): "less" / "least" after a verb of change and its object, ending the clause (or
# before "than", "when", ...), grade that verb as they do before it. The object between stops
# at anything that could carry the degree word itself: another direction word, a verb of its own
# ("the examples the model *has* seen least"), a subject ("we"), a new clause ("that", "and").
_TRAILING_REACH = 8  # words from the direction word to its trailing "least"
_NOT_OBJECT = word_set(
    "that which who whom whose where and or but while than because so not no never is are was"
    " were be been being has have had do does did i we you they he she it can could will would"
    " should may might must"
)
# "at least", "no less": a bound or a denial, no degree.
_NOT_DEGREE = word_set("at no not")
# Only a verb of change has an object to pass: "*a lower* rate helps less" grades the help.
_BEFORE_NOUN = word_set("a an the this these those its their our your his her much even far")
# "the receptive field *gets smaller*" says what "the receptive field *shrinks*" says: a size
# word after a verb of becoming is a change (wrong51: read against "grows the receptive field"
# as two different pairs, so never turned over). Not "large gradients get smaller steps".
_BECOMING = word_set("get gets got getting become becomes became becoming")


def becoming(ws: tuple[str, ...], i: int) -> bool:
    """The word at ``i`` follows a verb of becoming and ends its phrase: "the field *gets
    smaller*", "... *gets smaller* as you go deeper", not "large gradients *get smaller
    steps*" (receive them)."""
    return i > 0 and ws[i - 1] in _BECOMING and (i + 1 == len(ws) or ws[i + 1] in STOPWORDS)


# Words that open the reason or the contrast after a denial: what follows is not denied.
_REASONS = word_set("because since whereas while although though cause")


@dataclass(frozen=True)
class Clause:
    words: tuple[str, ...]
    stems: tuple[str, ...]
    anchors: frozenset[str]  # content stems that say what the clause is about
    sides: tuple[tuple[int, int], ...]  # (pair, side) of each counterpart said, one per pair
    negated: bool
    denied: tuple[str, ...]  # stems of the words the negation denies (none: denies nothing)
    purpose: bool  # the negation follows "so" after the practice it is the purpose of
    sentence: str  # the whole sentence, as written
    key_point: int | None  # the key point the sentence is about (accepted clauses only)
    # (pair, side) of each compared subject (L1/L2, skip-gram/CBOW ...) named one way in the
    # clause or in its part of the sentence before it ("in skip gram, the center word ...")
    subjects: tuple[tuple[int, int], ...] = ()
    # Accepted clauses whose sentence's subject is a pronoun ("Instead of a single point
    # estimate, *it* keeps the full posterior"): the content stems of the sentence before's
    # subject, what the pronoun points to ("a fully Bayesian approach").
    antecedent: frozenset[str] = frozenset()
    # The clause as said, when ``words`` reads it in another order (a passive read in the
    # active order, passive.py): what a charge quotes.
    said: str = ""
    # Accepted clauses: the stems said before the clause, in its sentence and the two before
    # (what a clause naming no subject of its own goes on speaking of, side_cases.py).
    before: tuple[str, ...] = ()


# Sentences before an accepted clause whose words it may go on speaking of (a ";" ends one).
_LOOK_BACK = 2


@dataclass(frozen=True)
class WrongClaim:
    key_point: int | None  # index of the key point it contradicts; None: no key point
    said: str  # the answer's clause
    accepted: str  # the accepted sentence it contradicts
    evidence: str  # the answer's sentence
    first_word: int  # token position of the clause in the answer


# Operands of a subtraction: "one *minus* alpha", "1 minus p", "k minus one" take one value from
# another; no objective is turned over. Number words, digits, one letter, Greek letter names.
_OPERANDS = word_set(
    "zero one two three four five six seven eight nine ten hundred half alpha beta gamma delta"
    " epsilon lambda theta sigma mu rho tau pi eta"
)


def _operand(w: str) -> bool:
    return w in _OPERANDS or w.replace(".", "", 1).isdigit() or (len(w) == 1 and w.isalpha())


def _signs_of_objective(ws: tuple[str, ...], st: tuple[str, ...]) -> int:
    """Sign words said of what a minimum or maximum word is about (at most ``_SIGN_REACH``
    words after it). "minus" after an operand is a subtraction, not a sign: "with probability
    at *least* one *minus* alpha" bounds a value from below as "at least ninety percent" does
    (falseA34, a correct answer scored 0)."""
    return sum(
        1
        for i, s in enumerate(st)
        if s in _SIGN
        and not (ws[i] == "minus" and i and _operand(ws[i - 1]))
        and any((SIDE.get(x) or (-1,))[0] == MINMAX for x in st[max(0, i - _SIGN_REACH) : i])
    )


# A direction word whose stem is a noun naming no direction: "costly" stems to "cost", so the
# accepted "class weights or *cost* sensitive loss" read as "expensive" made "class weights are
# cheaper than SMOTE" its swap (correct28; opposites.side_of does the same).
_NOUN_STEMS = {stem("costly"): "costly"}


def _side(word: str, stem_: str) -> tuple[int, int] | None:
    if stem_ in _NOUN_STEMS and word != _NOUN_STEMS[stem_]:
        return None
    return SIDE.get(stem_)


# The people who carry out a practice: "*I'd* split by farm and region, not by image, so
# near-duplicates don't leak" tells what the split is for, not that nothing leaks (charge49:
# charged as the denial of "otherwise near duplicates leak"). "Accuracy is 99 percent, so the
# imbalance does not matter" names no doer: a conclusion, still read.
_DOERS = word_set("i i'd i'll i'm we we'd we'll you you'd you'll")


def _after_a_practice(ws: tuple[str, ...], sentence: str) -> bool:
    """The clause opening with "so" follows, in its sentence, a practice someone carries out."""
    said = words(sentence)
    n = len(ws)
    starts = [i for i in range(1, len(said) - n + 1) if tuple(said[i : i + n]) == ws]
    return bool(starts) and any(w in _DOERS for w in said[: starts[0]])


def _graded_after(ws: tuple[str, ...], st: tuple[str, ...], i: int) -> bool:
    """A "less" / "least" / "fewer" grades the word at ``i`` from after its object: "increases
    within-cluster variance *the least*", "increases the sum of squares *least*", "is increased
    *less than* by any other merge". It ends the clause or comes before a small word; what stands
    between is the word's object only (see _NOT_OBJECT). Said of a verb of change only (the
    caller's), not of one standing in a noun phrase ("a *lower* rate helps less")."""
    if i and ws[i - 1] in _BEFORE_NOUN:
        return False
    for j in range(i + 1, min(len(ws), i + 1 + _TRAILING_REACH)):
        if ws[j] in _FEWER:
            follows = ws[j + 1] if j + 1 < len(ws) else None
            return ws[j - 1] not in _NOT_DEGREE and (follows is None or follows in STOPWORDS)
        # a direction word of its own would be what the degree word grades; a counterpart
        # naming a thing ("*variance*", "bias") is the object
        if (
            ws[j] in _NOT_OBJECT
            or ws[j] in NEGATED
            or (SIDE.get(st[j]) or (-1,))[0] in DIRECTION_PAIRS
        ):
            return False
    return False


def read_clause(
    ws: tuple[str, ...], st: tuple[str, ...], sentence: str, key_point: int | None
) -> Clause:
    # "networks are *often* overconfident" claims what "networks are overconfident" claims.
    kept = [i for i, w in enumerate(ws) if w not in _HABITUAL] or list(range(len(ws)))
    ws, st = tuple(ws[i] for i in kept), tuple(st[i] for i in kept)
    anchors = frozenset(
        s
        for w, s in zip(ws, st, strict=True)
        if w not in NOT_ANCHOR and _side(w, s) is None and s not in NOT_ANCHOR and w not in NEGATED
    )
    sides: dict[int, set[int]] = {}
    spent: set[int] = set()  # negations that turned a counterpart over: "not linear" is said
    for i, s in enumerate(st):
        key = _side(ws[i], s)
        if key is None and (particle := phrasal_side(ws, i)):
            key = SIDE[stem(particle)]  # "the scaler backs off"
        if key is None:
            continue
        # "non linear", "not (a) linear": the other side. A halt is no reversal: "clipping
        # *stops exploding* gradients" says nothing of vanishing ones (a correct partial was
        # charged as turning "gradient clipping for exploding gradients" and scored 0).
        near = [
            j
            for j in range(max(0, i - 2), i)
            if ws[j] in NEGATED and ws[j] not in _STOPS and not limits(ws, j, list(ws[j + 1 :]))
        ]
        # "less noisy", "the least robust": the other side too. Only a direction word: a
        # counterpart that names a thing ("*least variance*", "fewer features") is no less of
        # its other side ("bias", "rows"); "least" says the minimum of it (wrong28).
        fewer = key[0] in DIRECTION_PAIRS and (
            (bool(i) and ws[i - 1] in _FEWER) or (key[0] == CHANGE and _graded_after(ws, st, i))
        )
        if key[0] in TWO_SIDED and ((i and ws[i - 1] == "non") or near or fewer):
            key = (key[0], 1 - key[1])
            spent.update(near)
        if key[0] == SIZE and becoming(ws, i):
            key = (CHANGE, key[1])
        sides.setdefault(key[0], set()).add(key[1])
    if _signs_of_objective(ws, st) % 2 and MINMAX in sides:
        sides[MINMAX] = {1 - v for v in sides[MINMAX]}
    # A clause naming both sides of a pair compares them: it asserts neither.
    one_side = tuple(sorted((p, next(iter(v))) for p, v in sides.items() if len(v) == 1))
    at = _negation_at(ws)
    if at in spent or (at is not None and limits(ws, at, list(ws[at + 1 :]))):
        at = None  # "not MAE alone", "not only MAE": MAE is granted, as not enough
    denied: tuple[str, ...] = ()
    if at is not None:
        content = [
            j
            for j in range(len(ws))
            if ws[j] not in _NEGATION_FILLER and ws[j] not in NEGATED and ws[j] not in STOPWORDS
        ]
        if ws[at] in DISMISSED_AFTER:  # "data versioning is overkill": what comes before
            denied = tuple(st[j] for j in content if j < at)[-2:]
        else:
            after = [j for j in range(at + 1, len(ws)) if ws[j] not in _NEGATION_FILLER]
            # "stop once it stops improving", "stop when ...": a verb with no object denies
            # nothing of the words of its condition.
            if not after or ws[after[0]] not in _CONJUNCTIONS:
                # ... and none of its reason: "trees do not need it *because they split on
                # thresholds*" denies the need, not the splitting (claims38)
                reason = next((j for j in range(at + 1, len(ws)) if ws[j] in _REASONS), len(ws))
                later = [j for j in content if at < j < reason]
                while len(later) > 1 and (ws[later[0]] in _AMOUNT or ws[later[0]].isdigit()):
                    later = later[1:]
                denied = tuple(st[j] for j in later)[:1]
        # "spam and not spam" names two classes: it denies nothing.
        denied = tuple(d for d in denied if d not in st[:at])
    # ... and so does a clause the splitter starts at its "so that" ("..., *so that* the reported
    # score is not optimistic", claims38); a sentence opening "So ..." draws a conclusion
    opens_sentence = words(sentence)[:1] == [ws[0]] if ws else True
    purpose = bool(at) and (
        any(ws[j] in _PURPOSE for j in range(1, at or 0))
        or (ws[:2] == ("so", "that") and not opens_sentence)
        or (ws[:1] == ("so",) and not opens_sentence and _after_a_practice(ws, sentence))
    )
    return Clause(ws, st, anchors, one_side, at is not None, denied, purpose, sentence, key_point)


# "a group *with no* offer", "ramp it up *from almost nothing*": a setting or a starting point
# named with "no", like "without early stopping", denies nothing of the clause (false24).
# Only "with" and "from": "until nothing changes", "under no circumstances", "by no means",
# "of no use", "at no point" deny.
_SETTING = word_set("with from")
_ALMOST = word_set("almost nearly virtually practically next")
_NOTHING = word_set("no nothing none zero")
# "stopping at the first increase *stops too early*": "stop" with no object is no denial.
_STOPS = word_set("stop stops stopped")
_UNTIMELY = word_set("too early earlier soon sooner late later prematurely there")
# "*Early stops* on a lucky streak overstate the effect", "*the* stop": "stop" as a noun after a
# determiner or a word of timing denies nothing (over46: read as denying the overstatement).
_STOP_REACH = 4  # words from "stop" to the doing it denies ("stops the running sums growing")
_STOP_NOUN_BEFORE = word_set(
    "a an the these those such its their our your each every any early late premature"
)
# Numbers and amounts before the noun a negation denies: "not a *ninety five percent*
# probability" denies the probability, not the ninety five percent (false24).
_AMOUNT = word_set(
    "one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy"
    " eighty ninety hundred thousand million percent per cent"
)


def _setting(ws: tuple[str, ...], i: int) -> bool:
    """The negation word names a setting after a preposition: "with no offer"."""
    if ws[i] not in _NOTHING:
        return False
    j = i - 1
    if j >= 0 and ws[j] in _ALMOST:
        j -= 1
    return j >= 0 and ws[j] in _SETTING


# Verbs whose object is a value or a class named: "predicting *never fraud*", "always predicts
# *no*", "a model that says *not spam*".
_NAMING = word_set(
    "predict predicts predicting predicted say says saying answer answers answering output"
    " outputs outputting label labels labelling labeling guess guesses guessing"
)


def _value_named(ws: tuple[str, ...], i: int) -> bool:
    """The negation word is part of a value a model predicts ("predicting *never fraud* is over
    99 percent accurate"): it names the value, it denies nothing (claims39: the accepted clause
    read as denying fraud, and a correct hedged answer that said a model approving everything
    is 99.9 percent accurate was charged with the opposite)."""
    if ws[i] not in ("never", "no", "not"):
        return False
    if _example_named(ws, i):
        return True
    j = i - 1
    if j >= 0 and ws[j] in ("always", "just", "only", "simply"):
        j -= 1
    return j >= 0 and ws[j] in _NAMING


# What names the words after it as examples of a kind: "negations *like* not", "words *such as*
# no", "*including* never", "*e.g.* no" (read as "e g").
_EXAMPLE_MARKS = word_set("like including eg")
_TWO_WORD_MARKS = (("such", "as"), ("e", "g"))


def _example_named(ws: tuple[str, ...], i: int) -> bool:
    """The negation word is given as an example of a kind of word ("keeps negations like
    *not*", "stop words such as *no*"): it is mentioned, not used, and denies nothing (case67: a
    correct review-analysis design's 'Preprocessing keeps negations like "not" ...' was charged
    as denying the rubric's "keeps negation and handles languages")."""
    if i == 0:
        return False
    if ws[i - 1] in _EXAMPLE_MARKS:
        return True
    return i >= 2 and (ws[i - 2], ws[i - 1]) in _TWO_WORD_MARKS


def _negation_at(ws: tuple[str, ...]) -> int | None:
    """Where the clause denies what it says: a negation word, "without" before a verb
    ("without calibrating it", not "without early stopping"), a verdict after the thing
    ("... is overkill") or a rejecting verb said by the speaker ("I'd skip a registry")."""
    for i, w in enumerate(ws):
        if _setting(ws, i) or (w in _STOPS and ws[i + 1 : i + 2] and ws[i + 1] in _UNTIMELY):
            continue
        if w in _STOPS and i and ws[i - 1] in _STOP_NOUN_BEFORE:
            continue
        # "stops improving", "stops it drifting" deny the doing; "Hyperband *stops bad runs*
        # early" halts them, and says nothing against "bad runs" (over46: a strong answer
        # saying such methods "cut the cost of bad runs" was read as denying it)
        if w in _STOPS and not any(x.endswith("ing") for x in ws[i + 1 : i + 1 + _STOP_REACH]):
            continue
        if _value_named(ws, i):
            continue
        if w in NEGATED or w in DISMISSED_AFTER:
            return i
        after = (
            ws[i + 2 : i + 3] if ws[i + 1 : i + 2] in (("ever",), ("even",)) else ws[i + 1 : i + 2]
        )
        if w == "without" and after and after[0].endswith("ing"):
            return i
        if w in REJECTING and i and ws[i - 1] in SPEAKERS:
            return i
    return None


def answer_clauses(tokens: Tokens) -> list[tuple[Clause, list[int]]]:
    """Each clause of each sentence with the token positions of its words."""
    out = []
    for sentence in tokens.sentences:
        ids = clause_ids(sentence)
        groups: dict[int, list[int]] = {}
        for i in range(sentence.word_count):
            groups.setdefault(ids[i], []).append(sentence.first_word + i)
        start = sentence.first_word
        for positions in groups.values():
            ws = tuple(tokens.words[p] for p in positions)
            if ws[0] in _PART_OPENERS:
                start = positions[0]
            # a passive is read in the active order ("the noise is lowered by a larger batch"
            # says "a larger batch lowered the noise"), quoted as said (passive.py)
            order = active_order(ws)
            said = " ".join(ws) if order is not None else ""
            read = positions if order is None else [positions[i] for i in order]
            ws = tuple(tokens.words[p] for p in read)
            st = tuple(tokens.stems[p] for p in read)
            clause = replace(read_clause(ws, st, sentence.text, None), said=said)
            part = tokens.stems[start : positions[-1] + 1]
            out.append((replace(clause, subjects=_subjects(st) or _subjects(part)), positions))
    return out


_PART_OPENERS = frozenset(("while", "whereas", "but", "unlike", "however"))

_PRONOUN_SUBJECTS = word_set("it they this these")
# Words that open a sentence with a phrase before its subject ("*Instead of* a single point
# estimate, it keeps ...", "*With* lots of data the likelihood dominates").
_INTRO = word_set(
    "instead in with for unlike at on by after before during compared like besides rather"
)
_SUBJECT_WORDS = 4  # words of a subject before its verb ("a fully Bayesian approach goes")
_VERBS = word_set(
    "is are was were has have had does do did can will would should may might must gives give"
)


def sentence_subject(text: str) -> tuple[str, ...]:
    """The words of a sentence's subject: past an opening phrase up to its comma, up to the
    first verb ("MAP *gives*", "a fully Bayesian approach *goes*"); () when none is seen."""
    if not text.strip():
        return ()
    ws = words(text)
    if ws and ws[0] in _INTRO:
        if "," not in text:
            return ()  # "at inference nothing is ...": where the opening phrase ends is unsure
        ws = words(text.split(",", 1)[1])
    out: list[str] = []
    for w in ws[: _SUBJECT_WORDS + 1]:
        if w in NEGATION_WORDS or w in ("nothing", "none", "nobody", "neither"):
            return ()  # "nothing is switched off": a denial, no named subject
        if w in _VERBS or (len(w) > 3 and w.endswith("s") and not w.endswith("ss") and out):
            return tuple(out)
        out.append(w)
    return ()


def _content(subject: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for w in subject if w not in STOPWORDS and w not in _PRONOUN_SUBJECTS)


@lru_cache(maxsize=8192)
def _subjects(stems: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    out = []
    for n, pair in enumerate(SWAP_PAIRS):
        named = [side for side in (0, 1) if names_side(stems, pair[side])]
        if len(named) == 1:
            out.append((n, named[0]))
    return tuple(out)


def accepted_clauses(question: Question) -> tuple[Clause, ...]:
    return _accepted_of(rubric_key(question))


@lru_cache(maxsize=256)
def _accepted_of(key: RubricKey) -> tuple[Clause, ...]:
    """The accepted clauses of a question, each with its key point. Conditional or hedged
    clauses are left out: they hold only sometimes. A label that names neither of two compared
    subjects is said of the one its key point's wrong claims name ("*lstm* has no cell state"
    makes "a separate cell state ..." a point about the LSTM), contra26."""
    out: list[Clause] = []
    phrases, denials = key.phrases, key.denials
    texts = [(key.model_answer, None), *((t, k) for k, t in enumerate(key.labels))]
    texts += [(t, None) for t in key.corrections]
    for text, own in texts:
        tokens = tokenize(text)
        said: dict[int, dict[int, int]] = {}  # sentence -> key point -> phrases said
        if own is None:
            # Rubric text says its own phrases word for word: a sentence says a phrase when
            # it has all of the phrase's stems (no fuzzy look-ups: this runs once per question).
            stems_of = [set(tokens.stems[x.first_word : x.last_word]) for x in tokens.sentences]
            for k, kp_phrases in enumerate(phrases):
                for p in kp_phrases:
                    wanted = [set(phrase.stems) for phrase in compile_phrase(p)]
                    for n, have in enumerate(stems_of):
                        if any(w <= have for w in wanted):
                            at = said.setdefault(n, {})
                            at[k] = at.get(k, 0) + 1
        for clause, positions in answer_clauses(tokens):
            sentence = tokens.sentences[tokens.sentence_of[positions[0]]]
            # "If those terms are below one, the product shrinks": holds under its condition.
            before = tokens.words[sentence.first_word : positions[0]]
            if any(w in HEDGES for w in clause.words) or any(w in CONDITIONS for w in before):
                continue
            counts = said.get(tokens.sentence_of[positions[0]], {})
            kp = own if own is not None else max(counts, key=counts.__getitem__, default=None)
            antecedent: frozenset[str] = frozenset()
            subject = sentence_subject(sentence.text)
            if subject and all(w in _PRONOUN_SUBJECTS for w in subject) and sentence.index:
                antecedent = _content(sentence_subject(tokens.sentences[sentence.index - 1].text))
            subjects = clause.subjects
            if not subjects and own is not None and own < len(denials):
                subjects = _subjects(tuple(stem(w) for d in denials[own] for w in words(d)))
            previous = tokens.sentences[max(0, sentence.index - _LOOK_BACK)]
            before_stems = tokens.stems[previous.first_word : positions[0]]
            out.append(
                replace(
                    clause,
                    key_point=kp,
                    antecedent=antecedent,
                    subjects=subjects,
                    before=before_stems,
                )
            )
    return tuple(out)
