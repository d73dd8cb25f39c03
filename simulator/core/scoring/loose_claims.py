"""Rubric claims said in the answer's own order of words, with other words between.

The rubric's wrong claims (``contradicted_by``, misconception phrases) match word for word with
only small words between (contradiction.py, content.py). A confidently wrong answer says them
at greater length: "you should compare them with Euclidean distance on the *raw pixel*
values" for "compare raw pixels", "it trains the trees in parallel" for "xgboost trains trees
in parallel". Here a claim of three or more content words matches when all of them occur, in
the claim's order, inside one clause of the answer and within ``EXTRA_WORDS`` more words.

Looser matching reads more into an answer, so each match must also pass what a careful reader
checks before calling a sentence the speaker's own wrong claim:

* the clause is not hedged ("might", "can", "if"), the sentence does not open with a condition,
  and the claim is not said inside a warning ("a common mistake is to ...", "... would leak");
* the clause denies it exactly when the claim does (a "not" in the clause but not in the claim
  says the opposite, and the other way round);
* nothing between the claim's words names the other side of one of its terms: "type one is a
  false *positive* and type two a false negative" does not say "type one is a false negative".

The claim keeps its small words that carry the claim ("is", "just", "only", "can": "a feature
store is *just* a database" is not "a feature store is a database for features"), and a claim
whose words the rubric's own sentences say in the same loose way (the model answer "grows trees
leaf-wise rather than level-wise" against "lightgbm grows trees level wise") is left to the
word-for-word matching: its words alone cannot tell the wrong claim from the accepted one.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.contradiction import Contradiction, _mentions, _named_sides
from simulator.core.scoring.counterparts import counterpart_between
from simulator.core.scoring.matching import CLAIM_DROP
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, tokenize, word_set, words

EXTRA_WORDS = 8  # words beyond the claim's own that may stand between them
MIN_CONTENT = 3  # shorter claims are too easily met by chance
_HEDGES = word_set(
    "if unless whether depends depend might may could sometimes possibly perhaps maybe can"
    " assuming suppose"
)
_OPENING_CONDITIONS = word_set("if unless when whenever assuming suppose")
_WARNINGS = frozenset(
    stem(w)
    for w in word_set(
        "mistake mistaken myth misconception pitfall fallacy trap wrong incorrect naive"
        " naively tempting misread misleading wrongly"
    )
)
_NEGATED = NEGATION_WORDS - {"without"}


@lru_cache(maxsize=4096)
def _claim(text: str) -> tuple[tuple[str, ...], bool, int]:
    """The claim's stems in order (articles and prepositions left out), whether it denies
    something, and how many of its words are content words."""
    ws = words(text)
    stems = tuple(stem(w) for w in ws if w not in CLAIM_DROP and w not in NEGATION_WORDS)
    content = sum(1 for w in ws if w not in STOPWORDS and w not in NEGATION_WORDS)
    return stems, any(w in _NEGATED for w in ws), content


@lru_cache(maxsize=256)
def _accepted_says(accepted: tuple[str, ...], text: str) -> bool:
    """One of the rubric's accepted sentences holds the claim's words in the loose way."""
    want = _claim(text)[0]
    for sentence_text in accepted:
        tokens = tokenize(sentence_text)
        for sentence in tokens.sentences:
            ids = clause_ids(sentence)
            for clause in set(ids):
                pos = [
                    sentence.first_word + i for i in range(sentence.word_count) if ids[i] == clause
                ]
                at = _in_order(tuple(tokens.stems[p] for p in pos), want)
                if at is not None and at[-1] - at[0] + 1 <= len(want) + EXTRA_WORDS:
                    return True
    return False


def _in_order(stems: tuple[str, ...], want: tuple[str, ...]) -> list[int] | None:
    """Positions (in ``stems``) of ``want`` in order, each the earliest after the previous,
    starting from every occurrence of the first; the tightest such run."""
    best: list[int] | None = None
    for start, s in enumerate(stems):
        if s != want[0]:
            continue
        at = [start]
        for w in want[1:]:
            nxt = next((j for j in range(at[-1] + 1, len(stems)) if stems[j] == w), None)
            if nxt is None:
                break
            at.append(nxt)
        if len(at) == len(want) and (best is None or at[-1] - at[0] < best[-1] - best[0]):
            best = at
    return best


def _said(tokens: Tokens, stance: Stance, text: str) -> tuple[int, str] | None:
    """(first token, sentence) where the answer asserts the claim loosely, or None."""
    want, denies, content = _claim(text)
    if content < MIN_CONTENT:
        return None
    own = set(words(text))
    others = [pair[1 - side] for pair, side in _named_sides(text)]
    for sentence in tokens.sentences:
        ws = tokens.words[sentence.first_word : sentence.last_word]
        if not ws or ws[0] in _OPENING_CONDITIONS:
            continue
        ids = clause_ids(sentence)
        for clause in sorted(set(ids)):
            pos = [sentence.first_word + i for i in range(sentence.word_count) if ids[i] == clause]
            stems = tuple(tokens.stems[p] for p in pos)
            at = _in_order(stems, want)
            if at is None or at[-1] - at[0] + 1 > len(want) + EXTRA_WORDS:
                continue
            span = (pos[at[0]], pos[at[-1]] + 1)
            clause_words = [tokens.words[p] for p in pos]
            if any(w in _HEDGES and w not in own for w in clause_words):
                continue
            upto = [tokens.words[p] for p in pos if p < span[1]]
            if any(w in _NEGATED for w in upto) != denies:
                continue
            before = tokens.stems[sentence.first_word : span[0]]
            if any(s in _WARNINGS for s in before) or stance.warned((span[0], span[0] + 1)):
                continue
            if stance.warned(span) or counterpart_between(tokens, span, want):
                continue
            if any(span[0] <= m < span[1] for side in others for m in _mentions(tokens, side)):
                continue
            return span[0], sentence.text
    return None


def loose_claims(
    question: Question,
    tokens: Tokens,
    stance: Stance,
    contradicted: set[int],
    charged_ids: set[str | None],
) -> tuple[dict[int, Contradiction], list[MisconceptionHit]]:
    """Key points whose ``contradicted_by`` claims, and misconceptions whose phrases, the
    answer asserts loosely; points already contradicted and misconceptions already charged are
    left as they are."""
    accepted = (
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(m.correction for m in question.misconceptions),
    )
    points: dict[int, Contradiction] = {}
    for k, kp in enumerate(question.key_points):
        if k in contradicted:
            continue
        for text in kp.contradicted_by:
            if _accepted_says(accepted, text):
                continue
            hit = _said(tokens, stance, text)
            if hit is not None:
                points[k] = Contradiction(f'"{text}"', hit[1])
                break
    found: list[MisconceptionHit] = []
    for mis in question.misconceptions:
        if mis.id in charged_ids:
            continue
        for text in mis.phrases:
            if _accepted_says(accepted, text):
                continue
            hit = _said(tokens, stance, text)
            if hit is not None:
                found.append(MisconceptionHit(mis.id, text, hit[1], mis.correction))
                break
    return points, found
