"""Key points earned by their everyday wordings (issue 9, every27a: a complete, correct answer in
everyday words still lost to a correct but partial textbook answer, because a key point is earned
mostly by its phrases). Round 27 adds wordings to the key points of questions in
technical_foundations.yaml that rounds 25 and 26 left untouched or barely touched. Each sentence in
EARNED avoids the standard terms and did not earn its point by words before these wordings were
added; each sentence in NOT_EARNED says something wrong (a reversed, denied or swapped claim) in
the same or nearby words and must not earn the point."""

from __future__ import annotations

from tests.core.scoring.everyday_wordings import wording_tests

# (question, key point, a sentence in everyday words that says it)
EARNED: list[tuple[str, str, str]] = [
    ("tech.generative-vs-discriminative", "discriminative",
     "One kind only learns how likely each label is once you have seen the input."),
    ("tech.generative-vs-discriminative", "generative",
     "It learns a story of how the data came about for each class."),
    ("tech.bias-variance", "bias",
     "A model that is too rigid keeps making the same mistakes because it cannot "
     "follow the real shape of the data."),
    ("tech.bias-variance", "variance",
     "A model that is too wiggly gives very different answers if you train it on a "
     "slightly different sample."),
    ("tech.bias-variance", "remedies",
     "For the first you give the model more freedom or better inputs; for the second "
     "more examples, a cost on large weights or averaging several models."),
    ("tech.learning-curves", "high-bias-pattern",
     "If both scores level off at a disappointing level and sit close together, more "
     "data will not help; the model is too simple."),
    ("tech.learning-curves", "high-variance-pattern",
     "If the held aside score is much worse than the training score and keeps "
     "climbing as data is added, more data will probably pay off."),
    ("tech.learning-curves", "practical",
     "I repeat each size with a few different random splits and compare the curve "
     "with the score we need for the product."),
    ("tech.regularization", "overfitting",
     "Its job is to stop the model from learning the training examples by heart, so "
     "it still does well on data it has never seen."),
    ("tech.regularization", "overfitting",
     "It keeps the model from picking up the quirks of the training data."),
    ("tech.regularization", "penalty",
     "You add an extra cost for large weights to what the model minimizes."),
    ("tech.regularization", "penalty",
     "The model pays a price for big weights, so it only uses them when they really "
     "help."),
    ("tech.l1-vs-l2", "sparsity",
     "The first pushes many weights all the way to nothing, so unimportant inputs "
     "drop out; the second only makes them smaller."),
    ("tech.l1-vs-l2", "geometry",
     "The first pulls every weight toward zero with the same force however small it "
     "is, while the second's pull gets weaker as the weight shrinks."),
    ("tech.l1-vs-l2", "correlated",
     "If two inputs are near twins, the first keeps one and throws the other away, "
     "the second shares the weight between them."),
    ("tech.l1-vs-l2", "bayesian",
     "The second is like believing beforehand that weights are small and bell shaped "
     "around zero, the first like a belief with a sharp peak at zero."),
    ("tech.dropout", "why",
     "No neuron can count on a particular partner being there, so each has to be "
     "useful on its own, and you effectively train a huge crowd of smaller networks "
     "that share weights."),
    ("tech.dropout", "inference",
     "When making predictions every neuron is kept, and the outputs are scaled so "
     "their size matches what the next layer saw during training."),
    ("tech.early-stopping", "monitor",
     "You keep an eye on the score on examples held aside and stop once it has not "
     "got better for a while."),
    ("tech.early-stopping", "caveats",
     "Because you chose the stopping point with the held aside examples, their score "
     "is a bit too rosy and you need another untouched set."),
    ("tech.gradient-descent", "minimize-loss",
     "You start with some weights, measure how wrong the model is, and change the "
     "weights a little again and again to make that error smaller."),
    ("tech.momentum", "velocity",
     "The new step is mostly the previous step plus a bit of the current slope."),
    ("tech.momentum", "beta",
     "A setting says how much of the past it keeps; usually it keeps nine tenths of "
     "the old speed."),
    ("tech.momentum", "ravines",
     "In a narrow canyon plain steps bounce from side to side, and momentum cancels "
     "that bouncing while speeding up along the floor."),
    ("tech.momentum", "ravines",
     "When the slope keeps pointing the same way the steps get bigger and bigger, so "
     "you get there faster."),
    ("tech.momentum", "noise",
     "The jumpy slopes from small batches even out over several steps, and the ball "
     "rolls over flat stretches instead of stopping."),
    ("tech.momentum", "nesterov",
     "A variant first moves where the ball is about to land and measures the slope "
     "there."),
    ("tech.adam-optimizer", "first-moment",
     "It keeps a running memory of which way the recent slopes pointed, like a ball "
     "that keeps rolling."),
    ("tech.adam-optimizer", "second-moment",
     "It also tracks how big each weight's slopes usually are and shrinks the steps "
     "of weights whose slopes are always large."),
    ("tech.adam-optimizer", "bias-correction",
     "Since both memories start empty, the early numbers are too small, so it scales "
     "them up in the first steps."),
    ("tech.learning-rate-schedules", "types",
     "I have used dropping it by a factor of ten every few rounds and easing it "
     "smoothly down to nearly nothing."),
    ("tech.local-minima-convexity", "convex-def",
     "Convex means the error surface is like one bowl, so wherever you end at the "
     "bottom it is the best possible spot."),
    ("tech.local-minima-convexity", "good-minima",
     "Huge networks have so many solutions that nearly all the low spots are about "
     "as good as each other, and the noise of small batches helps find wide ones."),
    ("tech.classification-vs-regression", "classification",
     "Classification picks one of a fixed set of answers, like spam or not spam."),
    ("tech.linear-regression-assumptions", "linearity",
     "The outcome has to change by a fixed amount for each unit of an input."),
    ("tech.linear-regression-assumptions", "homoscedasticity",
     "The errors should be about the same size everywhere, not small for cheap "
     "houses and huge for expensive ones."),
    ("tech.linear-regression-assumptions", "exogeneity",
     "Nothing left out of the model should be tied to the inputs, otherwise the "
     "weights soak up its effect."),
    ("tech.linear-regression-assumptions", "consequences",
     "When they fail, the uncertainty ranges and the tests on each weight can't be "
     "trusted."),
    ("tech.logistic-regression", "sigmoid",
     "It adds up the weighted inputs and squeezes the result into a chance between "
     "nothing and certainty."),
    ("tech.logistic-regression", "log-odds",
     "The weighted sum is the log of how many times more likely yes is than no."),
    ("tech.logistic-regression", "training",
     "It is trained by making the yes and no answers we saw as probable as possible, "
     "nudging the weights step by step since no formula gives them directly."),
    ("tech.logistic-regression", "boundary",
     "To get a yes or no you call it yes above one half, and the line between the "
     "two answers is straight."),
    ("tech.logistic-regression", "boundary",
     "To get a yes or no you call it yes above one half."),
    ("tech.multicollinearity", "definition",
     "One input is almost a copy of another one."),
    ("tech.multicollinearity", "effect",
     "The model cannot tell which of the twins deserves the credit, so the weights "
     "become shaky and can change from positive to negative when a few rows change."),
    ("tech.bagging-vs-boosting", "bagging-parallel",
     "In the first, each model is trained on its own random sample of the rows, some "
     "rows picked twice, and the models never see each other."),
    ("tech.bagging-vs-boosting", "boosting-sequential",
     "In the second, each new model focuses on the mistakes the earlier models still "
     "make."),
    ("tech.bagging-vs-boosting", "overfitting-noise",
     "The second can end up chasing noise in the data, so you take small steps and "
     "stop adding models when the held aside score stops improving."),
    ("tech.gradient-boosting", "additive",
     "It starts from a simple first guess, like the average price, and then keeps "
     "adding trees whose outputs add up to the prediction."),
    ("tech.gradient-boosting", "pseudo-residuals",
     "Each new tree is trained on how far off each prediction still is, the gap "
     "between the truth and the current guess."),
    ("tech.gradient-boosting", "pseudo-residuals",
     "Each new tree learns the remaining mistakes of the trees so far."),
    ("tech.gradient-boosting", "shrinkage",
     "Each tree only adds a small part of what it learned, so you need more trees "
     "but it generalizes better."),
    ("tech.knn", "lazy",
     "There is no real training; it just remembers all the examples and does the "
     "work when a question comes in."),
    ("tech.curse-of-dimensionality", "sparsity",
     "Every extra feature multiplies the room the points have to fill, so you need "
     "far more data to cover it."),
    ("tech.curse-of-dimensionality", "remedies",
     "Keep only the useful features or squeeze the features down into a few combined "
     "ones."),
    ("tech.svm", "soft-margin",
     "When the classes overlap it lets a few points sit inside the band or on the "
     "wrong side, at a cost."),
    ("tech.k-means", "alternatives",
     "For odd shaped groups, a method based on how crowded areas are works better."),
    ("tech.choosing-k", "other-criteria",
     "For mixture models I use a score that rewards fit but charges for every extra "
     "group."),
    ("tech.dbscan", "density",
     "It finds crowded areas where points are packed closely together."),
    ("tech.dbscan", "advantages",
     "You do not have to say how many groups there are in advance, and the groups "
     "can have odd shapes like a moon or a ring."),
    ("tech.dbscan", "limitations",
     "It struggles when some groups are much denser than others, because one "
     "distance cannot fit them all."),
    ("tech.gaussian-mixture-models", "selection",
     "I choose how many blobs with a score that punishes extra blobs, and run it "
     "from several starts."),
    ("tech.dimensionality-reduction", "techniques",
     "One common way finds the directions where the data spreads the most and "
     "projects onto them."),
    ("tech.pca", "max-variance",
     "It finds the direction along which the data is most stretched out, then the "
     "next one at a right angle to it, and so on."),
    ("tech.bayes-theorem", "formula",
     "The chance of having it given a positive test is the chance of a positive test "
     "if sick times how common the disease is, divided by the chance of a positive "
     "test overall."),
    ("tech.bayes-theorem", "answer",
     "So only about 17 percent of the people who test positive really have it."),
    ("tech.bayes-theorem", "base-rate",
     "Most people are healthy, so even a small error rate among them produces more "
     "wrong alarms than real cases."),
    ("tech.naive-bayes", "bayes-rule",
     "It combines how common each kind of email is with how often each word appears "
     "in that kind, and picks the kind with the higher chance."),
    ("tech.naive-bayes", "independence",
     "It treats every word as if it had no link to the other words once you know the "
     "kind of email."),
    ("tech.naive-bayes", "independence",
     "It pretends the words do not affect each other within a class."),
    ("tech.naive-bayes", "variants",
     "For text it uses how many times each word appears, or just whether each word "
     "appears."),
    ("tech.naive-bayes", "why-works",
     "Its chances are far too sure of themselves, but it only needs the right class "
     "to come out on top."),
    ("tech.maximum-likelihood", "log",
     "Treating the examples as separate draws, the chance of the whole data set is "
     "the product of the chances, so we take logs and add them up."),
    ("tech.maximum-likelihood", "losses",
     "If the outcome is yes or no with some probability, minus the log of the chance "
     "is the usual classification loss."),
    ("tech.maximum-likelihood", "properties",
     "With very little data it trusts the few examples too much, but with lots of "
     "data it gets closer and closer to the truth."),
    ("tech.central-limit-theorem", "conditions",
     "It works no matter what the original data looks like, as long as the draws are "
     "independent and the spread is not infinite."),
    ("tech.central-limit-theorem", "standard-error",
     "The spread of the average shrinks with the square root of how many points you "
     "have."),
    ("tech.probability-distributions", "bernoulli-binomial",
     "A yes or no outcome, like whether a user clicks, and the number of clicks out "
     "of a hundred views."),
    ("tech.complexity-vs-interpretability", "spectrum",
     "With a simple straight line model you can read off what each input does, but "
     "with a big ensemble you cannot see inside."),
    ("tech.complexity-vs-interpretability", "middle-ground",
     "You can also explain each prediction afterwards by showing how much each input "
     "pushed it up or down."),
    ("tech.complexity-vs-interpretability", "costs",
     "A complicated model is also slower to answer, costs more to run and is harder "
     "to fix when it breaks."),
]  # fmt: skip

# (question, key point, a wrong sentence in the same words)
NOT_EARNED: list[tuple[str, str, str]] = [
    ("tech.generative-vs-discriminative", "discriminative",
     "Discriminative models learn the joint distribution, not how likely each label "
     "is once you see the input."),
    ("tech.generative-vs-discriminative", "generative",
     "Generative models only learn the decision boundary and never a story of how "
     "the data came about."),
    ("tech.learning-curves", "high-bias-pattern",
     "When both scores level off at a disappointing level, more data will help."),
    ("tech.learning-curves", "high-variance-pattern",
     "If the held aside score keeps climbing as data is added, more data will not "
     "help."),
    ("tech.regularization", "penalty",
     "Regularization rewards large weights instead of adding a cost for large "
     "weights."),
    ("tech.regularization", "penalty",
     "There is no extra cost for large weights in regularization."),
    ("tech.regularization", "other-forms",
     "Keeping the trees shallow is not a form of regularization."),
    ("tech.regularization", "strength",
     "A stronger penalty makes the model more complex."),
    ("tech.l1-vs-l2", "sparsity",
     "L2 gives sparse weights, pushing weights all the way to nothing."),
    ("tech.l1-vs-l2", "correlated",
     "Lasso never keeps one and throws the other away."),
    ("tech.dropout", "why",
     "Dropout does not make each neuron useful on its own."),
    ("tech.dropout", "inference",
     "Dropout stays on at inference; not every neuron is kept when making "
     "predictions."),
    ("tech.early-stopping", "monitor",
     "Early stopping monitors the training loss; you never keep an eye on the score "
     "on examples held aside."),
    ("tech.early-stopping", "why-regularizes",
     "Early stopping lets the weights wander far from where they began."),
    ("tech.early-stopping", "caveats",
     "The held aside score is never too rosy, so no other untouched set is needed."),
    ("tech.momentum", "noise",
     "Momentum adds noise, making the noisy slopes even noisier."),
    ("tech.adam-optimizer", "second-moment",
     "Adam uses one learning rate for all parameters and never shrinks the steps of "
     "weights with large slopes."),
    ("tech.adam-optimizer", "bias-correction",
     "Bias correction matters most at the end of training, when the early numbers "
     "are too small."),
    ("tech.learning-rate-schedules", "types",
     "A schedule is never used; easing it smoothly down does not help."),
    ("tech.local-minima-convexity", "convex-def",
     "A convex loss is not like one bowl; it has many separate dips."),
    ("tech.local-minima-convexity", "good-minima",
     "In deep networks the low spots are not about as good as each other; most are "
     "terrible."),
    ("tech.classification-vs-regression", "classification",
     "Classification predicts a continuous value, not one of a fixed set of answers."),
    ("tech.linear-regression-assumptions", "homoscedasticity",
     "The errors do not need to be about the same size everywhere."),
    ("tech.linear-regression-assumptions", "exogeneity",
     "It does not matter whether something left out of the model is tied to the "
     "inputs."),
    ("tech.linear-regression-assumptions", "consequences",
     "When they fail, the uncertainty ranges stay perfectly valid."),
    ("tech.logistic-regression", "log-odds",
     "The weighted sum is not the log of how many times more likely yes is than no."),
    ("tech.logistic-regression", "sigmoid",
     "Logistic regression does not squeeze the result into a chance."),
    ("tech.logistic-regression", "boundary",
     "The line between the two answers is not straight, it is always curved."),
    ("tech.multicollinearity", "effect",
     "Multicollinearity ruins the predictions, while the weights stay stable."),
    ("tech.multicollinearity", "effect",
     "The weights never change from positive to negative, only the predictions "
     "become wrong."),
    ("tech.bagging-vs-boosting", "bagging-parallel",
     "Bagging trains models one after another, where each model fixes the previous "
     "one."),
    ("tech.bagging-vs-boosting", "boosting-sequential",
     "Boosting trains models independently in parallel and never focuses on the "
     "mistakes of earlier ones."),
    ("tech.bagging-vs-boosting", "bias-variance",
     "Bagging turns models that are too simple into a strong one, and boosting calms "
     "down jumpy models."),
    ("tech.bagging-vs-boosting", "overfitting-noise",
     "Boosting never ends up chasing noise, so you never need to stop adding models."),
    ("tech.gradient-boosting", "additive",
     "Each new tree replaces the previous one instead of the outputs adding up."),
    ("tech.gradient-boosting", "pseudo-residuals",
     "Each tree is trained on the original labels, not on how far off each "
     "prediction is."),
    ("tech.gradient-boosting", "shrinkage",
     "A larger learning rate reduces overfitting, so each tree should add much more "
     "than a small part of what it learned."),
    ("tech.knn", "lazy",
     "KNN has a long training phase and does not need to remember all the examples."),
    ("tech.curse-of-dimensionality", "sparsity",
     "More dimensions make the data denser, so you do not need far more data."),
    ("tech.curse-of-dimensionality", "affected",
     "Methods that rely on distances work better with more dimensions."),
    ("tech.curse-of-dimensionality", "remedies",
     "Adding more features fixes it, there is no need to keep only the useful "
     "features."),
    ("tech.svm", "soft-margin",
     "An SVM can never let points sit inside the band, even when the classes "
     "overlap."),
    ("tech.choosing-k", "other-criteria",
     "Pick the k with the highest BIC, the score that rewards fit but charges for "
     "every extra group."),
    ("tech.dbscan", "density",
     "DBSCAN is centroid based and ignores whether points are packed closely "
     "together."),
    ("tech.dbscan", "advantages",
     "DBSCAN needs the number of clusters, you must say how many groups there are in "
     "advance."),
    ("tech.dbscan", "limitations",
     "DBSCAN handles varying densities well, even when some groups are much denser "
     "than others."),
    ("tech.gaussian-mixture-models", "selection",
     "Pick the number of components with the highest BIC, the score that punishes "
     "extra blobs."),
    ("tech.dimensionality-reduction", "techniques",
     "PCA captures nonlinear structure rather than the directions where the data "
     "spreads the most."),
    ("tech.pca", "max-variance",
     "PCA picks the directions where the data is least stretched out."),
    ("tech.tsne-umap", "nonlinear-local",
     "t-SNE is a linear method that does not keep points that were close together "
     "close."),
    ("tech.bayes-theorem", "formula",
     "The posterior equals the prior divided by the likelihood, not divided by the "
     "chance of a positive."),
    ("tech.bayes-theorem", "answer",
     "The answer is 99 percent, not 17 percent."),
    ("tech.bayes-theorem", "base-rate",
     "The base rate does not matter, even if most people are healthy."),
    ("tech.naive-bayes", "independence",
     "Naive Bayes assumes the words strongly affect each other."),
    ("tech.naive-bayes", "why-works",
     "Its probabilities are perfectly calibrated and never too sure of themselves."),
    ("tech.naive-bayes", "why-works",
     "It needs a huge amount of data and is not too sure of itself."),
    ("tech.maximum-likelihood", "log",
     "Taking logs and adding them up changes where the maximum is."),
    ("tech.maximum-likelihood", "properties",
     "MLE never overfits, even with very little data."),
    ("tech.central-limit-theorem", "conditions",
     "It only works if the data is normal, no matter what the original data looks "
     "like does not hold."),
    ("tech.central-limit-theorem", "standard-error",
     "The standard error grows with the square root of the sample size."),
    ("tech.confidence-intervals", "width",
     "Four times as many test examples makes the range four times as wide."),
    ("tech.probability-distributions", "bernoulli-binomial",
     "The Poisson distribution is for binary outcomes, a yes or no outcome."),
    ("tech.complexity-vs-interpretability", "spectrum",
     "Deep networks are more interpretable, you can read off what each input does."),
    ("tech.complexity-vs-interpretability", "middle-ground",
     "Feature importance shows the causal effect of how much each input pushed the "
     "prediction."),
    ("tech.complexity-vs-interpretability", "costs",
     "Complex models cost nothing extra to serve and are not slower to answer."),
]  # fmt: skip


# an everyday sentence earns its point by words; the same words saying something else do not
test_an_everyday_wording_earns_its_point, test_the_same_words_saying_something_else_do_not = (
    wording_tests(EARNED, NOT_EARNED)
)
