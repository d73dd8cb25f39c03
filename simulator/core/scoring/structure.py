"""Structure (behavioral answers): STAR labels for every sentence, then what that says.

Each sentence is labelled from what it says, not where it sits: cue phrases ("my role was",
"as a result"), tense and voice (background "was/were/had" versus "I + past verb"), who acts
("I" versus "the team"), and numbers of change ("cut ... by 40 %"). Position is only a weak
prior that breaks ties, so a story that opens with its result or interleaves actions and
results is still labelled right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from simulator.core.scoring.results import STAR_PARTS, StarPart, StarResult, StarSegment
from simulator.core.scoring.star_cues import (
    ADVERBS,
    BE_PAST,
    CHANGE_WORDS,
    CUE_SETS,
    CUES,
    GENERIC,
    HABITUAL,
    HYPOTHETICAL,
    I_WORDS,
    IRREGULAR_PAST,
    NOT_ACTION_VERBS,
    NOT_GERUNDS,
    OTHER_SUBJECTS,
    OUTCOME_VERBS,
    SEQUENCE,
    STATE_PARTICIPLES,
    TIME_FRAMES,
    TIME_WORDS,
    UPTAKE_VERBS,
    WE_WORDS,
)
from simulator.core.scoring.text import Sentence, Tokens, count_phrases, is_number
from simulator.core.tables import STAR_TARGETS
from simulator.core.transcript import Transcript

TARGETS = STAR_TARGETS
# Points of the structure score (sum 100).
POINTS = {"parts": 40, "shares": 15, "order": 10, "quantified": 10, "ownership": 15, "specific": 10}
PART_POINTS = {"situation": 8, "task": 8, "action": 12, "result": 12}
HYPOTHETICAL_PENALTY = 15
# What interviewers weigh most: a story with no outcome, or with no "I" in it (only "we").
NO_RESULT_PENALTY = 10
ONLY_WE_PENALTY = 10
ONLY_WE_MIN = 3  # "we" this many times and never "I"

_PART_NAMES = "situation|context|background|task|action|actions|result|results|outcome"
_EXPLICIT = re.compile(rf"^\s*({_PART_NAMES})\s*[:\-]", re.I)
_EXPLICIT_MAP = {
    "situation": "situation",
    "context": "situation",
    "background": "situation",
    "task": "task",
    "action": "action",
    "actions": "action",
    "result": "result",
    "results": "result",
    "outcome": "result",
}


LABELS = (*STAR_PARTS, "other")
POSITION_PRIOR = 1.6  # evidence for situation at the very start, result at the very end
_NEXT = {
    ("situation", "task"): 0.6,
    ("task", "action"): 0.6,
    ("action", "result"): 0.6,
    ("situation", "action"): 0.2,
    ("result", "action"): 0.1,
    ("result", "situation"): 0.1,
}


@dataclass(frozen=True)
class StructureResult:
    score: int
    star: StarResult
    basis: str


def _past_verb_after(ws: list[str], subject: str) -> bool:
    """``subject`` followed by a past-tense verb that is an act ("I wrote", "we moved")."""
    for i in range(len(ws) - 1):
        if ws[i] != subject:
            continue
        j = i + 1
        while j < len(ws) - 1 and ws[j] in ADVERBS:
            j += 1
        verb = ws[j]
        if verb in NOT_ACTION_VERBS:
            continue
        if (verb.endswith("ed") and len(verb) > 3) or verb in IRREGULAR_PAST:
            return True
    return False


def _passive(ws: list[str]) -> bool:
    """was/were + a past participle that is an act, not a state ("was rolled back", "were
    added"), with no "I" or "we" as the subject of the clause."""
    if "i" in ws[:3] or "we" in ws[:3] or "there" in ws[:3]:
        return False
    for i in range(len(ws) - 1):
        if ws[i] not in BE_PAST:
            continue
        j = i + 1
        while j < len(ws) - 1 and ws[j] in ADVERBS:
            j += 1
        verb = ws[j]
        if verb in NOT_ACTION_VERBS or verb in STATE_PARTICIPLES:
            continue
        if (verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_PAST:
            return True
    return False


def _other_took_up(ws: list[str]) -> bool:
    """Someone else acted on it: "she agreed to a pilot", "the leads approved the plan"."""
    head = ws[:4]
    if not any(w in OTHER_SUBJECTS for w in head):
        return False
    return any(w in UPTAKE_VERBS for w in ws[:6])


def sentence_scores(ws: list[str], raw: str, position: float) -> dict[str, float]:
    """Evidence for each label of one sentence: cues, tense and voice, numbers, position."""
    scores = {label: 0.0 for label in LABELS}
    explicit = _EXPLICIT.match(raw)
    if explicit:
        scores[_EXPLICIT_MAP[explicit.group(1).lower()]] += 10.0
    for label, cues in CUE_SETS.items():
        for cue, n in count_phrases(ws, cues).items():
            scores[label] += CUES[label][cue] * min(n, 2)
    i_acted = _past_verb_after(ws, "i")
    if i_acted:
        scores["action"] += 2.0
    elif _past_verb_after(ws, "we"):
        scores["action"] += 1.2
    numbers = sum(1 for w in ws if is_number(w)) + raw.count("%")
    changed = any(w in CHANGE_WORDS for w in ws)
    # "had dropped to one launch a month": a past-perfect change is background, not a result.
    background_change = any(
        w in CHANGE_WORDS and i > 0 and ws[i - 1] in ("had", "been") for i, w in enumerate(ws)
    )
    if background_change:
        scores["situation"] += 2.0
    elif numbers and changed:
        scores["result"] += 2.0
    elif numbers:
        scores["result"] += 0.3
    scores["result"] += min(2, sum(1 for w in ws if w in OUTCOME_VERBS)) * 0.8
    passive = _passive(ws)
    if passive and not i_acted:
        # "The model was then rolled back", "a check was added by me": an act told in the
        # passive. Without a sequence word or an agent it may be background ("tickets were
        # routed by hand"), so it counts less.
        sequenced = any(w in SEQUENCE for w in ws) or "by me" in raw.lower()
        scores["action"] += 2.0 if sequenced else 0.4
    if position < 0.25 and count_phrases(ws, TIME_FRAMES):
        # A story's opening line dates it ("about a year ago I presented ..."): the scene,
        # even when it says what I did.
        scores["situation"] += 3.5
    if ws and ws[0].endswith("ing") and ws[0] not in NOT_GERUNDS and len(ws[0]) > 5:
        # "Shadowing a specialist for three days taught me ...": an act named by its gerund.
        scores["action"] += 1.5
    head = set(ws[:3])
    if position < 0.4 and head & OTHER_SUBJECTS and not head & (I_WORDS | WE_WORDS):
        # Someone else acting before I came in ("my lead pulled me aside") sets the scene.
        scores["situation"] += 1.0
    if _other_took_up(ws):
        # Late in a story, someone acting on my work ("the head asked me to scope the next
        # step") is an outcome, even when it reads like a new request.
        scores["result"] += 2.0 + (1.5 if position > 0.6 else 0.0)
    # Background: how things were (was/were, "had been", "often", "every week"), not my acts.
    if not i_acted:
        if any(w in ("was", "were", "had") for w in ws) and not passive:
            scores["situation"] += 0.75
        scores["situation"] += 0.5 * min(2, sum(1 for w in ws if w in HABITUAL))
        if numbers and not changed and "i" not in ws:
            scores["situation"] += 0.3
    # Weak position prior: stories tend to run S, T, A, R.
    scores["situation"] += POSITION_PRIOR * max(0.0, 0.35 - position) / 0.35
    scores["result"] += POSITION_PRIOR * max(0.0, position - 0.65) / 0.35
    scores["action"] += 0.2 if 0.25 <= position <= 0.85 else 0.0
    return scores


def _transition(prev: str, cur: str) -> float:
    if prev == cur:
        return 0.0 if cur == "other" else 0.5
    return _NEXT.get((prev, cur), 0.0)


def label_sentences(all_scores: list[dict[str, float]]) -> list[str]:
    """The best label sequence (Viterbi): evidence per sentence plus a small bonus for
    staying in a part or moving on in STAR order, so a sentence without cues joins its
    neighbours while a clear cue still wins."""
    if not all_scores:
        return []
    best = {lab: (all_scores[0][lab], [lab]) for lab in LABELS}
    for scores in all_scores[1:]:
        nxt = {}
        for cur in LABELS:
            prev = max(LABELS, key=lambda p: best[p][0] + _transition(p, cur))
            total = best[prev][0] + _transition(prev, cur) + scores[cur]
            nxt[cur] = (total, [*best[prev][1], cur])
        best = nxt
    return max(best.values(), key=lambda v: v[0])[1]


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


def analyse_star(tokens: Tokens, transcript: Transcript) -> StructureResult:
    sentences = tokens.sentences
    n = len(sentences)
    all_scores = []
    for i, sentence in enumerate(sentences):
        ws = list(tokens.words[sentence.first_word : sentence.last_word])
        all_scores.append(sentence_scores(ws, sentence.text, (i + 0.5) / n))
    labels = label_sentences(all_scores)
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
        StarSegment(lab, s.text, times[i][0] if times else None, times[i][1] if times else None)
        for i, (s, lab) in enumerate(zip(sentences, labels, strict=True))
    ]
    missing = [p for p in STAR_PARTS if not parts[p].present]
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
    i_count = sum(1 for w in tokens.words if w in I_WORDS)
    we_count = sum(1 for w in tokens.words if w in WE_WORDS)
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
        quantified_result=quantified,
        i_count=i_count,
        we_count=we_count,
        specificity=round(specificity, 3),
        hypothetical=hypothetical,
    )
    score, basis = _structure_points(star)
    return StructureResult(score, star, basis)


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
    got["parts"] = sum(PART_POINTS[p] for p in STAR_PARTS if star.parts[p].present)
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
    basis = ", ".join(f"{k} {v:.0f}/{POINTS[k]}" for k, v in got.items())
    if star.hypothetical:
        total -= HYPOTHETICAL_PENALTY
        basis += f", hypothetical -{HYPOTHETICAL_PENALTY}"
    if not star.parts["result"].present:
        total -= NO_RESULT_PENALTY
        basis += f", no result -{NO_RESULT_PENALTY}"
    if star.i_count == 0 and star.we_count >= ONLY_WE_MIN:
        total -= ONLY_WE_PENALTY
        basis += f', only "we" -{ONLY_WE_PENALTY}'
    return int(round(max(0.0, min(100.0, total)))), basis


def mark_off_question(result: StructureResult, focus: list[str], penalty: int) -> StructureResult:
    """The story does not answer the question: it loses ``penalty`` points, and says why."""
    star = replace(result.star, off_question=list(focus) or ["the question"])
    basis = f"{result.basis}, off the question -{penalty}"
    return StructureResult(max(0, result.score - penalty), star, basis)
