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
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from simulator.core.export import ExportError, PdfLayout

RESOLUTION_DPI = 300


def ensure_gui_app() -> QGuiApplication:
    """The running application, or a new offscreen one (the CLI has no window)."""
    app = QGuiApplication.instance()
    if app is None:
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
    document.print_(writer)
    del writer  # finishes the PDF (the trailer is written when the writer goes away)
    buffer.close()
    out = bytes(data.data())
    if not out.startswith(b"%PDF"):
        raise ExportError("Qt produced no PDF (is a font available?)")
    return out


def _layout_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen is not None else 96.0


def pdf_layout() -> PdfLayout:
    """The page layout ``core.export.export_file`` needs for PDF (makes a Qt app if none runs)."""
    ensure_gui_app()
    return pdf_bytes
