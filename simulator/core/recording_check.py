"""Why a stored recording cannot be played, in words a person can act on, read from its first
bytes only (the media player's own error is "Could not open file", naming neither the file nor
the reason). A recording whose header claims more audio than the file holds is not refused:
a recording cut short by a crash still plays up to where it stops."""

from __future__ import annotations

import struct
from pathlib import Path

from simulator.core import qt_names

HEAD_BYTES = 4096  # the RIFF chunks before the audio: "fmt ", maybe "LIST", then "data"
PLAUSIBLE_RATES = (4_000, 384_000)
SAMPLE_BITS = (8, 16, 24, 32, 64)
# The format tags whose header's bits a sample are the samples' own (PCM, IEEE float, and the
# extensible header that carries either). A compressed format gives 4 (IMA and MS ADPCM,
# G.721) or 0 (GSM 6.10) by design: those were called damaged and never played (attack run 52).
SAMPLE_BITS_TAGS = (0x0001, 0x0003, 0xFFFE)
# More channels than any sound card records: the media player refuses them ("Cannot create
# codec", naming neither the file nor the reason) and the speech reader ("Too many channels").
MAX_CHANNELS = 64


# IEEE float samples (format tag 3, or the extensible header's sub-format 3): single or double
# precision only; a header of 16-bit floats was played by nothing and read by nothing
FLOAT_TAG = 0x0003
FLOAT_BITS = (32, 64)


def floating_samples(body: bytes) -> bool:
    """Whether the body of a "fmt " chunk (16 bytes or more) says IEEE float samples."""
    return _floating(struct.unpack_from("<H", body)[0], body)


def _floating(tag: int, body: bytes) -> bool:
    """Whether a "fmt " chunk's samples are IEEE floats (its tag, or the extensible header's
    sub-format, whose first two bytes are the tag it stands for)."""
    if tag == FLOAT_TAG:
        return True
    return tag == 0xFFFE and len(body) >= 26 and struct.unpack_from("<H", body, 24)[0] == FLOAT_TAG


class UnusableRecording(Exception):
    """A recording that cannot be heard (missing, empty, not audio, corrupt): ``path`` names the
    file and ``reason`` says why; the message is both ("a.wav: corrupt WAV file (...)"). The
    speech reader raises it (``speech.audiofile.AudioFileError``), so the core can skip one bad
    recording and go on with the others without importing the speech layer."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def recording_problem(path: Path) -> str | None:
    """None when ``path`` looks like a playable WAV; otherwise why not ("it is empty")."""
    if not names_in_utf8(path):
        # Qt's player takes a name as text: bytes that are not UTF-8 become U+FFFD, and FFmpeg
        # said "No such file or directory" of a file that is there (attack run 46)
        return (
            "a folder or file name on its path has bytes that are not UTF-8, which the player "
            "cannot open (rename that folder to play it; the recording is kept)"
        )
    try:
        if not path.exists():
            return "it is no longer on disk (moved or deleted)"
        if path.is_dir():
            return "a folder has its name"
        if not path.is_file():
            return "it is not a regular file (a pipe or device has its name)"
        size = path.stat().st_size
        if size == 0:
            return "the file is empty (0 bytes)"
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        return f"it cannot be read ({(exc.strerror or str(exc)).lower()})"
    return wav_header_problem(head)


def wav_header_problem(head: bytes) -> str | None:
    """Why the first bytes of a file (``HEAD_BYTES`` of them) are no playable WAV header, or
    None. The speech reader asks it too when libsndfile refuses a WAV (attack run 49: a rate
    of 0 read "Internal error : SF_INFO struct incomplete.")."""
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RF64") or head[8:12] != b"WAVE":
        return "it is not a WAV recording (its first bytes are not a WAV header)"
    at, fmt_seen = 12, False
    while at + 8 <= len(head):
        kind, length = head[at : at + 4], struct.unpack_from("<I", head, at + 4)[0]
        body = head[at + 8 : at + 8 + length]
        if kind == b"fmt ":
            if len(body) < 16:
                return "its header is damaged (the format description is cut short)"
            tag, channels, rate, _bps, _align, bits = struct.unpack_from("<HHIIHH", body)
            if channels == 0 or channels > MAX_CHANNELS:
                return f"its header is damaged (it claims {channels:,} channels)"
            if not PLAUSIBLE_RATES[0] <= rate <= PLAUSIBLE_RATES[1]:
                return f"its header is damaged (it claims {rate:,} samples a second)"
            if tag in SAMPLE_BITS_TAGS and bits not in SAMPLE_BITS:
                return f"its header is damaged (it claims {bits}-bit samples)"
            if _floating(tag, body) and bits not in FLOAT_BITS:
                # (the player and the speech reader refuse it: "corrupt WAV file (Unspecified
                # internal error.)" on Transcribe again, walk65)
                return (
                    f"its header is damaged (it claims {bits}-bit floating-point samples; "
                    "floating-point samples are 32 or 64 bits)"
                )
            fmt_seen = True
        elif kind == b"data":
            if not fmt_seen:
                return "its header is damaged (the audio comes before its format)"
            if at + 8 >= len(head) and length == 0:
                return "it holds no audio (the recording stopped before any sound was kept)"
            return None
        at += 8 + length + (length & 1)  # chunks are padded to an even length
    if not fmt_seen:
        return "its header is damaged (no format description)"
    return "it holds no audio (the recording stopped before any sound was kept)"


def recording_notice(path: Path, problem: str) -> str:
    """The Review page's line: the file, why it cannot play, what is shown instead."""
    return (
        f"The recording {shown_path(path)} cannot be played: {problem}. "
        "Showing the transcript only."
    )


# A floating-point recording whose samples are not numbers: its header is sound, so the player
# opens it and plays noise or silence; the waveform was drawn flat and nothing said why
# (walk65), while Transcribe again refused it
NOT_NUMBERS = "some of its samples are not numbers (NaN or infinity)"


def damaged_recording_notice(path: Path, problem: str) -> str:
    """The Review page's line for a recording found damaged while it was read (its waveform):
    it still plays, as what it holds."""
    return (
        f"The recording {shown_path(path)} is damaged: {problem}. It plays as noise or silence "
        "and cannot be transcribed again."
    )


def names_in_utf8(path: Path) -> bool:
    """Whether every name on ``path`` is UTF-8 (what Qt can name): Python keeps other bytes
    as lone surrogates (\\udcff), which no text widget or Qt call can take; in a locale that
    is not UTF-8, as the text of each byte (``qt_names``)."""
    return qt_names.for_qt(path) is not None


def shown_path(path: Path) -> str:
    """``path`` as text a window can show: a byte that is not UTF-8 as ``\\xff``."""
    return qt_names.shown(path)


# How far a recording's length may differ from its answer's before Review says so: a
# recording repaired after a crash loses at most its last second (README), and the recorder
# stops a moment after the answer's clock does
LENGTH_SLACK_S = 1.5
LENGTH_SLACK_SHARE = 0.05


def recorded_seconds(path: Path) -> float | None:
    """How many seconds of audio the WAV at ``path`` holds: its data chunk as far as the file
    really goes (a header written before the recording ended claims more, or 0), over its
    bytes a second. None when that cannot be read (no WAV, no format, an unknown rate)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return None
    if wav_header_problem(head) is not None:
        return None
    at, per_second = 12, 0
    while at + 8 <= len(head):
        kind, length = head[at : at + 4], struct.unpack_from("<I", head, at + 4)[0]
        if kind == b"fmt ":
            per_second = struct.unpack_from("<I", head, at + 16)[0]  # its byte rate
        elif kind == b"data":
            there = max(0, size - (at + 8))
            held = there if length in (0, 0xFFFFFFFF) else min(length, there)
            return held / per_second if per_second > 0 else None
        at += 8 + length + (length & 1)
    return None


def length_notice(path: Path, held_s: float | None, answer_s: float | None) -> str:
    """Review's line when a playable recording does not last as long as its answer did (a file
    cut short, or replaced by another), "" when it does or either length is unknown. Review
    said nothing: the player stopped at the file's end while the transcript went on, or the
    words lit up over another recording (walk61)."""
    if held_s is None or not answer_s or answer_s <= 0:
        return ""
    if abs(held_s - answer_s) <= max(LENGTH_SLACK_S, LENGTH_SLACK_SHARE * answer_s):
        return ""
    held, answered = _clock(held_s), _clock(answer_s)
    if held_s < answer_s:
        return (
            f"The recording {shown_path(path)} holds {held} of audio, but the answer lasted "
            f"{answered}: the end of the file is missing. It plays up to {held}; the "
            "transcript shows the whole answer."
        )
    return (
        f"The recording {shown_path(path)} holds {held} of audio, but the answer lasted "
        f"{answered}: the file is longer than the answer, so it may not be this answer's "
        "recording, and its words may not follow it."
    )


def _clock(seconds: float) -> str:
    """m:ss, as the player's clock shows a time."""
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
