"""Stance: a claim the answer denies or warns against is not the candidate's own (issue 9)."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.transcript import Transcript


def _score(bank: QuestionBank, qid: str, text: str) -> AnswerScore:
    return score_answer(bank.get(qid), Transcript(text))


def test_every_misconception_is_charged_when_said_and_not_when_warned_against(
    bank: QuestionBank,
) -> None:
    said_missed, warned_charged, warned_unnamed = [], [], []
    for q in bank.questions.values():
        for mis in q.misconceptions:
            for phrase in mis.phrases:
                plain = score_answer(q, Transcript(f"{phrase}."))
                if not any(h.id == mis.id for h in plain.misconceptions):
                    said_missed.append((q.id, phrase))
                text = f"A common mistake is to believe that {phrase}, and that is wrong."
                warned = score_answer(q, Transcript(text))
                if any(h.id == mis.id for h in warned.misconceptions):
                    warned_charged.append((q.id, phrase))
                if not any(h.id == mis.id for h in warned.warned_against):
                    warned_unnamed.append((q.id, phrase))
    assert said_missed == []
    assert warned_charged == []
    assert warned_unnamed == []


@pytest.mark.parametrize(
    "text",
    [
        "People think a random split of transactions is fine, but it leaks future fraud patterns.",
        "A random split of transactions is fine would be a myth here.",
        "People think you should optimize for accuracy, but with rare fraud it is useless.",
        "It is a myth that 99 percent accuracy is good when fraud is rare.",
    ],
)
def test_warning_frames_are_not_charged(bank: QuestionBank, text: str) -> None:
    score = _score(bank, "case.fraud-detection", text)
    assert score.misconceptions == []
    assert score.warned_against
    assert any(tip.startswith("Well spotted") for tip in score.feedback)


def test_the_reviewers_leak_warning_is_not_charged(bank: QuestionBank) -> None:
    text = (
        "A random split of transactions would leak future fraud patterns, so I validate on a "
        "later month."
    )
    score = _score(bank, "case.fraud-detection", text)
    assert score.misconceptions == []
    assert score.components["content"] is not None and score.components["content"] > 0


def test_a_conditional_inside_a_claim_is_another_claim(bank: QuestionBank) -> None:
    right = (
        "A p-value is the probability, assuming the null hypothesis is true, of a result at "
        "least as extreme as the one observed."
    )
    wrong = "The p value is the probability that the null hypothesis is true."
    assert _score(bank, "tech.p-values", right).misconceptions == []
    assert [m.id for m in _score(bank, "tech.p-values", wrong).misconceptions] == ["prob-null-true"]


def test_a_warning_does_not_cover_the_next_claim(bank: QuestionBank) -> None:
    text = "People think dropout is slow, but honestly accuracy is the right metric here."
    score = _score(bank, "case.fraud-detection", text)
    assert [m.id for m in score.misconceptions] == ["accuracy"]


def test_a_negated_key_point_is_contradicted_and_said(bank: QuestionBank) -> None:
    said = _score(bank, "tech.l1-vs-l2", "L1 drives many weights to exactly zero.")
    denied = _score(bank, "tech.l1-vs-l2", "L1 never drives any weight to exactly zero.")
    said_kp = {k.id: k for k in said.key_points}["sparsity"]
    denied_kp = {k.id: k for k in denied.key_points}["sparsity"]
    assert said_kp.credit > 0
    assert denied_kp.status == "contradicted" and denied_kp.credit == 0
    # The model answer says it (claims.py): the tip names the accepted view.
    assert any(
        tip.startswith("Contradicts a key point") and "accepted view" in tip
        for tip in denied.feedback
    )
    assert denied.overall < said.overall


def test_old_stored_scores_still_load(bank: QuestionBank) -> None:
    score = _score(bank, "case.fraud-detection", "A random split of transactions would leak.")
    data = score.to_dict()
    del data["warned_against"]
    assert AnswerScore.from_dict(data).warned_against == []
    assert AnswerScore.from_dict(score.to_dict()) == score


def test_case_framework_words_earn_nothing_off_the_case(bank: QuestionBank) -> None:
    other_case = bank.get("case.fraud-detection").model_answer
    off = _score(bank, "case.demand-forecasting", other_case)
    assert off.components["content"] is not None and off.components["content"] < 15
    assert "mostly off this case" in off.basis["content"]


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("I would shuffle the time series and run k fold.", True),
        ("We just shuffle the time series.", True),
        ("Never shuffle the time series.", False),
        ("Shuffling the time series would leak the future.", False),
    ],
)
def test_proposing_a_wrong_practice_claims_it_is_fine(
    bank: QuestionBank, text: str, charged: bool
) -> None:
    score = _score(bank, "tech.time-series-validation", text)
    assert bool(score.misconceptions) is charged


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("I'd use features computed after the prediction date.", True),
        ("We use features computed after the churn date.", True),
        (
            "If you use features computed after the prediction date, the model looks great "
            "offline and fails in production.",
            False,
        ),
    ],
)
def test_a_long_practice_with_a_word_left_out_is_still_only_charged_when_proposed(
    bank: QuestionBank, text: str, charged: bool
) -> None:
    score = _score(bank, "case.churn-prediction", text)
    assert any(h.id == "future-features" for h in score.misconceptions) is charged


def test_which_points_at_its_own_sentence_not_at_the_left_out_subject(bank: QuestionBank) -> None:
    """ "which mainly reduces bias" after "gradient boosting" is about boosting (right), not a
    claim about bagging; "It mainly reduces bias." after a sentence on bagging is."""
    about_boosting = (
        "Bagging trains deep trees in parallel on bootstrap samples and averages them. Boosting "
        "fits each new learner to the residuals, as in gradient boosting, which mainly reduces bias."
    )
    assert _score(bank, "tech.bagging-vs-boosting", about_boosting).misconceptions == []
    about_bagging = (
        "Bagging trains deep trees in parallel on bootstrap samples. It mainly reduces bias."
    )
    charged = _score(bank, "tech.bagging-vs-boosting", about_bagging).misconceptions
    assert [m.phrase for m in charged] == ["bagging mainly reduces bias"]


def test_when_inside_a_loose_match_is_a_condition() -> None:
    from simulator.core.scoring.stance import Stance
    from simulator.core.scoring.text import stem, tokenize

    tokens = tokenize("It is the probability, when the null is true, of data this extreme.")
    stems = tuple(stem(w) for w in ("probability", "null", "true"))
    start = tokens.words.index("probability")
    span = (start, tokens.words.index("true") + 1)
    assert Stance(tokens).interrupted(span, stems)


@pytest.mark.parametrize(
    "dismissal",
    [
        "Sender reputation and authentication are not useful, spammers change addresses daily.",
        "Sender reputation and authentication signals are useless for this.",
        "I would skip sender reputation and authentication, content is enough.",
    ],
)
def test_a_point_named_only_to_be_dismissed_earns_nothing(
    bank: QuestionBank, dismissal: str
) -> None:
    kept = "Sender reputation and authentication are useful, since spammers reuse domains."
    said = {k.id: k for k in _score(bank, "case.spam-filtering", kept).key_points}
    dismissed = {k.id: k for k in _score(bank, "case.spam-filtering", dismissal).key_points}
    assert said["reputation"].credit > 0
    assert dismissed["reputation"].credit == 0


def test_yes_or_no_is_not_a_denial(bank: QuestionBank) -> None:
    text = "A tree splits the data by asking a series of yes or no questions about features."
    plain = "A tree splits the data by asking a series of questions about features."
    with_no = {k.id: k for k in _score(bank, "tech.decision-trees-random-forests", text).key_points}
    without = {
        k.id: k for k in _score(bank, "tech.decision-trees-random-forests", plain).key_points
    }
    assert with_no["splits"].status == without["splits"].status != "contradicted"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The skip path gives gradients a direct route back.", False),
        ("Use skip connections so gradients flow back unchanged.", False),
        ("In the skip gram model gradients flow back unchanged.", False),
        ("I would skip gradients flowing back unchanged.", True),
        ("You can just skip gradient flow here.", True),
    ],
)
def test_skip_is_a_dismissal_only_when_someone_skips(text: str, said: bool) -> None:
    """'skip' names a thing in 'skip path', 'skip connections', 'skip gram': only a speaker
    who skips ("I'd skip X", "you can skip X") dismisses what follows."""
    from simulator.core.scoring.stance import Stance
    from simulator.core.scoring.text import tokenize

    tokens = tokenize(text)
    start = tokens.words.index("skip") + 1  # a phrase matched from the word after it
    span = (start, start + 2)
    assert Stance(tokens).dismissed(span) is said


def test_a_contradiction_tip_names_the_key_point_first_and_reads_as_a_sentence(
    bank: QuestionBank,
) -> None:
    """The tip ended "..., but Pin the environment and seeds." (a label read as a clause), and
    the sentence quoted from the answer stood right after the accepted view, as if part of it
    (walkthrough 9)."""
    denied = _score(bank, "tech.l1-vs-l2", "L1 never drives any weight to exactly zero.")
    label = {k.id: k for k in denied.key_points}["sparsity"].label
    tip = next(t for t in denied.feedback if t.startswith("Contradicts a key point"))
    # the person's sentence after "you said", before the accepted view, said once: a claim
    # that is their whole sentence needs no ", in “...”" after it (quote47)
    assert tip.startswith(
        f"Contradicts a key point, “{label}”: you said “L1 never drives any weight to exactly "
        "zero”, where the accepted view is “"
    ), tip
    assert tip.count("L1 never drives") == 1
