"""The accepted view said to the candidate: a correction that reads as one sentence.

A wrong claim found against the rubric (claims.py, sameness.py) is corrected by a sentence of
the model answer. Model answers are written as the candidate would say them ("With L2, or
ridge, I penalize the sum of squared weights"), so quoted as they stand the correction told the
candidate what "I" do, and behind a label ("The accepted view: ...") it ran into the tip's own
label ("Correct a misconception about regularization: The accepted view: With L2, or ridge, I
penalize...", walkthrough 33). Here the sentence is turned to the candidate ("you penalize") and
said as a clause of one sentence ("The accepted view is that with L2, or ridge, you penalize
..."). ``reworded`` also rewrites a correction stored in the old form, so a session scored
before reads the same on the page and in every export.
"""

from __future__ import annotations

import re

# first person (the model answer's speaker) -> second person (the candidate); "we" of a team
# or of people in general reads as "you" as well ("we penalize large weights")
_PERSON = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "i'm": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "we're": "you're",
    "we've": "you've",
    "we'll": "you'll",
    "we'd": "you'd",
}
# verbs that agree with "I" but not with "you"
_AGREE = {"am": "are", "was": "were"}
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_OLD_DIFFER = "They differ. The accepted view: "
_OLD_PLAIN = "The accepted view: "


def to_candidate(sentence: str) -> str:
    """``sentence`` with its first person turned to "you" (and "I am" / "I was" agreeing)."""
    out: list[str] = []
    last = 0
    turned_before = False
    for match in _WORD.finditer(sentence):
        word = match.group(0)
        key = word.lower().replace("\u2019", "'")
        new = _PERSON.get(key)
        if new is None and turned_before and key in _AGREE:
            new = _AGREE[key]
        # "US" and "WE" in capitals are names, not pronouns; "I" is always a capital
        if new is not None and word.isupper() and word != "I" and len(word) > 1:
            new = None
        out.append(sentence[last : match.start()])
        if new is None:
            out.append(word)
        elif word[0].isupper() and match.start() == 0:
            out.append(new[0].upper() + new[1:])
        else:
            out.append(new)
        last = match.end()
        turned_before = new is not None and key in ("i", "we")
    out.append(sentence[last:])
    return "".join(out)


def _as_clause(sentence: str) -> str:
    """``sentence`` to follow "that": its opening capital lowered unless the word is a name or an
    abbreviation ("L2", "PCA", "Bayes'")."""
    text = to_candidate(sentence.strip())
    if text and text[-1] not in ".!?":
        text += "."
    first = _WORD.match(text)
    if first is None:
        return text
    word = first.group(0)
    # a one-letter word other than "I" ("A") or a capitalised ordinary word
    ordinary = len(word) == 1 and word != "I" or word[1:].islower()
    if word[0].isupper() and ordinary and word not in _NAMES:
        return text[0].lower() + text[1:]
    return text


# opening words that are names however they are written
_NAMES = frozenset({"Bayes", "Bayesian", "Gaussian", "Poisson", "Bernoulli", "Markov", "Adam"})


def accepted_view(sentence: str) -> str:
    """The correction for a claim that contradicts ``sentence`` (of the model answer)."""
    return f"The accepted view is that {_as_clause(sentence)}"


def differ_view(sentence: str) -> str:
    """The correction for calling two things the same that ``sentence`` tells apart."""
    return f"They differ: the accepted view is that {_as_clause(sentence)}"


def reworded(correction: str) -> str:
    """A correction as it is shown: one stored in the old form ("The accepted view: I ...") is
    said as the new one; any other (a rubric's own correction) unchanged."""
    if correction.startswith(_OLD_DIFFER):
        return differ_view(correction[len(_OLD_DIFFER) :])
    if correction.startswith(_OLD_PLAIN):
        return accepted_view(correction[len(_OLD_PLAIN) :])
    return correction


def reworded_tip(tip: str) -> str:
    """A stored tip or feedback line whose correction is in the old form ("Correct a
    misconception about X: The accepted view: I ...", 'Misconception: "..." - The accepted
    view: I ...'), said as the new one."""
    for old in (_OLD_DIFFER, _OLD_PLAIN):
        at = tip.find(old)
        if at == 0 or at > 0 and tip[:at].endswith((": ", " - ")):
            return tip[:at] + reworded(tip[at:])
    return tip
