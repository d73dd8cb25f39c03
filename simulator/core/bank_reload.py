"""What reading the question packs again changed, in one line for the window (Qt-free)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.core.questions import QuestionBank


def _counted(n: int, noun: str) -> str:
    return f"{n:,} {noun if n == 1 else noun + 's'}"


def reload_summary(old: QuestionBank | None, new: QuestionBank) -> str:
    """ "Question packs read again: 3 new questions, 1 gone; 2 problems (Help → Question pack
    problems)." The counts are of question ids, so a question edited in place is neither."""
    before = set(old.questions) if old is not None else set()
    after = set(new.questions)
    added, gone = len(after - before), len(before - after)
    changes = [_counted(added, "new question")] if added else []
    if gone:
        changes.append(f"{_counted(gone, 'question')} no longer there")
    said = ", ".join(changes) if changes else "no question added or removed"
    problems = len(new.problems)
    if problems:
        listed = "Help → Question pack problems lists them"
        return f"Question packs read again: {said}; {_counted(problems, 'problem')} ({listed})."
    return f"Question packs read again: {said}, no problems."
