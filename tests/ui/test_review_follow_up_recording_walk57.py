"""Review of a question answered aloud with a follow-up answered aloud too (walk57): the
follow-up's recording is stored on its own, but only the main answer's could be replayed. The
page now offers every recorded piece of the question, labelled, and plays the one chosen with
its words lighting up in its own box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer

from simulator.core.transcript import Transcript
from tests.ui.recorded import SPOKEN, open_review, timed_words, write_wav

ASKED = "How would you measure whether the change helped?"
FOLLOWED = "I would compare the latency before and after on the same traffic for a week."


def _session(storage, folder: Path) -> int:  # type: ignore[no-untyped-def]
    words = timed_words()
    main_wav, follow_wav = folder / "main.wav", folder / "follow.wav"
    main_s = write_wav(main_wav, words)
    follow_words = timed_words(FOLLOWED)
    follow_s = write_wav(follow_wav, follow_words)
    sid = storage.create_session({"name": "x", "question_ids": ["beh.conflict"]})
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", SPOKEN,
        transcript=Transcript(SPOKEN, tuple(words), "whisper", "tiny.en", main_s).to_dict(),
        audio_path=str(main_wav), duration_s=main_s,
    )  # fmt: skip
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", FOLLOWED, follow_up=ASKED,
        transcript=Transcript(FOLLOWED, tuple(follow_words), "whisper", "tiny.en", follow_s)
        .to_dict(),
        audio_path=str(follow_wav), duration_s=follow_s,
    )  # fmt: skip
    return sid


def _loaded(qtbot, replay) -> None:  # type: ignore[no-untyped-def]
    """The recording in the player opened (as a person sees the page before choosing: a
    source replaced while FFmpeg opens the last one aborts that open, with a warning)."""
    done = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.InvalidMedia)
    media, wanted = replay.player.media, replay.player._source
    qtbot.waitUntil(  # (the source is set through the event loop: media.py)
        lambda: media.source().toLocalFile() == str(wanted) and media.mediaStatus() in done,
        timeout=10000,
    )


def test_a_follow_up_s_recording_can_be_replayed_walk57(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    sid = _session(services.storage, tmp_path)
    page = open_review(qtbot, window, sid)
    replay = page.replay
    choice = replay.piece_choice
    assert choice.isVisible(), "no way to choose the follow-up's recording"
    labels = [choice.itemText(i) for i in range(choice.count())]
    assert labels == ["Main answer", "Follow-up"]
    assert ASKED in choice.itemData(1, Qt.ItemDataRole.ToolTipRole)
    assert replay.player._source == tmp_path / "main.wav"
    _loaded(qtbot, replay)
    # by keyboard: Alt+C to the chooser, Down picks the follow-up
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: choice.hasFocus(), timeout=2000)
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert replay.piece == 1
    assert replay.player._source == tmp_path / "follow.wav"
    _loaded(qtbot, replay)
    # its words follow its recording, in its own box; the answer's transcript stays unmarked
    (box,) = replay.follow_up_answers
    third = timed_words(FOLLOWED)[2]
    replay.player.seek(third.start + 0.05)
    assert box.extraSelections(), "the follow-up's word being said is not marked"
    start, end = box.spans[2]
    assert box.toPlainText()[start:end] == third.word
    assert not replay.transcript.extraSelections()
    # a word of the answer clicked goes back to the answer's recording
    replay._word_clicked(3)
    assert replay.piece == 0 and replay.player._source == tmp_path / "main.wav"
    assert choice.currentIndex() == 0
    _loaded(qtbot, replay)
