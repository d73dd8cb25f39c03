"""Each story theme's own core phrases are worked out once, and only the phrases are kept
(perf55, issue 8's memory margin): the 34 themes' model answers, indexed to find them, were
kept in a cache for the rest of the process (``core_frame._model_answer_indexes``), 2 MB of a
voice interview's resident memory held for phrases worked out at the bank's warm-up."""

from __future__ import annotations

import gc

from simulator.bank import load_bank
from simulator.core.scoring.core_frame import own_core
from simulator.core.scoring.intent_phrases import story_themes
from simulator.core.scoring.matching import AnswerIndex


def test_own_core_keeps_its_phrases_not_the_model_answers_indexes_r55() -> None:
    load_bank(None)
    themes = story_themes()
    assert len(themes) > 20
    cores = {q.id: own_core(q.id) for q in themes}
    gc.collect()
    kept = sum(isinstance(o, AnswerIndex) for o in gc.get_objects())
    assert kept < len(themes) // 2, kept  # before: one for each theme's model answer, kept
    assert any(cores.values())
    for q in themes:  # a theme's own core is some of its core phrases, in its order
        core = tuple(q.intent.core) if q.intent is not None else ()
        assert tuple(p for p in core if p in cores[q.id]) == cores[q.id]
    assert own_core("tech.bias-variance") == ()  # no theme: nothing
