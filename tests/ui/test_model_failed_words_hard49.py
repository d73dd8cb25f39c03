"""What the interview page says when the chosen speech model cannot load (attack run 49, real
window, a model folder whose model.bin was cut short, spoken answers through a virtual
microphone): "The speech model could not be loaded (/m/half: cannot load speech model (its
model.bin is cut short or damaged: copy or download the model again)); answers are typed
instead.": the reason inside a second "could not be loaded (...)"."""

from __future__ import annotations

from typing import Any

from simulator.speech.errors import ModelUnavailableError


def test_a_model_that_cannot_load_is_said_once_hard49(qtbot: Any) -> None:  # noqa: ARG001
    from simulator.ui.tasks import TaskManager
    from simulator.ui.voice import VoiceAnswers

    tasks = TaskManager()
    voice = VoiceAnswers(tasks)
    said: list[str] = []
    voice.failed.connect(said.append)
    reason = "/m/half: cannot load speech model (its model.bin is cut short or damaged: copy it)"
    voice._model_failed(ModelUnavailableError(reason))
    voice._model_failed(MemoryError("out of memory"))
    tasks.shutdown()
    assert said == [
        f"The speech model cannot be used: {reason}.",
        "The speech model could not be loaded (out of memory).",
    ]  # "Type your answers from now on." is the session's to add (round 51: said twice)
    assert "))" not in said[0]
