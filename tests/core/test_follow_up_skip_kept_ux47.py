"""A follow-up skipped with Ctrl+K (walkthrough 46, left): typed, or while the interviewer still
read it, it left no row, so the scorecard, Review, Attempts and every export showed an answer
as if no follow-up had been asked. It is kept now as a skip on purpose under its question,
and each place says it was asked, what it asked and that it was skipped."""

from __future__ import annotations

import json
from pathlib import Path

from session_kit import Harness

from simulator.core.attempts import FOLLOW_UP_MARK, compare
from simulator.core.export.render import (
    render_html,
    render_json,
    render_markdown,
    render_print_html,
)
from simulator.core.interview import State
from simulator.core.review import session_reviews
from simulator.core.scorecard import build_scorecard
from simulator.core.session import events as ev
from simulator.core.storage import SessionRecord

PARTIAL = "Overfitting is when it memorizes noise in the data."
ASKED = "How would you detect it in practice?"


def _skipped_follow_up(tmp_path: Path, *, while_read: bool = False) -> tuple[Harness, int]:
    h = Harness(tmp_path, hold_voice=while_read)
    h.start("tech.overfit")
    if while_read:
        h.voice.finish()  # the briefing
        h.voice.finish()  # the question
    h.to_answering()
    h.session.primary(PARTIAL)
    expected = State.ASKING_FOLLOW_UP if while_read else State.FOLLOW_UP
    assert h.session.state is expected and h.of(ev.QuestionShown)[-1].follow_up == ASKED
    h.session.skip()
    assert h.session.state is State.REVIEWING  # its question's line, whole (ux54)
    h.session.primary("")  # Ctrl+Enter: after the last question, the scorecard
    assert h.session.state is State.SCORECARD
    return h, h.of(ev.AnswerReviewed)[0].score.overall


def _record(h: Harness) -> SessionRecord:
    return h.storage.session(h.session.session_id)  # type: ignore[arg-type]


def test_a_typed_follow_up_skipped_is_kept_under_its_question(tmp_path: Path) -> None:
    h, first = _skipped_follow_up(tmp_path)
    record = _record(h)
    assert [(a.follow_up, a.mode, a.text) for a in record.answers] == [
        (None, "typed", PARTIAL),
        (ASKED, "skipped", ""),
    ]
    # the question is still scored on its first answer alone, and the session with it
    assert record.answers[0].overall == first
    assert record.score is not None and record.score.overall == first


def test_a_follow_up_skipped_while_it_is_read_aloud_is_kept_too(tmp_path: Path) -> None:
    h, _ = _skipped_follow_up(tmp_path, while_read=True)
    assert [(a.follow_up, a.mode) for a in _record(h).answers] == [
        (None, "typed"),
        (ASKED, "skipped"),
    ]


def test_the_scorecard_and_every_export_say_the_follow_up_was_asked_and_skipped(
    tmp_path: Path,
) -> None:
    h, _ = _skipped_follow_up(tmp_path)
    record = _record(h)
    card = build_scorecard(record, h.bank)
    (answer,) = card.answers
    part = answer.parts[-1]
    assert (part.kind, part.prompt, part.mode, part.on_purpose) == (
        "follow-up",
        ASKED,
        "skipped",
        True,
    )
    assert part.shown_text.startswith("(Skipped")
    for page in (render_html(card), render_print_html(card), render_markdown(card)):
        said = page[page.index(f"Follow-up: {ASKED}") :]
        assert said.index("Skipped") < 200, said[:300]
    data = json.loads(render_json(card, record, h.bank))
    (shown,) = [p for p in data["scorecard"]["answers"][0]["parts"] if p["kind"] == "follow-up"]
    assert (shown["prompt"], shown["mode"], shown["on_purpose"]) == (ASKED, "skipped", True)
    assert [a["follow_up"] for a in data["session"]["answers"]] == [None, ASKED]


def test_review_shows_the_skipped_follow_up_with_its_question(tmp_path: Path) -> None:
    h, _ = _skipped_follow_up(tmp_path)
    (review,) = session_reviews(_record(h), h.bank, {})
    (follow_up,) = review.follow_ups
    assert follow_up.prompt == ASKED and not follow_up.words
    assert follow_up.empty.startswith("(Skipped")


def test_a_follow_up_given_no_words_is_told_apart_from_a_skip(tmp_path: Path) -> None:
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.to_answering()
    h.session.primary(PARTIAL)
    h.session.submit("", by_person=False)  # the interview ended on an empty follow-up
    part = build_scorecard(_record(h), h.bank).answers[0].parts[-1]
    assert part.mode == "skipped" and not part.on_purpose
    assert part.shown_text.startswith("(No words")


def test_attempts_show_no_bare_follow_up_mark_for_a_skipped_one(tmp_path: Path) -> None:
    """Attempts compare the words said: a follow-up skipped (a spoken one kept a row before
    this round too) put "Follow-up:" with nothing after it in the attempt's text."""
    h = Harness(tmp_path)
    sid = h.storage.create_session({"name": "x", "question_ids": ["tech.overfit"]})
    h.storage.add_answer(sid, "tech.overfit", 0, "typed", PARTIAL)
    h.storage.add_answer(sid, "tech.overfit", 0, "skipped", "", follow_up=ASKED)
    answers = h.storage.session(sid).answers
    diff = compare(answers[0], answers[0], answers)
    assert diff.after_text and all(FOLLOW_UP_MARK not in c.text for c in diff.after_text)


def test_a_question_skipped_on_purpose_says_so_in_its_own_part(tmp_path: Path) -> None:
    """JSON's parts carry on_purpose: the skipped question's own part said false."""
    h = Harness(tmp_path)
    h.start("tech.overfit")
    h.to_answering()
    h.session.skip()
    (part,) = build_scorecard(_record(h), h.bank).answers[0].parts
    assert (part.kind, part.mode, part.on_purpose) == ("answer", "skipped", True)
    assert part.shown_text == "(Skipped: on purpose, counts as 0.)"
