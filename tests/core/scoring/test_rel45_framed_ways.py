"""A story that says the asked theme in a step is framed by another theme only as often as that
theme is said in different ways (issue 9, round 45, rel45: relevance._framed_elsewhere counts
with intent_phrases.framing_ways, as the rule for a story saying no intent phrase has since
round 20). A hard problem's story says its topic, "the error rate", in its situation, task
and result: one topic said three times, not a story about a mistake. Story written for this
test."""

from __future__ import annotations

from simulator import paths
from simulator.core.questions import load_packs
from simulator.core.scoring.relevance import _framed_elsewhere, intent_evidence
from simulator.core.scoring.text import tokenize

ERROR_RATE = [
    (
        "situation",
        "The error rate of our voice search had gone from seven to ten percent in six weeks, "
        "and nobody had touched the model.",
    ),
    ("task", "My job was to find where the extra errors came from."),
    ("action", "I traced the rise by splitting the transcripts by device, accent and length."),
    (
        "action",
        "One tablet model held most of the rise, so I compared its recordings with older "
        "tablets saying the same words.",
    ),
    (
        "action",
        "A microphone update on that tablet clipped the first syllable of each word, and I "
        "added a thousand of its recordings to training.",
    ),
    (
        "result",
        "The error rate fell back to seven percent, and the tablet's errors to the level of "
        "the others.",
    ),
]


def test_one_topic_said_three_times_frames_no_other_theme() -> None:
    bank = load_packs([paths.bundled_packs_dir() / "behavioral.yaml"])
    question = bank.get("beh.complex-problem")
    tokens = tokenize(" ".join(sentence for _, sentence in ERROR_RATE))
    labels = [label for label, _ in ERROR_RATE]
    assert intent_evidence(question, tokens)  # said in a step: "traced"
    assert _framed_elsewhere(question, tokens, labels).cost == 0
