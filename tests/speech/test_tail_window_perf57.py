"""No decoding window after the last word (issue 8, perf57: the wait for the last live piece).

With word times, faster-whisper decodes again from the last word's end even when its window held
the whole chunk: a whole 30 s encoder window for the fraction of a second after the last word,
where Whisper, given silence, made up a tail ("see you in the next video, ..."), a loop that had
the whole chunk decoded again. A 16 s live piece took five encoder windows and two decodes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from simulator.speech import decoding


def _words(texts: list[str], start: float) -> list[SimpleNamespace]:
    return [
        SimpleNamespace(
            word=f" {w}", start=start + i * 0.4, end=start + i * 0.4 + 0.3, probability=0.9
        )
        for i, w in enumerate(texts)
    ]


def test_no_window_is_decoded_once_no_word_is_said_after_the_last_one_heard() -> None:
    pulled: list[int] = []

    def segments() -> Iterator[SimpleNamespace]:
        pulled.append(0)
        yield SimpleNamespace(seek=0, words=_words(["bias", "is"], 0.0), compression_ratio=1.0)
        yield SimpleNamespace(seek=0, words=_words(["too", "simple"], 1.0), compression_ratio=1.0)
        pulled.append(1534)  # faster-whisper encodes the tail window here
        yield SimpleNamespace(
            seek=1534, words=_words(["see", "you", "next", "video"], 15.4), compression_ratio=3.0
        )

    said_until = 1.6  # the last word said ends at 1.0 + 0.4 + 0.3 = 1.7

    heard, looped = decoding.collect(segments(), lambda t: t, speech_after=lambda t: t < said_until)
    assert [h.word.word for h in heard] == ["bias", "is", "too", "simple"] and not looped
    assert pulled == [0]  # the tail's window was never decoded
    # where something is said after a segment, the next is decoded as before
    pulled.clear()
    heard, looped = decoding.collect(segments(), lambda t: t, speech_after=lambda t: True)
    assert pulled == [0, 1534] and looped


@pytest.mark.slow
def test_a_live_piece_is_decoded_in_one_window_with_its_words(
    speak: Callable[..., Path], wer: Callable[[str, str], float]
) -> None:
    import faster_whisper.transcribe as fw

    from simulator.speech.asr import get_whisper
    from simulator.speech.audiofile import SAMPLE_RATE, read_audio

    said = (
        "High bias means the model is too simple for the problem, so it underfits. "
        "Both the training error and the validation error stay high, and close to each other. "
        "High variance means the model is too flexible, so it memorizes the noise in the data."
    )
    samples, _ = read_audio(speak(said))
    whisper = get_whisper(None)
    whisper.load()
    encodes: list[int] = []
    encode = fw.WhisperModel.encode

    def counted(self: object, features: object) -> object:
        encodes.append(1)
        return encode(self, features)  # type: ignore[arg-type]

    fw.WhisperModel.encode = counted  # type: ignore[method-assign]
    try:
        # as a live piece: the last seconds of the answer with 4 s of context before them
        start = max(0.0, samples.size / SAMPLE_RATE - 16.0)
        piece = samples[int(start * SAMPLE_RATE) :]
        result = whisper.transcribe_array(piece, context_s=4.0)
    finally:
        fw.WhisperModel.encode = encode  # type: ignore[method-assign]
    assert len(encodes) == 1, len(encodes)
    assert result.text.endswith("noise in the data."), result.text
