"""A wrong claim repeated in many sentences is listed once on the scorecard and in every export
(attack run 34, leftover of attack 33): each repeat is still charged (the score is unchanged),
but the card, HTML, Markdown, PDF and JSON scorecard listed one "Correction" per sentence (60
equal entries for a claim said 60 times). One entry per claim now, with how often it was said."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.bank import load_bank
from simulator.core.export.render import (
    render_html,
    render_json,
    render_markdown,
    render_print_html,
)
from simulator.core.scorecard import build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

OPENING = "Bias is error from a model that is too simple, so it underfits. "
TIMES = 20


def test_one_entry_per_claim_with_how_often_it_was_said(tmp_path: Path) -> None:
    bank = load_bank()
    question = bank.get("tech.bias-variance")
    text = OPENING + " ".join(f"On project {i}, more data reduces bias." for i in range(TIMES))
    score = score_answer(question, Transcript(text=text))
    charged = [m for m in score.misconceptions if "more data" in m.evidence.lower()]
    assert len(charged) >= TIMES  # still charged in each sentence
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick", "question_ids": [question.id]})
    storage.add_answer(sid, question.id, 0, "typed", text, score=score)
    card = build_scorecard(storage.session(sid), bank)
    storage.close()
    (view,) = card.answers
    corrections = {m.correction for m in score.misconceptions}
    assert len(view.misconceptions) == len(corrections)
    assert sum(m.times for m in view.misconceptions) == len(score.misconceptions)
    assert [m.times for m in view.misconceptions] == [
        1,
        TIMES - 1,
    ]  # the rubric phrase, its repeats
    assert [m.evidence[:12] for m in view.misconceptions] == ["On project 0", "On project 1"]
    for rendered in (render_html(card), render_markdown(card), render_print_html(card)):
        for correction in {m.correction for m in view.misconceptions}:
            # its one entry, and its one tip (the tips were made one per correction in round 33)
            assert rendered.count(correction) <= 2, correction
        assert f"(said {TIMES - 1} times)" in rendered
    data = json.loads(render_json(card, storage_session(tmp_path, sid), bank))
    shown = data["scorecard"]["answers"][0]["misconceptions"]
    assert [m["times"] for m in shown] == [m.times for m in view.misconceptions]


def storage_session(tmp_path: Path, sid: int):  # type: ignore[no-untyped-def]
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        return storage.session(sid)
    finally:
        storage.close()


def test_overclaims_with_the_same_cue_in_different_sentences_stay_apart() -> None:
    from simulator.core.scorecard.answer import _misconceptions
    from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
    from simulator.core.scoring.results import MisconceptionHit

    said = ["Trees always win.", "Deep nets always learn seasonality.", "Trees always win."]
    hits = [MisconceptionHit(OVERCLAIM_ID, "always", s, '"always" claims more') for s in said]
    views = _misconceptions(hits)
    assert [(v.evidence, v.times) for v in views] == [
        ("Trees always win.", 2),
        ("Deep nets always learn seasonality.", 1),
    ]
