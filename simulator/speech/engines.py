"""The speech recognition engines, defined once: how each is named, whether it runs offline,
what to know about it, and the privacy notice a cloud engine needs consent to.

A leaf module (standard library only): Settings, consent, the Settings dialog and the
transcribers all read it without loading the speech stack."""

from __future__ import annotations

from dataclasses import dataclass

# The words a person agrees to before a cloud engine may run (their version and hash are stored
# with the consent, so changing them asks for consent again: change the version with the words).
PRIVACY_NOTICE_VERSION = 1
PRIVACY_NOTICE = (
    "The {engine} speech engine sends the audio of your answers over the internet to a "
    "third-party service, which may keep it. Everything else in this app works offline; "
    "choose this engine only if you accept that."
)
DEFAULT_ENGINE = "whisper"


@dataclass(frozen=True)
class SpeechEngine:
    key: str  # as stored in settings.json
    name: str  # as people call it
    label: str  # in the Settings list
    offline: bool
    hint: str  # what to know when choosing it
    recognizer: str | None  # the SpeechRecognition method; None: our own Whisper transcriber
    uses: str = ""  # what recognizes the speech, when it is not the chosen Whisper model

    def privacy_notice(self) -> str | None:
        """The notice as agreed to (None offline): formatted with the key, as its hash is."""
        return None if self.offline else PRIVACY_NOTICE.format(engine=self.key)

    def shown_notice(self) -> str | None:
        """The notice as the Settings dialog shows it (the engine's proper name)."""
        return None if self.offline else PRIVACY_NOTICE.format(engine=self.name)


SPEECH_ENGINES: dict[str, SpeechEngine] = {
    e.key: e
    for e in (
        SpeechEngine(
            "whisper",
            "Whisper",
            "Whisper (offline, recommended)",
            True,
            "Runs on this computer; nothing leaves it.",
            None,
        ),
        SpeechEngine(
            "sphinx",
            "PocketSphinx",
            "PocketSphinx (offline, much less accurate)",
            True,
            "Runs on this computer, but gets roughly 4 to 5 words in 10 wrong on real speech "
            "(Whisper: almost none), so answers score lower than they should. Use it only when "
            "Whisper cannot run.",
            "recognize_sphinx",
            "PocketSphinx's own US English model",
        ),
        SpeechEngine(
            "google",
            "Google",
            "Google (cloud: sends your audio over the internet)",
            False,
            "Needs an internet connection. Whisper models below are not used.",
            "recognize_google",
            "Google's speech service, over the internet",
        ),
    )
}
CLOUD_ENGINES = frozenset(k for k, e in SPEECH_ENGINES.items() if not e.offline)


def in_use(key: str, whisper_model: str) -> str:
    """What Settings says is in use: the Whisper model only when Whisper is the chosen engine
    (with PocketSphinx chosen it read "In use: tiny.en", a model that engine never loads)."""
    engine = SPEECH_ENGINES.get(key)
    if engine is None or not engine.uses:
        return f"In use: {whisper_model}."
    return f"In use: {engine.uses}."


def privacy_notice(key: str) -> str | None:
    """What a person must agree to before ``key`` runs (None for an offline or unknown one)."""
    engine = SPEECH_ENGINES.get(key)
    return engine.privacy_notice() if engine else None
