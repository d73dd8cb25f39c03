"""The interview page's meters are painted with the window's next frame, not inside each
``setValue`` (QProgressBar repaints synchronously: dozens of paints and flushes a second on the
window's thread while the microphone's level moves)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from simulator.ui.pages.interview_meters import AnswerClock, MicrophoneLevel


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_level_and_clock_paint_in_the_next_frame(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    box = QVBoxLayout(page)
    level, clock = MicrophoneLevel(), AnswerClock()
    for widget in (level.label, level.bar, clock.label, clock.bar):
        box.addWidget(widget)
    level.setVisible(True)
    page.resize(400, 200)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    paints = Paints()
    level.bar.installEventFilter(paints)
    clock.bar.installEventFilter(paints)

    for step in range(1, 21):  # the level of 20 blocks of audio, the clock ticking
        level.set_level(step / 20)
        clock.show(step * 3.0, 60)
    assert paints.count == 0  # nothing painted inside the calls
    assert level.bar.value() == 100
    assert clock.bar.value() == 1000

    qtbot.waitUntil(lambda: paints.count > 0, timeout=2000)
    QApplication.processEvents()
    assert paints.count <= 4  # each bar painted once (or twice) for the 20 values


def test_a_hidden_clock_is_cleared_without_painting(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    clock = AnswerClock()
    QVBoxLayout(page).addWidget(clock.bar)
    page.show()
    qtbot.waitExposed(page)
    clock.show(30.0, 60)
    QApplication.processEvents()
    paints = Paints()
    clock.bar.installEventFilter(paints)
    clock.clear()  # the introduction: value 0, hidden
    assert paints.count == 0
    assert clock.bar.value() == 0
    assert clock.bar.isHidden()
