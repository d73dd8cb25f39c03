"""Key points dismissed in forms dismissals.py did not read (issue 9, wrong35): a worry waved
away with a softener ("X isn't *really* a problem"), a verdict against a practice the rubric
prescribes ("X is generally a bad idea", "X is actually harmful"), an appositive between the
practice and "should be avoided", and "there isn't much need for X". Each is charged and named;
"X doesn't really matter", "X matters little", "X makes no difference (to the results)", "X is
a waste of time", "you can safely ignore X", "X is rarely needed", "X doesn't need to be part of
Y". The same words said rightly,
of a case (a relative clause, "for a sensor with no trend", an opening condition), or of
something the rubric does not prescribe, are not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.sensor-forecast
    category: technical
    topic: time-series
    difficulty: 2
    prompt: How would you forecast hourly readings from a noisy industrial sensor?
    time_limit_s: 120
    key_points:
      - id: drift
        label: Sensor drift shifts the readings slowly and must be corrected
        weight: 2
        phrases: [sensor drift]
      - id: detrend
        label: Detrending removes the slow trend before fitting
        weight: 2
        phrases: [detrending]
      - id: lags
        label: Use lag features such as the readings of the last six hours
        weight: 2
        phrases: [lag features]
      - id: backtest
        label: Evaluate with a rolling-origin backtest
        weight: 2
        phrases: [backtest]
    model_answer: >-
      Sensor drift shifts the readings slowly, so I correct it against a reference. Detrending
      removes the slow trend before fitting. I use lag features, such as the readings of the last
      six hours, and I evaluate with a rolling-origin backtest.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "sensor.yaml")
    assert not problems
    return questions[0]


def _contradiction(question: Question, text: str, point: str) -> str | None:
    score = score_answer(question, Transcript(text))
    return next(k.contradiction for k in score.key_points if k.id == point)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Sensor drift isn't really a problem with modern hardware.", "drift"),
        ("Sensor drift is not that much of a concern in practice.", "drift"),
        ("Detrending is generally a bad idea because it removes signal.", "detrend"),
        ("Detrending is actually harmful here since the trend is the signal.", "detrend"),
        (
            "Lag features, like the readings of the last six hours, should be avoided because"
            " they are noisy.",
            "lags",
        ),
        ("Honestly, there isn't much need for a backtest once the model fits well.", "backtest"),
        ("Sensor drift doesn't really matter for hourly data.", "drift"),
        ("Detrending matters very little.", "detrend"),
        ("Detrending makes no difference to the results.", "detrend"),
        ("A backtest is a waste of time here.", "backtest"),
        ("You can safely ignore sensor drift.", "drift"),
        ("Sensor drift can safely be ignored.", "drift"),
        ("Detrending is rarely needed.", "detrend"),
        ("A backtest doesn't need to be part of the evaluation.", "backtest"),
    ],
)
def test_dismissed_point_is_charged(question: Question, text: str, point: str) -> None:
    assert _contradiction(question, text, point) is not None


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # the same practice said rightly
        ("Sensor drift is a real problem, so I correct it against a reference.", "drift"),
        ("Detrending is generally a good idea before fitting.", "detrend"),
        # a verdict inside a relative clause describes a case, it advises nothing
        ("I flag the hours where lag features from a dead sensor are harmful.", "lags"),
        # the verdict is about using the thing in a way the rubric does not prescribe
        ("Using lag features from the future is a bad idea.", "lags"),
        # a difference denied for a case, not for the outcome
        ("Detrending makes no difference for a sensor with no trend.", "detrend"),
        ("What matters is whether sensor drift is corrected.", "drift"),
        ("If the sensor is new, sensor drift doesn't really matter.", "drift"),
        # the action after "to be" is what is not needed, not the subject
        ("Lag features do not need to be scaled for a tree model.", "lags"),
        # the verdict denied by its subject
        ("No backtest can be skipped, and a backtest is always needed.", "backtest"),
        # "it is a bad idea to X" is a warning frame (stance.py): a mistake warned against
        ("It is a bad idea to use lag features from the future.", "lags"),
        # a bad idea that is no practice of the rubric
        ("Shuffling the hours is a bad idea, so I keep the backtest in time order.", "backtest"),
    ],
)
def test_the_same_words_said_rightly_are_not_charged(
    question: Question, text: str, point: str
) -> None:
    assert _contradiction(question, text, point) is None


def test_the_charge_names_the_dismissed_practice(question: Question) -> None:
    got = _contradiction(question, "Detrending is usually a bad idea.", "detrend")
    assert got == '"detrending" is called a bad choice'
