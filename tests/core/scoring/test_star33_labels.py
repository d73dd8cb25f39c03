"""STAR labels, round 33 (issue 9, star33). A quoted sentence closes its sentence with its closing
quote: 'He told me, "Nobody reads past page two." I asked ...' was read as one sentence with the
next, so every STAR story with a quoted sentence lost its labels from the quote on."""

from __future__ import annotations

import pytest

from simulator.core.scoring.text import split_sentences
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ('He told me, "Nobody reads past page two." I asked why.', 2),
        ("She said, \u201cShip it on Monday.\u201d I asked for a week.", 2),
        ("He asked, 'Can it be exact?' I said no.", 2),
        ("(That was my first mistake.) Then I checked the logs.", 2),
        ('I said, "Show me the plan first," and we read it together.', 1),
        ('He said "no." and left the meeting.', 1),
        ("The error fell to 0.5 percent. Then it rose.", 2),
    ],
)
def test_a_closing_quote_or_bracket_ends_the_sentence_it_closes(text: str, pieces: int) -> None:
    assert len(split_sentences(text)) == pieces


def test_a_quoted_sentence_keeps_the_story_labels_after_it() -> None:
    quoted = 'My lead warned me, "If it misses one case, nobody will use it."'
    reply = 'I said, "Give me two days and I will show you the numbers."'
    labels = star_labels(SCENE, quoted, TASK, STEP_1, reply, STEP_2, OUTCOME)
    assert len(labels) == 7
    assert labels[0] == "situation" and labels[2] == "task"
    assert labels[3] == "action" and labels[5] == "action" and labels[6] == "result"
