"""Bidi characters in pack prompts and answers work inside their own text and never outside it
(round 45's Left: they were shown as visible tags such as ⟨U+202E⟩ on every page and export,
which broke right-to-left text written with them); JSON keeps the text as typed."""

from __future__ import annotations

import pytest

from simulator.core.reordering import contained, shown_marks
from tests.bidi import held_in

RLO, PDF, LRI, RLI, FSI, PDI = "\u202e", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"


@pytest.mark.parametrize(
    "text",
    [
        f"txt.{RLO}exe",
        f"{RLI}open isolate",
        f"stray {PDI} closer",
        f"{LRI}a{RLO}b{PDI} after",  # the isolate's PDI closes the override inside it
        f"{PDF}{PDF} stray PDFs",
        f"{RLO}" * 200 + "deeper than bidi's 125 levels",
        f"{LRI}" * 200 + "isolates past the limit",
        f"line one {RLO}\nline two {RLI} \r\n three",
        "\u202bشكرا\u202c for the help",
    ],
)
def test_what_is_shown_cannot_reorder_what_is_around_it(text: str) -> None:
    shown = contained(text)
    assert held_in(f"before {shown} after")
    kept = shown.replace(FSI, "").replace(PDI, "").replace(PDF, "").replace("⟨U+2069⟩", "")
    assert kept == text.replace(FSI, "").replace(PDI, "").replace(PDF, "")  # nothing else lost


def test_text_without_bidi_characters_is_unchanged() -> None:
    for text in ("plain", "emoji 👩\u200d💻", "عربي بلا علامات", ""):
        assert contained(text) == text == shown_marks(text)


def test_tags_for_hidden_ones_and_escapes_where_nothing_isolates() -> None:
    assert shown_marks(f"a\u200bb{RLO}c") == f"{FSI}a⟨U+200B⟩b{RLO}c{PDF}{PDI}"
    # a terminal or JSON: every one as its escape, bidi ones too
    assert shown_marks(f"a\u200bb{RLO}c", lambda m: f"\\u{ord(m.group()):04x}") == (
        "a\\u200bb\\u202ec"
    )
