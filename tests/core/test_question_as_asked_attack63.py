"""A pack edited while an interview that asks its question runs, or before the session's
Resume, Review or export: the scorecard, Review and every export showed the bank's new prompt
over an answer to the old one (sessions stored only question ids), with the new rubric's
missed points and model answer beside a score judged against the old. A session keeps its
questions as they were asked, and says when the packs' question has changed or gone since
(attack run 63)."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.core.asked import CHANGED_NOTE, GONE_NOTE, resumed_note
from simulator.core.export.render import render_json, render_markdown
from simulator.core.questions import QuestionBank
from simulator.core.rescore import rescore_session
from simulator.core.review import session_reviews
from simulator.core.scorecard.build import build_scorecard
from simulator.core.session import events as ev
from tests.core.session_kit import Harness

GOOD = (
    "Overfitting is when the model memorises noise in the training data and fails to "
    "generalise; I detect it with a held-out validation set and fix it with regularisation."
)
NEW_PROMPT = "Explain the bias-variance trade-off and how you would pick a model's capacity."


def _edited(bank: QuestionBank, question_id: str) -> QuestionBank:
    """The bank after the question's pack was edited: a new prompt and model answer."""
    old = bank.questions[question_id]
    new = old.model_copy(
        update={"prompt": NEW_PROMPT, "model_answer": "A new model answer, about capacity."}
    )
    return QuestionBank({**bank.questions, question_id: new}, dict(bank.sources))


def _without(bank: QuestionBank, question_id: str) -> QuestionBank:
    return QuestionBank({k: v for k, v in bank.questions.items() if k != question_id})


def _finished(h: Harness) -> int:
    h.start("tech.overfit")
    h.to_answering()
    h.session.primary(GOOD)
    h.session.primary()
    return h.of(ev.SessionFinished)[0].session_id


def test_the_scorecard_and_exports_show_the_question_as_asked(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    asked = h.q("tech.overfit")
    sid = _finished(h)
    record = h.storage.session(sid)
    assert record.asked == {"tech.overfit": asked}
    for bank, note in ((_edited(h.bank, "tech.overfit"), CHANGED_NOTE),
                       (_without(h.bank, "tech.overfit"), GONE_NOTE)):  # fmt: skip
        card = build_scorecard(record, bank)
        answer = card.answers[0]
        assert answer.prompt == asked.prompt  # not NEW_PROMPT over an answer to the old one
        assert answer.model_answer == asked.model_answer  # what it was scored against
        assert answer.asked_note == note
        assert note in render_markdown(card)
        exported = json.loads(render_json(card, record, bank))
        assert exported["questions"]["tech.overfit"]["prompt"] == asked.prompt
        assert exported["scorecard"]["answers"][0]["asked_note"] == note
        (review,) = session_reviews(record, bank, {})
        assert review.prompt == asked.prompt
        assert review.detail is not None and review.detail.asked_note == note
    # unchanged: nothing said
    assert build_scorecard(record, h.bank).answers[0].asked_note == ""


def test_resume_goes_on_with_the_questions_as_asked(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(GOOD)  # then the app closes (nothing more)
    sid = h.session.journal.session_id
    assert sid is not None
    record = h.storage.unfinished_session()
    assert record is not None and record.id == sid
    ids = record.plan.question_ids
    edited = _edited(h.bank, "case.spam")
    note = resumed_note(edited, ids, record.asked)
    assert note.startswith("Question 2 has been changed in your question packs")
    assert record.asked["case.spam"] == h.q("case.spam")
    assert resumed_note(h.bank, ids, record.asked) == ""


def test_a_session_of_an_older_version_shows_the_bank_question(tmp_path: Path) -> None:
    """A session kept no questions before this (or came from an archive without them): the
    bank's are shown, and nothing is said."""
    h = Harness(tmp_path, follow_ups=False)
    sid = _finished(h)
    h.storage._write("DELETE FROM asked_questions WHERE session_id = ?", (sid,))
    record = h.storage.session(sid)
    assert record.asked == {}
    answer = build_scorecard(record, _edited(h.bank, "tech.overfit")).answers[0]
    assert answer.prompt == NEW_PROMPT and answer.asked_note == ""


def test_a_version_is_stored_once(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    for _ in range(3):
        _finished(h)
    with h.storage._lock:
        texts = h.storage._db.execute("SELECT count(*) FROM question_texts").fetchone()[0]
        asked = h.storage._db.execute("SELECT count(*) FROM asked_questions").fetchone()[0]
    assert (texts, asked) == (1, 3)


def test_re_score_judges_the_answer_against_the_question_asked(tmp_path: Path) -> None:
    """Re-score after the pack was rewritten (new prompt, key points all else): the answer is
    scored again against the question it answered, not the new one."""
    h = Harness(tmp_path, follow_ups=False)
    sid = _finished(h)
    before = h.storage.session(sid).answers[0].overall
    old = h.q("tech.overfit")
    point = old.key_points[0].model_copy(
        update={"id": "capacity", "label": "Model capacity", "phrases": ["model capacity"]}
    )
    rewritten = old.model_copy(update={"prompt": NEW_PROMPT, "key_points": [point]})
    bank = QuestionBank({**h.bank.questions, "tech.overfit": rewritten})
    result = rescore_session(h.storage, bank, sid)
    assert result.answers == 1 and result.changed == 0
    assert h.storage.session(sid).answers[0].overall == before
