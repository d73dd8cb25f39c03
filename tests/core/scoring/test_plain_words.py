"""Everyday words count for the key points they say (issue 9: paraphrases scored far below
partial answers), and never for a wrong claim."""

from __future__ import annotations

from typing import Any

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.plain_words import (
    IN_TWO_GROUPS,
    PLAIN_GROUPS,
    in_technical_words,
    plain_stems,
)
from simulator.core.scoring.point_phrases import point_phrases
from simulator.core.scoring.text import STOPWORDS, stem, tokenize, words
from simulator.core.transcript import Transcript


def _says(phrase: str, text: str) -> bool:
    index = AnswerIndex(tokenize(text))
    return any(index.find(p) for p in point_phrases(phrase, "What would you do?"))


def test_a_rubric_phrase_matches_the_same_idea_in_everyday_words() -> None:
    # one word for another, a run of words for one word, and the reverse
    assert _says(
        "copy of the model on every gpu", "Every graphics card holds a full copy of the network."
    )
    assert _says("remove the trend", "If the series follows a fixed trend, subtract that trend.")
    assert _says("move the cutoff forward", "Then move the cut forward and repeat the scoring.")
    assert _says("image into a vector", "Each photo is turned into a list of numbers.")
    # the rubric's own words still match, and unrelated words do not
    assert _says("remove the trend", "I would remove the trend first.")
    assert not _says("remove the trend", "The trend is clearly upward this year.")


def test_a_one_word_phrase_is_not_widened() -> None:
    """A single near word is too little to say a point: "lag" is not "gap" on its own, but
    "depends only on the gap" says "depends only on the lag"."""
    assert not _says("gap", "I add lag features from the last week.")
    # nor a phrase that becomes one group ("numeric fingerprint" is one idea: a vector)
    assert not _says("numeric fingerprint", "Each photo becomes a vector that we store.")
    assert _says("depends only on the lag", "The correlation depends only on the gap between days.")


def test_words_with_a_second_technical_meaning_are_not_grouped() -> None:
    members = {stem(w) for group in PLAIN_GROUPS for m in group for w in words(m)}
    for technical in ("prior", "test", "score", "random", "review", "instance", "fit", "sort"):
        assert stem(technical) not in members, technical
    # a member that stems like another group's word would join the two groups silently
    seen: dict[tuple[str, ...], int] = {}
    for g, group in enumerate(PLAIN_GROUPS):
        for member in group:
            key = tuple(stem(w) for w in words(member))
            assert seen.setdefault(key, g) == g or member in IN_TWO_GROUPS, member
            assert any(w not in STOPWORDS for w in words(member)), member


def test_a_rubric_word_takes_one_group_and_keeps_its_place() -> None:
    stems = tuple(stem(w) for w in ("cut", "the", "model", "into", "pieces") if w not in STOPWORDS)
    plain = plain_stems(stems)
    assert len(plain) == len(stems) and all(s.startswith("~") for s in plain)
    assert _says("cut the model into pieces", "We split the network into chunks across cards.")


def test_a_phrase_widened_into_the_prompts_words_keeps_its_own() -> None:
    """The question says "k nearest neighbors": a rubric "k closest" widened to "k nearest"
    would pay for reading the question back, so it matches only its own words there."""
    prompt = "How does the k nearest neighbors algorithm work?"
    widened = point_phrases("k closest", prompt)
    assert all(not s.startswith("~") for p in widened for s in p.stems)
    assert any(
        s.startswith("~") for p in point_phrases("k closest", "What is PCA?") for s in p.stems
    )


def test_claims_keep_their_exact_words() -> None:
    """Misconceptions and contradicting claims are compiled without the lexicon."""
    assert all(
        not s.startswith("~") for p in compile_phrase("more data reduces bias") for s in p.stems
    )


TIME_SERIES: dict[str, Any] = {
    "id": "tech.test-backtesting",
    "category": "technical",
    "topic": "evaluation",
    "difficulty": 2,
    "prompt": "How do you validate a forecasting model?",
    "time_limit_s": 120,
    "key_points": [
        {"id": "order", "label": "Train on the past, validate on the future", "weight": 3,
         "phrases": ["train on the past", "validate on later dates"]},
        {"id": "cutoffs", "label": "Several cutoffs", "weight": 3,
         "phrases": ["move the cutoff forward", "several cutoff dates"]},
    ],
    "misconceptions": [
        {"id": "shuffle", "phrases": ["shuffle the rows into folds"],
         "correction": "Shuffling leaks the future into training."},
    ],
    "model_answer": "I train on the past and validate on later dates, moving the cutoff forward.",
}  # fmt: skip


def test_a_paraphrase_earns_the_points_it_explains_in_plain_words() -> None:
    question = Question.model_validate(TIME_SERIES)
    plain = score_answer(
        question,
        Transcript(
            "The model should learn from the past only, and I judge it on later dates. "
            "I pick several cut dates, and each time I move the cut forward so it is scored again."
        ),
    )
    assert all(k.covered and k.via == "words" for k in plain.key_points)
    # a wrong claim in everyday words is not charged through the lexicon either way
    wrong = score_answer(question, Transcript("I would mix up the rows into folds at random."))
    assert not wrong.misconceptions


def test_a_long_wording_matches_with_one_word_said_otherwise_but_never_without_its_not() -> None:
    """Four content words or more: three of them standing together still say the point, but a
    shortened phrase never loses its negation or a qualifier such as "only"."""
    assert _says(
        "change from one step to the next", "Work with the change from one day to the next."
    )
    assert not _says("change from one step to the next", "The next step is a change of plan.")
    # "does not keep shrinking" must not become "keep shrinking"
    assert not _says(
        "gradient does not keep shrinking", "The gradient keeps shrinking at every layer."
    )
    assert _says(
        "gradient does not keep shrinking", "The signal does not keep shrinking layer by layer."
    )
    # a three-word wording keeps all three ("contributions sum to the prediction")
    assert not _says("contributions sum prediction", "Each feature contributed to a prediction.")


def test_everyday_words_for_common_ml_ideas() -> None:
    """General ML vocabulary said plainly: "extreme values" for outliers, "coordinates" for
    vectors, "memorizes the quirks" for overfits the noise, "never seen" for unseen."""
    assert _says("detect outliers", "First I spot the extreme values in each column.")
    assert _says("similar vectors", "Words used alike end up with close coordinates.")
    assert _says("overfits the noise", "A deep tree memorizes the quirks of its sample.")
    assert _says("error on unseen data", "It shows the mistakes on data never seen before.")
    assert not _says("detect outliers", "First I spot the missing values in each column.")


def test_a_sentence_is_reworded_in_technical_words_for_the_meaning_signal_only() -> None:
    """meaning.py reads each sentence again with its everyday words said as the rubric would
    ("switch off ... inner units" -> "disable ... neuron"); ambiguous words ("cut") stay, a word
    that only stems like a member ("them" is no "theme") stays, and a sentence with no everyday
    word is not read twice."""
    reworded = in_technical_words(
        "Each time we flip a coin for every inner unit and switch off about half of them."
    )
    assert reworded is not None
    assert "randomly" in reworded and "neuron" in reworded and "disable" in reworded
    assert "them" in reworded and "topic" not in reworded
    assert in_technical_words("The gradient descent step is followed by a cut.") is None
    assert in_technical_words("Gradient descent updates the weights.") is None
    # ... and these wordings never earn a rubric phrase by words
    assert not _says("disable neurons", "We switch off half of the inner units.")
