"""The scorecard view model: one skip rule computed and stated the same everywhere, comparisons
of like with like, and every part of an answer (follow-ups included) carried to every view."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from simulator.core import export
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.rounding import mean_score
from simulator.core.scorecard import SKIP_RULE, build_scorecard, earlier_results
from simulator.core.scoring import MisconceptionHit, score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
GOOD = (
    "Overfitting is when a model memorizes noise in the training set and fails to generalize. "
    "You detect it when validation error rises while training error keeps falling. Fix it with "
    "regularization, more data or early stopping."
)


@pytest.fixture
def bank() -> QuestionBank:
    return load_packs([PACK])


@pytest.fixture
def storage(data_dir: Path) -> Storage:
    s = Storage(data_dir / "sessions.sqlite3")
    yield s  # type: ignore[misc]
    s.close()


def _session(
    storage: Storage,
    bank: QuestionBank,
    name: str,
    answers: list[tuple[str, str, str]],
    started: float,
) -> int:
    """answers: (question id, mode, text); every answer is scored, as the app stores it."""
    sid = storage.create_session(
        {"name": name, "counts": {"technical": 1}, "question_ids": [q for q, _, _ in answers]},
        started_at=started,
    )
    for position, (qid, mode, text) in enumerate(answers):
        duration = 30.0 if mode == "spoken" else None
        score = score_answer(bank.get(qid), Transcript(text=text, duration_s=duration))
        storage.add_answer(sid, qid, position, mode, text, duration_s=duration, score=score)
    storage.finish_session(sid, None)
    return sid


def _one_answered_one_skipped(storage: Storage, bank: QuestionBank) -> int:
    answers = [("tech.overfit", "typed", GOOD), ("case.spam", "skipped", "")]
    return _session(storage, bank, "Full loop", answers, 1000.0)


def test_a_skipped_answer_counts_as_zero_in_the_overall(storage, bank) -> None:  # type: ignore[no-untyped-def]
    sid = _one_answered_one_skipped(storage, bank)
    card = build_scorecard(storage.session(sid), bank)
    answered = card.answers[0].overall
    assert answered is not None and answered > 0
    assert card.answers[1].skipped and card.answers[1].overall == 0
    assert card.overall == mean_score([answered, 0])  # the mean of both questions asked
    assert card.per_category[-1].category == "case" and card.per_category[-1].score == 0
    assert card.overall_statement == (
        f"Overall: mean of the 2 questions answered or skipped (1 skipped). {SKIP_RULE}"
    )
    assert (card.answered, card.asked) == (1, 2)


def test_a_question_on_screen_at_end_is_not_counted_and_the_sentence_says_so(storage, bank) -> None:  # type: ignore[no-untyped-def]
    """End pressed on the third question before a word was given: it has no answer row, so the
    overall is the mean of the two answered or skipped, and every view says exactly that."""
    ids = ["tech.overfit", "case.spam", "beh.conflict"]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids}, started_at=1000.0)
    for position, (qid, mode, text) in enumerate(
        [(ids[0], "typed", GOOD), (ids[1], "skipped", "")]
    ):
        score = score_answer(bank.get(qid), Transcript(text=text))
        storage.add_answer(sid, qid, position, mode, text, score=score)
    storage.finish_session(sid, None)
    card = build_scorecard(storage.session(sid), bank)
    answered = card.answers[0].overall
    assert answered is not None and card.overall == mean_score([answered, 0])
    assert (card.answered, card.asked, card.total) == (1, 2, 3)
    assert card.overall_statement == (
        "Overall: mean of the 2 questions answered or skipped (1 skipped); "
        f"1 question not answered before the end is not counted. {SKIP_RULE}"
    )
    session = storage.session(sid)
    assert card.overall_statement in export.render("html", session, bank)
    assert export.markdown_escape(card.overall_statement) in export.render("md", session, bank)
    js = json.loads(export.render("json", session, bank))
    assert js["scorecard"]["overall_statement"] == card.overall_statement


def test_a_silent_spoken_answer_is_skipped_not_scored(storage, bank) -> None:  # type: ignore[no-untyped-def]
    """No words = skipped, whatever the stored mode and score (delivery gave silence points)."""
    sid = _session(storage, bank, "Quick", [("tech.overfit", "spoken", "  ")], 1000.0)
    (answer,) = build_scorecard(storage.session(sid), bank).answers
    assert answer.skipped and answer.overall == 0 and answer.shown_overall == "skipped"
    assert answer.components == [] and answer.delivery is None
    assert set(answer.scores.values()) == {"–"}
    assert all(not kp.covered for kp in answer.key_points)


def test_every_view_states_the_same_rule(storage, bank) -> None:  # type: ignore[no-untyped-def]
    sid = _one_answered_one_skipped(storage, bank)
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    data = export.ExportInput(card, session, bank)
    html = export.FORMATS["html"].render(data)
    printed = export.FORMATS["pdf"].render(data)
    md = export.FORMATS["md"].render(data)
    js = json.loads(export.FORMATS["json"].render(data))
    assert card.overall_statement in html
    assert card.overall_statement in printed
    assert export.markdown_escape(card.overall_statement) in md
    assert js["scorecard"]["overall_statement"] == card.overall_statement
    assert js["scorecard"]["overall"] == card.overall


def test_comparison_is_with_the_same_plan_and_says_so(storage, bank) -> None:  # type: ignore[no-untyped-def]
    drill = _session(storage, bank, "Behavioral drill", [("beh.conflict", "typed", "x y")], 1000)
    _session(storage, bank, "Technical deep dive", [("tech.overfit", "skipped", "")], 2000)
    now = _session(storage, bank, "Behavioral drill", [("beh.conflict", "typed", GOOD)], 3000)
    sessions = storage.sessions()
    current = storage.session(now)
    earlier = earlier_results(sessions, current)
    assert earlier.same_plan is not None and earlier.same_plan.id == drill
    card = build_scorecard(current, bank, earlier)
    assert card.previous is not None and card.previous.session_id == drill
    assert card.previous.text.startswith("Previous Behavioral drill session (")
    before = build_scorecard(storage.session(drill), bank).overall
    assert card.previous.change == (card.overall or 0) - (before or 0)


def test_no_comparison_across_plans_but_per_question_like_with_like(storage, bank) -> None:  # type: ignore[no-untyped-def]
    first = _session(storage, bank, "Full loop", [("tech.overfit", "typed", "It memorizes.")], 1)
    now = _session(storage, bank, "Technical deep dive", [("tech.overfit", "typed", GOOD)], 2)
    current = storage.session(now)
    card = build_scorecard(current, bank, earlier_results(storage.sessions(), current))
    assert card.previous is None  # a different plan: no session-level "+62"
    (answer,) = card.answers
    before = storage.session(first).answers[0].overall
    assert answer.earlier is not None and answer.earlier.overall == before
    assert answer.change == (answer.overall or 0) - (before or 0)
    assert "this question, last time" in answer.change_text


def test_a_question_carries_its_answer_and_follow_up_transcripts(storage, bank) -> None:  # type: ignore[no-untyped-def]
    sid = _session(storage, bank, "Full loop", [("tech.overfit", "typed", GOOD)], 1)
    storage.add_answer(
        sid, "tech.overfit", 0, "typed", "Watch the validation curve.", follow_up="How to detect?"
    )
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    (answer,) = card.answers
    assert [(p.kind, p.text) for p in answer.parts] == [
        ("answer", GOOD),
        ("follow-up", "Watch the validation curve."),
    ]
    assert answer.parts[1].title == "Follow-up: How to detect?"
    html = export.render_html(card)
    md = export.render_markdown(card)
    for text in ("Follow-up: How to detect?", "Watch the validation curve."):
        assert text in html and text in export.render_print_html(card)
        assert export.markdown_escape(text) in md


def test_the_registry_names_every_format_once() -> None:
    assert list(export.FORMATS) == ["html", "md", "json", "pdf"]
    assert export.formats_text() == "HTML, Markdown, JSON or PDF"
    assert export.SUFFIXES[".htm"] == "html" and export.FORMATS["pdf"].paged
    assert export.FORMATS["md"].file_filter == "Markdown (*.md *.markdown)"


def test_warned_against_claims_and_meaning_evidence_reach_every_view(storage, bank) -> None:  # type: ignore[no-untyped-def]
    question = bank.get("tech.overfit")
    score = score_answer(question, Transcript(text=GOOD))
    warned = MisconceptionHit("m1", "more epochs", "Never just train longer to fix it.", "x")
    first = replace(score.key_points[0], via="meaning", evidence="It learns the noise.")
    score = replace(score, warned_against=[warned], key_points=[first, *score.key_points[1:]])
    sid = storage.create_session({"name": "Quick", "question_ids": [question.id]})
    storage.add_answer(sid, question.id, 0, "typed", GOOD, score=score)
    card = build_scorecard(storage.session(sid), bank)
    (answer,) = card.answers
    assert [w.evidence for w in answer.warned_against] == ["Never just train longer to fix it."]
    assert answer.key_points[0].evidence_label == "You said (in other words)"
    for text in (export.render_html(card), export.render_print_html(card)):
        assert "rightly warned against" in text and "Never just train longer to fix it." in text
        assert "You said (in other words):</span> “It learns the noise.”" in text
    md = export.render_markdown(card)
    assert "rightly warned against" in md and "you said (in other words): “It learns" in md


def test_a_delivery_too_short_to_judge_says_so_in_every_view(storage, bank) -> None:  # type: ignore[no-untyped-def]
    """Walked by voice: a one-word spoken answer's delivery showed only '–', nowhere why."""
    sid = _session(storage, bank, "Quick", [("tech.overfit", "spoken", "No.")], 1000.0)
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    (answer,) = card.answers
    delivery = [c for c in answer.components if c.name == "delivery"]
    assert [c.value for c in delivery] == [None]
    assert delivery[0].basis.startswith("not scored: too few words")
    data = export.ExportInput(card, session, bank)
    for kind in ("html", "md", "pdf"):
        page = export.FORMATS[kind].render(data)
        assert "Delivery: not scored: too few words" in page, kind
        assert "None" not in page and "delivery None" not in page
    md = export.FORMATS["md"].render(data)
    assert f"Overall = content {answer.overall} × 100%\n" in md  # the formula leaves it out


def test_one_answer_is_not_both_the_strongest_and_the_weakest(storage, bank) -> None:  # type: ignore[no-untyped-def]
    """A "Practise again" export said "Strongest: How does a recurrent ... (97) · Weakest: How
    does a recurrent ... (97)": the same question twice (walkthrough 18)."""
    from simulator.core.export.render import render_markdown

    one = build_scorecard(
        storage.session(_session(storage, bank, "P", [("tech.overfit", "typed", GOOD)], 1.0)), bank
    )
    assert one.strongest is None and one.weakest is None
    assert "Strongest" not in render_markdown(one) and "Weakest" not in render_markdown(one)
    answers = [("tech.overfit", "typed", GOOD), ("case.spam", "typed", "Label spam by reports.")]
    two = build_scorecard(storage.session(_session(storage, bank, "P", answers, 2.0)), bank)
    assert two.strongest is not None and two.weakest is not None
    assert two.strongest.question_id != two.weakest.question_id


def test_practise_again_compares_only_with_practice_of_the_same_question(storage, bank) -> None:  # type: ignore[no-untyped-def]
    """Every "Practise again" session had the same plan (a name, no counts, no topics): the
    scorecard of a practice of one question said "Previous Practise again session: 37 (+40)"
    and drew that bar beside its own, 37 being another question's practice. Like with like:
    a practice is compared with the last practice of the same question only."""
    from simulator.core.attempts import practice_plan

    def practice(qid: str, text: str, started: float) -> int:
        sid = storage.create_session(practice_plan(qid, None), started_at=started)
        score = score_answer(bank.get(qid), Transcript(text=text))
        storage.add_answer(sid, qid, 0, "typed", text, score=score)
        storage.finish_session(sid, None)
        return sid

    first = practice("tech.overfit", "It memorizes.", 1000)
    practice("case.spam", "I would use a classifier on the words.", 2000)
    now = practice("tech.overfit", GOOD, 3000)
    current = storage.session(now)
    card = build_scorecard(current, bank, earlier_results(storage.sessions(), current))
    assert card.previous is not None and card.previous.session_id == first
    spam = practice("case.spam", "x", 4000)
    other = storage.session(spam)
    earlier = earlier_results(storage.sessions(), other)
    assert earlier.same_plan is not None and earlier.same_plan.plan.question_ids == ("case.spam",)
    lone = practice("beh.conflict", "x", 5000)
    assert earlier_results(storage.sessions(), storage.session(lone)).same_plan is None
