"""Defects seen in walkthrough 38 (ux38), a new user's keyboard-only walk through the real
window, light and dark, at 1280x800 and 960x640. Each test fails before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.ui.waits import HANG_MS


def _window_over_broken_packs(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow
    from tests.ui.waits import wait_for_bank

    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    # one pack that is not YAML, one whose question lacks fields
    (packs / "a_broken.yaml").write_text("questions:\n  - id: [\n", encoding="utf-8")
    (packs / "b_short.yaml").write_text(
        "questions:\n  - id: mine.short\n    category: technical\n    topic: ml\n",
        encoding="utf-8",
    )
    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=None, storage=storage, settings=Settings(voice_enabled=False), speaker=None
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    wait_for_bank(qtbot, services)
    return window, storage


def test_the_pack_problems_dialog_says_to_start_again_once(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The dialog's summary said "Fix the files and start the app again", and the broken
    file's own problem under it said "fix it and start the app again." once more (and
    "... checks a pack without starting it" made it three starts in two lines)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit

    window, storage = _window_over_broken_packs(qtbot, data_dir)
    try:
        action = window.findChild(QAction, "packProblemsAction")
        qtbot.waitUntil(action.isEnabled, timeout=HANG_MS)
        action.trigger()
        dialog = window.findChild(QDialog, "packProblemsDialog")
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=HANG_MS)
        summary = dialog.findChild(QLabel, "packProblemsSummary").text()
        listing = dialog.findChild(QPlainTextEdit, "packProblemsList").toPlainText()
        said = f"{summary}\n{listing}".lower()
        assert "a_broken.yaml" in listing and "b_short.yaml" in listing, listing
        # (since ux39 the packs are read again without a restart: Reload packs, F5)
        assert said.count("start") == 0 and said.count("reload") == 1, said
        assert "reload packs (f5)" in summary.lower(), summary
        dialog.reject()
    finally:
        window.shutdown()
        storage.close()


@pytest.mark.parametrize(
    "offsets",
    [
        (135, 427, 2441, 3515),  # within an hour, the first and last near its ends
        (403, 5888, 6401, 8327, 10465),  # three hours
        (1634, 15240, 32252, 40347, 41731),  # a day
        (3283, 10361, 10738, 37855, 82695, 85360),  # two days
    ],
)
def test_the_first_and_last_session_show_whole_on_the_progress_charts(qtbot, offsets) -> None:  # type: ignore[no-untyped-def]
    """Progress at 960x640: the date axis' ends lay a share of the sessions' span beyond the
    first and last session (as little as 5 px), and their dots, up to 15 px wide, were cut by
    the plot's frame. Every dot now lies whole inside the plot area."""
    from datetime import datetime

    from PySide6.QtCharts import QLineSeries
    from PySide6.QtCore import QRectF

    from simulator.core.progress import Progress, SessionPoint
    from simulator.ui.pages.progress import ProgressPage

    midnight = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
    start = midnight - 7 * 86400
    page = ProgressPage()
    qtbot.addWidget(page)
    page.resize(960, 640)
    page.show()
    points = [
        SessionPoint(n, start + offset, "Mixed", 50 + n, {"technical": 60, "case": 40,
                     "behavioral": 70}, None, None, None)
        for n, offset in enumerate(offsets)
    ]  # fmt: skip
    page.show_progress(Progress(points=points, answers=len(points)))
    chart = page.scores_chart.chart()
    qtbot.waitUntil(lambda: chart.plotArea().width() > 50, timeout=5000)
    area = chart.plotArea()
    for series in chart.series():
        assert isinstance(series, QLineSeries)
        radius = series.markerSize()  # Qt Charts draws the size as the radius
        for point in series.points():
            at = chart.mapToPosition(point, series)
            dot = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
            assert area.left() <= dot.left() and dot.right() <= area.right(), (
                series.name(), dot, area,
            )  # fmt: skip


def test_the_interrupted_banner_says_the_date_as_the_list_beside_it(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Home after an interview was cut short: the banner said "started on 03 Dec at 22:08"
    over the Past sessions list, which (like the scorecard, History and the exports since
    ux36) says "2026-12-03 22:05"."""
    from simulator.core.tables import shown_when

    storage = services.storage
    sid = storage.create_session({"name": "Full loop", "question_ids": ["tech.q0", "tech.q1"]})
    storage.add_answer(sid, "tech.q0", 0, "typed", "Overfitting is memorizing noise.")
    record = storage.session(sid)
    window.home.offer_resume(record)
    day, clock = shown_when(record.started_at).split(" ")
    text = window.home.resume_banner.text()
    assert f"started on {day} at {clock} was interrupted" in text, text


def test_an_overall_of_off_question_stories_is_not_green(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """A behavioral drill whose two stories were both off the question asked (74 and 75): each
    was amber in the list and the detail (walkthrough 33b), and their overall of 74 was green
    in the ring above them. The ring, and every export's overall, is at best amber then; one
    story on the question keeps the mean's own colour. (Their mean, 74.5, shows as 75 since
    round 45: a half goes up everywhere.)"""
    from simulator.core.export import render
    from simulator.core.scoring.results import AnswerScore
    from simulator.core.tables import GOOD, WARN
    from tests.scores import session_score

    def story(overall: int, off: bool) -> AnswerScore:
        star = {"parts": {p: {"share": 0.25} for p in ("situation", "task", "action", "result")}}
        if off:
            star["off_question"] = ["deadline"]
        return AnswerScore.from_dict(
            {
                "question_id": "beh.conflict",
                "category": "behavioral",
                "overall": overall,
                "components": {"content": None, "structure": overall, "delivery": None},
                "star": star,
            }
        )

    storage = services.storage
    sessions = []
    for second_off in (True, False):
        sid = storage.create_session(
            {"name": "Behavioral drill", "question_ids": ["beh.conflict", "beh.conflict"]}
        )
        storage.add_answer(sid, "beh.conflict", 0, "typed", "A story.", score=story(74, True))
        storage.add_answer(
            sid, "beh.conflict", 1, "typed", "Another story.", score=story(75, second_off)
        )
        storage.finish_session(sid, session_score(74, {"behavioral": 74}))
        sessions.append(sid)
    for sid, colour in zip(sessions, (WARN, GOOD), strict=True):
        window.open_scorecard(sid)
        page = window.scorecard
        qtbot.waitUntil(
            lambda sid=sid, page=page: page._card is not None and page._card.session_id == sid,
            timeout=HANG_MS,
        )
        # The mean of 74 and 75 is shown by the one rounding rule, a half up (mean_score)
        assert page.overall.text() == "75"
        assert page.overall.color() == colour, (sid, page.overall.color())
        html = render("html", services.storage.session(sid), services.bank)
        assert f"--c: {colour}" in html, sid


@pytest.mark.parametrize("opens", [False, True])
def test_open_folder_says_so_when_nothing_can_open_it(
    qtbot, data_dir: Path, monkeypatch, opens
) -> None:  # type: ignore[no-untyped-def]
    """Settings → Appearance & data → Open folder, on a computer with no program to open
    folders: Enter on the button did nothing at all, a dead end. It now says so, with the
    folder's path; where the folder opens, nothing is said."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QLabel, QPushButton

    from simulator.ui.settings_dialog import SettingsDialog

    asked: list[str] = []

    def open_url(url) -> bool:  # type: ignore[no-untyped-def]
        asked.append(url.toLocalFile())
        return opens

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "openDataDir")
    assert button is not None
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert asked, "the button asked nothing to open the folder"
    said = dialog.findChild(QLabel, "openDataDirFailed")
    assert said is not None
    assert said.isHidden() is opens, said.text()
    if not opens:
        assert "No program to open folders" in said.text() and asked[0] in said.text()
