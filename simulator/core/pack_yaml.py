"""A pack file's bytes to plain Python data, or one message saying what is wrong and on which line.

Safe loading only (no tags that build objects or run code), and stricter than YAML on two points
that otherwise cost an author silently or with a message that says nothing:

- a key given twice in one mapping is refused (YAML keeps the last one: a question's first
  ``topic:`` vanished without a word); merge keys (``<<: *base``) may still be overridden;
- a raw control character, or text that is not UTF-8, is named with its line and code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import yaml

# libyaml's loader parses the bank ~10x faster than the pure-Python one (start-up time).
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE = "tag:yaml.org,2002:merge"
_SHOWN_KEY = 40  # a key is quoted in the message: at most this much of it


_STR = "tag:yaml.org,2002:str"


class PackLoader(_Base):  # type: ignore[valid-type,misc]
    def construct_document(self, node: yaml.Node) -> Any:
        _refuse_repeated_keys(node, self._key_identity)
        return super().construct_document(node)

    def _key_identity(self, key: yaml.ScalarNode) -> object:
        """What a key is in the data: a text as written; any other scalar as the value it is
        read as, so '1' and 'true' (1 == True), '1' and '0x1', 'null' and '~' are one key,
        as the data's mapping makes them (attack run 37b)."""
        if key.tag == _STR:
            return (key.tag, key.value)
        value = self.construct_object(key)
        try:
            hash(value)
        except TypeError:
            return (key.tag, key.value)
        return ("value", value)


class NotPackData(yaml.constructor.ConstructorError):
    """Valid YAML that no field of a pack holds; ``problem`` says what, on its own line."""


def _refuse_binary(loader: PackLoader, node: yaml.Node) -> Any:
    """``!!binary``: no field of a pack holds bytes. Made into bytes, it was refused as "a bytes
    is not a whole number" where a number belongs, and taken as its decoded text where text
    belongs (a prompt, a phrase: attack run 59)."""
    raise NotPackData(
        None,
        None,
        "this line holds binary data (a value tagged !!binary, read as base64-encoded bytes) "
        "where a pack holds text or a number: write the text or number itself, without !!binary",
        node.start_mark,
    )


PackLoader.add_constructor("tag:yaml.org,2002:binary", _refuse_binary)


def _refuse_repeated_keys(root: yaml.Node, identity: Callable[[yaml.ScalarNode], object]) -> None:
    """Walk every mapping as written (before merge keys are applied; each node once, so an
    alias bomb costs no more than its text) and raise at the second of two equal keys."""
    seen_nodes: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[object, yaml.ScalarNode] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != _MERGE:
                    earlier = first.setdefault(identity(key), key)
                    if earlier is not key:
                        raise yaml.constructor.ConstructorError(
                            None, None, _repeated_key(earlier, key), key.start_mark
                        )
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def decode(content: bytes) -> tuple[str | None, str | None, int | None]:
    """(text, None, None), or (None, why, its line) for bytes that are not UTF-8 (no line for
    a file in another encoding as a whole). The line is the problem's own ("file:N:"): not
    said again in ``why``."""
    wide = _wide_encoding(content) if b"\x00" in content else None
    if wide is not None:
        # (UTF-16 text of an English pack is valid UTF-8 with a NUL after each letter: it was
        # said as "the control character U+0000 is not allowed" on line 1: attack run 59)
        return None, f"not UTF-8 text: it is {wide}: save the file as UTF-8", None
    try:
        return content.decode("utf-8"), None, None
    except UnicodeDecodeError as exc:
        line = content.count(b"\n", 0, exc.start) + 1
        byte = content[exc.start]
        return None, f"not UTF-8 text (byte 0x{byte:02X}): save the file as UTF-8", line


# The wide encodings an editor saves text in ("Unicode" on Windows), longest unit first: UTF-32
# text read as UTF-16 holds NULs, so it is not taken for it.
_WIDE = (("utf-32", "UTF-32", 4), ("utf-16", "UTF-16", 2))
_BOMS = {
    "utf-32": ((b"\xff\xfe\x00\x00", "-le"), (b"\x00\x00\xfe\xff", "-be")),
    "utf-16": ((b"\xff\xfe", "-le"), (b"\xfe\xff", "-be")),
}
# C0 controls but tab and line breaks: what a file of text in a wide encoding never holds
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _wide_encoding(content: bytes) -> str | None:
    """How ``content`` (bytes holding a NUL) is text in UTF-32 or UTF-16, said ("UTF-16 text
    (big-endian, with no byte order mark)"); None when it is not. Read so, it must hold no
    control character and be mostly ASCII, as a pack's keys and punctuation are: UTF-8 text
    with a stray NUL, or UTF-16 read in the wrong byte order, reads as CJK characters."""
    ends: tuple[str, ...]
    for codec, name, unit in _WIDE:
        if len(content) % unit:
            continue
        for mark, order in _BOMS[codec]:
            if content.startswith(mark):
                body, ends, marked = content[len(mark) :], (order,), "a byte order mark"
                break
        else:
            body, ends, marked = content, ("-le", "-be"), "no byte order mark"
        for end in ends:
            try:
                text = body.decode(codec + end)
            except UnicodeDecodeError:
                continue
            ascii_share = sum(1 for c in text if c < "\x80") / max(len(text), 1)
            if text and ascii_share >= 0.5 and not _CONTROL.search(text):
                endian = "little-endian" if end == "-le" else "big-endian"
                return f"{name} text ({endian}, with {marked})"
    return None


def load(text: str) -> Any:
    """The data of ``text`` (raises ``yaml.YAMLError``, ``RecursionError`` or a constructor's
    own exception for a tag whose value does not fit it)."""
    return yaml.load(text, Loader=PackLoader)


def reader_problem(exc: yaml.reader.ReaderError) -> str:
    """A character YAML refuses to read, by its code (its line is the problem's own)."""
    return f"not valid YAML: the control character U+{exc.character:04X} is not allowed"


def unreadable_value_line(text: str) -> int | None:
    """The line of the first value that cannot be made into its type, found by parsing again
    and making each value on its own; None when none is found."""
    loader = PackLoader("")
    try:
        stack = list(reversed(list(yaml.compose_all(text, Loader=PackLoader))))
        seen: set[int] = set()  # each node once: an alias bomb shares its nodes
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, yaml.ScalarNode):
                try:
                    loader.construct_object(node)
                except Exception:  # noqa: BLE001 - whatever the type's constructor raises
                    return int(node.start_mark.line) + 1
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(reversed(node.value))
            elif isinstance(node, yaml.MappingNode):
                stack.extend(v for pair in reversed(node.value) for v in reversed(pair))
    except (yaml.YAMLError, RecursionError):
        pass
    finally:
        loader.dispose()
    return None


_STEP = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


def field_steps(field: str) -> list[str | int]:
    """A field's place as a problem names it ("key_points[0].label") as the keys and list
    positions leading to it: ["key_points", 0, "label"]."""
    return [int(m.group(1)) if m.group(1) else m.group(2) for m in _STEP.finditer(field)]


class PackLines:
    """The line each part of a pack's text is written on. The text is composed again only
    when a problem asks for a line: a pack without problems costs nothing more."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._root: yaml.Node | None = None
        self._composed = False

    def line(self, path: Sequence[str | int]) -> int | None:
        """The 1-based line of the deepest part of ``path`` the pack holds: a mapping's key,
        a list's item (its first line); a field not given is placed at what holds it (a
        question with no ``prompt:``, on the question's first line). None if the pack holds
        none of it, or cannot be composed."""
        node, line = self._tree(), None
        for step in path:
            found = _member(node, step)
            if found is None:
                break
            line, node = found
        return line

    def id_line(self, question_id: str, nth: int = 0) -> int | None:
        """The line of the question whose ``id:`` is ``question_id``: the first such, or with
        ``nth`` the one after ``nth`` others (a duplicate in the same pack is the second: the
        first is the one loaded)."""
        found = _member(self._tree(), "questions")
        items = found[1].value if found and isinstance(found[1], yaml.SequenceNode) else []
        for item in items:
            key = _member(item, "id")
            if key is not None and getattr(key[1], "value", None) == question_id:
                if nth == 0:
                    return key[0]
                nth -= 1
        return None

    def _tree(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self._text, Loader=PackLoader)
            except (yaml.YAMLError, RecursionError):
                self._root = None
        return self._root


def _member(node: yaml.Node | None, step: str | int) -> tuple[int, yaml.Node] | None:
    """(line, node) of ``step`` in ``node``: a key of a mapping or a position of a list."""
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == step:
                return int(key.start_mark.line) + 1, value
    elif (
        isinstance(node, yaml.SequenceNode)
        and isinstance(step, int)
        and 0 <= step < len(node.value)
    ):
        item = node.value[step]
        return int(item.start_mark.line) + 1, item
    return None


def node_count_over(text: str, limit: int) -> bool:
    """Whether ``text`` holds more than ``limit`` YAML nodes (scalars, aliases, lists and
    mappings, keys included), counted from the parser's events: about a tenth of the cost of
    building the data. Text that does not parse is left to ``load`` to name."""
    loader = _Base(text)
    try:
        count = 0
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, _NODE_EVENTS):
                count += 1
                if count > limit:
                    return True
        return False
    except yaml.YAMLError:
        return False
    finally:
        loader.dispose()


def self_reference(text: str) -> tuple[str, int] | None:
    """The first alias of ``text`` used inside the very list or mapping it names (``&q`` on a
    question, ``*q`` in one of its fields): its name and its line (1-based). Such a value holds
    itself: it was refused as nesting "deeper than 12 levels" (round 50). Read from the
    parser's events: nothing is built."""
    loader = _Base(text)
    open_anchors: list[str | None] = []
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                open_anchors.append(event.anchor)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                open_anchors.pop()
            elif isinstance(event, yaml.AliasEvent) and event.anchor in open_anchors:
                mark = event.start_mark
                return str(event.anchor), (mark.line + 1 if mark is not None else 1)
        return None
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def has_aliases(text: str) -> bool:
    """Whether ``text`` uses a YAML alias (``*name``), read from the parser's events."""
    loader = _Base(text)
    try:
        while loader.check_event():
            if isinstance(loader.get_event(), yaml.AliasEvent):
                return True
        return False
    except yaml.YAMLError:
        return False
    finally:
        loader.dispose()


def _repeated_key(earlier: yaml.ScalarNode, key: yaml.ScalarNode) -> str:
    where = earlier.start_mark.line + 1
    shown = key.value[:_SHOWN_KEY]
    if earlier.value == key.value:
        return f"the key '{shown}' twice in one mapping (first on line {where}); " + _KEEPS_LAST
    return (
        f"the key '{shown}' is the key '{earlier.value[:_SHOWN_KEY]}' again in one mapping (first "
        f"on line {where}): YAML reads both as the same value; " + _KEEPS_LAST
    )


_KEEPS_LAST = "YAML would keep only the last"

_NODE_EVENTS = (
    yaml.ScalarEvent,
    yaml.AliasEvent,
    yaml.SequenceStartEvent,
    yaml.MappingStartEvent,
)
