"""A whole-answer gate of the full reading that misread a plain explanation (issue 9, round 45,
para45; meaning_credit.reads_in_full).

* **A denied point.** An answer that denies one of the key points ("it has no hidden state")
  never reads as a full explanation. But a denial read in one sentence is not the answer's stance
  on the point when another of its sentences comes near that point: plain words put a "not"
  beside a point's words while saying it ("points near a crowded point but not crowded
  themselves join its group at the edge" for DBSCAN's core and border points, "if a fancy model
  can't do better than 'same as last week' ..." for the naive baseline). The denying sentence is
  already out of the meaning reading, so a point that still comes within
  ``meaning_credit.REACH`` was said elsewhere. Such a point keeps no credit from the denying
  sentence; only the whole reading is no longer closed by it.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.meaning import PointMeaning


def denial_stands(
    statuses: Sequence[str], points: Sequence[PointMeaning] | None, reach: float
) -> bool:
    """Does a point read as denied (status "contradicted") stay denied in the answer as a
    whole: no sentence outside the denying ones comes within ``reach`` of it?"""
    for k, status in enumerate(statuses):
        if status != "contradicted":
            continue
        m = points[k] if points is not None and k < len(points) else None
        if m is None or m.sentence is None or m.closeness < reach:
            return True
    return False
