"""``score_answer`` and ``score_session``: the scorers put together (see the package docstring)."""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.questions import Category, Question
from simulator.core.scoring.content import ContentResult, score_content
from simulator.core.scoring.delivery import DeliveryScore, analyse_delivery
from simulator.core.scoring.overall import answer_feedback, combine, session_score
from simulator.core.scoring.relevance import off_question
from simulator.core.scoring.results import (
    AnswerScore,
    SessionScore,
)
from simulator.core.scoring.structure import StructureResult, analyse_star, mark_off_question
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def score_answer(question: Question, transcript: Transcript) -> AnswerScore:
    """Score one answer. ``transcript.duration_s`` None means typed: no delivery component."""
    tokens = tokenize(transcript.text)
    category = question.category.value
    content: ContentResult | None = None
    structure: StructureResult | None = None
    if question.category is Category.BEHAVIORAL:
        structure = analyse_star(tokens, transcript)
        labels = [segment.label for segment in structure.star.segments]
        verdict = off_question(question, tokens, labels)
        if verdict.cost:
            structure = mark_off_question(structure, verdict.asked, verdict.cost, verdict.reads_as)
    else:
        content = score_content(question, tokens)
    delivery: DeliveryScore | None = analyse_delivery(
        tokens, transcript, question.time_limit_s, question.category is Category.BEHAVIORAL
    )
    judged = delivery if delivery and delivery.judged else None
    components: dict[str, int | None] = {
        "content": content.score if content else None,
        "structure": structure.score if structure else None,
        "delivery": judged.score if judged else None,
    }
    overall, weights = combine(components, category)
    basis: dict[str, str] = {}
    if content:
        basis["content"] = content.basis
    if structure:
        basis["structure"] = structure.basis
    if delivery:
        basis["delivery"] = delivery.basis
    basis["overall"] = " + ".join(f"{k} {components[k]} x {w:g}" for k, w in weights.items()) or (
        "nothing to score"
    )
    if not tokens.words:
        basis["overall"] = "empty answer"
    return AnswerScore(
        question_id=question.id,
        category=category,
        overall=overall,
        components=components,
        weights=weights,
        key_points=content.key_points if content else [],
        misconceptions=content.misconceptions if content else [],
        star=structure.star if structure else None,
        delivery=delivery.result if delivery else None,
        feedback=answer_feedback(question, content, structure, judged),
        framework=content.framework if content else [],
        basis=basis,
        warned_against=content.warned if content else [],
    )


def score_session(items: Sequence[tuple[Question, AnswerScore]]) -> SessionScore:
    """Overall and per-category means, strongest and weakest answers, three tips."""
    return session_score(items)
