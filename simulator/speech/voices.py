"""The interviewer's voice, whichever engine speaks: Piper (natural) by default, espeak-ng
(through pyttsx3) when Piper or its voice is missing, or when it fails.

``InterviewerSpeaker`` is the app's ``Speaker``: it routes each render to the engine of the chosen
voice (``Settings.voice_id``: empty for the default, ``piper:...`` for a Piper voice, anything else
an espeak-ng voice id) and falls back to espeak-ng, saying once why, when Piper cannot render.
A chosen voice that is not installed (settings copied from another machine, a voice removed)
gives way to the default voice, and ``check_voice`` says which voice id is missing and what
speaks instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from simulator.speech import jobs
from simulator.speech.jobs import failure
from simulator.speech.piper_voice import PIPER_PREFIX, PiperModel, PiperSpeaker, installed_models
from simulator.speech.tts import (
    DEFAULT_RATE,
    Pyttsx3Speaker,
    SpeechUnavailable,
    Voice,
    missing_voice,
)


def default_voice_label(models: list[PiperModel] | None = None) -> str:
    """What the default voice is on this machine, for Settings and ``doctor``."""
    models = installed_models() if models is None else models
    if models:
        return _piper_said(models[0])
    return "espeak-ng (Piper voice not installed)"


def _piper_said(model: PiperModel) -> str:
    """A Piper voice, for people (Settings, ``doctor``, the window)."""
    return f"{model.name} (Piper, natural)"


class InterviewerSpeaker:
    """A ``Speaker`` over Piper and espeak-ng; each engine starts only when first needed."""

    def __init__(
        self,
        cache_dir: Path,
        voice_id: str | None = None,
        rate: int = DEFAULT_RATE,
        *,
        piper_models: list[PiperModel] | None = None,
    ) -> None:
        self._cache_dir = Path(cache_dir)
        self._voice_id = voice_id or ""
        self._rate = rate
        self._models = installed_models() if piper_models is None else piper_models
        self._piper: dict[str, PiperSpeaker] = {}
        self._espeak: Pyttsx3Speaker | None = None
        self._lock = threading.Lock()
        self.fallback_reason = ""  # why Piper was not used, once it failed (for people)
        self._espeak_ids: set[str] | None = None  # once listed: the espeak-ng voices there are
        # Set by close (under ``_lock``): no engine is started after it. A Piper job failed by
        # the close fell back to espeak-ng, which started a voice thread nobody closed.
        self._closed = False

    # --- which voice --------------------------------------------------------------------------
    def _chosen(self, voice_id: str) -> str:
        """``voice_id``, or '' (the default voice) when it is known not to be installed."""
        if voice_id.startswith(PIPER_PREFIX):
            return voice_id if any(m.id == voice_id for m in self._models) else ""
        known = self._espeak_ids
        return voice_id if known is None or voice_id in known else ""

    def _piper_model(self, voice_id: str) -> PiperModel | None:
        if self.fallback_reason:
            return None  # Piper failed once: espeak-ng from then on
        voice_id = self._chosen(voice_id)
        if not voice_id:
            return self._models[0] if self._models else None
        return next((m for m in self._models if m.id == voice_id), None)

    def piper_in_use(self) -> bool:
        """Whether a Piper voice speaks now (else espeak-ng)."""
        return self._piper_model(self._voice_id) is not None

    def in_use(self) -> str:
        """The voice that speaks now, for people: "Joe (Piper, natural)" or "espeak-ng ..."."""
        model = self._piper_model(self._voice_id)
        if model is not None:
            return _piper_said(model)
        espeak = self._chosen(self._voice_id) if not self._voice_id.startswith(PIPER_PREFIX) else ""
        return f"espeak-ng ({espeak or 'default voice'})"

    def check_voice(self, timeout: float = 60) -> str:
        """Blocks until the voices are listed (call it off the GUI thread): '' when the voice
        chosen in Settings is installed, else what ``missing_voice`` says."""
        return missing_voice(self._voice_id, self.voices().result(timeout=timeout))

    def _piper_for(self, model: PiperModel) -> PiperSpeaker | None:
        """The Piper speaker of ``model``, started if it was not (None once closed)."""
        with self._lock:
            if self._closed:
                return None
            if model.id not in self._piper:
                self._piper[model.id] = PiperSpeaker(self._cache_dir, model, self._rate)
            return self._piper[model.id]

    def _espeak_speaker(self) -> Pyttsx3Speaker | None:
        """The espeak-ng speaker, started if it was not (None once closed)."""
        with self._lock:
            if self._closed:
                return None
            if self._espeak is None:
                espeak_id = self._chosen(self._voice_id)
                espeak_id = "" if espeak_id.startswith(PIPER_PREFIX) else espeak_id
                self._espeak = Pyttsx3Speaker(
                    self._cache_dir / "espeak", voice_id=espeak_id or None, rate=self._rate
                )
            return self._espeak

    # --- Speaker ------------------------------------------------------------------------------
    def render(self, text: str) -> Future[Path]:
        return self.render_with(text)

    def render_with(
        self, text: str, voice_id: str | None = None, rate: int | None = None
    ) -> Future[Path]:
        """``text`` as one WAV with this voice and rate (for a preview), else the configured."""
        voice_id = self._voice_id if voice_id is None else voice_id
        rate = self._rate if rate is None else rate
        model = self._piper_model(voice_id)
        if model is None:
            return self._espeak_render(text, voice_id, rate)
        piper = self._piper_for(model)
        if piper is None:
            return jobs.refused()
        first = piper.render(text, rate)
        return self._or_espeak(first, lambda: self._espeak_render(text, voice_id, rate))

    def render_parts(self, text: str) -> list[Future[Path]]:
        model = self._piper_model(self._voice_id)
        if model is None:
            return [self._espeak_render(text, self._voice_id, self._rate)]
        piper = self._piper_for(model)
        if piper is None:
            return [jobs.refused()]
        parts = piper.render_parts(text, self._rate)
        # If Piper fails on the first sentence, espeak-ng reads the whole text instead (the
        # later parts fail too and are skipped by the player).
        first = self._or_espeak(parts[0], lambda: self._espeak_render(text, "", self._rate))
        return [first, *parts[1:]]

    def render_ahead(self, text: str) -> list[Future[Path]]:
        """``render_parts`` for text read later (the next question): Piper renders it after
        what is read now, giving way to a person's speech steps (``speech.memory``)."""
        model = self._piper_model(self._voice_id)
        if model is None:
            return self.render_parts(text)  # espeak-ng: ~20 ms, nothing to give way to
        piper = self._piper_for(model)
        if piper is None:
            return [jobs.refused()]
        return piper.render_parts(text, self._rate, ahead=True)

    def preload(self) -> None:
        """Load the default voice model in the background (when an interview starts)."""
        model = self._piper_model(self._voice_id)
        piper = self._piper_for(model) if model is not None else None
        if piper is not None:
            piper.load()

    def voices(self) -> Future[list[Voice]]:
        piper = [
            Voice(id=m.id, name=m.name, languages=(m.language,), engine="piper")
            for m in self._models
        ]
        result: Future[list[Voice]] = Future()

        def with_espeak(espeak: Future[list[Voice]]) -> None:
            listed = [] if failure(espeak) else espeak.result()  # no espeak-ng: Piper still works
            self._espeak_ids = {v.id for v in listed}
            result.set_result(piper + listed)

        espeak = self._espeak_speaker()
        if espeak is None:
            return jobs.refused()
        espeak.voices().add_done_callback(with_espeak)
        return result

    def configure(self, voice_id: str | None = None, rate: int | None = None) -> None:
        if voice_id is not None:
            self._voice_id = voice_id
            if self._espeak is not None and not voice_id.startswith(PIPER_PREFIX):
                self._espeak.configure(voice_id=voice_id)
        if rate is not None:
            self._rate = int(rate)
            for speaker in [*self._piper.values(), self._espeak]:
                if speaker is not None:
                    speaker.configure(rate=rate)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            speakers = [*self._piper.values(), self._espeak]
        for speaker in speakers:
            if speaker is not None:
                speaker.close()

    # --- fallback -----------------------------------------------------------------------------
    def _espeak_render(self, text: str, voice_id: str, rate: int) -> Future[Path]:
        espeak = self._espeak_speaker()
        if espeak is None:
            return jobs.refused()
        voice_id = self._chosen(voice_id)
        espeak_id = "" if voice_id.startswith(PIPER_PREFIX) else voice_id
        espeak.configure(voice_id=espeak_id, rate=rate)
        return espeak.render(text)

    def _or_espeak(self, first: Future[Path], fallback: Callable[[], Future[Path]]) -> Future[Path]:
        result: Future[Path] = Future()

        def settle(done: Future[Path]) -> None:
            exc = failure(done)
            if exc is None:
                result.set_result(done.result())
                return
            if self._closed:  # failed by the close: no fallback, nothing to say about Piper
                _chain(done, result)
                return
            self.fallback_reason = str(exc) or type(exc).__name__
            _chain(fallback(), result)

        first.add_done_callback(settle)
        return result


def _chain(source: Future[Any], target: Future[Any]) -> None:
    def copy(done: Future[Any]) -> None:
        exc = failure(done)
        if exc is not None:
            target.set_exception(
                exc if isinstance(exc, SpeechUnavailable) else SpeechUnavailable(str(exc))
            )
        else:
            target.set_result(done.result())

    source.add_done_callback(copy)
