"""The F1 list of keyboard shortcuts: its text (kept in step with the README's table) and the
dialog that shows it."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from simulator.ui.modal import give_keyboard_back, keyboard_of
from simulator.ui.widgets.document_keys import document_ends_keys
from simulator.ui.widgets.whole_lines import WholeLinesBrowser

LIST_NAME = "shortcutsDialog"  # the F1 list's dialog
_Action = QAbstractSlider.SliderAction
# Keys that page the list while Close has the keyboard (Tab moved it there and PgDn did nothing)
_PAGING = {
    Qt.Key.Key_PageDown: _Action.SliderPageStepAdd,
    Qt.Key.Key_PageUp: _Action.SliderPageStepSub,
    Qt.Key.Key_Down: _Action.SliderSingleStepAdd,
    Qt.Key.Key_Up: _Action.SliderSingleStepSub,
    Qt.Key.Key_End: _Action.SliderToMaximum,
    Qt.Key.Key_Home: _Action.SliderToMinimum,
}


# The list's section for the page or dialog F1 was pressed on, by its object name
SECTION_OF = {
    "homePage": "Home",
    "settingsDialog": "Settings",
    "interviewPage": "Interview",
    "scorecardPage": "Scorecard",
    "reviewPage": "Review",
    "attemptsPage": "Attempts",
    "progressPage": "Progress",
    "historyPage": "History",
}


def section_for(widget: QWidget | None) -> str | None:
    """The section of the page (or dialog) ``widget`` is, or shows: the main window's is its
    current page's."""
    if widget is None:
        return None
    stack = getattr(widget, "stack", None)
    page = stack.currentWidget() if stack is not None else widget
    return SECTION_OF.get(page.objectName()) if page is not None else None


def show_shortcuts(parent: QWidget, section: str | None = None) -> QDialog:
    """The list, not modal. A table, not space-padded text (padding only lines up in a
    fixed-width font), in a scrolling view: the list is taller than a small screen. It opens
    at ``section``, the keys of the page F1 was pressed on: it opened at Home's on every page,
    History's and Review's three screens further down (walk65b)."""
    dialog = QDialog(parent)
    dialog.setObjectName(LIST_NAME)
    dialog.setWindowTitle("Keyboard shortcuts")
    layout = QVBoxLayout(dialog)
    # whole lines at any size and as it pages: "Ctrl+S Export" showed cut in half (walk59)
    text = WholeLinesBrowser()
    text.setObjectName("shortcutsList")
    text.setAccessibleName("Keyboard shortcuts")
    text.setHtml(shortcuts_table(SHORTCUTS_HELP))
    text.setTabChangesFocus(True)
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.setObjectName("shortcutsButtons")
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(560, min(640, max(360, parent.height() - 80)))
    open_reading_dialog(dialog, text, buttons)
    if section is not None and not SHORTCUTS_HELP.startswith(
        section + "\n"
    ):  # (the first: at the top)
        text.scrollToAnchor(_anchor(section))
    return dialog


def _anchor(section: str) -> str:
    return "section-" + re.sub(r"\W+", "-", section)


def open_reading_dialog(
    dialog: QDialog, text: QAbstractScrollArea, buttons: QDialogButtonBox
) -> None:
    """Open a dialog for reading a long text, not modal, the keyboard in the text: the text
    pages while the buttons have the keyboard, and the keyboard goes back where it was when
    the dialog closes (it left no widget with it: Tab started anywhere, Ctrl+, did nothing)."""
    bar = text.verticalScrollBar()
    # Ctrl+Home and Ctrl+End in the text: the pack problems' list took Home and End only
    # (walkthrough 45), as the F1 list once did
    document_ends_keys(text)
    for key, action in _PAGING.items():
        keys = QShortcut(QKeySequence(key), buttons)
        keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys.activated.connect(lambda a=action: bar.triggerAction(a))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _keyboard_back_on_close(dialog)
    dialog.open()
    text.setFocus()


def open_giving_keyboard_back(dialog: QDialog) -> None:
    """Open ``dialog`` (not modal); when it closes the keyboard goes back where it was. Closed
    with Esc, the About box and the failure boxes left no widget with the keyboard: no focus
    shown, typing went nowhere, Tab started anywhere (walkthrough 39), as the F1 list had."""
    _keyboard_back_on_close(dialog)
    dialog.open()


def _keyboard_back_on_close(dialog: QDialog) -> None:
    parent = dialog.parentWidget()
    before = keyboard_of(parent.window()) if parent is not None else QApplication.focusWidget()
    if before is not None:
        window = before.window()
        dialog.finished.connect(lambda _: give_keyboard_back(window, before))


def shortcuts_table(text: str) -> str:
    """``SHORTCUTS_HELP`` as an HTML table: a heading row per section, keys in one column."""
    entries: list[tuple[str, str] | str] = []  # (keys, action), or a section title
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            entries.append(line)
        elif line.startswith("      ") and entries and isinstance(entries[-1], tuple):
            keys, action = entries[-1]  # the action goes on from the line above
            entries[-1] = (keys, f"{action} {line.strip()}")
        else:
            parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
            entries.append((parts[0], parts[1] if len(parts) > 1 else ""))
    rows = [
        # a blank line between sections, none above the first (the list opened on a gap)
        f'<tr><td colspan="2">{"<br>" if i else ""}<a name="{_anchor(e)}"></a>'
        f"<b>{html.escape(e)}</b></td></tr>"
        if isinstance(e, str)
        else f'<tr><td style="padding-right:18px; white-space:nowrap">{html.escape(e[0])}</td>'
        f"<td>{html.escape(e[1])}</td></tr>"
        for i, e in enumerate(entries)
    ]
    return "<table cellspacing='2'>" + "".join(rows) + "</table>"


SHORTCUTS_HELP = """Home
  Ctrl+Enter    Start the interview
  Enter         In Plan, Categories, Questions, Voice or Answers: start the
                interview too
  Ctrl+R        Resume an interrupted interview
  Alt+D         Discard it (asks first; its answers stay saved)
  Enter (in the list)  Open the selected past session's scorecard
  Ctrl+Shift+R  Review the selected session's answers

Settings
  Ctrl+PgUp/Dn  Previous or next section (Ctrl+Tab too)
  Alt+letter    The section whose name has that letter underlined

Interview
  Ctrl+Enter    Skip the introduction, the reading or the thinking time /
                submit the answer / next question (after the last one: the
                scorecard; typing starts the answer too)
  Ctrl+K        Skip the question (with an answer typed: asks first)
  Ctrl+P        Pause or resume
  Ctrl+E        End the interview and see the scorecard (with questions
                still to come, or the last one unanswered after others, it
                asks first)
  Ctrl+1 … 4    Behavioral answers: mark Situation, Task, Action, Result
  Alt+1 … 4     After an answer: how did it feel (Again, Hard, Good, Easy)

Scorecard
  Ctrl+S        Export
  Ctrl+Shift+R  Review the selected answer
  Ctrl+Shift+P  Practise the selected question again
  Esc           Back (to History when opened from it, else Home)

Review
  Space         Play or pause
  Left / Right  Back or forward 5 seconds
  Ctrl+Up/Down  Faster or slower (0.75x to 1.5x)
  Alt+C         Which recording plays: the answer's or a follow-up's
  Ctrl+PgUp/Dn  Previous or next answer
  Ctrl+Shift+P  Practise the question again (a new attempt)
  Ctrl+Shift+A  Attempts of the question, compared
  Ctrl+Shift+T  Transcribe again with a model you choose
  Ctrl+S        Export the session's scorecard
  Click a word  Play from that word
  Esc           Back (while a re-score or transcription runs: cancel it)

Attempts
  Ctrl+1 / 2    Choose the earlier / later attempt
  Ctrl+Shift+P  Practise again
  Esc           Back

Progress
  Esc           Back

History
  Ctrl+F        Search what you said or typed
  Enter (in the search)  Go to the sessions found
  Esc (in the search)  Clear it (when empty: back)
  Enter         Open the selected session's scorecard
  Ctrl+Shift+R  Review its answers
  Delete        Delete it with its recordings (asks first)
  Ctrl+Z        Bring back the session just deleted (until you leave History)
  Esc           Back

Everywhere
  Ctrl+H        Home (during an interview: end it first, Ctrl+E)
  Ctrl+,        Settings
  Ctrl+G        Progress: scores, pace, STAR balance over time
  Ctrl+Shift+H  History: every session, sorted and filtered
  F5            Read the question packs again (a pack added or fixed)
  F1            This list
  Ctrl+Q        Quit (during an interview it asks first)"""
