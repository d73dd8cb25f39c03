"""A plan's questions of one category are of different topics while the bank has enough
(walk60: a behavioral drill of four asked "disagreed with your manager's decision" and then "a
conflict within your team", both on conflict)."""

from __future__ import annotations

from simulator.core.plan import PRESETS, Plan, choose_questions
from simulator.core.questions import load_packs
from simulator.paths import bundled_packs_dir


def test_no_topic_twice_in_a_category_while_others_are_left_walk60() -> None:
    bank = load_packs([bundled_packs_dir()])
    repeated = []
    for preset in PRESETS:
        for seed in range(60):
            questions = choose_questions(bank, Plan(counts=dict(preset.counts)), seed)
            for category in preset.counts:
                topics = [q.topic for q in questions if q.category.value == category]
                if len(set(topics)) < len(topics):
                    repeated.append((preset.name, seed, topics))
    assert repeated == []


def test_one_topic_asked_still_gets_its_count_walk60() -> None:
    bank = load_packs([bundled_packs_dir()])
    topic = next(q.topic for q in bank.questions.values() if q.category.value == "behavioral")
    many = [
        q for q in bank.questions.values() if q.topic == topic and q.category.value == "behavioral"
    ]
    plan = Plan(counts={"behavioral": len(many)}, topics=[topic])
    questions = choose_questions(bank, plan, 3)
    assert sorted(q.id for q in questions) == sorted(q.id for q in many)
