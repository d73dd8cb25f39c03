"""Correct answers charged for a reading of the wrong kind (issue 9, flag67).

Each case is a kind of sentence a correct answer says, written here in new words, that was
charged a wrong claim or "the opposite" of a key point, with a guard that the wrong claim said
flatly is still charged:

* a compound modifier ("short-term engagement", "long-run satisfaction") is said of the noun
  after it, not of its own "term" or "run"; and the word before "or" is the other alternative,
  not what the modifier after "or" is said of (claims._compound_noun, claims._other_alternative;
  round 66's blind news-feed warning, a trade-off's cost side, was charged so);
* a cause given as the rubric's own agent: "X results from Y" says what "Y drives X" says
  (invented_meanings._agent_named);
* the subject of a verb of harm names the case a method is hurt by: "correlated inputs skew
  its probabilities" is what "it is thrown off by correlated inputs" says
  (absent_cases._harm_subject);
* a view reported in order to deny it: doubted ("I doubt that X"), held by nobody ("nobody
  would tell you that X"), or by "only" someone, or "only if" ("you'd only conclude X if ...")
  (stance._report_denied).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _charges(qid: str, text: str) -> list[str]:
    """Every charge: contradicted key points and misconceptions."""
    score = score_answer(_bank().get(qid), Transcript(text))
    return [f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction] + [
        f"misconception: {m.phrase}" for m in score.misconceptions
    ]


def test_a_compound_modifier_is_said_of_the_noun_after_it() -> None:
    text = (
        "There is a real trade-off in the objective. Tuning the feed for clicks wins "
        "short-term engagement while it costs long-term satisfaction, so I would blend in "
        "survey answers about whether a post was worth the time."
    )
    # failed before: ['long-term: "tuning the feed for clicks wins short term engagement", where
    # the accepted view is "... pure engagement or long-term satisfaction ..."']
    assert _charges("case.news-feed-ranking", text) == []


def test_the_word_before_or_is_the_other_alternative() -> None:
    text = (
        "Pure engagement ranking buys short term engagement, and then people quietly stop "
        "opening the app, which is why the value model needs a satisfaction term."
    )
    # failed before: the rubric's "pure engagement or long-term satisfaction" read
    # "engagement" as what "long" is said of
    assert _charges("case.news-feed-ranking", text) == []


def test_a_short_term_goal_said_flatly_is_still_charged() -> None:
    for text in (
        "The feed should optimize short-term satisfaction.",
        "I would optimize for short term satisfaction and clicks.",
    ):
        charged = _charges("case.news-feed-ranking", text)
        assert any(c.startswith("long-term:") for c in charged), text


def test_a_cause_that_names_the_rubrics_agent_is_no_invented_one() -> None:
    text = "Exact zeros result from the kink that the L1 penalty has at the origin."
    # failed before: ['sparsity: "exact zeros" is given a cause or a working the rubric does
    # not give it: ...']
    assert _charges("tech.l1-vs-l2", text) == []


def test_a_cause_that_names_the_other_side_is_still_charged() -> None:
    charged = _charges("tech.l1-vs-l2", "Exact zeros result from the L2 penalty.")
    assert any(c.startswith("sparsity:") for c in charged)


def test_the_subject_of_a_verb_of_harm_is_the_case_it_is_hurt_by() -> None:
    text = (
        "It still ranks classes sensibly when its assumption fails. Strongly correlated "
        "inputs skew the probabilities it reports, since the same evidence gets counted twice."
    )
    # failed before: ['independence: "correlated", the opposite of "independent"']
    assert _charges("tech.naive-bayes", text) == []


def test_correlation_said_as_the_assumption_is_still_charged() -> None:
    for text in (
        "Naive Bayes works well because the features are correlated.",
        "Correlated features are what naive Bayes assumes.",
    ):
        charged = _charges("tech.naive-bayes", text)
        assert any(c.startswith("independence:") for c in charged), text


_DENIED_REPORTS = (
    "I doubt that {claim}.",
    "Nobody who has run one in production would tell you that {claim}.",
    "Only a beginner would think that {claim}.",
    "You would only conclude that {claim} if you skipped the data collection step.",
)


def test_a_view_reported_to_be_denied_is_not_the_speakers_claim() -> None:
    for qid, claim in (
        ("case.credit-risk", "we observe outcomes for rejected applicants"),
        ("tech.naive-bayes", "naive bayes does not assume independence"),
    ):
        for frame in _DENIED_REPORTS:
            text = frame.format(claim=claim)
            # each failed before: the claim charged
            assert _charges(qid, text) == [], text


def test_a_view_the_speaker_holds_is_still_charged() -> None:
    for text in (
        "I think that we observe outcomes for rejected applicants.",
        "We observe outcomes for rejected applicants.",
        "The open question is settled: we observe outcomes for rejected applicants.",
        # a doubt denied asserts; "only" of a noun restricts no belief
        "Few would dispute that we observe outcomes for rejected applicants.",
        "The only thing I'd say is that we observe outcomes for rejected applicants.",
    ):
        assert _charges("case.credit-risk", text), text
