"""A follow-up's answer counts toward the key point its follow-up probes (issues 8 and 9, case37).

The session asks a follow-up about the heaviest key point the main answer missed
(session/ledger.follow_up_to_ask), and the question is scored on the main answer and the follow-up
answers joined. But a follow-up answer leans on its prompt: "With more data I would train all
layers, but slowly, with a learning rate ten times lower" answers "When would you freeze most of
the network, and when would you fine-tune all of it?" and says the fine-tuning point; read as part
of one answer about transfer learning it earned nothing (walkthrough: a correct follow-up answer
left its point "missed").

So each follow-up answer is also read on its own against a question made of the probed point
alone, asked by the follow-up's prompt (the prompt's words are never part of the answer: only
what the person said can earn it). When that reading earns the point more credit than the joined
answer does, the point takes it, with the follow-up's sentence as evidence, and a contradiction
of that same point read in the follow-up's own sentences is dropped (it was read out of its
context). Every other point keeps what the joined answer earned: a follow-up answer adds no
credit to a point it was not asked about beyond what it already earned there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from simulator.core.questions import FollowUp, Question
from simulator.core.scoring.results import KeyPointResult
from simulator.core.scoring.text import STOPWORDS, Tokens, holds_run, stem, tokenize, words


@dataclass(frozen=True)
class ProbedAnswer:
    """One follow-up's answer and the key point its follow-up probes."""

    key_point: str
    prompt: str
    text: str


# Said before a follow-up that names a term of its key point the answer never said: "Explain
# exactly how target encoding leaks ..." after an answer that never named target encoding read
# as if the person had brought it up (walkthrough 49). A follow-up asks plainly about a point
# the answer missed, or builds on what it said; it never puts words in the person's mouth.
NOT_COVERED = "Here is a point your answer did not cover. "


def _word_list(text: str) -> list[str]:
    """The text's words as the scorer reads them: stems, so "fine-tuned" says "fine-tune"."""
    return [stem(w) for w in words(text)]


def _says(seq: Sequence[str], phrase: Sequence[str]) -> bool:
    return bool(phrase) and holds_run(seq, phrase)  # holds_run holds an empty phrase anywhere


def asked_plainly(question: Question, follow_up: FollowUp, said: str) -> str:
    """``follow_up``'s prompt as the interviewer asks it after an answer that ``said`` this:
    as written when the answer said what it names of its key point (it builds on that), else
    introduced as a point the answer did not cover."""
    point = next((kp for kp in question.key_points if kp.id == follow_up.key_point), None)
    if point is None:
        return follow_up.prompt
    asked, answer = _word_list(follow_up.prompt), _word_list(said)
    named = [phrase for phrase in map(_word_list, point.phrases) if _says(asked, phrase)]
    if named and not any(_says(answer, phrase) for phrase in named):
        return NOT_COVERED + follow_up.prompt
    return follow_up.prompt


def as_asked(question: Question, prompt: str, said: str) -> str:
    """The follow-up with this ``prompt`` (as written, as stored) in the words the interviewer
    says and the page shows after an answer that ``said`` this: the preamble is said to the
    person, it is not the follow-up, and is never stored (it stood in History, Review and the
    exports as the question asked, round 50). A prompt the question no longer has (an older
    wording, or one stored with its preamble before round 51) is said as it is."""
    for follow_up in question.follow_ups:
        if follow_up.prompt == prompt:
            return asked_plainly(question, follow_up, said)
    return prompt


def as_written(prompt: str) -> str:
    """A stored follow-up prompt as the pack writes it: rows stored before round 51 held the
    preamble said to the person ("Here is a point your answer did not cover. ...")."""
    return prompt.removeprefix(NOT_COVERED)


def probed_point(question: Question, follow_up_prompt: str | None) -> str | None:
    """The key point the question's follow-up with this prompt probes (None: none named): the
    prompt as asked (``asked_plainly``), now or in an earlier wording (``formerly``)."""
    if follow_up_prompt is None:
        return None
    asked = as_written(follow_up_prompt)
    for follow_up in question.follow_ups:
        if asked == follow_up.prompt or asked in follow_up.formerly:
            return follow_up.key_point
    return None


def probed_answers(
    question: Question, parts: Sequence[tuple[str | None, str]]
) -> tuple[ProbedAnswer, ...]:
    """The follow-up answers among ``parts`` ((follow-up prompt or None, text) in order) whose
    follow-up probes a key point of the question."""
    out = []
    for prompt, text in parts:
        key_point = probed_point(question, prompt)
        if prompt is not None and key_point is not None and text.strip():
            # read against the follow-up as the question words it: the preamble said before it
            # (asked_plainly) depends on the main answer, and the reading on the prompt
            out.append(ProbedAnswer(key_point, as_written(prompt), text))
    return tuple(out)


def _asked_alone(question: Question, probed: ProbedAnswer) -> Question | None:
    """The question narrowed to the probed point, asked by the follow-up's prompt; its own id,
    so nothing cached for the whole question is read for it."""
    points = [kp for kp in question.key_points if kp.id == probed.key_point]
    if not points:
        return None
    return question.model_copy(
        update={
            "id": f"{question.id}#follow-up-{probed.key_point}",
            "prompt": probed.prompt,
            "key_points": points,
            "follow_ups": [],
        }
    )


def follow_up_readings(
    question: Question,
    probed: Sequence[ProbedAnswer],
    read: Callable[[Question, Tokens], Sequence[KeyPointResult]],
) -> dict[str, tuple[KeyPointResult, str]]:
    """Per probed point, its best reading in a follow-up answer read on its own (the result and
    the follow-up answer's text), only where that reading earns it something. ``read``: how
    content reads a question's key points in a text (content.py passes its own reader, which
    imports this module, so it comes as an argument rather than an import)."""
    best: dict[str, tuple[KeyPointResult, str]] = {}
    for answer in probed:
        alone = _asked_alone(question, answer)
        if alone is None:
            continue
        (point,) = read(alone, tokenize(answer.text))
        prior = best.get(point.id)
        if point.credit > 0 and (prior is None or point.credit > prior[0].credit):
            best[point.id] = (point, answer.text)
    return best


def said_in(text: str, sentence: str) -> bool:
    """Is the sentence one of the follow-up answer's own?"""
    return bool(sentence) and sentence.strip() in text


def lifted(
    key_points: list[KeyPointResult], readings: dict[str, tuple[KeyPointResult, str]]
) -> list[KeyPointResult]:
    """The joined answer's key points, each probed one taking its follow-up reading where that
    earns more."""
    out = []
    for kp in key_points:
        reading = readings.get(kp.id)
        if reading is not None and reading[0].credit > kp.credit:
            point = reading[0]
            kp = KeyPointResult(
                kp.id,
                kp.label,
                kp.weight,
                point.covered,
                point.status,
                point.credit,
                point.evidence,
                point.via,
                point.closeness,
            )
        out.append(kp)
    return out


def asked_in(probed: Sequence[ProbedAnswer], sentence: str) -> frozenset[str]:
    """The key points asked about by the follow-ups whose answers said this sentence (empty: a
    sentence of the main answer)."""
    return frozenset(a.key_point for a in probed if said_in(a.text, sentence))


def read_elsewhere(probed: Sequence[ProbedAnswer], point_id: str, sentence: str) -> bool:
    """Was this sentence said only in answer to follow-ups about other points? A follow-up answer
    is read against the point it was asked about: the conditions of its own scenario ("with more
    data I would train all layers") are not claims against the main question's other points."""
    asked = asked_in(probed, sentence)
    return bool(asked) and point_id not in asked


def _words(texts: Sequence[str]) -> frozenset[str]:
    out: set[str] = set()
    for text in texts:
        tokens = tokenize(text)
        out |= {s for w, s in zip(tokens.words, tokens.stems, strict=True) if w not in STOPWORDS}
    return frozenset(out)


def nearest_points(question: Question, claim: Sequence[str]) -> frozenset[str]:
    """The key points whose label and phrases share the most content words with a claim (a
    misconception's phrase and correction); empty when it shares none with any point."""
    said = _words(claim)
    shared = {kp.id: len(said & _words([kp.label, *kp.phrases])) for kp in question.key_points}
    most = max(shared.values(), default=0)
    return frozenset(k for k, n in shared.items() if n == most and most > 0)


def misread_misconception(
    question: Question, probed: Sequence[ProbedAnswer], claim: Sequence[str], sentence: str
) -> bool:
    """Is a misconception read in follow-up answers' sentences about none of the points those
    follow-ups asked about? (A misconception about no point in particular stays charged.)"""
    asked = asked_in(probed, sentence)
    nearest = nearest_points(question, claim)
    return bool(asked) and bool(nearest) and not (asked & nearest)
