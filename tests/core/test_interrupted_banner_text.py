"""Home's banner for an interrupted interview says only what happened: it read "interrupted
after 0 of 6 answers. Everything you answered is saved." of a session with nothing answered."""

from __future__ import annotations

from simulator.core.session.interrupted import (
    InterruptedCounts,
    discard_text,
    interrupted_counts,
    interrupted_summary,
    interrupted_text,
)
from simulator.core.storage import Storage


def test_nothing_answered_says_so_and_offers_to_start_again_or_discard() -> None:
    text = interrupted_text("02 Dec, 01:00", InterruptedCounts(0, 0, 6))
    assert "nothing was answered yet" in text
    assert "Everything you answered is saved" not in text and "0 of 6" not in text
    assert "starts it again from the first question" in text and "discard it" in text


def test_nothing_answered_with_a_draft_says_the_typing_comes_back() -> None:
    text = interrupted_text("02 Dec, 01:00", InterruptedCounts(0, 0, 1), typing_kept=True)
    assert "nothing is answered yet" in text and "comes back when you resume" in text
    assert "Everything you answered is saved" not in text


def test_some_answered_reads_as_before() -> None:
    text = interrupted_text("02 Dec, 01:00", InterruptedCounts(2, 2, 6))
    assert text == (
        "The interview you started on 02 Dec, 01:00 was interrupted after 2 of 6 answers. "
        "Everything you answered is saved."
    )
    one = interrupted_text("02 Dec, 01:00", InterruptedCounts(1, 1, 1), typing_kept=True)
    assert "after 1 of 1 answer. Everything" in one  # the singular
    assert one.endswith("is saved, and the answer you were typing comes back when you resume.")
    assert "1 of 1 answer." in interrupted_text("x", InterruptedCounts(1, 1, 1))


def test_skips_are_not_counted_as_answers() -> None:
    """ "after 3 of 6 answers (1 skipped)" still counted the skip among the answers, where the
    scorecard then said "2 of 6 questions answered" (ux36)."""
    some = interrupted_text("x", InterruptedCounts(3, 2, 6))
    assert (
        "after 3 of 6 questions (2 answered, 1 skipped). Everything you answered is saved." in some
    )
    none = interrupted_text("x", InterruptedCounts(2, 0, 6))
    assert "after 2 of 6 questions, and all were skipped: nothing was answered yet" in none
    assert "Everything you answered is saved" not in none
    assert "it was skipped" in interrupted_text("x", InterruptedCounts(1, 0, 6))


def test_discard_says_what_stays() -> None:
    assert "Nothing was answered in it yet" in discard_text(InterruptedCounts(0, 0, 6))
    assert "answers you gave stay saved" not in discard_text(InterruptedCounts(2, 0, 6))
    assert "answers you gave stay saved" in discard_text(InterruptedCounts(2, 1, 6))


def test_counts_come_from_the_stored_session(tmp_path) -> None:  # type: ignore[no-untyped-def]
    storage = Storage(tmp_path / "s.sqlite3")
    ids = [f"tech.q{i}" for i in range(6)]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids})
    record = storage.session(sid)
    assert record is not None
    assert interrupted_counts(record) == InterruptedCounts(0, 0, 6)
    assert "nothing was answered yet" in interrupted_summary(record)
    storage.add_answer(sid, "tech.q0", 0, "skipped", "")
    storage.add_answer(sid, "tech.q1", 1, "typed", "Overfitting is memorizing noise.")
    record = storage.session(sid)
    assert record is not None
    assert interrupted_counts(record) == InterruptedCounts(2, 1, 6)
    assert "after 2 of 6 questions (1 answered, 1 skipped)" in interrupted_summary(record)
    storage.close()


def test_an_answer_being_recorded_is_not_counted_as_given_r48(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A spoken interview stopped (the app killed) while its first answer was recorded, nothing
    said yet: Home read "interrupted after 1 of 5 answers. Everything you answered is saved."
    (walkthrough 48, 960x640). What a recording cut short holds is known once it is transcribed,
    at resume; the banner says so, and counts only the answers before it as given."""
    storage = Storage(tmp_path / "s.sqlite3")
    ids = [f"tech.q{i}" for i in range(5)]
    sid = storage.create_session({"name": "Custom", "question_ids": ids, "spoken": True})
    storage.add_answer(sid, "tech.q0", 0, "spoken", "", audio_path="recordings/x-q1.wav")
    record = storage.session(sid)
    assert record is not None
    text = interrupted_summary(record)
    assert "after 1 of 5 answers" not in text and "Everything you answered" not in text, text
    assert "while its first answer was being recorded" in text
    assert "transcribed and scored when you resume" in text
    storage.add_answer(sid, "tech.q1", 1, "spoken", "", audio_path="recordings/x-q2.wav")
    storage._write("UPDATE answers SET text = ? WHERE position = 0", ("Overfitting is noise.",))
    later = storage.session(sid)
    assert later is not None
    text = interrupted_summary(later)
    assert "after 1 of 5 questions, while the next answer was being recorded" in text, text
    assert text.endswith("Everything you answered before it is saved.")
    storage.close()


def test_a_transcribed_answer_of_no_words_is_not_a_recording_under_way_r48(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Read-again review of round 48: a spoken answer already transcribed, whose words are only
    'uh', was counted as a recording cut short (its text holds no words), so the banner said it
    was still being recorded and would be transcribed at resume. Only a row opened when the
    recording started and never completed (no text, no transcript) is one."""
    storage = Storage(tmp_path / "s.sqlite3")
    ids = [f"tech.q{i}" for i in range(3)]
    sid = storage.create_session({"name": "Custom", "question_ids": ids, "spoken": True})
    storage.add_answer(
        sid, "tech.q0", 0, "spoken", "uh", transcript={"words": []}, audio_path="recordings/a.wav"
    )
    record = storage.session(sid)
    assert record is not None
    assert interrupted_counts(record).recording == 0
    assert "being recorded" not in interrupted_summary(record)
    storage.close()


def test_a_start_past_any_date_is_said_unknown_r52(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A stored start time the system cannot turn into a date (1e300, as a hostile archive
    can hold) made the banner say "The interview you started on date at unknown was
    interrupted": the unknown date had its space turned into " at " like a real one."""
    from dataclasses import replace

    from simulator.core.tables import said_when

    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "Quick", "question_ids": ["tech.q0"]})
    record = storage.session(sid)
    assert record is not None
    text = interrupted_summary(replace(record, started_at=1e300))
    assert text.startswith("The interview you started on an unknown date was interrupted"), text
    assert said_when(1e300) is None and said_when(0) is None


def test_a_follow_up_being_recorded_is_said_kept_for_the_resume_r56(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Walk 56 (spoken, dark, the virtual microphone): the app killed while the follow-up of
    question 1 of 2 was answered aloud; Home read "The interview you started on ... was
    interrupted after 1 of 2 answers. Everything you answered is saved.", nothing of the
    follow-up's recording, which Resume then transcribed and scored ("Question 1's follow-up:
    the recording cut short when the app stopped was recovered (15 s, 23 words): scored 69.")."""
    storage = Storage(tmp_path / "s.sqlite3")
    ids = ["tech.q0", "tech.q1"]
    sid = storage.create_session({"name": "Custom", "question_ids": ids, "spoken": True})
    storage.add_answer(
        sid, "tech.q0", 0, "spoken", "Overfitting is noise.", transcript={"words": []},
        audio_path="recordings/x-q1.wav",
    )  # fmt: skip
    storage.add_answer(
        sid, "tech.q0", 0, "spoken", "", follow_up="How would you detect it?",
        audio_path="recordings/x-q1-follow-up1.wav",
    )  # fmt: skip
    record = storage.session(sid)
    assert record is not None
    assert interrupted_counts(record).follow_up == "recorded"
    text = interrupted_summary(record)
    assert "after 1 of 2 answers, while a follow-up's answer was being recorded" in text, text
    assert "transcribed and scored with its question when you resume" in text, text
    assert text.endswith("Everything you answered before it is saved."), text
    storage.close()
