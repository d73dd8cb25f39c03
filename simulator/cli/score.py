"""``ml-interview score``: score one answer (typed text or a WAV file), or a batch from stdin.

    ml-interview score --question tech.bias-variance --answer-file answer.txt [--duration 95] --json
    ml-interview score --question beh.resolve-conflict --audio answer.wav --json
    ml-interview score --batch --json < answers.jsonl

A batch reads JSON Lines ``{"question_id": ..., "answer": ..., "duration_s": optional}`` and
writes one result line per input line, in order; a line that cannot be scored becomes
``{"question_id": ..., "error": ...}`` and the exit status is 1. A key a line gives that is not
read (``"duration"`` for ``"duration_s"``) is named in its result's ``"warning"`` and on stderr.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.cli import UserError, named, named_path
from simulator.cli.output import json_line, plain
from simulator.core.json_numbers import strict_int
from simulator.core.long_names import shortened_runs
from simulator.core.reordering import without_controls
from simulator.core.small_files import read_small_text
from simulator.core.transcript import MAX_ANSWER_CHARS, MAX_ANSWER_S, MAX_PACE_WPM

if TYPE_CHECKING:
    from simulator.core.questions import Question, QuestionBank
    from simulator.core.transcript import Transcript


# Read at most this much (4 bytes per character at worst); a pipe or device is refused.
MAX_ANSWER_BYTES = 4 * MAX_ANSWER_CHARS
MAX_LINE_CHARS = 8 * MAX_ANSWER_CHARS  # a batch line: room for JSON's \uXXXX escapes


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "score",
        help="score an answer against a question's rubric",
        description="Score one answer (text file or WAV recording), or a batch from stdin.",
    )
    parser.add_argument(
        "--question",
        metavar="ID",
        type=named("a question id (`ml-interview questions` lists them)"),
        help="question id, e.g. tech.bias-variance",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--answer-file", metavar="FILE", type=named_path, help="the answer as a UTF-8 text file"
    )
    source.add_argument(
        "--audio", metavar="WAV", type=named_path, help="a recorded answer; it is transcribed first"
    )
    source.add_argument(
        "--batch",
        action="store_true",
        help='read JSON Lines {"question_id", "answer"} on stdin, write one result line each',
    )
    parser.add_argument(
        "--duration", type=float, metavar="S", help="seconds the answer took (enables delivery)"
    )
    parser.add_argument(
        "--model",
        metavar="NAME",
        type=named("a model name or folder"),
        help="speech model for --audio",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a summary")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.bank import load_bank

    _check_duration(args.duration)
    bank = load_bank()
    if args.batch:
        return _run_batch(bank, args)
    if not args.question:
        raise UserError("score: --question ID is required (or use --batch)")
    if not args.answer_file and not args.audio:
        raise UserError("score: give --answer-file FILE or --audio WAV (or use --batch)")
    question = _question(bank, args.question)

    from simulator.core.scoring import score_answer
    from simulator.core.scoring.bank_rivals import Rivals
    from simulator.core.transcript import Transcript

    transcript: Transcript
    if args.audio:
        transcript = _transcribe(Path(args.audio), args.model, question)
        if not transcript.text.strip():  # the score below is that of an empty answer: say why
            print(
                plain(
                    f"ml-interview: {args.audio}: no speech found (silence or noise only): "
                    "scored as an answer with no words"
                ),
                file=sys.stderr,
            )
        if args.duration is not None:
            _check_pace(transcript.text, args.duration, f"--duration {args.duration:g}")
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
            text = read_small_text(path, MAX_ANSWER_BYTES)
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read answer file {path}: {_reason(exc)}") from None
        if len(text) > MAX_ANSWER_CHARS:
            raise UserError(f"answer file {path}: {_too_long(len(text))}")
        if args.duration is not None:
            _check_pace(text, args.duration, f"--duration {args.duration:g}")
        transcript = Transcript(text=without_controls(text), duration_s=args.duration)
    score = score_answer(question, transcript, Rivals.of_bank(bank))
    data = score.to_dict()
    if args.audio:
        data["transcript"] = transcript.to_dict()
    if args.json:
        print(json_line(data))
    else:
        print(plain(_summary(data), keep_lines=True))
    return 0


def _check_duration(duration: float | None) -> None:
    if duration is not None and not 0 < duration <= MAX_ANSWER_S:
        raise UserError(
            f"--duration must be a number of seconds above 0 and at most {MAX_ANSWER_S:g}, "
            f"not {duration:g}"
        )


def _too_fast(text: str, duration: float, given: str) -> str | None:
    """Why ``duration`` seconds cannot be the time ``text`` took to say, or None."""
    # transcript.answer_seconds holds the same rule for stored answers; this one words it
    words = len(text.split())
    wpm = words / (duration / 60.0)
    if wpm <= MAX_PACE_WPM:
        return None
    pace = f"{wpm:,.0f}" if wpm < 1e6 else "over a million"
    return (
        f"{given}: {words} words in {duration:g} s is {pace} words a minute; people speak 100 "
        f"to 200 (the fastest measured about 650): give the seconds the answer took"
    )


def _check_pace(text: str, duration: float, given: str) -> None:
    why = _too_fast(text, duration, given)
    if why is not None:
        raise UserError(why)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return str(exc)


def _question(bank: QuestionBank, question_id: str) -> Question:
    try:
        return bank.get(question_id)
    except KeyError:
        raise UserError(f"{_unknown(bank, question_id)} (see: ml-interview questions)") from None


def _unknown(bank: QuestionBank, question_id: str) -> str:
    """'unknown question id ...', with the id meant when one is plain to see: a space around
    it, capitals, '_' for '-', the category left out, or a slip of a letter or two."""
    ids = list(bank.questions)
    wanted = "-".join(question_id.strip().lower().replace("_", "-").split())
    meant = [i for i in ids if i == wanted] or [i for i in ids if i.endswith("." + wanted)]
    if len(meant) != 1:
        meant = difflib.get_close_matches(wanted, ids, n=1, cutoff=0.85)
    guess = f": did you mean {meant[0]}?" if len(meant) == 1 else ""
    return f"unknown question id {question_id!r}{guess}"


def _transcribe(path: Path, model: str | None, question: Question | None = None) -> Transcript:
    """The recording's transcript; Whisper is told the ``question`` answered (its words and
    key terms are what it should expect to hear)."""
    if not path.is_file():
        why = "not a regular file (a pipe, device or folder)" if path.exists() else "no such file"
        raise UserError(f"cannot read audio file {path}: {why}")
    try:
        from simulator.speech import asr
    except ImportError as exc:
        raise UserError(f"speech recognition is not available: {exc}") from None
    unavailable = getattr(asr, "ModelUnavailableError", RuntimeError)
    try:
        from simulator.core.speech_topic import topic_of

        topic = topic_of(question) if question is not None else None
        return asr.transcribe_file(path, model=model, topic=topic)
    except asr.AudioFileError as exc:
        raise UserError(f"cannot read audio file {path}: {exc.reason}") from None
    except unavailable as exc:
        raise UserError(f"cannot transcribe {path}: {exc}") from None


def _run_batch(bank: Any, args: argparse.Namespace) -> int:
    from simulator.core.scoring import score_answer
    from simulator.core.scoring.bank_rivals import Rivals
    from simulator.core.transcript import Transcript

    rivals = Rivals.of_bank(bank)  # the loaded bank's behavioral questions, once
    status = 0
    for number, line in enumerate(_lines(sys.stdin, MAX_LINE_CHARS), start=1):
        if line is not None and not line.strip():
            continue
        qid: Any = None
        try:
            if line is None:
                raise ValueError(f"the line is too long to be an answer: {_too_long(None)}")
            item = _batch_item(line)
            qid = item["question_id"]
            try:
                question = bank.get(qid)
            except KeyError:
                raise ValueError(_unknown(bank, qid)) from None
            duration = item.get("duration_s", args.duration)
            if duration is not None:
                given = '"duration_s"' if "duration_s" in item else f"--duration {duration:g}"
                why = _too_fast(item["answer"], duration, given)
                if why is not None:
                    raise ValueError(why)
            transcript = Transcript(text=without_controls(item["answer"]), duration_s=duration)
            result = score_answer(question, transcript, rivals).to_dict()
            unread = _unread_keys(item)
            if unread is not None:  # scored, but said: the person meant something by that key
                result["warning"] = unread
                print(f"ml-interview: line {number}: {plain(unread)}", file=sys.stderr)
            output = json_line(result)
        except Exception as exc:  # noqa: BLE001 - one bad line must not stop the batch
            status = 1
            if isinstance(exc, BadLine):
                qid = exc.question_id
            reason = str(exc) if isinstance(exc, ValueError) else f"cannot be scored: {exc!r}"
            reason = shortened_runs(reason)  # the line names its id: not a second time in full
            output = json_line({"question_id": qid, "line": number, "error": reason})
        print(output, flush=True)
    return status


def _too_long(chars: int | None) -> str:
    size = f"{chars:,} characters; " if chars is not None else ""
    return f"{size}at most {MAX_ANSWER_CHARS:,} are scored (about four hours of speech)"


def _lines(stream: Any, limit: int) -> Iterator[str | None]:
    """The stream's lines; None for a line over ``limit`` characters, which is read past in
    pieces and never held whole (an endless line would fill the memory)."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith("\n"):
            yield line
            continue
        while (rest := stream.readline(limit + 1)) and not rest.endswith("\n"):
            pass
        yield None


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


_SHOWN_KEY = 40  # a key is quoted in the message: at most this much of it


def _once_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each given once: JSON keeps the last of two, so a line
    naming "question_id" twice was scored against whichever came last (attack run 33)."""
    item: dict[str, Any] = {}
    for key, value in pairs:
        if key in item:
            raise ValueError(
                f'the key "{key[:_SHOWN_KEY]}" twice in one object (JSON would keep only the '
                "last): give it once"
            )
        item[key] = value
    return item


BATCH_KEYS = ("question_id", "answer", "duration_s")


def _unread_keys(item: dict[str, Any]) -> str | None:
    """What a line gives that the batch does not read, or None (attack run 37): '"duration": 95'
    (the flag is --duration) was passed over without a word and the answer scored with no
    delivery, as if no time had been given."""
    unread = [key for key in item if key not in BATCH_KEYS]
    if not unread:
        return None
    named = ", ".join(f'"{key[:_SHOWN_KEY]}"' for key in unread)
    meant = [
        f'"{close[0]}" for "{key[:_SHOWN_KEY]}"'
        for key in unread
        if (close := difflib.get_close_matches(key.lower(), BATCH_KEYS, n=1, cutoff=0.6))
        and close[0] not in item
    ]
    hint = f"; did you mean {', '.join(meant)}?" if meant else ""
    return (
        f"not read, so ignored: {named} (a line reads "
        f'"question_id", "answer" and "duration_s"){hint}'
    )


def _batch_item(line: str) -> dict[str, Any]:
    """One batch line, checked: a JSON object with string "question_id" and "answer" and an
    optional finite, positive "duration_s" (not true/false). Raises ValueError saying why."""
    try:  # a byte order mark (PowerShell 5 writes one; `cat` joins files keeping theirs)
        item = json.loads(
            line.removeprefix("\ufeff"),
            parse_constant=_reject_constant,
            parse_int=strict_int,
            object_pairs_hook=_once_each,
        )
    except RecursionError:
        raise ValueError("the line nests too deeply to be an answer") from None
    except json.JSONDecodeError as exc:
        # JSON's own "Expecting value: line 1 column 1 (char 0)" stood beside "line": 7 and
        # read as the batch's first line (attack run 52)
        raise ValueError(
            f"not JSON: {exc.msg[:1].lower()}{exc.msg[1:]} at column {exc.colno}"
        ) from None
    if not isinstance(item, dict):
        raise ValueError("a line must be a JSON object")
    qid = item.get("question_id")
    named = qid if isinstance(qid, str) else None  # said with the error, to match it up
    wrong = [k for k in ("question_id", "answer") if not isinstance(item.get(k), str)]
    if wrong:
        said = ", ".join(f'"{k}" {_what(item, k)}' for k in wrong)
        raise BadLine(f'needs string fields "question_id" and "answer" ({said})', named)
    if len(item["answer"]) > MAX_ANSWER_CHARS:
        raise BadLine(f'"answer" is {_too_long(len(item["answer"]))}', named)
    duration = item.get("duration_s")
    if duration is not None and (
        isinstance(duration, bool)
        or not isinstance(duration, int | float)
        or not 0 < duration <= MAX_ANSWER_S
    ):
        raise BadLine(
            f'"duration_s" must be a number of seconds above 0 and at most {MAX_ANSWER_S:g}',
            named,
        )
    return item


class BadLine(ValueError):
    """A batch line that cannot be scored, with its question id when it gives one as text: the
    error line names it (it said ``"question_id": null`` for a line that gave one)."""

    def __init__(self, reason: str, question_id: str | None) -> None:
        super().__init__(reason)
        self.question_id = question_id


def _what(item: dict[str, Any], key: str) -> str:
    """What the line gives for ``key``, when not text: "is missing", "is a number", ..."""
    if key not in item:
        return "is missing"
    kinds = {type(None): "null", bool: "true or false", int: "a number", float: "a number"}
    kinds |= {list: "a list", dict: "an object"}
    return f"is {kinds.get(type(item[key]), 'not text')}"


def _summary(data: dict[str, Any]) -> str:
    from simulator.core.scorecard.answer import shown_basis

    lines = [f"{data['question_id']} ({data['category']}): {data['overall']}/100"]
    for name, value in data["components"].items():
        # as the scorecard shows it: the raw basis printed the note the card leaves out
        # ("in its own words ... up to 85% of its weight", walkthrough 37)
        basis = shown_basis(data["basis"].get(name, ""))
        if value is not None:
            weight = data["weights"].get(name, 0.0)
            lines.append(f"  {name}: {value}/100 (weight {weight:g}) - {basis}")
        elif basis:  # not scored, and why (a delivery of one word)
            lines.append(f"  {name}: {basis}")
    for kp in data["key_points"]:
        lines.append(f"  [{kp['status']:>12}] {kp['label']}")
    # one line per correction, however many sentences called for it (attack run 33)
    corrections = Counter(m["correction"] for m in data["misconceptions"])
    for correction, times in corrections.items():
        said = f" (said {times} times)" if times > 1 else ""
        lines.append(f"  misconception{said}: {correction}")
    if data["star"]:
        segs = data["star"]["segments"]
        for seg in segs:
            lines.append(f"  {seg['label'][:1].upper()}: {seg['text']}")
    for tip in data["feedback"]:
        lines.append(f"  - {tip}")
    return "\n".join(lines)
