"""The walkthrough of round 67 (issue 8, ui67): a new user's keyboard-only walk through the
app in the real window (960 x 640 and 1400 x 900, light and dark), and the leftovers of round
66. Each test fails before its fix."""

from __future__ import annotations

from tests.ui.scorecard_tips import scorecard_with_tips
from tests.ui.test_walk65 import _finished

# the tips a one-question session ended early was given in the real window (walk66, ui67)
ONE_QUESTION_TIPS = [
    "Practise technical questions again tomorrow: start with question 1 (“How do you think "
    "about the trade-off between model complexity and interpretability when choosing a "
    "model?”), scored 0/100 this time (Ctrl+Shift+P on its row), and explain “Simple models "
    "like linear or small trees are transparent; ensembles and deep nets are more accurate on "
    "complex data but opaque”.",
    "Answer out loud next time: spoken answers also get pace, filler and pause feedback.",
]


def test_a_one_question_scorecard_shows_its_tips_whole_in_the_smallest_window(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 the scorecard of a one-question session read "What to work on next
    (more below: scroll ↓)" over a three-line scroll of its two tips, beside a chart of one
    bar that said the overall's own number again ("Technical 0" beside "0 of 100"). A chart
    that tells nothing more than the overall is not drawn, and its room is the tips'."""
    sid = _finished(services, "Full loop", "Overfitting memorises noise.")
    smallest = window.minimumSize()
    page = scorecard_with_tips(
        qtbot, window, sid, (smallest.width(), smallest.height()), ONE_QUESTION_TIPS
    )
    assert page.scorecard is not None and len(page.scorecard.per_category) == 1
    assert not page.chart.isVisible()
    qtbot.waitUntil(lambda: not page.tips_title.text().endswith("scroll ↓)"), timeout=2000)
    scroll = page.tips_scroll
    assert scroll._full_height() <= scroll.viewport().height() + 1


def test_review_reads_no_recording_header_on_the_gui_thread(
    qtbot, window, services, data_dir, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Review opened a spoken answer's WAV on the GUI thread to read whether its samples are
    floating-point (``stored_as_floats``, as the answer was shown): a recording on a slow or
    sleeping disk held the window. The header is read where the review is made, off the GUI
    thread; the float recording still plays from its copy in range."""
    import pathlib
    import threading

    import soundfile

    from tests.ui.recorded import open_review, spoken_session

    audio = data_dir / "recordings" / "loud.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    samples, rate = soundfile.read(str(audio), dtype="float32")
    soundfile.write(str(audio), samples * 32767.0, rate, subtype="FLOAT")
    gui, opened_here = threading.current_thread(), []
    real_open = pathlib.Path.open

    def watched(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.suffix == ".wav" and threading.current_thread() is gui:
            opened_here.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", watched)
    page = open_review(qtbot, window, sid)
    qtbot.waitUntil(lambda: page.player.media.source().toLocalFile() != "", timeout=60_000)
    assert opened_here == []
    assert page.player.media.source().toLocalFile() != str(audio)  # the copy in range
