"""Key points earned by their everyday wordings (issue 9, every26: a fully correct answer in
everyday words lost to a textbook partial one because many case points, and some technical ones,
listed only the textbook wording). Each sentence below avoids the standard terms; before the
rubric's `phrases` gained these wordings, none of them earned its point by words. A case
sentence follows one naming its case, as a case answer does (a short phrase counts in a case
answer only near a sentence naming the case). Sentences using the same words for a wrong claim
must not earn the point."""

from __future__ import annotations

from tests.core.scoring.everyday_wordings import wording_tests

# (question, key point, an answer in everyday words that says it)
EARNED: list[tuple[str, str, str]] = [
    ("case.stock-prices", "frame-returns",
     "This is about predicting stock prices. Instead of the price level I would "
     "predict the change from today to next week."),
    ("case.stock-prices", "time-split",
     "This is about predicting stock prices. I would train on the past years and test "
     "only on the months that came after, never mixing future days into training."),
    ("case.stock-prices", "time-split",
     "This is about predicting stock prices. The model may only use data from before "
     "the day it is predicting."),
    ("case.stock-prices", "features",
     "This is about predicting stock prices. Inputs would be recent price changes, how "
     "much the price has been jumping around lately, and how many shares changed "
     "hands."),
    ("case.stock-prices", "weak-signal",
     "This is about predicting stock prices. Prices already reflect what everyone "
     "knows, so beating a guess that tomorrow equals today is very hard."),
    ("case.stock-prices", "costs",
     "This is about predicting stock prices. I would replay the strategy on past data, "
     "paying fees for each trade, and see how much money it makes for the risk taken."),
    ("case.stock-prices", "regimes",
     "This is about predicting stock prices. What worked last year often stops working "
     "when the market mood changes, so I would retrain regularly."),
    ("case.recommendation-system", "two-stage",
     "This is about recommending products to shoppers. First quickly narrow millions "
     "of products down to a few hundred, then order that short list carefully with a "
     "heavier model."),
    ("case.recommendation-system", "implicit",
     "This is about recommending products to shoppers. Few people rate things, so I "
     "learn from what they look at, put in the basket and buy."),
    ("case.recommendation-system", "evaluation",
     "This is about recommending products to shoppers. I would show the new "
     "suggestions to half the shoppers and compare how much they buy with the other "
     "half."),
    ("case.recommendation-system", "feedback-loop",
     "This is about recommending products to shoppers. If we only show what is already "
     "popular, only that gets bought, so I would mix in some less known products."),
    ("case.fraud-detection", "velocity",
     "This is about catching credit card fraud. Useful signals are how many purchases "
     "the card made in the last few minutes, whether the shop is in another country "
     "and whether the phone is one we have seen."),
    ("case.fraud-detection", "labels-adversarial",
     "This is about catching credit card fraud. We only learn a payment was fraud "
     "weeks later when the cardholder complains, and criminals change their tricks "
     "once they are blocked."),
    ("case.fraud-detection", "layered-actions",
     "This is about catching credit card fraud. Clear cases are blocked, unclear ones "
     "get a text message code or go to a human to check."),
    ("case.nlp-customer-reviews", "aspects",
     "This is about customer reviews. Then I would find what each review talks about, "
     "like shipping, size or battery life, and whether that part is praised or "
     "criticized."),
    ("case.nlp-customer-reviews", "pretrained",
     "This is about customer reviews. I would start from a language model that has "
     "already read a huge amount of text and train it a little more on our reviews."),
    ("case.nlp-customer-reviews", "labels",
     "This is about customer reviews. The star rating gives a rough answer for free, "
     "and I would have people mark a few thousand reviews by hand with clear rules."),
    ("case.nlp-customer-reviews", "actionable",
     "This is about customer reviews. The product team gets a weekly summary of the "
     "top complaints and a warning when complaints about something suddenly jump."),
    ("case.ad-ctr-prediction", "calibration",
     "This is about predicting ad clicks. If the model says two percent, about two in "
     "a hundred of those ads must really get clicked, because the number is multiplied "
     "by the bid."),
    ("case.ad-ctr-prediction", "logloss",
     "This is about predicting ad clicks. I would judge it by how much probability it "
     "gave to what actually happened, which punishes being sure and wrong."),
    ("case.ad-ctr-prediction", "architecture",
     "This is about predicting ad clicks. I would start with a simple weighted sum "
     "squeezed into a probability, then move to a network that learns how pairs of "
     "inputs work together."),
    ("case.churn-prediction", "uplift",
     "This is about subscribers who cancel. Calling people who would stay anyway "
     "wastes money; I want the ones a discount actually keeps, which I learn by "
     "leaving a random group without the offer."),
    ("case.churn-prediction", "ranking-metrics",
     "This is about subscribers who cancel. Since the team can only call a few hundred "
     "people, what matters is how many of the top of the list really leave."),
    ("case.churn-prediction", "explain",
     "This is about subscribers who cancel. For each person the team sees the main "
     "reasons they were flagged, like fewer hours watched."),
    ("case.demand-forecasting", "global",
     "This is about grocery demand forecasts. One model learns from all products and "
     "stores together, and store forecasts should add up to the region's totals."),
    ("case.demand-forecasting", "probabilistic",
     "This is about grocery demand forecasts. I would forecast a range rather than one "
     "number, so the store can stock enough to cover demand on most days."),
    ("case.demand-forecasting", "backtest",
     "This is about grocery demand forecasts. I would check it by pretending it is a "
     "past date, forecasting the next weeks, and moving that date forward again and "
     "again."),
    ("case.demand-forecasting", "metrics",
     "This is about grocery demand forecasts. The error should be measured relative to "
     "how much each product sells so that slow and fast sellers can be compared, and "
     "whether we always guess too high or too low."),
    ("case.demand-forecasting", "censoring",
     "This is about grocery demand forecasts. When the shelf was empty the sales we "
     "recorded are lower than what people wanted to buy."),
    ("case.content-moderation", "policy",
     "This is about removing harmful posts. First write down exactly what counts as "
     "hate or violence, and how serious each kind is."),
    ("case.content-moderation", "multimodal",
     "This is about removing harmful posts. It has to read the words, look at the "
     "pictures, and read words written on top of memes."),
    ("case.content-moderation", "human-loop",
     "This is about removing harmful posts. Posts the model is not sure about go to "
     "trained people, and the model decides which they see first."),
    ("case.content-moderation", "thresholds",
     "This is about removing harmful posts. Very clear cases are taken down right "
     "away, borderline ones are shown to fewer people."),
    ("case.content-moderation", "adversarial",
     "This is about removing harmful posts. People spell words oddly or invent code "
     "words to slip past the filter, so it must keep learning."),
    ("case.eta-prediction", "realtime-features",
     "This is about food delivery arrival times. It uses how jammed the roads are "
     "right now, where the rider is, and how many orders the kitchen already has."),
    ("case.eta-prediction", "asymmetric",
     "This is about food delivery arrival times. Arriving late annoys people much more "
     "than arriving early, so I would promise a time we beat most of the time."),
    ("case.eta-prediction", "routing",
     "This is about food delivery arrival times. The ride time comes from the map and "
     "the phone's location along the road."),
    ("case.eta-prediction", "updates",
     "This is about food delivery arrival times. The estimate changes as things "
     "happen, for example when the rider picks the food up."),
    ("case.log-anomaly-detection", "unsupervised",
     "This is about unusual server logs. We rarely have marked failures, so the system "
     "learns what a usual day looks like and flags what differs from it."),
    ("case.log-anomaly-detection", "alert-fatigue",
     "This is about unusual server logs. If it pages people too often they start "
     "ignoring it, so I group related warnings into one message."),
    ("case.log-anomaly-detection", "incidents",
     "This is about unusual server logs. I would replay the logs from past outages and "
     "see whether and how fast it would have warned us."),
    ("case.spam-filtering", "reputation",
     "This is about spam email. Who sent it matters: a sender with a bad history, a "
     "domain created yesterday, or links to known bad sites."),
    ("case.spam-filtering", "adversarial",
     "This is about spam email. Senders keep changing their wording to get past the "
     "filter, so it must update quickly."),
    ("case.image-search", "ann",
     "This is about visual search with photos. Searching millions of items one by one "
     "is too slow, so I use an index that finds the closest ones quickly, even if not "
     "exactly."),
    ("case.image-search", "index-updates",
     "This is about visual search with photos. New products must be added to the "
     "search as they arrive, and when the network changes all vectors are recomputed."),
    ("case.chatbot-evaluation", "success",
     "This is about the support chatbot. What matters is whether the customer's "
     "problem got fixed without needing a person."),
    ("case.chatbot-evaluation", "eval-set",
     "This is about the support chatbot. I would build a fixed collection of real past "
     "conversations, including strange and hard ones, and test every version on it."),
    ("case.chatbot-evaluation", "grounding",
     "This is about the support chatbot. Each answer must be backed by our help pages, "
     "never invented."),
    ("case.chatbot-evaluation", "safety",
     "This is about the support chatbot. A team tries on purpose to make the bot say "
     "bad things or reveal customers' private details."),
    ("case.credit-risk", "oot",
     "This is about loan applicants. I would test on loans from a later year, ideally "
     "including a bad economy."),
    ("case.news-feed-ranking", "multi-objective",
     "This is about the news feed. The model predicts several things, like the chance "
     "of a like, a comment or a share, and adds them up with weights into one number."),
    ("case.news-feed-ranking", "integrity",
     "This is about the news feed. After scoring, I avoid showing many posts in a row "
     "from the same author and push false stories down."),
    ("case.duplicate-detection", "blocking",
     "This is about duplicate listings. Comparing every listing with every other is "
     "impossible, so I only compare listings that share a category or similar title "
     "words."),
    ("case.duplicate-detection", "clustering",
     "This is about duplicate listings. If A matches B and B matches C, I put all "
     "three in one group with one main listing."),
    ("case.duplicate-detection", "metrics",
     "This is about duplicate listings. A wrong merge hides a real product, so each "
     "merged group must be right almost always."),
    ("case.surge-pricing", "fairness",
     "This is about ride prices when demand is high. During a disaster, high prices "
     "look like exploiting people, so I would cap them."),
    ("case.surge-pricing", "switchback",
     "This is about ride prices when demand is high. Riders in one test group take "
     "drivers from the other, so I would switch the whole city between versions every "
     "half hour."),
    ("case.medical-triage-fairness", "label-bias",
     "This is about triage patients. If the model learns from how much was spent on "
     "patients, groups with less access to care look healthier than they are."),
    ("case.medical-triage-fairness", "fairness-metrics",
     "This is about triage patients. I would compare how often the model misses sick "
     "patients in each group."),
    ("case.medical-triage-fairness", "sensitivity",
     "This is about triage patients. Missing a very sick patient is the worst error, "
     "so it must catch almost all of them."),
    ("case.medical-triage-fairness", "explanations",
     "This is about triage patients. For each patient it shows which readings pushed "
     "the score up."),
    ("case.query-autocomplete", "latency",
     "This is about autocomplete suggestions. Suggestions must appear after each "
     "letter within a few milliseconds, so they are looked up from precomputed lists "
     "per beginning of the word."),
    ("case.query-autocomplete", "candidates",
     "This is about autocomplete suggestions. Suggestions come from what people "
     "searched before, starting with the letters typed, ranked by how often."),
    ("case.query-autocomplete", "safety",
     "This is about autocomplete suggestions. Rude or hurtful completions are removed "
     "with a list of banned words."),
    ("case.query-autocomplete", "typos-generative",
     "This is about autocomplete suggestions. It should still help when someone makes "
     "a spelling mistake."),
    ("case.real-time-bidding", "delayed",
     "This is about bidding for ads. Purchases often happen days after the ad was "
     "shown, so recent data looks worse than it is."),
    ("tech.cross-validation", "purpose",
     "Averaging over the rounds gives a steadier estimate of how it does on new data, "
     "and shows how much that estimate wobbles."),
    ("tech.cross-validation", "variants",
     "Keep the share of each class the same in every part, keep all rows of one "
     "patient in the same part, and for dates always check on later periods."),
    ("tech.backpropagation", "reverse-mode",
     "Going backwards costs about the same as one trip forward, no matter how many "
     "weights there are."),
    ("tech.residual-connections", "gradient-flow",
     "The shortcut gives the learning signal a direct road back to the first layers."),
    ("tech.self-attention", "cost-mask",
     "Every word looks at every other word, so doubling the length makes it four times "
     "as costly, and when generating a word may not look at later words."),
    ("tech.tokenization", "word-level-problems",
     "With whole words the list of words gets enormous and any word it never saw, like "
     "a new brand name, becomes unknown."),
    ("tech.matrix-factorization", "latent-factors",
     "The big table of users and items is written as one narrow table of user tastes "
     "times one of item traits."),
    ("tech.matrix-factorization", "training",
     "You fit it only on the cells you actually observed, alternating between solving "
     "for users and items, with a penalty and a baseline per user and item."),
    ("tech.data-concept-drift", "detection",
     "Compare this week's input values and predictions with the training ones, and "
     "track accuracy once the true outcomes come in."),
    ("tech.early-stopping", "why-regularizes",
     "Stopping early keeps the weights close to where they started, which limits how "
     "complex the model gets, much like a penalty on big weights."),
    ("tech.split-criteria", "gini",
     "It measures the chance of labelling a random example wrong if you labelled it at "
     "random by the node's mix of classes."),
    ("tech.split-criteria", "regression",
     "For numbers instead of classes, it picks the split that most reduces the spread "
     "of the values."),
    ("tech.gaussian-mixture-models", "definition",
     "The data is seen as a blend of several bell-shaped blobs, each with its own "
     "center, shape and share."),
    ("tech.confidence-intervals", "bootstrap",
     "Or draw the test set again many times with replacement and look at the middle "
     "ninety five percent of the scores."),
]  # fmt: skip

# (question, key point, a sentence with the same everyday words that does not say the point)
NOT_EARNED: list[tuple[str, str, str]] = [
    ("case.stock-prices", "frame-returns",
     "This is about predicting stock prices. I would predict the raw price itself, not "
     "how much it rises or falls."),
    ("case.stock-prices", "time-split",
     "This is about predicting stock prices. I would shuffle all the days randomly "
     "rather than train on the past and test on later months."),
    ("case.stock-prices", "weak-signal",
     "This is about predicting stock prices. Prices do not already reflect what "
     "everyone knows, so beating the market is easy."),
    ("case.recommendation-system", "two-stage",
     "This is about recommending products to shoppers. I would score all the millions "
     "of products with the big model, with no need to narrow down to a few hundred."),
    ("case.recommendation-system", "evaluation",
     "This is about recommending products to shoppers. I would only check accuracy "
     "offline and never show it to half the shoppers."),
    ("case.fraud-detection", "labels-adversarial",
     "This is about catching credit card fraud. The fraud label arrives with the "
     "payment itself, not weeks later."),
    ("case.fraud-detection", "velocity",
     "This is about catching credit card fraud. The number of purchases in the last "
     "few minutes does not matter at all."),
    ("case.churn-prediction", "uplift",
     "This is about subscribers who cancel. I would simply call the customers with the "
     "highest risk of leaving first."),
    ("case.demand-forecasting", "probabilistic",
     "This is about grocery demand forecasts. One number is enough, and there is no "
     "need for a range rather than one number."),
    ("case.demand-forecasting", "global",
     "This is about grocery demand forecasts. I would build a separate model for every "
     "product in every store."),
    ("case.ad-ctr-prediction", "calibration",
     "This is about predicting ad clicks. Only the order of the ads matters, so the "
     "predicted chance never has to match the real click rate."),
    ("case.content-moderation", "thresholds",
     "This is about removing harmful posts. Every flagged post is treated the same "
     "way, and nothing is shown to fewer people."),
    ("case.eta-prediction", "asymmetric",
     "This is about food delivery arrival times. Arriving early annoys people much "
     "more than arriving late."),
    ("case.log-anomaly-detection", "alert-fatigue",
     "This is about unusual server logs. Engineers never start ignoring alerts, so "
     "every warning should page them separately."),
    ("case.spam-filtering", "adversarial",
     "This is about spam email. Spammers never keep changing their wording, so the "
     "filter can stay the same for years."),
    ("case.chatbot-evaluation", "grounding",
     "This is about the support chatbot. The bot may answer from its own memory; it "
     "does not need to match our help pages."),
    ("case.credit-risk", "oot",
     "This is about loan applicants. A random split of all loans is enough, so there "
     "is no need for loans from a later year."),
    ("case.duplicate-detection", "metrics",
     "This is about duplicate listings. A wrong merge costs nothing, so I would tune "
     "for recall only."),
    ("case.medical-triage-fairness", "sensitivity",
     "This is about triage patients. Missing some sick patients is fine as long as "
     "overall accuracy is high."),
    ("case.query-autocomplete", "candidates",
     "This is about autocomplete suggestions. Suggestions are made up from a "
     "dictionary, not from what people searched before."),
    ("case.real-time-bidding", "delayed",
     "This is about bidding for ads. Purchases always happen the moment the ad is "
     "shown, so there is no delay."),
    ("case.image-search", "ann",
     "This is about visual search with photos. Comparing the photo with every item one "
     "by one is fast enough at any scale."),
    ("case.surge-pricing", "switchback",
     "This is about ride prices when demand is high. Riders in different groups never "
     "affect each other, so a normal user split is fine."),
    ("tech.cross-validation", "variants",
     "It is fine to spread all rows of one patient over different parts."),
    ("tech.residual-connections", "gradient-flow",
     "The shortcut blocks the signal, so there is no direct road back to the first "
     "layers."),
    ("tech.self-attention", "cost-mask",
     "The cost grows in step with the length, so doubling it is never four times as "
     "costly."),
    ("tech.matrix-factorization", "training",
     "You fill every empty cell with zero and fit all cells, not only the cells you "
     "observed."),
    ("tech.early-stopping", "why-regularizes",
     "Stopping early lets the weights wander far from where they started."),
    ("tech.svm", "c-param",
     "A small value fits the training points tightly, and a big one allows a wider gap "
     "with more mistakes."),
    ("tech.split-criteria", "regression",
     "For numbers it picks the split that makes the spread of the values as large as "
     "possible."),
    ("tech.learning-rate-schedules", "types",
     "Raise the step size by ten every few passes."),
    ("tech.cross-validation", "purpose",
     "A single split gives a steadier estimate than averaging over the rounds."),
]  # fmt: skip


# an everyday sentence earns its point by words; the same words saying something else do not
test_an_everyday_wording_earns_its_point, test_the_same_words_saying_something_else_do_not = (
    wording_tests(EARNED, NOT_EARNED)
)
