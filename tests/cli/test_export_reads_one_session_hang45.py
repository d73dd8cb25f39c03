"""``ml-interview export`` read every session with every answer to find the one asked for, and
searched all of them for the earlier results it compares with (18,000 sessions: 44-48 s and
880 MB for one scorecard; attack run 45). It reads the scorecard as the Scorecard page does
(``load_scorecard``): the session asked for, and the recent sessions the page compares with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.core.storage import Storage
from tests.cli.test_cli_export import session_id  # noqa: F401


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    limits: list[int | None] = []
    sessions = Storage.sessions

    def recorded(self: Storage, limit: int | None = None, **kw: bool) -> list:  # type: ignore[type-arg]
        limits.append(limit)
        return sessions(self, limit, **kw)

    monkeypatch.setattr(Storage, "sessions", recorded)
    return limits


@pytest.mark.parametrize("which", ["latest", "id"])
def test_export_does_not_read_every_session(  # type: ignore[no-untyped-def]
    session_id: int,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys,
    which: str,
) -> None:
    limits = _reads(monkeypatch)
    out = tmp_path / "card.json"
    wanted = "latest" if which == "latest" else str(session_id)
    assert main(["export", wanted, "-o", str(out)]) == 0
    assert f"exported session {session_id} as json" in capsys.readouterr().out
    assert None not in limits, limits  # every session was read to find one
    assert json.loads(out.read_text(encoding="utf-8"))["scorecard"]["session_id"] == session_id


def test_a_session_that_is_not_there_is_named(  # type: ignore[no-untyped-def]
    session_id: int,  # noqa: F811
    tmp_path: Path,
    capsys,
) -> None:
    assert main(["export", str(session_id + 50), "-o", str(tmp_path / "c.md")]) == 1
    err = capsys.readouterr().err
    assert f"no session {session_id + 50} in " in err and "ml-interview history" in err, err
