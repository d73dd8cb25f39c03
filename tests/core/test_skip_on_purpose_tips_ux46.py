"""Walkthrough 46: a question skipped with Ctrl+K (a skip on purpose) was named twice under "What
to work on next", "Revisit linear models: explain ..." and "Technical is your weakest category
...: practise the linear models question again ... and give an answer this time". Walkthrough 42
said the two as one tip, but only for an answer submitted with no words: a skip on purpose stores
no score, so its card listed no key points (an empty answer's listed them all as missing) and the
revisit could not be matched to it. Both kinds of skip now list the question's key points, missing."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.reordering import shown_topic
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import SKIPPED_ON_PURPOSE, Transcript
from tests.core.test_weakest_category_tip40 import PACK, STORY

_ON_PURPOSE = Transcript(text="", engine=SKIPPED_ON_PURPOSE).to_dict()


def _card(tmp_path: Path, on_purpose: bool):  # type: ignore[no-untyped-def]
    """A technical question skipped and a story told, stored as the session core stores them:
    a skip on purpose with its mark and no score, an empty answer with its (empty) score."""
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session(
        {"name": "Mixed", "question_ids": ["tech.overfit", "beh.conflict"]}
    )
    items = []
    for position, (qid, text) in enumerate((("tech.overfit", ""), ("beh.conflict", STORY))):
        score = score_answer(bank.get(qid), Transcript(text=text))  # as the summary scores it
        items.append((bank.get(qid), score))
        if text:
            storage.add_answer(sid, qid, position, "typed", text, score=score)
        elif on_purpose:
            storage.add_answer(sid, qid, position, "skipped", "", transcript=_ON_PURPOSE)
        else:
            storage.add_answer(sid, qid, position, "typed", "", score=score)
    summary = score_session(items)
    storage.finish_session(sid, summary)
    card = build_scorecard(storage.session(sid), bank)
    storage.close()
    return bank, summary, card


def test_a_question_skipped_on_purpose_is_named_by_one_tip(tmp_path: Path) -> None:
    bank, summary, card = _card(tmp_path, on_purpose=True)
    topic = shown_topic(bank.get("tech.overfit").topic)
    assert any(t.startswith(f"Revisit {topic}: explain “") for t in summary.tips)  # stored
    naming = [t for t in card.tips if f"{topic}:" in t or "question 1 (“" in t]
    assert len(naming) == 1, card.tips
    (tip,) = naming
    assert tip.startswith("Technical is your weakest category (0 against "), tip
    assert "give an answer this time, even a short one (a skip counts as 0)" in tip
    revisited = next(t for t in summary.tips if t.startswith("Revisit"))
    assert tip.endswith(f"that explains {revisited.split('explain ', 1)[1].rstrip('.')}."), tip


def test_both_kinds_of_skip_list_the_question_s_key_points_as_missing(tmp_path: Path) -> None:
    bank, _summary, purposely = _card(tmp_path / "a", on_purpose=True)
    _bank, _summary, emptily = _card(tmp_path / "b", on_purpose=False)
    one, other = purposely.answers[0], emptily.answers[0]
    assert one.skipped and other.skipped
    assert one.overall_basis == "on purpose, counts as 0"
    assert other.overall_basis == "no words, counts as 0"
    labels = [k.label for k in bank.get("tech.overfit").key_points]
    for answer in (one, other):
        assert [k.label for k in answer.key_points] == labels
        assert all(k.status == "missing" and not k.covered for k in answer.key_points)
