"""A typed story's STAR times from the seconds at which its sentences were over (walk58: its
last sentence, submitted as it ended, had no time)."""

from __future__ import annotations

from simulator.core.star import StarTimer, sentences_ended


def test_sentences_ended_counts_only_finished_ones_polish58() -> None:
    assert sentences_ended("") == 0
    assert sentences_ended("I led the team.") == 1
    assert sentences_ended("I led the team. We shipped") == 1
    assert sentences_ended('I led the team. He said "ship it."') == 2


def test_typed_story_retold_each_sentence_its_own_time_polish58() -> None:
    now = [0.0]
    star = StarTimer(120, lambda: now[0])
    for ended, at in ((1, 10.0), (3, 30.0), (2, 20.0)):  # reports may come in any order
        star.typed_sentences(ended, at)
    now[0] = 40.0  # the fourth sentence, typed from 30 s, is submitted as it ends
    star.end()
    labels = ["situation", "task", "action", "result"]
    assert star.retell([(label, None, None) for label in labels])
    times = {p.phase: round(p.elapsed_s, 3) for p in star.phases()}
    assert times == {"situation": 10.0, "task": 10.0, "action": 10.0, "result": 10.0}


def test_sentences_seen_over_together_share_their_stretch_polish58() -> None:
    now = [0.0]
    star = StarTimer(120, lambda: now[0])
    star.typed_sentences(2, 20.0)  # two pasted at once
    now[0] = 30.0
    star.end()
    assert star.retell([("situation", None, None), ("task", None, None), ("result", None, None)])
    times = {p.phase: round(p.elapsed_s, 3) for p in star.phases()}
    assert times == {"situation": 10.0, "task": 10.0, "action": 0.0, "result": 10.0}


def test_a_spoken_story_without_word_times_keeps_its_live_times_polish58() -> None:
    star = StarTimer(120, lambda: 5.0)
    star.end()
    assert not star.retell([("situation", None, None), ("result", None, None)])
