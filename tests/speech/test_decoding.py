"""What is kept of Whisper's output (no model needed) and how speech regions become chunks."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from simulator.core.transcript import Word
from simulator.speech import decoding, silero
from simulator.speech.decoding import Heard


def heard(*items: tuple[str, float, float, float]) -> list[Heard]:
    return [Heard(Word(w, s, e), p) for w, s, e, p in items]


def test_a_zero_length_word_at_the_end_and_an_outro_are_dropped() -> None:
    words = heard(
        ("Better.", 0.0, 0.5, 0.5),
        ("Thank", 0.5, 0.9, 0.8),
        ("you", 0.9, 1.0, 0.9),
        ("for", 1.0, 1.1, 0.9),
        ("watching.", 1.1, 1.1, 0.9),
    )
    assert [w.word for w in decoding.keep(words)] == ["Better."]
    assert [w.word for w in decoding.keep(words[:3] + heard(("you.", 1.0, 1.0, 0.9)))] == [
        "Better.",
        "Thank",
        "you",
    ]


def test_a_tail_squeezed_into_no_time_is_dropped_wherever_its_words_are_sure() -> None:
    """Told an unrelated question's terms, Whisper ended a read sentence with "Thank you very
    much.": four words in 40 ms, two of them sure (0.98, 0.99), the last 0.04 s long."""
    said = heard(("than", 6.42, 6.76, 1.0), ("he", 6.76, 6.92, 0.99), ("was.", 6.92, 7.24, 1.0))
    tail = heard(
        ("Thank", 7.24, 7.24, 0.0),
        ("you", 7.24, 7.24, 0.98),
        ("very", 7.24, 7.24, 0.15),
        ("much.", 7.24, 7.28, 0.99),
    )
    assert [w.word for w in decoding.keep(said + tail)] == ["than", "he", "was."]
    head = heard(("So", 0.0, 0.03, 0.5), ("I", 0.03, 0.06, 0.9))
    assert [w.word for w in decoding.keep(head + said)] == ["than", "he", "was."]
    # quick words that were said keep their time: "I, I," and "a" in fast speech
    fast = heard(("so", 0.0, 0.1, 0.9), ("I,", 0.1, 0.16, 0.8), ("I,", 0.16, 0.24, 0.8))
    assert len(decoding.keep(fast)) == 3
    assert len(decoding.keep(heard(("a", 0.0, 0.06, 0.9), ("cat.", 0.06, 0.3, 0.9)))) == 2


def test_a_one_word_answer_said_unclearly_is_still_kept() -> None:
    assert [w.word for w in decoding.keep(heard(("No.", 0.2, 0.5, 0.12)))] == ["No."]
    tail = heard(("Fine.", 0.0, 0.4, 0.9), ("So", 0.5, 0.7, 0.05), ("we", 0.7, 0.8, 0.5))
    assert [w.word for w in decoding.keep(tail)] == ["Fine."]


def test_a_long_answer_s_unsure_last_words_with_speech_under_them_are_kept() -> None:
    """At 10 dB a read sentence ended "... have eaten our phone system." with "phone" 0.17 and
    "system." 0.14, each over 0.3 s of speech: the unsure-tail rule dropped both. A tail made up
    in the quiet after the answer ("Thank" stamped with no time, "you." on the last frames of
    the speech) is still dropped."""
    frame_s = silero.VAD_FRAME / silero.SAMPLE_RATE
    speech = silero.SpeechMap(
        np.array([1.0] * int(3.0 / frame_s) + [0.0] * int(2.0 / frame_s), np.float32)
    )
    said = heard(
        ("Weasels", 0.2, 0.8, 0.6),
        ("have", 0.8, 1.0, 0.94),
        ("eaten", 1.0, 1.4, 0.96),
        ("our", 1.4, 1.8, 0.98),
    )
    last = heard(("phone", 1.8, 2.3, 0.17), ("system.", 2.3, 2.9, 0.14))
    assert [w.word for w in decoding.keep(said + last, speech)] == [
        "Weasels",
        "have",
        "eaten",
        "our",
        "phone",
        "system.",
    ]
    made_up = heard(("Thank", 2.9, 2.9, 0.02), ("you.", 2.9, 3.05, 0.98))
    kept = decoding.keep(said + last + made_up, speech)
    assert [w.word for w in kept][-2:] == ["phone", "system."]
    # a word lying in the quiet after the speech has none of its own
    after = heard(("so", 3.1, 3.5, 0.05))
    assert [w.word for w in decoding.keep(said + after, speech)] == [h.word.word for h in said]
    # a short answer keeps its own rules: "fiftieth" heard as "50 years" ("years" 0.2, with
    # speech under it) stays one word
    fifty = heard(("50", 0.2, 0.86, 0.41), ("years", 0.86, 1.3, 0.2))
    assert [w.word for w in decoding.keep(fifty, speech, short=True)] == ["50"]
    # with no speech map, as before
    assert [w.word for w in decoding.keep(said + last)] == [h.word.word for h in said]


def test_an_unsure_tail_that_starts_a_sentence_after_the_answer_is_dropped() -> None:
    """A made-up "Thank" after the answer's last sentence had 0.2 s or more of speech under it
    (the live path, speech33's held-out split) and was kept as a said last word. A tail that
    goes on with the sentence keeps its words; one that starts a sentence of its own after
    the last one ended is dropped whatever the speech under it (speech33b)."""
    frame_s = silero.VAD_FRAME / silero.SAMPLE_RATE
    speech = silero.SpeechMap(np.array([1.0] * int(4.0 / frame_s), np.float32))
    said = heard(
        ("To", 0.2, 0.4, 0.9),
        ("increase", 0.4, 0.9, 0.9),
        ("the", 0.9, 1.1, 0.95),
        ("volume", 1.1, 1.6, 0.9),
        ("to", 1.6, 1.8, 0.9),
        ("other", 1.8, 2.1, 0.9),
        ("participants.", 2.1, 2.9, 0.8),
    )
    made_up = heard(("Thank", 2.9, 3.3, 0.03))
    assert [w.word for w in decoding.keep(said + made_up, speech)] == [h.word.word for h in said]
    made_up = heard(("Thank", 2.9, 3.3, 0.03), ("you.", 3.3, 3.6, 0.98))
    assert [w.word for w in decoding.keep(said + made_up, speech)] == [h.word.word for h in said]
    # a question mark ends a sentence too; a comma does not
    asked = said[:-1] + heard(("participants?", 2.1, 2.9, 0.8))
    assert len(decoding.keep(asked + heard(("Okay.", 2.9, 3.3, 0.05)), speech)) == len(said)
    going_on = said[:-1] + heard(("participants,", 2.1, 2.9, 0.8), ("please.", 2.9, 3.3, 0.05))
    assert len(decoding.keep(going_on, speech)) == len(said) + 1


def test_a_short_answer_keeps_an_unsure_word_when_sure_words_with_speech_follow() -> None:
    """At 10 dB "Mary rolled the barrel." was kept as "Mary": "rolled" (0.04) started an
    unsure tail though "the" (0.86) and "barrel." (0.95) were sure and every word had speech of
    its own (0.19-0.29 s). An unsure last word alone ("9 pin" for nineteenth), or sure words
    after it with (almost) no speech ("Thank you" made up after a word), stay dropped."""
    frame_s = silero.VAD_FRAME / silero.SAMPLE_RATE
    speech = silero.SpeechMap(
        np.array([0.0] * 40 + [1.0] * int(1.1 / frame_s) + [0.0] * 60, np.float32)
    )
    start = 40 * frame_s
    mary = heard(
        ("Mary", start, start + 0.3, 0.9),
        ("rolled", start + 0.3, start + 0.6, 0.04),
        ("the", start + 0.6, start + 0.8, 0.86),
        ("barrel.", start + 0.8, start + 1.1, 0.95),
    )
    assert [w.word for w in decoding.keep(mary, speech, short=True)] == [
        "Mary",
        "rolled",
        "the",
        "barrel.",
    ]
    nine = heard(("9", start, start + 0.6, 0.6), ("pin", start + 0.6, start + 1.0, 0.04))
    assert [w.word for w in decoding.keep(nine, speech, short=True)] == ["9"]
    # the sure words must be sure: "did you?" after "math" (0.04, 0.64) had "you?" on 0.13 s
    thin = mary[:2] + heard(("you", start + 0.6, start + 0.7, 0.9))
    assert [w.word for w in decoding.keep(thin, speech, short=True)] == ["Mary"]
    # no sure word after the unsure one: dropped ("No more math signals." at 0.20 / 0.11).
    # Round 37: one sure word among two or more after it is enough when each has speech of its
    # own ("Press star to cancel.", "to" 0.93, "cancel." 0.46: decoding._said_phrase)
    unsure = heard(
        ("Mary", start, start + 0.3, 0.9),
        ("rolled", start + 0.3, start + 0.6, 0.04),
        ("the", start + 0.6, start + 0.8, 0.3),
        ("barrel.", start + 0.8, start + 1.1, 0.3),
    )
    assert [w.word for w in decoding.keep(unsure, speech, short=True)] == ["Mary"]
    one_sure = mary[:3] + heard(("barrel.", start + 0.8, start + 1.1, 0.3))
    assert len(decoding.keep(one_sure, speech, short=True)) == 4


def test_regions_are_packed_into_chunks_with_long_silences_cut() -> None:
    chunks = silero.chunks([(0.0, 2.0), (10.0, 12.0), (13.0, 40.0)], max_chunk_s=25.0)
    assert chunks[0].regions == ((0.0, 2.0), (9.7, 12.0))  # 8 s of silence cut to 0.3 s
    assert chunks[0].to_original(2.1) == pytest.approx(9.8)
    assert len(chunks) == 2 and chunks[1].regions == ((13.0, 40.0),)


def test_a_long_stretch_silero_cut_stays_cut_so_no_chunk_outgrows_whisper_s_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Silero cuts speech longer than ``MAX_CHUNK_S`` and pads both parts until they touch; they
    were joined again into one 34.7 s region, and Whisper lost its first 9 s ("So, zero." for
    two sentences: ``benchmarks/voice_interview.py``, every run)."""
    import numpy as np

    rate = silero.SAMPLE_RATE
    stamps = [  # as faster-whisper returns them for a 35 s answer without a long pause
        {"start": 0, "end": int(15.0 * rate)},
        {"start": int(15.0 * rate), "end": int(34.7 * rate)},
        {"start": int(34.7 * rate), "end": int(34.9 * rate)},  # short: joined to the one before
    ]
    monkeypatch.setattr(silero, "speech_stretches", lambda *a, **k: stamps)
    monkeypatch.setattr(silero, "silero_pass", lambda samples: silero.SileroPass(*[samples] * 2))
    regions = silero.speech_regions(np.zeros(35 * rate, np.float32))
    assert regions == [(0.0, 15.0), (15.0, 34.9)]
    overlapping = [
        {"start": 0, "end": int(15.3 * rate)},
        {"start": int(14.7 * rate), "end": int(34.0 * rate)},
    ]
    monkeypatch.setattr(silero, "speech_stretches", lambda *a, **k: overlapping)
    regions = silero.speech_regions(np.zeros(35 * rate, np.float32))
    assert regions == [(0.0, pytest.approx(15.0)), (pytest.approx(15.0), 34.0)]
    assert all(c.duration_s <= silero.MAX_CHUNK_S for c in silero.chunks(regions))


def test_one_silero_pass_gives_exactly_what_faster_whisper_and_a_second_pass_gave(
    speak: Any,
) -> None:
    """``silero.listen`` runs Silero once, in 8 s batches, for both the regions and the map;
    they are faster-whisper's own regions and the old map's probabilities, bit for bit (a
    recording of whole frames included, where the library pads a whole frame)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps, get_vad_model

    from simulator.speech.audiofile import read_audio

    samples, _ = read_audio(speak("Ever tried. Ever failed. No matter. Try again. " * 3))
    samples = np.concatenate([samples, samples])  # 27 s: four batches
    noisy = samples + np.random.default_rng(1).normal(0, 0.02, samples.size).astype(np.float32)
    options = VadOptions(
        threshold=silero.THRESHOLD,
        min_speech_duration_ms=silero.MIN_SPEECH_MS,
        min_silence_duration_ms=silero.MIN_SILENCE_MS,
        speech_pad_ms=silero.SPEECH_PAD_MS,
        max_speech_duration_s=silero.MAX_CHUNK_S,
    )
    whole_frames = noisy[: noisy.size // 512 * 512]
    assert noisy.size % 512 and noisy.size > 2 * silero.BATCH_FRAMES * 512  # several batches
    for audio in (noisy, whole_frames):
        heard = silero.silero_pass(audio)
        stretches = silero.speech_stretches(
            heard.padded,
            audio.size,
            threshold=silero.THRESHOLD,
            min_speech_ms=silero.MIN_SPEECH_MS,
            max_speech_s=silero.MAX_CHUNK_S,
            min_silence_ms=silero.MIN_SILENCE_MS,
            speech_pad_ms=silero.SPEECH_PAD_MS,
        )
        assert len(stretches) >= 2  # one cut at MAX_CHUNK_S among them
        assert stretches == get_speech_timestamps(audio, options, sampling_rate=16_000)
        second_pass = get_vad_model()(np.pad(audio, (0, -audio.size % 512))).reshape(-1)
        regions, speech = silero.listen(audio)
        assert np.array_equal(speech.probabilities, second_pass)
        assert regions == silero.speech_regions(audio)


def test_memory_is_handed_back_after_each_decoding_window_before_the_next() -> None:
    """faster-whisper decodes a 30 s window, then yields its segments one by one: the hook runs
    once per window, as its first segment arrives (before the next window is decoded)."""
    from types import SimpleNamespace

    events: list[str] = []

    def segments():  # type: ignore[no-untyped-def]
        for seek, texts in ((0, ["one", "two"]), (1500, ["three"])):
            events.append(f"decoded window {seek}")
            for text in texts:
                word = SimpleNamespace(word=f" {text}", start=0.0, end=0.5, probability=0.9)
                yield SimpleNamespace(seek=seek, words=[word], compression_ratio=1.0)

    heard_words, looped = decoding.collect(
        segments(), lambda t: t, lambda: events.append("handed back")
    )
    assert [h.word.word for h in heard_words] == ["one", "two", "three"] and not looped
    assert events == ["decoded window 0", "handed back", "decoded window 1500", "handed back"]


def test_the_words_after_the_context_are_those_mostly_after_it() -> None:
    words = [Word("so", 0.0, 0.4), Word("I'd", 0.8, 1.3), Word("start", 1.1, 1.5)]
    # "I'd" straddles 1.0 s with most of it after: it is the piece's, not the context's
    assert [w.word for w in decoding.after(words, 1.0)] == ["I'd", "start"]
    assert decoding.after(words, 2.0) == []


def _segment(text: str, start: float, ratio: float = 1.0) -> object:
    from types import SimpleNamespace

    words = [
        SimpleNamespace(
            word=f" {w}", start=start + i * 0.4, end=start + i * 0.4 + 0.3, probability=0.9
        )
        for i, w in enumerate(text.split())
    ]
    return SimpleNamespace(seek=0, words=words, compression_ratio=ratio)


def test_a_looping_segment_loses_its_words_and_the_others_keep_theirs() -> None:
    """A loop in a window's tail ('and I'll see you in the next video' over and over) once
    threw away the 20 s of real speech decoded before it."""
    loop = "and I'll see you in the next video " * 6
    heard, looped = decoding.collect(
        [_segment("the expected prediction", 0.0), _segment(loop, 2.0, ratio=3.5)], lambda t: t
    )
    assert looped and [h.word.word for h in heard] == ["the", "expected", "prediction"]
    # a text repetitive as a whole, though no one segment says so, gives nothing
    heard, looped = decoding.collect([_segment("I think uh " * 8, 0.0)], lambda t: t)
    assert looped and heard == []


def test_a_chunk_that_loops_is_decoded_again_with_less_prompt_and_the_most_words_win() -> None:
    import numpy as np

    from simulator.core.speech_topic import SpeechTopic
    from simulator.speech import silero
    from simulator.speech.asr import WhisperTranscriber

    prompts: list[str | None] = []

    class Model:
        def transcribe(self, audio: object, **options: object) -> tuple[list[object], None]:
            prompts.append(options["initial_prompt"])  # type: ignore[arg-type]
            if len(prompts) < 3:  # a prompted decode loops after its first words
                return [_segment("the exact", 0.0), _segment("thank you " * 9, 1.0, 3.5)], None
            return [_segment("the exact computation is exponential", 0.0)], None

    whisper = WhisperTranscriber()
    whisper._model = Model()
    chunk = silero.Chunk(((0.0, 3.0),))
    samples = np.zeros(3 * 16_000, np.float32)
    speech = silero.SpeechMap(np.ones(100, np.float32))
    topic = SpeechTopic("How do SHAP values work?", ("KernelSHAP",))
    words = whisper._decode(chunk, samples, "said before", 40.0, False, 0.0, speech, True, topic)
    assert [w.word for w in words] == ["the", "exact", "computation", "is", "exponential"]
    assert prompts[0] is not None and prompts[0].startswith("SHAP, KernelSHAP.")
    assert prompts[1:] == ["said before", None]  # the text before only, then no prompt
    prompts.clear()
    short = silero.Chunk(((0.0, 1.0),))  # a short answer: no topic (it invents replies)
    whisper._decode(short, samples, "", 10.0, False, 0.0, speech, True, topic)
    assert prompts[0] is None


def test_speech_no_word_covers_is_measured_and_a_stretched_word_covers_little() -> None:
    speech = silero.SpeechMap(np.ones(600, np.float32))  # 19.2 s of speech
    words = [Word("struggling", 8.0, 8.3), Word("with", 8.3, 16.8), Word("code", 16.8, 17.0)]
    assert decoding.unheard_s(words, speech, 0.0, 7.9, 17.0) == pytest.approx(6.98, abs=0.1)
    said = [Word(w, 1.0 + i * 0.4, 1.3 + i * 0.4) for i, w in enumerate("abcde")]
    assert decoding.unheard_s(said, speech, 0.0, 1.0, 3.0) < decoding.UNHEARD_SPEECH_S
    quiet = silero.SpeechMap(np.zeros(400, np.float32))  # a long pause is not a jump
    assert decoding.unheard_s(words, quiet, 0.0, 0.0, 12.0) == 0.0


def test_a_chunk_whose_words_jump_over_speech_is_decoded_again_and_the_most_words_win() -> None:
    """The filler prompt made tiny.en jump from 'struggling with' at 8 s to 'code production' at
    17 s of a recorded story, one word stretched over the 25 words between (stored and scored
    without them: the answer's task was lost and its score fell 59 -> 41)."""
    from types import SimpleNamespace

    from simulator.speech.asr import WhisperTranscriber

    def said(text: str, start: float, step: float = 0.4) -> list[object]:
        return [
            SimpleNamespace(
                word=f" {w}", start=start + i * step, end=start + i * step + 0.3, probability=0.9
            )
            for i, w in enumerate(text.split())
        ]

    prompts: list[str | None] = []

    class Model:
        def transcribe(self, audio: object, **options: object) -> tuple[list[object], None]:
            prompts.append(options["initial_prompt"])  # type: ignore[arg-type]
            if len(prompts) == 1:
                jump = [
                    *said("he was struggling", 0.0),
                    SimpleNamespace(word=" with", start=1.2, end=9.0, probability=0.5),
                    *said("code production", 9.0),
                ]
                return [SimpleNamespace(seek=0, words=jump, compression_ratio=1.2)], None
            words = said(
                "he was struggling with code reviews my task was to help him ship his"
                " first model to production",
                0.0,
                0.4,
            )
            return [SimpleNamespace(seek=0, words=words, compression_ratio=1.3)], None

    whisper = WhisperTranscriber()
    whisper._model = Model()
    chunk = silero.Chunk(((0.0, 10.0),))
    samples = np.zeros(10 * 16_000, np.float32)
    speech = silero.SpeechMap(np.ones(320, np.float32))
    words = whisper._decode(chunk, samples, "", 40.0, False, 0.0, speech, True)  # clean speech
    assert len(prompts) == 2 and prompts[1] is None
    assert " ".join(w.word for w in words).startswith("he was struggling with code reviews my task")


def test_in_noise_the_beam_search_favours_the_shorter_reading() -> None:
    """At 10 dB Whisper hears one word as two ("That's it." for "matter", "the oldest boast."
    for "ill disposed"): below ``NOISY_SNR_DB`` the chunk is decoded with a length penalty
    under 1; clean speech keeps Whisper's own plain average (1)."""
    from simulator.speech import chunk_decoder
    from simulator.speech.asr import WhisperTranscriber

    penalties: list[object] = []

    class Model:
        def transcribe(self, audio: object, **options: object) -> tuple[list[object], None]:
            penalties.append(options["length_penalty"])
            return [_segment("fail again", 0.0)], None

    whisper = WhisperTranscriber()
    whisper._model = Model()
    chunk = silero.Chunk(((0.0, 1.0),))
    samples = np.zeros(16_000, np.float32)
    speech = silero.SpeechMap(np.ones(40, np.float32))
    for snr_db in (10.0, 40.0):
        words = whisper._decode(chunk, samples, "", snr_db, False, 0.0, speech, True, voted=True)
        assert [w.word for w in words] == ["fail", "again"]
    # (the noisy chunk's reading is one Whisper is sure of, so it is not voted on and read once,
    # speech.vote.sure; a clean short answer of two words is decoded a second time without the
    # filler prompt: with the same penalty)
    noisy = 1
    assert set(penalties[:noisy]) == {chunk_decoder.NOISY_LENGTH_PENALTY}
    assert set(penalties[noisy:]) == {1.0}
    assert chunk_decoder.NOISY_LENGTH_PENALTY < 1.0 and chunk_decoder.NOISY_SNR_DB == 20.0


def test_in_noise_a_long_chunk_is_decoded_without_timestamp_tokens() -> None:
    """At 10 dB a sentence's last words were lost with timestamp tokens ("... from other" for
    "... from other participants"): below ``NOISY_SNR_DB`` a chunk with more than
    ``SHORT_ANSWER_SPEECH_S`` of speech is decoded without them; a short answer (a noisy "ever"
    came out as nothing without them) and clean speech keep them."""
    from simulator.speech import decoding
    from simulator.speech.asr import WhisperTranscriber

    asked: dict[tuple[float, float], set[object]] = {}
    now: list[tuple[float, float]] = []

    class Model:
        def transcribe(self, audio: object, **options: object) -> tuple[list[object], None]:
            asked.setdefault(now[-1], set()).add(options["without_timestamps"])
            return [_segment("fail again", 0.0)], None

    whisper = WhisperTranscriber()
    whisper._model = Model()
    assert decoding.SHORT_ANSWER_SPEECH_S < 4.0
    for seconds in (1.0, 4.0):
        chunk = silero.Chunk(((0.0, seconds),))
        samples = np.zeros(int(seconds * 16_000), np.float32)
        speech = silero.SpeechMap(np.ones(int(seconds / 0.03) + 1, np.float32))
        for snr_db in (10.0, 40.0):
            now.append((seconds, snr_db))
            whisper._decode(chunk, samples, "", snr_db, False, 0.0, speech, True)
    assert asked == {(1.0, 10.0): {False}, (1.0, 40.0): {False}, (4.0, 10.0): {True},
                     (4.0, 40.0): {False}}  # fmt: skip


def test_a_stop_alone_is_no_word_ux50() -> None:
    """A spoken story was stored as "... before the holiday season. . First, I audited ...":
    Whisper gave the chunk's last "." as a token of its own (0.24 s), kept as a word
    (walkthrough 50). A stop, comma or mark alone ends the word before (its times kept), or
    goes when that word has its own."""
    from types import SimpleNamespace

    def token(text: str, start: float, end: float) -> SimpleNamespace:
        return SimpleNamespace(word=f" {text}", start=start, end=end, probability=0.9)

    words = [token("the", 0.0, 0.3), token("season.", 0.3, 0.9), token(".", 0.9, 1.1),
             token("First", 1.2, 1.5), token(",", 1.5, 1.6), token("I", 1.7, 1.8),
             token("?", 1.8, 1.9)]  # fmt: skip
    heard, _ = decoding.collect(
        [SimpleNamespace(seek=0, words=words, compression_ratio=1.0)], lambda t: t
    )
    said = [(h.word.word, h.word.start, h.word.end) for h in heard]
    assert said == [("the", 0.0, 0.3), ("season.", 0.3, 0.9), ("First,", 1.2, 1.5),
                    ("I?", 1.7, 1.8)]  # fmt: skip
    alone, _ = decoding.collect(
        [SimpleNamespace(seek=0, words=[token(".", 0.0, 0.2)], compression_ratio=1.0)],
        lambda t: t,
    )
    assert alone == []
