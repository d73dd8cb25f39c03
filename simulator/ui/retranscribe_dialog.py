"""Review → Re-transcribe…: choose the Whisper model (and whether it is this answer or every
recording of the session) before the recording is transcribed again.

The list is the one Settings shows (``speech.models.model_choices``); a model that is not on
this computer stays in the list, greyed, and the reason is said under it, so a person sees why
it cannot be picked rather than wondering where it went.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from simulator.core.tables import joined_with_and
from simulator.speech.models import ModelChoice
from simulator.ui.widgets.common import label, name, plain_tip


@dataclass(frozen=True)
class RetranscribeRequest:
    model: str  # a ModelChoice key: "" is the bundled tiny.en
    label: str  # the model as people read it
    whole_session: bool


class RetranscribeDialog(QDialog):
    def __init__(
        self,
        choices: list[ModelChoice],
        current: str,
        answer_label: str,
        parent: QWidget | None = None,
        has_audio: bool = True,
    ) -> None:
        """``current`` is the model in use (preselected when available); ``answer_label`` names
        the answer ("answer 3"); without ``has_audio`` only the whole session can be chosen."""
        super().__init__(parent)
        self.setObjectName("retranscribeDialog")
        self.setWindowTitle("Transcribe again")
        self._choices = choices
        root = QVBoxLayout(self)
        root.setContentsMargins(18, 16, 18, 14)
        root.setSpacing(10)
        # The window title is drawn only by a window manager that draws titles (none in a bare X
        # session or some tiling ones): the dialog opened on an unexplained paragraph.
        heading = label(self.windowTitle(), "sectionTitle")
        name(heading, "retranscribeHeading", self.windowTitle())
        root.addWidget(heading)
        intro = label(
            "The recording is transcribed again with the model you choose, then scored again. "
            "The current transcript and score stay until the new ones are complete; the old "
            "transcript is kept in the answer's history.",
            "hint",
        )
        name(intro, "retranscribeIntro", "What transcribing again does")
        root.addWidget(intro)

        row = QHBoxLayout()
        caption = label("Speech &model:", "", wrap=False)
        self.model = QComboBox()
        name(self.model, "retranscribeModel", "Speech model to transcribe with")
        self.model.setMinimumContentsLength(34)
        caption.setBuddy(self.model)
        items = self.model.model()
        assert isinstance(items, QStandardItemModel)
        for choice in choices:
            text = choice.label if choice.available else f"{choice.label}: unavailable"
            self.model.addItem(text, choice.key)
            item = items.item(self.model.count() - 1)
            item.setToolTip(plain_tip(choice.reason or choice.label))
            if not choice.available:
                item.setEnabled(False)
        usable = [i for i, c in enumerate(choices) if c.available]
        preferred = next((i for i in usable if choices[i].key == current), None)
        if preferred is None and usable:
            preferred = usable[0]
        self.model.setCurrentIndex(preferred if preferred is not None else 0)
        row.addWidget(caption)
        row.addWidget(self.model, 1)
        root.addLayout(row)

        self.unavailable = label(unavailable_text(choices), "hint")
        self.unavailable.setTextFormat(Qt.TextFormat.PlainText)
        name(self.unavailable, "retranscribeUnavailable", "Models that cannot be used now")
        self.unavailable.setVisible(bool(self.unavailable.text()))
        root.addWidget(self.unavailable)

        self.this_answer = QRadioButton(f"&This answer only ({answer_label})")
        name(self.this_answer, "retranscribeThisAnswer", "Transcribe this answer only")
        self.whole_session = QRadioButton("Every &recording of this session")
        name(self.whole_session, "retranscribeSession", "Transcribe every recording of the session")
        self.this_answer.setEnabled(has_audio)
        (self.this_answer if has_audio else self.whole_session).setChecked(True)
        root.addWidget(self.this_answer)
        root.addWidget(self.whole_session)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("retranscribeButtons")
        self.buttons.setAccessibleName("Start or cancel")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Transcribe &again")
        name(ok, "retranscribeStart", "Transcribe again")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        name(cancel, "retranscribeCancel", "Cancel")
        ok.setEnabled(bool(usable))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.model.setFocus()

    def request(self) -> RetranscribeRequest | None:
        """What was chosen (None when the chosen model cannot run)."""
        index = self.model.currentIndex()
        if not 0 <= index < len(self._choices) or not self._choices[index].available:
            return None
        choice = self._choices[index]
        return RetranscribeRequest(choice.key, choice.label, self.whole_session.isChecked())


def unavailable_text(choices: list[ModelChoice]) -> str:
    """Why the greyed models cannot run: the ones to download in one sentence, others each."""
    downloads = [c for c in choices if not c.available and c.kind == "download"]
    lines = [f"{c.reason}." for c in choices if not c.available and c.kind != "download"]
    if downloads:
        names = [f"{c.key} (about {c.size})" for c in downloads]
        listed = joined_with_and(names)
        verb, them = ("are", "them") if len(names) > 1 else ("is", "it")
        lines.append(
            f"{listed} {verb} not on this computer: download {them} once in Settings → Speech "
            "recognition (needs the internet)."
        )
    return "\n".join(lines)


def ask_retranscribe(
    parent: QWidget,
    choices: list[ModelChoice],
    current: str,
    answer_label: str,
    has_audio: bool = True,
) -> RetranscribeRequest | None:
    """The one place the dialog runs modally (tests patch it)."""
    from simulator.ui.modal import run_modal

    dialog = RetranscribeDialog(choices, current, answer_label, parent, has_audio)
    try:
        # Back to the window: its shortcuts (Esc cancels the job this starts) work at once, on
        # a platform with no window manager to hand the focus back too.
        return dialog.request() if run_modal(dialog) == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
