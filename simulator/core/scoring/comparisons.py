"""Comparisons: a key point's practice said to lose to something the rubric never names.

"Exact brute-force search is actually *faster than* approximate methods like HNSW", "a
classifier over every product is much *better than* embeddings", "a plain average *beats*
attention". The answer names the point only to rank it below an alternative, which a
vocabulary count reads as covering it. A key point is contradicted when its phrase is on the
losing side of such a comparison (after "better / faster / cheaper / safer / more accurate ...
than", or after "beats" / "outperforms"), and:

* the winning side names no key point of the question: "ReLU is better than sigmoid in hidden
  layers" ranks one point's practice against another's, which may well be right, and "leaf-wise
  is faster than level-wise" compares two phrases of one point;
* the rubric says the losing phrase as something to do (dismissals.py's guard: never negated,
  warned against or kept down there; "PR AUC is better than accuracy" is right when the model
  answer calls accuracy misleading);
* the speaker asserts it: not negated ("not better than"), not hedged ("can be faster than"),
  not under a condition that opens the sentence, not warned against.
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.dismissals import to_do
from simulator.core.scoring.matching import AnswerIndex, Span, compile_phrase
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, tokenize, word_set, words

_BETTER = word_set("better faster superior cheaper safer quicker")
_MORE_GOOD = word_set("accurate reliable robust efficient effective scalable informative")
_BEATS = word_set("beats beat outperforms outperform")
_MAYBE = word_set("can could might may sometimes often usually if when unless whether")
_OPENING_CONDITIONS = word_set("if unless when whenever assuming")


def comparisons(tokens: Tokens) -> list[tuple[Span, Span, str]]:
    """(winning range, losing range, comparing words) of each asserted comparison, each range
    inside one clause (end exclusive)."""
    out: list[tuple[Span, Span, str]] = []
    for sentence in tokens.sentences:
        first = sentence.first_word
        ws = tokens.words[first : sentence.last_word]
        ids = clause_ids(sentence)
        if not ws or ws[0] in _OPENING_CONDITIONS or _opening_setting(ws, ids):
            continue
        for i, w in enumerate(ws):
            if w in _BETTER and ws[i + 1 : i + 2] == ("than",):
                start, loser_from = i, i + 2
            elif w == "more" and ws[i + 1 : i + 2] and ws[i + 1] in _MORE_GOOD:
                if ws[i + 2 : i + 3] != ("than",):
                    continue
                start, loser_from = i, i + 3
            elif w in _BEATS and i > 0:
                if _required(ws, i):
                    continue
                start, loser_from = i, i + 1
            else:
                continue
            lo = start
            while lo > 0 and ids[lo - 1] == ids[start]:
                lo -= 1
            hi = loser_from
            while (
                hi < len(ws)
                and ids[hi] == ids[start]
                and not _next_predicate(ws, hi)
                and not (hi > loser_from and ws[hi] in _SETTING)
            ):
                hi += 1
            clause = ws[lo:hi]
            if any(x in _MAYBE or x in NEGATION_WORDS for x in clause) or loser_from >= hi:
                continue
            said = " ".join(ws[start:loser_from])
            out.append(((first + lo, first + start), (first + loser_from, first + hi), said))
    return out


# A requirement or test told with a modal: "the model *has to* beat a random walk after trading
# costs", "it *must* beat ...", "the strategy *needs to* outperform ...", "*the bar is that* the model
# beats ..." say what it is held to, not that it already does it (charge49: '"model" said to be
# beat "trading costs"' was charged to a correct answer).
_MUST = word_set("must should")
_TO_MODALS = word_set("has have had need needs needed ought got")
_BARS = word_set("bar goal target aim requirement criterion test threshold question")
_BAR_REACH = 8  # words back from the comparing verb to a "the bar is that" opening


def _required(ws: tuple[str, ...], i: int) -> bool:
    """The comparing verb at ``i`` is held to as a requirement, goal or test."""
    if ws[i - 1] in _MUST or (i > 1 and ws[i - 1] == "to" and ws[i - 2] in _TO_MODALS):
        return True
    before = ws[max(0, i - _BAR_REACH) : i]
    return any(
        w in _BARS
        and before[k + 1 : k + 2] in (("is",), ("was",))
        and before[k + 2 : k + 3] in (("that",), ("to",), ("whether",))
        for k, w in enumerate(before)
    )


# What the comparison holds for, after the losing side: "BERT is better than GPT *for*
# understanding tasks such as classification", "it moves faster than plain SGD *along* the
# floor": the losing side ends before it (correct28).
# ... and so does its cause or means: "DataFrames are faster than RDDs *thanks to* the Catalyst
# optimizer" credits Catalyst, it does not rank it below anything (claims39: '"dataframes" said
# to be faster than "catalyst"' was charged to a correct answer).
_SETTING = word_set(
    "for on along across in at during under when whenever where because since thanks due owing"
    " via through"
)


def _opening_setting(ws: tuple[str, ...], ids: tuple[int, ...]) -> bool:
    """The sentence opens with the setting the comparison holds in, a clause of its own ("*For
    imbalanced classes,* precision and recall are more informative than accuracy"): like an
    opening condition, it ranks the losing side only there (correct28)."""
    return ws[0] == "for" and any(c != ids[0] for c in ids[2:7])


_JOINS = word_set("and or")
_FINITE = word_set("is are was were has have can will does do")


def _next_predicate(ws: tuple[str, ...], i: int) -> bool:
    """A verb joined to the clause's subject opens at ``i`` ("a mini batch step is cheaper
    than a full batch step *and fits* on a GPU"): the losing side ends before it (claims26)."""
    if ws[i] not in _JOINS or i + 1 >= len(ws):
        return False
    w = ws[i + 1]
    if w in _FINITE:
        return True
    # a verb has its object or place after it ("fits *on*"); a plural noun ends the list
    verb = len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
    return verb and i + 2 < len(ws) and ws[i + 2] in STOPWORDS


def beaten_points(
    question: Question, index: AnswerIndex, stance: Stance
) -> dict[int, Contradiction]:
    """Key points whose phrase the answer ranks below something the rubric does not name, by
    index, each named with the comparing sentence."""
    tokens = index.tokens
    found: dict[int, Contradiction] = {}
    compared = comparisons(tokens)
    if not compared:
        return found
    spans = {
        k: [
            (span, text)
            for text in kp.phrases
            for phrase in compile_phrase(text)
            for span in index.find(phrase)
        ]
        for k, kp in enumerate(question.key_points)
    }
    every = [span for found_spans in spans.values() for span, _ in found_spans]
    for n, (winner, loser, said) in enumerate(compared):
        if any(winner[0] <= s[0] and s[1] <= winner[1] for s in every):
            continue  # one point ranked against another: maybe right
        if _answers_an_earlier(tokens, winner, compared[:n]):
            continue  # "X is cheaper than Y, *though Y* is more effective than Z": weighed back
        if _pronoun_for_the_asked(question, tokens, winner):
            continue  # "Beam search is ... . *It* is better than greedy decoding"
        if _in_model_answer(question, tokens.words[winner[0] : winner[1]]):
            continue  # the model answer names the winner too ("prefer built in functions")
        if _the_asked_subject(question, tokens.words[winner[0] : winner[1]]):
            continue  # the asked method ranked above a rival method the loser names
        if _weighed_back(tokens, loser):
            continue  # "X is cheaper than Y, but Y is more accurate": a trade-off, no ranking
        for k in range(len(question.key_points)):
            if k in found:
                continue
            for span, text in spans[k]:
                inside = loser[0] <= span[0] and span[1] <= loser[1]
                if inside and not stance.warned(span) and to_do(question, k, text):
                    sentence = tokens.sentences[tokens.sentence_of[span[0]]].text
                    won = " ".join(w for w in tokens.words[winner[0] : winner[1]])
                    lost = " ".join(tokens.words[span[0] : span[1]])
                    found[k] = Contradiction(f'"{_trim(won)}" said to be {said} "{lost}"', sentence)
                    break
    return found


_DEGREE = word_set("much far way actually even lot generally always simply")


def _trim(text: str) -> str:
    """The winning side without the small and degree words at its edges."""
    ws = text.split()
    while ws and ws[0] in STOPWORDS:
        ws.pop(0)
    while ws and (ws[-1] in STOPWORDS or ws[-1] in _DEGREE):
        ws.pop()
    return " ".join(ws) or text


_CONTRASTS = word_set("but though although while whereas yet")
_COMPARATIVES = word_set("more better less worse")
# "X is cheaper than k fold *but noisier*", "... *but gives a similar* averaging effect": the
# other way round in its own comparative, or an equal (claims40: correct comparisons of a
# concept with its neighbours were charged with the loser's key point).
_WEIGHING = word_set(
    "slower worse harder weaker riskier costlier larger smaller higher lower longer shorter"
    " looser stricter coarser cruder rougher similar comparable same equal equivalent"
)


def _comparative_or_equal(word: str) -> bool:
    return (
        word in _COMPARATIVES
        or word in _BETTER
        or word in _WEIGHING
        or (len(word) > 5 and word.endswith("ier"))
    )


_PRONOUNS = word_set("it this they")


def _answers_an_earlier(
    tokens: Tokens, winner: Span, earlier: list[tuple[Span, Span, str]]
) -> bool:
    """The winning side opens on a contrast and names what an earlier comparison in its
    sentence ranked below: "Dropout is cheaper to add than collecting more data, *though more
    data* is more effective than any penalty" weighs the first ranking back, a trade-off."""
    ws = tokens.words
    if winner[0] >= winner[1] or ws[winner[0]] not in _CONTRASTS:
        return False
    mine = {tokens.stems[p] for p in range(winner[0], winner[1]) if ws[p] not in STOPWORDS}
    sentence = tokens.sentence_of[winner[0]]
    if any(
        tokens.sentence_of[lost[0]] == sentence
        and mine & {tokens.stems[p] for p in range(lost[0], lost[1]) if ws[p] not in STOPWORDS}
        for _, lost, _ in earlier
    ):
        return True
    # ... or what the sentence compared before it in a form the reader does not rank ("cheaper
    # *to add than* collecting more data")
    first = tokens.sentences[sentence].first_word
    than = [p for p in range(first, winner[0]) if ws[p] == "than"]
    return bool(than) and bool(
        mine & {tokens.stems[p] for p in range(than[0], winner[0]) if ws[p] not in STOPWORDS}
    )


def _pronoun_for_the_asked(question: Question, tokens: Tokens, winner: Span) -> bool:
    """The winning side is a pronoun opening its sentence, and the sentence before opens on
    the asked subject in the prompt's words: "Beam search is a decoding algorithm ... . *It* is
    better than greedy decoding" ranks the asked method, as ``_the_asked_subject`` reads it
    named (claims40)."""
    ws = [w for w in tokens.words[winner[0] : winner[1]] if w not in _LINK_VERBS]
    at = tokens.sentence_of[winner[0]]
    if ws[:1] not in (["it"], ["this"], ["they"]) or len(ws) > 1 or at == 0:
        return False
    if winner[0] != tokens.sentences[at].first_word:
        return False
    before = tokens.sentences[at - 1]
    opening: list[str] = []
    for p in range(before.first_word, before.last_word):
        w = tokens.words[p]
        if w in _LINK_VERBS:
            break
        if w not in STOPWORDS:
            opening.append(w)
    return _the_asked_subject(question, tuple(opening))


_LINK_VERBS = word_set("is are was were has have does do uses works")


def _weighed_back(tokens: Tokens, loser: Span) -> bool:
    """After the losing side, a contrast and a comparative: the sentence weighs the two both
    ways ("popularity ranking is cheaper and faster than nearest neighbour search, *but* the
    search is far *more* personal"), a trade-off, not a practice ranked below another
    (claims39: correct answers comparing a concept with its neighbours in both directions were
    charged with the loser's key point)."""
    last = tokens.sentences[tokens.sentence_of[loser[0]]].last_word
    ws = tokens.words
    turn = next((p for p in range(loser[1], last) if ws[p] in _CONTRASTS), None)
    if turn is None:
        return False
    return any(_comparative_or_equal(ws[p]) for p in range(turn + 1, last))


def _the_asked_subject(question: Question, winner: tuple[str, ...]) -> bool:
    """The winning side is the asked subject itself, said in the prompt's own words: "*matrix
    factorization* is more accurate than item-based nearest neighbours on sparse data". The
    losing side is then a rival method, and a key point's phrase inside it names that method,
    not the point's practice (claims39: the serving point's "nearest neighbour search" was
    charged to a correct answer comparing the asked method with its neighbour). At least two
    content words: a single one ("it", "adam") may stand for anything the sentence before
    names."""
    ws = [w for w in _trim(" ".join(winner)).split() if w not in STOPWORDS]
    if len(ws) < 2:
        return False
    prompt = {stem(w) for w in words(question.prompt)}
    return all(stem(w) in prompt for w in ws)


def _in_model_answer(question: Question, winner: tuple[str, ...]) -> bool:
    """The winning side, two content words at least, said word for word in the model answer:
    the rubric names it, so the comparison may well be the rubric's own ("built in functions
    are faster than Python UDFs")."""
    ws = _trim(" ".join(winner)).split()
    if sum(w not in STOPWORDS for w in ws) < 2:
        return False
    said = " ".join(tokenize(question.model_answer).words)
    return f" {' '.join(ws)} " in f" {said} "
