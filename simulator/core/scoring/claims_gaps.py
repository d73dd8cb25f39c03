"""The words between a rubric claim's own words: do they keep it one statement?

A wrong claim is matched with a few other words between its own ("lightgbm grows *the* trees
level wise"). Those words must not take the claim's later words from another statement: its
subject and its predicate are in one clause, or joined on the same subject. A gap breaks the
claim when it holds (issue 9, clause25):

* a word that opens another clause: a contrast or a subordinate clause ("the GRU*, because it*
  has three gates" is no "gru has three gates"), unless a pronoun after it takes up the subject
  that opens the sentence ("Naive Bayes is called naive *because it* ignores the prior");
* a relative pronoun with a verb of its own ("the hyperplane *that maximizes* the minimum
  margin" is no "the hyperplane with the smallest margin"; "that has" is the claim's own);
* a new subject with its own verb and predicate ("entropy is highest when *the classes are
  mixed* and zero when the node is pure"; "the model *is split*" is the claim in the passive);
* a word that turns the claim's noun round ("the direction of the *negative* gradient");
* a low degree of a direction the claim names by its noun: "the boundary passes through *low*
  density regions" is the sparse side, no "the boundary passes through dense regions" (a correct
  follow-up answer was charged that claim in walkthrough 44, its score 75 -> 23);
* a quotient that makes the claim's later words one of its terms: "IDF is the log of *N over*
  the number of documents containing the term" is no "idf is the number of documents
  containing the term" ("divided", "ratio", "fraction", "proportion", or "over" right after a
  number, a one-letter symbol or "one"; fix28).

A word the claim says itself ("when" in "entropy is highest when the node is pure") breaks
nothing.
"""

from __future__ import annotations

from simulator.core.scoring.opposite_pairs import OPPOSITE_PAIRS
from simulator.core.scoring.stance import TURNED_ROUND, clause_ids
from simulator.core.scoring.text import NEGATIONS, STOPWORDS, Tokens, word_set

Span = tuple[int, int]

# Not "when": a claim's own condition often follows it ("the learning rate never needs to
# change *when* you change the batch size").
_OPENERS = word_set(
    "whereas while but although though because since unless if however yet rather instead"
)
_TURNING = word_set("negative opposite inverse reverse minus reciprocal")
# "unsupervised learning uses data *without* labels" is no "unsupervised learning uses labels":
# a denial inside the claim's gap takes away the words after it (wrong28).
_DENYING_GAP = word_set("without")
# A low degree of a direction said by its noun ("low density", "little sparsity") is the other
# side; "high density" is the side itself and breaks nothing.
_LOW_DEGREE = word_set("low lower lowest little less least minimal reduced")
_SIDE_OF = {
    w: (n, side)
    for n, pair in enumerate(OPPOSITE_PAIRS)
    for side, words_ in enumerate(pair)
    for w in words_.split()
}
_DEGREE_NOUNS = frozenset(w for w in _SIDE_OF if w.endswith(("ity", "ness", "ence", "ance")))
_QUOTIENT = word_set("divided ratio fraction proportion")
# A conditioning word after another object in the gap makes the claim's later words the
# condition, not the object: "the probability of *the data given* the parameters" is no
# "the probability of the parameters" (charge32, a dev set's correct warning).
_CONDITIONING = word_set("given conditional conditioned under")
# "the M step computes *each mean as* the responsibility weighted average": the verb has its own
# object in the gap, and what follows "as" describes that object; the claim's later words are
# said of it, not the verb's object ("the m step computes the responsibilities", claims40).
_AS_ROLE = word_set("as")
_NUMERATORS = word_set("one total")


def _quotient(ws: tuple[str, ...], p: int, in_gap: set[int]) -> bool:
    """The gap word at ``p`` opens a quotient: "divided", "ratio", ..., or "over" right after a
    number, a one-letter symbol or "one" also in the gap ("log of *N over* the number")."""
    if ws[p] in _QUOTIENT:
        return True
    if ws[p] != "over" or p - 1 not in in_gap:
        return False
    before = ws[p - 1]
    return before.isdigit() or (len(before) == 1 and before.isalpha()) or before in _NUMERATORS


_RELATIVE = word_set("that which who whose")
# Verbs a relative clause may carry that keep the claim's own statement ("the hyperplane *that
# has* the smallest margin" says "with the smallest margin").
_LIGHT = word_set("is are was were has have had gives give yields yield uses use")
_SUBJECTS = word_set("the a an it they this these those its their")
_FINITE = word_set("is are was were has have does do can will")
_AND = word_set("and or")
_DETERMINERS = word_set("the a an its their")
_SUBJECT_REACH = 3  # words from a new subject's article to its verb ("the classes are")


def _verb_like(w: str) -> bool:
    return (len(w) > 3 and w.endswith("s") and not w.endswith("ss")) or w.endswith("ed")


_GOES_ON = word_set("it they")


def _same_subject_goes_on(tokens: Tokens, span: Span, p: int, in_gap: set[int]) -> bool:
    """After the clause word a pronoun takes up the claim's subject, which opens the sentence
    ("Naive Bayes is called naive *because it* ignores the prior"), not a noun the sentence
    says later ("more parameters than the GRU*, because it* has three gates": the LSTM)."""
    if p + 1 not in in_gap or tokens.words[p + 1] not in _GOES_ON:
        return False
    first = tokens.sentences[tokens.sentence_of[span[0]]].first_word
    return all(w in _SUBJECTS for w in tokens.words[first : span[0]])


def gap_breaks(tokens: Tokens, span: Span, own_positions: set[int], own_words: set[str]) -> bool:
    """The words of ``span`` that are not the claim's (``own_positions``) break it into two
    statements. ``own_words``: the claim's words as written (a claim may say "when" itself)."""
    ws = tokens.words
    gap = [p for p in range(span[0], span[1]) if p not in own_positions]
    in_gap = set(gap)
    for p in gap:
        w = ws[p]
        if w in _SUBJECTS:
            # its predicate in the gap too: "the model *is split*" (split the claim's own) is
            # the claim said in the passive
            for q in range(p + 2, min(span[1], p + 2 + _SUBJECT_REACH)):
                if q in in_gap and q + 1 in in_gap and ws[q] in _FINITE and ws[q] not in own_words:
                    return True
        if w in own_words:
            continue
        if w in _TURNING or w in _DENYING_GAP or _quotient(ws, p, in_gap):
            return True
        if w in _LOW_DEGREE and _low_degree_of_own(ws, p + 1, span, own_words):
            return True
        if w in _CONDITIONING | _AS_ROLE and any(
            ws[q] not in STOPWORDS and ws[q] not in own_words for q in gap if q < p
        ):
            return True  # "the probability of *the data given* the parameters" (charge32)
        if w in _OPENERS and not _same_subject_goes_on(tokens, span, p, in_gap):
            return True
        if (
            w in _AND
            and p + 2 in in_gap
            and ws[p + 1] not in own_words
            and ws[p + 1] not in _SUBJECTS
            and ws[p + 2] in _DETERMINERS
        ):
            return True  # "on the validation set *and keep the* test set": a new verb
        if w in _RELATIVE and p + 1 in in_gap:
            after = ws[p + 1]
            if after not in _LIGHT and after not in own_words and _verb_like(after):
                return True
    return False


def _low_degree_of_own(ws: tuple[str, ...], at: int, span: Span, own_words: set[str]) -> bool:
    """The noun at ``at``, after a low-degree word, names the direction one of the claim's own
    words says ("low *density*" for the claim's "dense"), whether it was matched as the claim's
    word or stands in the gap beside a looser match."""
    side = _SIDE_OF.get(ws[at]) if at < span[1] and ws[at] in _DEGREE_NOUNS else None
    return side is not None and any(_SIDE_OF.get(w) == side for w in own_words)


# Conditions inside a sentence ("..., but only *if* missing values are always random, which is
# rare", "the CLT would be useless *if* the data itself became normal"): "when" is left out,
# for "when" there often says where a claim holds ("k-means fails when clusters are ...").
_INSIDE_PREMISES = frozenset(("if", "unless", "assuming", "suppose", "supposing", "provided"))
_PREMISE_LEAD = frozenset(("only", "even"))
_ARTICLES = frozenset(("a", "an", "the"))


def supposed_in_mid_sentence(tokens: Tokens, span: Span) -> bool:
    """The claim is the condition of a clause in mid-sentence: a condition word stands right
    before it (past "only" / "even"), not at the sentence's start."""
    first = tokens.sentences[tokens.sentence_of[span[0]]].first_word
    at = span[0] - 1
    while at > first and tokens.words[at] in _ARTICLES:
        at -= 1
    if at > first and tokens.words[at] in _PREMISE_LEAD:
        at -= 1
    return at > first and tokens.words[at] in _INSIDE_PREMISES


# Words before a claim's subject that name no other thing ("*standard* PCA is linear").
_PLAIN = word_set(
    """standard plain vanilla classic classical regular basic ordinary traditional simple normal
    usual yes well so also actually basically now then first second finally next again still
    always never only just even both each every all"""
)
# Words that join or frame a clause, never part of a name ("*since* spam is the same ...").
_NO_NAME = word_set(
    """since whereas although though unless until after before whether thus hence therefore
    think believe say says know knows means mean yes no because so that which when where while
    as and or but if then than also one two three four five six seven eight nine ten single
    many most some any other same whole full entire new very fully several few each every"""
)
_COMPOUND_REACH = 2  # modifier words of a longer name ("*mini batch* gradient descent")


def compound_subject(
    tokens: Tokens,
    span: Span,
    own: set[str],
    asked: frozenset[str] = frozenset(),
    head: str = "",
) -> bool:
    """The claim's first word is the head of a longer name the answer gives its subject, at
    the start of its clause or after an article: "*Kernel* PCA captures nonlinear structure"
    is said of kernel PCA, not of PCA; "*mini batch* gradient descent uses a random subset" of
    mini-batch descent (claims26). Not past a verb, an adverb or a pronoun ("I think PCA
    ...", "adding more data reduces ...", "honestly, PCA ..."), a number or a quantity ("the
    *three* gates use ReLU"), nor past a word of the question (``asked``, stems): "*gradient*
    boosting trains trees in parallel", "the *ROC* AUC measures calibration", "*dropout*
    permanently removes neurons" are said of what the question asks about. A claim about a
    kind in the plural (``head``, its first word: "gates use relu") holds of each member the
    answer names in the singular ("the forget gate uses a ReLU")."""
    if head.endswith("s") and not head.endswith("ss") and tokens.words[span[0]] != head:
        return False
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    clause = ids[span[0] - first]
    ws = tokens.words
    p, mods = span[0] - 1, 0
    while p >= first and mods <= _COMPOUND_REACH and ids[p - first] == clause:
        w = ws[p]
        if w in _PLAIN and mods:
            p -= 1  # "a *plain* linear SVM": past it to what opens the name
            continue
        if (
            w in STOPWORDS
            or w in _NO_NAME
            or w in _PLAIN
            or w in TURNED_ROUND
            or w in NEGATIONS
            or w.endswith(("ly", "ing", "ed"))
            or not w.isalpha()
        ):
            break
        if tokens.stems[p] in asked:
            return False
        if mods == _COMPOUND_REACH:
            return False  # a third word: no name's modifiers ("i think adding PCA ...")
        mods += 1
        p -= 1
    if not mods:
        return False
    return p < first or ids[p - first] != clause or ws[p] in ("a", "an", "the")
