"""Correct sentences in words other than the rubric's, probed against the rubric's wrong claims
(issue 9, round 26, claims26): for 32 questions drawn at random (seed 26; 13 foundations, 12
applied, 7 cases; none of heldout_claims26's), 1 to 3 sentences per key point that lists wrong
claims: a paraphrase, the opposite of a wrong claim, a comparison said both ways. 7 of 225 were
charged at the start; each was fixed by a general rule (a predicate joined after the losing side
of a comparison, two subjects named apart, "rather than" and "and <verb> the" in a claim's gap,
"without <verb>ing", "larger C ... less regularization" turning two words round, a modifier
before a name). WRONG: a wrong sentence in the same words for each fix, still charged.
Real bank."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged

CORRECT = [
    (
        "tech.sgd-vs-batch",
        "Unlike stochastic gradient descent, batch gradient descent computes the gradient over the whole data set.",
    ),
    (
        "tech.sgd-vs-batch",
        "Stochastic gradient descent does not use the whole dataset; it takes one example per step.",
    ),
    (
        "tech.sgd-vs-batch",
        "Mini-batch gradient descent only estimates the gradient from a small subset, it does not compute the exact gradient.",
    ),
    (
        "tech.sgd-vs-batch",
        "Smaller batches give noisier gradients, and larger batches give smoother ones.",
    ),
    (
        "tech.sgd-vs-batch",
        "Stochastic gradient descent gives noisier updates than batch gradient descent.",
    ),
    (
        "tech.sgd-vs-batch",
        "Batch gradient descent gives smooth updates, while stochastic gradient descent is noisy.",
    ),
    ("tech.sgd-vs-batch", "Full batch is more expensive per update than a mini-batch."),
    ("tech.sgd-vs-batch", "A mini-batch step is cheaper than a full batch step and fits on a GPU."),
    (
        "tech.sgd-vs-batch",
        "When you change the batch size you usually have to retune the learning rate.",
    ),
    ("tech.sgd-vs-batch", "Very large batches can generalize worse than small ones."),
    (
        "tech.momentum",
        "Momentum keeps a running average of past gradients instead of using only the current gradient.",
    ),
    (
        "tech.momentum",
        "Plain gradient descent uses only the current gradient, while momentum also remembers earlier ones.",
    ),
    ("tech.momentum", "A beta of 0.9 keeps ninety percent of the velocity at each step."),
    ("tech.momentum", "Momentum dampens oscillations across the steep walls of a ravine."),
    ("tech.momentum", "Without momentum the updates oscillate more."),
    ("tech.momentum", "Momentum smooths out the noise of mini-batch gradients."),
    (
        "tech.momentum",
        "Nesterov momentum evaluates the gradient at the look-ahead point rather than at the current point.",
    ),
    ("tech.momentum", "Unlike Adam, momentum does not adapt the learning rate per parameter."),
    ("tech.svm", "The SVM maximizes the margin between the classes."),
    ("tech.svm", "It picks the hyperplane with the widest margin, not the narrowest one."),
    ("tech.svm", "Only the support vectors define the boundary; points far from it do not matter."),
    ("tech.svm", "Removing a point far from the margin does not change the boundary."),
    ("tech.svm", "Support vectors are the points closest to the boundary."),
    ("tech.svm", "A soft margin uses slack variables so that some points can violate the margin."),
    ("tech.svm", "A larger C means a harder margin and less regularization."),
    (
        "tech.svm",
        "Small C regularizes more and tolerates training errors, while large C fits the training data tightly.",
    ),
    ("tech.svm", "With a kernel, an SVM can learn nonlinear boundaries, not only linear ones."),
    (
        "tech.svm",
        "A plain linear SVM only draws linear boundaries, but a kernel SVM can curve them.",
    ),
    ("tech.svm", "An SVM outputs scores, not calibrated probabilities."),
    (
        "tech.naive-bayes",
        "Naive Bayes multiplies the class prior by the likelihood of the features.",
    ),
    (
        "tech.naive-bayes",
        "Naive Bayes is a generative model, unlike logistic regression, which is discriminative.",
    ),
    ("tech.naive-bayes", "It assumes the features are independent of each other given the class."),
    ("tech.naive-bayes", "Naive Bayes does not assume the features are correlated."),
    (
        "tech.naive-bayes",
        "Multinomial naive Bayes is for word counts, while Gaussian naive Bayes is for continuous features.",
    ),
    ("tech.naive-bayes", "Laplace smoothing avoids zero probabilities for unseen words."),
    ("tech.naive-bayes", "Its probabilities are poorly calibrated, but the ranking is often fine."),
    ("tech.naive-bayes", "It needs little data to train."),
    (
        "tech.dimensionality-reduction",
        "PCA builds new features as combinations of the originals rather than selecting a subset.",
    ),
    (
        "tech.dimensionality-reduction",
        "Feature selection keeps a subset of the original features, while feature extraction creates new ones.",
    ),
    ("tech.dimensionality-reduction", "Unlike feature selection, PCA creates new features."),
    ("tech.dimensionality-reduction", "PCA is linear, so it cannot capture nonlinear structure."),
    (
        "tech.dimensionality-reduction",
        "t-SNE keeps local neighbourhoods but does not preserve global distances.",
    ),
    ("tech.dimensionality-reduction", "Distances between t-SNE clusters are not meaningful."),
    ("tech.dimensionality-reduction", "UMAP is a nonlinear method, unlike PCA."),
    ("tech.dimensionality-reduction", "Dimensionality reduction usually loses some information."),
    ("tech.bias-variance", "High bias means underfitting, and high variance means overfitting."),
    (
        "tech.bias-variance",
        "Simple models have high bias, while complex models have high variance.",
    ),
    ("tech.bias-variance", "Increasing complexity lowers bias but raises variance."),
    ("tech.bias-variance", "More data reduces variance, not bias."),
    ("tech.bias-variance", "Regularization reduces variance at the cost of a little more bias."),
    ("tech.bias-variance", "Low training error with a high validation error means overfitting."),
    ("tech.bias-variance", "High training error means underfitting."),
    (
        "tech.early-stopping",
        "You monitor the validation loss, not the training loss, and stop when it stops improving.",
    ),
    ("tech.early-stopping", "Stop when the validation loss stops decreasing."),
    (
        "tech.early-stopping",
        "With patience you wait a few epochs and then restore the best checkpoint, not the last epoch.",
    ),
    (
        "tech.early-stopping",
        "Early stopping is a form of regularization, similar to L2 for linear models.",
    ),
    ("tech.early-stopping", "It does more than save compute: it limits how far the weights move."),
    (
        "tech.early-stopping",
        "The best validation score is optimistically biased because you selected on it.",
    ),
    (
        "tech.choosing-k",
        "Inertia always decreases as k grows, so the lowest inertia is not the best k.",
    ),
    ("tech.choosing-k", "The within cluster sum of squares decreases as k increases."),
    ("tech.choosing-k", "The elbow is where the inertia stops dropping quickly."),
    ("tech.choosing-k", "A higher silhouette is better; it ranges from minus one to one."),
    ("tech.choosing-k", "A silhouette close to one means well separated clusters."),
    ("tech.choosing-k", "A lower Davies Bouldin index is better."),
    ("tech.choosing-k", "For mixture models you pick the k with the lowest BIC."),
    (
        "tech.choosing-k",
        "The elbow alone should not decide the number of clusters; business usefulness matters too.",
    ),
    ("tech.choosing-k", "K means does not find the number of clusters by itself."),
    (
        "tech.generative-vs-discriminative",
        "Discriminative models learn the probability of the label given the input.",
    ),
    (
        "tech.generative-vs-discriminative",
        "Generative models learn the joint distribution and can generate new samples.",
    ),
    (
        "tech.generative-vs-discriminative",
        "Unlike generative models, discriminative models only learn the decision boundary.",
    ),
    (
        "tech.generative-vs-discriminative",
        "Logistic regression is discriminative, while naive Bayes is generative.",
    ),
    (
        "tech.generative-vs-discriminative",
        "An SVM is discriminative and a Gaussian mixture model is generative.",
    ),
    (
        "tech.generative-vs-discriminative",
        "Generative models handle missing inputs better than discriminative ones.",
    ),
    (
        "tech.generative-vs-discriminative",
        "Discriminative models are usually more accurate with lots of data.",
    ),
    ("tech.dbscan", "DBSCAN is density based, not centroid based."),
    ("tech.dbscan", "Unlike k-means, DBSCAN does not need the number of clusters."),
    (
        "tech.dbscan",
        "DBSCAN labels some points as noise instead of assigning every point to a cluster.",
    ),
    ("tech.dbscan", "Border points belong to a cluster, while noise points belong to none."),
    ("tech.dbscan", "DBSCAN can find clusters of arbitrary shape, not only spherical ones."),
    ("tech.dbscan", "DBSCAN struggles when clusters have very different densities."),
    ("tech.dbscan", "Epsilon is the neighbourhood radius, not the number of clusters."),
    ("tech.cross-entropy", "Cross entropy is the negative log likelihood of the true class."),
    ("tech.cross-entropy", "Unlike squared error, cross entropy is a classification loss."),
    ("tech.cross-entropy", "Cross entropy heavily penalizes confident wrong predictions."),
    ("tech.cross-entropy", "A confident mistake costs a lot under cross entropy."),
    (
        "tech.cross-entropy",
        "Cross entropy penalizes confident wrong predictions more than mean squared error does.",
    ),
    (
        "tech.cross-entropy",
        "With a sigmoid, cross entropy avoids vanishing gradients, while mean squared error gradients vanish when the output saturates.",
    ),
    (
        "tech.cross-entropy",
        "Cross entropy gives large gradients when the model is confidently wrong.",
    ),
    (
        "tech.cross-entropy",
        "For logistic regression cross entropy is convex, whereas MSE with a sigmoid is not.",
    ),
    ("tech.cross-entropy", "Cross entropy has a maximum likelihood interpretation."),
    (
        "tech.central-limit-theorem",
        "The distribution of the sample mean becomes approximately normal; the data itself does not become normal.",
    ),
    (
        "tech.central-limit-theorem",
        "The CLT does not require normally distributed data, only independent samples with finite variance.",
    ),
    ("tech.central-limit-theorem", "The standard error is sigma over the square root of n."),
    ("tech.central-limit-theorem", "The standard error shrinks as the sample size grows."),
    ("tech.central-limit-theorem", "The variance of the sample mean is sigma squared over n."),
    ("tech.central-limit-theorem", "Thirty samples is not always enough for skewed data."),
    ("tech.central-limit-theorem", "It fails when the variance is infinite."),
    ("tech.feature-importance", "Impurity importance is biased toward high cardinality features."),
    (
        "tech.feature-importance",
        "Impurity based importance is computed on the training data, not on held out data.",
    ),
    (
        "tech.feature-importance",
        "Permutation importance shuffles a feature without retraining the model.",
    ),
    (
        "tech.feature-importance",
        "SHAP values add up to the prediction and give local as well as global explanations.",
    ),
    ("tech.feature-importance", "Correlated features split or mask each other's importance."),
    ("tech.feature-importance", "Feature importance describes the model, not causation."),
    ("tech.feature-importance", "An important feature does not necessarily cause the outcome."),
    ("tech.lstm-gru", "The LSTM has a separate cell state that is updated additively."),
    ("tech.lstm-gru", "The GRU has fewer gates than the LSTM."),
    ("tech.lstm-gru", "The LSTM has three gates, while the GRU has two."),
    ("tech.lstm-gru", "The gates use sigmoid activations."),
    ("tech.lstm-gru", "The forget gate decides what to erase from the cell state."),
    (
        "tech.lstm-gru",
        "The input gate decides what new information to add, and the output gate decides what to output.",
    ),
    ("tech.lstm-gru", "LSTMs ease vanishing gradients compared with plain RNNs."),
    ("tech.lstm-gru", "The GRU has no separate cell state and fewer parameters than the LSTM."),
    ("tech.lstm-gru", "Unlike the LSTM, the GRU merges the cell and hidden state."),
    (
        "tech.feature-store",
        "Training-serving skew is when features are computed differently in training and in serving.",
    ),
    (
        "tech.feature-store",
        "Skew comes from two code paths for the same feature, not from the hardware.",
    ),
    (
        "tech.feature-store",
        "The offline store holds history for training, while the online store serves features with low latency.",
    ),
    (
        "tech.feature-store",
        "A feature store stores features, not trained models; that is the model registry.",
    ),
    ("tech.feature-store", "The online store is used for serving, not for training."),
    (
        "tech.feature-store",
        "Point-in-time joins attach the feature values as of each label's time, not the latest values.",
    ),
    (
        "tech.feature-store",
        "Teams reuse shared feature definitions instead of each computing its own copy.",
    ),
    (
        "tech.categorical-encoding",
        "One-hot encoding is fine for a few values but explodes with fifty thousand.",
    ),
    (
        "tech.categorical-encoding",
        "Target encoding must be computed out of fold, otherwise it leaks the label.",
    ),
    (
        "tech.categorical-encoding",
        "Target encoding can leak the label if you compute it on all the data.",
    ),
    (
        "tech.categorical-encoding",
        "The hashing trick can have collisions, but it needs no dictionary of categories.",
    ),
    (
        "tech.categorical-encoding",
        "Embeddings work for any categorical feature, not only for text.",
    ),
    (
        "tech.categorical-encoding",
        "Unseen categories do appear in production, so map them to an unknown bucket.",
    ),
    (
        "tech.data-concept-drift",
        "Data drift is a change in the input distribution, while concept drift is a change in the relationship between inputs and target.",
    ),
    (
        "tech.data-concept-drift",
        "Unlike data drift, concept drift changes how the inputs map to the target.",
    ),
    (
        "tech.data-concept-drift",
        "Concept drift needs labels to detect; the inputs alone can look unchanged.",
    ),
    (
        "tech.data-concept-drift",
        "Drift does not always mean you must retrain immediately; check the pipeline first.",
    ),
    (
        "tech.data-concept-drift",
        "Label shift is a change in class balance, which differs from concept drift.",
    ),
    ("tech.data-concept-drift", "Not every data drift hurts accuracy."),
    (
        "tech.feature-selection",
        "Filter methods do not train the model; they score features with statistics like mutual information.",
    ),
    (
        "tech.feature-selection",
        "Mutual information detects nonlinear relationships, while correlation only captures linear ones.",
    ),
    (
        "tech.feature-selection",
        "Wrapper methods train a model for each subset, so they are slower than filter methods.",
    ),
    ("tech.feature-selection", "Filter methods are cheaper than wrapper methods."),
    ("tech.feature-selection", "L1 sets coefficients to zero, while L2 only shrinks them."),
    ("tech.feature-selection", "Ridge does not perform feature selection, but lasso does."),
    (
        "tech.feature-selection",
        "Select features inside each cross validation fold, not on the full dataset.",
    ),
    (
        "tech.feature-selection",
        "Extra features have a cost in production: latency and maintenance.",
    ),
    (
        "tech.missing-data",
        "Missing values are not always random; missingness can carry information.",
    ),
    ("tech.missing-data", "MCAR means the missingness does not depend on any value."),
    ("tech.missing-data", "Dropping rows with missing values can bias the sample."),
    ("tech.missing-data", "Mean imputation shrinks the variance and distorts the distribution."),
    (
        "tech.missing-data",
        "Multiple imputation is different from mean imputation: it draws several plausible values.",
    ),
    ("tech.missing-data", "XGBoost can handle missing values natively."),
    ("tech.missing-data", "Fit the imputer on the training data only, never on the test set."),
    (
        "tech.split-strategy",
        "Tune hyperparameters on the validation set and keep the test set for the final unbiased estimate.",
    ),
    ("tech.split-strategy", "The test set is not used to choose the model."),
    (
        "tech.split-strategy",
        "Rows from the same user must not go in both train and test; use a grouped split.",
    ),
    ("tech.split-strategy", "Shuffling is wrong when rows are not independent."),
    ("tech.split-strategy", "Do not shuffle time ordered data before splitting; split by time."),
    ("tech.split-strategy", "A random split is not always fine; mimic production."),
    (
        "tech.tabular-feature-engineering",
        "Use aggregates over time windows, not only the latest snapshot of each customer.",
    ),
    ("tech.tabular-feature-engineering", "Tree models do not need feature scaling."),
    (
        "tech.tabular-feature-engineering",
        "Unlike linear models, gradient boosted trees do not need standardized features.",
    ),
    (
        "tech.tabular-feature-engineering",
        "Compute features only from data before the prediction date, never from future data.",
    ),
    (
        "tech.tabular-feature-engineering",
        "Select features on the training split only, never on the test set.",
    ),
    ("tech.tabular-feature-engineering", "More features do not always help; they can hurt."),
    (
        "tech.bert-vs-gpt",
        "BERT is a bidirectional encoder trained with masked language modelling, while GPT predicts the next token.",
    ),
    ("tech.bert-vs-gpt", "Unlike GPT, BERT reads the whole sentence in both directions."),
    ("tech.bert-vs-gpt", "GPT is a decoder with causal attention, not an encoder."),
    ("tech.bert-vs-gpt", "BERT is not trained to predict the next token."),
    ("tech.bert-vs-gpt", "Use BERT for classification and GPT for text generation."),
    ("tech.bert-vs-gpt", "GPT is better than BERT for writing long text."),
    ("tech.bert-vs-gpt", "T5 is an encoder-decoder model."),
    (
        "tech.cnn-layer-arithmetic",
        "The layer has three times three times thirty two times sixty four weights plus sixty four biases.",
    ),
    ("tech.cnn-layer-arithmetic", "The number of input channels does affect the parameter count."),
    (
        "tech.cnn-layer-arithmetic",
        "Padding keeps the output larger; without padding the output shrinks.",
    ),
    ("tech.cnn-layer-arithmetic", "A larger stride makes the output smaller."),
    ("tech.cnn-layer-arithmetic", "A stride of two roughly halves the output size."),
    ("tech.cnn-layer-arithmetic", "The parameter count does not depend on the image size."),
    ("tech.cnn-layer-arithmetic", "More pixels do not mean more parameters in a conv layer."),
    (
        "tech.cnn-layer-arithmetic",
        "One by one convolutions can change the number of channels cheaply.",
    ),
    (
        "case.image-search",
        "Comparing raw pixels does not work well; use embeddings from a pretrained backbone.",
    ),
    (
        "case.image-search",
        "Pixel comparison fails on lighting and angle, so map images to embeddings instead.",
    ),
    (
        "case.image-search",
        "Pretrained ImageNet features are a start, but fine tuning with metric learning helps.",
    ),
    (
        "case.image-search",
        "Use an approximate nearest neighbour index instead of comparing the query with every image.",
    ),
    ("case.image-search", "Crop the product and remove the background of the user photo."),
    (
        "case.image-search",
        "Classification accuracy is not the right metric for search; use recall at k.",
    ),
    ("case.image-search", "Update the index as new products arrive instead of building it once."),
    (
        "case.content-moderation",
        "Start from a written policy rather than letting the model decide what counts as harmful.",
    ),
    ("case.content-moderation", "Text alone is not enough; images and video matter too."),
    (
        "case.content-moderation",
        "Keep human reviewers for uncertain cases instead of removing everything automatically.",
    ),
    (
        "case.content-moderation",
        "Use different thresholds per category and severity, not one threshold for everything.",
    ),
    ("case.content-moderation", "Bad actors adapt, so the classifier needs regular updates."),
    ("case.content-moderation", "Users need an appeals process."),
    (
        "case.content-moderation",
        "Accuracy is misleading for moderation; measure prevalence and per-category precision and recall.",
    ),
    (
        "case.surge-pricing",
        "A single daily forecast for the whole city is not enough; forecast per zone and per few minutes.",
    ),
    ("case.surge-pricing", "Both riders and drivers matter, not only the rider side."),
    ("case.surge-pricing", "Demand does respond to price, and so do drivers."),
    (
        "case.surge-pricing",
        "Cap surge prices and smooth them instead of letting them change freely every second.",
    ),
    ("case.surge-pricing", "Fairness matters, especially during emergencies."),
    (
        "case.surge-pricing",
        "A user level A B test does not work for pricing because of interference; use switchback tests.",
    ),
    ("case.stock-prices", "Predict returns rather than the raw price."),
    (
        "case.stock-prices",
        "A low error on the raw price does not show the model works, because tomorrow's price is close to today's.",
    ),
    ("case.stock-prices", "Do not shuffle the days; use walk-forward validation."),
    ("case.stock-prices", "Past prices alone are not enough; add volume and outside signals."),
    (
        "case.stock-prices",
        "Stock prices are hard to predict, so compare with a random walk baseline.",
    ),
    (
        "case.stock-prices",
        "Trading costs matter, and high directional accuracy does not guarantee profit.",
    ),
    (
        "case.stock-prices",
        "Relationships change over time, so a model that worked last year may stop working.",
    ),
    (
        "case.medical-triage-fairness",
        "Healthcare cost is a biased proxy for need, because access is unequal.",
    ),
    (
        "case.medical-triage-fairness",
        "Removing the protected attribute does not make the model fair.",
    ),
    ("case.medical-triage-fairness", "Recall matters more than precision for high risk patients."),
    ("case.medical-triage-fairness", "The model supports clinicians rather than replacing them."),
    (
        "case.medical-triage-fairness",
        "A good offline AUC is not enough to go live; run a silent trial first.",
    ),
    (
        "case.medical-triage-fairness",
        "Clinicians need explanations rather than trusting the score blindly.",
    ),
    (
        "case.log-anomaly-detection",
        "Parse raw lines into templates instead of treating every raw log line as a unique event.",
    ),
    (
        "case.log-anomaly-detection",
        "We rarely have labeled anomalies, so the approach is mostly unsupervised.",
    ),
    (
        "case.log-anomaly-detection",
        "A fixed threshold does not work for every hour, because traffic is seasonal.",
    ),
    ("case.log-anomaly-detection", "Do not page on every anomaly; group and deduplicate alerts."),
    (
        "case.log-anomaly-detection",
        "Accuracy is not the right metric; measure against past incidents and time to detect.",
    ),
    ("case.log-anomaly-detection", "Use feedback from the on call engineers."),
    (
        "case.search-ranking",
        "Use a learning to rank model rather than regressing on the click count.",
    ),
    ("case.search-ranking", "Clicks are biased labels, not perfect ones."),
    (
        "case.search-ranking",
        "Position affects clicks, so results at the top get more clicks regardless of relevance.",
    ),
    ("case.search-ranking", "Semantic embeddings do not make keyword matching unnecessary."),
    ("case.search-ranking", "Evaluate the ranking with NDCG rather than accuracy."),
    (
        "case.search-ranking",
        "Run a cheap retrieval stage first instead of running the ranker over the whole catalog.",
    ),
    ("tech.mle-vs-map", "MAP uses a prior, while MLE does not."),
    ("tech.mle-vs-map", "Unlike MLE, MAP includes a prior."),
    ("tech.mle-vs-map", "A Gaussian prior gives L2 and a Laplace prior gives L1."),
    ("tech.mle-vs-map", "L1 corresponds to a Laplace prior, not a Gaussian one."),
    ("tech.mle-vs-map", "With more data MAP moves toward MLE."),
    ("tech.mle-vs-map", "Fully Bayesian inference does not keep a single point estimate."),
]

WRONG = [
    ("tech.svm", "A larger C means more regularization."),
    ("tech.svm", "Small C means less regularization."),
    ("tech.feature-importance", "Permutation importance retrains the model for each feature."),
    ("tech.split-strategy", "Tune hyperparameters on the test set."),
    ("case.search-ranking", "Evaluate the ranking with accuracy."),
    ("tech.sgd-vs-batch", "Stochastic gradient descent uses the whole dataset."),
    (
        "tech.sgd-vs-batch",
        "Batch gradient descent is cheaper per step than mini batches and fits on one machine.",
    ),
]


@pytest.mark.parametrize("qid, sentence", CORRECT, ids=[f"{q}: {s[:40]}" for q, s in CORRECT])
def test_correct_sentence_not_charged(bank: QuestionBank, qid: str, sentence: str) -> None:
    assert charged(bank.get(qid), sentence) == []


@pytest.mark.parametrize("qid, sentence", WRONG, ids=[f"{q}: {s[:40]}" for q, s in WRONG])
def test_wrong_sentence_charged(bank: QuestionBank, qid: str, sentence: str) -> None:
    assert charged(bank.get(qid), sentence)
