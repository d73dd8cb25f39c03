"""A sentence that leans a little towards a wrong claim without saying its words (para43).

An answer leaning over meaning_credit.LEANING_MAX towards one of the rubric's wrong claims never
reads as a full explanation: static vectors cannot tell a claim from its opposite, so a sentence
near a wrong claim may be making it. The gate weighs paraphrases in everyday words hardest. Their
sentences come near the key points' technical wordings only weakly, so the wrong claims, often
written in plainer words, come nearer by comparison: "At the end it gives every single dot of the
picture its own label" leans to "U-Net outputs a single label for the whole image", and "The draw
is still random, but it now happens off to the side" to "the trick removes the randomness". On dev,
82 of 697 paraphrases lean over 0.05 (57 of them at most 0.15), and 762 of 964 verbose-wrong
answers do.

Here a slight lean (at most ``SLIGHT``) does not close the full reading when no leaning sentence
says the claim in the claim's own words: half or more of its content words (those the prompt does
not already say: every answer names the asked subject). A wrong answer that makes a rubric claim
makes it in the claim's words ("A conditional random field is a generative model", "It is achieved
by removing names and identifiers", "works best with a batch size of one"). A paraphrase that leans
says something else near it. A stronger lean stays closed whatever the words.
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring.meaning import MeaningReading, wrong_claims
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

SLIGHT = 0.12  # a lean up to this may be read by the claim's words
OWN_SHARE = 0.5  # of the claim's content words (outside the prompt) that make it said
# Verbs that carry no content of a claim: "removing names *makes* the data private" is said by
# "removing names" (dev: a verbose-wrong differential-privacy answer, "It is achieved by removing
# names and identifiers", shared 2 of 5 words with "makes" counted, and read as a paraphrase).
_LIGHT = word_set("make makes made making get gets give gives use uses used become becomes")
# ... and a claim of two such words is said by both: one alone is chance ("the best constant
# *prediction* is the *mean*" shares "constant" with "squared error has a constant gradient",
# "under-*predicting* costs 0.8 per unit" shares "predict" with "quantile loss predicts the mean":
# set 57's correct regression-loss worked example was kept from its full reading by both).
_PAIR = 2


def slight_lean_in_other_words(
    question: Question, tokens: Tokens, meaning: MeaningReading, limit: float
) -> bool:
    """Every sentence leaning beyond ``limit`` leans at most ``SLIGHT`` and says less than
    ``OWN_SHARE`` of its claim's own content words."""
    if meaning.leaning > SLIGHT:
        return False
    claims = wrong_claims(question)
    asked = {stem(w) for w in words(question.prompt)}
    for index, lean, claim in meaning.leaning_by:
        if lean <= limit:
            continue
        if claim >= len(claims):
            return False
        own = {stem(w) for w in words(claims[claim]) if w not in STOPWORDS | _LIGHT} - asked
        s = tokens.sentences[index]
        said = set(tokens.stems[s.first_word : s.last_word])
        if not own or len(own & said) >= max(min(len(own), _PAIR), OWN_SHARE * len(own)):
            return False
    return True
