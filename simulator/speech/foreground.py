"""The answer's own voice, told by its level from other people talking around it.

Silero VAD hears speech, anyone's: with other people talking in the room (babble), it hears
the whole take as speech, so every check of a decoded word against its map (``decoding.keep``:
a word needs speech under it; an edge word, speech of its own) passes, and Whisper writes the
talkers' stretches before and after the answer down as words, often its stock phrases ("That
was awesome! Thank you so much." for "thousandth"; "... Thank you. I need to take a look at
this. Thank you guys." after "call forward on busy"; round 59, held19 at 10 dB babble: 95.8 %
WER, most of it words made up).

The one who answers speaks into the microphone; the talkers are farther away. Round 60 (babble
at 10 dB, held19's tuning half and held16): the loudest stretch of each word made up over the
talkers lay 8-15 dB under the answer's loud speech, most of the answer's own words within 6 dB.
That holds only where the background is talk: a read passage's own quiet words ("might", "in",
"for them." in Austen at 10 dB white noise) lie 8-13 dB under its stressed words too, and
dropping them cost 11 words of tune's 151. So the level decides only where the background is
talk (``background_is_talk``): the take is noisy (``silero.snr_db`` under ``NOISY_SNR_DB``: a
clean answer's quiet words are far over its background) and Silero hears speech even in the
take's quietest quarter (``TALK_IN_QUIET``), where nobody answering is speaking. That share,
over every clip of tune and held16: 0.00-0.08 clean, in white and in pink noise (lecture-1, a
lecture with few pauses, 0.01-0.06), 0.47-1.00 in babble.

Measured (stored path, babble at 10 dB, before -> after): held19's tuning half 42 -> 18 word
errors of 43, words inserted 30 -> 2; held16's first 15 recordings 64 -> 20, inserted 52 -> 8;
tune's four long read passages 27 -> 24 of 115, inserted 8 -> 0 ("Fail better. Thank you very
much. Thank you very much."), but lecture-1 10 -> 15: among talkers a lecture's own quiet
words ("in the journals", "sonny") are dropped with theirs, the level cannot tell them apart.
Clean speech, white and pink noise: the same transcripts (tune, held19's tuning half).

``foreground`` gives Silero's map with the frames too quiet to be the answer's voice set to
no speech where the background is talk (as it is elsewhere). ``decoding.keep`` checks that a
word has speech under it on this map (the rules about a word's own speech keep Silero's,
tuned on it), ``decoding.unheard_s`` looks for speech left unheard on it (the talkers' stretches
are no speech Whisper skipped), and the decoder stops where the answer's voice ends.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from simulator.speech.audiofile import FloatArray
from simulator.speech.chunk_decoder import NOISY_SNR_DB
from simulator.speech.silero import SPEECH_PROBABILITY, VAD_FRAME, SpeechMap

# A frame this far under the answer's loud speech (``LOUD_PERCENTILE`` of the frames Silero
# hears as speech) is the background's, where the background is talk.
QUIET_DB = 7.0
LOUD_PERCENTILE = 95.0
# Levels are averaged in power over seven of Silero's frames (224 ms, about a syllable): a
# word's quiet consonant next to its loud vowel is the word's, and the talkers' momentary peaks
# are averaged with their troughs (round 60, held19's tuning half and held16 at 10 dB babble:
# over 96 ms, 10 % of the talkers' frames came within 8 dB of the answer's loud speech, over
# 224 ms 5 %).
SMOOTH_FRAMES = 7
# The background is talk when Silero hears speech in at least this share of the take's
# quietest quarter of frames (``QUIET_QUANTILE``).
QUIET_QUANTILE = 25.0
TALK_IN_QUIET = 0.3


def frame_levels(samples: FloatArray, frames: int) -> npt.NDArray[np.float64]:
    """The level (dB) of each of ``frames`` Silero frames of ``samples``, its power averaged
    with its neighbours' (``SMOOTH_FRAMES``)."""
    padded = np.zeros(frames * VAD_FRAME, np.float64)
    n = min(samples.size, padded.size)
    padded[:n] = samples[:n]
    power = np.mean(np.square(padded.reshape(frames, VAD_FRAME)), axis=1)
    power = np.convolve(power, np.ones(SMOOTH_FRAMES) / SMOOTH_FRAMES, mode="same")
    return 10.0 * np.log10(power + 1e-12)


def background_is_talk(levels: npt.NDArray[np.float64], heard: npt.NDArray[np.bool_]) -> bool:
    """Silero hears speech (``heard``, per frame) in ``TALK_IN_QUIET`` of the quietest quarter
    of the frames (``levels``)."""
    quietest = levels <= np.percentile(levels, QUIET_QUANTILE)
    return bool(np.mean(heard[quietest]) >= TALK_IN_QUIET)


def foreground(samples: FloatArray, speech: SpeechMap, snr_db: float) -> SpeechMap:
    """Silero's map of ``samples`` (``speech``) without the frames ``QUIET_DB`` or more under
    the answer's loud speech, where the take is noisy (``snr_db`` under ``NOISY_SNR_DB``) and
    its background is talk (``background_is_talk``); ``speech`` itself elsewhere."""
    probabilities = speech.probabilities
    if snr_db >= NOISY_SNR_DB or probabilities.size == 0:
        return speech
    heard = probabilities >= SPEECH_PROBABILITY
    if not heard.any():
        return speech
    levels = frame_levels(samples, probabilities.size)
    if not background_is_talk(levels, heard):
        return speech
    loud = float(np.percentile(levels[heard], LOUD_PERCENTILE))
    quiet = levels < loud - QUIET_DB
    return SpeechMap(np.where(quiet, np.float32(0.0), probabilities).astype(np.float32))
