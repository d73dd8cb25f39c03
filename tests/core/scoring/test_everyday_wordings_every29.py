"""Key points earned by their everyday wordings (issue 9, every29: questions/technical_foundations.yaml
and technical_applied.yaml, 21 questions rounds 27 and 28 did not edit). Each EARNED sentence says
its point in plain words, as a candidate who understands it but avoids the jargon would; the
sentences were written per key point from its label before reading its phrases (192 over
the 21 questions), and the ones kept here are those no phrase of main (4265ea2) earned by words.
Each NOT_EARNED sentence uses the same words for a wrong, reversed, swapped, denied or dismissed
claim and must not earn the point. Wordings a wrong sentence earned were dropped, not kept with an
easier wrong sentence."""

from __future__ import annotations

from tests.core.scoring.everyday_wordings import wording_tests

# (question, key point, an answer in everyday words that says it)
EARNED: list[tuple[str, str, str]] = [
    (
        "tech.supervised-vs-unsupervised",
        "unlabeled",
        "Nobody gives it the answers; it just looks at the data and notices which things are "
        "similar.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "supervised-examples",
        "Predicting tomorrow's sales from past sales figures is one case.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "unsupervised-examples",
        "For example grouping customers who shop alike, or spotting odd transactions that look "
        "unlike the rest.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "unsupervised-examples",
        "Like sorting a shop's customers into a few natural groups nobody defined beforehand.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "evaluation",
        "In the second kind there are no answers to compare with, so checking it is tricky.",
    ),
    (
        "tech.semi-supervised",
        "few-labels",
        "You have a few hundred examples with answers and a huge pile without answers, and you "
        "use both.",
    ),
    (
        "tech.semi-supervised",
        "few-labels",
        "Only a small part of the data has been tagged and the rest has not.",
    ),
    (
        "tech.semi-supervised",
        "label-cost",
        "Getting answers is costly, for example a doctor has to look at each scan.",
    ),
    (
        "tech.semi-supervised",
        "techniques",
        "Train on the few answered examples, let the model guess answers for the rest, keep the "
        "guesses it is sure about and retrain.",
    ),
    (
        "tech.semi-supervised",
        "techniques",
        "The model tags the untagged examples itself and we train again on the ones it is "
        "confident about.",
    ),
    (
        "tech.semi-supervised",
        "assumptions",
        "It assumes that examples that are similar to each other usually belong to the same class.",
    ),
    (
        "tech.semi-supervised",
        "risks",
        "If its own guesses are wrong but confident, retraining on them makes the mistakes "
        "stronger.",
    ),
    (
        "tech.reinforcement-learning",
        "maximize-return",
        "The aim is the total reward over the whole game, with rewards later on counting a bit "
        "less.",
    ),
    (
        "tech.reinforcement-learning",
        "exploration",
        "It has to balance trying new moves to learn more against using the moves it already "
        "knows work.",
    ),
    (
        "tech.reinforcement-learning",
        "exploration",
        "Sometimes it picks a random move to discover something better instead of always doing "
        "what has worked so far.",
    ),
    (
        "tech.reinforcement-learning",
        "delayed-feedback",
        "Unlike the labelled case, nobody says what the correct action was; the score comes much "
        "later and it has to work out which earlier move deserved it.",
    ),
    (
        "tech.transfer-learning",
        "reuse",
        "Take a network that already learned general shapes from a big photo collection and use "
        "it as the starting point.",
    ),
    (
        "tech.transfer-learning",
        "similarity",
        "If your pictures are very different, say x-rays instead of everyday photos, the borrowed "
        "knowledge helps less and you retrain more of it.",
    ),
    (
        "tech.regression-loss-functions",
        "quantile",
        "If running out of stock is worse than having extra, you make guessing too low cost more, "
        "and the model aims higher.",
    ),
    (
        "tech.cross-entropy",
        "probabilistic",
        "Minimizing it is the same as choosing the model that makes the labels we saw most likely.",
    ),
    (
        "tech.cross-entropy",
        "probabilistic",
        "It comes from treating each label like the result of a weighted coin toss and picking "
        "the weights that make what we observed most probable.",
    ),
    (
        "tech.decision-trees-random-forests",
        "splits",
        "At every node it picks the feature and cutoff that make the two sides as pure as "
        "possible, and repeats.",
    ),
    (
        "tech.decision-trees-random-forests",
        "feature-subsampling",
        "Every split only considers a random few of the features, which makes the trees "
        "different from each other.",
    ),
    (
        "tech.decision-trees-random-forests",
        "oob",
        "The rows a tree did not get in its sample act as a free test set for that tree.",
    ),
    (
        "tech.xgboost",
        "lightgbm",
        "LightGBM grows each tree by always splitting the leaf with the biggest gain, so trees "
        "are lopsided and deep.",
    ),
    (
        "tech.xgboost",
        "subsampling",
        "Like a forest, each round uses only part of the rows and part of the features.",
    ),
    (
        "tech.hierarchical-clustering",
        "cost",
        "With a million points it is far too slow, because the work grows with the square of the "
        "number of points.",
    ),
    (
        "tech.p-values",
        "definition",
        "Suppose the change did nothing; the p-value is how often you would still see a "
        "difference this big or bigger just by luck.",
    ),
    (
        "tech.p-values",
        "not-probability-null",
        "It is not the chance that there is no effect, and not the chance the result is a fluke.",
    ),
    (
        "tech.p-values",
        "misuse",
        "Checking twenty metrics and reporting the one that came out significant is cheating.",
    ),
    (
        "tech.mle-vs-map",
        "regularization",
        "Believing beforehand that weights are small and near zero works just like adding a "
        "penalty on big weights.",
    ),
    (
        "tech.precision-recall-f1",
        "recall-def",
        "Out of all the fraud that really happened, what share did we catch.",
    ),
    (
        "tech.precision-recall-f1",
        "f1-harmonic",
        "F1 combines the two in a way that is dragged down by whichever one is worse.",
    ),
    (
        "tech.precision-recall-f1",
        "f1-harmonic",
        "F1 is only high when both are high; one bad number pulls it down.",
    ),
    (
        "tech.cross-validation",
        "kfold",
        "Split the data into k chunks, hold out one chunk at a time for testing, train on the "
        "rest, and average the k results.",
    ),
    (
        "tech.cross-validation",
        "purpose",
        "One split can be lucky; averaging several gives a more trustworthy number and shows how "
        "much it jumps around.",
    ),
    (
        "tech.cross-validation",
        "tuning",
        "Choosing settings by cross validation and then reporting that same score is too "
        "optimistic.",
    ),
    (
        "tech.data-leakage",
        "definition",
        "The model is shown something in training that it will not have when it is used for "
        "real, so it looks great in testing and fails later.",
    ),
    (
        "tech.data-leakage",
        "target-leakage",
        "A feature that is really a consequence of the answer, like a treatment given only after "
        "the diagnosis.",
    ),
    (
        "tech.feature-selection",
        "wrapper",
        "Keep adding the column that helps the model most until the score stops going up.",
    ),
    (
        "tech.feature-selection",
        "practical",
        "Every column kept has to be computed in production and slows down predictions, and "
        "many are near copies of each other.",
    ),
    (
        "tech.shap-values",
        "shapley-game",
        "Like splitting a prize fairly between team members based on what each one adds when "
        "joining every possible subgroup.",
    ),
    (
        "tech.shap-values",
        "approximations",
        "Trying every team is impossible with many features, so you sample, but for tree models "
        "there is a fast exact way.",
    ),
    (
        "tech.feature-store",
        "skew",
        "If the training pipeline and the live service calculate the same feature in different "
        "code, the model gets confused.",
    ),
    (
        "tech.feature-store",
        "point-in-time",
        "For each past example it fetches the feature value as it was known at that time, so no "
        "future information sneaks in.",
    ),
    # step 2: key points of questions rounds 27-28 edited whose everyday sentences still missed
    (
        "tech.roc-auc",
        "axes",
        "As the cutoff moves, it shows how many negatives are falsely flagged for each level of catching positives.",
    ),
    (
        "tech.imbalanced-data",
        "stratify",
        "Make sure every split keeps the same share of the rare class.",
    ),
    (
        "tech.regularization",
        "strength",
        "How strong the penalty is, is a knob you tune on held-out data; more of it means less jumpiness but more underfitting.",
    ),
    (
        "tech.multicollinearity",
        "detection",
        "Look at how strongly the columns correlate with each other, or how well each column can be predicted from the others.",
    ),
    (
        "tech.gaussian-mixture-models",
        "definition",
        "It treats the data as coming from a few overlapping bell curves, each with its own centre, spread and share.",
    ),
    (
        "tech.pr-curve",
        "construction",
        "It shows how the share of flags that are right changes against the share of positives found as the cutoff moves.",
    ),
    (
        "tech.ab-testing-models",
        "pitfalls",
        "People click on anything new at first, weekdays differ from weekends, and users in one group can affect the other.",
    ),
    (
        "tech.larger-than-memory",
        "shuffling",
        "Mix examples across the files so every batch contains rows from the whole dataset.",
    ),
]

# (question, key point, a wrong, reversed, swapped, denied or dismissed sentence in the same words)
NOT_EARNED: list[tuple[str, str, str]] = [
    (
        "tech.supervised-vs-unsupervised",
        "unlabeled",
        "Unsupervised learning never notices which things are similar; it needs the answers.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "supervised-examples",
        "Supervised learning is not used for predicting sales.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "unsupervised-examples",
        "Unsupervised learning cannot find natural groups.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "unsupervised-examples",
        "Grouping customers who shop alike is a supervised task that needs labels.",
    ),
    (
        "tech.supervised-vs-unsupervised",
        "evaluation",
        "Unsupervised learning is easier to evaluate because there are no answers to compare.",
    ),
    ("tech.semi-supervised", "few-labels", "It needs no examples with answers at all."),
    ("tech.semi-supervised", "few-labels", "It does not work when only a small part is tagged."),
    ("tech.semi-supervised", "label-cost", "It is used when answers are cheap and plentiful."),
    ("tech.semi-supervised", "techniques", "The model never uses the guesses it is sure about."),
    ("tech.semi-supervised", "techniques", "It never tags the untagged examples."),
    (
        "tech.semi-supervised",
        "assumptions",
        "Similar examples do not belong to the same class, so that assumption is not needed.",
    ),
    ("tech.semi-supervised", "risks", "Retraining never makes the mistakes stronger."),
    (
        "tech.reinforcement-learning",
        "exploration",
        "The agent never bothers trying new moves; it always repeats its best one.",
    ),
    ("tech.reinforcement-learning", "exploration", "It never picks a random move."),
    (
        "tech.reinforcement-learning",
        "delayed-feedback",
        "It does not matter which earlier move led to the reward.",
    ),
    (
        "tech.reinforcement-learning",
        "delayed-feedback",
        "Somebody always says what the correct action was after every step.",
    ),
    (
        "tech.transfer-learning",
        "reuse",
        "You should not use it as the starting point; always train from scratch.",
    ),
    (
        "tech.transfer-learning",
        "similarity",
        "The knowledge never helps less when the new task is different.",
    ),
    (
        "tech.cross-entropy",
        "probabilistic",
        "Cross entropy has nothing to do with making the labels we saw most likely.",
    ),
    (
        "tech.cross-entropy",
        "probabilistic",
        "Cross entropy does not make the labels we saw most likely.",
    ),
    ("tech.cross-entropy", "probabilistic", "Cross entropy has nothing to do with a coin toss."),
    (
        "tech.decision-trees-random-forests",
        "splits",
        "The tree does not make the two sides as pure as possible.",
    ),
    (
        "tech.decision-trees-random-forests",
        "feature-subsampling",
        "A random forest does not use a random few of the features; every tree sees all of them.",
    ),
    (
        "tech.decision-trees-random-forests",
        "oob",
        "There is no free test set in a random forest.",
    ),
    (
        "tech.xgboost",
        "lightgbm",
        "LightGBM grows the trees level by level, one whole level at a time.",
    ),
    (
        "tech.xgboost",
        "subsampling",
        "XGBoost cannot use only part of the rows; it always uses all rows and all features.",
    ),
    (
        "tech.hierarchical-clustering",
        "cost",
        "It is cheap; the work does not grow with the square of the number of points.",
    ),
    ("tech.p-values", "definition", "The p-value is the chance the change did nothing."),
    ("tech.p-values", "not-probability-null", "The p-value is the chance that there is no effect."),
    ("tech.p-values", "not-probability-null", "It is the chance the result is a fluke."),
    ("tech.p-values", "misuse", "There is nothing wrong with checking twenty metrics."),
    (
        "tech.mle-vs-map",
        "regularization",
        "A prior has nothing to do with a penalty on big weights.",
    ),
    (
        "tech.precision-recall-f1",
        "recall-def",
        "Precision is the share of the real positives that the model found.",
    ),
    (
        "tech.precision-recall-f1",
        "precision-def",
        "Recall is how often it is right when it says positive.",
    ),
    (
        "tech.precision-recall-f1",
        "f1-harmonic",
        "F1 is the simple average of precision and recall.",
    ),
    ("tech.cross-validation", "kfold", "You do not average the k results."),
    (
        "tech.cross-validation",
        "purpose",
        "Cross validation gives no more trustworthy number than one split.",
    ),
    (
        "tech.data-leakage",
        "definition",
        "Leakage is when private customer data is exposed to users.",
    ),
    (
        "tech.data-leakage",
        "target-leakage",
        "A feature is never a consequence of the answer.",
    ),
    (
        "tech.feature-selection",
        "wrapper",
        "You should never keep adding the column that helps most.",
    ),
    (
        "tech.feature-selection",
        "practical",
        "Extra columns cost nothing in production, so keep all of them.",
    ),
    (
        "tech.shap-values",
        "shapley-game",
        "SHAP has nothing to do with splitting a prize fairly.",
    ),
    ("tech.shap-values", "approximations", "Exact SHAP is cheap for any model."),
    (
        "tech.feature-store",
        "skew",
        "Skew is not about the same feature in different code.",
    ),
    (
        "tech.feature-store",
        "point-in-time",
        "Point in time joins are unnecessary; just use the latest value, even if future "
        "information sneaks in.",
    ),
    # step 2
    ("tech.roc-auc", "axes", "The ROC curve does not show the negatives falsely flagged."),
    (
        "tech.imbalanced-data",
        "stratify",
        "Splits do not need to keep the same share of the rare class.",
    ),
    (
        "tech.regularization",
        "strength",
        "You never need to tune on held out data; how strong the penalty is does not matter.",
    ),
    (
        "tech.multicollinearity",
        "detection",
        "You cannot tell whether columns correlate with each other.",
    ),
    (
        "tech.gaussian-mixture-models",
        "definition",
        "A Gaussian mixture has nothing to do with overlapping bell curves; it assigns each point to exactly one cluster.",
    ),
    (
        "tech.pr-curve",
        "construction",
        "The PR curve does not show the share of flags that are right.",
    ),
    (
        "tech.ab-testing-models",
        "pitfalls",
        "It does not matter that people click on anything new at first.",
    ),
    (
        "tech.larger-than-memory",
        "shuffling",
        "There is no need to mix examples across files; reading the shards in order is fine for training.",
    ),
]

test_everyday_sentence_earns_its_point, test_wrong_sentence_in_the_same_words_does_not = (
    wording_tests(EARNED, NOT_EARNED)
)
