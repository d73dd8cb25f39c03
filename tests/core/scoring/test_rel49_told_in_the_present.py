"""An intent phrase told in the present tense (issue 9, rel49): tellers often tell a story in the
present ("The pipeline belongs to a data engineering team", "she points out", "I step in"), and a
phrase written in the past ("belonged to", "pointed out", "stepped in") was matched only as a
past form, so a relevant present-tense story said none of its question's phrases and was flagged
off the question. A verb followed by the rest of its phrase is now the same event in its present
forms; a noun made from it (longer than the past form) still is not, nor is a lone past form."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.intent_phrases import index_of, said_at
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

BANK = load_packs([Path(__file__).resolve().parents[3] / "questions"])


def _said(text: str, phrase: str) -> bool:
    return bool(said_at(index_of(tokenize(text)), phrase))


def test_a_phrase_in_the_past_is_said_in_the_present_r49() -> None:
    assert _said("The feature store belongs to the platform group.", "belonged to")
    assert _said("Then my lead points out the gap in the test set.", "pointed out")
    assert _said("So I step in and run the retraining myself.", "stepped in")
    assert _said("The feature store belonged to the platform group.", "belonged to")


def test_a_noun_or_a_lone_past_form_is_not_its_present_r49() -> None:
    # a noun made from the verb is longer than the past form
    assert not _said("The callouts in the review were all about naming.", "called out")
    # a one-word past form stays a participle: "cancelled" is no "cancels"
    assert not _said("The customer cancels the order.", "cancelled")


# Told in the present, for "a problem that wasn't strictly your responsibility": the only sign of
# whose problem it was is that the job belongs to another team.
PRESENT_OWNERSHIP = (
    "At a travel site, the nightly job that builds the hotel price features keeps failing on "
    "Sundays, and three models read from it. "
    "The job belongs to the data platform group, who are busy with a cloud move. "
    "I decide to dig into it myself, and I find that a currency table arrives an hour late on "
    "weekends. "
    "I add a wait on that table and a check that alerts the platform group's channel, and I ask "
    "them to review the change before it merges. "
    "The Sunday failures stop, and the platform group adds me as a reviewer of the job."
)


def test_a_present_tense_ownership_story_is_on_its_question_r49() -> None:
    question = BANK.get("beh.took-ownership")
    score = score_answer(question, Transcript(PRESENT_OWNERSHIP))
    assert score.star is not None and not score.star.off_question


def test_the_word_a_phrases_word_is_made_from_is_not_it_r49() -> None:
    """The stemmer makes "personality" and "personally" "person", "minority" "minor" and "restore"
    "rest": "one person wrote that I listened better" said a difficult teammate's "personality"
    and a proud project's "personally", "two minor fixes" a fairness concern's "minority"."""
    assert not _said("By the next review one person wrote that I listened better.", "personality")
    assert not _said("By the next review one person wrote that I listened better.", "personally")
    assert not _said("We shipped two minor fixes that week.", "minority")
    assert not _said("The rest of the team kept working.", "restore")
    assert not _said("I had to present the numbers.", "presentation")
    # an inflection of the word is still the word
    assert _said("It was not official, but I took it on.", "officially")
    assert _said("I gave the presentation on Monday.", "presentation")


def test_an_irregular_past_verb_is_said_in_the_present_r49() -> None:
    assert _said("So I take ownership of the retraining job.", "took ownership")
    assert _said("My lead tells me the deck is too long.", "told me")
    assert _said("Then the search service goes down for an hour.", "went down")
    # the present of a lone word is not read: only a verb with the rest of its phrase
    assert not _said("The data takes a day to arrive.", "took ownership")
    # a verb with only a determiner after it names no event in the present ("takes the")
    assert not _said("The nightly job takes the whole night.", "took the")
    assert _said("The nightly job took the whole night.", "took the")
