"""Pausing the interview (Ctrl+P) in any state a person waits or answers in.

What stops: the interviewer's voice (read again on resume), the thinking countdown, the answer
clock (``Interview``), the STAR timer, and a spoken answer's recording with its captions and
silence count (``SpeechInput.pause``: resuming goes on in the same recording). Paused while the
last words are transcribed, the transcript waits and is shown on resume. Ending the interview,
or losing the microphone, while paused takes the answer as it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.core.interview import State
from simulator.core.session import events as ev
from simulator.core.session.flow import Flow

if TYPE_CHECKING:
    from simulator.core.transcript import Transcript

_ANSWERS = (State.ANSWERING, State.FOLLOW_UP)


class Pausable(Flow):
    _held_transcript: Transcript | None = None  # arrived while paused in TRANSCRIBING

    def toggle_pause(self) -> None:
        """Ctrl+P: hold the interview, or go on from where it was held."""
        if self.state is State.PAUSED:
            self._go_on()
            return
        held = self.state
        self._send("pause")  # IllegalTransition where nothing can be held
        self._voice.stop()  # read again from its start on resume
        self._prep.pause()
        if self.star is not None and held in _ANSWERS:
            # the clock and the timer as they stopped, from one moment: the last tick's clock
            # (up to a quarter second old) read 0:03 beside a Situation at 0:04 (walkthrough 60)
            self.star.pause()
            elapsed = self._require().answer_clock.elapsed()
            self._emit(self._ticked(elapsed))
            self._emit(ev.StarTicked(tuple(self.star.phases(elapsed))))
        elif self.star is not None:
            self.star.pause()
            self._emit(ev.StarTicked(tuple(self.star.phases())))
        if self._speech is not None and self.spoken and held in _ANSWERS:
            self._speech.pause()  # also a microphone still opening: it opens held

    def _go_on(self) -> None:
        self._send("resume")
        state = self.state
        if state is State.PREPARING:
            self._prep.resume()
        elif state in _ANSWERS:
            if self.star is not None:
                self.star.resume()
            if self._speech is not None and self.spoken:
                self._speech.resume()
        elif state is State.TRANSCRIBING:
            self._release_transcript()
        elif state is State.ASKING:
            self._ask()
        elif state is State.BRIEFING:
            self._briefed()
        elif state is State.ASKING_FOLLOW_UP and self._slot is not None:
            slot = self._slot
            self._voice.say(slot.entry.asked(slot.part.follow_up or ""), self._follow_up_read)

    def _leave_pause_as_is(self) -> None:
        """Ending the interview (or losing the microphone) while an answer is paused: the
        answer is taken as it stands, from the state it was paused in, without recording
        again (the microphone is stopped, not resumed, by what follows); a transcript that
        came in while paused is shown now."""
        interview = self.interview
        if interview is None or self.state is not State.PAUSED:
            return
        if interview.paused_from in _ANSWERS:
            self._send("resume")
            if self.star is not None:
                self.star.resume()  # submit stops it again, with its times as they were
        elif interview.paused_from is State.TRANSCRIBING:
            self._send("resume")
            self._release_transcript()

    def _hold(self, transcript: Transcript) -> bool:
        """Keep a transcript that came in while paused in TRANSCRIBING, for the resume."""
        interview = self.interview
        if (
            interview is not None
            and self.state is State.PAUSED
            and interview.paused_from is State.TRANSCRIBING
        ):
            self._held_transcript = transcript
            return True
        return False

    def _release_transcript(self) -> None:
        transcript, self._held_transcript = self._held_transcript, None
        if transcript is not None:
            self.transcribed(transcript)

    if TYPE_CHECKING:  # the engine's (``Session``), which a held transcript goes through

        def transcribed(self, transcript: Transcript) -> None: ...
