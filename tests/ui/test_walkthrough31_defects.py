"""Walkthrough 31 (ux31, keyboard only, in a real X window at 960x640 and 1280x800, light and
dark, a new user with an empty data folder): each defect seen there, through the real window
(offscreen here)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from simulator.core.star import PhaseTime
from simulator.core.tables import STAR_PARTS
from tests.ui.waits import HANG_MS


def _phases(current: str) -> list[PhaseTime]:
    return [
        PhaseTime(phase=p, elapsed_s=4.0, target_s=24.0, status="ok", current=p == current)
        for p in STAR_PARTS
    ]


@pytest.mark.parametrize("current", STAR_PARTS)
def test_the_star_timer_outlines_the_current_part_whole(qtbot, current: str) -> None:  # type: ignore[no-untyped-def]
    """Behavioral answer, typed, Ctrl+4 (Result): the outline that marks the current part ran
    past the timer's right edge, its right side and rounded corners cut off (the first part's
    left side likewise): the outline is drawn 2 px outside its bar, and the bars filled the
    widget from edge to edge."""
    from simulator.ui.widgets.star_timer import StarTimerWidget

    timer = StarTimerWidget()
    qtbot.addWidget(timer)
    timer.resize(896, 46)  # the interview page's width at 960 x 640
    timer.set_phases(_phases(current))
    (outline,) = [o for o, p in zip(timer.outlines(), STAR_PARTS, strict=True) if p == current]
    assert QRectF(timer.rect()).contains(outline), (outline, timer.rect())
    bars = timer.bars()
    labels = [where for where, _ in timer.labels()]
    assert [b.left() for b in bars] == [w.left() for w in labels]  # the names stay under


def test_the_pack_problems_message_fits_beside_its_button(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    """A new user's first start with two broken packs, window 960 x 640: the status line read
    "7 problems in question packs (mine.yaml and other.yaml), skipped: Help → Question pack
    proble", cut off under the lasting "7 problems in question packs…" button, the way to the
    list lost. The message is the longest of its wordings that fits beside the button."""
    from PySide6.QtWidgets import QPushButton

    from simulator.core.storage import Storage
    from simulator.services import Services
    from simulator.settings import Settings
    from simulator.ui.main_window import MainWindow
    from tests.ui.waits import wait_for_bank

    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    for name in ("my_interview_questions_2026.yaml", "team_pack_for_the_platform_role.yaml"):
        (packs / name).write_text("questions:\n  - id: [\n", encoding="utf-8")
    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=None, storage=storage, settings=Settings(voice_enabled=False), speaker=None
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(960, 640)
    window.show()
    try:
        wait_for_bank(qtbot, services)
        bar = window.statusBar()
        button = bar.findChild(QPushButton, "packProblemsButton")
        qtbot.waitUntil(lambda: button is not None and button.isVisible(), timeout=HANG_MS)
        qtbot.waitUntil(lambda: button.geometry().left() > bar.width() // 2, timeout=HANG_MS)
        message = bar.currentMessage()
        assert "Help → Question pack problems" in message, message
        # QStatusBar writes its message from 6 px in, up to its first lasting widget
        width = bar.fontMetrics().horizontalAdvance(message)
        assert 6 + width <= button.geometry().left(), (message, width, button.geometry())
    finally:
        window.shutdown()
        storage.close()


def test_progress_counts_answers_as_history_and_the_scorecard_do(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """One answer typed, the next question skipped (Ctrl+K), the interview ended: the
    scorecard said "1 of 3 questions answered", History's Answers column 1, and Progress "1
    finished session, 2 answers", the skip counted as an answer. A skip is said as one."""
    from PySide6.QtCore import Qt

    from tests.ui.typed_session import stored_typed_session

    texts = {"tech.overfit": "Overfitting memorises noise in the training data.", "case.spam": ""}
    stored_typed_session(services.storage, services.bank, texts, {"name": "Quick practice"})
    qtbot.keyClick(window.home.preset, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._progress, timeout=HANG_MS)
    summary = window.past.progress.summary.text()
    assert summary.startswith("1 finished session, 1 answer, 1 skipped"), summary
    (row,) = services.storage.history_rows()
    assert row.answered == 1


def _line_starts(widget) -> list[int]:  # type: ignore[no-untyped-def]
    """Where the ink of each line of text drawn by ``widget`` starts, top to bottom (px)."""
    image = widget.grab().toImage()
    back = image.pixelColor(image.width() - 1, image.height() - 1).lightness()
    starts, inked_before = [], False
    for y in range(image.height()):
        inked = [
            x for x in range(image.width()) if abs(image.pixelColor(x, y).lightness() - back) > 60
        ]
        if inked and not inked_before:
            starts.append(min(inked))
        elif inked and starts:
            starts[-1] = min(starts[-1], min(inked))
        inked_before = bool(inked)
    return starts


@pytest.mark.parametrize("size", [(960, 640), (1280, 800)])
def test_a_tip_that_wraps_goes_on_under_its_text_not_its_bullet(  # type: ignore[no-untyped-def]
    qtbot, themed, window, services, size
) -> None:
    """Scorecard, "What to work on next": a tip too long for one line went on at the bullet's
    left edge ("with the highest posterior"." under the "•"), so the list read as more tips
    than there were. Every line of a tip starts where its text does."""
    from tests.ui.scorecard_tips import scorecard_with_tips
    from tests.ui.typed_session import stored_typed_session

    texts = {"tech.overfit": "Overfitting memorises noise in the training data."}
    sid = stored_typed_session(services.storage, services.bank, texts, {"name": "Quick practice"})
    tips = [
        "Revisit statistics: explain \"Applies Bayes' rule, class prior times the likelihood of "
        "the features, and picks the class with the highest posterior, for every class, then "
        'says which of the features it leaned on most and how sure it was".',
        "Practise this category again tomorrow and compare the scores.",
    ]
    page = scorecard_with_tips(qtbot, window, sid, size, tips)
    starts = _line_starts(page.tips)
    assert len(starts) >= 3, starts  # the first tip wraps
    bullets = [x for x in starts if x <= min(starts) + 2]
    assert len(bullets) == len(tips), starts


def test_home_says_there_is_no_microphone_when_speaking_is_chosen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A new user on a computer with no microphone chose Answers: Speaking on Home: nothing
    said it could not work until the interview had started ("No microphone found. Type your
    answers from now on."). Home says so beside the choice, and that the answers will be
    typed; with Typing chosen it says nothing."""
    from PySide6.QtCore import Qt

    window.voice_answers.input_problem = lambda: "No microphone found."  # this machine's case
    # (choosing Speaking loads the speech model in the background: not what is tested here,
    # and its end would come after this test's window is gone)
    window.voice_answers.preload = lambda: None
    home = window.home
    qtbot.waitUntil(lambda: window.audio_devices_asked, timeout=HANG_MS)
    hint = home.microphone_hint
    assert not hint.isVisibleTo(home)
    home.answer_mode.setFocus()
    qtbot.keyClick(home.answer_mode, Qt.Key.Key_Down)  # Typing -> Speaking
    assert home.chosen_answer_mode() == "spoken"
    assert hint.isVisibleTo(home), "nothing on Home says there is no microphone"
    assert "No microphone found" in hint.text() and "typed" in hint.text(), hint.text()
    assert hint.accessibleName()
    qtbot.keyClick(home.answer_mode, Qt.Key.Key_Up)
    assert not hint.isVisibleTo(home)


def test_the_pack_problems_name_several_files_as_a_list() -> None:
    """Help → Question pack problems with two broken packs: "No question of mine.yaml,
    other.yaml was loaded; … Fix the file and start the app again", two names read as one
    and one file to fix."""
    from simulator.core.questions import Problem
    from simulator.ui.pack_problems import problems_summary

    broken = [
        Problem("/data/questions/mine.yaml", None, None, "not valid YAML", 6),
        Problem("/data/questions/other.yaml", "my.q2", "topic", "Field required"),
    ]
    both = problems_summary(broken, set())
    assert "No question of mine.yaml or other.yaml was loaded" in both, both
    assert "Fix the files, then Reload packs" in both, both  # (a restart before ux39)
    one = problems_summary(broken[:1], set())
    assert "No question of mine.yaml was loaded" in one and "Fix the file, then" in one, one
    many = [Problem(f"/d/{n}.yaml", None, None, "not valid YAML") for n in "abcde"]
    assert "of a.yaml, b.yaml, c.yaml or 2 more was loaded" in problems_summary(many, set())


def test_why_start_is_disabled_reads_across_the_plan_not_down_a_column(
    qtbot, themed, window
) -> None:  # type: ignore[no-untyped-def]
    """Home at 960 x 640, Custom, case studies on one topic, 2 asked: "Only 1 case study
    question on churn for 2 asked: ask for fewer or choose more topics." stood in a 130 px
    column between Settings and Start, five lines tall, and the topic list above shrank to
    three rows. It reads across the plan's width, two lines at most."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.waits import wait_for_bank

    wait_for_bank(qtbot, window.services)
    window.resize(960, 640)
    home = window.home
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    home.count.setValue(40)  # more than the bank holds of the categories checked
    for _ in range(3):
        QApplication.processEvents()
    reason = home.start_reason
    assert reason.isVisible() and "only" in reason.text().lower(), reason.text()
    lines = reason.height() / reason.fontMetrics().lineSpacing()
    assert lines < 2.5, (reason.text(), reason.size())
    assert reason.width() >= home.summary.width() - 2, (reason.width(), home.summary.width())


def test_the_export_format_has_its_letter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Scorecard, Ctrl+S: in the save dialog Look in, File name and Save had their Alt
    letters, and Files of type (HTML, Markdown, JSON or PDF: the choice that matters in an
    export) had none: Tab after Tab through the folder buttons and lists to reach it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel

    from simulator.ui.export_dialog import save_dialog

    dialog = save_dialog(window, "scorecard-session-1.html")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux without a portal shows
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.findChild(QLabel, "fileTypeLabel")
    combo = dialog.findChild(QComboBox, "fileTypeCombo")
    assert label is not None and combo is not None
    assert label.text() == "Files of &type:", label.text()
    assert label.buddy() is combo and combo.currentText().startswith("HTML")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=HANG_MS)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.hasFocus, timeout=5000)
    dialog.reject()
