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
from simulator.core.scoring.text import Sentence, Tokens, count_phrases, is_number, word_set
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


def _cues(spec: str) -> dict[str, float]:
    """ "phrase=weight, ..." -> {phrase: weight} (kept as text so it stays compact)."""
    pairs = (item.rsplit("=", 1) for item in spec.split(",") if item.strip())
    return {" ".join(k.split()): float(v) for k, v in pairs}


CUES: dict[str, dict[str, float]] = {
    "situation": _cues(
        """
        at my previous=2, at my last=2, at my current=2, in my previous=2, in my last=1.5,
        when i was=1.5, i was working=2, we were=1, was working on=1.5, there was=1,
        there were=1, we had=1, back in=2, last year=1, years ago=1.5, months ago=1.5,
        at the time=1.5, the context=2, background=1.5, i joined=1.5, i worked=1,
        our team=0.5, the company=0.5, a client=0.5, the problem was=1.5,
        was struggling=1.5, were struggling=1.5, had been=1, was using=1, were using=1,
        was responsible for maintaining=0.5, startup=0.5, i was on=1.5, i was part of=1.5,
        working as=1.5, was built=1, were complaining=1.5, kept=0.5, every week=0.5,
        used to=1, the issue was=1.5, existing=0.5,
        """
    ),
    "task": _cues(
        """
        my task=3, my role=2.5, my job=2.5, my responsibility=3, i was responsible=3,
        i was asked=3, i was tasked=3, i needed to=2, i had to=2, i was supposed to=2,
        the goal was=2.5, my goal=2.5, goal was=2, objective=1.5, the challenge was=1.5,
        it was up to me=3, i was in charge=3, i owned=2, assigned=2, asked me to=3,
        we needed to=1.5, needed to=1, had to deliver=2, the task=2.5, the ask was=3,
        i wanted to make sure=1.5, deadline=1, i volunteered=2, i took ownership=2,
        i decided to take=1, my part=2, was on me=3, was my call=2, had to figure out=1.5,
        i was the one=2, me to=1, before the=0.5, in time for=1,
        so i had to=3, so i needed to=3, i set out to=3, set out to=2, i wanted to=1.5,
        so it was on me=3, i owned the=1.5,
        """
    ),
    "action": _cues(
        """
        so i=2, first i=2.5, then i=2.5, next i=2.5, i decided=2, i started=2,
        i organized=2.5, i proposed=2.5, i scheduled=2.5, i reached out=2.5, i set up=2.5,
        after that=1.5, finally i=1.5, i also=1.5, i wrote=2.5, i built=2.5,
        i suggested=2.5, i talked=2, i spoke=2, i met=2, i asked=2, i went=1.5, i called=2,
        i created=2.5, i added=2.5, i ran=2.5, i made=1.5, i broke=2.5, i split=2.5,
        i paired=2.5, i brought=2, i put=2, i sat down=2.5, i took=1.5, i listened=2.5,
        i explained=2.5, i agreed=1.5, i worked with=2, we agreed=1.5, i pushed=2,
        i prototyped=2.5, i documented=2.5, i dug=2.5, i made sure=2, i kept=1.5,
        i focused=2, i prioritized=2.5, i negotiated=2.5, i escalated=2.5, i walked=2,
        i shared=2, i compared=2.5, i tested=2.5, i gathered=2, i looked=2, i moved=2,
        i used=2, i replaced=2.5, i rewrote=2.5, i automated=2.5, i cut the=1.5,
        i turned=1.5, i trained=2.5, i presented=2.5, i invited=2.5, i framed=2.5,
        i offered=2.5, i mentored=2.5, i showed=2,
        my first step=3.5, the first step=3, my next step=3.5, the next step=3, my fix=3,
        the fix i=3, what i did=3.5, my approach was=3, my solution was=3, i started by=3,
        i began by=3, my first move=3.5, step was=1.5, met with=2, by me=3, myself=1,
        """
    ),
    "result": _cues(
        """
        as a result=3, in the end=2.5, ended up=2, the result=2.5, the outcome=3,
        result was=2.5, eventually=1.5, we shipped=2.5, we launched=2.5, shipped=1.5,
        launched=1.5, on time=2, improved=1.5, reduced=1.5, increased=1.5, saved=2,
        went from=2.5, went down=2, went up=2, dropped=1.5, grew=1.5, percent=0.5, now=1,
        i learned=2.5, learned that=2, since then=2.5, lesson=2.5, takeaway=2.5,
        led to=1.5, which meant=1.5, that meant=1.5, was adopted=2.5, got promoted=2,
        praised=2, feedback was=2, thanked=2, afterwards=1.5, today=1, still=1, is now=2,
        are now=2, now uses=2, was a success=3, succeeded=2, we hit=2, we met=1.5,
        we delivered=2, we beat=2, in production=1, fell=1.5, halved=2.5, doubled=2.5,
        faster=1, fewer=1, looking back=2, would do differently=2.5, next time=2,
        that cut=2, which cut=2, that brought=1.5, brought it down=2, was back=1.5,
        never=0.5, zero=1, retention=1, it worked=2,
        """
    ),
    "other": _cues(
        """
        good question=4, let me think=4, that's it=3, so yeah=2, hope that=3, happy to=2,
        does that answer=4, let me tell you=2, i'd like to talk=2, can think of=2,
        comes to mind=3, one example=1, a time when=1,
        """
    ),
}
_CUE_SETS = {label: frozenset(cues) for label, cues in CUES.items()}
_IRREGULAR_PAST = word_set(
    """wrote built set ran met made took spoke sat began found brought led gave chose broke drew
    went got sent put kept told taught sought bought held won paid cut shut split spent"""
)
_NOT_ACTION_VERBS = word_set(
    "was were had needed wanted learned learnt realized felt knew thought owned joined"
)
_BE_PAST = frozenset(("was", "were"))
_SEQUENCE = word_set("then first next afterwards later immediately quickly finally also")
_STATE_PARTICIPLES = word_set(
    """based used supposed located called named owned involved interested concerned
    frustrated worried scheduled expected required allowed designed trained built blocked stuck
    delayed overloaded understaffed annoyed confused surprised affected impacted"""
)
_OTHER_SUBJECTS = word_set("she he they manager lead leads team director stakeholders client")
# Verbs of others accepting or acting on what I did: "she agreed to a pilot" is an outcome.
_UPTAKE_VERBS = word_set(
    """agreed accepted approved adopted chose kept switched signed started decided asked
    invited offered extended rolled renewed"""
)
_CHANGE_WORDS = word_set(
    """reduced increased improved cut saved dropped fell grew rose halved doubled tripled went
    from lowered raised boosted shrank decreased"""
)
LABELS = (*STAR_PARTS, "other")
_NEXT = {
    ("situation", "task"): 0.3,
    ("task", "action"): 0.3,
    ("action", "result"): 0.3,
    ("situation", "action"): 0.2,
    ("result", "action"): 0.1,
    ("result", "situation"): 0.1,
}
_ADVERBS = word_set("also then quickly immediately finally first just personally eventually")
_OUTCOME_VERBS = word_set(
    """won passed landed worked approved adopted shipped delivered succeeded caught signed
    launched accepted renewed hit exceeded beat"""
)
_HABITUAL = word_set("often usually always every kept constantly regularly frequently")
_GENERIC = frozenset(("usually", "always", "generally", "typically", "normally", "tend"))
_HYPOTHETICAL = frozenset(
    ("i would", "i'd", "i will", "i'll", "what i would", "i tend to", "i usually")
)
_TIME_WORDS = word_set("weeks months days sprint quarter year yesterday deadline")
_I_WORDS = frozenset(("i", "me", "my", "myself", "mine"))
_WE_WORDS = frozenset(("we", "us", "our", "ours", "ourselves"))


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
        while j < len(ws) - 1 and ws[j] in _ADVERBS:
            j += 1
        verb = ws[j]
        if verb in _NOT_ACTION_VERBS:
            continue
        if (verb.endswith("ed") and len(verb) > 3) or verb in _IRREGULAR_PAST:
            return True
    return False


def _passive(ws: list[str]) -> bool:
    """was/were + a past participle that is an act, not a state ("was rolled back", "were
    added"), with no "I" or "we" as the subject of the clause."""
    if "i" in ws[:3] or "we" in ws[:3] or "there" in ws[:3]:
        return False
    for i in range(len(ws) - 1):
        if ws[i] not in _BE_PAST:
            continue
        j = i + 1
        while j < len(ws) - 1 and ws[j] in _ADVERBS:
            j += 1
        verb = ws[j]
        if verb in _NOT_ACTION_VERBS or verb in _STATE_PARTICIPLES:
            continue
        if (verb.endswith("ed") and len(verb) > 4) or verb in _IRREGULAR_PAST:
            return True
    return False


def _other_took_up(ws: list[str]) -> bool:
    """Someone else acted on it: "she agreed to a pilot", "the leads approved the plan"."""
    head = ws[:4]
    if not any(w in _OTHER_SUBJECTS for w in head):
        return False
    return any(w in _UPTAKE_VERBS for w in ws[:6])


def sentence_scores(ws: list[str], raw: str, position: float) -> dict[str, float]:
    """Evidence for each label of one sentence: cues, tense and voice, numbers, position."""
    scores = {label: 0.0 for label in LABELS}
    explicit = _EXPLICIT.match(raw)
    if explicit:
        scores[_EXPLICIT_MAP[explicit.group(1).lower()]] += 10.0
    for label, cues in _CUE_SETS.items():
        for cue, n in count_phrases(ws, cues).items():
            scores[label] += CUES[label][cue] * min(n, 2)
    i_acted = _past_verb_after(ws, "i")
    if i_acted:
        scores["action"] += 2.0
    elif _past_verb_after(ws, "we"):
        scores["action"] += 1.2
    numbers = sum(1 for w in ws if is_number(w)) + raw.count("%")
    changed = any(w in _CHANGE_WORDS for w in ws)
    # "had dropped to one launch a month": a past-perfect change is background, not a result.
    background_change = any(
        w in _CHANGE_WORDS and i > 0 and ws[i - 1] in ("had", "been") for i, w in enumerate(ws)
    )
    if background_change:
        scores["situation"] += 2.0
    elif numbers and changed:
        scores["result"] += 2.0
    elif numbers:
        scores["result"] += 0.3
    scores["result"] += min(2, sum(1 for w in ws if w in _OUTCOME_VERBS)) * 0.8
    passive = _passive(ws)
    if passive and not i_acted:
        # "The model was then rolled back", "a check was added by me": an act told in the
        # passive. Without a sequence word or an agent it may be background ("tickets were
        # routed by hand"), so it counts less.
        sequenced = any(w in _SEQUENCE for w in ws) or "by me" in raw.lower()
        scores["action"] += 2.0 if sequenced else 0.4
    if _other_took_up(ws):
        scores["result"] += 2.0
    # Background: how things were (was/were, "had been", "often", "every week"), not my acts.
    if not i_acted:
        if any(w in ("was", "were", "had") for w in ws) and not passive:
            scores["situation"] += 0.75
        scores["situation"] += 0.5 * min(2, sum(1 for w in ws if w in _HABITUAL))
        if numbers and not changed and "i" not in ws:
            scores["situation"] += 0.3
    # Weak position prior: stories tend to run S, T, A, R.
    scores["situation"] += 0.8 * max(0.0, 0.35 - position) / 0.35
    scores["result"] += 0.8 * max(0.0, position - 0.65) / 0.35
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
    i_count = sum(1 for w in tokens.words if w in _I_WORDS)
    we_count = sum(1 for w in tokens.words if w in _WE_WORDS)
    specificity = _specificity(tokens)
    hypothetical_hits = sum(count_phrases(tokens.words, _HYPOTHETICAL).values())
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
    times = sum(count_phrases(tokens.words, _TIME_WORDS).values())
    generic = sum(1 for w in tokens.words if w in _GENERIC)
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
