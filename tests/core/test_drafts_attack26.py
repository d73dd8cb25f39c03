"""Attack run of round 26: a damaged or hand-edited draft file is never offered back as an
answer and never stops a resume. ``1e999`` as its position raised OverflowError out of
``Drafts.read`` (resuming that session failed); a list as its text came back as the text
"['a', 'b']", a number as the follow-up was taken for one."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.session.drafts import Draft, Drafts


@pytest.mark.parametrize(
    "content",
    [
        '{"position": 1e999, "text": "typed"}',
        '{"position": -1e999, "text": "typed"}',
        '{"position": 0, "text": ["a", "b"]}',
        '{"position": 0, "text": {"a": 1}}',
        '{"position": 0, "text": null}',
        '{"position": 0, "text": "typed", "follow_up": 7}',
        '{"position": "0", "text": "typed"}',
        '{"position": 0.5, "text": "typed"}',
        '{"position": true, "text": "typed"}',
    ],
)
def test_a_draft_with_wrong_types_is_not_offered(tmp_path: Path, content: str) -> None:
    drafts = Drafts(lambda: tmp_path)
    (tmp_path / "session-1.json").write_text(content)
    assert drafts.read(1) is None


def test_a_good_draft_still_comes_back(tmp_path: Path) -> None:
    drafts = Drafts(lambda: tmp_path)
    (tmp_path / "session-1.json").write_text(
        '{"position": 2, "text": "typed", "follow_up": "Why?", "elapsed_s": 1e999}'
    )
    assert drafts.read(1) == Draft(2, "Why?", "typed")  # the time is damaged: the text stays
