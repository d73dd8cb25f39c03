"""One question's part of the scorecard: what earned points, what was missing, what the model
answer says, its STAR shares and its delivery, explained from the stored score."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from simulator.core.questions import Question
from simulator.core.scorecard.model import (
    ENDED_EARLY_NOTE,
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
    shown_score,
)
from simulator.core.scorecard.model_sentence import as_quoted, model_sentence_for
from simulator.core.scorecard.star_basis import star_percents
from simulator.core.scoring.accepted_view import reworded, reworded_tip
from simulator.core.scoring.claim_words import (
    MISCONCEPTION,
    claim_said,
    joined_points,
    reworded_contradiction_tip,
    reworded_warned_tip,
)
from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
from simulator.core.scoring.follow_up_points import as_written
from simulator.core.scoring.overall import missing_part_tip
from simulator.core.scoring.results import (
    AnswerScore,
    DeliveryResult,
    KeyPointResult,
    MisconceptionHit,
    StarResult,
)
from simulator.core.scoring.star_reasons import plain_stored_reasons, plain_stored_tip
from simulator.core.scoring.structure import NO_RESULT_PENALTY
from simulator.core.scoring.text import typographic_quotes
from simulator.core.storage import AnswerRecord
from simulator.core.tables import (
    BAD,
    GOOD,
    NBSP,
    QUESTION_GONE,
    STAR_PARTS,
    STAR_TARGETS,
    WARN,
    flagged_color,
    joined_with_and,
    score_color,
    shown_when,
    shown_wpm,
)
from simulator.core.transcript import SKIPPED_ON_PURPOSE, is_answer, stored_words, unsure

STATUS_TEXT = {
    "explained": "covered",
    "named": "named, not explained",
    "missing": "missing",
    "contradicted": "contradicted",
}
COMPONENTS = ("content", "structure", "delivery")
FULL_CREDIT = 0.995  # a point earning this share of its weight or more earned all of it


def answer_view(
    answer: AnswerRecord,
    question: Question | None,
    follow_ups: list[AnswerRecord] | None = None,
    earlier: tuple[int, float] | None = None,
    unsure: Sequence[tuple[str, ...]] | None = None,
    *,
    cut_since: bool = False,
) -> AnswerView:
    """One question explained: what earned points, what was missing, what the model answer says.
    ``unsure``: the unsure words of the answer and of each follow-up, in order, when the caller
    has read them already (Review: ``ReviewWords.unsure_texts``); else read here from the
    stored transcripts. ``earlier``: the last earlier answer to the question taken to its end
    (overall, started at); ``cut_since``: answers cut by End came after it."""
    if unsure is None:
        unsure = [_unsure_words(a) for a in (answer, *(follow_ups or []))]
    parts = [
        AnswerPart(
            "answer",
            "",
            answer.text,
            answer.mode,
            unsure[0],
            on_purpose=_on_purpose(answer),
        )
    ]
    parts += [
        AnswerPart(
            "follow-up",
            as_written(f.follow_up or ""),  # an older row's preamble is no part of it
            f.text,
            f.mode,
            unsure_words,
            on_purpose=_on_purpose(f),
        )
        for f, unsure_words in zip(follow_ups or [], unsure[1:], strict=True)
    ]
    skipped = not any(is_answer(p.text) for p in parts)  # the session core's own rule
    score = answer.score
    overall: int | None
    if skipped:
        overall = 0
    elif score is not None:
        overall = score.overall
    else:
        overall = answer.overall
    key_points = [
        _key_point(kp, question, _said_where(kp.evidence, parts), score)
        for kp in (score.key_points if score else [])
    ]
    if skipped:
        key_points = [
            _key_point(_missed(kp), question) for kp in _points_of_a_skip(score, question)
        ]
    shown = None if skipped else score
    # like with like: an answer cut by End is compared with none (``Earlier.questions`` holds
    # whole answers only; ``cut_since``: the question's later answers were all cut)
    if shown is not None and shown.ended_early:
        earlier = None
    earlier_score = EarlierScore(earlier[0], when(earlier[1]), cut_since) if earlier else None
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
        overall_color=flagged_color(
            overall, bool(shown and shown.star and shown.star.off_question)
        ),
        overall_basis=_skip_basis(answer)
        if skipped
        else (score.basis.get("overall", "") if score else ""),
        scores={k: shown_score(shown.components.get(k) if shown else None) for k in COMPONENTS},
        components=_components(shown),
        key_points=key_points,
        misconceptions=_misconceptions(shown.misconceptions if shown else [], shown),
        warned_against=_misconceptions(shown.warned_against if shown else []),
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
        feedback=_feedback(shown) if shown else [],
        parts=parts,
        model_answer=question.model_answer if question else "",
        earlier=earlier_score,
        change=change(overall, earlier[0]) if earlier and not skipped else None,
        ended_note=ENDED_EARLY_NOTE if shown is not None and shown.ended_early else "",
    )


# The content basis's note on how much a point said in other words can earn ("; reads as a full
# explanation in its own words: a point said in other words earns up to 90% of its weight", or
# "said in its own words: ... up to 85% ..."). The card says it once, in the key points' own
# words: each point's "covered in other words, 90% earned" and the tip under them
# (``_part_credit_tip``); with the note too, the same 85 % was explained twice, in other words
# than the rows' ("Said once only" against "own words up to 85 %", walkthrough 37).
_OWN_WORDS_NOTE = re.compile(
    r"; (?:reads as a full explanation|said) in its own words: [^;]*? of its weight"
)


def shown_basis(basis: str) -> str:
    """A component's basis as shown: "2 pauses ≥ 2.5 s" (stored as ">=" before lead36, which
    the Markdown export wrote as "&gt;="), without the note on points said in other words.
    The scorecard and ``ml-interview score`` both show it so."""
    return _OWN_WORDS_NOTE.sub("", basis.replace(" >= ", " ≥ "))


def _skip_basis(answer: AnswerRecord) -> str:
    """Why a skipped answer counts 0: a skip on purpose (its stored transcript says so) or an
    answer with no words (typed, spoken or silent). Both count the same; each is named."""
    return "on purpose, counts as 0" if _on_purpose(answer) else "no words, counts as 0"


def _on_purpose(answer: AnswerRecord) -> bool:
    """Skipped with the skip key (its stored transcript says so), not given with no words."""
    return (answer.transcript or {}).get("engine") == SKIPPED_ON_PURPOSE


def _missed(kp: KeyPointResult) -> KeyPointResult:
    return KeyPointResult(kp.id, kp.label, kp.weight, False, "missing", 0.0, None)


def _points_of_a_skip(score: AnswerScore | None, question: Question | None) -> list[KeyPointResult]:
    """A skipped answer's key points: its score's (an answer with no words is scored empty),
    else its question's (a skip on purpose stores no score). The card listed none for a skip
    on purpose, all of them for an empty answer, and the tips, which match the scorer's
    "Revisit <topic>: explain <point>" to a point of the answer, named it twice (walkthrough 46)."""
    if score is not None and score.key_points:
        return list(score.key_points)
    if question is None:
        return []
    return [
        KeyPointResult(k.id, k.label, k.weight, False, "missing", 0.0, None)
        for k in question.key_points
    ]


def _components(score: AnswerScore | None) -> list[ComponentView]:
    if score is None:
        return []
    return [
        ComponentView(
            k, v, score.weights.get(k), shown_basis(score.basis.get(k, "")), score_color(v)
        )
        for k, v in score.components.items()
        if v is not None or score.basis.get(k)  # not scored, and why
    ]


def _said_where(evidence: str | None, parts: list[AnswerPart]) -> str:
    """ "follow-up" when a point's sentence is in a follow-up's answer and not the first one:
    the card quoted it under the first answer's points as "You said", a sentence found only
    further down, under "Follow-up:" (walkthrough 35)."""
    said = " ".join((evidence or "").split())
    if not said or len(parts) < 2 or said in " ".join(parts[0].text.split()):
        return "answer"
    return "follow-up" if any(said in " ".join(p.text.split()) for p in parts[1:]) else "answer"


def _key_point(
    kp: KeyPointResult,
    question: Question | None,
    said_in: str = "answer",
    score: AnswerScore | None = None,
) -> KeyPointView:
    status = kp.status or ("explained" if kp.covered else "missing")
    model_sentence = None
    if status != "explained" and question is not None:
        model_sentence = model_sentence_for(question, kp.id)
        if model_sentence:
            model_sentence = as_quoted(question.model_answer, model_sentence)
    return KeyPointView(
        id=kp.id,
        label=kp.label or kp.id,
        weight=kp.weight,
        status=status,
        # The claim that contradicted it, so the card names it next to the point: in the
        # person's own words, never the rubric's after "you said" (claim_words.py)
        status_text=(
            typographic_quotes(
                f"contradicted: {claim_said(kp.contradiction, kp.evidence)}"
                + _charged_once(kp, score)
            )
            if kp.contradiction
            else _part_credit(kp) or STATUS_TEXT.get(status, status)
        ),
        covered=status == "explained",
        mark={"explained": "✔", "named": "◐"}.get(status, "✘"),
        color={"explained": GOOD, "named": WARN}.get(status, BAD),
        evidence=kp.evidence or "",
        model_sentence=model_sentence or "",
        via=kp.via,
        said_in=said_in,
    )


def _charged_once(kp: KeyPointResult, score: AnswerScore | None) -> str:
    """Where a claim named by more than one entry is charged (content.py counts it once): said
    on each of them, so neither reads as a second charge."""
    if score is None:
        return ""
    if kp.charged_under == MISCONCEPTION:
        return "; the same claim as a misconception below, charged once there"
    if kp.charged_under:
        label = next((k.label for k in score.key_points if k.id == kp.charged_under), "")
        return f"; the same claim as “{label}”, charged once there" if label else ""
    also = [f"“{k.label}”" for k in score.key_points if k.charged_under == kp.id]
    joined = joined_points(score.key_points, score.misconceptions)
    if any(k.id == kp.id for points in joined.values() for k in points):
        also.append("a misconception below")
    return f"; also the same claim as {' and '.join(also)}, charged once here" if also else ""


def _part_credit(kp: KeyPointResult) -> str:
    """An explained point that earned part of its weight, how much and why (walkthrough 35:
    86/100 with every point "covered" and nothing on the card saying where 14 points went)."""
    said = _part_said(kp)
    return f"{said}, {round(100 * kp.credit)}%{NBSP}earned" if said else ""


def _part_said(kp: KeyPointResult) -> str:
    """Why an explained point earned part of its weight, in the words its row and the tip both
    use; "" when it earned all of it (or is not explained)."""
    if kp.status not in (None, "explained") or not kp.covered or kp.credit >= FULL_CREDIT:
        return ""
    return "covered in other words" if kp.via == "meaning" else "covered once"


_OLD_PAUSES_TIP = re.compile(r"(\d+) pause\(s\) longer than ")


def stored_tip(tip: str) -> str:
    """A stored tip as the scorer says it now: corrections in their newer form, "1 pause(s)
    longer than 2.5 s." in words and "(aim <= 2)" as the Delivery line writes it, "(aim ≤ 2)"
    (scored before ux36); STAR tips with typographic quotes (scored before star36); a
    contradicted point's claim in the person's own words, not the rubric's after "you said"
    (scored before quote47)."""
    pauses = _OLD_PAUSES_TIP.match(tip)
    if pauses:
        n = int(pauses.group(1))
        return f"{n} pause{'s' * (n != 1)} longer than {tip[pauses.end() :]}"
    tip = reworded_contradiction_tip(tip)
    return typographic_quotes(reworded_tip(plain_stored_tip(tip).replace("(aim <= ", "(aim ≤ ")))


def _feedback(score: AnswerScore) -> list[str]:
    """The answer's tips as the scorer says them now; a warned-against mistake stored in the
    rubric's words is said in the answer's own (its sentence is stored with the score)."""
    warned = {m.phrase: m.evidence for m in score.warned_against if m.evidence}
    tips = [reworded_warned_tip(stored_tip(f), warned) for f in score.feedback]
    if score.ended_early:
        tips = _cut_points_tips(_cut_story_tips(tips))
    return tips + _part_credit_tip(score)


# The scorer's tips of what an answer did not say (scoring/overall.py): a key point, its label
# caught; the case steps it did not cover
_MISSING_TIP = re.compile(r"Missing key point \(weight [^)]*\): (?P<label>.+)\.")
_STEPS_TIP = re.compile(r"Framework steps not covered: (?P<steps>.+)\.")


def not_reached_tip(labels: Sequence[str]) -> str:
    """The key points an answer cut by End had not reached, said as the STAR parts it had not
    reached are (``_cut_story_tips``)."""
    named = "; ".join(f"“{label}”" for label in labels)
    return (
        "Key points the answer had not reached when you ended the interview, so it is scored "
        f"without them: {named}."
    )


def steps_not_reached_tip(steps: str) -> str:
    """The case steps an answer cut by End had not reached (``steps``: "data, metrics")."""
    return (
        "Case steps the answer had not reached when you ended the interview, so it is scored "
        f"without them: {steps}."
    )


def _cut_points_tips(tips: list[str]) -> list[str]:
    """The tips of an answer cut by ending the interview (End): what it had not said is not
    advised as left out, as the session's tips do not advise it (walk62: the page, Review and
    every export said "Missing key point (weight 3): …" of an answer ended after its first
    sentence, while the session's tips said only to finish it). The key points are said once,
    where the first of them stood, as not reached; so are the case steps."""
    labels = [m["label"] for t in tips if (m := _MISSING_TIP.fullmatch(t))]
    said: list[str] = []
    for tip in tips:
        if _MISSING_TIP.fullmatch(tip):
            if labels:
                said.append(not_reached_tip(labels))
                labels = []
        elif steps := _STEPS_TIP.fullmatch(tip):
            said.append(steps_not_reached_tip(steps["steps"]))
        else:
            said.append(tip)
    return said


# A story's share tips ("STAR: situation takes 100% of the answer (target 15%-20%).")
_SHARE_TIP = re.compile(r"STAR: (?:situation|task|action|result) (?:takes|is only) \d+% of ")


def _cut_story_tips(tips: list[str]) -> list[str]:
    """The tips of a story cut by ending the interview (End): the parts it never reached are
    said once, as not reached (not "no task - say what you were responsible for", as if the
    person had left it out), and the parts' shares of an unfinished story are not advised on
    (walk60: "situation takes 100% of the answer" of a story ended after its first line)."""
    unreached = [p for p in STAR_PARTS if missing_part_tip(p) in tips]
    kept = [
        t
        for t in tips
        if not _SHARE_TIP.match(t) and t not in {missing_part_tip(p) for p in unreached}
    ]
    if not unreached:
        return kept
    told = joined_with_and(unreached)
    cost = (
        f" (a story without a result loses {NO_RESULT_PENALTY} points)"
        if "result" in unreached
        else ""
    )
    return [
        f"STAR: the story had not reached its {told} when you ended the interview, so it is "
        f"scored without {'it' if len(unreached) == 1 else 'them'}{cost}.",
        *kept,
    ]


def _part_credit_tip(score: AnswerScore) -> list[str]:
    """What earns the rest of the points that earned part of their weight, named as their rows
    name them ("covered once", "covered in other words"): the one explanation of the shortfall
    on the card. (The tips said "Every key point is covered and explained." under a content
    score of 86, walkthrough 35; then "Said once only" of points said in other words, next to
    the basis's own explanation of the same 85 %, walkthrough 37.)"""
    groups: dict[str, list[str]] = {}
    for kp in score.key_points:
        if said := _part_said(kp):
            groups.setdefault(said, []).append(f"“{kp.label or kp.id}”")
    if not groups:
        return []
    named = "; ".join(f"{said}: {', '.join(labels)}" for said, labels in groups.items())
    return [
        f"Part of the weight earned ({named}). Saying each again another way (an "
        "example, a reason, what goes wrong without it) earns its full weight."
    ]


def _misconception(
    m: MisconceptionHit, times: int = 1, score: AnswerScore | None = None, at: int = 0
) -> MisconceptionView:
    label = "Overclaim" if m.id == OVERCLAIM_ID else "Correction"
    return MisconceptionView(
        m.phrase or (m.id or ""),
        m.evidence,
        reworded(m.correction),
        label,
        times,
        _misconception_charged(m, score, at),
    )


def _misconception_charged(m: MisconceptionHit, score: AnswerScore | None, at: int) -> str:
    """ "charged once, under the key point “...”" (or "..., here") for a misconception (at
    position ``at`` of the score's) whose claim also contradicted a key point: said on both,
    as the key point's row says it."""
    if score is None:
        return ""
    if m.charged_under:
        label = next((k.label for k in score.key_points if k.id == m.charged_under), "")
        return f"the same claim contradicts “{label}”, charged once there" if label else ""
    joined = joined_points(score.key_points, score.misconceptions).get(at, [])
    points = [f"“{k.label}”" for k in joined]
    return f"also contradicts {' and '.join(points)}, charged once here" if points else ""


def _misconceptions(
    hits: list[MisconceptionHit], score: AnswerScore | None = None
) -> list[MisconceptionView]:
    """One entry per wrong claim, in the order first said, with how often it was said: each
    sentence that repeats a claim is charged (the score is unchanged), but the card and every
    export listed the same correction once per sentence (attack run 34)."""
    # keyed by the correction: a repeat of a claim is charged under the rubric's phrase or as
    # the sentence itself (``same_claims``), with the same correction each time. An overclaim's
    # correction names only its cue word ("always"): each sentence is a claim of its own.
    first: dict[tuple[str, str], int] = {}
    times: dict[tuple[str, str], int] = {}
    for i, m in enumerate(hits):
        key = (m.evidence if m.id == OVERCLAIM_ID else "", m.correction)
        first.setdefault(key, i)
        times[key] = times.get(key, 0) + 1
    return [_misconception(hits[i], times[key], score, i) for key, i in first.items()]


# The pronoun "i" of a quoted cue: the reasons quote the story's words in lower case.
_PRONOUN_I = re.compile(r"(?<![\w.'’-])i(?!\w|\.\w)")


def _capital_i(why: str) -> str:
    """A STAR sentence's reasons with "I" as the person wrote it: the card quoted 'I rewrote
    the joins' back as ("i rewrote"; ...) (walkthrough 35)."""
    return _PRONOUN_I.sub("I", why)


_HOLLOW_VERDICTS = {"result": "no outcome", "action": "all “we”"}


def _star(star: StarResult | None) -> StarView | None:
    if star is None or not star.parts:
        return None
    parts = []
    # printed so that the four add up to 100 (each rounded alone, they made 101)
    percents = star_percents(star)
    for name in STAR_PARTS:
        p = star.parts.get(name)
        lo, hi = p.target if p else STAR_TARGETS[name]
        share = p.share if p else 0.0
        present = bool(p and p.present)
        # judged as printed ("15%" beside "target 10%-15%" is on target, not "too long")
        shown = percents[name] / 100
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
                percents[name],
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
        sentences=[
            StarSentenceView(s.label, s.text, _capital_i(plain_stored_reasons(s.why)))
            for s in star.segments
        ],
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
        wpm=shown_wpm(d.wpm),
        fillers=_counts(d.fillers),
        fillers_per_100_words=round(d.fillers_per_100_words, 1),
        long_pauses=len(d.long_pauses),
        hedges=_counts(d.hedges),
        hedges_per_100_words=round(d.hedges_per_100_words, 1),
    )


def _counts(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{k} ×{v}" for k, v in sorted(counts.items(), key=lambda kv: -int(kv[1])))


def change(now: int | None, before: int | None) -> int | None:
    if now is None or before is None:
        return None
    return int(now) - int(before)


def when(ts: float | None) -> str:
    return shown_when(ts) if ts else ""


def _unsure_words(answer: AnswerRecord) -> tuple[str, ...]:
    """The stored transcript's words the recogniser was unsure of (none for typed answers)."""
    if not answer.transcript:
        return ()
    return tuple(w.strip() for w, _, _, p in stored_words(answer.transcript) if unsure(p))
