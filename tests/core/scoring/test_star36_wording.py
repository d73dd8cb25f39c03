"""What a candidate reads about a STAR story is plain English (issue 9, round 36): the reasons
shown beside each sentence, the tips, the parts reported empty, the score's basis and the
session tips hold no internal notes ('"I" + past verb', "a thing's past verb", "gerund",
"passive", "was/had", "->") and quote with typographic quotes only (the tips mixed “we” and
"we")."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from simulator.core.scorecard.answer import _star
from simulator.core.scoring import score_answer
from simulator.core.scoring.overall import session_score
from simulator.core.scoring.results import AnswerScore
from simulator.core.scoring.star_reasons import _PLAIN, plain_reason
from simulator.core.transcript import Transcript
from tests.core.real_bank import real_bank

HERE = Path(__file__).resolve().parent
# Story sets of several rounds and writers: every kind of label and reason comes up in them.
SETS = (
    "heldout_star35_star.yaml",
    "heldout_star30_star.yaml",
    "heldout_star23_star.yaml",
    "dev_round7_star.yaml",
    "heldout_round18_own_star.yaml",
)
# Stories that bring the tips about ownership, a missing result and a hypothetical answer.
EXTRA = (
    (
        "beh.tight-deadline",
        "Last spring we had ten days to get a returns model ready for a big sale. Our job was "
        "to have it in production before the sale. We cut the scope to three categories. We "
        "reused the demand features and we wrote tests for the new ones. We ran it in shadow "
        "mode for two days.",
    ),
    (
        "beh.resolve-conflict",
        "I would first listen to both people separately. Then I would bring them together and "
        "agree on a rule. I would check in after a week to see if it held.",
    ),
    (
        "beh.project-failure",
        "We built a churn model for a telecom client. I was responsible for the features. I "
        "rebuilt the pipeline and I added tests. Looking back, I learned to ask for the "
        "business metric first.",
    ),
)
# Words of the labeller's internal notes, and code-style marks, that a candidate should not see.
JARGON = (
    "past verb",
    "past perfect",
    "gerund",
    "passive",
    "was/had",
    "->",
    " + ",
    "thing's",
    "noun",
    "clause",
    "(every, often)",
    "...",
)


@cache
def _stories() -> list[tuple[str, str]]:
    bank = real_bank()
    out: list[tuple[str, str]] = []
    for name in SETS:
        for story in yaml.safe_load((HERE / name).read_text(encoding="utf-8")):
            text = " ".join(sentence for _, sentence in story["sentences"])
            # the story's own straight quotes are its words, quoted back as said
            if story["question"] in bank.questions and '"' not in text:
                out.append((story["question"], text))
    return out + list(EXTRA)


@cache
def _scored() -> list[tuple[str, AnswerScore]]:
    bank = real_bank()
    return [(qid, score_answer(bank.get(qid), Transcript(text))) for qid, text in _stories()]


def _shown_strings() -> list[str]:
    """Every STAR string a candidate reads: tips, sentence reasons as the card shows them,
    the parts reported empty, the structure basis, and the session tips."""
    bank = real_bank()
    shown: list[str] = []
    for _, score in _scored():
        assert score.star is not None
        shown += score.feedback
        shown.append(score.basis["structure"])
        shown += list(score.star.hollow.values())
        view = _star(score.star)
        assert view is not None
        shown += [sentence.why for sentence in view.sentences]
    items = [(bank.get(qid), score) for qid, score in _scored()]
    shown += session_score(items).tips
    return shown


def test_the_stories_bring_every_kind_of_star_string() -> None:
    shown = " ".join(_shown_strings())
    for said in ("Ownership:", "STAR: no result", "“would”", "a step you took", "“we”"):
        assert said in shown, said


def test_no_star_string_mixes_straight_and_typographic_quotes() -> None:
    mixed = [s for s in _shown_strings() if '"' in s]
    assert not mixed, mixed[:5]


def test_no_star_string_shows_the_labellers_internal_notes() -> None:
    jargon = [(word, s) for s in _shown_strings() for word in JARGON if word in s]
    assert not jargon, jargon[:5]


@pytest.mark.parametrize("internal", sorted(_PLAIN))
def test_every_internal_reason_reads_plainly(internal: str) -> None:
    said = plain_reason(internal)
    assert '"' not in said
    assert not [word for word in JARGON if word in said], said
    # addressed to the candidate, not in the labeller's first person
    assert not re.search(r"\b(my|mine)\b", said)


def test_a_cue_is_quoted_typographically_and_a_named_part_says_so() -> None:
    assert plain_reason('"so i had to"') == "“so i had to”"
    assert plain_reason('named "Result"') == "you named the part “Result”"
    assert plain_reason('"I" + past verb') == "a step you took"


def test_an_answer_scored_before_reads_the_new_way_on_the_card() -> None:
    from simulator.core.scorecard.answer import stored_tip
    from simulator.core.scoring.star_reasons import plain_stored_reasons

    assert (
        plain_stored_reasons('"so i had to"; "I" + past verb') == "“so i had to”; a step you took"
    )
    assert plain_stored_reasons("a step you took; “so i had to”") == (
        "a step you took; “so i had to”"
    )
    assert stored_tip("STAR parts come out of order (situation -> result -> action).") == (
        "STAR: the parts come out of order (situation → result → action). Tell the situation "
        "first, then your task, your steps and the result."
    )
    assert stored_tip('Say what you did: "we" 9 times, "I" 2 times.') == (
        "Say what you did: “we” 9 times, “I” 2 times."
    )
    # a content tip stored with straight quotes is shown with typographic ones too (lead36)
    assert stored_tip('Well spotted: you warned against "x".') == (
        "Well spotted: you warned against “x”."
    )


def test_every_tip_of_an_answer_and_a_session_quotes_one_way() -> None:
    """A card showed “we” and “I” in a STAR tip beside 'Misconception: "..."' and
    'Well spotted: you warned against "..."' in the content tips, and a contradicted point's
    claim in straight quotes: every tip and status line now quotes with “…” (lead36)."""
    from simulator.core.scoring import score_answer, score_session
    from simulator.core.transcript import Transcript
    from tests.core.real_bank import real_bank

    bank = real_bank()
    question = bank.get("tech.bias-variance")
    said = (
        "More data reduces bias. A common mistake is to think that a deeper model always "
        "generalises better. I think, maybe, um, uh, like, the trade-off is, um, about errors."
    )
    score = score_answer(question, Transcript(said))
    session = score_session([(question, score)])
    quoted = [t for t in score.feedback + session.tips if "“" in t or '"' in t]
    assert quoted, score.feedback + session.tips
    assert not [t for t in quoted if '"' in t], quoted
