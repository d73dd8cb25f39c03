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
