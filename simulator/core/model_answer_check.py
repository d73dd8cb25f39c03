"""A pack's own model answers scored against their own rubrics: what a pack author is warned of.

A model answer is the author's account of a full answer. When the scorer charges it a
misconception or a contradicted key point, or finds under ``MODEL_ANSWER_COVERAGE`` of its
key-point weight, a candidate saying the same is scored the same way: either the rubric says
something the author did not mean (a misconception worded like a right statement, a key point
whose wordings the answer never uses) or the scorer misreads it. Either way the author should
hear of it, naming the file, the question, the key point or misconception and the sentence
(issue 9, self45). These are warnings: the question loads and is asked as written.

One scoring per technical or case question, no rivals (they weigh stories only); the shipped
questions are held to the same bar by the repository's own tests and are not scored again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.core.pack_yaml import PackLines
from simulator.core.questions import Problem, Question, QuestionBank
from simulator.core.questions_models import WARNING
from simulator.core.questions_parse import is_bidi_removed

if TYPE_CHECKING:
    from simulator.core.scoring import AnswerScore

MODEL_ANSWER_COVERAGE = 0.8  # share of the key-point weight a model answer must earn
_SCORED = ("technical", "case")


def model_answer_warnings(
    bank: QuestionBank,
    skip_files: Iterable[str] = (),
    stopped: Callable[[], bool] = lambda: False,
) -> list[Problem]:
    """The warnings for every technical and case question of ``bank`` not loaded from one of
    ``skip_files`` (as the bank shows its files). ``stopped`` is asked between questions: a
    caller that no longer needs the result (the window closing) ends the scoring early."""
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    skipped = set(skip_files)
    lines: dict[str, _Lines | None] = {}
    out: list[Problem] = []
    for qid, q in bank.questions.items():
        file = bank.sources.get(qid, "")
        if file in skipped or q.category.value not in _SCORED or not q.key_points:
            continue
        if stopped():
            break
        if file not in lines:
            lines[file] = _lines_of(file)
        found = lines[file]
        line = found.model_answer_line(qid) if found is not None else None
        score = score_answer(q, Transcript(q.model_answer))
        out += [Problem(file, qid, "model_answer", m, line) for m in _said(q, score)]
    return out


def outside_warnings(
    bank: QuestionBank, shipped_dir: Path, stopped: Callable[[], bool] = lambda: False
) -> list[Problem]:
    """``model_answer_warnings`` for the questions not loaded from ``shipped_dir`` (the app's
    own packs, held to the same bar by its tests): the person's own packs."""
    shipped = shipped_dir.resolve()
    files = {f for f in set(bank.sources.values()) if _parent(f) == shipped}
    return model_answer_warnings(bank, skip_files=files, stopped=stopped)


def _parent(file: str) -> Path | None:
    """The folder of a file as the bank names it (given relative or absolute, or through a
    link: the shipped folder named "questions" from the repository is the same folder)."""
    try:
        return Path(file).expanduser().resolve().parent
    except (OSError, RuntimeError, ValueError):
        return None


def _said(question: Question, score: AnswerScore) -> list[str]:
    said = []
    for m in score.misconceptions:
        said.append(
            f'{WARNING}: the scorer reads the model answer as stating misconception "{m.id or m.phrase}" '
            f'in "{m.evidence}": a candidate saying the same is charged with it; reword the '
            "misconception or the model answer, or report the scorer"
        )
    for k in score.key_points:
        if k.contradiction:
            said.append(
                f'{WARNING}: the scorer reads the model answer as contradicting key point "{k.id}" '
                f'({k.contradiction}) in "{k.evidence}": a candidate saying the same loses the '
                "point; reword the key point or the model answer, or report the scorer"
            )
    earned = sum(k.weight * k.credit for k in score.key_points)
    total = question.total_weight or 1.0
    if earned / total < MODEL_ANSWER_COVERAGE:
        missed = ", ".join(f'"{k.id}"' for k in score.key_points if k.credit < 1.0)
        said.append(
            f"{WARNING}: the model answer earns only {earned / total:.0%} of the key-point weight "
            f"(under {MODEL_ANSWER_COVERAGE:.0%}; short on {missed}): add wordings the answer "
            "uses to those key points, or report the scorer"
        )
    return said


def is_scorer_warning(problem: Problem) -> bool:
    """A warning of ``model_answer_warnings`` (the question is loaded all the same), not a bidi
    control removed from a model answer (``is_bidi_removed``: the same field, the same opening)."""
    return (
        problem.field == "model_answer"
        and problem.message.startswith(f"{WARNING}:")
        and not is_bidi_removed(problem)
    )


class _Lines:
    """Where a question's ``model_answer:`` is written: the line the warning is about."""

    def __init__(self, text: str) -> None:
        self._pack = PackLines(text)
        self._lines = text.splitlines()

    def model_answer_line(self, question_id: str) -> int | None:
        start = self._pack.id_line(question_id)
        if start is None:
            return None
        if start > len(self._lines):
            return start
        own = self._lines[start - 1]
        indent = len(own) - len(own.lstrip())  # of the question's "- id:"
        for n in range(start, len(self._lines)):  # the lines after the id's (1-based start)
            line = self._lines[n]
            text = line.strip()
            if text.startswith("- ") and len(line) - len(text) <= indent:
                break  # the next question: this one's model answer is not written
            if text.startswith("model_answer:"):
                return n + 1
        return start


def _lines_of(file: str) -> _Lines | None:
    try:
        return _Lines(Path(file).expanduser().read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
