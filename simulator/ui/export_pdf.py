"""PDF export drawn by Qt itself (QTextDocument + QPdfWriter): no browser, no extra dependency.

Safe off the GUI thread: ``QTextDocument`` and ``QPdfWriter`` are reentrant, and each call builds
its own instances with no widget involved (Qt supports painting on a QPdfWriter/QImage in any
thread). The PDF is rendered into memory and written by ``core.export.export_file``, so an
unwritable path or a full disk becomes one clear ``ExportError`` instead of a silent Qt warning.
A ``QGuiApplication`` must exist (fonts); ``pdf_layout`` makes an offscreen one for the CLI.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

from simulator.core.export import ExportError, PdfLayout

RESOLUTION_DPI = 300


def ensure_gui_app() -> QGuiApplication:
    """The running application, or a new offscreen one (the CLI has no window)."""
    app = QGuiApplication.instance()
    if app is None:
        from simulator.ui.qt_locale import utf8_for_qt

        utf8_for_qt()
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["ml-interview", "-platform", os.environ["QT_QPA_PLATFORM"]])
    assert isinstance(app, QGuiApplication)
    return app


def pdf_bytes(html: str, title: str = "Scorecard") -> bytes:
    """Lay out ``html`` (Qt's rich-text subset) on A4 pages and return the PDF file's bytes."""
    if QGuiApplication.instance() is None:
        raise ExportError("PDF export needs a Qt application (call ensure_gui_app first)")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("ML Interview Simulator")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(html)
    # A page size in the layout's own pixels (fonts are measured at the screen's logical DPI)
    # makes print() scale each page onto the writer's paint rectangle, keeping point sizes true.
    dpi = _layout_dpi()
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(rect.width() * dpi / 72, rect.height() * dpi / 72))
    _no_paragraph_across_pages(document)
    document.print_(writer)
    del writer  # finishes the PDF (the trailer is written when the writer goes away)
    buffer.close()
    out = bytes(data.data())
    if not out.startswith(b"%PDF"):
        raise ExportError("Qt produced no PDF (is a font available?)")
    return out


def _no_paragraph_across_pages(document: QTextDocument) -> None:
    """Each paragraph that runs over a page break split in two there, so each page draws only
    whole lines of its own. Qt's print() draws a paragraph's lines on a page from the last line
    above the page (clipped out of sight, yet text in the PDF): the line before every break
    was in the PDF's text twice, once per page, for copy, search and screen readers. The layout
    has already moved the line that did not fit to the next page; the split keeps it there (no
    margin or first-line indent added where the paragraph was cut).

    Every break is found in one walk over the laid-out document and all are cut in one edit,
    last first (a cut moves nothing before it): the layout runs again once per pass, not once
    per break, so a paragraph of many pages costs its length, not pages x length."""
    for _ in range(_MOST_PASSES):
        cuts = [(block, at) for block in _blocks(document) for at in _page_breaks(document, block)]
        if not cuts:
            return
        edit = QTextCursor(document)
        edit.beginEditBlock()  # the layout hears of the whole edit once, at its end
        for block, at in reversed(cuts):
            _split(block, at)
        edit.endEditBlock()
        # the layout does not move what follows an edit at once: lay it all out again and look
        # again; a cut moves no line, so the next pass only checks
        document.markContentsDirty(0, document.characterCount())


_MOST_PASSES = 8  # a pass settles every break it finds; a later one only checks


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    out = []
    block = document.begin()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def _page_breaks(document: QTextDocument, block: QTextBlock) -> list[int]:
    """Where (positions in the block's text) each of its lines that starts a later page than
    the line before it begins; empty when the whole block is on one page."""
    top = document.documentLayout().blockBoundingRect(block).top()  # lays the block out
    lines = block.layout()
    if lines is None or lines.lineCount() < 2:
        return []
    page_height = document.pageSize().height()
    out = []
    page = int((top + lines.lineAt(0).y()) // page_height)
    for i in range(1, lines.lineCount()):
        line = lines.lineAt(i)
        on = int((top + line.y()) // page_height)
        if on != page:
            out.append(line.textStart())
            page = on
    return out


def _split(block: QTextBlock, at: int) -> None:
    """``block`` cut into two paragraphs before ``at`` (the block keeps the first)."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + at)
    cursor.insertBlock()
    first = block.blockFormat()
    first.setBottomMargin(0)
    QTextCursor(block).setBlockFormat(first)
    second = block.next()
    listed = second.textList()
    if listed is not None:  # the rest of an item, not a new item with a bullet of its own
        listed.remove(second)
    rest = second.blockFormat()
    rest.setTopMargin(0)
    rest.setTextIndent(0)
    if listed is not None:
        rest.setIndent(listed.format().indent())
    cursor.setBlockFormat(rest)


def _layout_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen is not None else 96.0


def pdf_layout() -> PdfLayout:
    """The page layout ``core.export.export_file`` needs for PDF (makes a Qt app if none runs)."""
    ensure_gui_app()
    return pdf_bytes
