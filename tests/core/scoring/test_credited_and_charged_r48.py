"""A sentence charged as a wrong claim earns no key point, whichever sentence a mention starts
in (quote48, issue 9: a point both credited and charged).

A key point's phrase matched in any order can start with a word of the sentence before its own
("... no epsilon is needed. Another advantage is that Dice produces ..."): its home is the
sentence holding most of its words, which the card shows as the evidence. The wrong-claim check
looked at the sentence of its first word only, so a point was credited ("Gotchas", 0.85 of its
weight) with a misconception's sentence as its evidence, and the card showed that sentence both
as ✔ and as ✘ (dev_blind46pack, the dice-loss verbose-wrong answer)."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def test_a_sentence_charged_as_a_wrong_claim_is_no_points_evidence_r48() -> None:
    bank = load_packs([REPO / "questions", HERE / "packs" / "blind46dev"])
    (item,) = [
        i
        for i in yaml.safe_load((HERE / "dev_blind46pack_content.yaml").read_text())
        if i["question"] == "tech.o46-dice-loss"
    ]
    score = score_answer(bank.get("tech.o46-dice-loss"), Transcript(item["long_wrong"]))
    charged = {m.evidence for m in score.misconceptions}
    charged |= {k.evidence for k in score.key_points if k.status == "contradicted"}
    assert charged
    credited = [(k.label, k.evidence) for k in score.key_points if k.credit > 0]
    assert [c for c in credited if c[1] in charged] == []
