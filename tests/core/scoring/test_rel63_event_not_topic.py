"""Every behavioral question's event reading is its event, not a topic any story says (issue 9,
rel63).

Round 62 narrowed nine kinds; benchmarks/event_pass_rates.py still found seven passing 30-59 % of
the labelled stories told for OTHER questions (tuning half with sets 57-62): learning ("asked",
"read", "learn", "class"), a difficult colleague ("late", "agree", "credit"), competing work
("first", "instead", "both", "order"), a failed project ("nobody", "dropped", "stopped"),
feedback given ("told", "tell", "honest"), an expectation ("never", "could not", "limit") and
mentoring ("learn", "first week"). Each now reads the event itself in general form, and each
question's own model answer still tells it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring.event_demand import demanded, tells_no_demanded
from tests.core.scoring.event_breadth import read_story, told_too_widely

QUESTIONS = Path(__file__).resolve().parents[3] / "questions"
NARROWED = (
    "beh.stay-updated",
    "beh.learn-new-domain",
    "beh.difficult-team-member",
    "beh.prioritize-workload",
    "beh.project-failure",
    "beh.give-difficult-feedback",
    "beh.stakeholder-expectations",
    "beh.mentor-junior",
)
# Each is told by fewer than half the other shipped behavioral questions' model answers (at main:
# learning 33 of 33, mentoring 32, a difficult colleague 28, competing work 24, a failed project
# and feedback given 18, an expectation 17).
AT_MOST = 0.45


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([QUESTIONS])


def test_each_narrowed_event_is_told_by_its_own_model_answer_and_few_others(
    bank: QuestionBank,
) -> None:
    assert told_too_widely(bank, NARROWED, AT_MOST) == []


@pytest.mark.parametrize(
    ("qid", "story"),
    [
        # a lesson learned and a question asked of an analyst are no new field or method learned
        (
            "beh.stay-updated",
            "Our churn model kept missing the big accounts. I asked the sales analyst for last "
            "year's renewals and rebuilt the features. What I learned is that the account size "
            "matters most. Renewals rose by five percent.",
        ),
        # an agreement and a late launch are no difficult colleague
        (
            "beh.difficult-team-member",
            "We agreed with the product team to launch the ranking model in May. The launch came "
            "a week late because the feature store was slow. Clicks rose by four percent.",
        ),
        # one job done first is no competing work
        (
            "beh.prioritize-workload",
            "Our nightly scoring job kept finishing after nine in the morning. I profiled it and "
            "fixed the slowest stage first. The job now finishes in three hours.",
        ),
        # a metric that dropped and nobody able to reproduce a bug are no project that failed
        (
            "beh.project-failure",
            "Our fraud model was slow to score. Nobody could reproduce the slowdown, so I traced "
            "every stage. I dropped two unused features and latency dropped by half.",
        ),
        # telling people the plan, "to be honest", is no feedback given to a colleague
        (
            "beh.give-difficult-feedback",
            "We were moving the forecasts to a new platform. To be honest, it was a lot of work. "
            "I told the team the plan and wrote the migration scripts. The move finished in June.",
        ),
        # the teller's own first week and what they learned are no junior's growth
        (
            "beh.mentor-junior",
            "In my first week at the bank I had to rebuild the credit model. I learned the data "
            "and rewrote the features. The new model cut defaults by a tenth.",
        ),
        # an API limit and a dashboard never used before are no expectation beyond the model
        (
            "beh.stakeholder-expectations",
            "Our search model hit the rate limit of the vendor's API. I had never used their batch "
            "endpoint, so I moved the calls to it. Search latency fell by a third.",
        ),
    ],
)
def test_a_topic_word_does_not_tell_the_event(bank: QuestionBank, qid: str, story: str) -> None:
    prompt = bank.get(qid).prompt
    assert demanded(prompt)
    assert tells_no_demanded(prompt, *read_story(story)) is not None


@pytest.mark.parametrize(
    ("qid", "story"),
    [
        # a field new to the teller, told as the sources and the experts asked
        (
            "beh.learn-new-domain",
            "I moved to an insurance company with no background in claims. I read the handlers' "
            "manual and asked two claims handlers to walk me through real cases. Within a month "
            "the first fraud model was live.",
        ),
        # a colleague's habit: "he would block every pull request"
        (
            "beh.difficult-team-member",
            "A senior engineer on the platform team would block every pull request from our team "
            "for days. I asked him what worried him most. We agreed on a short checklist, and "
            "reviews went from five days to one.",
        ),
        # several pieces of work in one week, and the one that waited
        (
            "beh.prioritize-workload",
            "Three requests landed on me in the same week: a retrain, a broken dashboard and a "
            "sales analysis. The dashboard went first, and the analysis could wait a week. "
            "Nothing important slipped.",
        ),
        # the project itself stopped, told as a note
        (
            "beh.project-failure",
            "Chatbot for a telecom's billing questions, nine months of work. My piece: the "
            "intent model. I launched it to ten percent of customers in May. Pulled in July, "
            "budget moved elsewhere. Lesson: test with real customer wording.",
        ),
        # the specific moments, told to the colleague in private
        (
            "beh.give-difficult-feedback",
            "A colleague's write-ups kept announcing results that were reversed a week later. I "
            "booked a half hour with her and showed her the three reports. She now adds a "
            "checklist to every write-up.",
        ),
        # a new grad and his first half year
        (
            "beh.mentor-junior",
            "A new grad on my team changed five things at once in every experiment. My manager "
            "wanted him running experiments alone by the end of his first half year. I asked him "
            "to write one hypothesis per run, and by the spring he ran them alone.",
        ),
        # a want beyond any model: exact to the unit
        (
            "beh.stakeholder-expectations",
            "The operations director wanted a forecast exact to the unit for every product. For "
            "slow products that was never going to happen. I showed him the error store by store "
            "and he switched slow products to weekly ranges.",
        ),
    ],
)
def test_the_event_told_in_other_words_is_told(bank: QuestionBank, qid: str, story: str) -> None:
    assert tells_no_demanded(bank.get(qid).prompt, *read_story(story)) is None
