"""Round 40 (issue 9, para40): the restated-points gate of para39 reads structure, not stance.
A sentence that restates a model-answer sentence with a word of it denied or a direction turned
over (restated_stance.turned_sentences) withholds that structural credit from the answer. And an
answer in its own words (the rubric's words touch few of its points) counts a point in its
whole-explanation reach from a lower closeness (meaning_credit.OWN_WORDS_REACH)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import meaning_credit, score_answer
from simulator.core.scoring.meaning import MeaningReading, PointMeaning
from simulator.core.scoring.meaning_credit import reads_in_full
from simulator.core.scoring.restated_stance import turned_sentences
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
MODEL = (
    "Dropping censored records biases the estimate toward short times, because they are the "
    "ones that survived long. The learning rate is lowered when the validation loss stops "
    "improving, which gives a smoother and more stable descent."
)


def _answer(file: str, qid: str, kind: str) -> str:
    items = yaml.safe_load((HERE / file).read_text(encoding="utf-8"))
    return str(next(i for i in items if i["question"] == qid)[kind])


def test_a_denied_word_of_the_restated_sentence_turns_it() -> None:
    said = tokenize(
        "Dropping the censored records does not bias the estimate of survival times at all."
    )
    assert turned_sentences(MODEL, said, set()) == [0]
    # the same restatement kept: no turn
    kept = tokenize("Dropping the censored records biases the estimate toward short times.")
    assert turned_sentences(MODEL, kept, set()) == []
    # a set-aside sentence is not read
    assert turned_sentences(MODEL, said, {0}) == []


def test_a_direction_turned_over_and_more_or_less_kept_apart() -> None:
    raised = tokenize("The learning rate is raised when the validation loss stops improving.")
    assert turned_sentences(MODEL, raised, set()) == [0]
    # "more" / "less" modify another word: "moves around less" is "more stable"
    steady = tokenize(
        "When the validation loss stops improving the learning rate is lowered, so the descent"
        " moves around less."
    )
    assert turned_sentences(MODEL, steady, set()) == []


def test_a_sentence_sharing_few_words_is_no_restatement() -> None:
    said = tokenize("Nobody should be dropping records without thinking.")
    assert turned_sentences(MODEL, said, set()) == []


def test_a_wrong_restatement_without_rubric_claims_stays_below_its_strong() -> None:
    """para39's hole: with the rubric's wrong claims removed, the newpack30 survival-censoring
    verbose-wrong answer restated the model answer sentence to sentence and rose 51 -> 96 through
    the restated points; its "dropping them does not bias anything" turns the model sentence."""
    pack = load_packs([HERE / "packs" / "newpack30"]).get("tech.np30-survival-censoring")
    bare = pack.model_copy(
        update={
            "misconceptions": [],
            "key_points": [kp.model_copy(update={"contradicted_by": []}) for kp in pack.key_points],
        }
    )
    file = "heldout_newpack30_content.yaml"
    wrong = score_answer(bare, Transcript(_answer(file, bare.id, "long_wrong"))).overall
    strong = score_answer(bare, Transcript(_answer(file, bare.id, "strong"))).overall
    assert wrong < 60 < strong


def test_a_dev_paraphrase_in_its_own_words_passes_its_partial(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Dev (para33dev, hard-negative mining): a paraphrase whose everyday words come near most
    points at closeness 0.25-0.4 and touch almost none in the rubric's words was not read as a
    whole explanation (reach 0.5) and scored 4 against the partial's 48."""
    q = load_packs([HERE / "packs" / "para33dev"]).get("tech.p33d-hard-negative-mining")
    said = _answer("dev_para33_content.yaml", q.id, "paraphrase")
    partial = score_answer(q, Transcript(_answer("dev_para33_content.yaml", q.id, "partial")))
    assert score_answer(q, Transcript(said)).overall > partial.overall
    monkeypatch.setattr(meaning_credit, "OWN_WORDS_REACH", None)
    assert score_answer(q, Transcript(said)).overall < partial.overall


def test_an_answer_in_the_rubric_words_keeps_the_usual_reach(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The own-words reach needs the rubric's words to touch at most OWN_WORDS_MAX of the key-point
    weight: the same closeness in an answer that names the points is no reason to read more."""
    # the given reading alone: the model answer's sentences would also tell its points apart
    # (para46, point_margins.py)
    monkeypatch.setattr(meaning_credit, "MARGIN_REACH", False)
    q = load_packs([HERE / "packs" / "para33dev"]).get("tech.p33d-hard-negative-mining")
    n = len(q.key_points)
    near = MeaningReading([PointMeaning(0.0, 0.3, k) for k in range(n)], -0.5)
    answer = tokenize(q.model_answer)
    own = reads_in_full(q, answer, set(), [0.0] * n, near)
    named = reads_in_full(q, answer, set(), [0.5] * n, near)
    assert own.own_words and own.reach == 1.0
    assert not named.own_words and named.reach == 0.0
