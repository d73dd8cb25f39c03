"""What Home's banner says of an interrupted interview: when it started, how far it got, and
that the answer being typed when it stopped comes back (a crash mid-answer read "interrupted
after 0 of 1 answer. Everything you answered is saved.", as if nothing typed was kept)."""

from __future__ import annotations

import datetime as dt

from simulator.core.storage import SessionRecord
from simulator.core.storage_codec import planned_ids


def interrupted_summary(record: SessionRecord, typing_kept: bool = False) -> str:
    total = len(planned_ids(record.plan))  # 0 for a damaged plan: Resume says so
    done = len({a.position for a in record.answers if a.follow_up is None})
    when = dt.datetime.fromtimestamp(record.started_at).strftime("%d %b, %H:%M")
    text = (
        f"The interview started {when} was interrupted after {done} of {total} "
        f"answer{'s' * (total != 1)}. Everything you answered is saved"
    )
    if typing_kept:
        return text + ", and the answer you were typing comes back when you resume."
    return text + "."
