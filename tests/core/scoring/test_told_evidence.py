"""The sentence shown for a key point said in other words is one that says it (quote47).

A point lifted by meaning showed the sentence nearest it by closeness, which can be nearer
another point still: "combines a small labeled set with a large unlabeled set" was shown by "Be
careful, though: early wrong guesses can get reinforced ..." (the confirmation-bias point's
sentence) where "This approach uses both piles." says it. The credit is unchanged; only the
sentence shown moves to the one that tells the point apart (point_margins.py)."""

from __future__ import annotations

from simulator.bank import load_bank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

# A released blind answer (dev_blind44, tech.semi-supervised, paraphrase), in everyday words.
BIRDS = (
    "Suppose you want to teach someone to sort bird photos by species, but an expert can only "
    "name a couple hundred pictures for you, while you have a hundred thousand unnamed ones "
    "sitting on a drive. This approach uses both piles. The named photos give the basic rules, "
    "and the unnamed ones show what the world actually looks like: where the natural groupings "
    "are and where the gaps between them fall. One way is to let the learner guess the unnamed "
    "photos, keep only the guesses it's very sure about, and add those to the study pile. "
    "Another is to insist that the learner gives the same answer for a photo and a slightly "
    "cropped or recolored copy of it, which nudges its dividing lines into the empty spaces "
    "between groups. You'd pick this when answers from experts are slow or costly, like doctors "
    "reading scans, but raw examples are cheap and look like what you'll face later. Be "
    "careful, though: early wrong guesses can get reinforced, rare species can get swallowed by "
    "common ones, and if the unnamed pile contains different kinds of things it can make "
    "matters worse. Always compare against simply training well on the named photos, and if "
    "naming is cheap, just name more."
)


def test_a_point_said_in_other_words_is_shown_by_the_sentence_that_says_it() -> None:
    score = score_answer(load_bank().get("tech.semi-supervised"), Transcript(BIRDS))
    points = {k.label: k for k in score.key_points}
    both = points["Combines a small labeled set with a large unlabeled set"]
    assert (both.status, both.via) == ("explained", "meaning")
    assert both.evidence == "This approach uses both piles."
    # the sentence it showed says another point, which keeps it
    bias = next(k for k in score.key_points if k.label.startswith("Risk of confirmation bias"))
    assert bias.evidence is not None and bias.evidence.startswith("Be careful, though")
