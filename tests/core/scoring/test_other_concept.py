"""An answer that opens on and develops another concept earns little here (issue 9, off21).

A competent answer to a neighbouring question the bank does not ship (the law of large numbers
asked about the central limit theorem, customer lifetime value asked about churn) shares the
field's words with the asked rubric and earned one or two key points through them, above a vague
answer about the asked question (54 against 35). answer_topic.py could not lean it to another
question: there is none to lean to.
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_subject import opening_concept, other_concept
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

LARGE_NUMBERS = (
    "The law of large numbers says that the average of many independent draws from a "
    "distribution with a finite mean converges to the expected value as the sample grows. "
    "The strong form is almost sure convergence and the weak form convergence in probability. "
    "It is why simulation estimates get more accurate with more runs, but it tells you nothing "
    "about the shape of the distribution of the sample mean."
)
VAGUE_CLT = (
    "The central limit theorem says that sample averages look roughly normal once you have "
    "enough data. Many statistical tests rely on it."
)
LIFETIME_VALUE = (
    "To estimate customer lifetime value for subscribers, I'd multiply the monthly margin by the "
    "expected remaining tenure, discounted over time, with tenure from a survival model per "
    "signup cohort. The finance team then uses it to set how much each acquisition channel may "
    "spend on a new customer."
)


def _shipped(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


def _opens_on(text: str) -> str | None:
    name = opening_concept(tokenize(text))
    return " ".join(name) if name else None


def test_the_opening_concept_is_the_first_sentences_subject() -> None:
    assert _opens_on(LARGE_NUMBERS) == "law of large numbers"
    assert _opens_on(LIFETIME_VALUE) == "customer lifetime value"
    assert _opens_on("For price optimization in a grocery chain, I'd estimate ...") == (
        "price optimization"
    )
    assert _opens_on("ARIMA models a series by differencing it.") == "arima"
    assert _opens_on("Object detection finds objects in an image.") == "object detection"


def test_the_speaker_a_pronoun_or_an_everyday_opener_names_no_concept() -> None:
    for text in (
        "I would train a classifier on past data.",
        "It's a way to keep weights small.",
        "Each extra column makes the space emptier.",
        "The best approach is to always use one hot encoding.",
        "Picking one step size for the whole run is rarely right.",
        "Whatever you do, never shuffle time series.",
        "Two steps: retrieve candidates, then rank them.",
    ):
        assert _opens_on(text) is None, text


def test_an_answer_developing_another_concept_earns_less_than_a_vague_one_and_is_told() -> None:
    asked = _shipped("tech.central-limit-theorem")
    off = score_answer(asked, Transcript(LARGE_NUMBERS))
    vague = score_answer(asked, Transcript(VAGUE_CLT))
    assert off.overall < vague.overall
    tip = next(t for t in off.feedback if t.startswith("Off the question"))
    assert "“law of large numbers”" in tip
    assert "opens on and develops" in (off.basis["content"] or "")
    assert not any(t.startswith("Off the question") for t in vague.feedback)


def test_a_case_answer_about_another_concept_earns_no_framework_credit() -> None:
    asked = _shipped("case.churn-prediction")
    concept = other_concept(asked, tokenize(LIFETIME_VALUE))
    assert concept is not None and concept.name == "customer lifetime value"
    basis = score_answer(asked, Transcript(LIFETIME_VALUE)).basis["content"] or ""
    assert "×0.00 as the answer is about another concept" in basis


def test_answers_opening_on_the_asked_subject_are_never_called_off_it() -> None:
    cases = {
        "tech.central-limit-theorem": VAGUE_CLT,
        "tech.svm": "SVMs find the separating hyperplane with the widest margin.",
        "tech.lstm-gru": "LSTMs and GRUs are recurrent networks with gates.",
        # the question's id names its subject when the prompt does not
        "tech.distributed-training": "Distributed training means using several machines.",
        "case.churn-prediction": "I would train a classifier on who cancelled last month.",
    }
    for qid, text in cases.items():
        assert other_concept(_shipped(qid), tokenize(text)) is None, qid


def test_a_related_idea_of_the_rubric_is_off_only_when_the_subject_is_never_named() -> None:
    asked = _shipped("tech.regularization")
    named = (
        "Overfitting is when a model memorises noise. Regularization fights it with a penalty "
        "on large weights, L1 or L2, or with dropout and early stopping."
    )
    assert other_concept(asked, tokenize(named)) is None
    never_named = (
        "Batch normalization normalizes each layer's activations with the mini batch mean and "
        "variance, then applies a learned scale and shift; at inference it uses running averages."
    )
    assert other_concept(asked, tokenize(never_named)) is not None


def test_a_vague_answer_naming_the_case_earns_part_of_the_framework_credit() -> None:
    # It covered data and model steps but no key point, so the framework counted x0.00 ("mostly
    # off this case") and an answer about customer lifetime value outscored it.
    asked = _shipped("case.churn-prediction")
    vague = (
        "I would train a classifier on past subscriber data to predict who will cancel, and "
        "send the riskiest subscribers a discount."
    )
    score = score_answer(asked, Transcript(vague))
    assert "×0.50 as the answer names this case but covers few of its key points" in (
        score.basis["content"] or ""
    )
    assert score.overall > score_answer(asked, Transcript(LIFETIME_VALUE)).overall
    # an answer about something else that never names the case earns none of it
    other = "I would train a classifier on labelled photos and ship it behind an endpoint."
    assert "×0.00" in (score_answer(asked, Transcript(other)).basis["content"] or "")


COURIER_ASSIGNMENT = (
    "To assign couriers to orders I'd treat it as a matching problem solved every few seconds, a "
    "bipartite graph between available couriers and waiting orders with edge costs from travel "
    "distance and waiting time, solved with the Hungarian algorithm or a min cost flow. Batching "
    "two orders from the same restaurant for one courier reduces cost, and simulations on "
    "replayed days tune the weights."
)
VAGUE_ETA = (
    "I would use past delivery data to train a model that predicts how long each delivery takes, "
    "and show the customer that time in the app, and update it if it changes."
)


def test_an_answer_set_out_as_another_task_is_off_the_question() -> None:
    """off22: "To assign couriers ..." asked about delivery times: its object's words are the
    rubric's ("couriers", "orders"), so it was not another concept and scored 28 against the vague
    answer's 14; the task's verb is nowhere in the rubric."""
    eta = _shipped("case.eta-prediction")
    concept = other_concept(eta, tokenize(COURIER_ASSIGNMENT))
    assert concept is not None and concept.name == "assign couriers"
    off = score_answer(eta, Transcript(COURIER_ASSIGNMENT))
    vague = score_answer(eta, Transcript(VAGUE_ETA))
    assert off.overall < vague.overall


def test_a_task_opener_with_the_asked_verb_or_an_everyday_verb_stays_on_the_question() -> None:
    eta = _shipped("case.eta-prediction")
    for text in (
        "To predict the delivery time I would split it into preparation, pickup and travel.",
        "To build this I would split the time into preparation, pickup and travel.",
        "To do it well, I would split the time into preparation, pickup and travel.",
    ):
        assert other_concept(eta, tokenize(text)) is None, text


LIFECYCLE = (
    "First I'd clarify the business goal and the success metric with stakeholders. Then I'd "
    "collect and clean the data, handle missing values, and engineer features. I'd start with a "
    "simple baseline like logistic regression and then try gradient boosted trees, tuning "
    "hyperparameters with cross validation. After offline evaluation I'd deploy the model behind "
    "an API, run an A/B test, and monitor the predictions and input data for drift, retraining "
    "regularly."
)


def test_a_generic_lifecycle_talk_that_never_names_the_case_earns_no_framework_credit() -> None:
    """off22: the ML lifecycle told for any case covers six framework steps with words every case
    shares (data, model, metric, monitor) and a generic key point or two, so it earned half the
    framework credit and scored 25 on price optimization, where vague answers about prices scored
    7 and 9."""
    asked = _shipped("case.price-optimization")
    score = score_answer(asked, Transcript(LIFECYCLE))
    assert "×0.00 as the answer is mostly off this case and never names it" in (
        score.basis["content"] or ""
    )
    vague = (
        "I would look at past sales and prices and use a model to suggest prices that make more "
        "money, then adjust the prices over time."
    )
    assert score.overall < 15
    assert score_answer(asked, Transcript(vague)).overall >= 7


def test_a_generic_noun_alone_names_no_concept() -> None:
    # "The method takes for granted a few things" opened a correct everyday-words answer on
    # linear regression's assumptions; read as another concept, it kept a quarter of its credit
    # (para23). A kind of thing is no concept's name; "method of Lagrange" still is one.
    for text in (
        "The method takes for granted a few things about the data.",
        "The technique works by shrinking the weights.",
        "The algorithms take turns updating each other.",
        "This model learns a line through the points.",
    ):
        assert _opens_on(text) is None, text
    assert _opens_on("The method of Lagrange is a way to optimise under constraints.") == (
        "method of lagrange"
    )
    regression = _shipped("tech.linear-regression-assumptions")
    said = tokenize("The method takes for granted a few things about the data. It needs them.")
    assert other_concept(regression, said) is None
