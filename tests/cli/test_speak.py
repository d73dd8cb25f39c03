"""``speak`` and ``voices`` as scripts use them: real voices, real files, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.speech.tts import wav_duration

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_speak_renders_with_the_natural_voice_then_espeak_by_name(
    data_dir: Path, tmp_path: Path
) -> None:
    text = "Tell me about a time you failed. What did you learn from it?"
    out = cli("speak", text, "-o", str(tmp_path / "q.wav"), data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "Joe (Piper, natural)" in out.stdout
    seconds = wav_duration(tmp_path / "q.wav")
    assert 3.0 < seconds < 6.5  # 12 words at about 160 per minute

    out = cli(
        "speak", text, "-o", str(tmp_path / "e.wav"), "--voice", "en-us", "--rate", "200",
        data_dir=data_dir,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "espeak-ng" in out.stdout and wav_duration(tmp_path / "e.wav") < seconds


def test_voices_lists_natural_voices_first(data_dir: Path) -> None:
    out = cli("voices", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    listing = json.loads(out.stdout)
    assert listing["in_use"] == "Joe (Piper, natural)"
    engines = [v["engine"] for v in listing["voices"]]
    assert engines[0] == "piper" and "espeak-ng" in engines


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--voice", "nonesuch"), "no voice named 'nonesuch'"),
        (("--rate", "20"), "--rate 20: choose 80 to 300"),
    ],
)
def test_speak_errors_are_one_line(
    data_dir: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = cli("speak", "Hello.", "-o", str(tmp_path / "x.wav"), *args, data_dir=data_dir)
    assert out.returncode == 1 and message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_doctor_says_which_voice_speaks(data_dir: Path) -> None:
    out = cli("doctor", data_dir=data_dir)
    assert "[ok] interviewer voice: Joe (Piper, natural); espeak-ng (" in out.stdout
    assert " English) is the fallback" in out.stdout


def test_speak_onto_a_full_disk_leaves_no_half_file(data_dir: Path, tmpfs) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount("64k")
    (mnt / "filler").write_bytes(b"\0" * 48 * 1024)
    out = cli(
        "speak", "Tell me about a time you failed.", "-o", str(mnt / "q.wav"), data_dir=data_dir
    )
    assert sorted(p.name for p in mnt.iterdir()) == ["filler"]
    assert out.returncode == 1 and "no space left on the disk" in out.stderr
