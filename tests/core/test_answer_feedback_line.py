"""The feedback line under an answer (walkthrough 9): each missed key point can be told apart
(labels have commas and semicolons of their own), points not listed are counted, and a point
the answer contradicted or only named is not called missing."""

from __future__ import annotations

from dataclasses import replace

from session_kit import PACK

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.results import KeyPointResult
from simulator.core.session.feedback import feedback_parts
from simulator.core.transcript import Transcript


def _score(points: list[KeyPointResult]):  # type: ignore[no-untyped-def]
    question = load_packs([PACK]).questions["tech.overfit"]
    base = score_answer(question, Transcript(text="It memorizes the noise."))
    return replace(base, key_points=points)


def _kp(label: str, status: str) -> KeyPointResult:
    covered = status == "explained"
    return KeyPointResult(label, label, 1.0, covered, status, 1.0 if covered else 0.0, None)


def test_each_missed_point_is_quoted_and_the_rest_are_counted() -> None:
    points = [
        _kp("Votes among the k nearest points", "explained"),
        _kp("Choosing k trades bias and variance; tune it with validation", "missing"),
        _kp("Sensitive to feature scaling and irrelevant features", "missing"),
        _kp("Suffers from the curse of dimensionality", "missing"),
        _kp("Slow at prediction time, fast to train", "missing"),
        _kp("Use approximate indexes for speed", "missing"),
    ]
    parts = feedback_parts(_score(points))
    assert parts[1] == "covered 1 of 6 key points"
    assert parts[2] == (
        "missing: “Choosing k trades bias and variance; tune it with validation”, "
        "“Sensitive to feature scaling and irrelevant features”, "
        "“Suffers from the curse of dimensionality”"
    )
    assert parts[3] == "2 more on the scorecard"


def test_a_contradicted_or_only_named_point_is_not_called_missing() -> None:
    points = [
        _kp("Pin the environment and seeds", "contradicted"),
        _kp("Version the data", "named"),
        _kp("Register models", "missing"),
    ]
    parts = feedback_parts(_score(points), with_follow_up=True)
    assert parts[0].endswith("/100 with the follow-up")
    assert parts[2:] == [
        "said the opposite of: “Pin the environment and seeds”",
        "missing: “Register models”",
        "named but not explained: “Version the data”",
    ]


def test_a_story_s_line_says_which_star_parts_it_has() -> None:
    """Walkthrough 18: a behavioral answer's line was its score alone ("88/100"), while a
    technical one says what it covered: the story's line names its STAR parts, a part it
    lacks, and a story that does not answer the question."""
    question = load_packs([PACK]).questions["beh.conflict"]
    full = (
        "At my last job two engineers on my team disagreed about the pipeline design. "
        "As the tech lead I was responsible for a decision before the release. "
        "I met each of them and set up a design review with clear criteria. "
        "As a result we picked one design in two days and shipped on time."
    )
    score = score_answer(question, Transcript(text=full))
    assert score.star is not None and not score.star.missing
    split = feedback_parts(score)[-1]  # the scored split, in the scorecard bars' figures
    assert split.startswith("scored split by words: Situation "), split
    assert feedback_parts(score)[1:] == ["all four STAR parts", split]
    lacking = replace(score, star=replace(score.star, missing=["task", "result"]))
    assert feedback_parts(lacking)[1:] == ["STAR parts missing: Task, Result", split]
    off = replace(score, star=replace(score.star, off_question=["conflict"]))
    assert feedback_parts(off)[1:] == ["all four STAR parts", "off the question", split]


def test_while_its_follow_up_is_asked_the_line_names_the_first_answer_and_no_labels() -> None:
    """Under a follow-up the line listed the missed points the follow-up asks about, and its
    score read as the follow-up's (ux29)."""
    points = [
        _kp("Votes among the k nearest points", "explained"),
        _kp("Choosing k trades bias and variance; tune it with validation", "missing"),
    ]
    score = _score(points)
    parts = feedback_parts(score, follow_up_pending=True)
    assert parts[0] == f"First answer: {score.overall}/100"
    assert parts[1] == "covered 1 of 2 key points"
    assert not any("Choosing k" in p for p in parts)
    assert any("Choosing k" in p for p in feedback_parts(score))  # once it is answered


def test_an_off_question_tip_s_share_is_read_back_as_written() -> None:
    """The line reads the share kept from the stored tip (review32: the reader's pattern was
    written apart from the tip's words, so rewording one silently dropped the share)."""
    from simulator.core.scoring.content import ContentResult
    from simulator.core.scoring.overall import answer_feedback
    from simulator.core.tables import kept_share_said

    question = load_packs([PACK]).questions["tech.overfit"]
    content = ContentResult(0, 0.0, [], [], [], None, "", reads_as="Explain dropout.", kept=0.25)
    tips = answer_feedback(question, content, None, None)
    assert kept_share_said(tips[0]) == "25%"
    score = replace(_score([_kp("Noise", "explained")]), feedback=tips)
    assert "off the question, so they count for 25%" in feedback_parts(score)


def test_an_off_question_answer_covering_nothing_has_no_share_to_count() -> None:
    """The first answer of walkthrough 36 (an overfitting answer to the k-means question):
    "0/100 · covered 0 of 5 key points · off the question, so they count for 10%": no point
    was covered for "they" to be. With none covered the line says "off the question" alone;
    with one it keeps the share."""
    from simulator.core.scoring.content import ContentResult
    from simulator.core.scoring.overall import answer_feedback

    question = load_packs([PACK]).questions["tech.overfit"]
    content = ContentResult(0, 0.0, [], [], [], None, "", reads_as="Explain dropout.", kept=0.1)
    tips = answer_feedback(question, content, None, None)
    none = replace(_score([_kp("Noise", "missing"), _kp("Gap", "missing")]), feedback=tips)
    parts = feedback_parts(none)
    assert "covered 0 of 2 key points" in parts and "off the question" in parts, parts
    assert not any("count for" in p for p in parts), parts
    pending = feedback_parts(none, follow_up_pending=True)
    assert "off the question" in pending and not any("count for" in p for p in pending)
    one = replace(_score([_kp("Noise", "explained"), _kp("Gap", "missing")]), feedback=tips)
    assert "off the question, so they count for 10%" in feedback_parts(one)
