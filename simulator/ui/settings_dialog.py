"""Settings: voice, speaking rate, voice on/off, follow-ups, theme, and where data lives."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from simulator import paths
from simulator.settings import Settings
from simulator.speech.tts import Voice, english_voices
from simulator.ui.widgets.common import button, label, name


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)
        self._settings = settings
        form = QFormLayout()
        form.setVerticalSpacing(10)

        self.voice_enabled = QCheckBox("Read questions aloud")
        name(self.voice_enabled, "voiceEnabled", "Read questions aloud")
        self.voice_enabled.setChecked(settings.voice_enabled)
        form.addRow("Voice:", self.voice_enabled)

        self.voice = QComboBox()
        name(self.voice, "voiceChoice", "Interviewer voice")
        self.voice.addItem("Default voice", "")
        self.voice.setToolTip("Voices come from espeak-ng; installing more voices adds them here")
        form.addRow("Interviewer &voice:", self.voice)

        rate_row = QHBoxLayout()
        self.rate = QSlider()
        self.rate.setOrientation(self.rate.orientation().Horizontal)
        name(self.rate, "speakingRate", "Speaking rate in words per minute")
        self.rate.setRange(100, 260)
        self.rate.setValue(settings.speaking_rate)
        self.rate_label = label(f"{settings.speaking_rate} words/min", "hint", wrap=False)
        self.rate.valueChanged.connect(lambda v: self.rate_label.setText(f"{v} words/min"))
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_label)
        form.addRow("Speaking &rate:", rate_row)

        self.follow_ups = QCheckBox("Ask a follow-up about a key point I missed")
        name(self.follow_ups, "followUps", "Ask follow-up questions")
        self.follow_ups.setChecked(settings.follow_ups)
        form.addRow("Follow-ups:", self.follow_ups)

        self.theme = QComboBox()
        name(self.theme, "themeChoice", "Colour theme")
        for value, text in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow("&Theme:", self.theme)

        data_row = QHBoxLayout()
        where = label(str(paths.data_dir()), "hint")
        name(where, "dataDirLabel", "Data folder")
        data_row.addWidget(where, 1)
        data_row.addWidget(
            button("Open folder", "openDataDir", None, self._open_data_dir, "Open the data folder")
        )
        form.addRow("Your data:", data_row)
        form.addRow(
            "",
            label(
                "Sessions, answers and recordings stay in this folder and never leave this computer. "
                "Add your own question packs to its questions/ folder.",
                "hint",
            ),
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_voices(self, voices: list[Voice]) -> None:
        """Fill the voice list (loaded off the GUI thread); English voices first."""
        english = english_voices(voices)
        others = [v for v in voices if v not in english]
        for v in english + others:
            self.voice.addItem(f"{v.name} ({', '.join(v.languages) or v.id})", v.id)
        index = self.voice.findData(self._settings.voice_id)
        self.voice.setCurrentIndex(max(0, index))

    def result_settings(self) -> Settings:
        s = self._settings
        s.voice_enabled = self.voice_enabled.isChecked()
        s.voice_id = str(self.voice.currentData() or "")
        s.speaking_rate = self.rate.value()
        s.follow_ups = self.follow_ups.isChecked()
        s.theme = str(self.theme.currentData())
        return s

    def _open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
