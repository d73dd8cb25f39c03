"""STAR labels read from a sentence's neighbours (round 23): what one sentence says can be
read only from the sentences around it.

* A finding between my steps: "I collected the logs of sixty runs. Almost all of them came
  from one download. I moved the dataset ..." The middle sentence is what my look turned up,
  a step of the story, though alone it reads as what came of it (a thing's past verb after
  the middle, a number). It follows a step that looks into something (or says what the look
  showed: "the logs showed that", "it turned out") and comes before another step of mine.
* A finding told last (round 25): "I compared the feature distributions month by month. The
  root cause turned out to be a currency field switched to cents." The story's last sentence,
  after a step of mine, that says what a look showed ("turned out", "root cause", "was caused
  by") with no act of mine and no outcome evidence of its own is still what the look turned
  up: a step, and the story tells no result.
* A decision that sets the work: "After watching two new hires struggle, I decided to shorten
  that time." Told after the scene and before any step or task, with its reason before it, it
  is the task; "We decided to look into it as a team", told bare, stays a step.
* A setback before the task: "In the A/B test, though, people clicked on fewer recipes."
  Between the scene and the task its change words are the problem, not the result.
* An outcome with no cue word: the story's last sentence, after my steps, that nobody in it
  does as "I" or "we" ("The fraud team had their report one day late, and nothing else was
  lost") is what came of them.

Each pass changes a label only; structure.py records why, so the scorecard can say it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_cues import (
    CHANGE_WORDS,
    ENDINGS,
    INQUIRY_VERBS,
    OUTCOME_VERBS,
    PEOPLE_AND_FUNCTIONS,
    SUBORDINATORS,
    UPTAKE_VERBS,
)
from simulator.core.scoring.star_gaps import is_reflection
from simulator.core.scoring.star_grammar import is_past, later_marker, main_clause
from simulator.core.scoring.star_labels import (
    OTHERS_STEP,
    PLACE_REASONS,
    THEN_STOOD,
    Reasons,
    sequence_word,
    subject_dropped,
    told_evidence,
)
from simulator.core.scoring.star_notes import counted_day
from simulator.core.scoring.star_predicates import act_statement
from simulator.core.scoring.star_tense import as_past
from simulator.core.scoring.star_turns import TOLD_FIRST
from simulator.core.scoring.text import count_phrases, is_number, word_set

FINDING_BETWEEN = "a finding between my steps"
FINDING_LAST = "a finding told last, after my steps"
DECISION_TASK = "a decision that sets the work, before any step"
SETBACK = "a setback told before the task"
MISTAKE_SCENE = "my mistake and what it led to, before the task"
SCENE_TASK = "more of the scene: nothing in it says what was mine to do"
# Said of any sentence outcome_before_steps moves: "a launch or an offer the story starts
# from" was said of "A colleague kept merging changes without review." (walkthrough 52)
OUTCOME_SCENE = "what had happened before any step: the scene the story starts from"
OTHERS_EVENT = "someone else's act before any task or step of mine: the scene"

# A step done to look at something ("I sat with two reviewers to check that ...", star46).
_LOOK_PURPOSES = frozenset(
    (
        "to check",
        "to see",
        "to find out",
        "to understand",
        "to verify",
        "to confirm",
    )
)
# How a sentence says what a look showed: "the logs showed that", "it turned out".
FINDING_FRAMES = frozenset(
    (
        "showed that",
        "showed me",
        "turned out",
        "revealed",
        "came from",
        "made up",
        "pointed to",
        "was caused by",
        "were caused by",
        "traced it to",
        "explained that",
        "told me that",
    )
)
ME = frozenset(("i", "we"))
# Result evidence a finding may carry and still be a finding ("percent", "never", "zero",
# "what followed"): anything stronger ("as a result", a number with a change) is an outcome.
FINDING_MAX_RESULT = 1.5
FOLLOWED = "what followed (a thing's past verb, late)"
_DECISIONS = frozenset(("decided", "chose"))
_SCENE = frozenset(("situation", "result"))


def result_said(reasons: Reasons) -> float:
    """Result evidence from what a sentence says, its place and "what followed" left out."""
    return sum(
        w for w, why in reasons.get("result", ()) if why not in PLACE_REASONS and why != FOLLOWED
    )


def my_act(ws: Sequence[str], raw: str = "") -> bool:
    """ "I" or "we" followed by a verb (an act of mine or ours in the sentence), not in a
    clause that describes a noun ("the signals we have", "ones we already checked": what a look
    found about them, star44), unless a comma sets it apart ("second best, we switched")."""
    if raw and _SET_APART.search(raw):
        return True
    return any(
        w in ME and i + 1 < len(ws) and not (i and _describes_noun(ws, i)) for i, w in enumerate(ws)
    )


_SET_APART = re.compile(r"[,;:]\s+(?:i|we)\s", re.IGNORECASE)


# Words after which "I" or "we" opens a clause of its own, not one describing the word before.
_CLAUSE_OPENERS = word_set(
    """and but so then because when while after before until since if as once or that what
    how why where which who until yet also first next finally nor though although whereas
    unless"""
)


# Words before "I"/"we" that are no noun it could describe: when, where and how the act was
# ("Later we rolled it back", "Now we retrain it", "Together we rebuilt", "That week I paged":
# acts of mine, review of 215f366c).
_NO_NOUN = word_set(
    """later now together today tonight yesterday tomorrow soon here there instead meanwhile
    afterwards afterward again still overall anyway thus hence therefore otherwise ago back
    too eventually ultimately initially day days week weeks month months year years morning
    afternoon evening night weekend quarter sprint monday tuesday wednesday thursday friday
    saturday sunday"""
)
# Words that are a noun phrase by themselves, also first in a sentence ("Everything we tried").
_WHOLE_NOUNS = word_set("everything something anything nothing all ones one those")


def _describes_noun(ws: Sequence[str], i: int) -> bool:
    """Is the pronoun at ``i`` the subject of a clause describing the noun before it ("the
    data we had", "the model I built")? Not after an opener of a clause, an adverb or a time
    word, and not after a sentence's first word unless that word is a noun phrase by itself
    ("Monday I paged the owner" is mine; "Everything we tried failed" is not)."""
    before = ws[i - 1]
    if not before.isalpha() or before in _CLAUSE_OPENERS or before in _NO_NOUN:
        return False
    if before.endswith("ly"):
        return False
    return i > 1 or before in _WHOLE_NOUNS


# How a step of mine says it was a mistake: "without checking", "skipped", "on the wrong month".
MISTAKE_WORDS = word_set("skipped forgot forgotten overlooked wrongly assumed rushed")
MISTAKE_PHRASES = frozenset(
    (
        "did not check",
        "didn't check",
        "never checked",
        "did not test",
        "didn't test",
        "never tested",
        "by mistake",
        "the wrong",
        "too early",
        "too soon",
        "in a hurry",
    )
)
_MINE = word_set("i me my myself mine")


def told_mistake(ws: Sequence[str]) -> bool:
    """A sentence of mine that says it was a mistake: an act "without checking" (without and
    a gerund), "skipped", "forgot", "on the wrong ...", "did not check", said of what I did
    ("When I rode along, I learned that he skipped half the stops" is his, not mine)."""
    words = list(ws)
    for k, w in enumerate(words):
        gerund = w == "without" and k + 1 < len(words) and words[k + 1].endswith("ing")
        phrase = any(
            tuple(words[k : k + len(p.split())]) == tuple(p.split()) for p in MISTAKE_PHRASES
        )
        if (gerund or w in MISTAKE_WORDS or phrase) and _doer(words[:k]) == "i":
            return True
    return False


_DOERS = word_set("i we he she they it who someone nobody")


def _doer(before: Sequence[str]) -> str:
    """The last subject pronoun before a word (the one who did it), or ""."""
    return next((w for w in reversed(before) if w in _DOERS), "")


def mistake_as_scene(labels: Sequence[str], words: Sequence[Sequence[str]]) -> list[int]:
    """A mistake of mine told before any task, with my steps after it: "One week I skipped
    the validation step and pushed the model straight to production. The model had been
    trained on a half-empty table, and bookings fell by nine percent. I rolled back ..." The
    mistake and what it led to (the sentences after it that are not mine, up to my next
    step) are the scene the story answers, not its steps and result. A mistake told after
    the task ("My part was the training data. I joined the cancellations on the wrong
    month") is a step of that task."""
    if "action" not in labels:
        return []
    first = labels.index("action")
    if first == 0 or "task" in labels[:first] or not told_mistake(words[first]):
        return []
    changed = [first]
    k = first + 1
    while k < len(labels) and labels[k] in ("action", "result") and not set(words[k]) & _MINE:
        changed.append(k)
        k += 1
    if "action" not in labels[k:]:
        return []  # no step of mine answers it: the story is the mistake itself
    return changed


def finding_between_steps(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
    texts: Sequence[str],
) -> list[int]:
    """Sentences labelled result or situation that are what a step of mine turned up: after
    a step (labelled action) that looks into something, or saying what a look showed, and
    before another step; with no act of mine in them and no outcome evidence of their own."""
    changed: list[int] = []
    i = 1
    while i < len(labels) - 1:
        # a run of up to FINDING_RUN_MAX such sentences: what the look found, said in two
        # ("The Monday files are half the size. The export starts before the table is
        # loaded.", star44)
        end = i
        while end < len(labels) and end - i < FINDING_RUN_MAX and labels[end] in _SCENE:
            end += 1
        if end == i or labels[i - 1] != "action" or end >= len(labels):
            i = max(end, i + 1)
            continue
        after = end
        while after < len(labels) - 1 and labels[after] == "other":
            after += 1  # a comment between the finding and my next step ("Which, I mean, ...")
        if labels[after] != "action":
            i = end + 1
            continue
        run = list(range(i, end))
        if all(_plain_finding(words[k], reasons[k], texts[k]) for k in run):
            looked = _looked_into(words[i - 1])
            if looked or count_phrases(list(words[i]), FINDING_FRAMES):
                changed.extend(run)
        i = end + 1
    return changed


# A finding may be said in this many sentences between a step that looks and the next step.
FINDING_RUN_MAX = 2


def _plain_finding(ws: Sequence[str], reasons: Reasons, raw: str) -> bool:
    """No act of mine, no outcome evidence of its own and no look back to how things stood."""
    if my_act(ws, raw) or result_said(reasons) >= FINDING_MAX_RESULT:
        return False
    # "At the time our model cost ...": a look back, not what a step turned up
    return not any(why == THEN_STOOD for _, why in reasons.get("situation", ()))


# How a last sentence says what a look found (narrower than ``FINDING_FRAMES``: "came from",
# "made up", "showed me" also tell where a gain came from at the end of a story).
FINDING_LAST_FRAMES = frozenset(
    (
        "turned out",
        "root cause",
        "the cause was",
        "was caused by",
        "were caused by",
        "the culprit",
        "traced it to",
        "the reason was",
        "the problem was",
    )
)


def finding_told_last(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
    texts: Sequence[str],
) -> list[int]:
    """The last sentences, labelled result after a step of mine, that say what a look found
    ("The root cause turned out to be ..."; or "came from", "showed that" after a step that
    looks into something) with no act of mine and no outcome evidence of their own: steps, not
    what came of the steps. The finding may take two sentences, the second saying how things
    had been before the story ("I compared the live predictions with the delivery times.
    Almost all of the gap was at dinner time. In training we had used the values recorded
    afterwards.": a story with its results cut ends on them, star46)."""
    last = len(labels) - 1
    for run in range(FINDING_RUN_MAX, 0, -1):
        first = last - run + 1
        if first < 2 or labels[first - 1] != "action":
            continue
        if any(labels[k] != "result" for k in range(first, last + 1)):
            continue
        if result_said(reasons[first]) >= FINDING_MAX_RESULT:
            continue
        if my_act(words[first], texts[first]) or not says_a_finding(words, first):
            continue
        if all(_cause_found(list(words[k]), texts[k]) for k in range(first + 1, last + 1)):
            return list(range(first, last + 1))
    return []


def _cause_found(ws: list[str], raw: str) -> bool:
    """A sentence after a finding that says how things stood or had been done before (a state
    with "was/were/had", or anyone's past perfect: "we had used the values recorded
    afterwards"), no act of mine told as one more step."""
    if my_act(ws, raw) and not _past_perfect_act(ws):
        return False
    # (its cue words belong to that earlier time: "the values recorded *afterwards*")
    return (
        _state_found(ws)
        or _before_the_story(ws)
        or (_past_perfect_act(ws) and not outcome_said(ws))
    )


def _past_perfect_act(ws: Sequence[str]) -> bool:
    """ "I/we had" + a past participle: what was done before the story (not "had to")."""
    return any(
        w in ME and ws[k + 1 : k + 2] == ["had"] and k + 2 < len(ws) and is_past(ws[k + 2])
        for k, w in enumerate(ws)
    )


def says_a_finding(words: Sequence[Sequence[str]], i: int) -> bool:
    """Does sentence ``i`` say what a look found: "the root cause turned out to be", or, after
    a step that looks into something, what the look showed ("I broke the error down by store.
    Almost all of it came from stores closed on Sundays.", or told as how a thing was, with no
    finding words: "I compared the labels with the raw events. The label was computed after
    the offer had been shown.")?"""
    ws = list(words[i])
    if count_phrases(ws, FINDING_LAST_FRAMES):
        return True
    if _before_the_story(ws):
        return True
    looked = i > 0 and a_look(words[i - 1])
    return looked and (bool(count_phrases(ws, FINDING_FRAMES)) or _state_found(ws))


def _before_the_story(ws: Sequence[str]) -> bool:
    """What a thing had done before, told last in the past perfect with no outcome word ("Most
    of the weekend error had come from stores near the stadium"): a cause found, not what came
    of the steps ("By March the backlog had shrunk to zero" says a change; round 26)."""
    words_ = list(ws)
    clause = main_clause(words_, " ".join(words_))
    if clause.subject != "thing" or clause.verb < 0 or words_[clause.verb] != "had":
        return False
    nxt = words_[clause.verb + 1 : clause.verb + 3]
    nxt = nxt[1:] if nxt[:1] and nxt[0] in ("all", "mostly", "already", "actually") else nxt
    if not nxt or not (is_past(nxt[0]) or nxt[0] in _PARTICIPLES):
        return False
    return not outcome_said(words_)


def outcome_said(ws: list[str]) -> bool:
    """Words by which a state or a past perfect tells how things came out."""
    # a state word right after a determiner describes a noun ("the *live* traffic feed"), it
    # says no state reached (star46)
    said = {w for k, w in enumerate(ws) if not (k and ws[k - 1] in _NOUN_LEADS)}
    if said & (OUTCOME_STATE_WORDS | OUTCOME_VERBS | UPTAKE_VERBS | ENDINGS | CHANGE_WORDS):
        return True  # "The proposal was approved in one meeting": how it came out
    # "by" before a measure tells how much ("the feed lagged by several minutes"), not by when
    by_then = [k for k, w in enumerate(ws) if w in _BY_THEN]
    by_then = [k for k in by_then if not (ws[k] == "by" and _measure_after(ws, k))]
    return bool(by_then) or later_marker(ws)


_NOUN_LEADS = word_set("the a an our their its this that these those my his her")
_AMOUNT_WORDS = word_set("several a an about around roughly almost nearly half few some")


def _measure_after(ws: Sequence[str], k: int) -> bool:
    nxt = ws[k + 1 : k + 2]
    return bool(nxt) and (is_number(nxt[0]) or nxt[0] in _AMOUNT_WORDS)


_BY_THEN = word_set("within by until")
# Past participles that do not end in -ed and are not simple pasts: "had come from".
_PARTICIPLES = word_set("come become been run gone begun grown done seen taken given shown")


# Words that make a look a check of how things went after the work ("I checked the errors a
# month later"): what it showed is the outcome, not a finding.
_AFTERWARDS = word_set("later again afterwards since after")


def a_look(ws: Sequence[str]) -> bool:
    """A step that looks into something now, not a check of the outcome later on."""
    return _looked_into(ws) and not set(ws) & _AFTERWARDS


def _looked_into(ws: Sequence[str]) -> bool:
    """Does the step look into something, told in the past or, in a story told in the
    present, as it happens ("I compare the labels with the warehouse records", star44)?"""
    past = as_past(ws)
    if set(ws) & INQUIRY_VERBS or set(past) & INQUIRY_VERBS:
        return True
    if count_phrases(list(ws), _LOOK_PURPOSES):
        return True
    if any(k and ws[k - 1] in _VERB_LEADS and _present_inquiry(w) for k, w in enumerate(ws)):
        return True  # "I draw two hundred labels and *check* them" (a story told in the present)
    # a question put to someone: "I asked their lead what it costs them", "asking whether"
    return any(w in _ASKING and set(past[k + 1 : k + 5]) & _WH_WORDS for k, w in enumerate(past))


# Words after which a verb's present form is the verb, not a noun ("and check", "then compare").
_VERB_LEADS = word_set("i we and then also")


def _present_inquiry(w: str) -> bool:
    """A verb of looking in the present ("check", "checks", "compare"): its past is one."""
    stem = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return stem + "ed" in INQUIRY_VERBS or stem + "d" in INQUIRY_VERBS


_ASKING = word_set("asked asking")
_WH_WORDS = word_set("what whether why how which where when who if")


# Words by which a state told after a look is how things came out, not what the look found:
# a level reached ("down to", "back", "no longer", "in place"), a comparison, a time since.
OUTCOME_STATE_WORDS = word_set(
    """down up back longer place live stable better worse lower higher fewer less more faster
    slower improved since still again now finally happy pleased ready done fixed solved
    resolved"""
)


def _state_found(ws: Sequence[str]) -> bool:
    """How a thing was, told in the past with "was/were/had" as the main verb and no outcome
    word ("The cancellation label was computed after the offer had been shown", "Each failure
    was happening while the backup held a lock"): what a look found, when a look comes just
    before it (round 26)."""
    words_ = list(ws)
    raw = " ".join(words_)
    clause = main_clause(words_, raw)
    if clause.subject not in ("thing", "") or clause.verb < 0:
        return False
    if words_[clause.verb] not in ("was", "were", "had"):
        return False
    return not outcome_said(words_)


def decision_as_task(labels: Sequence[str], words: Sequence[Sequence[str]]) -> list[int]:
    """The first step, when it is "..., I decided to ..." with its reason before it and no
    task told before it, is the task (more steps follow)."""
    if "action" not in labels:
        return []
    first = labels.index("action")
    if first == 0 or "task" in labels[:first] or first + 1 >= len(labels):
        return []
    if labels[first + 1] != "action":
        return []
    ws = list(words[first])
    for k in range(1, len(ws) - 2):
        if ws[k] in ME and ws[k + 1] in _DECISIONS and ws[k + 2] in ("to", "it", "that"):
            before = ws[:k]
            if before[-1:] and before[-1] in SUBORDINATORS:
                return []  # "... because I decided to ..." is no main clause
            return [first]
    return []


def setback_before_task(labels: Sequence[str], words: Sequence[Sequence[str]]) -> list[int]:
    """Sentences labelled result between the opening and the task (every sentence before them
    after the opening the scene, or a result: "We launched a carousel after strong offline
    tests. In the first week, though, shoppers added fewer items"; the next one the task or
    more scene):
    the problem, not the end. The story's first sentence is left as it is (a story may open
    with its result: "The project I am proudest of cut the backlog by forty percent"), and
    so is the first after a remark that tells none of the story ("Right, so, this is the one
    where I learned the most. The short version is that the summariser now handles every
    ticket.", star63)."""
    first = next((k for k, lab in enumerate(labels) if lab != "other"), 0)
    changed = []
    for i in range(first + 1, len(labels) - 1):
        if labels[i] != "result" or any(lab not in _SCENE for lab in labels[first + 1 : i]):
            continue
        onward = labels[i + 1] in ("task", "situation") and "action" in labels[i + 1 :]
        if onward and not my_act(list(words[i])):
            changed.append(i)
    return changed


# Why a sentence's outcome evidence is a measured change: what a story opening with its
# result says ("The project I am proudest of cut the backlog by forty percent").
_MEASURED = "a number with a change"
# Outcome words of a success, which a story may open with; a launch or an offer is where a
# story starts ("we launched it to half of our readers").
_SUCCESS = word_set(
    "passed won succeeded approved adopted exceeded delivered saved renewed signed accepted"
)


def outcome_before_steps(
    labels: Sequence[str], words: Sequence[Sequence[str]], reasons: Sequence[Reasons]
) -> list[int]:
    """Sentences labelled result before any task or step, on outcome words alone and with no
    measured change ("Our new model had great offline numbers, but when we launched it,
    revenue barely moved", "Offline it beat the editors' picks, so we launched it", "A partner
    offered to share their users' data"): the launch or offer the story starts from, the
    scene, not what came of steps not told yet. The story's last sentence is left as it is
    (round 26)."""
    steps = [i for i, lab in enumerate(labels) if lab in ("task", "action")]
    if not steps:
        return []
    changed = []
    for i in range(steps[0]):
        if labels[i] != "result" or i == len(labels) - 1:
            continue
        if any(why == _MEASURED for _, why in reasons[i].get("result", ())):
            continue
        if set(words[i]) & _SUCCESS:
            continue  # "We delivered the dashboard before the deadline, and it passed the audit"
        if any(why == TOLD_FIRST for _, why in reasons[i].get("result", ())):
            continue  # "We ended up shutting it down. It all started with ...": the end, told first
        changed.append(i)
    return changed


# Words that put the speaker in a sentence: without them, a sentence says nothing of mine.
_SPEAKER = word_set("i me my myself mine we us our ours ourselves")


def scene_as_task(
    labels: Sequence[str], words: Sequence[Sequence[str]], reasons: Sequence[Reasons]
) -> list[int]:
    """Sentences labelled task only for sitting between the scene and my steps: no word of
    them says what was mine to do (no task evidence from what they say) and nobody in them
    is me or us ("The company's goal for the year was to cut waste by a fifth", "Code
    reviews slowed to a week per pull request"). They are more of the scene, and a story
    with no other task tells none (round 26)."""
    changed = []
    for i in range(1, len(labels)):
        if labels[i] != "task" or labels[i - 1] != "situation":
            continue
        if set(words[i]) & _SPEAKER or told_evidence("task", reasons[i]) > 0:
            continue
        if demand_told(list(words[i])):
            continue  # "Needed a working prototype by Thursday." (star47)
        changed.append(i)
    return changed


def unmarked_outcome(
    labels: Sequence[str], words: Sequence[Sequence[str]], sentences: Sequence[str]
) -> list[int]:
    """The last sentence, labelled action or task after my steps, with nobody in it acting as
    "I" or "we" and no sequence word: what came of the steps. Last, or followed only by a
    remark or a lesson ("The fraud team had their report one day late, and nothing else was lost. I
    learned to ...")."""
    n = len(labels)
    last = n - 1
    # ... or only by a remark that tells no part ("Simple solutions are often underrated in
    # this field.", "That was a long Monday."; round 39)
    while last > 0 and (
        labels[last] == "other" or labels[last] == "result" and is_reflection(sentences[last])
    ):
        last -= 1
    if n < 4 or labels[last] not in ("action", "task") or "action" not in labels[:last]:
        return []
    ws = list(words[last])
    if set(ws) & ME or sequence_word(ws) or count_phrases(ws, frozenset(("by me",))):
        return []
    if act_statement(ws):
        return []  # "My last step was writing a runbook": a step named as mine (round 35)
    if says_a_finding(words, last):
        return []  # what a look found ("the root cause turned out to be ..."), no outcome
    return [last]


BACKGROUND_AFTER_TASK = "background told after the task, before any step"
# What a sentence of background may carry and still be background when told between the task
# and the first step: its place, a bare number, "what followed", an act in the passive with no
# agent, someone else's past act late, a change word (round 36).
_BACKGROUND_MAY_CARRY = PLACE_REASONS | {
    FOLLOWED,
    "someone else acting, late",
    "a number with a change",
}
_ORDINALS = word_set("first second third next then finally last after afterwards")
BACKGROUND_MAX_CUE = 1.5  # a cue weighing more ("as a result", "in the end") is an outcome


def background_after_task(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
    texts: Sequence[str],
) -> list[int]:
    """Background with a number told after the task and before the first step, read as a
    step or an outcome from its place alone: "Reviewers cleared roughly sixty percent of
    flagged payments as legitimate.", "Ninety percent of the flags came from just three rules."
    (no "I"/"we" acting in it, the next sentence a step, no stronger cue than a change word): how
    things stood, the scene (round 36)."""
    found = []
    now = list(labels)  # with the background found so far as the scene (two in a row)
    for i in range(1, len(labels) - 1):
        if now[i] not in ("action", "result") or now[i + 1] != "action":
            continue
        before = now[:i]
        if "task" not in before or "action" in before or "result" in before:
            continue
        ws = words[i]
        if set(ws) & ME or not any(is_number(w) for w in ws):  # ("our customers" may)
            continue
        if set(ws) & _ORDINALS:
            continue  # "The first thing on my list was a week of shadowing": a step in order
        if subject_dropped(list(ws), texts[i]) or counted_day(ws):
            # "Cut scope to one country, dropped two features", "Day one, scoping call with
            # merchandising": a step of mine told as a note, its number no background (star57)
            continue
        told = {why for said in reasons[i].values() for _, why in said}
        if any(
            why.startswith(("an act in the passive", "an outcome in the passive")) for why in told
        ):
            continue  # "The plan was cut down to two changes": an act in the passive
        carried = reasons[i].get(now[i], ())
        # (a step's own cue words, "first", "then", keep it a step)
        cue_ok = now[i] == "result"
        if all(
            why in _BACKGROUND_MAY_CARRY
            or (cue_ok and why.startswith('"') and w <= BACKGROUND_MAX_CUE)
            for w, why in carried
        ):
            found.append(i)
            now[i] = "situation"
    return found


OTHERS_NEED_TASK = "someone else's need I had to meet, and no other task told"
# Verbs of someone else needing something done or delivered ("The sales lead needed the numbers
# by Friday", "Leadership asked my team to get it live"): in a story that tells no task of mine,
# what I had to deliver (round 40).
_NEED_VERBS = word_set("needed asked required demanded")
# Verbs of wanting, a need only when it is put to me or my team ("wanted me to", "expected us
# to", "gave our team one quarter to ..."): "the product team wanted three new features" alone
# is a competing demand, the scene, and "the director wanted to cut response times" a goal of
# theirs (earlier sets: a story with no task of mine).
_WANT_VERBS = word_set("wanted expected gave")
_TEAM_NOUNS = word_set("team group squad")


def _put_to_me(after: Sequence[str]) -> bool:
    """The want names me or my team as who is to do it: "wanted me to", "gave our team one
    quarter"; not "expected our new model to be perfect" (the expectation is the scene)."""
    if after[:1] and after[0] in ("me", "us"):
        return True
    return (
        bool(after[:1])
        and after[0] in ("my", "our")
        and after[1:2] != []
        and after[1] in _TEAM_NOUNS
    )


# What the verb must take for the need to be a piece of work ("needed that ..." is a claim).
_NOT_A_NEED = word_set("that if whether")


def others_need_as_task(
    labels: Sequence[str], words: Sequence[Sequence[str]], sentences: Sequence[str]
) -> list[int]:
    """In a story that tells no task, the last sentence before my first step whose main clause
    is someone else needing or asking for something ("The sales lead needed the numbers by
    Friday, for the board pack.", "The director needed a realistic target she could defend at
    the next board meeting."), or wanting it of me or my team: what I had to deliver, the task,
    not more of the scene. The opening line is left to ``task_opening`` (a request that opens
    the story is the scene when a task of mine answers it)."""
    if "task" in labels or "action" not in labels:
        return []
    first = labels.index("action")
    for i in range(first - 1, 0, -1):
        if labels[i] != "situation":
            continue
        ws = list(words[i])
        clause = main_clause(ws, sentences[i])
        if clause.subject != "person" or clause.verb < 0:
            continue
        verb = ws[clause.verb]
        put_to_me = _put_to_me(ws[clause.verb + 1 :])
        if not (verb in _NEED_VERBS or (verb in _WANT_VERBS and put_to_me)):
            continue
        after = ws[clause.verb + 1 : clause.verb + 2]
        if not after or after[0] in _NOT_A_NEED:
            continue
        return [i]
    for i in range(first - 1, 0, -1):
        if labels[i] == "situation" and demand_told(list(words[i])):
            return [i]
    return []


# A demand on the work, in any tense and by anyone but me (star47): "Finance asks us to cut it
# by a third", "Product needed the bot live in both regions by quarter end", "Needed it back
# under an hour" (my need, the subject dropped), "My manager give me the responsibility to ...".
_DEMANDS = word_set(
    "needed need needs asked ask asks required requires demanded demands requested requests"
)
_WISHES = word_set("wanted wants want expected expects gave give gives")
# A need or a requirement is a demand only when a person or a function has it ("Finance needed",
# "My manager needs", "Supply chain needed"); said of a thing it is the scene ("Each release
# needed three days of manual checks", "The project needed product, design and legal", r48).
# Asking and requesting are people's acts whatever the subject.
_NEEDS = word_set("needed need needs required requires")
_DEMANDERS = PEOPLE_AND_FUNCTIONS | word_set("you chain")
# Who may demand: people and functions, not the story's things ("the model needed more data",
# "the job needed six hours" are the scene).
_NOT_DEMANDING = word_set(
    "i we it this that model models data pipeline service system job jobs code dataset "
    "feature features training run runs query queries cluster there"
)
# When it was due: a wish becomes a piece of work with a date ("for the paper deadline", "by
# quarter end", "within a quarter") or what it left me ("..., so I had maybe one week").
_DUE = word_set("by before within deadline until")
SUBJECT_MAX_WORDS = 5
# A word before "requests", "needs", "demands" that makes it a noun ("my pull requests",
# "several requests", "their needs").
_NOUN_BEFORE = word_set(
    "a an the my our their his her your its this these those several many some any no all "
    "pull feature support customer user"
)
# A need put on the story's model is what made it hard, the scene ("The plant needed the model
# to catch ninety-five percent of defects").
_MODEL_AS_DOER = (("the", "model"), ("our", "model"), ("my", "model"), ("the", "models"))


def _demand_verb(ws: Sequence[str]) -> int:
    """Where the demand's verb is: the first word after a short subject with no verb of its
    own, or the first word itself ("Needed a credible baseline ..."); -1 when none."""
    for j, w in enumerate(ws[: SUBJECT_MAX_WORDS + 1]):
        if (w in _DEMANDS or w in _WISHES) and not (j and ws[j - 1] in _NOUN_BEFORE):
            subject = ws[:j]
            if set(subject) & _NOT_DEMANDING or any(v.endswith("ed") for v in subject):
                return -1
            return j
        if w in _NOT_DEMANDING or (w.endswith("ed") and j) or w in ("is", "was", "are", "were"):
            return -1
    return -1


def demand_told(ws: Sequence[str]) -> bool:
    """Is the sentence someone's demand on the work, the story's task when no other task is
    told: a verb of needing, asking or requiring by anyone but me and the story's things, or
    one of wanting, expecting or giving put to me or my team or given a date."""
    j = _demand_verb(ws)
    if j < 0 or j + 1 >= len(ws) or ws[j + 1] in ("that", "if", "whether", "to", "for"):
        return ws[j + 1 : j + 2] == ["that"] and j >= 0 and ws[j] in ("requested", "requests")
    if tuple(ws[j + 1 : j + 3]) in _MODEL_AS_DOER:
        return False
    if ws[j] in _NEEDS and j and not set(ws[:j]) & _DEMANDERS:
        return False  # "Each release needed three days of manual checks" (a thing's need, r48)
    if ws[j] in _DEMANDS:
        return True
    later = ws[j + 1 :]
    dated = bool(set(later) & _DUE) or ("for" in later and "deadline" in later)
    left_me = any(
        later[k] == "so" and later[k + 1 : k + 2] in (["i"], ["we"], ["both"])
        for k in range(len(later) - 1)
    )
    return _put_to_me(later) or dated or left_me


def others_event_before_mine(labels: Sequence[str], reasons: Sequence[Reasons]) -> list[int]:
    """Someone else's act told in sequence ("A week later a reviewer found that ...", "Then in
    her skip-level meeting she told my manager that ...", "And then on Monday my manager asked
    for a quick analysis") before any task or step of mine: an event of the scene that my part
    answers, not a step of the story (star60). Read as a step only for its "then" or "later",
    which place it in time; once a task or a step of mine is told, such an act is one more turn
    of the steps ("Next came a call with the mobile team, who confirmed ...")."""
    found: list[int] = []
    for i, label in enumerate(labels):
        if label in ("task", "action"):
            if label == "task" or not _top_reason_is(reasons[i], "action", OTHERS_STEP):
                break
            found.append(i)
    return found


def _top_reason_is(reasons: Reasons, label: str, why: str) -> bool:
    said = reasons.get(label, ())
    return bool(said) and max(said, key=lambda r: r[0])[1] == why
