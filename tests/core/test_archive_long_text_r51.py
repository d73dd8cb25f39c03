"""The app's own archive of a database holding an answer longer than the import takes imports
again (round 50, left open). An answer of 2,000,001 characters (stored by an older version, or
a database written by hand) was exported whole, and importing that archive was refused:
"answer #1 (q): field 'text' is longer than the app takes (2,000,001 characters; at most
2,000,000)". The export writes each text as the import takes it (one limit, archive_checks'
text_limit), and says what it cut."""

from __future__ import annotations

from pathlib import Path

from simulator.core.archive import export_archive, import_archive
from simulator.core.archive_checks import text_limit
from simulator.core.storage import Storage


def test_an_answer_longer_than_the_import_takes_is_exported_as_it_takes_it_r51(
    tmp_path: Path,
) -> None:
    limit = text_limit("text")
    s = Storage(tmp_path / "src" / "s.sqlite3")
    sid = s.create_session({"name": "plan"})
    long_id = s.add_answer(sid, "q", 0, "typed", "word " * (limit // 5) + "tail")
    short_id = s.add_answer(sid, "q2", 1, "typed", "a short answer")
    s.set_note(long_id, "n" * (text_limit("note") + 7))
    s.finish_session(sid, None)  # type: ignore[arg-type]
    exported = export_archive(s, tmp_path / "all.zip")
    s.close()
    assert len(exported.cut) == 2, exported.cut  # the answer's text and its note, each said
    assert "answer" in exported.cut[0] and f"{limit:,}" in exported.cut[0]
    d = Storage(tmp_path / "dst" / "s.sqlite3")
    summary = import_archive(d, tmp_path / "all.zip", tmp_path / "dst" / "recordings")
    assert (summary.sessions, summary.answers) == (1, 2)
    texts = {a.id: a.text for a in d.answers(sid)}
    assert len(texts[long_id]) == limit and texts[long_id].startswith("word word")
    assert texts[short_id] == "a short answer"
    assert len(d.note(long_id) or "") == text_limit("note")


def test_every_text_column_s_limit_is_the_one_the_import_checks_r51() -> None:
    from simulator.core.archive_checks import LONG_TEXT, MAX_SHORT_TEXT

    assert text_limit("text") == LONG_TEXT["text"] and text_limit("note") == LONG_TEXT["note"]
    assert text_limit("question_id") == text_limit("follow_up") == MAX_SHORT_TEXT


def test_the_export_s_message_says_what_was_cut_r51(tmp_path: Path) -> None:
    from simulator.core.archive import ArchiveSummary
    from simulator.ui.archive_actions import exported

    line = "answer 4 (q): its 'text' cut from 2,000,005 to 2,000,000 characters, the most ..."
    said = exported(ArchiveSummary(1, 4, 0, "now", cut=(line,)), tmp_path / "all.zip")
    assert "1 text longer than an archive holds was cut" in said and line in said
