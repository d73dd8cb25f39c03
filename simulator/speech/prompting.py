"""Whisper's initial prompt: the answer's topic, and the filler prompt where speech is clean.

Whisper reads its prompt as the text said just before the audio, so words in it are words it
expects to hear next, spelt as written there. The topic (``core.speech_topic.SpeechTopic``)
gives the question and the rubric's terms; the prompt lists terms only (the question's
unusual words, then the rubric's), those Whisper would not spell that way unprompted
(capitals, digits or hyphens: "XGBoost", "ReLU", "L2", "k-means"; long rare words) first,
within a budget that keeps the prompt short (a long prompt slows every window and
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
LONG_WORD = 10  # letters: a word this long is rare enough to be worth spelling out
# Below this much speech in a chunk the topic is left out: a short answer ("No.", "Better.")
# has little to gain, and given the question Whisper answered it as a conversation ("failed.
# All right, hold on.", "Thank you very much." in a pause).
MIN_TOPIC_SPEECH_S = 2.0
# The filler prompt: under noise it makes Whisper hear "uh" in the noise and pad a short answer
# with made-up words, so a short answer (``decoding.SHORT_ANSWER_SPEECH_S`` of speech or less)
# gets it only when the speech is clean; fillers are said in longer answers, whose chunks get
# it down to a noisier level (where the fillers said would be lost without it).
FILLER_PROMPT_MIN_SNR_DB = 25.0
FILLER_PROMPT_LONG_MIN_SNR_DB = 5.0


def filler_prompt_helps(snr_db: float, short: bool) -> bool:
    """Whether a chunk whose speech stands ``snr_db`` over the background gets the filler
    prompt (``short``: the chunk holds a short answer's speech or less)."""
    return snr_db >= (FILLER_PROMPT_MIN_SNR_DB if short else FILLER_PROMPT_LONG_MIN_SNR_DB)


def _unusual(term: str) -> int:
    """How much Whisper needs to see ``term`` written: 2 for a form it would not guess
    (capitals inside, digits, hyphens), 1 for a long word, 0 for everyday words."""
    if re.search(r"[A-Z]{2}|[a-z][A-Z]|\d|-", term) or re.fullmatch(r"[A-Z]\w*", term):
        return 2
    return 1 if any(len(w) >= LONG_WORD for w in re.findall(r"[A-Za-z]+", term)) else 0


def topic_terms(topic: SpeechTopic, budget: int = MAX_TERMS_CHARS) -> list[str]:
    """The topic's terms to spell out: the question's unusual words, then the rubric's terms,
    the most unusual first (in rubric order among equals), each adding a word not yet listed,
    as many as fit in ``budget`` characters."""
    asked = [  # a sentence's first word is capitalised anyway
        w
        for sentence in re.split(r"(?<=[.?!])\s+", topic.question)
        for w in re.findall(r"[\w-]*\w", sentence)[1:]
        if _unusual(w)
    ]
    ranked = sorted((t.strip() for t in topic.terms if t.strip()), key=lambda t: -_unusual(t))
    chosen: list[str] = []
    seen: set[str] = set()
    used = 0
    for term in [*asked, *ranked]:
        every = [w.casefold() for w in re.findall(r"[\w-]*\w", term)]
        words = {w for w in every if len(w) > 3} or set(every)  # "ROC", "L2" count
        if words <= seen or used + len(term) + 2 > budget:
            continue
        chosen.append(term)
        seen |= words
        used += len(term) + 2
    return chosen


def initial_prompt(
    topic: SpeechTopic | None, filler: str | None = FILLER_PROMPT, context: str = ""
) -> str | None:
    """The prompt for one chunk: the topic, then ``filler`` (the caller gives it only for
    clean speech: in noise it makes Whisper hear "uh"), then ``context`` (the text said just
    before), the last closest to the audio."""
    parts: list[str] = []
    terms = topic_terms(topic) if topic is not None else []
    if terms:  # a list of terms, not the question: asked a question, Whisper hears a reply
        parts.append(", ".join(terms) + ".")
    if filler:
        parts.append(filler)
    if context:
        parts.append(context[-200:])
    return " ".join(p for p in parts if p) or None
