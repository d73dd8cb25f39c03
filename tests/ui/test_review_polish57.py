"""Review's polish seen in round 57's screenshots (polish57): under a follow-up's recording the
waveform strip drew an empty grey STAR band (a follow-up has no STAR segments of its own)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.ui.recorded import SPOKEN, open_review, timed_words, write_wav
from tests.ui.test_review_follow_up_recording_walk57 import ASKED, FOLLOWED, _loaded


def _scored_session(services, folder: Path, said: str = SPOKEN) -> int:  # type: ignore[no-untyped-def]
    """A behavioural answer scored (its STAR segments known) and a follow-up, both aloud."""
    storage, words, follow_words = services.storage, timed_words(said), timed_words(FOLLOWED)
    main_s = write_wav(folder / "main.wav", words)
    follow_s = write_wav(folder / "follow.wav", follow_words)
    transcript = Transcript(said, tuple(words), "whisper", "tiny.en", main_s)
    sid = storage.create_session({"name": "x", "question_ids": ["beh.conflict"]})
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", said, transcript=transcript.to_dict(),
        audio_path=str(folder / "main.wav"), duration_s=main_s,
        score=score_answer(services.bank.get("beh.conflict"), transcript),
    )  # fmt: skip
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", FOLLOWED, follow_up=ASKED,
        transcript=Transcript(FOLLOWED, tuple(follow_words), "whisper", "tiny.en", follow_s)
        .to_dict(),
        audio_path=str(folder / "follow.wav"), duration_s=follow_s,
    )  # fmt: skip
    # finished, as a session reviewed after its scorecard is: an unfinished one's Review says so
    # above the answer (and resumes it), a line less for the transcript (hist58)
    storage.finish_session(sid, None)
    return sid


def test_no_empty_star_band_under_a_follow_up_s_recording_polish57(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    sid = _scored_session(services, tmp_path)
    page = open_review(qtbot, window, sid)
    replay, strip = page.replay, page.replay.timeline
    _loaded(qtbot, replay)
    assert replay._played is not None and replay._played.star, "the answer has STAR segments"
    with_band = strip.height()
    replay.choose_piece(1)
    _loaded(qtbot, replay)
    # the strip gives the band's room back rather than leaving it blank
    qtbot.waitUntil(lambda: strip.height() < with_band, timeout=2000)
    assert not strip.has_star_band, "an empty STAR band under the follow-up's recording"
    replay.choose_piece(0)
    _loaded(qtbot, replay)
    assert strip.has_star_band
    qtbot.waitUntil(lambda: strip.height() == with_band, timeout=2000)


def _cut_line(view) -> bool:  # type: ignore[no-untyped-def]
    """Whether the transcript box shows a line cut by its bottom edge, where it is scrolled."""
    doc, room = view.document(), view.viewport().height()
    offset = view.verticalScrollBar().value()
    block = doc.begin()
    while block.isValid():
        top = doc.documentLayout().blockBoundingRect(block).top() - offset
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            y = top + line.y()
            if y < room < y + line.height() - 1:  # (a pixel of rounding is no cut)
                return True
        block = block.next()
    return False


def test_the_transcript_shows_whole_lines_at_960x640_polish57(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    """At 960 x 640 (and around it) the answer's transcript, taller than its box beside a
    follow-up, showed its last visible line cut in half; it now shows whole lines, and its
    last line is reached whole by scrolling."""
    sid = _scored_session(services, tmp_path, f"{SPOKEN} {SPOKEN}")  # taller than its box
    window.resize(960, 640)
    page = open_review(qtbot, window, sid)
    view = page.replay.transcript
    scrolled = 0
    for height in range(600, 700, 7):
        window.resize(960, height)
        qtbot.wait(50)  # the pane shares its room once the layout has settled
        bar = view.verticalScrollBar()
        bar.setValue(0)
        assert not _cut_line(view), f"a line cut at the transcript's bottom ({height} px)"
        if bar.maximum() > 0:
            scrolled += 1
            bar.setValue(bar.maximum())
            assert not _cut_line(view), f"the last line not reached whole ({height} px)"
    assert scrolled, "the transcript never needed scrolling: the test shows nothing"
