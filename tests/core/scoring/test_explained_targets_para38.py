"""Round 38 (issue 9, para38): each key point's explanation in the pack's own model answer is one
more meaning target (meaning.py: ``EXPLAINED_TARGETS``). An outside author's phrases name a point
in the field's terms ("FedAvg", "weighted average"); the model answer's sentence that explains it
says the mechanism ("the server averages the updates, weighted by how much data each client
has"), which an everyday paraphrase restates. Read like the plain versions: long answers only,
and a lift in a whole-explanation reading only."""

from __future__ import annotations

import pytest

import simulator.core.scoring.meaning as meaning
from simulator.core.scoring import score_answer
from simulator.core.scoring.text import split_sentences
from simulator.core.transcript import Transcript
from tests.core.scoring.para35_pack import pack_answer, pack_question

DIFFUSION = "tech.p35h-diffusion-models"
FEDERATED = "tech.p35h-federated-learning"


def _without_explained_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "EXPLAINED_TARGETS", False)
    meaning._reference_of.cache_clear()


def test_a_point_is_explained_by_the_sentence_that_says_its_words() -> None:
    # closeness alone (the topic taken out) picked "To generate, you run the reverse process ..."
    # for the forward-noising point, whose own words the first sentence says
    q = pack_question(DIFFUSION)
    explaining = meaning.explaining_sentences(q)
    assert len(explaining) == len(q.key_points)
    assert all(len(sentences) == meaning.EXPLAINING for sentences in explaining)
    forward = [kp.id for kp in q.key_points].index("forward-noising")
    assert explaining[forward][0].startswith("A diffusion model has a fixed forward process")
    model = split_sentences(q.model_answer)
    assert all(s in model for sentences in explaining for s in sentences)


def test_an_everyday_paraphrase_comes_near_a_point_through_the_model_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the aggregation point's wordings are terms ("FedAvg", "weighted average"); the paraphrase
    # says what the model answer's sentence says: closeness 0.03 from the wordings alone
    q = pack_question(FEDERATED)
    text = pack_answer(FEDERATED, "paraphrase")
    sentences = split_sentences(text)
    k = [kp.id for kp in q.key_points].index("aggregation")
    reading = meaning.read_meaning(q, sentences, set())
    assert reading is not None
    point = reading.points[k]
    assert point.explained is not None and point.explained[0] >= 0.4
    # kept apart: neither the point's closeness (the reach of a full reading, one sentence
    # alone) nor its other close sentences (corroboration) move
    assert point.closeness < 0.1
    after = score_answer(q, Transcript(text))
    lifted = after.key_points[k]
    assert lifted.via == "meaning" and lifted.credit >= 0.4
    assert lifted.evidence == sentences[point.explained[1]]
    _without_explained_targets(monkeypatch)
    before_reading = meaning.read_meaning(q, sentences, set())
    assert before_reading is not None
    assert before_reading.points[k].explained is None
    assert [(p.closeness, p.sentence, p.others) for p in before_reading.points] == [
        (p.closeness, p.sentence, p.others) for p in reading.points
    ]
    before = score_answer(q, Transcript(text)).overall
    assert after.overall > before
    meaning._reference_of.cache_clear()


def test_outside_a_full_reading_the_explaining_sentences_lift_nothing() -> None:
    from simulator.core.scoring.meaning import PointMeaning
    from simulator.core.scoring.meaning_credit import meaning_lifts

    point = PointMeaning(0.0, 0.1, 1, (), explained=(0.9, 2))
    assert meaning_lifts([point], full=False, prose=True) == [(0.0, None)]
    credit, sentence = meaning_lifts([point], full=True)[0]
    assert credit > meaning.MEANING_CREDIT and sentence == 2


@pytest.mark.parametrize("kind", ["partial", "weak", "off_topic", "long_wrong"])
@pytest.mark.parametrize("qid", [DIFFUSION, FEDERATED])
def test_other_answers_do_not_move(qid: str, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # short answers are not read against these targets, and an answer caught asserting a wrong
    # claim earns nothing by meaning
    q = pack_question(qid)
    text = pack_answer(qid, kind)
    now = score_answer(q, Transcript(text)).overall
    _without_explained_targets(monkeypatch)
    assert score_answer(q, Transcript(text)).overall == now
    meaning._reference_of.cache_clear()
