"""What to keep of Whisper's output for one chunk of speech.

Whisper's known ways of making words up, each answered here:

* a tail that was never said at the end of a chunk ("Thank you.", "So, we're going to take a
  look at"): such words are often stamped with no duration, or squeezed together into less
  time than one syllable ("Thank you very much." in 40 ms, after an answer read with an
  unrelated question's terms as the prompt), or Whisper was very unsure of them;
* a closing phrase from its training videos ("Thank you for watching", "See you next time");
* a repetition loop ("I think, uh, I think, uh, ...", "and I'll see you in the next video, and
  I'll see you in the next video"): the looping segment's words are dropped, the segments
  before and after it kept, and the chunk is decoded again with less prompt (a prompt is what
  starts such loops), the attempt with the most words kept winning;
* words with no speech under them: Silero VAD (``silero.SpeechMap``) hears nothing where Whisper
  placed them ("Have a" for "ever", the "a" lying in the silence after the answer).

A word Whisper decodes in pieces ("ill" + "-disposed", "Y" + "'all") is one word: a piece that
does not start with a space is joined to the word before it.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from simulator.core.transcript import Word
from simulator.speech.silero import SPEECH_GOES_ON_PROBABILITY, SpeechMap

MIN_WORD_S = 0.02  # a word stamped shorter than this at a chunk's end was not heard
# (0.05 let "I failed." through for "failed" in 10 dB noise, where Whisper gave the "I" 0.085;
# a first word that was said has speech under it: "Five, five." gave its first "Five," 0.09)
# Words at a chunk's edge sharing less than this each are squeezed together: nobody says two or
# more words in the time of one short syllable (real speech gives even "a" or "I" 0.06 s or more)
SQUEEZED_WORD_S = 0.04
MAX_SQUEEZED_RUN = 6
GUESSED_START_PROBABILITY = 0.1
GUESSED_START_SPEECH_S = 0.25  # less speech under it than one short word
LOOP_COMPRESSION = 2.4  # Whisper's own limit: text this repetitive is a decoding loop
# Whisper sometimes jumps over a stretch of speech: the words before it, one word stretched
# across it or a gap, then the words after (a filler prompt made it skip 8 s of a 22 s story).
LONGEST_WORD_S = 1.5  # a word lasts less; the rest of a longer stamp is a jump
UNHEARD_SPEECH_S = 2.0  # this much speech with no word on it was skipped, not unclear
# A short answer (a chunk with at most this much speech) is where Whisper pads one or two said
# words with words it made up ("Nine... Nine...", "Got free." for "country"); such a made-up
# word at the answer's edge has (almost) no speech of its own, Silero hearing it all under the
# word that was said. A said word, even "the" or "of", has 5 or more of Silero's 32 ms frames
# (0.16 s); the made-up ones had 1 to 4 (tune and the older held splits).
SHORT_ANSWER_SPEECH_S = 2.0
EDGE_WORD_SPEECH_S = 0.15
# Last words Whisper is unsure of but with this much speech of their own on average (about 7
# of Silero's frames), and none with less than the minimum (3 frames), were said
# (``_without_unsure_tail``; round 33: noisy sentences lost their last words, 0.16-0.42 s of
# speech each, 0.24 s or more on average; the made-up tails on the dev splits had 0.16 s
# ("Yeah."), or a word with 0.03 s or none ("Thank you.")).
TAIL_WORD_SPEECH_S = 0.2
TAIL_WORD_MIN_SPEECH_S = 0.1
# In a short answer, words after an unsure one that Whisper is at least this sure of, each with
# speech of its own, were said, and so was the unsure one (round 33, speech33b: "Mary rolled
# the barrel.", "Bobby with the leather." at 10 dB had been kept as "Mary", "Bobby").
SURE_WORD_PROBABILITY = 0.5
# A sentence after the answer's last one with little speech of its own is made up unless
# Whisper is at least this sure of its first word (round 37: 0.1 before; a noisy "Thank you."
# started at 0.33-0.52; replayed on the dev splits' noisy readings, no said word reaches it).
MADE_UP_SENTENCE_START_PROBABILITY = 0.6
# A short answer's last sentence of one word, after the answer's own sentence ended, that
# Whisper is less sure of than this was made up even with speech under it (round 39: held16's
# clean "million" read live as "Million. end.", "end." 0.34 with 0.35 s of Silero's speech: the
# 8 kHz word's own fading end; the stored reading gave it 0.10 and dropped it, so the live and
# stored transcripts differed).
MADE_UP_LAST_WORD_PROBABILITY = 0.4
# Closing lines of the videos Whisper learnt from; nobody ends an interview answer with them.
OUTROS = (
    "thank you for watching",
    "thanks for watching",
    "see you next time",
    "see you in the next video",
    "we'll see you next time",
    "i'll see you in the next video",
    "i hope you enjoyed this video",
    "please subscribe",
    "subscribe to my channel",
    "like and subscribe",
)


@dataclass(frozen=True)
class Heard:
    """A word as decoded, with Whisper's confidence in it."""

    word: Word
    probability: float


def collect(
    segments: Iterable[Any],
    to_time: Any,
    after_window: Callable[[], None] | None = None,
    speech_after: Callable[[float], bool] | None = None,
) -> tuple[list[Heard], bool]:
    """Words of faster-whisper segments (times mapped by ``to_time``) and whether the text
    loops. A segment that loops (too repetitive) gives no words; the others keep theirs (a
    loop in a window's tail once threw away the 20 s of real speech decoded before it); a text
    repetitive as a whole gives none. Iterating the segments is what runs the decoder: one 30 s
    window at a time, whose segments then come out one by one. ``after_window`` is called as
    each window's first segment arrives, when that window's decoding is over and before the
    next one starts.

    ``speech_after(t)``: whether any word is said in the audio after ``t`` seconds (Whisper's
    own times). Once a segment's last word ends where nothing is said after it, no more is
    decoded. With word times faster-whisper decodes again from the last word's end even when
    its window held the whole audio: a 30 s window for the fraction of a second after the last
    word, where Whisper, given silence, made up a tail ("see you in the next video, see you in
    the next video, ...": a loop, so the whole chunk was decoded again). A live piece of 16 s
    took five encoder windows and two decodes where one of each heard every word."""
    heard: list[Heard] = []
    looped = False
    window: object = None
    for segment in segments:
        seek = getattr(segment, "seek", None)
        if after_window is not None and (window is None or seek != window):
            after_window()
        window = seek
        if float(getattr(segment, "compression_ratio", 0.0)) > LOOP_COMPRESSION:
            looped = True
            continue
        for w in segment.words or ():
            token = w.word.strip()
            if not token:
                continue
            start, end = to_time(float(w.start)), to_time(float(w.end))
            probability = float(w.probability)
            word = Word(token, round(start, 3), round(end, 3), round(probability, 3))
            piece = Heard(word, probability)
            if not any(c.isalnum() for c in token):
                # A stop or a comma alone is no word: "... the holiday season. . First, ..."
                # was stored with a "." of its own (walkthrough 50, a spoken story), read as a
                # word in the counts. It ends the word before (whose times stay), unless that
                # one has its own.
                if heard and heard[-1].word.word[-1:].isalnum():
                    before = heard[-1]
                    heard[-1] = replace(
                        before, word=replace(before.word, word=before.word.word + token)
                    )
                continue
            if heard and not w.word[:1].isspace():  # the rest of the word before
                heard[-1] = _joined(heard[-1], piece)
            else:
                heard.append(piece)
        words = segment.words or ()
        if speech_after is not None and words and not speech_after(float(words[-1].end)):
            break  # all that was said is heard: the tail after it is silence
    if _repetitive([h.word.word for h in heard]):
        return [], True
    return heard, looped


def _joined(first: Heard, rest: Heard) -> Heard:
    probability = min(first.probability, rest.probability)
    word = Word(
        first.word.word + rest.word.word, first.word.start, rest.word.end, round(probability, 3)
    )
    return Heard(word, probability)


def _repetitive(tokens: list[str]) -> bool:
    text = " ".join(tokens).encode()
    return len(tokens) >= 12 and len(text) / max(1, len(zlib.compress(text))) > LOOP_COMPRESSION


def keep(
    heard: list[Heard],
    speech: SpeechMap | None = None,
    offset: float = 0.0,
    short: bool = False,
    voice: SpeechMap | None = None,
) -> list[Word]:
    """The words that were said: without words Silero hears no speech under (``speech``, whose
    time 0 is ``offset`` in the words' times; ``voice``, where given: the answer's own voice,
    ``speech.foreground``), made-up tails, zero-length edge words and outros; in a ``short``
    answer (``SHORT_ANSWER_SPEECH_S``), without edge words that have too little speech of
    their own (``_with_own_speech``, on ``speech``)."""
    voice = voice if voice is not None else speech
    words = [h for h in heard if voice is None or _has_speech(h.word, voice, offset)]
    words = _without_outros(words)
    while words and words[-1].word.end - words[-1].word.start < MIN_WORD_S:
        words.pop()
    while words and words[0].word.end - words[0].word.start < MIN_WORD_S:
        words.pop(0)
    words = _without_squeezed_edges(words)
    if len(words) > 1 and speech is not None and _guessed_start(words[0], speech, offset):
        words.pop(0)
    own = (
        [speech.speech_s(h.word.start - offset, h.word.end - offset) for h in words]
        if speech is not None
        else None
    )
    if own is not None:
        words, own = _without_made_up_sentence(words, own)
    if short:
        words = _without_made_up_last_word(words)
    words = words[: _without_unsure_tail(words, own, short)]
    if short and speech is not None:
        words = _with_own_speech(words, speech, offset)
        words = _without_timeless_inner_words(words)
    return [h.word for h in words]


def _without_timeless_inner_words(words: list[Heard]) -> list[Heard]:
    """Without the words of a short answer that Whisper stamped with (almost) no time,
    wherever they stand: "ill disposed" was heard "You're all disposed.", the "all" given
    0.00 s (nobody says a word in under ``MIN_WORD_S``). Such a word at an edge is gone
    already; inside a short answer it is the same padding. In a long answer it is left alone
    (fast speech can squeeze a real "a" or "the" there). The answer keeps at least one word."""
    kept = [h for h in words if h.word.end - h.word.start >= MIN_WORD_S]
    return kept or words


def _with_own_speech(words: list[Heard], speech: SpeechMap, offset: float) -> list[Heard]:
    """The words from the first to the last one with at least ``EDGE_WORD_SPEECH_S`` of speech
    under it; if none has that much, the one with the most (an answer said unclearly is still
    an answer)."""
    own = [speech.speech_s(h.word.start - offset, h.word.end - offset) for h in words]
    enough = [i for i, s in enumerate(own) if s >= EDGE_WORD_SPEECH_S]
    if not enough:
        return [words[own.index(max(own))]] if words else []
    return words[enough[0] : enough[-1] + 1]


def _squeezed(run: list[Heard]) -> bool:
    return len(run) >= 2 and run[-1].word.end - run[0].word.start < len(run) * SQUEEZED_WORD_S


def _without_squeezed_edges(words: list[Heard]) -> list[Heard]:
    """Without the longest run of words squeezed together (``_squeezed``) at either end: a tail
    or a head stamped each word with (almost) no time, the words after a zero-length one
    getting a few hundredths of a second each, was not heard but made up."""
    runs = range(2, min(len(words), MAX_SQUEEZED_RUN) + 1)
    last = max((k for k in runs if _squeezed(words[-k:])), default=0)
    words = words[: len(words) - last]
    first = max((k for k in runs if k <= len(words) and _squeezed(words[:k])), default=0)
    return words[first:]


def _has_speech(word: Word, speech: SpeechMap, offset: float) -> bool:
    return speech.peak(word.start - offset, word.end - offset) >= SPEECH_GOES_ON_PROBABILITY


def _guessed_start(first: Heard, speech: SpeechMap, offset: float) -> bool:
    """Whisper stamps the first word of a window from the window's start, over the quiet
    before the answer; a first word it gave almost no chance, with little speech under it, is a
    guess made in that quiet ("I failed" for "failed")."""
    heard_s = speech.speech_s(first.word.start - offset, first.word.end - offset)
    return first.probability < GUESSED_START_PROBABILITY and heard_s < GUESSED_START_SPEECH_S


def _without_unsure_tail(
    words: list[Heard], own_speech: list[float] | None = None, short: bool = False
) -> int:
    """How many words to keep: an invented tail (at most 3 words, after at least one word
    that stays: a one-word answer is often said unclearly, it is still an answer) starts with a
    word Whisper was very unsure of, or it is unsure throughout.

    ``own_speech`` (seconds of Silero speech under each word): in a long answer a tail with
    speech of its own (``_said``) that goes on with the sentence was said, however unsure
    Whisper was of it. In noise the words Whisper is least sure of are often a sentence's last
    ones ("... our phone system." at 0.17 and 0.14, "... followed by the pound key." at 0.32
    and 0.08), each with 0.29-0.42 s of speech; the tails it makes up lie in the quiet after the
    answer ("Thank" with no time or 0.03 s of speech, "Yeah." with 0.16 s) and start a sentence
    of their own after the answer's last one ("... is complete. Thank you.", "...
    representative. Yeah.", "... representatives. In."): such a tail is dropped whatever the
    speech under it (the live path kept a "Thank" with 0.2 s after "... participants.").

    A ``short`` answer keeps an unsure word only when the words after it are sure
    (``SURE_WORD_PROBABILITY``) and every word from it on has ``EDGE_WORD_SPEECH_S`` of speech
    ("Mary rolled the barrel." at 10 dB: "rolled" 0.04 with 0.29 s, "the barrel." 0.86 and 0.95
    with 0.19 and 0.26 s; it was kept as "Mary"). An unsure last word alone stays dropped:
    there it is most often the rest of one word heard as two ("9 pin" for nineteenth, "50
    years" for fiftieth). Two or more unsure last words that go on with the sentence, each
    with speech of its own and one after the first sure, were said (``_said_phrase``): one
    word heard as two adds one."""
    confidence = [h.probability for h in words]
    n = len(confidence)
    for start in range(max(1, n - 3), n):
        tail = confidence[start:]
        if not (tail[0] < 0.1 or max(tail) < 0.3):
            continue
        if own_speech is not None:
            own = own_speech[start:]
            if short and _said_before_sure_words(tail, own):
                continue
            if short and _said_phrase(words, start, own):
                continue
            if short and _said_last_word(words, start, own):
                continue
            if not short and not _new_sentence(words, start) and _said(own):
                continue
        return start
    return n


def _without_made_up_sentence(
    words: list[Heard], own_speech: list[float]
) -> tuple[list[Heard], list[float]]:
    """Without a closing sentence Whisper made up after the answer's last one: it starts a
    sentence of its own (``_new_sentence``), with a first word Whisper was unsure of
    (``MADE_UP_SENTENCE_START_PROBABILITY``), and its words (at most ``MAX_SQUEEZED_RUN``) have
    less than ``TAIL_WORD_SPEECH_S`` of speech each on average. ``_without_unsure_tail`` looks at
    the last three words only, so a longer one got through: "Press zero. Thank you very
    much." (round 34: "Thank" 0.02 with 0.03 s of speech, "you very much." 0.16, 0.06 and
    0.06 s) came out "Press zero. you" once the timeless "Thank" was dropped. Real words after
    a sentence's end carry their own speech (0.2 s or more each on average, round 33).
    Round 37: at 10 dB "... to the representative. Thank you." ("Thank" 0.33-0.52 in the five
    readings, 0.16-0.19 s of speech, "you." 0.10-0.13 s) was kept: the first word's chance was
    under 0.1 only for tails Whisper stamped in the quiet; in noise it is surer of them."""
    for start in range(max(1, len(words) - MAX_SQUEEZED_RUN), len(words)):
        tail = own_speech[start:]
        if (
            _new_sentence(words, start)
            and words[start].probability < MADE_UP_SENTENCE_START_PROBABILITY
            and sum(tail) < TAIL_WORD_SPEECH_S * len(tail)
        ):
            return words[:start], own_speech[:start]
    return words, own_speech


def _without_made_up_last_word(words: list[Heard]) -> list[Heard]:
    """A short answer without a last word that is a sentence of its own after the answer's
    (``_new_sentence``) and that Whisper is unsure of (``MADE_UP_LAST_WORD_PROBABILITY``),
    whatever the speech under it: a one-word answer grown by one ("Million. end.")."""
    last = len(words) - 1
    if last >= 1 and _new_sentence(words, last):
        return words[:last] if words[last].probability < MADE_UP_LAST_WORD_PROBABILITY else words
    return words


def _new_sentence(words: list[Heard], start: int) -> bool:
    """Whether ``words[start]`` starts a sentence after one that ended (".", "?" or "!")."""
    return start > 0 and words[start - 1].word.word.rstrip("\"')").endswith((".", "?", "!"))


def _said_before_sure_words(confidence: list[float], own_speech: list[float]) -> bool:
    """An unsure word followed by sure words, each of them with speech of its own."""
    return (
        len(confidence) >= 2
        and min(confidence[1:]) >= SURE_WORD_PROBABILITY
        and min(own_speech) >= EDGE_WORD_SPEECH_S
    )


def _said_phrase(words: list[Heard], start: int, own_speech: list[float]) -> bool:
    """The last words of a short answer from ``start`` are a phrase that was said: two or more
    words going on with the sentence, each with ``EDGE_WORD_SPEECH_S`` of speech of its own, one
    of those after the first one Whisper is sure of (``SURE_WORD_PROBABILITY``). Round 37, 8 kHz
    prompts at 10 dB: "Press star to cancel." was kept as "Press" ("star" 0.08 with 0.38 s of
    speech, "to cancel." 0.93 and 0.46 with 0.29 and 0.42 s). One word heard as two adds a
    single word ("Seven deals." for seventieth, "9 pin" for nineteenth); words made up in noise
    after the answer stay unsure ("No more math signals.", 0.20 and 0.11); a tail made up after
    the answer lies in its quiet or starts a sentence of its own."""
    return (
        len(own_speech) >= 2
        and min(own_speech) >= EDGE_WORD_SPEECH_S
        and max(h.probability for h in words[start + 1 :]) >= SURE_WORD_PROBABILITY
        and not _new_sentence(words, start)
    )


# A short answer's unsure last word is its sentence's own when at least this many words came
# before it: a one-word answer grown by one ("9 pin" for nineteenth) has one.
SENTENCE_BEFORE_LAST_WORD = 3


def _said_last_word(words: list[Heard], start: int, own_speech: list[float]) -> bool:
    """The unsure last word of a short answer ends a sentence that was being said: at least
    ``SENTENCE_BEFORE_LAST_WORD`` words before it, not a sentence of its own, and speech of its
    own (``TAIL_WORD_SPEECH_S``). Round 39, held17 at 10 dB (8 kHz prompts), the same in all
    five readings: "Your message has been saved." stored without "saved." (0.16-0.28, 0.22-0.35
    s of speech), "Please wait while I connect your calm." without "calm." (for call; 0.20-0.30,
    0.32 s). A made-up tail lies in the quiet after the answer or starts a sentence of its own."""
    return (
        start == len(words) - 1
        and start >= SENTENCE_BEFORE_LAST_WORD
        and not _new_sentence(words, start)
        and own_speech[0] >= TAIL_WORD_SPEECH_S
    )


def _said(own_speech: list[float]) -> bool:
    """Words with speech of their own: ``TAIL_WORD_SPEECH_S`` each on average, and none with
    less than ``TAIL_WORD_MIN_SPEECH_S`` (a word lying in the quiet is not carried by a said
    neighbour)."""
    return min(own_speech) >= TAIL_WORD_MIN_SPEECH_S and sum(
        own_speech
    ) >= TAIL_WORD_SPEECH_S * len(own_speech)


def _normal(token: str) -> str:
    return re.sub(r"[^a-z' ]", "", token.lower())


def _without_outros(words: list[Heard]) -> list[Heard]:
    """Drop every occurrence of an outro phrase (matched on whole words)."""
    tokens = [_normal(h.word.word) for h in words]
    drop: set[int] = set()
    for phrase in OUTROS:
        target = phrase.split()
        for i in range(len(tokens) - len(target) + 1):
            if tokens[i : i + len(target)] == target:
                drop.update(range(i, i + len(target)))
    return [h for i, h in enumerate(words) if i not in drop]


def unheard_s(
    words: list[Word], speech: SpeechMap, offset: float, start: float, end: float
) -> float:
    """The most speech (seconds Silero hears) that no word covers in one stretch between
    ``start`` and ``end`` (times as the words', ``offset`` being the speech map's time 0): a
    word covers at most ``LONGEST_WORD_S`` from its start."""
    most = 0.0
    covered_to = start
    for w in [*words, Word("", end, end)]:
        if w.start > covered_to:
            most = max(most, speech.speech_s(covered_to - offset, w.start - offset))
        covered_to = max(covered_to, min(w.end, w.start + LONGEST_WORD_S))
    return most


def after(words: list[Word], start: float) -> list[Word]:
    """The words said after ``start`` seconds: a word counts where most of it lies (Whisper's
    word times are rough by a few tens of milliseconds; a word cut in two at ``start`` belongs
    to the side that holds most of it)."""
    return [w for w in words if (w.start + w.end) / 2 >= start]


FILLER_WORDS = frozenset({"um", "umm", "uh", "uhh", "hmm", "hm", "mm", "mmm", "er", "ah"})


def said_words(words: list[Word]) -> int:
    """How many of ``words`` are words of the answer, not fillers ("Um, yes." has one)."""
    spoken = (re.sub(r"[^a-z0-9']", "", w.word.lower()) for w in words)  # "90" is a word
    return sum(1 for w in spoken if w and w not in FILLER_WORDS)


def text_of(words: list[Word]) -> str:
    return " ".join(w.word for w in words)
