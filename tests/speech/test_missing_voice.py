"""A voice id in settings.json that is not installed (a Piper voice from another machine, an
espeak-ng voice that was removed, a typo) used to fall back silently: Piper voices to espeak-ng's
robotic default although the natural default was installed, and `voices`/`doctor` claimed the
missing espeak-ng voice was in use. Now the default voice speaks, and the person is told which
voice id is missing and what speaks instead: Home and Settings in the window, and the commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.speech.tts import Voice
from simulator.speech.voices import InterviewerSpeaker, missing_voice

pytestmark = pytest.mark.slow

PIPER_GONE = "piper:en_GB-alan-low"
ESPEAK_GONE = "gmw/en-xx-nope"


def test_missing_voice_names_the_id_and_what_speaks_instead() -> None:
    joe = Voice(id="piper:en_US-joe-medium", name="Joe", languages=("en-US",), engine="piper")
    rp = Voice(id="gmw/en-gb-x-rp", name="English (RP)", languages=("en-gb",), engine="espeak-ng")
    assert missing_voice("", [joe, rp]) == ""
    assert missing_voice(rp.id, [joe, rp]) == ""
    said = missing_voice(PIPER_GONE, [joe, rp])
    assert PIPER_GONE in said and "not installed" in said and "Joe" in said
    assert "espeak-ng's default voice" in missing_voice(ESPEAK_GONE, [rp])


@pytest.mark.parametrize("voice_id", [PIPER_GONE, ESPEAK_GONE])
def test_a_missing_voice_falls_back_to_the_default_and_says_so(
    tmp_path: Path, voice_id: str
) -> None:
    speaker = InterviewerSpeaker(tmp_path, voice_id)
    try:
        said = speaker.check_voice()
        assert voice_id in said and "Joe (Piper, natural)" in said
        assert speaker.in_use() == "Joe (Piper, natural)"  # was espeak-ng (...)
    finally:
        speaker.close()


def test_an_installed_voice_says_nothing(tmp_path: Path) -> None:
    speaker = InterviewerSpeaker(tmp_path, "gmw/en-gb-x-rp")
    try:
        assert speaker.check_voice() == ""
        assert speaker.in_use() == "espeak-ng (gmw/en-gb-x-rp)"
    finally:
        speaker.close()


def test_the_commands_say_which_voice_is_missing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"voice_id": PIPER_GONE}))
    assert main(["voices"]) == 0
    out = capsys.readouterr()
    assert "in use: Joe (Piper, natural)" in out.out
    assert PIPER_GONE in out.err and "not installed" in out.err
    wav = data_dir.parent / "hello.wav"
    assert main(["speak", "Hello there.", "-o", str(wav)]) == 0
    out = capsys.readouterr()
    assert "voice Joe (Piper, natural)" in out.out and PIPER_GONE in out.err
    # doctor's own check (the whole `doctor` starts a QCoreApplication in this process)
    from simulator.cli.doctor import check_voice

    check = check_voice()
    assert PIPER_GONE in check.detail and "Joe" in check.detail and "Settings" in check.fix
