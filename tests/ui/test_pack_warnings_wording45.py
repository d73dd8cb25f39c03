"""The pack problems summary with model-answer warnings and no problems read "No problems ...:
every question was loaded. 2 warnings after them: ...", "after them" pointing at nothing
(review of round 45)."""

from __future__ import annotations

from simulator.core.questions import Problem
from simulator.ui.pack_problems import problems_summary


def test_warnings_without_problems_do_not_point_at_problems() -> None:
    warned = [
        Problem("/data/questions/mine.yaml", "my.q1", "model_answer", "charged", 12),
        Problem("/data/questions/mine.yaml", "my.q2", "model_answer", "charged", 30),
    ]
    said = problems_summary([], {"/data/questions/mine.yaml"}, warned)
    assert said.startswith("No problems in the question packs: every question was loaded."), said
    assert "after them" not in said and "2 warnings listed:" in said, said
    broken = Problem("/data/questions/other.yaml", None, None, "not valid YAML", 6)
    with_problem = problems_summary([broken], {"/data/questions/mine.yaml"}, warned)
    assert "2 warnings after them:" in with_problem, with_problem
