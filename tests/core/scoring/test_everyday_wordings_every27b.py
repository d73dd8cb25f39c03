"""Key points earned by their everyday wordings (issue 9, every27b: questions/technical_applied.yaml,
23 questions). Each EARNED sentence says its point in plain words, as a candidate who understands
it but avoids the jargon would; the sentences were written per key point before any wording was
added, and the ones kept here are those no phrase of main (29e7d1e) earned by words: 76 wordings
on 43 points close those gaps. Each NOT_EARNED sentence uses the same words for a wrong, reversed,
denied or dismissed claim and must not earn the point. Wordings a wrong sentence earned were
dropped, not kept with an easier wrong sentence."""

from __future__ import annotations

from tests.core.scoring.everyday_wordings import wording_tests

# (question, key point, an answer in everyday words that says it)
EARNED: list[tuple[str, str, str]] = [
    ("tech.cnn", "pooling",
     "Between layers the maps are made smaller by keeping the strongest signal from "
     "each little patch."),
    ("tech.cnn", "weight-sharing",
     "The same small detector is reused at every spot in the picture, so a cat's ear "
     "is found anywhere."),
    ("tech.cnn", "convolution",
     "A small grid of learned numbers moves across the picture and checks each spot "
     "for a pattern."),
    ("tech.cnn-layer-arithmetic", "output-size",
     "A stride of two skips every other position, so the output is about half as wide."),
    ("tech.cnn-layer-arithmetic", "independent-of-size",
     "The count is the same whether the picture is small or huge, because the filter "
     "is just slid further."),
    ("tech.rnn", "bptt",
     "To train it you lay the steps out as one long chain and send the error backwards "
     "along the chain."),
    ("tech.rnn", "gradients",
     "The learning signal fades a little at every step, so after fifty words the start "
     "has almost no influence."),
    ("tech.rnn", "sequential",
     "Step ten cannot start before step nine is finished, so the graphics card sits "
     "mostly idle."),
    ("tech.lstm-gru", "cell-state",
     "Next to the normal output it carries a second memory line that runs through all "
     "the steps and is only lightly edited."),
    ("tech.lstm-gru", "gates",
     "Small switches with values from zero to one decide what to forget, what new "
     "information to store and what to show."),
    ("tech.lstm-gru", "gru",
     "The GRU is a slimmed down version: it keeps one memory and uses two switches, so "
     "it trains faster."),
    ("tech.model-versioning", "code-data",
     "Each run saves exactly which version of the code and which copy of the data it "
     "used."),
    ("tech.model-versioning", "registry-tracking",
     "All runs with their settings and results go into one shared logbook, and "
     "finished models into a catalogue with version numbers."),
    ("tech.model-versioning", "environment",
     "I pack the exact library versions into a container and fix the random starting "
     "numbers."),
    ("tech.feature-importance", "impurity",
     "The built-in tree number adds up how much each question about a column cleans up "
     "the groups, and it likes columns with lots of distinct values."),
    ("tech.sentence-embeddings", "contextual-encoder",
     "I would use a language model trained so that two tickets about the same problem "
     "end up close together."),
    ("tech.model-deployment", "packaging",
     "The model ships in one box with its data cleaning code and all its libraries."),
    ("tech.model-deployment", "safe-rollout",
     "First the new model sees real requests quietly without its answers being used, "
     "then it serves five percent of users."),
    ("tech.model-deployment", "rollback",
     "If errors go up we switch back to the old model within minutes."),
    ("tech.transformers-vs-rnns", "scaling-pretraining",
     "They keep getting better when you give them more text and more computers, so one "
     "big model can be trained once and reused."),
    ("tech.transformers-vs-rnns", "inference",
     "When writing text it still produces one word after another, and it saves earlier "
     "work to avoid redoing it."),
    ("tech.collaborative-filtering", "tradeoffs",
     "Most people rate only a handful of items, and the popular items keep getting "
     "shown."),
    ("tech.roc-auc", "imbalance-caveat",
     "When real cases are one in a thousand, even a tiny false alarm rate means "
     "thousands of false alarms, so the curve looks better than it is."),
    ("tech.choosing-metrics", "offline-online",
     "The number I optimise offline is only a stand-in, so in the end I check the real "
     "effect on live users."),
    ("tech.choosing-metrics", "guardrails",
     "I also watch numbers that must not get worse, like speed, and check the results "
     "for each country separately."),
    ("tech.multiclass-averaging", "micro",
     "Micro adds up all the hits and mistakes over every class first, so the big "
     "classes decide the result."),
    ("tech.split-strategy", "match-production",
     "The split should copy the situation the model will face, for example shops it "
     "has never seen."),
    ("tech.missing-data", "understand-mechanism",
     "First I ask why the values are missing, for example people with high incomes "
     "skip the income question."),
    ("tech.categorical-encoding", "rare-unseen",
     "Values that appear only a few times go into one shared group for rare ones, "
     "which also catches new values."),
    ("tech.time-series-validation", "rolling-origin",
     "Repeat this several times, each time moving the split date forward."),
    ("tech.ab-testing-models", "randomization",
     "Each user is assigned by coin flip to the old or the new model and stays there."),
    ("tech.ab-testing-models", "significance",
     "I run it for the planned time without stopping when it looks good, and check the "
     "difference is bigger than chance."),
    ("tech.larger-than-memory", "streaming-batches",
     "Read the data piece by piece from disk and train on each small batch, never "
     "holding all of it in memory."),
    ("tech.larger-than-memory", "incremental",
     "Maybe a random tenth of the data is enough, so I check whether the score still "
     "improves as I add more."),
    ("tech.tabular-feature-engineering", "aggregates",
     "Then count how often each customer used the product in the last week and month "
     "and whether that is going down."),
    ("tech.tabular-feature-engineering", "transforms",
     "Add things like how long they have been a customer and complaints per month."),
    ("tech.tabular-feature-engineering", "point-in-time",
     "Every feature must be built only from what we knew before the day of the "
     "prediction."),
    ("tech.backpropagation", "update",
     "Finally each weight is moved a little in the direction that lowers the error."),
    ("tech.activation-functions", "nonlinearity",
     "Without a bend between layers, ten layers are no better than one, because "
     "stacking straight-line steps only gives another straight line."),
    ("tech.self-attention", "qkv",
     "Each word makes three vectors: one saying what it is looking for, one saying "
     "what it contains, and one with the information it passes on."),
    ("tech.self-attention", "scores-softmax",
     "Each word compares what it is looking for with what every other word contains, "
     "turns the scores into shares that add up to one, and takes that blend of their "
     "information."),
    ("tech.self-attention", "multi-head",
     "It does this several times side by side, so one copy can track grammar and "
     "another which name a pronoun refers to."),
    ("tech.self-attention", "cost-mask",
     "Comparing every word with every other word gets expensive for long texts, and "
     "when generating, words are blocked from seeing the ones after them."),
]  # fmt: skip

# (question, key point, the same words saying something wrong)
NOT_EARNED: list[tuple[str, str, str]] = [
    ("tech.cnn", "pooling",
     "Between layers the maps never get smaller, and nothing keeps the strongest "
     "signal in each patch."),
    ("tech.cnn", "weight-sharing",
     "The same detector is not reused at every position; each position has its own "
     "weights."),
    ("tech.cnn", "convolution",
     "Nothing moves across the picture; every pixel is wired to every unit."),
    ("tech.cnn-layer-arithmetic", "output-size",
     "A stride of two does not skip every other position, so the output stays just as "
     "wide."),
    ("tech.cnn-layer-arithmetic", "independent-of-size",
     "The count is not the same for a small or a huge picture: bigger pictures need "
     "more parameters."),
    ("tech.rnn", "bptt",
     "It is not trained by sending the error backwards along the chain."),
    ("tech.rnn", "sequential",
     "A step never waits for the step before; all steps run at once."),
    ("tech.rnn", "gradients",
     "The learning signal never fades, so it remembers hundreds of words back easily."),
    ("tech.lstm-gru", "cell-state",
     "There is no separate memory line; it only has the output."),
    ("tech.lstm-gru", "gates",
     "No switch decides what to forget; the cell keeps everything."),
    ("tech.lstm-gru", "gru",
     "The GRU is not a slimmed down version; it has more switches than the LSTM."),
    ("tech.model-versioning", "code-data",
     "You do not need to record which copy of the data was used, only the code."),
    ("tech.model-versioning", "registry-tracking",
     "There is no need to keep the settings and results of the runs."),
    ("tech.model-versioning", "environment",
     "The exact library versions and the random starting numbers do not matter."),
    ("tech.feature-importance", "impurity",
     "The built-in tree number does not favour columns with many distinct values; it "
     "is unbiased."),
    ("tech.sentence-embeddings", "contextual-encoder",
     "Similar texts never end up close together with such models, so I just average "
     "word vectors."),
    ("tech.model-deployment", "packaging",
     "The model ships without its data cleaning code, which we rewrite for serving."),
    ("tech.model-deployment", "safe-rollout",
     "We switch all users at once, with no small slice of users first."),
    ("tech.model-deployment", "rollback",
     "Once it is live there is no way to switch back to the old model."),
    ("tech.transformers-vs-rnns", "inference",
     "When writing text it produces all the words at once."),
    ("tech.transformers-vs-rnns", "scaling-pretraining",
     "They do not keep getting better with more data."),
    ("tech.choosing-metrics", "guardrails",
     "There are no numbers that must not get worse."),
    ("tech.multiclass-averaging", "micro",
     "Micro does not add up all the hits; it averages each class equally."),
    ("tech.split-strategy", "match-production",
     "The split does not need to copy the situation the model will face; random is "
     "fine."),
    ("tech.missing-data", "understand-mechanism",
     "It does not matter why the values are missing."),
    ("tech.categorical-encoding", "rare-unseen",
     "Values that appear only a few times need no special group."),
    ("tech.collaborative-filtering", "tradeoffs",
     "Popular items do not keep getting shown."),
    ("tech.roc-auc", "imbalance-caveat",
     "With one real case in a thousand the curve is never misleading."),
    ("tech.choosing-metrics", "offline-online",
     "The number I optimise is the goal itself, never only a stand-in."),
    ("tech.categorical-encoding", "rare-unseen",
     "Rare values need no shared group for rare ones at all."),
    ("tech.roc-auc", "imbalance-caveat",
     "When real cases are one in a thousand there are never thousands of false alarms, "
     "so it never looks better than it is."),
    ("tech.choosing-metrics", "offline-online",
     "I never check the real effect on live users; the offline score is enough."),
    ("tech.time-series-validation", "rolling-origin",
     "There is no need for moving the split date forward; one split is enough."),
    ("tech.ab-testing-models", "randomization",
     "Users are not assigned by coin flip; we pick who gets the new model."),
    ("tech.ab-testing-models", "significance",
     "I stop the test as soon as the new model looks good, no need to check it is "
     "bigger than chance."),
    ("tech.larger-than-memory", "incremental",
     "A random part of the data is never enough; the score always improves with more "
     "data."),
    ("tech.tabular-feature-engineering", "aggregates",
     "How often each customer used the product does not matter."),
    ("tech.tabular-feature-engineering", "transforms",
     "How long they have been a customer is useless."),
    ("tech.tabular-feature-engineering", "point-in-time",
     "Features do not need to come only from what we knew before the day; later data "
     "is fine."),
    ("tech.larger-than-memory", "streaming-batches",
     "Reading it piece by piece from disk is far too slow, so buy a machine with "
     "enough memory."),
    ("tech.larger-than-memory", "streaming-batches",
     "You cannot train piece by piece from disk; all of it must sit in memory."),
    ("tech.model-deployment", "safe-rollout",
     "The old model's answers are not used any more: we switch every user to the new "
     "one on day one."),
    ("tech.model-versioning", "code-data",
     "Recording which copy of the data was used is pointless; the code is enough."),
    ("tech.multiclass-averaging", "micro",
     "In micro averaging the big classes never decide; every class counts the same."),
    ("tech.split-strategy", "match-production",
     "It does not matter which situation the model will face; a random split is always "
     "fine."),
    ("tech.rnn", "sequential",
     "Step ten does not wait for the step before; all steps run at once."),
    ("tech.collaborative-filtering", "tradeoffs",
     "Popular items never keep getting shown more than others."),
    ("tech.backpropagation", "update",
     "The weights are moved a little in the direction that raises the error."),
    ("tech.activation-functions", "nonlinearity",
     "Ten straight-line layers are much better than one layer, even without any bend."),
    ("tech.self-attention", "qkv",
     "Each word makes only one vector, not three vectors."),
    ("tech.self-attention", "scores-softmax",
     "The weights are not shares that add up to one."),
    ("tech.self-attention", "multi-head",
     "It is never done several times side by side; one head is all there is."),
    ("tech.self-attention", "cost-mask",
     "Words are never blocked from seeing the ones after them, even when generating."),
]  # fmt: skip

# an everyday sentence earns its point by words; the same words saying something else do not
test_an_everyday_wording_earns_its_point, test_the_same_words_saying_something_else_do_not = (
    wording_tests(EARNED, NOT_EARNED)
)
