"""Dismissals: the speaker says a practice is not worth doing.

"Data versioning is overkill", "human evaluation isn't really necessary", "there's no need to
pin environments", "you don't need to test groundedness", "I'd skip a registry", "feature
scaling doesn't matter". A key point said this way is rejected, not made: content.py charges it
as a contradicted key point and names the dismissing sentence. Plain negation ("X does not
reduce bias") is a claim about X, judged by stance.py and claims.py; these say X is not needed.
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.stance import SPEAKERS, Stance, clause_ids
from simulator.core.scoring.text import Tokens, word_set

# Verdicts that dismiss what comes before them ("X is overkill"), verbs that reject what
# follows them when the speaker says them ("I'd skip X").
DISMISSED_AFTER = word_set(
    "overkill unnecessary needless pointless useless wasteful irrelevant optional redundant"
    " outdated obsolete"
)
REJECTING = word_set("skip ignore")

_WORTH = word_set("necessary needed required important useful worth helpful essential")
_SOFTENERS = word_set("really just mostly largely actually also simply even all that very")
_DISMISS_BEFORE = word_set("no")
_LINKS = word_set("is are was were be being seems seem")
# A dismissal said as a possibility ("can still be useless") dismisses nothing.
_MAYBE = word_set("can could might may if when unless")


_HARDLY = (("not",), ("barely",), ("hardly",), ("rarely",))
_TRIGGERS = DISMISSED_AFTER | REJECTING | word_set("not isn't aren't matter matters no need needs")


def dismissed_ranges(tokens: Tokens) -> list[tuple[int, int]]:
    """Token ranges (end exclusive) that the speaker dismisses, each inside one clause."""
    out: list[tuple[int, int]] = []
    for sentence in tokens.sentences:
        ids = clause_ids(sentence)
        first = sentence.first_word
        ws = tokens.words[first : sentence.last_word]
        for i, w in enumerate(ws):
            if w not in _TRIGGERS:
                continue
            lo = i
            while lo > 0 and ids[lo - 1] == ids[i]:
                lo -= 1
            hi = i
            while hi + 1 < len(ws) and ids[hi + 1] == ids[i]:
                hi += 1
            if any(x in _MAYBE for x in ws[lo : hi + 1]):
                continue
            rest = [x for x in ws[i + 1 : hi + 1] if x not in _SOFTENERS]
            lead = [x for x in ws[lo:i] if x not in _SOFTENERS][-1:]
            linked = bool(lead) and (lead[0] in _LINKS or lead[0].endswith("'s"))
            if (w in DISMISSED_AFTER and linked) or (
                w in ("not", "isn't", "aren't") and rest[:1] and rest[0] in _WORTH
            ):
                out.append((first + lo, first + i))
            elif w in ("matter", "matters") and ws[i - 1 : i] in _HARDLY:
                out.append((first + lo, first + i - 1))
            elif w == "matters" and rest[:1] == ["less"]:
                out.append((first + lo, first + i))
            elif w in _DISMISS_BEFORE and rest[:1] in (["need"], ["needs"], ["point"]):
                out.append((first + i + 2, first + hi + 1))
            elif (w in ("need", "needs") and ws[i - 1 : i] in (("not",), ("never",))) or (
                w in REJECTING and i and ws[i - 1] in SPEAKERS
            ):
                out.append((first + i + 1, first + hi + 1))
    return [r for r in (_trimmed(tokens, a, b) for a, b in out) if r[0] < r[1]]


_EDGE = _LINKS | _SOFTENERS | word_set("to does do did")
_TRAILING = word_set("at in on of for with the a an")


def _trimmed(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The range without linking and small words at its edges ("data versioning", not "data
    versioning is")."""
    while start < end and tokens.words[start] in _EDGE:
        start += 1
    while end > start and (
        tokens.words[end - 1] in _EDGE | _TRAILING or tokens.words[end - 1].endswith("'s")
    ):
        end -= 1
    return start, end


def dismissed_points(
    question: Question, index: AnswerIndex, stance: Stance
) -> dict[int, Contradiction]:
    """Key points the speaker dismisses as not needed ("data versioning is overkill", "no
    need to pin environments"), by index, each named with the dismissing sentence."""
    tokens = index.tokens
    ranges = dismissed_ranges(tokens)
    found: dict[int, Contradiction] = {}
    if not ranges:
        return found
    for k, kp in enumerate(question.key_points):
        for text in kp.phrases:
            hit = next(
                (
                    (span, r)
                    for phrase in compile_phrase(text)
                    for span in index.find(phrase)
                    for r in ranges
                    if r[0] <= span[0] and span[1] <= r[1] and not stance.warned(span)
                ),
                None,
            )
            if hit is not None:
                span, r = hit
                said = " ".join(tokens.words[r[0] : r[1]])
                sentence = tokens.sentences[tokens.sentence_of[span[0]]].text
                found[k] = Contradiction(f'"{said}" is not needed', sentence)
                break
    return found
