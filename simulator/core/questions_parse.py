"""Question packs, parsing: one pack's text to its valid questions and the problems found.

Never raises for bad content: every problem becomes a ``Problem`` naming the file, question id
and field, the broken question is skipped, and the rest of the pack is kept.
"""

from __future__ import annotations

import math
import os
import re
import sys
import typing
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

import yaml
from pydantic import ValidationError

from simulator.core import pack_yaml
from simulator.core.pack_limits import (
    MAX_DEPTH,
    MAX_VALUES,
    PackTooBig,
    TooManyValues,
    any_text_problem,
    has_bidi_control,
    rubric_size_problem,
    text_problems,
    too_many_values_problem,
    without_bidi_controls,
)
from simulator.core.questions_models import (
    ID_PATTERN,
    KEY_ID_PATTERN,
    WARNING,
    PackInfo,
    Problem,
    Question,
)

# pydantic names which member of a union a value failed as part of its place ('version', 'int'):
# a type's name, never a field of a pack (fields are snake_case words and list positions). An
# unknown key is the author's own word, whatever it looks like ('follow-ups:'): kept.
_UNION_MEMBER = re.compile(r"int|str|float|bool|[a-z]+-[a-z-]+(\[.*\])?|[a-z]+\[.*\]")
_SHOULD_BE = "Input should be "


def _field_path(loc: Sequence[int | str], *, members: bool = False) -> str:
    """The place of an error as an author reads it; ``members``: leave out union members."""
    out = ""
    for part in loc:
        if members and isinstance(part, str) and _UNION_MEMBER.fullmatch(part):
            continue  # 'pack.version.int' named a field no pack has (attack run 33)
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(error: Any, model: Any) -> str:
    if error.get("type") == "missing":
        # pydantic's "Field required" after "field difficulty:" read as 'field ... Field' and
        # did not say what was wrong with the pack (walkthrough 38)
        return "required, but not given"
    return _plain(error, model) or str(error.get("msg", "invalid")).removeprefix("Value error, ")


# A limit as the validator names it: (its key in the error's context, what the value is, the
# word before the limit).
_BOUNDS = {
    "less_than_equal": ("le", "too high", "at most"),
    "less_than": ("lt", "too high", "below"),
    "greater_than_equal": ("ge", "too low", "at least"),
    "greater_than": ("gt", "too low", "above"),
}
# The forms of the ids, as an author writes them (the patterns of ``questions_models``).
_ID_FORMS = {
    ID_PATTERN: "lower-case words of letters, digits and hyphens joined by dots, such as "
    "tech.overfit",
    KEY_ID_PATTERN: "lower-case letters, digits and hyphens, such as bias-variance",
}


def _odd_letter(given: Any) -> str:
    """The first character of an id that is none of a-z, 0-9, '-' and '.', named: a Cyrillic
    'е' or a full-width letter looks like a-z, and the id shown looked like a right one
    (attack run 55). "" when there is none (upper case, a dot in the wrong place)."""
    if not isinstance(given, str):
        return ""
    for at, char in enumerate(given, 1):
        if not (char.isascii() and (char.isalnum() or char in "-.")):
            name = unicodedata.name(char, "a character with no name")
            return (
                f"; {char!r} (character {at}) is {name}, U+{ord(char):04X}, not one of a-z, "
                "0-9, '-' or '.'"
            )
    return ""


def _plain(error: Any, model: Any) -> str | None:
    """A value out of its limits said as what was written and what is allowed: the validator's
    "Input should be less than or equal to 3" did not say what the pack had, "List should have
    at least 1 item after validation, not 0" spoke of validation, and an id of the wrong form
    was shown a regular expression (walkthrough 45). None: the validator's words are kept."""
    kind, ctx, given = error.get("type"), error.get("ctx") or {}, error.get("input")
    if kind in _BOUNDS and isinstance(given, (int, float)):
        key, verdict, word = _BOUNDS[kind]
        return f"{given:g} is {verdict}: {word} {ctx.get(key, '?')}"
    if kind in ("string_too_short", "string_too_long") and isinstance(given, str):
        short = kind == "string_too_short"
        limit = ctx.get("min_length" if short else "max_length", "?")
        what = "too short: at least" if short else "too long: at most"
        return f"{len(given):,} character{'s' * (len(given) != 1)}, {what} {limit}"
    if kind in ("too_short", "too_long") and isinstance(ctx.get("actual_length"), int):
        actual = ctx["actual_length"]
        if kind == "too_short":
            limit = ctx.get("min_length", 1)
            needed = f"at least {limit} item{'s' * (limit != 1)} {'is' if limit == 1 else 'are'}"
            return f"empty: {needed} needed" if actual == 0 else f"{actual}, too few: {needed}"
        return f"{actual} item{'s' * (actual != 1)}, too many: at most {ctx.get('max_length')}"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _ID_FORMS:
        return f"{given!r} is not an id: an id is {_ID_FORMS[ctx['pattern']]}" + _odd_letter(given)
    if kind in _TYPES:
        return _not_of_type(_TYPES[kind], given, _limits(model, error.get("loc", ())))
    if kind in ("literal_error", "enum") and "expected" in ctx:
        return f"{_written(given)} is not one of these: write {ctx['expected']}"
    return None


# What a field takes, by the validator's error type, as an author writes it (the validator said
# "Input should be a valid integer" and not what the pack had, walkthrough 45).
_TYPES = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "finite_number": "a number",  # .nan, .inf
    "string_type": "text",
    "list_type": "a list",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "dict_type": "a group of fields",
    "model_type": "a group of fields",
    "model_attributes_type": "a group of fields",
}
_HOW = {
    "text": "write words (in quotes if YAML would read them as a number, true/false or a list)",
    "a list": "write one item a line, each starting with '- ', or [one, two]",
    "true or false": "write true or false",
    "a group of fields": "write its fields below it, one 'name: value' a line",
}


def _written(value: Any) -> str:
    """A value as the pack has it: 'hard', 90.5, true, a list, a group of fields."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return "a " + type(value).__name__  # a date YAML read ('version: 2024-01-01')


def _number_as_text(given: str) -> str:
    """Why a number the validator got as text is text: quoted ('difficulty: "2"'), or written
    as YAML 1.1 reads text ('1e3', '5e-1': an exponent needs a point and a sign in it, attack
    run 48: "(without quotes)" was said of a number written without them)."""
    try:
        value = float(given)
    except ValueError:
        return ""
    if len(given) > 40 or not math.isfinite(value):
        return " (without quotes)"
    try:
        unquoted = pack_yaml.load(given)
    except yaml.YAMLError:
        unquoted = given
    if not isinstance(unquoted, str):
        return " (without quotes)"  # difficulty: "2" is text to the validator
    digits = f"{value:.0f}" if value.is_integer() and abs(value) < 1e9 else f"{value:.15g}"
    if "e" in digits and "." not in digits:  # 1e+308: YAML wants a point too
        mantissa, exponent = digits.split("e")
        digits = f"{mantissa}.0e{exponent}"
    return f" (YAML reads {given} as text: write {digits})"


def _not_of_type(wanted: str, given: Any, limits: tuple[float, float] | None) -> str:
    """ "'hard' is not a whole number: write 1, 2 or 3"."""
    if wanted in _HOW:
        how = _HOW[wanted]
    elif limits is None:
        how = f"write {wanted}"
    else:
        low, high = limits
        if wanted == "a whole number" and high - low <= 4:
            shown = [f"{n:g}" for n in range(int(low), int(high) + 1)]
            how = "write " + (
                ", ".join(shown[:-1]) + " or " + shown[-1] if len(shown) > 1 else shown[0]
            )
        else:
            how = f"write {wanted} from {low:g} to {high:g}"
    if isinstance(given, str):
        how += _number_as_text(given)
    said = "empty" if given is None else f"{_written(given)} is not {wanted}"
    return f"{said}: {how}"


def _limits(model: Any, loc: Sequence[int | str]) -> tuple[float, float] | None:
    """The lowest and highest value the field at ``loc`` of ``model`` takes, from the models'
    own limits; None when it has none or the place is not found."""
    info = None
    for part in loc:
        if isinstance(part, int):
            continue  # a list's item: the list's own type is looked into below
        fields = getattr(model, "model_fields", None)
        if fields is None or part not in fields:
            return None
        info = fields[part]
        inner = info.annotation
        for arg in (*typing.get_args(inner), inner):  # list[KeyPoint], KeyPoint | None
            if hasattr(arg, "model_fields"):
                model = arg
                break
    if info is None:
        return None
    low = next((m.ge for m in info.metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in info.metadata if hasattr(m, "le")), None)
    return None if low is None or high is None else (float(low), float(high))


def _field_problems(
    errors: Sequence[Any], model: Any = Question
) -> list[tuple[str, str, list[str | int]]]:
    """(field path, message, where its line is) once per field: a value that fits no member of
    a union fails once per member ('a valid integer', 'a valid string'), said as one message.
    Where: the keys and positions to the field (``pack_yaml.PackLines``)."""
    said: list[tuple[str, str, list[str | int]]] = []
    union: list[str] = []  # what the members of a union take, so far (the field said once)
    for err in errors:
        path = _field_path(err["loc"], members=err.get("type") != "extra_forbidden")
        message = _describe(err, model)
        where = pack_yaml.field_steps(path)
        if err.get("type") == "invalid_key":
            # a key YAML reads as a number or null ('1: x', 'null: y') was named as the place
            # itself: 'field [1]' (a list's first item?) and 'field None' (attack run 37)
            *parent, key = err["loc"]
            path = _field_path(parent)
            shown = "null" if key == "None" else str(key)
            message = f"the key {shown} is not a field name (keys are words, such as prompt)"
            where = [*pack_yaml.field_steps(path), shown]  # the key as written, if it is so
        last = said[-1] if said else None
        kind = err.get("type")
        if kind in _TYPES and path != _field_path(err["loc"]):  # one member of a union
            wanted = [*(union if last and last[0] == path else []), _TYPES[kind]]
            union = wanted
            message = _not_of_type(" or ".join(wanted), err.get("input"), None)
            if len(wanted) > 1:
                said[-1] = (path, message, where)
                continue
        if last and last[0] == path and all(m.startswith(_SHOULD_BE) for m in (last[1], message)):
            said[-1] = (path, f"{last[1]}, or {message.removeprefix(_SHOULD_BE)}", last[2])
        else:
            said.append((path, message, where))
    return said


def yaml_problem(exc: yaml.YAMLError) -> str:
    """What a parse error means, said plainly first (what is wrong, where, what to do), the
    parser's own words after it: the problem line used to be the parser's text alone ("did not
    find expected node content"), which a person writing a pack cannot act on (walkthrough 37).
    Not "start the app again": where that applies the window says it once over the list (the
    dialog said it twice, walkthrough 38), and ``validate`` is simply run again."""
    if "maximum nesting depth" in str(getattr(exc, "problem", "")):
        # brackets or lists thousands deep: the parser gives up, and the layout advice below
        # sent the person looking for a tab or a bracket left open (attack run 47); said as
        # the pack walk says a nest too deep that the parser did read
        return f"not loaded: it nests deeper than {MAX_DEPTH} levels"
    where = getattr(exc, "problem_mark", None)
    started = getattr(exc, "context_mark", None)
    problem = str(getattr(exc, "problem", "") or "")
    if isinstance(exc, yaml.scanner.ScannerError) and re.search("escape|hexdecimal", problem):
        return _escape_problem(problem, where)
    # The file and the line the parser stopped on are the problem's own, said first as
    # "file:N:" (the message said them again: "(line 5): x.yaml ... from line 5 on").
    if isinstance(exc, pack_yaml.NotPackData):  # valid YAML: said as what it is
        return f"{exc.problem}. None of its questions loaded: fix it."
    if not isinstance(exc, (yaml.scanner.ScannerError, yaml.parser.ParserError)):
        # read as YAML, refused as data (a key said twice, an unknown tag): the layout advice
        # below would send the person looking for a tab that is not there
        reason = getattr(exc, "problem", None) or "it is not valid YAML"
        return f"not valid YAML: {reason}. None of its questions loaded: fix it."
    if where is None:
        plain = "not valid YAML: the file cannot be read, so none of its questions loaded."
        look = "Look for"
    else:
        line = where.line + 1
        plain = (
            "not valid YAML: the file cannot be read from this line on, so none of its "
            "questions loaded."
        )
        # the parser names where it noticed; what it was reading (an open bracket or quote)
        # may have started lines earlier
        first = started.line + 1 if started is not None else line
        look = (
            f"Look from line {first} down to this one for"
            if first < line
            else "Look at this line and the one above it for"
        )
    advice = (
        f"{look} an indent that does not line up or uses a tab, a missing space after ':' or "
        "'-', or a quote or bracket left open, and fix it."
    )
    parser = "; ".join(
        str(part) for part in (getattr(exc, "problem", None), getattr(exc, "context", None)) if part
    )
    detail = f" (YAML parser: {parser})" if parser else ""
    return f"{plain} {advice}{detail}"


def _escape_problem(problem: str, where: Any) -> str:
    """A backslash in a double-quoted text that is no escape YAML reads: a Windows path
    ("C:\\Users"), a backslash before a letter, half of a character (a lone surrogate,
    "\\ud800"). The layout advice sent the person looking for a tab or an open bracket
    (attack run 55)."""
    near = f" near column {where.column + 1}" if where is not None else ""
    halves = (
        ": \\uD800 to \\uDFFF are halves of a character, none on its own (write the character "
        "itself, or \\U0001F600 for one past U+FFFF)"
        if "invalid Unicode" in problem
        else ""
    )
    return (
        "not valid YAML: a backslash in double quotes starts an escape (\\n, \\t, \\u00e9), and "
        f"the one{near} is not one YAML knows{halves}; write a backslash meant as itself as "
        "\\\\, or put the text in single quotes. None of its questions loaded "
        f"(YAML parser: {problem})"
    )


# Characters YAML reads as the end of a line that an editor shows as none (or as a space):
# text copied from a word processor or a PDF brings them into a prompt
_UNSEEN_BREAKS = {
    "\x85": "NEXT LINE (U+0085)",
    "\u2028": "LINE SEPARATOR (U+2028)",
    "\u2029": "PARAGRAPH SEPARATOR (U+2029)",
}
_UNSEEN_BREAK = re.compile("[\x85\u2028\u2029]")


def _unseen_line_break(text: str, exc: yaml.YAMLError) -> tuple[str, int] | None:
    """The problem and line of a pack YAML could not read because a line-break character the
    editor does not show broke a line in two (attack run 59: "overfitting<U+2028>and detect
    it" was said as an indent that does not line up, a tab or a quote left open, none of which
    was there, on a line one past the editor's: the parser counts that break as a line). None
    when there is none before where the parser stopped."""
    if not isinstance(exc, (yaml.scanner.ScannerError, yaml.parser.ParserError)):
        return None
    found = _UNSEEN_BREAK.search(text)
    mark = getattr(exc, "problem_mark", None)
    if found is None or (mark is not None and found.start() > mark.index):
        return None
    line = text.count("\n", 0, found.start()) + 1  # as an editor counts them
    said = (
        f"not valid YAML: this line holds a {_UNSEEN_BREAKS[found.group()]} character, which "
        "YAML reads as the end of a line though an editor shows none (text copied from a word "
        "processor or a PDF brings it): replace it with a space. None of its questions loaded"
    )
    return said, line


def _load_yaml(text: str, file: str) -> tuple[Any, Problem | None]:
    try:
        return pack_yaml.load(text), None
    except yaml.reader.ReaderError as exc:
        at = text.count("\n", 0, max(exc.position, 0)) + 1
        return None, Problem(file, None, None, pack_yaml.reader_problem(exc), at)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        breaking = _unseen_line_break(text, exc)
        if breaking is not None:
            return None, Problem(file, None, None, *breaking)
        on = int(mark.line) + 1 if mark is not None else None
        return None, Problem(file, None, None, yaml_problem(exc), on)
    except RecursionError:
        return None, Problem(file, None, None, "not a pack: it nests far too deeply")
    except Exception as exc:  # noqa: BLE001 - any constructor error is a broken pack
        # A value that does not fit its type (``!!int 12x``, ``!!timestamp 2001-99-99``, a
        # 5,000-digit number): the loader raises a plain exception, without a line.
        reason = str(exc)[:80]  # the value is quoted: at most a short piece of the file
        if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
            # (it read "Exceeds the limit (4300 digits) for integer string conversion: value
            # has 5000 di", Python's words cut short, naming a function of Python's)
            reason = f"a number of more than {sys.get_int_max_str_digits():,} digits"
        # The line is the problem's own ("file:N:"): not said again in the message
        where = pack_yaml.unreadable_value_line(text)
        return None, Problem(file, None, None, f"a value cannot be read: {reason}", where)


# Above this size a pack's YAML nodes are counted before its data is built: 2 MB of one-letter
# values took 13 to 22 s to build (load average 10) before the value cap refused them anyway.
# The shipped packs are under 220 KB: they are not counted twice.
COUNT_EVENTS_FROM_BYTES = 256 * 1024
# Each value has at most one key: more nodes than this is more than MAX_VALUES values.
MAX_NODES = 2 * MAX_VALUES


def parse_pack(text: str, file: str) -> tuple[list[Question], list[Problem]]:
    """Parse one pack's text. Returns the valid questions and the problems found; never raises."""
    if len(text) > COUNT_EVENTS_FROM_BYTES and pack_yaml.node_count_over(text, MAX_NODES):
        message = f"not loaded: it holds more than {MAX_NODES:,} values and keys"
        return [], [Problem(file, None, None, message)]
    data, problem = _load_yaml(text, file)
    if problem is not None:
        return [], [problem]
    budget = [MAX_VALUES]
    try:
        # Walk the whole pack once up front: a pack that expands too far is refused before
        # any per-field validation spends time on it.
        # (and the texts checked: a pack with none too long or holding a control character,
        # nearly every pack, is not walked again question by question)
        texts_clean = not any_text_problem(data, [MAX_VALUES])
    except TooManyValues:
        message = too_many_values_problem(data, pack_yaml.has_aliases(text))
        return [], [Problem(file, None, None, f"not loaded: {message}")]
    except PackTooBig as exc:
        looped = pack_yaml.self_reference(text)  # read only for a pack refused (rare)
        if looped is not None:
            name, at = looped
            said = (
                f"not loaded: the alias *{name} refers to itself (it is used inside the value "
                f"&{name} names, so that value would hold itself without end): write the value "
                "out, or use the alias outside it"
            )
            return [], [Problem(file, None, None, said, at)]
        return [], [Problem(file, None, None, f"not loaded: {exc}")]
    if data is None:
        return [], [Problem(file, None, None, "the file is empty")]
    if not isinstance(data, dict):
        # said as the file has it ("not 42", "not a list"): Python's own type names ("not a
        # int", "not a str") were shown (attack run 59). A text is not echoed: a file of one
        # line that is no pack (a token, a password) is not a pack's to show.
        what = "a line of text" if isinstance(data, str) else _written(data)
        said = f"a pack must be a mapping with 'questions:', not {what}"
        return [], [Problem(file, None, None, said)]

    if "pack" not in data and "questions" not in data:
        # e.g. a config or password file ("name: value" lines): its keys are not echoed
        return [], [Problem(file, None, None, "not a pack: it has no 'questions:' key")]
    problems: list[Problem] = []
    lines = pack_yaml.PackLines(text)
    unknown = sorted(str(k)[:40] for k in data if k not in ("pack", "questions"))
    if unknown:
        said = "unknown top-level key (expected 'pack' and 'questions')"
        problems.append(Problem(file, None, unknown[0], said, lines.line([unknown[0]])))
    if "pack" in data and data["pack"] is not None:
        try:
            PackInfo.model_validate(data["pack"])
        except ValidationError as exc:
            path, message, where = _field_problems(exc.errors(), PackInfo)[0]
            field = f"pack.{path}" if path else "pack"
            problems.append(Problem(file, None, field, message, lines.line(["pack", *where])))
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        said = "must be a non-empty list of questions"
        problems.append(Problem(file, None, "questions", said, lines.line(["questions"])))
        return [], problems

    questions: list[Question] = []
    warnings: list[Problem] = []
    bidi = has_bidi_control(text)  # nearly every pack has none: no question walked for them
    for index, raw in enumerate(raw_questions):
        qid = raw.get("id") if isinstance(raw, dict) else None
        label = str(qid) if isinstance(qid, str) and qid else f"#{index + 1}"

        def fault(
            path: str | None,
            message: str,
            where: Sequence[str | int] | None = None,
            index: int = index,
            label: str = label,
        ) -> None:
            """A problem of this question, on the line of ``where`` (else of ``path``, else
            the question's first line)."""
            steps = pack_yaml.field_steps(path or "") if where is None else where
            at = lines.line(["questions", index, *steps])
            problems.append(Problem(file, label, path or None, message, at))

        if not isinstance(raw, dict):
            fault(None, "a question must be a mapping of fields")
            continue
        text_faults = [] if texts_clean else list(text_problems(raw, budget))
        if text_faults:
            for path, msg in text_faults:
                fault(path, msg)
            continue
        removed: dict[str, str] = {}
        if bidi:
            raw, removed = without_bidi_controls(raw)
        try:
            question = Question.model_validate(raw)
        except ValidationError as exc:
            for path, message, where in _field_problems(exc.errors()):
                fault(path, message, where)
            continue
        too_large = rubric_size_problem(_rubric_phrases(question))
        if too_large:
            fault(None, too_large)
            continue
        questions.append(question)
        for path, chars in removed.items():
            on = lines.line(["questions", index, *pack_yaml.field_steps(path)])
            warnings.append(Problem(file, label, path, _bidi_removed(chars), on))
    return questions, problems + warnings


_BIDI_ONE, _BIDI_MANY = "a bidi control character", "bidi control characters"


def _bidi_removed(chars: str) -> str:
    """What a warning says of the bidi controls removed from one text of a loaded question."""
    codes = ", ".join(f"U+{ord(c):04X}" for c in chars)
    one = len(chars) == 1
    which, it = (_BIDI_ONE, "it") if one else (_BIDI_MANY, "they")
    return (
        f"{WARNING}: {which} ({codes}) removed: {it} change{'s' if one else ''} the order the "
        f"text is shown in (U+202E shows 'txt.exe' as 'exe.txt'); right-to-left words still "
        f"read right without {it if one else 'them'}"
    )


def is_bidi_removed(problem: Problem) -> bool:
    """A warning of ``_bidi_removed``: its field is the text's, ``model_answer`` too, so the
    field does not tell it from the scorer's warnings of a model answer."""
    return problem.message.startswith((f"{WARNING}: {_BIDI_ONE} (", f"{WARNING}: {_BIDI_MANY} ("))


def _rubric_phrases(question: Question) -> Iterator[str]:
    """Every phrase an answer is matched against."""
    for point in question.key_points:
        yield from point.phrases
        yield from point.contradicted_by
    for wrong in question.misconceptions:
        yield from wrong.phrases
    for step in question.framework:
        yield from step.phrases
    if question.intent is not None:
        yield from question.intent.phrases
        yield from question.intent.core


def parse_pack_bytes(
    shown: str, stat: os.stat_result, content: bytes
) -> tuple[list[Question], list[Problem]]:
    text, why, line = pack_yaml.decode(content)
    if text is None:
        return [], [Problem(shown, None, None, why or "not UTF-8 text", line)]
    return parse_pack(text, shown)
