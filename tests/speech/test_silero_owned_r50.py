"""Silero's pass over an answer is a step of the transcriber's (round 50, issue 8): it waits, as
the transcriber's decodes do, until the interviewer's voice has let its model go. It was a heavy
step of nobody's, so it ran beside the loaded voice, and that set a voice interview's peak
(``benchmarks/voice_interview.py``, round 49: 484 / 485 MB, the refine's Silero pass with the
voice's process holding its model; goal 450). The real Whisper and Silero models are used; the
voice is a stand-in (``fake_piper``)."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.speech import silero
from tests.speech.test_memory_turns import fake_piper  # noqa: F401  (fixture)

__all__ = ["fake_piper"]


@pytest.mark.slow
def test_silero_waits_for_the_loaded_voice_to_let_go_r50(
    fake_piper: Any,  # noqa: F811
    speak: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from simulator.speech.asr import WhisperTranscriber
    from simulator.speech.audiofile import read_audio

    samples, _ = read_audio(speak("Cross validation estimates the error on unseen data."))
    whisper = WhisperTranscriber()  # its own: the shared one stays as other tests left it
    silero.load()
    model = silero._model()  # noqa: SLF001
    voice_loaded: list[bool] = []

    class Watched:
        """Silero's onnxruntime session, noting whether the voice is loaded at each run."""

        def __init__(self, session: Any) -> None:
            self._session = session

        def run(self, *args: Any, **kwargs: Any) -> Any:
            voice_loaded.append(fake_piper._voice is not None)  # noqa: SLF001
            return self._session.run(*args, **kwargs)

    monkeypatch.setattr(
        silero, "_model", lambda: type("M", (), {"session": Watched(model.session)})
    )
    fake_piper.render_parts("The question.")[0].result(timeout=30)
    assert fake_piper._voice is not None  # noqa: SLF001  (loaded, idle: kept a moment)
    text = whisper.transcribe_array(samples).text
    assert voice_loaded and not any(voice_loaded)  # every Silero run after the voice let go
    assert "cross validation" in text.lower().replace("-", " ")
