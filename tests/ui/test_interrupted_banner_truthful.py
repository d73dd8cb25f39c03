"""Home's banner and Discard's question say only what happened to an interrupted interview:
with nothing answered it read "interrupted after 0 of 6 answers. Everything you answered is
saved.", and Discard promised "The answers you gave stay saved"."""

from __future__ import annotations


def test_nothing_answered_is_said_on_the_banner_and_in_discard(  # type: ignore[no-untyped-def]
    qtbot, window, services, monkeypatch
) -> None:
    storage = services.storage
    ids = [f"tech.q{i}" for i in range(6)]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids})
    window.home.offer_resume(storage.session(sid))
    text = window.home.resume_banner.text()
    assert "nothing was answered yet" in text and "0 of 6" not in text, text
    assert "Everything you answered is saved" not in text
    assert "nothing was answered yet" in window.home.discard_button.toolTip()
    asked: list[str] = []
    monkeypatch.setattr(window.past, "confirm", lambda _title, t: asked.append(t) or False)
    window.discard_session(sid)
    (question,) = asked
    assert "Nothing was answered in it yet" in question
    assert "answers you gave stay saved" not in question


def test_some_answered_still_says_they_are_saved(qtbot, window, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    ids = [f"tech.q{i}" for i in range(6)]
    sid = storage.create_session({"name": "Full loop", "question_ids": ids})
    storage.add_answer(sid, "tech.q0", 0, "typed", "Overfitting is memorizing noise.")
    window.home.offer_resume(storage.session(sid))
    assert "after 1 of 6 answers. Everything you answered is saved." in (
        window.home.resume_banner.text()
    )
    asked: list[str] = []
    monkeypatch.setattr(window.past, "confirm", lambda _title, t: asked.append(t) or False)
    window.discard_session(sid)
    assert "answers you gave stay saved" in asked[0]
