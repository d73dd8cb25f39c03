"""The subject a clause names for itself: what a word in the clause's predicate is said of.

The pair-side and antonym checks ask of what an answer says a word. A word in a clause with its
own named subject is said of that subject, whatever else the sentence names around it:
"*newer models* give a word a different vector" says "different" of the newer models, not of
word2vec's vectors; "because *a ReLU* zeroes half of its inputs and so halves the variance"
says "zeroes" of the ReLU, not of the variance (charge56: both charged on correct answers).

``explicit_subject`` finds that subject without a parser: past the words that join the clause
to the one before ("and", "because", "so", "as", "when") and a determiner, one to four
content words and then a verb ("is", "has", "can", a verb in "-s" or "-ed", or a common verb
after a plural: "steps *grow*", "users *click*"). A clause that opens on its verb ("... and
is unstable") goes on with the subject of the clause before it. A pronoun ("it", "they",
"this") or a person ("I", "we") names no subject of its own: None.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, word_set

Span = tuple[int, int]

# Words that join a clause to what comes before it, before its subject.
_LEADS = word_set(
    "and but or so because since as when whenever if once while whereas although though then"
    " which that where thus hence therefore meanwhile also yet"
)
# Determiners and quantifiers before a subject's noun ("*some* users", "*the* brain-float
# format").
_DETERMINERS = word_set(
    "the a an some many most all each every any several few both other another such its their"
    " his her our your my half"
)
# What names no subject of its own: a pronoun or a person goes on with someone named before.
_NO_SUBJECT = word_set(
    "it they them this that these those which who what i you we he she one ones there here"
    " it's they're that's there's i'd we'd you'd i'll we'll you'll i've we've"
)
_FINITE = word_set(
    "is are was were be been has have had does do did can could will would should may might must 's"
)
# Adverbs between a subject and its verb ("users *always* click", "boosting *mainly* reduces").
_ADVERBS = word_set(
    "always never often usually mainly mostly primarily largely typically also only just"
    " still rarely sometimes generally quickly slowly quietly simply actually already even"
)
# Verbs in their base form, said after a plural subject ("steps *grow*", "newer models
# *give*"): without a tagger, the common ones an answer uses.
_BASE_VERBS = word_set(
    "give get make keep take grow shrink click see use need become stay remain cancel produce"
    " learn change move fall rise go come show tend work help hurt lead cause reduce increase"
    " lower raise add cut hold carry put let allow depend look follow ignore miss find lose"
    " beat win fail suffer appear land end start sit stop vary differ drift converge diverge"
    " explode vanish dominate oscillate bounce swing flip jump treat assume count matter"
)
_SUBJECT_WORDS = 4


def _verb(w: str, plural: bool) -> bool:
    """A finite verb after a subject: a linking or modal verb, a verb in "-s" after a subject
    that is not itself plural, a past form, or a common base verb after a plural."""
    if w in _FINITE or w in _S_VERBS:
        return True
    if w.endswith("ed") and len(w) > 4:
        return True
    if not plural and _in_s(w):
        return True
    return plural and w in _BASE_VERBS


def _in_s(w: str) -> bool:
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "ness", "ics"))


_MORE_LESS = word_set("more less fewer most least")


def _no_verb(w: str) -> bool:
    """A word that cannot be a clause's verb: a function word, a determiner or quantifier, a
    pronoun, "more" or "less", a number or an adverb in "-ly"."""
    return (
        w in STOPWORDS
        or w in _MORE_LESS
        or w in _DETERMINERS
        or w in _NO_SUBJECT
        or w in _ADVERBS
        or w[0].isdigit()
        or w.endswith("ly")
    )


def _a_plain_s_verb(ws: tuple[str, ...], v: int, end: int) -> bool:
    """``ws[v]``, an "-s" word after a one-word head, is read as the verb only when the word
    after it cannot be a verb ("a ReLU *zeroes* half of its inputs", "word2vec *learns* one
    vector", or the clause's end). Before a word that can ("so future *rewards* count ten
    times more", "fine-tuned *models* need less data") it may as well be the plural noun of
    the subject, with its verb after it: no subject is read (charge57: "future" was read as
    the subject of "count ... more", a third thing, and a verbose-wrong answer's "future
    rewards count ten times more than immediate ones" lost its charge)."""
    after = v + 1
    while after < end and ws[after] in _ADVERBS:
        after += 1
    return after >= end or _no_verb(ws[after])


# Verbs in "-s" that follow a subject ending in an "-s" noun ("high bias *means*").
_S_VERBS = word_set("means indicates suggests implies shows gives makes causes leads")


def _participle(ws: tuple[str, ...], v: int, end: int) -> bool:
    """``ws[v]``, an "-ed" word, describes the noun after it, which the clause's verb follows:
    "fine-*tuned* models need less data", "pre-*trained* weights are", "the self-*supervised*
    encoder learns". Read as the verb, it made "fine", "pre" or "self" the clause's subject, a
    third thing the comparison was said of (charge58). "Data *augmented* with noise helps" keeps
    its reading: no noun and verb follow."""
    w = ws[v]
    if not w.endswith("ed") or w in _FINITE or v + 2 >= end:
        return False
    noun = ws[v + 1]
    if _no_verb(noun):
        return False
    after = v + 2
    while after < end and ws[after] in _ADVERBS:
        after += 1
    if after >= end:
        return False
    nxt = ws[after]
    return (
        nxt in _FINITE
        or nxt in _S_VERBS
        or (_plural(noun) and nxt in _BASE_VERBS)
        or (not _plural(noun) and _in_s(nxt) and _no_verb_after(ws, after, end))
    )


def _no_verb_after(ws: tuple[str, ...], at: int, end: int) -> bool:
    """The word after ``at`` cannot be a verb, so ``ws[at]`` is ("the tuned model *needs* less
    data"), not a plural noun before one."""
    return at + 1 >= end or _no_verb(ws[at + 1])


def _verb_next(w: str) -> bool:
    return w in _BASE_VERBS or w in _FINITE or w in _S_VERBS


def _plural(w: str) -> bool:
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "ness", "ics", "ous"))


def _subject_at(ws: tuple[str, ...], start: int, end: int) -> tuple[Span | None, bool]:
    """From ``start`` (the clause's first word): (the subject's span, or None when the clause
    names none of its own; whether the clause opens on its verb instead)."""
    at = start
    while at < end and ws[at] in _LEADS:
        at += 1
    if at >= end:
        return None, False
    # "... and *is* numerically unstable", "adding dimensions *actually makes*" (a clause
    # break before "actually"): the subject before goes on
    if ws[at] in _FINITE:
        return None, True
    if ws[at] in _ADVERBS:
        return None, at + 1 < end and _verb(ws[at + 1], False)
    if ws[at] in _NO_SUBJECT:
        return None, False
    while at < end and ws[at] in _DETERMINERS:
        at += 1
    for k in range(at + 1, min(end, at + 1 + _SUBJECT_WORDS)):
        head = ws[k - 1]
        if head in STOPWORDS or head in _NO_SUBJECT:
            return None, False
        v = k
        while v < end and ws[v] in _ADVERBS:
            v += 1
        # "newer *models* give", "high *bias* means": an "-s" word with a verb after it is the
        # subject's noun
        noun = v + 1 < end and _plural(ws[v]) and _verb_next(ws[v + 1])
        if v < end and not noun and _participle(ws, v, end):
            continue  # "fine-*tuned* models need", "pre-*trained* weights are": the noun's
        if v < end and not noun and _verb(ws[v], _plural(head)):
            plain_s = ws[v] not in _FINITE and ws[v] not in _S_VERBS and not ws[v].endswith("ed")
            if plain_s and not _plural(head) and not _a_plain_s_verb(ws, v, end):
                continue
            return (at, k), False
    return None, False


def subject_span(ws: tuple[str, ...], start: int, end: int) -> Span | None:
    """The subject a clause (words ``start`` to ``end``) names for itself, None when it names
    none of its own (a pronoun, a person, a clause opening on its verb)."""
    return _subject_at(ws, start, end)[0]


def clause_bounds(ids: Sequence[int], first: int, last: int, pos: int) -> tuple[int, int]:
    """The word range [start, end) of the clause holding ``pos``, in a sentence whose words run
    from ``first`` to ``last`` and whose clause ids (``stance.clause_ids``) are ``ids``."""
    clause = ids[pos - first]
    start = pos
    while start > first and ids[start - 1 - first] == clause:
        start -= 1
    end = pos
    while end < last and ids[end - first] == clause:
        end += 1
    return start, end


def explicit_subject(tokens: Tokens, pos: int) -> Span | None:
    """The subject the clause holding ``pos`` names for itself, when ``pos`` stands past it
    (in what the clause says of it); None when the clause names none, or ``pos`` is in it."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ids = clause_ids(sentence)
    start, end = clause_bounds(ids, first, last, pos)
    ws = tokens.words
    # the nearest subject before the word: a clause inside it ("a nice property is *that its
    # gradients* are smoother") names the word's own
    for inner in range(pos - 1, start, -1):
        if ws[inner] in _LEADS:
            span, _ = _subject_at(ws, inner, end)
            if span is not None and span[1] <= pos:
                return span
    span, goes_on = _subject_at(ws, start, end)
    if goes_on and start > first:
        # the clause before names the subject this one goes on with
        before = ids[start - 1 - first]
        lo = start - 1
        while lo > first and ids[lo - 1 - first] == before:
            lo -= 1
        span, _ = _subject_at(ws, lo, start)
    if span is None or pos < span[1]:
        return None
    return span


# Pronouns that stand for a thing named before (not a person, not "this" pointing at a claim).
_BACK = word_set("it they its")


def opens_on_a_pronoun(tokens: Tokens, pos: int) -> bool:
    """The clause holding ``pos`` opens (past its joining words) on "it" or "they": its
    subject is a thing named before, in this sentence or the one before it."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    clause = ids[pos - first]
    start = pos
    while start > first and ids[start - 1 - first] == clause:
        start -= 1
    ws = tokens.words
    while start < pos and ws[start] in _LEADS:
        start += 1
    return start < pos and ws[start] in _BACK


def names_an_action(subject: tuple[str, ...]) -> bool:
    """A subject naming an action is no third thing, but a practice the answer says acts on
    what the clause names: one opening on a gerund, with its object ("*adding* dimensions makes
    the data denser"), or one whose head, its last word, is a gerund ("fine-*tuning* needs more
    data and compute", "early *stopping* ..."): the question's own practice, by whatever name
    (charge57: "fine-tuning" is split into "fine tuning", whose first word is no gerund, and a
    true charge on a transfer-learning rubric that never says "fine-tuning" was lost)."""
    return bool(subject) and (_gerund(subject[0]) or _gerund(subject[-1]))


# Words in "-ing" that name a thing, not an action.
_ING_THINGS = word_set(
    "thing something anything nothing everything string spring ring king ceiling meaning"
)


def _gerund(word: str) -> bool:
    return len(word) > 4 and word.endswith("ing") and word not in _ING_THINGS


_FAMILY_LENGTH = 5  # the shortest stem read as the start of a longer one's family


def of_a_family(stem_: str, known: frozenset[str]) -> bool:
    """``stem_`` is one of ``known`` or of a word family with one ("dimens", "dimension")."""
    if stem_ in known:
        return True
    if len(stem_) < _FAMILY_LENGTH:
        return False
    return any(
        len(k) >= _FAMILY_LENGTH and (k.startswith(stem_) or stem_.startswith(k)) for k in known
    )
