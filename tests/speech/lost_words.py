"""Whether a stored transcript lost words at its end, told by the speech left after its last
word: a property that holds whichever words a machine's Whisper hears in noise (issue 8,
round 37: real-model tests that asserted exact noisy words failed on other machines)."""

from __future__ import annotations

from benchmarks.speech_set import BY_ID, clip, default_cache
from simulator.speech import silero
from simulator.speech.asr import get_whisper
from simulator.speech.audiofile import read_audio

# Speech Silero hears after the transcript's last word: a word said there was lost. In noise
# Silero also hears some of the noise after the answer as speech: held8's volume prompt at 10 dB
# left 0.29 s after its last word heard, 0.77 s after "other" (its "participants" lost, the
# defect of round 31); "phone system" lost left more still.
LOST_WORD_SPEECH_S = 0.5


def speech_after_last_word(item: str, condition: str) -> tuple[str, float]:
    """The stored transcript of ``item`` and the seconds of speech Silero hears after its last
    word: a property that holds whichever words a machine's Whisper hears in noise."""
    path = clip(BY_ID[item], condition, default_cache())
    transcript = get_whisper(None).transcribe_file(path)
    samples, duration = read_audio(path)
    _regions, speech = silero.listen(samples)
    last_end = transcript.words[-1].end if transcript.words else 0.0
    return transcript.text, speech.speech_s(last_end, duration)
