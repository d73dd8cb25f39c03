"""Who ended the project (relevance.py; issue 9, round 23). "Tell me about a time you
recommended stopping a project" and "tell me about a project that failed" share their words:
"stopped", "cancelled", "shelved", "shut down". What tells them apart is who ended it and why:
in the first, the candidate recommends the stop ("I recommended that we stop", "I proposed
shelving it", "my recommendation was to move the team"); in the second, the project fails, and
whoever ends it, the story says it failed ("failed", "did not work", "made no difference").

* Asked "stopping a project", a story in which the candidate never recommends, proposes or
  argues for an end or a change of direction, and which says the project failed, reads as a
  failed project.
* Asked "a project that failed", a story whose candidate recommends the stop and which never
  says the project failed reads as a recommendation to stop.
"""

from __future__ import annotations

from simulator.core.scoring.text import Tokens, word_set

STOP_QUESTION = "beh.stop-a-project"
FAILURE_QUESTION = "beh.project-failure"

_SPEAKERS = word_set("i we")
# Verbs of advising an end: "I recommended", "we proposed", "I argued", "I made the case".
_ADVISING = word_set(
    """recommended recommend proposed propose suggested suggest argued argue advised advise
    urged pushed pitched asked recommending proposing suggesting arguing"""
)
# An end or a change of direction: what the candidate advises.
_ENDING = word_set(
    """stop stopping stopped end ending pause pausing paused shelve shelving shelved drop
    dropping kill killing cancel cancelling canceling halt halting pivot pivoting redirect
    redirecting abandon abandoning wind winding move moving switch switching sunset
    sunsetting freeze freezing park parking"""
)
# Advice told as a noun in a sentence of mine: "I wrote a recommendation to stop the project".
_ADVICE_NOUNS = word_set("recommendation proposal advice case")
_MINE = word_set("i my we our")
# The project failing, in everyday words.
_FAILED = (
    "fail",
    "fails",
    "failed",
    "was a failure",
    "been a failure",
    "flop",
    "did not work",
    "didn't work",
    "went wrong",
    "did not help",
    "didn't help",
    "made no difference",
    "no effect",
    "no impact",
    "disappointed",
    "disappointing",
    "never used",
    "nobody used",
    "stopped using",
    "had not changed",
    "hadn't changed",
    "did not change",
    "didn't change",
    "did not move",
    "didn't move",
)
_WINDOW = 8


def recommended_ending(tokens: Tokens) -> bool:
    """Does the candidate advise ending the project or changing its direction? "I recommended
    that we stop", "we proposed shelving it", "my recommendation was to move the team"."""
    ws = tokens.words
    for i, w in enumerate(ws[:-1]):
        if w in _ADVICE_NOUNS and _in_my_sentence(tokens, i) and _ending_near(tokens, i):
            return True
        advised = w in _SPEAKERS and ws[i + 1] in _ADVISING
        if advised and _ending_near(tokens, i + 1):
            return True
    return False


def _in_my_sentence(tokens: Tokens, at: int) -> bool:
    sentence = tokens.sentence_of[at]
    return any(
        w in _MINE for w, s in zip(tokens.words, tokens.sentence_of, strict=True) if s == sentence
    )


def _ending_near(tokens: Tokens, at: int) -> bool:
    """An end or a change of direction within ``_WINDOW`` words after ``at``, same sentence."""
    sentence = tokens.sentence_of[at]
    end = min(len(tokens.words), at + 1 + _WINDOW)
    return any(
        tokens.words[j] in _ENDING and tokens.sentence_of[j] == sentence for j in range(at + 1, end)
    )


def said_failed(tokens: Tokens) -> bool:
    """Does the story say the project failed?"""
    text = " " + " ".join(tokens.words) + " "
    return any(f" {phrase} " in text for phrase in _FAILED)


def ending_theme(question_id: str, tokens: Tokens) -> str:
    """The neighbouring question the story answers instead ("" when none): a failure told for
    "stopping a project" with no recommendation of mine, or my recommendation to stop told for
    "a project that failed" with no failure in it."""
    if question_id == STOP_QUESTION:
        if not recommended_ending(tokens) and said_failed(tokens):
            return FAILURE_QUESTION
    elif question_id == FAILURE_QUESTION and recommended_ending(tokens) and not said_failed(tokens):
        return STOP_QUESTION
    return ""
