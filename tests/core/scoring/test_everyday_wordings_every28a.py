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
]  # fmt: skip


# an everyday sentence earns its point by words; the same words saying something else do not
test_an_everyday_wording_earns_its_point, test_the_same_words_saying_something_else_do_not = (
    wording_tests(EARNED, NOT_EARNED)
)
