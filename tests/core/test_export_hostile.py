"""Exports of hostile text (issue 12, items 3 and 12): no NUL or ESC in HTML or Markdown; an
export killed mid-write leaves no hidden .part file behind once the next export runs."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from simulator.core import export
from simulator.core.questions import load_packs
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.target_files import LEFTOVER_AGE
from simulator.core.transcript import Transcript
from tests.bidi import held_in
from tests.scores import session_score

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
HOSTILE = "Overfitting \x00 memorizes \x1b[2J\x1b]0;title\x07 noise\x9b in the training set."


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_control_characters_never_reach_an_export(data_dir: Path, fmt: str) -> None:
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick\x1b[31m", "question_ids": ["tech.overfit"]})
    score = score_answer(bank.get("tech.overfit"), Transcript(text=HOSTILE))
    storage.add_answer(sid, "tech.overfit", 0, "typed", HOSTILE, score=score)
    storage.finish_session(sid, session_score(score.overall))
    text = export.render(fmt, storage.session(sid), bank)
    assert "memorizes" in text
    for bad in ("\x00", "\x1b", "\x07", "\x9b"):
        assert bad not in text


def test_a_killed_exports_leftover_is_removed_by_the_next_export(tmp_path: Path) -> None:
    leftover = tmp_path / ".card.html.k2j3h4.part"
    leftover.write_text("half a scorecard")
    other = tmp_path / ".notes.txt.x.part"  # not ours to remove: another name
    other.write_text("x")
    # a killed export's: untouched for longer than a write in progress ever is (fix46)
    aged = time.time() - LEFTOVER_AGE - 60
    for path in (leftover, other):
        os.utime(path, (aged, aged))
    export.write_export(tmp_path / "card.html", "<p>whole</p>")
    assert not leftover.exists() and other.exists()
    assert (tmp_path / "card.html").read_text() == "<p>whole</p>"


# bidi overrides, isolates and zero-width characters: U+202E shows "txt.exe" as "exe.txt"
REORDERING = "".join(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), *range(0x200B, 0x2010), 0xFEFF)
)
TRICK = f"Use a held-out set {' '.join(REORDERING)} then report {'x' * 300} the error."


@pytest.mark.parametrize("fmt", ["html", "md", "pdf", "json"])
def test_bidi_characters_are_held_in_and_zero_width_ones_shown(data_dir: Path, fmt: str) -> None:
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick", "question_ids": ["tech.overfit"]})
    score = score_answer(bank.get("tech.overfit"), Transcript(text=TRICK))
    aid = storage.add_answer(sid, "tech.overfit", 0, "typed", TRICK, score=score)
    storage.finish_session(sid, session_score(score.overall))
    if fmt == "pdf":  # the HTML Qt lays out into pages
        text = export.render_print_html(build_scorecard(storage.session(sid), bank))
    else:
        text = export.render(fmt, storage.session(sid), bank)
    if fmt == "json":  # the data as typed, every one escaped (\\u202e)
        assert not set(REORDERING) & set(text)
        assert json.loads(text)["session"]["answers"][0]["text"] == TRICK
        assert "\\u202e" in text
    else:  # zero-width ones as tags; bidi ones working inside the answer, never outside it
        assert not set("\u200c\u200d\ufeff") & set(text)
        assert "\u200b" not in text.replace("x\u200bx", "xx")  # ours: breaks in long runs
        assert "⟨U+FEFF⟩" in text and "⟨U+200B⟩" in text
        assert "\u202e" in text and "⟨U+202E⟩" not in text and held_in(text)
    assert storage.answer(aid).text == TRICK  # stored as the person typed it


@pytest.mark.parametrize(
    "plan",
    [{"question_ids": 5}, {"question_ids": [["x"], 3]}, {"question_ids": "tech.overfit"}, {}],
    ids=["number", "nested", "string", "none"],
)
def test_a_damaged_stored_plan_still_gives_a_scorecard_and_every_export(
    data_dir: Path, plan: dict[str, object]
) -> None:
    # a salvaged database or a hand-made archive: the answers still show, counted as planned
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session(plan)
    score = score_answer(bank.get("tech.overfit"), Transcript(text="it memorizes noise"))
    storage.add_answer(sid, "tech.overfit", 0, "typed", "it memorizes noise", score=score)
    storage.finish_session(sid, session_score(score.overall))
    card = build_scorecard(storage.session(sid), bank)
    assert card.total == 1 and card.answered == 1
    for fmt in ("html", "md", "json"):
        assert "memorizes" in export.render(fmt, storage.session(sid), bank)


@pytest.mark.parametrize(
    "emoji", ["👨\u200d👩\u200d👧", "👩\u200d💻", "❤\ufe0f\u200d🔥", "👍🏽\u200d🤝"]
)
def test_a_zero_width_joiner_inside_an_emoji_is_left_to_join_it(emoji: str) -> None:
    """A family or a technologist emoji is one picture made with U+200D: it hides no text,
    and "👨⟨U+200D⟩👩⟨U+200D⟩👧" in a scorecard is noise."""
    from simulator.core.reordering import shown_marks

    assert shown_marks(f"I am a {emoji} person") == f"I am a {emoji} person"
    for hiding in ("pass\u200dword", "👨\u200dword", "word\u200d👩", "\u200d👩", "👨\u200d"):
        assert "⟨U+200D⟩" in shown_marks(hiding), hiding
