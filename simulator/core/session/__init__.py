"""The interview session, free of Qt: flow, answer ledger, scoring order, saving and resuming."""

from simulator.core.session import events
from simulator.core.session.engine import BRIEFING_TEXT, KEY_GRACE_S, Session
from simulator.core.session.ledger import Entry, Part, combine, follow_up_for, has_words
from simulator.core.session.plan import SessionPlan
from simulator.core.session.ports import (
    COMPUTE,
    DATABASE,
    SPEECH,
    Executor,
    InlineExecutor,
    SpeechInput,
    Voice,
)

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
    "follow_up_for",
    "has_words",
]
