"""A key point told apart from the question's other points (issue 9, para46).

The meaning signal (meaning.py) calibrates a sentence's closeness to a key point from the
prompt's level (0) to the model answer's (1). A paraphrase in everyday words, by example or
through a consequence, often stays under the prompt's level: when the prompt names the point
("Explain exponential backoff and jitter"), it is closer to the point's wordings than "each
time it fails again wait about twice as long, up to some ceiling" can be (raw cosine 0.73
against 0.55), so the sentence reaches nothing. Yet that sentence is nearer the backoff point
than any other point of the question, by about as much as the model answer's own sentence
about backoff is.

So each usable sentence of the answer is read for the one point it is nearest, and by how much
nearer it is to that point than to the question's next nearest point (its *margin*). The margin
is calibrated per question and per point against the model answer's own sentences: the largest
margin any of them has for that point (a point the model answer cannot tell from another one
is never read this way). A sentence whose margin reaches ``MARGIN_SHARE`` of the model answer's
tells that point apart; each sentence tells one point at most and each point keeps its best
sentence, which is the evidence. The answer's sentences that echo the prompt (fewer than
meaning.ECHO_NEW_WORDS words of their own) tell nothing, and a sentence must come nearer the
point than a generic ML sentence does (meaning.Reference.generic_floor).

This is a relative reading, blind to stance like every meaning signal: it only adds points to
the whole-answer reach and lifts them in a full reading (meaning_credit.py), behind that
reading's gates (prose, no leaning, no denied point, no sentence turning the model answer over,
an answer at the model answer's length; and content.py gives an answer caught asserting a
wrong claim no meaning credit at all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from simulator.core.questions import Question
from simulator.core.scoring import meaning
from simulator.core.scoring.meaning import MeaningReading
from simulator.core.scoring.plain_words import in_technical_words
from simulator.core.scoring.text import split_sentences

if TYPE_CHECKING:
    import numpy as np

# Share of the model answer's own margin for a point a sentence needs to tell that point apart.
MARGIN_SHARE = 0.3
# A point the model answer's best sentence tells apart from the next point by less than this
# (raw cosine) is never read by margin: its neighbours are too alike in these vectors.
MODEL_MARGIN_MIN = 0.2


@dataclass(frozen=True)
class ToldApart:
    """A key point a sentence tells apart from the question's others."""

    point: int
    sentence: int  # index among the answer's sentences (the evidence)
    share: float  # its margin as a share of the model answer's own margin for the point (<= 1)


def per_sentence(question: Question, sentences: Sequence[str]) -> np.ndarray | None:
    """Sentences x key points: each sentence's closest raw cosine to each point's label and
    wordings, over the sentence and its runs of words, as said or with its everyday words in
    technical ones (the topic taken out, as meaning.read_meaning does)."""
    import numpy as np

    ref = meaning.reference(question)
    if ref is None or not sentences:
        return None
    n = len(question.key_points)
    texts = list(sentences)
    owner_of = list(range(len(sentences)))
    for i, s in enumerate(sentences):
        reworded = in_technical_words(s)
        if reworded is not None:
            texts.append(reworded)
            owner_of.append(i)
    cosines, owner = meaning.cosines_and_owner(texts, ref.topic, ref.targets)
    sims = meaning.per_point(cosines, ref.owner, n)
    out = np.full((len(sentences), n), -1.0, dtype=np.float32)
    rows = np.asarray([owner_of[o] for o in owner])
    for i in range(len(sentences)):
        out[i] = sims[rows == i].max(axis=0)
    return out


def margins(sims: np.ndarray) -> np.ndarray:
    """Sentences x key points: how much nearer each sentence is to the point than to the
    nearest other point (negative when another point is nearer)."""
    import numpy as np

    if sims.shape[1] < 2:
        return np.full(sims.shape, -1.0, dtype=np.float32)
    top2 = np.sort(sims, axis=1)[:, -2:]
    other = np.where(sims >= top2[:, 1:2], top2[:, 0:1], top2[:, 1:2])
    return (sims - other).astype(np.float32)


def model_margins(question: Question) -> tuple[float, ...]:
    """Per key point, the largest margin any of the model answer's sentences has for it."""
    key = (
        question.prompt,
        question.model_answer,
        tuple((kp.label, *kp.phrases) for kp in question.key_points),
    )
    found = _MODEL_MARGINS.get(key)
    if found is None:
        sims = per_sentence(
            question, split_sentences(question.model_answer) or [question.model_answer]
        )
        found = (
            tuple(0.0 for _ in question.key_points)
            if sims is None
            else tuple(float(x) for x in margins(sims).max(axis=0))
        )
        if len(_MODEL_MARGINS) >= 256:
            _MODEL_MARGINS.clear()
        _MODEL_MARGINS[key] = found
    return found


# the model answer's margins per question (its prompt, model answer and key points' wordings)
_MODEL_MARGINS: dict[tuple[str, str, tuple[tuple[str, ...], ...]], tuple[float, ...]] = {}


def told_apart(
    question: Question, sentences: Sequence[str], reading: MeaningReading
) -> list[ToldApart]:
    """The key points the answer's sentences that ``reading`` read (meaning.read_meaning: those
    not excluded) tell apart from the question's others, each with its best sentence; one point
    per sentence. Their closeness to each point is the reading's (``MeaningReading.nearness``)."""
    import numpy as np

    ref = meaning.reference(question)
    chosen = [
        i for i in sorted(reading.nearness) if not meaning.echoes(question.prompt, sentences[i])
    ]
    if ref is None or len(question.key_points) < 2 or not chosen:
        return []
    sims = np.vstack([reading.nearness[i] for i in chosen])
    model = model_margins(question)
    generic = ref.generic_floor
    margin = margins(sims)
    candidates = []
    for j, i in enumerate(chosen):
        k = int(sims[j].argmax())
        if model[k] < MODEL_MARGIN_MIN or margin[j, k] <= 0:
            continue
        if generic is not None and sims[j, k] <= float(generic[k]):
            continue  # no nearer the point than a generic ML sentence
        share = float(margin[j, k]) / model[k]
        if share >= MARGIN_SHARE:
            candidates.append((min(1.0, share), k, i))
    out: dict[int, ToldApart] = {}
    for share, k, i in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if k not in out:
            out[k] = ToldApart(k, i, round(share, 3))
    return [out[k] for k in sorted(out)]
