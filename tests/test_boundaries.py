"""Architecture and privacy promises, checked."""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "simulator"


@pytest.mark.parametrize("package", ["core", "speech"])
def test_core_and_speech_never_import_qt(package: str) -> None:
    offenders = []
    for file in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{file.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")
            ]
    assert not offenders


def _imported_modules(file: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
    return names


def test_the_ui_never_imports_the_composition_root() -> None:
    """Services are injected into the window: the UI never reaches for ``simulator.app``."""
    offenders = [
        f"{file.relative_to(ROOT)}: {n}"
        for file in (ROOT / "ui").rglob("*.py")
        for n in _imported_modules(file)
        if n == "simulator.app" or n.startswith("simulator.app.")
    ]
    assert offenders == []


def test_importing_core_and_speech_loads_no_qt() -> None:
    code = (
        "import sys, simulator.core.questions, simulator.core.interview, simulator.core.storage, "
        "simulator.core.scoring, simulator.speech.tts; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# The real voice reads each question aloud: on a loaded 2-core machine a step took over 15 s.
# waitUntil returns as soon as the state is reached, so a quiet run is not slower.
LOADED_MACHINE_MS = 60_000


def test_a_default_interview_opens_no_network_socket(qtbot, monkeypatch, data_dir) -> None:  # type: ignore[no-untyped-def]
    """Privacy is a promise: a whole default session (voice on, real TTS) never opens a network socket."""
    opened: list[tuple[object, ...]] = []
    real_connect = socket.socket.connect

    def watch(self: socket.socket, address: object) -> object:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            opened.append((self.family, address))
            raise AssertionError(f"network connection attempted to {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", watch)
    monkeypatch.setattr(socket.socket, "connect_ex", watch)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: watch(socket.socket(), a[0]))

    from simulator.app import build_services
    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from simulator.ui.main_window import MainWindow

    services = build_services()  # the real defaults: shipped bank, real voice, SQLite in data_dir
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start_interview(Plan(counts={"technical": 1, "behavioral": 1}), True)
    for _ in range(2):
        qtbot.waitUntil(
            lambda: window.controller.state is State.PREPARING, timeout=LOADED_MACHINE_MS
        )
        window.controller.begin_answer()  # as a person pressing Ctrl+Enter during the countdown
        window.controller.submit("I would start with a baseline and look at validation error.")
        qtbot.waitUntil(
            lambda: window.controller.state in (State.REVIEWING, State.FOLLOW_UP),
            timeout=LOADED_MACHINE_MS,
        )
        # A follow-up, if any, is asked as the score arrives: wait until the score has landed
        # (nothing in the background), then for the interviewer to finish reading the follow-up.
        qtbot.waitUntil(
            lambda: (
                not window.controller.busy()
                and window.controller.state is not State.ASKING_FOLLOW_UP
            ),
            timeout=LOADED_MACHINE_MS,
        )
        if window.controller.state is State.FOLLOW_UP:
            window.controller.submit("I would check the validation curve.")
            qtbot.waitUntil(
                lambda: window.controller.state is State.REVIEWING, timeout=LOADED_MACHINE_MS
            )
        window.controller.next_question()
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.scorecard, timeout=LOADED_MACHINE_MS
    )
    window.shutdown()
    assert opened == []


def test_type_checks_cover_every_package() -> None:
    """``make test`` runs mypy on what pyproject names: the UI and the CLI included."""
    import tomllib

    config = tomllib.loads((ROOT.parent / "pyproject.toml").read_text(encoding="utf-8"))
    files = config["tool"]["mypy"]["files"]
    for package in ("core", "speech", "ui", "cli"):
        assert any(f"simulator/{package}".startswith(f.rstrip("/")) for f in files), (
            f"mypy does not check simulator/{package}"
        )
    assert config["tool"]["mypy"]["disallow_untyped_defs"] is True


def test_the_session_core_loads_after_the_first_paint(tmp_path: Path) -> None:
    """Start-up budget: the window paints before the session core (engine, journal, events),
    the interviewer's voice and the review scheduler are imported; they load in idle time right
    after (the voice on a worker, 2 s after the session core), and on first use at the latest. PySide6's check of each imported module keeps no
    source lines (it kept every module's, ~17 MB once the speech engines had loaded).

    The window takes its time to show (as on a busy machine, where building it took 10 s):
    what waits for the paint waits for the paint, not for a time after the window was built.
    Then the event loop runs until all of it has loaded (a minute at most)."""
    code = """
import linecache, sys, time
from simulator.app import open_window
from PySide6.QtWidgets import QApplication
w = open_window()
time.sleep(0.5)  # longer than any wait after the paint: a slow start-up
QApplication.processEvents(); w.grab()
speaker = w.services.speaker
late = ("simulator.core.session.engine", "simulator.speech.tts", "simulator.speech.voices", "fsrs")
def state():
    return ([m for m in late if m in sys.modules], w._controller is not None, speaker.built,
            bool(w.home.due_label.text()))
print("at paint:", *state())
print("sources kept:", sorted(f for f in linecache.cache if "simulator" in f))
deadline = time.monotonic() + 60
while state() != (list(late), True, True, True) and time.monotonic() < deadline:
    QApplication.processEvents()
    time.sleep(0.01)
print("after:", *state())
w.shutdown()
"""
    env = {**os.environ, "ML_INTERVIEW_DATA_DIR": str(tmp_path)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180
    )
    assert "at paint: [] False False False" in out.stdout, out.stderr
    assert "sources kept: []" in out.stdout, out.stderr
    late = (
        "['simulator.core.session.engine', 'simulator.speech.tts', 'simulator.speech.voices', "
        "'fsrs'] True True True"
    )
    assert f"after: {late}" in out.stdout, out.stderr


def test_pyside_module_check_gives_pysides_answer_without_keeping_sources() -> None:
    import importlib
    import linecache

    import PySide6.QtCore  # noqa: F401 (installs the check)
    from shibokensupport import feature

    from simulator.ui.pyside_feature import read_sources_without_keeping_them

    installed = feature._mod_uses_pyside  # ours already, when an earlier test opened the app
    original = getattr(installed, "original", installed)
    feature._mod_uses_pyside = original
    try:
        assert read_sources_without_keeping_them()
        cheap = feature._mod_uses_pyside
        assert cheap is not original and read_sources_without_keeping_them()
        assert feature._mod_uses_pyside is cheap  # replaced once
        linecache.clearcache()
        for name in ("simulator.ui.style", "simulator.core.plan", "json", "math"):
            module = importlib.import_module(name)
            assert cheap(module) == original(module), name  # math: no source file
            linecache.clearcache()  # PySide6's own check fills it: only ours must not
            cheap(module)
            assert not linecache.cache, name
        assert cheap(importlib.import_module("simulator.ui.style"))  # it uses PySide6
    finally:
        feature._mod_uses_pyside = installed
