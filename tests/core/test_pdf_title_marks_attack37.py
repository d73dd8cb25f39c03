"""The PDF's title shows reordering and control characters as tags, as the page does (attack
run 37): a session named 'Hostile \\u202eevil' exported as PDF had the raw U+202E (and any ESC or
NUL of an older stored name) in the PDF's metadata title, which a viewer shows as its window
title: 'Scorecard: Hostile live'. The HTML title, the page and the other formats showed
'⟨U+202E⟩evil' already."""

from __future__ import annotations

from pathlib import Path

from simulator.core import export
from simulator.core.questions import load_packs
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.bidi import held_in
from tests.scores import session_score

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_the_pdf_title_shows_marks_as_tags(data_dir: Path) -> None:
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session(
        {"name": "Hostile \u202eevil\x1b[31m", "question_ids": ["tech.overfit"]}
    )
    score = score_answer(bank.get("tech.overfit"), Transcript(text="It memorizes the noise."))
    storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes the noise.", score=score)
    storage.finish_session(sid, session_score(score.overall))
    session = storage.session(sid)
    data = export.ExportInput(build_scorecard(session, bank), session, bank)
    titles: list[str] = []

    def layout(html: str, title: str) -> bytes:
        titles.append(title)
        return b"%PDF-1.4"

    export.export_bytes(export.FORMATS["pdf"], data, layout)
    (title,) = titles
    # the override works in the name only (round 46: it was a tag), the ESC is a tag
    assert title.startswith("Scorecard: \u2068Hostile \u202eevil⟨U+001B⟩")
    assert held_in(title) and "\x1b" not in title
