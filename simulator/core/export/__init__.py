"""Export a session's scorecard as HTML, Markdown, JSON or PDF, from the one view model
(``core.scorecard``) through the one registry of formats (``formats.FORMATS``). Qt-free."""

from __future__ import annotations

from simulator.core.export.files import ExportError, write_export
from simulator.core.export.formats import (
    FORMATS,
    SUFFIXES,
    ExportFormat,
    ExportInput,
    PdfLayout,
    export_bytes,
    export_file,
    format_for,
    formats_text,
    render,
)
from simulator.core.export.render import (
    markdown_escape,
    prepare_answer_html,
    render_answer_html,
    render_html,
    render_json,
    render_markdown,
    render_print_html,
)

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "ExportError",
    "ExportFormat",
    "ExportInput",
    "PdfLayout",
    "export_bytes",
    "export_file",
    "format_for",
    "formats_text",
    "markdown_escape",
    "prepare_answer_html",
    "render",
    "render_answer_html",
    "render_html",
    "render_json",
    "render_markdown",
    "render_print_html",
    "write_export",
]
