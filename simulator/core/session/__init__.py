"""The interview session, free of Qt: flow, answer ledger, scoring order, saving and resuming.

The engine and its types load on first use (``simulator.core.session.Session`` ...), so a
module that needs only the lane names in ``ports`` does not load the whole core before the
window's first paint.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from simulator.core.session.ports import (
    COMPUTE,
    DATABASE,
    SPEECH,
    Executor,
    InlineExecutor,
    SpeechInput,
    Voice,
)

if TYPE_CHECKING:
    from simulator.core.session import events
    from simulator.core.session.engine import BRIEFING_TEXT, KEY_GRACE_S, Session
    from simulator.core.session.ledger import Entry, Part, combine, has_words
    from simulator.core.session.plan import SessionPlan

_LAZY = {
    "events": "simulator.core.session.events",
    "BRIEFING_TEXT": "simulator.core.session.engine",
    "KEY_GRACE_S": "simulator.core.session.engine",
    "Session": "simulator.core.session.engine",
    "Entry": "simulator.core.session.ledger",
    "Part": "simulator.core.session.ledger",
    "combine": "simulator.core.session.ledger",
    "has_words": "simulator.core.session.ledger",
    "SessionPlan": "simulator.core.session.plan",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module)
    value = loaded if name == "events" else getattr(loaded, name)
    globals()[name] = value
    return value


__all__ = [
    "BRIEFING_TEXT",
    "COMPUTE",
    "DATABASE",
    "KEY_GRACE_S",
    "SPEECH",
    "Entry",
    "Executor",
    "InlineExecutor",
    "Part",
    "Session",
    "SessionPlan",
    "SpeechInput",
    "Voice",
    "combine",
    "events",
    "has_words",
]
