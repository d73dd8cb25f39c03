"""A copy of the bundled speech model's folder with one file left for the test to put there
(cut short, a pipe, missing): every other file is a link to the bundled one."""

from __future__ import annotations

from pathlib import Path

from simulator.speech.model_source import resolve_model


def bundled_but(tmp_path: Path, name: str, folder_name: str = "converted") -> tuple[Path, Path]:
    """(the new folder, the bundled folder): ``name`` not there yet, the rest linked."""
    bundled = Path(resolve_model(None)[0])
    folder = tmp_path / folder_name
    folder.mkdir()
    for item in bundled.iterdir():
        if item.name != name:
            (folder / item.name).symlink_to(item)
    return folder, bundled
