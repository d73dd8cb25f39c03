"""The model answer's sentence for a key point, shown on the scorecard when the point was
missed (issue 9: the evidence shown must be the sentence that states the point).

Not the first sentence where one of the point's phrases turns up: a neighbouring sentence that
shares a word (the Type II error sentence for "Power is one minus beta") is not the point's
sentence, nor one where a match of the whole answer merely starts (a phrase's words matched
across the sentence end). Chosen, among the sentences holding any of the point's phrases (all sentences when
none does), by:

1. it earns the point when scored alone (explained, then named);
2. it is the sentence the scorer cites for the point in the whole model answer;
3. it holds most of the point's own phrases;
4. the earlier one.

With no sentence earning or naming it and none holding a phrase, the scorer's evidence for the
whole model answer, if any. Scoring a sentence alone costs a few tens of milliseconds, so only
a point's candidate sentences are scored, once per question and rubric (cached); the scorecard
is built off the GUI thread.
"""

from __future__ import annotations

from simulator.core.questions import Category, Question
from simulator.core.scoring.content import score_content
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.text import tokenize

_CACHE_LIMIT = 256


class _ModelAnswer:
    """One question's model answer, split and scored sentence by sentence on demand."""

    def __init__(self, question: Question) -> None:
        self.question = question
        tokens = tokenize(question.model_answer)
        self.sentences = [s.text for s in tokens.sentences if s.text.strip()]
        # A phrase is looked for in each sentence on its own: in the whole answer a match may
        # start in one sentence and end in the next ("... ReLU zeroing half its inputs. Biases
        # can start" holds "biases at zero"), which put it in the sentence before.
        indexes = [AnswerIndex(tokenize(text)) for text in self.sentences]
        self.held: dict[str, list[int]] = {}  # point -> how many of its phrases each sentence holds
        for kp in question.key_points:
            compiled = [compile_phrase(text) for text in kp.phrases]
            self.held[kp.id] = [
                sum(1 for forms in compiled if any(index.find(f) for f in forms))
                for index in indexes
            ]
        self.scored = question.category is not Category.BEHAVIORAL
        self._alone: dict[int, dict[str, str]] = {}
        self._whole: dict[str, str] | None = None

    def alone(self, i: int) -> dict[str, str]:
        """Each point's status when sentence ``i`` is the whole answer."""
        if not self.scored:
            return {}
        if i not in self._alone:
            result = score_content(self.question, tokenize(self.sentences[i]))
            self._alone[i] = {k.id: k.status or "" for k in result.key_points}
        return self._alone[i]

    def whole(self) -> dict[str, str]:
        """Each point's evidence sentence when the whole model answer is scored."""
        if self._whole is None:
            self._whole = {}
            if self.scored:
                result = score_content(self.question, tokenize(self.question.model_answer))
                self._whole = {k.id: k.evidence or "" for k in result.key_points}
        return self._whole

    def sentence_for(self, kp_id: str) -> str | None:
        counts = self.held.get(kp_id)
        if counts is None or not self.sentences:
            return None
        candidates = [i for i, c in enumerate(counts) if c] or list(range(len(self.sentences)))
        cited = _norm(self.whole().get(kp_id, ""))

        def rank(i: int) -> tuple[bool, bool, bool, int, int]:
            status = self.alone(i).get(kp_id)
            return (
                status == "explained",
                status == "named",
                bool(cited) and _norm(self.sentences[i]) == cited,
                counts[i],
                -i,
            )

        best = max(candidates, key=rank)
        if counts[best] or self.alone(best).get(kp_id) in ("explained", "named"):
            return self.sentences[best]
        return self.whole().get(kp_id) or None


_CACHE: dict[tuple[object, ...], _ModelAnswer] = {}


def _model_answer(question: Question) -> _ModelAnswer:
    key = (
        question.id,
        question.category,
        question.model_answer,
        tuple((kp.id, kp.label, tuple(kp.phrases)) for kp in question.key_points),
    )
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        found = _CACHE[key] = _ModelAnswer(question)
    return found


def model_sentence_for(question: Question, key_point_id: str) -> str | None:
    """The sentence of the model answer that states a key point (to show what was missing)."""
    return _model_answer(question).sentence_for(key_point_id)


_ENDS = ".?!"
_CLOSERS = "\"'”’)]"


def as_quoted(model_answer: str, sentence: str) -> str:
    """``sentence`` as the card quotes it, an ellipsis where it is cut from a longer one: the
    scorer splits a long sentence at its clauses, and the card quoted “so it is the marginal
    effect ...” and “... as they are,” as if the model answer said them so (walkthrough 46)."""
    text = sentence.strip()
    at = model_answer.find(text) if text else -1
    if at < 0:
        return sentence
    before = model_answer[:at].rstrip().rstrip(_CLOSERS)
    if before and before[-1] not in _ENDS:
        text = "…" + text
    if text.rstrip(_CLOSERS)[-1:] not in _ENDS:
        text = text.rstrip(",;: ") + "…"
    return text


def model_sentences(question: Question) -> dict[str, str]:
    """Each key point's model-answer sentence (the points with one)."""
    chosen = {kp.id: model_sentence_for(question, kp.id) for kp in question.key_points}
    return {k: v for k, v in chosen.items() if v}


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()
