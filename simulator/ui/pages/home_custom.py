"""The Custom plan kept between runs: Home opened on "Custom" with all three categories, five
questions and no topic, whatever Custom plan had been started (walkthrough 48: Technical and
Behavioral, 2 questions, came back as "2 technical, 2 behavioral, 1 case study"). Settings keep
what was last started, and Home picks it again with the plan."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.settings import Settings

TOPIC_SEPARATOR = "\n"  # a topic is a pack's own text: a comma may be in it


@dataclass(frozen=True)
class CustomChoice:
    """What the Custom plan asks: its categories, number of questions and topics (none: all)."""

    categories: tuple[str, ...]
    count: int
    topics: tuple[str, ...] = ()


def custom_of(settings: Settings) -> CustomChoice | None:
    """The Custom plan last started (None: none was)."""
    if not (settings.custom_categories or settings.custom_count or settings.custom_topics):
        return None
    return CustomChoice(
        tuple(c for c in settings.custom_categories.split(",") if c),
        settings.custom_count,
        tuple(t for t in settings.custom_topics.split(TOPIC_SEPARATOR) if t),
    )


def keep_custom(settings: Settings, choice: CustomChoice) -> bool:
    """Put ``choice`` in ``settings``; True if that changed them (they are to be saved)."""
    kept = (
        ",".join(choice.categories),
        choice.count,
        TOPIC_SEPARATOR.join(choice.topics),
    )
    if kept == (settings.custom_categories, settings.custom_count, settings.custom_topics):
        return False
    settings.custom_categories, settings.custom_count, settings.custom_topics = kept
    return True
