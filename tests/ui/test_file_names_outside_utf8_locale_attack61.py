"""File names handed between Python and Qt in a locale that is not UTF-8 (attack run 61, issue 8).

Seen with a real ISO-8859-1 locale (localedef) and a data folder named "面试 d": Python reads
that name as the text of each byte ('é\\x9d¢è¯\\x95 d'), Qt 6 writes any text back in UTF-8,
so the file Python had found was not there for Qt: Review's player was given a recording that
did not exist for it, the interviewer's voice and the Settings sample the same, and a folder
chosen in a file dialog came back as another name. Run in a child process: the file system's
encoding is fixed when Python starts."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

LOCALE = "en_US.ISO-8859-1"

CHILD = r"""
import os, sys, time
from pathlib import Path
assert sys.getfilesystemencoding().lower().replace("-", "") != "utf8", sys.getfilesystemencoding()
from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QApplication
from simulator.core import qt_names
from simulator.core.recording_check import recording_problem
from simulator.ui.file_dialogs import file_dialog
from simulator.ui.review_player import ReviewPlayer
from PySide6.QtWidgets import QWidget

app = QApplication([])
folder = Path(os.fsdecode(os.fsencode(sys.argv[1]) + "/\u9762\u8bd5 d".encode("utf-8")))
folder.mkdir()
wav = folder / "answer.wav"
wav.write_bytes(Path(sys.argv[2]).read_bytes())
assert recording_problem(wav) is None
player = ReviewPlayer()
player.load(wav)
end = time.monotonic() + 5
while player.media.source().isEmpty() and time.monotonic() < end:
    QCoreApplication.processEvents()
source = player.media.source().toLocalFile()
assert QFileInfo(source).exists(), ("player", source)
assert qt_names.shown(wav).endswith("/\u9762\u8bd5 d/answer.wav"), qt_names.shown(wav)
parent = QWidget()
dialog = file_dialog(parent, "Choose", str(folder), folder=True)
assert qt_names.from_qt(dialog.directory().absolutePath()) == str(folder), "dialog"
bad = Path(os.fsdecode(os.fsencode(sys.argv[1]) + b"/\xff.wav"))
bad.write_bytes(b"RIFF")
assert recording_problem(bad) is not None and "UTF-8" in recording_problem(bad), "bytes"
print("ok")
"""


def _latin1_locale(tmp_path: Path) -> Path:
    if sys.platform != "linux" or shutil.which("localedef") is None:
        pytest.skip("needs localedef to make an ISO-8859-1 locale")
    where = tmp_path / "locales"
    where.mkdir()
    made = subprocess.run(
        ["localedef", "-i", "en_US", "-f", "ISO-8859-1", str(where / LOCALE)],
        capture_output=True,
        check=False,
    )
    if not (where / LOCALE).is_dir():
        pytest.skip(f"localedef could not make {LOCALE}: {made.stderr.decode()[-200:]}")
    return where


def _tone(path: Path) -> Path:
    """Half a second of a 440 Hz tone, 16 kHz mono PCM: a real recording's format."""
    frames = b"".join(
        int(8000 * math.sin(2 * math.pi * 440 * n / 16_000)).to_bytes(2, "little", signed=True)
        for n in range(8_000)
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(frames)
    return path


def test_files_under_a_non_ascii_folder_reach_qt_in_a_latin1_locale_attack61(
    tmp_path: Path,
) -> None:
    locales = _latin1_locale(tmp_path)
    real_wav = _tone(tmp_path / "tone.wav")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LC_", "LANG", "PYTHONUTF8"))
    }
    env.update(
        LOCPATH=str(locales),
        LC_ALL=LOCALE,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    data = tmp_path / "data"
    data.mkdir()
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(real_wav)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0 and run.stdout.strip().endswith("ok"), run.stderr[-2000:]
