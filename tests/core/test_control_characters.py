"""Control characters (NUL, BEL, ESC, other C0 and C1 controls) and lone surrogates in an answer.

Typed, pasted or fed to the command line, they showed as boxes in the window and reached every
export; a lone surrogate could not be stored at all (SQLite: "surrogates not allowed", the answer
lost) and failed scoring with "TextInputSequence must be str". An answer is kept without them,
newlines and tabs included; text stored before (an archive, an older version) shows each one as a
visible tag, in the window and every export."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from session_kit import PACK, Harness

from simulator.cli import main
from simulator.core import export
from simulator.core.questions import load_packs
from simulator.core.reordering import shown_marks, without_controls
from simulator.core.storage import Storage
from tests.scores import session_score

HOSTILE = (
    "Overfitting \x00memorizes\x07 noise \x1b[2J in the\x85 training\x7f set.\tIt\nfits \ud800end."
)
CLEAN = "Overfitting memorizes noise [2J in the training set.\tIt\nfits end."


def test_without_controls_keeps_the_words_newlines_and_tabs() -> None:
    assert without_controls(HOSTILE) == CLEAN
    assert without_controls("plain\r\ntext 👩\u200d💻 \u202e") == "plain\r\ntext 👩\u200d💻 \u202e"


def test_shown_marks_tags_every_control_and_lone_surrogate() -> None:
    shown = shown_marks(HOSTILE)
    for tag in ("⟨U+0000⟩", "⟨U+0007⟩", "⟨U+001B⟩", "⟨U+0085⟩", "⟨U+007F⟩", "⟨U+D800⟩"):
        assert tag in shown
    assert "\t" in shown and "\n" in shown
    shown.encode("utf-8")  # a lone surrogate could not be written to a file or the terminal


def test_a_typed_answer_and_its_draft_are_kept_without_control_characters(tmp_path: Path) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    h.session.save_draft(HOSTILE)  # kept on disk a moment after typing: readable again
    sid = h.session.session_id
    assert sid is not None
    assert h.session.drafts.read(sid) is not None
    assert h.session.drafts.read(sid).text == CLEAN  # type: ignore[union-attr]
    h.session.primary(HOSTILE)
    (row,) = h.rows()
    assert row.text == CLEAN  # stored (before: UnicodeEncodeError, the answer lost)
    assert row.overall is not None and row.overall > 0


def test_an_export_of_stored_controls_shows_them_as_escapes(data_dir: Path) -> None:
    # text stored before this fix, or imported: C1 controls went raw into the JSON export
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick", "question_ids": ["tech.overfit"]})
    stored = HOSTILE.replace("\ud800", "")  # SQLite cannot hold a lone surrogate
    storage.add_answer(sid, "tech.overfit", 0, "typed", stored, score=None)
    storage.finish_session(sid, session_score(None))
    text = export.render("json", storage.session(sid), bank)
    assert "\x85" not in text and "\x7f" not in text
    assert json.loads(text)["session"]["answers"][0]["text"] == stored  # the data as typed
    for fmt in ("html", "md"):
        shown = export.render(fmt, storage.session(sid), bank)
        assert "⟨U+0007⟩" in shown and "⟨U+0085⟩" in shown and "memorizes" in shown
    storage.close()


def test_a_lone_surrogate_scores_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = "Bias is error from a too simple model\ud800; variance\x07 is sensitivity to the data."
    line = json.dumps({"question_id": "tech.bias-variance", "answer": answer})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    assert main(["score", "--batch", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.splitlines()[0])
    assert "error" not in out, out  # was: cannot be scored: TypeError(...)
    assert out["overall"] > 0
    file = tmp_path / "answer.txt"
    file.write_text(answer.replace("\ud800", "\x1b[31m"), encoding="utf-8")
    assert main(["score", "--question", "tech.bias-variance", "--answer-file", str(file)]) == 0
    shown = capsys.readouterr().out
    assert "/100" in shown and "\x1b" not in shown and "\\x1b" not in shown
