"""Walkthrough 48 (keyboard only, a fresh data folder and one with history, 960x640 and
1280x800, light and dark, typed and spoken answers through a PulseAudio virtual microphone):
what the interview page showed that had not happened, or said what the person could not do."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL, FakeMic, spoken_mode, wait_state, walk_to_follow_up


def test_the_follow_up_reading_shows_the_time_used_r48(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """While a follow-up was read the clock said "0:00 of 8:00", and once its answer began
    "0:06 of 8:00 (first answer 0:03 + follow-up)": the question's time had gone back to nothing
    and then jumped (walkthrough 48, the case question's follow-up, 1280x800). The reading
    shows the time the answer used, as the follow-up's answer then counts on from it."""
    walk_to_follow_up(qtbot, window, held)
    page = window.interview
    shown = page.clock.text()
    assert "(first answer" in shown, shown
    held.finish()  # the follow-up has been read: its answer starts from there
    wait_state(qtbot, window, State.FOLLOW_UP)
    assert "(first answer" in page.clock.text(), page.clock.text()


def test_a_spoken_interview_s_introduction_speaks_of_a_caption_r48(qtbot, held, window) -> None:  # type: ignore[no-untyped-def]
    """A spoken interview's introduction: the empty box said "Your answers go here, once the
    first question has been asked.", a box to type in, where every later empty box of a spoken
    answer says its live caption appears there (walkthrough 48, 960x640 dark, first run)."""
    FakeMic(window, heard=[])
    spoken_mode(window)
    window.start_interview(Plan(counts={"technical": 1}), True)
    wait_state(qtbot, window, State.BRIEFING)
    assert window.controller.core.interview.spoken
    shown = window.interview.answer.placeholderText()
    assert "caption" in shown and "go here" not in shown, shown
    qtbot.keyClick(window.interview, Qt.Key.Key_Return, CTRL)  # past the introduction
    wait_state(qtbot, window, State.ASKING)
    assert "caption" in window.interview.answer.placeholderText()


def test_the_follow_up_setting_does_not_promise_one_for_every_missed_point_r48(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Settings said "After an answer that leaves out a key point, the interviewer asks one
    short question about it": two answers of walkthrough 48 left out weight-3 key points and no
    follow-up came (a question has follow-ups for some of its key points: 246 of the bank's 721),
    nor does one come after an answer that reached no key point, nor a second one."""
    from PySide6.QtWidgets import QLabel

    from simulator.settings import Settings
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(follow_ups=True))
    qtbot.addWidget(dialog)
    said = [w.text() for w in dialog.findChildren(QLabel)]
    said = [t for t in said if "key point" in t and "interviewer" in t]
    assert said and all("may ask" in t and "one per question" in t for t in said), said


def test_a_custom_plan_comes_back_as_it_was_started_r48(qtbot, services, window) -> None:  # type: ignore[no-untyped-def]
    """A Custom plan of Technical and Behavioral, 2 questions, started and then the app closed:
    the next start opened on "Custom" with all three categories ticked and 5 questions, "2
    technical, 2 behavioral, 1 case study" (walkthrough 48, the data folder with history at
    960x640): Ctrl+Enter would have started a plan nobody chose. Its categories, count and
    topics come back with it."""
    from simulator.settings import Settings
    from simulator.ui.pages.home import CUSTOM, HomePage
    from simulator.ui.pages.home_custom import custom_of

    home = window.home
    qtbot.waitUntil(lambda: home.topics.count() > 0, timeout=10000)
    home.preset.setCurrentIndex(home.preset.findData(CUSTOM))
    home.category_boxes["case"].setChecked(False)
    home.category_boxes["behavioral"].setChecked(False)
    home.count.setValue(1)
    home.topics.item(0).setSelected(True)  # the pack's first topic is a technical one
    chosen = home.custom_choice()
    assert chosen.categories == ("technical",) and chosen.count == 1
    assert len(chosen.topics) == 1
    assert home.start_button.isEnabled(), home.summary.text()
    qtbot.keyClick(home.preset, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.controller.state is not State.IDLE, timeout=10000)
    qtbot.waitUntil(lambda: Settings.load().custom_count == 1, timeout=10000)

    kept = Settings.load()  # the next start's Home
    again = HomePage(kept.voice_enabled, kept.answer_mode, plan=kept.plan, custom=custom_of(kept))
    qtbot.addWidget(again)
    assert again.preset.currentData() == CUSTOM
    again.set_bank(services.bank)
    assert again.custom_choice() == chosen, again.custom_choice()
    assert again.summary.text().startswith("1 technical on "), again.summary.text()


def test_progress_dates_are_not_cut_at_the_chart_s_edge_r48(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Two sessions nine minutes apart, Progress at 960x640: under "Scores over time" and "STAR
    balance over time" the last date read "5 Dec 04:5", its last figure beyond the chart's right
    edge (walkthrough 48, light and dark; the pace chart beside them, with an axis on its right,
    showed "5 Dec 04:50" whole). Every date drawn stands whole inside its chart."""
    import time

    from PySide6.QtCharts import QCategoryAxis
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from tests.ui.typed_session import stored_typed_session
    from tests.ui.waits import HANG_MS

    answers = {
        "tech.overfit": "Overfitting is when the model memorises noise in the training data.",
        "beh.conflict": "I disagreed with a colleague about the release date. I set up a "
        "meeting and proposed a staged launch. We shipped a week later with no incident.",
    }
    base = (time.time() // 300) * 300 - 3600  # an hour ago, at a round five minutes
    for minutes in (3, 12):  # the half-hour around them ends at a round date
        sid = stored_typed_session(services.storage, services.bank, answers, {"name": "Loop"})
        services.storage._write(
            "UPDATE sessions SET started_at = ? WHERE id = ?", (base + minutes * 60, sid)
        )
    window.place_on_screen(QRect(0, 0, 960, 640), None)
    window._open_progress()
    page = window.past.progress
    qtbot.waitUntil(lambda: page.progress is not None, timeout=HANG_MS)
    for _ in range(3):
        QApplication.processEvents()
    font = QFont(page.scores_chart.font())
    font.setPixelSize(11)
    metrics = QFontMetrics(font)
    for view in (page.scores_chart, page.star_chart):
        chart = view.chart()
        axis = next(a for a in chart.axes() if isinstance(a, QCategoryAxis))
        plot = chart.plotArea()
        per_ms = plot.width() / (axis.max() - axis.min())
        for text in axis.categoriesLabels():
            centre = plot.left() + (axis.endValue(text) - axis.min()) * per_ms
            half = metrics.horizontalAdvance(text) / 2
            assert centre - half >= 0 and centre + half <= chart.size().width(), (
                text,
                centre,
                half,
                chart.size().width(),
            )
