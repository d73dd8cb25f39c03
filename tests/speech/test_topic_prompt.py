"""The question's words as Whisper's prompt (speech.prompting), and no prompt word in silence."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core.speech_topic import SpeechTopic
from simulator.speech import prompting
from simulator.speech.asr import get_whisper

XGBOOST = SpeechTopic(
    "What does XGBoost add on top of classic gradient boosting?",
    ("regularized objective", "leaf weights", "second order", "hessian", "L2", "k-means"),
)


def test_the_questions_unusual_words_then_the_rubrics_terms_unusual_first() -> None:
    topic = SpeechTopic(
        "Explain k-means. What is ROC?",
        ("cluster", "silhouette coefficient", "k-means", "ReLU", "the cluster"),
    )
    # the question's own words first (not its capitalised first words), then the terms by
    # how unusual their spelling is; a term adding no new word is left out
    assert prompting.topic_terms(topic) == [
        "k-means", "ROC", "ReLU", "silhouette coefficient", "cluster"
    ]  # fmt: skip
    assert sum(len(t) + 2 for t in prompting.topic_terms(XGBOOST, budget=20)) <= 20


def test_the_prompt_lists_terms_then_the_filler_prompt_then_the_context() -> None:
    prompt = prompting.initial_prompt(XGBOOST, "Umm, uh.", "said before")
    assert prompt is not None
    assert prompt.startswith("XGBoost, ") and prompt.endswith(". Umm, uh. said before")
    assert "What does" not in prompt  # asked a question, Whisper would hear a reply
    assert "hessian" in prompt and "L2" in prompt
    assert prompting.initial_prompt(XGBOOST, None) == prompt.removesuffix(" Umm, uh. said before")
    assert prompting.initial_prompt(None, None) is None


@pytest.mark.slow
def test_the_filler_prompt_reaches_a_long_answer_in_noise_and_a_short_one_only_when_clean() -> None:
    # a 10 dB answer is estimated at 8 to 15 dB; fillers are said in longer answers, and a
    # short noisy answer is where the prompt made words up
    assert prompting.filler_prompt_helps(30.0, short=True)
    assert prompting.filler_prompt_helps(30.0, short=False)
    assert not prompting.filler_prompt_helps(12.0, short=True)
    assert prompting.filler_prompt_helps(12.0, short=False)
    assert not prompting.filler_prompt_helps(3.0, short=False)


def test_silence_and_noise_with_a_domain_prompt_give_no_words() -> None:
    """Whisper given the question may 'hear' its words in silence or noise: none may come out."""
    rng = np.random.default_rng(7)
    room = rng.standard_normal(5 * 16_000).astype(np.float32) * 10 ** (-70 / 20)
    hiss = rng.standard_normal(5 * 16_000).astype(np.float32) * 0.05
    # noise that comes and goes, like breath or a fan turning
    bursts = hiss * np.repeat(rng.random(50) > 0.5, 1_600).astype(np.float32) * 4
    whisper = get_whisper(None)
    for samples in (room, hiss, bursts):
        for snr in (None, 40.0):  # as measured, and as if clean (the filler prompt given too)
            assert whisper.transcribe_array(samples, topic=XGBOOST, snr_db=snr).text == ""


@pytest.mark.slow
def test_an_unrelated_question_s_terms_add_no_words_to_a_read_sentence() -> None:
    """Told XGBoost's terms, Whisper ended a read sentence with "Thank you very much.", four
    words squeezed into 40 ms (benchmarks/real_speech.py --topic tech.xgboost, item
    austen-920, file and live path alike)."""
    from benchmarks import speech_metrics as sm
    from benchmarks.speech_set import BY_ID, clip, default_cache
    from simulator.bank import load_bank
    from simulator.core.speech_topic import topic_of

    item = BY_ID["austen-920"]
    topic = topic_of(load_bank().questions["tech.xgboost"])
    path = clip(item, "clean", default_cache())
    text = get_whisper(None).transcribe_file(path, topic=topic).text
    alignment = sm.align(item.reference or "", text)
    assert alignment.edge_insertions == 0 and alignment.errors == 0, text
