"""An answer millions of characters long (an archive may hold one, from versions before the
typed-answer limit) was laid out whole on the GUI thread by the Scorecard and Review pages:
2,000,000 characters held the window 4.7 s. The window's view cuts it after about an hour of
speech and says how much more there is; exports keep every word."""

from __future__ import annotations

import dataclasses

from simulator.core.export.render import WINDOW_TEXT_CHARS, render_answer_html, render_markdown
from simulator.core.scorecard import build_scorecard
from simulator.core.storage import Storage
from tests.scores import answer_score, session_score


def _card(tmp_path, text: str):  # type: ignore[no-untyped-def]
    from simulator.core.questions import load_packs
    from simulator.paths import bundled_packs_dir

    bank = load_packs([bundled_packs_dir()])
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "x", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", text, score=answer_score(50))
    storage.finish_session(sid, session_score(50))
    record = storage.session(sid)
    storage.close()
    return build_scorecard(record, bank)


def test_a_huge_answer_is_cut_in_the_window_and_kept_whole_in_exports(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "variance grows with model flexibility " * 52_000  # ~2,000,000 characters
    card = _card(tmp_path, text)
    html = render_answer_html(card.answers[0])
    assert len(html) < 2 * WINDOW_TEXT_CHARS
    assert f"{len(text) - WINDOW_TEXT_CHARS:,} more characters are not shown here" in html
    assert render_markdown(card).count("variance grows with model flexibility") == 52_000


def test_an_answer_of_ordinary_length_is_shown_whole(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Bias is error from wrong assumptions; variance is sensitivity to the sample."
    card = _card(tmp_path, text)
    html = render_answer_html(card.answers[0])
    assert text in html and "not shown here" not in html
    assert dataclasses.asdict(card.answers[0])["parts"][0]["text"] == text


def test_a_huge_storys_star_sentences_are_cut_in_the_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The STAR sentences repeat the story's words: 60,000 of them held the layout 8 s."""
    from simulator.core.questions import load_packs
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript
    from simulator.paths import bundled_packs_dir

    story = (
        "Our team disagreed about the launch. My task was to decide. "
        "I ran a benchmark and met each engineer. As a result we shipped two weeks early."
    )
    qid = "beh.difficult-team-member"
    bank = load_packs([bundled_packs_dir()])
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "x", "question_ids": [qid]})
    storage.add_answer(
        sid, qid, 0, "typed", story, score=score_answer(bank.get(qid), Transcript(story))
    )
    storage.finish_session(sid, session_score(50))
    answer = build_scorecard(storage.session(sid), bank).answers[0]
    storage.close()
    assert answer.star is not None and answer.star.sentences
    many = dataclasses.replace(answer.star, sentences=answer.star.sentences * 15_000)
    html = render_answer_html(dataclasses.replace(answer, star=many))
    assert len(html) < 3 * WINDOW_TEXT_CHARS
    assert "more sentences are not shown here: Review (its Whole answer…) or an export" in html
    assert 0 < html.count("As a result we shipped two weeks early") < 15_000
