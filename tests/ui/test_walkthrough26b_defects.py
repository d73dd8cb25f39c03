"""Defects a new user met in the twenty-sixth keyboard walkthrough (ux26b; offscreen here)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from simulator.settings import Settings


@pytest.mark.parametrize("start", ["whisper", "sphinx", "google"])
def test_settings_says_what_the_chosen_engine_really_uses(qtbot, start) -> None:  # type: ignore[no-untyped-def]
    """With PocketSphinx (or Google) chosen, the Speech tab still read "In use: tiny.en", a
    Whisper model that engine never loads. It says what the chosen engine uses, whether the
    dialog opens on that engine or it is chosen there."""
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(replace(Settings(), speech_engine=start))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.speech)
    speech = dialog.speech
    assert speech.engine is not None
    seen = {}
    for engine in (start, "sphinx", "google", "whisper"):
        speech.engine.setCurrentIndex(speech.engine.findData(engine))
        seen[engine] = speech.status.text()
    assert "PocketSphinx" in seen["sphinx"] and "tiny.en" not in seen["sphinx"], seen
    assert "Google" in seen["google"] and "tiny.en" not in seen["google"], seen
    assert seen["whisper"].startswith("In use: ") and "Google" not in seen["whisper"], seen


def test_a_resumed_half_typed_answer_goes_on_being_answered(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Resumed with a half-typed answer, the page went back to "Think about your answer" and a
    countdown while typing carried on in the box. With words in the restored answer the
    interview resumes into answering: the text is back, the box takes keys, no countdown."""
    from simulator import paths
    from simulator.core.interview import State
    from simulator.core.session import events as ev
    from simulator.core.session.drafts import Draft, Drafts
    from tests.ui.stand_ins import wait_state

    window.services.settings.follow_ups = False
    sid = services.storage.create_session(
        {"name": "Quick practice", "question_ids": ["tech.overfit"]}
    )
    typed = "Overfitting is when the model memorizes"
    Drafts(lambda: paths.recordings_dir().parent / "drafts").write(sid, Draft(0, None, typed))
    events: list[object] = []
    window.controller.core_event.connect(events.append)
    window.resume_session(sid)
    page = window.interview
    wait_state(qtbot, window, State.ANSWERING)
    assert not [e for e in events if isinstance(e, ev.PrepTicked)]  # no thinking countdown
    qtbot.waitUntil(lambda: page.answer.toPlainText() == typed, timeout=5000)
    assert not page.answer.isReadOnly()
    assert "Think about your answer" not in page.hint.text() + page.status.text()
    qtbot.keyClicks(page.answer, " noise")
    assert page.answer.toPlainText() == typed + " noise"
    assert window.controller.state is State.ANSWERING
