"""Correct answers charged for a kind of sentence each (issue 9, wrong64; found on round 63's
held-out answers, heldout_wrong63_content.yaml, tuning material this round). Each correct answer
below is charged at 82b61f79; each wrong one next to it stays charged.

* An idiom of succession (opposites.py): "one word *after another*" says one at a time, no time
  of anything, so it turns no "only sees earlier words".
* "One" standing for a noun (opposites.py): "a tutor for a much *smaller one*" names the network,
  not the number of a rubric's "a temperature greater than one".
* A phrase set before the subject (dismissals.py): "as you collect more data *the prior* matters
  less" dismisses the prior, not the data.
* A person's act in the design (claims_sweeping.py): "nurses always make the final call" is the
  system's rule, no sweeping claim about models or data.
* Where an optimum lies (claims_sweeping.py): "the best choice *lies* in the middle" praises no
  choice; "the best choice *is* the largest model" still does.
* A story's sentences (claims_sweeping.py): in an answer that opens on a scene or a likeness,
  "the notebook never gets thicker" is said of the story, when it names nothing the question
  asks about.
* Some, not all; what may come about; what a relative clause describes (claims_sweeping.py):
  "some methods never need the points", "some units can end up always silent", "a linear map,
  which can only draw straight boundaries".
* A prevention and a hiding (claims.py): "a causal mask *stops* tokens from attending to the
  future" says what "a causal mask *hides* future tokens" says (heldout_wronga25).
* A kind of error named by a relative clause (claims.py): "a false positive *that hides* a
  legitimate email" asserts no email is hidden, so "almost never hiding a legitimate email"
  denies nothing (heldout_wrong44).
* A verb denied of its subject alone (claims.py): "it does not *by itself* save training compute"
  grants no saving, so it agrees with "it does not save training compute yet".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import told_charges

_SETS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    packs = sorted(p for p in (_SETS / "packs").iterdir() if p.is_dir())
    return load_packs([_SETS.parents[2] / "questions", *packs])


def _charges(question: Question, text: str) -> list[str]:
    return told_charges(question, text)


_BERT = "BERT reads the whole sentence and fills in masked words, so it suits classification. "


def test_an_idiom_of_succession_is_no_time(bank: QuestionBank) -> None:
    said = "GPT writes one word after another, so it suits generation."
    assert _charges(bank.get("tech.bert-vs-gpt"), _BERT + said) == []


def test_a_later_word_seen_is_still_the_opposite(bank: QuestionBank) -> None:
    said = "GPT looks at the words after the current one when it predicts."
    assert [c.split(":")[0] for c in _charges(bank.get("tech.bert-vs-gpt"), _BERT + said)] == [
        "gpt-objective"
    ]


def test_one_standing_for_a_noun_is_no_number(bank: QuestionBank) -> None:
    said = (
        "You take a big network and use it as a tutor for a much smaller one. The small network "
        "learns to give the same spread of guesses as the big one, since the ranking of the "
        "wrong answers carries extra information."
    )
    assert _charges(bank.get("tech.np30-knowledge-distillation"), said) == []


def test_a_temperature_under_one_is_still_charged(bank: QuestionBank) -> None:
    said = (
        "A large teacher network teaches a student from its soft targets. You divide the logits "
        "by a temperature smaller than one."
    )
    charges = _charges(bank.get("tech.np30-knowledge-distillation"), said)
    assert [c.split(":")[0] for c in charges] == ["temperature"]


_MAP = (
    "Maximum likelihood maximizes the probability of the data and MAP adds a prior over the "
    "parameters, which acts like regularization. {} A fully Bayesian approach keeps the whole "
    "posterior."
)


def test_a_fronted_phrase_is_not_what_matters_less(bank: QuestionBank) -> None:
    said = "As you gather more and more data the prior matters less, and the two estimates meet."
    assert _charges(bank.get("tech.mle-vs-map"), _MAP.format(said)) == []


def test_more_data_said_to_matter_little_is_still_charged(bank: QuestionBank) -> None:
    said = "More data hardly matters for MAP."
    charges = _charges(bank.get("tech.mle-vs-map"), _MAP.format(said))
    assert [c.split(":")[0] for c in charges] == ["data-size"]


_TRIAGE = "I would train a risk model on past triage records and audit it per group. {}"


def test_a_persons_act_in_the_design_is_no_sweeping_claim(bank: QuestionBank) -> None:
    said = "Nurses always make the final call. Clinicians always see the reasons behind each score."
    assert _charges(bank.get("case.medical-triage-fairness"), _TRIAGE.format(said)) == []


def test_a_sweeping_claim_about_people_is_still_charged(bank: QuestionBank) -> None:
    said = "Nurses are always slower than the model. Clinicians never need to see the reasons."
    question = bank.get("case.medical-triage-fairness")
    assert _charges(question, _TRIAGE.format(said)) == ["always", "never"]


_TRADE = (
    "Bias is the error of a model too simple for the pattern. Variance is the error of a model "
    "that chases the noise in its sample. Flexibility trades one for the other, so {}. The noise "
    "part never goes away."
)


def test_where_the_optimum_lies_praises_no_choice(bank: QuestionBank) -> None:
    said = _TRADE.format("the best choice lies in the middle")
    assert _charges(bank.get("tech.bias-variance"), said) == []


def test_the_best_choice_named_is_still_charged(bank: QuestionBank) -> None:
    said = _TRADE.format("the best choice is the largest model")
    assert _charges(bank.get("tech.bias-variance"), said) == ["the best choice", "never"]


def test_the_freed_answers_keep_their_points(bank: QuestionBank) -> None:
    """The freed paraphrase is scored for what it says: no longer nothing."""
    said = _TRADE.format("the best choice lies in the middle")
    assert score_answer(bank.get("tech.bias-variance"), Transcript(said)).overall > 20


_TICKET = (
    "A large dense network contains a small subnetwork that, trained from the same "
    "initialization, matches the full network. Finding a ticket still requires training the "
    "dense network first, so {}."
)


@pytest.mark.parametrize(
    "said",
    ["it does not by itself save training compute", "it does not save training compute by itself"],
)
def test_a_verb_denied_of_its_subject_alone_grants_nothing(bank: QuestionBank, said: str) -> None:
    assert _charges(bank.get("tech.p39h-lottery-ticket"), _TICKET.format(said)) == []


def test_saving_compute_by_itself_is_still_charged(bank: QuestionBank) -> None:
    said = _TICKET.format("it saves training compute by itself")
    assert [c.split(":")[0] for c in _charges(bank.get("tech.p39h-lottery-ticket"), said)] == [
        "limits"
    ]


def test_what_holds_in_a_story_is_the_storys(bank: QuestionBank) -> None:
    said = (
        "Imagine a stadium where a clerk at each gate keeps one small notebook. The notebook "
        "never gets thicker, however big the crowd gets. Two notebooks are always combined by "
        "keeping the bigger entry per page."
    )
    assert _charges(bank.get("tech.p41h-hyperloglog"), said) == []


def test_a_story_whose_sentences_name_the_method_is_still_read(bank: QuestionBank) -> None:
    said = (
        "Think of a school where every class sits the same weekly test. Batch normalization "
        "always removes the need for dropout. The batch statistics are never used at inference."
    )
    assert _charges(bank.get("tech.batch-normalization"), said) == ["always", "never"]


def test_a_claim_of_some_things_is_not_of_all(bank: QuestionBank) -> None:
    said = (
        "Some methods never need the points themselves, only the inner products between pairs. "
        "A kernel computes that inner product in a higher-dimensional space without building the "
        "space. Certain kernels always give a positive semi-definite matrix."
    )
    assert _charges(bank.get("tech.kernel-trick"), said) == []


def test_a_claim_of_every_method_is_still_charged(bank: QuestionBank) -> None:
    said = (
        "The kernel trick never needs any computation at all. A kernel always makes the data "
        "linearly separable. It computes the inner product in a higher-dimensional space."
    )
    assert _charges(bank.get("tech.kernel-trick"), said) == ["never", "always"]


def test_what_may_come_about_and_what_a_relative_clause_describes(bank: QuestionBank) -> None:
    said = (
        "Without a nonlinearity, stacked layers collapse into one linear map, which can only draw "
        "straight boundaries. ReLU keeps positives and zeroes negatives, so its gradient is one "
        "for positive inputs. Some units can end up always silent, and leaky ReLU fixes that "
        "with a small slope."
    )
    assert _charges(bank.get("tech.activation-functions"), said) == []


def test_a_sweeping_claim_of_what_can_never_be_is_still_charged(bank: QuestionBank) -> None:
    said = (
        "Sigmoid always beats ReLU in deep networks. ReLU units can never die, and the gradient "
        "of a sigmoid never vanishes."
    )
    assert _charges(bank.get("tech.activation-functions"), said) == ["always", "never"]


def test_a_claim_in_the_methods_terms_after_a_story_is_still_read(bank: QuestionBank) -> None:
    """A sentence naming no prompt word but the method's own terms is the answer's claim."""
    said = (
        "Think of a row of clerks passing one note down the line. The vanishing gradient happens "
        "only when the learning rate is above one, so a small learning rate fixes long-range "
        "dependencies completely. The hidden state always stores the entire sequence exactly."
    )
    assert _charges(bank.get("tech.rnn"), said) == ["completely", "always"]


_ATTENTION = "The cost is quadratic in the sequence length. In a decoder a causal mask {}."


def test_a_prevention_says_what_a_hiding_says(bank: QuestionBank) -> None:
    said = _ATTENTION.format("stops tokens from attending to the future")
    assert _charges(bank.get("tech.self-attention"), said) == []


def test_a_mask_said_not_to_hide_is_still_charged(bank: QuestionBank) -> None:
    said = _ATTENTION.format("does not hide future tokens")
    assert [c.split(":")[0] for c in _charges(bank.get("tech.self-attention"), said)] == [
        "cost-mask"
    ]


def test_a_kind_of_error_named_by_a_relative_clause_is_no_event(bank: QuestionBank) -> None:
    said = (
        "I'd start from the goal: keep spam out of inboxes while almost never hiding a "
        "legitimate email, since a lost real email costs far more than a missed spam."
    )
    assert _charges(bank.get("case.spam-filtering"), said) == []


def test_the_kind_of_error_denied_its_event_is_still_charged(bank: QuestionBank) -> None:
    said = "A false positive never hides a legitimate email, so precision does not matter much."
    assert [c.split(":")[0] for c in _charges(bank.get("case.spam-filtering"), said)] == ["fp-cost"]
