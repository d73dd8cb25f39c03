"""An answer holding a bidi character, in the Markdown export (attack run 62): the template's
finalize set the whole quoted block apart as a bidi isolate, so the line that held the character
began with U+2068 before its '> ' and was no longer a quoted line in any viewer (CommonMark reads
it as the paragraph's lazy continuation, its '>' printed). Each line is set apart inside its own
'> ' now."""

from __future__ import annotations

from pathlib import Path

from simulator.core.reordering import FSI, PDI
from tests.bidi import held_in
from tests.core.test_export import exported

RLO, PDF = "\u202e", "\u202c"


def test_every_line_of_a_quoted_answer_with_bidi_characters_stays_quoted(data_dir: Path) -> None:
    answer = f"It memorizes noise.\nThe file {RLO}txt.exe{PDF} is shown as typed.\nLast line."
    md = exported(data_dir, "md", {"tech.overfit": answer})
    lines = md.splitlines()
    start = lines.index("> It memorizes noise.")
    quoted = lines[start : start + 3]
    assert all(line.startswith("> ") for line in quoted), quoted
    middle = quoted[1][2:]
    assert middle.startswith(FSI) and middle.endswith(PDI) and RLO in middle
    assert held_in(f"before {middle} after")  # the override still works inside its line only
    assert quoted[2] == "> Last line."
