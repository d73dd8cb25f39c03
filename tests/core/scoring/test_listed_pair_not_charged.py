"""A correct sentence that lists both sides of a pair in one breath is not a wrong claim.

Found in an attack run (issue 8): "Supervised learning uses labeled data and clustering for
unlabeled data" was read as "supervised learning uses unlabeled data" and "clustering is
supervised", charged three contradictions and scored 0. The second half ("clustering for
unlabeled data") is the unsupervised side, said correctly (fixed in the claims code)."""

from __future__ import annotations

from simulator import paths
from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript


def test_both_sides_said_correctly_in_one_sentence_are_not_charged() -> None:
    bank = load_packs([paths.bundled_packs_dir()])
    question = bank.get("tech.supervised-vs-unsupervised")
    text = "Supervised learning uses labeled data and clustering for unlabeled data"
    score = score_answer(question, Transcript(text))
    charged = [kp.label for kp in score.key_points if kp.status == "contradicted"]
    assert charged == [] and not score.misconceptions
    assert (score.overall or 0) > 0
