"""``ml-interview score``: score one answer (typed text or a WAV file), or a batch from stdin.

    ml-interview score --question tech.bias-variance --answer-file answer.txt [--duration 95] --json
    ml-interview score --question beh.resolve-conflict --audio answer.wav --json
    ml-interview score --batch --json < answers.jsonl

A batch reads JSON Lines ``{"question_id": ..., "answer": ..., "duration_s": optional}`` and
writes one result line per input line, in order; a line that cannot be scored becomes
``{"question_id": ..., "error": ...}`` and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from simulator.cli import UserError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "score",
        help="score an answer against a question's rubric",
        description="Score one answer (text file or WAV recording), or a batch from stdin.",
    )
    parser.add_argument("--question", metavar="ID", help="question id, e.g. tech.bias-variance")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--answer-file", metavar="FILE", help="the answer as a UTF-8 text file")
    source.add_argument("--audio", metavar="WAV", help="a recorded answer; it is transcribed first")
    source.add_argument(
        "--batch",
        action="store_true",
        help='read JSON Lines {"question_id", "answer"} on stdin, write one result line each',
    )
    parser.add_argument(
        "--duration", type=float, metavar="S", help="seconds the answer took (enables delivery)"
    )
    parser.add_argument("--model", metavar="NAME", help="speech model for --audio")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a summary")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.bank import load_bank

    bank = load_bank()
    if args.batch:
        return _run_batch(bank, args)
    if not args.question:
        raise UserError("score: --question ID is required (or use --batch)")
    if not args.answer_file and not args.audio:
        raise UserError("score: give --answer-file FILE or --audio WAV (or use --batch)")
    question = _question(bank, args.question)

    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    transcript: Transcript
    if args.audio:
        transcript = _transcribe(Path(args.audio), args.model)
        if args.duration is not None:
            transcript = Transcript(
                transcript.text,
                transcript.words,
                transcript.engine,
                transcript.model,
                args.duration,
            )
    else:
        path = Path(args.answer_file)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read answer file {path}: {_reason(exc)}") from None
        transcript = Transcript(text=text, duration_s=args.duration)
    _check_duration(args.duration)
    score = score_answer(question, transcript)
    data = score.to_dict()
    if args.audio:
        data["transcript"] = transcript.to_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(_summary(data))
    return 0


def _check_duration(duration: float | None) -> None:
    if duration is not None and not duration > 0:
        raise UserError(f"--duration must be a positive number of seconds, not {duration:g}")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return str(exc)


def _question(bank: Any, question_id: str) -> Any:
    try:
        return bank.get(question_id)
    except KeyError:
        raise UserError(
            f"unknown question id {question_id!r} (see: ml-interview questions)"
        ) from None


def _transcribe(path: Path, model: str | None) -> Any:
    if not path.is_file():
        raise UserError(f"cannot read audio file {path}: no such file")
    try:
        from simulator.speech import asr
    except ImportError as exc:
        raise UserError(f"speech recognition is not available: {exc}") from None
    unavailable = getattr(asr, "ModelUnavailableError", RuntimeError)
    try:
        return asr.transcribe_file(path, model=model)
    except asr.AudioFileError as exc:
        raise UserError(f"cannot read audio file {path}: {exc}") from None
    except unavailable as exc:
        raise UserError(f"cannot transcribe {path}: {exc}") from None


def _run_batch(bank: Any, args: argparse.Namespace) -> int:
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        qid: Any = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("a line must be a JSON object")
            qid = item.get("question_id")
            answer = item.get("answer")
            if not isinstance(qid, str) or not isinstance(answer, str):
                raise ValueError('needs string fields "question_id" and "answer"')
            duration = item.get("duration_s", args.duration)
            if duration is not None and (not isinstance(duration, int | float) or duration <= 0):
                raise ValueError('"duration_s" must be a positive number')
            try:
                question = bank.get(qid)
            except KeyError:
                raise ValueError(f"unknown question id {qid!r}") from None
            result: dict[str, Any] = score_answer(
                question, Transcript(text=answer, duration_s=duration)
            ).to_dict()
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            status = 1
            result = {"question_id": qid, "line": number, "error": str(exc)}
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return status


def _summary(data: dict[str, Any]) -> str:
    lines = [f"{data['question_id']} ({data['category']}): {data['overall']}/100"]
    for name, value in data["components"].items():
        if value is not None:
            weight = data["weights"].get(name, 0.0)
            lines.append(
                f"  {name}: {value}/100 (weight {weight:g}) - {data['basis'].get(name, '')}"
            )
    for kp in data["key_points"]:
        lines.append(f"  [{kp['status']:>12}] {kp['label']}")
    for m in data["misconceptions"]:
        lines.append(f"  misconception: {m['correction']}")
    if data["star"]:
        segs = data["star"]["segments"]
        for seg in segs:
            lines.append(f"  {seg['label'][:1].upper()}: {seg['text']}")
    for tip in data["feedback"]:
        lines.append(f"  - {tip}")
    return "\n".join(lines)
