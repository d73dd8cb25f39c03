"""Build the ``Scorecard`` view model from a stored session: the one place figures are derived.

The skip rule lives here and only here: an answer with no words (in the answer and its
follow-ups) is skipped, whatever its stored mode or score, and counts as 0 in the overall and
in its category's mean."""

from __future__ import annotations

import time
from collections.abc import Mapping

from simulator import __version__
from simulator.core import storage_codec as codec
from simulator.core.questions import Question, QuestionBank
from simulator.core.scorecard.history import Earlier
from simulator.core.scorecard.model import (
    AnswerPart,
    AnswerView,
    CategoryView,
    ComparisonView,
    ComponentView,
    DeliveryView,
    EarlierScore,
    FrameworkStepView,
    KeyPointView,
    MisconceptionView,
    PickView,
    Scorecard,
    StarPartView,
    StarSentenceView,
    StarView,
)
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.results import (
    AnswerScore,
    DeliveryResult,
    KeyPointResult,
    MisconceptionHit,
    StarResult,
)
from simulator.core.scoring.text import tokenize
from simulator.core.storage import AnswerRecord, SessionRecord
from simulator.core.storage_codec import planned_ids
from simulator.core.tables import (
    BAD,
    CATEGORIES,
    GOOD,
    STAR_PARTS,
    STAR_TARGETS,
    WARN,
    score_color,
    star_targets_text,
)
from simulator.core.transcript import has_words

STATUS_TEXT = {
    "explained": "covered",
    "named": "named, not explained",
    "missing": "missing",
    "contradicted": "contradicted",
}
COMPONENTS = ("content", "structure", "delivery")


def build_scorecard(
    session: SessionRecord, bank: QuestionBank, earlier: Earlier | None = None
) -> Scorecard:
    earlier = earlier or Earlier()
    mains = [a for a in session.answers if a.follow_up is None]
    answers = [
        answer_view(
            a,
            bank.questions.get(a.question_id),
            [f for f in session.answers if f.follow_up and f.position == a.position],
            earlier.questions.get(a.question_id),
        )
        for a in mains
    ]
    overall, per_category = session_means(answers)
    previous = earlier.same_plan
    prev_overall, prev_categories = (
        session_means_of_record(previous, bank) if previous else (None, {})
    )
    categories = [
        CategoryView(
            c, v, score_color(v), prev_categories.get(c), _change(v, prev_categories.get(c))
        )
        for c, v in per_category.items()
    ]
    skipped = sum(1 for a in answers if a.skipped)
    answered = [a for a in answers if not a.skipped and a.overall is not None]
    ranked = answered if len(answered) > 1 else []
    summary = session.score
    title = str(session.plan.get("name") or "Mock interview")
    return Scorecard(
        session_id=session.id,
        title=title,
        started=when(session.started_at),
        ended=when(session.ended_at),
        duration=_duration(
            session.started_at, session.ended_at, codec.seconds(session.plan.get("away_s"))
        ),
        status=session.status,
        overall=overall,
        overall_color=score_color(overall),
        overall_basis=_overall_basis(len(answers), skipped, len(planned_ids(session.plan))),
        per_category=categories,
        # one answer is not both the strongest and the weakest of anything
        strongest=_pick(max(ranked, key=lambda a: a.overall or 0, default=None)),
        weakest=_pick(min(ranked, key=lambda a: a.overall or 0, default=None)),
        tips=list(summary.tips) if summary else [],
        answered=len(answers) - skipped,
        asked=len(answers),
        total=max(len(planned_ids(session.plan)), len(answers)),
        answers=answers,
        previous=(
            ComparisonView(
                previous.id,
                title,
                when(previous.started_at),
                prev_overall,
                _change(overall, prev_overall),
            )
            if previous is not None
            else None
        ),
        generated=when(time.time()),
        app_version=__version__,
        star_targets=star_targets_text(),
    )


def session_means(answers: list[AnswerView]) -> tuple[int | None, dict[str, int]]:
    """The overall and per-category means of the questions answered or skipped (0 if skipped)."""
    scored = [(a.category, 0 if a.skipped else a.overall) for a in answers]
    values = [(c, v) for c, v in scored if v is not None]
    if not values:
        return None, {}
    overall = round(sum(v for _, v in values) / len(values))
    by_category: dict[str, list[int]] = {}
    for c, v in values:
        by_category.setdefault(c, []).append(v)
    ordered = sorted(by_category, key=_category_order)
    return overall, {c: round(sum(by_category[c]) / len(by_category[c])) for c in ordered}


def session_means_of_record(
    session: SessionRecord, bank: QuestionBank
) -> tuple[int | None, dict[str, int]]:
    mains = [a for a in session.answers if a.follow_up is None]
    views = [
        answer_view(
            a,
            bank.questions.get(a.question_id),
            [f for f in session.answers if f.follow_up and f.position == a.position],
        )
        for a in mains
    ]
    return session_means(views)


def _overall_basis(counted: int, skipped: int, planned: int) -> str:
    """What the overall is the mean of: the questions answered or skipped. A question on screen
    when End was pressed (or never reached) has no answer and is not counted: the words say so."""
    left_out = max(0, planned - counted)
    out = f"{left_out} question{'s' * (left_out != 1)} not answered before the end"
    if not counted:
        return "no question was answered or skipped" + (f"; {out}" if left_out else "")
    if counted == 1:  # one score is not a mean
        basis = (
            "the one question was skipped, counted as 0"
            if skipped
            else "the score of the one question answered"
        )
    else:
        basis = f"mean of the {counted} questions answered or skipped"
        basis += f" ({skipped} skipped, counted as 0)" if skipped else ""
    return basis + (f"; {out} {'is' if left_out == 1 else 'are'} not counted" if left_out else "")


# --- one answer --------------------------------------------------------------------------------
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
        prompt=question.prompt if question else answer.question_id,
        category=(score.category if score else "") or (question.category.value if question else ""),
        topic=question.topic if question else "",
        mode="skipped" if skipped else answer.mode,
        skipped=skipped,
        overall=overall,
        overall_color=score_color(overall),
        overall_basis="no words, counts as 0"
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
        change=_change(overall, earlier[0]) if earlier and not skipped else None,
    )


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
    return MisconceptionView(m.phrase or (m.id or ""), m.evidence, m.correction)


def model_sentence_for(question: Question, key_point_id: str) -> str | None:
    """The sentence of the model answer that covers a key point (to show what was missing)."""
    try:
        kp = question.key_point(key_point_id)
    except KeyError:
        return None
    tokens = tokenize(question.model_answer)
    index = AnswerIndex(tokens)
    for text in kp.phrases:
        for phrase in compile_phrase(text):
            spans = index.find(phrase)
            if spans:
                return tokens.sentences[tokens.sentence_of[spans[0][0]]].text
    return None


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


def _pick(answer: AnswerView | None) -> PickView | None:
    return PickView(answer.question_id, answer.prompt, answer.overall) if answer else None


def _num(value: int | None) -> str:
    return "–" if value is None else str(value)


def _change(now: int | None, before: int | None) -> int | None:
    if now is None or before is None:
        return None
    return int(now) - int(before)


def _category_order(category: str) -> int:
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)


def when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""


def _duration(start: float | None, end: float | None, away_s: float = 0.0) -> str:
    """From start to end, less the time the app was closed (a crash, then resume)."""
    if not start or not end or end < start:
        return ""
    minutes = round(max(end - start - away_s, 0.0) / 60)
    return f"{minutes} min" if minutes else "under a minute"
