"""A pack of brackets thousands deep made the YAML parser give up ("exceeded maximum nesting
depth"), and the message sent the person looking for "an indent that does not line up ... or a
quote or bracket left open" (attack run 47). It now says the pack nests too deep, as it does
for a nest the parser did read."""

from __future__ import annotations

from pathlib import Path

from simulator.core.pack_limits import MAX_DEPTH
from simulator.core.questions import load_packs


def test_a_nest_too_deep_for_the_parser_is_said_as_such(tmp_path: Path) -> None:
    pack = tmp_path / "deep.yaml"
    pack.write_text("pack: {name: D}\nquestions: " + "[" * 50_000 + "]" * 50_000 + "\n")
    bank = load_packs([pack])
    assert not bank.questions
    said = " ".join(str(p) for p in bank.problems)
    assert f"nests deeper than {MAX_DEPTH} levels" in said and str(pack) in said
    assert "indent" not in said and "bracket left open" not in said
