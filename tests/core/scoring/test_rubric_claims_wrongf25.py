"""Issue 9, questions/technical_foundations.yaml (wrongf25): wrong claims a half-prepared candidate
commonly makes, added to the rubric as `contradicted_by` entries (on the key point they contradict) or
`misconceptions`, each written as the wrong claim itself: swapped roles, reversed directions or effects,
wrong values, always/never overstatements, one method said to do what another does. Each wrong sentence
below was not charged before the change; each correct sentence says the same words with the right
subject or direction, or warns against the claim, and is not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged

WRONG = [
    (
        "tech.supervised-vs-unsupervised",
        "Unsupervised learning is always more accurate because it does not depend on labels.",
        "evaluation",
    ),
    (
        "tech.semi-supervised",
        "Semi-supervised learning uses only labeled data but fewer features.",
        "few-labels",
    ),
    (
        "tech.semi-supervised",
        "Semi-supervised learning is when half of the features are labeled.",
        "few-labels",
    ),
    (
        "tech.semi-supervised",
        "Pseudo-labeling uses the model's predictions on the test set as ground truth labels.",
        "techniques",
    ),
    (
        "tech.semi-supervised",
        "Semi-supervised learning always improves accuracy no matter what the unlabeled data looks like.",
        "risks",
    ),
    (
        "tech.reinforcement-learning",
        "In reinforcement learning the agent learns from a labeled dataset of correct actions.",
        "agent-environment",
    ),
    (
        "tech.reinforcement-learning",
        "Reinforcement learning has no notion of exploration; the agent always takes the best known action.",
        "exploration",
    ),
    (
        "tech.reinforcement-learning",
        "The discount factor makes future rewards count more than immediate rewards.",
        "maximize-return",
    ),
    (
        "tech.reinforcement-learning",
        "In reinforcement learning the feedback is immediate for every action.",
        "delayed-feedback",
    ),
    (
        "tech.transfer-learning",
        "With a small labeled dataset you should retrain the whole network from scratch.",
        "reuse",
    ),
    (
        "tech.transfer-learning",
        "In transfer learning you freeze the new head and fine-tune the early layers.",
        "feature-extraction",
    ),
    (
        "tech.transfer-learning",
        "The early layers learn task-specific features and the last layers learn general features.",
        "reuse",
    ),
    (
        "tech.transfer-learning",
        "Transfer learning always works even when the source and target domains are completely unrelated.",
        "similarity",
    ),
    (
        "tech.transfer-learning",
        "Fine-tuning means training only the first layer of the pretrained model.",
        "fine-tuning",
    ),
    (
        "tech.generative-vs-discriminative",
        "Generative models always give better accuracy than discriminative models.",
        "tradeoffs",
    ),
    (
        "tech.bias-variance",
        "You can reduce bias and variance at the same time by making the model more complex.",
        "tradeoff",
    ),
    (
        "tech.learning-curves",
        "If the training and validation curves have converged at a high error, more data will fix it.",
        "high-bias-pattern",
    ),
    (
        "tech.learning-curves",
        "When the validation error is still decreasing as you add data, more data will not help.",
        "high-variance-pattern",
    ),
    (
        "tech.learning-curves",
        "A learning curve plots the error against the learning rate.",
        "definition",
    ),
    (
        "tech.learning-curves",
        "If both curves plateau at a high error, the model has high variance.",
        "high-bias-pattern",
    ),
    (
        "tech.learning-curves",
        "Training error decreases as you add more training examples.",
        "definition",
    ),
    (
        "tech.regularization",
        "Regularization increases the model's variance so it can fit the training data better.",
        "strength",
    ),
    (
        "tech.regularization",
        "A larger regularization strength makes the model more complex.",
        "strength",
    ),
    ("tech.regularization", "Dropout is a penalty on the sum of squared weights.", "other-forms"),
    (
        "tech.l1-vs-l2",
        "Lasso uses the squared weights and ridge uses the absolute values.",
        "definitions",
    ),
    ("tech.l1-vs-l2", "L2 corresponds to a Laplace prior.", "bayesian"),
    ("tech.dropout", "With inverted dropout you scale the activations at test time.", "inference"),
    ("tech.regression-loss-functions", "Squared error makes the model predict the median.", "mse"),
    (
        "tech.cross-entropy",
        "Cross entropy gives small gradients when the model is confidently wrong.",
        "gradients",
    ),
    (
        "tech.cross-entropy",
        "Cross entropy penalizes confident wrong predictions less than mean squared error.",
        "confident-wrong",
    ),
    ("tech.cross-entropy", "Cross entropy only works for regression problems.", "definition"),
    (
        "tech.gradient-descent",
        "If the learning rate is too small, gradient descent diverges.",
        "learning-rate",
    ),
    (
        "tech.gradient-descent",
        "The gradient points downhill, so we follow it to the minimum.",
        "gradient-direction",
    ),
    (
        "tech.gradient-descent",
        "Gradient descent computes the second derivatives of the loss.",
        "minimize-loss",
    ),
    (
        "tech.sgd-vs-batch",
        "Batch gradient descent updates the weights after every single example.",
        "definitions",
    ),
    ("tech.sgd-vs-batch", "Smaller batches always generalize worse.", "generalization"),
    (
        "tech.sgd-vs-batch",
        "Mini-batch gradient descent computes the exact gradient.",
        "definitions",
    ),
    (
        "tech.adam-optimizer",
        "Adam only uses momentum and has no second moment estimate.",
        "second-moment",
    ),
    (
        "tech.adam-optimizer",
        "Bias correction in Adam is needed at the end of training, not the start.",
        "bias-correction",
    ),
    (
        "tech.adam-optimizer",
        "Adam needs no learning rate at all, it adapts on its own.",
        "tradeoffs",
    ),
    (
        "tech.learning-rate-schedules",
        "A learning rate schedule increases the learning rate over training so the model converges.",
        "why",
    ),
    (
        "tech.learning-rate-schedules",
        "A constant learning rate always works better than a schedule.",
        "why",
    ),
    (
        "tech.learning-rate-schedules",
        "Step decay increases the learning rate every few epochs.",
        "types",
    ),
    ("tech.learning-rate-schedules", "Cosine annealing keeps the learning rate constant.", "types"),
    (
        "tech.learning-rate-schedules",
        "Learning rate schedules are only needed for convex problems.",
        "why",
    ),
    ("tech.local-minima-convexity", "A convex function can have many local minima.", "convex-def"),
    (
        "tech.local-minima-convexity",
        "Deep network losses are convex, which is why they train well.",
        "deep network losses are convex",
    ),
    (
        "tech.local-minima-convexity",
        "In high dimensions most critical points are local minima, not saddle points.",
        "saddle",
    ),
    (
        "tech.local-minima-convexity",
        "For a convex loss gradient descent can get stuck in a bad local minimum.",
        "convex-def",
    ),
    (
        "tech.local-minima-convexity",
        "A convex function curves downward, like a hill.",
        "convex-def",
    ),
    (
        "tech.classification-vs-regression",
        "Regression predicts a category and classification predicts a number.",
        "regression",
    ),
    (
        "tech.classification-vs-regression",
        "You evaluate a regression model with accuracy and an F1 score.",
        "metrics-losses",
    ),
    (
        "tech.classification-vs-regression",
        "You evaluate a classification model with mean squared error and R squared.",
        "metrics-losses",
    ),
    (
        "tech.classification-vs-regression",
        "Predicting whether an email is spam is a regression problem.",
        "examples",
    ),
    (
        "tech.linear-regression-assumptions",
        "Linear regression assumes the features are normally distributed.",
        "normality",
    ),
    (
        "tech.linear-regression-assumptions",
        "OLS assumes the target variable itself is normally distributed.",
        "normality",
    ),
    (
        "tech.linear-regression-assumptions",
        "Multicollinearity makes the OLS coefficients biased.",
        "multicollinearity",
    ),
    (
        "tech.linear-regression-assumptions",
        "Linear regression requires the errors to be correlated with the features.",
        "exogeneity",
    ),
    (
        "tech.linear-regression-assumptions",
        "Homoscedasticity means the variance of the errors grows with the fitted values.",
        "homoscedasticity",
    ),
    (
        "tech.linear-regression-assumptions",
        "If the residuals are not normal, the coefficient estimates are biased.",
        "normality",
    ),
    (
        "tech.normal-equation-vs-gd",
        "The normal equation scales better than gradient descent when you have millions of features.",
        "cost",
    ),
    (
        "tech.normal-equation-vs-gd",
        "Gradient descent always gives a more accurate solution than the normal equation.",
        "closed-form",
    ),
    (
        "tech.normal-equation-vs-gd",
        "Inverting the matrix costs linear time in the number of features.",
        "cost",
    ),
    (
        "tech.normal-equation-vs-gd",
        "Gradient descent is only used because the normal equation gives a biased answer.",
        "closed-form",
    ),
    (
        "tech.normal-equation-vs-gd",
        "Gradient descent requires the whole dataset to fit in memory, while the normal equation does not.",
        "gd-benefits",
    ),
    (
        "tech.logistic-regression",
        "The coefficients of logistic regression are changes in probability per unit of the feature.",
        "log-odds",
    ),
    (
        "tech.logistic-regression",
        "The sigmoid maps the output to a value between minus one and one.",
        "sigmoid",
    ),
    (
        "tech.multicollinearity",
        "Multicollinearity hurts the predictive accuracy of the model a lot.",
        "effect",
    ),
    (
        "tech.multicollinearity",
        "Multicollinearity makes the coefficient estimates biased.",
        "effect",
    ),
    (
        "tech.multicollinearity",
        "Multicollinearity reduces the variance of the coefficients.",
        "effect",
    ),
    (
        "tech.decision-trees-random-forests",
        "Each tree in a random forest sees every feature at every split.",
        "feature-subsampling",
    ),
    (
        "tech.bagging-vs-boosting",
        "Boosting gives equal weight to every training example.",
        "boosting-sequential",
    ),
    (
        "tech.bagging-vs-boosting",
        "Boosting cannot overfit, no matter how many rounds you add.",
        "overfitting-noise",
    ),
    (
        "tech.gradient-boosting",
        "Gradient boosting trains each tree on the original targets, independently of the others.",
        "pseudo-residuals",
    ),
    (
        "tech.gradient-boosting",
        "Each new tree in gradient boosting is fit to the predictions of the previous trees.",
        "pseudo-residuals",
    ),
    (
        "tech.gradient-boosting",
        "It is called gradient boosting because each tree is trained with gradient descent on its weights.",
        "functional-gd",
    ),
    (
        "tech.gradient-boosting",
        "Gradient boosting averages the trees like a random forest.",
        "additive",
    ),
    (
        "tech.gradient-boosting",
        "A larger learning rate in gradient boosting reduces overfitting.",
        "shrinkage",
    ),
    (
        "tech.gradient-boosting",
        "Gradient boosting uses deep, fully grown trees as weak learners.",
        "hyperparameters",
    ),
    (
        "tech.knn",
        "Prediction with k nearest neighbors is very fast because the model is small.",
        "lazy",
    ),
    ("tech.knn", "KNN works better as the number of dimensions grows.", "curse"),
    (
        "tech.curse-of-dimensionality",
        "The amount of data you need grows linearly with the number of dimensions.",
        "sparsity",
    ),
    (
        "tech.curse-of-dimensionality",
        "Tree-based models are the most affected by the curse of dimensionality, and k nearest neighbors is immune.",
        "affected",
    ),
    ("tech.svm", "All training points are support vectors.", "support-vectors"),
    ("tech.svm", "An SVM minimizes the distance between the classes.", "max-margin"),
    (
        "tech.kernel-trick",
        "A large gamma makes the RBF kernel smoother and the boundary simpler.",
        "gamma",
    ),
    ("tech.kernel-trick", "The kernel trick only works with neural networks.", "implicit-mapping"),
    ("tech.k-means", "K-means does not need feature scaling.", "assumptions"),
    (
        "tech.choosing-k",
        "A silhouette score close to minus one means well separated clusters.",
        "silhouette",
    ),
    (
        "tech.choosing-k",
        "The elbow method picks the point where the inertia starts increasing.",
        "elbow",
    ),
    ("tech.choosing-k", "The within-cluster sum of squares increases as k grows.", "elbow"),
    ("tech.choosing-k", "The gap statistic compares the clusters to the labels.", "other-criteria"),
    (
        "tech.choosing-k",
        "The best k is always the square root of the number of points.",
        "other-criteria",
    ),
    (
        "tech.hierarchical-clustering",
        "Single linkage produces compact, spherical clusters.",
        "linkage",
    ),
    (
        "tech.hierarchical-clustering",
        "Hierarchical clustering needs the number of clusters before it runs.",
        "dendrogram",
    ),
    (
        "tech.gaussian-mixture-models",
        "In the E step the model updates the means and covariances.",
        "em",
    ),
    (
        "tech.gaussian-mixture-models",
        "In the M step it computes the responsibilities of each component for each point.",
        "em",
    ),
    (
        "tech.gaussian-mixture-models",
        "K-means is more flexible than a GMM because it allows elliptical clusters.",
        "kmeans-link",
    ),
    (
        "tech.gaussian-mixture-models",
        "EM is guaranteed to find the global maximum of the likelihood.",
        "em is guaranteed to find the global maximum",
    ),
    (
        "tech.dimensionality-reduction",
        "PCA is a feature selection method that keeps a subset of the original features.",
        "selection-vs-extraction",
    ),
    ("tech.dimensionality-reduction", "t-SNE is a linear method, like PCA.", "techniques"),
    (
        "tech.dimensionality-reduction",
        "Feature selection creates new features that are combinations of the original ones.",
        "selection-vs-extraction",
    ),
    ("tech.pca", "The first principal component explains the least variance.", "max-variance"),
    (
        "tech.tsne-umap",
        "The size of a cluster in a t-SNE plot tells you how spread out the data is.",
        "pitfalls",
    ),
    ("tech.tsne-umap", "The distance between clusters in a t-SNE plot is meaningful.", "pitfalls"),
    ("tech.tsne-umap", "UMAP is a linear projection like PCA.", "nonlinear-local"),
    ("tech.tsne-umap", "Perplexity does not affect the t-SNE plot.", "hyperparameters"),
    (
        "tech.bayes-theorem",
        "If the test catches 99 percent of cases, a positive result means a 99 percent chance of having the disease.",
        "answer",
    ),
    (
        "tech.bayes-theorem",
        "The posterior is the probability of the evidence given the hypothesis.",
        "formula",
    ),
    ("tech.bayes-theorem", "The prior is what you believe after seeing the data.", "formula"),
    ("tech.naive-bayes", "Naive Bayes is a discriminative model.", "bayes-rule"),
    (
        "tech.naive-bayes",
        "Laplace smoothing is used to make the features independent.",
        "smoothing",
    ),
    (
        "tech.p-values",
        "A p-value of 0.03 means there is a 97 percent chance the effect is real.",
        "not-probability-null",
    ),
    ("tech.p-values", "A small p-value means the effect is large.", "effect-size"),
    (
        "tech.p-values",
        "The p-value is the probability that the results happened by chance.",
        "not-probability-null",
    ),
    (
        "tech.p-values",
        "A p-value is the probability of the alternative hypothesis being false.",
        "not-probability-null",
    ),
    (
        "tech.maximum-likelihood",
        "Maximum likelihood picks the parameters that are most probable given the data.",
        "definition",
    ),
    (
        "tech.maximum-likelihood",
        "Maximum likelihood estimation uses a prior on the parameters.",
        "map",
    ),
    (
        "tech.maximum-likelihood",
        "Minimizing mean squared error is maximum likelihood under a Laplace noise model.",
        "losses",
    ),
    (
        "tech.maximum-likelihood",
        "Cross entropy has nothing to do with maximum likelihood.",
        "losses",
    ),
    ("tech.maximum-likelihood", "Maximum likelihood estimates are always unbiased.", "properties"),
    ("tech.mle-vs-map", "MLE includes a prior over the parameters.", "map-prior"),
    (
        "tech.mle-vs-map",
        "A Gaussian prior in MAP is the same as L1 regularization.",
        "regularization",
    ),
    ("tech.mle-vs-map", "With a lot of data, the prior matters more in MAP.", "data-size"),
    (
        "tech.mle-vs-map",
        "MAP gives the full posterior distribution.",
        "map gives the full posterior distribution",
    ),
    (
        "tech.central-limit-theorem",
        "The central limit theorem only applies if the population is normally distributed.",
        "conditions",
    ),
    (
        "tech.central-limit-theorem",
        "The central limit theorem works for any distribution, even ones with infinite variance.",
        "caveats",
    ),
    (
        "tech.central-limit-theorem",
        "The sample mean's variance is sigma squared times n.",
        "standard-error",
    ),
    (
        "tech.confidence-intervals",
        "95 percent of the data points fall inside the confidence interval.",
        "interpretation",
    ),
    (
        "tech.confidence-intervals",
        "A wider confidence interval means a more precise estimate.",
        "width",
    ),
    ("tech.confidence-intervals", "More data makes the confidence interval wider.", "width"),
    (
        "tech.confidence-intervals",
        "A 99 percent interval is narrower than a 95 percent interval.",
        "width",
    ),
    (
        "tech.probability-distributions",
        "The Poisson distribution models continuous measurements like heights.",
        "poisson-exponential",
    ),
    (
        "tech.probability-distributions",
        "The binomial distribution is continuous.",
        "bernoulli-binomial",
    ),
    (
        "tech.probability-distributions",
        "The exponential distribution models counts of events.",
        "poisson-exponential",
    ),
    (
        "tech.probability-distributions",
        "The Bernoulli distribution models counts of events in a time interval.",
        "bernoulli-binomial",
    ),
    ("tech.probability-distributions", "The uniform distribution is bell shaped.", "others"),
    (
        "tech.complexity-vs-interpretability",
        "SHAP values make a deep network as interpretable as a linear model.",
        "shap values make a deep network as interpretable as a linear model",
    ),
    (
        "tech.complexity-vs-interpretability",
        "Linear models are always interpretable, even with thousands of correlated features.",
        "spectrum",
    ),
    (
        "tech.complexity-vs-interpretability",
        "Feature importance from a random forest shows the causal effect of each feature.",
        "middle-ground",
    ),
    (
        "tech.complexity-vs-interpretability",
        "A decision tree of any depth is easy to interpret.",
        "spectrum",
    ),
]

RIGHT = [
    (
        "tech.bayes-theorem",
        "Bayes' theorem is P of A given B equals P of B given A times P of A over P of B.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "The normal equation gives the exact solution; gradient descent gives a more accurate "
        "solution only if you run it long enough.",
    ),
    (
        "tech.semi-supervised",
        "Semi-supervised learning improves accuracy when the unlabeled data follows the cluster "
        "assumption.",
    ),
    ("tech.adam-optimizer", "Adam still needs a learning rate, though it is less sensitive to it."),
    (
        "tech.supervised-vs-unsupervised",
        "Unsupervised learning is not always more accurate; it answers a different question and is harder to evaluate.",
    ),
    (
        "tech.semi-supervised",
        "Semi-supervised learning uses a small labeled set plus a large unlabeled set, not only labeled data.",
    ),
    (
        "tech.semi-supervised",
        "Pseudo-labeling trains on the model's confident predictions for unlabeled training data, and the test set stays untouched.",
    ),
    (
        "tech.semi-supervised",
        "It is a myth that semi-supervised learning always improves accuracy; if the cluster assumption fails, wrong pseudo-labels hurt.",
    ),
    (
        "tech.semi-supervised",
        "Supervised learning uses only labeled data, while semi-supervised learning adds unlabeled data.",
    ),
    (
        "tech.reinforcement-learning",
        "Unlike supervised learning, the agent never learns from a labeled dataset of correct actions; it gets rewards.",
    ),
    (
        "tech.reinforcement-learning",
        "With epsilon greedy, the agent usually takes the best known action but sometimes explores a random one.",
    ),
    (
        "tech.reinforcement-learning",
        "The discount factor makes future rewards count less than immediate rewards.",
    ),
    (
        "tech.reinforcement-learning",
        "In supervised learning the feedback is immediate for every example, whereas in reinforcement learning rewards are often delayed.",
    ),
    (
        "tech.transfer-learning",
        "Rather than retrain the whole network from scratch, I start from pretrained weights.",
    ),
    (
        "tech.transfer-learning",
        "The early layers learn general features like edges and the last layers learn task specific features.",
    ),
    (
        "tech.transfer-learning",
        "With feature extraction you freeze the backbone and train only the new head.",
    ),
    (
        "tech.transfer-learning",
        "Transfer learning does not always work: if the domains are unrelated it can hurt.",
    ),
    (
        "tech.transfer-learning",
        "Fine-tuning means training some or all of the pretrained layers with a small learning rate.",
    ),
    (
        "tech.generative-vs-discriminative",
        "Generative models are not always more accurate; discriminative models usually win with lots of data.",
    ),
    (
        "tech.bias-variance",
        "A more complex model reduces bias but increases variance, so you cannot reduce both just by adding complexity.",
    ),
    ("tech.bias-variance", "Making the model more complex reduces bias and raises variance."),
    (
        "tech.learning-curves",
        "If both curves have converged at a high error, more data will not help: the model has high bias.",
    ),
    (
        "tech.learning-curves",
        "If the validation error is still decreasing as you add data, more data will probably help.",
    ),
    (
        "tech.learning-curves",
        "A learning curve plots the training and validation error against the number of training examples.",
    ),
    (
        "tech.learning-curves",
        "Training error goes up as you add more training examples, while validation error decreases.",
    ),
    (
        "tech.learning-curves",
        "If both curves plateau at a high error the model has high bias, not high variance.",
    ),
    ("tech.regularization", "Regularization lowers the model's variance at the cost of some bias."),
    ("tech.regularization", "A larger regularization strength makes the model simpler."),
    ("tech.regularization", "Dropout is not a penalty on the squared weights; L2 is."),
    ("tech.l1-vs-l2", "Lasso uses the absolute values and ridge uses the squared weights."),
    ("tech.l1-vs-l2", "Ridge penalizes the squared weights, lasso the absolute values."),
    ("tech.l1-vs-l2", "L2 corresponds to a Gaussian prior and L1 corresponds to a Laplace prior."),
    (
        "tech.dropout",
        "Inverted dropout scales the activations during training, so nothing changes at test time.",
    ),
    (
        "tech.regression-loss-functions",
        "Absolute error makes the model predict the median, while squared error predicts the mean.",
    ),
    (
        "tech.regression-loss-functions",
        "MSE predicts the conditional mean, MAE predicts the median.",
    ),
    (
        "tech.cross-entropy",
        "Cross entropy is convex for logistic regression, while mean squared error with a sigmoid is not convex.",
    ),
    (
        "tech.cross-entropy",
        "Cross entropy gives large gradients when the model is confidently wrong, and small gradients when it is confidently right.",
    ),
    (
        "tech.cross-entropy",
        "Cross entropy penalizes confident wrong predictions much more than mean squared error.",
    ),
    (
        "tech.cross-entropy",
        "Cross entropy is not the same as mean squared error on the probabilities.",
    ),
    ("tech.cross-entropy", "MSE with a sigmoid is non-convex."),
    ("tech.cross-entropy", "Mean squared error is non-convex for logistic regression."),
    (
        "tech.gradient-descent",
        "If the learning rate is too large gradient descent diverges, and if it is too small it is slow.",
    ),
    ("tech.gradient-descent", "The gradient points uphill, so we step the other way."),
    (
        "tech.gradient-descent",
        "Gradient descent uses only first derivatives, whereas Newton's method uses the hessian.",
    ),
    (
        "tech.sgd-vs-batch",
        "Stochastic gradient descent updates the weights after every single example, batch gradient descent after the whole dataset.",
    ),
    (
        "tech.sgd-vs-batch",
        "Batch gradient descent computes the exact gradient; mini-batch gradient descent estimates it.",
    ),
    (
        "tech.sgd-vs-batch",
        "Very large batches can generalize worse, while smaller batches often generalize better.",
    ),
    (
        "tech.adam-optimizer",
        "Adam keeps a first moment like momentum and a second moment of squared gradients, and divides by the square root of the second moment.",
    ),
    (
        "tech.adam-optimizer",
        "Bias correction matters at the start of training, when the averages are still near zero.",
    ),
    (
        "tech.adam-optimizer",
        "Adam still needs a learning rate; the default of 0.001 is a starting point.",
    ),
    (
        "tech.learning-rate-schedules",
        "A learning rate schedule decreases the learning rate over training so the model settles.",
    ),
    (
        "tech.learning-rate-schedules",
        "Warmup increases the learning rate over the first steps, and then the schedule decays it.",
    ),
    (
        "tech.learning-rate-schedules",
        "Step decay cuts the learning rate every few epochs and cosine annealing lowers it smoothly.",
    ),
    (
        "tech.learning-rate-schedules",
        "A constant learning rate is not always worse, but a schedule usually helps.",
    ),
    (
        "tech.local-minima-convexity",
        "A convex function has a single global minimum, so every local minimum is global.",
    ),
    ("tech.local-minima-convexity", "A convex function curves upward, like a bowl."),
    ("tech.local-minima-convexity", "Deep network losses are not convex, yet they train well."),
    (
        "tech.local-minima-convexity",
        "In high dimensions most critical points are saddle points, not local minima.",
    ),
    (
        "tech.local-minima-convexity",
        "For a convex loss gradient descent cannot get stuck in a bad local minimum.",
    ),
    ("tech.local-minima-convexity", "Deep network losses are non-convex."),
    (
        "tech.local-minima-convexity",
        "The loss of a neural network is non-convex, but it still trains well.",
    ),
    (
        "tech.classification-vs-regression",
        "Classification predicts a category and regression predicts a number.",
    ),
    (
        "tech.classification-vs-regression",
        "You evaluate a classification model with accuracy and F1, and a regression model with mean squared error.",
    ),
    (
        "tech.classification-vs-regression",
        "Predicting whether an email is spam is a classification problem, and house prices a regression problem.",
    ),
    (
        "tech.linear-regression-assumptions",
        "OLS assumes the errors, not the features, are normally distributed, and only for inference.",
    ),
    (
        "tech.linear-regression-assumptions",
        "It does not assume the target is normally distributed; it assumes normal errors for the p-values.",
    ),
    (
        "tech.linear-regression-assumptions",
        "Multicollinearity does not make the coefficients biased; it inflates their variance.",
    ),
    (
        "tech.linear-regression-assumptions",
        "Endogeneity, when the errors are correlated with the features, biases the coefficients.",
    ),
    (
        "tech.linear-regression-assumptions",
        "Homoscedasticity means the variance of the errors is constant; heteroscedasticity means it grows with the fitted values.",
    ),
    (
        "tech.linear-regression-assumptions",
        "If the residuals are not normal, the coefficient estimates are still unbiased, but the p-values can be off.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "Gradient descent scales better than the normal equation when you have millions of features.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "Inverting the matrix costs cubic time in the number of features.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "The normal equation does not need a learning rate and gives the exact answer.",
    ),
    (
        "tech.normal-equation-vs-gd",
        "The normal equation requires the whole dataset to fit in memory, while gradient descent can stream mini-batches.",
    ),
    (
        "tech.logistic-regression",
        "The coefficients of logistic regression are changes in the log odds per unit of the feature, not changes in probability.",
    ),
    (
        "tech.logistic-regression",
        "The sigmoid maps the score to a value between zero and one, while tanh gives a value between minus one and one.",
    ),
    (
        "tech.multicollinearity",
        "Multicollinearity does not hurt predictive accuracy much; it makes the coefficients unstable.",
    ),
    (
        "tech.multicollinearity",
        "Multicollinearity inflates the variance of the coefficients, but it does not make them biased.",
    ),
    (
        "tech.multicollinearity",
        "Multicollinearity means the features are correlated with each other, not with the target.",
    ),
    (
        "tech.decision-trees-random-forests",
        "Boosting trains its trees sequentially, while a random forest trains them independently.",
    ),
    (
        "tech.decision-trees-random-forests",
        "In a random forest each split considers only a random subset of the features.",
    ),
    (
        "tech.decision-trees-random-forests",
        "Adding more trees to a random forest does not make it overfit; it just stops helping.",
    ),
    (
        "tech.bagging-vs-boosting",
        "Boosting can overfit if you add too many rounds, so use early stopping.",
    ),
    (
        "tech.bagging-vs-boosting",
        "Bagging gives equal weight to every training example; boosting upweights the ones the last model got wrong.",
    ),
    (
        "tech.gradient-boosting",
        "A random forest trains each tree on the original targets, but gradient boosting fits each new tree to the residuals.",
    ),
    (
        "tech.gradient-boosting",
        "Each new tree is fit to the errors of the previous trees, the negative gradient of the loss.",
    ),
    (
        "tech.gradient-boosting",
        "It is called gradient boosting because adding each tree is a gradient descent step in function space.",
    ),
    (
        "tech.gradient-boosting",
        "A random forest averages the trees, whereas gradient boosting adds them up.",
    ),
    (
        "tech.gradient-boosting",
        "A smaller learning rate in gradient boosting reduces overfitting but needs more trees.",
    ),
    (
        "tech.gradient-boosting",
        "Gradient boosting uses shallow trees as weak learners, while a random forest uses deep, fully grown trees.",
    ),
    (
        "tech.xgboost",
        "LightGBM is usually faster than XGBoost on large datasets, thanks to histograms and leaf-wise growth.",
    ),
    (
        "tech.knn",
        "Training k nearest neighbors is fast, but prediction is slow because it compares with every stored point.",
    ),
    ("tech.knn", "KNN works worse as the number of dimensions grows."),
    (
        "tech.curse-of-dimensionality",
        "The data you need grows exponentially with the number of dimensions, not linearly.",
    ),
    (
        "tech.curse-of-dimensionality",
        "K nearest neighbors is not immune; distance-based methods suffer the most, while trees are less affected.",
    ),
    (
        "tech.svm",
        "A large C penalizes misclassifications heavily, while a small C allows more of them and gives a wider margin.",
    ),
    (
        "tech.svm",
        "Not all training points are support vectors; only the points on or inside the margin are.",
    ),
    ("tech.svm", "An SVM maximizes the distance between the classes, the margin."),
    (
        "tech.kernel-trick",
        "A small gamma makes the RBF kernel smoother and the boundary simpler, while a large gamma makes it wiggly.",
    ),
    (
        "tech.kernel-trick",
        "The kernel trick works with any algorithm that only needs inner products, such as SVMs or kernel PCA.",
    ),
    ("tech.k-means", "K-means needs feature scaling, because it uses Euclidean distance."),
    (
        "tech.choosing-k",
        "A silhouette score close to one means well separated clusters, and close to minus one means misassigned points.",
    ),
    (
        "tech.choosing-k",
        "The elbow method picks the point where the inertia stops dropping quickly.",
    ),
    (
        "tech.choosing-k",
        "The within-cluster sum of squares decreases as k grows, so you cannot just minimize it.",
    ),
    (
        "tech.choosing-k",
        "The gap statistic compares the inertia with what you would get on uniform random data.",
    ),
    (
        "tech.choosing-k",
        "There is no rule that the best k is the square root of the number of points.",
    ),
    (
        "tech.choosing-k",
        "It is a myth that the best k is always the square root of the number of points.",
    ),
    (
        "tech.hierarchical-clustering",
        "Single linkage uses the minimum distance between points of two clusters, and complete linkage uses the maximum distance.",
    ),
    (
        "tech.hierarchical-clustering",
        "Complete linkage produces compact, spherical clusters, while single linkage can chain.",
    ),
    (
        "tech.hierarchical-clustering",
        "Agglomerative clustering starts with every point as its own cluster and merges them; divisive starts with one cluster and splits it.",
    ),
    (
        "tech.hierarchical-clustering",
        "Hierarchical clustering does not need the number of clusters before it runs; you cut the dendrogram afterwards.",
    ),
    (
        "tech.hierarchical-clustering",
        "Ward linkage merges the pair of clusters that least increases the within-cluster variance.",
    ),
    (
        "tech.gaussian-mixture-models",
        "In the E step the model computes the responsibilities, and in the M step it updates the means and covariances.",
    ),
    (
        "tech.gaussian-mixture-models",
        "A GMM is more flexible than k-means because it allows elliptical clusters.",
    ),
    (
        "tech.gaussian-mixture-models",
        "EM is not guaranteed to find the global maximum of the likelihood; it finds a local one.",
    ),
    (
        "tech.dimensionality-reduction",
        "PCA is a feature extraction method, not a feature selection method.",
    ),
    (
        "tech.dimensionality-reduction",
        "Feature selection keeps a subset of the original features, while PCA builds new combined features.",
    ),
    (
        "tech.dimensionality-reduction",
        "Feature extraction creates new features that are combinations of the original ones.",
    ),
    ("tech.dimensionality-reduction", "t-SNE is a nonlinear method, unlike PCA, which is linear."),
    (
        "tech.dimensionality-reduction",
        "UMAP is a nonlinear method, while PCA is a linear projection.",
    ),
    (
        "tech.pca",
        "The first principal component explains the most variance, and the last explains the least variance.",
    ),
    (
        "tech.tsne-umap",
        "The size of a cluster in a t-SNE plot does not tell you how spread out the data is.",
    ),
    ("tech.tsne-umap", "The distance between clusters in a t-SNE plot is not meaningful."),
    ("tech.tsne-umap", "Perplexity strongly affects the t-SNE plot, so try several values."),
    ("tech.tsne-umap", "PCA is a linear projection, while UMAP is nonlinear."),
    (
        "tech.bayes-theorem",
        "Even though the test catches 99 percent of cases, a positive result means only about a 17 percent chance of having the disease.",
    ),
    (
        "tech.bayes-theorem",
        "The likelihood is the probability of the evidence given the hypothesis, and the posterior is the probability of the hypothesis given the evidence.",
    ),
    (
        "tech.bayes-theorem",
        "The prior is what you believe before seeing the data, and the posterior is what you believe after seeing the data.",
    ),
    ("tech.bayes-theorem", "P of A given B is not the same as P of B given A."),
    ("tech.bayes-theorem", "The base rate matters even when the test is accurate."),
    (
        "tech.naive-bayes",
        "Naive Bayes assumes the features are independent of each other given the class.",
    ),
    (
        "tech.naive-bayes",
        "Naive Bayes is a generative model, and logistic regression is a discriminative model.",
    ),
    (
        "tech.naive-bayes",
        "Laplace smoothing avoids zero probabilities for words never seen with a class.",
    ),
    (
        "tech.p-values",
        "The p-value is not the probability that the results happened by chance; it assumes the null is true.",
    ),
    ("tech.p-values", "A small p-value does not mean the effect is large; report the effect size."),
    (
        "tech.p-values",
        "It is a myth that the p value is the probability of the alternative hypothesis being false.",
    ),
    (
        "tech.maximum-likelihood",
        "MAP picks the parameters that are most probable given the data, while maximum likelihood picks those that make the data most probable.",
    ),
    (
        "tech.maximum-likelihood",
        "Maximum likelihood estimation uses no prior; adding one gives MAP.",
    ),
    (
        "tech.maximum-likelihood",
        "Minimizing mean squared error is maximum likelihood under Gaussian noise, and absolute error under Laplace noise.",
    ),
    (
        "tech.maximum-likelihood",
        "Minimizing cross entropy is exactly maximum likelihood for a Bernoulli model.",
    ),
    (
        "tech.maximum-likelihood",
        "Maximum likelihood estimates are not always unbiased; the variance estimate divides by n and is biased.",
    ),
    ("tech.mle-vs-map", "MAP includes a prior over the parameters, while MLE does not."),
    (
        "tech.mle-vs-map",
        "A Gaussian prior in MAP is the same as L2 regularization, and a Laplace prior is the same as L1.",
    ),
    (
        "tech.mle-vs-map",
        "MAP returns a single point estimate, while a fully Bayesian approach keeps the whole posterior.",
    ),
    (
        "tech.mle-vs-map",
        "With a lot of data the likelihood dominates the prior, and MAP approaches MLE.",
    ),
    (
        "tech.mle-vs-map",
        "It is a myth that MAP gives the full posterior distribution; it keeps only the mode.",
    ),
    (
        "tech.central-limit-theorem",
        "The central limit theorem applies even if the population is not normally distributed, as long as the variance is finite.",
    ),
    (
        "tech.central-limit-theorem",
        "It does not work for distributions with infinite variance, like the Cauchy.",
    ),
    ("tech.central-limit-theorem", "The variance of the sample mean is sigma squared over n."),
    (
        "tech.confidence-intervals",
        "The confidence interval is about the parameter, not about where 95 percent of the data points fall.",
    ),
    ("tech.confidence-intervals", "A narrower confidence interval means a more precise estimate."),
    ("tech.confidence-intervals", "More data makes the confidence interval narrower."),
    ("tech.confidence-intervals", "A 99 percent interval is wider than a 95 percent interval."),
    (
        "tech.probability-distributions",
        "The normal distribution models continuous measurements like heights, and the Poisson distribution models counts of events.",
    ),
    (
        "tech.probability-distributions",
        "The exponential distribution models waiting times between events, and the Poisson distribution models counts of events.",
    ),
    (
        "tech.probability-distributions",
        "The binomial distribution is discrete; it counts successes in n trials.",
    ),
    (
        "tech.probability-distributions",
        "The uniform distribution is flat, and the normal distribution is bell shaped.",
    ),
    (
        "tech.complexity-vs-interpretability",
        "Linear models are not always interpretable, for example with thousands of correlated features.",
    ),
    (
        "tech.complexity-vs-interpretability",
        "A shallow decision tree is easy to interpret, but a deep one is not.",
    ),
    (
        "tech.complexity-vs-interpretability",
        "Feature importance does not show the causal effect of a feature.",
    ),
    (
        "tech.complexity-vs-interpretability",
        "SHAP values do not make a deep network as interpretable as a linear model.",
    ),
]


@pytest.mark.parametrize(("question", "text", "charge"), WRONG)
def test_a_common_wrong_claim_is_charged(
    bank: QuestionBank, question: str, text: str, charge: str
) -> None:
    assert charge in charged(bank.get(question), text)


@pytest.mark.parametrize(("question", "text"), RIGHT)
def test_the_same_words_said_rightly_are_not_charged(
    bank: QuestionBank, question: str, text: str
) -> None:
    assert charged(bank.get(question), text) == []
