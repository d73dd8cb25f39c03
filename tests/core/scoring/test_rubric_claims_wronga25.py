"""Issue 9, questions/technical_applied.yaml and questions/cases.yaml (wronga25): wrong claims a
half-prepared candidate commonly makes (swapped roles, reversed directions, wrong values, wrong
causes, always/never overstatements, one method said to do another's job) that the rubrics did not
list, so confidently wrong answers kept their points. Each wrong sentence below was not charged
before its `contradicted_by` / `misconceptions` entry was added; the correct sentence in the same
words and the same claim said as a myth are not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged

WRONG = [
    ("tech.precision-recall-f1", "F1 is the geometric mean of precision and recall."),
    ("tech.precision-recall-f1", "Raising the threshold increases recall."),
    ("tech.precision-recall-f1", "Lowering the threshold increases precision."),
    ("tech.precision-recall-f1", "For cancer screening you care more about precision than recall."),
    (
        "tech.precision-recall-f1",
        "A false negative is when the model flags a healthy patient as sick.",
    ),
    ("tech.precision-recall-f1", "F1 is high when either precision or recall is high."),
    (
        "tech.roc-auc",
        "The ROC curve plots the false positive rate on the y axis against the true positive rate on the x axis.",
    ),
    ("tech.roc-auc", "ROC AUC is the best metric when the positive class is very rare."),
    ("tech.roc-auc", "AUC tells you how well calibrated the probabilities are."),
    ("tech.roc-auc", "AUC is computed at a single threshold of 0.5."),
    ("tech.pr-curve", "The PR curve plots the true positive rate against the false positive rate."),
    ("tech.pr-curve", "A random classifier gives a diagonal line on the PR curve."),
    ("tech.pr-curve", "I pick the threshold that maximizes F1 on the test set."),
    ("tech.calibration", "Platt scaling fits an isotonic regression to the scores."),
    ("tech.calibration", "Isotonic regression fits a sigmoid to the scores."),
    (
        "tech.calibration",
        "Calibration changes the ranking of the predictions, so it improves the AUC.",
    ),
    ("tech.calibration", "Isotonic regression works best with very little data."),
    ("tech.calibration", "Neural networks are always well calibrated."),
    ("tech.calibration", "A well calibrated model is one with high accuracy."),
    ("tech.calibration", "Temperature scaling changes which class the model predicts."),
    ("tech.choosing-metrics", "Accuracy is the best metric when the classes are imbalanced."),
    ("tech.choosing-metrics", "AUC is always the right metric for classification."),
    (
        "tech.choosing-metrics",
        "If the offline metric improves the online business metric always improves.",
    ),
    ("tech.multiclass-averaging", "Macro averaging weights each class by its support."),
    (
        "tech.multiclass-averaging",
        "Weighted averaging treats every class equally regardless of its size.",
    ),
    (
        "tech.cross-validation",
        "In k fold you train on one fold and validate on the other k minus one folds.",
    ),
    ("tech.cross-validation", "Cross validation prevents overfitting."),
    (
        "tech.cross-validation",
        "Leave one out cross validation is cheap because it trains only one model.",
    ),
    (
        "tech.cross-validation",
        "Group k fold puts the same user in both the training and validation folds.",
    ),
    ("tech.cross-validation", "Time series cross validation shuffles the rows before splitting."),
    ("tech.data-leakage", "Data leakage is when private data gets exposed to attackers."),
    ("tech.data-leakage", "Leakage makes the model look worse in validation than in production."),
    ("tech.data-leakage", "A random split always prevents leakage."),
    (
        "tech.data-leakage",
        "Features that are highly correlated with the target are always safe to use.",
    ),
    ("tech.split-strategy", "The test set is used to tune the hyperparameters."),
    ("tech.split-strategy", "The validation set is used for the final unbiased estimate."),
    (
        "tech.split-strategy",
        "When rows are not independent you should shuffle them before splitting.",
    ),
    (
        "tech.missing-data",
        "Missing completely at random means the missingness depends on the missing value itself.",
    ),
    ("tech.missing-data", "Gradient boosting cannot handle missing values."),
    ("tech.missing-data", "Dropping rows with missing values is always safe."),
    ("tech.imbalanced-data", "SMOTE simply duplicates the minority examples."),
    ("tech.imbalanced-data", "Class weights give more weight to the majority class."),
    ("tech.imbalanced-data", "You should apply SMOTE to the whole data set before splitting."),
    ("tech.imbalanced-data", "Undersampling creates synthetic minority examples."),
    ("tech.imbalanced-data", "Accuracy of 99 percent means the model is excellent."),
    ("tech.imbalanced-data", "You should resample the test set so it is balanced."),
    ("tech.outliers", "The mean is robust to outliers."),
    ("tech.outliers", "MAE is more sensitive to outliers than MSE."),
    ("tech.outliers", "Tree models are very sensitive to outliers in the features."),
    ("tech.outliers", "Every outlier should be removed from the data."),
    (
        "tech.categorical-encoding",
        "One hot encoding is the best choice for fifty thousand categories.",
    ),
    ("tech.categorical-encoding", "Target encoding cannot leak the label."),
    ("tech.categorical-encoding", "The hashing trick needs a dictionary of every category."),
    ("tech.categorical-encoding", "Hashing never causes collisions."),
    (
        "tech.tabular-feature-engineering",
        "Gradient boosted trees need all features to be standardized first.",
    ),
    (
        "tech.tabular-feature-engineering",
        "I compute the features from the whole history including the month we are predicting.",
    ),
    ("tech.tabular-feature-engineering", "Adding more features always improves the model."),
    ("tech.feature-selection", "Filter methods are slower than wrapper methods."),
    ("tech.feature-selection", "Lasso keeps all of the features and only shrinks them."),
    ("tech.feature-selection", "A feature with high correlation to the target is always useful."),
    (
        "tech.feature-selection",
        "I select features on the whole data set and then run cross validation.",
    ),
    ("tech.feature-importance", "Impurity based importance is computed on the test set."),
    ("tech.feature-importance", "Impurity importance favors low cardinality features."),
    ("tech.feature-importance", "SHAP values only give a global ranking of the features."),
    ("tech.feature-importance", "Correlated features always get the same high importance."),
    ("tech.shap-values", "SHAP values always sum to one."),
    ("tech.shap-values", "SHAP values are always positive."),
    ("tech.shap-values", "SHAP values do not depend on the background data."),
    ("tech.shap-values", "Exact Shapley values are cheap to compute for any model."),
    ("tech.partial-dependence", "A partial dependence plot draws one line per instance."),
    ("tech.partial-dependence", "An ICE plot shows the average prediction over all instances."),
    (
        "tech.partial-dependence",
        "ALE plots are worse than partial dependence when features are correlated.",
    ),
    (
        "tech.backpropagation",
        "Backpropagation starts at the input layer and moves the gradient forward to the output.",
    ),
    ("tech.backpropagation", "Backpropagation is the same thing as gradient descent."),
    (
        "tech.backpropagation",
        "Backpropagation computes each gradient by nudging each weight and measuring the change in loss.",
    ),
    (
        "tech.backpropagation",
        "The backward pass costs many times more than the forward pass, once per weight.",
    ),
    ("tech.activation-functions", "ReLU outputs values between zero and one."),
    ("tech.activation-functions", "Sigmoid outputs values between minus one and one."),
    ("tech.activation-functions", "Tanh outputs values between zero and one."),
    ("tech.activation-functions", "Use softmax for regression outputs."),
    (
        "tech.activation-functions",
        "A network with only linear layers can approximate any function.",
    ),
    (
        "tech.vanishing-gradients",
        "Vanishing gradients hit the last layers hardest, so the output layer stops learning.",
    ),
    ("tech.vanishing-gradients", "A larger learning rate fixes vanishing gradients."),
    ("tech.vanishing-gradients", "Exploding gradients are caused by sigmoid activations."),
    (
        "tech.batch-normalization",
        "Batch normalization normalizes across the features of each single example.",
    ),
    (
        "tech.batch-normalization",
        "At inference batch norm computes the mean and variance of the test batch.",
    ),
    ("tech.batch-normalization", "Batch norm works best with a batch size of two."),
    ("tech.batch-normalization", "The gamma and beta parameters are fixed and not learned."),
    ("tech.weight-initialization", "He initialization is designed for tanh and sigmoid."),
    ("tech.weight-initialization", "Xavier initialization is designed for ReLU."),
    (
        "tech.weight-initialization",
        "If all weights start at zero the neurons still learn different features.",
    ),
    ("tech.weight-initialization", "Large random initial weights prevent vanishing gradients."),
    (
        "tech.residual-connections",
        "Residual connections concatenate the input with the output of the layer.",
    ),
    (
        "tech.residual-connections",
        "Skip connections make the gradients smaller in the early layers.",
    ),
    ("tech.cnn", "CNNs are naturally rotation invariant."),
    ("tech.cnn", "Max pooling learns its own weights."),
    ("tech.cnn", "Pooling increases the resolution of the feature maps."),
    ("tech.cnn-layer-arithmetic", "A stride of two doubles the output size."),
    ("tech.cnn-layer-arithmetic", "Padding shrinks the output."),
    (
        "tech.cnn-layer-arithmetic",
        "The layer has three times three times sixty four parameters, which is five hundred seventy six.",
    ),
    ("tech.rnn", "An RNN uses a different weight matrix at every time step."),
    ("tech.rnn", "RNNs process all the tokens at the same time."),
    ("tech.rnn", "A plain RNN can easily remember dependencies hundreds of steps back."),
    ("tech.transformers-vs-rnns", "The cost of attention grows linearly with the sequence length."),
    (
        "tech.transformers-vs-rnns",
        "Transformers generate all the output tokens in parallel at inference.",
    ),
    (
        "tech.transformers-vs-rnns",
        "RNNs are faster to train than transformers on GPUs because they are smaller.",
    ),
    (
        "tech.positional-encoding",
        "Positional encodings are needed because attention is too slow without them.",
    ),
    (
        "tech.positional-encoding",
        "Learned absolute position embeddings work for any sequence length.",
    ),
    ("tech.bert-vs-gpt", "BERT is the better choice for writing long text."),
    (
        "tech.stemming-vs-lemmatization",
        "Lemmatization just cuts off the suffixes with simple rules.",
    ),
    ("tech.tokenization", "Subword tokenizers cannot handle words they have never seen."),
    ("tech.tokenization", "BPE starts from whole words and splits the rarest ones."),
    ("tech.tokenization", "A bigger vocabulary means longer sequences."),
    ("tech.tokenization", "You can use any tokenizer with a pretrained model."),
    ("tech.tf-idf", "Term frequency is the number of documents that contain the term."),
    ("tech.word2vec", "Word2vec can produce vectors for words it never saw in training."),
    ("tech.word2vec", "Word2vec is trained on labeled data."),
    ("tech.sentence-embeddings", "HNSW returns the exact nearest neighbours."),
    (
        "tech.sentence-embeddings",
        "A cross encoder is cheaper than a bi encoder, so run it on all tickets.",
    ),
    (
        "tech.sentence-embeddings",
        "Averaging the word2vec vectors gives the best sentence embeddings.",
    ),
    (
        "tech.collaborative-filtering",
        "Collaborative filtering recommends items based on their descriptions.",
    ),
    ("tech.collaborative-filtering", "Content based filtering cannot recommend brand new items."),
    ("tech.matrix-factorization", "Matrix factorization treats every unclicked item as a dislike."),
    ("tech.matrix-factorization", "Matrix factorization needs high rank factors to work."),
    ("tech.matrix-factorization", "The latent factors are genres that we define by hand."),
    ("tech.matrix-factorization", "Clicks are explicit feedback with clear negatives."),
    ("tech.recsys-evaluation", "RMSE on ratings is the best way to evaluate a recommender."),
    ("tech.recsys-evaluation", "NDCG ignores where in the list the relevant items appear."),
    (
        "tech.recsys-evaluation",
        "A random split of the interactions gives a realistic offline estimate.",
    ),
    ("tech.recsys-evaluation", "If offline metrics improve you can skip the A B test."),
    ("tech.stationarity", "A stationary series has a constant value over time."),
    ("tech.stationarity", "The null hypothesis of the ADF test is that the series is stationary."),
    ("tech.stationarity", "A small p value in the ADF test means the series is not stationary."),
    ("tech.time-series-validation", "Shuffled k fold cross validation is fine for forecasting."),
    ("tech.time-series-validation", "You should train on the future and validate on the past."),
    ("tech.time-series-validation", "A centered rolling average is a safe feature."),
    ("tech.model-deployment", "A canary release sends all the traffic to the new model at once."),
    ("tech.model-deployment", "In shadow mode users see the new model's predictions."),
    (
        "tech.model-deployment",
        "Blue green deployment splits users between two models to compare them.",
    ),
    ("tech.model-deployment", "You do not need a rollback plan if the offline metrics are good."),
    ("tech.data-concept-drift", "Concept drift is when the distribution of the inputs changes."),
    (
        "tech.data-concept-drift",
        "You can detect concept drift from the input features alone without any labels.",
    ),
    ("tech.data-concept-drift", "Any drift always means the model must be retrained immediately."),
    ("tech.ab-testing-models", "You can stop the test as soon as the p value drops below 0.05."),
    (
        "tech.ab-testing-models",
        "A p value of 0.03 means there is a 97 percent chance the new model is better.",
    ),
    ("tech.ab-testing-models", "A larger sample size reduces the power of the test."),
    ("tech.model-versioning", "To roll back a model you retrain the old version from scratch."),
    ("tech.model-versioning", "Overwriting the old model file is fine."),
    ("tech.feature-store", "A feature store is where trained models are stored."),
    (
        "tech.feature-store",
        "Training serving skew happens when training runs on a GPU and serving on a CPU.",
    ),
    ("tech.spark-fundamentals", "groupByKey is cheaper than reduceByKey."),
    ("tech.larger-than-memory", "You first have to load the whole five terabytes into memory."),
    ("tech.larger-than-memory", "Reading the shards in order is fine for training."),
    ("tech.larger-than-memory", "Every worker needs a full copy of the five terabytes."),
    ("tech.larger-than-memory", "One big CSV file is the best storage format."),
    (
        "case.stock-prices",
        "Predicting the raw closing price with a low error shows the model works.",
    ),
    (
        "case.stock-prices",
        "Stock prices follow clear patterns that a deep network can learn easily.",
    ),
    ("case.stock-prices", "A high accuracy on the direction guarantees a profitable strategy."),
    ("case.stock-prices", "Once the model is trained it keeps working for years."),
    (
        "case.recommendation-system",
        "Collaborative filtering recommends products using their descriptions and categories.",
    ),
    (
        "case.recommendation-system",
        "New products are easy for collaborative filtering because it uses the purchases of others.",
    ),
    (
        "case.recommendation-system",
        "Always showing the most popular products is the best recommendation.",
    ),
    ("case.fraud-detection", "Fraud labels are known as soon as the payment is made."),
    ("case.fraud-detection", "Scoring the transactions overnight in a batch is fine."),
    (
        "case.fraud-detection",
        "Fraudsters keep using the same patterns, so the model rarely needs retraining.",
    ),
    ("case.fraud-detection", "Once we have the model we can throw away all the rules."),
    ("case.fraud-detection", "Fraud is roughly half of all transactions."),
    (
        "case.nlp-customer-reviews",
        "I would remove stop words including not and never before the sentiment model.",
    ),
    (
        "case.search-ranking",
        "Results shown at the top get clicked only because they are more relevant.",
    ),
    ("case.search-ranking", "Accuracy is the right way to measure a ranking."),
    (
        "case.search-ranking",
        "I would run the heavy ranker over every product in the catalog for each query.",
    ),
    ("case.search-ranking", "Semantic embeddings make keyword matching unnecessary."),
    ("case.ad-ctr-prediction", "Accuracy is the main offline metric for click prediction."),
    (
        "case.ad-ctr-prediction",
        "The auction picks the ad with the highest bid regardless of the click rate.",
    ),
    (
        "case.ad-ctr-prediction",
        "I would drop the ad ids and user ids because they have too many values.",
    ),
    ("case.ad-ctr-prediction", "The click model can be trained once and left alone."),
    (
        "case.ad-ctr-prediction",
        "Downsampling the negatives does not change the predicted probabilities.",
    ),
    (
        "case.churn-prediction",
        "We should send the offer to the customers with the highest churn risk.",
    ),
    (
        "case.churn-prediction",
        "Features from after the prediction date make the model more accurate, so use them.",
    ),
    ("case.demand-forecasting", "Holidays and promotions do not affect grocery demand."),
    (
        "case.content-moderation",
        "The model can remove everything automatically with no human review.",
    ),
    (
        "case.content-moderation",
        "Once trained, the classifier never needs updating because bad actors do not change.",
    ),
    (
        "case.eta-prediction",
        "The travel time is the straight line distance divided by average speed.",
    ),
    ("case.eta-prediction", "The ETA only needs to be predicted once when the order is placed."),
    ("case.log-anomaly-detection", "Every anomaly should page the on call engineer."),
    (
        "case.log-anomaly-detection",
        "A fixed threshold on the error count works for every hour of the day.",
    ),
    (
        "case.spam-filtering",
        "Missing a spam email is worse than sending a real email to the spam folder.",
    ),
    ("case.spam-filtering", "We should maximize recall even if many real emails get filtered."),
    ("case.image-search", "Comparing the raw pixels of the photos finds similar products."),
    (
        "case.image-search",
        "The pretrained ImageNet features are good enough without any fine tuning.",
    ),
    (
        "case.image-search",
        "We compare the query image against every image in the catalog one by one.",
    ),
    ("case.chatbot-evaluation", "BLEU against reference answers tells us if the chatbot is good."),
    ("case.chatbot-evaluation", "Longer conversations mean the customer is happier."),
    ("case.chatbot-evaluation", "An LLM judge can be trusted without checking it against humans."),
    ("case.chatbot-evaluation", "A handful of demo questions is enough to decide the launch."),
    ("case.credit-risk", "Removing gender and race from the features makes the model fair."),
    ("case.credit-risk", "We know the outcomes of the rejected applicants too."),
    ("case.price-optimization", "The best price is the one that sells the most units."),
    ("case.price-optimization", "Raising the price always increases profit."),
    ("case.on-device-speech-commands", "Training only on clean studio recordings is fine."),
    ("case.on-device-speech-commands", "Quantization makes the model larger and slower."),
    (
        "case.on-device-speech-commands",
        "Running the full speech recognizer all the time saves battery.",
    ),
    ("case.medical-triage-fairness", "Healthcare cost is a fair proxy for how sick a patient is."),
    ("case.medical-triage-fairness", "For triage precision matters more than recall."),
    (
        "case.medical-triage-fairness",
        "The model should make the triage decision without clinicians.",
    ),
    ("case.medical-triage-fairness", "A high offline AUC is enough to go live."),
    ("case.query-autocomplete", "Suggestions should be sorted alphabetically."),
    ("case.real-time-bidding", "Spending the budget as fast as possible is best."),
    ("case.real-time-bidding", "We observe the outcome of every auction, including the lost ones."),
    ("case.real-time-bidding", "Conversions are reported immediately after the click."),
]

CORRECT = [
    ("tech.precision-recall-f1", "F1 is the harmonic mean of precision and recall."),
    (
        "tech.precision-recall-f1",
        "It is a myth that f1 is the geometric mean of precision and recall.",
    ),
    ("tech.precision-recall-f1", "Raising the threshold increases precision and lowers recall."),
    ("tech.precision-recall-f1", "It is a myth that raising the threshold increases recall."),
    ("tech.precision-recall-f1", "Lowering the threshold increases recall."),
    ("tech.precision-recall-f1", "It is a myth that lowering the threshold increases precision."),
    ("tech.precision-recall-f1", "For cancer screening you care more about recall than precision."),
    (
        "tech.precision-recall-f1",
        "It is a myth that for cancer screening you care more about precision than recall.",
    ),
    (
        "tech.precision-recall-f1",
        "A false positive is when the model flags a healthy patient as sick.",
    ),
    (
        "tech.precision-recall-f1",
        "It is a myth that a false negative is when the model flags a healthy patient as sick.",
    ),
    ("tech.precision-recall-f1", "F1 is high only when both precision and recall are high."),
    (
        "tech.precision-recall-f1",
        "It is a myth that f1 is high when either precision or recall is high.",
    ),
    (
        "tech.roc-auc",
        "The ROC curve plots the true positive rate on the y axis against the false positive rate on the x axis.",
    ),
    (
        "tech.roc-auc",
        "It is a myth that the ROC curve plots the false positive rate on the y axis against the true positive rate on the x axis.",
    ),
    ("tech.roc-auc", "The PR curve is the better metric when the positive class is very rare."),
    (
        "tech.roc-auc",
        "It is a myth that rOC AUC is the best metric when the positive class is very rare.",
    ),
    ("tech.roc-auc", "AUC tells you how well the model ranks positives above negatives."),
    ("tech.roc-auc", "It is a myth that aUC tells you how well calibrated the probabilities are."),
    ("tech.roc-auc", "AUC is computed across all thresholds."),
    ("tech.roc-auc", "It is a myth that aUC is computed at a single threshold of 0.5."),
    (
        "tech.pr-curve",
        "The ROC curve plots the true positive rate against the false positive rate.",
    ),
    (
        "tech.pr-curve",
        "It is a myth that the PR curve plots the true positive rate against the false positive rate.",
    ),
    ("tech.pr-curve", "A random classifier gives a diagonal line on the ROC curve."),
    (
        "tech.pr-curve",
        "It is a myth that a random classifier gives a diagonal line on the PR curve.",
    ),
    ("tech.pr-curve", "I pick the threshold that maximizes F1 on the validation set."),
    ("tech.pr-curve", "It is a myth that i pick the threshold that maximizes F1 on the test set."),
    ("tech.calibration", "Platt scaling fits a logistic regression to the scores."),
    (
        "tech.calibration",
        "It is a myth that platt scaling fits an isotonic regression to the scores.",
    ),
    ("tech.calibration", "Platt scaling fits a sigmoid to the scores."),
    ("tech.calibration", "It is a myth that isotonic regression fits a sigmoid to the scores."),
    (
        "tech.calibration",
        "Calibration keeps the ranking of the predictions, so the AUC stays the same.",
    ),
    (
        "tech.calibration",
        "It is a myth that calibration changes the ranking of the predictions, so it improves the AUC.",
    ),
    ("tech.calibration", "Platt scaling works best with very little data."),
    ("tech.calibration", "It is a myth that isotonic regression works best with very little data."),
    ("tech.calibration", "Modern neural networks are often overconfident."),
    ("tech.calibration", "It is a myth that neural networks are always well calibrated."),
    (
        "tech.calibration",
        "A well calibrated model is one whose predicted probabilities match observed frequencies.",
    ),
    ("tech.calibration", "It is a myth that a well calibrated model is one with high accuracy."),
    ("tech.calibration", "Temperature scaling does not change which class the model predicts."),
    (
        "tech.calibration",
        "It is a myth that temperature scaling changes which class the model predicts.",
    ),
    ("tech.choosing-metrics", "Accuracy is a misleading metric when the classes are imbalanced."),
    (
        "tech.choosing-metrics",
        "It is a myth that accuracy is the best metric when the classes are imbalanced.",
    ),
    ("tech.choosing-metrics", "AUC is one option for classification, not always the right one."),
    (
        "tech.choosing-metrics",
        "It is a myth that aUC is always the right metric for classification.",
    ),
    (
        "tech.choosing-metrics",
        "If the offline metric improves the online business metric may still fall, so we test online.",
    ),
    (
        "tech.choosing-metrics",
        "It is a myth that if the offline metric improves the online business metric always improves.",
    ),
    ("tech.multiclass-averaging", "Weighted averaging weights each class by its support."),
    (
        "tech.multiclass-averaging",
        "It is a myth that macro averaging weights each class by its support.",
    ),
    (
        "tech.multiclass-averaging",
        "Macro averaging treats every class equally regardless of its size.",
    ),
    (
        "tech.multiclass-averaging",
        "It is a myth that weighted averaging treats every class equally regardless of its size.",
    ),
    (
        "tech.cross-validation",
        "In k fold you train on k minus one folds and validate on the remaining fold.",
    ),
    (
        "tech.cross-validation",
        "It is a myth that in k fold you train on one fold and validate on the other k minus one folds.",
    ),
    ("tech.cross-validation", "Cross validation detects overfitting."),
    ("tech.cross-validation", "It is a myth that cross validation prevents overfitting."),
    (
        "tech.cross-validation",
        "Leave one out cross validation is expensive because it trains one model per example.",
    ),
    (
        "tech.cross-validation",
        "It is a myth that leave one out cross validation is cheap because it trains only one model.",
    ),
    ("tech.cross-validation", "Group k fold keeps all rows of a user in the same fold."),
    (
        "tech.cross-validation",
        "It is a myth that group k fold puts the same user in both the training and validation folds.",
    ),
    (
        "tech.cross-validation",
        "Time series cross validation keeps the time order and never shuffles.",
    ),
    (
        "tech.cross-validation",
        "It is a myth that time series cross validation shuffles the rows before splitting.",
    ),
    (
        "tech.data-leakage",
        "Data leakage is when information from outside the training time gets into the features.",
    ),
    (
        "tech.data-leakage",
        "It is a myth that data leakage is when private data gets exposed to attackers.",
    ),
    ("tech.data-leakage", "Leakage makes the model look better in validation than in production."),
    (
        "tech.data-leakage",
        "It is a myth that leakage makes the model look worse in validation than in production.",
    ),
    (
        "tech.data-leakage",
        "A random split can cause leakage when rows of the same user fall on both sides.",
    ),
    ("tech.data-leakage", "It is a myth that a random split always prevents leakage."),
    (
        "tech.data-leakage",
        "Features that are suspiciously correlated with the target should be checked for leakage.",
    ),
    (
        "tech.data-leakage",
        "It is a myth that features that are highly correlated with the target are always safe to use.",
    ),
    ("tech.split-strategy", "The validation set is used to tune the hyperparameters."),
    ("tech.split-strategy", "It is a myth that the test set is used to tune the hyperparameters."),
    ("tech.split-strategy", "The test set is used for the final unbiased estimate."),
    (
        "tech.split-strategy",
        "It is a myth that the validation set is used for the final unbiased estimate.",
    ),
    (
        "tech.split-strategy",
        "When rows are not independent you should split by group, not shuffle them.",
    ),
    (
        "tech.split-strategy",
        "It is a myth that when rows are not independent you should shuffle them before splitting.",
    ),
    (
        "tech.missing-data",
        "Missing not at random means the missingness depends on the missing value itself.",
    ),
    (
        "tech.missing-data",
        "It is a myth that missing completely at random means the missingness depends on the missing value itself.",
    ),
    (
        "tech.missing-data",
        "Gradient boosting libraries like XGBoost can handle missing values natively.",
    ),
    ("tech.missing-data", "It is a myth that gradient boosting cannot handle missing values."),
    ("tech.missing-data", "Dropping rows with missing values can bias the data."),
    ("tech.missing-data", "It is a myth that dropping rows with missing values is always safe."),
    (
        "tech.imbalanced-data",
        "Random oversampling simply duplicates the minority examples, while SMOTE interpolates new ones.",
    ),
    ("tech.imbalanced-data", "It is a myth that sMOTE simply duplicates the minority examples."),
    ("tech.imbalanced-data", "Class weights give more weight to the minority class."),
    (
        "tech.imbalanced-data",
        "It is a myth that class weights give more weight to the majority class.",
    ),
    ("tech.imbalanced-data", "You should apply SMOTE only to the training folds after splitting."),
    (
        "tech.imbalanced-data",
        "It is a myth that you should apply SMOTE to the whole data set before splitting.",
    ),
    ("tech.imbalanced-data", "SMOTE creates synthetic minority examples."),
    (
        "tech.imbalanced-data",
        "It is a myth that undersampling creates synthetic minority examples.",
    ),
    ("tech.imbalanced-data", "Accuracy of 99 percent means nothing when 99 percent are negatives."),
    (
        "tech.imbalanced-data",
        "It is a myth that accuracy of 99 percent means the model is excellent.",
    ),
    ("tech.imbalanced-data", "You should leave the test set with its real class balance."),
    (
        "tech.imbalanced-data",
        "It is a myth that you should resample the test set so it is balanced.",
    ),
    ("tech.outliers", "The median is robust to outliers."),
    ("tech.outliers", "It is a myth that the mean is robust to outliers."),
    ("tech.outliers", "MSE is more sensitive to outliers than MAE."),
    ("tech.outliers", "It is a myth that mAE is more sensitive to outliers than MSE."),
    ("tech.outliers", "Linear models are very sensitive to outliers in the features."),
    (
        "tech.outliers",
        "It is a myth that tree models are very sensitive to outliers in the features.",
    ),
    ("tech.outliers", "Not every outlier should be removed from the data."),
    ("tech.outliers", "It is a myth that every outlier should be removed from the data."),
    (
        "tech.categorical-encoding",
        "One hot encoding is a poor choice for fifty thousand categories.",
    ),
    (
        "tech.categorical-encoding",
        "It is a myth that one hot encoding is the best choice for fifty thousand categories.",
    ),
    (
        "tech.categorical-encoding",
        "Target encoding can leak the label unless it is computed out of fold.",
    ),
    ("tech.categorical-encoding", "It is a myth that target encoding cannot leak the label."),
    ("tech.categorical-encoding", "The hashing trick needs no dictionary of the categories."),
    (
        "tech.categorical-encoding",
        "It is a myth that the hashing trick needs a dictionary of every category.",
    ),
    ("tech.categorical-encoding", "Hashing can cause collisions."),
    ("tech.categorical-encoding", "It is a myth that hashing never causes collisions."),
    (
        "tech.tabular-feature-engineering",
        "Linear models need all features to be standardized first, while gradient boosted trees do not.",
    ),
    (
        "tech.tabular-feature-engineering",
        "It is a myth that gradient boosted trees need all features to be standardized first.",
    ),
    (
        "tech.tabular-feature-engineering",
        "I compute the features only from the history before the month we are predicting.",
    ),
    (
        "tech.tabular-feature-engineering",
        "It is a myth that i compute the features from the whole history including the month we are predicting.",
    ),
    ("tech.tabular-feature-engineering", "Adding more features does not always improve the model."),
    (
        "tech.tabular-feature-engineering",
        "It is a myth that adding more features always improves the model.",
    ),
    ("tech.feature-selection", "Wrapper methods are slower than filter methods."),
    ("tech.feature-selection", "It is a myth that filter methods are slower than wrapper methods."),
    ("tech.feature-selection", "Ridge keeps all of the features and only shrinks them."),
    (
        "tech.feature-selection",
        "It is a myth that lasso keeps all of the features and only shrinks them.",
    ),
    (
        "tech.feature-selection",
        "A feature with high correlation to the target can still be redundant.",
    ),
    (
        "tech.feature-selection",
        "It is a myth that a feature with high correlation to the target is always useful.",
    ),
    ("tech.feature-selection", "I select features inside each fold of the cross validation."),
    (
        "tech.feature-selection",
        "It is a myth that i select features on the whole data set and then run cross validation.",
    ),
    ("tech.feature-importance", "Permutation importance is computed on the test set."),
    (
        "tech.feature-importance",
        "It is a myth that impurity based importance is computed on the test set.",
    ),
    ("tech.feature-importance", "Impurity importance favors high cardinality features."),
    (
        "tech.feature-importance",
        "It is a myth that impurity importance favors low cardinality features.",
    ),
    (
        "tech.feature-importance",
        "SHAP values give both local explanations and a global ranking of the features.",
    ),
    (
        "tech.feature-importance",
        "It is a myth that sHAP values only give a global ranking of the features.",
    ),
    ("tech.feature-importance", "Correlated features can share or mask each other's importance."),
    (
        "tech.feature-importance",
        "It is a myth that correlated features always get the same high importance.",
    ),
    ("tech.shap-values", "SHAP values sum to the prediction minus the base value."),
    ("tech.shap-values", "It is a myth that sHAP values always sum to one."),
    ("tech.shap-values", "SHAP values can be positive or negative."),
    ("tech.shap-values", "It is a myth that sHAP values are always positive."),
    ("tech.shap-values", "SHAP values depend on the background data."),
    ("tech.shap-values", "It is a myth that sHAP values do not depend on the background data."),
    ("tech.shap-values", "Exact Shapley values are expensive to compute for most models."),
    (
        "tech.shap-values",
        "It is a myth that exact Shapley values are cheap to compute for any model.",
    ),
    ("tech.partial-dependence", "An ICE plot draws one line per instance."),
    (
        "tech.partial-dependence",
        "It is a myth that a partial dependence plot draws one line per instance.",
    ),
    (
        "tech.partial-dependence",
        "A partial dependence plot shows the average prediction over all instances.",
    ),
    (
        "tech.partial-dependence",
        "It is a myth that an ICE plot shows the average prediction over all instances.",
    ),
    (
        "tech.partial-dependence",
        "ALE plots are better than partial dependence when features are correlated.",
    ),
    (
        "tech.partial-dependence",
        "It is a myth that aLE plots are worse than partial dependence when features are correlated.",
    ),
    (
        "tech.backpropagation",
        "Backpropagation starts at the output layer and moves the gradient back to the input.",
    ),
    (
        "tech.backpropagation",
        "It is a myth that backpropagation starts at the input layer and moves the gradient forward to the output.",
    ),
    (
        "tech.backpropagation",
        "Backpropagation computes the gradients and gradient descent uses them.",
    ),
    (
        "tech.backpropagation",
        "It is a myth that backpropagation is the same thing as gradient descent.",
    ),
    (
        "tech.backpropagation",
        "Backpropagation computes each gradient with the chain rule instead of nudging each weight.",
    ),
    (
        "tech.backpropagation",
        "It is a myth that backpropagation computes each gradient by nudging each weight and measuring the change in loss.",
    ),
    ("tech.backpropagation", "The backward pass costs about the same as the forward pass."),
    (
        "tech.backpropagation",
        "It is a myth that the backward pass costs many times more than the forward pass, once per weight.",
    ),
    ("tech.activation-functions", "Sigmoid outputs values between zero and one."),
    ("tech.activation-functions", "It is a myth that reLU outputs values between zero and one."),
    ("tech.activation-functions", "Tanh outputs values between minus one and one."),
    (
        "tech.activation-functions",
        "It is a myth that sigmoid outputs values between minus one and one.",
    ),
    ("tech.activation-functions", "Sigmoid outputs values between zero and one."),
    ("tech.activation-functions", "It is a myth that tanh outputs values between zero and one."),
    ("tech.activation-functions", "Use a linear output for regression."),
    ("tech.activation-functions", "It is a myth that use softmax for regression outputs."),
    (
        "tech.activation-functions",
        "A network with nonlinear activations can approximate any function.",
    ),
    (
        "tech.activation-functions",
        "It is a myth that a network with only linear layers can approximate any function.",
    ),
    (
        "tech.vanishing-gradients",
        "Vanishing gradients hit the early layers hardest, so the first layers stop learning.",
    ),
    (
        "tech.vanishing-gradients",
        "It is a myth that vanishing gradients hit the last layers hardest, so the output layer stops learning.",
    ),
    ("tech.vanishing-gradients", "Residual connections and ReLU help with vanishing gradients."),
    (
        "tech.vanishing-gradients",
        "It is a myth that a larger learning rate fixes vanishing gradients.",
    ),
    (
        "tech.vanishing-gradients",
        "Vanishing gradients are caused by sigmoid activations that saturate.",
    ),
    (
        "tech.vanishing-gradients",
        "It is a myth that exploding gradients are caused by sigmoid activations.",
    ),
    (
        "tech.batch-normalization",
        "Layer normalization normalizes across the features of each single example.",
    ),
    (
        "tech.batch-normalization",
        "It is a myth that batch normalization normalizes across the features of each single example.",
    ),
    (
        "tech.batch-normalization",
        "At inference batch norm uses the running mean and variance from training.",
    ),
    (
        "tech.batch-normalization",
        "It is a myth that at inference batch norm computes the mean and variance of the test batch.",
    ),
    ("tech.batch-normalization", "Batch norm works poorly with a batch size of two."),
    (
        "tech.batch-normalization",
        "It is a myth that batch norm works best with a batch size of two.",
    ),
    ("tech.batch-normalization", "The gamma and beta parameters are learned."),
    (
        "tech.batch-normalization",
        "It is a myth that the gamma and beta parameters are fixed and not learned.",
    ),
    ("tech.weight-initialization", "Xavier initialization is designed for tanh and sigmoid."),
    (
        "tech.weight-initialization",
        "It is a myth that he initialization is designed for tanh and sigmoid.",
    ),
    ("tech.weight-initialization", "He initialization is designed for ReLU."),
    ("tech.weight-initialization", "It is a myth that xavier initialization is designed for ReLU."),
    (
        "tech.weight-initialization",
        "If all weights start at zero the neurons all learn the same features.",
    ),
    (
        "tech.weight-initialization",
        "It is a myth that if all weights start at zero the neurons still learn different features.",
    ),
    (
        "tech.weight-initialization",
        "Weights scaled to keep the variance stable prevent vanishing and exploding gradients.",
    ),
    (
        "tech.weight-initialization",
        "It is a myth that large random initial weights prevent vanishing gradients.",
    ),
    ("tech.residual-connections", "Residual connections add the input to the output of the layer."),
    (
        "tech.residual-connections",
        "It is a myth that residual connections concatenate the input with the output of the layer.",
    ),
    (
        "tech.residual-connections",
        "Skip connections keep the gradients larger in the early layers.",
    ),
    (
        "tech.residual-connections",
        "It is a myth that skip connections make the gradients smaller in the early layers.",
    ),
    ("tech.cnn", "CNNs are not naturally rotation invariant."),
    ("tech.cnn", "It is a myth that cNNs are naturally rotation invariant."),
    ("tech.cnn", "Convolution filters learn their own weights."),
    ("tech.cnn", "It is a myth that max pooling learns its own weights."),
    ("tech.cnn", "Pooling reduces the resolution of the feature maps."),
    ("tech.cnn", "It is a myth that pooling increases the resolution of the feature maps."),
    ("tech.cnn-layer-arithmetic", "A stride of two halves the output size."),
    ("tech.cnn-layer-arithmetic", "It is a myth that a stride of two doubles the output size."),
    ("tech.cnn-layer-arithmetic", "Padding keeps the output from shrinking."),
    ("tech.cnn-layer-arithmetic", "It is a myth that padding shrinks the output."),
    (
        "tech.cnn-layer-arithmetic",
        "The layer has three times three times thirty two times sixty four weights plus sixty four biases.",
    ),
    (
        "tech.cnn-layer-arithmetic",
        "It is a myth that the layer has three times three times sixty four parameters, which is five hundred seventy six.",
    ),
    ("tech.rnn", "An RNN uses the same weight matrix at every time step."),
    ("tech.rnn", "It is a myth that an RNN uses a different weight matrix at every time step."),
    ("tech.rnn", "Transformers process all the tokens at the same time."),
    ("tech.rnn", "It is a myth that rNNs process all the tokens at the same time."),
    ("tech.rnn", "A plain RNN struggles to remember dependencies hundreds of steps back."),
    (
        "tech.rnn",
        "It is a myth that a plain RNN can easily remember dependencies hundreds of steps back.",
    ),
    (
        "tech.transformers-vs-rnns",
        "The cost of attention grows quadratically with the sequence length.",
    ),
    (
        "tech.transformers-vs-rnns",
        "It is a myth that the cost of attention grows linearly with the sequence length.",
    ),
    (
        "tech.transformers-vs-rnns",
        "Transformers generate the output tokens one at a time at inference.",
    ),
    (
        "tech.transformers-vs-rnns",
        "It is a myth that transformers generate all the output tokens in parallel at inference.",
    ),
    (
        "tech.transformers-vs-rnns",
        "Transformers are faster to train than RNNs on GPUs because they run in parallel.",
    ),
    (
        "tech.transformers-vs-rnns",
        "It is a myth that rNNs are faster to train than transformers on GPUs because they are smaller.",
    ),
    (
        "tech.positional-encoding",
        "Positional encodings are needed because attention ignores the order without them.",
    ),
    (
        "tech.positional-encoding",
        "It is a myth that positional encodings are needed because attention is too slow without them.",
    ),
    (
        "tech.positional-encoding",
        "Learned absolute position embeddings only cover the lengths seen in training.",
    ),
    (
        "tech.positional-encoding",
        "It is a myth that learned absolute position embeddings work for any sequence length.",
    ),
    ("tech.bert-vs-gpt", "GPT is the better choice for writing long text."),
    ("tech.bert-vs-gpt", "It is a myth that bERT is the better choice for writing long text."),
    ("tech.stemming-vs-lemmatization", "Stemming just cuts off the suffixes with simple rules."),
    (
        "tech.stemming-vs-lemmatization",
        "It is a myth that lemmatization just cuts off the suffixes with simple rules.",
    ),
    (
        "tech.tokenization",
        "Subword tokenizers can handle words they have never seen by splitting them into pieces.",
    ),
    (
        "tech.tokenization",
        "It is a myth that subword tokenizers cannot handle words they have never seen.",
    ),
    ("tech.tokenization", "BPE starts from characters and merges the most frequent pairs."),
    (
        "tech.tokenization",
        "It is a myth that bPE starts from whole words and splits the rarest ones.",
    ),
    ("tech.tokenization", "A bigger vocabulary means shorter sequences."),
    ("tech.tokenization", "It is a myth that a bigger vocabulary means longer sequences."),
    ("tech.tokenization", "You must use the tokenizer that came with the pretrained model."),
    ("tech.tokenization", "It is a myth that you can use any tokenizer with a pretrained model."),
    ("tech.tf-idf", "Document frequency is the number of documents that contain the term."),
    (
        "tech.tf-idf",
        "It is a myth that term frequency is the number of documents that contain the term.",
    ),
    (
        "tech.word2vec",
        "FastText can produce vectors for words it never saw in training, using subwords.",
    ),
    (
        "tech.word2vec",
        "It is a myth that word2vec can produce vectors for words it never saw in training.",
    ),
    ("tech.word2vec", "Word2vec is trained on unlabeled text."),
    ("tech.word2vec", "It is a myth that word2vec is trained on labeled data."),
    ("tech.sentence-embeddings", "HNSW returns approximate nearest neighbours."),
    ("tech.sentence-embeddings", "It is a myth that hNSW returns the exact nearest neighbours."),
    (
        "tech.sentence-embeddings",
        "A bi encoder is cheaper than a cross encoder, so the cross encoder only reranks the top results.",
    ),
    (
        "tech.sentence-embeddings",
        "It is a myth that a cross encoder is cheaper than a bi encoder, so run it on all tickets.",
    ),
    (
        "tech.sentence-embeddings",
        "A fine tuned sentence transformer gives better sentence embeddings than averaged word vectors.",
    ),
    (
        "tech.sentence-embeddings",
        "It is a myth that averaging the word2vec vectors gives the best sentence embeddings.",
    ),
    (
        "tech.collaborative-filtering",
        "Content based filtering recommends items based on their descriptions.",
    ),
    (
        "tech.collaborative-filtering",
        "It is a myth that collaborative filtering recommends items based on their descriptions.",
    ),
    (
        "tech.collaborative-filtering",
        "Content based filtering can recommend brand new items from their attributes.",
    ),
    (
        "tech.collaborative-filtering",
        "It is a myth that content based filtering cannot recommend brand new items.",
    ),
    (
        "tech.matrix-factorization",
        "With implicit feedback an unclicked item is not necessarily a dislike.",
    ),
    (
        "tech.matrix-factorization",
        "It is a myth that matrix factorization treats every unclicked item as a dislike.",
    ),
    ("tech.matrix-factorization", "Matrix factorization uses low rank factors."),
    (
        "tech.matrix-factorization",
        "It is a myth that matrix factorization needs high rank factors to work.",
    ),
    (
        "tech.matrix-factorization",
        "The latent factors are learned, not genres that we define by hand.",
    ),
    (
        "tech.matrix-factorization",
        "It is a myth that the latent factors are genres that we define by hand.",
    ),
    (
        "tech.matrix-factorization",
        "Clicks are implicit feedback, and an unclicked item is not a clear negative.",
    ),
    (
        "tech.matrix-factorization",
        "It is a myth that clicks are explicit feedback with clear negatives.",
    ),
    (
        "tech.recsys-evaluation",
        "Ranking metrics like NDCG are a better way to evaluate a recommender than RMSE.",
    ),
    (
        "tech.recsys-evaluation",
        "It is a myth that rMSE on ratings is the best way to evaluate a recommender.",
    ),
    ("tech.recsys-evaluation", "NDCG rewards relevant items that appear near the top of the list."),
    (
        "tech.recsys-evaluation",
        "It is a myth that nDCG ignores where in the list the relevant items appear.",
    ),
    ("tech.recsys-evaluation", "A split by time gives a realistic offline estimate."),
    (
        "tech.recsys-evaluation",
        "It is a myth that a random split of the interactions gives a realistic offline estimate.",
    ),
    ("tech.recsys-evaluation", "Even if offline metrics improve we still run an A B test."),
    (
        "tech.recsys-evaluation",
        "It is a myth that if offline metrics improve you can skip the A B test.",
    ),
    ("tech.stationarity", "A stationary series has a constant mean and variance over time."),
    ("tech.stationarity", "It is a myth that a stationary series has a constant value over time."),
    ("tech.stationarity", "The null hypothesis of the KPSS test is that the series is stationary."),
    (
        "tech.stationarity",
        "It is a myth that the null hypothesis of the ADF test is that the series is stationary.",
    ),
    ("tech.stationarity", "A small p value in the ADF test means the series is stationary."),
    (
        "tech.stationarity",
        "It is a myth that a small p value in the ADF test means the series is not stationary.",
    ),
    (
        "tech.time-series-validation",
        "Shuffled k fold cross validation leaks the future when forecasting.",
    ),
    (
        "tech.time-series-validation",
        "It is a myth that shuffled k fold cross validation is fine for forecasting.",
    ),
    ("tech.time-series-validation", "You should train on the past and validate on the future."),
    (
        "tech.time-series-validation",
        "It is a myth that you should train on the future and validate on the past.",
    ),
    ("tech.time-series-validation", "A trailing rolling average is a safe feature."),
    (
        "tech.time-series-validation",
        "It is a myth that a centered rolling average is a safe feature.",
    ),
    (
        "tech.model-deployment",
        "A canary release sends a small share of the traffic to the new model first.",
    ),
    (
        "tech.model-deployment",
        "It is a myth that a canary release sends all the traffic to the new model at once.",
    ),
    ("tech.model-deployment", "In shadow mode users never see the new model's predictions."),
    (
        "tech.model-deployment",
        "It is a myth that in shadow mode users see the new model's predictions.",
    ),
    (
        "tech.model-deployment",
        "Blue green deployment keeps two environments and switches all traffic from one to the other.",
    ),
    (
        "tech.model-deployment",
        "It is a myth that blue green deployment splits users between two models to compare them.",
    ),
    ("tech.model-deployment", "You need a rollback plan even if the offline metrics are good."),
    (
        "tech.model-deployment",
        "It is a myth that you do not need a rollback plan if the offline metrics are good.",
    ),
    ("tech.data-concept-drift", "Data drift is when the distribution of the inputs changes."),
    (
        "tech.data-concept-drift",
        "It is a myth that concept drift is when the distribution of the inputs changes.",
    ),
    (
        "tech.data-concept-drift",
        "You can detect data drift from the input features alone without any labels.",
    ),
    (
        "tech.data-concept-drift",
        "It is a myth that you can detect concept drift from the input features alone without any labels.",
    ),
    ("tech.data-concept-drift", "Not every drift means the model must be retrained immediately."),
    (
        "tech.data-concept-drift",
        "It is a myth that any drift always means the model must be retrained immediately.",
    ),
    (
        "tech.ab-testing-models",
        "You wait for the planned sample size instead of stopping when the p value first dips.",
    ),
    (
        "tech.ab-testing-models",
        "It is a myth that you can stop the test as soon as the p value drops below 0.05.",
    ),
    (
        "tech.ab-testing-models",
        "A p value of 0.03 is the chance of data this extreme if the models were equal.",
    ),
    (
        "tech.ab-testing-models",
        "It is a myth that a p value of 0.03 means there is a 97 percent chance the new model is better.",
    ),
    ("tech.ab-testing-models", "A larger sample size increases the power of the test."),
    (
        "tech.ab-testing-models",
        "It is a myth that a larger sample size reduces the power of the test.",
    ),
    (
        "tech.model-versioning",
        "To roll back a model you redeploy the old version from the registry.",
    ),
    (
        "tech.model-versioning",
        "It is a myth that to roll back a model you retrain the old version from scratch.",
    ),
    ("tech.model-versioning", "Keeping every old model file is safer."),
    ("tech.model-versioning", "It is a myth that overwriting the old model file is fine."),
    ("tech.feature-store", "A model registry is where trained models are stored."),
    ("tech.feature-store", "It is a myth that a feature store is where trained models are stored."),
    (
        "tech.feature-store",
        "Training serving skew happens when features are computed differently in training and serving.",
    ),
    (
        "tech.feature-store",
        "It is a myth that training serving skew happens when training runs on a GPU and serving on a CPU.",
    ),
    ("tech.spark-fundamentals", "reduceByKey is cheaper than groupByKey."),
    ("tech.spark-fundamentals", "It is a myth that groupByKey is cheaper than reduceByKey."),
    ("tech.larger-than-memory", "You never load the whole five terabytes into memory at once."),
    (
        "tech.larger-than-memory",
        "It is a myth that you first have to load the whole five terabytes into memory.",
    ),
    ("tech.larger-than-memory", "Reading the shards in a shuffled order is better for training."),
    (
        "tech.larger-than-memory",
        "It is a myth that reading the shards in order is fine for training.",
    ),
    ("tech.larger-than-memory", "Every worker reads only its own shards of the data."),
    (
        "tech.larger-than-memory",
        "It is a myth that every worker needs a full copy of the five terabytes.",
    ),
    (
        "tech.larger-than-memory",
        "Parquet shards are a better storage format than one big CSV file.",
    ),
    ("tech.larger-than-memory", "It is a myth that one big CSV file is the best storage format."),
    (
        "case.stock-prices",
        "Predicting returns, not the raw closing price, shows whether the model works.",
    ),
    (
        "case.stock-prices",
        "It is a myth that predicting the raw closing price with a low error shows the model works.",
    ),
    (
        "case.stock-prices",
        "Stock prices are close to a random walk, so a deep network rarely finds much.",
    ),
    (
        "case.stock-prices",
        "It is a myth that stock prices follow clear patterns that a deep network can learn easily.",
    ),
    (
        "case.stock-prices",
        "A high accuracy on the direction does not guarantee a profitable strategy once costs are included.",
    ),
    (
        "case.stock-prices",
        "It is a myth that a high accuracy on the direction guarantees a profitable strategy.",
    ),
    ("case.stock-prices", "Once the model is trained its edge decays, so it must be retrained."),
    (
        "case.stock-prices",
        "It is a myth that once the model is trained it keeps working for years.",
    ),
    (
        "case.recommendation-system",
        "Content based filtering recommends products using their descriptions and categories.",
    ),
    (
        "case.recommendation-system",
        "It is a myth that collaborative filtering recommends products using their descriptions and categories.",
    ),
    (
        "case.recommendation-system",
        "New products are hard for collaborative filtering because nobody has bought them yet.",
    ),
    (
        "case.recommendation-system",
        "It is a myth that new products are easy for collaborative filtering because it uses the purchases of others.",
    ),
    (
        "case.recommendation-system",
        "Showing only the most popular products creates a feedback loop.",
    ),
    (
        "case.recommendation-system",
        "It is a myth that always showing the most popular products is the best recommendation.",
    ),
    ("case.fraud-detection", "Fraud labels arrive weeks later through chargebacks."),
    (
        "case.fraud-detection",
        "It is a myth that fraud labels are known as soon as the payment is made.",
    ),
    (
        "case.fraud-detection",
        "Scoring each transaction in real time during authorization is needed.",
    ),
    (
        "case.fraud-detection",
        "It is a myth that scoring the transactions overnight in a batch is fine.",
    ),
    (
        "case.fraud-detection",
        "Fraudsters change their patterns, so the model needs regular retraining.",
    ),
    (
        "case.fraud-detection",
        "It is a myth that fraudsters keep using the same patterns, so the model rarely needs retraining.",
    ),
    ("case.fraud-detection", "Even with the model we keep some rules for known patterns."),
    (
        "case.fraud-detection",
        "It is a myth that once we have the model we can throw away all the rules.",
    ),
    ("case.fraud-detection", "Fraud is a tiny share of all transactions."),
    ("case.fraud-detection", "It is a myth that fraud is roughly half of all transactions."),
    (
        "case.nlp-customer-reviews",
        "I would keep negation words like not and never for the sentiment model.",
    ),
    (
        "case.nlp-customer-reviews",
        "It is a myth that i would remove stop words including not and never before the sentiment model.",
    ),
    (
        "case.search-ranking",
        "Results shown at the top get clicked partly because of their position.",
    ),
    (
        "case.search-ranking",
        "It is a myth that results shown at the top get clicked only because they are more relevant.",
    ),
    ("case.search-ranking", "NDCG is the right way to measure a ranking."),
    ("case.search-ranking", "It is a myth that accuracy is the right way to measure a ranking."),
    (
        "case.search-ranking",
        "I would run the heavy ranker over a few hundred retrieved candidates for each query.",
    ),
    (
        "case.search-ranking",
        "It is a myth that i would run the heavy ranker over every product in the catalog for each query.",
    ),
    ("case.search-ranking", "Semantic embeddings complement keyword matching."),
    (
        "case.search-ranking",
        "It is a myth that semantic embeddings make keyword matching unnecessary.",
    ),
    ("case.ad-ctr-prediction", "Log loss is the main offline metric for click prediction."),
    (
        "case.ad-ctr-prediction",
        "It is a myth that accuracy is the main offline metric for click prediction.",
    ),
    ("case.ad-ctr-prediction", "The auction ranks ads by bid times predicted click rate."),
    (
        "case.ad-ctr-prediction",
        "It is a myth that the auction picks the ad with the highest bid regardless of the click rate.",
    ),
    (
        "case.ad-ctr-prediction",
        "I would keep the ad ids and user ids through hashing or embeddings.",
    ),
    (
        "case.ad-ctr-prediction",
        "It is a myth that i would drop the ad ids and user ids because they have too many values.",
    ),
    ("case.ad-ctr-prediction", "The click model has to be updated often."),
    (
        "case.ad-ctr-prediction",
        "It is a myth that the click model can be trained once and left alone.",
    ),
    (
        "case.ad-ctr-prediction",
        "Downsampling the negatives changes the predicted probabilities, so we recalibrate.",
    ),
    (
        "case.ad-ctr-prediction",
        "It is a myth that downsampling the negatives does not change the predicted probabilities.",
    ),
    (
        "case.churn-prediction",
        "We should send the offer to the customers whose behavior an offer can change.",
    ),
    (
        "case.churn-prediction",
        "It is a myth that we should send the offer to the customers with the highest churn risk.",
    ),
    ("case.churn-prediction", "Features must come from before the prediction date."),
    (
        "case.churn-prediction",
        "It is a myth that features from after the prediction date make the model more accurate, so use them.",
    ),
    ("case.demand-forecasting", "Holidays and promotions strongly affect grocery demand."),
    (
        "case.demand-forecasting",
        "It is a myth that holidays and promotions do not affect grocery demand.",
    ),
    (
        "case.content-moderation",
        "The model removes clear cases and sends uncertain ones to human review.",
    ),
    (
        "case.content-moderation",
        "It is a myth that the model can remove everything automatically with no human review.",
    ),
    (
        "case.content-moderation",
        "Bad actors change their tactics, so the classifier needs regular updates.",
    ),
    (
        "case.content-moderation",
        "It is a myth that once trained, the classifier never needs updating because bad actors do not change.",
    ),
    ("case.eta-prediction", "The travel time comes from a routing engine with live traffic."),
    (
        "case.eta-prediction",
        "It is a myth that the travel time is the straight line distance divided by average speed.",
    ),
    ("case.eta-prediction", "The ETA is updated as the order moves through each stage."),
    (
        "case.eta-prediction",
        "It is a myth that the ETA only needs to be predicted once when the order is placed.",
    ),
    (
        "case.log-anomaly-detection",
        "Only grouped, severe anomalies should page the on call engineer.",
    ),
    (
        "case.log-anomaly-detection",
        "It is a myth that every anomaly should page the on call engineer.",
    ),
    (
        "case.log-anomaly-detection",
        "A threshold that follows the daily pattern works better than a fixed one.",
    ),
    (
        "case.log-anomaly-detection",
        "It is a myth that a fixed threshold on the error count works for every hour of the day.",
    ),
    (
        "case.spam-filtering",
        "Sending a real email to the spam folder is worse than missing a spam email.",
    ),
    (
        "case.spam-filtering",
        "It is a myth that missing a spam email is worse than sending a real email to the spam folder.",
    ),
    ("case.spam-filtering", "We should keep precision high so few real emails get filtered."),
    (
        "case.spam-filtering",
        "It is a myth that we should maximize recall even if many real emails get filtered.",
    ),
    ("case.image-search", "Comparing learned embeddings of the photos finds similar products."),
    (
        "case.image-search",
        "It is a myth that comparing the raw pixels of the photos finds similar products.",
    ),
    (
        "case.image-search",
        "The pretrained ImageNet features improve with metric learning fine tuning.",
    ),
    (
        "case.image-search",
        "It is a myth that the pretrained ImageNet features are good enough without any fine tuning.",
    ),
    (
        "case.image-search",
        "We search an approximate nearest neighbor index instead of every image in the catalog.",
    ),
    (
        "case.image-search",
        "It is a myth that we compare the query image against every image in the catalog one by one.",
    ),
    (
        "case.chatbot-evaluation",
        "BLEU against reference answers does not tell us if the chatbot is good.",
    ),
    (
        "case.chatbot-evaluation",
        "It is a myth that bLEU against reference answers tells us if the chatbot is good.",
    ),
    ("case.chatbot-evaluation", "Resolved issues mean the customer is happier."),
    (
        "case.chatbot-evaluation",
        "It is a myth that longer conversations mean the customer is happier.",
    ),
    ("case.chatbot-evaluation", "An LLM judge must be checked against human ratings."),
    (
        "case.chatbot-evaluation",
        "It is a myth that an LLM judge can be trusted without checking it against humans.",
    ),
    (
        "case.chatbot-evaluation",
        "A large representative evaluation set is needed to decide the launch.",
    ),
    (
        "case.chatbot-evaluation",
        "It is a myth that a handful of demo questions is enough to decide the launch.",
    ),
    (
        "case.credit-risk",
        "Removing gender and race from the features does not make the model fair because of proxies.",
    ),
    (
        "case.credit-risk",
        "It is a myth that removing gender and race from the features makes the model fair.",
    ),
    ("case.credit-risk", "We only know the outcomes of the approved applicants."),
    ("case.credit-risk", "It is a myth that we know the outcomes of the rejected applicants too."),
    ("case.price-optimization", "The best price is the one that maximizes profit, not units."),
    (
        "case.price-optimization",
        "It is a myth that the best price is the one that sells the most units.",
    ),
    (
        "case.price-optimization",
        "Raising the price increases profit only while demand is inelastic.",
    ),
    ("case.price-optimization", "It is a myth that raising the price always increases profit."),
    ("case.on-device-speech-commands", "Training on noisy far field recordings is needed."),
    (
        "case.on-device-speech-commands",
        "It is a myth that training only on clean studio recordings is fine.",
    ),
    ("case.on-device-speech-commands", "Quantization makes the model smaller and faster."),
    (
        "case.on-device-speech-commands",
        "It is a myth that quantization makes the model larger and slower.",
    ),
    (
        "case.on-device-speech-commands",
        "Running a tiny wake word model all the time saves battery.",
    ),
    (
        "case.on-device-speech-commands",
        "It is a myth that running the full speech recognizer all the time saves battery.",
    ),
    (
        "case.medical-triage-fairness",
        "Healthcare cost is a biased proxy for how sick a patient is.",
    ),
    (
        "case.medical-triage-fairness",
        "It is a myth that healthcare cost is a fair proxy for how sick a patient is.",
    ),
    (
        "case.medical-triage-fairness",
        "For triage recall on high risk patients matters more than precision.",
    ),
    (
        "case.medical-triage-fairness",
        "It is a myth that for triage precision matters more than recall.",
    ),
    (
        "case.medical-triage-fairness",
        "The model should support the clinicians who make the triage decision.",
    ),
    (
        "case.medical-triage-fairness",
        "It is a myth that the model should make the triage decision without clinicians.",
    ),
    ("case.medical-triage-fairness", "A silent trial is needed before going live."),
    ("case.medical-triage-fairness", "It is a myth that a high offline AUC is enough to go live."),
    ("case.query-autocomplete", "Suggestions should be sorted by popularity and relevance."),
    ("case.query-autocomplete", "It is a myth that suggestions should be sorted alphabetically."),
    ("case.real-time-bidding", "Spending the budget evenly over the day is best."),
    (
        "case.real-time-bidding",
        "It is a myth that spending the budget as fast as possible is best.",
    ),
    ("case.real-time-bidding", "We only observe the outcome of the auctions we win."),
    (
        "case.real-time-bidding",
        "It is a myth that we observe the outcome of every auction, including the lost ones.",
    ),
    ("case.real-time-bidding", "Conversions are reported days after the click."),
    (
        "case.real-time-bidding",
        "It is a myth that conversions are reported immediately after the click.",
    ),
]


@pytest.mark.parametrize(("question", "text"), WRONG)
def test_common_wrong_claim_is_charged(bank: QuestionBank, question: str, text: str) -> None:
    assert charged(bank.get(question), text)


@pytest.mark.parametrize(("question", "text"), CORRECT)
def test_same_words_said_correctly_or_warned_against_are_not_charged(
    bank: QuestionBank, question: str, text: str
) -> None:
    assert charged(bank.get(question), text) == []
