"""The Review page marks a follow-up's key-point evidence as it marks the main answer's
(walkthrough 19): a point explained in the follow-up counts for the question, but its words
were shown plain under the answer while the main answer's evidence was underlined."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.review import build_review
from simulator.core.scoring import score_answer
from simulator.core.session.ledger import combine
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
MAIN = "Overfitting is when a model memorizes noise in the training data."
FOLLOW_UP = "I would compare it with the validation error to see the gap."


def test_a_follow_ups_evidence_words_are_marked(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    question = bank.get("tech.overfit")
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = storage.create_session({"name": "Custom", "question_ids": [question.id]})
        merged = score_answer(question, combine([Transcript(MAIN), Transcript(FOLLOW_UP)]))
        labels = {kp.id: kp for kp in merged.key_points}
        assert labels["detect"].evidence and "validation error" in labels["detect"].evidence
        storage.add_answer(sid, question.id, 0, "typed", MAIN, score=merged)
        storage.add_answer(
            sid, question.id, 0, "typed", FOLLOW_UP, follow_up="How would you detect it?",
            score=score_answer(question, Transcript(FOLLOW_UP)),
        )  # fmt: skip
        session = storage.session(sid)
        main = next(a for a in session.answers if a.follow_up is None)
        review = build_review(session, main, question)
    finally:
        storage.close()
    (follow_up,) = review.follow_ups
    marked = [w.text for w in follow_up.words if w.evidence]
    assert "validation" in marked and "error" in marked, follow_up.words
    assert {w.evidence for w in follow_up.words if w.evidence} == {labels["detect"].label}
    assert " ".join(w.text for w in follow_up.words) == FOLLOW_UP
    main_marked = [w.text for w in review.words if w.evidence]
    assert "memorizes" in main_marked and "validation" not in main_marked
