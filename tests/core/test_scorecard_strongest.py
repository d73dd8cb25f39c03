"""Walkthrough 19: with every answer at the same score, the exports said "Strongest: <question 1>
(0) · Weakest: <question 1> (0)": one answer was both. Neither is named then."""

from __future__ import annotations

from pathlib import Path

from simulator.core.export import render_markdown
from simulator.core.questions import load_packs
from simulator.core.scorecard import build_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def _card(tmp_path: Path, texts: dict[str, str]):  # type: ignore[no-untyped-def]
    bank = load_packs([PACK])
    storage = Storage(tmp_path / f"s{len(list(tmp_path.iterdir()))}.sqlite3")
    sid = storage.create_session({"name": "Custom", "question_ids": list(texts)})
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        score = score_answer(bank.get(qid), Transcript(text))
        storage.add_answer(sid, qid, position, "typed", text, score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    card = build_scorecard(storage.session(sid), bank)
    storage.close()
    return card


def test_answers_of_one_score_have_no_strongest_or_weakest(tmp_path: Path) -> None:
    card = _card(tmp_path, {"tech.overfit": "Pizza is tasty.", "case.spam": "Cats sleep a lot."})
    assert [a.overall for a in card.answers] == [0, 0]
    assert card.strongest is None and card.weakest is None
    assert "Strongest" not in render_markdown(card)


def test_different_scores_still_name_both(tmp_path: Path) -> None:
    card = _card(
        tmp_path,
        {
            "tech.overfit": "It memorizes noise in the training data; watch the validation "
            "error and use regularization.",
            "case.spam": "Cats sleep a lot.",
        },
    )
    assert card.strongest is not None and card.weakest is not None
    assert card.strongest.prompt != card.weakest.prompt
