"""A follow-up never puts words in the person's mouth (walkthrough 49, read again). An answer
to "How would you encode a categorical feature with fifty thousand values?" that never named
target encoding was followed by "Explain exactly how target encoding leaks and how out of fold
encoding prevents it", as if the person had brought it up; behavioral follow-ups named the
model answer's story ("the GPS-derived labels", "the sales director", "she") after any story.
A follow-up builds on what was said, or asks plainly about a point the answer missed."""

from __future__ import annotations

import re

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.content import score_content
from simulator.core.scoring.follow_up_points import (
    NOT_COVERED,
    asked_plainly,
    probed_answers,
    probed_point,
)
from simulator.core.scoring.text import tokenize
from simulator.core.session.ledger import follow_up_to_ask
from simulator.core.transcript import Transcript

ASKED = "Explain exactly how target encoding leaks and how out of fold encoding prevents it."


def _follow_up(bank: QuestionBank, said: str) -> str | None:
    question = bank.questions["tech.categorical-encoding"]
    chosen = follow_up_to_ask(question, score_answer(question, Transcript(said)))
    return None if chosen is None else asked_plainly(question, chosen, said)


def test_a_term_never_said_is_asked_as_a_point_not_covered_ux50(bank: QuestionBank) -> None:
    said = (
        "One hot encoding would explode into fifty thousand columns, so I would use the "
        "hashing trick into a fixed number of buckets, or learn an embedding per category."
    )
    assert _follow_up(bank, said) == NOT_COVERED + ASKED


def test_a_term_said_is_built_on_as_written_ux50(bank: QuestionBank) -> None:
    question = bank.questions["tech.categorical-encoding"]
    (follow_up,) = question.follow_ups
    said = "Fifty thousand columns is too many; maybe target-encoding, or out-of-fold means."
    assert asked_plainly(question, follow_up, said) == ASKED
    assert asked_plainly(question, follow_up, "Hash them into buckets.") == NOT_COVERED + ASKED


def test_the_asked_and_the_former_wordings_still_probe_their_point_ux50(
    bank: QuestionBank,
) -> None:
    question = bank.questions["tech.categorical-encoding"]
    assert probed_point(question, NOT_COVERED + ASKED) == "target-encoding"
    story = bank.questions["beh.challenging-ml-project"]
    old = "How did you convince yourself the GPS-derived labels were more accurate than the original ones?"
    assert probed_point(story, old) == "specific-challenge"  # a session that asked it so


def test_behavioral_follow_ups_name_nobody_from_the_model_story_ux50(bank: QuestionBank) -> None:
    """Whoever the person's story was about, a follow-up says "they", "your manager", "the
    stakeholder": never "he" or "she" of the model answer's people."""
    named = [
        (q.id, f.prompt)
        for q in bank.questions.values()
        if q.category == "behavioral"
        for f in q.follow_ups
        if re.search(r"\b(he|she|him|her|his|hers)\b", f.prompt, re.IGNORECASE)
    ]
    assert named == []


def test_behavioral_follow_ups_name_no_detail_of_the_model_story_ux50(bank: QuestionBank) -> None:
    """Details of the model answer's story (a sequence model, GPS-derived labels, ten days, a
    sales director) are not in a follow-up asked after the person's own story."""
    details = ["GPS", "sequence model", "macro", "five hundred", "ten days", "sales director",
               "neural network", "data platform", "factory", "randomised", "product owner",
               "privacy officer", "four-month", "unit-level"]  # fmt: skip
    named = [
        (q.id, f.prompt, d)
        for q in bank.questions.values()
        if q.category == "behavioral"
        for f in q.follow_ups
        for d in details
        if d.lower() in f.prompt.lower()
    ]
    assert named == []


def test_a_follow_up_answer_scores_the_same_with_or_without_the_preamble_r50(
    bank: QuestionBank,
) -> None:
    """The preamble is said to the person, it is not the question: "It jumps first then
    corrects." after "How is Nesterov momentum different from classical momentum?" earned the
    Nesterov point 0.5 read alone when the main answer had named Nesterov, 0.3 when it had not
    (the stored prompt, preamble and all, was the question the answer was read against)."""
    question = bank.questions["tech.momentum"]
    (follow_up,) = question.follow_ups
    said = "It jumps first then corrects."
    credits = []
    for asked in (follow_up.prompt, NOT_COVERED + follow_up.prompt):
        (probed,) = probed_answers(question, [(None, "Momentum keeps a velocity."), (asked, said)])
        assert probed.prompt == follow_up.prompt
        content = score_content(question, tokenize(said), [probed])
        credits.append(next(kp.credit for kp in content.key_points if kp.id == "nesterov"))
    assert credits[0] == credits[1] > 0


def test_a_term_said_in_another_form_is_built_on_as_written_r50(bank: QuestionBank) -> None:
    """The preamble's check reads words as the scorer does, by their stems: "fine-tuned" says
    "fine-tune" and "discount factors" says "discount factor" (exact words put "a point your
    answer did not cover" before a follow-up on a term the answer had said)."""
    transfer = bank.questions["tech.transfer-learning"]
    (tune,) = [f for f in transfer.follow_ups if f.key_point == "fine-tuning"]
    said = "I froze the backbone and fine-tuned the last layers on our images."
    assert asked_plainly(transfer, tune, said) == tune.prompt
    rl = bank.questions["tech.reinforcement-learning"]
    (discount,) = [f for f in rl.follow_ups if f.key_point == "maximize-return"]
    said = "The agent maximises the reward summed with discount factors over the episode."
    assert asked_plainly(rl, discount, said) == discount.prompt
    assert asked_plainly(rl, discount, "The agent learns from rewards.") == (
        NOT_COVERED + discount.prompt
    )
