"""A run that cannot save to the session database (issue 8, read-only at start): what Home says
at its top, whether it can try the database again, and what Start and Resume ask before an
interview whose answers will be kept only if saved to a file at the end. Qt-free; the window
renders these words (``simulator.ui.read_only_run``).

Start and Resume stay possible after a clear confirmation (not disabled): the person chose
"Continue read-only", may want to practise while the other program finishes, and quitting
offers to save the answers to a file; what must not happen is a 30-minute interview begun
without knowing that it cannot be kept as usual."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

TRY_AGAIN = "Try again"


class ReadOnlyStorage(Protocol):
    read_only: bool
    read_only_notice: str
    read_only_advice: str  # the notice's last part: what helps (free some space, ...)

    @property
    def read_only_kind(self) -> str: ...

    @property
    def read_only_why(self) -> str: ...


@dataclass(frozen=True)
class ReadOnlyRun:
    """``kind``: "locked" (another program held the file at start), "full" (the disk) or
    "read-only" (the folder); ``why``: the cause in words, naming the file and, when locked,
    the program holding it where it can be found."""

    kind: str
    why: str
    # what helps, when starting again is what does (free some space, another --data-dir):
    # said once, in the banner (walk61: the banner's "Start the app again once it can be
    # written" and, under it, Home's notice "Free some space and start the app again")
    advice: str = ""

    @property
    def can_try_again(self) -> bool:
        """Only a lock goes away by itself while the app runs (the other program closes)."""
        return self.kind == "locked"

    def banner(self) -> str:
        what = (
            f"This run is read-only: {self.why}. Past sessions can be browsed, but answers "
            "given now are not saved to it (quitting offers to save them to a file)."
        )
        if self.can_try_again:
            return f"{what} Close that program, then choose {TRY_AGAIN} to save as usual."
        if self.advice:
            return f"{what} {self.advice}"
        return f"{what} Start the app again once it can be written to save as usual."

    def confirm_question(self, resuming: bool) -> str:
        if resuming:
            return "Resume this interview without saving to the database?"
        return "Start an interview that cannot be saved to the database?"

    def confirm_detail(self, resuming: bool) -> str:
        first = (
            f"Close that program and choose {TRY_AGAIN} on Home first to keep them as usual."
            if self.can_try_again
            else "Start the app again once the database can be written to keep them as usual."
        )
        return (
            f"This run is read-only: {self.why}.\n\n"
            f"The answers you give {'from here ' if resuming else ''}will be kept only if you "
            f"save them to a file when you quit. {first}"
        )

    def interview_notice(self) -> str:
        """Above the answer for a whole interview given in this run."""
        return (
            "This run is read-only: your answers are kept in memory, not saved to the "
            "database (quitting offers to save them to a file)."
        )

    def confirm_button(self, resuming: bool) -> str:
        """The confirming button's caption (with its Alt letter)."""
        return "&Resume anyway" if resuming else "&Start anyway"


def read_only_run(storage: ReadOnlyStorage) -> ReadOnlyRun | None:
    """The run's read-only state, or None when the database saves as usual."""
    if not storage.read_only:
        return None
    return ReadOnlyRun(storage.read_only_kind, storage.read_only_why, storage.read_only_advice)


@dataclass(frozen=True)
class NoticePlaces:
    """Where the window shows a storage notice: in the notice box on Home, in the status bar."""

    home: bool
    status_bar: bool
    # Home's words: the notice, or under the banner its advice alone (attack run 49, a full
    # disk: the notice box said again what the banner said, and "new answers cannot be
    # saved" beside the banner's "quitting offers to save them to a file")
    home_text: str = ""


def notice_places(storage: ReadOnlyStorage, notice: str) -> NoticePlaces:
    """A notice the read-only banner at Home's top says already is not said again: the status
    bar repeated the lock's notice below the banner, cut off at the window's edge
    (walkthrough 28). The run's own notice is not shown at all: the banner names the cause
    and what helps (Try again for a lock; free some space or another --data-dir, its advice,
    otherwise). Home's notice box said that advice again under a banner that ended "Start
    the app again once it can be written" (walk61)."""
    run = read_only_run(storage)
    if run is None or notice != storage.read_only_notice:
        return NoticePlaces(home=True, status_bar=True, home_text=notice)
    return NoticePlaces(home=False, status_bar=False, home_text="")


def still_locked(why: str) -> str:
    """What Home says when Try again finds the file still locked."""
    return f"Still read-only: {why}. Close that program, then choose {TRY_AGAIN}."


OPEN_AS_USUAL = "The session database is open as usual again: new answers are saved."


def opened_again(saved: int, still_unsaved: int) -> str:
    """What the window says once Try again opened the database, of the answers given while the
    run was read-only (``saved`` now, ``still_unsaved``: kept in memory, offered at quit). One
    short line: the status bar cuts a longer one at the window's edge."""
    if still_unsaved:
        return (
            f"Saving works again, but {_answers(still_unsaved)} given while read-only "
            f"{'is' if still_unsaved == 1 else 'are'} not saved yet: quitting offers a file."
        )
    if saved:
        return (
            f"Saving works again: the {_answers(saved)} given while read-only "
            f"{'is' if saved == 1 else 'are'} saved too (under Past sessions)."
        )
    return OPEN_AS_USUAL


def _answers(n: int) -> str:
    return f"{n} answer{'' if n == 1 else 's'}"
