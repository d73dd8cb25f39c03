"""Training-set misuse: a choice that needs unseen data made on the training data (issue 9, wrong28).

The other side of claims_test_set.py. Fitting a model, a scaler or an encoder on the training
data is right; but some jobs only mean anything on data the model did not learn from, and a
confidently wrong answer does them on the training set in the question's own words: "fit
isotonic regression on the same training data the model was trained on, so it sees the most
data", "pick the threshold on the training set", "tune the hyperparameters on the training
data", "evaluate the model on the training set", "stop when the training loss stops improving".
On the training data a model's scores are overconfident and its error optimistic, so a
calibrator learns nothing, a threshold or a stopping point is chosen for the data it memorised.
No rubric needs to list it. A clause is charged when it holds

* a held-out job (calibrate, isotonic, Platt, threshold, hyperparameters, tune, evaluate,
  validate, estimate the error, select the model) and then, within ``REACH`` words and no other
  data set named between, "on / using / from / with the training set (data, split)" or "the same
  data (it was trained on)";
* a stopping word (stop, stopping) and "the training loss (error, accuracy)" in its clause,
  when the sentence or the question's prompt speaks of stopping early or of overfitting (a
  gradient descent answer's "stop when the training loss stops decreasing" is a convergence
  test, which is right).

Correct answers say these words to forbid, contrast or qualify them ("never calibrate on the
training data", "fit on the training set and calibrate on a held-out set", "tune with
cross-validation on the training set", "fine-tune on the training data", "carve a calibration
set out of the training data"): a sentence with a negation, a hedge ("might", "if"), a warning
frame, a verdict ("leak", "optimistic", "overfit", "biased"), another data set (validation,
held-out, test, cross-validation, folds, a calibration set) or "fine" before "tune" is not
charged.
"""

from __future__ import annotations

from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids, names_a_mistake
from simulator.core.scoring.text import Tokens, word_set, words

TRAINING_SET_ID = "training-set-misuse"
PHRASE = "calibrating, tuning, choosing or evaluating on the training data"
CORRECTION = (
    "On the data it was trained on, a model's scores are overconfident and its error "
    "optimistic: calibrate, choose the threshold, tune, stop early and evaluate on held-out "
    "data (a validation set, out-of-fold predictions or cross-validation), never on the "
    "training set."
)
REACH = 8  # words from the held-out job to "on the training set"
_JOBS = word_set(
    """calibrate calibrates calibrating calibrated calibrator isotonic platt threshold
    thresholds cutoff hyperparameter hyperparameters tune tunes tuning tuned evaluate evaluates
    evaluating evaluated validate validates validating"""
)
# "Estimate" is a held-out job only for how well the model does ("estimate the error"): the
# coefficients of a model are estimated on the training data, rightly (review28: "We estimate
# the coefficients using the training data with least squares" was charged).
_ESTIMATING = word_set("estimate estimates estimating")
_HOW_WELL = word_set(
    "error errors performance accuracy generalization generalisation skill score scores"
)
# A tree's split thresholds are learned from the training data, rightly (review28: "The tree
# picks each split threshold on the training data" was charged): a threshold said of a split,
# a node or a feature is not a decision threshold.
_TREE_PARTS = word_set("split splits splitting node nodes feature features leaf leaves")
_STOPPING = word_set("stop stops stopping")
_ON = word_set("on using from with over against")
_SETS = word_set("set sets data split splits examples sample samples")
_SCORES = word_set("loss losses error errors accuracy")
_TRAINING = word_set("training train")
# Another data set, anywhere in the sentence: the sentence compares or separates the two.
_OTHER_SETS = word_set(
    """validation val dev development holdout held heldout test testing unseen cross fold folds
    separate calibration"""
)
# Words of a sentence that forbid or doubt what it says, besides a negation and a warning frame.
_DOUBT = word_set(
    """leak leaks leaking leakage optimistic optimistically overconfident cheating cheat bias
    biases biased inflate inflates inflated overfit overfits overfitting memorise memorises
    memorize memorizes might may could would if unless avoid instead rather only fine"""
)


def _training_at(ws: tuple[str, ...], i: int, end: int) -> bool:
    """ "training set", "train data", "the same data" start at ``i``."""
    if i + 1 >= end:
        return False
    if ws[i] in _TRAINING and ws[i + 1] in _SETS:
        return True
    # "the same data the model was trained on", "the same training data"
    return ws[i] == "same" and ws[i + 1] in _SETS


def _misuse(ws: tuple[str, ...], lo: int, hi: int, early: bool) -> bool:
    """The clause ``ws[lo:hi]`` does a held-out job on the training data. ``early``: stopping
    is early stopping here."""
    clause = ws[lo:hi]
    if early and any(w in _STOPPING for w in clause):
        for t in range(lo, hi - 1):
            if ws[t] in _TRAINING and ws[t + 1] in _SCORES:
                return True
    for t in range(lo, hi):
        if not _training_at(ws, t, hi):
            continue
        prep = next((j for j in range(t - 1, max(lo, t - 3) - 1, -1) if ws[j] in _ON), None)
        if prep is None:
            continue
        start = max(lo, prep - REACH)
        if any(_held_out_job(ws, j, lo, prep) for j in range(start, prep)):
            return True
    return False


def _held_out_job(ws: tuple[str, ...], j: int, lo: int, hi: int) -> bool:
    """``ws[j]`` names a job that needs unseen data, read within the clause ``ws[lo:hi]``."""
    word = ws[j]
    if word in _ESTIMATING:
        return any(w in _HOW_WELL for w in ws[j + 1 : min(hi, j + 4)])
    if word not in _JOBS:
        return False
    if word in ("threshold", "thresholds"):
        near = ws[max(lo, j - 3) : min(hi, j + 4)]
        return not any(w in _TREE_PARTS for w in near)
    return True


_EARLY = word_set("early overfit overfits overfitting")


def training_set_misuse(
    prompt: str, tokens: Tokens, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """One charge for the answer's first sentence that calibrates, tunes, chooses or evaluates
    on the training data as its own advice (sentences already charged are left alone)."""
    ws = tokens.words
    asked_early = bool(_EARLY & set(words(prompt)))
    for sentence in tokens.sentences:
        first, last = sentence.first_word, sentence.last_word
        said = ws[first:last]
        if sentence.text in charged or names_a_mistake(said):
            continue
        if any(w in NEGATION_WORDS or w in _DOUBT or w in _OTHER_SETS for w in said):
            continue
        clauses = clause_ids(sentence)
        for clause in sorted(set(clauses)):
            at = [first + j for j, c in enumerate(clauses) if c == clause]
            early = asked_early or any(w in _EARLY for w in said)
            if _misuse(ws, at[0], at[-1] + 1, early) and not stance.warned((at[0], at[-1] + 1)):
                return [MisconceptionHit(TRAINING_SET_ID, PHRASE, sentence.text, CORRECTION)]
    return []
