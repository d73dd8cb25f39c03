"""A stored transcript of another shape (attack run 41): the transcript cell is JSON that
anyone with the database can edit, and valid JSON of the wrong shape (a list, a text, words
that are lists, words with no "word", a time stored as text or "nan") gave a traceback from
every export and kept Review from opening ("background task failed: 'word'"). Such a cell now
reads as missing, as other damaged cells do: the answer's text (its own column) is still shown,
exported and archived, and Review opens untimed."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.core.damaged_cells import damaged, every_command_reads

SHAPES = [
    '{"text": "hi", "words": [[1, 2]]}',
    '{"text": "hi", "words": [{"word": "a", "start": "abc", "end": 1}]}',
    '{"text": "hi", "words": [{"word": "a", "start": "nan", "end": "inf"}]}',
    '{"text": "hi", "words": 5}',
    '{"text": "hi", "words": [{"start": 1, "end": 2}]}',
    '{"text": "hi", "words": [7]}',
    "[1, 2, 3]",
    '"just text"',
]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_transcript_of_another_shape_reads_as_missing_in_every_command(
    data_dir: Path, tmp_path: Path, shape: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged(data_dir, f"UPDATE answers SET transcript_json = '{shape}' WHERE position = 0")
    storage = Storage(data_dir / "sessions.sqlite3")
    (session,) = storage.sessions()
    first = session.answers[0]
    assert first.transcript is None, first.transcript
    assert first.text == "bias is error from a too simple model"  # the answer itself is kept
    storage.close()
    restored = every_command_reads(tmp_path, capsys)
    assert restored.sessions()[0].answers[0].text == first.text
    restored.close()


def test_a_transcript_s_odd_duration_and_probability_read_as_missing() -> None:
    stored = {
        "text": "bias is error",
        "words": [{"word": "bias", "start": 0.1, "end": 0.4, "probability": "nan"}],
        "duration_s": "abc",
    }
    read = Transcript.from_dict(stored)
    assert read.duration_s is None and read.words[0].probability is None
    for odd in (float("nan"), -1.0, True, "3"):
        assert Transcript.from_dict({**stored, "duration_s": odd}).duration_s is None, odd
    assert Transcript.from_dict({**stored, "duration_s": 2}).duration_s == 2.0


def test_a_transcript_the_app_writes_still_reads_whole() -> None:
    spoken = Transcript(
        "bias is error", (), "whisper", "tiny.en", 1.5
    )  # and with words, probabilities
    assert Transcript.from_dict(json.loads(json.dumps(spoken.to_dict()))) == spoken
    from simulator.core.transcript import Word

    timed = Transcript("a b", (Word("a", 0.0, 0.3, 0.9), Word("b", 0.4, 0.7)), "w", "m", 1.0)
    again = Transcript.from_dict(json.loads(json.dumps(timed.to_dict())))
    assert again == timed and all(math.isfinite(w.start) for w in again.words)


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE answers SET score_json = '[1, 2]' WHERE position = 0",
        """UPDATE sessions SET score_json = '"text"'""",
        "UPDATE sessions SET plan_json = '[]'",
    ],
)
def test_other_json_cells_of_another_shape_do_not_stop_the_archive(
    data_dir: Path, tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The archive carried them as stored, and its import refused the whole archive."""
    damaged(data_dir, damage)
    restored = every_command_reads(tmp_path, capsys)
    assert len(restored.sessions()[0].answers) == 2
    restored.close()
