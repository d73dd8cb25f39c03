"""Key points earned by their everyday wordings (issue 9, every28a: a complete, correct answer in
everyday words still lost to a correct but partial textbook answer, because a key point is earned
mostly by its phrases). Round 28 adds wordings to the key points of the case questions in
questions/cases.yaml. Each sentence in EARNED avoids the standard terms and did not earn its point
by words before these wordings were added; each sentence in NOT_EARNED says something wrong (a
reversed, denied or swapped claim) in the same or nearby words and must not earn the point."""

from __future__ import annotations

from tests.core.scoring.everyday_wordings import wording_tests

# (question, key point, a sentence in everyday words that says it)
EARNED: list[tuple[str, str, str]] = [
    ("case.search-ranking", "ltr",
     "The model is trained to decide which of two results should come first for a "
     "search."),
    ("case.search-ranking", "ltr",
     "It learns to put the better result above the worse one, rather than guessing a "
     "score for each product alone."),
    ("case.search-ranking", "labels",
     "I would also pay people to rate how well each result fits the search."),
    ("case.search-ranking", "position-bias",
     "I would shuffle the order a little for a small share of searches to see what "
     "people pick when being on top does not help."),
    ("case.search-ranking", "query-doc",
     "It also catches products that mean the same thing even when the words differ, "
     "like sneakers for running shoes."),
    ("case.search-ranking", "rank-metrics",
     "I check on past searches whether the items people bought end up near the top of "
     "the list."),
    ("case.search-ranking", "rank-metrics",
     "A good result in first place should count much more than the same result in "
     "tenth place."),
    ("case.search-ranking", "retrieval",
     "A quick first step pulls out a few hundred products that roughly match, and only "
     "those get the slow careful model."),
    ("case.price-optimization", "elasticity",
     "First learn how many units people buy at different prices."),
    ("case.price-optimization", "elasticity",
     "If we raise the price of milk by ten percent, how many fewer cartons do we sell?"),
    ("case.price-optimization", "optimize",
     "A higher price earns more per item but sells fewer, so I try many prices and "
     "keep the one with the most profit."),
    ("case.price-optimization", "constraints",
     "Prices must stay within sensible limits and not jump around from day to day, or "
     "customers feel cheated."),
    ("case.price-optimization", "bandit",
     "I keep trying nearby prices now and then so the system keeps learning while it "
     "sells."),
    ("case.price-optimization", "evaluation",
     "I compare profit on products with the new prices against similar products that "
     "keep the old prices."),
    ("case.price-optimization", "evaluation",
     "I would judge it by how much more profit it brings than the current way of "
     "pricing."),
    ("case.on-device-speech-commands", "constraints",
     "It has to run on the phone's own chip all day without draining the battery."),
    ("case.on-device-speech-commands", "constraints",
     "The model must be small, a few hundred kilobytes, and answer in a blink."),
    ("case.on-device-speech-commands", "compression",
     "To shrink the model I store its numbers with fewer bits."),
    ("case.on-device-speech-commands", "compression",
     "I train the small model to copy the answers of a big one."),
    ("case.on-device-speech-commands", "robustness",
     "I record lots of different people and mix in sounds like a TV or a running tap."),
    ("case.on-device-speech-commands", "error-metrics",
     "I balance how often it reacts when nobody spoke to it against how often it "
     "ignores a real command."),
    ("case.credit-risk", "target",
     "A bad loan means the borrower is three months behind on payments within the "
     "first year."),
    ("case.credit-risk", "explainability",
     "The law says we must tell people why they were turned down, so the model has to "
     "be easy to explain."),
    ("case.credit-risk", "fairness",
     "I check that people of different groups are approved at similar rates when they "
     "are equally likely to repay."),
    ("case.credit-risk", "metrics",
     "I weigh the money we would lose if they stop paying against the interest we "
     "would earn."),
    ("case.credit-risk", "oot",
     "I test it on loans from a later period than the ones it learned from."),
    ("case.news-feed-ranking", "multi-objective",
     "A model guesses how likely this person is to react, comment, share or hide each "
     "post, and I blend those guesses into one number."),
    ("case.news-feed-ranking", "long-term",
     "I give weight to what people are truly glad they saw, not just quick taps, or "
     "shock headlines win."),
    ("case.news-feed-ranking", "long-term",
     "I ask people now and then whether a post was worth their time."),
    ("case.news-feed-ranking", "funnel",
     "First I gather the few thousand posts this person could see, then a cheap model "
     "trims them before the expensive one orders them."),
    ("case.news-feed-ranking", "integrity",
     "A last pass spreads out posts from each friend so one person does not fill the "
     "top."),
    ("case.news-feed-ranking", "integrity",
     "Posts that fact checkers marked false get pushed down."),
    ("case.news-feed-ranking", "experiments",
     "I give it to a small random group of people and compare how often they come back "
     "with everyone else."),
    ("case.news-feed-ranking", "freshness",
     "A post from an hour ago should usually beat one from last week."),
    ("case.real-time-bidding", "pacing",
     "I spread the advertiser's daily money over the day so it is not all gone by ten "
     "in the morning."),
    ("case.real-time-bidding", "latency",
     "Each time a page loads we have a split second to answer."),
    ("case.stock-prices", "time-split",
     "I train on the older years and test only on the years that came after, never "
     "mixing them."),
    ("case.recommendation-system", "two-stage",
     "First a quick step picks a few hundred products out of millions, then a careful "
     "model puts those in order."),
    ("case.recommendation-system", "cold-start",
     "For a shopper with no history yet I show what sells best, and a product nobody "
     "has bought yet is shown next to similar ones."),
    ("case.fraud-detection", "imbalance",
     "Only about one payment in a thousand is a theft, so I give those rare cases more "
     "weight."),
    ("case.fraud-detection", "velocity",
     "Useful signals are how many times the card was used in the last hour and whether "
     "it is far from where the person usually shops."),
    ("case.churn-prediction", "leakage",
     "Every input must be computed only from what we knew on the day of the "
     "prediction, nothing from after."),
    ("case.content-moderation", "prevalence",
     "I take a random sample of what people actually saw and count how much of it was "
     "harmful."),
    ("case.spam-filtering", "text",
     "A simple model reads the words of the message and learns which ones show up in "
     "spam."),
    ("case.stock-prices", "frame-returns",
     "The target should be whether the stock ends the week higher or lower than it "
     "started."),
    ("case.stock-prices", "costs",
     "Every buy and sell costs money, so I subtract fees before saying it makes a "
     "profit."),
    ("case.stock-prices", "regimes",
     "What the model learned before a crash may no longer hold after it."),
    ("case.recommendation-system", "cf-content",
     "Shoppers with similar baskets tend to like the same things, so I suggest what "
     "similar shoppers bought."),
    ("case.recommendation-system", "evaluation",
     "I would run the new suggestions for a random half of visitors and compare how "
     "much they buy."),
    ("case.recommendation-system", "feedback-loop",
     "Otherwise the same hits get shown to every shopper over and over while the rest "
     "stay hidden."),
    ("case.fraud-detection", "imbalance",
     "Almost every payment is honest, so a model that says never fraud looks great but "
     "is useless."),
    ("case.fraud-detection", "metrics",
     "Each wrongly blocked honest shopper and each theft we let through has a cost, "
     "and I set the cut-off to balance them."),
    ("case.fraud-detection", "velocity",
     "A burst of purchases within minutes in a shop abroad is a strong warning sign."),
    ("case.fraud-detection", "layered-actions",
     "For unsure cases I ask the customer to confirm in their banking app instead of "
     "declining outright."),
    ("case.nlp-customer-reviews", "aspects",
     "I group the complaints by what they are about: shipping, sizing, quality, "
     "customer service."),
    ("case.nlp-customer-reviews", "pretrained",
     "I would take a model that already understands English and teach it our task with "
     "a few thousand examples."),
    ("case.nlp-customer-reviews", "actionable",
     "The product team sees a page with the top problems per product and how they "
     "change week by week."),
    ("case.ad-ctr-prediction", "calibration",
     "The predicted click numbers have to be real chances because the auction "
     "multiplies them by money."),
    ("case.ad-ctr-prediction", "sparse",
     "Each advertiser and each user gets a short list of numbers the model learns, "
     "because there are too many to one-hot."),
    ("case.ad-ctr-prediction", "freshness",
     "Ads come and go within days, so the model keeps learning from the latest clicks."),
    ("case.churn-prediction", "definition",
     "Leaving means they cancel or do not pay the next bill; I predict that for the "
     "coming month using the past three months."),
    ("case.churn-prediction", "leakage",
     "I would freeze the data at a cutoff date and only use what happened before it."),
    ("case.churn-prediction", "ranking-metrics",
     "Since we can only reach a small share of people, I check how many real leavers "
     "are among the first few hundred names."),
    ("case.churn-prediction", "behavior",
     "People who watch less and less each week, or whose card was declined, are more "
     "likely to go."),
    ("case.demand-forecasting", "global",
     "Instead of thousands of small models, a single model learns from every product "
     "and store together."),
    ("case.demand-forecasting", "probabilistic",
     "For a perishable item I want to know not just the likely sales but how high they "
     "could plausibly go."),
    ("case.demand-forecasting", "metrics",
     "Percent errors break when a product sells zero, so I divide the total error by "
     "the total sold."),
    ("case.content-moderation", "adversarial",
     "People posting hate change how they write to get around a block, so the model "
     "needs constant updates."),
    ("case.eta-prediction", "decompose",
     "The wait is the kitchen cooking, the courier getting there, and the ride to the "
     "door."),
    ("case.eta-prediction", "asymmetric",
     "I would rather arrive early than late, so I add a few minutes to the promise."),
    ("case.eta-prediction", "updates",
     "Every time something happens, like the courier leaving the restaurant, the time "
     "shown is recalculated."),
    ("case.log-anomaly-detection", "unsupervised",
     "We almost never have examples of failures tagged, so the system learns the "
     "normal rhythm and flags what breaks it."),
    ("case.log-anomaly-detection", "timeseries",
     "Traffic is higher on Monday mornings, so the expected error count depends on the "
     "hour and the day."),
    ("case.log-anomaly-detection", "alert-fatigue",
     "If it sends alerts all day people stop reading them, so one incident should send "
     "one message, not a hundred."),
    ("case.log-anomaly-detection", "incidents",
     "I check that it would have caught the outages we had last year, and how many "
     "minutes earlier."),
    ("case.spam-filtering", "user-labels",
     "Every time someone clicks this is junk or this is not junk, we learn from it."),
    ("case.spam-filtering", "adversarial",
     "Spammers test their messages against filters and change them, so the filter has "
     "to keep learning."),
    ("case.image-search", "metric-learning",
     "I teach the model with pairs: two photos of the same thing should come out "
     "close, different things far apart."),
    ("case.chatbot-evaluation", "judges",
     "I have support agents grade a sample of answers against a checklist, and check "
     "another model can grade like them."),
    ("case.chatbot-evaluation", "grounding",
     "It must not invent policies: every claim should come from our knowledge base."),
    ("case.chatbot-evaluation", "safety",
     "I have people try to make it leak other customers' data or ignore its "
     "instructions."),
    ("case.duplicate-detection", "blocking",
     "Comparing millions of listings with each other is impossible, so I only compare "
     "listings that share a few title words."),
    ("case.surge-pricing", "forecasting",
     "I forecast for each neighbourhood how many people will ask for a ride in the "
     "next quarter of an hour."),
    ("case.surge-pricing", "elasticity",
     "A higher price makes some riders wait or walk and pulls drivers toward the area; "
     "I measure how strongly."),
    ("case.surge-pricing", "smoothing",
     "Prices should not jump up and down every minute, and there is a ceiling."),
    ("case.medical-triage-fairness", "sensitivity",
     "Sending a very sick person home is far worse than a false alarm."),
    ("case.medical-triage-fairness", "validation",
     "Before anyone relies on it, it runs quietly in the background and we compare its "
     "calls with what actually happened."),
    ("case.query-autocomplete", "latency",
     "It has to answer before the next letter is typed, so the top suggestions for "
     "each start of a query are stored ahead of time."),
    ("case.query-autocomplete", "candidates",
     "The suggestions come from the searches people typed most often."),
    ("case.query-autocomplete", "metrics",
     "Success means people pick a suggestion and the search they pick leads to a "
     "click."),
    ("case.query-autocomplete", "typos-generative",
     "If someone types a word wrong it still suggests the right search."),
]  # fmt: skip

# (question, key point, a wrong sentence in the same or nearby words)
NOT_EARNED: list[tuple[str, str, str]] = [
    ("case.search-ranking", "ltr",
     "Which of two results comes first does not matter; I just predict the click count "
     "of each product."),
    ("case.search-ranking", "labels",
     "There is no need to have people rate how well each result fits the search."),
    ("case.search-ranking", "position-bias",
     "Being on top does not change what people click, so I do not shuffle the order of "
     "results."),
    ("case.search-ranking", "query-doc",
     "Products whose words differ from the query never mean the same thing, so only "
     "exact words count."),
    ("case.search-ranking", "rank-metrics",
     "First place counts no more than tenth place, so plain accuracy is fine."),
    ("case.search-ranking", "retrieval",
     "There is no quick first step: I run the big model over every product for every "
     "search."),
    ("case.price-optimization", "elasticity",
     "People buy the same amount at any price, so demand does not depend on price."),
    ("case.price-optimization", "causal",
     "No random share of shoppers needs to see a different price; past sales already "
     "show the effect of price."),
    ("case.price-optimization", "optimize",
     "I would set the price that sells the most units, since volume is what matters."),
    ("case.price-optimization", "constraints",
     "Prices can jump around as much as we like, customers never feel cheated."),
    ("case.price-optimization", "bandit",
     "Once the price is set there is no need to keep trying nearby prices."),
    ("case.price-optimization", "evaluation",
     "The correlation between price and sales is the causal effect, so no comparison "
     "is needed."),
    ("case.on-device-speech-commands", "constraints",
     "Memory is not a concern on the device, so the model can be as big as we like."),
    ("case.on-device-speech-commands", "compression",
     "I would run the full server model on the phone as it is."),
    ("case.on-device-speech-commands", "robustness",
     "It is fine to train only on clean studio recordings of one speaker."),
    ("case.on-device-speech-commands", "error-metrics",
     "Accuracy is the key metric; it does not matter if it reacts when nobody spoke."),
    ("case.credit-risk", "target",
     "Default needs no performance window; we just label the loan bad or good."),
    ("case.credit-risk", "explainability",
     "Explainability does not matter for lending, we never tell people why."),
    ("case.credit-risk", "metrics",
     "Accuracy is the best metric for default prediction, not the money we would lose."),
    ("case.credit-risk", "oot",
     "A random split of all loans is fine; there is no need to test on loans from a "
     "later period."),
    ("case.news-feed-ranking", "multi-objective",
     "Posts should be ranked only by recency, with no guesses blended into one number."),
    ("case.news-feed-ranking", "long-term",
     "Optimize only for clicks; whether people are glad they saw a post does not "
     "matter."),
    ("case.news-feed-ranking", "funnel",
     "You can score every post with the heavy model; there is no need for a cheap "
     "model to trim them first."),
    ("case.news-feed-ranking", "integrity",
     "Rank purely by predicted engagement, even if ten posts in a row come from the "
     "same friend."),
    ("case.news-feed-ranking", "experiments",
     "Network effects do not matter for feed experiments."),
    ("case.news-feed-ranking", "freshness",
     "Older posts should rank first, a post from an hour ago should wait."),
    ("case.real-time-bidding", "pacing",
     "It is fine to spend the whole budget early in the day, even if the money is all "
     "gone by the morning."),
    ("case.real-time-bidding", "latency",
     "Latency does not matter, we can take a few seconds every time a page loads."),
    ("case.stock-prices", "time-split",
     "A random split of the days is fine; the years that came after can go into "
     "training too."),
    ("case.stock-prices", "frame-returns",
     "I predict the raw price directly, not whether it ends higher or lower."),
    ("case.stock-prices", "costs",
     "Trading costs do not matter, so there is no need to subtract the fees on every "
     "buy and sell."),
    ("case.stock-prices", "regimes",
     "A model that worked last year will keep working; what it learned before a crash "
     "still holds."),
    ("case.recommendation-system", "two-stage",
     "Score every item in the catalog for every user in real time; nothing picks a few "
     "hundred first."),
    ("case.recommendation-system", "cold-start",
     "Collaborative filtering solves cold start, even for a shopper with no history."),
    ("case.recommendation-system", "cf-content",
     "Collaborative filtering uses product descriptions, not what similar shoppers "
     "bought."),
    ("case.recommendation-system", "evaluation",
     "Offline accuracy is enough to launch, no need to show it to a random half of "
     "visitors."),
    ("case.recommendation-system", "feedback-loop",
     "Always recommend the most popular items, the same hits over and over."),
    ("case.fraud-detection", "imbalance",
     "Fraud is roughly half of all transactions, so no special care is needed."),
    ("case.fraud-detection", "metrics",
     "Measure success with accuracy; how many were wrongly blocked does not matter."),
    ("case.fraud-detection", "velocity",
     "Velocity features are computed in a monthly batch, so a burst of purchases shows "
     "up next month."),
    ("case.fraud-detection", "layered-actions",
     "Once we have the model we can throw away all the rules."),
    ("case.churn-prediction", "leakage",
     "It is fine to use features computed after the prediction date, there is no need "
     "to freeze the data at a cutoff."),
    ("case.churn-prediction", "behavior",
     "Demographics alone predict churn, so viewing habits and payments are not needed."),
    ("case.churn-prediction", "ranking-metrics",
     "Accuracy is the best metric for churn, over all subscribers."),
    ("case.nlp-customer-reviews", "aspects",
     "The overall sentiment score is enough for the product team."),
    ("case.nlp-customer-reviews", "pretrained",
     "Training a transformer from scratch is the best choice for our reviews."),
    ("case.nlp-customer-reviews", "actionable",
     "An overall sentiment score is enough for the product team."),
    ("case.ad-ctr-prediction", "calibration",
     "Only the ranking matters so calibration is irrelevant for the click model."),
    ("case.ad-ctr-prediction", "sparse",
     "Drop the ad ids and user ids because they have too many values."),
    ("case.ad-ctr-prediction", "freshness",
     "The click model can be trained once and left alone, even as ads come and go."),
    ("case.demand-forecasting", "global",
     "A separate model for every product is always best for the stores."),
    ("case.demand-forecasting", "probabilistic",
     "A point forecast is enough for each product in each store."),
    ("case.demand-forecasting", "metrics",
     "MAPE handles zero sales, so it works for every product."),
    ("case.content-moderation", "adversarial",
     "Bad actors do not change how they write, so the classifier never needs updating."),
    ("case.content-moderation", "prevalence",
     "Accuracy is the right metric for moderation of posts."),
    ("case.eta-prediction", "decompose",
     "The restaurant preparation time is negligible; only the drive matters for the "
     "delivery."),
    ("case.eta-prediction", "asymmetric",
     "Early and late are equally bad, so I never add a few minutes to the delivery "
     "estimate."),
    ("case.eta-prediction", "updates",
     "Predict the delivery eta once and never update it, it is not recalculated."),
    ("case.log-anomaly-detection", "unsupervised",
     "We have plenty of labeled anomalies in the server logs, so I train a supervised "
     "classifier."),
    ("case.log-anomaly-detection", "timeseries",
     "A fixed threshold on the error count works for every hour of the server logs."),
    ("case.log-anomaly-detection", "alert-fatigue",
     "Every anomaly in the logs should page the on call engineer."),
    ("case.log-anomaly-detection", "incidents",
     "Accuracy is the right metric for anomaly detection in server logs."),
    ("case.spam-filtering", "fp-cost",
     "Missing a spam email is worse than sending a real email to the spam folder."),
    ("case.spam-filtering", "user-labels",
     "User reports are useless for the spam filter."),
    ("case.spam-filtering", "adversarial",
     "Spammers do not adapt, so I train once and never update the filter."),
    ("case.image-search", "metric-learning",
     "The pretrained imagenet features are good enough without any fine tuning for the "
     "catalog."),
    ("case.image-search", "query-prep",
     "Keep the background of the user photo, the background helps find the product."),
    ("case.chatbot-evaluation", "judges",
     "The llm judge can be trusted without checking it against humans."),
    ("case.chatbot-evaluation", "grounding",
     "Bleu against reference answers tells us if the chatbot is good."),
    ("case.chatbot-evaluation", "safety",
     "Prompt injection is not a concern for the support chatbot."),
    ("case.duplicate-detection", "blocking",
     "Comparing every pair of listings is feasible in the marketplace."),
    ("case.surge-pricing", "forecasting",
     "One daily forecast for the whole city is enough for surge pricing."),
    ("case.surge-pricing", "elasticity",
     "Drivers do not respond to price, and riders never wait or walk."),
    ("case.surge-pricing", "smoothing",
     "Surge prices should have no cap, let the price change freely every second."),
    ("case.medical-triage-fairness", "label-bias",
     "Healthcare cost is a fair proxy for how sick a patient is, so past spending is a "
     "good target."),
    ("case.medical-triage-fairness", "sensitivity",
     "For triage precision matters more than recall for high risk patients."),
    ("case.medical-triage-fairness", "validation",
     "A high offline auc is enough to go live in the emergency department."),
    ("case.query-autocomplete", "latency",
     "Call a large model on every keystroke, latency does not matter for autocomplete."),
    ("case.query-autocomplete", "candidates",
     "Generate every completion with a large language model."),
    ("case.query-autocomplete", "metrics",
     "The right metric is accuracy of predicting the whole query."),
    ("case.query-autocomplete", "typos-generative",
     "Typos do not matter, an exact prefix match is enough."),
    ("case.spam-filtering", "fp-cost",
     "Losing an important email now and then is fine as long as every spam is caught."),
    ("case.medical-triage-fairness", "sensitivity",
     "It does not matter much if a very sick person is sent home, as long as the queue "
     "moves."),
    ("case.medical-triage-fairness", "label-bias",
     "Past spending is the best target because it shows how sick a patient is."),
    ("case.ad-ctr-prediction", "freshness",
     "The latest clicks add nothing, a click model trained once a year is fine."),
    ("case.surge-pricing", "smoothing",
     "During a storm the surge price can go up with no ceiling at all."),
    ("case.churn-prediction", "leakage",
     "There is no need to freeze the data at a cutoff; I use everything we know about "
     "the subscriber up to today."),
    ("case.chatbot-evaluation", "grounding",
     "The chatbot does not need our knowledge base, the language model already knows "
     "the answers."),
    ("case.eta-prediction", "asymmetric",
     "Arriving early is just as bad as arriving late for a delivery."),
    ("case.query-autocomplete", "latency",
     "Nothing needs to be stored ahead of time; the model writes each suggestion from "
     "scratch after the user types."),
    ("case.log-anomaly-detection", "alert-fatigue",
     "Too many alerts are never a problem, engineers read every one of them."),
    ("case.fraud-detection", "imbalance",
     "Fraud is as common as honest payments, about half of them."),
    ("case.demand-forecasting", "probabilistic",
     "One number per day is all the stores need, how high sales could go does not "
     "matter."),
    ("case.news-feed-ranking", "long-term",
     "Whether people are glad they saw a post does not matter, clicks are all we need."),
    ("case.on-device-speech-commands", "compression",
     "Storing the numbers with fewer bits makes the model larger and slower."),
    ("case.real-time-bidding", "latency",
     "A split second is not needed, the bid can take a few seconds every time a page "
     "loads."),
]  # fmt: skip


# an everyday sentence earns its point by words; the same words saying something else do not
test_an_everyday_wording_earns_its_point, test_the_same_words_saying_something_else_do_not = (
    wording_tests(EARNED, NOT_EARNED)
)
