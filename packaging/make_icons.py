"""Render resources/icons/ml-interview.svg to PNGs (16-512 px) with Qt's SVG renderer.

The PNGs are committed; run this after changing the SVG: `python packaging/make_icons.py`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "ml-interview.svg"))
    if not renderer.isValid():
        print(f"{ICONS / 'ml-interview.svg'}: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / "ml-interview.png"))
    # The largest one also sits beside the SVG (window icon fallback, PyInstaller, Flatpak).
    (ICONS / "ml-interview.png").write_bytes((folder / "ml-interview.png").read_bytes())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
