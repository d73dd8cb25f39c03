"""Settings, in tabs: the interviewer, the microphone, speech recognition, appearance and data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator import paths
from simulator.core.qt_names import shown
from simulator.settings import RANGES, Settings
from simulator.speech.tts import Voice, english_voices, missing_voice
from simulator.ui import media
from simulator.ui.settings.microphone import MicrophoneTab
from simulator.ui.settings.preview import VoicePreview
from simulator.ui.settings.rows import field, page, section
from simulator.ui.settings.speech import SpeechTab
from simulator.ui.widgets.common import button, label, name, shortcut


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, speaker: Any = None
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker  # renders the Preview; None: no speech engine
        self.setWindowTitle("Settings")
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(640)
        self.resize(700, 540)  # the tallest tab (engine, privacy notice, a download) fits
        self._settings = settings

        self.tabs = QTabWidget()
        name(self.tabs, "settingsTabs", "Settings sections")
        # The row of section tabs shows no focus (Fusion): the keyboard starts in a section
        # and goes from one to the next with Ctrl+Tab or the underlined letters (Alt+M ...).
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self._interviewer_tab(settings), "&Interviewer")
        self.microphone = MicrophoneTab(settings)
        name(self.microphone, "microphoneTab", "Microphone settings")
        self.tabs.addTab(self.microphone, "&Microphone")
        self.speech = SpeechTab(settings)
        name(self.speech, "speechTab", "Speech recognition settings")
        self.tabs.addTab(self.speech, "Speech reco&gnition")
        self.tabs.addTab(self._data_tab(settings), "&Appearance && data")
        # the usual keys for the next / previous tab (the Review page's answers use them too)
        shortcut(self, "Ctrl+PgDown", lambda: self._section_step(1))
        shortcut(self, "Ctrl+PgUp", lambda: self._section_step(-1))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settingsButtons")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # an Alt letter, as every other button has: Alt+S did nothing (walkthrough 45)
        save.setText("&Save")
        name(save, "saveSettings", "Save settings")
        name(
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "cancelSettings",
            "Cancel",
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.speech.acceptable_changed.connect(save.setEnabled)
        save.setEnabled(self.speech.acceptable())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def _section_step(self, step: int) -> None:
        """The next (or previous) section, with the keyboard in it (the tab row takes none)."""
        tabs = self.tabs
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
        current = tabs.currentWidget()
        focused = self.focusWidget()
        if focused is not None and current.isAncestorOf(focused):
            return
        widget = current.nextInFocusChain()
        while widget is not None and widget is not current and current.isAncestorOf(widget):
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    # --- tabs -----------------------------------------------------------------------------
    def _interviewer_tab(self, settings: Settings) -> QWidget:
        tab, layout = page("interviewerTab", "Interviewer settings")
        section(layout, "Interviewer voice")
        self.voice_enabled = QCheckBox("Read questions al&oud")
        name(self.voice_enabled, "voiceEnabled", "Read questions aloud")
        self.voice_enabled.setChecked(settings.voice_enabled)
        layout.addWidget(self.voice_enabled)

        self.voice = QComboBox()
        name(self.voice, "voiceChoice", "Interviewer voice")
        self.voice.addItem("Default voice", "")
        self.voice.setToolTip(
            "Natural voices come from Piper, robotic ones from espeak-ng; both run on this computer"
        )
        self.rate = QSlider(Qt.Orientation.Horizontal)
        name(self.rate, "speakingRate", "Speaking rate in words per minute")
        self.rate.setRange(*(int(x) for x in RANGES["speaking_rate"]))
        self.rate.setSingleStep(5)
        self.rate.setPageStep(20)
        self.rate.setValue(settings.speaking_rate)
        self.rate_label = label(f"{settings.speaking_rate} words/min", "hint", wrap=False)
        name(self.rate_label, "speakingRateValue", "Speaking rate value")
        self.rate.valueChanged.connect(lambda v: self.rate_label.setText(f"{v} words/min"))
        voice_caption, rate_caption = QLabel("&Voice:"), QLabel("Speaking &rate:")
        voice_caption.setBuddy(self.voice)
        rate_caption.setBuddy(self.rate)
        grid = QGridLayout()  # one grid, so the two controls line up
        grid.addWidget(voice_caption, 0, 0)
        grid.addWidget(self.voice, 0, 1, 1, 2)
        grid.addWidget(rate_caption, 1, 0)
        grid.addWidget(self.rate, 1, 1)
        grid.addWidget(self.rate_label, 1, 2)
        self.preview = VoicePreview(
            self._speaker, lambda: (str(self.voice.currentData() or ""), self.rate.value())
        )
        grid.addWidget(self.preview, 2, 1, 1, 2)
        # the voice saved in Settings is not installed here: which, and what speaks instead
        self.voice_missing = label("", "notice")
        name(self.voice_missing, "voiceMissing", "Chosen voice not installed")
        self.voice_missing.hide()
        grid.addWidget(self.voice_missing, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addWidget(
            label(
                "The interviewer reads each question aloud, on this computer: with a natural "
                "voice (Piper) when it is installed, else with espeak-ng, which sounds robotic. "
                "A calm pace is about 160 words per minute. With reading off, questions are "
                "only shown.",
                "hint",
            )
        )

        section(layout, "Follow-up questions")
        self.follow_ups = QCheckBox("Ask a &follow-up about a key point I missed")
        name(self.follow_ups, "followUps", "Ask follow-up questions")
        self.follow_ups.setChecked(settings.follow_ups)
        layout.addWidget(self.follow_ups)
        layout.addWidget(
            label(
                "After an answer that leaves out a key point, the interviewer may ask one "
                "short question about it, as a real interviewer would: one per question at "
                "most, about the most important point missed that the question has one for.",
                "hint",
            )
        )
        layout.addStretch(1)
        return tab

    def _data_tab(self, settings: Settings) -> QWidget:
        tab, layout = page("dataTab", "Appearance and data settings")
        section(layout, "Appearance")
        self.theme = QComboBox()
        name(self.theme, "themeChoice", "Colour theme")
        for value, text in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        layout.addLayout(field("&Theme:", self.theme, stretch=False))

        section(layout, "Your data")
        where = label(shown(paths.data_dir()), "hint")
        name(where, "dataDirLabel", "Data folder")
        open_button = button(
            "&Open folder", "openDataDir", None, self._open_data_dir, "Open the data folder"
        )
        row = QHBoxLayout()
        row.addWidget(where, 1)
        row.addWidget(open_button)
        layout.addLayout(row)
        # Said when no program opens folders here (no file manager, a bare X session): the
        # button did nothing at all (walkthrough 38).
        self.open_failed = label("", "notice")
        name(self.open_failed, "openDataDirFailed", "Why the folder did not open")
        self.open_failed.hide()
        layout.addWidget(self.open_failed)
        layout.addWidget(
            label(
                "Sessions, answers and recordings stay in this folder and never leave this "
                "computer. Add your own question packs to its questions/ folder, then "
                "Interview → Reload question packs (F5) reads them.",
                "hint",
            )
        )
        layout.addStretch(1)
        return tab

    # --- filling and reading ----------------------------------------------------------------
    def set_voices(self, voices: list[Voice]) -> None:
        """Fill the voice list (loaded off the GUI thread): natural voices, then English ones."""
        natural = [v for v in voices if v.engine == "piper"]
        english = [v for v in english_voices(voices) if v not in natural]
        others = [v for v in voices if v not in natural and v not in english]
        # The first natural voice is the default (what speaks when none is chosen): it is the
        # default row itself, marked so, not a second row of the same voice beside "Default:
        # Joe (natural)" (walkthrough 45). Without Piper the default is espeak-ng's own.
        if natural:
            self.voice.setItemText(0, f"{_voice_text(natural[0])} \N{EM DASH} default")
        for v in natural[1:] + english + others if natural else english + others:
            self.voice.addItem(_voice_text(v), v.id)
        chosen = self._settings.voice_id
        if natural and chosen == natural[0].id:
            self.voice.setItemData(0, chosen)  # chosen by its name: kept so on Save
        index = self.voice.findData(chosen)
        self.voice.setCurrentIndex(max(0, index))
        problem = missing_voice(
            self._settings.voice_id, voices, "Choose a voice above (or keep the default) and Save."
        )
        self.voice_missing.setText(problem)
        self.voice_missing.setVisible(bool(problem))

    def voices_failed(self, exc: BaseException) -> None:
        """The voices could not be listed: said under the list, and the voice chosen before
        kept as a choice (ignored, the list held only the default, and Save, for any other
        change, forgot the person's voice without a word)."""
        chosen = self._settings.voice_id
        if chosen and self.voice.findData(chosen) < 0:
            self.voice.addItem(f"{chosen} (chosen before)", chosen)
            self.voice.setCurrentIndex(self.voice.findData(chosen))
        self.voice_missing.setText(
            f"The installed voices could not be listed ({exc}): "
            + ("your chosen voice is kept." if chosen else "the default voice speaks.")
        )
        self.voice_missing.setAccessibleName("Voices not listed")
        self.voice_missing.setVisible(True)

    def result_settings(self) -> Settings:
        s = self._settings
        s.voice_enabled = self.voice_enabled.isChecked()
        s.voice_id = str(self.voice.currentData() or "")
        s.speaking_rate = self.rate.value()
        s.follow_ups = self.follow_ups.isChecked()
        s.theme = str(self.theme.currentData())
        self.microphone.apply(s)
        self.speech.apply(s)
        return s

    def done(self, result: int) -> None:
        self.microphone.stop_test(quiet=True)
        self.preview.stop()
        super().done(result)

    def _open_data_dir(self) -> None:
        folder = shown(paths.data_dir())
        opened = QDesktopServices.openUrl(media.file_url(paths.data_dir()))
        self.open_failed.setText(
            ""
            if opened
            else f"No program to open folders was found on this computer. The folder is {folder}"
        )
        self.open_failed.setVisible(not opened)


def _voice_text(voice: Voice) -> str:
    """ "Joe (en-US; natural, Piper)": a row of the voice list."""
    kind = "natural, Piper" if voice.engine == "piper" else "robotic, espeak-ng"
    return f"{voice.name} ({', '.join(voice.languages) or voice.id}; {kind})"
