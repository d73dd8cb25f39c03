"""Which shipped behavioral theme a story's words lean to, as a whole (relevance.py's second
opinion, next to the intent phrases).

Intent phrases are single sightings: a story about an incident says "in time" once, and a story
that answers "a colleague convinced me I was wrong" in its own words may say none of them. This
weighs every content word of the story against every behavioral question's rubric (the prompt,
the intent's label and phrases, what each STAR part should hold, the key points and the
competency): TF-IDF over the 34 rubrics, so a word that many rubrics share ("model", "team")
counts for little and one that few say ("nurses", "estimate", "debt") for much. The model answer
is left out: it is one example story, and its details (a fraud model, a grocery chain) would
pull other stories about the same domain to that question.

Measured on the read STAR sets (rounds 7 and 8, calibration, dev rounds 5-7, round 3; 134
stories on their own question, 37 told for another): the asked question is the closest rubric
for 85 of 134 relevant stories and among the three closest for 112; for an off-question story
the question it was told for is the closest for 1 of 37 and among the three closest for 6.
On its own it is too weak to call a story off the question (a relevant story ranks its question
tenth or lower one time in ten), so relevance.py uses it only to settle the cases its phrases
leave open: which theme a story is really about when the asked one is said in passing.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Mapping

from simulator.core.questions import Question
from simulator.core.scoring.text import STOPWORDS, Tokens, tokenize

Vector = Mapping[str, float]


def rubric_text(question: Question) -> str:
    """What a question asks, as one text: prompt, competency, intent, STAR fields, key points
    (the model answer left out, see above)."""
    parts = [question.prompt, question.competency or ""]
    if question.intent is not None:
        parts += [question.intent.label, " ".join(question.intent.phrases)]
    if question.star is not None:
        star = question.star
        parts += [star.situation, star.task, star.action, star.result]
    for kp in question.key_points:
        parts += [kp.label, " ".join(kp.phrases)]
    return " ".join(parts)


def word_bag(tokens: Tokens) -> Counter[str]:
    return Counter(
        s
        for w, s in zip(tokens.words, tokens.stems, strict=True)
        if w not in STOPWORDS and len(s) > 2
    )


class Weighed(dict[str, float]):
    """A weighed vector (``weigh``) that knows where each of its words stands, so ``cosine``
    with a vector of fewer words reads the words the two share instead of all of its own (a
    short answer against every shipped rubric was a fifth of its scoring, suite44) and adds
    their products in its own order: the same sum, to the last bit, as reading every word."""

    __slots__ = ("_places",)

    def places(self) -> dict[str, int]:
        """Each word's place among the vector's words, built on first use (two threads racing
        build the same table; either is kept)."""
        try:
            return self._places
        except AttributeError:
            self._places: dict[str, int] = {s: n for n, s in enumerate(self)}
            return self._places


def weigh(bag: Counter[str], idf: Mapping[str, float]) -> Weighed:
    vector = {s: (1 + math.log(n)) * idf[s] for s, n in bag.items() if s in idf}
    norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
    return Weighed({s: x / norm for s, x in vector.items()})


# Read-only to every caller: what is built is cached and read by several scoring threads.
Rubrics = tuple[Mapping[str, float], Mapping[str, Vector]]
_BUILT: dict[tuple[str, ...], Rubrics] = {}
_BUILT_LOCK = threading.Lock()  # stories are scored on several compute threads (review33)


def _rubrics(themes: tuple[Question, ...]) -> Rubrics:
    """The themes' IDF and rubric vectors, built once per set of themes (by their ids: the
    shipped themes are loaded once, see relevance.story_themes)."""
    key = tuple(q.id for q in themes)
    with _BUILT_LOCK:
        built = _BUILT.get(key)
    if built is None:
        built = _build(themes)
        with _BUILT_LOCK:
            built = _BUILT.setdefault(key, built)
    return built


def _build(themes: tuple[Question, ...]) -> Rubrics:
    return build_vectors({q.id: rubric_text(q) for q in themes})


def build_vectors(texts: dict[str, str]) -> Rubrics:
    """The IDF over ``texts`` (rubric texts by question id) and each one's weighed vector."""
    bags = {qid: word_bag(tokenize(text)) for qid, text in texts.items()}
    df = Counter(s for bag in bags.values() for s in bag)
    idf = {s: math.log(len(bags) / n) for s, n in df.items()}
    return idf, {qid: weigh(bag, idf) for qid, bag in bags.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two weighed (unit-length) vectors: their dot product."""
    if isinstance(b, Weighed) and len(a) < len(b):
        # the words both say, in ``b``'s order: each word only ``b`` says adds 0.0, which
        # leaves the sum as it is (and makes it 0.0 when no word is shared)
        places = b.places()
        shared = sorted((s for s in a if s in places), key=places.__getitem__)
        return sum(a[s] * b[s] for s in shared) if shared else 0.0
    return sum(a.get(s, 0.0) * x for s, x in b.items())


def closeness(tokens: Tokens, themes: tuple[Question, ...]) -> dict[str, float]:
    """Cosine of the story's words with each theme's rubric (0..1), by question id."""
    return closeness_to(tokens, _rubrics(themes))


def closeness_to(tokens: Tokens, built: Rubrics) -> dict[str, float]:
    """Cosine of the story's words with each rubric of ``built`` (``build_vectors``)."""
    idf, rubrics = built
    story = weigh(word_bag(tokens), idf)
    return {qid: cosine(story, rubric) for qid, rubric in rubrics.items()}


def rank_of(question_id: str, tokens: Tokens, themes: tuple[Question, ...]) -> int | None:
    """Where ``question_id``'s rubric ranks among the themes for this story (1: closest);
    None when it is not one of them (a question of the user's own pack)."""
    near = closeness(tokens, themes)
    if question_id not in near:
        return None
    mine = near[question_id]
    return 1 + sum(1 for v in near.values() if v > mine)
