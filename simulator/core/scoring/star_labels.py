"""STAR labels of a behavioral answer's sentences: the evidence each sentence gives for each
part, and the best sequence of labels (structure.py scores what they add up to; the STAR timer
reads the latest sentence of a live caption).

Each sentence is labelled from what it says, not where it sits: cue phrases ("my role was",
"as a result"), tense and voice (background "was/were/had" versus "I + past verb"), who acts
("I" versus "the team"), and numbers of change ("cut ... by 40 %"). Position is only a weak
prior that breaks ties, so a story that opens with its result or interleaves actions and
results is still labelled right.
"""

from __future__ import annotations

import re

from simulator.core.scoring.results import STAR_PARTS
from simulator.core.scoring.star_cues import (
    ACT_NOUNS,
    ADVERBS,
    AMOUNT_WORDS,
    BE_PAST,
    CHANGE_CUES,
    CHANGE_WORDS,
    CUE_SETS,
    CUES,
    DECISION_VERBS,
    DETERMINERS,
    ENDINGS,
    FINITE,
    HABITUAL,
    I_WORDS,
    IRREGULAR_PAST,
    NOT_ACTION_VERBS,
    NOT_GERUNDS,
    NOT_PASSIVE_ACTS,
    OTHER_SUBJECTS,
    OUTCOME_VERBS,
    PERCEPTION_VERBS,
    REPORTING,
    SEQUENCE,
    STANCE_VERBS,
    STATE_PARTICIPLES,
    STEP_COUNTS,
    STEP_MARKERS,
    SUBORDINATORS,
    TIME_FRAMES,
    TIME_UNITS,
    UPTAKE_VERBS,
    WE_WORDS,
)
from simulator.core.scoring.text import count_phrases, is_number

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


def _past_verb_after(ws: list[str], subject: str) -> bool:
    """``subject`` followed by a past-tense verb that is an act ("I wrote", "we moved")."""
    for i in range(len(ws) - 1):
        if ws[i] != subject or (i > 0 and ws[i - 1] in SUBORDINATORS):
            continue  # "since I ran the job": a subordinate clause, not what the sentence says
        j = i + 1
        while j < len(ws) - 1 and ws[j] in ADVERBS:
            j += 1
        verb = ws[j]
        if verb in NOT_ACTION_VERBS:
            continue
        if (verb.endswith("ed") and len(verb) > 3) or verb in IRREGULAR_PAST:
            return True
    return False


def _passive(ws: list[str]) -> int:
    """was/were + a past participle that is an act, not a state ("was rolled back", "were
    added"), with no "I" or "we" as the subject of the clause: the participle's position + 1
    (0: none)."""
    if "i" in ws[:3] or "we" in ws[:3] or "there" in ws[:3]:
        return 0
    for i in range(len(ws) - 1):
        if ws[i] in REPORTING:
            break  # "she said the conclusion was buried": what was said, not what was done
        if ws[i] not in BE_PAST:
            continue
        j = i + 1
        while j < len(ws) - 1 and ws[j] in ADVERBS:
            j += 1
        verb = ws[j]
        if verb in STATE_PARTICIPLES or verb in NOT_PASSIVE_ACTS:
            continue
        if (verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_PAST:
            return j + 1
    return 0


def _done_within(ws: list[str]) -> bool:
    """ "... were migrated in four and a half weeks", "within a day": how long it took to
    finish, said of an outcome (an act's own length is "for three weeks")."""
    for i, w in enumerate(ws):
        if w not in ("in", "within"):
            continue
        j = i + 1
        while j < len(ws) and (is_number(ws[j]) or ws[j] in AMOUNT_WORDS):
            j += 1
        if j > i + 1 and j < len(ws) and ws[j] in TIME_UNITS:
            return True
    return False


def _last_position(position: float, index: int) -> float:
    """The position of a story's last sentence, from one sentence's position and index."""
    n = max(1, round((index + 0.5) / max(position, 1e-6)))
    return (n - 0.5) / n


def _other_took_up(ws: list[str]) -> bool:
    """Someone else acted on it: "she agreed to a pilot", "the leads approved the plan"."""
    head = ws[:4]
    if not any(w in OTHER_SUBJECTS for w in head):
        return False
    return any(w in UPTAKE_VERBS for w in ws[:6])


def _nominal_step(ws: list[str]) -> bool:
    """A step told as a noun phrase with no verb of its own: "Step two: a comparison of the
    predictions ...", "Finally, a weekly retraining job and a dashboard that tracked ..."."""
    i = 0
    marked = False
    while i < len(ws) and (ws[i] in STEP_MARKERS or (marked and ws[i] in STEP_COUNTS)):
        marked = True
        i += 1
    if ws[i : i + 1] == ["that"] and marked:  # "after that, a ..."
        i += 1
    if not marked or i >= len(ws) or ws[i] not in DETERMINERS:
        return False
    for w in ws[i:]:
        if w in SUBORDINATORS or w in ("with", "so", "to"):
            break  # a relative or subordinate clause may have its own verb
        if w in FINITE or w in I_WORDS or w in WE_WORDS or (w.endswith("ed") and len(w) > 4):
            return False
    return True


def _goal_statement(ws: list[str]) -> bool:
    """ "My assignment was to turn ...", "the brief was to ...": what I was there to do, said
    as "<my/the> <noun> was to <verb>" (unless the noun names an act: "my first step was to")."""
    for i in range(1, min(len(ws) - 2, 6)):
        if ws[i] in ("was", "is") and ws[i + 1] == "to":
            head = ws[:i]
            return head[0] in ("my", "our", "the") and not set(head) & ACT_NOUNS
    return False


def _act_statement(ws: list[str]) -> bool:
    """ "Step one was an audit ...", "my next move was a call with ...": a step named as the
    subject of "was", its content a noun phrase."""
    for i in range(1, min(len(ws) - 2, 5)):
        if ws[i] in ("was", "is") and ws[i + 1] in DETERMINERS:
            return bool(set(ws[:i]) & ACT_NOUNS) and ws[0] in ("my", "the", "step", "our")
    return False


def _stance(ws: list[str]) -> bool:
    """The speaker's own stance: "I was worried that ...", "I felt I should ...", "I thought
    the rule would hurt ..." (the main clause's subject is "I", or "we" in a "we" story)."""
    for i, w in enumerate(ws[:-1]):
        if w not in ("i", "we") or (i > 0 and ws[i - 1] in SUBORDINATORS):
            continue
        nxt = ws[i + 1 : i + 3]
        if nxt[:1] and nxt[0] in STANCE_VERBS:
            return True
        if nxt[:1] and nxt[0] in BE_PAST and nxt[1:] and nxt[1] in STANCE_VERBS:
            return True
    return False


def _decided(ws: list[str]) -> bool:
    """The main clause's verb is a decision of mine ("I decided", "I chose")."""
    return any(
        w == "i" and ws[i + 1] in DECISION_VERBS and not (i and ws[i - 1] in SUBORDINATORS)
        for i, w in enumerate(ws[:-1])
    )


def _perceived(ws: list[str]) -> bool:
    """ "I noticed that ...", "while reviewing it, I realized ...": a finding reported."""
    return any(w == "i" and ws[i + 1] in PERCEPTION_VERBS for i, w in enumerate(ws[:-1]))


Reasons = dict[str, list[tuple[float, str]]]


def sentence_scores(
    ws: list[str], raw: str, position: float, index: int | None = None
) -> dict[str, float]:
    """Evidence for each label of one sentence (see ``sentence_evidence``)."""
    return sentence_evidence(ws, raw, position, index)[0]


def sentence_evidence(
    ws: list[str], raw: str, position: float, index: int | None = None
) -> tuple[dict[str, float], Reasons]:
    """Evidence for each label of one sentence: cues, tense and voice, numbers, position
    (0..1 through the story; ``index`` is the sentence's number in it, when known), and the
    reasons behind it, so the scorecard can say why a sentence got its label."""
    scores = {label: 0.0 for label in LABELS}
    reasons: Reasons = {label: [] for label in LABELS}

    def add(label: str, weight: float, why: str) -> None:
        scores[label] += weight
        reasons[label].append((weight, why))

    explicit = _EXPLICIT.match(raw)
    if explicit:
        add(_EXPLICIT_MAP[explicit.group(1).lower()], 10.0, f'named "{explicit.group(1)}"')
    for label, cues in CUE_SETS.items():
        for cue, n in count_phrases(ws, cues).items():
            add(label, CUES[label][cue] * min(n, 2), f'"{cue}"')
    i_acted = _past_verb_after(ws, "i")
    if position < 0.35 and _perceived(ws):
        # A finding at the start of a story is the scene ("I noticed that applicants over
        # sixty were approved at half the rate"), not something I did about it.
        i_acted = False
        add("situation", 2.0, "a finding told at the start")
    if _goal_statement(ws):
        add("task", 3.0, 'a goal ("my ... was to")')
    stance = position < 0.5 and _stance(ws)
    if stance:
        # "We were worried that ...": the "were" is the stance's, not how things were.
        add("task", 2.5 if set(ws[:3]) & {"we", "our"} else 1.5, "my stance before acting")
    if _nominal_step(ws) or _act_statement(ws):
        add("action", 3.0, "a step told as a noun")
    if i_acted and scores["task"] >= 2.0 and _decided(ws):
        # "I decided it was mine to fix": the decision is to take the task on.
        i_acted = False
        add("task", 2.0, "decided to take it on")
    if i_acted:
        add("action", 2.0, '"I" + past verb')
    elif _past_verb_after(ws, "we"):
        add("action", 1.2, '"we" + past verb')
    numbers = sum(1 for w in ws if is_number(w)) + raw.count("%")
    changed = any(
        w in CHANGE_WORDS and not (w == "boosted" and i and ws[i - 1] == "gradient")
        for i, w in enumerate(ws)
    )
    # "had dropped to one launch a month": a past-perfect change is background, not a result.
    background_change = any(
        w in CHANGE_WORDS and i > 0 and ws[i - 1] in ("had", "been") for i, w in enumerate(ws)
    )
    subject_is_me = bool(set(ws[:4]) & {"i", "we"})
    if not background_change and index and position < 0.35 and numbers and changed:
        # Told after the opening line and before any task: how things had been going
        # ("over the first six months, opt-outs rose from two to nine percent").
        background_change = not subject_is_me
    if not background_change and index == 0 and changed and "i" not in ws:
        # An opening line about a change nobody in the story made is the problem ("Our
        # speech model's accuracy dropped for one big customer"); a story opening with its
        # result says who did it ("The project I am proudest of cut ...", "We cut ...").
        background_change = not subject_is_me
    if background_change:
        # The change is the problem: its own words ("dropped", "percent") are no result cue.
        for reason in [r for r in reasons["result"] if r[1].strip('"') in CHANGE_CUES]:
            reasons["result"].remove(reason)
            scores["result"] -= reason[0]
        add("situation", 2.0, "a change before the story's actions")
    elif numbers and changed:
        add("result", 2.0, "a number with a change")
    elif numbers:
        add("result", 0.3, "a number")
    outcomes = min(2, sum(1 for w in ws if w in OUTCOME_VERBS))
    if outcomes:
        add("result", outcomes * 0.8, "an outcome verb")
    passive = _passive(ws)
    if passive and not i_acted:
        # "The model was then rolled back", "a check was added by me": an act told in the
        # passive. Without a sequence word (before its verb: "launches waited for the next
        # meeting" is no sequence) or an agent it may be background ("tickets were routed by
        # hand"), so it counts less, unless it comes after the story's middle and before its
        # last sentence, where background is rare ("A rule was added that falls back ...").
        sequenced = any(w in SEQUENCE for w in ws[:passive]) or "by me" in raw.lower()
        ended = ws[passive - 1] in OUTCOME_VERBS or ws[passive - 1] in ENDINGS
        late = index is not None and position >= 0.5
        late_step = (
            late and position < _last_position(position, index or 0) and not ended
        ) and not _done_within(ws)
        if late and not sequenced and (ended or _done_within(ws)):
            # "The project was shut down that quarter", "all eighteen pipelines were migrated
            # in four and a half weeks": how it ended, told in the passive.
            add("result", 1.5, "an outcome in the passive")
        elif sequenced:
            add("action", 2.0, "an act in the passive, in sequence")
        elif late_step:
            add("action", 2.0, "an act in the passive, after the task")
        else:
            add("action", 0.4, "an act in the passive")
    if position < 0.25 and count_phrases(ws, TIME_FRAMES):
        # A story's opening line dates it ("about a year ago I presented ..."): the scene,
        # even when it says what I did.
        add("situation", 3.5, "dates the story")
    if ws and ws[0].endswith("ing") and ws[0] not in NOT_GERUNDS and len(ws[0]) > 5:
        # "Shadowing a specialist for three days taught me ...": an act named by its gerund.
        add("action", 1.5, "an act named by its gerund")
    head = set(ws[:3])
    if position < 0.4 and head & OTHER_SUBJECTS and not head & {"i", "we"}:
        # Someone else acting before I came in ("my lead pulled me aside") sets the scene.
        add("situation", 1.0, "someone else acting, early")
    if _other_took_up(ws):
        # Late in a story, someone acting on my work ("the head asked me to scope the next
        # step") is an outcome, even when it reads like a new request.
        add("result", 2.0 + (1.5 if position > 0.6 else 0.0), "someone else acting on it")
    # Background: how things were (was/were, "had been", "often", "every week"), not my acts.
    if not i_acted:
        if any(w in ("was", "were", "had") for w in ws) and not passive and not stance:
            add("situation", 0.75, "how things were (was/had)")
        habits = min(2, sum(1 for w in ws if w in HABITUAL))
        if habits:
            add("situation", 0.5 * habits, "a habit (every, often)")
        if numbers and not changed and "i" not in ws:
            add("situation", 0.3, "a number with no change")
    if index == 0 and ws[:1] in (["at"], ["in"]) and i_acted and not explicit:
        # "At a bank I built a model that ...": where the story happens, the scene.
        add("situation", 2.0, "the opening line says where")
    if index == 0 and i_acted and not explicit:
        # An opening line that says what I did sets the scene ("I moved from ad tech to a
        # hospital team", "I shipped a pricing update on a Friday").
        add("situation", 1.5, "the opening line")
    # Weak position prior: stories tend to run S, T, A, R.
    if position < 0.35:
        add("situation", POSITION_PRIOR * (0.35 - position) / 0.35, "early in the story")
    if position > 0.65:
        add("result", POSITION_PRIOR * (position - 0.65) / 0.35, "late in the story")
    if 0.25 <= position <= 0.85:
        add("action", 0.2, "mid-story")
    return scores, reasons


def why_label(label: str, reasons: Reasons) -> str:
    """The strongest reasons for the label a sentence got, or how it got it without any."""
    strong = sorted(reasons.get(label, ()), key=lambda r: -r[0])
    said = [why for weight, why in strong if weight >= 0.5][:2]
    return "; ".join(said) if said else "follows the sentences around it"


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
