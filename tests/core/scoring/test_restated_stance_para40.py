"""Round 40 (issue 9, para40): the restated-points gate of para39 reads structure, not stance.
A sentence that restates a model-answer sentence with a word of it denied or a direction turned
over (restated_stance.turned_sentences) withholds that structural credit from the answer."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
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
