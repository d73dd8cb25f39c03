"""Walkthrough 39: a session with a skipped question. The scorer's summary (its tips, and the
JSON export's ``session.score.weakest``) takes the skip, counted as 0, as the weakest answer;
the scorecard's exports named another question "Weakest" under a first tip about the skipped
one, and the JSON export held both names. Every export now names the same weakest answer."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.core.export import render_markdown
from simulator.core.export.render import render_json
from simulator.core.questions import load_packs
from simulator.core.scorecard import build_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
GOOD = "Overfitting memorises noise in the training data; watch the validation error, regularize."
WEAK = "I would label some emails."


def test_a_skipped_answer_is_the_weakest_in_every_export(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    texts = {"tech.overfit": GOOD, "case.spam": WEAK, "beh.conflict": ""}
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "Custom", "question_ids": list(texts)})
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        score = score_answer(bank.get(qid), Transcript(text))
        storage.add_answer(sid, qid, position, "typed" if text else "skipped", text, score=score)
        items.append((bank.get(qid), score))
    summary = score_session(items)
    storage.finish_session(sid, summary)
    card = build_scorecard(storage.session(sid), bank)
    exported = json.loads(render_json(card, storage.session(sid), bank))
    storage.close()

    assert summary.weakest == "beh.conflict"  # the scorer's (unchanged)
    assert card.weakest is not None and card.weakest.question_id == summary.weakest
    assert card.strongest is not None and card.strongest.question_id == "tech.overfit"
    said = render_markdown(card)
    assert f"Weakest: {bank.get('beh.conflict').prompt} (skipped)" in said, said
    assert (
        exported["scorecard"]["weakest"]["question_id"] == exported["session"]["score"]["weakest"]
    )
