"""An int8 copy of a Whisper model, made once and kept in the cache folder.

The bundled tiny.en (and the models faster-whisper downloads) store their weights as float16.
The app runs them as int8, so CTranslate2 converted every weight matrix at each load: reading
the 75 MB of float16 and quantizing them took ~170 MB for a moment (measured: a load peak of
+168 MB against +69 MB for weights already in int8), while a voice interview had Piper loaded
too. ``int8_copy`` writes, once, the model as CTranslate2 itself would convert it (the same
weights, bit for bit: each row of a weight matrix scaled by 127 / its largest magnitude and
rounded to the nearest integer; the other float tensors as float32), so every later load only
reads int8 weights. Transcripts are identical (checked by a test on the encoder's output).

The copy lives in ``<data>/cache/whisper-int8/``: it can be deleted at any time and is rebuilt
on the next load. A manifest records the source model (path, size, modification time), the
CTranslate2 version and a digest of the copy; a copy that does not match (damaged, truncated,
made from another file) is rebuilt, saying so in the log. When no copy can be written (a
read-only or full disk), the original model is loaded as before. The original is never changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import stat
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from simulator.core.small_files import read_small_text
from simulator.speech.model_source import special_entries

log = logging.getLogger(__name__)

CACHE_VERSION = 1
BINARY_VERSION = 6  # the CTranslate2 model.bin layout read and written here
SPEC = "WhisperSpec"
# CTranslate2's type ids, in its order.
DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
FLOATS = ("float16", "float32")
ROWS_PER_BLOCK = 4096  # rows quantized at a time: the 51864-row embedding never sits in float32
MANIFEST = "int8-copy.json"

# The copies' model.bin found whole in this process (by path): the file's identity then and the
# digest it matched. The model is loaded again each time it made way for the interviewer's voice
# (``speech.memory``: as each spoken answer starts, on the live lane), and hashing its 42 MB was
# ~100 ms of CPU at every load, half of a reload's (round 58, perf58). A file rewritten, replaced
# or touched since has another identity (inode, size, modification and change times) and is
# hashed again; what the check cannot see is a change that keeps all four, which no write does.
_whole: dict[Path, tuple[tuple[int, ...], object]] = {}
_whole_lock = threading.Lock()


class ModelFormatError(ValueError):
    """A model.bin this module cannot read (another layout, truncated, damaged)."""


@dataclass(frozen=True)
class Variable:
    name: str
    shape: tuple[int, ...]
    dtype: str
    offset: int  # of the data in the file
    nbytes: int

    @property
    def quantized(self) -> bool:
        """Converted to int8 at load: the weight matrices (linear layers and embeddings);
        convolution kernels (rank 3) stay float, as CTranslate2 leaves them for Whisper."""
        return self.name.endswith("weight") and len(self.shape) == 2 and self.dtype in FLOATS


@dataclass(frozen=True)
class Layout:
    spec: str
    revision: int
    variables: tuple[Variable, ...]
    aliases: tuple[tuple[str, str], ...]


def read_layout(model_bin: Path) -> Layout:
    """The variables of a CTranslate2 ``model.bin`` (their headers only; the data is skipped)."""
    size = model_bin.stat().st_size
    with open(model_bin, "rb") as f:

        def number(fmt: str) -> int:
            raw = f.read(struct.calcsize(fmt))
            if len(raw) != struct.calcsize(fmt):
                raise ModelFormatError(f"{model_bin}: ends too early")
            return int(struct.unpack(fmt, raw)[0])

        def string() -> str:
            length = number("H")
            raw = f.read(length)
            if length == 0 or len(raw) != length or raw[-1:] != b"\0":
                raise ModelFormatError(f"{model_bin}: damaged name at byte {f.tell()}")
            return raw[:-1].decode("utf-8")

        version = number("I")
        if version != BINARY_VERSION:
            raise ModelFormatError(f"{model_bin}: model format {version}, not {BINARY_VERSION}")
        spec, revision, count = string(), number("I"), number("I")
        variables = []
        for _ in range(count):
            name = string()
            shape = tuple(number("I") for _ in range(number("B")))
            type_id, nbytes = number("B"), number("I")
            if type_id >= len(DTYPES):
                raise ModelFormatError(f"{model_bin}: {name} has an unknown type {type_id}")
            dtype = DTYPES[type_id]
            if nbytes != int(np.prod(shape, dtype=np.int64)) * np.dtype(_numpy(dtype)).itemsize:
                raise ModelFormatError(f"{model_bin}: {name} has the wrong size")
            variables.append(Variable(name, shape, dtype, f.tell(), nbytes))
            if f.tell() + nbytes > size:
                raise ModelFormatError(f"{model_bin}: ends inside {name}")
            f.seek(nbytes, os.SEEK_CUR)
        aliases = tuple((string(), string()) for _ in range(number("I")))
        if f.tell() != size:
            raise ModelFormatError(f"{model_bin}: {size - f.tell()} unexpected bytes at the end")
    return Layout(spec, revision, tuple(variables), aliases)


def _numpy(dtype: str) -> str:
    return "uint16" if dtype == "bfloat16" else dtype  # read as raw 16-bit words


def needs_copy(layout: Layout) -> bool:
    """A Whisper model with float weight matrices (which CTranslate2 would convert at load)."""
    return layout.spec == SPEC and any(v.quantized for v in layout.variables)


def int8_copy(source: Path, cache_root: Path) -> Path:
    """The folder of an int8 copy of the model in ``source``, made now if missing or damaged;
    ``source`` itself when it needs no copy, or when no copy can be written (said in the log)."""
    source = source.resolve()
    try:
        layout = read_layout(source / "model.bin")
    except (OSError, ModelFormatError) as exc:
        log.info("speech model %s loaded as it is (%s)", source, exc)
        return source
    if not needs_copy(layout):
        return source
    target = cache_root / _folder_name(source)
    expected = _identity(source)
    problem = _check(target, expected)
    if problem is None:
        return target
    if target.exists():
        log.warning(
            "the int8 copy of the speech model in %s is %s: making it again", target, problem
        )
    try:
        _build(source, layout, target, expected)
    except OSError as exc:
        log.warning(
            "cannot write an int8 copy of the speech model to %s (%s): loading %s as it is "
            "(its load takes ~100 MB more memory for a moment)",
            target,
            exc.strerror or exc,
            source,
        )
        return source
    return target


def discard(copy: Path, why: str) -> None:
    """Remove a copy CTranslate2 could not load (it is made again on the next load)."""
    log.warning(
        "the int8 copy of the speech model in %s could not be loaded (%s): removed", copy, why
    )
    _remove(copy)


def _remove(path: Path) -> None:
    """Remove whatever is at ``path`` without opening it: ``shutil.rmtree`` opens its path to
    read it as a folder, and a pipe under the copy's name left the speech lane waiting for good
    (attack run 50); a link is removed, never followed."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return
    if stat.S_ISDIR(mode):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _folder_name(source: Path) -> str:
    tag = hashlib.sha1(str(source).encode("utf-8")).hexdigest()[:12]
    return f"{source.name}-{tag}"


def _identity(source: Path) -> dict[str, object]:
    import ctranslate2

    stat = (source / "model.bin").stat()
    return {
        "cache_version": CACHE_VERSION,
        "ctranslate2": ctranslate2.__version__,
        "source": str(source),
        "source_size": stat.st_size,
        "source_mtime_ns": stat.st_mtime_ns,
    }


def _check(target: Path, expected: dict[str, object]) -> str | None:
    """Why the copy in ``target`` cannot be used, or None when it is whole and current."""
    try:
        manifest = json.loads(read_small_text(target / MANIFEST, 1 << 20))
    except FileNotFoundError:
        return "missing" if not target.exists() else "incomplete (no manifest)"
    except (OSError, ValueError) as exc:
        return f"damaged (manifest unreadable: {exc})"
    if not isinstance(manifest, dict):
        return "damaged (manifest unreadable)"
    if any(manifest.get(key) != value for key, value in expected.items()):
        return "out of date (made from another model file or another CTranslate2)"
    try:
        for name in manifest.get("files", []):
            if not (target / str(name)).is_file():
                return f"incomplete ({name} missing)"
        special = special_entries(target)  # a pipe or device named model.bin among them
        if special:  # which CTranslate2 or faster-whisper would wait on, when they read it
            return f"damaged ({', '.join(special)}: not a regular file)"
        model_bin = target / "model.bin"
        seen = _file_identity(model_bin)
        with _whole_lock:
            if _whole.get(model_bin) == (seen, manifest.get("blake2b")):
                return None  # hashed whole in this process, not changed since
        size, digest = _digest(model_bin)
    except OSError as exc:
        return f"damaged ({exc.strerror or exc})"
    if size != manifest.get("size") or digest != manifest.get("blake2b"):
        return "damaged (its model.bin does not match its digest)"
    _remember_whole(model_bin, seen, digest)
    return None


def _file_identity(path: Path) -> tuple[int, ...]:
    """What changes whenever the file's content may have: which file it is, its size, its
    modification and change times (the change time cannot be set back by anyone)."""
    info = os.stat(path)
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _remember_whole(model_bin: Path, seen: tuple[int, ...], digest: str) -> None:
    with _whole_lock:
        _whole[model_bin] = (seen, digest)


def _digest(path: Path) -> tuple[int, str]:
    hasher, size = hashlib.blake2b(digest_size=20), 0
    with open(path, "rb") as f:
        while block := f.read(1 << 20):  # hashlib lets other threads run while it hashes
            hasher.update(block)
            size += len(block)
    return size, hasher.hexdigest()


def _build(source: Path, layout: Layout, target: Path, identity: dict[str, object]) -> None:
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.part-{os.getpid()}")
    _remove(partial)
    partial.mkdir()
    try:
        copied = []
        for item in sorted(source.iterdir()):
            if item.is_file() and item.name != "model.bin":
                shutil.copyfile(item, partial / item.name)
                copied.append(item.name)
        size, digest = _write_int8(source / "model.bin", layout, partial / "model.bin")
        manifest = {**identity, "size": size, "blake2b": digest, "files": copied}
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        written = _file_identity(partial / "model.bin")  # (a rename keeps it)
        _remove(target)
        os.replace(partial, target)
        _remember_whole(target / "model.bin", written, digest)
    except BaseException:
        _remove(partial)
        raise
    log.info(
        "made an int8 copy of the speech model %s in %s (%.1f s, %.0f MB)",
        source,
        target,
        time.perf_counter() - started,
        size / 1e6,
    )


class _Writer:
    """Writes model.bin fields and hashes what it writes."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.hasher = hashlib.blake2b(digest_size=20)
        self.size = 0

    def raw(self, data: bytes) -> None:
        self.out.write(data)
        self.hasher.update(data)
        self.size += len(data)

    def number(self, fmt: str, value: int) -> None:
        self.raw(struct.pack(fmt, value))

    def string(self, text: str) -> None:
        data = text.encode("utf-8") + b"\0"
        self.number("H", len(data))
        self.raw(data)

    def header(self, name: str, shape: tuple[int, ...], dtype: str, nbytes: int) -> None:
        self.string(name)
        self.number("B", len(shape))
        for dim in shape:
            self.number("I", dim)
        self.number("B", DTYPES.index(dtype))
        self.number("I", nbytes)


def _write_int8(source_bin: Path, layout: Layout, target_bin: Path) -> tuple[int, str]:
    data = np.memmap(source_bin, dtype=np.uint8, mode="r")
    scales = {v.name: _row_scales(data, v) for v in layout.variables if v.quantized}
    entries: list[tuple[str, Variable | None]] = [(v.name, v) for v in layout.variables]
    entries += [(f"{name}_scale", None) for name in scales]
    entries.sort(key=lambda entry: entry[0])  # model.bin lists its variables by name
    with open(target_bin, "wb") as out:
        w = _Writer(out)
        w.number("I", BINARY_VERSION)
        w.string(layout.spec)
        w.number("I", layout.revision)
        w.number("I", len(entries))
        for name, variable in entries:
            if variable is None:  # a weight's scales (one per row)
                scale = scales[name.removesuffix("_scale")]
                w.header(name, scale.shape, "float32", scale.nbytes)
                w.raw(scale.tobytes())
            elif variable.quantized:
                w.header(name, variable.shape, "int8", variable.nbytes // _itemsize(variable))
                for block in _int8_rows(data, variable, scales[name]):
                    w.raw(block.tobytes())
            elif variable.dtype == "float16":  # run as float32 (int8_float32 on a CPU)
                values = _values(data, variable).astype(np.float32)
                w.header(name, variable.shape, "float32", values.nbytes)
                w.raw(values.tobytes())
            else:
                w.header(name, variable.shape, variable.dtype, variable.nbytes)
                w.raw(data[variable.offset : variable.offset + variable.nbytes].tobytes())
        w.number("I", len(layout.aliases))
        for alias, name in layout.aliases:
            w.string(alias)
            w.string(name)
        out.flush()
        os.fsync(out.fileno())
    del data
    return w.size, w.hasher.hexdigest()


def _itemsize(variable: Variable) -> int:
    return np.dtype(_numpy(variable.dtype)).itemsize


def _values(data: np.memmap, variable: Variable) -> np.ndarray:
    raw = data[variable.offset : variable.offset + variable.nbytes]
    return raw.view(_numpy(variable.dtype)).reshape(variable.shape)


def _float_blocks(data: np.memmap, variable: Variable) -> Iterator[np.ndarray]:
    values = _values(data, variable)
    for start in range(0, variable.shape[0], ROWS_PER_BLOCK):
        yield values[start : start + ROWS_PER_BLOCK].astype(np.float32)


def _row_scales(data: np.memmap, variable: Variable) -> np.ndarray:
    """127 / the largest magnitude of each row (1 for a row of zeros), as CTranslate2 does."""
    amax = np.concatenate([np.abs(b).max(axis=1) for b in _float_blocks(data, variable)])
    amax[amax == 0] = np.float32(127.0)
    amax = np.maximum(amax, np.float32(127) / np.finfo(np.float32).max)
    return (np.float32(127.0) / amax).astype(np.float32)


def _int8_rows(data: np.memmap, variable: Variable, scale: np.ndarray) -> Iterator[np.ndarray]:
    for start, block in zip(
        range(0, variable.shape[0], ROWS_PER_BLOCK), _float_blocks(data, variable), strict=True
    ):
        block *= scale[start : start + len(block), None]
        yield np.rint(block).astype(np.int8)
