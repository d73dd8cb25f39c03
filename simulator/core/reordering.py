"""Characters that change how the text around them is shown without being seen themselves:
bidi embeddings and overrides (U+202A-U+202E), bidi isolates (U+2066-U+2069), direction marks
(U+200E, U+200F, U+061C), zero-width characters (U+200B-U+200D) and the byte-order mark (U+FEFF);
but not a zero-width joiner between two emoji, which only makes them one picture.

An answer or a pack may hold them (pasted, or planted): U+202E shows "txt.exe" as "exe.txt",
and zero-width ones hide text. The stored text keeps them as typed. Every place that shows text
to a person (the window, HTML, Markdown, PDF) shows it through ``shown_marks``:
- the bidi characters work inside their own text and never outside it (``contained``): what is
  left open is closed at the text's end and the whole is set apart as a bidi isolate, so a
  prompt's U+202E no longer turns the number, label or sentence around it. They were shown as
  visible tags (⟨U+202E⟩), which broke right-to-left text written with them.
- zero-width characters and controls are shown as a visible tag.
A terminal (no isolates to rely on) and JSON show every one as its escape (``\\u202e``), through
``shown_marks(text, escape)``.

Control characters (NUL, BEL, ESC, the other C0 and C1 controls, DEL; not tab, newline or carriage
return) and lone surrogates are never kept in a new answer (``without_controls``, where an answer
is typed, pasted or read from a file): they show as boxes, reach terminals as escape sequences,
and a lone surrogate cannot even be stored. Any in text stored before are shown as tags too."""

from __future__ import annotations

import re
from collections.abc import Callable

# A picture character (emoji, symbol, skin tone, the emoji variation selector): U+200D between
# two of them joins them into one picture (a family, a technologist) and hides no text.
_PICTURE = "[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff]"
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
CONTROLS = re.compile(f"[{_CONTROLS}]")
_JOINER = f"(?!(?<={_PICTURE})\u200d(?={_PICTURE}))"
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# every character that changes or hides what is shown: each as its escape where no isolate holds
REORDERING = re.compile(
    f"{_JOINER}[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff{_CONTROLS}]"
)
# those shown as a tag where text is set apart (``contained``): the invisible ones, not bidi's
HIDING = re.compile(f"{_JOINER}[\u200b-\u200d\ufeff{_CONTROLS}]")
BIDI = re.compile(f"[{_BIDI}]")

# Openers and what closes them (UAX #9): an embedding or override (LRE, RLE, LRO, RLO) is closed
# by PDF, an isolate (LRI, RLI, FSI) by PDI, which also closes every embedding opened inside it.
_EMBEDDINGS, PDF = "\u202a\u202b\u202d\u202e", "\u202c"
_ISOLATES, PDI = "\u2066\u2067\u2068", "\u2069"
FSI = "\u2068"


def _tag(match: re.Match[str]) -> str:
    return f"⟨U+{ord(match.group()):04X}⟩"


def shown_marks(text: str, escape: Callable[[re.Match[str]], str] | None = None) -> str:
    """``text`` as shown to a person: zero-width characters and controls as a visible tag such
    as ⟨U+200B⟩ that no format (HTML, Markdown) reads as markup, bidi characters working inside
    the text only (``contained``). With ``escape``, every one of them (bidi's too) is replaced
    by ``escape(match)`` instead: a terminal's or JSON's escape."""
    if escape is not None:
        return REORDERING.sub(escape, text)
    return contained(HIDING.sub(_tag, text))


def contained(text: str) -> str:
    """``text`` with its bidi characters kept (right-to-left text written with them reads as
    written) but held inside it: an embedding, override or isolate left open is closed at its
    end, a PDI that closes nothing of its own (it would close the isolate around it) is shown
    as a tag, and the whole is set apart as a first-strong isolate (FSI ... PDI), so nothing in
    it reorders the text around it. Text without bidi characters is returned as it is."""
    if not BIDI.search(text):
        return text
    # each line apart: a line break ends every embedding and isolate (a paragraph ends there)
    return "".join(
        _contained_line(part) if i % 2 == 0 else part
        for i, part in enumerate(_PARAGRAPH_BREAK.split(text))
    )


# what ends a paragraph in UAX #9 (bidi class B), kept as a separate piece by the split
_PARAGRAPH_BREAK = re.compile("(\r\n|[\n\r\x1c-\x1e\x85\u2029])")


def _contained_line(text: str) -> str:
    if not BIDI.search(text):
        return text
    out: list[str] = []
    open_: list[str] = []  # the openers not closed yet, innermost last
    for ch in text:
        if ch in _EMBEDDINGS or ch in _ISOLATES:
            open_.append(ch)
        elif ch == PDF:
            if open_ and open_[-1] in _EMBEDDINGS:  # (a PDF that closes nothing does nothing)
                open_.pop()
        elif ch == PDI:
            if not any(o in _ISOLATES for o in open_):
                out.append(f"⟨U+{ord(ch):04X}⟩")
                continue
            while open_.pop() not in _ISOLATES:  # with the embeddings opened inside it
                pass
        out.append(ch)
    closing = "".join(PDF if o in _EMBEDDINGS else PDI for o in reversed(open_))
    return f"{FSI}{''.join(out)}{closing}{PDI}"


def without_controls(text: str) -> str:
    """``text`` without control characters and lone surrogates; its words, tabs and newlines
    kept. The boundary where an answer comes in: the answer box, the session core, the CLI."""
    return CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """A label shown on one line (a key point's, an intent's, a competency, a tag): its line
    breaks and runs of spaces become one space, as YAML's folded style ('>') makes them."""
    return " ".join(text.split())


# Topic ids that are acronyms, written as people write them ("knn" read as a typo).
_ACRONYMS = {"cnn": "CNN", "knn": "kNN", "mlops": "MLOps", "nlp": "NLP", "svm": "SVM"}


def shown_topic(topic: str) -> str:
    """A pack's topic id as people read it ("bias-variance" -> "bias variance"), marks as tags."""
    words = [_ACRONYMS.get(w, w) for w in topic.replace("-", " ").split(" ")]
    return shown_marks(" ".join(words))
