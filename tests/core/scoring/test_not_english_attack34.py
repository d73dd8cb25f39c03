"""An answer in another language written in Latin letters is told it is not in English (attack
run 34): a German answer to a technical question was told it was "only a list of terms" (a
keyword salad) and scored as one; the candidate was never told the scorer reads English only.
The detector uses no word list per language (scoring/language.py); English salads, terse and
list-like answers stay as they were."""

from __future__ import annotations

import pytest

from simulator.bank import load_bank
from simulator.core.scoring import score_answer
from simulator.core.scoring.language import NOT_ENGLISH
from simulator.core.transcript import Transcript

FOREIGN = {
    "German": (
        "tech.bias-variance",
        "Der Bias ist der Fehler eines zu einfachen Modells, das die Daten nicht gut abbildet. "
        "Die Varianz ist die Empfindlichkeit gegenüber der Stichprobe. Wenn man mehr Daten hat, "
        "sinkt die Varianz, aber der Bias bleibt gleich.",
    ),
    "French": (
        "tech.cross-validation",
        "La validation croisée découpe les données en k parties. On entraîne le modèle sur k "
        "moins une parties et on le teste sur la dernière, puis on fait la moyenne des scores.",
    ),
    "Spanish": (
        "tech.regularization",
        "La regularización añade una penalización a los pesos para que el modelo no sea tan "
        "complejo. Con L1 algunos pesos se vuelven cero y con L2 solo se hacen más pequeños.",
    ),
    "Dutch story": (
        "beh.resolve-conflict",
        "Ik had een conflict met een collega over de planning van ons project. Ik heb met hem "
        "gesproken en we hebben samen een nieuwe planning gemaakt. Daarna liep het project goed.",
    ),
}

ENGLISH = [
    (
        "tech.bias-variance",
        "bias, variance, underfitting, overfitting, capacity, regularization, "
        "more data, ensembles, cross validation",
    ),
    (
        "tech.regularization",
        "l1 l2 lasso ridge sparse weights shrinkage lambda penalty "
        "dropout early stopping weight decay",
    ),
    (
        "tech.cross-validation",
        "k-fold cv, stratified, grouped, time series split, nested cv, "
        "leakage, variance of the estimate, mean and std",
    ),
    ("tech.bias-variance", "apple banana cherry grape melon peach plum mango kiwi lemon"),
    (
        "tech.bias-variance",
        "Bias: too simple, underfits. Variance: too sensitive to the sample, "
        "overfits. Trade-off: more capacity lowers bias and raises variance.",
    ),
]


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_an_answer_in_another_language_is_told_so_not_called_a_term_list(language: str) -> None:
    question_id, text = FOREIGN[language]
    score = score_answer(load_bank().get(question_id), Transcript(text=text))
    assert score.feedback[0] == NOT_ENGLISH
    assert not any("list of terms" in tip for tip in score.feedback), score.feedback
    assert all("list of terms" not in b for b in score.basis.values()), score.basis
    part = "structure" if question_id.startswith("beh.") else "content"
    assert score.basis[part] == "not in English: its content is not scored"


@pytest.mark.parametrize(("question_id", "text"), ENGLISH)
def test_english_salads_and_terse_answers_are_not_called_another_language(
    question_id: str, text: str
) -> None:
    score = score_answer(load_bank().get(question_id), Transcript(text=text))
    assert NOT_ENGLISH not in score.feedback
