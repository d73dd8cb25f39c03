"""A business function's name is also a thing's (issue 9, round 45, rel45: intent_phrases.
_said_of_people). The cross-functional theme's phrases are the functions' names ("design",
"legal", "sales", "finance", "warehouse"), and a story framed by them was read as one about
working with people of other functions: a critical-feedback story about "my design review",
a mistake story about "the sales table" and "our warehouse". A name that is also a thing's
says the function only where it stands for its people: a head naming people after it, a verb
after it, one of a list of parties, or last after "with" / "from" ("legal", "compliance" and
"marketing" name the function anyway). Stories written for this test."""

from __future__ import annotations

import pytest

from simulator.core.scoring.intent_phrases import framing_ways, index_of, said_at, story_themes
from simulator.core.scoring.text import tokenize


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our legal team now uses the report as a template.", "legal"),
        ("Legal reviewed every field the model used.", "legal"),
        ("The legal review took a month.", "legal"),
        ("Legal, support operations and product all had a say in it.", "operations"),
        ("Finance wanted the scores every morning.", "finance"),
        ("I agreed the wording with legal on Monday.", "legal"),
        ("Later that week I worked with finance.", "finance"),
        ("The finance office paid for the extra nurses.", "finance"),
        ("Sales wanted the scores by Friday.", "sales"),
        ("The sales reps stopped calling the cold leads.", "sales"),
        ("I met the design team every Tuesday.", "design"),
    ],
)
def test_a_function_named_as_its_people_is_said(text: str, name: str) -> None:
    assert said_at(index_of(tokenize(text)), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My first design review went badly.", "design"),
        ("He said my design was right but hard to follow.", "design"),
        ("I wrote a design for the new feature store.", "design"),
        ("During the holiday sale the model slowed down.", "sales"),
        ("The sales table was late every Monday.", "sales"),
        ("Sales per visit rose by two percent.", "sales"),
        ("The data sat in our warehouse for a week.", "warehouse"),
        ("It scored small business loans before a person saw them.", "business"),
    ],
)
def test_a_function_named_as_a_thing_is_not_said(text: str, name: str) -> None:
    assert not said_at(index_of(tokenize(text)), name)


DESIGN_FEEDBACK = [
    (
        "situation",
        "At my first design review the principal engineer said my design was unreadable.",
    ),
    ("situation", "He added that my design documents buried the business case under background."),
    ("task", "I had to present the next one to the whole group two weeks later."),
    ("action", "I asked him which of my documents had been hardest to read and why."),
    ("action", "I rewrote the next one with the decisions first and the background last."),
    ("result", "The next design review took half the time, and I still open with decisions."),
]

SALES_TABLE = [
    ("situation", "I dropped a column from the sales table that looked unused."),
    ("situation", "The finance dashboards built on the warehouse broke the next morning."),
    ("task", "It was my change, so I had to put it right before the Monday numbers."),
    ("action", "I restored the column from the warehouse backup within the hour."),
    (
        "result",
        "The sales figures were back by noon, and now I search for readers of a column first.",
    ),
]


@pytest.mark.parametrize("story", [DESIGN_FEEDBACK, SALES_TABLE])
def test_a_story_about_things_is_not_framed_by_the_functions(
    story: list[tuple[str, str]],
) -> None:
    cross = next(q for q in story_themes() if q.id == "beh.cross-functional")
    assert cross.intent is not None
    text = " ".join(sentence for _, sentence in story)
    labels = [label for label, _ in story]
    assert framing_ways(cross.intent, tokenize(text), labels) < 2
