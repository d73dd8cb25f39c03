"""Key points earned by their everyday wordings (issue 9, every25: a fully correct answer in
everyday words lost to a textbook partial one because many points listed only the textbook
wording). Each sentence below avoids the standard terms; before the rubric's `phrases` gained
these wordings, none of them earned its point by words. Sentences using the same words for a
wrong claim must not earn the point."""

from __future__ import annotations

from tests.core.scoring.everyday_wordings import wording_tests

# (question, key point, a sentence in everyday words that says it)
EARNED: list[tuple[str, str, str]] = [
    # technical_foundations.yaml
    ("tech.supervised-vs-unsupervised", "labels",
     "In the first kind every example comes with the answer we want the model to give, "
     "like emails already marked as spam or not."),
    ("tech.supervised-vs-unsupervised", "unlabeled",
     "In the second kind nobody tells the model the answers, so it has to find the "
     "groupings in the data by itself."),
    ("tech.supervised-vs-unsupervised", "evaluation",
     "It is hard to tell whether the groups found are any good because there is no answer "
     "sheet to check them against."),
    ("tech.semi-supervised", "few-labels",
     "You have a few hundred examples that someone marked by hand and millions that nobody "
     "marked."),
    ("tech.semi-supervised", "label-cost",
     "Getting people to mark the examples is slow and costs a lot, for instance doctors "
     "reading scans."),
    ("tech.semi-supervised", "techniques",
     "The model marks the unmarked examples itself, keeps the guesses it is most sure "
     "about and retrains on them."),
    ("tech.semi-supervised", "assumptions",
     "It assumes that points sitting close together in the data should get the same "
     "answer."),
    ("tech.reinforcement-learning", "agent-environment",
     "A program makes moves in a world, sees what happens and gets points for good "
     "outcomes, like a game player."),
    ("tech.reinforcement-learning", "maximize-return",
     "The goal is to collect as many points as possible over the whole game, not just "
     "right now."),
    ("tech.reinforcement-learning", "exploration",
     "It has to balance trying moves it has never tried against repeating the ones it "
     "knows pay off."),
    ("tech.reinforcement-learning", "delayed-feedback",
     "Nobody tells it which move was correct; it only finds out much later whether the "
     "game was won."),
    ("tech.reinforcement-learning", "methods",
     "One way is to learn how much each move is worth in each situation and pick the best "
     "one."),
    ("tech.transfer-learning", "fine-tuning",
     "Then you gently keep training the whole network with very small steps on your own "
     "examples."),
    ("tech.transfer-learning", "similarity",
     "It works best when the original photos look like yours; medical scans are far from "
     "holiday photos."),
    ("tech.generative-vs-discriminative", "discriminative",
     "One kind learns only how to tell the classes apart, drawing the line between cats "
     "and dogs."),
    ("tech.bias-variance", "diagnosis",
     "You can tell which problem you have by comparing how it does on the examples it "
     "learned from and on held back ones."),
    ("tech.learning-curves", "high-variance-pattern",
     "If the held out error is still falling and there is a wide space between the two "
     "lines, more data will likely help."),
    ("tech.l1-vs-l2", "definitions",
     "The first adds up the sizes of the weights ignoring their sign, the second adds up "
     "each weight times itself."),
    ("tech.dropout", "practical",
     "It usually slows training down a bit, so you need more passes over the data."),
    ("tech.regression-loss-functions", "mse",
     "Squaring the misses means a few huge misses dominate, so the model aims at the "
     "average and a few wild values drag it around."),
    ("tech.regression-loss-functions", "mae",
     "Using the plain size of the miss makes the model aim at the middle value, so a few "
     "wild values hardly move it."),
    ("tech.regression-loss-functions", "quantile",
     "The lopsided one punishes under-predicting more than over-predicting, so you can aim "
     "at, say, the value that ninety percent of outcomes stay below."),
    ("tech.cross-entropy", "gradients",
     "With squared error the curve flattens out when the model is very wrong and learning "
     "nearly stops, but with this loss the push is just the prediction minus the truth."),
    ("tech.cross-entropy", "probabilistic",
     "Minimizing it is the same as picking the settings under which the observed answers "
     "were most likely."),
    ("tech.cross-entropy", "convexity",
     "For a simple linear classifier this loss is one smooth bowl with a single bottom."),
    ("tech.sgd-vs-batch", "noise",
     "Looking at fewer examples gives a rougher guess of the direction, which wobbles but "
     "can shake it out of bad spots."),
    ("tech.sgd-vs-batch", "lr-coupling",
     "If you double the handful you usually also make the steps bigger, since a bigger "
     "batch takes bigger steps."),
    ("tech.adam-optimizer", "tradeoffs",
     "It works well without much tuning, but plain steps with a rolling ball often end up "
     "doing better on new data."),
    ("tech.local-minima-convexity", "convex-def",
     "Convex means the surface is like a single bowl, so wherever you roll to the bottom, "
     "it is the lowest point there is."),
    ("tech.local-minima-convexity", "saddle",
     "In millions of directions a flat spot is almost never a true dip; it goes up in some "
     "directions and down in others."),
    ("tech.classification-vs-regression", "both-supervised",
     "Both learn from examples with known answers, and the line blurs because a yes-no "
     "model really outputs a chance."),
    ("tech.linear-regression-assumptions", "multicollinearity",
     "No input should be an exact copy or sum of other inputs."),
    ("tech.normal-equation-vs-gd", "closed-form",
     "There is a formula that gives the best weights in one go by inverting a matrix built "
     "from the data."),
    ("tech.logistic-regression", "boundary",
     "You call it a yes when the chance passes a cut-off, and the dividing line between "
     "yes and no is straight."),
    ("tech.logistic-regression", "training",
     "You find the weights under which the observed yes and no answers were most likely, "
     "stepping downhill because no formula solves it directly."),
    ("tech.decision-trees-random-forests", "splits",
     "The tree asks a series of yes or no questions about the inputs, each time picking "
     "the question that best separates the answers."),
    ("tech.decision-trees-random-forests", "tree-overfit",
     "A tree grown until every leaf is pure memorizes its examples and changes a lot if a "
     "few rows change."),
    ("tech.decision-trees-random-forests", "bagging",
     "The forest grows hundreds of trees, each on its own random resample of the rows, and "
     "lets them vote."),
    ("tech.decision-trees-random-forests", "oob",
     "Each tree can be checked on the rows it never saw, which gives a free estimate of "
     "accuracy."),
    ("tech.split-criteria", "entropy",
     "Entropy measures how surprised you are on average by the answer in that node, in "
     "bits."),
    ("tech.xgboost", "regularized-objective",
     "It adds a cost for every extra leaf and for big leaf values to the thing it "
     "minimizes."),
    ("tech.xgboost", "second-order",
     "It uses both the slope and the bend of the error to decide splits and leaf values."),
    ("tech.xgboost", "lightgbm",
     "LightGBM grows each tree by splitting whichever leaf helps most, instead of a whole "
     "level at a time."),
    ("tech.xgboost", "subsampling",
     "Each tree can also see only a random share of the rows and of the columns."),
    ("tech.knn", "lazy",
     "There is no real training; it just keeps all the examples and does the work when "
     "asked."),
    ("tech.knn", "scaling",
     "If one column is in thousands and another in fractions, the big one decides the "
     "distance, so you put them on the same scale first."),
    ("tech.svm", "max-margin",
     "It draws the dividing line that leaves the widest possible empty space between the "
     "two classes."),
    ("tech.gradient-descent", "gradient-direction",
     "You start somewhere, measure which way the error goes up, and take a step the "
     "opposite way."),
    ("tech.sgd-vs-batch", "generalization",
     "With enormous handfuls the model tends to do worse on new data."),
    ("tech.kernel-trick", "implicit-mapping",
     "It acts as if you had blown the inputs up into a huge number of new columns, but you "
     "never actually build them."),
    ("tech.kernel-trick", "rbf",
     "The RBF one says two points are similar when they are close, and the similarity "
     "fades away quickly as they move apart."),
    ("tech.k-means", "assumptions",
     "It expects round groups of about the same size, a few far-off points drag the "
     "centres away, and you must tell it how many groups there are."),
    ("tech.k-means", "alternatives",
     "For stretched or curved groups I would use something else, like soft clustering with "
     "bell curves or a density based method."),
    ("tech.choosing-k", "business",
     "In the end the groups have to make sense to the people who use them and stay the "
     "same when you rerun on new data."),
    ("tech.hierarchical-clustering", "agglomerative",
     "Every point starts alone and you keep joining the two nearest groups until "
     "everything is one group."),
    ("tech.hierarchical-clustering", "dendrogram",
     "The joins form a family tree, and you choose the number of groups afterwards by "
     "slicing it at some height."),
    ("tech.gaussian-mixture-models", "selection",
     "You pick how many curves with a score that punishes extra curves, and try several "
     "starting points."),
    ("tech.dimensionality-reduction", "definition",
     "You describe each example with far fewer numbers while keeping most of what matters."),
    ("tech.pca", "eigen",
     "Those directions come from the matrix of how each pair of columns varies together."),
    ("tech.pca", "limits",
     "It only finds straight directions, ignores the answers you want to predict, and a "
     "few extreme points can tilt it."),
    ("tech.tsne-umap", "nonlinear-local",
     "They try to keep points that were neighbours in the original space next to each "
     "other on the map, even if the shape is curved."),
    ("tech.tsne-umap", "hyperparameters",
     "The picture changes with how many neighbours each point looks at and from one run to "
     "the next."),
    ("tech.p-values", "definition",
     "It is how often you would see a result this extreme or more if there were really no "
     "difference at all."),
    ("tech.p-values", "effect-size",
     "With millions of users a tiny difference nobody cares about can still come out as "
     "significant, so report how big the difference is."),
    ("tech.p-values", "misuse",
     "If you run twenty comparisons, one will look real just by luck, and stopping the "
     "test as soon as it looks good is the same trap."),
    ("tech.hypothesis-testing-errors", "type-two",
     "The second kind is when a real difference exists but your test misses it."),
    ("tech.hypothesis-testing-errors", "power",
     "Power is how likely you are to notice a real difference of the size you care about."),
    ("tech.hypothesis-testing-errors", "tradeoff",
     "Making the bar stricter means fewer false alarms but more real differences slipping "
     "through."),
    ("tech.mle-vs-map", "map-prior",
     "The second one multiplies the fit to the data by what you believed about the "
     "settings beforehand and takes the peak."),
    ("tech.mle-vs-map", "regularization",
     "A bell-curve belief around zero is the same as penalizing squared weights, and a "
     "sharp peaked belief gives the absolute value penalty."),
    ("tech.confidence-intervals", "width",
     "The range shrinks with the square root of the number of test examples, so four times "
     "the data halves it."),
    # technical_applied.yaml
    ("tech.precision-recall-f1", "precision-def",
     "Of all the emails the filter flags as spam, how many really are spam."),
    ("tech.precision-recall-f1", "recall-def",
     "Of all the spam that actually arrived, how much the filter manages to catch."),
    ("tech.roc-auc", "axes",
     "The curve shows how many real positives you catch against how many negatives you "
     "wrongly flag, as you slide the cut-off."),
    ("tech.pr-curve", "average-precision",
     "You can sum the curve up in a single number, the area under it."),
    ("tech.calibration", "fix-methods",
     "You can fit a small S-shaped curve or a step-wise increasing mapping on top of the "
     "scores to correct them."),
    ("tech.calibration", "held-out",
     "The correction has to be fitted on examples the model was not trained on."),
    ("tech.choosing-metrics", "offline-online",
     "A score you can compute on past data is only a stand-in for what you really care "
     "about once it is live, like revenue."),
    ("tech.multiclass-averaging", "micro",
     "Another adds up all the hits and misses across classes first, which for one label "
     "per example is just the share correct."),
    ("tech.data-leakage", "definition",
     "Information that would not be available when making a real prediction sneaks into "
     "training, so the scores look too good."),
    ("tech.data-leakage", "preprocessing",
     "Computing the averages for scaling on all the data, including the test part, lets "
     "the test set leak in."),
    ("tech.split-strategy", "match-production",
     "The split should copy how the model will really be used."),
    ("tech.missing-data", "understand-mechanism",
     "First ask why the values are missing, because blanks that depend on the value "
     "itself, like rich people skipping the income question, need different handling."),
    ("tech.missing-data", "indicator-and-fit",
     "Add a yes-no column saying the value was blank, and compute the fill values from the "
     "training data only."),
    ("tech.imbalanced-data", "metrics",
     "Do not judge it by the share of correct answers; look at how many real cases you "
     "catch and how many flags are right."),
    ("tech.imbalanced-data", "resampling",
     "You can copy the rare examples several times or throw away some of the common ones, "
     "but only in the training data."),
    ("tech.outliers", "detect",
     "I find odd values by plotting them, or by flagging anything far outside the middle "
     "half of the data."),
    ("tech.categorical-encoding", "one-hot-limits",
     "Giving each category its own yes-no column is fine for a handful of values but "
     "explodes with ten thousand zip codes."),
    ("tech.tabular-feature-engineering", "domain",
     "I start by asking the people who know the business what drives the outcome."),
    ("tech.tabular-feature-engineering", "point-in-time",
     "Every feature must be computed only from what was known before the moment of the "
     "prediction."),
    ("tech.feature-selection", "filter",
     "Drop columns that barely change or that move with the outcome hardly at all, scored "
     "one column at a time."),
    ("tech.feature-selection", "practical",
     "Every extra column has to be computed and kept working in production, which slows "
     "serving."),
    ("tech.shap-values", "shapley-game",
     "It is like sharing a prize among team members by averaging what each adds over all "
     "the possible teams."),
    ("tech.shap-values", "approximations",
     "Trying every team is far too slow, so there are shortcuts, and for trees there is a "
     "fast exact method."),
    ("tech.shap-values", "limitations",
     "The answer depends on which reference rows you compare against, it gets confused by "
     "columns that move together, and it says nothing about cause."),
    ("tech.partial-dependence", "correlation-pitfall",
     "If two columns move together, varying one alone creates impossible rows, like a tiny "
     "house with ten bedrooms."),
    ("tech.activation-functions", "nonlinearity",
     "Without a bend between layers, stacking them is pointless because two straight-line "
     "layers are still one straight line."),
    ("tech.activation-functions", "sigmoid-tanh",
     "The S-shaped ones go flat at both ends, so the slope there is almost zero and early "
     "layers barely learn."),
    ("tech.activation-functions", "output-layer",
     "At the output you use an S curve for yes-no, a normalised set of chances for several "
     "classes, and nothing for numbers."),
    ("tech.vanishing-gradients", "activation-init",
     "Use units that do not go flat and start the weights at a carefully chosen scale."),
    ("tech.vanishing-gradients", "clipping",
     "When the signal blows up you cap its size before each update."),
    ("tech.batch-normalization", "benefits",
     "It lets you use bigger steps and makes training steadier and quicker."),
    ("tech.batch-normalization", "small-batch",
     "With only two or four examples in a batch the averages are too noisy, so you "
     "normalise over the channels of each example instead."),
    ("tech.weight-initialization", "symmetry",
     "If all weights start the same, every unit in a layer computes the same thing and "
     "gets the same update forever."),
    ("tech.weight-initialization", "schemes",
     "There are recipes that set the spread from how many inputs feed each unit, with a "
     "larger one for rectifier units."),
    ("tech.self-attention", "scaling",
     "You divide the scores by the square root of the vector size, otherwise they get so "
     "large that the weights become all or nothing."),
    ("tech.transformers-vs-rnns", "parallelism",
     "During training it looks at all the words at the same time instead of one after "
     "another, which suits graphics cards."),
    ("tech.positional-encoding", "sinusoidal",
     "The original paper added waves of different speeds to each word vector, so each "
     "position gets a unique pattern."),
    ("tech.tokenization", "match-pretrained",
     "You must use exactly the same splitter the pretrained model was trained with."),
    ("tech.word2vec", "negative-sampling",
     "Instead of scoring every word in the vocabulary, it only contrasts the real "
     "neighbour with a few random words."),
    ("tech.collaborative-filtering", "tradeoffs",
     "Using other people's taste can surprise you with things you would never search for, "
     "but most people rate few items and popular items get recommended too much."),
    ("tech.recsys-evaluation", "temporal-split",
     "I train on interactions up to some date and test on what users did after it."),
    ("tech.recsys-evaluation", "beyond-accuracy",
     "I also check how much of the catalogue gets recommended, how varied the lists are, "
     "and whether it only pushes the popular items."),
    ("tech.stationarity", "definition",
     "The average level, the spread and how today relates to yesterday all stay the same "
     "over time."),
    ("tech.stationarity", "why",
     "Many classic forecasting models assume it, and with a trend any relationship you "
     "find may just be two things both growing."),
    ("tech.time-series-validation", "feature-leakage",
     "Every lagged or rolling value must use only what you would know on the day you make "
     "the forecast."),
    ("tech.forecasting-baselines", "scaled-metric",
     "You can divide the model's error by the error of the repeat-last-value forecast, so "
     "below one means it beats it."),
    ("tech.data-concept-drift", "label-shift",
     "The share of each outcome can also change, like fraud becoming twice as common."),
    ("tech.ab-testing-models", "significance",
     "Run it for the planned length without checking every day, and report the difference "
     "with a range of plausible values."),
    ("tech.feature-store", "skew",
     "The same feature gets computed one way for training and another way in the live "
     "service, so the model sees different numbers."),
    ("tech.feature-store", "point-in-time",
     "When building the training table it fetches each value as it was at the moment of "
     "each example, not today's value."),
    ("tech.larger-than-memory", "incremental",
     "Use methods that can learn a little from each chunk, or just take a sample if all "
     "the data is not needed."),
    ("tech.distributed-training", "sharded-states",
     "To save memory, each card keeps only its share of the optimizer's running averages "
     "and of the weights."),
]  # fmt: skip

# (question, key point, a sentence with the same everyday words that does not say the point)
NOT_EARNED: list[tuple[str, str, str]] = [
    ("tech.semi-supervised", "few-labels",
     "It needs every example marked by hand, which is cheap and quick."),
    ("tech.reinforcement-learning", "delayed-feedback",
     "It is told which move was correct after every single step, like supervised learning."),
    ("tech.reinforcement-learning", "maximize-return",
     "It only wants the most points right now and ignores what happens over the whole game."),
    ("tech.bias-variance", "diagnosis",
     "A model that is too flexible learns the random quirks of its particular training "
     "examples."),
    ("tech.sgd-vs-batch", "generalization",
     "Enormous batches always generalize better than small ones."),
    ("tech.gradient-descent", "gradient-direction",
     "You go in the direction in which the error goes up."),
    ("tech.knn", "lazy",
     "It does a lot of real training up front so prediction is instant."),
    ("tech.p-values", "definition",
     "The p value is the chance that there is really no difference."),
    ("tech.kernel-trick", "rbf",
     "With the RBF kernel the similarity grows as points move apart."),
    ("tech.hypothesis-testing-errors", "type-two",
     "A type two error is when the test flags a difference that is not there."),
    ("tech.data-leakage", "preprocessing",
     "Scaling on all the data including the test part is fine and does not leak."),
    ("tech.activation-functions", "nonlinearity",
     "Even without a bend between layers a deep network can learn curves."),
    ("tech.self-attention", "scaling",
     "There is no need to divide the scores; large scores never make the weights all or "
     "nothing."),
]  # fmt: skip


# an everyday sentence earns its point by words; the same words saying something else do not
test_an_everyday_wording_earns_its_point, test_the_same_words_saying_something_else_do_not = (
    wording_tests(EARNED, NOT_EARNED)
)
