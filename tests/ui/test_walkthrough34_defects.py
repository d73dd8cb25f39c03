"""Walkthrough 34 (keyboard only, a new user, a spoken interview, then Review, Practise again,
exports, Progress, Settings and Help; light and dark, 960x640 and 1600x1000): what the window
showed wrong, each a test that failed before its fix."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCharts import QCategoryAxis, QChartView
from PySide6.QtCore import Qt

from simulator.core.progress import Progress, SessionPoint
from tests.ui.waits import HANG_MS

STAR = {"situation": 20.0, "task": 10.0, "action": 50.0, "result": 20.0}


def _point(sid: int, when: float, star: bool = False) -> SessionPoint:
    return SessionPoint(
        sid, when, "Quick practice", 60 + sid, {"technical": 60}, 130.0, 2.0,
        dict(STAR) if star else None,
    )  # fmt: skip


def _progress_page(qtbot, points: list[SessionPoint], size: tuple[int, int] = (960, 600)):  # type: ignore[no-untyped-def]
    from simulator.ui.pages.progress import ProgressPage

    page = ProgressPage()
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.show_progress(Progress(points=points, answers=len(points)))
    qtbot.wait(50)  # the plot areas settle; the dates are fitted to them
    return page


def _x_axis(view: QChartView) -> QCategoryAxis:
    (axis,) = view.chart().axes(Qt.Orientation.Horizontal)
    assert isinstance(axis, QCategoryAxis)
    return axis


def _ticks(axis: QCategoryAxis) -> list[datetime]:
    """The dates drawn (each label at its own time)."""
    return [datetime.fromtimestamp(axis.endValue(t) / 1000) for t in axis.categoriesLabels()]


def test_progress_charts_share_one_time_axis(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Three sessions over 27 minutes, one of them with a behavioral answer: the scores chart
    spanned about 40 minutes and the STAR chart a whole day around its single point, so the
    same session stood at two different places on two charts side by side."""
    start = datetime(2026, 12, 3, 16, 12, 0).timestamp()
    points = [_point(1, start), _point(2, start + 15 * 60, star=True), _point(3, start + 27 * 60)]
    page = _progress_page(qtbot, points)
    ranges = {
        view.objectName(): (_x_axis(view).min(), _x_axis(view).max())
        for view in (page.scores_chart, page.delivery_chart, page.star_chart)
    }
    # The same span, to within a dot's room (the axis ends a dot's radius beyond the sessions,
    # in each chart's own pixels, since ux42b): no longer a day beside 40 minutes.
    span = max(hi - lo for lo, hi in ranges.values())
    for ends in zip(*ranges.values(), strict=True):
        assert max(ends) - min(ends) < 0.03 * span, ranges


@pytest.mark.parametrize(
    ("offsets", "step_minutes", "most_hours"),
    [
        # (five and ten minutes since a short history stands in a quarter hour: walkthrough 43)
        ([0.0], (5, 10, 15), 3),  # one session
        ([0.0, 27 * 60.0], (5, 10, 15, 30, 60), 3),  # two, minutes apart
        ([0.0, 3 * 3600.0, 9 * 3600.0], (60, 120, 180, 360, 720), 24),  # one long day
    ],
)
def test_progress_dates_fall_on_round_times(qtbot, offsets, step_minutes, most_hours) -> None:  # type: ignore[no-untyped-def]
    """The dates under a chart read as a person would mark a clock: whole five minutes,
    quarter hours, half hours or hours (each a multiple of its step), not 15:47, 16:01, 16:15
    (the span's ends with a margin), and never a day of ticks six hours apart around one
    session that took minutes."""
    start = datetime(2026, 12, 3, 16, 7, 41).timestamp()
    points = [_point(i + 1, start + o, star=True) for i, o in enumerate(offsets)]
    page = _progress_page(qtbot, points)
    for view in (page.scores_chart, page.star_chart):
        axis = _x_axis(view)
        ticks = _ticks(axis)
        assert 2 <= len(ticks) <= 5
        gaps = {round((b - a).total_seconds() / 60) for a, b in zip(ticks, ticks[1:], strict=False)}
        assert len(gaps) == 1 and (step := gaps.pop()) in step_minutes, ticks
        assert all(t.second == 0 and t.minute % min(step, 60) == 0 for t in ticks), ticks
        lo, hi = axis.min() / 1000, axis.max() / 1000
        assert all(lo < p.when < hi for p in points)
        # minutes of practice are not drawn on a day-wide axis
        assert hi - lo <= most_hours * 3600


def test_progress_weeks_of_sessions_read_whole_days(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Many sessions over six weeks: the dates are midnights a whole number of days apart,
    the first and last session inside the axis, at a small window and a large one."""
    start = datetime(2026, 10, 20, 18, 40).timestamp()
    points = [_point(i + 1, start + i * 1.05 * 86400, star=i % 3 == 0) for i in range(40)]
    for size in ((960, 600), (1600, 960)):
        page = _progress_page(qtbot, points, size)
        for view in (page.scores_chart, page.delivery_chart, page.star_chart):
            axis = _x_axis(view)
            ticks = _ticks(axis)
            assert 2 <= len(ticks) <= 5
            assert all((t.hour, t.minute) == (0, 0) for t in ticks), ticks
            assert all(":" not in t for t in axis.categoriesLabels())  # the day alone
            lo, hi = axis.min() / 1000, axis.max() / 1000
            assert lo < points[0].when and points[-1].when < hi
            assert hi - points[-1].when < 6 * 86400  # not weeks of dates still to come


def test_settings_look_for_downloaded_models_off_the_gui_thread(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Opening Settings looked at each downloadable model's files on the GUI thread (a slow
    or sleeping disk held the window), and again on every pick in the list. Now a worker
    looks; the list says what it found."""
    from simulator.settings import Settings
    from simulator.speech import models
    from simulator.ui.settings_dialog import SettingsDialog

    folder = models.model_folder("base.en")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.bin").write_bytes(b"x")
    looked_from: list[threading.Thread] = []
    real = models.is_downloaded

    def watched(name: str) -> bool:
        looked_from.append(threading.current_thread())
        return real(name)

    monkeypatch.setattr(models, "is_downloaded", watched)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    speech = dialog.speech
    base = "Whisper base.en (downloaded, offline)"
    qtbot.waitUntil(lambda: speech.model.findText(base) >= 0, timeout=HANG_MS)
    speech.model.setCurrentIndex(speech.model.findData("small.en"))
    speech.model.activated.emit(speech.model.currentIndex())  # a model to download
    assert not speech.download_button.isHidden()
    speech.model.setCurrentIndex(speech.model.findData("base.en"))
    speech.model.activated.emit(speech.model.currentIndex())  # one that is here
    assert speech.chosen_model() == "base.en" and speech.download_button.isHidden()
    assert looked_from and threading.main_thread() not in looked_from


def test_review_exports_its_session_as_the_scorecard_does(
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Export was only on the scorecard: reviewing answers, Ctrl+S did nothing and no button
    said how; the person had to go back to the scorecard. Review now has Export… (Ctrl+S),
    the same dialog, file and status line."""
    from simulator.ui import export_dialog
    from tests.scores import session_score

    storage = services.storage
    sid = storage.create_session({"name": "t", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.")
    storage.finish_session(sid, session_score(10))
    target = tmp_path / "card.md"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda _p, _s: (str(target), ""))
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: window.stack.currentWidget() is review, timeout=HANG_MS)
    qtbot.keyClick(review, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=HANG_MS)
    assert "It memorizes noise." in target.read_text(encoding="utf-8")
    # on the page's own status line, between its buttons (walk62)
    qtbot.waitUntil(lambda: str(target) in review.status_line.full, timeout=HANG_MS)
    assert review.export_button.text().replace("&", "") == "Export…"
    assert "Ctrl+S" in review.export_button.toolTip()


def test_star_chart_shows_a_share_above_eighty_percent(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Early stories told almost all as situation (95 %) ran off the top of the STAR chart,
    whose scale stopped at 80 %: the line left the chart and came back, its top unread."""
    start = datetime(2026, 10, 20, 18, 40).timestamp()
    points = [_point(1, start, star=True), _point(2, start + 86400, star=True)]
    assert points[0].star is not None
    points[0].star.update(situation=95.0, task=0.0, action=5.0, result=0.0)
    page = _progress_page(qtbot, points)
    # the scale's top (the axis itself reaches a dot's radius beyond it, walkthrough 37)
    (axis,) = page.star_chart.chart().axes(Qt.Orientation.Vertical)
    assert axis.max() >= 95  # type: ignore[attr-defined]
    assert axis.property("scale")[1] == 100
    page.show_progress(Progress(points=points[1:], answers=1))  # shares all under 80: as before
    (axis,) = page.star_chart.chart().axes(Qt.Orientation.Vertical)
    assert axis.property("scale")[1] == 80


def test_a_model_picked_before_the_look_is_decided_once_it_is_done(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A pick made while the worker still looks is held and decided by what it finds."""
    from simulator.settings import Settings
    from simulator.speech import models
    from simulator.ui.settings_dialog import SettingsDialog

    folder = models.model_folder("base.en")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.bin").write_bytes(b"x")
    release = threading.Event()
    real = models.downloaded_models

    def slow() -> frozenset[str]:
        release.wait(30)
        return real()

    monkeypatch.setattr(models, "downloaded_models", slow)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    speech = dialog.speech
    speech.model.setCurrentIndex(speech.model.findData("base.en"))
    speech.model.activated.emit(speech.model.currentIndex())
    assert "Looking for base.en" in speech.status.text()
    assert speech.chosen_model() == ""  # nothing chosen on a guess
    release.set()
    qtbot.waitUntil(lambda: speech.chosen_model() == "base.en", timeout=HANG_MS)
    assert speech.model.currentText() == "Whisper base.en (downloaded, offline)"
    assert speech.download_button.isHidden()


def test_a_page_opened_while_the_start_waits_takes_back_its_promise(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Review asked for from Home (Ctrl+Shift+R) opened late on a busy machine, after Space had
    pressed Resume: Review showed with "Preparing the speech model… the interview starts as
    soon as it has loaded." under it for 8 s, and no interview ever started (the page opened
    meanwhile wins). The line goes as the other page opens."""
    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from simulator.ui.interview_start import SPEECH_WAIT_TEXT, SpeechWait
    from tests.ui.test_start_waits_for_speech_model import _model_built, _model_loading

    _model_loading(window, [])
    window.start_interview(Plan(counts={"technical": 1}), False)
    assert window.statusBar().currentMessage() == SPEECH_WAIT_TEXT
    window.stack.setCurrentWidget(window.scorecard)  # a past session's page meanwhile
    assert window.statusBar().currentMessage() != SPEECH_WAIT_TEXT
    wait = window.findChild(SpeechWait)
    assert wait is not None and not wait.holding
    _model_built(window)
    assert window.controller.state is State.IDLE
    assert window.stack.currentWidget() is window.scorecard
