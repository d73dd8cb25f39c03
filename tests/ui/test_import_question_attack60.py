"""Import data's question says what the import does: an interview the archive holds twice is
counted once, as it is stored (attack run 59: "The archive holds 3 sessions", 2 imported)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from simulator.ui import archive_actions
from tests.core.test_archive_held_twice_attack59 import _held_twice


def test_the_question_says_what_is_imported_attack60(
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    archive = _held_twice(tmp_path / "from")
    with zipfile.ZipFile(archive) as z:  # joined by hand: the manifest of one export kept
        entries = {name: z.read(name) for name in z.namelist()}
    manifest = json.loads(entries["manifest.json"])
    entries["manifest.json"] = json.dumps(dict(manifest, sessions=2, answers=3)).encode()
    with zipfile.ZipFile(archive, "w") as z:
        for name, body in entries.items():
            z.writestr(name, body)
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: archive)
    asked: list[str] = []
    monkeypatch.setattr(window.past, "confirm", lambda title, text: asked.append(text) or False)
    window._archive("import_all")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked[0].startswith("The archive holds 3 sessions from ")
    assert asked[0].endswith(
        ": importing it adds 2 sessions with 4 answers. 1 interview the archive holds twice is "
        "imported once (1 answer held twice left out). Its manifest.json lists 2 sessions and 3 "
        "answers, but its data.json holds 3 sessions and 5 answers: what data.json holds is what "
        "is imported. Import it?"
    )
