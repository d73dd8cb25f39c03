"""Attack run of round 30 through the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.storage import Storage


@pytest.fixture
def one_session(data_dir: Path) -> int:
    storage = Storage(paths.database_file())
    sid = storage.create_session({"name": "Loop", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "Bias is error from assumptions.")
    storage.close()
    return sid


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs Linux's /proc")
@pytest.mark.parametrize("target", ["/proc/version", "/proc/card.md"])
def test_export_into_proc_says_the_folder_takes_no_files(
    one_session: int, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """It read 'cannot write /proc/version: no such file or directory' of a file that is there."""
    assert main(["export", "latest", "--format", "md", "-o", target]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"ml-interview: cannot write {target}: the folder /proc takes no new files (the system "
        "makes what is in it): choose a file in one of your own folders\n"
    )


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs Linux's /proc")
def test_archive_into_proc_says_the_folder_takes_no_files(
    one_session: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["archive", "export", "/proc/all.zip"]) == 1
    err = capsys.readouterr().err
    assert "cannot write the archive /proc/all.zip: the folder /proc takes no new files" in err


def test_export_to_a_link_like_dev_stdout_keeps_the_link(
    one_session: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export latest -o /dev/stdout`` as root replaced the /dev/stdout link with a file."""
    out = tmp_path / "out.txt"
    out.write_text("")
    stdout_link = tmp_path / "stdout"
    stdout_link.symlink_to(out)
    assert main(["export", "latest", "--format", "md", "-o", str(stdout_link)]) == 0
    assert stdout_link.is_symlink() and os.readlink(stdout_link) == str(out)
    assert out.read_text().startswith("# Scorecard: Loop")
    assert capsys.readouterr().out == f"exported session {one_session} as md to {stdout_link}\n"


def _devices(monkeypatch: pytest.MonkeyPatch, inputs: list[str]) -> None:
    from simulator.cli import doctor

    monkeypatch.setattr(doctor, "_audio_devices", lambda: (["Speakers"], inputs))


def _choose_microphone(name: str) -> None:
    from simulator.settings import Settings

    Settings(input_device=name).save()


def test_doctor_names_the_chosen_microphone_when_it_is_not_connected(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The microphone chosen in Settings was unplugged: doctor said '[ok] microphone: Built-in
    Audio' while every spoken answer was refused ('Microphone ... is not connected')."""
    from simulator.cli.doctor import check_audio_input

    _choose_microphone("USB Headset Mic")
    _devices(monkeypatch, ["Built-in Audio Analog Stereo"])
    check = check_audio_input()
    assert not check.ok
    assert check.detail == (
        "'USB Headset Mic', chosen in Settings, is not connected (connected: Built-in Audio "
        "Analog Stereo): spoken answers cannot be recorded; they can be typed"
    )
    assert "plug in 'USB Headset Mic'" in check.fix and "Settings → Microphone" in check.fix


def test_doctor_shows_the_chosen_microphone_in_use(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simulator.cli.doctor import check_audio_input

    _choose_microphone("USB Headset Mic")
    _devices(monkeypatch, ["Built-in Audio Analog Stereo", "USB Headset Mic"])
    check = check_audio_input()
    assert check.ok and check.detail.startswith("'USB Headset Mic' (chosen in Settings)")


def test_doctor_with_no_microphone_says_answers_are_typed(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from simulator.cli import doctor

    _devices(monkeypatch, [])
    check = doctor.check_audio_input()
    assert not check.ok and check.detail == (
        "no input device: spoken answers cannot be recorded; they can be typed"
    )


BOM = "\ufeff"  # what Windows Notepad and PowerShell 5 put before UTF-8 text


def test_settings_saved_with_a_byte_order_mark_are_used(tmp_path: Path) -> None:
    """All of a hand-edited settings.json was dropped ('not valid JSON (line 1: Unexpected UTF-8
    BOM ...)'), the defaults used, and the next save overwrote it."""
    from simulator.settings import load_settings

    path = tmp_path / "settings.json"
    path.write_text(BOM + '{"theme": "dark", "speaking_rate": 180}', encoding="utf-8")
    settings, problems = load_settings(path)
    assert problems == []
    assert (settings.theme, settings.speaking_rate) == ("dark", 180)


def test_a_batch_whose_first_line_has_a_byte_order_mark_is_scored(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first answer of a batch written by PowerShell 5 came back as the error 'Unexpected
    UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'."""
    import io
    import json

    lines = [
        BOM
        + '{"question_id": "tech.bias-variance", "answer": "Bias underfits, variance overfits."}',
        '{"question_id": "tech.bias-variance", "answer": "A second answer."}',
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["score", "--batch"]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r.get("error") for r in results] == [None, None]
    assert [r["question_id"] for r in results] == ["tech.bias-variance"] * 2


def test_an_answer_file_with_a_byte_order_mark_is_scored_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    answer = "Bias is error from a too simple model; variance is sensitivity to the sample."
    plain_file, marked = tmp_path / "a.txt", tmp_path / "b.txt"
    plain_file.write_text(answer, encoding="utf-8")
    marked.write_text(BOM + answer, encoding="utf-8")
    scores = []
    for file in (plain_file, marked):
        assert (
            main(
                ["score", "--question", "tech.bias-variance", "--answer-file", str(file), "--json"]
            )
            == 0
        )
        scores.append(json.loads(capsys.readouterr().out))
    assert scores[0] == scores[1]


def _loop(tmp_path: Path) -> Path:
    a, b = tmp_path / "loop-a", tmp_path / "loop-b"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


@pytest.mark.parametrize("below", ["", "data"])
def test_a_data_folder_behind_a_link_loop_is_one_line_naming_it(
    tmp_path: Path, below: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every command ended in a traceback ('RuntimeError: Symlink loop from ...')."""
    data = _loop(tmp_path) / below if below else _loop(tmp_path)
    assert main(["--data-dir", str(data), "history"]) == 1
    err = capsys.readouterr().err
    why = (
        "a link on the way to it leads round in a loop"
        if below
        else "a link that leads nowhere (or to itself) is in the way"
    )
    assert err == f"ml-interview: the data folder {data} cannot be created: {why}\n"


def test_a_link_loop_in_the_environment_variable_is_named_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _loop(tmp_path)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    paths.set_data_dir(None)
    assert main(["history"]) == 1
    assert "a link that leads nowhere (or to itself)" in capsys.readouterr().err
    code = main(["questions"])  # the shipped questions are still listed
    out = capsys.readouterr()
    assert code == 0 and "tech.bias-variance" in out.out and "leads nowhere" in out.err


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs Linux's /proc")
def test_doctor_says_a_system_folder_takes_no_files(data_dir: Path) -> None:
    """'[missing] data dir: the data folder /proc cannot be created: no such file or directory'
    of a folder that is there."""
    from simulator.cli.doctor import check_data_dir

    paths.set_data_dir("/proc")
    check = check_data_dir()
    assert not check.ok
    assert check.detail == (
        "the data folder /proc takes no new files (the system makes what is in it)"
    )


ANSWER_SPOKEN = "Bias is error from wrong assumptions; variance is sensitivity to the sample."
OFFLINE_HUB = """
import sys, warnings
import faster_whisper.utils

def download(name, output_dir=None, **kw):
    # what huggingface_hub says of the argument faster-whisper still passes, then the error
    warnings.warn(
        "The `local_dir_use_symlinks` argument is deprecated and ignored in "
        "`snapshot_download`. Downloading to a local directory does not use symlinks anymore.",
        UserWarning,
    )
    raise OSError("LocalEntryNotFoundError: cannot reach the hub")

faster_whisper.utils.download_model = download
from simulator.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("command", ["transcribe", "score"])
def test_a_model_that_cannot_be_downloaded_is_one_plain_line(
    data_dir: Path, tmp_path: Path, command: str
) -> None:
    """'transcribe --model base.en SPEECH.wav' offline printed a library's UserWarning (two
    lines), then 'could not download speech model 'base.en' (offline or the model hub is
    unreachable); the current model stays in use. (LocalEntryNotFoundError)': no model was in
    use, nothing was transcribed, and transcribe did not name the file."""
    import subprocess
    import sys

    wav = tmp_path / "answer.wav"  # speech, so the model is needed (silence never asks it)
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), ANSWER_SPOKEN], check=True)
    argv = ["--model", "base.en"]
    argv = (
        ["transcribe", *argv, str(wav)]
        if command == "transcribe"
        else ["score", "--question", "tech.bias-variance", "--audio", str(wav), *argv]
    )
    run = subprocess.run(
        [sys.executable, "-c", OFFLINE_HUB, *argv],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parent.parent.parent,
    )
    assert run.returncode == 1
    assert run.stderr == (
        f"ml-interview: cannot transcribe {wav}: could not download speech model 'base.en': "
        "the computer is offline or the model hub is unreachable\n"
    )


def test_importing_over_sessions_says_what_it_skipped(
    one_session: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same archive imported over its own history: nothing stored twice, and said (walk57;
    it refused, naming --replace, which replaced the whole history)."""
    archive = tmp_path / "all.zip"
    assert main(["archive", "export", str(archive)]) == 0
    capsys.readouterr()
    assert main(["archive", "import", str(archive)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("imported 0 session(s), 0 answer(s) and 0 recording(s) from "), out
    assert err.startswith("ml-interview: Already here, not imported again: 1 interview ("), err
    assert main(["archive", "import", "--replace", str(archive)]) == 0


def test_doctor_on_a_full_disk_leaves_nothing_behind_and_says_the_disk_is_full(tmpfs) -> None:  # type: ignore[no-untyped-def]
    """doctor's write probe stayed behind as an empty '.write-test' in the data folder, and
    the folder that was there was said to be one that 'cannot be created'."""
    from simulator.cli.doctor import check_data_dir

    mnt = tmpfs.mount("256k")
    data = mnt / "data"
    paths.set_data_dir(data)
    paths.data_dir()  # made while there was room
    filler = tmpfs.fill(mnt)
    check = check_data_dir()
    assert not check.ok
    assert check.detail == f"the data folder {data} is on a full disk: no space left for new files"
    assert sorted(p.name for p in data.iterdir()) == []
    filler.unlink()
    assert check_data_dir().ok


def test_export_latest_is_the_session_done_last_whatever_the_clock_said(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A session done while the clock was three years ahead (then put right) stayed 'latest'
    for three years: every 'export latest' wrote that one again."""
    import time

    from tests.scores import session_score

    storage = Storage(paths.database_file())
    ahead = storage.create_session(
        {"name": "Clock ahead"}, started_at=time.time() + 3 * 365 * 86400
    )
    storage.add_answer(ahead, "tech.bias-variance", 0, "typed", "first")
    storage.finish_session(ahead, session_score(40))
    now = storage.create_session({"name": "Today"})
    storage.add_answer(now, "tech.bias-variance", 0, "typed", "second")
    storage.finish_session(now, session_score(60))
    storage.close()
    out = tmp_path / "card.md"
    assert main(["export", "latest", "-o", str(out)]) == 0
    assert out.read_text().startswith("# Scorecard: Today")
    assert capsys.readouterr().out == f"exported session {now} as md to {out}\n"


class _StuckSpeaker:
    """An interviewer's voice whose rendering never ends (a stuck voice process)."""

    def __init__(self) -> None:
        from concurrent.futures import Future

        self.pending: Future[str] = Future()
        self.closed = False

    def check_voice(self, timeout: float = 60) -> str:
        return ""

    def render_with(self, text: str, voice_id: str | None = None, rate: int | None = None):  # type: ignore[no-untyped-def]
        return self.pending

    def in_use(self) -> str:
        return "Stuck"

    def close(self) -> None:
        self.closed = True


def test_speak_refuses_a_text_longer_than_any_question_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """20,000 words (100 KB) were rendered for minutes with nothing said, then the wait gave
    up with 'ml-interview: ' and no words."""
    from simulator.cli import speak

    def no_voice() -> None:
        raise AssertionError("the voice was started for a text that is refused")

    monkeypatch.setattr(speak, "_speaker", no_voice)
    text = "word " * 20_000
    assert main(["speak", text, "-o", str(tmp_path / "long.wav")]) == 1
    assert capsys.readouterr().err == (
        f"ml-interview: TEXT is {len(text):,} characters: at most "
        f"{speak.MAX_TEXT_CHARS:,} are spoken (about 15 minutes at 160 words a minute)\n"
    )


def test_speak_that_never_finishes_is_one_line_naming_the_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The wait for the voice raised TimeoutError, an OSError with no words: the command
    printed 'ml-interview: ' alone."""
    from simulator.cli import speak

    stuck = _StuckSpeaker()
    monkeypatch.setattr(speak, "_speaker", lambda: stuck)
    monkeypatch.setattr(speak, "RENDER_TIMEOUT_S", 0.2)
    out = tmp_path / "hello.wav"
    assert main(["speak", "Hello there.", "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"ml-interview: the voice (Stuck) did not finish {out} within 0.2 s: nothing was written\n"
    )
    assert stuck.closed and not out.exists()


@pytest.mark.parametrize(
    ("given", "meant"),
    [
        ("tech.bias-variance ", "tech.bias-variance"),
        ("TECH.BIAS-VARIANCE", "tech.bias-variance"),
        ("tech.bias_variance", "tech.bias-variance"),
        ("bias-variance", "tech.bias-variance"),
    ],
)
def test_an_unknown_question_id_names_the_one_meant(
    tmp_path: Path, given: str, meant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """'unknown question id 'tech.bias-variance ' (see: ml-interview questions)': a trailing
    space, capitals or an underscore, and the person had to find the id among 159 by eye."""
    answer = tmp_path / "answer.txt"
    answer.write_text("Bias underfits; variance overfits.")
    assert main(["score", "--question", given, "--answer-file", str(answer)]) == 1
    assert capsys.readouterr().err == (
        f"ml-interview: unknown question id {given!r}: did you mean {meant}? "
        "(see: ml-interview questions)\n"
    )


def test_an_id_like_none_is_said_without_a_guess(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("x")
    assert main(["score", "--question", "zzz.qqq", "--answer-file", str(answer)]) == 1
    assert capsys.readouterr().err == (
        "ml-interview: unknown question id 'zzz.qqq' (see: ml-interview questions)\n"
    )
