"""A typed answer not sent yet survives a crash (issue 12, item 12): kept on disk while it is
typed, offered back when the session is resumed at that question, removed once sent."""

from __future__ import annotations

import stat
from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session import events as ev

DRAFT = "Overfitting is when the model memorizes the noise of its training"


def test_an_unsent_answer_comes_back_after_a_crash(tmp_path: Path) -> None:
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam")
    first.to_answering()
    first.session.save_draft(DRAFT)
    sid = first.session.session_id
    assert sid is not None
    draft_file = tmp_path / "drafts" / f"session-{sid}.json"
    assert DRAFT in draft_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(draft_file.stat().st_mode) == 0o600
    # The app dies here. The next start resumes the session.
    second = Harness(tmp_path, follow_ups=False, storage=first.storage)
    record = second.storage.unfinished_session()
    assert record is not None
    second.session.resume(record, [second.q("tech.overfit"), second.q("case.spam")])
    assert second.of(ev.DraftRestored) == [ev.DraftRestored(DRAFT)]
    assert any("typing when the app closed" in n for n in second.notices())
    second.to_answering()
    second.session.primary(DRAFT + " data.")
    assert second.session.state is State.REVIEWING
    assert not draft_file.exists()  # sent: the draft is gone


def test_an_emptied_draft_is_removed_and_a_sent_answer_leaves_none(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    sid = h.session.session_id
    h.session.save_draft(DRAFT)
    h.session.save_draft("   ")
    # the emptied text is gone; the time used on the answer stays (it goes on after a resume)
    kept = h.session.drafts.read(sid)  # type: ignore[arg-type]
    assert kept is not None and kept.text.strip() == "" and kept.elapsed_s > 0
    h.session.save_draft(DRAFT)
    h.session.primary(DRAFT)
    assert not (tmp_path / "drafts" / f"session-{sid}.json").exists()


def test_a_draft_of_another_question_is_not_offered(tmp_path: Path) -> None:
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam")
    first.to_answering()
    first.session.save_draft(DRAFT)
    first.session.primary(DRAFT)  # sent; then a stale draft file for question 1 appears
    sid = first.session.session_id
    assert sid is not None
    from simulator.core.session.drafts import Draft

    first.session.drafts.write(sid, Draft(0, None, "stale"))
    second = Harness(tmp_path, follow_ups=False, storage=first.storage)
    record = second.storage.unfinished_session()
    assert record is not None
    second.session.resume(record, [second.q("tech.overfit"), second.q("case.spam")])
    assert second.of(ev.DraftRestored) == []


def test_words_typed_just_before_a_pause_are_kept_while_paused(tmp_path: Path) -> None:
    """Ctrl+P right after typing: the draft is written a moment later, while the interview is
    paused, and a person walking away from a paused interview is the one who loses the app."""
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam")
    first.to_answering()
    interview = first.session.interview
    assert interview is not None
    # the window saves the pending draft as it is told of the pause
    interview.on_change(lambda old, new: new is State.PAUSED and first.session.save_draft(DRAFT))
    first.session.toggle_pause()
    assert first.session.state is State.PAUSED
    sid = first.session.session_id
    assert DRAFT in (tmp_path / "drafts" / f"session-{sid}.json").read_text(encoding="utf-8")


def test_a_resumed_answer_with_words_goes_on_being_answered(tmp_path: Path) -> None:
    """Walkthrough 26: resumed with a half-typed answer, the interview went back to "Think about
    your answer" and its countdown while the typing carried on. With words in the restored
    answer it resumes into answering (the time used goes on); a draft of no words (only the
    time used) still shows the question and its thinking time."""
    first = Harness(tmp_path, follow_ups=False)
    first.start("tech.overfit", "case.spam")
    first.to_answering()
    first.session.save_draft(DRAFT)
    second = Harness(tmp_path, follow_ups=False, storage=first.storage)
    record = second.storage.unfinished_session()
    assert record is not None
    second.session.resume(record, [second.q("tech.overfit"), second.q("case.spam")])
    assert second.session.state is State.ANSWERING
    assert second.of(ev.DraftRestored) == [ev.DraftRestored(DRAFT)]
    second.session.primary(DRAFT + " data.")
    assert second.session.state is State.REVIEWING

    third = Harness(tmp_path / "empty", follow_ups=False)
    third.start("tech.overfit")
    third.to_answering()
    third.session.save_draft("   ")
    fourth = Harness(tmp_path / "empty", follow_ups=False, storage=third.storage)
    record = fourth.storage.unfinished_session()
    assert record is not None
    fourth.session.resume(record, [fourth.q("tech.overfit")])
    assert fourth.session.state in (State.ASKING, State.PREPARING)
