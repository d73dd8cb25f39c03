"""A mistake of my own is told by a slip, not by any step, negation, error or duty of mine (issue
9, rel65).

benchmarks/event_pass_rates.py found the mistake reading (event_demand.py's "mistake" kind)
passing 32 % of the labelled stories told for OTHER questions on the tuning half, the widest of
every question's readings. Its ways were words any story says in a clause of the teller's: a step
("I shipped a version", "I deployed it", "I let her lead"), any negation ("I had never handled map
data", "I did not want a fight", "I was not the manager"), a measure ("the forecast error", "the
error rate"), data deleted on purpose ("deleted footage after a day"), work dropped from a plan
("I dropped two of the planned features"), an opinion ("I thought one week was too short"), a
domain's faults ("a machine fault classifier") and any duty ("it was on me to tell her"). Each now
reads the slip itself: care not taken ("I did not check the row counts"), an error or bug owned
("the error was mine"), data removed by a slip, a belief later shown wrong ("I had thought"), a
fault owned ("that one was on me") or the fix it made mine ("it was on me to fix it").
"""

from __future__ import annotations

import pytest

from simulator.core.scoring.event_demand import kind_named, tells
from simulator.core.scoring.text import tokenize

MISTAKE = kind_named("mistake")


def _tells(text: str) -> bool:
    assert MISTAKE is not None
    return tells(MISTAKE, tokenize(text), ["action"] * len(tokenize(text).sentences))


@pytest.mark.parametrize(
    "text",
    [
        "By week five I shipped a version that cut pick time by a fifth.",
        "I deployed it behind the authorization service.",
        "Every week I reviewed her code and I let her lead the design review.",
        "I had never handled map data before.",
        "I did not want a fight in public, so I asked for a call.",
        "I was not the manager, but I wanted to cut that time.",
        "We got the forecast error down to eight percent.",
        "I sent them the error rate with examples every Friday.",
        "We deleted the old copies from three buckets.",
        "I dropped two of the planned features and kept the core.",
        "I thought one week was too short since our sales are weekly.",
        "I spent a quarter on a machine fault classifier.",
        "It was on me to tell her what was realistic.",
        "I was on call that week, so finding the cause was on me.",
    ],
)
def test_a_step_a_measure_or_a_duty_is_no_mistake(text: str) -> None:
    assert not _tells(text)


@pytest.mark.parametrize(
    "text",
    [
        "I joined on the user id alone, and I did not check the row counts after the join.",
        "I never asked whether clicks were what the hiring managers wanted.",
        "I had skipped the shadow run because the offline metric looked fine.",
        "I told them the error was mine and sent corrected figures.",
        "That one was on me, so I had to fix it.",
        "It was my release, so it was on me to fix it.",
        "I accidentally deleted the staging table.",
        "I dropped a table that looked unused.",
        "I had thought the column was in dollars.",
        "I introduced a bug in the feature join.",
        "It was entirely my doing.",
        "I pushed the change without a review on a Friday.",
    ],
)
def test_a_slip_of_mine_is_still_a_mistake(text: str) -> None:
    assert _tells(text)
