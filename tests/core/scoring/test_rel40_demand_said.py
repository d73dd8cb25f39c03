"""A flag naming no other theme needs the story to say what a nearer question asks (issue 9,
round 40, rel40: answered_elsewhere.answered_elsewhere's ``says``). A relevant story in plain
words shares few words with its own rubric, and a rival sharing a few incidental ones ("flagged
payments", "the little page") sat twice as near at noise level: the story was told it does not
answer its question. Stories from the development sets (dev_star36, heldout_rel39's shipped
questions, dev_rel27)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.answered_elsewhere import answered_elsewhere, nearer_by
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

# A challenging project told in plain words: "flagged" payments, "cut" a queue, "three" rules
# sat nearer the deadline and estimate rubrics than the asked one, which they do not ask about.
QUEUE = (
    "Our fraud model flagged card payments for manual review at a payments company. "
    "The review queue had grown to about four thousand payments a day. "
    "I was asked to cut the review queue without letting more fraud through. "
    "Reviewers cleared roughly sixty percent of flagged payments as legitimate. "
    "Ninety percent of the flags came from just three rules. "
    "I pulled three months of reviewed payments and compared the flags with the final decisions. "
    "I retrained the model with the reviewers' decisions as labels. "
    "The queue shrank by forty percent, and fraud losses stayed flat."
)
# The proudest project, all mine, told with an outside pack loaded: "the little page" was an
# incident's pager and "only" a tool learnt fast.
PARCELS = (
    "At a courier company, drivers took a photo of every parcel at delivery, and damage claims "
    "were settled by people looking at them one by one. "
    "I was the only machine learning engineer on the claims team, so the model was mine from "
    "start to finish. "
    "I labelled the first two thousand photos myself on evenings, trained a classifier that "
    "spotted crushed or torn boxes, and built the little page where claims staff saw its guess "
    "next to the photo. "
    "I chose to show its guess only when it was very sure, so staff would trust it rather than "
    "second-guess it. "
    "Claims were settled in one day instead of nine, and the same model now checks photos in "
    "three countries. "
    "It is the thing I point to when someone asks what I can do on my own."
)
# Learning a new domain, told for "keeping up to date": still caught (it says what the new-domain
# question asks, in its frame).
WAREHOUSE = (
    "I joined a logistics company after five years in advertising, with no idea how warehouses "
    "worked. Within a month I was expected to improve the pick-time model. "
    "I spent my first week on the warehouse floor with the pickers and wrote down every term "
    "they used. I asked an operations analyst to walk me through the data tables and what each "
    "column meant on the floor. I rebuilt the old model from scratch to understand its "
    "assumptions. By week five I shipped a version that cut pick-time error by a fifth, and the "
    "floor managers trusted it because it used their terms."
)


def _bank(*packs: str) -> QuestionBank:
    return load_packs([REPO / "questions", *(REPO / "tests/core/scoring/packs" / p for p in packs)])


def test_plain_story_not_flagged_on_incidental_words() -> None:
    bank = _bank()
    score = score_answer(
        bank.get("beh.challenging-ml-project"), Transcript(QUEUE), Rivals.of_bank(bank)
    )
    assert score.star is not None
    assert not score.star.off_question


def test_plain_story_not_flagged_with_an_outside_pack_loaded() -> None:
    bank = _bank("rel39held")
    score = score_answer(
        bank.get("beh.proudest-project"), Transcript(PARCELS), Rivals.of_bank(bank)
    )
    assert score.star is not None
    assert not score.star.off_question


def test_story_told_for_a_neighbour_still_caught() -> None:
    bank = _bank()
    rivals = Rivals.of_bank(bank)
    own = score_answer(bank.get("beh.learn-new-domain"), Transcript(WAREHOUSE), rivals)
    there = score_answer(bank.get("beh.stay-updated"), Transcript(WAREHOUSE), rivals)
    assert own.star is not None and not own.star.off_question
    assert there.star is not None and there.star.off_question
    assert there.overall < own.overall


def test_no_demand_said_no_flag() -> None:
    bank = _bank()
    rivals = Rivals.of_bank(bank)
    question = bank.get("beh.challenging-ml-project")
    tokens = tokenize(QUEUE)
    assert nearer_by(question, tokens, rivals, 2.0)  # some rubric is twice as near ...
    assert answered_elsewhere(question, tokens, rivals, named=False)  # ... the old reading
    # ... but the story says what none of them asks
    assert not answered_elsewhere(question, tokens, rivals, named=False, says=lambda q: False)
    assert answered_elsewhere(question, tokens, rivals, named=False, says=lambda q: True)
