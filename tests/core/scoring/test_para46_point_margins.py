"""A key point told apart from the question's other points (issue 9, para46, point_margins.py).

An everyday sentence that the prompt's own words out-reach ("Explain exponential backoff") is
still nearer its point than any other point of the question; such a sentence counts in the
whole-answer reach and is the evidence shown for its point.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from simulator.core.questions import Question, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.meaning import read_meaning
from simulator.core.scoring.point_margins import told_apart
from simulator.core.scoring.text import split_sentences
from simulator.core.transcript import Transcript

_PACKS = Path(__file__).parent / "packs"

BACKOFF = (
    "If a call fails, hold off a moment, and every time it fails again hold off roughly twice as"
    " long as the time before, up to some ceiling."
)
JITTER = (
    "Also nudge each pause by a random amount, because when a whole crowd of callers got turned"
    " away in the same second and they all return in step, they swamp the server once more."
)
ANSWER = " ".join(
    (
        BACKOFF,
        JITTER,
        "Only try again after hiccups such as a timeout or a busy reply, not when the request"
        " itself was broken, and only for requests that do no harm when sent twice.",
        "And give up after a handful of attempts, since endless retrying just heaps more work on a"
        " server that is already drowning.",
    )
)


@lru_cache(maxsize=1)
def _retry() -> Question:
    return load_packs([_PACKS / "wrong42held"]).get("tech.w42h-retry-backoff")


def test_an_everyday_sentence_tells_apart_the_point_the_prompt_names() -> None:
    sentences = split_sentences(ANSWER)
    reading = read_meaning(_retry(), sentences, set())
    assert reading is not None
    told = {t.point: t.sentence for t in told_apart(_retry(), sentences, reading)}
    ids = [kp.id for kp in _retry().key_points]
    assert told.get(ids.index("exponential-growth")) == 0
    assert told.get(ids.index("jitter-spreads")) == 1
    # one point per sentence, and no sentence tells two
    assert len(set(told.values())) == len(told)


def test_an_echo_of_the_prompt_tells_nothing() -> None:
    echo = [
        "A client should retry failed calls to a model-serving API with exponential backoff"
        " and jitter.",
        "Exponential backoff and jitter are how a client should retry failed calls.",
    ]
    reading = read_meaning(_retry(), echo, set())
    assert reading is not None
    assert told_apart(_retry(), echo, reading) == []


# A dev paraphrase (heldout_newpack30_content.yaml, a held-out of round 30 and dev since)
CLOCK = (
    "For some people the clock is still running when we stop watching: they have not quit yet,"
    " or they moved away and we lost track of them."
)
CENSORED = " ".join(
    (
        "Here we care about how long it takes until something happens, like a subscriber"
        " quitting or a part breaking.",
        CLOCK,
        "All we know is that they lasted at least until we last saw them.",
        "Throwing those people out makes things look worse than they are, because you throw out"
        " exactly the ones who lasted longest.",
        "Counting them as if they quit on the last day we saw them is wrong too, since they never"
        " quit, and it also makes lifetimes look shorter.",
        "The standard tools count such a person as still at risk for as long as we watched them"
        " and then simply stop counting them, without recording a quit.",
        "That only works if losing track of someone has nothing to do with how likely they were"
        " to quit.",
    )
)


def test_a_point_told_apart_counts_in_the_reach_with_its_sentence_as_evidence() -> None:
    # Before, every point sat under the reach threshold: 6 of 100, below its partial answer
    # ("Censoring means we did not see the event for some subjects ...", 39).
    question = load_packs([_PACKS / "newpack30"]).get("tech.np30-survival-censoring")
    score = score_answer(question, Transcript(CENSORED))
    assert score.overall >= 40
    definition = next(k for k in score.key_points if k.id == "definition")
    assert definition.credit > 0
    assert definition.evidence == CLOCK
