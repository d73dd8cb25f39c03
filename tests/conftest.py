"""Shared test set-up: offscreen Qt and a private data dir for every test."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

# pytest aborts when Qt finds neither a display nor a platform; tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may reach a person's real audio server by accident; tests that need one start their own.
os.environ.setdefault("QT_AUDIO_BACKEND", "pulseaudio")

# Qt keeps its own state (a file dialog's history, last folder and column widths) in
# $XDG_CONFIG_HOME/QtProject.conf: the tests wrote a person's real ~/.config/QtProject.conf
# (walkthrough 60). Every test process, and each process it starts, gets a config folder of its
# own before Qt reads the variable; HOME itself stays (speech models are cached under it).
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="simulator-tests-config-")
atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)

from simulator import paths  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``in_child(ENV)`` run only in the child process that a parent test starts
    with ENV set (Qt binds to one audio server per process). Elsewhere they are deselected, not
    reported as skipped: they do run, inside their parent test."""
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        marker = item.get_closest_marker("in_child")
        child_here = marker is None or bool(os.environ.get(marker.args[0]))
        (keep if child_here else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Captured output and logs with a lone surrogate (a non-UTF-8 file name, a pasted half of
    a pair: the app logs them escaped, pytest's own capture keeps them raw) shown escaped, so the
    report can be sent from a pytest-xdist worker (make test), which refuses them otherwise."""
    report.sections = [
        (title, text.encode("utf-8", "backslashreplace").decode("utf-8"))
        for title, text in report.sections
    ]
    _note_left_running(report)


@pytest.fixture(autouse=True)
def no_bare_core_application() -> Iterator[None]:
    """A test that leaves a QCoreApplication behind (``doctor`` run in-process makes one to list
    audio devices) fails itself: otherwise every window test after it errors, as a QApplication
    cannot be made beside it (380 errors in one run, none naming the test that caused them)."""
    yield
    core = sys.modules.get("PySide6.QtCore")
    app = core.QCoreApplication.instance() if core is not None else None
    if app is not None and type(app) is core.QCoreApplication:
        pytest.fail(
            "this test left a QCoreApplication behind: run what makes it in a child process"
        )


# The app's owner threads: each serves a queue until its owner is closed. Left running by a
# test, one went on in the later tests of the same process (make test: several processes, each
# running whole files): a Piper voice closed while loading once held the speech turn there and
# the next Whisper load waited 10 minutes (round 43's CI hang).
_OWNER_THREADS = ("piper-voice", "piper-voice-free", "tts-owner")
_ENDING_S = 2.0  # a closed owner's thread ends within microseconds: one still running is left
_LEFT = "left running"
_left_running: list[str] = []  # "test id: what", gathered from every process's reports


def _voice_processes() -> set[int]:
    module = sys.modules.get("simulator.speech.piper_process")
    return set(module._live) if module is not None else set()


@pytest.fixture(autouse=True)
def no_voice_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """Names the test that leaves a voice's thread or process running: listed at the end of
    the run (not a failure: a close's join may give up under load, and the test did its part).
    Cheap: the threads are listed twice; one that has not ended gets ``_ENDING_S``."""
    before = {thread.ident for thread in threading.enumerate()}
    processes = _voice_processes()
    yield
    threads = [
        thread
        for thread in threading.enumerate()
        if thread.ident not in before and thread.name in _OWNER_THREADS
    ]
    for thread in threads:
        thread.join(timeout=_ENDING_S)
    left = sorted(thread.name for thread in threads if thread.is_alive())
    left += [f"voice process {pid}" for pid in sorted(_voice_processes() - processes)]
    if left:
        request.node.user_properties.append((_LEFT, ", ".join(left)))


def _note_left_running(report: pytest.TestReport) -> None:
    """Reports reach the main process from pytest-xdist's workers with their properties."""
    for key, value in report.user_properties:
        if key == _LEFT and report.when == "teardown":
            _left_running.append(f"{report.nodeid}: {value}")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _left_running:
        terminalreporter.section("tests that left a voice running")
        for line in _left_running:
            terminalreporter.line(line)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data dir, so nothing touches real user data."""
    target = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(target))
    paths.set_data_dir(None)
    yield target
    paths.set_data_dir(None)


class Tmpfs:
    """Small real filesystems for storage fault tests (a full disk, a read-only folder).
    Needs root; a test is skipped where none can be mounted."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.mounted: list[Path] = []

    def mount(self, size: str = "256k") -> Path:
        import subprocess

        where = self.base / f"mnt{len(self.mounted)}"
        where.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root")
        cmd = ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
        self.mounted.append(where)
        return where

    def ext4(self, size: str = "8M") -> Path:
        """A real ext4 file system (a loop device) that turns read-only on its first error,
        as a failing disk does: ``force_read_only`` then stops every write, even through
        files already open (a tmpfs cannot be remounted read-only while files are open)."""
        import subprocess

        where = self.base / f"mnt{len(self.mounted)}"
        where.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a file system needs root")
        image = self.base / f"{where.name}.img"
        subprocess.run(["truncate", "-s", size, str(image)], check=True)
        made = subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], capture_output=True)
        cmd = ["mount", "-o", "loop,errors=remount-ro", str(image), str(where)]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if made.returncode != 0 or done.returncode != 0:
            pytest.skip(f"cannot mount an ext4 image: {done.stderr.strip() or made.stderr!r}")
        self.mounted.append(where)
        where.chmod(0o700)
        return where

    def force_read_only(self, where: Path) -> None:
        """The kernel's own reaction to a disk error (ext4 errors=remount-ro)."""
        mounts = Path("/proc/mounts").read_text().splitlines()
        device = next(line.split()[0] for line in mounts if line.split()[1] == str(where))
        Path(f"/sys/fs/ext4/{Path(device).name}/trigger_fs_error").write_text("1")

    def fill(self, where: Path) -> Path:
        """Take all the space left on the file system of ``where``, as another program would
        (a file of random bytes, returned so the test can free it again)."""
        filler = where / "filler.bin"
        # Unbuffered: a buffered file keeps the part of the last block that did not fit and
        # raises ENOSPC again when it closes, depending on how much space was left (round 45:
        # a few more bytes in the database made two disk-fault tests fail here).
        with filler.open("wb", buffering=0) as out:
            try:
                while True:
                    out.write(os.urandom(64 * 1024))
                    out.flush()
            except OSError:
                pass  # the disk is full
        return filler

    def read_only(self, where: Path) -> None:
        import subprocess

        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)

    def unmount_all(self) -> None:
        import subprocess

        for where in self.mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Tmpfs]:
    helper = Tmpfs(tmp_path)
    yield helper
    helper.unmount_all()
