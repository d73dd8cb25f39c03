"""Ctrl+Q while a spoken answer ended by its silence was being transcribed (walkthrough 52,
1280 x 800, dark, the first answer of a Quick practice): the quit box said "Nothing is
answered yet: Home offers to resume this interview (Ctrl+R) or to discard it.", of an answer
recorded in full that resuming transcribes and scores. Paused while speaking (Ctrl+P, then
Ctrl+Q), the box did not speak of the answer under way at all."""

from __future__ import annotations

from simulator.core.interview import State
from simulator.ui.quit_confirm import _what_is_kept


def test_an_answer_being_transcribed_is_said_kept_for_the_resume_r52() -> None:
    first = _what_is_kept(State.TRANSCRIBING, True, 0, 0)
    assert "Nothing is answered yet" not in first, first
    assert "recorded" in first and "transcribes and scores it" in first and "Ctrl+R" in first
    later = _what_is_kept(State.TRANSCRIBING, True, 0, 2)
    assert "The answers you have given are saved" in later
    assert "just recorded" in later and "transcribes and scores it" in later, later
    unsure = _what_is_kept(State.TRANSCRIBING, True, 1, 2)  # saving fails: not promised
    assert "not saved yet" in unsure and "being transcribed" in unsure, unsure


def test_a_typed_interview_s_quit_box_is_as_before_r52() -> None:
    assert _what_is_kept(State.REVIEWING, False, 0, 0).startswith("Nothing is answered yet")


def test_a_spoken_answer_paused_is_said_kept_as_while_speaking_r52(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from simulator.ui import quit_confirm

    controller = type(
        "Paused",
        (),
        {
            "state": State.PAUSED,
            "interview": type("I", (), {"paused_from": State.ANSWERING})(),
            "underlying_state": State.ANSWERING,  # the core's: the state the pause interrupted
            "spoken": True,
            "session_id": 1,
            "draft_not_kept": False,
            "unsaved_count": lambda self: 0,
            "given_count": lambda self: 1,
        },
    )()
    monkeypatch.setattr(type(window), "existing_controller", property(lambda w: controller))
    said: list[str] = []

    def answer(box: QMessageBox) -> int:
        said.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(quit_confirm, "interview_held", _no_hold)
    assert quit_confirm.quit_allowed(window) is False
    assert "as recorded so far, is kept" in said[0], said


class _Held:
    resume = True


class _no_hold:  # noqa: N801 (a stand-in for the context manager)
    def __init__(self, _window: object) -> None:
        pass

    def __enter__(self) -> _Held:
        return _Held()

    def __exit__(self, *_exc: object) -> None:
        return None
