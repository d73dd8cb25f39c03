"""Round 55 (rel55): a story's ask told by who does what.

* event_demand: the teller's own act told with the teller left out, a note with its subject
  dropped ("Read the rule book, kept a glossary.") or a passive act with no doer named ("The first
  week was spent reading the manuals"), is a clause of the teller's, so "learning something new"
  and a slip of mine are told there; a clause after it ("..., which had started reading monthly
  income as yearly") and a passive whose doers are named are not.
* ask_roles: a stakeholder who wanted more than the model could give, told in plain words (her
  want, the model's shortfall, what I showed and proposed, her agreement), a problem that was
  another group's told out of order (what they owned first, my fix, my "not mine" late), and a
  newcomer helped to grow told in the present (her trouble, what I do with her, what she does at
  the close) stay on their question; the same roles with no shortfall, nothing said as not mine,
  or nobody new, do not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.ask_roles import ask_met
from simulator.core.scoring.event_demand import demanded, tells
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
BANK = load_packs([HERE.parents[2] / "questions"])
DOMAIN = "beh.learn-new-domain"
EXPECTATION = "beh.stakeholder-expectations"
OWNERSHIP = "beh.took-ownership"
MENTOR = "beh.mentor-junior"

SITUATION = "situation"


def _learning() -> object:
    return next(k for k in demanded(BANK.get(DOMAIN).prompt) if k.name == "learning")


@pytest.mark.parametrize(
    "text",
    [
        # a note with its subject dropped
        "Joined a shipping insurer from retail. Read the marine cargo handbook in week one, kept "
        "a list of the terms. Built a claims model with the adjusters.",
        # ... its second step after a comma
        "Joined a shipping insurer from retail. Sat with two adjusters for a week, read their "
        "handbook. Built a claims model with them.",
        # a passive act with no doer named
        "I joined a shipping insurer from retail. The first fortnight was spent reading the claims "
        "handbook and the adjusters' notes. A claims model was built with them.",
    ],
)
def test_a_step_told_without_the_teller_is_the_tellers_r55(text: str) -> None:
    tokens = tokenize(text)
    labels = [SITUATION, "action", "action"]
    assert tells(_learning(), tokens, labels)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        # what the passive's subject did, in the clause after it
        "The fraud model broke one night. A bug was found in the income field, which had started "
        "reading monthly income as yearly. I fixed it the same evening.",
        # a passive whose doers are named
        "The fraud model broke one night. The handbook was read by the on-call engineer first. "
        "I fixed it the same evening.",
        # someone else's clause after a note's first step is no note
        "The fraud model broke one night. The vendor shipped late, read nothing in the brief. I fixed "
        "it the same evening.",
    ],
)
def test_someone_elses_clause_is_not_the_tellers_r55(text: str) -> None:
    tokens = tokenize(text)
    labels = [SITUATION, "action", "result"]
    assert not tells(_learning(), tokens, labels)  # type: ignore[arg-type]


WANTED_MORE = (
    "Our head of claims wanted the new model that drafts claim letters to send them without any "
    "review from the first day. In testing the drafts read well, but about one in fifteen quoted "
    "the wrong payout amount. I had to find a plan she could live with. I sat down with her, "
    "showed her fifteen drafts including the wrong ones, and asked who would answer the customer "
    "who got one. I proposed that handlers approve each draft for the first three months while we "
    "count their edits. She agreed, and handlers now change about one draft in twelve."
)
NOT_MINE = (
    "The weekly reports have been right for a year now. The export that fed them was the data "
    "platform group's, and it dropped rows whenever a partition arrived late. I traced the "
    "dropped rows to a missing retry, wrote a fix with a test and sent it to their lead. I build "
    "churn models, so it was not really mine to fix, but I decided to do it anyway. Finance "
    "stopped rebuilding the numbers by hand."
)

# told in the present, the newcomer's growth as what he does at the close, no mentoring word
HELPED_TO_GROW = (
    "A new analyst on our pricing team, Ana, builds careful models, but her reports run to forty "
    "pages and nobody reads them. Her lead wants her presenting to the commercial team by the "
    "summer. I ask her to tell me her last finding in two sentences, then we cut her next report "
    "to one page together. Each week I review one page with her before it goes out. By June she "
    "presents her own price test to the commercial director."
)


@pytest.mark.parametrize(
    ("qid", "text"),
    [(EXPECTATION, WANTED_MORE), (OWNERSHIP, NOT_MINE), (MENTOR, HELPED_TO_GROW)],
)
def test_the_ask_told_in_plain_words_is_on_the_question_r55(qid: str, text: str) -> None:
    score = score_answer(BANK.get(qid), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # no shortfall of the model: a plan agreed, no expectation too high
        (
            EXPECTATION,
            WANTED_MORE.replace(
                "but about one in fifteen quoted the wrong payout amount", "and the payouts matched"
            ).replace(" including the wrong ones", ""),
        ),
        # no "not mine": a fix of my own team's export
        (OWNERSHIP, NOT_MINE.replace("so it was not really mine to fix, but ", "and ")),
        # nobody new: a peer's reports, and my own presenting at the close
        (
            MENTOR,
            HELPED_TO_GROW.replace("A new analyst", "An analyst").replace(
                "By June she presents her own", "By June I present our"
            ),
        ),
    ],
)
def test_the_roles_without_what_tells_the_ask_are_not_it_r55(qid: str, text: str) -> None:
    assert not ask_met(BANK.get(qid).prompt, tokenize(text), None)
