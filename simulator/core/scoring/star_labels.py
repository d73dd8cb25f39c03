"""STAR labels of a behavioral answer's sentences: the evidence each sentence gives for each
part, and the best sequence of labels (structure.py scores what they add up to; the STAR timer
reads the latest sentence of a live caption).

Each sentence is labelled from what it says, not where it sits: cue phrases ("my role was",
"as a result"), its grammar (star_grammar.py: the main clause's subject and verb, tense and
voice, background "was/were/had" versus "I + past verb", another person's view, a thing's past
verb after the steps, a finding told then versus a lesson told in the present), and numbers of
change ("cut ... by 40 %"). Position is only a weak prior that breaks ties, so a story that
opens with its result or interleaves actions and results is still labelled right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.results import STAR_PARTS
from simulator.core.scoring.star_asides import comment_aside
from simulator.core.scoring.star_cues import (
    BE_PAST,
    CHANGE_CUES,
    CHANGE_WORDS,
    CUE_SETS,
    CUES,
    DAY_WORDS,
    ENDINGS,
    FINITE,
    GET_PAST,
    HABITUAL,
    I_WORDS,
    IRREGULAR_PAST,
    NOT_ACTION_VERBS,
    NOT_GERUNDS,
    ON_CALL,
    OTHER_SUBJECTS,
    OUTCOME_VERBS,
    PURPOSES,
    REPORTING,
    REQUESTS,
    SEQUENCE,
    STEP_OUTCOME_VERBS,
    STORY_NOUNS,
    TIME_FRAMES,
    UNKNOWN_OUTCOME,
    VOICE_VERBS,
)
from simulator.core.scoring.star_disputes import disputed
from simulator.core.scoring.star_framing import story_framed
from simulator.core.scoring.star_grammar import (
    Clause,
    background_verb,
    is_past,
    later_marker,
    main_clause,
    past_perfect_other,
    past_verb_after,
    subject_relative_end,
    verb_is_past_act,
)
from simulator.core.scoring.star_lessons import lesson_as_subject, lesson_told, stayed_with_me
from simulator.core.scoring.star_named_duty import (
    duty_left_to_me,
    duty_named,
    finding_clefted,
    needed_from_me,
)
from simulator.core.scoring.star_notes import counted_day, look_noted, participle_note
from simulator.core.scoring.star_offers import offer_left_out
from simulator.core.scoring.star_predicates import (
    DEADLINES,
    LESSON_CUES,
    PRESENT_DUTIES,
    act_statement,
    acted_beyond_finding,
    asked_if,
    change_only_as_cause,
    closing_remark,
    decided,
    delivered_against_plan,
    doers_named,
    done_by_then,
    done_within,
    duty_passed_on,
    duty_statement,
    ended_active,
    expectation_told,
    goal_statement,
    judged_best,
    led_the_work,
    meta_remark,
    mine,
    my_cut_of_things,
    my_steps_listed,
    needed_of_others,
    nominal_step,
    none_since,
    offered_to_take_on,
    only_one_on_it,
    other_took_up,
    outcome_then_step,
    passive_acts_listed,
    passive_at,
    perceived,
    phrasal_change,
    quoted_speaker,
    returned,
    role_opening,
    role_said,
    share_of_sample,
    span_against_plan,
    step_happened,
    time_given,
    told_finding,
    told_stance,
    told_view,
    took_on_not_mine,
)
from simulator.core.scoring.star_reactions import reaction_told
from simulator.core.scoring.star_reasons import (
    BACKGROUND_WAS,
    PAST_PERFECT_BEFORE,
    cue_reason,
    plain_reasons,
)
from simulator.core.scoring.star_remarks import (
    aside_remark,
    closer_after_aside,
    dating_opener,
    episode_looked_back,
    feeling_looked_back,
    general_truth,
    had_someone_do,
    more_than_asked,
    offer_to_say_more,
    ranked_among_mine,
    reflection_only,
    restarted_opener,
    rhetorical_question,
    story_appraised,
    story_characterised,
    story_closer,
    story_judged,
    story_picked,
    story_pointed_at,
    story_preface,
    story_remembered,
    told_of_someone_before,
    verbless_appraisal,
)
from simulator.core.scoring.star_spoken import hesitant_opener, liked_among_mine, spoken_wrap_up
from simulator.core.scoring.star_telling import (
    owned_up_about_the_story,
    part_pointed_at,
    story_summed_up,
    teller_has_one,
    telling_aside,
    telling_moved,
    telling_opener,
)
from simulator.core.scoring.star_tense import duty_as_past
from simulator.core.scoring.star_told_first import cut_sets_scene
from simulator.core.scoring.star_turns import (
    cause_first,
    inside_time_clause,
    need_cleft,
    passive_duty,
    wish_against,
)
from simulator.core.scoring.text import count_phrases, is_number, word_set, words

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
# Reasons that come from where a sentence sits, or from a bare number: no sign of what the
# sentence says (star_gaps.py tells a part labelled on these alone from one really told).
EARLY, LATE, MID, A_NUMBER = "early in the story", "late in the story", "mid-story", "a number"
PLACE_REASONS = frozenset((EARLY, LATE, MID, A_NUMBER))
# A passive verb that may be an act ("The new version was tested in two shops"), told without
# a sequence word or an agent: weak evidence of a step, but no sign of an outcome either.
PASSIVE_ACT = "an act in the passive"
# A step of mine named as a thing ("My first step was an audit of ...", round 35).
STEP_AS_NOUN = "a step told as a noun"
# Someone else's request opening a story: the scene when a task of mine answers it, else the task.
REQUEST_OPENING = "someone else's request opens the story"
# The task cues of wanting or needing something (round 34, wish_against).
WISH_CUES = frozenset(
    (
        "i wanted to",
        "we needed to",
        "needed to",
        "i needed to",
        "i needed a",
        "i wanted to make sure",
    )
)
# Someone else's act placed among the steps by a sequence word ("Two of the dispatchers then
# tried the new screen for a week"); star_context.others_event_before_mine reads it again in
# its story.
OTHERS_STEP = "someone else's step, in sequence"
# What an opening line says of acts: the scene the story starts from (round 34).
OPENING_ACTS = "the opening line, before any task"
# Reasons that say a sentence sets the scene, whatever else it says: when or where it happens.
DATES, WHERE = "dates the story", "the opening line says where"
SCENE_REASONS = frozenset((DATES, WHERE))
# Leads that date a habit from the story's end on ("since then", "from then on")
_SINCE_LEADS = frozenset((("since", "then"), ("ever", "since"), ("from", "then", "on")))
POSITION_PRIOR = 1.6  # evidence for situation at the very start, result at the very end
# After this place in the story an objection answers one of my steps (before it, a view that
# sets the scene: "Tomas, a dispatcher at the depot, argued that the table was fine")
DISPUTE_AFTER = 0.55
_NEXT = {
    ("situation", "task"): 0.6,
    ("task", "action"): 0.6,
    ("action", "result"): 0.6,
    ("situation", "action"): 0.2,
    ("result", "action"): 0.1,
    ("result", "situation"): 0.1,
}


# Words that open a look back at how things stood ("At the time ...", "Until then ...").
_THEN_MARKERS = frozenset(
    ("at the time", "back then", "until then", "at that point", "before that")
)
THEN_STOOD = "how things stood then"
_I_FORMS = word_set("i i'm i've i'd i'll")


def _one_as_word(ws: list[str], i: int) -> bool:
    """ "one analogy", "the better one": "one" as a word, not an amount."""
    if ws[i] != "one":
        return False
    before = ws[i - 1] if i else ""
    return before not in ("to", "from", "by", "of", "at", "than", "only", "just")


# Words that make a following "next", "first" or "later" part of a noun phrase ("her next
# three pull requests", "the first version"), not a word ordering the story's steps.
_DETERMINERS = word_set("the a an her his their our my its your this that these those")


def sequence_word(ws: list[str]) -> bool:
    """Does a sequence word ("then", "next") order this clause, not name a thing in it?"""
    return any(w in SEQUENCE and not (i and ws[i - 1] in _DETERMINERS) for i, w in enumerate(ws))


def placed_among_my_steps(ws: list[str], position: float) -> bool:
    """Does a sequence word place someone else's act among my steps ("Two of the dispatchers
    *then* tried the new screen")? After the story's middle "later" does not: it jumps ahead
    of the steps to what came of them ("The data protection officer later used our inventory
    template", "The two of them later co-presented the ownership model"), as the writers of
    the repository's and the blind sets label it (star63). (Before it, what someone else did
    later is read with the steps, and a finding among them is then told apart: star61.)"""
    return sequence_word([w for w in ws if w != "later" or position < LATER_JUMP_FROM])


# Where "later" starts to jump ahead of the steps rather than order them.
LATER_JUMP_FROM = 0.5


# Outcome words that may be one of my steps when I list them ("..., and shipped the view").
OUTCOME_CUES = frozenset(("shipped", "launched", "delivered"))
_SPEAKER = word_set("i me my myself mine we us our ours")
_OTHERS_DUTIES = frozenset(("someone had to", "somebody had to", "we needed to", "we had to"))
_NEED_CUES = frozenset(
    ("needed to", "had to", "was expected to", "deadline", "in time for", "before the")
)


def _last_position(position: float, index: int) -> float:
    """The position of a story's last sentence, from one sentence's position and index."""
    n = max(1, round((index + 0.5) / max(position, 1e-6)))
    return (n - 0.5) / n


Reasons = dict[str, list[tuple[float, str]]]
# Words that make a following "I <verb>" part of a noun clause ("how I wrote", "what I
# built"), not a step told in its own right.
_NOUN_CLAUSE = word_set("how what whether")
_AT_FIRST = frozenset(("at first i",))


_INDIRECT = frozenset(("how", "whether", "if"))
_OWNED_UP = frozenset(("owned up",))
_INSTEAD = frozenset(("instead of", "rather than", "down from", "up from"))
_MODALS = word_set("can could will would may might must should cannot shall")


def _amounts_compared(ws: list[str]) -> bool:
    """Do two amounts stand compared: "down from" or "up from" one to another ("down from
    four a month to one"), or one on each side of "instead of" or "rather than" ("thirty
    minutes instead of two hours")?"""
    if count_phrases(ws, _FROM_AMOUNT):
        return True
    for k in range(len(ws) - 1):
        if (ws[k], ws[k + 1]) in _IN_PLACE_OF:
            return any(is_number(w) for w in ws[:k]) and any(is_number(w) for w in ws[k + 2 :])
    return False


_FROM_AMOUNT = frozenset(("down from", "up from"))
_IN_PLACE_OF = frozenset((("instead", "of"), ("rather", "than")))


def _activity_went_on(ws: list[str], verb: int, subject: tuple[str, ...]) -> bool:
    """ "Labelling restarted the next day", "Hiring resumed in May": the gerund alone is the
    subject, its verb a past form with no object after it (the next word is no determiner,
    pronoun or number: "Profiling showed the ...", "Testing took two weeks" are steps)."""
    if subject != (ws[0],) or verb <= 0 or verb >= len(ws) or not ws[verb].endswith("ed"):
        return False
    after = ws[verb + 1 : verb + 2]
    if not after:
        return True
    nxt = after[0]
    if nxt in ("the", "next", "again", "that", "this", "within", "in", "on", "by", "after"):
        return nxt != "the" or ws[verb + 2 : verb + 3] in (["next"], ["same"], ["following"])
    return not (is_number(nxt) or nxt in _OBJECT_STARTS)


_OBJECT_STARTS = word_set("a an her his their our my its your these those them it him us me")


def _unreal(ws: list[str], i: int) -> bool:
    """Is the change word at ``i`` said as what can, must or is to happen ("can be dropped",
    "to be cut", "could not be reduced"), not as what happened?"""
    j = i - 1
    if j >= 0 and ws[j] == "be":
        j -= 1
        if j >= 0 and ws[j] == "not":
            j -= 1
        return j >= 0 and (ws[j] in _MODALS or ws[j] == "to")
    return j >= 0 and ws[j] in _MODALS


_LOOKING = frozenset(
    ("measured", "checked", "tested", "calculated", "estimated", "compared", "looked", "asked")
)


_RELATIVE_WORDS = frozenset(("that", "which"))
_TIME_CLAUSE_OPENERS = frozenset(("once", "when", "after", "as", "while", "since", "before"))


def _describes_a_thing(ws: list[str], i: int) -> bool:
    """Is the word at ``i`` the verb of a relative clause on a noun ("a model that improved
    ...", "a forecast which cut ...")? Not a "that" after a verb of saying or a purpose ("showed
    that it improved", "so that errors fell")."""
    j = i - 1
    while j > 0 and i - j <= 3 and ws[j] not in _RELATIVE_WORDS:
        j -= 1
    if j <= 0 or ws[j] not in _RELATIVE_WORDS:
        return False
    before = ws[j - 1]
    return before not in REPORTING and before not in ("so", "such", "now") and not is_past(before)


def _asked_about(ws: list[str], verb: int) -> bool:
    """ "I measured how much ...", "I checked whether ...": a step of looking whose object is
    an indirect question."""
    if verb < 0 or verb + 1 >= len(ws) or ws[verb] not in _LOOKING:
        return False
    nxt = ws[verb + 1 : verb + 3]
    return nxt[0] in _INDIRECT or nxt == ["at", "how"]


_NOT_NOUNS = word_set(
    """and or but so then when once after before until because as that which who where
    first finally eventually also just only all both each of to in on at for with by"""
)
# Nouns of a connective phrase that a clause of mine follows ("as a result we shipped", "in the
# end we launched"): no noun described.
_CONNECTIVE_NOUNS = word_set("result end consequence meantime way upshot")


def _acts_describing_a_noun(ws: list[str]) -> set[int]:
    """The verbs of "I" or "we" in a clause that describes the noun before it, with no "that"
    ("the model we shipped that afternoon", "a feature I launched last year"): their
    indices."""
    return {
        k + 1
        for k in range(2, len(ws) - 1)
        if ws[k] in ("i", "we")
        and ws[k - 2] in _DETERMINERS
        and ws[k - 1].isalpha()
        and ws[k - 1] not in _NOT_NOUNS | _DETERMINERS | _CONNECTIVE_NOUNS
        and is_past(ws[k + 1])
    }


def _subordinate_acts(ws: list[str]) -> set[str]:
    """The "I <verb>" action cues said only inside a noun clause ("change how I wrote")."""
    found: dict[str, bool] = {}
    for i, w in enumerate(ws[:-1]):
        if w != "i":
            continue
        cue = f"i {ws[i + 1]}"
        if cue not in CUE_SETS["action"]:
            continue
        inside = i > 0 and ws[i - 1] in _NOUN_CLAUSE
        found[cue] = found.get(cue, True) and inside
    return {cue for cue, inside in found.items() if inside}


def sentence_scores(
    ws: list[str], raw: str, position: float, index: int | None = None
) -> dict[str, float]:
    """Evidence for each label of one sentence (see ``sentence_evidence``)."""
    return sentence_evidence(ws, raw, position, index)[0]


# What follows a verb whose subject was dropped: its object ("Cut the report ...").
_OBJECT_OPENERS = word_set(
    """the a an our my their his her its every all each both two three four five six some
    it them him up out"""
)
_CLAUSE_ENDS = word_set("and but so then while because when")


# A note that opens on how a proposal was answered ("Approved the same day.", "Agreed, with a
# public roadmap for more crops.", "Accepted by the review board."): what was dropped is the
# proposal, not "I" (the past participle of a passive), so the note tells someone's answer to
# my steps, never a step of mine (star60).
_ANSWERED = word_set("approved accepted adopted agreed granted")
_OBJECT_OPENERS_OF_MINE = word_set("a an my our his her their")


# Words that tell how things stand since the story, not a moment in it ("Since then her team
# asks me how long a test needs", "now everyone asks ..."; star_gaps._SINCE reads them too).
LASTING_WORDS = word_set("now since today still every always anymore longer")
# A question someone put after the steps weighs this much as the scene: more than its place at
# the end and the step-to-result turn together (``_NEXT``).
LATE_QUESTION_WEIGHT = 2.0


def _voiced(ws: Sequence[str], verb: int) -> bool:
    """Someone voicing a view ("Priya argued that ...", "my manager told me that ..."). "Told"
    voices another's view only when told to me or us: "told him plainly that the team had
    noticed" is my telling, a step, in a note that drops its "I" (lead60)."""
    if verb >= 0 and asked_if(ws, verb):
        return True
    if verb >= 0 and _reports_what_was_found(ws, verb):
        return True
    if verb < 0 or ws[verb] not in VOICE_VERBS:
        return False
    return ws[verb] != "told" or tuple(ws[verb + 1 : verb + 2]) in (("me",), ("us",))


# Verbs that report what someone found or knows, with a "that" clause after them: "pointed out
# that", "noticed that", "explained that" (the plain form too, as a non-native speaker says it).
_REPORTS_FOUND = word_set(
    """pointed noticed found discovered spotted flagged explained explain mentioned noted
    reported realized realised admitted confirmed"""
)


def _reports_what_was_found(ws: Sequence[str], verb: int) -> bool:
    """Someone reporting what they found or know ("a data engineer pointed out that the join
    dropped nulls", "Then a colleague found that the same store appears in train and test",
    "He explained that people took credit for his ideas"): another person's words about how
    things stand, their view, as "argued that" is; what they report is no step of mine and no
    outcome of my steps, even with a word of change in it. With no "that" the verb tells an act
    ("The analyst found two bugs and fixed them")."""
    return (
        ws[verb] in _REPORTS_FOUND
        and "that" in ws[verb + 1 : verb + 3]
        and bool(ws[:verb])
        and not set(ws[:verb]) & _ME_OR_US
    )


_ME_OR_US = frozenset(("i", "we", "i'd", "we'd", "i've", "we've"))


def someone_reports_what_was_found(ws: Sequence[str]) -> bool:
    """Does the sentence tell someone else reporting what they found, with no act of mine
    before it ("Separately, a data engineer pointed out that ...": ``_reports_what_was_found``
    at any of its verbs)?"""
    return any(_reports_what_was_found(ws, k) for k, w in enumerate(ws) if w in _REPORTS_FOUND)


# Words between someone's verb of saying and the "I" their words are about ("told me that I").
_REPORTED_LEADS = word_set("me us that")


def _reported_of_me(ws: Sequence[str], clause: Clause) -> bool:
    """Is the sentence someone else voicing a view of me, the "I" opening what they said ("She
    said I left dozens of small comments", "my manager told me that I had ...")? Its main
    clause is another person's verb of saying, and every "I" stands in what they said."""
    verb = clause.verb
    if clause.subject != "person" or verb < 0 or not _voiced(ws, verb) or "i" in ws[:verb]:
        return False
    k = verb + 1
    while k < len(ws) and k <= verb + 2 and ws[k] in _REPORTED_LEADS:
        k += 1
    return ws[k : k + 1] == ["i"]


def subject_dropped(ws: list[str], raw: str = "") -> bool:
    """A terse step told without its subject, the way notes and clipped speech tell them:
    "Defined churn as no purchase in ninety days, built a baseline, shared the top names.",
    "Cut the report to the six sections the regulator listed, reused last year's tables."
    (round 38): a past verb of action first, then its object (a determiner or a pronoun) or a
    first clause with no other verb of its own; never with "I" or "we" in the sentence.
    "Missed alerts went to zero" (a past form describing the subject, whose verb follows),
    "Used to ..." and "Let me give you one" are no such step."""
    if len(ws) < 3 or ws[0] in NOT_ACTION_VERBS or ws[0] in ("used", "based", "related", "let"):
        return False
    if ws[0] in _ANSWERED and ws[1] not in _OBJECT_OPENERS_OF_MINE:
        # "Approved the same day.": the plan was approved, no step of mine (star60); with an
        # object of its own ("Agreed a plan with him: ...") the verb is active, its "I" dropped
        # (lead60)
        return False
    if ws[1] in ("me", "us", "you"):
        return False  # "Let me think", "Tell you what": the telling, not a step
    if news_with_it_dropped(ws):
        return False
    if not (is_past(ws[0]) and (ws[0] in IRREGULAR_PAST or len(ws[0]) > 4)):
        return False
    first = []
    clause_words = len(words(raw.split(",")[0])) if raw else len(ws)
    for w in ws[1:clause_words]:
        if w in _CLAUSE_ENDS:
            break
        first.append(w)
    if {"i", "we", "i'd", "we'd"} & set(ws):
        return False  # "Asked by my manager, I rebuilt ...": the subject comes later
    if ws[1] in _OBJECT_OPENERS:
        return True
    return not any(
        w in ("is", "are", "was", "were") or (is_past(w) and not _describes_a_noun(first, k))
        for k, w in enumerate(first)
    )


# Words after which a past form describes the noun that follows it ("the ignored pages", "on
# closed cases"): the determiners and the prepositions (and numbers: "500 scrubbed transcripts").
_BEFORE_A_MODIFIER = word_set(
    """the a an our my their his her its this that these those every each all both some any
    no of on in at to for from with by into onto over under about per across without"""
)
# Words that open a relative clause, whose verb is the clause's own ("units whose power use
# drifted", "the teams that used the embeddings").
_RELATIVES = word_set("that which who whom whose where")


def _describes_a_noun(first: Sequence[str], k: int) -> bool:
    """Is the past form ``first[k]`` (after a verb whose subject was dropped) no verb of a
    clause of its own: an adjective before its noun, after a determiner, a number or a
    preposition ("Checked 500 scrubbed transcripts", "Trained on closed cases only"), or the
    verb of a relative clause ("Flagged units whose power use drifted")? A noun phrase's
    modifiers and its relative clauses belong to the object of the note's first verb, so they
    leave that verb the note's own. A past form right after a bare noun ("Missed alerts went
    to zero") may be the main verb, the first word an adjective, and is left so."""
    before = first[k - 1] if k else ""
    if before in _BEFORE_A_MODIFIER or is_number(before):
        return True
    # the first verb after a relative word is the relative clause's ("customers who got an
    # offer churned less": "got" is, "churned" is the main verb, its first word an adjective)
    opened = [j for j, w in enumerate(first[:k]) if w in _RELATIVES]
    return bool(opened) and not any(is_past(w) for w in first[opened[-1] + 1 : k])


def news_with_it_dropped(ws: Sequence[str]) -> bool:
    """ "Turned out nobody wanted a churn score", "Turns out the join dropped nulls": "it turned
    out" with its "it" dropped, as speech drops it, tells what was found as news; the past verb
    first is no act of mine with its "I" dropped ("Turned out to be ..." judges a thing, and
    "Turned out the lights" is rare enough in a story of work to be left aside)."""
    return len(ws) > 2 and ws[0] in ("turned", "turns") and ws[1] == "out" and ws[2] != "to"


# Activities a terse step is named by when it has no verb ("Two weeks of shadowing, then a
# pilot.", "Daily check-in with compliance.").
_ACTIVITIES = word_set(
    """checkin checkins session sessions meeting meetings workshop workshops screens screen
    interviews interview shadowing pilot sync syncs standup standups demo demos walkthrough
    walkthroughs retro review reviews call calls rehearsal"""
)
# The same, told with a hyphen the words are split at ("check-in", "stand-up", "dry-run").
_ACTIVITY_PAIRS = frozenset((("check", "in"), ("check", "ins"), ("stand", "up"), ("dry", "run")))


# What may come before the activity in such a note: how often, how long, what kind.
_ACTIVITY_MODIFIERS = word_set(
    """a an also then plus and first one daily weekly monthly nightly short quick long joint
    phone video pairing review design planning of minute minutes hour hours day days week
    weeks month months"""
)


# Words of a change or a measure that make a verbless sentence an outcome or a thing measured.
_TERSE_CHANGES = word_set("down up from fewer more less zero half twice lower higher faster slower")
_MEASURES = word_set(
    """time times volume volumes count counts rate rates length duration load backlog score
    scores quality cost costs"""
)


# ", which I fixed before ...": a clause after a comma that goes on with what I did to the thing
# just named, not one that tells which thing it is ("the model which I built", no comma).
_GOES_ON_WITH_ME = re.compile(
    r",\s+which\s+(?:I|we)\s+(?:then\s+|also\s+|later\s+)?([a-z]+)\b(\s+as\b)?"
)


def my_act_goes_on(raw: str) -> bool:
    """Does the sentence go on, after a comma, with an act of mine on what it has just named
    ("They found four mistakes, which I fixed before building any features.")? The sentence
    tells a step of mine, as "..., and I fixed them" does (star58): someone else's find, told
    after my steps, is then no outcome of them."""
    # (not a reading of it: "..., which I took as a good sign")
    return any(
        is_past(verb) and verb not in NOT_ACTION_VERBS and not read_as
        for verb, read_as in _GOES_ON_WITH_ME.findall(raw.replace("\u2019", "'"))
    )


def _activity_named(ws: list[str]) -> bool:
    """No verb in the sentence, and it opens on an activity, with only words of how often, how
    long or what kind before it ("Two weeks of shadowing, then a pilot."); "Our call volumes
    swing by twenty percent" (a present verb the labeller does not know) opens on its subject."""
    if any(w in FINITE or w in I_WORDS or is_past(w) for w in ws):
        return False
    if set(ws) & _TERSE_CHANGES:
        return False  # "Review time down to one day.": a change, told tersely, is an outcome
    for k, w in enumerate(ws[:6]):
        if w in _ACTIVITIES or tuple(ws[k : k + 2]) in _ACTIVITY_PAIRS:
            # the activity heads the phrase: "review time", "call volumes" name a measure
            return ws[k + 1 : k + 2] == [] or ws[k + 1] not in _MEASURES
        if not (is_number(w) or w in _ACTIVITY_MODIFIERS):
            return False
    return False


# Participles that, first in a terse sentence with "to" after them, drop "I was": "Asked to ...".
_DUTY_PARTICIPLES = word_set("asked tasked assigned told expected supposed")


def sentence_evidence(
    ws: list[str], raw: str, position: float, index: int | None = None
) -> tuple[dict[str, float], Reasons]:
    """Evidence for each label of one sentence: cues, tense and voice, numbers, position
    (0..1 through the story; ``index`` is the sentence's number in it, when known), and the
    reasons behind it, so the scorecard can say why a sentence got its label."""
    # "I had been asked to ...": the duty, told looking back from the story's time (star50)
    ws = duty_as_past(ws)
    if subject_dropped(ws, raw):
        # read as mine: the teller dropped "I"; "Asked to fix onboarding in one quarter." is
        # terse for "I was asked to ...", what I was given to do, no request of mine (round 40)
        duty = ws[0] in _DUTY_PARTICIPLES and ws[1] == "to"
        ws = ["i", "was", *ws] if duty else ["i", *ws]
    offered = offer_left_out(ws, raw)
    if offered is not None:
        ws, raw = offered  # what I offered is no outcome (star_offers.py)
    scores = {label: 0.0 for label in LABELS}
    reasons: Reasons = {label: [] for label in LABELS}

    def add(label: str, weight: float, why: str) -> None:
        scores[label] += weight
        reasons[label].append((weight, why))

    def drop(label: str, cues: frozenset[str] | set[str]) -> float:
        """Take back the evidence of ``label``'s cue phrases in ``cues``; their weight."""
        gone = [r for r in reasons[label] if r[1].strip('"') in cues]
        for reason in gone:
            reasons[label].remove(reason)
            scores[label] -= reason[0]
        return sum(r[0] for r in gone)

    explicit = _EXPLICIT.match(raw)
    if explicit:
        add(_EXPLICIT_MAP[explicit.group(1).lower()], 10.0, f'named "{explicit.group(1)}"')
    for label, cues in CUE_SETS.items():
        for cue, n in count_phrases(ws, cues).items():
            if label == "result" and told_of_someone_before(ws, cue):
                continue  # "the engineer who had shipped it": before the story (round 32)
            add(label, CUES[label][cue] * min(n, 2), cue_reason(cue))
    if tuple(ws[:3]) in _SINCE_LEADS or tuple(ws[:2]) in _SINCE_LEADS:
        # "Since then I put a range check on every field": the "then" dates a habit kept from
        # the story's end on, no next step in order (star45)
        drop("action", {"then i", "then we"})
    described_acts = _acts_describing_a_noun(ws)
    if described_acts:
        # "whether to roll back the model we shipped that afternoon": the outcome word tells
        # which model, not what came of the story (star43)
        drop(
            "result",
            {f"{ws[k - 1]} {ws[k]}" for k in described_acts} | {ws[k] for k in described_acts},
        )
    described = subject_relative_end(ws)
    if described:
        # "The report I was asked to review had no baseline", "The team assigned to the
        # campaign had no data scientist": the request or the assignment describes the
        # subject; only what comes after the subject's own verb counts.
        inside = count_phrases(ws[:described], CUE_SETS["task"])
        if inside:
            drop("task", set(inside))
            for cue, n in count_phrases(ws[described:], frozenset(inside)).items():
                add("task", CUES["task"][cue] * min(n, 2), cue_reason(cue))
    subordinate = _subordinate_acts(ws)
    if subordinate:
        # "I had to change how I wrote before my next proposal": "how I wrote" names what the
        # task is about, not a step I took; its "I wrote" is no cue of a step.
        drop("action", subordinate)
    if count_phrases(ws, _AT_FIRST):
        # "at first I was ready to say no": how I stood at the start, not the first step.
        drop("action", {"first i"})
    unknown = bool(count_phrases(ws, UNKNOWN_OUTCOME)) and "but" not in ws
    if unknown:
        # "I never found out whether the router stayed in production": the outcome words say
        # what I do not know; the sentence tells that the result is missing, it is none.
        for reason in [r for r in reasons["result"] if r[1].startswith('"')]:
            reasons["result"].remove(reason)
            scores["result"] -= reason[0]
    if returned(ws):  # "were back in forty minutes": a return, not "back in 2019"
        drop("situation", {"back in"})
    fell_back = any(w == "fell" and ws[i + 1 : i + 2] == ["back"] for i, w in enumerate(ws))
    if fell_back and not any(is_number(w) for w in ws):
        # "every request fell back to the default features": a fallback, not a fall ("opt-outs
        # fell back to three percent" is one)
        drop("result", {"fell"})
    if count_phrases(ws, _OWNED_UP):
        # "I owned up to it in the team channel": I admitted it, a step; no ownership of a task
        drop("task", {"i owned", "i owned the"})
    if ws[:2] != ["after", "that"]:
        # "Late deliveries were rare after that": a time, not the next step of a list
        drop("action", {"after that"})
    i_acted = past_verb_after(ws, "i") or my_act_goes_on(raw)
    if index is not None and position < 0.35 and expectation_told(ws):
        # "I estimated two weeks to move the jobs", told before the steps: what I expected,
        # the scene the story measures itself against, not a step (round 33)
        i_acted = False
        add("situation", 1.5, "what I expected, before the steps")
    if i_acted and lesson_as_subject(ws):
        # "And the thing I took from that is, uh, people adopt stuff they helped build": the
        # "I took" is the lesson's own verb, inside the subject; no step of mine (star65)
        i_acted = False
        drop("action", {r[1].strip('"') for r in reasons["action"] if r[1].startswith('"i ')})
    clause = main_clause(ws, raw)
    if not i_acted and clause.subject == "thing" and "i" in ws[: clause.verb]:
        # "the model I built blocked ...": the "I built" cue describes the subject.
        for reason in [r for r in reasons["action"] if r[1].startswith('"i ')]:
            reasons["action"].remove(reason)
            scores["action"] -= reason[0]
    if i_acted and _reported_of_me(ws, clause):
        # "She said I buried the decision on page six": what someone else said of me, their
        # view; the "I" is the object of their words, no step of mine (star64)
        i_acted = False
        drop("action", {r[1].strip('"') for r in reasons["action"] if r[1].startswith('"i ')})
    if quoted_speaker(raw) == "other":
        # 'The designer told me, "A probability means nothing to a shopper."': someone else's
        # words, quoted; an "I" inside the quote is theirs, no step of mine (round 33)
        i_acted = False
        drop("action", {r[1].strip('"') for r in reasons["action"] if r[1].startswith('"i ')})
        if position < 0.65:
            add("situation", 1.5, "someone else's words, quoted")
    if count_phrases(ws[:4], _THEN_MARKERS) and not i_acted and not set(ws) & {"i", "we"}:
        # "At the time our classifier cost forty thousand dollars a month": how things stood
        # then, told among the steps as a look back, not a step or an outcome (round 33)
        add("situation", 1.5, THEN_STOOD)
    clefted = bool(index) and finding_clefted(ws)
    if clefted:
        # "What I found was that her query joined orders to a contacts table": what a look of
        # mine found, the step that the next one follows from, even early, where "I noticed"
        # alone is the scene (star57)
        add("action", 3.0, "a finding, told as it happened")
    if index is not None and (position < 0.5 or not i_acted) and lesson_told(ws, raw):
        # "The main thing I learned from this is that ...", "That year taught me to ...": the
        # lesson I drew, named as such, is what came of the story however early it is told
        # (star54; as star52-more had it, read by star_lessons), and however late: "It also
        # showed me that ..." is no step in sequence for its "also"; "I learned that ..., so I
        # changed the loss" goes on with a step (star58)
        add("result", LESSON_NAMED_WEIGHT, LESSON_NAMED)
    elif index and position >= 0.5 and stayed_with_me(ws):
        # "And for me it was the first time I saw a causal framing beat a better predictive
        # model, which really stuck with me.": what the story left me with, told after its
        # steps, is its lesson, even with a verb of mine in it (star65; told first, "there's
        # one that really stuck with me" points at the story)
        add("result", LESSON_NAMED_WEIGHT, LESSON_NAMED)
    finding = told_finding(ws)
    last = index is not None and position >= _last_position(position, index) - 1e-9
    if finding is not None and position >= 0.35:
        # A finding told as the story's last sentence is what it taught me, whatever its tense.
        if finding and not last:
            # "When I finally shadowed two buyers, I learned that they distrusted ...": what I
            # found out then, as a step of the story, not the lesson it ends with, so its
            # "learned" is no lesson cue.
            drop("result", LESSON_CUES)
            add("action", 1.5, "a finding, told as it happened")
        elif last:
            add("result", 1.0, "a lesson, told at the end")
        else:
            add("result", 1.0, "a lesson, told in the present")
    if index == 0 and clause.subject == "person" and count_phrases(ws, REQUESTS):
        # "A product manager asked me to add a score by Friday": the scene; my answer is the task.
        add("situation", 2.5, REQUEST_OPENING)
    if index is not None and position < 0.5 and role_opening(ws, raw):
        add("task", 2.0, 'my role ("as the ... ,")')
    if index is not None and position < 0.5 and role_said(ws, raw):
        add("task", ROLE_WEIGHT, 'my role ("I was their lead")')
    passed_on = bool(index) and position < 0.5 and duty_passed_on(ws)
    if passed_on:
        # "My manager said we had to get it back under four hours": after the opening line,
        # a duty passed on to me in someone's words is the task, as "asked me to" is (round 41)
        add("task", 3.0, "a duty passed on to me, in someone's words")
    if (
        index
        and 0.35 <= position < _last_position(position, index) - 0.15
        and share_of_sample(ws)
        and quoted_speaker(raw) != "other"
        and clause.verb >= 0
        and ws[clause.verb] not in VOICE_VERBS | REPORTING
    ):
        # "About a third of them ended with the customer giving up": among the steps, a share
        # of what I had just examined is what I found, a step of the story (round 41)
        add("action", 1.5, "what a look at the examples found")
    if index is not None and position < 0.5 and needed_of_others(ws):
        add("task", 2.0, 'what I needed someone else to do ("I needed legal to")')
    if index is not None and position < 0.5 and duty_statement(ws):
        add("task", 2.0, 'what was mine to do ("I was given the job of")')
    if index and position < 0.6 and took_on_not_mine(ws):
        # "It was not my code, but ... I decided I would get it fixed" (round 39)
        drop("action", {"i decided", "i chose"})
        add("task", 3.0, "what was not mine, taken on")
    if index and position < 0.5 and only_one_on_it(ws):
        add("task", 2.0, 'my role ("I was the only engineer on it")')
    duty_passive = bool(index) and position < 0.5 and passive_duty(ws)
    if duty_passive:
        # "A definition had to be agreed by me within six weeks", "An explanation was needed
        # from me": what was mine to do, told in the passive, no step done yet (star42)
        drop("action", {"by me"})
        add("task", 3.0, "a duty of mine, told in the passive")
    if index and position < 0.5 and count_phrases(ws, PRESENT_DUTIES):
        # "I need to make the reviews faster": the task, told in the present (round 39)
        add("task", 3.0, "what I had to do, told in the present")
    if position < 0.35 and perceived(ws) and not acted_beyond_finding(ws) and not clefted:
        # A finding at the start of a story is the scene ("I noticed that applicants over
        # sixty were approved at half the rate"), not something I did about it.
        i_acted = False
        add("situation", 2.0, "a finding told at the start")
    if count_phrases(ws, ON_CALL) and "when" in ws and index == 0:
        # "I was on call for search when the click-through rate dropped": the scene, told
        # from where I stood, not yet what it was mine to do.
        drop("task", ON_CALL)
        add("situation", 1.5, "on call when it happened")
    if not set(ws) & _SPEAKER and clause.subject in ("person", "thing"):
        # "The sales team needed to have a forecast by Monday": someone else's need, the
        # scene a task of mine could answer, not yet that task (nobody says what was mine).
        need = drop("task", _NEED_CUES)
        if need:
            add("situation", need, "someone else's need")
    if goal_statement(ws):
        add("task", 3.0, 'a goal ("my ... was to")')
    elif position < NAMED_DUTY_BEFORE and (duty_named(ws, raw) or duty_left_to_me(ws, raw)):
        # "My remit was the sign-off", "The goal is simple: ...", "The question I had to
        # answer was whether ...": what was mine to do, named, in either tense (star57)
        add("task", 3.0, 'a goal ("my ... was to")')
    elif position < 0.6 and need_cleft(ws, raw):
        # "What we needed was one metric both could live with", "The thing the audit needed
        # was a written account": the need itself, said as the story's task (round 34)
        add("task", 3.0, 'a need said as the task ("what we needed was")')
    if index and position < 0.5 and needed_from_me(ws):
        # "The product team needs a go or no-go from me by Monday": their need, of me (star57)
        add("task", 3.0, "a duty passed on to me, in someone's words")
    if position < 0.6 and time_given(ws):
        add("task", 2.5, 'the time I had for it ("I had two weeks to")')
    stance = position < 0.5 and told_stance(ws)
    if stance:
        # "We were worried that ...": the "were" is the stance's, not how things were.
        add("task", 2.5 if set(ws[:3]) & {"we", "our"} else 1.5, "my stance before acting")
    if told_view(ws):
        # "In my view, the weekly pipeline was the most useful thing I built", "In my opinion,
        # someone had to own the evaluation": a view I hold, whose words name no step or
        # duty of mine; told last, it is what the story left me with.
        i_acted = False
        drop("task", _NEED_CUES | _OTHERS_DUTIES)
        drop("action", {r[1].strip('"') for r in reasons["action"] if r[1].startswith('"i ')})
        if last:
            add("result", 1.5, "a view told at the end")
        elif position < 0.35:
            add("situation", 1.0, "a view told before the steps")
    if look_noted(raw):
        # "Checked the logs: two thirds of the errors from one client.": a look and what it
        # found, told as a note, is a step, whatever outcome words the finding holds (star55)
        add("action", LOOK_NOTED_WEIGHT, LOOK_NOTED)
    if nominal_step(ws) or act_statement(ws):
        add("action", 3.0, STEP_AS_NOUN)
    elif index and position < _last_position(position, index) and _activity_named(ws):
        # "Daily ten-minute check-in with compliance.", "Phone screens with each, thirty
        # minutes.": a step in terse notes, named by its activity with no verb, among the
        # steps (the last sentence is left alone: "Weekly reviews since then.") (round 40)
        add("action", 2.0, "a step named by its activity, with no verb")
    early_deadline = position < 0.4 and bool(count_phrases(ws, DEADLINES))
    if i_acted and (scores["task"] >= 2.0 or early_deadline) and decided(ws):
        # "I decided it was mine to fix", "I decided to fix it before the quarterly review"
        # (early, a deadline): the decision is to take the task on.
        i_acted = False
        add("task", 2.0, "decided to take it on")
    if i_acted and index and position < 0.4 and led_the_work(ws):
        # "I led the modelling work and the launch experiment", told before the steps: my part
        # of the work, as "I owned the model" says it (round 29).
        i_acted = False
        add("task", 2.5, 'the work I led ("I led the ...")')
    if i_acted and index and position < 0.4 and offered_to_take_on(ws):
        # "I offered to be his mentor for his first months", told before the steps: the work
        # I took on, as "I volunteered to" says it (round 29).
        i_acted = False
        drop("action", {"i offered"})
        add("task", 2.5, "offered to take it on")
    if i_acted:
        add("action", 2.0, '"I" + past verb')
        if my_steps_listed(raw):
            # "I told her that day, split the work, and shipped the first view": a list of
            # my steps, whatever outcome word one of them uses ("shipped").
            drop("result", OUTCOME_CUES)
            add("action", 1.5, "a list of my steps")
    elif past_verb_after(ws, "we"):
        add("action", 1.2, '"we" + past verb')
    helped = had_someone_do(ws)
    if helped:
        # "We had two people check five hundred labels": a step others did as I set it (round 32)
        add("action", 2.0 if helped == "i" else 1.2, "had others do a step")
    if i_acted and ws[-1:] in (["afterwards"], ["afterward"]):
        drop("result", {"afterwards"})  # "I only checked them afterwards": when I did it
    other_outcome = [r for r in reasons["result"] if r[1] != '"within a"']
    if i_acted and ws[:1] == ["i"] and "within" in ws[2:] and not other_outcome:
        # "I reviewed her pull requests within a day": how soon I did my step, no outcome
        # ("Within a month I was proposing features", "It was fixed within a week", "I rolled
        # back within a day, and the error was back to normal" keep it).
        drop("result", {"within a"})
    numbers = sum(1 for i, w in enumerate(ws) if is_number(w) and not _one_as_word(ws, i))
    numbers += raw.count("%")
    changed = any(
        w in CHANGE_WORDS and not (w == "boosted" and i and ws[i - 1] == "gradient")
        for i, w in enumerate(ws)
    ) or phrasal_change(ws)
    said_changes = [i for i, w in enumerate(ws) if w in CHANGE_WORDS]
    if changed and said_changes and all(_unreal(ws, i) for i in said_changes):
        # "so nothing read in the last ninety days can be dropped": a change that may or must
        # happen, said of what a step is for, is no change measured (round 31)
        changed = False
        drop("result", CHANGE_CUES)
    if not changed and numbers >= 2 and count_phrases(ws, _INSTEAD):
        # "The next review took thirty minutes instead of two hours": two amounts compared,
        # the new one against the old, is a change measured (round 31); "[I] flagged the slip
        # ..., with a new range of four to six weeks instead of a single date" holds no amount
        # on the old side: told of my own act, it is what I gave in place of something else, no
        # change measured (star66)
        changed = _amounts_compared(ws) or not i_acted
    if changed and change_only_as_cause(raw):
        # "I found that the server had run out of memory after a new feature doubled the
        # size of each request": the change says why or when, not what came of the steps.
        changed = False
        drop("result", CHANGE_CUES)
    # "had dropped to one launch a month": a past-perfect change is background, not a result.
    background_change = any(
        w in CHANGE_WORDS and i > 0 and ws[i - 1] in ("had", "been") for i, w in enumerate(ws)
    ) and not (position >= 0.5 and later_marker(ws))  # "Three months in, stock-outs had fallen"
    subject_is_me = bool(set(ws[:4]) & {"i", "we"})
    if subject_is_me and ws[0] in _TIME_CLAUSE_OPENERS and clause.subject in ("thing", "person"):
        # "Once we ramped it to 10 percent of traffic, conversion dropped": the "we" is the
        # time clause's, the change is the main clause's thing (round 35)
        subject_is_me = False
    # The second sentence of a story of four or more is told before any step, however short
    # the story (its place, 0.375 of four, is past the 0.35 of "early" otherwise; round 26).
    second = index == 1 and _last_position(position, index) >= 0.875 - 1e-9
    opening = position < 0.35 or second
    if not background_change and index and opening and numbers and changed:
        # Told after the opening line and before any task: how things had been going
        # ("over the first six months, opt-outs rose from two to nine percent").
        background_change = not subject_is_me
    if not background_change and index == 0 and changed and not set(ws) & _I_FORMS:
        # An opening line about a change nobody in the story made is the problem ("Our
        # speech model's accuracy dropped for one big customer"); a story opening with its
        # result says who did it ("The project I am proudest of cut ...", "We cut ...").
        background_change = not subject_is_me
    if not background_change and index == 0 and changed and cut_sets_scene(ws, clause.verb):
        # "We reduced our cloud budget by thirty percent, and the nightly jobs started to
        # fail": a cut of what we had, or one followed by what went wrong, is the trouble
        background_change = True
    if (
        not background_change
        and index == 0
        and changed
        and said_changes
        and all(_describes_a_thing(ws, i) for i in said_changes)
    ):
        # "We trained a new ranking model that improved offline NDCG by about 6 percent": on
        # the opening line, a change said in a relative clause tells what the thing was like
        # when the story starts, the scene, not what came of the story (round 35).
        background_change = True
    if not background_change and position < 0.35 and "i" not in ws and ", but " in raw.lower():
        # "Our new churn model beat the old one offline, but after launch the offers did no
        # better than random ones": a promise and how it fell short, before any step of
        # mine, is the problem the story answers; the outcome words are the promise's.
        background_change = not subject_is_me
    if background_change:
        # The change is the problem: its own words ("dropped", "percent") are no result cue.
        drop("result", CHANGE_CUES)
        add("situation", 2.0, "a change before the story's actions")
    elif numbers and changed and _asked_about(ws, clause.verb) and i_acted:
        # "I measured how much our accuracy fell when trained on thirty days": the change is
        # what my step looked into, an indirect question, not the story's outcome.
        drop("result", CHANGE_CUES)
    elif numbers and changed and my_cut_of_things(ws):
        drop("result", CHANGE_CUES)  # "I dropped two of the checks": my act, no change measured
    elif numbers and changed:
        add("result", 2.0, "a number with a change")
    elif numbers:
        add("result", 0.3, A_NUMBER)
    timed = {w for i, w in enumerate(ws) if w in OUTCOME_VERBS and inside_time_clause(ws, i)}
    if timed:
        # "A review with our privacy counsel was booked before anything shipped": the outcome
        # word only says when the step was taken (round 34)
        drop("result", timed)
    outcomes = min(
        2,
        sum(
            1
            for i, w in enumerate(ws)
            if w in OUTCOME_VERBS
            and not mine(ws, i)
            and not inside_time_clause(ws, i)
            and i not in described_acts
        ),
    )
    if outcomes and not unknown:
        add("result", outcomes * 0.8, "an outcome verb")
    passive = passive_at(ws)
    if passive and not i_acted and not duty_passive:
        # "The model was then rolled back", "a check was added by me": an act told in the
        # passive. Without a sequence word (before its verb: "launches waited for the next
        # meeting" is no sequence) or an agent it may be background ("tickets were routed by
        # hand"), so it counts less, unless it comes after the story's middle and before its
        # last sentence, where background is rare ("A rule was added that falls back ...").
        # A purpose after the verb ("A review screen was built so that the team could ...")
        # says someone meant it: an act, as an agent would.
        purpose = bool(count_phrases(ws[passive:], PURPOSES))
        # "From those pairs a table was built": made from what the step before gave (round 33)
        from_before = ws[:1] in (["from"], ["with"], ["using"]) and ws[1:2] in (
            ["this"],
            ["that"],
            ["these"],
            ["those"],
        )
        sequenced = sequence_word(ws[:passive]) or "by me" in raw.lower() or purpose or from_before
        listed = position >= 0.35 and passive_acts_listed(ws, passive)
        if listed:
            # "The worst source was dropped and the model was retrained": steps listed in the
            # passive, past the scene ("The checks were written in a wiki page and skipped
            # half the time" is how things stood); the first participle's outcome word is the
            # step's verb (round 40)
            drop("result", {ws[passive - 1]})
            sequenced = True
        ended = ws[passive - 1] in OUTCOME_VERBS or ws[passive - 1] in ENDINGS
        habit = bool(set(ws) & HABITUAL)
        if position >= 0.35 and not ended and not habit and doers_named(ws, passive):
            # "The doc was reviewed by two other teams before it went to our lead": past the
            # scene, who did it, named, makes it a step as "by me" does ("was approved by the
            # board" is how it ended; "prices were set once a week by a revenue manager" how
            # things were) (round 41)
            sequenced = True
        late = index is not None and position >= 0.5
        late_step = (
            late and position < _last_position(position, index or 0) and not ended
        ) and not (done_within(ws) or done_by_then(ws))
        if late and not sequenced and (ended or done_within(ws) or done_by_then(ws)):
            # "The project was shut down that quarter", "all eighteen pipelines were migrated
            # in four and a half weeks": how it ended, told in the passive.
            add("result", 1.5, "an outcome in the passive")
        elif sequenced:
            add("action", 2.0, "an act in the passive, in sequence")
        elif late_step:
            add("action", 2.0, "an act in the passive, after the task")
        else:
            add("action", 0.4, PASSIVE_ACT)
    elif (
        not passive
        and index
        and 0.3 <= position < _last_position(position, index)
        and participle_note(ws)
    ):
        # "Old rules archived, owners told one by one.": a step in the passive, told as a note
        # with its "was" left out, past the scene (star_notes.py, star43)
        add("action", 2.0, "an act in the passive, in sequence")
    one_day = any(w == "one" and ws[i + 1] in DAY_WORDS for i, w in enumerate(ws[:3][:-1]))
    if (position < 0.25 and count_phrases(ws, TIME_FRAMES)) or (position < 0.4 and one_day):
        # A story's opening line dates it ("about a year ago I presented ...", "One evening I
        # changed a join"): the scene, even when it says what I did.
        add("situation", 3.5, DATES)
    if (
        ws
        and ws[0].endswith("ing")
        and ws[0] not in NOT_GERUNDS
        and len(ws[0]) > 5
        and not (len(ws) > 1 and ws[1] in BE_PAST | {"had", "wanted", "needed", "asked"})
    ):
        # "Shadowing a specialist for three days taught me ...": an act named by its gerund;
        # "Marketing was asking for ...", "Pricing had ...": a team or a field, named (round 26).
        if (
            index
            and position >= 0.35
            and clause.subject == "thing"
            and clause.subject_words[:1] == (ws[0],)
            and ws[clause.verb] in STEP_OUTCOME_VERBS
        ):
            # "Setting the bucket size back restored the old latency": past the steps, a step
            # named by its gerund as the subject of an outcome verb is what that step did.
            add("result", 1.5, "what a step brought about")
        elif index and position >= 0.5 and _activity_went_on(ws, clause.verb, clause.subject_words):
            # "Labelling restarted the next day": an activity named alone, doing nothing to
            # anything, after the steps: how the work went on, what came of them (round 31).
            add("result", 1.5, "how the work went on")
        else:
            add("action", 1.5, "an act named by its gerund")
    if (
        (index == 0 or (index == 1 and position < 0.35))
        and clause.subject == "thing"
        and ws[clause.verb] in BE_PAST | {"is"}
        and set(clause.subject_words[:3]) & STORY_NOUNS
    ):
        # "The example that comes to mind is a churn model I built ...": an opening naming the
        # story; its "I built" describes what the story is about, no step yet.
        for reason in [r for r in reasons["action"] if r[1].startswith(('"i ', '"I"'))]:
            reasons["action"].remove(reason)
            scores["action"] -= reason[0]
        add("situation", 2.0, "an opening that names the story")
    head = set(clause.subject_words[:3]) if clause.subject else set(ws[:3])
    if position < 0.4 and head & OTHER_SUBJECTS and not head & {"i", "we"}:
        # Someone else acting before I came in ("my lead pulled me aside") sets the scene.
        add("situation", 1.0, "someone else acting, early")
    someone_else = clause.subject in ("person", "thing") and not i_acted and not stance
    nobody = ws[:1] == ["nobody"] or ws[:2] == ["no", "one"]
    answered = someone_else and clause.verb >= 0 and not nobody and disputed(ws, clause.verb)
    # A question someone put ("Then my manager asks whether the same gap could be in our other
    # models"): their view, the scene my next step would answer, wherever it is told; not how
    # things stand since ("Since then her team asks me how long a test needs", star64)
    asked = (
        someone_else
        and clause.verb >= 0
        and asked_if(ws, clause.verb)
        and not set(ws) & LASTING_WORDS
    )
    if answered and position > DISPUTE_AFTER:
        # "My manager pushed back because ...", "He was not convinced": after the middle of
        # the story, someone answering my step with a doubt is one more turn of the steps,
        # never what came of them (star_disputes.py, star45)
        add("action", 1.5, "someone answering your step with a doubt")
    elif someone_else and _voiced(ws, clause.verb) and nobody and position >= 0.5:
        # "Nobody complained after that.": after the steps, no one objecting is how it
        # ended, no view my actions answer (round 36)
        add("result", 1.5, "no one objected after the steps")
    elif someone_else and _voiced(ws, clause.verb) and position < 0.8 and not passed_on:
        # "Priya, an engineer from the platform team, argued that ...": another person's
        # view is the tension my actions answer.
        add("situation", 1.5, "someone else's view")
    elif asked and not passed_on:
        # a question put after the steps opens a turn nothing in the story answers yet: the
        # scene, outweighing what its place late in the story says (star64)
        add("situation", LATE_QUESTION_WEIGHT, "someone else's view")
    elif (
        someone_else
        and verb_is_past_act(ws, clause)
        and placed_among_my_steps(ws[: clause.verb], position)
        and not last
        and not (position >= 0.5 and later_marker(ws))
        # "Next came a two-day replay": a step told as what happened, read below (star60:
        # it keeps its own reason, so that it is never taken for someone else's act)
        and not (clause.subject == "thing" and step_happened(ws, clause))
    ):
        # (not "Two weeks later the head of sales asked for the same list": a jump to a later
        # point, what came of the steps; round 36)
        # "Two of the dispatchers then tried the new screen for a week": someone else's act,
        # placed in the sequence of steps by its "then", is a step of the story.
        add("action", 2.0, OTHERS_STEP)
    elif someone_else and clause.subject == "thing" and verb_is_past_act(ws, clause):
        if step_happened(ws, clause):
            # "Next came a two-week shadow test", "a replay of last month's routes followed":
            # a step told as something that happened.
            add("action", 2.0, "a step told as what happened next")
        elif position >= 0.5 and not (passive and ws[clause.verb] in BE_PAST | GET_PAST):
            # After the story's middle, what a thing did is what came of the actions ("Her
            # prototype stayed under 8 ms", "Conversion did not move"; "The next three hires
            # ran the pipeline on their second day, and the wiki page was archived": a passive
            # after the main verb does not make the main clause an act in the passive).
            add("result", 1.2, "what followed (a thing's past verb, late)")
        elif opening and not passive and not set(ws[: clause.verb]) & _I_FORMS:
            # Before it, what a thing did is the problem ("Our fraud model blocked too many
            # honest payments"); not what a thing of mine did ("The project I'm proudest of
            # cut ...": its result, told first; round 33).
            add("situation", 1.0, "how things went (a thing's past verb, early)")
    later = position >= 0.5 and later_marker(ws)
    # (a question someone put from a later point opens a turn of the story, it ends nothing:
    # "Two weeks later a statistician asked whether the same patients were in both sets")
    if later and not i_acted and not asked:
        # "By month five only one team had migrated": told from a later point of the story,
        # what had come of it by then.
        add("result", 1.5, "told from a later point")
    elif past_perfect_other(ws, clause) and position < 0.8:
        add("situation", 1.5, PAST_PERFECT_BEFORE)
    elif (
        clause.subject == "person"
        and not i_acted
        and not stance
        and position >= 0.6
        and verb_is_past_act(ws, clause)
        and ws[clause.verb] not in VOICE_VERBS
        and not answered
        and not asked
    ):
        # "He found that most false positives came from ...": someone else acting after my
        # steps, what came of them.
        add("result", 1.2, "someone else acting, late")
    if position > 0.65 and not i_acted and cause_first(ws, raw):
        # "Because nothing beyond the city was used, we had no consent problem to explain
        # later": after the steps, what a cause told first led to (round 34)
        add("result", 1.5, "a consequence told after its cause")
    if position >= 0.5 and ended_active(ws):
        add("result", 1.5, "how it ended")
    if index and position >= 0.5 and none_since(ws):
        # "We also haven't had a stale-feature incident since": the trouble gone from the steps
        # on; its "we also" (or "I also", a "we" story read as "I") names no step (star58)
        drop("action", {"i also", "we also"})
        add("result", 2.0, "nothing of it since")
    if index and position >= 0.5 and delivered_against_plan(ws):
        # "We submitted Thursday evening, a day early.", "It went live on time.": after the
        # steps, the work handed over against its date is what came of them (star53)
        add("result", DELIVERED_WEIGHT, "delivered against the plan")
    elif index and position >= 0.5 and not i_acted and span_against_plan(ws):
        # "Training took six hours on one GPU instead of the multi-node job we had budgeted
        # for": how long the work took, against the plan (star58)
        add("result", DELIVERED_WEIGHT, "delivered against the plan")
    if last and index and outcome_then_step(ws, clause):
        # "The job ran in four hours again, and I added a timing chart": the last sentence
        # opens with what came of the steps; the step tacked on after it does not make it one.
        drop(
            "action",
            {r[1].strip('"') for r in reasons["action"] if r[1].startswith(('"i ', '"I"'))},
        )
        add("result", 2.0, "the outcome, told first")
    if position > 0.65 and judged_best(ws):
        # "Honestly, the shadowing was the most valuable thing I did": after the steps, a
        # judgement of what mattered most looks back on them, the lesson (round 35); its
        # "I did" describes the thing judged, no new step.
        drop("action", {'I" + past verb'})
        add("result", 2.5, "a judgement of what mattered most, told after the steps")
    if other_took_up(ws):
        # Late in a story, someone acting on my work ("the head asked me to scope the next
        # step") is an outcome, even when it reads like a new request.
        add("result", 2.0 + (1.5 if position > 0.6 else 0.0), "someone else acting on it")
    if position >= REACTION_FROM and reaction_told(ws):
        # "She isn't thrilled, but she says yes.", "Later he told me he was happy I said it
        # directly": after the story's middle, someone's answer to my steps (star47)
        add("result", REACTION_WEIGHT, "someone's answer to your steps")
    # Background: how things were (was/were, "had been", "often", "every week"), not my acts.
    if not i_acted:
        if background_verb(ws) and not passive and not stance:
            add("situation", 0.75, BACKGROUND_WAS)
        habits = min(2, sum(1 for w in ws if w in HABITUAL))
        if habits:
            add("situation", 0.5 * habits, "a habit (every, often)")
        if numbers and not changed and "i" not in ws:
            add("situation", 0.3, "a number with no change")
    if (
        index == 0
        and ws[:1] in (["at"], ["in"], ["on"])
        and not explicit
        and not goal_statement(ws)
    ):
        # "At a bank I built a model that ...", "At a games studio, I was the only ML engineer
        # and three requests landed on my desk": where the story happens, the scene, even
        # with a word of work arriving; a goal said in it ("my job was to") is the task.
        add("situation", 2.0, WHERE)
    if index == 0 and i_acted and not explicit:
        # An opening line that says what I did sets the scene ("I moved from ad tech to a
        # hospital team", "I shipped a pricing update on a Friday").
        add("situation", 1.5, "the opening line")
    if index == 0 and not explicit and wish_against(ws, raw):
        # "We wanted to classify tickets by product area, but we had no labels": a wish and
        # what stood in its way, told first, is the scene; the task is what I made of it
        # (round 34).
        wished = drop("task", WISH_CUES | {"my stance before acting"})
        if wished:
            add("situation", wished, "a wish and what stood in its way, told first")
    in_order = clause.subject in ("i", "we") and sequence_word(ws)
    if index == 0 and not explicit and not in_order and not my_steps_listed(raw):
        # The opening line comes before any task, so it tells no step yet, whatever its verbs
        # ("I built a demand forecast for a chain of bakeries, and the owners kept ...", "A
        # colleague I shared a project with missed every review I sent"): what it says of
        # acts is the scene the story starts from. Over the repository's 614 hand-labelled
        # stories no opening line is an action (round 34). Steps put in order ("I met each
        # of them, then ran a review") or listed as mine stay steps: the story starts mid-way.
        acts = told_evidence("action", reasons)
        rivals = max(scores[p] for p in ("task", "result"))
        if acts > 0 and scores["action"] >= rivals:
            # (when it reads as the task or a result told first, it keeps that)
            for reason in [r for r in reasons["action"] if r[1] not in PLACE_REASONS]:
                reasons["action"].remove(reason)
            scores["action"] -= acts
            add("situation", acts, OPENING_ACTS)
    measured = "percent" in ws or "%" in raw
    if (
        index
        and counted_day(ws)
        and not (changed or measured)
        and position < _last_position(position, index)
    ):
        # "Day one, scoping call with merchandising.", "Week one: two days shadowing claims
        # handlers": a note placed by the day of the work is a step in its order (star57)
        add("action", 2.0, COUNTED_DAY)
    # Weak position prior: stories tend to run S, T, A, R.
    if position < 0.35:
        add("situation", POSITION_PRIOR * (0.35 - position) / 0.35, EARLY)
    if position > 0.65:
        add("result", POSITION_PRIOR * (position - 0.65) / 0.35, LATE)
    if 0.25 <= position <= 0.85:
        add("action", 0.2, MID)
    remark = _no_part_of_the_story(raw, ws, index, position)
    if remark:
        # whatever cues it holds, such a sentence is labelled other: it outweighs every part
        add("other", REMARK_MARGIN + max(scores[label] for label in STAR_PARTS), remark)
    return scores, reasons


COUNTED_DAY = "a step placed by the day of the work"
# A duty named is told before the outcome (a "my job is to ..." told last is a view of the work).
NAMED_DUTY_BEFORE = 0.6
# A look and what it found, told as a note (star55): above a thing's past verb told late
# (1.2) and the outcome words a finding holds ("zero", "dropped", a number that changed).
LOOK_NOTED_WEIGHT = 3.0
LOOK_NOTED = "a look and what it found, told as a note"
# The work handed over against its date, after the steps (star53): above "I" + a past verb.
DELIVERED_WEIGHT = 2.5
# A lesson named as such, told before the story's middle (star54): the result told first,
# above the opening line's scene (5.0 at most) and an "I" + past verb ("I took", 2.0).
LESSON_NAMED_WEIGHT = 6.0
LESSON_NAMED = "a lesson I drew, said as such"
# My role said as what I was ("I was primary on-call for X", "I was the only data person"):
# the task, read on the opening line too (star52).
ROLE_WEIGHT = 2.0
# Someone's answer to my steps is read from the story's middle on, with this weight (star47).
REACTION_FROM = 0.5
REACTION_WEIGHT = 2.5
# How far a sentence that tells no part of the story is put above its best STAR part.
REMARK_MARGIN = 2.0
_OPENER = "an opener"
OPENER = _OPENER
_META = "an opener or a closer"


def opens_no_story(reasons: Reasons) -> bool:
    """Was the sentence read as an opening remark that tells no part of the story?"""
    return any(why in (_OPENER, _META) for _, why in reasons.get("other", ()))


def _no_part_of_the_story(raw: str, ws: list[str], index: int | None, position: float) -> str:
    """What kind of remark the sentence is when it tells no part of the story, else ''."""
    if lesson_told(ws, raw):
        return ""  # "The main thing I learned is ...": the story's lesson, no story picked
    if meta_remark(ws):
        # "Sure, I can talk about that.", "That's basically it.": words about telling the
        # story, none of the story itself (round 30).
        return _META
    if closing_remark(ws):
        # "So that is how I handled it.", "That was the most interesting project I have worked
        # on": a remark about the story, no part of it (a story ending on one has no result).
        return "a closing remark"
    if index == 0 and telling_opener(ws):
        # "I would like to describe an episode from my previous role.", "This one's from when
        # I was at a food delivery startup.": the teller naming what they will tell (star47)
        return _OPENER
    if index == 0 and hesitant_opener(raw, ws):
        # "Oh man, yeah, deadlines.", "Uh, yeah, I definitely have one of these.": a spoken
        # lead, then only a topic or the story pointed at as an item (star_spoken.py, star63)
        return _OPENER
    if index == 0 and teller_has_one(raw):
        # "Oh, um, yeah, I have a good one, from when I moved to a legal-tech startup." (r48)
        return _OPENER
    if telling_aside(raw):
        # "Let me explain how we got there.", "I'll spare you the failed first attempt.", "But
        # it didn't start that way.": the telling, not the events (star54)
        return _OPENER if index == 0 else "an aside on the telling"
    if owned_up_about_the_story(raw) or part_pointed_at(ws):
        # "I'll be honest, I almost didn't do the simple thing here.", "Here's the part I'm
        # least proud of.": the teller owning up about the story, or pointing at its next part,
        # not an event of it (star55)
        return _OPENER if index == 0 else "an aside on the telling"
    if index and telling_moved(ws):
        # "But let me back up.", "Here's how it went." (star47)
        return "an aside on the telling"
    if index == 0 and dating_opener(ws):
        # "Sure, this was back when I had just been promoted.": an opener that only dates the
        # story (star_remarks.py, round 32).
        return _OPENER
    if index == 0 and story_preface(ws):
        # "Let me give you one from my last job.", "This one is close to my heart.": an
        # opener that only points at the story or says where it comes from (round 33).
        return _OPENER
    if index == 0 and story_characterised(ws):
        # "Yes, this one was important to me.", "Yeah, this comes up a lot." (round 41)
        return _OPENER
    if index == 0 and restarted_opener(raw, ws):
        # "So I, um, the first thing, okay, let me start with the setup." (star42)
        return _OPENER
    if index == 0 and story_picked(raw, ws):
        # "Okay, the one I remember best was on a Saturday." (star45)
        return _OPENER
    if index == 0 and story_pointed_at(ws):
        # "Mm, okay, the best one is probably from my second year." (round 38)
        return _OPENER
    if index == 0 and story_framed(raw):
        # "So this happened when I was at a fintech startup.", "The project I'd pick is a
        # dispatch model at a utility company.": the main clause is about the story (star52)
        return _OPENER
    if index and aside_remark(ws):
        # "By the way, this was all remote.", "Which, honestly, was nice to see." (star42)
        return "an aside on the telling"
    if index and position >= 0.3 and comment_aside(ws):
        # "Which, I mean, happens in every company.", "Not a fun week, I can tell you.": the
        # teller's comment between the story's parts (star_asides.py, star43)
        return "an aside on the telling"
    if rhetorical_question(raw, ws):
        # "So what did I do?", "And what did I find?": a question that moves the telling on,
        # with nothing of the story in it (round 41)
        return "a question asked in the telling"
    if offer_to_say_more(raw, ws):
        # "I can go into the checkpointing setup if that's useful." (round 35)
        return "an offer to say more"
    if position > 0.8 and index and story_summed_up(ws):
        # "So that's one I'm pretty happy with.", "That concludes the example." (star47)
        return "a closing remark"
    if position > 0.65 and index and spoken_wrap_up(raw, ws):
        # "So yeah, that one still makes me smile.": the teller winding down (star63)
        return "a closing remark"
    if position > 0.65 and index and liked_among_mine(ws):
        # "It's still one of my favourite hacks." (star63)
        return "a remark about the story, no outcome"
    if position > 0.65 and (story_closer(ws) or more_than_asked(ws)):
        # "That's the short version.", "Anyway, that's roughly what happened." (round 33),
        # "Probably more detail than you wanted, sorry." (star58)
        return "a closing remark"
    if position > 0.65 and index and closer_after_aside(ws):
        # "I'm simplifying the timeline a bit, but that's the core of it." (round 36)
        return "a closing remark"
    if position > 0.65 and index and episode_looked_back(raw, ws):
        # "Looking back, that was the moment I learned to ask early.": the story placed in
        # my own history, no outcome of it (round 36)
        return "a look back at the story, no outcome"
    if position > 0.65 and index and feeling_looked_back(raw, ws):
        # "Honestly, that feedback stung at the time." (round 36)
        return "how I felt about it, no outcome"
    if position > 0.65 and index and (story_judged(raw, ws) or story_remembered(ws)):
        # "It was one of the most satisfying projects I've worked on.", "That night still
        # comes up whenever we talk about launch checklists." (round 36)
        return "a remark about the story, no outcome"
    if position > 0.65 and index and story_appraised(raw, ws):
        # "It was a pretty nerve-wracking morning, honestly.", "Not fun, but doable." (round 38)
        return "how it felt or what it was worth to me, no outcome"
    if position > 0.65 and index and ranked_among_mine(ws):
        # "Still the hardest email I have sent.", "Painful, but probably the most useful
        # failure I've had." (star56)
        return "a remark about the story, no outcome"
    if index and position >= 0.3 and verbless_appraisal(raw):
        # "Not glamorous, but it worked.", "Tedious work, but worth every hour." (star45)
        return "how it felt or what it was worth to me, no outcome"
    if position > 0.65 and index and general_truth(raw, ws):
        # "Simple solutions are often underrated in this field." (round 39)
        return "a reflection, no outcome"
    if reflection_only(raw, ws, late=position > 0.65):
        # "Looking back, I'd say communication matters.": a general truth, no outcome of the
        # story (star_remarks.py, round 32).
        return "a reflection, no outcome"
    return ""


def told_evidence(label: str, reasons: Reasons) -> float:
    """The evidence for ``label`` from what the sentence says (its place in the story left out)."""
    return sum(weight for weight, why in reasons.get(label, ()) if why not in PLACE_REASONS)


def why_label(label: str, reasons: Reasons) -> str:
    """The strongest reasons for the label a sentence got, or how it got it without any, in
    the words the candidate reads (star_reasons.py)."""
    strong = sorted(reasons.get(label, ()), key=lambda r: -r[0])
    said = [why for weight, why in strong if weight >= 0.5][:2]
    return plain_reasons(said) if said else "follows the sentences around it"


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
