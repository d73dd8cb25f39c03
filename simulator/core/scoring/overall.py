"""Overall scores: components weighted per category, feedback per answer, tips per session."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from simulator.core.questions import Question
from simulator.core.reordering import shown_topic
from simulator.core.rounding import half_up, mean_score, whole_percents
from simulator.core.scoring.accepted_view import reworded
from simulator.core.scoring.claim_words import contradiction_tip, joined_points, warned_tip
from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
from simulator.core.scoring.content import ContentResult
from simulator.core.scoring.delivery import (
    FILLERS_GOOD,
    LONG_PAUSE_S,
    PACE_GOOD,
    DeliveryScore,
)
from simulator.core.scoring.results import (
    NO_ANSWERS,
    AnswerScore,
    KeyPointResult,
    MisconceptionHit,
    SessionScore,
    StarResult,
)
from simulator.core.scoring.star_reasons import out_of_order_tip
from simulator.core.scoring.structure import (
    NO_RESULT_PENALTY,
    TARGETS,
    StructureResult,
    ownership_penalty,
)
from simulator.core.scoring.text import typographic_quotes
from simulator.core.tables import KEPT_SHARE, OFF_QUESTION

# a point earning this share of its weight or more earned all of it (as the scorecard reads it)
_WHOLE_CREDIT = 0.995

# Weight of each component in the overall score, by category, before dropping the ones that
# do not apply (no delivery for typed answers); the rest are rescaled to sum to 1.
WEIGHTS: dict[str, dict[str, float]] = {
    "technical": {"content": 0.8, "structure": 0.0, "delivery": 0.2},
    "case": {"content": 0.8, "structure": 0.0, "delivery": 0.2},
    "behavioral": {"content": 0.0, "structure": 0.75, "delivery": 0.25},
}


def combine(components: dict[str, int | None], category: str) -> tuple[int, dict[str, float]]:
    base = WEIGHTS.get(category, WEIGHTS["technical"])
    used = {k: w for k, w in base.items() if w > 0 and components.get(k) is not None}
    total = sum(used.values())
    if not total:
        return 0, {}
    weights = {k: round(w / total, 3) for k, w in used.items()}
    value = sum((components[k] or 0) * w / total for k, w in used.items())
    return half_up(value), weights


def answer_feedback(
    question: Question,
    content: ContentResult | None,
    structure: StructureResult | None,
    delivery: DeliveryScore | None,
) -> list[str]:
    tips: list[str] = []
    if content is not None:
        if content.reads_as:
            tips.append(
                f"{OFF_QUESTION}: this answer reads as an answer to “{content.reads_as}”, "
                f"{KEPT_SHARE.format(content.kept)}."
            )
        elif content.other_concept:
            tips.append(
                f"{OFF_QUESTION}: this answer opens on and explains “{content.other_concept}”, "
                f"not what was asked, {KEPT_SHARE.format(content.kept)}. "
                "Start from the question's own subject."
            )
        elif content.another_problem:
            tips.append(
                f"{OFF_QUESTION}: this answer designs a system for another problem, not this "
                f"case, {KEPT_SHARE.format(content.kept)}. Start from what the case asks."
            )
        if content.salad:
            tips.append(
                "Only a list of terms: naming them says nothing about what they mean, how they "
                "fit together or why they matter here, so they count for little. Answer in "
                "sentences, and explain each point you name."
            )
        if content.brief is not None:
            tips.append(
                "Brief: a few sentences name points without developing them. Explain each one: "
                "how it works, why it matters, its trade-off or a pitfall, an example (this "
                f"answer's content counts at most {content.brief})."
            )
        # a key point contradicted by a listed misconception's own claim (charged once,
        # content.py): said in that misconception's tip, not in a second one of its own
        joined = joined_points(content.key_points, content.misconceptions)
        tips.extend(_misconception_tips(content.misconceptions, joined))
        for hit in content.warned:
            tips.append(warned_tip(hit.phrase, hit.evidence))
        told = {kp.id for points in joined.values() for kp in points}
        for kp in content.key_points:
            if kp.contradiction and kp.id in told:
                continue
            if kp.contradiction:
                tips.append(contradiction_tip(kp.label, kp.contradiction, kp.evidence))
            elif kp.status == "contradicted":
                tips.append(f"Said the opposite of a key point: “{kp.evidence}” - {kp.label}.")
        missing = [k for k in content.key_points if k.status == "missing"]
        named = [k for k in content.key_points if k.status == "named"]
        for kp in sorted(missing, key=lambda k: -k.weight)[:3]:
            tips.append(f"Missing key point (weight {kp.weight:g}): {kp.label}.")
        for kp in sorted(named, key=lambda k: -k.weight)[:2]:
            tips.append(
                f"Named but not explained: {kp.label}. Say what it means and why it matters."
            )
        gaps = [f.step for f in content.framework if not f.covered]
        if gaps:
            tips.append("Framework steps not covered: " + ", ".join(gaps) + ".")
        # only when every point earned all of its weight: under a content score of 86 with each
        # point said once (85 %) the tip read as if nothing were left to earn (walkthrough 35)
        whole = all(k.credit >= _WHOLE_CREDIT for k in content.key_points)
        if not missing and not named and not content.misconceptions and whole:
            # not "and explained" under the Brief tip, which says the points want developing:
            # the two stood one under the other (walk56)
            brief = content.brief is not None
            tips.append(f"Every key point is covered{'' if brief else ' and explained'}.")
    if structure is not None:
        star = structure.star
        if star.off_question:
            tips.append(_off_question_tip(star.off_question, star.reads_as))
        for part in star.missing:
            tip = _hollow_tip(part, star) if part in star.hollow else None
            tips.append(tip or missing_part_tip(part))
        # in the bars' own figures, which add up to 100 (each rounded alone, they made 101)
        percents = whole_percents({p: r.share for p, r in star.parts.items()})
        for part, res in star.parts.items():
            lo, hi = TARGETS[part]
            if part in star.hollow:
                continue  # its length is beside the point: what it lacks is said above
            if res.present and res.share > hi + 0.1:
                tips.append(
                    f"STAR: {part} takes {percents[part]}% of the answer (target {lo:.0%}-{hi:.0%})."
                )
            elif res.present and not res.share:
                # told within another part's sentence (star_owned_work.py): no words of its own
                tips.append(
                    f"STAR: your {part} is told only within a sentence of another part; "
                    f"give it a sentence of its own (target {lo:.0%}-{hi:.0%})."
                )
            elif res.present and res.share < lo - 0.07:
                tips.append(
                    f"STAR: {part} is only {percents[part]}% of the answer "
                    f"(target {lo:.0%}-{hi:.0%})."
                )
        if not star.in_order:
            tips.append(out_of_order_tip(star.order))
        if (
            star.parts["result"].present
            and "result" not in star.hollow
            and not star.quantified_result
        ):
            tips.append("Quantify the result: a number, a percentage, time saved.")
        we_cost = ownership_penalty(star)
        if we_cost:
            said = {0: "never “I”", 1: "“I” once"}.get(star.i_count, f"“I” {star.i_count} times")
            tips.append(
                f"Ownership: “we” {star.we_count} times and {said}, so the interviewer cannot "
                f"tell what you did yourself (-{we_cost} points). Say “I” for your own "
                "decisions and steps, and “we” only for the team's."
            )
        elif star.we_count > star.i_count:
            tips.append(f"Say what you did: “we” {star.we_count} times, “I” {star.i_count} times.")
        if star.specificity < 0.3:
            tips.append("Make the story specific: names of systems, dates, team sizes, numbers.")
        if star.hypothetical:
            tips.append("Tell a real past story rather than what you “would” do.")
    if delivery is not None:
        d = delivery.result
        lo, hi = PACE_GOOD
        if d.wpm < lo - 20 or d.wpm > hi + 20:
            tips.append(f"Pace {d.wpm:.0f} words per minute; aim for {lo:.0f}-{hi:.0f}.")
        if d.fillers_per_100_words > FILLERS_GOOD:
            top = ", ".join(f"“{k}”" for k, _ in Counter(d.fillers).most_common(3))
            tips.append(
                f"{d.fillers_per_100_words:.1f} filler words per 100 ({top}); aim for at most "
                f"{FILLERS_GOOD:g}. Pause silently instead."
            )
        if d.long_pauses:
            tips.append(long_pauses_tip(len(d.long_pauses)))
        if d.time_limit_s and d.duration_s > d.time_limit_s:
            tips.append(f"Over time: {d.duration_s:.0f} s for a {d.time_limit_s} s limit.")
        if d.hedges_per_100_words > 2:
            tips.append("Fewer hedges (“I think”, “maybe”): state what you know plainly.")
    return [typographic_quotes(tip) for tip in tips]


def missing_part_tip(part: str) -> str:
    """The answer's tip for a STAR part it never told (the scorecard reads it back to say it
    otherwise of an answer cut by End: it did not leave the part out)."""
    tip = f"STAR: no {part} - " + _STAR_HINTS[part]
    if part == "result":
        tip += (
            f" Interviewers weigh the outcome most: a story without one loses "
            f"{NO_RESULT_PENALTY} points on top of the part itself."
        )
    return tip


def long_pauses_tip(count: int) -> str:
    """ "1 pause longer than 2.5 s.", in the plural for more (the tip said "1 pause(s)" beside
    the Delivery line's "1 long pause", ux36)."""
    return f"{count} pause{'s' * (count != 1)} longer than {LONG_PAUSE_S:g} s."


def _misconception_tips(
    hits: Sequence[MisconceptionHit], joined: dict[int, list[KeyPointResult]] | None = None
) -> list[str]:
    """One tip per correction, with the first sentence that called for it and how often one
    did: a long answer repeating one claim in 286 sentences had 286 tips, the same correction
    each time (attack run 33). In the order they were first said. A misconception whose claim
    also contradicted a key point says so in its own tip: "How to improve" listed the one
    claim twice, as a misconception and as a contradicted point, charged once (quote48)."""
    said: dict[tuple[str, str], list[int]] = {}
    for i, hit in enumerate(hits):
        kind = "Overclaim" if hit.id == OVERCLAIM_ID else "Misconception"
        said.setdefault((kind, hit.correction), []).append(i)
    tips = []
    for (kind, correction), same in said.items():
        times = f" (said {len(same)} times; first)" if len(same) > 1 else ""
        points = [kp for i in same for kp in (joined or {}).get(i, [])]
        also = " and ".join(f"“{kp.label}”" for kp in points)
        tip = f"{kind}{times}: “{hits[same[0]].evidence}” - {correction}"
        if points:
            point = "key points" if len(points) > 1 else "a key point"
            stop = "" if tip.endswith((".", "!", "?")) else "."
            tip += f"{stop} It also contradicts {point}, {also}: one claim, charged once."
        tips.append(tip)
    return tips


def _off_question_tip(asked: list[str], reads_as: str) -> str:
    """Why a story is off the question, in the words a candidate can act on: what was asked,
    and, when another question's theme frames the story, what it is about instead (the asked
    theme then comes up in passing at most, so "never shows" would not be true)."""
    said = " or ".join(f"“{w}”" for w in asked)
    if reads_as:
        return (
            f"Off the question? This story is about “{reads_as}”; what was asked ({said}) "
            "comes up in passing at most, so it loses points. Tell a story about what was "
            "asked, or say plainly how this one answers it."
        )
    return (
        f"Off the question? The story never shows what was asked ({said}), so it reads like an "
        "answer to another question and loses points. Say plainly how it answers this one."
    )


def _hollow_tip(part: str, star: StarResult) -> str | None:
    """Advice for a part labelled present but empty of what it is for, quoting the story."""
    said = [s.text for s in star.segments if s.label == part]
    why = star.hollow.get(part, "")
    if part == "result" and said:
        ends = _what_it_ends_on(why)
        return (
            f"STAR: no result - the story ends on {ends} (“{_clip(said[0])}”) but never "
            "says what happened. Tell the outcome first, ideally with a number (what changed, "
            "what was decided, who used it), then what you learned."
        )
    if part == "action" and said and "someone else" in why:
        return (
            f"STAR: no action of your own - every step is someone else's (“{_clip(said[0])}”), "
            "so the interviewer cannot tell what you did. Say what you did yourself."
        )
    if part == "action" and said:
        return (
            f"STAR: no action of your own - every step is told as “we” (“{_clip(said[0])}”), "
            "so the interviewer cannot tell what you did. Say “I” for the steps you took "
            "yourself, and name what the team did apart from them."
        )
    return None


# How a hollow result's reason names what the story ends on (star_gaps.hollow_parts,
# structure.FINDINGS_*): "the story ends on <it> but never ...", "the story tells <it> but ...".
_ENDS_ON = re.compile(r"\b(?:ends on|tells) (.+?) but never\b")


def _what_it_ends_on(why: str) -> str:
    """What a story with a hollow result ends on, in its reason's own words ("a plan", "another
    of your steps", "what you did or found"; rel68). The tip named three kinds and called every
    other one a lesson: a story ending on a finding or a step of mine ("I was clear that a third
    of the names would be false alarms") was told it "ends on a lesson", which the scorecard's
    own line (the reason itself) did not say."""
    found = _ENDS_ON.search(why)
    return found.group(1) if found else "a lesson or a reflection"


def _clip(text: str, words: int = 12) -> str:
    ws = text.split()
    return " ".join(ws[:words]) + ("…" if len(ws) > words else "")


_STAR_HINTS = {
    "situation": "set the scene in a sentence or two (where, when, who).",
    "task": "say what you were responsible for.",
    "action": "describe the steps you took yourself.",
    "result": "end with the outcome, ideally a number, and what you learned.",
}


def session_score(items: Sequence[tuple[Question, AnswerScore]]) -> SessionScore:
    if not items:
        return SessionScore(0, {}, None, None, [], 0, {"overall": NO_ANSWERS})
    scores = [s for _, s in items]
    overall = mean_score([s.overall for s in scores])
    by_cat: dict[str, list[int]] = {}
    for s in scores:
        by_cat.setdefault(s.category, []).append(s.overall)
    per_category = {c: mean_score(v) for c, v in sorted(by_cat.items())}
    strongest = max(scores, key=lambda s: s.overall).question_id
    weakest = min(scores, key=lambda s: s.overall).question_id
    basis = {
        "overall": f"mean of {len(scores)} answer scores",
        "per_category": ", ".join(f"{c}: mean of {len(v)}" for c, v in sorted(by_cat.items())),
    }
    return SessionScore(
        overall, per_category, strongest, weakest, _session_tips(items), len(scores), basis
    )


def _topic(question: Question) -> str:
    """How a tip names a question: its topic, as people say it (ids are for machines)."""
    return shown_topic(question.topic)


def ended_early_tip(topic: str) -> str:
    """The tip about an answer the person cut by ending the interview (End): finish it, not
    the parts it never reached, which it did not leave out."""
    return (
        f"Finish your answer on {topic} next time: you ended the interview during it, "
        "so it was scored on what you had said by then."
    )


def _session_tips(items: Sequence[tuple[Question, AnswerScore]]) -> list[str]:
    """Three concrete tips, most valuable first: fix the weakest area before polishing.

    An answer cut by ending the interview (End) did not leave out what it never reached: it
    is told to be finished, and what it lacks (a key point, a STAR part, a measured result, a
    case step) is not advised from it. What it did say (a wrong claim, an off-question
    story, "we", fillers) counts as from any answer (walk60: "In behavioral answers, include
    the task" came from a story ended after its first sentence)."""
    ranked: list[tuple[float, str]] = []
    ended = [(q, s) for q, s in items if s.ended_early]
    if ended:
        q, s = min(ended, key=lambda qs: qs[1].overall)
        ranked.append((100 - s.overall, ended_early_tip(_topic(q))))
    whole = [(q, s) for q, s in items if not s.ended_early]
    if whole:
        weakest_q, weakest = min(whole, key=lambda qs: qs[1].overall)
        missed = [k for k in weakest.key_points if not k.covered]
        if missed:
            top = max(missed, key=lambda k: k.weight)
            ranked.append(
                (100 - weakest.overall + 5, f"Revisit {_topic(weakest_q)}: explain “{top.label}”.")
            )
    # what an answer said or how it was told: a skipped one (scored as empty) said nothing
    given = [(q, s) for q, s in items if s.basis.get("overall") != "skipped"]
    # what an answer lacks: one cut by End may have been going to say it
    finished = [(q, s) for q, s in given if not s.ended_early]
    mis = [(q, m) for q, s in given for m in s.misconceptions]
    if mis:
        q, m = mis[0]
        if m.id == OVERCLAIM_ID:  # not a belief to correct, a claim to bound
            ranked.append(
                (90.0, f"Qualify sweeping claims about {_topic(q)}: {reworded(m.correction)}")
            )
        else:
            ranked.append(
                (90.0, f"Correct a misconception about {_topic(q)}: {reworded(m.correction)}")
            )
    # a story for another question loses most of its points: the first thing to fix
    off = [(q, s.star) for q, s in given if s.star is not None and s.star.off_question]
    if off:
        q, star = off[0]
        about = f"reads as one about “{star.reads_as}”" if star.reads_as else "never shows it"
        ranked.append((95.0, f"Answer the question asked: your story for {_topic(q)} {about}."))
    stars = [s.star for _, s in given if s.star is not None]
    whole_stars = [s.star for _, s in finished if s.star is not None]
    if stars:
        missing = Counter(p for st in whole_stars for p in st.missing)
        if missing:
            part, n = missing.most_common(1)[0]
            ranked.append(
                (60.0 + 10 * n, f"In behavioral answers, include the {part}: {_STAR_HINTS[part]}")
            )
        unquantified = sum(1 for st in whole_stars if not st.quantified_result)
        if unquantified:
            ranked.append(
                (
                    50.0 + 5 * unquantified,
                    "End each story with a measurable result (a number or percentage).",
                )
            )
        we_heavy = sum(1 for st in stars if st.we_count > st.i_count)
        if we_heavy:
            ranked.append(
                (45.0 + 5 * we_heavy, "Use “I” for what you did yourself; “we” hides your part.")
            )
    deliveries = [
        s.delivery
        for _, s in given
        if s.delivery is not None and s.components.get("delivery") is not None
    ]
    if deliveries:
        fillers = sum(d.fillers_per_100_words for d in deliveries) / len(deliveries)
        if fillers > FILLERS_GOOD:
            ranked.append(
                (
                    40.0 + 8 * fillers,
                    f"Cut filler words: {fillers:.1f} per 100 words on average (aim ≤ 2).",
                )
            )
        wpm = sum(d.wpm for d in deliveries) / len(deliveries)
        if wpm > PACE_GOOD[1] + 10:
            ranked.append(
                (45.0, f"Slow down: {wpm:.0f} words per minute on average (aim 130-160).")
            )
        elif wpm < PACE_GOOD[0] - 10:
            ranked.append(
                (45.0, f"Speak a little faster: {wpm:.0f} words per minute (aim 130-160).")
            )
    named = [(q, k) for q, s in given for k in s.key_points if k.status == "named"]
    if named:
        q, k = named[0]
        ranked.append(
            (55.0, f"Go beyond naming terms ({_topic(q)}): explain “{k.label}” in a sentence.")
        )
    cases = [s for _, s in finished if s.framework]
    for s in cases:
        gaps = [f.step for f in s.framework if not f.covered]
        if gaps:
            ranked.append(
                (50.0, f"In case questions, walk through every step; missed: {', '.join(gaps)}.")
            )
            break
    several_categories = len({q.category for q, _ in items}) > 1
    spoken = any(s.delivery is not None for _, s in items)
    # "Record yourself once more and listen back for pace and pauses" followed a spoken story
    # at 145 wpm, no filler and no long pause (walkthrough 50): advice for what was on target
    on_target = bool(deliveries) and all(
        PACE_GOOD[0] <= d.wpm <= PACE_GOOD[1]
        and d.fillers_per_100_words <= FILLERS_GOOD
        and not d.long_pauses
        for d in deliveries
    )
    spoken_tip = (
        "Keep answering out loud: your pace, fillers and pauses were on target this time."
        if on_target
        else "Record yourself once more and listen back for pace and pauses."
    )
    generic = [
        (
            1.0,
            "Practise your weakest category again tomorrow and compare the scores."
            if several_categories
            else "Practise this category again tomorrow and compare the scores.",
        ),
        (
            0.5,
            spoken_tip
            if spoken
            else "Answer out loud next time: spoken answers also get pace, filler and pause feedback.",
        ),
        (
            0.1,
            "Prepare two or three stories with numbers you can adapt to many questions."
            if any(q.category.value == "behavioral" for q, _ in items)
            # a session without a story is not told to prepare stories
            else "Reread the model answer of your weakest question and say it in your own words."
            if len(items) > 1
            # one question is not the weakest of anything ("Practise again")
            else "Reread the model answer and say it in your own words.",
        ),
    ]
    tips: list[str] = []
    for _, tip in sorted(ranked, key=lambda t: -t[0]) + generic:
        if tip not in tips:
            tips.append(tip)
        if len(tips) == 3:
            break
    return [typographic_quotes(tip) for tip in tips]
