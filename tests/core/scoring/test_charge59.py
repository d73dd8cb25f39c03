"""Round 59, charge59 (issue 9): correct answers are not charged with a claim they do not make.

Each test frees a kind of correct sentence found charged over every repository set, and keeps
a near sentence that does make the wrong claim charged.

* A description of one side of a pair that says several words only that side's descriptions
  say describes its own side (definitions.py), whatever it shares with the other side's.
* A sentence whose subject names the other side of a pair of things (pointwise/pairwise) says
  nothing of the side the accepted sentence's subject names (claims.py).
* A misconception matched without its subject's first word, where the sentence names in that
  place the other kind the prompt compares ("Batch normalization averages over the samples in
  the batch" for "group norm averages ..."), is said of that other kind (misconception_hits.py).
* A denial said through a pronoun for the asked thing denies nothing of an accepted clause whose
  pronoun stands for another thing ("Standard attention ...: it writes the matrix to HBM").
* A clause after the "and" of a sentence that opens with an order ("Add an L1 penalty ..., and
  there's no equation to solve directly") tells what holds once the order is carried out: a
  supposition, as under "if" (claims.py).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from simulator.core.questions import Question, load_packs
from simulator.core.scoring.definitions import swapped_definitions
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import shipped_charges, shipped_question, told_charges

_PACKS = Path(__file__).resolve().parent / "packs"


@lru_cache(maxsize=8)
def _pack_question(pack: str, qid: str) -> Question:
    return load_packs([_PACKS / pack]).get(qid)


_BERT = (
    "BERT is an encoder-only transformer: its self-attention is bidirectional, each token sees"
    " both its left and right context, and it is pretrained with masked language modelling,"
    " predicting randomly masked tokens, plus originally next sentence prediction."
)


def test_a_side_described_in_its_own_words_is_no_swapped_definition() -> None:
    assert shipped_charges("tech.bert-vs-gpt", _BERT) == []


def _swapped(qid: str, text: str) -> list[str]:
    tokens = tokenize(text)
    return [c.said for c in swapped_definitions(shipped_question(qid), tokens, Stance(tokens))]


def test_a_side_given_the_other_sides_description_stays_charged() -> None:
    # one word of its own side ("masked") does not make GPT's description BERT's
    wrong = (
        "BERT is a masked transformer with causal attention, each token sees only the tokens to"
        " its left, and it is pretrained on next token prediction."
    )
    assert _swapped("tech.bert-vs-gpt", wrong)
    assert not _swapped("tech.bert-vs-gpt", _BERT)


_POINTWISE = (
    "Pointwise approaches treat each query-document pair on its own and predict a relevance score"
    " by regression, so the loss never looks at the other documents for the query."
)


def test_a_denial_said_of_the_other_counterpart_subject_denies_nothing() -> None:
    # the subject "Pointwise approaches" against the accepted "Pairwise methods ... look at pairs"
    question = _pack_question("para34dev", "tech.p34d-learning-to-rank")
    assert told_charges(question, _POINTWISE) == []


def test_the_same_denial_said_of_the_accepted_subject_stays_charged() -> None:
    wrong = _POINTWISE.replace("Pointwise approaches", "Pairwise methods")
    question = _pack_question("para34dev", "tech.p34d-learning-to-rank")
    assert any(c.startswith("pairwise:") for c in told_charges(question, wrong))


_BATCH_NORM = (
    "Batch normalization averages over the samples in the batch, so its estimates are poor when"
    " the batch is small and it needs running statistics at inference."
)


def test_a_claim_said_of_the_other_kind_the_prompt_names_is_not_its_misconception() -> None:
    question = _pack_question("self45held", "tech.s45h-group-norm")
    assert told_charges(question, _BATCH_NORM) == []


def test_the_claim_said_of_its_own_kind_or_of_no_kind_stays_charged() -> None:
    question = _pack_question("self45held", "tech.s45h-group-norm")
    for wrong in (
        _BATCH_NORM.replace("Batch normalization", "Group normalization"),
        "Normalization here averages over the samples in the batch.",
    ):
        assert "group norm averages over the samples in the batch" in told_charges(question, wrong)


_FLASH = (
    "FlashAttention is not an approximation; the output equals exact attention. What it cuts is"
    " memory traffic: it never writes the N by N matrix to HBM, working in tiles in SRAM."
)


def test_a_pronoun_for_the_asked_thing_denies_nothing_of_another_things_pronoun() -> None:
    question = _pack_question("claims40held", "tech.c40h-flash-attention")
    assert told_charges(question, _FLASH) == []


def test_a_pronoun_for_the_accepted_subject_still_denies_it() -> None:
    question = _pack_question("claims40held", "tech.c40h-flash-attention")
    for wrong in (
        "Standard attention is compute bound. It never writes the N by N matrix to HBM.",
        "Standard attention never writes the N by N matrix to HBM.",
    ):
        assert any(c.startswith("memory-bound:") for c in told_charges(question, wrong))


_ORDER = (
    "Add an L1 penalty, a Huber or quantile loss, constraints, or move to logistic regression,"
    " and there's no equation to solve directly; you need an iterative optimizer."
)


def test_a_clause_after_an_orders_and_is_supposed_not_claimed() -> None:
    assert not any(
        c.startswith("closed-form:") for c in shipped_charges("tech.normal-equation-vs-gd", _ORDER)
    )


def test_the_same_clause_said_outright_stays_charged() -> None:
    for wrong in (
        "For linear regression with squared loss there's no equation to solve directly.",
        "Linear regression is easy to fit, and there's no equation to solve directly.",
    ):
        assert any(
            c.startswith("closed-form:")
            for c in shipped_charges("tech.normal-equation-vs-gd", wrong)
        )
