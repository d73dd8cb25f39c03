"""A typed answer's draft whose time used is a whole number past any float (a damaged or
hand-edited drafts/session-N.json: '"elapsed_s": 1' and 400 zeros) raised OverflowError out of
Drafts.read (attack run 54): Resume left the interview page blank, with no question, its draft
not offered and Next disabled, and a traceback. The text alone comes back, as with any other
time no answer takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.session.drafts import Drafts

WHOLE = "1" + "0" * 400


@pytest.mark.parametrize(
    "times", [f'"elapsed_s": {WHOLE}', f'"elapsed_s": 12.5, "star": [["situation", {WHOLE}]]']
)
def test_a_draft_time_past_any_float_keeps_the_text_r54(tmp_path: Path, times: str) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "session-1.json").write_text(
        '{"position": 1, "follow_up": null, "text": "My draft answer so far", '
        f'{times}, "star_current": null}}'
    )
    draft = Drafts(lambda: folder).read(1)
    assert draft is not None
    assert (draft.position, draft.text) == (1, "My draft answer so far")
    assert draft.elapsed_s == 0.0 and draft.star == ()
