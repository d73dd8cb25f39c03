"""A story told as sentences, read by the STAR labeller: the helper the label tests share."""

from __future__ import annotations

from simulator.core.scoring.star_owned_work import TASK_OWNED
from simulator.core.scoring.structure import StructureResult, analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

# One plain story, a sentence a part: a label test puts a sentence of its own in one place and
# checks that sentence's label, the rest of the story unchanged (star29, star30).
SCENE = "Our support team used a model to route incoming tickets to the right queue."
TASK = "I was responsible for the routing model that quarter."
STEP_1 = "I pulled a month of misrouted tickets and read two hundred of them."
STEP_2 = "I retrained the model with the product field as a feature."
OUTCOME = "Misrouted tickets fell from twelve percent to four percent."


def analysed(*sentences: str, asks_practice: bool = False) -> StructureResult:
    """The labeller's reading of the sentences told as one answer (``asks_practice``: to a
    question that asks how the candidate goes about something)."""
    text = " ".join(sentences)
    return analyse_star(tokenize(text), Transcript(text), asks_practice)


def star_labels(*sentences: str, asks_practice: bool = False) -> list[str]:
    """Each sentence's STAR label, in order."""
    story = analysed(*sentences, asks_practice=asks_practice)
    return [segment.label for segment in story.star.segments]


def assert_tells_the_task(story: StructureResult, index: int, sentence: str) -> None:
    """The story's task is told, by ``sentence`` (its ``index``-th): labelled the task, or keeping
    its own label and saying it tells the task too (rel69, told70)."""
    assert story.star is not None
    assert "task" not in story.star.missing
    assert story.star.parts["task"].present
    said = story.star.segments[index]
    assert said.text == sentence
    assert said.label == "task" or TASK_OWNED in said.why
