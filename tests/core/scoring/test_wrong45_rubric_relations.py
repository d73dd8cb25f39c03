"""A relation the rubric's own sentences state, said the other way round by an answer, charges its
key point (issue 9, wrong45; rubric_relations.py). The pack below is written as an outside author
would write one: no contradicted_by, no misconceptions, so every reading comes from the model
answer and the key-point labels. Effects turned the wrong way, comparisons turned round and a
comparison's sides exchanged are charged; the same relation said the right way, denied, hedged,
conditioned, warned against, reported or set side by side is not."""

from __future__ import annotations

import pytest

from simulator.core.scoring.rubric_relations import (
    Relation,
    Side,
    clause_relations,
    turned_relations,
)
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize, words
from tests.core.scoring.rubric_charges import charged, one_question

PACK = """
questions:
  - id: tech.relations-test
    category: technical
    topic: statistics
    difficulty: 3
    prompt: What raises the power of a test, why is a write-back cache faster than a write-through one, and what do bagging and boosting reduce?
    time_limit_s: 120
    key_points:
      - id: sample
        label: A larger sample raises power because the standard error shrinks
        weight: 3
        phrases: [larger sample raises power]
      - id: alpha
        label: A stricter significance level (smaller alpha) lowers power
        weight: 2
        phrases: [smaller alpha lowers power]
      - id: horizon
        label: Forecast errors grow with the horizon
        weight: 1
        phrases: [errors grow with the horizon]
      - id: caches
        label: Write-back caches are faster than write-through caches, because writes reach the disk later
        weight: 2
        phrases: [write-back is faster]
      - id: ensembles
        label: Bagging reduces variance and boosting reduces bias
        weight: 2
        phrases: [bagging reduces variance]
      - id: interval
        label: A small sample gives a wide confidence interval
        weight: 1
        phrases: [small sample wide interval]
      - id: codes
        label: Frequent words get short codes
        weight: 1
        phrases: [frequent words short codes]
      - id: acknowledge
        label: A write-through cache acknowledges writes slowly
        weight: 1
        phrases: [acknowledges writes slowly]
    model_answer: >-
      Power is the chance of rejecting the null when an effect exists. A larger sample raises power,
      since the standard error shrinks. A stricter significance level (smaller alpha) lowers power.
      Forecast errors grow with the horizon. A write-back cache is faster than a write-through
      cache, because the write reaches the disk later. Bagging reduces variance and boosting
      reduces bias. A small sample gives a wide confidence interval. Frequent words get short
      codes.
"""


def _question():  # type: ignore[no-untyped-def]
    return one_question(PACK, "relations.yaml")


def _turned(text: str) -> list[int]:
    tokens = tokenize(text)
    return sorted(turned_relations(_question(), tokens, Stance(tokens)))


def _relations(text: str) -> list[Relation]:
    return clause_relations([w.lower() for w in words(text)])


def test_a_clause_states_an_effect_with_its_sides_and_sign() -> None:
    larger = _relations("A larger sample raises power")
    smaller = _relations("a smaller sample lowers the power")
    assert [(r.subject.head, r.what, r.sign, r.object.head) for r in larger] == [
        ("sampl", "moves", 1, "power")
    ]
    # less of the cause lowering the effect says what more of it raising the effect says
    assert [(r.subject, r.sign, r.object) for r in smaller] == [
        (larger[0].subject, 1, larger[0].object)
    ]
    assert _relations("errors grow with the horizon") == [
        Relation(Side("horizon", frozenset()), "moves", 1, Side("error", frozenset()))
    ]


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("A larger sample actually lowers power, because more data adds noise.", "sample"),
        ("A smaller alpha increases power.", "alpha"),
        ("Forecast errors shrink with the horizon as the noise averages out.", "horizon"),
        # a comparison turned round, and its sides exchanged
        ("A write-back cache is slower than a write-through cache.", "caches"),
        ("A write-through cache is faster than a write-back cache.", "caches"),
        # a degree said of one side only, turned
        ("A write-through cache acknowledges writes quickly, so it feels snappy.", "acknowledge"),
        # a result said with "makes", and a degree of a side the rubric names by its modifier
        ("A larger sample makes the confidence interval wider.", "interval"),
        ("Frequent words get long codes.", "codes"),
        # what the rubric says of one subject the prompt names, said of the other
        ("Boosting reduces variance by averaging many models.", "ensembles"),
    ],
)
def test_a_relation_turned_round_is_charged(text: str, point: str) -> None:
    assert point in charged(_question(), text)


@pytest.mark.parametrize(
    "text",
    [
        # the rubric's own relation, in other forms
        "A larger sample raises power because the standard error shrinks.",
        "A smaller sample lowers power.",
        "A write-through cache is slower than a write-back cache.",
        # denied, hedged, conditioned, asked, warned against, reported
        "A larger sample does not lower power.",
        "A larger sample might lower power if the extra data is noisy.",
        "When the extra users come from another population, a larger sample lowers power.",
        "Does a larger sample lower power?",
        "A common mistake is to think a larger sample lowers power; it raises it.",
        "People often say a smaller alpha increases power, which is wrong.",
        # the rubric's relation of each subject; a clause going on about an act, not the
        # sentence's subject
        "Bagging reduces variance, while boosting reduces bias.",
        "Boosting trains models in sequence on the errors, which reduces bias.",
        "A larger sample makes the confidence interval narrower.",
        "A larger sample gives a narrower confidence interval.",
        # the other case, named by another of the rubric's words
        "Rare words get long codes.",
        # a degree under a circumstance the sentence opens on
        "With a slow disk a write-through cache acknowledges writes quickly enough.",
        # set side by side
        "Unlike a write-back cache, a write-through cache is slower to acknowledge a write.",
        # the answer states the accepted relation too
        "In a noisy pilot a larger sample lowers power. In general a larger sample raises power.",
    ],
)
def test_a_relation_said_right_or_not_asserted_is_not_charged(text: str) -> None:
    assert _turned(text) == []


def test_a_rubric_that_states_a_relation_both_ways_reads_neither() -> None:
    both = one_question(
        PACK.replace(
            "Forecast errors grow with the horizon.",
            "Forecast errors grow with the horizon. Forecast errors shrink with the horizon.",
        ),
        "both.yaml",
    )
    tokens = tokenize("Forecast errors shrink with the horizon.")
    assert turned_relations(both, tokens, Stance(tokens)) == {}
