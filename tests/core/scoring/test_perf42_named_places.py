"""Named alternatives are looked for where their first word stands (issue 8, perf42).

named_sides tried every name at every word of the answer (a tenth of a 10,000-word answer's
scoring); names are now looked for only at the places of their first stem. The places and the
owners of each word are those of a scan of every word."""

from __future__ import annotations

from simulator.core.scoring import named_sides as ns
from simulator.core.scoring.text import tokenize

TEXT = (
    "L1 regularization drives weights to exactly zero, while L2 regularization shrinks them. "
    "Unlike L2, L1 regularization selects features; L1 L1 regularization at the very end L1"
)


def _scan(stems: tuple[str, ...], name: tuple[str, ...]) -> list[int]:
    return [i for i in range(len(stems) - len(name) + 1) if stems[i : i + len(name)] == name]


def test_places_are_every_place_a_name_starts() -> None:
    stems = tokenize(TEXT).stems
    places = ns._stem_places(stems)
    for name in {stems[i : i + n] for n in (1, 2, 3) for i in range(len(stems) - n + 1)}:
        assert ns._places(stems, places, name) == _scan(stems, name)
    assert ns._places(stems, places, ("l1", "regular", "absent")) == []
    assert ns._places(stems, places, ("l1",)) != []  # the last word too


def test_owners_with_shared_places_are_those_read_alone() -> None:
    tokens = tokenize(TEXT)
    names = ((("l1", "regular"), ("l1",)), (("l2", "regular"), ("l2",)))
    places = ns._stem_places(tokens.stems)
    alone = ns._owners(tokens, names)
    assert ns._owners(tokens, names, places=places) == alone
    assert ns._owners(tokens, names, granted=True, places=places) == ns._owners(
        tokens, names, granted=True
    )
    # the second sentence's words are said of the name its clause is about
    said_of = {i for i, who in enumerate(alone) if who == frozenset({0})}
    assert said_of
