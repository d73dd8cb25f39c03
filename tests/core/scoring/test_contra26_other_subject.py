"""False contradictions on strong answers found by probe26 (issue 9), fixed by contra26.

* A denial said of the other compared subject: in "The GRU ...: there is no separate memory
  cell" the GRU has no cell, which denies nothing of the LSTM's cell-state point. A key-point
  label naming neither subject is said of the one its `contradicted_by` entries name ("lstm has
  no cell state"). The same sentence said of the LSTM, or of no one, is still contradicted.
* An opposite word inside another key point's phrase: "held out *future* purchases" splits the
  evaluation point's "held out purchases" and describes the evaluation data, no claim against
  the point's "purchase history". "learns from future purchases" is still contradicted.
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.transcript import Transcript


def _shipped(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


def _contradicted(qid: str, text: str) -> set[str]:
    score = score_answer(_shipped(qid), Transcript(text))
    return {k.id for k in score.key_points if k.contradiction}


def test_a_denial_said_of_the_other_compared_subject_contradicts_nothing() -> None:
    said = (
        "The GRU does the same job with fewer pieces: there is no separate memory cell, "
        "just the hidden state."
    )
    assert "cell-state" not in _contradicted("tech.lstm-gru", said)


def test_the_same_denial_said_of_the_point_s_subject_is_still_contradicted() -> None:
    for said in (
        "The LSTM does the same job with fewer pieces: there is no separate memory cell, "
        "just the hidden state.",
        "There is no separate memory cell, just the hidden state.",
    ):
        assert "cell-state" in _contradicted("tech.lstm-gru", said), said


def test_an_opposite_word_inside_another_point_s_phrase_is_no_claim() -> None:
    said = (
        "Offline I would use recall at k and NDCG on held out future purchases. The data is "
        "views, carts and purchases, implicit feedback."
    )
    assert "implicit" not in _contradicted("case.recommendation-system", said)


def test_the_opposite_word_said_of_the_point_s_own_data_is_still_contradicted() -> None:
    said = "The model learns from future purchases, which is implicit feedback."
    assert "implicit" in _contradicted("case.recommendation-system", said)
