"""One question's part of the scorecard: what earned points, what was missing, what the model
answer says, its STAR shares and its delivery, explained from the stored score."""

from __future__ import annotations

import time
from collections.abc import Mapping

from simulator.core.questions import Category, Question
from simulator.core.scorecard.model import (
    AnswerPart,
    AnswerView,
    ComponentView,
    DeliveryView,
    EarlierScore,
    FrameworkStepView,
    KeyPointView,
    MisconceptionView,
    StarPartView,
    StarSentenceView,
    StarView,
)
from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
from simulator.core.scoring.content import score_content
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.results import (
    AnswerScore,
    DeliveryResult,
    KeyPointResult,
    MisconceptionHit,
    StarResult,
)
from simulator.core.scoring.text import tokenize
from simulator.core.storage import AnswerRecord
from simulator.core.tables import (
    BAD,
    GOOD,
    QUESTION_GONE,
    STAR_PARTS,
    STAR_TARGETS,
    WARN,
    score_color,
)
from simulator.core.transcript import SKIPPED_ON_PURPOSE, has_words

STATUS_TEXT = {
    "explained": "covered",
    "named": "named, not explained",
    "missing": "missing",
    "contradicted": "contradicted",
}
COMPONENTS = ("content", "structure", "delivery")


def answer_view(
    answer: AnswerRecord,
    question: Question | None,
    follow_ups: list[AnswerRecord] | None = None,
    earlier: tuple[int, float] | None = None,
) -> AnswerView:
    """One question explained: what earned points, what was missing, what the model answer says."""
    parts = [AnswerPart("answer", "", answer.text, answer.mode)]
    parts += [AnswerPart("follow-up", f.follow_up or "", f.text, f.mode) for f in follow_ups or []]
    skipped = not any(has_words(p.text) for p in parts)  # the session core's own rule
    score = answer.score
    overall: int | None
    if skipped:
        overall = 0
    elif score is not None:
        overall = score.overall
    else:
        overall = answer.overall
    key_points = [_key_point(kp, question) for kp in (score.key_points if score else [])]
    if skipped:
        key_points = [
            _key_point(_missed(kp), question) for kp in (score.key_points if score else [])
        ]
    shown = None if skipped else score
    earlier_score = EarlierScore(earlier[0], when(earlier[1])) if earlier else None
    return AnswerView(
        answer_id=answer.id,
        number=answer.position + 1,
        question_id=answer.question_id,
        prompt=question.prompt if question else QUESTION_GONE,
        category=(score.category if score else "") or (question.category.value if question else ""),
        topic=question.topic if question else "",
        mode="skipped" if skipped else answer.mode,
        skipped=skipped,
        overall=overall,
        overall_color=score_color(overall),
        overall_basis=_skip_basis(answer)
        if skipped
        else (score.basis.get("overall", "") if score else ""),
        scores={k: _num(shown.components.get(k) if shown else None) for k in COMPONENTS},
        components=_components(shown),
        key_points=key_points,
        misconceptions=[_misconception(m) for m in (shown.misconceptions if shown else [])],
        warned_against=[_misconception(m) for m in (shown.warned_against if shown else [])],
        framework=[
            FrameworkStepView(
                f.step,
                f.covered,
                f.evidence or "",
                "✔" if f.covered else "✘",
                GOOD if f.covered else BAD,
            )
            for f in (shown.framework if shown else [])
        ],
        star=_star(shown.star) if shown else None,
        delivery=_delivery(shown.delivery) if shown else None,
        feedback=list(shown.feedback) if shown else [],
        parts=parts,
        model_answer=question.model_answer if question else "",
        earlier=earlier_score,
        change=change(overall, earlier[0]) if earlier and not skipped else None,
    )


def _skip_basis(answer: AnswerRecord) -> str:
    """Why a skipped answer counts 0: a skip on purpose (its stored transcript says so) or an
    answer with no words (typed, spoken or silent). Both count the same; each is named."""
    if (answer.transcript or {}).get("engine") == SKIPPED_ON_PURPOSE:
        return "on purpose, counts as 0"
    return "no words, counts as 0"


def _missed(kp: KeyPointResult) -> KeyPointResult:
    return KeyPointResult(kp.id, kp.label, kp.weight, False, "missing", 0.0, None)


def _components(score: AnswerScore | None) -> list[ComponentView]:
    if score is None:
        return []
    return [
        ComponentView(k, v, score.weights.get(k), score.basis.get(k, ""), score_color(v))
        for k, v in score.components.items()
        if v is not None or score.basis.get(k)  # not scored, and why
    ]


def _key_point(kp: KeyPointResult, question: Question | None) -> KeyPointView:
    status = kp.status or ("explained" if kp.covered else "missing")
    model_sentence = None
    if status != "explained" and question is not None:
        model_sentence = model_sentence_for(question, kp.id)
    return KeyPointView(
        id=kp.id,
        label=kp.label or kp.id,
        weight=kp.weight,
        status=status,
        # The claim that contradicted it, so the card names it next to the point.
        status_text=(
            f"contradicted: you said {kp.contradiction}"
            if kp.contradiction
            else STATUS_TEXT.get(status, status)
        ),
        covered=status == "explained",
        mark={"explained": "✔", "named": "◐"}.get(status, "✘"),
        color={"explained": GOOD, "named": WARN}.get(status, BAD),
        evidence=kp.evidence or "",
        model_sentence=model_sentence or "",
        via=kp.via,
    )


def _misconception(m: MisconceptionHit) -> MisconceptionView:
    label = "Overclaim" if m.id == OVERCLAIM_ID else "Correction"
    return MisconceptionView(m.phrase or (m.id or ""), m.evidence, m.correction, label)


def model_sentence_for(question: Question, key_point_id: str) -> str | None:
    """The sentence of the model answer that states a key point (to show what was missing).

    Not the first sentence where one of the point's phrases turns up (a neighbouring sentence
    that shares a word, e.g. the Type II error sentence for "power is one minus beta"), but
    the sentence that earns the point when scored alone; among several, the one the scorer
    cites for the whole model answer, else the one holding most of the point's own phrases.
    With none earning it alone: the scorer's evidence for the whole answer, else the sentence
    with most of its phrases (see ``model_sentences``)."""
    return model_sentences(question).get(key_point_id)


_MODEL_SENTENCES: dict[tuple[object, ...], dict[str, str]] = {}


def model_sentences(question: Question) -> dict[str, str]:
    """Each key point's model-answer sentence (cached per question and rubric)."""
    key = (
        question.id,
        question.model_answer,
        tuple((kp.id, tuple(kp.phrases)) for kp in question.key_points),
    )
    found = _MODEL_SENTENCES.get(key)
    if found is None:
        if len(_MODEL_SENTENCES) > 512:
            _MODEL_SENTENCES.clear()
        found = _MODEL_SENTENCES[key] = _choose_model_sentences(question)
    return found


def _choose_model_sentences(question: Question) -> dict[str, str]:
    tokens = tokenize(question.model_answer)
    sentences = [s.text for s in tokens.sentences if s.text.strip()]
    if not sentences:
        return {}
    index = AnswerIndex(tokens)
    # how many of each point's phrases each sentence holds
    held: dict[str, list[int]] = {}
    for kp in question.key_points:
        counts = [0] * len(tokens.sentences)
        for text in kp.phrases:
            where = {
                tokens.sentence_of[span[0]]
                for phrase in compile_phrase(text)
                for span in index.find(phrase)
            }
            for i in where:
                counts[i] += 1
        held[kp.id] = [c for c, s in zip(counts, tokens.sentences, strict=True) if s.text.strip()]
    scored = question.category is not Category.BEHAVIORAL
    whole: dict[str, str] = {}
    alone: list[dict[str, str]] = [{} for _ in sentences]
    if scored:
        whole = {k.id: k.evidence or "" for k in score_content(question, tokens).key_points}
        for i, text in enumerate(sentences):
            result = score_content(question, tokenize(text))
            alone[i] = {k.id: k.status or "" for k in result.key_points}
    chosen: dict[str, str] = {}
    for kp in question.key_points:
        counts = held[kp.id]
        cited = _norm(whole.get(kp.id, ""))
        ranks = [
            (
                alone[i].get(kp.id) == "explained",  # earns the point alone
                alone[i].get(kp.id) == "named",
                bool(cited) and _norm(text) == cited,  # the scorer's evidence in the whole
                counts[i],  # most of the point's own phrases
                -i,  # the earlier on a tie
            )
            for i, text in enumerate(sentences)
        ]
        best = max(range(len(sentences)), key=ranks.__getitem__)
        if alone[best].get(kp.id) in ("explained", "named") or counts[best]:
            chosen[kp.id] = sentences[best]
        elif cited:
            chosen[kp.id] = whole[kp.id]
    return chosen


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


_HOLLOW_VERDICTS = {"result": "no outcome", "action": "all “we”"}


def _star(star: StarResult | None) -> StarView | None:
    if star is None or not star.parts:
        return None
    parts = []
    for name in STAR_PARTS:
        p = star.parts.get(name)
        lo, hi = p.target if p else STAR_TARGETS[name]
        share = p.share if p else 0.0
        present = bool(p and p.present)
        # judged as printed ("15%" beside "target 10%-15%" is on target, not "too long")
        shown = round(100 * share) / 100
        off = 0.0 if lo <= shown <= hi else min(abs(shown - lo), abs(shown - hi))
        color = GOOD if present and off == 0 else WARN if present and off <= 0.1 else BAD
        if name in star.hollow:
            # labelled present but empty of what the part is for: the tips say what to add
            verdict, color = _HOLLOW_VERDICTS.get(name, "missing"), BAD
        elif not present:
            verdict = "missing"
        elif off == 0:
            verdict = "on target"
        else:
            verdict = "too long" if shown > hi else "too short"
        parts.append(
            StarPartView(
                name,
                name[0].upper(),
                share,
                round(100 * share),
                float(lo),
                float(hi),
                f"{lo:.0%}-{hi:.0%}",
                present,
                verdict,
                color,
            )  # fmt: skip
        )
    return StarView(
        parts=parts,
        share_basis=star.share_basis or "words",
        missing=list(star.missing),
        in_order=star.in_order,
        order=list(star.order),
        quantified_result=star.quantified_result,
        i_count=star.i_count,
        we_count=star.we_count,
        specificity=star.specificity,
        hypothetical=star.hypothetical,
        sentences=[StarSentenceView(s.label, s.text, s.why) for s in star.segments],
        off_question=list(star.off_question),
        reads_as=star.reads_as,
        hollow=[(p, star.hollow[p]) for p in STAR_PARTS if p in star.hollow],
    )


def _delivery(d: DeliveryResult | None) -> DeliveryView | None:
    if d is None:
        return None
    return DeliveryView(
        duration_s=round(d.duration_s),
        time_limit_s=d.time_limit_s,
        words=d.words,
        wpm=round(d.wpm),
        fillers=_counts(d.fillers),
        fillers_per_100_words=round(d.fillers_per_100_words, 1),
        long_pauses=len(d.long_pauses),
        hedges=_counts(d.hedges),
        hedges_per_100_words=round(d.hedges_per_100_words, 1),
    )


def _counts(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{k} ×{v}" for k, v in sorted(counts.items(), key=lambda kv: -int(kv[1])))


def _num(value: int | None) -> str:
    return "–" if value is None else str(value)


def change(now: int | None, before: int | None) -> int | None:
    if now is None or before is None:
        return None
    return int(now) - int(before)


def when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""
