"""The scorecard's own sentences read right for one question (page and every export)."""

from __future__ import annotations

import html
import json
import re

import pytest

from simulator.core import export
from simulator.core.scorecard import build_scorecard
from tests.core.test_scorecard_model import GOOD, _session, bank, storage  # noqa: F401


def test_one_question_is_told_in_the_singular(storage, bank) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The page said "1 of 1 questions answered"."""
    sid = _session(storage, bank, "Practise again", [("tech.overfit", "typed", GOOD)], 1000.0)
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    assert "1 of 1 question answered" in card.summary.replace("\u00a0", " ")
    data = export.ExportInput(card, session, bank)
    for fmt in ("html", "md", "pdf"):
        text = export.FORMATS[fmt].render(data)
        if isinstance(text, str):
            assert "1 of 1 question answered" in text, fmt
            assert "questions answered" not in text.replace("questions answered or", ""), fmt


def test_one_question_is_not_a_mean() -> None:
    """ "Overall: mean of the 1 question answered or skipped" on a "Practise again" scorecard
    (walkthrough 18): the overall of one question is its score."""
    from simulator.core.scorecard.build import _overall_basis

    assert _overall_basis(1, 0, 1) == "the score of the one question answered"
    assert _overall_basis(1, 1, 1) == "the one question was skipped"
    assert _overall_basis(1, 0, 3) == (
        "the score of the one question answered; 2 questions not answered before the end "
        "are not counted"
    )
    assert _overall_basis(2, 0, 2) == "mean of the 2 questions answered or skipped"


def test_long_pauses_are_counted_in_words(storage, bank) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The page and the exports said "1 long pause(s)" (walkthrough 20)."""
    from dataclasses import replace

    from simulator.core.export.render import render_answer_html
    from simulator.core.scorecard.model import DeliveryView

    sid = _session(storage, bank, "Custom", [("tech.overfit", "typed", GOOD)], 1000.0)
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    for pauses, said in ((1, "1 long pause"), (2, "2 long pauses"), (0, "0 long pauses")):
        delivery = DeliveryView(60, 120, 140, 140, "", 0.0, pauses, "", 0.0)
        answer = replace(card.answers[0], delivery=delivery)
        texts = [render_answer_html(answer, muted="#666", track="#ddd", dark=False)]
        data = export.ExportInput(replace(card, answers=[answer]), session, bank)
        texts += [export.FORMATS[fmt].render(data) for fmt in ("html", "md")]
        for text in texts:
            assert isinstance(text, str) and "pause(s)" not in text
            assert re.search(rf"\b{said}(?![s(])", text), said


def test_an_off_question_story_is_told_in_plain_words(storage, bank) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The page said "Off the question: what was asked (a mistake you made)
    does not carry this story" (rel35's screenshot): the story is the subject, in plain words."""
    from dataclasses import replace

    from simulator.core.export.render import render_answer_html
    from simulator.core.scorecard.model import StarView

    sid = _session(storage, bank, "Custom", [("tech.overfit", "typed", GOOD)], 1000.0)
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    star = StarView(
        parts=[],
        share_basis="words",
        missing=[],
        in_order=True,
        order=[],
        quantified_result=True,
        i_count=3,
        we_count=0,
        specificity=0.5,
        hypothetical=False,
        off_question=["a mistake you made"],
        reads_as="improving how your team works",
    )
    answer = replace(card.answers[0], star=star)
    for dark in (False, True):
        text = render_answer_html(answer, muted="#666", track="#ddd", dark=dark)
        assert "carry this story" not in text
        assert "the story does not show what was asked (a mistake you made)" in text
        assert "it reads as improving how your team works" in text


def test_a_long_pause_tip_is_counted_in_words(storage, bank) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """A spoken answer with one long pause: "1 long pause" on the Delivery line and "1
    pause(s) longer than 2.5 s." under How to improve (ux36). Scored now, and as stored by an
    earlier version, each says it in words."""
    from dataclasses import replace

    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript, Word

    words, start = [], 0.5
    for i, word in enumerate(GOOD.split()):
        start += 3.0 if i in (5, 12) else 0.0  # pauses of 3 s: two, then one
        words.append(Word(word, start, start + 0.3))
        start += 0.4
    two = Transcript(GOOD, tuple(words), "whisper", "tiny.en", start + 0.5)
    assert "2 pauses longer than 2.5 s." in score_answer(bank.get("tech.overfit"), two).feedback
    one = replace(two, words=tuple(replace(w, start=w.start - 3, end=w.end - 3) if i >= 12 else w
                                   for i, w in enumerate(two.words)))  # fmt: skip
    score = score_answer(bank.get("tech.overfit"), one)
    assert "1 pause longer than 2.5 s." in score.feedback, score.feedback
    old = replace(score, feedback=["1 pause(s) longer than 2.5 s."])
    sid = storage.create_session({"name": "Custom", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "spoken", GOOD, duration_s=30.0, score=old)
    storage.finish_session(sid, None)
    card = build_scorecard(storage.session(sid), bank)
    assert "1 pause longer than 2.5 s." in card.answers[0].feedback
    assert not any("(s)" in tip for tip in card.answers[0].feedback)


def test_the_filler_aim_reads_as_the_delivery_line_writes_it(storage, bank) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """What to work on next: "Cut filler words: 6.8 per 100 words on average (aim <= 2)."
    above a Delivery line reading "(aim ≤ 2)" (ux36): a programmer's "<=" for a person. Said
    as the Delivery line says it, fresh or stored by an earlier version."""
    from dataclasses import replace

    from simulator.core.scoring import score_answer, score_session
    from simulator.core.transcript import Transcript, Word

    text = "Um so, uh, overfitting is um when the model, uh, memorizes noise, um, basically."
    words = tuple(Word(w, 0.5 + i * 0.4, 0.8 + i * 0.4) for i, w in enumerate(text.split()))
    question = bank.get("tech.overfit")
    score = score_answer(question, Transcript(text, words, "whisper", "tiny.en", 8.0))
    summary = score_session([(question, score)])
    (tip,) = [t for t in summary.tips if t.startswith("Cut filler words")]
    assert tip.endswith("(aim ≤ 2)."), tip
    sid = storage.create_session({"name": "Custom", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "spoken", text, duration_s=8.0, score=score)
    storage.finish_session(sid, replace(summary, tips=[tip.replace("≤", "<=")]))
    card = build_scorecard(storage.session(sid), bank)
    assert card.tips == [tip], card.tips


@pytest.mark.parametrize("full", [True, False])
def test_part_credit_is_explained_once_in_the_rows_words(storage, bank, full: bool) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Walkthrough 37: a point said once (85 %) and points said in other words (90 %) were
    explained twice, in different words: the tips "Said once only: A, B, C" (B and C were said
    in other words, not once) and the content basis "reads as a full explanation in its own
    words: a point said in other words earns up to 90% of its weight". One explanation, in the
    rows' own words, on the page and in every export."""
    from dataclasses import replace

    from simulator.core.scoring import score_answer
    from simulator.core.scoring.meaning_credit import AnswerReading, full_explanation_note
    from simulator.core.transcript import Transcript

    question = bank.get("tech.overfit")
    score = score_answer(question, Transcript(text=GOOD))
    first, *rest = score.key_points
    points = [replace(first, credit=0.85, via="words")] + [
        replace(kp, status="explained", covered=True, credit=0.9, via="meaning") for kp in rest
    ]
    reading = AnswerReading(full, not full, 0.9, 3, 0.4, 0.0)
    note = full_explanation_note(points, reading)
    assert note  # the basis the scorer writes for such an answer
    basis = {**score.basis, "content": score.basis["content"] + note}
    score = replace(score, key_points=points, basis=basis)
    sid = storage.create_session({"name": "Custom", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", GOOD, score=score)
    storage.finish_session(sid, None)
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    (view,) = card.answers
    tip = (
        "Part of the weight earned (covered once: “Fits noise in the training set”; covered in "
        "other words: " + ", ".join(f"“{kp.label}”" for kp in rest) + ")."
    )
    page = " ".join([*view.feedback, *(c.basis for c in view.components)])
    assert [kp.status_text for kp in view.key_points] == [
        "covered once, 85%\u00a0earned",
        *["covered in other words, 90%\u00a0earned"] * len(rest),
    ]
    data = export.ExportInput(card, session, bank)
    shown = {fmt: export.FORMATS[fmt].render(data) for fmt in ("html", "md", "pdf")}
    shown["page"] = page
    exported = json.loads(export.FORMATS["json"].render(data))["scorecard"]
    shown["json"] = json.dumps(exported, ensure_ascii=False)
    for where, text in shown.items():
        text = html.unescape(text)
        text = re.sub(r"\\(.)", r"\1", text) if where == "md" else text
        assert "Said once only" not in text and "in its own words" not in text, where
        assert text.count(tip) == 1, (where, tip, text[:3000])
