"""A draft that could not be written while nothing was typed (attack run 48, real window on a
full disk: a spoken answer's recording filled it, the interview went on typed). Question 2's
box was empty, yet the page said 'Your answer so far could not be kept in .../drafts: no space
left on the disk. It is still in the answer box and is saved once you submit it, but would be
lost if the app closed now': the draft kept only the time used, written as the answer began.
An empty box's failed draft says nothing (only the time used could not be kept); once words
are typed and cannot be kept, it is said as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_kit import Harness
from test_draft_not_kept_attack38 import TEXT, FullDisk, _typing_notices


def test_an_empty_box_is_not_said_to_be_at_risk_hard48(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    FullDisk(monkeypatch)
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit")
    h.to_answering()
    h.clock.advance(5)
    h.session.save_draft("")  # the time used so far, nothing typed
    h.session.save_draft("   ")
    assert _typing_notices(h) == []
    assert not h.session.draft_not_kept  # a quit now loses no words
    h.session.save_draft(TEXT)  # words typed: said, once
    (said,) = _typing_notices(h)
    assert "still in the answer box" in said, said
    assert h.session.draft_not_kept
