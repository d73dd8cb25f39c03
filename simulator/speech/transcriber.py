"""What every speech-to-text engine offers: the ``Transcriber`` interface.

Its own module so that code which only passes a transcriber around (``speech.streaming``, the
session core's fakes) needs none of the engines' modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript
from simulator.speech.audiofile import FloatArray


@runtime_checkable
class Transcriber(Protocol):
    """Turns answer audio into a ``Transcript``; implementations may be slow: call off the GUI."""

    engine: str

    @property
    def model_label(self) -> str | None: ...

    def transcribe_array(
        self,
        samples: FloatArray,
        *,
        prompt: str | None = None,
        fast: bool = False,
        snr_db: float | None = None,
        context_s: float = 0.0,
        topic: SpeechTopic | None = None,
    ) -> Transcript:
        """Transcribe float32 16 kHz mono samples; ``fast`` trades accuracy for speed;
        ``snr_db``: the speech-to-noise ratio when the caller knows it better (a short piece
        of a longer recording), else it is estimated from ``samples``; ``context_s``: the
        first seconds of ``samples`` were heard before (they help to hear what follows) and
        only the words after them are returned, timed from the start of ``samples``;
        ``topic``: the question being answered (words to expect, ``speech.prompting``)."""
        ...

    def transcribe_file(self, path: Path, *, topic: SpeechTopic | None = None) -> Transcript: ...
