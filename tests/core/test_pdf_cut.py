"""The PDF of a session with a huge answer (2,000,000 characters took 107 s to lay out: Qt
paints every page by walking the lines of the paragraph that runs over it) keeps what the
window shows and says how much more there is; HTML, Markdown and JSON keep every word."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from simulator.core.export.render import (
    PRINT_TEXT_CHARS,
    render_html,
    render_json,
    render_markdown,
    render_print_html,
)
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scorecard import Scorecard, build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.storage import SessionRecord, Storage
from simulator.core.transcript import Transcript
from simulator.paths import bundled_packs_dir
from tests.scores import answer_score, session_score

PHRASE = "variance grows with model flexibility "


def _stored(tmp_path: Path, qid: str, text: str, score=None):  # type: ignore[no-untyped-def]
    bank = load_packs([bundled_packs_dir()])
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "x", "question_ids": [qid]})
    storage.add_answer(sid, qid, 0, "typed", text, score=score or answer_score(50, qid))
    storage.finish_session(sid, session_score(50))
    record = storage.session(sid)
    storage.close()
    return record, bank


def _card(record: SessionRecord, bank: QuestionBank) -> Scorecard:
    return build_scorecard(record, bank)


def test_the_pdf_cuts_a_huge_answer_and_says_where_the_rest_is(tmp_path: Path) -> None:
    text = PHRASE * 52_000  # 1,976,000 characters
    record, bank = _stored(tmp_path, "tech.bias-variance", text)
    card = _card(record, bank)
    printed = render_print_html(card)
    assert printed.count(PHRASE.strip()) <= PRINT_TEXT_CHARS // len(PHRASE) + 1
    assert len(printed) < 2 * PRINT_TEXT_CHARS
    rest = len(text) - PRINT_TEXT_CHARS
    assert f"{rest:,} more characters are not in this PDF" in printed
    assert "the HTML, Markdown and JSON exports keep the whole answer" in printed
    # every other format keeps every word
    assert render_markdown(card).count(PHRASE.strip()) == 52_000
    assert render_html(card).count(PHRASE.strip()) == 52_000
    stored = json.loads(render_json(card, record, bank))
    assert stored["session"]["answers"][0]["text"] == text
    assert card.answers[0].parts[0].text == text  # the view model itself is not cut


def test_an_answer_of_ordinary_length_is_printed_whole(tmp_path: Path) -> None:
    text = "Bias is error from wrong assumptions; variance is sensitivity to the sample."
    record, bank = _stored(tmp_path, "tech.bias-variance", text)
    printed = render_print_html(_card(record, bank))
    assert text in printed and "not in this PDF" not in printed


def test_a_huge_storys_star_sentences_are_cut_too(tmp_path: Path) -> None:
    """A story's STAR sentences repeat its words: 60,000 sentences are not all printed."""
    story = (
        "Our team disagreed about the launch. My task was to decide. "
        "I ran a benchmark and met each engineer. As a result we shipped two weeks early."
    )
    bank = load_packs([bundled_packs_dir()])
    score = score_answer(bank.get("beh.difficult-team-member"), Transcript(story))
    record, bank = _stored(tmp_path, "beh.difficult-team-member", story, score)
    card = _card(record, bank)
    answer = card.answers[0]
    assert answer.star is not None and answer.star.sentences
    many = answer.star.sentences * 15_000
    star = dataclasses.replace(answer.star, sentences=many)
    huge = dataclasses.replace(card, answers=[dataclasses.replace(answer, star=star)])
    printed = render_print_html(huge)
    assert len(printed) < 3 * PRINT_TEXT_CHARS  # the words, their labels and markup
    assert "more sentences are not in this PDF" in printed
    said = "As a result we shipped two weeks early"
    kept = printed.count(said)
    assert 0 < kept < 15_000 and render_markdown(huge).count(said) >= 15_000
