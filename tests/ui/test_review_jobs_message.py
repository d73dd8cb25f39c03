"""What the status bar says after a whole session was transcribed again, some recordings
skipped (``core.rescore.SkippedRecording``)."""

from __future__ import annotations

from simulator.core.rescore import RescoreResult, SkippedRecording
from simulator.ui.review_jobs import _rescored


def test_the_message_counts_what_was_heard_and_names_each_skipped_file() -> None:
    result = RescoreResult(
        answers=3, changed=1, before=40, after=52, recordings=3,
        skipped=(SkippedRecording(7, 2, "answer2.wav", "corrupt WAV file (no data chunk)"),),
    )  # fmt: skip
    assert _rescored(result) == (
        "2 of 3 recordings re-transcribed; skipped: answer2.wav (answer 2: corrupt WAV file "
        "(no data chunk)). Re-scored 3 answers, 1 changed, overall 40 → 52."
    )
    whole = RescoreResult(answers=2, changed=0, before=50, after=50, recordings=1)
    assert _rescored(whole) == "1 of 1 recording re-transcribed. Re-scored 2 answers, 0 changed."
    scored_only = RescoreResult(answers=2, changed=0, before=50, after=50)
    assert _rescored(scored_only) == "Re-scored 2 answers, 0 changed."
