"""The energy VAD: end of answer only after a long silence, segments for streaming."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.speech.vad import AnswerEnded, EnergyVad, SpeechSegment, level_db, meter_level

RATE = 16_000
rng = np.random.default_rng(7)


def speech(seconds: float, amplitude: float = 0.2) -> np.ndarray:
    """Speech-like: a buzzy tone with a syllable-rate envelope that never drops to silence."""
    t = np.arange(int(RATE * seconds)) / RATE
    envelope = 0.6 + 0.4 * np.abs(np.sin(2 * np.pi * 4 * t))
    return (amplitude * envelope * np.sign(np.sin(2 * np.pi * 150 * t))).astype(np.float32)


def quiet(seconds: float, noise_db: float = -70.0) -> np.ndarray:
    return (10 ** (noise_db / 20) * rng.standard_normal(int(RATE * seconds))).astype(np.float32)


def run(vad: EnergyVad, *parts: np.ndarray, chunk_s: float = 0.064) -> list:
    audio = np.concatenate(parts)
    step = int(RATE * chunk_s)
    events = []
    for i in range(0, audio.size, step):
        events.extend(vad.feed(audio[i : i + step]))
    return events


def test_answer_ends_after_four_seconds_of_silence_following_speech() -> None:
    vad = EnergyVad()
    events = run(vad, quiet(1), speech(3), quiet(5))
    ended = [e for e in events if isinstance(e, AnswerEnded)]
    assert len(ended) == 1
    assert ended[0].at == pytest.approx(1 + 3 + 4, abs=0.15)
    assert ended[0].silence_s == pytest.approx(4.0, abs=0.1)


def test_silence_before_any_speech_is_thinking_time_not_the_end() -> None:
    vad = EnergyVad()
    events = run(vad, quiet(12))
    assert not [e for e in events if isinstance(e, AnswerEnded)]
    assert vad.silence_s == 0.0 and not vad.heard_speech


def test_a_long_thinking_pause_mid_answer_is_not_cut_short() -> None:
    vad = EnergyVad(end_silence_s=4.0)
    events = run(vad, speech(2), quiet(3.8), speech(0.3), quiet(3.8), speech(2), quiet(1))
    assert not [e for e in events if isinstance(e, AnswerEnded)]
    segments = [e for e in events if isinstance(e, SpeechSegment)]
    assert len(segments) == 3


def test_end_silence_is_configurable() -> None:
    events = run(EnergyVad(end_silence_s=1.5), speech(1), quiet(2))
    assert [round(e.at, 1) for e in events if isinstance(e, AnswerEnded)] == [2.5]


def test_segments_follow_pauses_with_padding() -> None:
    vad = EnergyVad(segment_gap_s=0.5)
    events = run(vad, quiet(1), speech(2), quiet(1), speech(1.5), quiet(1))
    segments = [e for e in events if isinstance(e, SpeechSegment)]
    assert len(segments) == 2
    assert segments[0].start == pytest.approx(0.8, abs=0.1)
    assert segments[0].end == pytest.approx(3.2, abs=0.1)
    assert segments[1].start == pytest.approx(3.8, abs=0.1)
    assert segments[1].end == pytest.approx(5.7, abs=0.1)


def test_flush_closes_the_open_segment() -> None:
    vad = EnergyVad()
    run(vad, speech(1.0))
    assert vad.open_segment_start is not None
    (segment,) = vad.flush()
    assert segment.end == pytest.approx(1.0, abs=0.05)
    assert vad.flush() == []


def test_very_long_speech_is_cut_at_a_quiet_moment() -> None:
    vad = EnergyVad(max_segment_s=10.0)
    dip = speech(0.3, amplitude=0.02)  # quieter but still speech
    events = run(vad, speech(8), dip, speech(8), quiet(1))
    segments = [e for e in events if isinstance(e, SpeechSegment)]
    assert len(segments) == 2
    assert all(s.end - s.start <= 10.0 + 1e-6 for s in segments)
    assert 8.0 <= segments[0].end <= 8.3  # inside the dip
    assert segments[1].start == segments[0].end


def test_steady_background_noise_is_not_speech() -> None:
    vad = EnergyVad()
    events = run(vad, quiet(3, noise_db=-38), speech(1, amplitude=0.3), quiet(5, noise_db=-38))
    segments = [e for e in events if isinstance(e, SpeechSegment)]
    assert len(segments) == 1 and segments[0].start > 2.5
    assert [e for e in events if isinstance(e, AnswerEnded)]


def test_clicks_shorter_than_a_syllable_are_ignored() -> None:
    click = speech(0.03, amplitude=0.8)
    events = run(EnergyVad(), quiet(1), click, quiet(6))
    assert events == []


def test_levels() -> None:
    assert level_db(np.zeros(100, np.float32)) == -100.0
    assert level_db(np.ones(100, np.float32)) == pytest.approx(0.0)
    assert meter_level(-100.0) == 0.0 and meter_level(0.0) == 1.0
    assert meter_level(-30.0) == pytest.approx(0.5)


def test_pcm_input_matches_float_input() -> None:
    audio = np.concatenate([speech(1), quiet(1)])
    pcm = (audio * 32767).astype("<i2").tobytes()
    a, b = EnergyVad(), EnergyVad()
    assert [type(e) for e in a.feed(audio)] == [type(e) for e in b.feed_pcm(pcm)]
    assert a.now == b.now


def test_after_a_pause_the_silence_counts_afresh() -> None:
    """A recording paused 3 s into a silence and resumed: the answer does not end 1 s after
    the resume (the person gets the whole 4 s again), and a silence heard just before the
    pause, whose end was not acted on, is counted again too."""
    vad = EnergyVad(end_silence_s=4.0)
    assert not [e for e in run(vad, speech(2), quiet(3.0)) if isinstance(e, AnswerEnded)]
    vad.restart_silence()
    resumed = [e for e in run(vad, quiet(6)) if isinstance(e, AnswerEnded)]
    assert [round(e.at, 1) for e in resumed] == [9.0]  # 4 s after the resume at 5 s
    vad.restart_silence()  # its end was heard while paused and dropped
    again = [e for e in run(vad, quiet(4.5)) if isinstance(e, AnswerEnded)]
    assert [round(e.silence_s, 1) for e in again] == [4.0]


def test_a_restart_before_any_speech_is_still_thinking_time() -> None:
    vad = EnergyVad(end_silence_s=1.0)
    run(vad, quiet(2))
    vad.restart_silence()
    assert not [e for e in run(vad, quiet(3)) if isinstance(e, AnswerEnded)]
