"""Limits a question pack must respect before it is validated field by field.

User packs come from anywhere; these checks keep a hostile or broken one from costing minutes,
gigabytes or a terminal's sanity: a size cap on the file, a cap on how many values it expands to
(YAML aliases can turn a few lines into billions of items), a depth cap, and no control
characters in any text (NUL, ESC and friends would reach the window, the terminal and exports).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Four times the largest shipped pack (~240 KB). A 2 MB pack (the cap before round 34) took 9-22 s
# to load on a loaded machine (1 s of CPU at best: YAML, pydantic), all of it waited for on Home.
MAX_PACK_BYTES = 1024 * 1024
MAX_VALUES = 200_000  # every value the pack expands to, aliases counted each time they are used
MAX_DEPTH = 12  # a question is at most ~4 levels deep; anything far deeper is not a pack
MAX_TEXT = 20_000  # any single text; fields have tighter limits (see questions_models.py)
# The characters of text a pack's aliases repeat, each use after the first counted: a 95 KB
# pack naming one 50,000-character text 15,000 times (*x) took 23-53 s to load, each use read
# again for control characters, and listed 15,000 problems (attack run 56). Four times what
# the largest pack may write out.
MAX_EXPANDED_CHARS = 4 * MAX_PACK_BYTES
# A question's key points, misconceptions and framework steps at most: what a stored score can
# hold of each too (scoring.results reads a score holding more as damaged)
MAX_KEY_POINTS = 30
MAX_MISCONCEPTIONS = 30
MAX_FRAMEWORK_STEPS = 20
# A question's rubric in all: every phrase is looked for in every sentence of an answer, in
# several ways (stance, contradiction, loose claims), so the time to score grows with their
# number. Each field's own limit still let one question hold ~3,900 phrases of ~40,000 words:
# scoring a 3,000-character answer took 107 s and a long one over 10 minutes (attack run 31).
# The largest shipped rubric holds 155 phrases of 480 words: four times that is allowed.
MAX_RUBRIC_PHRASES = 600
MAX_RUBRIC_WORDS = 2_000

# C0 controls except tab, newline and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# Bidi embeddings, overrides and their end (U+202A-U+202E), isolates and their end
# (U+2066-U+2069): they change the order a text is shown in. A pack's U+202E showed a topic
# reversed in the window and the exports (round 50); right-to-left words read right without
# them. They are removed from every text of a pack as it loads, with a warning.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def has_bidi_control(text: str) -> bool:
    return _BIDI_CONTROL.search(text) is not None


def without_bidi_controls(data: object, where: str = "") -> tuple[object, dict[str, str]]:
    """``data`` (one question as YAML gave it) with the bidi controls of its texts removed, and
    for each text that held some, its field path and the characters found (in order, each
    once). Walked as ``_walk`` walks: the pack's budget and depth were checked before."""
    if isinstance(data, str):
        found = _BIDI_CONTROL.findall(data)
        if not found:
            return data, {}
        return _BIDI_CONTROL.sub("", data), {where: "".join(dict.fromkeys(found))}
    removed: dict[str, str] = {}
    if isinstance(data, dict):
        out: dict[object, object] = {}
        for key, value in data.items():
            label = str(key)
            out[key], more = without_bidi_controls(value, f"{where}.{label}" if where else label)
            removed.update(more)
        return out, removed
    if isinstance(data, list):
        items = []
        for index, item in enumerate(data):
            kept, more = without_bidi_controls(item, f"{where}[{index}]")
            items.append(kept)
            removed.update(more)
        return items, removed
    return data, removed


class PackTooBig(Exception):
    """The pack expands to too many values or nests too deeply."""


class TooManyValues(PackTooBig):
    """The pack expands to more than ``MAX_VALUES`` values: said by ``too_many_values_problem``,
    which knows whether the file wrote them out or its aliases repeated them."""


def control_character(text: str) -> str | None:
    """A readable name of the first control character in ``text``, or None."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return control_name(found.group())


# The control characters a person may know by a name; the others are said as U+XXXX.
_CONTROL_NAMES = {
    0: "NUL",
    0x07: "BEL",
    0x08: "BS",
    0x09: "tab",
    0x0A: "newline",
    0x0D: "carriage return",
    0x1B: "ESC",
    0x7F: "DEL",
}


def control_name(char: str) -> str:
    """A control character as a person reads it: "NUL", "tab", "ESC", else "U+001F"."""
    code = ord(char)
    return _CONTROL_NAMES.get(code, f"U+{code:04X}")


def text_problems(data: object, budget: list[int]) -> Iterator[tuple[str, str]]:
    """(field path, message) for each text that is too long or holds a control character.

    ``budget`` is a one-item counter of values left to visit, shared across the whole pack;
    raises ``PackTooBig`` when it runs out or nesting goes past ``MAX_DEPTH``.

    Nearly every text is fine: a quick pass that builds no field paths answers for those, and
    only a part with a problem is walked again to name where (the walk naming every value's
    path was a third of a 2 MB pack's load, attack run 34)."""
    left = budget[0]
    if not any_text_problem(data, budget):
        return
    budget[0] = left
    yield from _walk(data, "", 0, budget)


def any_text_problem(data: object, budget: list[int]) -> bool:
    """Does any text in ``data`` break a rule? Counts ``budget`` and depth as ``_walk`` does,
    and raises ``PackTooBig`` when aliases repeat more than ``MAX_EXPANDED_CHARS`` characters
    (a text an alias repeats is the same object: read once, then only counted)."""
    stack: list[tuple[object, int]] = [(data, 0)]
    search = _CONTROL.search
    found = False
    read: set[int] = set()
    repeated = 0
    while stack:
        item, depth = stack.pop()
        _spend(budget, depth)
        if isinstance(item, str):
            if id(item) in read:
                repeated += len(item)
                if repeated > MAX_EXPANDED_CHARS:
                    raise PackTooBig(
                        f"its YAML aliases (*name) repeat more than {MAX_EXPANDED_CHARS:,} "
                        "characters of text, each use counted (a pack may be at most "
                        f"{MAX_PACK_BYTES // 1024 // 1024} MB): repeat fewer of them"
                    )
                continue
            read.add(id(item))
            found = found or len(item) > MAX_TEXT or search(item) is not None
        elif isinstance(item, dict):
            stack.extend((value, depth + 1) for value in item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend((value, depth + 1) for value in item)
    return found


def _spend(budget: list[int], depth: int) -> None:
    """One more value read at ``depth``: a pack past either limit is refused, by both walks alike."""
    budget[0] -= 1
    if budget[0] < 0:
        raise TooManyValues(f"it expands to more than {MAX_VALUES:,} values")
    if depth > MAX_DEPTH:
        raise PackTooBig(f"it nests deeper than {MAX_DEPTH} levels")


def _walk(data: object, where: str, depth: int, budget: list[int]) -> Iterator[tuple[str, str]]:
    _spend(budget, depth)
    if isinstance(data, str):
        if len(data) > MAX_TEXT:
            yield where, f"text of {len(data):,} characters; at most {MAX_TEXT:,} allowed"
        name = control_character(data)
        if name is not None:
            yield where, f"contains a control character ({name}); remove it"
    elif isinstance(data, dict):
        for key, value in data.items():
            label = str(key)
            yield from _walk(value, f"{where}.{label}" if where else label, depth + 1, budget)
    elif isinstance(data, (list, tuple, set)):
        for index, item in enumerate(data):
            yield from _walk(item, f"{where}[{index}]", depth + 1, budget)


def rubric_size_problem(phrases: Iterable[str]) -> str | None:
    """Why a question's rubric (all its phrases) is too large to score in reasonable time."""
    count = words = 0
    for phrase in phrases:
        count += 1
        words += len(phrase.split())
    if count <= MAX_RUBRIC_PHRASES and words <= MAX_RUBRIC_WORDS:
        return None
    return (
        f"its rubric holds {count:,} phrases of {words:,} words in all; at most "
        f"{MAX_RUBRIC_PHRASES:,} phrases and {MAX_RUBRIC_WORDS:,} words are allowed (scoring an "
        "answer against more takes minutes): keep the phrases that tell a good answer apart"
    )


def too_many_values_problem(data: object, has_aliases: bool) -> str:
    """Why a pack past ``MAX_VALUES`` is refused, naming what was too large: its aliases when it
    has any, else its longest list or mapping with its place and size (a literal list of 300,000
    values was told 'YAML aliases?', attack run 37b)."""
    if has_aliases:
        return (
            f"its YAML aliases (*name) expand it to more than {MAX_VALUES:,} values: "
            "write the values out, or repeat fewer of them"
        )
    place, size = _largest_collection(data)
    largest = f"; the largest, {place or 'the whole pack'}, holds {size:,}" if size else ""
    return f"it holds more than {MAX_VALUES:,} values{largest}"


def _largest_collection(data: object) -> tuple[str, int]:
    """(place, length) of the longest list or mapping in ``data``; each object once, depth-capped."""
    best = ("", 0)
    seen: set[int] = set()
    stack: list[tuple[object, str, int]] = [(data, "", 0)]
    while stack:
        item, where, depth = stack.pop()
        if not isinstance(item, (dict, list)) or id(item) in seen or depth > MAX_DEPTH:
            continue
        seen.add(id(item))
        if len(item) > best[1]:
            best = (where, len(item))
        if isinstance(item, dict):
            for key, value in item.items():
                label = str(key)[:40]
                stack.append((value, f"{where}.{label}" if where else label, depth + 1))
        else:
            stack.extend((value, f"{where}[{i}]", depth + 1) for i, value in enumerate(item))
    return best
