"""Words the recogniser was unsure of: kept in the stored transcript, shown as heard unclearly
on the Review page and the scorecard (issue 8, speech39)."""

from __future__ import annotations

from types import SimpleNamespace

from simulator.core.review import _marked_words
from simulator.core.scorecard import answer_view
from simulator.core.scorecard.model import MAX_UNSURE_LISTED, AnswerPart
from simulator.core.storage_records import AnswerRecord
from simulator.core.transcript import UNSURE_WORD_PROBABILITY, Transcript, Word
from simulator.speech import decoding

SURE, UNSURE = 0.9, UNSURE_WORD_PROBABILITY / 2


def _spoken(*heard: tuple[str, float | None]) -> Transcript:
    words = tuple(Word(w, i * 0.5, i * 0.5 + 0.4, p) for i, (w, p) in enumerate(heard))
    return Transcript(" ".join(w for w, _ in heard), words, "whisper", "tiny.en", 3.0)


def _record(transcript: Transcript | None, text: str = "") -> AnswerRecord:
    mode = "spoken" if transcript is not None else "typed"
    text = transcript.text if transcript is not None else text
    stored = transcript.to_dict() if transcript is not None else None
    return AnswerRecord(1, 1, "tech.overfit", 0, mode, text, transcript=stored)


def test_a_words_probability_is_stored_and_read_back() -> None:
    transcript = _spoken(("Gradient", SURE), ("boosting.", UNSURE))
    again = Transcript.from_dict(transcript.to_dict())
    assert again == transcript
    assert [w.unsure for w in again.words] == [False, True]


def test_a_transcript_without_probabilities_is_stored_as_before() -> None:
    """Typed answers, other engines and transcripts stored before round 39 have none: their
    stored form has no probability key, and an old one reads back with None (never unsure)."""
    old = {"text": "yes", "words": [{"word": "yes", "start": 0.1, "end": 0.4}]}
    transcript = Transcript.from_dict(old)
    assert transcript.words[0].probability is None and not transcript.words[0].unsure
    assert transcript.to_dict()["words"] == old["words"]
    # a damaged value is no probability, not a crash or an unsure word
    for bad in ("high", 7.0, -1, [0.2]):
        word = {"word": "yes", "start": 0.1, "end": 0.4, "probability": bad}
        assert Transcript.from_dict({"text": "yes", "words": [word]}).words[0].probability is None


def test_the_decoder_keeps_each_words_probability_the_least_sure_piece_for_a_joined_word() -> None:
    pieces = [
        SimpleNamespace(word=" ill", start=0.0, end=0.3, probability=0.8),
        SimpleNamespace(word="-disposed", start=0.3, end=0.9, probability=0.2),
        SimpleNamespace(word=" man", start=1.0, end=1.4, probability=0.95),
    ]
    segment = SimpleNamespace(seek=0, words=pieces, compression_ratio=1.0)
    heard, _ = decoding.collect([segment], lambda t: t)
    assert [(h.word.word, h.word.probability) for h in heard] == [
        ("ill-disposed", 0.2),
        ("man", 0.95),
    ]
    kept = decoding.keep(heard)
    assert [w.probability for w in kept] == [0.2, 0.95]


def test_review_marks_unsure_words_and_nothing_in_a_typed_answer() -> None:
    transcript = _spoken(("I", SURE), ("used", SURE), ("XGBoost.", UNSURE))
    words = _marked_words(_record(transcript), [])
    assert [w.text for w in words if w.unsure] == ["XGBoost."]
    typed = _marked_words(_record(None, "I used XGBoost."), [])
    assert not any(w.unsure for w in typed)


def test_the_scorecard_lists_the_unsure_words_under_the_answer() -> None:
    transcript = _spoken(("No", UNSURE), ("matter,", SURE), ("try", UNSURE))
    view = answer_view(_record(transcript), None)
    (part,) = view.parts
    assert part.unsure == ("No", "matter,", "try")[::2]
    assert "Heard unclearly" in part.unsure_note and "“No”, “try”" in part.unsure_note
    # all sure, typed, or no probabilities: nothing said
    assert answer_view(_record(_spoken(("yes", SURE))), None).parts[0].unsure_note == ""
    assert answer_view(_record(None, "yes"), None).parts[0].unsure_note == ""
    assert answer_view(_record(_spoken(("yes", None))), None).parts[0].unsure_note == ""


def test_a_long_list_of_unsure_words_is_counted_not_listed_whole() -> None:
    many = tuple(f"w{i}" for i in range(MAX_UNSURE_LISTED + 5))
    note = AnswerPart("answer", "", " ".join(many), "spoken", many).unsure_note
    assert f"“w{MAX_UNSURE_LISTED - 1}”" in note and f"“w{MAX_UNSURE_LISTED}”" not in note
    assert note.endswith("and 5 more.")


def test_an_answer_of_only_unsure_words_is_not_scored_as_said() -> None:
    """Dev (held14-17 at 10 dB): every answer whose words were all under the threshold was
    misheard ("ADA" for eightieth, "Recon" for record). It counts as 0 and says why; one word
    heard clearly, or a typed answer with the same words, is scored as usual."""
    from simulator.core.questions import load_packs
    from simulator.core.scoring import score_answer
    from simulator.core.scoring.answer import HEARD_UNCLEARLY
    from tests.core.test_scorecard_model import PACK

    question = load_packs([PACK]).get("tech.overfit")
    said = ("Overfitting", "memorizes", "noise", "so", "validate", "on", "held", "out", "data.")
    unclear = score_answer(question, _spoken(*((w, UNSURE) for w in said)))
    assert unclear.overall == 0
    assert unclear.feedback == [HEARD_UNCLEARLY.format(words=", ".join(f"“{w}”" for w in said[:6]))]
    assert "unclearly" in unclear.basis["overall"]
    clear = score_answer(
        question, _spoken(*((w, SURE if i == 0 else UNSURE) for i, w in enumerate(said)))
    )
    typed = score_answer(question, Transcript(" ".join(said)))
    assert clear.overall > 0 and typed.overall > 0
    assert not any("unclearly" in f for f in clear.feedback + typed.feedback)
    # a filler heard clearly does not make the words clear
    with_filler = _spoken(("Um,", SURE), *((w, UNSURE) for w in said))
    assert score_answer(question, with_filler).overall == 0
