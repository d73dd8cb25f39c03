"""Silero's per-frame speech probabilities -> stretches of speech, by faster-whisper's own rule.

A port of ``faster_whisper.vad.get_speech_timestamps`` (faster-whisper 1.2, MIT licence) that
takes the probabilities instead of computing them, so one Silero pass over an answer serves both
this and the ``silero.SpeechMap`` that checks each decoded word (the library runs the model over
the whole answer inside it, and the map needed a second pass). A test checks that it returns
exactly what the library returns for the same audio.
"""

from __future__ import annotations

from collections.abc import Iterable

WINDOW = 512  # samples per Silero frame at 16 kHz


def speech_stretches(
    probabilities: Iterable[float],
    n_samples: int,
    *,
    threshold: float,
    min_speech_ms: int,
    max_speech_s: float,
    min_silence_ms: int,
    speech_pad_ms: int,
    sampling_rate: int = 16_000,
) -> list[dict[str, int]]:
    """[{"start": sample, "end": sample}, ...] as ``get_speech_timestamps`` returns them for an
    audio of ``n_samples`` whose frames Silero judged ``probabilities``."""
    neg_threshold = max(threshold - 0.15, 0.01)
    min_speech_samples = sampling_rate * min_speech_ms / 1000
    speech_pad_samples = sampling_rate * speech_pad_ms / 1000
    max_speech_samples = sampling_rate * max_speech_s - WINDOW - 2 * speech_pad_samples
    min_silence_samples = sampling_rate * min_silence_ms / 1000
    min_silence_samples_at_max_speech = sampling_rate * 98 / 1000

    triggered = False
    speeches: list[dict[str, int]] = []
    current: dict[str, int] = {}
    temp_end = 0  # a possible end of speech (some silence is tolerated)
    prev_end = next_start = 0  # where to cut when a stretch reaches its longest
    for i, probability in enumerate(probabilities):
        at = WINDOW * i
        if probability >= threshold and temp_end:
            temp_end = 0
            if next_start < prev_end:
                next_start = at
        if probability >= threshold and not triggered:
            triggered = True
            current["start"] = at
            continue
        if triggered and at - current["start"] > max_speech_samples:
            if prev_end:
                current["end"] = prev_end
                speeches.append(current)
                current = {}
                if next_start < prev_end:  # silence since, and still no speech
                    triggered = False
                else:
                    current["start"] = next_start
                prev_end = next_start = temp_end = 0
            else:
                current["end"] = at
                speeches.append(current)
                current = {}
                prev_end = next_start = temp_end = 0
                triggered = False
                continue
        if probability < neg_threshold and triggered:
            if not temp_end:
                temp_end = at
            if at - temp_end > min_silence_samples_at_max_speech:
                prev_end = temp_end
            if at - temp_end < min_silence_samples:
                continue
            current["end"] = temp_end
            if current["end"] - current["start"] > min_speech_samples:
                speeches.append(current)
            current = {}
            prev_end = next_start = temp_end = 0
            triggered = False
            continue
    if current and n_samples - current["start"] > min_speech_samples:
        current["end"] = n_samples
        speeches.append(current)
    _pad(speeches, speech_pad_samples, n_samples)
    return speeches


def _pad(speeches: list[dict[str, int]], pad: float, n_samples: int) -> None:
    """Widen each stretch by ``pad`` samples, splitting a shorter silence between neighbours."""
    for i, speech in enumerate(speeches):
        if i == 0:
            speech["start"] = int(max(0, speech["start"] - pad))
        if i != len(speeches) - 1:
            silence = speeches[i + 1]["start"] - speech["end"]
            if silence < 2 * pad:
                speech["end"] += int(silence // 2)
                speeches[i + 1]["start"] = int(max(0, speeches[i + 1]["start"] - silence // 2))
            else:
                speech["end"] = int(min(n_samples, speech["end"] + pad))
                speeches[i + 1]["start"] = int(max(0, speeches[i + 1]["start"] - pad))
        else:
            speech["end"] = int(min(n_samples, speech["end"] + pad))
