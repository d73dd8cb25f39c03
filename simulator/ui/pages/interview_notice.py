"""The notice under the answer on the Interview page, and how long each kind of notice lasts."""

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
    """One line (or a few) under the answer. What is true for the whole session (no
    microphone, no audio output) comes back once a shorter-lived notice is over.

    ``lasts``: "moment" (until the state changes), "answer" (until a follow-up is asked),
    "question", "session", "unsaved" (the interview could not be saved) or "typing" (while the
    answer is being given)."""

    def __init__(self) -> None:
        self.label = label("", "notice")
        name(self.label, "noticeLabel", "Notice")
        self.label.hide()
        self.lasts = "question"
        # the notice last posted, without the session's facts shown under it (a fact added
        # under a shorter-lived notice leaves it that notice)
        self.posted = ""
        self._session_text = ""  # e.g. no audio output: true for the whole session
        # what became true for the session during this question, shown under any shorter-lived
        # notice until the question is over: "Recording stopped: cannot write ... Type your
        # answers from now on." was hidden behind "Could not save to ...: no space left"
        # (the full disk stopped both), and the page expected typing unsaid (walkthrough 48)
        self._fresh: list[str] = []

    def new_session(self) -> None:
        """A new session: its own notices."""
        self._session_text = ""
        self._fresh = []

    def new_question(self) -> None:
        """A new question: the session's facts are shown on their own again, once (by
        ``restore_session``), not under each notice."""
        self._fresh = []

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
            new = [line for line in text.split("\n") if line and line not in lines]
            text = self._session_text = "\n".join(lines + new)
            self._fresh += new
            shown = self.label.text()
            if self.lasts in ("moment", "answer", "question", "unsaved", "typing") and shown:
                # e.g. the voice failing late must not hide "could not be saved", nor be
                # hidden by it: it shows under that notice (nor "Nothing to submit yet",
                # which it replaced within a second on a busy machine, walkthrough 50)
                self.label.setText(self._with_fresh(shown))
                return
        self.posted = text
        if lasts != "session":
            text = self._with_fresh(text)
        self.lasts = lasts
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def _with_fresh(self, text: str) -> str:
        """``text`` and, under it, what became true for the session during this question."""
        lines = text.split("\n") if text else []
        return "\n".join(lines + [line for line in self._fresh if line not in lines])

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
