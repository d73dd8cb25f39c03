"""Speech to text with Whisper (faster-whisper), offline by default.

``WhisperTranscriber`` loads its model once, lazily, on first use (which model a request means:
``speech.model_source``), cuts an answer into what Silero VAD hears as speech
(``speech.silero``) and decodes it chunk by chunk (``speech.chunk_decoder``). ``get_whisper``
shares one transcriber per model across the app.

The other engines (pocketsphinx, cloud) are in ``speech.speech_recognition_engines``; the
interface all of them offer is ``speech.transcriber.Transcriber``.

Heavy libraries are imported inside functions so that importing this module stays cheap.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from simulator import paths
from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript, Word
from simulator.memory import return_freed_memory
from simulator.speech import bpe, decoding, int8_model, loading, prompting, silero, vote
from simulator.speech.audiofile import SAMPLE_RATE, AudioFileError, FloatArray, read_audio
from simulator.speech.chunk_decoder import decode_chunk, sure_of_a_word, windowed
from simulator.speech.cpu import run_lowered
from simulator.speech.engines import PRIVACY_NOTICE
from simulator.speech.errors import ModelUnavailableError, TranscriptionError
from simulator.speech.features import one_blas_thread
from simulator.speech.foreground import foreground
from simulator.speech.memory import LATER, contended, current_priority, heavy_step, resident
from simulator.speech.model_source import resolve_model
from simulator.speech.models import download_model

__all__ = [
    "FILLER_PROMPT",
    "PRIVACY_NOTICE",
    "AudioFileError",
    "ModelUnavailableError",
    "TranscriptionError",
    "WhisperTranscriber",
    "forget_whisper",
    "get_whisper",
    "transcribe_file",
]

FILLER_PROMPT = prompting.FILLER_PROMPT
# Context with this much speech that gets no word at all: Whisper jumped over it (and, mostly,
# over the first words after it too: ``WhisperTranscriber._skipped_ahead``). A caption guess's
# context (``streaming.GUESS_CONTEXT_S``, 1 s) is never this long.
SKIPPED_CONTEXT_SPEECH_S = 1.5

# CTranslate2 keeps a second copy of every int8 weight matrix packed for MKL's GEMM unless told
# not to: +20 MB held for as long as the model is loaded (the 42 MB of weights took 64.7 MB, 44.6
# without the packed copy) and +24 MB at an encode's peak, the peak of a voice interview. The
# outputs are the same bits either way (the encoder's output, the transcripts' words and times:
# checked on three answers) and the CPU time was within the noise of a loaded machine (three
# transcriptions of three ~30 s answers: 15.6-17.2 s packed, 15.0-20.0 s not; round 58, perf58).
# Read by CTranslate2 when a model is built; a value set outside the app is kept.
NO_PACKED_WEIGHTS = ("CT2_PACKED_GEMM", "0")


_native_build_lock = threading.Lock()


@contextmanager
def native_model_lowered() -> Iterator[None]:
    """While faster-whisper builds its model, only CTranslate2's native model is made on a
    lowered thread (``run_lowered``): its worker, which runs every decode, is made there and
    gives way to the window (speech.cpu). faster-whisper's Python around it (the tokenizer read
    in Python, ``bpe``; the feature extractor; the config) stays on the calling thread, at the
    window's priority: built wholly on the lowered thread, that Python held the GIL while the
    thread waited for a CPU, and the window waited with it (Whisper's first build, 450-670 ms,
    made the worst stall of a voice interview's first briefing, ``benchmarks/voice_interview.py``)."""
    import ctranslate2

    models = ctranslate2.models
    with _native_build_lock:  # two builds at once must not restore each other's patch
        real = models.Whisper

        def lowered(*args: Any, **kwargs: Any) -> Any:
            return run_lowered(lambda: real(*args, **kwargs))

        models.Whisper = lowered
        try:
            yield
        finally:
            models.Whisper = real


class WhisperTranscriber:
    """faster-whisper with one model loaded once (on first use) and reused for every answer."""

    engine = "faster-whisper"

    def __init__(
        self,
        model: str | os.PathLike[str] | None = None,
        *,
        beam_size: int = 5,
        compute_type: str = "int8",
        cpu_threads: int | None = None,
        initial_prompt: str | None = FILLER_PROMPT,
        language: str | None = "en",
    ) -> None:
        self._request = model
        self._source, self._label = resolve_model(model)
        self.beam_size = beam_size
        self.compute_type = compute_type
        # One core is left to the rest of the app (the window, the recorder): on a two-core
        # laptop, a model using both cores stalled the GUI for over 100 ms while captioning.
        self.cpu_threads = (
            cpu_threads if cpu_threads is not None else max(1, (os.cpu_count() or 2) - 1)
        )
        self.initial_prompt = initial_prompt
        self.language = language
        self._model: Any = None
        self._lock = threading.Lock()
        self._fetching = threading.Lock()  # one first-use download at a time (``_fetch``)

    @property
    def model_label(self) -> str:
        return self._label

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        """Load the model and the voice-activity detector now (otherwise both load on the first
        transcription, which may be while someone speaks)."""
        self._fetch()
        with heavy_step(owner=self), self._lock:  # the turn, then the lock (speech.memory)
            self._load_locked()
        silero.load()

    def _fetch(self) -> None:
        """Download a hub model asked for by name, before the memory turn is taken: a
        first-use download needs no model memory and can take minutes, and inside the turn it
        was presumed stuck after ``STUCK_HOLD_S`` and the voice loaded beside it (review of
        b25bc496)."""
        if self._source != self._label:  # a folder on disk (bundled, local, downloaded)
            return
        with self._fetching:
            if self._source == self._label:  # (not downloaded meanwhile by another step)
                self._source = str(download_model(self._label))

    def _load_locked(self) -> Any:
        if self._model is None:
            with loading.loading():  # no GIL-holding pauses for the window meanwhile
                self._model = self._load_model(self._source)
                loading.warm_first_use()  # not on the live lane while an answer is spoken
            # Unloaded while the interviewer's voice needs the memory; loaded again by the
            # next step that uses it (speech.memory).
            resident(self, True, self._let_go)
        return self._model

    def _make_way(self) -> None:
        """Work done ahead of time (the whole-file transcription, ``later()``) lets the model go
        before its next step while a step of another engine that someone waits for (the
        question's voice) waits for this model's memory. A waiting step asks a resident model
        to let go only when it finds the turn free, and the next chunk's step took the turn
        back at once, chunk after chunk: the voice waited out its patience (``MAX_WAIT_S``)
        and then loaded beside the model (a voice interview's 453 MB at load 13-17, round 58).
        The model is loaded again when this work's next turn comes."""
        if current_priority() == LATER and contended(self, now=True):
            self._let_go(LATER)

    def _let_go(self, _priority: int) -> None:
        """Unload the model now if nobody is using it (called by a step waiting for the
        memory; it must not wait, so a model in use stays and is asked again later)."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            unloaded, self._model = self._model, None
        finally:
            self._lock.release()
        if unloaded is not None:
            del unloaded
            return_freed_memory()
            resident(self, False)

    def _load_model(self, source: str) -> Any:
        os.environ.setdefault(*NO_PACKED_WEIGHTS)
        loading.preload("ctranslate2", "av", "onnxruntime")
        from faster_whisper import WhisperModel

        # heavy_step: loading takes ~70 MB for a moment (~170 MB when CTranslate2 has to
        # convert float16 weights to int8, hence the int8 copy)
        with heavy_step():
            folder = self._int8_folder(Path(source))
            try:
                return self._open(windowed(WhisperModel), folder)
            except Exception as exc:
                if folder == Path(source).resolve():
                    raise ModelUnavailableError(
                        f"{source}: cannot load speech model ({load_failure(exc, folder)})"
                    ) from exc
                int8_model.discard(folder, str(exc))
                try:
                    return self._open(windowed(WhisperModel), Path(source))
                except Exception as exc:
                    raise ModelUnavailableError(
                        f"{source}: cannot load speech model ({load_failure(exc, source)})"
                    ) from exc

    def _int8_folder(self, source: Path) -> Path:
        """The model's int8 copy in the cache (made on the first load) when it runs as int8."""
        if self.compute_type not in ("int8", "int8_float32"):
            return source.resolve()
        try:
            cache = paths.private_dir(paths.data_dir() / "cache") / "whisper-int8"
        except paths.DataDirError:
            return source.resolve()
        return int8_model.int8_copy(source, cache)

    def _open(self, whisper_model: Any, folder: Path) -> Any:
        with bpe.instead_of_tokenizers(folder / "tokenizer.json"), native_model_lowered():
            model = whisper_model(
                str(folder),
                device="cpu",
                compute_type=self.compute_type,
                cpu_threads=self.cpu_threads,
            )
        # The same features in every process, whatever imported numpy first (speech.features).
        one_blas_thread()
        return model

    def transcribe_array(
        self,
        samples: FloatArray,
        *,
        prompt: str | None = None,
        fast: bool = False,
        snr_db: float | None = None,
        context_s: float = 0.0,
        topic: SpeechTopic | None = None,
        offset: float = 0.0,
        progress: Callable[[float, float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        stored: bool = False,
    ) -> Transcript:
        """Transcribe 16 kHz mono float samples; ``prompt`` is what was said just before;
        ``topic`` the question being answered, given to Whisper as its prompt with the filler
        prompt (``speech.prompting``).

        ``context_s``: the first seconds of ``samples`` are audio heard before, given so that
        Whisper hears the piece after it the way it does inside a whole recording (a piece
        decoded alone loses and mishears its first words, most of all in noise); only the
        words after it are returned (``decoding.after``).

        ``progress(seconds decoded, seconds in all)`` is told after each decoding window, and
        ``cancelled()`` is asked before each: once it says yes, decoding stops and what was
        heard so far is returned (the caller, who asked to cancel, throws it away).

        ``stored``: this is the transcript kept and scored (a whole recording,
        ``transcribe_file``): in noise each chunk is read again from a few samples later and
        the words two of those readings agree on win (``speech.vote``). A live piece
        (``speech.streaming``), decoded while the person speaks, is read once: with its seconds
        of context the vote did not help it (10 dB, round 36: tune the same, held14 three
        words worse with it, held15 two better), and it cost more decodes per piece. A short
        answer's noisy chunk is voted on either way (round 38), so that a short answer's live
        and stored transcripts are read alike.

        Only what Silero VAD hears as speech is decoded, in chunks of at most
        ``silero.MAX_CHUNK_S`` with long silences cut out (Whisper invents text in silence).
        Decoding is greedy-deterministic (no temperature fallback): the same audio always gives
        the same text. The filler prompt is given where the speech is clean enough (``snr_db``,
        ``prompting.filler_prompt_helps``).
        The topic's words are kept out of silence as every word is: a word needs speech under it.
        """
        samples = np.ascontiguousarray(samples, dtype=np.float32)
        duration = round(samples.size / SAMPLE_RATE, 3)
        # Silero's pass is a step of this transcriber's, as its decodes are: it waits until the
        # voice's model has let go (its heavy step inside is this one's). As a step of nobody's
        # it ran beside the loaded voice, a voice interview's peak (484 MB, round 49).
        self._make_way()
        with heavy_step(owner=self):
            regions, speech = silero.listen(samples)
        if snr_db is None:
            snr_db = silero.snr_db(samples, regions)
        # Where other people talk around the answer, the answer's own voice (speech.foreground)
        voice = foreground(samples, speech, snr_db)
        words: list[Word] = []
        context = prompt or ""
        windows = silero.chunks(regions)
        speech_s = sum(c.duration_s for c in windows)
        decoded_s = 0.0
        for chunk in windows:
            if cancelled is not None and cancelled():
                break
            sure = sure_of_a_word(chunk, samples, speech)
            chunk_words = self._decode(
                chunk,
                samples,
                context,
                snr_db,
                fast,
                offset,
                speech,
                sure,
                topic,
                voted=stored,
                voice=voice,
            )
            words.extend(chunk_words)
            if chunk_words:
                context = decoding.text_of(chunk_words)
            decoded_s += chunk.duration_s
            if progress is not None:
                progress(decoded_s, speech_s)
        return_freed_memory()
        if context_s > 0:
            kept = decoding.after(words, offset + context_s)
            if self._skipped_ahead(words, kept, speech, context_s, duration, cancelled):
                cut = int(round(context_s * SAMPLE_RATE))
                kept = list(
                    self.transcribe_array(
                        samples[cut:],
                        prompt=prompt,
                        fast=fast,
                        snr_db=snr_db,
                        topic=topic,
                        offset=offset + context_s,
                        cancelled=cancelled,
                        stored=stored,
                    ).words
                )
            words = kept
        return Transcript(decoding.text_of(words), tuple(words), self.engine, self._label, duration)

    @staticmethod
    def _skipped_ahead(
        words: list[Word],
        kept: list[Word],
        speech: silero.SpeechMap,
        context_s: float,
        duration: float,
        cancelled: Callable[[], bool] | None,
    ) -> bool:
        """Did Whisper jump over the context it was given, and past the first new words?

        A live piece is decoded with the seconds said before it (``speech.streaming``), whose
        words were heard already. Where Whisper gave not one word to seconds of that speech, it
        had jumped ahead, and the piece's first words were lost with them: "My task was to ship
        the new feature pipeline ..." came out "The new feature pipeline ...", its context
        starting 0.1 s earlier or later gave the whole sentence (round 61's walkthrough, the
        second piece of a spoken story; the caption had shown the words, the transcript dropped
        them). Such a piece is decoded again on its own."""
        if len(kept) != len(words) or context_s >= duration:
            return False  # words were heard in the context: no jump over it
        if cancelled is not None and cancelled():
            return False
        return speech.speech_s(0.0, context_s) >= SKIPPED_CONTEXT_SPEECH_S

    def _decode(
        self,
        chunk: silero.Chunk,
        samples: FloatArray,
        context: str,
        snr_db: float,
        fast: bool,
        offset: float,
        speech: silero.SpeechMap,
        sure: bool,
        topic: SpeechTopic | None = None,
        *,
        voted: bool = False,
        voice: silero.SpeechMap | None = None,
    ) -> list[Word]:
        # One chunk is one memory-heavy step: it takes turns with the voice (speech.memory).
        self._fetch()
        self._make_way()
        with heavy_step(owner=self), self._lock:
            model = self._load_locked()

            def read(heard: silero.Chunk) -> list[Word]:
                return decode_chunk(
                    model,
                    heard,
                    heard.audio(samples),
                    language=self.language,
                    beam_size=1 if fast else self.beam_size,
                    filler_prompt=self.initial_prompt,
                    context=context,
                    snr_db=snr_db,
                    offset=offset,
                    speech=speech,
                    sure=sure,
                    topic=topic,
                    retry=not fast,  # a caption's guess: one pass
                    short_window=fast,  # ... of its own audio alone
                    voice=voice,
                )

            first = read(chunk)
            # A short answer (a chunk of a short answer's speech, ``vote.short``) is voted on
            # whoever asks: read once, the live path's one-word and short answers came out
            # otherwise than the stored transcript's (round 38, held16 at 10 dB: "that's it
            # Mark, good." live, "message Mark, again" stored). It costs four more decodes of
            # one short piece; a live piece of a longer answer (its context included) is read
            # once, as round 36 chose.
            if fast or snr_db >= vote.NOISY_SNR_DB or not (voted or vote.short(chunk, speech)):
                return first
            if vote.sure(first):  # the vote changed as many right words as wrong ones there
                return first
            # In noise: read again from a few samples later, what two readings agree on wins.
            return vote.agreed(first, *(read(vote.shifted(chunk, s)) for s in vote.SHIFTS))

    def transcribe_file(
        self,
        path: Path,
        *,
        topic: SpeechTopic | None = None,
        progress: Callable[[float, float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Transcript:
        """A whole recording; ``topic``, ``progress`` and ``cancelled`` as for
        ``transcribe_array``."""
        samples, duration = read_audio(path)
        result = self.transcribe_array(
            samples, topic=topic, progress=progress, cancelled=cancelled, stored=True
        )
        return Transcript(result.text, result.words, result.engine, result.model, duration)


_whispers: dict[str, WhisperTranscriber] = {}
_whispers_lock = threading.Lock()


def get_whisper(model: str | os.PathLike[str] | None = None) -> WhisperTranscriber:
    """One shared ``WhisperTranscriber`` per model, so each model is loaded at most once."""
    key = resolve_model(model)[0]
    with _whispers_lock:
        if key not in _whispers:
            _whispers[key] = WhisperTranscriber(model)
        return _whispers[key]


def forget_whisper(model: str | os.PathLike[str] | None = None) -> None:
    """Let the shared transcriber of ``model`` go (its memory is freed once nobody holds it):
    a model used once, to transcribe a past answer again, need not stay loaded."""
    try:
        key = resolve_model(model)[0]
    except ModelUnavailableError:
        return
    with _whispers_lock:
        _whispers.pop(key, None)
    return_freed_memory()


def transcribe_file(
    path: Path, model: str | None = None, topic: SpeechTopic | None = None
) -> Transcript:
    """Transcribe any WAV (any rate, any channel count) with Whisper; ``topic``: the question
    answered in it, when known.

    Raises ``AudioFileError`` (message names the file) for a missing, empty, non-audio or
    corrupt file, and ``ModelUnavailableError`` when the model cannot be loaded.
    """
    samples, duration = read_audio(path)  # check the file before paying for the model
    result = get_whisper(model).transcribe_array(samples, topic=topic, stored=True)
    return Transcript(result.text, result.words, result.engine, result.model, round(duration, 3))


def load_failure(exc: Exception, folder: Path | str | None = None) -> str:
    """CTranslate2's reason in words a person can act on. A model.bin cut short (a copy or
    download stopped half way) read "Variable 'decoder/embeddings/weight' has an invalid
    payload size", or "File model.bin is incomplete: failed to read a value of size 4 at
    position 0", and a config.json cut short "[json.exception.parse_error.101] parse error at
    line 2, column 1: ..." (attack run 49). Any other reason, the model ``folder``'s text
    files are read to name the one that is damaged: a tokenizer.json cut short read only the
    JSON reader's "Unterminated string starting at: line 247 column 7" (attack run 60)."""
    said = str(exc)
    if "invalid payload size" in said or "is incomplete" in said:
        return "its model.bin is cut short or damaged: copy or download the model again"
    if "json.exception" in said:
        return "its config.json is not valid JSON: copy or download the model again"
    damaged = _damaged_text_file(Path(folder)) if folder is not None else None
    if damaged is not None:
        return f"its {damaged}: copy or download the model again"
    return said


# The text files of a faster-whisper model folder, read by the model as it loads
_MODEL_JSON = ("config.json", "tokenizer.json", "preprocessor_config.json")


def _damaged_text_file(folder: Path) -> str | None:
    """Which of ``folder``'s text files cannot be read as the model reads it, said ("tokenizer.
    json is not valid JSON"); None when each can (or cannot be opened at all: said elsewhere)."""
    for name in _MODEL_JSON:
        path = folder / name
        try:
            with path.open("rb") as f:
                json.loads(f.read(64 * 1024 * 1024))
        except (OSError, RecursionError):
            continue
        except ValueError:  # (UnicodeDecodeError too)
            return f"{name} is not valid JSON (cut short or damaged)"
    try:
        from tokenizers import Tokenizer

        Tokenizer.from_file(str(folder / "tokenizer.json"))
    except ImportError:
        return None
    except Exception:  # noqa: BLE001 - the library raises a plain Exception with serde's words
        if (folder / "tokenizer.json").is_file():
            return "tokenizer.json is not a tokenizer the model can read"
    return None
