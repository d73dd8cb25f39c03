"""Resume of a session that asked a question since removed from the packs (walk64): the
session keeps the question whole, so it goes on with it as asked; only a question in neither
the packs nor the session's kept questions stops it."""

from __future__ import annotations

from simulator.core.asked import not_resumable, resumed_note, resumed_questions
from simulator.core.questions import QuestionBank, load_packs
from tests.ui.conftest import PACK


def test_a_question_gone_from_the_packs_goes_on_as_asked() -> None:
    bank = load_packs([PACK])
    gone = bank.questions["case.spam"].model_copy(update={"id": "my.gone", "prompt": "Gone?"})
    changed = bank.questions["beh.conflict"].model_copy(update={"prompt": "Edited since?"})
    asked = {"my.gone": gone, "beh.conflict": changed}
    ids = ["tech.overfit", "my.gone", "beh.conflict", "never.kept"]
    assert not_resumable(bank, ids, asked) == ["never.kept"]
    questions = resumed_questions(bank, ids[:3], asked)
    assert [q.prompt for q in questions[1:]] == ["Gone?", "Edited since?"]
    note = resumed_note(bank, ids[:3], asked)
    assert note.startswith(
        "Question 3 has been changed in your question packs and Question 2 is no longer in "
        "your question packs since this interview began"
    ), note
    two_gone = QuestionBank({k: v for k, v in bank.questions.items() if k != "tech.overfit"})
    asked["tech.overfit"] = bank.questions["tech.overfit"]
    assert resumed_note(two_gone, ids[:2], asked).startswith(
        "Questions 1 and 2 are no longer in your question packs"
    )


def test_practise_again_asks_the_packs_question_and_says_when_it_is_not_the_attempt_s() -> None:
    from simulator.core.asked import PRACTISED_CHANGED, PRACTISED_GONE, practised

    bank = load_packs([PACK])
    now = bank.questions["tech.overfit"]
    old = now.model_copy(update={"prompt": "Older wording?"})
    assert practised(now, now) == (now, "")
    assert practised(now, None) == (now, "")  # a session that kept none: nothing to say
    assert practised(now, old) == (now, PRACTISED_CHANGED)
    assert practised(None, old) == (old, PRACTISED_GONE)
    assert practised(None, None) == (None, "")


def test_attempts_name_each_wording() -> None:
    from simulator.core.attempts import Attempt, attempts_prompt
    from simulator.core.tables import QUESTION_GONE

    first, second = Attempt(1, 10, 0.0, "typed", 5), Attempt(2, 11, 1.0, "typed", 9)
    asked = {10: "Old?", 11: "New?"}
    assert attempts_prompt("New?", asked, first, second) == (
        "New?\nThe earlier attempt was asked: “Old?”"
    )
    assert attempts_prompt("New?", asked, first, first) == (
        "Old?\nYour question packs ask it now: “New?”"
    )
    assert attempts_prompt("New?", {}, first, second) == "New?"  # none kept: the packs'
    assert attempts_prompt(None, {}, first, second) == QUESTION_GONE
    assert attempts_prompt(None, asked, second, second) == (
        "New?\nThis question is no longer in your question packs."
    )


def test_a_session_that_kept_no_questions_says_when_its_key_points_are_not_the_packs(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    """Before schema 9 a session kept only ids: its scorecard and Review show the packs'
    question of now. The stored score names the key points it was scored on; when they are
    not the packs' now, both say so (only the prompt or model answer changed: nothing to see)."""
    from simulator.core.asked import UNKEPT_CHANGED_NOTE, said_since
    from simulator.core.review import session_reviews
    from simulator.core.scorecard.build import build_scorecard
    from tests.core.test_question_as_asked_attack63 import Harness, _edited, _finished

    h = Harness(tmp_path, follow_ups=False)
    sid = _finished(h)
    h.storage._write("DELETE FROM asked_questions WHERE session_id = ?", (sid,))
    record = h.storage.session(sid)
    assert said_since(h.bank, record) == {}
    assert said_since(_edited(h.bank, "tech.overfit"), record) == {}  # the prompt only
    old = h.bank.questions["tech.overfit"]
    points = [old.key_points[0].model_copy(update={"label": "Relabelled since"})]
    relabelled = QuestionBank(
        {
            **h.bank.questions,
            old.id: old.model_copy(update={"key_points": [*points, *old.key_points[1:]]}),
        }
    )
    assert said_since(relabelled, record) == {"tech.overfit": UNKEPT_CHANGED_NOTE}
    assert build_scorecard(record, relabelled).answers[0].asked_note == UNKEPT_CHANGED_NOTE
    (review,) = session_reviews(record, relabelled, {})
    assert review.detail is not None and review.detail.asked_note == UNKEPT_CHANGED_NOTE
