"""A scorecard saved to a file gives its tips without the window's keys (walkthrough 45): the
HTML export said "practise the sequence models question again (Ctrl+Shift+P on its row)", a
key that does nothing in a browser, a Markdown file or a PDF. The window keeps them."""

from __future__ import annotations

from pathlib import Path

from simulator.core.export import render_html, render_markdown
from simulator.core.export.render import render_print_html
from simulator.core.questions import load_packs
from simulator.core.scorecard import build_scorecard
from simulator.core.scorecard.tips import WEAKEST_OF_SEVERAL, without_keys
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import Storage
from tests.scores import answer_score


def test_a_tip_keeps_its_words_and_loses_only_the_keys() -> None:
    assert without_keys("practise it again (Ctrl+Shift+P on its row) and say more.") == (
        "practise it again and say more."
    )
    assert without_keys("start with the NLP one (62 this time; Ctrl+Shift+P on its row).") == (
        "start with the NLP one (62 this time)."
    )
    assert without_keys("compare with the model answer on Review (Ctrl+Shift+R)") == (
        "compare with the model answer on Review"
    )
    plain = "Keep answers between 1 and 3 minutes (aim 130-160 words per minute)."
    assert without_keys(plain) == plain


def test_every_file_format_gives_the_tip_without_the_windows_key(tmp_path: Path) -> None:
    bank = load_packs([Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"])
    storage = Storage(tmp_path / "sessions.sqlite3")
    try:
        ids = ["tech.overfit", "beh.conflict"]
        sid = storage.create_session({"name": "Full loop", "question_ids": ids})
        for position, (qid, category, overall) in enumerate(
            (("tech.overfit", "technical", 41), ("beh.conflict", "behavioral", 88))
        ):
            score = answer_score(overall, qid, category)
            storage.add_answer(sid, qid, position, "typed", "An answer.", score=score)
        summary = SessionScore(65, {"technical": 41, "behavioral": 88}, None, None,
                               [WEAKEST_OF_SEVERAL])  # fmt: skip
        storage.finish_session(sid, summary)
        card = build_scorecard(storage.session(sid), bank)
    finally:
        storage.close()
    (tip,) = [t for t in card.tips if "weakest category" in t]
    assert "Ctrl+Shift+P" in tip  # the window's tip names the key
    for name, text in (
        ("html", render_html(card)),
        ("markdown", render_markdown(card)),
        ("pdf", render_print_html(card)),
    ):
        assert "Ctrl+Shift+P" not in text, name  # before: in every one
        assert without_keys(tip).split(" (")[0] in text, name
