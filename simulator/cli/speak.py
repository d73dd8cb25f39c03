"""``ml-interview speak "TEXT" -o FILE.wav [--voice NAME] [--rate WPM]``: the interviewer's voice
to a file, and ``ml-interview voices [--json]``: the voices it can use."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.cli import UserError, named, named_path
from simulator.cli.output import json_line, plain

if TYPE_CHECKING:
    from simulator.speech.tts import Voice
    from simulator.speech.voices import InterviewerSpeaker

RATES = (80, 300)
# Any question or follow-up is at most 2,000 characters; this is about 15 minutes of speech at
# 160 words a minute. 20,000 words rendered for minutes with nothing said (attack30).
MAX_TEXT_CHARS = 14_000
RENDER_TIMEOUT_S = 300.0  # the voice rendering it; a voice process stuck longer is given up


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "speak",
        help="render text with the interviewer's voice to a WAV file",
        description="Render TEXT with the interviewer's voice (the natural Piper voice when "
        "installed, else espeak-ng) to a WAV file, offline.",
    )
    parser.add_argument("text", metavar="TEXT", help="what to say")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.wav",
        type=named_path,
        required=True,
        help="WAV file to write",
    )
    parser.add_argument(
        "--voice",
        metavar="NAME",
        type=named("a voice id or name from `ml-interview voices`"),
        help="a voice id or name from `ml-interview voices`",
    )
    parser.add_argument(
        "--rate", metavar="WPM", type=int, help="words per minute (default: your setting, 160)"
    )
    parser.set_defaults(run=run_speak)


def _speaker() -> InterviewerSpeaker:
    from simulator import paths
    from simulator.settings import Settings
    from simulator.speech.voices import InterviewerSpeaker

    settings = Settings.load()
    return InterviewerSpeaker(
        paths.speech_cache_dir(), settings.voice_id or None, settings.speaking_rate
    )


def _warn_if_missing(speaker: InterviewerSpeaker) -> None:
    """The voice chosen in Settings is not installed: say so on stderr (the default speaks)."""
    import sys

    from simulator import paths

    problem = speaker.check_voice()
    if problem:
        print(plain(f"ml-interview: {paths.settings_file()}: voice_id: {problem}"), file=sys.stderr)


def _find(voices: list[Voice], wanted: str) -> Voice:
    key = wanted.strip().lower()
    for match in (
        lambda v: v.id.lower() == key,
        lambda v: v.name.lower() == key,
        lambda v: v.id.lower().rsplit("/", 1)[-1] == key or v.id.lower().endswith(":" + key),
    ):
        found = [v for v in voices if match(v)]
        if found:
            return found[0]
    raise UserError(f"no voice named {wanted!r}; `ml-interview voices` lists them")


def run_speak(args: argparse.Namespace) -> int:
    import sys

    from simulator.core.export.files import ExportError, write_export
    from simulator.core.target_files import UnsafeTarget, missing_folder, safe_destination
    from simulator.speech.tts import SpeechUnavailable, wav_duration

    if not args.text.strip():
        raise UserError("TEXT is empty: nothing to say")
    if len(args.text) > MAX_TEXT_CHARS:
        raise UserError(
            f"TEXT is {len(args.text):,} characters: at most {MAX_TEXT_CHARS:,} are spoken "
            "(about 15 minutes at 160 words a minute)"
        )
    if args.rate is not None and not RATES[0] <= args.rate <= RATES[1]:
        raise UserError(f"--rate {args.rate}: choose {RATES[0]} to {RATES[1]} words per minute")
    output: Path = args.output
    if not output.parent.resolve().is_dir():
        raise UserError(f"cannot write {output}: {missing_folder(output.parent)}")
    try:  # before the voice renders for seconds, only to find the name cannot be used
        safe_destination(output)
    except UnsafeTarget as exc:
        raise UserError(f"cannot write {output}: {exc}") from None
    speaker = _speaker()
    try:
        voice_id = None
        if args.voice:
            try:
                voices = speaker.voices().result(timeout=60)
            except TimeoutError:
                raise UserError("the list of voices did not come within 60 s") from None
            voice_id = _find(voices, args.voice).id
            speaker.configure(voice_id=voice_id)
        else:
            _warn_if_missing(speaker)
        try:
            rendered = speaker.render_with(args.text, voice_id=voice_id, rate=args.rate).result(
                timeout=RENDER_TIMEOUT_S
            )
        except SpeechUnavailable as exc:
            raise UserError(str(exc)) from exc
        except TimeoutError:  # (an OSError with no words: the line said nothing)
            raise UserError(
                f"the voice ({speaker.in_use()}) did not finish {output} within "
                f"{RENDER_TIMEOUT_S:g} s: nothing was written"
            ) from None
        try:  # whole or not at all: a full disk leaves no half-written WAV behind
            write_export(output, Path(rendered).read_bytes())
        except (ExportError, OSError) as exc:
            raise UserError(str(exc)) from None
        if speaker.fallback_reason:  # (it said only "voice espeak-ng", attack run 52)
            print(plain(f"ml-interview: {speaker.fallback_reason}"), file=sys.stderr)
        print(plain(f"{output}: {wav_duration(output):.1f} s, voice {speaker.in_use()}"))
    finally:
        speaker.close()
    return 0


def register_voices(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "voices",
        help="list the interviewer voices (natural Piper voices, then espeak-ng)",
        description="List the voices `speak --voice` and Settings can use; the default first.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON objects")
    parser.set_defaults(run=run_voices)


def run_voices(args: argparse.Namespace) -> int:
    from simulator.speech.tts import english_voices

    speaker = _speaker()
    try:
        voices = speaker.voices().result(timeout=60)
        _warn_if_missing(speaker)
        natural = [v for v in voices if v.engine == "piper"]
        english = [v for v in english_voices(voices) if v not in natural]
        voices = natural + english + [v for v in voices if v not in natural + english]
        in_use = speaker.in_use()
    finally:
        speaker.close()
    if args.json:
        rows = [
            {"id": v.id, "name": v.name, "languages": list(v.languages), "engine": v.engine}
            for v in voices
        ]
        print(json_line({"in_use": in_use, "voices": rows}, indent=2))
        return 0
    print(plain(f"in use: {in_use}"))
    for v in voices:
        kind = "natural" if v.engine == "piper" else "robotic"
        fields = (v.id, v.name, ",".join(v.languages), f"{v.engine} ({kind})")
        print("\t".join(plain(f) for f in fields))
    return 0
