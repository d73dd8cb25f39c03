"""Tooltips show what packs, archives and settings hold as text, never as markup (attack run
59). Qt renders a tooltip as markup whenever it looks like markup: a user pack's prompt
"<b>...</b> ... <img src=...>" showed bold, with an image read from the disk, in the scorecard
row's tooltip; a pack's topics in History's, a follow-up's question in Review's recording
chooser alike. Labels were already plain (test_pack_text_is_plain, test_people_text_is_plain)."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QWidget

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from simulator.services import Services
from simulator.settings import Settings
from tests.ui.conftest import PACK
from tests.ui.recorded import timed_words, write_wav
from tests.ui.waits import HANG_MS

MARK = "<b>INJB</b>"
ASKED = f"{MARK} How would you see the gap <img src='/etc/x.png'>?"
EVIL = {
    "id": "tech.markup",
    "category": "technical",
    "topic": "<b>INJB</b>",
    "difficulty": 1,
    "prompt": f"{MARK} Explain <img src='/etc/x.png'> overfitting, <i>please</i>.",
    "time_limit_s": 60,
    "key_points": [
        {"id": "noise", "label": "Fits noise", "phrases": ["fits the noise"]},
        {"id": "gap", "label": "A gap in validation", "phrases": ["validation error"]},
    ],
    "model_answer": "Overfitting is when the model fits the noise rather than the signal.",
    "follow_ups": [{"prompt": ASKED, "key_point": "gap"}],
}


def _item_tips(model: QAbstractItemModel) -> list[str]:
    tips = []
    rows = model.rowCount(QModelIndex())
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model's is not public
        columns = 1
    for r in range(rows):
        for c in range(columns):
            tip = model.data(model.index(r, c, QModelIndex()), Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                tips.append(tip)
    return tips


def _marked_up(root: QWidget) -> list[str]:
    """Tooltips under ``root`` that Qt would render with MARK as markup."""
    tips = []
    for w in (root, *root.findChildren(QWidget)):
        tips.append(w.toolTip())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            tips += _item_tips(w.model())
        if isinstance(w, QComboBox):
            tips += _item_tips(w.model())
    return [t[:90] for t in tips if MARK in t and QtGui.Qt.mightBeRichText(t)]


def test_pack_and_stored_text_in_tooltips_is_plain_attack59(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    from simulator.ui.main_window import MainWindow

    pack = tmp_path / "evil.yaml"
    pack.write_text(yaml.safe_dump({"questions": [EVIL]}), encoding="utf-8")
    bank = load_packs([PACK, pack])
    assert not bank.problems, bank.problems
    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=bank, storage=storage, settings=Settings(voice_enabled=False), speaker=None
    )
    question = bank.get("tech.markup")
    said = "It fits the noise, so I look at it."
    words = timed_words(said)
    main_s = write_wav(tmp_path / "main.wav", words)
    follow = "The validation error grows while the training error falls."
    follow_words = timed_words(follow)
    follow_s = write_wav(tmp_path / "follow.wav", follow_words)
    spoken = Transcript(said, tuple(words), "whisper", "tiny.en", main_s)
    score = score_answer(question, spoken)
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.markup"]})
    aid = storage.add_answer(
        sid, "tech.markup", 0, "spoken", said, transcript=spoken.to_dict(),
        audio_path=str(tmp_path / "main.wav"), duration_s=main_s, score=score,
    )  # fmt: skip
    storage.add_answer(
        sid, "tech.markup", 0, "spoken", follow, follow_up=ASKED,
        transcript=Transcript(follow, tuple(follow_words), "whisper", "tiny.en", follow_s)
        .to_dict(),
        audio_path=str(tmp_path / "follow.wav"), duration_s=follow_s,
    )  # fmt: skip
    storage.finish_session(sid, score_session([(question, score)]))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    found = []
    try:
        for page, opens in (
            ("ScorecardPage", lambda: window.open_scorecard(sid)),
            ("HistoryPage", window.past.open_history),
            ("ReviewPage", lambda: window.past.open_review(sid, aid)),
        ):
            opens()
            qtbot.waitUntil(  # (a page opens once its rows are read, on the database lane)
                lambda: (
                    type(window.stack.currentWidget()).__name__ == page  # noqa: B023
                    and window._db.pending() == 0
                ),
                timeout=HANG_MS,
            )
            qtbot.wait(100)
            found += [f"{page}: {tip!r}" for tip in _marked_up(window.stack.currentWidget())]
        review = window.stack.currentWidget()
        pieces = review.replay.piece_choice
        tips = _item_tips(pieces.model())
        assert any("INJB" in tip for tip in tips), tips  # the follow-up's question is there
    finally:
        window.shutdown()
        storage.close()
    assert not found


def test_a_job_s_detail_and_a_model_folder_are_plain_attack59(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A re-transcription's detail names the model chosen, and Settings lists a model folder by
    its path: a folder named like markup stays its name."""
    from simulator.ui.widgets.job_bar import JobBar

    bar = JobBar()
    qtbot.addWidget(bar)
    bar.start("Transcribing again", f"with the model in {tmp_path / MARK}")
    assert not _marked_up(bar)
    assert MARK in QtGui.QTextDocumentFragment.fromHtml(bar.text.toolTip()).toPlainText()


def test_the_error_dialogs_show_their_text_as_text_attack59(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The "something went wrong" dialog shows the error's own words and the log's path, and
    the "Answers not saved" one the file chosen: text, whatever it holds."""
    from PySide6.QtWidgets import QMessageBox

    from simulator.ui import crash, rescue_dialog

    shown: list[tuple[str, Qt.TextFormat]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat()))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    said = crash.error_text(KeyError(MARK), Path("/home/me/<i>data</i>/logs/app.log"))
    crash.show_error_dialog(parent, crash.TITLE, said)
    rescue_dialog.say_not_written(parent, f"cannot write /media/{MARK}.json: no space left")
    assert [text for text, _ in shown] == [said, f"cannot write /media/{MARK}.json: no space left"]
    assert all(kind == Qt.TextFormat.PlainText for _, kind in shown), shown
