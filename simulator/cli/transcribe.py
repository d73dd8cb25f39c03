"""``ml-interview transcribe WAV [--model NAME|PATH] [--json]``: offline speech to text."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from simulator.cli import UserError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "transcribe",
        help="transcribe a recorded answer (any WAV) offline with Whisper",
        description="Transcribe an audio file offline. Prints the text, or with --json the text "
        "plus every word with its start and end in seconds.",
    )
    parser.add_argument(
        "wav", metavar="WAV", type=Path, help="audio file (any rate, mono or stereo)"
    )
    parser.add_argument(
        "--model",
        metavar="NAME|PATH",
        help="a faster-whisper model folder, or a model name such as base.en (downloaded on "
        "request; the default bundled tiny.en works offline)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON with word timings")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.speech.asr import AudioFileError, TranscriptionError, transcribe_file

    try:
        transcript = transcribe_file(args.wav, args.model)
    except (AudioFileError, TranscriptionError) as exc:
        raise UserError(str(exc)) from exc
    if args.json:
        print(json.dumps(transcript.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(transcript.text)
    return 0
