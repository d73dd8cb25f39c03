"""UI fixtures: a real MainWindow over a small test pack and a real SQLite file in tmp."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

# Loaded here, while the test process has one thread. Loaded later by the first test that plays
# audio, its dlopen logged a Qt message through pytest-qt's Python handler while a worker thread
# held the GIL waiting for the loader's lock (ctypes, an extension import): a deadlock. (Only the
# library: its audio backend binds to a server on first use, and some tests start their own.)
import PySide6.QtMultimedia  # noqa: F401
import pytest

from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.ui.qt_logs import ignore_machine_noise

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


@pytest.hookimpl(tryfirst=True)  # before pytest-qt reads the marks to capture Qt's log
def pytest_runtest_setup(item: pytest.Item) -> None:
    ignore_machine_noise(item)


@pytest.fixture(autouse=True, scope="session")
def _one_font_on_every_machine(qapp):  # type: ignore[no-untyped-def]
    """Layout tests measure how text wraps, so they use the font packaging/system-deps.sh
    installs, DejaVu Sans at the size Qt gives it here, not whatever else the machine has: on
    the CI machine the scorecard's tips wrapped to one more line than here and a header bound
    failed by 6 px."""
    from PySide6.QtGui import QFont, QFontDatabase

    if "DejaVu Sans" in QFontDatabase.families():
        qapp.setFont(QFont("DejaVu Sans", 9))
    yield


@pytest.fixture(autouse=True)
def _the_same_questions_on_every_run(request, monkeypatch):  # type: ignore[no-untyped-def]
    """A plan's questions are drawn at random; a test draws the same ones on every run and
    machine (seeded from its name; each draw of a test still differs from its last), so an
    outcome that depends on the draw (how far a prompt wraps at 960 x 640) cannot pass here
    and fail elsewhere."""
    from simulator.core import plan as plans
    from simulator.ui import interview_start

    seeds = random.Random(zlib.crc32(request.node.nodeid.encode("utf-8")))

    def choose(bank, plan, seed=None):  # type: ignore[no-untyped-def]
        return plans.choose_questions(bank, plan, seeds.getrandbits(32) if seed is None else seed)

    monkeypatch.setattr(interview_start, "choose_questions", choose)


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    bank = load_packs([PACK])
    assert not bank.problems, bank.problems
    storage = Storage(data_dir / "sessions.sqlite3")
    settings = Settings(voice_enabled=False, follow_ups=True)
    yield Services(bank=bank, storage=storage, settings=settings, speaker=None)
    storage.close()


@pytest.fixture
def window(qtbot, services: Services):  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    yield w
    w.shutdown()


@pytest.fixture
def run_child_pytest(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run some tests in a child pytest process with extra environment.

    Qt binds to one audio server per process, for good, so tests that need a particular server
    (a virtual microphone, or none at all) run in a process that starts with it. The child must
    pass every selected test and skip none."""

    def run(
        target: Path, select: str, env_extra: dict[str, str], expected: int | None = None
    ) -> None:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "--basetemp",
                str(tmp_path / "child"),
                str(target),
                "-k",
                select,
            ],
            env=dict(os.environ, **env_extra),
            capture_output=True,
            text=True,
            # a wait for the child, not a speed goal: at load 24 on the two cores a child with
            # a virtual microphone took over 240 s; under the suite's 600 s hang timeout
            timeout=540,
        )
        output = result.stdout[-4000:] + result.stderr[-2000:]
        assert result.returncode == 0, output
        summary = result.stdout.strip().splitlines()[-1]
        assert re.search(r"\b\d+ passed\b", summary), output
        if expected is not None:
            assert re.search(rf"\b{expected} passed\b", summary), output
        assert not re.search(r"skipped|xfail|error", summary), output

    return run


@pytest.fixture(params=["light", "dark"])
def themed(request):  # type: ignore[no-untyped-def]
    """The app's own style sheet, light and dark, as a person sees it: its padding sets the
    widgets' sizes, so layout tests run under both."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui.style import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param)
    yield request.param
    apply_theme(app, "light")


@pytest.fixture
def held(services: Services, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The interviewer's voice held until the test calls ``held.finish()`` (tests/ui/stand_ins.py)."""
    from simulator.ui.interviewer_voice import InterviewerVoice
    from tests.ui.stand_ins import HeldSpeaker

    speaker = HeldSpeaker(tmp_path / "silence.wav")
    # the held speaker stands for a voice being heard: this process may have no audio output,
    # and a voice known to be unheard is not waited for
    monkeypatch.setattr(InterviewerVoice, "known_unheard", lambda _self: False)
    services.speaker = speaker
    services.settings.voice_enabled = True
    return speaker
