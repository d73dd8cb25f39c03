"""The question answered travels with the audio to the transcriber (session core -> speech)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.speech_topic import SpeechTopic, topic_of
from simulator.core.transcript import Transcript, Word
from tests.core.session_kit import Harness


def spoken(text: str) -> Transcript:
    words = tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(text.split()))
    return Transcript(text, words, "fake", "fake", 10.0)


def test_the_topic_holds_the_question_and_its_key_phrases_heaviest_first(tmp_path: Path) -> None:
    question = Harness(tmp_path).q("tech.overfit")
    topic = topic_of(question)
    assert topic.question == question.prompt
    heaviest = max(question.key_points, key=lambda p: p.weight)
    assert topic.terms[: len(heaviest.phrases)] == tuple(heaviest.phrases)
    assert len({t.casefold() for t in topic.terms}) == len(topic.terms)
    assert topic_of(question, "How would you detect it in practice?").question.startswith("How")


def test_a_spoken_answer_and_its_whole_recording_are_transcribed_with_its_question(
    tmp_path: Path,
) -> None:
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    audio = h.speech.started[0]
    h.speech.whole[audio.name] = spoken("overfitting memorizes noise in the training set")
    h.session.recording_started()
    h.session.primary()
    h.session.transcribed(spoken("overfitting memorizes noise"))
    expected = topic_of(h.q("tech.overfit"))
    assert h.speech.topics == [expected, expected]  # the live recording, then the whole file
    assert isinstance(expected, SpeechTopic) and "overfitting" in expected.question
