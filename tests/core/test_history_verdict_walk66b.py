"""History's Score colour is the scorecard's verdict, read in History's one query (issue 8,
walk66b): a session whose only story was off the question asked (82) was green in History and
amber on its scorecard."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from simulator.core.history import history
from simulator.core.questions import Category, QuestionBank
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.tables import GOOD, WARN
from simulator.core.transcript import Transcript
from tests.scores import session_score

STORY = (
    "In my last role our churn model's precision had dropped, so I owned the fix. I rebuilt the"
    " features, I ran a two week test and I shipped it. Precision rose from 60% to 75%."
)


def test_history_and_the_scorecard_give_one_verdict(tmp_path: Path, bank: QuestionBank) -> None:
    question = next(q for q in bank.questions.values() if q.category is Category.BEHAVIORAL)
    scored = score_answer(question, Transcript(STORY))
    assert scored.star is not None
    storage = Storage(tmp_path / "sessions.sqlite3")
    cases = {  # stories (off the question?) -> the verdict
        (True,): WARN,
        (False,): GOOD,
        (True, True): WARN,
        (True, False): GOOD,  # one story on the question keeps the mean's own colour
    }
    ids = {}
    for offs, _colour in cases.items():
        sid = storage.create_session({"name": "Drill", "question_ids": [question.id] * len(offs)})
        for n, off in enumerate(offs):
            star = replace(scored.star, off_question=["mistake"] if off else [])
            score = replace(scored, overall=82, star=star)
            storage.add_answer(sid, question.id, n, "typed", STORY, score=score)
        storage.finish_session(sid, session_score(82, {"behavioral": 82}))
        ids[sid] = offs
    # a story on the question whose words hold the key as the cell spells it (escaped there),
    # and a damaged cell: neither is off the question, as on the scorecard
    on = replace(scored, overall=82, star=replace(scored.star, off_question=[]))
    quoted = STORY + ' The log said "off_question": ["deadline"].'
    odd = {}
    for kind in ("quoted", "damaged"):
        sid = storage.create_session({"name": "Drill", "question_ids": [question.id]})
        storage.add_answer(sid, question.id, 0, "typed", quoted, score=on)
        storage.finish_session(sid, session_score(82, {"behavioral": 82}))
        odd[kind] = sid
    with storage._transaction() as db:
        db.execute(
            'UPDATE answers SET score_json = \'{"star": {"off_question": ["mistake"\''
            " WHERE session_id = ?",
            (odd["damaged"],),
        )
    rows = {r.session_id: r for r in history(storage, {}, {})}
    for sid, offs in ids.items():
        card = build_scorecard(storage.session(sid), bank)
        assert card.overall_color == cases[offs]
        assert rows[sid].overall == 82 and rows[sid].color == card.overall_color, offs
        assert rows[sid].off_question == all(offs)
    for kind, colour in (("quoted", GOOD), ("damaged", GOOD)):
        card = build_scorecard(storage.session(odd[kind]), bank)
        assert card.overall_color == colour and rows[odd[kind]].color == colour, kind
    storage.close()
