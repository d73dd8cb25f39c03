"""A scorecard saved to a file names no page of the window (walkthrough 45): the HTML, Markdown,
PDF and JSON exports told the reader to "compare your answer with the model answer on Review",
to "listen in Review" and to "Listen to it in Review", a page no file has. A file says what to do
outside the app; the window keeps its own words."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from simulator.core.export import render_html, render_markdown
from simulator.core.export.render import render_json, render_print_html
from simulator.core.questions import load_packs
from simulator.core.scorecard import build_scorecard
from simulator.core.scorecard.tips import for_a_file
from simulator.core.scoring.answer import HEARD_UNCLEARLY
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import Storage
from tests.scores import answer_score

LAST_RESORT = (
    "Practise it again and compare your answer with the model answer on Review (Ctrl+Shift+R)."
)


def test_a_file_says_what_to_do_outside_the_app() -> None:
    assert for_a_file(LAST_RESORT) == (
        "Practise it again and compare your answer with the question's model answer."
    )
    heard = for_a_file(HEARD_UNCLEARLY.format(words="“uh”"))
    assert "Listen to it in the app's Review page;" in heard
    plain = "Keep answers between 1 and 3 minutes (aim 130-160 words per minute)."
    assert for_a_file(plain) == plain


def test_no_export_sends_the_reader_to_a_page_of_the_window(tmp_path: Path) -> None:
    bank = load_packs([Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"])
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        sid = storage.create_session({"name": "Drill", "question_ids": ["tech.overfit"]})
        score = answer_score(41, "tech.overfit", "technical")
        storage.add_answer(sid, "tech.overfit", 0, "spoken", "An answer.", score=score)
        storage.finish_session(sid, SessionScore(41, {"technical": 41}, None, None, [LAST_RESORT]))
        session = storage.session(sid)
        card = build_scorecard(session, bank)
    finally:
        storage.close()
    (answer,) = card.answers
    heard = HEARD_UNCLEARLY.format(words="“uh”")
    unsure = [dataclasses.replace(p, unsure=("uh",)) for p in answer.parts]
    answer = dataclasses.replace(answer, feedback=[heard], parts=unsure)
    card = dataclasses.replace(card, answers=[answer])
    assert "(listen in Review)" in answer.parts[0].unsure_note  # the window keeps its page
    for name, text in (
        ("html", render_html(card)),
        ("markdown", render_markdown(card)),
        ("pdf", render_print_html(card)),
        # the scorecard as shown; the JSON's "session" is the record as stored, the scorer's words
        ("json", json.dumps(json.loads(render_json(card, session, bank))["scorecard"])),
    ):
        assert "on Review" not in text, name  # before: the tip, in every one
        assert "in Review" not in text, name  # before: the feedback and the note
        text = text.replace("&#39;", "'").replace("\\u2019", "'")  # HTML's, JSON's escapes
        assert "compare your answer with the question's model answer" in text, name
        assert "Listen to it in the app's Review page" in text, name
    for name, text in (("html", render_html(card)), ("markdown", render_markdown(card))):
        assert "(listen in the app's Review page)" in text.replace("&#39;", "'"), name
