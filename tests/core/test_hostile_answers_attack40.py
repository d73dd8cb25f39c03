"""Attack run 40 (issue 8, hostile input): typed answers in odd forms of the same English letters,
odd invisible characters, and answers far longer than anyone speaks. Each answer of the held-out
set (``heldout_attack40_input.yaml``, written from the prompts alone) is re-typed or lengthened
here; the answer must be read as the English it is, said so when only part of it is scored, kept
whole where it is stored, and a normal answer's score must not move.

Held before this round: zero-width, soft-hyphen, joiner, right-to-left marks, NUL, emoji, no-break
and ideographic spaces (``test_invisible_and_odd_characters_do_not_move_the_score``). Failed
before: an answer typed in fullwidth letters (a Chinese or Japanese input method in full-width
mode) or pasted in "fancy" mathematical letters was called "Written in Fullwidth/Mathematical
script" and scored 0; a very long answer was scored whole (+300 MB at 100,000 words, perf39)."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import pytest
import yaml

from simulator.bank import load_bank
from simulator.core.questions import Question
from simulator.core.scorecard.answer import answer_view
from simulator.core.scoring import score_answer
from simulator.core.scoring.long_answer import SCORED_WORDS
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word

HELD = Path(__file__).parent / "scoring" / "heldout_attack40_input.yaml"
ITEMS = yaml.safe_load(HELD.read_text(encoding="utf-8"))
IDS = [item["question"] for item in ITEMS]


@cache
def _bank():  # type: ignore[no-untyped-def]
    return load_bank()


def _question(qid: str) -> Question:
    return _bank().get(qid)


def _answer(qid: str) -> str:
    return " ".join(next(i["answer"] for i in ITEMS if i["question"] == qid).split())


def fullwidth(text: str) -> str:
    """As a CJK input method types Latin text in full-width mode (U+FF01-FF5E, U+3000)."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


def mathematical(text: str, style: str = "BOLD") -> str:
    """As "fancy text" generators paste it: MATHEMATICAL BOLD / ITALIC / SANS-SERIF letters."""

    def one(c: str) -> str:
        if not c.isascii() or not c.isalpha():
            return c
        case = "CAPITAL" if c.isupper() else "SMALL"
        try:
            return unicodedata.lookup(f"MATHEMATICAL {style} {case} {c.upper()}")
        except KeyError:  # the italic small h is the Planck constant, outside the block
            return c

    return "".join(one(c) for c in text)


def _same_score(question: Question, plain: str, other: str) -> None:
    want = score_answer(question, Transcript(plain))
    got = score_answer(question, Transcript(other))
    assert (got.overall, got.components) == (want.overall, want.components), got.feedback[:2]
    assert not any("script" in line for line in got.feedback), got.feedback[:2]


@pytest.mark.parametrize("qid", IDS)
def test_an_answer_typed_in_fullwidth_letters_is_read_as_the_english_it_is(qid: str) -> None:
    _same_score(_question(qid), _answer(qid), fullwidth(_answer(qid)))


@pytest.mark.parametrize("style", ["BOLD", "ITALIC", "SANS-SERIF"])
def test_an_answer_pasted_in_mathematical_letters_is_read_as_english(style: str) -> None:
    qid = IDS[0]
    _same_score(_question(qid), _answer(qid), mathematical(_answer(qid), style))


def test_chinese_is_still_named_as_another_script() -> None:
    """The folding of letter forms must not make a real other script look English."""
    question = _question(IDS[0])
    got = score_answer(
        question, Transcript("我使用K均值算法把数据点分配到最近的中心然后更新中心直到收敛")
    )
    assert got.overall == 0 and got.feedback[0].startswith("Written in Chinese script")


ODD = {
    "zero-width space in words": lambda t: t.replace("ing", "i\u200bng"),
    "soft hyphens": lambda t: t.replace("ation", "a\u00adtion"),
    "joiners": lambda t: t.replace("e", "\u200de\u200c"),
    "right-to-left marks": lambda t: "\u200f" + t.replace(" ", " \u200e\u202b") + "\u202c",
    "NUL between words": lambda t: t.replace(" ", "\x00 "),
    "emoji between sentences": lambda t: t.replace(". ", ". 😀👍🏽👨‍👩‍👧 "),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "byte order marks": lambda t: "\ufeff" + t.replace(". ", ".\ufeff "),
}


@pytest.mark.parametrize("odd", list(ODD))
def test_invisible_and_odd_characters_do_not_move_the_score(odd: str) -> None:
    qid = IDS[1]
    _same_score(_question(qid), _answer(qid), ODD[odd](_answer(qid)))


def test_words_joined_by_commas_read_as_the_list_they_are() -> None:
    """Before: one clause of them all, read word against word (4,000 words: 10-22 s of CPU)."""
    qid = IDS[1]
    words = [w.strip(".,;:") for w in _answer(qid).split()[:40]]
    _same_score(_question(qid), ", ".join(words), ",".join(words))


def _long(qid: str, words: int) -> str:
    base = _answer(qid).split()
    return " ".join((base * (words // len(base) + 1))[:words])


def test_a_normal_length_answer_is_scored_whole() -> None:
    qid = IDS[0]
    got = score_answer(_question(qid), Transcript(_long(qid, 3_000)))
    assert not any(line.startswith("Scored: the first") for line in got.feedback)


def test_a_very_long_answer_is_scored_on_its_first_words_and_says_so() -> None:
    qid = IDS[0]
    text = _long(qid, 3 * SCORED_WORDS)
    got = score_answer(_question(qid), Transcript(text))
    assert got.feedback[0] == (
        f"Scored: the first {SCORED_WORDS:,} words of {3 * SCORED_WORDS:,}; the rest is kept "
        "as given but not scored (an answer this long runs over an hour)."
    )
    assert got.overall > 0
    # the same score as the first words alone: nothing past them was read
    first = score_answer(_question(qid), Transcript(_long(qid, SCORED_WORDS)))
    assert (got.overall, got.components) == (first.overall, first.components)


def test_one_megabyte_line_of_comma_separated_letters_is_cut_too() -> None:
    """No spaces at all: one word between spaces, 200,000 for the scorer (runs of letters or
    digits); the cut comes at 20,000 of those (``SCORED_RUNS``) and is told in characters."""
    question = _question(IDS[1])
    got = score_answer(question, Transcript("spam," * 200_000))
    assert got.feedback[0].startswith("Scored: the first 99,999 characters of 1,000,000;")


def test_a_very_long_spoken_answer_keeps_a_true_pace_on_the_part_scored() -> None:
    qid = IDS[1]
    said = _long(qid, 2 * SCORED_WORDS).split()
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(said))  # 150 wpm
    spoken = Transcript(" ".join(said), words, "faster-whisper", "tiny.en", len(said) * 0.4)
    got = score_answer(_question(qid), spoken)
    assert got.feedback[0].startswith(f"Scored: the first {SCORED_WORDS:,} words of")
    assert got.delivery is not None and 140 <= got.delivery.wpm <= 160


def test_the_scorecard_says_so_and_the_stored_answer_is_kept_whole(tmp_path: Path) -> None:
    qid = IDS[2]
    question = _question(qid)
    text = _long(qid, 2 * SCORED_WORDS)
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid = storage.create_session({"name": "Long", "question_ids": [qid]})
    storage.add_answer(sid, qid, 0, "typed", text, score=score_answer(question, Transcript(text)))
    (answer,) = storage.session(sid).answers
    assert answer.text == text
    view = answer_view(answer, question)
    assert view.feedback[0].startswith(f"Scored: the first {SCORED_WORDS:,} words of 20,000")
    storage.close()
