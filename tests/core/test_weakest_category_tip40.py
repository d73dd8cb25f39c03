"""The scorecard's tip about the weakest category names it, its mean against the others', the
question to practise again and what to change in it (walkthrough 40: it read "Practise your
weakest category again tomorrow and compare the scores.", naming nothing)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scorecard.tips import THE_ONLY_ONE, WEAKEST_OF_SEVERAL, tips_naming_questions
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
STORY = (
    "At my last job two engineers on my team disagreed about the pipeline design. "
    "As the tech lead I was responsible for a decision before the release. "
    "I met each of them and set up a design review with clear criteria. "
    "As a result we picked one design in two days and shipped on time."
)
WEAK_TECH = "It fits the training data too well."


def _card(tmp_path: Path, texts: dict[str, str]):  # type: ignore[no-untyped-def]
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "Mixed", "question_ids": list(texts)})
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        score = score_answer(bank.get(qid), Transcript(text=text))
        storage.add_answer(sid, qid, position, "typed" if text else "skipped", text, score=score)
        items.append((bank.get(qid), score))
    summary = score_session(items)
    storage.finish_session(sid, summary)
    card = build_scorecard(storage.session(sid), bank)
    storage.close()
    return summary, card


def test_the_weakest_of_several_categories_is_named_with_what_to_do(tmp_path: Path) -> None:
    summary, card = _card(tmp_path, {"tech.overfit": WEAK_TECH, "beh.conflict": STORY})
    assert WEAKEST_OF_SEVERAL in summary.tips  # the scorer's words, as stored
    assert WEAKEST_OF_SEVERAL not in card.tips
    means = {c.category: c.score for c in card.per_category}
    assert means["technical"] < means["behavioral"]
    (tip,) = [t for t in card.tips if t.startswith("Technical is your weakest category")]
    assert f"({means['technical']} against {means['behavioral']} for behavioral)" in tip
    # the question by its number and words, not its topic ("the bias variance question"
    # named no question: the overfitting one, walk55)
    assert (
        "practise question 1 (“What is overfitting and how do you detect it?”) again "
        "(Ctrl+Shift+P on its row) and explain “"
    ) in tip
    # a key point no other tip names (the scorer's "Revisit bias variance: explain ..." of the
    # same answer is said in this one since walkthrough 42)
    named = tip.split("explain ")[-1].rstrip(".")
    assert all(named not in t for t in card.tips if t != tip), card.tips
    # the stored scores are the scorer's: only the wording changed
    assert card.overall == summary.overall


def test_a_one_category_session_names_it_and_the_question(tmp_path: Path) -> None:
    summary, card = _card(tmp_path, {"tech.overfit": WEAK_TECH})
    assert THE_ONLY_ONE in summary.tips and THE_ONLY_ONE not in card.tips
    (tip,) = [t for t in card.tips if t.startswith("Practise technical questions again")]
    assert "start with question 1 (“What is overfitting and how do you detect it?”), " in tip
    assert " this time (Ctrl+Shift+P on its row), and " in tip
    assert "“" in tip, tip  # a key point to explain, quoted
    assert all(tip.count(t) == 0 for t in card.tips if t != tip)


def test_equally_weak_categories_keep_the_scorer_s_words(tmp_path: Path) -> None:
    summary, card = _card(tmp_path, {"tech.overfit": "", "beh.conflict": ""})
    # (a tip about one question names it by its number and words, walk55)
    assert card.tips == tips_naming_questions(summary.tips, card.answers)


def test_a_story_with_a_part_too_short_is_told_which_and_how_far(tmp_path: Path) -> None:
    """A story with every part told but its Action at 36% of the words (target 50%-60%): the
    tip named nothing to change; it says which part to give more room, by how much."""
    summary, card = _card(tmp_path, {"beh.conflict": STORY})
    assert THE_ONLY_ONE in summary.tips
    (tip,) = [t for t in card.tips if t.startswith("Practise behavioral questions again")]
    (action,) = [p for p in card.answers[0].star.parts if p.name == "action"]
    assert action.verdict == "too short", action
    assert tip.endswith(
        f"give the action more room ({action.percent}% of your words, target 50%-60%)."
    ), tip
