"""A spoken interview stopped mid-recording on its last question, resumed with no microphone
there: at the wrap-up, while the cut recording was transcribed, the page said "No microphone
found. Type your answers from now on." (real window, 960x640, dark, round 51): no answer is
left to type. The microphone is checked only while an answer is still to come."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness, spoken

from simulator.core.interview import State

PARTIAL = "Overfitting is when it memorizes noise in the data."


def _cut_last_answer(tmp_path: Path) -> tuple[Harness, int]:
    h = Harness(tmp_path)
    plan = {"name": "Spoken", "question_ids": ["tech.overfit"], "spoken": True, "voice": False}
    sid = h.storage.create_session(plan)
    wav = tmp_path / "cut.wav"
    wav.write_bytes(b"RIFF")
    h.storage.add_answer(sid, "tech.overfit", 0, "spoken", "", audio_path=str(wav))
    h.speech.recovered["cut.wav"] = spoken(PARTIAL)
    return h, sid


def test_no_typing_is_asked_for_at_a_resumed_wrap_up_r51(tmp_path: Path) -> None:
    h, sid = _cut_last_answer(tmp_path)
    h.speech.problem = "No microphone found."
    record = h.storage.session(sid)
    h.session.resume(record, [h.q("tech.overfit")])
    assert h.session.state is State.SCORECARD  # recovered, scored, the scorecard made
    assert not [n for n in h.notices() if "Type your answers" in n], h.notices()
    assert h.storage.session(sid).answers[0].text == PARTIAL
