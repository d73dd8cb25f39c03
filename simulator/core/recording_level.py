"""A floating-point recording stored past full scale, played at its own level.

Floating-point samples keep headroom past 1.0, and some tools write them at the 16-bit scale
(a sample of 0.5 stored as 16,384). The speech reader brings such a file into range before
decoding (``speech.audiofile``), but the media player turns it into its output's integers as it
is: every sample past full scale clipped, a clear answer played as a harsh square wave, and
nothing said why (walk66, left by round 65). Review plays such a recording from a copy divided
by its peak: nothing clipped, only the overall level changed, as the transcript was read.
"""

from __future__ import annotations

import hashlib
import os
import struct
import threading
from pathlib import Path

from simulator.core.recording_check import HEAD_BYTES, floating_samples

# Samples read at once (1 MB as float32), so a long recording never sits in memory whole
BLOCK_SAMPLES = 1 << 18


def stored_as_floats(path: Path) -> bool:
    """Whether ``path`` is a WAV of floating-point samples (read from its first bytes only;
    False for anything that cannot be read: the player says what is wrong with it)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return False
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RF64") or head[8:12] != b"WAVE":
        return False
    at = 12
    while at + 8 <= len(head):
        kind, length = head[at : at + 4], struct.unpack_from("<I", head, at + 4)[0]
        if kind == b"fmt ":
            body = head[at + 8 : at + 8 + length]
            return len(body) >= 16 and floating_samples(body)
        at += 8 + length + (length & 1)
    return False


def in_range_copy(path: Path, folder: Path) -> Path | None:
    """A copy of ``path`` in ``folder`` divided by its peak (16-bit PCM, what every player
    plays) when it is a floating-point WAV whose samples go past full scale; None when it is
    within full scale, not floating-point, or holds samples that are not numbers (those are
    said damaged where the waveform is read). Read in blocks; the copy is made once a run."""
    import numpy as np
    import soundfile as sf

    with sf.SoundFile(os.fsencode(path)) as audio:
        if audio.subtype not in ("FLOAT", "DOUBLE") or not audio.seekable():
            return None
        block = max(1, BLOCK_SAMPLES // max(1, audio.channels))
        peak = 0.0
        for samples in audio.blocks(blocksize=block, dtype="float32", always_2d=True):
            if not np.isfinite(samples).all():
                return None
            if samples.size:
                peak = max(peak, float(np.abs(samples).max()))
        if peak <= 1.0:
            return None
        stat = path.stat()
        key = f"{os.fsencode(path)!r} {stat.st_size} {stat.st_mtime_ns}".encode()
        copy = folder / f"{hashlib.sha256(key).hexdigest()[:24]}.wav"
        if copy.exists():
            return copy
        audio.seek(0)
        # its own part file: two loads of the same recording may run at once (the compute
        # lane has several threads); the last rename wins, the same samples either way
        part = copy.with_suffix(f".{threading.get_ident()}.part")
        with sf.SoundFile(os.fsencode(part), "w", samplerate=audio.samplerate,
                          channels=audio.channels, subtype="PCM_16", format="WAV") as out:  # fmt: skip
            for samples in audio.blocks(blocksize=block, dtype="float32", always_2d=True):
                samples /= np.float32(peak)
                out.write(samples)
    os.replace(part, copy)
    return copy
