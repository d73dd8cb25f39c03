"""A name too long to read, shortened where it is shown to a person.

Question ids, session ids, topics, file names and paths come from packs, archives, databases and
command lines, so any of them can be thousands of characters long. Printed in full, one such
name turned a one-line message into 5,000 characters ("unknown question id 'xxxx…'", argparse's
"invalid value", a pack problem) and pushed what to do out of sight (attack run 32). Where a
message names such a value it shows its start and end, with its length, so it can still be told
apart and found: ``xxxxxxxx…xxxx (5,000 characters)``. The value itself is never changed.
"""

from __future__ import annotations

import re

SHOWN_NAME = 120  # a name up to this long is shown whole (ids: 120 at most in a pack)
# In a whole message, a run of characters with no space longer than this is one name (a path
# of nested folders, an id): a path this long is rare (one name is 255 bytes at most), a
# word never is.
SHOWN_RUN = 400
# A run of characters without a space longer than this gets a break opportunity in every export
# and view (``export.render.breakable``), and wraps anywhere in the answer box. Kept here, not
# in the renderer: the answer box is built before the window's first paint, and importing the
# renderer imports the scorecard and the scorer with it.
LONG_RUN = 120
_ELLIPSIS = "…"


def shortened(name: str, longest: int = SHOWN_NAME) -> str:
    """``name`` when it is at most ``longest`` characters, else its start and end around an
    ellipsis, with its length: ``'aaaa…zzzz (5,000 characters)'`` (the end is kept: a file's
    name and extension, an id's last part). What is kept is at most half of ``longest``, so a
    message shortened twice reads the same."""
    if len(name) <= longest:
        return name
    tail = max(longest // 8, 1)
    head = max(longest // 2 - tail - 1, 1)
    return f"{name[:head]}{_ELLIPSIS}{name[-tail:]} ({len(name):,} characters)"


# Quotes and punctuation around a value are not part of it: kept where they were.
_RUN_PARTS = re.compile(r"(['\"(\[]*)(\S+?)(['\")\],;:.]*)(?=\s|$)")


def shortened_runs(message: str, longest: int = SHOWN_RUN) -> str:
    """``message`` with every run of non-space characters longer than ``longest`` shortened as
    ``shortened`` does: for messages that quote values (ids, paths, numbers) among words."""
    if len(message) <= longest:
        return message

    def shorten(match: re.Match[str]) -> str:
        before, name, after = match.groups()
        return before + shortened(name, longest) + after

    # only where a run longer than ``longest`` starts (the lookahead), each run matched whole
    return re.sub(rf"(?<!\S)(?=\S{{{longest + 1}}})" + _RUN_PARTS.pattern, shorten, message)
