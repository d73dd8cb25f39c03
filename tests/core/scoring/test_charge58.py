"""Round 58, charge58 (issue 9): correct answers are never charged.

* A comparative's scope (side_comparatives.py): "CBOW ... is faster and slightly better for
  *frequent* words" tells the model answer's "skip gram tends to do better on *rare* words" from
  its other end, and is no claim that CBOW is the better of the two (set 57's word2vec warning
  was charged '"better" said of cbow, not of skip gram'); giving the rare words to CBOW, or the
  frequent ones to skip gram, still turns the comparison round.
* Warning frames (stance.py): "a classic mix-up is to think X", "people mix up A and B: ..."
  name a mistake like "a common mistake is to think X" (a correct stationarity warning was
  charged the very claim it warned against).
* "A rather than B" inside a clause a condition opens (rejected_view.py): "the boundaries fall
  halfway between centroids even when that cuts through a dense group rather than through a low
  density gap" tells when k-means goes wrong and turns no accepted point down.

* An "-ed" participle before its noun is part of the subject (clause_subject.py): "fine-tuned
  models need less data" is said of the fine-tuned models, not of "fine", a third thing.
* A practice said to destroy, ruin or wipe out something is warned against (stance.py): "fine-
  tuning everything with a large learning rate quickly wipes out what the network learned" was
  charged as the rubric's wrong claim "fine tune with a large learning rate".

* A dismissal stops at a second predicate of its subject (dismissals.py): "it does not need the
  number of clusters and finds non-convex shapes" dismisses the number of clusters only.

Paraphrases keep their full reading (issue 9, paraphrase > partial on set 57):

* A sentence of three words or fewer with no denial is a heading ("Now cold start."), no foil
  and no claim: it leans to a short wrong claim by its topic words alone (foil_leaning.py).
* A wrong claim of two content words is said only by both: "the best constant *prediction* is
  the *mean*" does not say "squared error has a constant gradient" (leaning_words.py).
"""

from __future__ import annotations

from simulator.core.scoring.clause_subject import explicit_subject
from simulator.core.scoring.foil_leaning import foil
from simulator.core.scoring.leaning_words import slight_lean_in_other_words
from simulator.core.scoring.meaning import MeaningReading, wrong_claims
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import shipped_charges, shipped_question

_WORD2VEC_WARNING = (
    "A common mistake is to mix up the two architectures. In skip-gram the center word predicts"
    " each surrounding context word, producing many training pairs and working well for rare"
    " words; in CBOW the averaged context words predict the center word, which is faster and"
    " slightly better for frequent words."
)


def test_a_comparative_for_the_opposite_scope_is_the_same_view() -> None:
    assert shipped_charges("tech.word2vec", _WORD2VEC_WARNING) == []


def test_a_comparative_turned_round_within_one_scope_stays_charged() -> None:
    for wrong in (
        "In skip gram the center word predicts each context word; in CBOW the averaged context"
        " predicts the center word. CBOW does better on rare words.",
        "In skip gram the center word predicts each context word; in CBOW the averaged context"
        " predicts the center word. Skip gram does better on frequent words.",
    ):
        assert any('"better" said of' in c for c in shipped_charges("tech.word2vec", wrong))


def test_a_mix_up_is_a_warning_frame() -> None:
    warning = (
        "A classic mix-up is to think a small p-value on the augmented Dickey-Fuller test means"
        " the series is non-stationary. The ADF null hypothesis is a unit root, so a small"
        " p-value is evidence that the series is stationary; KPSS is the one whose null is"
        " stationarity."
    )
    assert shipped_charges("tech.stationarity", warning) == []
    mixed = (
        "People mix up the two: a small p-value on the augmented Dickey-Fuller test is evidence"
        " that the series is stationary."
    )
    assert shipped_charges("tech.stationarity", mixed) == []
    # said as the speaker's own, the same claim is still charged
    own = (
        "A small p-value on the augmented Dickey-Fuller test means the series is non-stationary,"
        " so I difference it."
    )
    assert shipped_charges("tech.stationarity", own)


def test_rather_than_under_a_condition_turns_nothing_down() -> None:
    correct = (
        "K-means picks k centroids, assigns every point to its nearest centroid, moves each"
        " centroid to the mean of its points and repeats until the assignments stop changing. It"
        " assumes roughly spherical clusters of similar size and similar spread, and it minimises"
        " within-cluster variance, so the boundaries between clusters fall halfway between"
        " centroids even when that cuts through a dense group rather than through a low density"
        " gap. You must choose k, results depend on initialisation, so k-means++ and several"
        " restarts help, and outliers pull centroids."
    )
    assert shipped_charges("tech.k-means", correct) == []


def test_a_heading_is_no_claim() -> None:
    claim = "cf has no cold start"
    assert foil(tokenize("Now cold start."), 0, claim)
    assert not foil(tokenize("No cold start."), 0, claim)
    assert not foil(tokenize("Collaborative filtering has no cold start."), 0, claim)


def test_one_word_of_a_two_word_claim_is_no_saying() -> None:
    question = shipped_question("tech.regression-loss-functions")
    claim = wrong_claims(question).index("squared error has a constant gradient")

    def slight(text: str) -> bool:
        reading = MeaningReading([], 0.079, ((0, 0.079, claim),))
        return slight_lean_in_other_words(question, tokenize(text), reading, 0.05)

    assert slight("Under squared error, the best constant prediction is the mean, which is 10.")
    assert not slight("Squared error has a constant gradient, so it is easy to optimize.")


def _subject(text: str, word: str) -> tuple[str, ...] | None:
    tokens = tokenize(text)
    span = explicit_subject(tokens, tokens.words.index(word))
    return None if span is None else tokens.words[span[0] : span[1]]


def test_a_participle_before_its_noun_is_part_of_the_subject() -> None:
    assert _subject("Fine-tuned models need less data.", "less") == ("fine", "tuned", "models")
    assert _subject("Pre-trained weights usually converge faster.", "faster") == (
        "pre",
        "trained",
        "weights",
    )
    assert _subject("The fine-tuned model needs less data.", "less") == ("fine", "tuned", "model")
    # an "-ed" verb with no noun and verb after it is still the verb
    assert _subject("Data augmented with noise helps the model.", "model") == ("data",)


def test_a_practice_said_to_wipe_out_is_warned_against() -> None:
    for warning in (
        "Fine-tuning everything with a large learning rate quickly wipes out what the network"
        " learned in pretraining.",
        "Fine-tuning everything with a large learning rate can destroy the pretrained features,"
        " so use a smaller learning rate.",
    ):
        assert shipped_charges("tech.transfer-learning", warning) == []
    own = "Always fine-tune with a large learning rate, so the network adapts to the new task."
    assert shipped_charges("tech.transfer-learning", own)


def test_a_dismissal_stops_at_a_second_predicate() -> None:
    correct = (
        "DBSCAN grows clusters from dense core points and marks isolated points as noise. It does"
        " not need the number of clusters and finds non-convex shapes, so I prefer it to k-means"
        " when clusters are irregular or there are outliers."
    )
    assert shipped_charges("tech.dbscan", correct) == []
