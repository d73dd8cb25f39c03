"""What the Interview page says in each state of the interview: the status pill, the main
button, the hint under the question and the answer box's placeholder, and how a pause looks
(the page decides when; this says what)."""

from __future__ import annotations

from simulator.core.interview import State
from simulator.ui.style import WARN

STATUS_TEXT = {
    State.BRIEFING: "Interviewer is introducing the session",
    State.ASKING: "Interviewer is asking",
    State.ASKING_FOLLOW_UP: "Interviewer is asking a follow-up",
    State.PREPARING: "Think about your answer",
    State.ANSWERING: "Your answer",
    State.TRANSCRIBING: "Transcribing your answer…",
    State.FOLLOW_UP: "Follow-up question",
    State.REVIEWING: "Answer saved",
    State.WRAP_UP: "Preparing your scorecard…",
    # The session is over but its card is still being prepared (off the GUI thread): an
    # empty pill and a grey "Next" looked like a hang.
    State.SCORECARD: "Preparing your scorecard…",
    State.PAUSED: "❚❚ Paused",
}
# Said in place of "Could not save …: your answers are kept in memory" once they are saved.
SAVED_AGAIN = "Saved: the answers that were kept in memory are on the disk now."
ANSWER_STATES = (State.ANSWERING, State.FOLLOW_UP)
SKIPPABLE_STATES = (
    State.ASKING,
    State.PREPARING,
    State.ANSWERING,
    State.ASKING_FOLLOW_UP,
    State.FOLLOW_UP,
)
# Paused is unmistakable: an amber pill, and what to do in an amber box under the question.
PAUSED_PILL_STYLE = f"QLabel {{ background: {WARN}; color: #1d1d1f; }}"
PAUSED_HINT_STYLE = (
    "QLabel { background: rgba(216, 138, 27, 0.15); color: palette(text); "
    f"border: 1px solid {WARN}; border-radius: 6px; padding: 6px 10px; }}"
)
# The paused box's border and padding above and below its text (PAUSED_HINT_STYLE): taken
# from the question card's spacing and foot while paused, so the box appears in place (it
# made the card 14 px taller, and the answer box under it moved down, at each Ctrl+P: walk61).
# Not a resting style sheet of the same room: a widget's style sheet overrides the room the
# app's style keeps round a label Tab reaches for its focus ring (the wrap-up's hint).
PAUSED_BOX_EDGE = 7


_PRIMARY: dict[State, tuple[str, bool]] = {
    State.BRIEFING: ("Skip introduction", True),
    State.ASKING: ("Skip reading", True),
    State.ASKING_FOLLOW_UP: ("Answer now", True),
    State.PREPARING: ("Start answering", True),
    State.ANSWERING: ("Submit answer", True),
    State.FOLLOW_UP: ("Submit answer", True),
    State.REVIEWING: ("Next question", True),
    State.TRANSCRIBING: ("Transcribing…", False),
    State.PAUSED: ("Paused", False),
    State.WRAP_UP: ("Scoring…", False),
    State.SCORECARD: ("Scoring…", False),
}
LAST_REVIEWING = "See the scorecard"
SCORING_HINT = "Scoring your answer…"  # before the hint of REVIEWING, until the score is in
# Every text the main button shows: it keeps the width of the widest, so Pause and Skip
# beside it stay in place as the interview moves on.
PRIMARY_TEXTS = tuple(dict.fromkeys([t for t, _ in _PRIMARY.values()] + [LAST_REVIEWING, "Next"]))


def primary_action(state: State, last: bool) -> tuple[str, bool]:
    """The main button's text in ``state``, and whether it does anything there."""
    if state is State.REVIEWING and last:
        return LAST_REVIEWING, True
    return _PRIMARY.get(state, ("Next", False))


def primary_not_now(state: State) -> str:
    """What Ctrl+Enter says in ``state`` when the main button cannot act."""
    return {
        State.PAUSED: "Paused: press Ctrl+P (Resume) first; then Ctrl+Enter works again.",
        State.TRANSCRIBING: "Your answer is still being transcribed: Ctrl+Enter works again "
        "in a moment.",
        State.WRAP_UP: "Your answers are being scored: the scorecard opens by itself.",
        State.SCORECARD: "Your answers are being scored: the scorecard opens by itself.",
    }.get(state, "")


def state_hint(
    state: State, *, spoken: bool, last: bool, behavioral: bool, paused_from: State | None
) -> str:
    """What to do now, under the question."""
    if state is State.PAUSED:
        return paused_hint(paused_from, spoken)
    hints = {
        State.BRIEFING: "Ctrl+Enter skips the introduction.",
        State.ASKING: "Listen to the question. Ctrl+Enter skips to the thinking time."
        if spoken
        else "Listen to the question. Start typing to answer now, or Ctrl+Enter skips to "
        "the thinking time.",
        State.ASKING_FOLLOW_UP: "Listen to the follow-up. Ctrl+Enter to answer right away.",
        State.PREPARING: "Take a moment to structure your answer.",
        State.ANSWERING: "Speak your answer. Ctrl+Enter ends it."
        if spoken
        else "Type your answer. Ctrl+Enter submits it.",
        State.FOLLOW_UP: "Speak your answer to the follow-up. Ctrl+Enter ends it."
        if spoken
        else "Type your answer to the follow-up. Ctrl+Enter submits it.",
        State.TRANSCRIBING: "Transcribing the last words…",
        State.REVIEWING: (
            "Ctrl+Enter ends the interview and opens the scorecard."
            if last
            else "Ctrl+Enter for the next question."
        )
        + " Alt+1 to Alt+4 rate how it felt (optional).",
        State.WRAP_UP: "Scoring your answers: the scorecard opens by itself.",
        State.SCORECARD: "Scoring your answers: the scorecard opens by itself.",
    }
    hint = hints.get(state, "")
    if state is State.ANSWERING and behavioral:
        hint += " Ctrl+1 to Ctrl+4 mark Situation, Task, Action and Result on the STAR timer."
    return hint


def paused_hint(paused_from: State | None, spoken: bool) -> str:
    """What stopped, and how to go on: a person coming back to the window reads this."""
    if paused_from in ANSWER_STATES and spoken:
        return (
            "Paused: the microphone is off and the clock has stopped; nothing is recorded. "
            "Press Ctrl+P (Resume) to go on with the same answer, or Ctrl+E to end the "
            "interview with what you said so far."
        )
    if paused_from in ANSWER_STATES:
        return "Paused: the clock has stopped. Press Ctrl+P (Resume) to go on typing your answer."
    if paused_from is State.TRANSCRIBING:
        return (
            "Paused: your answer is recorded; its transcript waits for you. Press Ctrl+P "
            "(Resume) to see it, or Ctrl+E to end the interview with it."
        )
    if paused_from in (State.ASKING, State.ASKING_FOLLOW_UP):
        return "Paused. Press Ctrl+P (Resume) to have the question asked again."
    if paused_from is State.BRIEFING:
        return "Paused. Press Ctrl+P (Resume) to go on to the first question."
    if paused_from is State.PREPARING:
        return "Paused: the thinking time has stopped. Press Ctrl+P (Resume) to go on."
    return "Paused. Press Ctrl+P (Resume) to go on."


def status_text(
    state: State, *, spoken: bool, recording: bool, paused_from: State | None, save_failing: bool
) -> str:
    """The status pill's text (the interviewer speaking is shown over it)."""
    if spoken and state in ANSWER_STATES:
        return "● Recording your answer" if recording else "Opening the microphone…"
    if spoken and state is State.PAUSED and paused_from in ANSWER_STATES:
        return "❚❚ Paused · microphone off"
    if save_failing and state is State.REVIEWING:
        return "Answer kept, not saved yet"
    return STATUS_TEXT.get(state, "")


def answer_placeholder(state: State, spoken: bool) -> str:
    """What the empty answer box says. It names Ctrl+Enter only while Ctrl+Enter submits or
    ends the answer: in the thinking time the line above says "Ctrl+Enter to start now" and
    the box said "Ctrl+Enter submits it", two meanings of one key on one screen (ux33)."""
    if state is State.BRIEFING:
        if spoken:  # no box to type in: the caption (it said "Your answers go here", ux48)
            return (
                "A live caption of your spoken answers appears here, once the first question "
                "has been asked."
            )
        return "Your answers go here, once the first question has been asked."
    if state in ANSWER_STATES:
        if spoken:
            return (
                "Speak your answer: a live caption appears here. Ctrl+Enter ends the answer "
                "(it also ends by itself after a long silence)."
            )
        return "Type your answer here. Ctrl+Enter submits it."
    if state is State.TRANSCRIBING:
        return "Your last words are being transcribed: they appear here in a moment."
    if state is State.PAUSED:
        return "Paused: your answer goes on here once you resume (Ctrl+P)."
    if spoken:
        return "A live caption of your spoken answer appears here while you answer."
    return "Your answer goes here: start typing when you are ready."


# The empty box of a spoken answer once speech is heard and its words are not transcribed yet
# (on a busy computer the caption comes seconds behind the voice).
HEARD_PLACEHOLDER = (
    "Listening: your words appear here as they are transcribed, a few seconds behind. "
    "Ctrl+Enter ends the answer."
)


def prep_hint(seconds_left: int, spoken: bool) -> str:
    """The countdown before an answer."""
    typing = "" if spoken else " (or start typing)"
    return f"Think about your answer: {seconds_left} s. Ctrl+Enter to start now{typing}."


# The status pill while the interviewer's voice is busy: being prepared (rendered), then heard
PREPARING_VOICE = "▶ Preparing the interviewer's voice…"
SPEAKING = "▶ Interviewer is speaking"
