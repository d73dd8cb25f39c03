"""Comparing a transcript with what was said: normalised words, alignment, invented words,
fillers. Shared by benchmarks/real_speech.py and the real-speech tests."""

from __future__ import annotations

import re
from dataclasses import dataclass

FILLERS = {"um", "uh", "hmm", "er", "ah", "mm"}
_SPELLING = {
    "umm": "um",
    "uhh": "uh",
    "hm": "hmm",
    "mmm": "mm",
    "mr": "mister",
    "mrs": "missus",
    "gonna": "going to",
    "wanna": "want to",
    "%": " percent",
    "ok": "okay",
    "cannot": "can not",
}
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_ONES += " fifteen sixteen seventeen eighteen nineteen"
ONES = _ONES.split()
# 21st -> twenty first, 12th -> twelfth, 50th -> fiftieth (the rest add "th")
ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth"}
ORDINALS |= {"nine": "ninth", "twelve": "twelfth"}
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# Phrases Whisper invents from its training videos; an interview answer never holds them.
OUTRO_PATTERNS = (
    "for watching",
    "next video",
    "subscribe",
    "see you next time",
    "we're going to take a look at",
)


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    if n < 10000:
        rest = n % 1000
        return (
            number_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + number_words(rest))
        )
    return " ".join(ONES[int(d)] for d in str(n))


def _number(match: re.Match[str]) -> str:
    value, suffix = int(match.group(1)), match.group(2)
    words = number_words(value)
    if suffix:  # 21st -> twenty first
        parts = words.split()
        last = ORDINALS.get(parts[-1]) or parts[-1].removesuffix("y") + (
            "ieth" if parts[-1].endswith("y") else "th"
        )
        words = " ".join([*parts[:-1], last])
    return f" {words} "


def _decimal(match: re.Match[str]) -> str:
    """0.5 -> point five (as an answer says it), 2.25 -> two point two five."""
    whole, digits = match.group(1), match.group(2)
    said = number_words(int(whole)) if whole and int(whole) else ""
    return f" {said} point {' '.join(ONES[int(d)] for d in digits)} "


# A contraction and its long form are one spelling of the same words ("I'm sorry, that is" for
# a reference "i am sorry that's": four errors for nothing misheard, speech23), as Whisper's own
# English normaliser has it. Both sides are written contracted, so a contraction stays one word
# (a misheard "you're" costs what any misheard word does). Only unambiguous pairs: "'d"
# (would/had) and "'s" after a noun (is/has/possessive) are left as written.
_BE = {"i": "am", "you": "are", "we": "are", "they": "are"}  # the rest take "is"
_SHORT_BE = {"am": "'m", "are": "'re", "is": "'s"}
_SUBJECTS = ("i", "you", "we", "they", "he", "she", "it", "that", "there", "what", "who")
_NEGATED = [
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "have",
    "has",
    "had",
    "could",
    "would",
    "should",
    "must",
    "need",
]
_LONG_FORMS: dict[tuple[str, str], str] = {
    ("can", "not"): "can't",
    ("will", "not"): "won't",
    ("let", "us"): "let's",
}
for _w in _SUBJECTS:
    _be = _BE.get(_w, "is")
    _LONG_FORMS[(_w, _be)] = _w + _SHORT_BE[_be]
    _LONG_FORMS[(_w, "will")] = _w + "'ll"
for _w in ("i", "you", "we", "they"):
    _LONG_FORMS[(_w, "have")] = _w + "'ve"
for _w in _NEGATED:
    _LONG_FORMS[(_w, "not")] = _w + "n't"


def _contracted(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        if out and (out[-1], token) in _LONG_FORMS:
            out[-1] = _LONG_FORMS[(out[-1], token)]
        else:
            out.append(token)
    return out


def words(text: str) -> list[str]:
    """Lower-case spoken words: numbers spelt out, punctuation and hyphens gone, contractions
    written contracted (``_LONG_FORMS``)."""
    text = text.lower().replace("%", " percent ")
    text = re.sub(r"(\d*)\.(\d+)", _decimal, text)
    text = re.sub(r"(\d+)(st|nd|rd|th)?\b", _number, text)
    text = re.sub(r"[^a-z' ]+", " ", text.replace("-", " "))
    out: list[str] = []
    for token in text.split():
        token = token.strip("'")
        if token:
            out.extend(_SPELLING.get(token, token).split())
    return _contracted(out)


@dataclass(frozen=True)
class Alignment:
    errors: int  # substitutions + deletions + insertions
    insertions: int
    edge_insertions: int  # inserted before the first or after the last reference word
    reference_words: int


def same_compounds(ref: list[str], hyp: list[str]) -> list[str]:
    """``hyp`` with a compound written as the reference writes it: one word the reference says
    as two ("coldhearted" for "cold hearted") is split, and two words the reference says as one
    ("some one" for "someone") are joined. Spelling, not hearing: counted as an error, a
    compound cost two (a substitution and a deletion) for what was heard right."""
    pairs = {a + b: (a, b) for a, b in zip(ref, ref[1:], strict=False)}
    singles = set(ref)
    out: list[str] = []
    j = 0
    while j < len(hyp):
        token = hyp[j]
        joined = token + hyp[j + 1] if j + 1 < len(hyp) else ""
        if token not in singles and token in pairs:
            out.extend(pairs[token])
        elif joined in singles and not {token, hyp[j + 1]} <= singles:
            out.append(joined)
            j += 1
        else:
            out.append(token)
        j += 1
    return out


# Digits do not say whether "one" was said: "100th." is written for "hundredth" as for "one
# hundredth", and ``words`` spells it "one hundredth" (round 34: held14's "hundredth", heard
# right as "100th.", cost a word and counted as two words for a one-word answer).
_SCALES = frozenset({"hundred", "hundredth", "thousand", "thousandth"})


def _without_unsaid_one(ref: list[str], hyp: list[str]) -> list[str]:
    """``hyp`` without the "one" digits put before a scale word the reference says without it."""
    said_alone = {w for i, w in enumerate(ref) if w in _SCALES and (i == 0 or ref[i - 1] != "one")}
    return [
        w
        for i, w in enumerate(hyp)
        if not (w == "one" and i + 1 < len(hyp) and hyp[i + 1] in said_alone)
    ]


def heard(reference: str, hypothesis: str) -> list[str]:
    """The hypothesis's words written as the reference writes the same words (compounds,
    digits before a scale word: ``same_compounds``, ``_without_unsaid_one``)."""
    ref = words(reference)
    return same_compounds(ref, _without_unsaid_one(ref, words(hypothesis)))


def heard_content(reference: str, hypothesis: str) -> list[str]:
    """``heard`` without fillers: the words of a one-word answer, counted as the WER counts
    them ("X-ray." for "xray" is one word, as the alignment has it)."""
    return [w for w in heard(reference, hypothesis) if w not in FILLERS]


def align(reference: str, hypothesis: str) -> Alignment:
    ref = words(reference)
    hyp = heard(reference, hypothesis)
    n, m = len(ref), len(hyp)
    cost = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        cost[i][0] = i
    for j in range(m + 1):
        cost[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost[i][j] = min(
                cost[i - 1][j] + 1,
                cost[i][j - 1] + 1,
                cost[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]),
            )
    # walk back, labelling hypothesis words that are insertions
    i, j = n, m
    inserted: list[int] = []
    while i > 0 or j > 0:
        if i > 0 and j > 0 and cost[i][j] == cost[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            i, j = i - 1, j - 1
        elif j > 0 and cost[i][j] == cost[i][j - 1] + 1:
            inserted.append(j - 1)
            j -= 1
        else:
            i -= 1
    matched = [k for k in range(m) if k not in inserted]
    first, last = (matched[0], matched[-1]) if matched else (m, -1)
    edge = sum(1 for k in inserted if k < first or k > last)
    return Alignment(cost[n][m], len(inserted), edge, n)


def outro_words(hypothesis: str) -> int:
    """Words belonging to a known invented outro phrase."""
    text = " ".join(words(hypothesis))
    return sum(len(p.split()) * text.count(p) for p in OUTRO_PATTERNS)


def prompt_leaks(reference: str | None, hypothesis: str, terms: list[str]) -> int:
    """Words of the prompt's ``terms`` heard more often than they were said: a term the
    question's prompt put in Whisper's mind, made up (``reference`` None: nothing is known to
    have been said, every occurrence counts). Short function words ("of", "the") are left
    out: they are said anyway."""
    prompt = {w for term in terms for w in words(term) if len(w) > 3}
    said = words(reference or "")
    heard = words(hypothesis)
    return sum(max(0, heard.count(w) - said.count(w)) for w in prompt)


def fillers(text: str) -> int:
    return sum(1 for w in words(text) if w in FILLERS)


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in FILLERS]
