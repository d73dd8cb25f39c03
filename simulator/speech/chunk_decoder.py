"""One chunk of speech through Whisper: the decoding options, the retries, the silence re-check.

``speech.asr`` cuts an answer into Silero VAD chunks (``silero.chunks``) and hands each, with
the loaded model, to ``decode_chunk``; what to keep of Whisper's output is ``speech.decoding``'s
business, the prompt's wording ``speech.prompting``'s.

Decoding is greedy-deterministic (no temperature fallback): the same audio always gives the
same text. The filler prompt is given only where the speech is clean enough
(``prompting.filler_prompt_helps``), and the topic only to a chunk long enough for it to help.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Word
from simulator.memory import return_freed_memory
from simulator.speech import decoding, prompting, silero
from simulator.speech.audiofile import SAMPLE_RATE, FloatArray

# Whisper's own test for "this window is silence"; where Silero is sure there is a word
# (``silero.SpeechMap``), the chunk is decoded again without it: a short answer ("no", "ever"),
# said once, is what it most often throws away.
NO_SPEECH_THRESHOLD = 0.6
SURE_SPEECH_PROBABILITY = 0.9
SURE_WORD_S = 0.09  # three of Silero's frames sure of speech: a syllable, not a click
SURE_WORD_MIN_SNR_DB = 6.0  # and clearly louder than the background
# In noise Whisper hears one word as two ("That's it." for "matter", "very matter" for "no
# matter"): below this estimated SNR the beam search favours the shorter reading (a score is
# the log-probability over length ** penalty; 1 is Whisper's own plain average per token).
# 0.6 (round 22) -> 0.3 (round 30): at 10 dB "fail again" was still heard "there we go", a
# reading of three words where two were said; long read sentences came out the same (held8).
NOISY_SNR_DB = 20.0
NOISY_LENGTH_PENALTY = 0.3
# Below NOISY_SNR_DB a chunk with more than decoding.SHORT_ANSWER_SPEECH_S of speech is decoded
# without timestamp tokens (round 31): with them, a noisy sentence's last words were lost ("To
# decrease the audio volume from other" for "... other participants", "followed by the pound"
# for "... pound key" on held8, the dev split; tune's long sentences came out the same). The
# words' times still come from Whisper's alignment, and the chunk takes one window, not two. A short answer keeps them: without, a noisy one-word
# answer ("ever") came out as nothing.
TOKENS_PER_S = 6.0
MAX_TOKENS = 220  # faster-whisper's limit for one window is 448 minus the prompt
# A live caption's guess hears its few seconds of audio in an encoder window cut to them, not
# in Whisper's 30 s one (the rest of which is padding): the encoder is most of a guess's cost
# and grows faster than its window (tiny.en int8, one busy core: 30 s 0.51 s of CPU, 15 s 0.12,
# 10 s 0.06). CTranslate2 takes the shorter input and the decoder attends to the frames there
# are; GUESS_WINDOW_MARGIN_S of the padding after the audio stays (Whisper heard silence after
# speech in training). A guess is soon replaced; the decodes of the transcript keep the full
# window (round 47: the guesses' text on tune's clips was alike either way, their CPU a quarter).
GUESS_WINDOW_MARGIN_S = 1.0
FRAMES_PER_S = 100  # Whisper's Mel frames
WINDOW_FRAMES = 3000


@functools.cache
def windowed(whisper_model: type) -> type:
    """faster-whisper's model class, whose encoder is given only the first ``window_frames``
    of each window's features when they are set (``encoder_window``)."""

    class Windowed(whisper_model):
        window_frames: int | None = None

        def encode(self, features: Any) -> Any:
            if self.window_frames is not None:
                features = features[..., : self.window_frames]
            return super().encode(features)

    return Windowed


@contextmanager
def encoder_window(model: Any, seconds: float | None) -> Iterator[None]:
    """Decodes of ``model`` inside hear ``seconds`` of audio (None: Whisper's whole window) with
    the margin after it; a model not made by ``windowed`` keeps its whole window."""
    if seconds is None or not hasattr(model, "window_frames"):
        yield
        return
    frames = math.ceil(seconds + GUESS_WINDOW_MARGIN_S) * FRAMES_PER_S
    model.window_frames = min(WINDOW_FRAMES, frames)
    try:
        yield
    finally:
        model.window_frames = None


def sure_of_a_word(chunk: silero.Chunk, samples: FloatArray, speech: silero.SpeechMap) -> bool:
    """Silero is sure the chunk holds at least a short word, clearly above the background."""
    sure_s = sum(speech.speech_s(s, e, SURE_SPEECH_PROBABILITY) for s, e in chunk.regions)
    return (
        sure_s >= SURE_WORD_S
        and silero.snr_db(samples, list(chunk.regions)) >= SURE_WORD_MIN_SNR_DB
    )


def decode_chunk(
    model: Any,
    chunk: silero.Chunk,
    audio: FloatArray,
    *,
    language: str | None,
    beam_size: int,
    filler_prompt: str | None,
    context: str,
    snr_db: float,
    offset: float,
    speech: silero.SpeechMap,
    sure: bool,
    topic: SpeechTopic | None = None,
    retry: bool = True,
    short_window: bool = False,
    voice: silero.SpeechMap | None = None,
) -> list[Word]:
    """The words of ``audio`` (``chunk``'s speech, cut from an answer starting ``offset`` s into
    the recording), timed in the recording; ``model`` is a loaded faster-whisper model, used
    by the caller's thread alone meanwhile.

    ``context`` is what was said before, ``snr_db`` how loud the answer's speech is over its
    background (for the filler prompt), ``sure`` whether Silero is sure of a word here (``sure_of_a_word``).
    ``retry=False``: one pass only, whatever it heard (a live caption's guess, soon replaced:
    the retries below are for the transcript). ``short_window``: the encoder hears the chunk's
    audio alone, not a whole 30 s window (``encoder_window``; a caption's guess).
    ``voice``: ``speech`` with the background's talk taken out (``speech.foreground``; None:
    ``speech`` as it is): a word needs speech under it there, speech no word covers there was
    skipped, and decoding stops where it ends. How to decode (a short answer or not) and the
    rules on a word's own speech read ``speech``, all Silero hears, as they were tuned on it.
    """

    short = sum(speech.speech_s(s, e) for s, e in chunk.regions) <= decoding.SHORT_ANSWER_SPEECH_S
    noisy = snr_db < NOISY_SNR_DB
    voice = voice if voice is not None else speech

    def run(
        prompt: str | None, no_speech: float | None = NO_SPEECH_THRESHOLD
    ) -> tuple[list[decoding.Heard], bool]:
        if short_window:
            with encoder_window(model, audio.size / SAMPLE_RATE):
                heard, looped = read(prompt, no_speech)
            if not looped:
                return heard, looped
            # In a cut window Whisper can go on past the audio's end, repeating its last words
            # ("Ever failed. No matter. No matter. No matter. ..."), a loop whose words are
            # dropped: the caption lost words the guess before had shown (round 48, tune
            # clean: 5 of 53 guesses heard nothing where the whole window heard the words).
            # Such a guess is read again in the whole window, as before round 47.
        return read(prompt, no_speech)

    end = chunk.to_original(chunk.duration_s)

    def speech_after(t: float) -> bool:
        """Silero hears a word's worth of the answer's speech in the chunk after ``t`` s of its
        audio."""
        return voice.speech_s(chunk.to_original(t), end) >= SURE_WORD_S

    def read(prompt: str | None, no_speech: float | None) -> tuple[list[decoding.Heard], bool]:
        segments, _info = model.transcribe(
            audio,
            language=language,
            beam_size=beam_size,
            word_timestamps=True,
            initial_prompt=prompt or None,
            condition_on_previous_text=False,
            vad_filter=False,
            # Nobody says more than ~5 tokens a second; more is a hallucination loop.
            max_new_tokens=min(MAX_TOKENS, int(TOKENS_PER_S * chunk.duration_s) + 24),
            temperature=0.0,  # one deterministic pass: no random fallback
            length_penalty=NOISY_LENGTH_PENALTY if noisy else 1.0,
            no_speech_threshold=no_speech,
            without_timestamps=noisy and not short,
        )
        # Decoding happens while iterating. A chunk's audio usually takes a second window
        # (the tail after the last timestamp): the first window's buffers, freed by then, are
        # given back before it instead of adding to its peak (measured in a voice interview:
        # 50-70 MB).
        return decoding.collect(
            segments, lambda t: offset + chunk.to_original(t), return_freed_memory, speech_after
        )

    filler = filler_prompt if prompting.filler_prompt_helps(snr_db, short) else None
    if chunk.duration_s < prompting.MIN_TOPIC_SPEECH_S:
        topic = None  # a short answer: the topic would do more harm than good
    kept: list[Word] = []
    kept_heard: list[decoding.Heard] = []  # what Whisper heard, for ``kept``
    span = offset + chunk.to_original(0.0), offset + chunk.to_original(chunk.duration_s)
    # A loop's words are dropped (decoding.collect), and a jump leaves speech with no words;
    # the prompt is what starts both, so such a chunk is decoded again with less of it, then
    # none.
    for prompt in dict.fromkeys(
        (prompting.initial_prompt(topic, filler, context), context[-200:] or None, None)
    ):
        heard, looped = run(prompt)
        words = decoding.keep(heard, speech, offset, short, voice)
        if len(words) > len(kept) or not kept:
            kept, kept_heard = words, heard
        jumped = decoding.unheard_s(words, voice, offset, *span)
        if not retry or (not looped and jumped < decoding.UNHEARD_SPEECH_S):
            break
    if not kept and sure and retry:  # Whisper heard silence where Silero is sure of a word
        heard, _ = run(prompting.initial_prompt(topic, None, context), no_speech=None)
        kept = decoding.keep(heard, speech, offset, short, voice)
    elif retry and short and filler and _started_a_sentence(kept, kept_heard):
        # The filler prompt leads Whisper to hear a short answer as the start of a sentence:
        # one word heard as two ("We moved." for removed, "The message is..." for messages,
        # round 34); without it Whisper heard the one word. Fewer words said wins.
        heard, _ = run(prompting.initial_prompt(topic, None, context))
        plain = decoding.keep(heard, speech, offset, short, voice)
        if 0 < decoding.said_words(plain) < decoding.said_words(kept):
            kept = plain
    return kept


def _started_a_sentence(kept: list[Word], heard: list[decoding.Heard]) -> bool:
    """A short answer heard as two words or more, one of which (kept or not) Whisper hardly
    believed: the sign of a sentence it began itself ("We" 0.09 in "We moved." for removed,
    "The" 0.00 before "message is..." for messages). Two words said plainly ("Young man",
    "No matter", no word under 0.4) are not decoded again."""
    return decoding.said_words(kept) >= 2 and any(
        h.probability < decoding.GUESSED_START_PROBABILITY for h in heard
    )
