"""Progress figures from stored sessions: per-session points, missed key points, topics, phrases."""

from __future__ import annotations

from pathlib import Path

from simulator.core.progress import Trend, build_progress
from simulator.core.scoring.results import AnswerScore, SessionScore
from simulator.core.storage import Storage
from simulator.core.storage_codec import AnswerFacts


def _score(overall: int, fillers: dict[str, int], missing: list[str]) -> AnswerScore:
    return AnswerScore.from_dict(
        {
            "question_id": "q1",
            "category": "technical",
            "overall": overall,
            "key_points": [{"id": k, "label": k.upper(), "status": "missing"} for k in missing],
            "delivery": {
                "duration_s": 60.0,
                "wpm": 120 + overall / 10,
                "fillers_per_100_words": 2.0,
                "fillers": fillers,
                "hedges": {"maybe": 1},
            },
            "star": {
                "parts": {
                    "situation": {"share": 0.2},
                    "task": {"share": 0.1},
                    "action": {"share": 0.5},
                    "result": {"share": 0.2},
                }
            },
        }
    )


def test_progress_from_storage(tmp_path: Path) -> None:
    s = Storage(tmp_path / "s.sqlite3")
    for day, overall in enumerate((40, 70)):
        sid = s.create_session({"name": "Full loop"}, started_at=1000.0 + day * 86400)
        s.add_answer(sid, "q1", 0, "spoken", "t", score=_score(overall, {"um": 2}, ["kp1"]))
        s.add_answer(sid, "q2", 1, "skipped", "")
        s.add_answer(
            sid, "q1", 0, "typed", "follow-up", follow_up="why?", score=_score(10, {"um": 9}, [])
        )
        s.finish_session(sid, SessionScore(overall, {"technical": overall}, None, None, []))
    s.create_session({"name": "unfinished"})
    topics = {"q1": "metrics", "q2": "bias-variance"}
    new: list[tuple[int, AnswerFacts]] = []
    p = build_progress(*s.progress_rows(), topics, new_facts=new)
    assert len(new) == 4
    s.save_progress_facts(new)
    again: list[tuple[int, AnswerFacts]] = []
    assert build_progress(*s.progress_rows(), topics, new_facts=again) == p and again == []
    first = s.session(1).answers[0]
    s.update_score(first.id, _score(40, {"uh": 5}, []))  # a re-score makes its facts stale
    rescored = build_progress(*s.progress_rows(), topics, new_facts=again)
    assert [a for a, _f in again] == [first.id]
    assert ("uh", 5, "filler") in [(r.label, r.value, r.detail) for r in rescored.phrases]
    assert [(pt.overall, pt.per_category, pt.plan) for pt in p.points] == [
        (40, {"technical": 40}, "Full loop"), (70, {"technical": 70}, "Full loop"),
    ]  # fmt: skip
    assert [pt.wpm for pt in p.points] == [124.0, 127.0]
    assert p.points[0].star == {"situation": 20.0, "task": 10.0, "action": 50.0, "result": 20.0}
    # follow-ups are not answers of their own; a skip is not an answer (the scorecard and
    # History count 1 answer a session here; Progress said 2)
    assert (p.answers, p.skipped) == (2, 2) and p.trend() == Trend("Full loop", 40, 70, 2)
    assert [(r.label, r.value, r.detail) for r in p.missed_key_points] == [("KP1", 2, "metrics")]
    assert [(r.label, r.value) for r in p.weak_topics] == [("bias-variance", 0), ("metrics", 55)]
    assert [(r.label, r.value, r.detail) for r in p.phrases] == [
        ("um", 4, "filler"),
        ("maybe", 2, "hedge"),
    ]


def test_damaged_cells_read_as_missing_and_facts_are_recomputed(tmp_path: Path) -> None:
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "Full loop"}, started_at=1000.0)
    aid = s.add_answer(sid, "q1", 0, "spoken", "t", score=_score(60, {"um": 2}, ["kp1"]))
    s.finish_session(sid, SessionScore(60, {"technical": 60}, None, None, []))
    new: list[tuple[int, AnswerFacts]] = []
    build_progress(*s.progress_rows(), {}, new_facts=new)
    s.save_progress_facts(new)
    # hand-damaged: the facts cell is not JSON, the session summary has the wrong shape
    s._write("UPDATE progress_facts SET facts_json = '{\"wpm\": ' WHERE answer_id = ?", (aid,))
    s._write("UPDATE sessions SET score_json = '[1, 2]' WHERE id = ?", (sid,))
    sessions, answers = s.progress_rows()
    assert sessions[0].score is None and sessions[0].plan_name == "Full loop"
    assert answers[0].facts is None and answers[0].score is not None  # read from the score
    again: list[tuple[int, AnswerFacts]] = []
    p = build_progress(sessions, answers, {}, new_facts=again)
    assert again == new and p.points[0].overall is None and p.points[0].wpm == 126.0
    assert [(h.id, h.overall, h.plan_name) for h in s.history_rows()] == [(sid, None, "Full loop")]


def test_score_json_is_turned_into_scores_in_one_place() -> None:
    """Only storage_codec reads score JSON (its answer_score / session_score); Progress, History
    and the queries get typed rows: nobody else calls a score's from_dict or json_extract, and
    progress and history do not even import json."""
    import ast

    root = Path(__file__).resolve().parents[2] / "simulator"
    readers = []
    for file in root.rglob("*.py"):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "from_dict"
                and isinstance(node.value, ast.Name)
                and node.value.id in ("AnswerScore", "SessionScore")
            ) or (
                isinstance(node, ast.Constant)
                and "json_extract" in str(node.value)
                and file.name != "storage_codec.py"  # the one reader may let SQLite read it
            ):
                readers.append(file.name)
    assert readers == []
    for module in ("core/progress.py", "core/history.py"):
        assert "import json" not in (root / module).read_text(encoding="utf-8")


def test_a_point_explained_the_last_time_is_no_longer_listed_as_missed(tmp_path: Path) -> None:
    """Walkthrough 18: after "Practise again" covered all four key points of a question (97/100),
    Progress still listed them under "Key points you miss most". A point is listed while the
    latest scored answer to its question still misses it, with every time it was missed."""
    s = Storage(tmp_path / "s.sqlite3")
    answers = [("q1", ["kp1", "kp2"]), ("q2", ["kp9"]), ("q1", ["kp2"]), ("q1", ["kp2"])]
    for day, (question, missing) in enumerate(answers):
        sid = s.create_session({"name": "Practise again"}, started_at=1000.0 + day * 86400)
        s.add_answer(sid, question, 0, "typed", "t", score=_score(50, {}, missing))
        if day == 2:  # a skipped answer says nothing of what is still missed
            s.add_answer(sid, "q2", 1, "skipped", "")
        s.finish_session(sid, SessionScore(50, {"technical": 50}, None, None, []))
    p = build_progress(*s.progress_rows(), {"q1": "metrics", "q2": "bias-variance"})
    assert [(r.label, r.value) for r in p.missed_key_points] == [("KP2", 3), ("KP9", 1)]


def test_a_topic_counts_its_skips_as_the_header_does(tmp_path: Path) -> None:
    """Progress after one skipped question: "3 answers, 1 skipped" above "neural networks 0
    (1 answer)": the skip was called an answer under the line that said it was not (ux36)."""
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "Full loop"}, started_at=1000.0)
    s.add_answer(sid, "q1", 0, "typed", "t", score=_score(60, {}, []))
    s.add_answer(sid, "q2", 1, "skipped", "")
    s.add_answer(sid, "q3", 2, "typed", "t", score=_score(80, {}, []))
    s.add_answer(sid, "q4", 3, "skipped", "")
    s.finish_session(sid, SessionScore(35, {"technical": 35}, None, None, []))
    topics = {"q1": "metrics", "q2": "neural-networks", "q3": "metrics", "q4": "metrics"}
    p = build_progress(*s.progress_rows(), topics)
    assert (p.answers, p.skipped) == (2, 2)
    assert [(r.label, r.value, r.detail) for r in p.weak_topics] == [
        ("neural-networks", 0, "1 skipped"),
        ("metrics", 47, "2 answers, 1 skipped"),
    ]


def test_a_topic_mean_rounds_as_a_session_mean_does(tmp_path: Path) -> None:
    """A topic's answers of 14 and 15 read "14" under Weakest topics (14.5 printed whole, a
    half to the even number) while a session of the same answers reads 15 everywhere."""
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "Full loop"}, started_at=1000.0)
    s.add_answer(sid, "q1", 0, "typed", "t", score=_score(14, {}, []))
    s.add_answer(sid, "q2", 1, "typed", "t", score=_score(15, {}, []))
    s.finish_session(sid, SessionScore(15, {"technical": 15}, None, None, []))
    p = build_progress(*s.progress_rows(), {"q1": "metrics", "q2": "metrics"})
    assert [(r.label, r.value) for r in p.weak_topics] == [("metrics", 15)]


def test_the_trend_compares_sessions_of_one_plan(tmp_path: Path) -> None:
    """Walkthrough 37: a Full loop at 82, then "Practise again" of one of its questions at 62.
    Progress said "overall 82 → 62 over the last 2" while the practice's scorecard said -10
    against that question's last answer. The trend follows one plan, like with like, as the
    scorecard compares: the latest plan that has an earlier session."""
    s = Storage(tmp_path / "s.sqlite3")

    def finished(plan: dict[str, object], overall: int, day: int) -> None:
        sid = s.create_session(plan, started_at=1000.0 + day * 86400)
        s.add_answer(sid, "q1", 0, "typed", "t", score=_score(overall, {}, []))
        s.finish_session(sid, SessionScore(overall, {"technical": overall}, None, None, []))

    loop = {"name": "Full loop", "counts": {"technical": 3, "behavioral": 2, "case": 1}}
    finished(loop, 82, 0)
    finished({"name": "Practise again", "question_ids": ["q1"], "practice_of": 1}, 62, 1)
    progress = build_progress(*s.progress_rows(), {"q1": "metrics"}, new_facts=[])
    assert progress.trend() is None  # no plan has two sessions
    finished(loop, 90, 2)
    finished({"name": "Custom", "counts": {"technical": 1}}, 40, 3)
    progress = build_progress(*s.progress_rows(), {"q1": "metrics"}, new_facts=[])
    assert progress.trend() == Trend("Full loop", 82, 90, 2)
    s.close()
