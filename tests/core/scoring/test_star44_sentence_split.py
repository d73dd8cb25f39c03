"""Sentences typed with no space after the full stop (issue 9, star44; found by ux43 in the real
window): "I added a check.As a result the alerts stopped" was one sentence, so a story typed that
way had its Result reported missing. A full stop between a word and a capitalised word ends a
sentence; abbreviations, decimals, versions, file and module names do not end one, with or without
a space after them."""

from __future__ import annotations

import pytest

from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import split_sentences, tokenize
from simulator.core.transcript import Transcript
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "I added a check.As a result the alerts stopped.",
            ["I added a check.", "As a result the alerts stopped."],
        ),
        (
            "It fell by 30.5% overall.Then we moved on.",
            ["It fell by 30.5% overall.", "Then we moved on."],
        ),
        ("Recall was 81%.Her run said 94%.", ["Recall was 81%.", "Her run said 94%."]),
        (
            "It shipped in 2023.The next year it broke.",
            ["It shipped in 2023.", "The next year it broke."],
        ),
        (
            "Was it the cache?No.It was the network!Really.",
            ["Was it the cache?", "No.", "It was the network!", "Really."],
        ),
        (
            "The format (v3.0) changed.I had to act.",
            ["The format (v3.0) changed.", "I had to act."],
        ),
        ("I asked (twice).Nobody answered.", ["I asked (twice).", "Nobody answered."]),
    ],
)
def test_a_full_stop_with_no_space_before_a_capital_ends_a_sentence(
    text: str, pieces: list[str]
) -> None:
    assert split_sentences(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "I read config_v2.yaml and the notes in README.md first.",
        "The loss in torch.Tensor form went into an nn.Module of its own.",
        "I loaded it as a pd.DataFrame and replaced np.NaN with zeros.",
        "A threshold of 0.75 and version 2.1.4 of the library.",
        "Frameworks of that kind (e.g.Spark) were too heavy.",
        "Values above cfg.MAX_LEN were cut.",
        "The steps: 1.Add a check, 2.Run it again.",
        "We called model.Fit() on the whole set.",
    ],
)
def test_names_numbers_and_abbreviations_stay_inside_their_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # "e.g.", "i.e.", "vs." and titles never end a sentence, whatever follows them
        ("Some inputs (e.g. the loss) were odd.", ["Some inputs (e.g. the loss) were odd."]),
        ("One model, i.e. PyTorch's default, won.", ["One model, i.e. PyTorch's default, won."]),
        ("It was A vs. B all week.", ["It was A vs. B all week."]),
        ("Dr. Lee agreed.", ["Dr. Lee agreed."]),
        # a unit is no title: "ms." after a number ends its sentence
        (
            "Latency came out at four hundred ms. We dropped the model.",
            ["Latency came out at four hundred ms.", "We dropped the model."],
        ),
        # dotted letters and "etc." end one only before a capital
        ("Before the U.S. tax deadline we shipped.", ["Before the U.S. tax deadline we shipped."]),
        ("We sold in the U.S. The model was new.", ["We sold in the U.S.", "The model was new."]),
        ("Logs, traces etc. and the metrics.", ["Logs, traces etc. and the metrics."]),
        ("Logs, traces etc. Then the metrics.", ["Logs, traces etc.", "Then the metrics."]),
        # the ends that needed a space are unchanged
        ('She said, "No." I asked why.', ['She said, "No."', "I asked why."]),
        ("It is done. then we left.", ["It is done.", "then we left."]),
    ],
)
def test_abbreviations_with_a_space_after_them(text: str, pieces: list[str]) -> None:
    assert split_sentences(text) == pieces


def test_a_story_typed_with_no_space_after_its_full_stops_keeps_its_result() -> None:
    spaced = " ".join((SCENE, TASK, STEP_1, STEP_2, OUTCOME))
    typed = "".join((SCENE, TASK, STEP_1, STEP_2, OUTCOME))
    star = analyse_star(tokenize(typed), Transcript(typed)).star
    same = analyse_star(tokenize(spaced), Transcript(spaced)).star
    assert [s.label for s in star.segments] == [s.label for s in same.segments]
    assert "result" not in star.missing
    assert star.missing == same.missing
