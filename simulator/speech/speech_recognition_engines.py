"""The SpeechRecognition package's engines behind the ``Transcriber`` interface.

pocketsphinx runs offline (a much less accurate last resort than Whisper); cloud engines are
refused unless the user opted in (see ``speech.engines.PRIVACY_NOTICE``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript
from simulator.speech.audiofile import SAMPLE_RATE, FloatArray, float_to_pcm16, read_audio
from simulator.speech.engines import SPEECH_ENGINES, privacy_notice
from simulator.speech.errors import TranscriptionError

# The SpeechRecognition method of each engine, from the one table of engines.
CLOUD_ENGINES = {
    k: e.recognizer for k, e in SPEECH_ENGINES.items() if e.recognizer and not e.offline
}
OFFLINE_ENGINES = {k: e.recognizer for k, e in SPEECH_ENGINES.items() if e.recognizer and e.offline}


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
