"""Attack run 30b: a recording deleted or overwritten while its answer's Review page is open.

What the player had open still plays (nothing lost); once it opens the file again (the person
went to another answer and back) the page said 'Cannot play <file>: Could not open file',
FFmpeg's words for every kind of failure. It now says what happened to that file, as the page
does for a file already gone when it opened: no longer on disk, not a WAV recording."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.recorded import spoken_session
from tests.ui.waits import HANG_MS

# A recording that is gone: the media backend says it could not open it (the machine's
# audio noise is ignored for every test here, tests/ui/conftest.py).
pytestmark = pytest.mark.qt_log_ignore(r"Could not open")


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("deleted", "it is no longer on disk (moved or deleted)"),
        ("overwritten", "it is not a WAV recording"),
    ],
)
def test_a_recording_gone_while_reviewed_is_named_with_what_happened(
    qtbot, window, services, data_dir: Path, how: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtMultimedia import QMediaPlayer

    audio = data_dir / "recordings" / "a.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    page = window.past.review
    opened = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(lambda: page.player.media.mediaStatus() in opened, timeout=HANG_MS)
    if how == "deleted":
        audio.unlink()
    else:
        audio.write_bytes(b"not a recording any more " * 100)
    # to the typed answer and back: the recording is opened again
    qtbot.keyClick(page.transcript, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.transcript, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.transcript, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: str(audio) in page.notice.text(), timeout=HANG_MS)
    notice = page.notice.text()
    assert said in notice and "Could not open file" not in notice
    assert "transcript" in notice  # what is shown instead
    assert not page.player.is_playing()
    # nothing recorded is lost: the stored answer and its words are still there
    stored = services.storage.session(sid).answers[0]
    assert stored.text.startswith("Um last year") and stored.transcript
