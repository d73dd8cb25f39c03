"""The notice above the answer on the Interview page, and how long each kind of notice lasts."""

from __future__ import annotations

from simulator.core.interview import State
from simulator.ui.widgets.common import label, name

# While an answer is still being given: a notice about its text lasts ("typing")
_GIVING_AN_ANSWER = frozenset(
    (
        State.ASKING,
        State.PREPARING,
        State.ANSWERING,
        State.ASKING_FOLLOW_UP,
        State.FOLLOW_UP,
        State.PAUSED,
    )
)


class InterviewNotice:
    """One line (or a few) above the answer. What is true for the whole session (no
    microphone, no audio output) comes back once a shorter-lived notice is over.

    ``lasts``: "moment" (until the state changes), "answer" (until a follow-up is asked),
    "question", "session", "unsaved" (the interview could not be saved) or "typing" (while the
    answer is being given)."""

    def __init__(self) -> None:
        self.label = label("", "notice")
        name(self.label, "noticeLabel", "Notice")
        self.label.hide()
        self.lasts = "question"
        self._session_text = ""  # e.g. no audio output: true for the whole session

    def new_session(self) -> None:
        """A new session: its own notices."""
        self._session_text = ""

    def post(self, text: str, lasts: str = "question") -> None:
        if not text and lasts == "typing":
            # what was said about the text being typed is no longer true (its draft reached
            # the disk again): the session's notice comes back, any other notice stays
            if self.lasts == "typing":
                self.restore_session()
            return
        if lasts == "session":
            # each fact about the whole session stays: no microphone AND no audio output
            lines = self._session_text.split("\n") if self._session_text else []
            lines += [line for line in text.split("\n") if line and line not in lines]
            text = self._session_text = "\n".join(lines)
            if self.lasts in ("answer", "question", "unsaved", "typing") and self.label.text():
                # e.g. the voice failing late must not hide "could not be saved": it shows
                # once the notice it would have covered is over
                return
        self.lasts = lasts
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def restore_session(self) -> None:
        """What is true for the whole session, once a shorter-lived notice is over."""
        self.lasts = "session"
        self.post(self._session_text, "session")

    def state_changed(self, state: State) -> None:
        """The interview moved on: a notice whose time is over gives way to the session's."""
        if (
            self.lasts == "moment"
            or (self.lasts == "answer" and state is State.ASKING_FOLLOW_UP)
            or (self.lasts == "typing" and state not in _GIVING_AN_ANSWER)
        ):  # "answer ended after 4 s of silence" is not about the follow-up's answer
            self.restore_session()
