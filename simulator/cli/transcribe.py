"""``ml-interview transcribe WAV [--model NAME|PATH] [--json]``: offline speech to text."""

from __future__ import annotations

import argparse
import sys

from simulator.cli import UserError, named, named_path
from simulator.cli.output import json_line, plain


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "transcribe",
        help="transcribe a recorded answer (any WAV) offline with Whisper",
        description="Transcribe an audio file offline. Prints the text, or with --json the text "
        "plus every word with its start and end in seconds. Exits with status 1, saying so, when "
        "the file holds no speech (silence or noise only).",
    )
    parser.add_argument(
        "wav", metavar="WAV", type=named_path, help="audio file (any rate, mono or stereo)"
    )
    parser.add_argument(
        "--model",
        metavar="NAME|PATH",
        type=named("a model name or folder"),
        help="a faster-whisper model folder, or a model name such as base.en (downloaded on "
        "request; the default bundled tiny.en works offline)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON with word timings")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.speech.asr import AudioFileError, TranscriptionError, transcribe_file

    try:
        transcript = transcribe_file(args.wav, args.model)
    except AudioFileError as exc:  # names the file
        raise UserError(str(exc)) from exc
    except TranscriptionError as exc:  # the model or the engine: which file was not done
        raise UserError(f"cannot transcribe {args.wav}: {exc}") from exc
    if args.json:  # a document for a script to read, even with no speech in it
        print(json_line(transcript.to_dict(), indent=2))
    elif transcript.text.strip():
        print(plain(transcript.text, keep_lines=True))
    if transcript.text.strip():
        return 0
    length = f" in its {transcript.duration_s:.1f} s of audio" if transcript.duration_s else ""
    print(
        plain(f"ml-interview: {args.wav}: no speech found{length} (silence or noise only)"),
        file=sys.stderr,
    )
    return 1
