"""A pack's own text (prompt, topic) with bidi or zero-width characters is shown safely on every
page that shows it, not only on the interview page: Home's topic list and plan summary, the
scorecard, History's topic filter and Review. A planted U+202E would otherwise reverse what
follows the prompt (since round 46 it works inside the prompt only; it was a tag), and a
zero-width space would hide where a topic name is split (a tag). Since round 51 the pack's bidi
controls are removed as it loads, with a warning (test_pack_bidi_removed_r51): what is left of
them here is the zero-width space's tag, and nothing reordered."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.bidi import held_in
from tests.ui.conftest import PACK
from tests.ui.waits import HANG_MS

TOPIC, PROMPT = "biasvar⟨U+200B⟩iance", "Why gnittifrevo"
HIDDEN = {"\u200b", "\u2066", "\u202e"}  # a tag; the bidi ones removed as the pack loaded


@pytest.fixture
def planted(data_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    pack = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    first = pack["questions"][0]
    assert first["id"] == "tech.overfit"
    first["prompt"] = "Why\u202e gnittifrevo is bad?"
    first["topic"] = "bias\u2066var\u200biance"
    path = tmp_path / "planted.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    bank = load_packs([path])
    assert not bank.problems, bank.problems
    assert {w.field for w in bank.warnings} == {"prompt", "topic"}  # the bidi controls removed
    storage = Storage(data_dir / "sessions.sqlite3")
    yield Services(bank=bank, storage=storage, settings=Settings(voice_enabled=False), speaker=None)
    storage.close()


def _shown(window) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QTextEdit

    parts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    parts += [w.toPlainText() for w in window.findChildren(QTextEdit) if w.isVisible()]
    for lst in window.findChildren(QListWidget):
        if lst.isVisible():
            parts += [lst.item(i).text() for i in range(lst.count())]
    for box in window.findChildren(QComboBox):
        if box.isVisible():
            parts += [box.itemText(i) for i in range(box.count())]
    return "\n".join(parts)


def test_a_packs_marks_are_held_in_on_home_scorecard_history_and_review(qtbot, planted) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    window = MainWindow(planted)
    qtbot.addWidget(window)
    window.show()
    try:
        s = planted.storage
        sid = s.create_session({"name": "x", "question_ids": ["tech.overfit"]})
        answer = s.add_answer(sid, "tech.overfit", 0, "typed", "it memorizes noise")
        s.finish_session(sid, None)
        qtbot.waitUntil(lambda: window.home.topics.count() > 0, timeout=HANG_MS)
        pages = {
            "home": lambda: None,
            "scorecard": lambda: window.open_scorecard(sid),
            "history": lambda: window.past.open_history(),
            "review": lambda: window.past.open_review(sid, answer),
        }
        for page, opens in pages.items():
            opens()
            qtbot.waitUntil(lambda: window._db.pending() == 0, timeout=HANG_MS)
            # filled (a turn or more after its data is read: 50 ms was too few under load). The
            # topic is on Home already, so a page showing the prompt waits for the prompt too:
            # one fresh-clone run read Home's text as the scorecard's before it was drawn.
            qtbot.waitUntil(lambda: TOPIC in _shown(window), timeout=HANG_MS)
            if page in ("scorecard", "review"):
                qtbot.waitUntil(lambda: PROMPT in _shown(window), timeout=HANG_MS)
            shown = _shown(window)
            assert not HIDDEN & set(shown) and held_in(shown), page
            assert TOPIC in shown, page  # the topic, shown on each of them
            if page in ("scorecard", "review"):
                assert PROMPT in shown, page  # the prompt
    finally:
        window.shutdown()
