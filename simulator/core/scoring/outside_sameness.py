"""A concept called the same as another one the accepted view never equates it with (issue 9,
round 41, wrong41).

"A dilated convolution is basically the same thing as a transposed convolution", "under class
imbalance it is the same as balanced accuracy", "Nesterov momentum is just another name for
Adam", "clicks are the same as long-term satisfaction": a confidently wrong answer often
defines the asked concept by another known one. sameness.py charges this only when both names
are terms the prompt compares; here the other side may be any term, and the claim is read
against what the accepted view (model answer, key-point labels and phrases, misconception
corrections) equates.

A clause "X is (basically, just, exactly ...) the same (thing) as / identical to / equivalent to
/ equal to / another name for Y" is a wrong claim when:

* the accepted view never states a sameness (same, identical, equivalent, equal, amounts to,
  reduces to ...) in a sentence that names Y's terms: "maximum likelihood is the same as
  minimising the log loss" is what a model answer says, and is not charged;
* Y names a thing rather than describing one: it is not an act ("the same as penalizing
  squared weights" says a Gaussian prior in everyday words) and no relative clause follows
  ("the same as choosing the model that makes the observed labels most likely");
* it sets no condition: nothing in the sentence before the claim or in Y says when it holds
  ("with gamma at zero, focal loss is the same as cross entropy", "the same as one batch eight
  times larger, except for batch norm"): a limiting case is a correct and common explanation;
* the speaker asserts it: not hedged, denied or inside a warning (Stance's readers);
* Y is no classic equivalent (charge52): no accepted clause of this rubric or of another shipped
  one says that a term just before the claim is, or is also called, a term just after it ("Recall,
  which is also called sensitivity"; "[A type one error ...] Its probability is the significance
  level"), and every term just after it is one some rubric says: a name no rubric knows ("the
  Mann-Whitney statistic") is nothing the scorer holds a view of.

Charged as a misconception corrected by the model answer's first sentence, read after the other
checks: a sentence one of them charges keeps that charge. Dev (every content set with every
pack, 4812 correct answers, 959 verbose-wrong): 0 correct answers read, 17 verbose-wrong ones
(19 with the rubrics' claims removed); a relative clause after the claim (a dev paraphrase) and
an act (an everyday wording test) were the correct answers read before ``_DESCRIBING`` and the
act rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.relation_facts import accepted_texts, rejecting, terms_of, unasserted
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import Tokens, split_sentences, word_set, words

# General nouns that name only the kind of thing two things are said to be one of: "the same
# *procedure*", "the same *operation* as" say what "the same thing (as)" says (English's nouns of
# kind, which tell nothing of the thing itself; wrong68: "Gradient boosting and bagging are the
# same procedure", "Layer norm is the same operation as batch norm" went unread). Nouns of the
# field that name a part or a property ("the same loss", "the same output") are not among them.
KIND_NOUNS = word_set(
    "thing things procedure procedures process processes method methods technique techniques"
    " mechanism mechanisms operation operations algorithm algorithms approach approaches idea"
    " ideas concept concepts quantity quantities measure measures calculation calculations"
    " computation computations formula formulas principle principles phenomenon phenomena"
)
_KIND = r"(?:\s+(?:" + "|".join(sorted(KIND_NOUNS)) + r"))?"
_CLAIM = re.compile(
    r"\b(?:is|are|'s|was|were)\s+(?:(?:basically|just|really|essentially|exactly|simply|"
    r"actually|literally|precisely)\s+)*(?:the\s+same" + _KIND + r"\s+as|identical\s+to|"
    r"equivalent\s+to|equal\s+to|another\s+name\s+for)\s+",
    re.IGNORECASE,
)
# "... under a different name", "by another name": the sameness said again, no condition on it.
_RENAMED = re.compile(
    r"\b(?:under|by|with)\s+(?:a\s+|an\s+)?(?:different|another|other|new)\s+names?\b",
    re.IGNORECASE,
)
# How the accepted view says two things are one.
_ACCEPTED_SAMENESS = word_set(
    "same identical equivalent equivalently equal equals amounts reduces corresponds"
    " recovers becomes"
)
# Two named things said to be one, both named before the copula: "calibration and ranking are
# the same thing", "precision and recall are basically the same". Only a clause that ends at
# "the same (thing)": "are the same *item*", "the same *for every row*" say a shared property
# or a condition, not that two concepts are one.
_PAIR_CLAIM = re.compile(
    r"\b(?:are|were)\s+(?:(?:basically|just|really|essentially|exactly|simply|actually|"
    r"literally|precisely|effectively)\s+)*(?:the\s+same" + _KIND + r"|interchangeable|"
    r"identical|equivalent)"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:so|anyway|here)\b|\s+" + _RENAMED.pattern + r")",
    re.IGNORECASE,
)
# Words that set the condition under which a sameness holds, or qualify it.
_CONDITIONS = word_set(
    "with when if under for given once at assuming whenever unless only in where without"
    " except apart but plus times divided minus half up to until after before as long"
)
# A relative clause after the claim describes, in the speaker's own words, what the thing does
# ("the same as choosing the model *that* makes the observed labels most likely"): a paraphrase
# of the accepted sameness, not another concept named.
_DESCRIBING = word_set("that which who whose where")
# "In practice it's the same as difference-in-differences": "in" opening these says how firmly
# the speaker asserts the claim, not when it holds.
_ASSERTING = re.compile(r"\bin\s+(?:practice|effect|reality|fact|short|the\s+end)\b", re.IGNORECASE)
_STOPS = re.compile(r"[.;:!?(),]")
REACH = 3  # terms read after the claim (what it is said to be the same as)


# How an accepted sentence names a thing by another name: "Recall, which is *also called*
# sensitivity", "*known as*", "*aka*".
_NAMING = word_set("called named aka")
_COPULAS = word_set("is are")
_RELATIVES = word_set("which who that")
# A clause's side of a copula ends at these (going back for the subject, on for the complement).
_SIDE_ENDS = word_set(
    "so because while whereas but which who that when where if unless since although though and"
    " or then than"
)
_DENIALS = word_set("not never no nor")
_PRONOUN_SUBJECTS = word_set("it its this they their")
# A copula after these names no identity: denied, or "*there* are other forms: dropout".
_NO_IDENTITY = _DENIALS | word_set("there")
# Where a clause's sides end for certain (a list after a colon, an aside in brackets).
_PARTS = re.compile(r"[;:()]")
_SUBJECT_REACH = 6  # words before a copula read as its subject
_COMPLEMENT_REACH = 4  # words after it read as what the subject is


def _sides(ws: list[str], at: int, before: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of the subject before the copula or naming word at ``at`` (the sentence
    before's when the subject is a pronoun: "*Its* probability is the significance level") and
    of its complement after it."""
    start = at - 1
    if start >= 0 and ws[start] in _RELATIVES:
        start -= 1  # "Recall, *which* is also called sensitivity": the noun before it
    subject: list[str] = []
    for w in reversed(ws[max(0, start - _SUBJECT_REACH + 1) : start + 1]):
        if w in _SIDE_ENDS:
            break
        subject.append(w)
    complement: list[str] = []
    for w in ws[at + 1 : at + 1 + _COMPLEMENT_REACH]:
        if w in _SIDE_ENDS:
            break
        complement.append(w)
    named = terms_of(subject)
    if set(subject) & _PRONOUN_SUBJECTS:
        named |= terms_of(before)
    return named, terms_of(complement)


def _names_by(ws: list[str], i: int) -> bool:
    """Does word ``i`` say what the thing before it is ("is", "are") or is called ("called",
    "named", "aka", "known as")?"""
    return ws[i] in _COPULAS or ws[i] in _NAMING or ws[i - 1 : i + 1] == ["known", "as"]


@lru_cache(maxsize=512)
def _identities(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """The (subject term, complement term) pairs, both ways round, of the accepted clauses
    that say what a thing is or what it is also called: "Its probability is the significance
    level, alpha", "Recall, which is also called sensitivity". A denied copula ("is not a
    transposed convolution") names no identity."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        before: list[str] = []
        for sentence in split_sentences(text):
            for part in _PARTS.split(sentence):
                ws = [w.lower() for w in words(part)]
                for i in range(len(ws)):
                    if not _names_by(ws, i):
                        continue
                    if set(ws[i + 1 : i + 3]) & _DENIALS or (i and ws[i - 1] in _NO_IDENTITY):
                        continue
                    subject, complement = _sides(ws, i, before)
                    pairs |= {(a, b) for a in subject for b in complement if a != b}
                    pairs |= {(b, a) for a in subject for b in complement if a != b}
            before = [w.lower() for w in words(sentence)]
    return frozenset(pairs)


# A key-point label that gives one thing two ways: "Eigenvectors of the covariance matrix, *or*
# the SVD of the centered data" (one comma, then "or", and no other comma: no list).
_ALTERNATIVE = re.compile(r"^([^,]+),\s+or\s+([^,]+)$", re.IGNORECASE)
# An acronym the model answer opens on names what the question is about ("PCA finds ...").
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+$")


def _alternatives(question: Question) -> frozenset[tuple[str, str]]:
    """The identities a rubric states by giving one thing two ways in a key-point label (both
    ways round), and, with the alternative said second, the question's own acronym (charge53:
    "PCA is the same as the SVD of the centred data" was charged, though the PCA rubric's label
    gives "the SVD of the centered data" as the way to get the components)."""
    opening = question.model_answer.split()[:1]
    name = opening[0].strip(",.;:") if opening else ""
    subject = terms_of([name.lower()]) if _ACRONYM.match(name) else frozenset()
    pairs: set[tuple[str, str]] = set()
    for kp in question.key_points:
        m = _ALTERNATIVE.match(kp.label.strip())
        if m is None:
            continue
        first, second = (terms_of(words(g.lower())) for g in m.groups())
        for a, b in [(a, b) for a in first | subject for b in second if a != b]:
            pairs |= {(a, b), (b, a)}
    return frozenset(pairs)


@lru_cache(maxsize=1)
def _shipped() -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """Every shipped technical and case rubric's identities (a classic equivalent one rubric
    states is read in another question's answer too) and every term the shipped rubrics say."""
    texts: list[str] = []
    known: set[str] = set()
    alternatives: set[tuple[str, str]] = set()
    for q in shipped_questions():
        texts.extend(accepted_texts(q))
        known |= _terms_said(q)
        alternatives |= _alternatives(q)
    return _identities(tuple(texts)) | alternatives, frozenset(known)


def _terms_said(question: Question) -> frozenset[str]:
    """Every term a question's rubric says (prompt, model answer, key points, misconceptions)."""
    texts = [question.prompt, question.model_answer]
    for kp in question.key_points:
        texts += [kp.label, *kp.phrases]
    for m in question.misconceptions:
        texts += [*m.phrases, m.correction]
    return frozenset(t for text in texts for t in terms_of(words(text.lower())))


# "Same" states a sameness where it says two things are one: "the same as", or "the same (thing)"
# closing its clause. Before a noun it names a property two things share ("the same output
# whatever the batch"), which equates nothing (wrong68: that phrase of the batch-norm rubric kept
# "layer norm is the same operation as batch norm" from being read).
_SAME_STATED = re.compile(r"\bsame" + _KIND + r"(?:\s+as\b|\s*(?:[.,;:!?]|$))", re.IGNORECASE)


def _states_sameness(sentence: str) -> bool:
    return bool(
        set(words(sentence)) & (_ACCEPTED_SAMENESS - {"same"}) or _SAME_STATED.search(sentence)
    )


@lru_cache(maxsize=256)
def _equated(texts: tuple[str, ...]) -> frozenset[str]:
    """Every term of an accepted sentence that states a sameness."""
    return frozenset(
        t
        for text in texts
        for sentence in split_sentences(text)
        if _states_sameness(sentence)
        for t in terms_of(words(sentence))
    )


def _accepted_texts_with_phrases(question: Question) -> tuple[str, ...]:
    return (*accepted_texts(question), *(p for kp in question.key_points for p in kp.phrases))


def outside_sameness(
    question: Question, tokens: Tokens, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """Each sentence not yet ``charged`` that calls something the same as a term the accepted
    view never equates anything with, without a condition."""
    if question.category.value == "behavioral":
        return []
    equated = _equated(_accepted_texts_with_phrases(question))
    first = next(iter(split_sentences(question.model_answer)), question.model_answer)
    shipped_identities, shipped_terms = _shipped()
    identities = (
        shipped_identities | _identities(accepted_texts(question)) | _alternatives(question)
    )
    known = shipped_terms | _terms_said(question)
    found = []
    for sentence in tokens.sentences:
        text = sentence.text
        if text in charged or rejecting(text):
            continue
        for m in _CLAIM.finditer(text):
            before = words(_ASSERTING.sub(" ", text[: m.start()]))
            after = words(_STOPS.split(_RENAMED.sub(" ", text[m.end() :]))[0])
            if set(before) & _CONDITIONS or set(after) & (_CONDITIONS | _DESCRIBING):
                continue
            if unasserted(before) or unasserted(after):
                continue
            if after and after[0].endswith("ing") and len(after[0]) > 5:
                continue  # "the same as penalizing squared weights": an act in own words
            if _act_subject(before):
                continue  # "Decomposing it this way is the same idea as ...": an analogy
            same_as = terms_of(after[: 2 * REACH])
            if not same_as or same_as & equated:
                continue
            # A classic equivalent: what a rubric (this one or another shipped one) says the
            # thing is or is also called ("Recall, which is also called sensitivity"), each
            # side read next to the claim, or a name no rubric knows (the scorer holds no view
            # of "the Mann-Whitney statistic").
            named, head = terms_of(before[-REACH:]), terms_of(after[:REACH])
            if any((a, b) in identities for a in named for b in head) or head - known:
                continue
            end = sentence.first_word + len(words(text[: m.start()]))
            span = (max(sentence.first_word, end - 2), end + 1)
            if stance.warned(span) or stance.negated(span):
                continue
            # the claim's words with the two words of its subject before them
            link = len(words(m.group(0)))
            said = " ".join(words(text[: m.end()])[-(link + 2) :] + after[: 2 * REACH])
            found.append(MisconceptionHit(None, said, text, first))
            break
        else:
            said_pair = _pair_claim(text, sentence.first_word, stance, equated, identities, known)
            if said_pair is not None:
                found.append(MisconceptionHit(None, said_pair, text, first))
    return found


# What may follow a gerund as its object: "*decomposing it*", "*adding the* noise".
_OBJECT_OPENERS = word_set("it them this that these those the a an each every all our your its")


def _act_subject(before: list[str]) -> bool:
    """Is the claim's subject an act the speaker describes, a gerund with its object
    ("*Decomposing it* this way is the same idea as a critical-path estimate")? Such a subject
    names no concept: the sentence likens the speaker's own step to a known idea, an analogy.
    A noun in -ing names a concept ("*boosting* and bagging are the same idea") and is read."""
    subject: list[str] = []
    for w in reversed([w.lower() for w in before][-_SUBJECT_REACH:]):
        if w in _SIDE_ENDS:
            break
        subject.append(w)
    subject.reverse()
    return (
        len(subject) >= 2
        and subject[0].endswith("ing")
        and len(subject[0]) > 5
        and subject[1] in _OBJECT_OPENERS
    )


def _pair_claim(
    text: str,
    first_word: int,
    stance: Stance,
    equated: frozenset[str],
    identities: frozenset[tuple[str, str]],
    known: frozenset[str],
) -> str | None:
    """What a clause "X and Y are (basically) the same thing" says, when X and Y are two
    different terms the rubrics know, neither of which the accepted view equates with anything
    nor calls the other, and nothing in the sentence sets a condition or hedges it. The words
    that say it, or None.

    sameness.py reads this form only when X and Y are terms the prompt compares; a confident
    wrong answer as often merges two neighbouring concepts the prompt never names ("calibration
    and ranking are the same thing", "the validation and the test set are really the same
    thing"), and a correct one says such a sameness only with its condition ("for a penalty of
    zero, ridge and ordinary least squares are exactly the same")."""
    for m in _PAIR_CLAIM.finditer(text):
        before = words(_ASSERTING.sub(" ", _PARTS.split(text[: m.start()])[-1]))
        after = words(_STOPS.split(_RENAMED.sub(" ", text[m.end() :]))[0])
        # the clause's own subject: back to the word that opens the clause ("so", "because",
        # "when" ...), which is read with it ("*when* X and Y are the same" sets a condition;
        # "..., *so* X and Y are the same" does not)
        subject: list[str] = []
        opener: set[str] = set()
        for w in reversed([w.lower() for w in before][-2 * _SUBJECT_REACH :]):
            if w in _SIDE_ENDS - {"and"}:
                opener = {w}
                break
            subject.append(w)
        subject.reverse()
        if (set(subject) | opener | set(after)) & _CONDITIONS:
            continue
        if unasserted(subject) or unasserted(after):
            continue
        if subject.count("and") != 1:
            continue
        cut = subject.index("and")
        # what tells the two apart ("the *Huber* loss and the *hinge* loss")
        named = terms_of(subject[:cut][-REACH:]), terms_of(subject[cut + 1 :][:REACH])
        left, right = named[0] - named[1], named[1] - named[0]
        if not left or not right or (left | right) & equated:
            continue
        if (left | right) - known:
            continue  # a name no rubric knows: the scorer holds no view of it
        if any((a, b) in identities for a in left for b in right):
            continue
        end = first_word + len(words(text[: m.start()]))
        span = (max(first_word, end - 2), end + 1)
        if stance.warned(span) or stance.negated(span):
            continue
        return " ".join(subject + words(m.group(0)))
    return None
