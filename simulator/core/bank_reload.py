"""What reading the question packs again changed, for the window's status line (Qt-free)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.core.tables import plural

if TYPE_CHECKING:
    from simulator.core.questions import QuestionBank


def reload_summaries(old: QuestionBank | None, new: QuestionBank) -> list[str]:
    """ "Question packs read again: 3 new questions, 1 gone; 2 problems (Help → Question pack
    problems lists them).", then shorter wordings of it for a narrow window (the fullest
    first). The counts are of question ids, so a question edited in place is neither."""
    before = set(old.questions) if old is not None else set()
    after = set(new.questions)
    added, gone = len(after - before), len(before - after)
    changes = [plural(added, "new question")] if added else []
    if gone:
        changes.append(f"{plural(gone, 'question')} no longer there")
    said = ", ".join(changes) if changes else "no question added or removed"
    problems = len(new.problems)
    if not problems:
        return [f"Question packs read again: {said}, no problems.", "Question packs read again."]
    counted = plural(problems, "problem")
    return [
        f"Question packs read again: {said}; {counted} (Help → Question pack problems lists them).",
        f"Question packs read again: {said}; {counted}.",
        f"Packs read again: {counted} (Help → Question pack problems).",
        f"Packs read again: {counted}.",
    ]


def reload_summary(old: QuestionBank | None, new: QuestionBank) -> str:
    """The fullest of ``reload_summaries``."""
    return reload_summaries(old, new)[0]
