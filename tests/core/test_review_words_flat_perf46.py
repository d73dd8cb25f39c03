"""A review holds a long answer's words as a few flat arrays, not one object a word (round 46):
as objects, every full garbage collection visited each of them, and the review's loader collects
once with the GIL held (56-89 ms of CPU for 200,000 words, in which the window could not run:
``benchmarks/review_long_transcript.py``). Counted here, without a clock: the objects the
collector tracks for a review of 20,000 words."""

from __future__ import annotations

import gc
from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.review import MADE_CHARS, session_reviews
from simulator.core.storage import Storage
from tests.core.test_review_long_answer_attack42 import PACK, _spoken

WORDS = 20_000


def test_a_long_answers_review_leaves_the_collector_few_objects(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        record = storage.session(_spoken(storage, WORDS))
        gc.collect()
        before = len(gc.get_objects())
        (review,) = session_reviews(record, bank, {})
        review.word_starts  # noqa: B018 (made as the loader makes it)
        gc.collect()
        tracked = len(gc.get_objects()) - before
        # the words made ahead for the page (MADE_CHARS of text) and the review's own parts
        assert tracked < MADE_CHARS // 2, tracked  # (one a word before: over 20,000)
        assert len(review.words) == WORDS and len(review.word_starts) == WORDS
        assert review.words[WORDS - 1].start == review.word_starts[-1] > 0
    finally:
        storage.close()
