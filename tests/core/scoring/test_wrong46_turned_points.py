"""A sentence that says a key point's own words turned round earns that point nothing (issue 9,
wrong46; turned_points.py).

A verbose-wrong answer earned points by their terms: "Add-one smoothing moves too little
probability mass to unseen events" was credited with the point "moves too much probability mass
to unseen events". The credit is withheld, never charged: the answer is not told it contradicted
anything, and any other sentence that says the point still earns it. The correct sentences
below (the point itself, a comparison, a hedge, a warning, two turned ends of one relation,
another subject, an idiom) keep their credit.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import KeyPoint, Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.scoring.turned_points import point_units, turned_sentences
from simulator.core.transcript import Transcript

_QUESTION = Question(
    id="tech.test-smoothing",
    category="technical",
    topic="nlp",
    difficulty=2,
    prompt="How does add-one smoothing work for n-gram language models, and what are its limits?",
    time_limit_s=120,
    key_points=[
        KeyPoint(
            id="add-one",
            label="Add-one smoothing adds a count to every n-gram, but moves too much "
            "probability mass to unseen events",
            weight=3,
            phrases=["add one", "too much probability mass", "unseen events"],
        ),
        KeyPoint(
            id="memory",
            label="Memory use grows with the vocabulary size",
            weight=1,
            phrases=["memory use"],
        ),
    ],
    model_answer=(
        "Add-one smoothing adds a count to every n-gram, so no n-gram has probability zero, but "
        "it moves too much probability mass to unseen events. Memory use grows with the "
        "vocabulary size."
    ),
)


def _turned(text: str) -> dict[str, list[str]]:
    tokens = tokenize(text)
    found = turned_sentences(_QUESTION, tokens, Stance(tokens))
    return {
        _QUESTION.key_points[k].id: [tokens.sentences[s].text for s in sorted(ss)]
        for k, ss in enumerate(found)
        if ss
    }


def test_the_label_is_read_for_its_directions_and_the_words_beside_them() -> None:
    (unit,) = point_units(_QUESTION.key_points[0].label)
    assert unit.after == {"probabl", "mass"}


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Add-one smoothing moves too little probability mass to unseen events.", "add-one"),
        ("Memory use shrinks with the vocabulary size.", "memory"),
    ],
)
def test_a_point_said_turned_round_is_read(text: str, point: str) -> None:
    assert _turned(text) == {point: [text]}


@pytest.mark.parametrize(
    "text",
    [
        # the point itself
        "Add-one smoothing moves too much probability mass to unseen events.",
        # denied, hedged, conditioned, warned against, asked
        "Add-one smoothing does not move too little probability mass to unseen events.",
        "Add-one smoothing might move too little probability mass to unseen events.",
        "If the counts are huge, add-one moves too little probability mass to unseen events.",
        "A common mistake is to think add-one moves too little probability mass to unseen events.",
        "Does add-one smoothing move too little probability mass to unseen events?",
        # a comparison: the other side of it
        "Add-one moves more mass than Good-Turing, which moves less probability mass to unseen "
        "events.",
        # two turned ends of one relation say the point again
        "A smaller vocabulary means less memory use.",
        # another subject of the prompt said before it
        "Unlike add-one, Kneser-Ney smoothing moves less probability mass to unseen events.",
    ],
)
def test_correct_sentences_are_not_read(text: str) -> None:
    assert _turned(text) == {}


def test_the_turned_sentence_earns_nothing_and_is_not_charged() -> None:
    wrong = (
        "Add-one smoothing adds one to every count. It moves too little probability mass to "
        "unseen events, which is why it is the most conservative choice."
    )
    score = score_answer(_QUESTION, Transcript(wrong))
    point = next(k for k in score.key_points if k.id == "add-one")
    assert point.evidence is None or "too little" not in point.evidence
    assert point.contradiction is None
    assert not score.misconceptions


def test_another_sentence_saying_the_point_still_earns_it() -> None:
    text = (
        "Add-one smoothing moves too little probability mass to unseen events, people say. "
        "In fact add-one smoothing adds a count to every n-gram and moves too much probability "
        "mass to unseen events."
    )
    score = score_answer(_QUESTION, Transcript(text))
    point = next(k for k in score.key_points if k.id == "add-one")
    assert point.credit > 0
    assert point.evidence is not None and "too much" in point.evidence
