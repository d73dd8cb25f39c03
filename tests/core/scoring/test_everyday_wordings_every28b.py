"""Key points earned by their everyday wordings (issue 9, every28b: questions/technical_foundations.yaml
and technical_applied.yaml, 25 questions round 27 did not edit). Each EARNED sentence says its point
in plain words, as a candidate who understands it but avoids the jargon would; the sentences were
written per key point before any wording was added (325 over 46 questions), and the ones kept
here are those no phrase of main (5b7f9cd) earned by words. Each NOT_EARNED sentence uses the same
words for a wrong, reversed, swapped, denied or dismissed claim and must not earn the point.
Wordings a wrong sentence earned were dropped, not kept with an easier wrong sentence."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.everyday_wordings import wording_tests

# (question, key point, an answer in everyday words that says it)
EARNED: list[tuple[str, str, str]] = [
    (
        "tech.bert-vs-gpt",
        "bert-objective",
        "During training some words are blanked out and it has to guess them from the words "
        "around them.",
    ),
    (
        "tech.bert-vs-gpt",
        "use-cases",
        "I would use the first kind to sort support tickets into topics.",
    ),
    (
        "tech.stemming-vs-lemmatization",
        "stemming",
        "The first one lops off endings like ing and ed without knowing the language.",
    ),
    (
        "tech.stemming-vs-lemmatization",
        "lemmatization",
        "The second one finds the proper root word using a list of the language's words.",
    ),
    (
        "tech.stemming-vs-lemmatization",
        "pos-context",
        "Irregular words are handled, so was becomes be.",
    ),
    (
        "tech.tf-idf",
        "uses",
        "Each document turns into a long list of word scores, mostly zeros, and you compare "
        "documents by the angle between them.",
    ),
    (
        "tech.spark-fundamentals",
        "architecture",
        "It cuts the data into many pieces and hands them to many machines that work at the same "
        "time.",
    ),
    (
        "tech.spark-fundamentals",
        "architecture",
        "One main program sends pieces of the work to the helper machines.",
    ),
    (
        "tech.spark-fundamentals",
        "lazy",
        "Nothing happens when you write the steps; it only does the work when you ask for a final "
        "answer like saving the output.",
    ),
    (
        "tech.spark-fundamentals",
        "skew-fixes",
        "Sending the small table to every machine instead of moving the big one speeds it up.",
    ),
    (
        "tech.weight-initialization",
        "symmetry",
        "If every weight starts at zero, every unit does the same calculation and gets the same "
        "correction, so they stay copies of each other.",
    ),
    (
        "tech.weight-initialization",
        "variance",
        "If they are too small the signal fades to nothing after a few layers.",
    ),
    (
        "tech.stationarity",
        "fixes",
        "I model the change from one month to the next instead of the raw values.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "cost",
        "With a hundred thousand columns, solving that formula takes far too long and far too "
        "much memory.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "gd-benefits",
        "Gradient descent can learn from small batches of rows, so the data never has to fit in "
        "memory at once.",
    ),
    (
        "tech.pr-curve",
        "choose-threshold",
        "I pick the cutoff so the fraud team gets no more cases a day than they can review.",
    ),
    (
        "tech.residual-connections",
        "degradation",
        "Stacking more layers made even the training error worse, which is not overfitting.",
    ),
    (
        "tech.distributed-training",
        "batch-size-comm",
        "Adding cards does not speed things up in a straight line because they spend time "
        "syncing over the network.",
    ),
    (
        "tech.matrix-factorization",
        "latent-factors",
        "Each user and each film get a short list of hidden taste numbers, and the predicted "
        "rating is how well those lists line up.",
    ),
    (
        "tech.matrix-factorization",
        "training",
        "Learn the numbers from the ratings we have, with a penalty to keep them small.",
    ),
    (
        "tech.matrix-factorization",
        "implicit",
        "Clicks only tell you what people liked, not what they disliked, so I sample some items "
        "they did not click as negatives.",
    ),
    (
        "tech.tokenization",
        "subword-algorithms",
        "Start from letters and keep gluing together the pair that shows up most often.",
    ),
    (
        "tech.calibration",
        "definition",
        "Out of all the days it says 30 percent chance of rain, it should rain on about 30 "
        "percent.",
    ),
    (
        "tech.calibration",
        "reliability-diagram",
        "Group the predictions into buckets and compare the average prediction with how often "
        "it actually happened.",
    ),
    (
        "tech.confidence-intervals",
        "accuracy-ci",
        "For accuracy, treat each test example as a coin flip that is right or wrong.",
    ),
    (
        "tech.batch-normalization",
        "inference",
        "At inference it switches to the stored averages from training.",
    ),
    (
        "tech.vanishing-gradients",
        "cause",
        "Each layer multiplies the signal by a number below one, so over many layers it shrinks "
        "to almost nothing.",
    ),
    ("tech.tsne-umap", "nonlinear-local", "Unlike PCA it can unroll curved shapes."),
    (
        "tech.split-criteria",
        "greedy",
        "It picks the single best split right now without looking ahead.",
    ),
    (
        "tech.outliers",
        "treatments",
        "I replace anything above the 99th percentile with the 99th percentile value.",
    ),
    (
        "tech.outliers",
        "detect",
        "I sort the values and look at the extremes, or fit a model that isolates unusual rows "
        "quickly.",
    ),
    (
        "tech.partial-dependence",
        "correlation-pitfall",
        "If two columns move together, the plot asks the model about combinations it never saw, "
        "like a tiny house with ten bedrooms.",
    ),
    (
        "tech.kernel-trick",
        "implicit-mapping",
        "It acts as if the data were lifted into a space with many more dimensions.",
    ),
    (
        "tech.imbalanced-data",
        "class-weights",
        "I tell the model that missing a fraud costs more than a false alarm.",
    ),
    (
        "tech.positional-encoding",
        "permutation",
        "Without position information, the cat chased the dog and the dog chased the cat look "
        "identical to the model.",
    ),
    (
        "tech.forecasting-baselines",
        "why",
        "A baseline tells you whether the fancy model is worth it at all.",
    ),
    (
        "tech.forecasting-baselines",
        "simple-smoothing",
        "Take the average of the last four weeks as the forecast.",
    ),
    (
        "tech.data-concept-drift",
        "data-drift",
        "The customers we get now are different from the ones we trained on.",
    ),
]

# (question, key point, a wrong, reversed, swapped, denied or dismissed claim in the same words)
NOT_EARNED: list[tuple[str, str, str]] = [
    (
        "tech.bert-vs-gpt",
        "bert-objective",
        "BERT never has words blanked out; it just predicts the next word from the left.",
    ),
    (
        "tech.bert-vs-gpt",
        "bert-objective",
        "GPT has words blanked out during training and guesses them.",
    ),
    (
        "tech.bert-vs-gpt",
        "gpt-objective",
        "GPT is not trained to guess which word comes next, it fills in hidden words.",
    ),
    ("tech.bert-vs-gpt", "gpt-objective", "BERT is trained to guess which word comes next."),
    (
        "tech.stemming-vs-lemmatization",
        "lemmatization",
        "Lemmatization does not give the proper root word, only a chopped stem.",
    ),
    (
        "tech.stemming-vs-lemmatization",
        "pos-context",
        "Lemmatization cannot handle irregular words, so was never becomes be.",
    ),
    (
        "tech.stemming-vs-lemmatization",
        "pos-context",
        "Stemming handles irregular words, so was becomes be.",
    ),
    ("tech.tf-idf", "uses", "The vectors are small and dense, never mostly zeros."),
    (
        "tech.tf-idf",
        "uses",
        "TF-IDF vectors are dense and cannot be compared by the angle between them.",
    ),
    (
        "tech.spark-fundamentals",
        "architecture",
        "There are no helper machines; the main program processes all the data itself.",
    ),
    (
        "tech.spark-fundamentals",
        "lazy",
        "Spark runs each step right away; it does not wait until you ask for a final result.",
    ),
    (
        "tech.spark-fundamentals",
        "lazy",
        "It never writes down the recipe first, every line runs immediately.",
    ),
    (
        "tech.spark-fundamentals",
        "skew-fixes",
        "Never send the small table to every machine, always move the big one.",
    ),
    (
        "tech.weight-initialization",
        "symmetry",
        "With zero weights the units do not end up as copies of each other; training makes them "
        "different.",
    ),
    (
        "tech.weight-initialization",
        "symmetry",
        "The units never do the same calculation, even if all weights start at zero.",
    ),
    (
        "tech.weight-initialization",
        "variance",
        "The size of the starting weights does not matter, the signal never fades or grows with "
        "every layer.",
    ),
    (
        "tech.weight-initialization",
        "variance",
        "Large initial weights never grow with every layer, so bigger is always better.",
    ),
    (
        "tech.stationarity",
        "fixes",
        "Never look at the change from one month to the next, it destroys the information.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "cost",
        "The formula is never slow with many columns and never needs too much memory.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "cost",
        "The normal equation never takes far too much memory, it is cheap for many features.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "gd-benefits",
        "Gradient descent needs all the rows in memory at once; it cannot use small batches of "
        "rows.",
    ),
    (
        "tech.pr-curve",
        "choose-threshold",
        "Always use 0.5 as the cutoff, never what they can review.",
    ),
    (
        "tech.residual-connections",
        "degradation",
        "Deep networks got worse only because of overfitting; even the training error was lower.",
    ),
    (
        "tech.distributed-training",
        "batch-size-comm",
        "The cards never spend time syncing, so eight cards are always eight times faster.",
    ),
    (
        "tech.distributed-training",
        "batch-size-comm",
        "The cards never spend time syncing over the network.",
    ),
    (
        "tech.matrix-factorization",
        "latent-factors",
        "The factors are genres we choose by hand, not hidden taste numbers learned from data.",
    ),
    (
        "tech.matrix-factorization",
        "training",
        "There is no penalty to keep them small, the vectors can grow freely.",
    ),
    ("tech.matrix-factorization", "implicit", "An unclicked item means the user disliked it."),
    ("tech.matrix-factorization", "implicit", "A missing click means the user disliked it."),
    (
        "tech.tokenization",
        "subword-algorithms",
        "It merges the pair that shows up least, never the pair that shows up most often.",
    ),
    (
        "tech.calibration",
        "definition",
        "Calibration means high accuracy, not whether it rains on 30 percent of the days with a "
        "30 percent chance of rain.",
    ),
    (
        "tech.calibration",
        "reliability-diagram",
        "To check calibration just look at the accuracy; you do not need to group predictions "
        "into buckets.",
    ),
    (
        "tech.calibration",
        "reliability-diagram",
        "ROC AUC measures calibration, so there is no need to compare with how often it actually "
        "happened.",
    ),
    (
        "tech.confidence-intervals",
        "accuracy-ci",
        "You cannot treat each test example as a coin flip, so there is no interval for accuracy.",
    ),
    (
        "tech.confidence-intervals",
        "accuracy-ci",
        "The standard error of accuracy is p over n, treating each test example as a coin.",
    ),
    (
        "tech.batch-normalization",
        "inference",
        "At inference it does not use stored averages; it computes the statistics from the test "
        "batch.",
    ),
    (
        "tech.vanishing-gradients",
        "cause",
        "The gradient vanishes because the learning rate is too small, not because each layer "
        "multiplies the signal.",
    ),
    (
        "tech.tsne-umap",
        "nonlinear-local",
        "t-SNE is linear like PCA and cannot unroll curved shapes.",
    ),
    (
        "tech.split-criteria",
        "greedy",
        "A tree does not pick the best split right now; it searches all possible trees.",
    ),
    (
        "tech.split-criteria",
        "greedy",
        "A tree never splits without looking ahead; it plans several levels.",
    ),
    (
        "tech.outliers",
        "treatments",
        "Never replace anything above a percentile; just keep every value as it is.",
    ),
    ("tech.outliers", "detect", "You cannot detect outliers by looking at the extremes."),
    (
        "tech.outliers",
        "detect",
        "Z scores are robust to outliers, so just look at the extremes of the z scores.",
    ),
    (
        "tech.partial-dependence",
        "correlation-pitfall",
        "Correlated features are not a problem, the plot never asks about combinations it never "
        "saw.",
    ),
    (
        "tech.kernel-trick",
        "implicit-mapping",
        "The data is never lifted into a bigger space; the kernel trick just rescales it.",
    ),
    (
        "tech.imbalanced-data",
        "class-weights",
        "A missed fraud never costs more than a false alarm, so keep all weights equal.",
    ),
    (
        "tech.positional-encoding",
        "permutation",
        "Without position information attention already knows the word order.",
    ),
    (
        "tech.forecasting-baselines",
        "why",
        "A baseline never tells you whether the fancy model is worth it; deep learning always "
        "wins.",
    ),
    (
        "tech.data-concept-drift",
        "data-drift",
        "Data drift is when the same inputs give a different outcome, not when the customers are "
        "different from the ones we trained on.",
    ),
]

test_everyday_sentence_earns_its_point, test_wrong_sentence_in_same_words_does_not = wording_tests(
    EARNED, NOT_EARNED
)

# (question, a correct sentence that says the opposite direction word or the other side): each
# was charged once a tried wording carrying a direction ("grow with every layer", "slow with many
# columns", "test on later months", "more copies of the rare") or both sides' words ("words before
# and after", "was becomes be") was a phrase; those wordings were dropped and none may come back.
CORRECT: list[tuple[str, str]] = [
    (
        "tech.weight-initialization",
        "If the weights are too small the signal shrinks layer by layer and the gradients vanish.",
    ),
    ("tech.normal-equation-vs-gd", "Gradient descent is faster with many columns."),
    (
        "tech.cross-validation",
        "With time series the model must only see earlier months when it is evaluated.",
    ),
    ("tech.imbalanced-data", "Undersampling keeps fewer examples of the common class."),
    (
        "tech.bert-vs-gpt",
        "GPT only sees the words before the current one and predicts the one after.",
    ),
    (
        "tech.stemming-vs-lemmatization",
        "Stemming cannot deal with irregular words like was becomes be.",
    ),
    (
        "tech.stemming-vs-lemmatization",
        "Lemmatization does not just chop the endings; it finds the proper root word.",
    ),
]


@pytest.mark.parametrize(("qid", "text"), CORRECT, ids=[q for q, _ in CORRECT])
def test_correct_sentence_in_opposite_words_not_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    score = score_answer(bank.questions[qid], Transcript(text))
    assert [k.contradiction for k in score.key_points if k.contradiction] == []
    assert [m.phrase for m in score.misconceptions] == []
