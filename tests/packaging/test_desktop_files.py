"""Desktop integration files validate, the icon exists in every size, one version everywhere."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from simulator import __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
METAINFO = PACKAGING / "org.mlinterview.Simulator.metainfo.xml"


def test_desktop_entry_and_appstream_metadata_validate() -> None:
    # Both validators come from packaging/system-deps.sh (desktop-file-utils, appstream).
    desktop = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "ml-interview.desktop")],
        capture_output=True,
        text=True,
    )
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout
    appstream = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr


def test_one_version_number_everywhere() -> None:
    pyproject = (REPO / "pyproject.toml").read_text()
    assert not re.search(r"^version\s*=\s*\"", pyproject, re.M)  # read from simulator.__version__
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None and releases[0].get("version") == __version__
    top = re.search(r"^## (\S+)", (REPO / "CHANGELOG.md").read_text(), re.M)
    assert top and top.group(1) == __version__


def test_icon_in_every_size_and_screenshots_shipped() -> None:
    icons = REPO / "resources" / "icons"
    assert (icons / "ml-interview.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / "ml-interview.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 8).alpha() > 0  # drawn, not blank
    root = ET.parse(METAINFO).getroot()
    for image in root.iter("image"):
        assert (REPO / "resources" / "screenshots" / Path(image.text or "").name).is_file()
