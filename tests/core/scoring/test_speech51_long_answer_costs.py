"""A 10,000-word answer's largest repeated costs, each now paid once (issue 8, speech51).

Profiled on the benchmark's long answers (benchmarks/scoring.py): a case's on-topic sentences
asked every word of the answer against every case word; a story with no full stop was searched
whole by a regular expression at each word a phrase's check reached, for the same two words;
the misconceptions' leaning and the key points' reading embedded the same sentences twice; a
mention's denial was read up to three times per point and its warning frames twice. Each test
counts the work, and checks that the verdicts are those of the work done every time."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring import case_steps, meaning, score_answer
from simulator.core.scoring import text as text_module
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import hyphen_joined, tokenize
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]


def _bank():  # type: ignore[no-untyped-def]
    return load_packs([REPO / "questions"])


def test_on_case_sentences_judge_each_distinct_word_once_r51(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = _bank().get("case.fraud-detection")
    answer = ("We flag fraudulent card payments by their amount and merchant. " * 200).strip()
    tokens = tokenize(answer)
    before = case_steps.on_case_sentences(question, tokens)
    asked: list[str] = []
    names = case_steps._names

    def counted(stem_: str, words: frozenset[str]) -> bool:
        asked.append(stem_)
        return names(stem_, words)

    monkeypatch.setattr(case_steps, "_names", counted)
    assert case_steps.on_case_sentences(question, tokens) == before
    assert len(before) == 201  # every sentence names the case (and the one after the last)
    assert len(asked) == len(set(tokens.stems))  # was: every word of the answer (1,800)


def test_a_hyphen_is_searched_for_once_per_pair_of_words_r51(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = "we wrote a two-week plan, then two week plans again and a one-pager "
    tokens = tokenize(story * 60)  # 840 words, no full stop
    searched: list[str] = []

    def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        searched.append(pattern)
        return re.search(pattern, string, flags)

    monkeypatch.setattr(text_module, "re", SimpleNamespace(escape=re.escape, I=re.I, search=search))
    joined = [p for p in range(len(tokens.words)) if hyphen_joined(tokens, p)]
    monkeypatch.undo()
    assert {tokens.words[p] for p in joined} == {"week", "pager"}
    alone = [p for p in range(len(tokens.words)) if hyphen_joined(tokenize(story * 60), p)]
    assert joined == alone
    at = tokens.sentence_of
    pairs = {(at[p], *tokens.words[p - 1 : p + 1]) for p in range(1, len(at)) if at[p - 1] == at[p]}
    assert len(pairs) < len(tokens.words) / 2
    assert len(searched) == len(pairs)  # was: a search of the whole sentence per word


def test_the_same_sentences_are_embedded_once_r51(monkeypatch: pytest.MonkeyPatch) -> None:
    embedder = meaning.get_embedder()
    if embedder is None:
        pytest.skip("no meaning embedder")
    question = _bank().get("tech.bias-variance")
    answer = " ".join(f"{question.model_answer} Point {n} of the answer." for n in range(40))
    fresh = score_answer(question, Transcript(answer))
    embedded: list[str] = []
    runs = type(embedder).embed_runs

    def counted(self, sentences: list[str], window: int, stride: int):  # type: ignore[no-untyped-def]
        embedded.extend(sentences)
        return runs(self, sentences, window, stride)

    monkeypatch.setattr(meaning, "_runs_of", {})
    monkeypatch.setattr(type(embedder), "embed_runs", counted)
    again = score_answer(question, Transcript(answer))
    assert again == fresh
    assert embedded and len(embedded) == len(set(embedded))  # each sentence once


def test_rows_of_a_sentence_are_the_same_alone_or_among_others_r51() -> None:
    if meaning.get_embedder() is None:
        pytest.skip("no meaning embedder")
    sentences = [
        "Bias is error from wrong assumptions, variance is sensitivity to the training set.",
        "short",
        "",
        "A very long sentence " + "with many words said one after another " * 30 + "ends.",
    ]
    meaning._runs_of.clear()
    together, owner = meaning.windows(sentences)
    for i, sentence in enumerate(sentences):
        meaning._runs_of.clear()
        alone, _ = meaning.windows([sentence])
        rows = together[[k for k, o in enumerate(owner) if o == i]]
        assert rows.tobytes() == alone.tobytes()


def test_a_mention_is_asked_about_its_warning_once_r51(monkeypatch: pytest.MonkeyPatch) -> None:
    question = _bank().get("tech.bias-variance")
    answer = " ".join(kp.phrases[0] for kp in question.key_points) * 50
    fresh = score_answer(question, Transcript(answer))
    asked: list[tuple[int, int]] = []
    warns = Stance._warns

    def counted(self: Stance, span: tuple[int, int]) -> bool:
        asked.append(span)
        return warns(self, span)

    monkeypatch.setattr(Stance, "_warns", counted)
    assert score_answer(question, Transcript(answer)) == fresh
    assert asked and len(asked) == len(set(asked))


def test_cosines_of_a_sentence_are_computed_once_per_targets_r51(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The key points' reading and the misconceptions' leaning compare the same sentences
    with the rubric's targets, wrong claims and their counterparts: each unit once each."""
    if meaning.get_embedder() is None:
        pytest.skip("no meaning embedder")
    question = _bank().get("case.fraud-detection")
    reference = meaning.reference(question)
    assert reference is not None
    shared = {id(reference.targets), id(reference.wrong), id(reference.counter)}
    answer = " ".join(f"{question.model_answer} Case note {n}." for n in range(3))
    fresh = score_answer(question, Transcript(answer))
    calls: list[tuple[int, int]] = []
    cosines = meaning._cosines

    def counted(units, targets):  # type: ignore[no-untyped-def]
        if id(targets) in shared:
            calls.append((id(targets), units.shape[0]))
        return cosines(units, targets)

    monkeypatch.setattr(meaning, "_runs_of", {})
    monkeypatch.setattr(meaning, "_cosines_of", {})
    monkeypatch.setattr(meaning, "_cosines", counted)
    assert score_answer(question, Transcript(answer)) == fresh
    # per targets: the sentences as said, and those reworded in technical words; was: again by
    # the leaning, and the targets again by the point margins
    by_targets = [sum(1 for t, _ in calls if t == i) for i in shared]
    assert sorted(by_targets) == [1, 1, 2]


def test_sentence_cosines_are_the_products_of_the_whole_reading_r51() -> None:
    if meaning.get_embedder() is None:
        pytest.skip("no meaning embedder")
    question = _bank().get("tech.bias-variance")
    reference = meaning.reference(question)
    assert reference is not None
    sentences = [
        "Bias is error from wrong assumptions.",
        "Variance is how much the fit moves with the training sample " * 6,
        "",
        "A simple model underfits.",
    ]
    meaning._runs_of.clear()
    meaning._cosines_of.clear()
    whole = meaning._cosines(
        meaning._off_topic(meaning.windows(sentences)[0], reference.topic), reference.targets
    )
    for targets in (reference.targets, reference.wrong):
        meaning._cosines_of.clear()
        meaning.sentence_cosines(sentences[1:3], reference.topic, targets)  # some remembered
        got = meaning.sentence_cosines(sentences, reference.topic, targets)
        if targets is reference.targets:
            assert got.tobytes() == whole.tobytes()
        direct = meaning._cosines(
            meaning._off_topic(meaning.windows(sentences)[0], reference.topic), targets
        )
        assert got.tobytes() == direct.tobytes()
