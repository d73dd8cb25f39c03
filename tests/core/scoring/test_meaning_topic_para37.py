"""Round 37 (issue 9, para37): an answer that reads as a full explanation of the question in its
own words is on the question's topic as far as it reaches the key points (content.py). Counted by
the rubric's vocabulary alone, an everyday-words paraphrase kept a fraction of its on-topic share
while a partial answer naming two terms kept all of it."""

from __future__ import annotations

import re

from simulator.core.scoring import score_answer
from simulator.core.scoring.text import tokenize
from simulator.core.scoring.topicality import topicality
from simulator.core.transcript import Transcript
from tests.core.scoring.para35_pack import pack_answer, pack_question

DIFFUSION = "tech.p35h-diffusion-models"
_ON_TOPIC = re.compile(r"on the question's topic (\d+)%")


def _on_topic(basis: str) -> int:
    found = _ON_TOPIC.search(basis)
    assert found is not None, basis
    return int(found.group(1))


def test_a_paraphrase_read_in_full_is_on_topic_as_far_as_it_reaches_the_points() -> None:
    question = pack_question(DIFFUSION)
    text = pack_answer(DIFFUSION, "paraphrase")
    score = score_answer(question, Transcript(text))
    basis = score.basis["content"]
    assert "reads as a full explanation" in basis
    by_words = topicality(question, tokenize(text))
    assert by_words < 0.6  # everyday words: few of the rubric's own
    assert _on_topic(basis) >= 80  # the share of the key-point weight it says
    assert "read by meaning" in basis


def test_an_answer_in_the_rubrics_terms_keeps_its_word_count() -> None:
    question = pack_question(DIFFUSION)
    score = score_answer(question, Transcript(pack_answer(DIFFUSION, "partial")))
    assert "read by meaning" not in score.basis["content"]
    assert _on_topic(score.basis["content"]) == 100


def test_an_answer_caught_asserting_a_wrong_claim_is_not_read_by_meaning() -> None:
    question = pack_question(DIFFUSION)
    score = score_answer(question, Transcript(pack_answer(DIFFUSION, "long_wrong")))
    assert score.misconceptions or any(k.contradiction for k in score.key_points)
    assert "read by meaning" not in score.basis["content"]
