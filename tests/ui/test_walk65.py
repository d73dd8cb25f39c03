"""The walkthrough of round 65 (issue 8, walk65): a new user's keyboard-only walk through the
app in the real window (960 x 640 and 1400 x 900, light and dark), and the defects round 64
left. Each test fails before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from simulator.core.scoring import score_answer, score_session
from simulator.core.transcript import Transcript
from tests.ui.scorecard_tips import opened_scorecard
from tests.ui.waits import HANG_MS


def _finished(services, plan: str, text: str) -> int:  # type: ignore[no-untyped-def]
    """A finished one-question session of ``plan`` answering tech.overfit with ``text``."""
    storage, bank = services.storage, services.bank
    sid = storage.create_session({"name": plan, "question_ids": ["tech.overfit"]})
    score = score_answer(bank.get("tech.overfit"), Transcript(text))
    storage.add_answer(sid, "tech.overfit", 0, "typed", text, score=score)
    storage.finish_session(sid, score_session([(bank.get("tech.overfit"), score)]))
    return sid


def _lines(text: str, font, width: float) -> list[str]:  # type: ignore[no-untyped-def]
    """``text`` broken into lines ``width`` px wide, as a word-wrapped label breaks it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_the_previous_session_s_score_keeps_its_change_on_its_line(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 the scorecard's comparison read "Previous Technical deep dive session
    (2026-12-07 06:23): 62" with "(-2)" alone on the next line (walk64). The score and its
    change, and the date and its time, stay together at whatever width the label wraps."""
    _finished(services, "Technical deep dive", "Overfitting memorises noise; validate it.")
    sid = _finished(services, "Technical deep dive", "Overfitting memorises noise.")
    window.resize(window.minimumSize())
    window.open_scorecard(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    page = window.scorecard
    qtbot.waitUntil(lambda: page.comparison.isVisible(), timeout=HANG_MS)
    QApplication.processEvents()
    card = page.scorecard
    assert card is not None and card.previous is not None and card.previous.change is not None
    text = page.comparison.text()
    change = f"({card.previous.change:+d})"
    assert change in text
    font = page.comparison.font()
    # every width from the label's own down to a fifth of it: the fonts of another machine
    # break the line elsewhere, never between these
    for width in range(page.comparison.contentsRect().width(), 60, -3):
        for line in _lines(text, font, width):
            assert not line.strip().startswith(change), (width, line)
            assert not line.strip().startswith(card.previous.started[-5:]), (width, line)


DAY = 86_400.0


def _scored_at(services, start: float, overall: int) -> int:  # type: ignore[no-untyped-def]
    """A finished session started at ``start`` by the computer's clock, as the app makes one."""
    from tests.scores import answer_score, session_score

    storage = services.storage
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.overfit"]},
                                 start)  # fmt: skip
    storage.add_answer(sid, "tech.overfit", 0, "typed", "words " * 30,
                       score=answer_score(overall, "tech.overfit"))  # fmt: skip
    storage.finish_session(sid, session_score(overall, {"technical": overall}))
    return sid


def test_progress_leaves_a_session_dated_in_the_future_off_its_charts(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """A session recorded while the computer's clock was two days ahead, then two more once
    it was right: Progress drew the axis two days past today, and both later sessions (placed
    after the one dated ahead, where they happened) at its date, on top of it: today's
    session two days in the future and yesterday's nowhere near yesterday. The one dated
    ahead is counted and said, not drawn; the others stand at their own dates."""
    import time

    from PySide6.QtCharts import QLineSeries

    now = time.time()
    _scored_at(services, now - 3 * DAY, 40)
    _scored_at(services, now + 2 * DAY, 50)  # the clock two days ahead
    _scored_at(services, now - DAY, 60)  # the clock right again (a day later, really)
    _scored_at(services, now - 60, 70)
    window.resize(window.minimumSize())
    window.past.open_progress()
    page = window.past.progress
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    summary = page.summary.text()
    assert summary.startswith("4 finished sessions"), summary
    assert "1 dated in the future" in summary and "not on the charts" in summary, summary
    (overall,) = [s for s in page.scores_chart.chart().series() if isinstance(s, QLineSeries)]
    shown = [(p.x() / 1000.0, p.y()) for p in overall.points()]
    assert [y for _x, y in shown] == [40, 60, 70]
    # each at its own date, in the order they happened
    assert [round((x - now) / DAY, 2) for x, _y in shown] == [-3.0, -1.0, -0.0]
    (axis,) = page.scores_chart.chart().axes(Qt.Orientation.Horizontal)
    assert axis.max() / 1000.0 < now + DAY / 4, (axis.max() / 1000.0 - now) / DAY


def test_progress_of_one_session_shows_each_dot_clear_of_the_others(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """After a first session, Progress drew its Overall 60, Technical 40, Behavioral 60 and
    Case 45 at one place, each dot in a ring round the next: one blot of four colours, and its
    STAR shares likewise (walk64). With no line to tell them apart they stand side by side,
    each whole inside the plot, at its own height."""
    from PySide6.QtCharts import QLineSeries

    from tests.scores import session_score
    from tests.ui.recorded import spoken_session

    storage = services.storage
    sid, _ids = spoken_session(storage, services.bank, data_dir / "recordings" / "one.wav")
    storage.finish_session(sid, session_score(60, {"technical": 40, "behavioral": 60, "case": 45}))
    window.resize(window.minimumSize())
    window.past.open_progress()
    page = window.past.progress
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    QApplication.processEvents()
    for view in (page.scores_chart, page.star_chart, page.delivery_chart):
        chart = view.chart()
        plot = chart.plotArea()
        dots = []
        for series in chart.series():
            assert isinstance(series, QLineSeries) and series.count() == 1, series.name()
            centre = chart.mapToPosition(series.at(0), series)
            radius = series.markerSize()  # (Qt Charts' size is the dot's radius: MARKER_PX)
            assert plot.left() <= centre.x() - radius and centre.x() + radius <= plot.right()
            assert plot.top() <= centre.y() - radius and centre.y() + radius <= plot.bottom()
            dots.append((series.name(), centre, radius))
        assert len(dots) >= 2, view.objectName()
        for i, (one, a, ra) in enumerate(dots):
            for other, b, rb in dots[i + 1 :]:
                apart = ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5
                assert apart >= ra + rb, (view.objectName(), one, other, apart)


def _float_wav_of_16_bit_samples(path) -> None:  # type: ignore[no-untyped-def]
    """``path`` written again as IEEE float (format tag 3) whose header claims 16-bit samples:
    what a converter that copied a 16-bit file's header onto float samples leaves."""
    import struct

    import numpy as np
    import soundfile

    samples, rate = soundfile.read(str(path), dtype="int16")
    data = np.asarray(samples, dtype="<i2").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, rate, rate * 2, 2, 16)
    body = b"WAVEfmt " + struct.pack("<I", len(fmt)) + fmt + b"data"
    body += struct.pack("<I", len(data)) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)


def test_review_says_what_is_wrong_with_a_float_recording_of_16_bit_samples(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """A recording in IEEE float format whose header claims 16-bit samples (round 64's walk):
    Review called it playable and handed it to the player, its waveform was not drawn, and
    Transcribe again said "corrupt WAV file (Unspecified internal error.)". Review says what
    the header claims and that the transcript is shown instead; the speech reader says the
    same."""
    import pytest

    from simulator.speech.audiofile import AudioFileError, read_audio
    from tests.ui.recorded import open_review, spoken_session

    audio = data_dir / "recordings" / "float.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    _float_wav_of_16_bit_samples(audio)
    page = open_review(qtbot, window, sid)
    notice = page.notice.text()
    assert "cannot be played" in notice, notice
    assert "16-bit floating-point samples" in notice, notice
    with pytest.raises(AudioFileError) as raised:
        read_audio(audio)
    assert "16-bit floating-point samples" in str(raised.value), raised.value
    assert "internal error" not in str(raised.value).lower()


def test_review_says_a_float_recording_holds_samples_that_are_not_numbers(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """A floating-point recording with samples that are not numbers (NaN, infinity): its header
    is sound, so Review handed it to the player, drew its waveform flat and said nothing, while
    Transcribe again refused it. Review says it is damaged, and what that means."""
    import numpy as np
    import soundfile

    from tests.ui.recorded import open_review, spoken_session

    audio = data_dir / "recordings" / "nan.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    samples, rate = soundfile.read(str(audio), dtype="float32")
    samples[100:200] = np.nan
    samples[300] = np.inf
    soundfile.write(str(audio), samples, rate, subtype="FLOAT")
    page = open_review(qtbot, window, sid)
    # (the waveform is read off the GUI thread: a minute is ample for 22 s of audio)
    qtbot.waitUntil(lambda: "damaged" in page.notice.text(), timeout=60_000)
    notice = page.notice.text()
    assert "not numbers (NaN or infinity)" in notice, notice
    assert "cannot be transcribed again" in notice, notice
    assert page.notice.isVisible()


def test_the_scorecard_s_summary_keeps_each_of_its_parts_whole(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 the line under the scorecard's title read "Technical deep dive  ·
    2026-12-07 07:20  ·  under a" and "minute  ·  1 of 1 question answered" on the next. Each
    part after the plan's name (when, how long, how many answered) stays on one line, at any
    width it wraps at."""
    sid = _finished(services, "Technical deep dive", "Overfitting memorises noise.")
    smallest = window.minimumSize()
    page = opened_scorecard(qtbot, window, sid, (smallest.width(), smallest.height()))
    first = page.subtitle.text().split("\n")[0]
    parts = [p.strip() for p in first.split("·")][1:]
    assert len(parts) == 3 and parts[1].replace("\u00a0", " ") in ("under a minute", "1 min")
    font = page.subtitle.font()
    widest = max(QFontMetrics(font).horizontalAdvance(p) for p in parts)
    for width in range(page.subtitle.contentsRect().width(), int(widest) + 2, -3):
        lines = [line.strip() for line in _lines(first, font, width)]
        for part in parts:
            assert any(part in line for line in lines), (width, part, lines)
