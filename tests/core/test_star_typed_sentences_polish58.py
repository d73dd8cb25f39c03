"""A typed story's STAR timer keeps the seconds measured while it was typed (walk60: once scored,
it was retold from the seconds its sentences were seen over, walk58, and changed under the
feedback, from times no one measured); its parts are shown as typed, each part's share of
its words."""

from __future__ import annotations

from simulator.core.star import StarTimer


def test_a_typed_story_is_not_retold_from_its_typing_walk60() -> None:
    now = [0.0]
    star = StarTimer(120, lambda: now[0])
    now[0] = 30.0
    star.advance_to("action")
    now[0] = 40.0
    star.end()
    before = {p.phase: p.elapsed_s for p in star.phases()}
    labels = ["situation", "task", "action", "result"]
    assert not star.retell([(label, None, None) for label in labels])
    assert {p.phase: p.elapsed_s for p in star.phases()} == before
    assert before == {"situation": 30.0, "task": 0.0, "action": 10.0, "result": 0.0}


def test_a_typed_story_s_parts_are_shown_as_typed_walk60() -> None:
    star = StarTimer(120, lambda: 5.0)
    assert all(p.typed_percent is None for p in star.phases())  # while it is told
    star.end()
    star.typed_as({"situation": 20, "task": 10, "action": 40, "result": 30})
    shares = {p.phase: p.typed_percent for p in star.phases()}
    assert shares == {"situation": 20, "task": 10, "action": 40, "result": 30}


def test_a_spoken_story_without_word_times_keeps_its_live_times_polish58() -> None:
    star = StarTimer(120, lambda: 5.0)
    star.end()
    assert not star.retell([("situation", None, None), ("result", None, None)])
