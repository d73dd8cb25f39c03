"""``score_answer`` and ``score_session``: the scorers put together (see the package docstring)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from simulator.core.questions import Category, Question
from simulator.core.scoring.asked_event import asked_event
from simulator.core.scoring.bank_rivals import NO_RIVALS, Rivals
from simulator.core.scoring.content import ContentResult, score_content
from simulator.core.scoring.delivery import DeliveryScore, analyse_delivery
from simulator.core.scoring.follow_up_points import ProbedAnswer
from simulator.core.scoring.input_text import plain_text
from simulator.core.scoring.language import NOT_ENGLISH, not_english
from simulator.core.scoring.long_answer import scored_part, scored_text
from simulator.core.scoring.overall import answer_feedback, combine, session_score
from simulator.core.scoring.relevance import off_question
from simulator.core.scoring.results import (
    AnswerScore,
    SessionScore,
)
from simulator.core.scoring.structure import StructureResult, analyse_star, mark_off_question
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import (
    Transcript,
    has_words,
    heard_unclearly,
    other_script,
    unreadable,
    without_long_runs,
)

NO_WORDS = (
    "No answer: this has no words to score (only symbols, digits, stray letters or sounds), "
    "so it counts as 0. Answer in words, or skip the question."
)


HEARD_UNCLEARLY = (
    "Heard too unclearly to score: the speech recogniser was unsure of every word it wrote "
    "({words}), so it may not be what you said and it counts as 0. Listen to it in Review; say "
    "it again more clearly, or type it."
)


UNREADABLE = (
    "Unreadable: {reason}, so there is nothing to score and it counts as 0 (it was kept as "
    "given, not skipped). Answer in words separated by spaces."
)

LONG_RUNS_LEFT_OUT = (
    "Left out: {letters:,} letters with no space, too long to be words; the rest of the answer "
    "is scored."
)

OTHER_SCRIPT = (
    "Written in {script} script: answers are scored in English only, so its words earn nothing "
    "here. Answer in English."
)


def score_answer(
    question: Question,
    transcript: Transcript,
    rivals: Rivals = NO_RIVALS,
    probed: Sequence[ProbedAnswer] = (),
    cut: bool = False,
) -> AnswerScore:
    """Score one answer. ``transcript.duration_s`` None means typed: no delivery component.
    ``rivals``: the loaded bank's behavioral questions, a story may answer one of them instead
    (bank_rivals.py); without them only the shipped themes are weighed. ``probed``: the
    follow-up answers in ``transcript``, each counting toward the key point its follow-up
    probes (follow_up_points.py). ``cut``: the answer (or its follow-up's) was cut by End, so
    it is not taken as brief for its length (``score_content``, ``analyse_delivery``).

    An answer with no real words (``has_words``: the app's one rule for "no answer") earns
    nothing: no STAR part, no delivery, overall 0, and the feedback says why.

    Past ``SCORED_WORDS`` only the first words are read (long_answer.py: the memory of scoring
    grows with the answer), and the feedback opens by saying so."""
    bounded = scored_part(transcript)  # before anything reads the whole text
    transcript = bounded.transcript
    readable_text = plain_text(transcript.text)  # full-width letters, odd spaces: input_text.py
    if readable_text is not transcript.text:
        transcript = dataclasses.replace(transcript, text=readable_text)
    probed = tuple(_scored_follow_up(p) for p in probed)
    no_words = not has_words(transcript.text)
    unreadable_reason = unreadable(transcript.text) if no_words else None
    # every word a guess of the recogniser's: scored as no words, and told as what it is
    unclear = not no_words and heard_unclearly(transcript)
    guessed = ", ".join(f"“{w.word.strip()}”" for w in transcript.words[:6])
    no_words = no_words or unclear
    if no_words:
        transcript = Transcript(text="", engine=transcript.engine, model=transcript.model)
    readable, left_out = without_long_runs(transcript.text)
    if left_out:  # words and a run too long to be one: the words are scored, the run is not
        transcript = dataclasses.replace(transcript, text=readable)
    tokens = tokenize(transcript.text)
    script = other_script(transcript.text)
    # another language in Latin letters: its words match nothing, and it is not a term list
    foreign = script is None and not no_words and not_english(transcript.text, question)
    judged_tokens = tokenize("") if foreign else tokens
    category = question.category.value
    content: ContentResult | None = None
    structure: StructureResult | None = None
    if question.category is Category.BEHAVIORAL:
        asks_practice = asked_event(question.prompt).shape == "practice"
        structure = analyse_star(judged_tokens, transcript, asks_practice)
        labels = [segment.label for segment in structure.star.segments]
        verdict = off_question(question, judged_tokens, labels, rivals)
        if verdict.cost:
            structure = mark_off_question(structure, verdict.asked, verdict.cost, verdict.reads_as)
    else:
        content = score_content(question, judged_tokens, () if foreign else probed, cut)
    delivery: DeliveryScore | None = analyse_delivery(
        tokens, transcript, question.time_limit_s, question.category is Category.BEHAVIORAL, cut
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
    feedback = answer_feedback(question, content, structure, judged)
    if foreign:
        for part in ("content", "structure"):
            if part in basis:
                basis[part] = "not in English: its content is not scored"
        feedback.insert(0, NOT_ENGLISH)
    if left_out:
        feedback.insert(0, LONG_RUNS_LEFT_OUT.format(letters=left_out))
    if script is not None:  # its words match nothing: say why before what is missing
        feedback.insert(0, OTHER_SCRIPT.format(script=script))
    if no_words:
        components = {k: (None if v is None else 0) for k, v in components.items()}
        overall, basis["overall"], feedback = 0, "no words: no answer, counts as 0", [NO_WORDS]
        if unreadable_reason is not None:
            basis["overall"] = f"unreadable ({unreadable_reason}): counts as 0"
            feedback = [UNREADABLE.format(reason=unreadable_reason)]
        if unclear:
            basis["overall"] = "heard too unclearly to score: counts as 0"
            feedback = [HEARD_UNCLEARLY.format(words=guessed)]
    if bounded.cut:
        feedback.insert(0, bounded.line())
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
        feedback=feedback,
        framework=content.framework if content else [],
        basis=basis,
        warned_against=content.warned if content else [],
    )


def _scored_follow_up(probed: ProbedAnswer) -> ProbedAnswer:
    """A follow-up's answer as the scorer reads it: plain characters, bounded like the answer."""
    text = plain_text(scored_text(probed.text))
    return probed if text is probed.text else dataclasses.replace(probed, text=text)


def score_session(items: Sequence[tuple[Question, AnswerScore]]) -> SessionScore:
    """Overall and per-category means, strongest and weakest answers, three tips."""
    return session_score(items)
