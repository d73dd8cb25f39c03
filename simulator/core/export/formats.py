"""The one registry of export formats: what each is called, its file names, how it is made.

The Scorecard page's Export dialog, ``ml-interview export`` and the tests all read ``FORMATS``.
PDF needs Qt to lay pages out, and core never imports Qt: its renderer makes the print HTML and
the caller passes ``pdf_layout`` (``simulator.ui.export_pdf.pdf_layout``) to turn it into pages.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from simulator.core.export.files import ExportError, write_export
from simulator.core.export.render import (
    render_html,
    render_json,
    render_markdown,
    render_print_html,
)
from simulator.core.questions import QuestionBank
from simulator.core.reordering import shown_marks
from simulator.core.scorecard import Earlier, Scorecard, build_scorecard
from simulator.core.storage import SessionRecord

# Lays out print HTML as PDF pages: (html, title) -> the PDF file's bytes.
PdfLayout = Callable[[str, str], bytes]


@dataclass(frozen=True)
class ExportInput:
    """What every renderer may read: the view model, plus the stored session and the questions
    for the formats that carry raw data (JSON)."""

    card: Scorecard
    session: SessionRecord
    bank: QuestionBank


@dataclass(frozen=True)
class ExportFormat:
    key: str  # as typed on the command line: html, md, json, pdf
    label: str  # as people read it
    suffixes: tuple[str, ...]  # the first is the default
    description: str  # for file dialogs
    render: Callable[[ExportInput], str]
    paged: bool = False  # True: ``render`` gives print HTML that a PdfLayout lays out

    @property
    def default_suffix(self) -> str:
        return self.suffixes[0]

    @property
    def file_filter(self) -> str:
        """A Qt file-dialog filter: "HTML page (*.html *.htm)"."""
        return f"{self.description} ({' '.join('*' + s for s in self.suffixes)})"


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat("html", "HTML", (".html", ".htm"), "HTML page", lambda i: render_html(i.card)),
        ExportFormat(
            "md", "Markdown", (".md", ".markdown"), "Markdown", lambda i: render_markdown(i.card)
        ),
        ExportFormat(
            "json",
            "JSON",
            (".json",),
            "JSON, everything",
            lambda i: render_json(i.card, i.session, i.bank),
        ),
        ExportFormat(
            "pdf", "PDF", (".pdf",), "PDF", lambda i: render_print_html(i.card), paged=True
        ),
    )
}
SUFFIXES = {suffix: f.key for f in FORMATS.values() for suffix in f.suffixes}


def formats_text() -> str:
    """ "HTML, Markdown, JSON or PDF" (for help texts and tooltips)."""
    labels = [f.label for f in FORMATS.values()]
    return ", ".join(labels[:-1]) + " or " + labels[-1]


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> ExportFormat:
    """The format asked for, or the one the file name implies."""
    if fmt:
        if fmt not in FORMATS:
            raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
        return FORMATS[fmt]
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(
            f"cannot tell the format of {path} from its name: use --format {'|'.join(FORMATS)}"
        )
    return FORMATS[SUFFIXES[suffix]]


def export_bytes(
    fmt: ExportFormat, data: ExportInput, pdf_layout: PdfLayout | None = None
) -> str | bytes:
    text = fmt.render(data)
    if not fmt.paged:
        return text
    if pdf_layout is None:
        raise ExportError(f"{fmt.label} export needs a page layout (Qt), none was given")
    # The title goes into the PDF's metadata, which a viewer shows as its window title: marks
    # shown as tags there too, as on the page (a raw U+202E turned "evil" into "live" there).
    return pdf_layout(text, f"Scorecard: {shown_marks(data.card.title)}")


def export_file(
    path: str | os.PathLike[str],
    fmt: ExportFormat,
    data: ExportInput,
    pdf_layout: PdfLayout | None = None,
) -> Path:
    """Render ``data`` as ``fmt`` and write it to ``path`` atomically."""
    return write_export(path, export_bytes(fmt, data, pdf_layout))


def render(
    key: str, session: SessionRecord, bank: QuestionBank, earlier: Earlier | None = None
) -> str:
    """A stored session as a text format (html, md, json), its scorecard built on the way."""
    fmt = FORMATS[key]
    if fmt.paged:
        raise ExportError(f"{fmt.label} is laid out in pages: use export_file with a PdfLayout")
    return fmt.render(ExportInput(build_scorecard(session, bank, earlier), session, bank))
