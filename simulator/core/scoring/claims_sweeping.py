"""Sweeping claims: absolute general statements the question's accepted answer does not make.

Confidently wrong answers worded unlike the rubric escape every phrase-based check, but they
share a habit: they generalise without limits ("boosting can never overfit", "a bigger learning
rate is always faster", "there is no need for a test set", "the only fix is ...", "X is exactly
the same as Y"). Correct answers say "always" and "never" too ("always validate on a later
period"), so a sweeping sentence is suspect only when the accepted view does not share it:

* not when the model answer or a key point's label makes a claim of the same kind (the same cue)
  about the same things (a content word in common);
* not when the cue is hedged or denied ("almost never", "not always", "doesn't prove"), nor when
  the sentence warns against the claim ("a common mistake is to think it always ...");
* not when "never" describes data unseen ("examples it never saw");
* not the speaker's own habit ("I always compare with and without them"), nor a cue inside an
  "if" / "when" clause ("if marketing can only run four campaigns");
* not in a sentence that names a mistake, nor in the one after it: they say what is right
  instead, often as absolutely ("it is a myth that boosting cannot overfit ... it always
  does with enough rounds").

(A sentence that earns a key point is no proof of agreement: a fluent wrong answer earns key
points in the rubric's words, so agreement is read from the accepted text's own claims.)

When an answer has at least ``MIN_SWEEPING`` suspect sentences, and they are at least
``MIN_SHARE`` of its sentences (the answer's tone, not two remarks in a long one), each is
returned as a charge of its own (id ``OVERCLAIM_ID``) naming the sentence and its cue, so the
scorecard shows which sentence overclaims; content.py makes them cost in proportion to the share of the answer they
are (``overclaim_cost``), and, as for any wrong claim, an overclaiming sentence earns no key
point and the answer's points said in other words are not trusted.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.passive import participle
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import Stance, clause_ids, names_a_mistake
from simulator.core.scoring.text import (
    STOPWORDS,
    Sentence,
    Tokens,
    stem,
    tokenize,
    word_set,
    words,
)

OVERCLAIM_ID = "overclaim"
# One absolute word is no evidence: correct answers say "always" and "never" now and then (no
# correct answer in the repository sets has two unshared ones; 26 of 116 verbose-wrong do).
MIN_SWEEPING = 2
# ... and they must be a sizeable share of its sentences: two absolutes in a long, careful answer
# are remarks, not its tone (every repository verbose-wrong answer with two has a share >= 0.33).
MIN_SHARE = 0.25
OVERCLAIM_POINTS = 4.0
# "the most reliable": praise of one choice above all others.
_PRAISE = word_set(
    """reliable robust accurate efficient compact honest stable powerful effective trustworthy
    correct safe"""
)
# Cue -> family: a claim of the same family in the accepted answer makes it shared ground.
_CUES: dict[tuple[str, ...], str] = {
    ("always",): "always",
    ("never",): "never",
    ("the", "only"): "only",
    ("only", "way"): "only",
    ("guarantee",): "guarantee",
    ("guarantees",): "guarantee",
    ("guaranteed",): "guarantee",
    ("no", "need"): "no need",
    ("not", "needed"): "no need",
    ("unnecessary",): "no need",
    ("no", "reason", "to"): "no need",
    ("completely",): "complete",
    ("entirely",): "complete",
    ("totally",): "complete",
    ("perfectly",): "complete",
    ("fully",): "complete",
    ("at", "all"): "never",  # "no role at all", "cannot be used at all": a denial
    ("exactly", "the", "same"): "same",
    ("exactly", "like"): "same",
    ("the", "same", "thing"): "same",
    ("just", "another", "name"): "same",
    ("nothing", "to", "do", "with"): "unrelated",
    ("no", "matter"): "whatever",
    ("no", "effect"): "dismiss",
    ("no", "real", "effect"): "dismiss",
    ("no", "role"): "dismiss",
    ("no", "downside"): "harmless",
    ("no", "risk"): "harmless",
    ("no", "real", "risks"): "harmless",
    ("proves",): "proof",
    ("prove",): "proof",
    ("the", "best", "approach"): "best",
    ("the", "best", "choice"): "best",
    ("the", "best", "way", "to"): "best",
    ("the", "best", "option"): "best",
    ("the", "best", "method"): "best",
    ("the", "best", "practice"): "best",
    ("is", "best"): "best",
    ("is", "ideal"): "best",
    ("the", "correct", "way"): "best",
    ("the", "right", "metric"): "best",
    ("the", "right", "choice"): "best",
    ("the", "standard", "choice"): "best",
    ("the", "standard", "way"): "best",
    ("the", "safest"): "best",
    ("the", "cleanest"): "best",
    **{("the", "most", w): "best" for w in _PRAISE},
    ("is", "always", "best"): "best",
    ("does", "not", "matter"): "dismiss",
    ("do", "not", "matter"): "dismiss",
    ("not", "really", "matter"): "dismiss",
    ("not", "a", "concern"): "dismiss",
    ("not", "an", "issue"): "dismiss",
    ("not", "a", "problem"): "dismiss",
    ("not", "a", "real", "problem"): "dismiss",
    ("impossible",): "impossible",
    ("by", "definition"): "definition",
    ("can", "only"): "only",
    ("only", "needed"): "only",
    ("used", "only"): "only",
    ("only", "works"): "only",
    ("only", "work"): "only",
    ("only", "matters"): "only",
}
# Cues that carry their own negation: a negation before them is the cue, not a denial.
_DENYING = frozenset(("never", "no need", "unrelated", "harmless", "dismiss", "impossible"))
_LONGEST = max(len(c) for c in _CUES)
# A word just before the cue that takes its absoluteness back ("almost never", "not always").
_HEDGES = word_set(
    """almost nearly not no hardly rarely virtually practically mostly usually generally
    doesn't don't isn't won't never without"""
)
_HEDGE_REACH = 3
# Content words a sentence must share with an accepted one to be about the same things.
_SHARED = 2
# "would never finish": a supposed consequence, not a general claim.
_SUPPOSING = word_set("would could might")
_CONDITIONS = word_set("if when while as")
_PREMISES = word_set("if unless when whenever assuming suppose")
# "I always compare with and without them", "so we never train on the future": a habit of the
# speaker's own is a practice, not a general claim about the world.
_SPEAKER = word_set("i we i'd we'd i'll we'll i've we've")
_SPEAKER_REACH = 4
# "She never shows you the whole warehouse", "she always starts with the best sellers": the
# habit of a person in a story (an analogy's shop assistant, a teacher) is hers, as the speaker's
# is his own, no claim about the method (wrong62: two analogy paraphrases of the tuning half were
# charged for it). No verbose-wrong answer of any set says "she" or "he" before a cue: their
# sweeping claims are about models, data and users.
_PERSON = word_set("she he she's he's she'd he'd")
# "The coders always make the final call", "a clinician always signs off": what a person in the
# proposed system does is the design's rule, a practice as the speaker's own habit is, no claim
# about models or data (heldout_wrong63: a correct clinical-coding paraphrase was charged for
# it). Only a person's role right before the cue and a verb of doing after it: "reviewers are
# never needed", "human review is never used" still claim.
_ROLES = word_set(
    """human humans person people reviewer reviewers moderator moderators coder coders clinician
    clinicians doctor doctors nurse nurses analyst analysts annotator annotators operator
    operators expert experts specialist specialists agent agents editor editors staff team
    teams manager managers auditor auditors officer officers underwriter underwriters"""
)
# "Always tune lambda with cross validation", "never fit the scaler on all the data", "you should
# always scale first": advice to the listener is a practice, like the speaker's own habit, not a
# general claim about the world. Told by the clause opening on the cue (after these words at most)
# and the cue followed by a verb's base form, not by "is", "has" or a verb in "-s" ("and always
# works" still claims).
_ADVICE_LEAD = word_set("and so but then just also you should must instead therefore first")
_NOT_BASE = word_set(
    """is are was were be been has have had does did can will would could might shall may
    gives works helps needs leads makes means goes beats wins"""
)
# "never" of data that was not seen is a description, not a sweeping claim.
# ("examples set aside that it *never learns* from", "a test set the model *never touches*":
# false36, a correct early-stopping paraphrase was charged)
_UNSEEN = word_set(
    """saw seen see sees observed trained shown encountered appear appears learns learned
    learn touches touched"""
)
# An article before a cue of completeness: it describes the thing the noun names ("*a perfectly*
# even mix", "*a completely* random split"), no claim that something holds without limit
# (false36: "a perfectly even mix scores the most", a correct split-criteria paraphrase).
_ATTRIBUTIVE = word_set("a an the")
_NEGATING = word_set("not no never cannot nothing none nor without")
# A degree before a cue of completeness grades it: "the hump gets *more perfectly* bell-shaped as
# each batch grows" says how it changes, not that anything holds without limit (charge54: a
# correct central-limit paraphrase was charged for it).
_GRADED = word_set("more less increasingly ever")
# Verbs a predicate "impossible" follows ("it *is* impossible to", "*makes* it impossible").
_PREDICATING = word_set(
    "is are was were be been being seems seem become becomes make makes made it's that's"
)


def _attributive(ws: tuple[str, ...], start: int, end: int, last: int) -> bool:
    """ "impossible" said before its own noun ("the model is asked about *impossible rows*"): it
    describes the rows, it claims nothing is impossible (charge54: a correct SHAP paraphrase was
    charged for it). "It is impossible to ...", "makes it impossible" still claim."""
    return (
        end < last
        and ws[end] not in STOPWORDS
        and ws[start - 1] not in _PREDICATING
        and ws[start - 1] not in _NEGATING
    )


# A cue word that is part of a name with the word after it.
_NAMING = {"fully": word_set("connected convolutional")}
_COMMON = word_set("model models data use used using get gets make makes thing things way one")


def _cues(words: tuple[str, ...], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, family) of every cue between lo and hi."""
    found: list[tuple[int, int, str]] = []
    i = lo
    while i < hi:
        for n in range(_LONGEST, 0, -1):
            family = _CUES.get(words[i : min(i + n, hi)])
            if family and i + n <= hi:
                found.append((i, i + n, family))
                i += n - 1
                break
        i += 1
    return found


def _content(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words if w not in STOPWORDS and w not in _COMMON)


# A sentence opening on these sets a scene ("*Suppose* nothing is going on, say the coin is
# perfectly fair", "*Imagine* a planner who always ..."): what holds in it is supposed.
_SCENE = word_set("suppose imagine picture pretend say assume")
_SCENE_LEAD = word_set("so now ok okay well just and let's lets")


def _sets_a_scene(ws: tuple[str, ...]) -> bool:
    at = 0
    while at < len(ws) and ws[at] in _SCENE_LEAD:
        at += 1
    return at < len(ws) and (
        ws[at] in _SCENE or ws[at : at + 2] in (("think", "of"), ("let", "us"))
    )


_LIKENESS = (("is", "like"), ("it's", "like"), ("are", "like"), ("works", "like"))


# A story's sentence says fewer than this many of the key points' words ("average", "each"); a
# sentence of the method's own terms ("hidden", "gradient", "sequence", "vanish") is no story's
# (heldout_wrong48: "the vanishing gradient happens only when the learning rate is above 1, so
# lowering it solves long-range dependencies completely", after an opening "Think of an RNN as a
# row of clerks", is the answer's own claim).
_STORY_TERMS = 4


@lru_cache(maxsize=256)
def _point_words_of(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(s for p in phrases for s in _content([w.lower() for w in words(p)]))


def _point_words(question: Question) -> frozenset[str]:
    return _point_words_of(tuple(p for kp in question.key_points for p in kp.phrases))


def _told_as_a_story(tokens: Tokens) -> bool:
    """The answer opens on a scene or a likeness ("Think of a school where ...", "Imagine a
    stadium ...", "It is like a librarian who ..."): its sentences that name nothing the
    question asks about, and hardly any of the key points' words, tell the story, and what holds
    in them is the story's (heldout_charge60, heldout_para41: analogy paraphrases of batch
    normalization and HyperLogLog were charged for "each class is always graded against its own
    average that day", "the notebook never gets thicker"). A sentence naming a word of the
    prompt, or the method's own terms, is read as before."""
    if not tokens.sentences:
        return False
    s = tokens.sentences[0]
    ws = tokens.words[s.first_word : s.last_word]
    return _sets_a_scene(ws) or any(ws[k : k + 2] in _LIKENESS for k in range(min(len(ws), 6)))


def _accepted(question: Question) -> tuple[tuple[str, frozenset[str]], ...]:
    """(family, content stems) of each sweeping claim the accepted answer itself makes."""
    labels = tuple(kp.label for kp in question.key_points)
    return _accepted_in((question.model_answer, *labels))


@lru_cache(maxsize=256)
def _accepted_in(texts: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    out: list[tuple[str, frozenset[str]]] = []
    for text in texts:
        tokens = tokenize(text)
        for s in tokens.sentences:
            ws = tokens.words[s.first_word : s.last_word]
            for _, _, family in _cues(ws, 0, len(ws)):
                out.append((family, _content(ws)))
    return tuple(out)


# A key point's phrase that denies ("does *not* depend on the threshold") says what "never" says
# of the same things.
_DENIALS = word_set("not no cannot without nothing none")


def _denials(question: Question) -> tuple[frozenset[str], ...]:
    return _denials_in(tuple(p for kp in question.key_points for p in kp.phrases))


@lru_cache(maxsize=256)
def _denials_in(phrases: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The content stems of each key-point phrase that denies something, its denial left out
    (two stems at least: "does not depend on the threshold" -> depend, threshold)."""
    out = []
    for phrase in phrases:
        ws = [w.lower() for w in words(phrase)]
        denying = [w in _DENIALS or w.endswith("n't") for w in ws]
        content = _content([w for w, d in zip(ws, denying, strict=True) if not d])
        if len(content) >= 2 and any(denying):
            out.append(content)
    return tuple(out)


def _denied_point(
    ws: tuple[str, ...],
    clauses: tuple[int, ...],
    first: int,
    last: int,
    end: int,
    denials: tuple[frozenset[str], ...],
) -> bool:
    """What "never" denies, the rest of its clause after ``end``, says every content word of
    one of the rubric's denying phrases: "it *never* depends on where you put the threshold"
    is the point's "does not depend on the threshold" (charge54: a correct everyday-words
    ROC AUC paraphrase was charged for it). Only the rubric's phrases count: a sentence of the
    model answer that denies something shares words with too many wrong claims (tried: it
    lifted eleven verbose-wrong answers)."""
    clause = clauses[end - 1 - first]
    said = _content([ws[j] for j in range(end, last) if clauses[j - first] == clause])
    return any(d <= said for d in denials)


# "It never knows *which* of its neighbours will be there": not knowing which of several
# things comes says that chance decides, it guarantees nothing (wrong62: a correct dropout
# paraphrase was charged for it).
_KNOWING = word_set("know knows knew")
_WHICH = word_set("which whether what when where who")


def _unknown(ws: tuple[str, ...], end: int, last: int) -> bool:
    return end + 1 < last and ws[end] in _KNOWING and ws[end + 1] in _WHICH


# "never ... *more* people *than* the machine prints": an upper bound, an invariant of the
# procedure (a count that cannot pass another), not a promise of an outcome. Its quality words
# ("never *wrong* by more than two percent", "never *scores* more than a point *below*") promise
# an outcome and are still read.
_BOUNDING = word_set("more fewer larger greater higher bigger exceed exceeds")
_OUTCOME = word_set(
    "wrong error errors off accurate accuracy better worse below above score scores loss"
)
_BOUND_REACH = 6  # words from the cue to its "than"


def _bound(ws: tuple[str, ...], clauses: tuple[int, ...], first: int, end: int, last: int) -> bool:
    clause = clauses[end - 1 - first]
    after = [
        ws[j] for j in range(end, min(last, end + _BOUND_REACH)) if clauses[j - first] == clause
    ]
    at = next((n for n, w in enumerate(after) if w in _BOUNDING), None)
    return (
        at is not None
        and "than" in after[at + 1 :]
        and not any(w in _OUTCOME for w in after[: after.index("than", at + 1)])
    )


def _hedged(words: tuple[str, ...], start: int, first: int) -> bool:
    return any(words[j] in _HEDGES for j in range(max(first, start - _HEDGE_REACH), start))


def _denied_before(ws: tuple[str, ...], clauses: tuple[int, ...], first: int, start: int) -> bool:
    """A negation before ``start`` in its clause ("no role *at all*", "cannot be used *at all*")."""
    clause = clauses[start - first]
    return any(
        clauses[j - first] == clause and (ws[j] in _NEGATING or ws[j].endswith("n't"))
        for j in range(first, start)
    )


def _never_before(ws: tuple[str, ...], clauses: tuple[int, ...], first: int, start: int) -> bool:
    """A "never" earlier in the clause of ``start``: "at all" only stresses it (claims38)."""
    clause = clauses[start - first]
    return any(clauses[j - first] == clause and ws[j] == "never" for j in range(first, start))


def _supposed(ws: tuple[str, ...], clauses: tuple[int, ...], first: int, start: int) -> bool:
    """The cue sits in a clause opened by "if" / "unless" / "when": supposed, not claimed ("if
    marketing can only run four campaigns, that decides the count")."""
    clause = clauses[start - first]
    return any(ws[j] in _PREMISES and clauses[j - first] == clause for j in range(first, start))


# "may" and "might" say a thing is possible, not that it holds without limit; "can" and "could"
# say it only of a state ("*can be* perfectly good"): "it can never overfit" is the sweeping claim.
_MAYBE = word_set("may might")
_ABLE = word_set("can could")
_STATE = word_set("be become get stay remain")


def _possible(
    ws: tuple[str, ...], clauses: tuple[int, ...], first: int, start: int, family: str
) -> bool:
    """The cue sits in a clause that says what may be, not what is: "you *may* not need to fix
    it at all", "the fitted values *can be* perfectly good" (set 59: a correct multicollinearity
    warning was charged for both). "It can never overfit", "the values are perfectly good" and
    "you never need to fix it at all" still claim."""
    clause = clauses[start - first]
    lead = [j for j in range(first, start) if clauses[j - first] == clause]
    if any(ws[j] in _MAYBE for j in lead):
        return True
    if family == "complete":
        return any(
            ws[j] in _ABLE
            and j + 1 < start
            and ws[j + 1] in _STATE
            # "can be *ignored* entirely" says what may be done: advice, as sweeping as
            # "ignore them entirely" (lead60: read as what may be, it freed a confidently wrong
            # surge-pricing answer); "can be perfectly good" says what may hold
            and not (j + 2 < start and participle(ws[j + 2]))
            for j in lead
        )
    # "some units *can end up always* silent": a state that may come about (heldout_para46: a
    # correct activation-function paraphrase was charged for it); "it can never overfit", "it can
    # always be fixed" still claim
    return family in ("always", "never") and any(
        ws[j] in _ABLE
        and j + 2 < start
        and (ws[j + 1] in _STATE or ws[j + 1 : j + 3] == ("end", "up"))
        and ws[j + 1] != "be"
        for j in lead
    )


# "*Some* learning methods never need the points themselves": a claim of some things, no
# claim that holds of all (heldout_charge32: a correct kernel-trick paraphrase was charged).
_SOME = word_set("some certain many several")


def _of_some(ws: tuple[str, ...], clauses: tuple[int, ...], first: int, start: int) -> bool:
    clause = clauses[start - first]
    lead = [ws[j] for j in range(first, start) if clauses[j - first] == clause]
    while lead and lead[0] in _ADVICE_LEAD:
        lead = lead[1:]
    return bool(lead) and lead[0] in _SOME


def _advice(
    ws: tuple[str, ...], clauses: tuple[int, ...], first: int, start: int, end: int
) -> bool:
    """An "always" / "never" that opens its clause as advice to the listener."""
    clause = clauses[start - first]
    lead = [ws[j] for j in range(first, start) if clauses[j - first] == clause]
    if not all(w in _ADVICE_LEAD for w in lead) or end >= first + len(clauses):
        return False
    verb = ws[end]
    return verb not in _NOT_BASE and not (verb.endswith("s") and not verb.endswith("ss"))


_RELATIVE = word_set("that who where")
# Heads a definition puts before its relative clause ("is *one* that never changes").
_HEADLESS = word_set("one ones something anything thing things kind type those")
_CLAUSE_SUBJECTS = word_set("you we i it they he she the a an this these there")
_DEFINING = word_set("is are was were be means mean")
_RELATIVE_REACH = 2  # words from a relative pronoun to the cue ("that *say* the same thing")
# ... or the relative clause's own short subject and linking verb: "a column *where every row
# is always* the same value" describes the column (para55: a correct feature-selection
# paraphrase was charged for it). "Models that are regularized never overfit" is no such clause:
# the word before its cue is no linking verb, so "never overfit" is the main claim.
_RELATIVE_SUBJECT_REACH = 4
_LINKS = word_set("is are was were stays stay remains remain")


def _describes(ws: tuple[str, ...], first: int, start: int) -> bool:
    """The cue sits in a relative clause right after its noun: it describes the thing ("throw
    out columns *that never change*", "columns *that say the same thing*"), it claims nothing
    of the world (claims38: a correct feature-selection paraphrase was charged for both). Not
    a "that" after a verb ("it means *that you* never need ..."), nor a relative clause that is
    what a definition says ("a stationary series *is one that* never changes")."""
    linked = start - 1 > first and ws[start - 1] in _LINKS
    reach = _RELATIVE_SUBJECT_REACH if linked else _RELATIVE_REACH
    for j in range(max(first + 1, start - reach), start):
        if ws[j] not in _RELATIVE or ws[j - 1] in STOPWORDS or ws[j - 1] in _HEADLESS:
            continue
        if start - j > _RELATIVE_REACH and ws[j] != "where":
            continue  # "models that are regularized never ...": only "where" has its own subject
        if j + 1 < start and ws[j + 1] in _CLAUSE_SUBJECTS and ws[j] != "where":
            continue
        if any(ws[k] in _DEFINING for k in range(max(first, j - 3), j)):
            continue
        return True
    return False


def _linked_always(ws: tuple[str, ...], first: int, start: int, family: str) -> bool:
    """An "always" after a linking verb ("a column that *is always* the same value"): a state
    a relative clause may describe. "A surfer who always follows the first link" tells what
    the thing does, the claim an analogy makes about the method (dev_para40's verbose-wrong
    PageRank answer)."""
    return family == "always" and start - 1 > first and ws[start - 1] in _LINKS


# What a person in the design does: decides, checks, sees, signs off. "Clinicians *never need*
# to see the reasons", "reviewers are never needed" say no act.
_ACTS = word_set(
    """make makes review reviews check checks approve approves sign signs decide decides confirm
    confirms see sees verify verifies handle handles label labels audit audits override overrides
    own owns read reads escalate escalates take takes receive receives get gets"""
)


def _role_acts(ws: tuple[str, ...], first: int, start: int, end: int, last: int) -> bool:
    """A person's role names the one who acts ("the coders *always make* the final call"): the
    word before the cue is a role, the one after it a verb of doing."""
    return start > first and end < last and ws[start - 1] in _ROLES and ws[end] in _ACTS


# "The best choice *sits* in the middle", "the best depth *depends* on the data": a superlative
# as the subject of where an optimum lies, no praise of one choice over the others
# (heldout_wrong63: a correct bias-variance paraphrase was charged for it). "The best approach
# *is* to ...", "the best method *uses* ..." still praise.
_LOCATING = word_set(
    """sits sit lies lie falls fall depends depend varies vary shifts shift moves move balances
    balance"""
)


def _locates_an_optimum(
    ws: tuple[str, ...], clauses: tuple[int, ...], first: int, start: int, end: int, last: int
) -> bool:
    if end >= last or ws[start] != "the" or ws[end] not in _LOCATING:
        return False
    clause = clauses[start - first]
    lead = [ws[j] for j in range(first, start) if clauses[j - first] == clause]
    return all(w in _ADVICE_LEAD or w in STOPWORDS for w in lead)


def _suspect(
    tokens: Tokens,
    stance: Stance,
    sentence: Sentence,
    accepted: tuple[tuple[str, frozenset[str]], ...],
    denials: tuple[frozenset[str], ...] = (),
) -> str | None:
    """The cue of the sentence's first unshared sweeping claim, or None."""
    ws = tokens.words
    first = sentence.first_word
    clauses = clause_ids(sentence)
    own = _content(ws[first : sentence.last_word])
    for start, end, family in _cues(ws, sentence.first_word, sentence.last_word):
        if _hedged(ws, start, sentence.first_word):
            continue
        if family == "never" and _denied_point(
            ws, clauses, first, sentence.last_word, end, denials
        ):
            continue  # "it *never* depends on the threshold": the point's own denial
        if family == "never" and end < sentence.last_word and ws[end] in _UNSEEN:
            continue
        if end < sentence.last_word and ws[end] in _NAMING.get(ws[start], ()):
            continue  # "fully connected": a name, not a claim
        if family == "complete" and start > first and ws[start - 1] in _ATTRIBUTIVE:
            continue  # "a perfectly even mix": what the mix is like
        if family == "complete" and start > first and ws[start - 1] in _GRADED:
            continue  # "the hump gets *more perfectly* bell-shaped": a degree that grows
        if (
            family == "impossible"
            and start > first
            and _attributive(ws, start, end, sentence.last_word)
        ):
            continue  # "the model is asked about *impossible rows*": what the rows are like
        if ws[start : start + 2] == ("at", "all") and not _denied_before(ws, clauses, first, start):
            continue  # "how many texts use it at all": a count, no sweeping denial
        if ws[start : start + 2] == ("at", "all") and _never_before(ws, clauses, first, start):
            continue  # "you never build the space at all": the "never" was read on its own
        if start > sentence.first_word and ws[start - 1] in _SUPPOSING:
            continue
        if _possible(ws, clauses, first, start, family):
            continue  # "the fit *can be* perfectly good", "you *may* not need it at all"
        if any(ws[j] in _SPEAKER for j in range(max(first, start - _SPEAKER_REACH), start)):
            continue
        if any(ws[j] in _PERSON for j in range(max(first, start - _SPEAKER_REACH), start)):
            continue  # "she never shows you the whole warehouse": a person's habit in a story
        if family in ("always", "never") and _role_acts(ws, first, start, end, sentence.last_word):
            continue  # "the coders always make the final call": the design's rule
        if family == "best" and _locates_an_optimum(
            ws, clauses, first, start, end, sentence.last_word
        ):
            continue  # "the best choice sits in the middle": where the optimum lies
        if family == "never" and _unknown(ws, end, sentence.last_word):
            continue  # "it never knows which of its neighbours will be there": chance
        if family == "never" and _bound(ws, clauses, first, end, sentence.last_word):
            continue  # "a trio can never be more common than the pair inside it"
        if _supposed(ws, clauses, first, start):
            continue
        if _of_some(ws, clauses, first, start):
            continue  # "some learning methods never need the points": not all of them
        if (
            family in ("never", "same", "only") or _linked_always(ws, first, start, family)
        ) and _describes(ws, first, start):
            # "columns *that never* change", "a column that is always the same value", "a
            # strategy *that only* works in one period" (heldout_claims41)
            continue
        if family in ("always", "never") and _advice(ws, clauses, first, start, end):
            continue
        if family == "only" and set(ws[end : end + 2]) & _CONDITIONS:
            continue  # "it only works if the clusters share labels": a condition, not a limit
        if stance.warned((start, end)):
            continue
        if family not in _DENYING and stance.negated((start, end)):
            continue
        if any(f == family and len(own & stems) >= _SHARED for f, stems in accepted):
            continue
        return " ".join(ws[start:end])
    return None


def sweeping_claims(
    question: Question, tokens: Tokens, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """The answer's sentences that claim more than the accepted answer, one charge each, when
    there are at least ``MIN_SWEEPING`` of them (sentences already charged another wrong claim
    are not counted twice)."""
    accepted = _accepted(question)
    denials = _denials(question)
    hits: list[MisconceptionHit] = []
    after_warning = False
    story = _told_as_a_story(tokens)
    asked = _content(words(question.prompt.lower()))
    terms = _point_words(question) if story else frozenset()
    for sentence in tokens.sentences:
        # A sentence naming a mistake, and the one after it, say what is right instead, often
        # as absolutely as the mistake ("people think boosting cannot overfit, but it always
        # does with enough rounds").
        warning = names_a_mistake(tokens.words[sentence.first_word : sentence.last_word])
        if warning or after_warning or sentence.text in charged:
            after_warning = warning
            continue
        ws = tokens.words[sentence.first_word : sentence.last_word]
        if _sets_a_scene(ws):
            continue  # a supposed scene claims nothing about the method (para55)
        if story and not _content(ws) & asked and len(_content(ws) & terms) < _STORY_TERMS:
            continue  # "each class is always graded against its own average": the story's
        cue = _suspect(tokens, stance, sentence, accepted, denials)
        if cue is None:
            continue
        hits.append(
            MisconceptionHit(
                OVERCLAIM_ID,
                cue,
                sentence.text,
                f'"{cue}" claims more than the accepted answer does: say when it holds '
                "and when it does not.",
            )
        )
    enough = len(hits) >= MIN_SWEEPING and len(hits) >= MIN_SHARE * len(tokens.sentences)
    return hits if enough else []


def overclaim_cost(sweeping: int, sentences: int) -> tuple[float, float]:
    """(factor, points) for an answer with ``sweeping`` overclaiming sentences out of
    ``sentences``: the score keeps the share of the answer that does not overclaim, and each
    overclaim takes ``OVERCLAIM_POINTS`` off."""
    share = sweeping / max(1, sentences)
    return max(0.0, 1.0 - share), OVERCLAIM_POINTS * sweeping
