"""Review data (Qt-free): word lookup, fillers and hedges, pauses, pace, notes and migration 1 -> 2."""

from __future__ import annotations

from pathlib import Path

from simulator.core.review import (
    ReviewWord,
    ReviewWords,
    marked,
    pace_series,
    waveform_peaks,
    word_index_at,
)
from simulator.core.storage import Storage


def test_word_at_a_position_is_the_last_word_started() -> None:
    starts = [0.2, 0.6, 1.0, 4.0]
    assert [word_index_at(starts, t) for t in (0.0, 0.2, 0.59, 0.6, 3.9, 99.0)] == [
        -1,
        0,
        0,
        1,
        2,
        3,
    ]


def test_fillers_and_hedges_are_marked_whole_phrases_first() -> None:
    text = "Um, you know, I think it is kind of like, sort of fine"
    shown = [(w.text, w.kind) for w in marked([(w, None, None, None) for w in text.split()])]
    assert [m for m in shown if m[1]] == [
        ("Um,", "filler"), ("you", "filler"), ("know,", "filler"), ("I", "hedge"),
        ("think", "hedge"), ("kind", "filler"), ("of", "filler"), ("like,", "filler"),
        ("sort", "hedge"), ("of", "hedge"),
    ]  # fmt: skip


def test_a_like_counted_as_a_filler_is_marked_as_one() -> None:
    """Review of a spoken answer: Delivery said "um ×2, basically ×1, like ×1, uh ×1" and the
    transcript marked every filler but "like" (", like, a rolling origin backtest", ux36).
    The words marked are the ones counted; "like" as a verb or a preposition is not."""
    from simulator.core.questions import load_packs
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript, Word
    from tests.core.test_scorecard_model import PACK

    question = load_packs([PACK]).get("tech.overfit")
    for text, likes in (
        ("I validate on a later period, like, a rolling origin backtest.", 1),
        ("It is, like, noise... like you fit the noise too well.", 2),
        ("So like, um, it fits the noise.", 1),
        ("I like models like this one that look like the data.", 0),
    ):
        said = text.split()
        marks = marked([(w, None, None, None) for w in said])
        shown = sum(1 for w in marks if w.kind == "filler" and w.phrase == "like")
        words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(said))
        delivery = score_answer(question, Transcript(text, words, "whisper", "t", 9.0)).delivery
        assert delivery is not None
        assert shown == delivery.fillers.get("like", 0) == likes, (text, shown, delivery.fillers)


def test_pace_counts_words_per_minute_in_a_sliding_window() -> None:
    words = ReviewWords(ReviewWord("w", i * 0.5, i * 0.5 + 0.3) for i in range(60))  # 120 wpm
    pace = pace_series(words)
    assert pace and all(110 <= wpm <= 130 for _t, wpm in pace)


def test_waveform_peaks_follow_the_loud_parts(tmp_path: Path) -> None:
    import numpy as np
    import soundfile as sf

    audio = np.zeros(16000 * 2, dtype=np.float32)
    audio[16000:] = 0.5
    sf.write(str(tmp_path / "a.wav"), audio, 16000, subtype="PCM_16")
    peaks = waveform_peaks(tmp_path / "a.wav", buckets=100)
    assert 95 <= len(peaks) <= 105
    assert max(peaks[:45]) == 0.0 and min(peaks[55:]) > 0.99


def test_notes_saved_replaced_and_removed(tmp_path: Path) -> None:
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "x"})
    aid = s.add_answer(sid, "q", 0, "typed", "text")
    s.set_note(aid, "first")
    s.set_note(aid, "second")
    assert s.note(aid) == "second" and s.notes(sid) == {aid: "second"}
    s.set_note(aid, "  ")
    assert s.note(aid) == "" and s.notes(sid) == {}


def test_review_words_kept_flat_read_as_the_words_made() -> None:
    """ReviewWords (round 46) keeps a long answer's words in flat arrays, the first ones made:
    reading them back gives the same words, by index, slice and in order, timed or not."""
    from simulator.core.review import MADE_CHARS, ReviewWords

    made = [
        ReviewWord(f"w{i}", i * 0.5, i * 0.5 + 0.3, "filler" if i % 7 == 0 else "",
                   "um" if i % 7 == 0 else "", "point" if i % 11 == 0 else "",
                   0.05 if i % 5 == 0 else None)
        for i in range(3 * MADE_CHARS // 4)
    ]  # fmt: skip
    typed = [ReviewWord("typed", None, None)] * 3
    for words in (made, typed, []):
        kept = ReviewWords(words)
        assert len(kept) == len(words) and list(kept) == words and kept == words
        assert kept == tuple(words) and bool(kept) == bool(words)
        for i in (0, 1, len(words) // 2, len(words) - 1, -1, -len(words)):
            if words:
                assert kept[i] == words[i]
        for cut in (
            slice(0, 10),
            slice(5, None),
            slice(None, -3),
            slice(-40, -2),
            slice(None, None, 3),
        ):
            assert list(kept[cut]) == words[cut]
    assert ReviewWords(made).starts.tolist() == [w.start for w in made]
    assert ReviewWords(typed).starts.tolist() == [0.0, 0.0, 0.0]
