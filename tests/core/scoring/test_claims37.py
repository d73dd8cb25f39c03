"""Swapped concepts the rubric contrasts in lowercase words, and correct answers charged (issue 9,
claims37).

* Swaps (rubric_pairs.py, named_sides.py): a model-deployment answer that gives the shadow
  deployment the canary's words and the canary the shadow's, or batch scoring the online
  serving's, and a ticket-search answer that swaps the bi encoder and the cross encoder, scored
  100: the prompt names no pair, the fixed pairs do not hold these, and the model answer writes
  them in lowercase. The rubric contrasts them itself: "a cross encoder is faster than a bi
  encoder", "Batch scoring versus online real time serving", a label listing "Shadow deployment,
  canary release, ..." whose wrong claims open on two of them. A name is read as an answer
  spells it too: "lstms", "grus" (plural acronyms the stemmer keeps), "kmeans" for "k-means".
* A relative clause of a dismissed subject (dismissals.py) and "hard to beat" (claims.py): "an
  ARIMA that cannot beat a seasonal naive forecast is not worth shipping" was charged twice, as
  dismissing the naive forecast and as the opposite of "seasonal naive ... are hard to beat".
* A circumstance moved to the front (loose_claims.py) only when it opens the clause: "data drift
  is a change in the input distribution and concept drift is a change in the relationship ..."
  was read as "in the inputs, concept drift is a change".
* A comparative between two members of one side (side_comparatives.py): "UMAP keeps more
  global structure than t-SNE" was read as said of PCA, the other side of the prompt's pair.
* An opening condition without a comma (stance.py): "When errors are heteroscedastic or
  correlated the coefficients stay unbiased" was one clause, and charged; with the comma it was
  not.

Each correct version was charged before the change (each swap went uncharged); the wrong
versions still are."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import Question, QuestionBank, load_packs
from simulator.core.scoring.rubric_pairs import rubric_groups
from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _question(qid: str) -> Question:
    return _bank().get(qid)


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.model-deployment",
            "to roll out a new version i first run a canary, where it gets a copy of live traffic "
            "but its predictions are only logged and never shown, then a shadow release sends a "
            "small percentage of real users to it while i watch latency and errors.",
        ),
        (
            "tech.model-deployment",
            "online scoring runs nightly as a scheduled job and writes to a table. batch serving "
            "sits behind a rest endpoint and answers each request in real time.",
        ),
        (
            "tech.sentence-embeddings",
            "i would embed every ticket once with a cross encoder, a sentence transformer trained "
            "contrastively, which encodes each text on its own so the vectors can be "
            "precomputed. then i rerank the top fifty with a bi encoder, which reads the query "
            "and the ticket together, so it is more accurate but far too slow to run over every "
            "ticket.",
        ),
        (
            "tech.lstm-gru",
            "grus keep a separate cell state with three gates, forget, input and output. lstms "
            "merge the cell and hidden state and use just an update and a reset gate, so they "
            "have fewer parameters.",
        ),
    ],
)
def test_swapped_rubric_alternatives_are_charged(qid: str, text: str) -> None:
    assert charged(_question(qid), text)


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.model-deployment",
            "to roll out a new version i first run it in shadow mode, where it gets a copy of live "
            "traffic but its predictions are only logged and never shown, then a canary release "
            "sends a small percentage of real users to it while i watch latency and errors.",
        ),
        (
            "tech.model-deployment",
            "batch scoring runs nightly as a scheduled job and writes to a table. online serving "
            "sits behind a rest endpoint and answers each request in real time.",
        ),
        (
            "tech.sentence-embeddings",
            "i would embed every ticket once with a bi encoder, a sentence transformer trained "
            "contrastively, which encodes each text on its own so the vectors can be "
            "precomputed. then i rerank the top fifty with a cross encoder, which reads the query "
            "and the ticket together, so it is more accurate but far too slow to run over every "
            "ticket.",
        ),
        (
            "tech.forecasting-baselines",
            "An ARIMA that cannot beat a seasonal naive forecast is not worth shipping.",
        ),
        (
            "tech.forecasting-baselines",
            "A deep model that cannot beat seasonal naive is not worth deploying.",
        ),
        (
            "tech.data-concept-drift",
            "Data drift is a change in the input distribution and concept drift is a change in "
            "the relationship between inputs and target. Monitor distributions and retrain.",
        ),
        (
            "tech.linear-regression-assumptions",
            "When errors are heteroscedastic or correlated the coefficients stay unbiased but the "
            "standard errors are wrong.",
        ),
        (
            "tech.tsne-umap",
            "PCA is linear and keeps global distances. t-SNE and UMAP are non linear and keep "
            "local neighbourhoods, and UMAP keeps a bit more global structure than t-SNE.",
        ),
    ],
)
def test_correct_answers_are_not_charged(qid: str, text: str) -> None:
    assert charged(_question(qid), text) == []


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.forecasting-baselines", "The seasonal naive forecast is not worth trying."),
        ("tech.forecasting-baselines", "Baselines are not worth trying."),
        ("tech.data-concept-drift", "concept drift is a change in the inputs"),
        ("tech.linear-regression-assumptions", "Heteroscedasticity biases the coefficients."),
    ],
)
def test_wrong_versions_are_still_charged(qid: str, text: str) -> None:
    assert charged(_question(qid), text)


def test_rubric_groups_read_claims_labels_and_listed_points() -> None:
    points = (
        ("Use a bi encoder for recall", ("a cross encoder is faster than a bi encoder",)),
        ("Batch scoring versus online real time serving", ()),
        (
            "Shadow deployment, canary release, blue-green",
            ("shadow deployment shows predictions to users", "a canary release sends all traffic"),
        ),
        ("Missing spam costs less", ("missing spam is worse than hiding legitimate mail",)),
    )
    groups = rubric_groups(points)
    assert (("batch scoring", "batch"), ("online real time serving", "online")) in groups
    assert (("shadow deployment", "shadow"), ("canary release", "canary")) in groups
    assert (("cross encoder",), ("bi encoder",)) in groups
    assert not any("missing spam" in side for g in groups for side in g)


@pytest.mark.parametrize(
    ("text", "consequence"),
    [
        ("if the learning rate is too high the loss diverges", "the"),
        ("when errors are heteroscedastic or correlated the coefficients stay unbiased", "the"),
        ("if you train too long the model overfits", "the"),
    ],
)
def test_an_unpunctuated_condition_ends_before_its_consequence(text: str, consequence: str) -> None:
    sentence = tokenize(text).sentences[0]
    ids = clause_ids(sentence)
    ws = text.split()
    at = ws.index(consequence, 2)
    assert ids[at - 1] != ids[at]
    assert len(set(ids[:at])) == 1


def test_a_condition_object_stays_in_the_condition() -> None:
    ids = clause_ids(tokenize("if the model is trained on the full data it leaks").sentences[0])
    # "on the full data" is the condition's; "it leaks" is the consequence
    assert ids[:9] == (ids[0],) * 9
    assert ids[9] != ids[0]
