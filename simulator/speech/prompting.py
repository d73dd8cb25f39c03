"""Whisper's initial prompt: the answer's topic, and the filler prompt where speech is clean.

Whisper reads its prompt as the text said just before the audio, so words in it are words it
expects to hear next, spelt as written there. The topic (``core.speech_topic.SpeechTopic``)
gives the question and the rubric's terms; terms Whisper would not spell that way unprompted
(capitals, digits or hyphens: "XGBoost", "ReLU", "L2", "k-means"; long rare words) go
first, within a budget that keeps the prompt short (a long prompt slows every window and
crowds out the filler prompt, which works only right before the audio).

A prompt can leak: in silence or noise Whisper may "hear" the prompt's words. Only chunks
where Silero hears speech are decoded, and a word with no speech under it is dropped
(``decoding.keep``), which is what keeps a domain prompt's words out of a silent answer.
"""

from __future__ import annotations

import re

from simulator.core.speech_topic import SpeechTopic

# Whisper drops disfluencies unless its context shows them; the prompt keeps more "um"/"uh".
FILLER_PROMPT = "Umm, let me think, uh, like, hmm... So, um, I think, you know, uh, basically."
MAX_TERMS_CHARS = 240  # about 50 tokens of terms
MAX_QUESTION_CHARS = 300
LONG_WORD = 10  # letters: a word this long is rare enough to be worth spelling out


def _unusual(term: str) -> int:
    """How much Whisper needs to see ``term`` written: 2 for a form it would not guess
    (capitals inside, digits, hyphens), 1 for a long word, 0 for everyday words."""
    if re.search(r"[A-Z]{2}|[a-z][A-Z]|\d|-", term) or re.fullmatch(r"[A-Z]\w*", term):
        return 2
    return 1 if any(len(w) >= LONG_WORD for w in re.findall(r"[A-Za-z]+", term)) else 0


def topic_terms(topic: SpeechTopic, budget: int = MAX_TERMS_CHARS) -> list[str]:
    """The topic's terms to spell out, the most unusual first (in rubric order among equals),
    as many as fit in ``budget`` characters; terms already in the question are left out."""
    asked = topic.question.casefold()
    ranked = sorted(
        (t.strip() for t in topic.terms if t.strip() and t.strip().casefold() not in asked),
        key=lambda t: -_unusual(t),
    )
    chosen: list[str] = []
    used = 0
    for term in ranked:
        if used + len(term) + 2 > budget:
            continue
        chosen.append(term)
        used += len(term) + 2
    return chosen


def initial_prompt(
    topic: SpeechTopic | None, filler: str | None = FILLER_PROMPT, context: str = ""
) -> str | None:
    """The prompt for one chunk: the topic, then ``filler`` (the caller gives it only for
    clean speech: in noise it makes Whisper hear "uh"), then ``context`` (the text said just
    before), the last closest to the audio."""
    parts: list[str] = []
    if topic is not None:
        question = topic.question.strip()[:MAX_QUESTION_CHARS]
        terms = topic_terms(topic)
        parts.append(question + (" " + ", ".join(terms) + "." if terms else ""))
    if filler:
        parts.append(filler)
    if context:
        parts.append(context[-200:])
    return " ".join(p for p in parts if p) or None
