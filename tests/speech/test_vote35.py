"""Noisy speech is read three times and the words two readings agree on are kept (round 35,
speech35, ``speech.vote``): pure tests of the vote, and the transcriber's use of it with a
fake model (which audio each reading gets, clean speech read once, captions' guesses once)."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.core.transcript import Word
from simulator.speech import silero, vote
from simulator.speech.asr import WhisperTranscriber


def _words(text: str) -> list[Word]:
    return [Word(w, i * 0.5, i * 0.5 + 0.4) for i, w in enumerate(text.split())]


def _text(words: list[Word]) -> str:
    return " ".join(w.word for w in words)


def test_two_readings_that_agree_replace_the_first() -> None:
    assert _text(vote.agreed(_words("Bye."), _words("No."), _words("no"))) == "No."
    got = vote.agreed(
        _words("Please have the number."),
        _words("Please enter the number."),
        _words("please enter the number"),
    )
    assert _text(got) == "Please enter the number."


def test_readings_that_disagree_leave_the_first() -> None:
    assert _text(vote.agreed(_words("Bye."), _words("No."), _words("Four."))) == "Bye."
    # one reading alone changes nothing
    first = _words("ten of clubs")
    assert vote.agreed(first, _words("ten of gloves"), first) == first


def test_words_left_out_or_added_by_both_other_readings() -> None:
    assert _text(vote.agreed(_words("a b c"), _words("a c"), _words("a c."))) == "a c"
    # never more words: in noise one word is heard as two ("there we go" for "fail again")
    assert _text(vote.agreed(_words("a c"), _words("a b c"), _words("a b c"))) == "a c"
    fail = _words("fail again")
    assert vote.agreed(fail, _words("There we go."), _words("there we go")) == fail


def test_two_of_four_other_readings_agreeing_replace_the_first() -> None:
    """Round 36: four other readings; two saying the same change are enough, unless as many
    say another change of the same stretch (then nothing changes)."""
    first = _words("seven up close")
    clubs = _words("seven of clubs")
    assert _text(vote.agreed(first, clubs, first, clubs, first)) == "seven of clubs"
    gloves = _words("seven of gloves")
    assert vote.agreed(first, clubs, gloves, clubs, gloves) == first
    assert _text(vote.agreed(first, clubs, gloves, clubs, first)) == "seven of clubs"
    assert vote.agreed(first, clubs, gloves, first, first) == first


def test_overlapping_changes_the_better_supported_wins() -> None:
    first = _words("a b c d")
    got = vote.agreed(first, _words("a x c d"), _words("a x c d"), _words("a y d"), first)
    assert _text(got) == "a x c d"


def test_the_replacing_words_keep_their_own_times() -> None:
    second = [Word("matter", 1.0, 1.4)]
    got = vote.agreed(
        [Word("That's", 1.0, 1.2), Word("it.", 1.2, 1.4)], second, [Word("Matter.", 1.01, 1.4)]
    )
    assert got == second


def test_a_shifted_chunk_starts_later_and_keeps_its_other_regions() -> None:
    chunk = silero.Chunk(((1.0, 2.0), (3.0, 4.0)))
    moved = vote.shifted(chunk, 160)
    assert moved.regions == ((1.01, 2.0), (3.0, 4.0))
    samples = np.arange(80_000, dtype=np.float32)
    assert moved.audio(samples)[0] == chunk.audio(samples)[160]


class _Model:
    """Hears "bye" in the first reading and "no" in every other; the first sample of each
    reading's audio is kept. Whisper is unsure of what it heard (``probability``, under
    ``vote.SURE_READING_PROBABILITY``) unless told otherwise: a sure first reading is not voted
    on (test_vote56)."""

    def __init__(self, probability: float = 0.5) -> None:
        self.firsts: list[float] = []
        self.probability = probability

    def transcribe(self, audio: np.ndarray, **options: object) -> tuple[list[object], None]:
        from types import SimpleNamespace

        self.firsts.append(float(audio[0]))
        word = "no" if len(self.firsts) > 1 else "bye"
        heard = SimpleNamespace(word=f" {word}", start=0.1, end=0.5, probability=self.probability)
        return [SimpleNamespace(seek=0, words=[heard], compression_ratio=1.0)], None


def _decode(
    snr_db: float,
    fast: bool = False,
    voted: bool = True,
    seconds: float = 1.0,
    probability: float = 0.5,
) -> tuple[str, list[float]]:
    """A chunk of ``seconds`` of speech decoded with the fake model (its words heard with
    ``probability``): the text kept and the first sample of each reading's audio."""
    model = _Model(probability)
    whisper = WhisperTranscriber()
    whisper._model = model
    chunk = silero.Chunk(((0.0, seconds),))
    speech = silero.SpeechMap(np.ones(int(seconds / 0.032) + 1, np.float32))
    samples = np.arange(int(seconds * 16_000), dtype=np.float32)
    words = whisper._decode(chunk, samples, "", snr_db, fast, 0.0, speech, True, voted=voted)
    return _text(words), model.firsts


def test_noisy_speech_is_read_three_times_from_shifted_starts() -> None:
    text, firsts = _decode(10.0)
    assert firsts == [0.0, *map(float, vote.SHIFTS)]
    assert text == "no"  # the two later readings agreed


def test_clean_speech_and_caption_guesses_are_read_once() -> None:
    assert _decode(40.0) == ("bye", [0.0])
    assert _decode(10.0, fast=True) == ("bye", [0.0])


def test_noisy_speech_not_voted_on_is_read_once() -> None:
    # a live piece longer than a short answer (round 38: a short one is voted on, see
    # test_short_answer_vote38)
    # (the fake's one word leaves most of 3 s unheard: the chunk is decoded again with less
    # prompt, from the same start)
    text, firsts = _decode(10.0, voted=False, seconds=3.0)
    assert text == "bye" and set(firsts) == {0.0}


def _voted_decodes(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each chunk decoded was to be voted on; Silero hears 1 s of speech."""
    from simulator.speech import asr

    seen: list[bool] = []

    def decode(
        self: WhisperTranscriber, *args: object, voted: bool = False, **_: object
    ) -> list[Word]:
        seen.append(voted)
        return []

    speech = silero.SpeechMap(np.ones(40, np.float32))
    monkeypatch.setattr(asr.silero, "listen", lambda samples: ([(0.5, 1.5)], speech))
    monkeypatch.setattr(WhisperTranscriber, "_decode", decode)
    return seen


def test_only_the_stored_transcript_is_voted_on(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Round 36: the vote is for the transcript stored and scored (the whole recording,
    ``transcribe_file``); a live piece (``StreamingSession``, through ``transcribe_array``) is
    read once: decoded while the person speaks, where the vote did not pay for its decodes.
    (Round 38: but a short noisy chunk is voted on in ``_decode`` whoever asks, so that a short
    answer's live and stored transcripts agree: test_short_answer_vote38.)"""
    import soundfile

    from simulator.speech import asr
    from simulator.speech.streaming import StreamingSession

    seen = _voted_decodes(monkeypatch)
    whisper = WhisperTranscriber()
    noisy = np.random.default_rng(0).standard_normal(32_000).astype(np.float32) * 0.1
    whisper.transcribe_array(noisy, snr_db=10.0)
    assert seen == [False]
    session = StreamingSession(whisper, partial_interval_s=None)
    session.feed((noisy * 32767).astype("<i2").tobytes())
    session.finish()
    assert seen and not any(seen)
    seen.clear()
    path = tmp_path / "answer.wav"
    soundfile.write(str(path), noisy, 16_000, subtype="PCM_16")
    whisper.transcribe_file(path)
    monkeypatch.setattr(asr, "get_whisper", lambda model=None: whisper)
    asr.transcribe_file(path)
    assert seen == [True, True]


@pytest.mark.slow
@pytest.mark.parametrize("item", ["cards-3", "h8-privacy-prompt"])
def test_a_noisy_recording_read_again_is_heard_better_than_read_once(item: str) -> None:
    """Real model, real recordings at 10 dB (dev splits): read once, "7 up close." for "seven
    of clubs" and "Leave them to your phone number, ..." for "please enter your phone number,
    ..."; the shifted readings agree on the words said.

    What is checked holds on any machine running tiny.en, whose noisy readings differ in their
    details (round 36: with two other readings one machine read "Leave it to your", round 37:
    the exact text asserted failed elsewhere): the stored transcript (voted) has no more word
    errors than the same recording read once, and at most one. Read once, both recordings
    have two errors or more (here and on rounds 35-36's machines), so the test fails when the
    stored transcript is read once again."""
    from benchmarks import speech_metrics as sm
    from benchmarks.speech_set import BY_ID, clip, default_cache
    from simulator.speech.asr import get_whisper
    from simulator.speech.audiofile import read_audio

    path = clip(BY_ID[item], "noisy", default_cache())
    whisper = get_whisper(None)
    reference = BY_ID[item].reference or ""
    once = whisper.transcribe_array(read_audio(path)[0]).text  # the first reading alone
    stored = whisper.transcribe_file(path).text
    stored_errors = sm.align(reference, stored).errors
    assert stored_errors <= min(1, sm.align(reference, once).errors), (stored, once)
