"""Structure (behavioral answers): STAR labels for every sentence (how each sentence is
labelled, from what it says rather than where it sits, is star_labels.py's), then what they add
up to: the parts present, their shares against the targets, order, a quantified result,
ownership ("I" versus "we") and relevance to the question asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from simulator.core.rounding import half_up, whole_parts
from simulator.core.scoring.results import STAR_PARTS, StarPart, StarResult, StarSegment
from simulator.core.scoring.star_between import (
    CONCLUSION_DRAWN,
    FINDING_AMONG_STEPS,
    FINDING_FRAMED,
    FOLLOWED_FROM,
    conclusion_drawn,
    finding_a_step_follows,
    finding_among_steps,
    finding_framed,
)
from simulator.core.scoring.star_context import (
    BACKGROUND_AFTER_TASK,
    DECISION_TASK,
    FINDING_BETWEEN,
    FINDING_LAST,
    MISTAKE_SCENE,
    OTHERS_EVENT,
    OTHERS_NEED_TASK,
    OUTCOME_SCENE,
    SCENE_TASK,
    SETBACK,
    background_after_task,
    decision_as_task,
    finding_between_steps,
    finding_told_last,
    mistake_as_scene,
    others_event_before_mine,
    others_need_as_task,
    outcome_before_steps,
    scene_as_task,
    setback_before_task,
    unmarked_outcome,
)
from simulator.core.scoring.star_cues import (
    GENERIC,
    HYPOTHETICAL,
    I_WORDS,
    TIME_WORDS,
    WE_WORDS,
)
from simulator.core.scoring.star_findings import (
    FINDING_AS_TOLD,
    FINDING_SHOWN,
    finding_label,
    finding_shown,
)
from simulator.core.scoring.star_first_outcome import (
    FIRST_OUTCOME,
    MORE_OF_THE_OUTCOME,
    NOTE_STEP,
    NOTE_TASK,
    REFLECTION_BETWEEN,
    first_outcome_after_steps,
    note_steps_before_outcome,
    note_task,
    outcome_goes_on,
    reflection_between_parts,
)
from simulator.core.scoring.star_gaps import (
    UNMARKED_OUTCOME,
    absence_told,
    ends_on_a_step,
    hollow_parts,
    later_clause_tells_outcome,
    task_opening,
    team_outcome_before_lesson,
)
from simulator.core.scoring.star_habits import HABIT_ASKED, habits_asked
from simulator.core.scoring.star_headings import (
    HEADING_WEIGHT,
    UNDER_HEADING,
    UNDER_HEADING_WEIGHT,
    Heading,
    named,
    read_headings,
)
from simulator.core.scoring.star_labels import (
    LESSON_NAMED,
    LOOK_NOTED,
    OPENER,
    REMARK_MARGIN,
    STEP_AS_NOUN,
    Reasons,
    label_sentences,
    opens_no_story,
    sentence_evidence,
    told_evidence,
    why_label,
)
from simulator.core.scoring.star_notes import (
    LIST_COUNTS,
    LIST_ORDINALS,
    list_mark_dropped,
    note_duty_as_clause,
    note_head_as_clause,
)
from simulator.core.scoring.star_own_duty import OWN_DUTY_TASK, own_duty_as_task
from simulator.core.scoring.star_owned_work import TASK_OWNED, task_told_within
from simulator.core.scoring.star_predicates import passive_at
from simulator.core.scoring.star_reasons import BACKGROUND_WAS, PAST_PERFECT_BEFORE, cue_reason
from simulator.core.scoring.star_spoken import spoken_now
from simulator.core.scoring.star_states import STATE_AMONG_STEPS, state_among_steps
from simulator.core.scoring.star_tense import (
    as_past,
    my_present_among_past,
    text_as_past,
    told_in_present,
)
from simulator.core.scoring.star_told_first import end_told_first
from simulator.core.scoring.star_turns import (
    TOLD_FIRST,
    ended_in_main_clause,
    ended_up_first,
    goes_back,
    opens_on_the_end,
    present_step,
    went_back_within,
)
from simulator.core.scoring.text import Sentence, Tokens, count_phrases, is_number, word_set
from simulator.core.tables import STAR_TARGETS
from simulator.core.transcript import Transcript

TARGETS = STAR_TARGETS
# Points of the structure score (sum 100).
POINTS = {"parts": 40, "shares": 15, "order": 10, "quantified": 10, "ownership": 15, "specific": 10}
# How each share of the points reads on the scorecard (it said "parts 32/40, shares 7/15").
POINT_NAMES = {
    "parts": "STAR parts told",
    "shares": "balance between the parts",
    "order": "told in order",
    "quantified": "a number in the result",
    "ownership": "your own actions (“I”)",
    "specific": "specific details",
}
PART_POINTS = {"situation": 8, "task": 8, "action": 12, "result": 12}
HYPOTHETICAL_PENALTY = 15
# What interviewers weigh most: a story with no outcome, or with no "I" in it (only "we").
NO_RESULT_PENALTY = 12
# No situation or no task: the interviewer cannot tell why the actions mattered.
NO_CONTEXT_PENALTY = 4
ONLY_WE_PENALTY = 12  # "we" throughout and never "I"; less as the share of "I" grows ...
ONLY_WE_MIN = 3  # ... when "we" is said at least this often
OWN_SHARE_ENOUGH = 0.25  # ... and nothing once "I" is a quarter of the "I"/"we" words


@dataclass(frozen=True)
class StructureResult:
    score: int
    star: StarResult
    basis: str


def _sentence_times(
    sentences: tuple[Sentence, ...], transcript: Transcript, n_tokens: int
) -> list[tuple[float, float]] | None:
    """Start and end seconds of each sentence, from word timings (None without timings)."""
    from simulator.core.scoring.text import words as split_words

    timed = [w for w in transcript.words]
    if not timed:
        return None
    starts: list[float] = []
    ends: list[float] = []
    for w in timed:
        for _ in split_words(w.word) or [""]:
            starts.append(w.start)
            ends.append(w.end)
    if not starts:
        return None
    out = []
    scale = len(starts) / max(1, n_tokens)
    for s in sentences:
        a = min(len(starts) - 1, int(s.first_word * scale))
        b = min(len(ends) - 1, max(a, int(s.last_word * scale) - 1))
        out.append((starts[a], ends[b]))
    return out


_ENDS_A_SENTENCE = re.compile(r"[.!?;:\"'\u201d\u2019)\]]\s*$")
# A spoken pause written as an ellipsis before a word in lower case ("Hmm, let me think...
# yes, the one with the hospital."): the sentence goes on after it (star42).
_TRAILS_OFF = re.compile(r"(?:\.\.\.|\u2026)\s*$")
# A sentence cut at a semicolon: the teller joined the two clauses into one sentence (star51).
_SEMICOLON = re.compile(r";\s*$")


def _goes_on(before: str, piece: str, line_ended: bool = False) -> bool:
    """Is ``piece`` the rest of the sentence ``before`` was cut from (no end mark, a pause, or
    a semicolon)? Not when a line break ended ``before`` (``line_ended``): a teller who writes
    notes ends a line with no mark ("Saturday night, the API started timing out" / "p95 went
    from 80 ms to 4 s"), each line a sentence of its own (star69n: read as one, a story's every
    line took the label of their summed evidence)."""
    if line_ended:
        return False
    if not _ENDS_A_SENTENCE.search(before) or _SEMICOLON.search(before):
        return True
    return bool(_TRAILS_OFF.search(before)) and piece[:1].islower()


def _cut_sentences_read_whole(
    all_scores: list[dict[str, float]], texts: list[str], lines: Sequence[bool]
) -> list[dict[str, float]]:
    """The pieces of a sentence cut for length (text.MAX_SENTENCE_WORDS) weighed as one: the
    evidence of all its pieces, given to each, so one long list of my steps is not read as a
    step and then, past the cut, as something else ("..., and sent the whole ranking to all
    three leads together so they could argue with each other": no subject of its own, its
    place late in the story; round 33). A piece is cut from the one before when that one
    ends with no end mark, or trails off in an ellipsis before a word in lower case (a pause,
    star42), or ends on a semicolon: the teller made the two clauses one sentence, told for
    one part of the story ("We chose the scorecard; the lost accuracy cost little", "Model
    accuracy unchanged; no coordinates in any training data since"), and read apart they took
    a label each (star51). An answer with no end mark at all (a long
    unpunctuated speech transcript) is left as cut."""
    if not any(_ENDS_A_SENTENCE.search(t) for t in texts):
        return all_scores
    groups: list[list[int]] = []
    for i in range(len(texts)):
        if i and _goes_on(texts[i - 1], texts[i], lines[i - 1]):
            groups[-1].append(i)
        else:
            groups.append([i])
    out = list(all_scores)
    for group in groups:
        if len(group) > 1:
            whole = {k: sum(all_scores[i][k] for i in group) for k in all_scores[group[0]]}
            for i in group:
                out[i] = whole
    return out


# How far an opening line told before the story goes back is put above its best other part.
TOLD_FIRST_MARGIN = 1.5


def _told_from_the_end(
    start: int,
    said: list[tuple[str, ...]],
    all_scores: list[dict[str, float]],
    all_reasons: list[Reasons],
    texts: list[str],
    story_in_past: bool,
) -> None:
    """An opening line followed by a sentence that goes back to where it all began ("We ended up
    shutting the widget down, and revenue went up. It all started with ...") is the story's
    end told first: its result, however much it reads like a scene (star42). Not an opener
    that tells none of the story, nor a line that says what was asked of me."""
    if start + 1 >= len(said):
        return
    opening = list(said[start])
    if not (
        goes_back(list(said[start + 1]))
        # the project ended, then the next line goes back to how things were (star53)
        or (ended_in_main_clause(opening) and _looks_back(all_reasons[start + 1]))
        or opens_on_the_end(opening)
        # where things stand now, or what my work changed, measured (star_told_first.py)
        or end_told_first(opening, texts[start], story_in_past)
        # that something stopped, since ("No personal names in any training file since March.")
        or absence_told(texts[start])
        # "..., but let me back up", "We ended up launching it late" (star56)
        or went_back_within(opening)
        or ended_up_first(opening)
    ):
        return
    scores, reasons = all_scores[start], all_reasons[start]
    if opens_no_story(reasons) or told_evidence("task", reasons) >= 2.0:
        return
    rival = max(scores[p] for p in STAR_PARTS if p != "result")
    lift = max(0.0, rival - scores["result"]) + TOLD_FIRST_MARGIN
    scores["result"] += lift
    reasons["result"].append((lift, TOLD_FIRST))


# The reasons of a line that goes back to how things were: background told with "was/were/had",
# what had happened before (past perfect), "we were ..." (star53).
_BACK_THEN = frozenset((BACKGROUND_WAS, PAST_PERFECT_BEFORE, cue_reason("we were")))


def _looks_back(reasons: Reasons) -> bool:
    """Is the line background, not a step of mine: "The rewrite was my own proposal from the
    year before", "It was a personalized ranking model", "We were building a reply model"?"""
    back = any(why in _BACK_THEN for _, why in reasons.get("situation", ()))
    return back and told_evidence("action", reasons) < 2.0 and told_evidence("task", reasons) < 2.0


# Steps numbered as a list: "First, ... Second, ... Third, ...", "Step one: ... Step two: ..."
# (star53). Each item is a step, the last one too, whatever number it carries ("Third, I
# retrained the model on 40 percent more history" is no outcome: a story told without its
# result ends on it, and the result is missing).
_NUMBER_LEADS = frozenset(("and", "so", "then", "okay", "um", "uh"))
NUMBERED_STEP = "a step numbered in a list of steps"
NUMBERED_STEP_WEIGHT = 3.0


def _rank(ws: Sequence[str]) -> int:
    """The number a sentence gives itself as an item of a list ("Second, ...", "Step three:
    ...", "Step 2 -"), 0 when none."""
    k = 0
    while k < len(ws) and ws[k] in _NUMBER_LEADS:
        k += 1
    head = ws[k : k + 2]
    if (
        head[:1]
        and head[0] in LIST_ORDINALS
        and not (head[1:] and head[1] in ("of", "time", "one"))
    ):
        return LIST_ORDINALS[head[0]]
    if head[:1] == ["step"] and head[1:] and head[1] in LIST_COUNTS:
        return LIST_COUNTS[head[1]]
    return 0


def _numbered_steps(
    start: int,
    said: list[tuple[str, ...]],
    all_scores: list[dict[str, float]],
    all_reasons: list[Reasons],
    marks: Sequence[int],
) -> None:
    """Sentences numbered one after another ("First, ..." then "Second, ..."; "Step one:" then
    "Step two:"; "1)" then "2)", ``marks``) are a list of steps when the list opens among the
    steps (its first item says no outcome of its own: "First, latency fell by half. Second,
    ..." lists results): each item's number says it is one of them."""
    ranks = [(_rank(list(ws)) or marks[i]) if i >= start else 0 for i, ws in enumerate(said)]
    items: set[int] = set()
    for i, r in enumerate(ranks):
        if r < 2:
            continue
        before = next((j for j in range(i - 1, start - 1, -1) if ranks[j] == r - 1), -1)
        if before >= 0:
            items |= {before, i}
    if not items:
        return
    first = min(items)
    opens_on_outcome = told_evidence("result", all_reasons[first]) >= told_evidence(
        "action", all_reasons[first]
    )
    if opens_on_outcome and list(said[first])[:1] != ["step"]:
        return  # the list opens on an outcome: a list of results ("Step one:" is a step)
    for i in sorted(items):
        all_scores[i]["action"] += NUMBERED_STEP_WEIGHT
        all_reasons[i]["action"].append((NUMBERED_STEP_WEIGHT, NUMBERED_STEP))


# A story told in the present has at least this many steps of mine in the present.
PRESENT_STEPS_MIN = 2
PRESENT_STEP = "a step of yours, told in the present"
PRESENT_STEP_WEIGHT = 2.0


def _told_in_the_present(
    start: int,
    said: list[tuple[str, ...]],
    all_scores: list[dict[str, float]],
    all_reasons: list[Reasons],
) -> None:
    """A story told in the present ("So I go to my manager and I say ...", "Then I write a
    runbook"): each step of mine in the present is evidence of a step, as "I" + a past verb is
    in a story told in the past (star42). One such sentence alone is no narration (a lesson or
    a habit: "I check the joins"); the opening line and any task evidence keep their reading,
    and the past-tense step rules are left alone (IRREGULAR_PAST: "I read", "I set")."""
    steps = [
        i
        for i in range(start + 1, len(said))
        if present_step(list(said[i])) and told_evidence("task", all_reasons[i]) < 2.0
    ]
    if len(steps) < PRESENT_STEPS_MIN:
        return
    for i in steps:
        if any(why == '"I" + past verb' for _, why in all_reasons[i]["action"]):
            continue
        all_scores[i]["action"] += PRESENT_STEP_WEIGHT
        all_reasons[i]["action"].append((PRESENT_STEP_WEIGHT, PRESENT_STEP))


def analyse_star(
    tokens: Tokens, transcript: Transcript, asks_practice: bool = False
) -> StructureResult:
    """The STAR parts of a behavioral answer. ``asks_practice``: the question asks how the
    candidate goes about something ("How do you ...? Give me an example"), whose habits told in
    the present answer it (star_habits.py)."""
    sentences = tokens.sentences
    n = len(sentences)
    i_count = sum(1 for w in tokens.words if w in I_WORDS)
    we_count = sum(1 for w in tokens.words if w in WE_WORDS)
    # A story told as "we" is labelled as if told as "I": its parts are the same story's
    # parts ("we rewrote the job" is as much a step as "I rewrote the job"), so the only
    # difference "we" makes is the ownership cost (it used to shift labels too: weaker step
    # evidence let a "we" story's outcomes show while the "I" story's were read as steps,
    # and the "we" story could score higher).
    as_we = _we_cost(i_count, we_count) > 0
    all_scores = []
    all_reasons = []
    # The story proper starts after any opener that tells none of it ("Sure, I'll walk through
    # the one I remember best."): the sentence after it is the opening line, read with the
    # opening line's rules, and positions count from it (round 35).
    start = 0
    # A story told in the present is read as told in the past (star_tense.py, star43).
    present = told_in_present([tokens.words[s.first_word : s.last_word] for s in sentences])
    # ... and so is a present-tense act of mine between two past sentences (star68)
    mixed = (
        set()
        if present
        else set(
            my_present_among_past([tokens.words[s.first_word : s.last_word] for s in sentences])
        )
    )
    # a part named by its heading ("Outcome: ...", "What I did:" over the lines under it)
    headings, under = read_headings([s.text for s in sentences])
    marks = []
    for i, sentence in enumerate(sentences):
        ws = list(tokens.words[sentence.first_word : sentence.last_word])
        raw = sentence.text
        # "3) wired them into Airflow." as "wired them into Airflow.", the item numbered 3
        ws, raw, mark = list_mark_dropped(ws, raw)
        marks.append(mark)
        # "Goal: ..." read as "goal was ..." (star51); "Step three: retrained ..." as
        # "retrained ..." (star53)
        ws, raw = note_head_as_clause(ws, raw)
        # "Had to ship ...", "Two months to deliver ..." as "I had to ..." (star54)
        ws, raw = note_duty_as_clause(ws, raw)
        # "I was kind of the person who had to ..." as "I was the person who had to ..." (star60)
        ws = _without_hedges(ws)
        if as_we:
            ws = [_WE_AS_I.get(w, w) for w in ws]
            # "we were supposed to" reads as "i was supposed to", as the "I" story says it
            ws = ["was" if w == "were" and k and ws[k - 1] == "i" else w for k, w in enumerate(ws)]
            raw = re.sub(r"\bby us\b", "by me", raw, flags=re.I)
        place = ((i - start + 0.5) / (n - start), i - start)
        scores, reasons = sentence_evidence(ws, raw, *place)
        if (present or i in mixed) and not scores["other"] > max(scores[p] for p in STAR_PARTS):
            # (a remark on the telling keeps its own tense: "Um, so, I have one from last year")
            past = as_past(ws)
            if past != ws:
                scores, reasons = sentence_evidence(past, raw, *place)
        if i == 0 and not present and spoken_now(raw, ws) and not opens_no_story(reasons):
            # "Um, yeah, so, triage is close to my heart.": a spoken lead, then the teller speaking
            # now, before a story told in the past (star_spoken.spoken_now, star70v)
            top = max(scores[p] for p in STAR_PARTS)
            scores["other"] += REMARK_MARGIN + top
            reasons["other"].append((REMARK_MARGIN + top, OPENER))
        if i == start and i + 1 < n - 1 and i < MAX_OPENERS and opens_no_story(reasons):
            start = i + 1
        if as_we:
            reasons = {k: [(w, _as_we(why)) for w, why in v] for k, v in reasons.items()}
        heading, over = headings[i], under[i]
        if heading is not None and not _named(reasons):
            scores[heading.part] += HEADING_WEIGHT
            reasons[heading.part].append((HEADING_WEIGHT, named(heading.said)))
        elif over is not None:
            scores[over] += UNDER_HEADING_WEIGHT
            reasons[over].append((UNDER_HEADING_WEIGHT, UNDER_HEADING))
        all_scores.append(scores)
        all_reasons.append(reasons)
    texts = [s.text for s in sentences]
    said = [tokens.words[s.first_word : s.last_word] for s in sentences]
    _told_from_the_end(start, said, all_scores, all_reasons, texts, not present)
    _told_in_the_present(start, said, all_scores, all_reasons)
    _numbered_steps(start, said, all_scores, all_reasons, marks)
    lines = [s.ends_line for s in sentences]
    labelled = label_sentences(_cut_sentences_read_whole(all_scores, texts, lines))
    labels = task_opening(team_outcome_before_lesson(labelled, texts, said), all_reasons)
    for i, (was, now) in enumerate(zip(labelled, labels, strict=True)):
        if was != now:
            why = "the task, told first" if now == "task" else "the team's act before the lesson"
            all_reasons[i][now].append((9.0, why))
    _keep_headings(labels, headings)
    _read_in_context(labels, said, texts, all_reasons, lines)
    for i in habits_asked(labels, said, asks_practice, texts):
        labels[i] = "action"
        all_reasons[i].setdefault("action", []).append((9.0, HABIT_ASKED))
    for i in _hollow_sentences(said):
        labels[i] = "other"
        all_reasons[i].setdefault("other", []).append((9.0, "the same words again"))
    closing = _closing_outcome(labels, texts, said, all_reasons)
    if closing is not None:
        labels[closing] = "result"
        all_reasons[closing].setdefault("result", []).append((9.0, CLOSING_OUTCOME))
    _keep_headings(labels, headings)
    times = _sentence_times(sentences, transcript, len(tokens))
    weights: list[float]
    if times is not None:
        bounds = [t[0] for t in times[1:]] + [times[-1][1]] if times else []
        weights = [max(0.0, bounds[i] - times[i][0]) for i in range(n)]
        basis_kind = "time"
    else:
        weights = [float(s.word_count) for s in sentences]
        basis_kind = "words"
    total = sum(w for w, lab in zip(weights, labels, strict=True) if lab != "other") or 1.0
    shares = {
        p: sum(w for w, lab in zip(weights, labels, strict=True) if lab == p) / total
        for p in STAR_PARTS
    }
    parts = {p: StarPart(shares[p] > 0, round(shares[p], 3), TARGETS[p]) for p in STAR_PARTS}
    segments = [
        StarSegment(
            lab,
            s.text,
            times[i][0] if times else None,
            times[i][1] if times else None,
            why_label(lab, all_reasons[i]),
        )
        for i, (s, lab) in enumerate(zip(sentences, labels, strict=True))
    ]
    # a sentence that names the work as mine tells the task, whatever part it is labelled
    # (star_owned_work.py, rel69): the part is told, the sentence keeps its label
    owned = task_told_within(labels, said)
    if owned is not None:
        parts["task"] = replace(parts["task"], present=True)
        why = segments[owned].why
        segments[owned] = replace(
            segments[owned], why=f"{why}; {TASK_OWNED}" if why else TASK_OWNED
        )
    hollow = hollow_parts(labels, texts, said, all_reasons)
    if present and "result" in hollow:
        # a story told in the present says what came of its steps as one told in the past
        # does, and the outcome rules read the past ("lifts" as "lifted"): its result is told
        # when either reading finds it (star58)
        read_past = hollow_parts(
            labels, [text_as_past(t) for t in texts], [as_past(ws) for ws in said], all_reasons
        )
        if "result" not in read_past:
            del hollow["result"]
    # (after the present-tense reading: a finding is no outcome in either tense)
    if "result" not in hollow and _only_findings(labels, all_reasons):
        hollow["result"] = FINDINGS_ONLY
    elif "result" not in hollow and _findings_then_steps(labels, all_reasons, texts):
        hollow["result"] = FINDINGS_AND_STEPS
    missing = [p for p in STAR_PARTS if not parts[p].present or p in hollow]
    order: list[str] = []
    for lab in labels:
        if lab in STAR_PARTS and lab not in order:
            order.append(lab)
    in_order = order == [p for p in STAR_PARTS if p in order]
    result_words = [
        w
        for s, lab in zip(sentences, labels, strict=True)
        if lab == "result"
        for w in tokens.words[s.first_word : s.last_word]
    ]
    result_text = " ".join(
        s.text for s, lab in zip(sentences, labels, strict=True) if lab == "result"
    )
    quantified = any(is_number(w) for w in result_words) or "%" in result_text
    specificity = _specificity(tokens)
    hypothetical_hits = sum(count_phrases(tokens.words, HYPOTHETICAL).values())
    past_hits = sum(
        1 for w in tokens.words if w in ("was", "were", "did", "had") or w.endswith("ed")
    )
    hypothetical = hypothetical_hits >= 2 and hypothetical_hits * 3 > past_hits

    star = StarResult(
        parts=parts,
        segments=segments,
        share_basis=basis_kind,
        missing=missing,
        order=order,
        in_order=in_order,
        quantified_result=quantified and "result" not in hollow,
        i_count=i_count,
        we_count=we_count,
        specificity=round(specificity, 3),
        hypothetical=hypothetical,
        hollow=hollow,
    )
    score, basis = _structure_points(star)
    return StructureResult(score, star, basis)


MAX_OPENERS = 2  # opening remarks skipped before the story's opening line
REPEAT_MIN_WORDS = 8  # a sentence this long ...
REPEAT_MAX_VARIETY = 0.3  # ... with fewer distinct words than this share of them says nothing


def _read_in_context(
    labels: list[str],
    said: Sequence[Sequence[str]],
    texts: Sequence[str],
    reasons: list[Reasons],
    lines: Sequence[bool],
) -> None:
    """Labels that only a sentence's neighbours tell (star_context.py), changed in place with
    why: a finding between my steps, a decision that sets the work, a setback before the task,
    an outcome told last with no cue word (``lines``: which sentences a line break ended)."""
    found: set[int] = set()  # the findings, told as the result or the situation (star61)
    passes = (
        (lambda: others_event_before_mine(labels, reasons), "situation", OTHERS_EVENT),
        (lambda: mistake_as_scene(labels, said), "situation", MISTAKE_SCENE),
        (lambda: finding_between_steps(labels, said, reasons, texts), "action", FINDING_BETWEEN),
        (lambda: finding_told_last(labels, said, reasons, texts), "action", FINDING_LAST),
        (lambda: finding_among_steps(labels, said, reasons, texts), "action", FINDING_AMONG_STEPS),
        (lambda: finding_a_step_follows(labels, said, reasons, texts), "action", FOLLOWED_FROM),
        (lambda: decision_as_task(labels, said), "task", DECISION_TASK),
        (lambda: setback_before_task(labels, said), "situation", SETBACK),
        (lambda: outcome_before_steps(labels, said, reasons), "situation", OUTCOME_SCENE),
        (lambda: others_need_as_task(labels, said, texts), "task", OTHERS_NEED_TASK),
        (lambda: scene_as_task(labels, said, reasons), "situation", SCENE_TASK),
        (
            lambda: background_after_task(labels, said, reasons, texts),
            "situation",
            BACKGROUND_AFTER_TASK,
        ),
        (lambda: unmarked_outcome(labels, said, texts), "result", UNMARKED_OUTCOME),
        (lambda: note_steps_before_outcome(labels, said, reasons, texts), "action", NOTE_STEP),
        (lambda: first_outcome_after_steps(labels, said, texts), "result", FIRST_OUTCOME),
        (lambda: reflection_between_parts(labels, said, texts), "other", REFLECTION_BETWEEN),
        (lambda: note_task(labels, texts), "task", NOTE_TASK),
        # my own duty said in my own clause, when nothing else is read as the task (star62)
        (lambda: own_duty_as_task(labels, said, reasons), "task", OWN_DUTY_TASK),
        # an act told right after a finding read as the result is a step, not more of the
        # outcome: what a look turned up begins no outcome (star61)
        (
            lambda: [
                k
                for k in outcome_goes_on(labels, said, texts)
                if not _act_after_finding(k, labels, said, texts, found)
            ],
            "result",
            MORE_OF_THE_OUTCOME,
        ),
        (lambda: finding_framed(labels, said), "action", FINDING_FRAMED),
        (lambda: finding_shown(labels, said), "action", FINDING_FRAMED),
        # how things stood, told among my steps: the scene, unless it tells a change (star67)
        (
            lambda: [
                i
                for i in state_among_steps(labels, said, texts, _steps_named(reasons))
                if not _a_piece(i, texts, lines)
            ],
            "situation",
            STATE_AMONG_STEPS,
        ),
        # last: what a measure told me is a step whatever the passes before made of it (star55)
        (lambda: conclusion_drawn(labels, said, reasons), "action", CONCLUSION_DRAWN),
        (lambda: _looks_noted(labels, reasons), "action", LOOK_NOTED),
    )
    for find, pass_label, pass_why in passes:
        for i in find():
            label, why = pass_label, pass_why
            if why in _FINDINGS:
                # what a look turned up is no step of mine unless it tells an act (star61)
                label, why = _finding_part(i, labels, said, texts, reasons, why)
                if label != "action":
                    found.add(i)
            if label != "action" and (_numbered(reasons[i]) or _look_noted(reasons[i])):
                # a step numbered in a list stays a step, wherever it stands (star53), and so
                # does a look noted with what it found (star55)
                continue
            if label != "result" and _lesson(reasons[i]):
                continue  # a lesson named as such stays the result, wherever it stands (star54)
            if label != labels[i] and _named(reasons[i]):
                continue  # a part named by its heading stays that part (star69n)
            labels[i] = label
            reasons[i].setdefault(label, []).append((9.0, why))


def _named(reasons: Reasons) -> bool:
    """Did the teller name the sentence's part ('named "Outcome"')?"""
    return any(why.startswith('named "') for said in reasons.values() for _, why in said)


def _keep_headings(labels: list[str], headings: Sequence[Heading | None]) -> None:
    """A line headed by the name of a part is that part, whatever its neighbours make of it
    (the teller's own word for the line: star_headings.py)."""
    for i, heading in enumerate(headings):
        if heading is not None:
            labels[i] = heading.part


def _steps_named(reasons: Sequence[Reasons]) -> list[bool]:
    """Which sentences name a step of mine as a thing ("My first step was an audit", "The final
    piece was a weekly chart": STEP_AS_NOUN)."""
    return [any(why == STEP_AS_NOUN for _, why in r.get("action", ())) for r in reasons]


def _a_piece(i: int, texts: Sequence[str], lines: Sequence[bool]) -> bool:
    """Is sentence ``i`` a piece of a sentence cut in two (``_goes_on``)? The teller made the
    clauses one sentence, told for one part of the story ("Six depended on location; for four
    of them I found a substitute"): a state in one piece is no scene of its own (star67)."""
    return bool(i and _goes_on(texts[i - 1], texts[i], lines[i - 1])) or (
        i + 1 < len(texts) and _goes_on(texts[i], texts[i + 1], lines[i])
    )


# The passes that find what a look turned up, told between my steps or after the last one: the
# part each finding gets is star_findings.finding_label's (round 61: a finding is no step).
_FINDINGS = frozenset(
    (FINDING_BETWEEN, FINDING_LAST, FINDING_AMONG_STEPS, FOLLOWED_FROM, FINDING_FRAMED)
)


_FOUND_RESULTS = frozenset((FINDING_AS_TOLD, FINDING_SHOWN))
FINDINGS_ONLY = "the story tells what your looks found but never says what came of your steps"


def _only_findings(labels: Sequence[str], reasons: Sequence[Reasons]) -> bool:
    """Is every sentence read as the result a finding told between the steps (star61)? What a
    look turned up is the result's kind of sentence, but no outcome of the story: a story told
    without one still misses it, as when its findings were read as steps."""
    results = [i for i, label in enumerate(labels) if label == "result"]
    return bool(results) and all(
        any(why in _FOUND_RESULTS for _, why in reasons[i].get("result", ())) for i in results
    )


CLOSING_OUTCOME = "what came of my steps, in the last sentence's closing clause"


def _closing_outcome(
    labels: Sequence[str],
    texts: Sequence[str],
    said: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
) -> int | None:
    """The story's last sentence, read as a step or the scene, when a clause after its first
    tells what came of the steps and nothing else in the story does (star64): "I delivered the
    forecast in week four, it beat the desk's old spreadsheet by about a fifth, and the head
    trader asked me to stay on the desk" ends the story on its outcome, and a story that ends
    so had its told result called missing. Only after a step of mine, and only when the result
    would otherwise be missing."""
    last = next((i for i in range(len(labels) - 1, -1, -1) if labels[i] != "other"), -1)
    if last <= 0 or labels[last] not in ("action", "situation", "task"):
        return None
    if "action" not in labels[:last] and labels[last] != "action":
        return None
    if not later_clause_tells_outcome(texts[last]):
        return None
    if "result" in labels and "result" not in hollow_parts(labels, texts, said, reasons):
        return None
    return last


FINDINGS_AND_STEPS = "the story ends on what you found and did but never says what came of it"


def _findings_then_steps(
    labels: Sequence[str], reasons: Sequence[Reasons], texts: Sequence[str]
) -> bool:
    """Is every sentence read as the result either a finding told between the steps or one more
    step of mine, with at least one of each (star64)? "The new system recorded waste as
    negative sales, so the model was learning from demand that never existed. A correction was
    added to the data pipeline, and the model was retrained on the cleaned history." says what a
    look found and what was done about it, never what came of it: neither kind is an outcome on
    its own (``_only_findings``, ``ends_on_a_step``), so both together are none either."""
    found = {
        i
        for i, label in enumerate(labels)
        if label == "result"
        and any(why in _FOUND_RESULTS for _, why in reasons[i].get("result", ()))
    }
    if not found or len(found) == labels.count("result"):
        return False
    rest = ["action" if i in found else label for i, label in enumerate(labels)]
    return ends_on_a_step(rest, reasons, texts)


def _act_after_finding(
    k: int,
    labels: Sequence[str],
    said: Sequence[Sequence[str]],
    texts: Sequence[str],
    found: set[int],
) -> bool:
    """Is sentence ``k`` an act told in the passive ("The worst source of labels was dropped")
    after a finding, with only remarks between? (outcome_goes_on reads a note of my own act
    as one already; a passive act is what it takes for more of an outcome.)"""
    before = next((j for j in range(k - 1, -1, -1) if labels[j] != "other"), -1)
    return before in found and passive_at(as_past(list(said[k]))) > 0


def _finding_part(
    i: int,
    labels: Sequence[str],
    said: Sequence[Sequence[str]],
    texts: Sequence[str],
    reasons: Sequence[Reasons],
    why: str,
) -> tuple[str, str]:
    """The part and why of sentence ``i`` that a finding pass picked (``why``: the pass's)."""
    return finding_label(said[i], texts[i], labels[i], reasons[i], last=why == FINDING_LAST)


def _numbered(reasons: Reasons) -> bool:
    return any(why == NUMBERED_STEP for _, why in reasons.get("action", ()))


def _looks_noted(labels: Sequence[str], reasons: Sequence[Reasons]) -> list[int]:
    """Sentences read as the result that are a look noted with what it found ("Checked the
    logs: two thirds of the errors from one client."): a step, told last or not (star55)."""
    return [i for i, lab in enumerate(labels) if lab == "result" and _look_noted(reasons[i])]


def _look_noted(reasons: Reasons) -> bool:
    return any(why == LOOK_NOTED for _, why in reasons.get("action", ()))


def _lesson(reasons: Reasons) -> bool:
    return any(why == LESSON_NAMED for _, why in reasons.get("result", ()))


def _hollow_sentences(said: Sequence[Sequence[str]]) -> list[int]:
    """Sentences that tell nothing: the same few words over and over ("one-on-one one-on-one
    ...", a pasted or stuck transcript), or a sentence already said word for word. Position
    alone would otherwise make them a situation, a task or a result."""
    seen: set[tuple[str, ...]] = set()
    hollow = []
    for i, words in enumerate(map(tuple, said)):
        few = len(set(words)) < REPEAT_MAX_VARIETY * len(words)
        if (len(words) >= REPEAT_MIN_WORDS and few) or (len(words) >= 4 and words in seen):
            hollow.append(i)
        seen.add(words)
    return hollow


def _specificity(tokens: Tokens) -> float:
    """0..1: numbers, names and time references make a story specific; "usually" does not."""
    numbers = sum(1 for w in tokens.words if is_number(w))
    names = 0
    for s in tokens.sentences:
        for raw in s.text.split()[1:]:
            word = raw.strip(",.;:!?\"'()")
            if (
                word[:1].isupper()
                and word not in ("I", "I'm", "I've", "I'd", "I'll")
                and len(word) > 1
            ):
                names += 1
    times = sum(count_phrases(tokens.words, TIME_WORDS).values())
    generic = sum(1 for w in tokens.words if w in GENERIC)
    value = (min(numbers, 4) + min(names, 3) + min(times, 2) - generic) / 7
    return max(0.0, min(1.0, value))


def _share_points(part: StarPart, points: float) -> float:
    if not part.present:
        return 0.0
    lo, hi = part.target
    if lo <= part.share <= hi:
        return points
    off = lo - part.share if part.share < lo else part.share - hi
    return max(0.0, points * (1 - off / 0.25))


def _structure_points(star: StarResult) -> tuple[int, str]:
    got: dict[str, float] = {}
    told = {p for p in STAR_PARTS if star.parts[p].present and p not in star.hollow}
    got["parts"] = sum(PART_POINTS[p] for p in told)
    we_cost = ownership_penalty(star)
    if "action" in star.hollow:
        # Steps all told as "we" are no steps of the candidate's; a story told as "we"
        # throughout already pays for that in its ownership cost, so it is charged once.
        got["parts"] += min(PART_POINTS["action"], we_cost)
    got["shares"] = sum(_share_points(star.parts[p], POINTS["shares"] / 4) for p in STAR_PARTS)
    got["order"] = (
        POINTS["order"]
        if star.in_order and len(star.order) >= 3
        else (POINTS["order"] / 2 if star.in_order else 0.0)
    )
    got["quantified"] = POINTS["quantified"] if star.quantified_result else 0.0
    mine = star.i_count / max(1, star.i_count + star.we_count)
    got["ownership"] = POINTS["ownership"] * min(1.0, mine / 0.5)
    got["specific"] = POINTS["specific"] * star.specificity
    total = sum(got.values())
    penalties = 0  # the points taken off below, said each with its reason
    basis = ""
    if star.hypothetical:
        penalties += HYPOTHETICAL_PENALTY
        basis += f", hypothetical -{HYPOTHETICAL_PENALTY}"
    if "action" in star.hollow:
        whose = "someone else's" if "someone else" in star.hollow["action"] else "“we”"
        basis += f", no action of your own (steps all {whose})"
    if "result" not in told:
        penalties += NO_RESULT_PENALTY
        hollow = star.hollow.get("result", "")
        what = "no result"
        if hollow:
            what = "no outcome, only steps"
            if "lesson" in hollow:
                what = "no outcome, only a lesson"
            elif "plan" in hollow:
                what = "no outcome, only a plan"
        basis += f", {what} -{NO_RESULT_PENALTY}"
    for part in ("situation", "task"):
        if not star.parts[part].present:
            penalties += NO_CONTEXT_PENALTY
            basis += f", no {part} -{NO_CONTEXT_PENALTY}"
    if we_cost:
        penalties += we_cost
        basis += f", mostly “we” -{we_cost}" if star.i_count else f", only “we” -{we_cost}"
    score = int(round(max(0.0, min(100.0, total - penalties))))
    held = total - penalties < 0  # the score is held at 0: no sum of the parts gives it
    # the points in whole numbers that add up to the score before its penalties (walkthrough
    # 53), by the app's one rounding rule; held at 0, no sum gives the score: each on its own
    shown = {k: half_up(v) for k, v in got.items()} if held else whole_parts(got, score + penalties)
    said = ", ".join(f"{POINT_NAMES[k]} {shown[k]}/{POINTS[k]}" for k in got)
    return score, said + basis


def ownership_penalty(star: StarResult) -> int:
    """Points a story told as "we" loses: ``ONLY_WE_PENALTY`` with no "I" at all, less as
    "I" takes a larger share, none from ``OWN_SHARE_ENOUGH``. One "I" among a dozen "we"
    still leaves the interviewer unable to tell what the candidate did."""
    return _we_cost(star.i_count, star.we_count)


def _we_cost(i_count: int, we_count: int) -> int:
    if we_count < ONLY_WE_MIN:
        return 0
    mine = i_count / (i_count + we_count)
    return int(round(ONLY_WE_PENALTY * max(0.0, 1.0 - mine / OWN_SHARE_ENOUGH)))


# Spoken hedges said between a form of "be" and what it says ("I was kind of the person who had
# to untangle it", "getting things moving was basically on me"): the cue is read without them
# (star60). Only there: after "I" ("I kind of became the owner") the hedge is kept, or a past verb
# of mine would read as a step; after a determiner it names a kind ("a kind of model").
_HEDGES = (("kind", "of"), ("sort", "of"), ("basically",), ("pretty", "much"))
_BE_FORMS = word_set("was were is are am i'm it's that's he's she's we're they're")


def _without_hedges(ws: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(ws):
        hedge = next((h for h in _HEDGES if tuple(ws[i : i + len(h)]) == h), None)
        if hedge and out and out[-1] in _BE_FORMS:
            i += len(hedge)
            continue
        out.append(ws[i])
        i += 1
    return out


_WE_AS_I = {"we": "i", "us": "me", "our": "my", "ours": "mine", "ourselves": "myself"}


_I_AS_WE = {"i": "we", "me": "us", "my": "our", "mine": "ours", "myself": "ourselves"}


def _as_we(why: str) -> str:
    """A label's reason for a "we" story, said with the story's own words ('"so we"')."""
    why = why.replace('"I" + past verb', '"we" + past verb')
    return re.sub(
        r'"([^"]*)"',
        lambda m: (
            '"'
            + re.sub(
                r"\bwe was\b",
                "we were",
                " ".join(_I_AS_WE.get(w, w) for w in m.group(1).split(" ")),
            )
            + '"'
        ),
        why,
    )


def mark_off_question(
    result: StructureResult, focus: list[str], penalty: int, reads_as: str = ""
) -> StructureResult:
    """The story does not answer the question: it loses ``penalty`` points, and says why (and,
    when another question's theme frames it, what it reads as instead)."""
    star = replace(result.star, off_question=list(focus) or ["the question"], reads_as=reads_as)
    basis = f"{result.basis}, off the question -{penalty}"
    return StructureResult(max(0, result.score - penalty), star, basis)
