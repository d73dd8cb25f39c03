"""Characters that change how the text around them is shown without being seen themselves:
bidi embeddings and overrides (U+202A-U+202E), bidi isolates (U+2066-U+2069), zero-width
characters and direction marks (U+200B-U+200F) and the byte-order mark (U+FEFF); but not a
zero-width joiner between two emoji, which only makes them one picture.

An answer or a pack may hold them (pasted, or planted): U+202E shows "txt.exe" as "exe.txt",
and zero-width ones hide text. The stored text keeps them as typed; every place that shows text
to a person (the window, HTML, Markdown, PDF, a terminal) shows each one as a visible tag
instead, through ``shown_marks`` (or the ``escape`` of its own format).

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
REORDERING = re.compile(
    f"(?!(?<={_PICTURE})\u200d(?={_PICTURE}))"
    f"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff{_CONTROLS}]"
)


def _tag(match: re.Match[str]) -> str:
    return f"⟨U+{ord(match.group()):04X}⟩"


def shown_marks(text: str, escape: Callable[[re.Match[str]], str] = _tag) -> str:
    """``text`` with each reordering or invisible character replaced by ``escape(match)``:
    by default a visible tag such as ⟨U+202E⟩ that no format (HTML, Markdown) reads as markup."""
    return REORDERING.sub(escape, text)


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
