"""The Speech recognition tab: engine (when the settings have one) and the Whisper model.

A model becomes the chosen one only once it is known to work: a larger model after its download
has finished, a local folder after it has loaded. Until then (and after any failure) the model in
use stays. Downloads and loading run on the app's task lanes (``app_tasks()``), never on the GUI thread;
so does looking for the models already downloaded (it stats their files: the dialog did it as it
opened and at every pick in the list, ux34).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from simulator import paths
from simulator.consent import consent_given_at, record_consent
from simulator.core.session.ports import COMPUTE, SPEECH
from simulator.settings import Settings
from simulator.speech import models
from simulator.speech.engines import CLOUD_ENGINES, DEFAULT_ENGINE, SPEECH_ENGINES, in_use
from simulator.ui.file_dialogs import chosen, file_dialog
from simulator.ui.settings.rows import field, meter, section, set_role
from simulator.ui.tasks import DOWNLOAD, TaskRunner, app_tasks
from simulator.ui.widgets.common import button, label, name, plain_tip


def model_label(model: str) -> str:
    """How a ``Settings.speech_model`` value reads for people."""
    if not model:
        return "tiny.en (bundled)"
    if "/" in model or "\\" in model:
        return f"the model in {model}"
    return model


class _DownloadProgress(QObject):
    """Carries progress from the download's watcher thread to the GUI thread (queued)."""

    changed = Signal(float, float)

    def report(self, done: int, total: int) -> None:  # called on the worker's thread
        self.changed.emit(float(done), float(total))


def downloads() -> TaskRunner:
    """Downloads outlive the dialog (closing Settings does not stop one): the application's
    download lane."""
    return app_tasks().lane(DOWNLOAD)


def check_model_folder(folder: str) -> str:
    """Load the model in ``folder`` (blocking: off the GUI thread); returns its label."""
    from simulator.speech.asr import get_whisper

    transcriber = get_whisper(folder)  # the shared instance: spoken answers reuse the load
    transcriber.load()
    return transcriber.model_label


class SpeechTab(QWidget):
    acceptable_changed = Signal(bool)  # False while a choice needs consent before saving
    models_found = Signal()  # the worker has said which models are downloaded

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = settings.speech_model  # what Save keeps: only models known to work
        self._busy = False
        self._checks = app_tasks().lane(SPEECH)  # loading a model: the speech thread's work
        self._progress_relay: _DownloadProgress | None = None
        self._downloaded: frozenset[str] | None = None  # None: not known yet (a worker looks)
        self._asked = ""  # a downloadable model picked before the worker said if it is here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        self.engine: QComboBox | None = None
        self.consent: QCheckBox | None = None
        if hasattr(settings, "speech_engine"):
            self._build_engine(layout, str(settings.speech_engine))

        section(layout, "Whisper model")
        self.model = QComboBox()
        name(self.model, "speechModel", "Whisper speech model")
        self.model.setMinimumContentsLength(30)
        self.model.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._fill_models()
        self.model.activated.connect(self._model_activated)
        self.folder_button = button(
            "Local model &folder…",
            "modelFolderButton",
            None,
            self._pick_folder,
            "Use a faster-whisper (CTranslate2) model folder on this computer",
        )
        layout.addLayout(field("Mode&l:", self.model, self.folder_button))

        self.download_button = button(
            "Do&wnload", "downloadModelButton", None, self._download, "Download the chosen model"
        )
        self.download_progress = meter("downloadProgress", "Model download progress", 1000)
        self.download_row = QWidget()
        download_row = QHBoxLayout(self.download_row)
        download_row.setContentsMargins(0, 0, 0, 0)
        download_row.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignLeft)
        download_row.addWidget(self.download_progress, 1)
        layout.addWidget(self.download_row)

        self.status = label("", "hint")
        name(self.status, "modelStatus", "Speech model status")
        layout.addWidget(self.status)
        where = label(
            "Models run on this computer. A larger model is more accurate but slower "
            # the folder's name only: models_dir() would make it here, on the GUI thread
            f"(medium.en is slow without a GPU). Downloaded models are kept in {paths.data_dir() / 'models'}.",
            "hint",
        )
        name(where, "modelsHint", "About speech models")
        layout.addWidget(where)
        layout.addStretch(1)
        self._show_model_state()
        if self.engine is not None:
            self._engine_changed()
        app_tasks().lane(COMPUTE).submit(
            models.downloaded_models,
            on_done=self._while_alive(self._models_found),
            on_error=self._while_alive(lambda _exc: self._models_found(frozenset())),
        )

    def models_known(self) -> bool:
        """The worker has said which models are downloaded."""
        return self._downloaded is not None

    def _models_found(self, downloaded: Any) -> None:
        self._downloaded = frozenset(downloaded)
        if not self._busy:
            self._fill_models()
        asked, self._asked = self._asked, ""
        if asked and not self._busy:
            self.model.setCurrentIndex(max(0, self.model.findData(asked)))
            self._model_activated()
        elif not self._busy:
            self._show_model_state()
        self.models_found.emit()

    # --- engine -----------------------------------------------------------------------------
    def _build_engine(self, layout: QVBoxLayout, current: str) -> None:
        section(layout, "Engine")
        self.engine = QComboBox()
        name(self.engine, "speechEngine", "Speech recognition engine")
        for engine in SPEECH_ENGINES.values():
            self.engine.addItem(engine.label, engine.key)
        self.engine.setCurrentIndex(max(0, self.engine.findData(current)))
        layout.addLayout(field("&Engine:", self.engine))
        self.engine_hint = label("", "hint")
        name(self.engine_hint, "engineHint", "About the chosen engine")
        layout.addWidget(self.engine_hint)
        cloud = SPEECH_ENGINES[min(CLOUD_ENGINES)]  # the one cloud engine
        self.privacy = label(cloud.shown_notice() or "", "notice")
        name(self.privacy, "privacyNotice", "Privacy notice")
        layout.addWidget(self.privacy)
        self.consent = QCheckBox("I &understand: send the audio of my answers to Google")
        name(self.consent, "cloudConsent", "Consent to send answer audio to Google")
        self.consent.setChecked(current in CLOUD_ENGINES)  # they agreed when they chose it
        layout.addWidget(self.consent)
        self.engine.currentIndexChanged.connect(self._engine_changed)
        self.consent.toggled.connect(self._engine_changed)

    def chosen_engine(self) -> str:
        return str(self.engine.currentData()) if self.engine is not None else DEFAULT_ENGINE

    def _engine_changed(self) -> None:
        engine = self.chosen_engine()
        cloud = engine in CLOUD_ENGINES
        self.engine_hint.setText(SPEECH_ENGINES[engine].hint)
        self.privacy.setVisible(cloud)
        assert self.consent is not None
        self.consent.setVisible(cloud)
        whisper = engine == "whisper"
        self.model.setEnabled(whisper and not self._busy)
        self.folder_button.setEnabled(whisper and not self._busy)
        if not self._busy:
            self._show_model_state()
        self.acceptable_changed.emit(self.acceptable())

    def acceptable(self) -> bool:
        """Save is allowed: a cloud engine only with its box ticked."""
        cloud = self.chosen_engine() in CLOUD_ENGINES
        return not cloud or bool(self.consent and self.consent.isChecked())

    # --- model list -------------------------------------------------------------------------
    def _fill_models(self) -> None:
        # The shared list; here a model not downloaded yet stays choosable: it is downloaded.
        # Whether an entry can run is not shown here: the local folder is not looked into on
        # the GUI thread (a slow or vanished drive), only when it is loaded (review33).
        known = self._downloaded
        shown = str(self.model.currentData() or self._model) if self.model.count() else self._model
        self.model.clear()
        for choice in models.model_choices(
            self._model, look_at_folder=False, downloaded=known or frozenset()
        ):
            # until the worker has looked, a downloadable model is named without saying whether
            # it is here
            label = (
                choice.label
                if known is not None or choice.kind != "download"
                else f"Whisper {choice.key}"
            )
            self.model.addItem(label, choice.key)
            if choice.kind == "folder":
                self.model.setItemData(
                    self.model.count() - 1, plain_tip(choice.key), Qt.ItemDataRole.ToolTipRole
                )
        self.model.setCurrentIndex(max(0, self.model.findData(shown)))

    def _add_folder_item(self, folder: str) -> None:
        index = self.model.findData(folder)
        if index < 0:
            self.model.addItem(f"Local folder: {Path(folder).name}", folder)
            index = self.model.count() - 1
            self.model.setItemData(index, plain_tip(folder), Qt.ItemDataRole.ToolTipRole)
        self.model.setCurrentIndex(index)

    def chosen_model(self) -> str:
        return self._model

    def _needs_download(self, model: str) -> bool:
        known = self._downloaded
        return model in models.DOWNLOADABLE and known is not None and model not in known

    def _model_activated(self) -> None:
        selected = str(self.model.currentData() or "")
        if selected in models.DOWNLOADABLE and self._downloaded is None:
            self._asked = selected  # decided once the worker has looked
            self._say(f"Looking for {selected} on this computer…")
            return
        if self._needs_download(selected):
            self._show_model_state()
            return
        self._model = selected
        self._show_model_state()

    def _show_model_state(self, text: str | None = None, warn: bool = False) -> None:
        selected = str(self.model.currentData() or "")
        whisper = self.chosen_engine() == "whisper"
        needs = whisper and self._needs_download(selected) and not self._busy
        downloading = self._progress_relay is not None
        self.download_row.setVisible(needs or downloading)
        self.download_button.setVisible(needs)
        self.download_progress.setVisible(downloading)
        if needs:
            size = models.size_text(models.APPROX_SIZES.get(selected, models.DEFAULT_SIZE))
            self.download_button.setText(f"Do&wnload {selected} ({size})")
            text = text or (
                f"{selected} is not on this computer yet. Download it once (about {size}); "
                f"until then {model_label(self._model)} stays in use."
            )
        elif text is None:
            text = in_use(self.chosen_engine(), model_label(self._model))
        self._say(text, warn)

    def _say(self, text: str, warn: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "notice" if warn else "hint")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        whisper = self.chosen_engine() == "whisper"
        self.model.setEnabled(whisper and not busy)
        self.folder_button.setEnabled(whisper and not busy)
        if self.engine is not None:
            self.engine.setEnabled(not busy)

    # --- download ---------------------------------------------------------------------------
    def _download(self) -> None:
        model = str(self.model.currentData() or "")
        if not self._needs_download(model) or self._busy:
            return
        relay = _DownloadProgress(self)
        relay.changed.connect(self._show_progress)
        self._progress_relay = relay
        self.download_progress.setValue(0)
        self._set_busy(True)
        self._show_model_state()
        self._say(f"Downloading {model}…")

        def fetch() -> Path:
            return models.download_model(model, relay.report)  # looked up now: tests patch it

        downloads().submit(
            fetch,
            on_done=self._while_alive(lambda _folder: self._download_done(model)),
            on_error=self._while_alive(lambda exc: self._download_failed(model, exc)),
        )

    def _while_alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback``, skipped if this tab has been deleted meanwhile (a download outlives it)."""

        def call(value: Any) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return call

    def _show_progress(self, done: float, total: float) -> None:
        if total > 0:
            self.download_progress.setValue(int(1000 * min(1.0, done / total)))
            self._say(
                f"Downloading {self.model.currentData()}: {models.size_text(done)} of about {models.size_text(total)}…"
            )

    def _download_finished(self) -> None:
        self._progress_relay = None
        self._set_busy(False)

    def _download_done(self, model: str) -> None:
        self._download_finished()
        self._downloaded = (self._downloaded or frozenset()) | {model}
        self._model = model
        self._fill_models()
        self._show_model_state(f"{model} downloaded. It is used from your next spoken answer.")

    def _download_failed(self, model: str, exc: BaseException) -> None:
        self._download_finished()
        self.model.setCurrentIndex(max(0, self.model.findData(self._model)))
        reason = str(exc) or type(exc).__name__
        self._show_model_state(
            f"Could not download {model}: {reason} Still using {model_label(self._model)}.",
            warn=True,
        )

    # --- local folder -----------------------------------------------------------------------
    def choose_model_folder(self) -> str | None:
        """The one place the folder picker runs (tests patch it)."""
        title = "Choose a faster-whisper (CTranslate2) model folder"
        return chosen(file_dialog(self, title, str(Path.home()), folder=True)) or None

    def _pick_folder(self) -> None:
        folder = self.choose_model_folder()
        if folder:
            self.use_folder(folder)

    def use_folder(self, folder: str) -> None:
        """Load the model in ``folder`` off the GUI thread; choose it if it loads."""
        self._set_busy(True)
        self._say(f"Checking {folder}…")
        self._checks.submit(
            check_model_folder,
            folder,
            on_done=self._while_alive(lambda label_: self._folder_ok(folder, label_)),
            on_error=self._while_alive(lambda exc: self._folder_bad(folder, exc)),
        )

    def _folder_ok(self, folder: str, model_name: Any) -> None:
        self._set_busy(False)
        resolved = str(Path(folder).expanduser().resolve())
        self._model = resolved
        self._add_folder_item(resolved)
        self._show_model_state(
            f"Loaded Whisper model '{model_name}' from {resolved}. It is used from your next "
            "spoken answer."
        )

    def _folder_bad(self, folder: str, exc: BaseException) -> None:
        self._set_busy(False)
        self.model.setCurrentIndex(max(0, self.model.findData(self._model)))
        reason = str(exc) or type(exc).__name__
        shown = str(Path(folder).expanduser())
        if reason.startswith(f"{shown}: "):
            reason = reason[len(shown) + 2 :]
        self._show_model_state(
            f"Cannot use {folder}: {reason}. A Whisper model folder for this app is a "
            "faster-whisper (CTranslate2) conversion, holding model.bin, config.json and "
            f"tokenizer.json. Still using {model_label(self._model)}.",
            warn=True,
        )

    # --- result -----------------------------------------------------------------------------
    def apply(self, settings: Settings) -> None:
        settings.speech_model = self._model
        if self.engine is not None and self.acceptable():
            engine = self.chosen_engine()
            if engine in CLOUD_ENGINES and consent_given_at(engine) is None:
                record_consent(engine)  # the box was ticked under the notice, just now
            settings.speech_engine = engine

    def wait_idle(self) -> None:
        self._checks.wait_idle()
