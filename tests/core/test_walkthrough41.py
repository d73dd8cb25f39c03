"""Decisions behind defects met by a new user in walkthrough 41 (Qt-free)."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.core import export
from simulator.core.questions import load_packs
from simulator.core.scorecard import SKIP_RULE, build_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
GOOD = (
    "Overfitting is when the model memorizes noise in the training data. I compare training "
    "and validation error on a held-out set."
)
SPAM = "I would label emails, train a classifier on text features and watch precision."


def test_the_skip_rule_is_said_only_when_a_question_was_skipped(data_dir: Path) -> None:
    """Six of six answered, the scorecard's header still said "A skipped answer counts as 0
    in the overall, skipped on purpose or with no words.": two lines about nothing on the page,
    which at 960 x 640 took them from the explanation below. Said when something was skipped
    (walkthrough 26b), not otherwise, alike on the page and in every export."""
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    texts = {"tech.overfit": GOOD, "case.spam": SPAM}
    sid = storage.create_session({"name": "Quick practice", "question_ids": list(texts)})
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        score = score_answer(bank.get(qid), Transcript(text=text))
        storage.add_answer(sid, qid, position, "typed", text, score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    session = storage.session(sid)
    storage.close()
    card = build_scorecard(session, bank)
    assert card.overall_statement == "Overall: mean of the 2 questions answered or skipped."
    for fmt in ("html", "md"):
        text = export.render(fmt, session, bank)
        assert isinstance(text, str)
        assert "counts as 0" not in text, fmt
    exported = json.loads(export.render("json", session, bank))
    assert exported["scorecard"]["overall_statement"] == card.overall_statement
    assert SKIP_RULE not in exported["scorecard"]["overall_statement"]
