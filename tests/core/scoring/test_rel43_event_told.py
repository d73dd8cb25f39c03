"""Where a story says the event its question asks for (issue 9, round 43, rel43:
event_demand.EventKind.told_in). A story told for a neighbour often says the asked event's words
about something else: another team's mistake in a story about a vague ask, the write-up of last
month's outage among three competing tasks, a demo put off while a deadline is met. A slip of
mine is said in a clause of mine; an incident, a deadline or criticism received is what the story
is set in (its scene: situation, task or result, or its opening and closing sentences), not a
word said in one of its steps. Stories in the manner of the development sets (heldout_rel35,
heldout_rel36, dev_rel27), written for this test."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring.event_demand import tells_no_demanded
from simulator.core.scoring.text import tokenize
from tests.core.scoring.test_rel42_event_demand import _score

MISTAKE = "Tell me about a mistake you made at work and what you learned from it."
INCIDENT = "Walk me through a production incident involving a model that you handled."

# A cost-cutting story: the mistake in it is a vendor's, said in a clause without me.
VENDOR_SLIP = (
    "Our image model cost us forty thousand a month to serve, and finance asked me to halve it. "
    "I had to cut the cost without losing accuracy. "
    "I profiled the service and found that half the calls were repeats of the same images. "
    "The vendor's caching layer had an error that ignored the image hash, so I added our own "
    "cache. "
    "I also moved the nightly batch to cheaper machines. "
    "The monthly bill fell to eighteen thousand and accuracy did not move."
)
VENDOR_SLIP_LABELS = ["situation", "task", "action", "action", "action", "result"]
# The same shape with the slip my own, told as a step: a mistake story.
MY_SLIP = VENDOR_SLIP.replace(
    "The vendor's caching layer had an error that ignored the image hash",
    "I had written the cache key wrong months before, so it ignored the image hash",
)

# A prioritising story: last month's outage is one of three tasks, said in a step.
THREE_ASKS = (
    "Last spring three teams asked me for work in the same fortnight. "
    "I could not do all of it well, so I had to choose an order. "
    "I asked each of them what a week's delay would cost. "
    "I did the pricing refresh first and moved the write-up of last month's outage back a week. "
    "I told every requester the new dates myself. "
    "All three pieces landed, and nobody was surprised by a date."
)
THREE_ASKS_LABELS = ["situation", "task", "action", "action", "action", "result"]
# An incident story: what broke is the scene, whatever its steps say.
ALERT_STORY = (
    "One Friday evening our fraud model started blocking one payment in ten. "
    "I was on call, so it was mine to handle. "
    "I switched the traffic to the previous model within twenty minutes. "
    "Then I found a feature whose upstream table had stopped updating. "
    "Blocked payments went back to normal the same night."
)
ALERT_LABELS = ["situation", "task", "action", "action", "result"]


def test_a_slip_said_of_someone_else_tells_no_mistake_of_mine() -> None:
    missing = tells_no_demanded(MISTAKE, tokenize(VENDOR_SLIP), VENDOR_SLIP_LABELS)
    assert missing is not None and missing.name == "mistake"
    assert tells_no_demanded(MISTAKE, tokenize(MY_SLIP), VENDOR_SLIP_LABELS) is None


def test_an_incident_named_in_one_step_is_no_incident_story() -> None:
    missing = tells_no_demanded(INCIDENT, tokenize(THREE_ASKS), THREE_ASKS_LABELS)
    assert missing is not None and missing.name == "incident"
    assert tells_no_demanded(INCIDENT, tokenize(ALERT_STORY), ALERT_LABELS) is None


def test_the_opening_sets_the_scene_whatever_its_label() -> None:
    """The labeller reads a scene told as "I" as a step on fresh styles: the opening sentences
    set the scene whatever they are labelled."""
    steps = ["action"] * len(ALERT_LABELS)
    assert tells_no_demanded(INCIDENT, tokenize(ALERT_STORY), steps) is None


def test_without_labels_the_words_are_read_anywhere() -> None:
    # the vendor's slip said as a mistake (rel65: its "error" is read as mine only when owned)
    vendors_mistake = VENDOR_SLIP.replace("had an error", "had a mistake")
    assert tells_no_demanded(MISTAKE, tokenize(vendors_mistake)) is None
    assert tells_no_demanded(MISTAKE, tokenize(vendors_mistake), VENDOR_SLIP_LABELS) is not None
    assert tells_no_demanded(INCIDENT, tokenize(THREE_ASKS)) is None


def test_the_stories_score_lower_on_the_neighbour_and_stay_on_their_own(
    bank: QuestionBank,
) -> None:
    own, flagged = _score(bank, bank.get("beh.prioritize-workload"), THREE_ASKS)
    assert not flagged
    there, said = _score(bank, bank.get("beh.production-incident"), THREE_ASKS)
    assert said and there < own
    _, flagged = _score(bank, bank.get("beh.production-incident"), ALERT_STORY)
    assert not flagged


def test_an_outside_question_without_intent_reads_whose_slip_it_is(bank: QuestionBank) -> None:
    """An outside author's mistake question with no intent and no key points: a story whose only
    slip is a vendor's is told it is off; the same story with the slip my own is not."""
    outside = bank.get("beh.learn-from-mistake").model_copy(
        update={
            "id": "beh.outside-own-slip",
            "prompt": "Tell me about a mistake you made on a project. What did you change after?",
            "intent": None,
            "key_points": [],
        }
    )
    _, said = _score(bank, outside, VENDOR_SLIP)
    assert said
    _, said = _score(bank, outside, MY_SLIP)
    assert not said


def test_a_refusal_said_in_a_clause_going_on_from_mine_is_mine() -> None:
    """ "I offered X instead of a new model": the "instead" clause has no subject of its own and
    goes on from the teller's clause; "instead" after someone else's clause is not mine."""
    prompt = "Tell me about a time you said no to a request from a senior stakeholder."
    mine = "The sales director wanted a second model. I offered a feature instead of a new model."
    labels = ["action", "action"]
    assert tells_no_demanded(prompt, tokenize(mine), labels) is None
    theirs = "The sales director wanted a second model. She picked a feature instead of a model."
    missing = tells_no_demanded(prompt, tokenize(theirs), labels)
    assert missing is not None and missing.name == "refusal"


# A deadline story: one date, one piece of work, nothing competing for the teller's time.
ONE_DATE = (
    "The regulator moved our audit forward by three weeks. "
    "I owned the model report and it still had to be right. "
    "I cut the sections the regulator did not require and reused our monitoring charts. "
    "A colleague from risk reviewed each section as I finished it. "
    "We submitted two days early with no questions on our numbers."
)
# A prioritising story: the competing asks are its scene.
THREE_TEAMS = (
    "In one week three teams each needed something from me by Friday. "
    "I could not do all of it, so I had to choose an order. "
    "I asked each team what a week's delay would cost them. "
    "I did the pricing fix, then the dashboard, and moved the data pull to the next week. "
    "Nobody was surprised, and the pricing fix saved the weekend sale."
)


def test_an_outside_prioritising_question_reads_competing_work_in_the_scene(
    bank: QuestionBank,
) -> None:
    """An outside author's question without intent asking how work competing for one's time is
    ordered: a deadline story with one piece of work tells no such event and is told it is off;
    a story whose scene is three teams' asks tells it and is not."""
    prompt = "Tell me about a time you had to prioritise between several urgent requests."
    labels = ["situation", "task", "action", "action", "result"]
    missing = tells_no_demanded(prompt, tokenize(ONE_DATE), labels)
    assert missing is not None and missing.name == "competing work"
    assert tells_no_demanded(prompt, tokenize(THREE_TEAMS), labels) is None
    outside = bank.get("beh.prioritize-workload").model_copy(
        update={"id": "beh.outside-many-asks", "prompt": prompt, "intent": None, "key_points": []}
    )
    _, said = _score(bank, outside, ONE_DATE)
    assert said
    _, said = _score(bank, outside, THREE_TEAMS)
    assert not said
