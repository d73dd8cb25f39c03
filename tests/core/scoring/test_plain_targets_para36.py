"""Round 36 (issue 9, para36): key points said in everyday words as extra meaning targets
(plain_targets.py, everyday_glosses.py, meaning.py). A correct answer to an outside pack that
avoids every technical term now comes near the points it makes; short answers are not read
against the plain versions, and nothing is charged or matched by words through them."""

from __future__ import annotations

import pytest

import simulator.core.scoring.meaning as meaning
from simulator.core.scoring import score_answer
from simulator.core.scoring.plain_targets import VARIANTS, plain_variants, plain_versions
from simulator.core.scoring.text import split_sentences
from simulator.core.transcript import Transcript
from tests.core.scoring.para35_pack import pack_answer, pack_question


def _without_plain_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "PLAIN_TARGETS", False)
    meaning._reference_of.cache_clear()


def test_a_term_is_said_in_everyday_words_each_variant_its_own_way() -> None:
    variants = plain_variants("A fixed forward process adds Gaussian noise until pure noise")
    assert len(variants) == VARIANTS
    assert all("gaussian" not in v for v in variants)
    assert "random static" in variants[0]
    assert len(set(variants)) > 1  # the second and third glosses differ from the first


def test_an_inflected_term_is_found() -> None:
    assert any("how far off" in v for v in plain_versions("Each tree is fit to the residuals"))


def test_a_text_without_the_lexicons_terms_has_no_plain_version() -> None:
    assert plain_versions("The cat sat on the mat") == ()


DIFFUSION = "tech.p35h-diffusion-models"


def test_an_everyday_paraphrase_comes_near_the_points_it_makes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "sprinkling in random static over many small rounds" for "adds Gaussian noise over many
    # steps": closeness 0.01 when only the rubric's wordings were targets
    q = pack_question(DIFFUSION)
    sentences = split_sentences(pack_answer(DIFFUSION, "paraphrase"))
    reading = meaning.read_meaning(q, sentences, set())
    assert reading is not None
    noising = [kp.id for kp in q.key_points].index("forward-noising")
    assert reading.points[noising].closeness >= meaning.MEANING_FULL
    _without_plain_targets(monkeypatch)
    before = meaning.read_meaning(q, sentences, set())
    assert before is not None
    assert before.points[noising].closeness < 0.4
    meaning._reference_of.cache_clear()


@pytest.mark.parametrize("qid", ["tech.p35h-ctc-loss", "tech.p35h-federated-learning"])
def test_the_paraphrase_now_scores_above_the_partialpack_answer(qid: str) -> None:
    # "slices of time", "a nothing-here option", "blends everyone's changes" (27 and 18
    # against partial answers of 55 when only the rubric's wordings were targets)
    q = pack_question(qid)
    paraphrase = score_answer(q, Transcript(pack_answer(qid, "paraphrase"))).overall
    partial = score_answer(q, Transcript(pack_answer(qid, "partial"))).overall
    strong = score_answer(q, Transcript(pack_answer(qid, "strong"))).overall
    assert partial < paraphrase < strong


@pytest.mark.parametrize("kind", ["partial", "weak", "off_topic"])
def test_a_short_answer_is_not_read_against_the_plain_versions(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a generic sentence ("train a model to predict no-shows") comes near a point whose plain
    # version has lost its terms: only answers of half the model answer's length or more are read
    q = pack_question(DIFFUSION)
    text = pack_answer(DIFFUSION, kind)
    assert len(text.split()) < meaning.PLAIN_MIN_LENGTH * len(q.model_answer.split())
    with_plain = score_answer(q, Transcript(text)).overall
    _without_plain_targets(monkeypatch)
    assert score_answer(q, Transcript(text)).overall == with_plain
    meaning._reference_of.cache_clear()


def test_one_sentence_near_a_plain_version_alone_earns_nothing() -> None:
    # a sentence near the point's everyday version only (its own wordings far) lifts it in an
    # answer read as a whole explanation, never as one close sentence alone: an uncaught
    # verbose-wrong XGBoost answer rose 46 -> 56 from such half points
    from simulator.core.scoring.meaning import PointMeaning
    from simulator.core.scoring.meaning_credit import meaning_lifts

    point = PointMeaning(0.0, 0.8, 1, (), said=(0.1, 2))
    assert meaning_lifts([point], full=False) == [(0.0, None)]
    assert meaning_lifts([point], full=True)[0][0] > meaning.MEANING_CREDIT
    own = PointMeaning(0.4, 0.8, 1)
    assert meaning_lifts([own], full=False) == [(0.4, 1)]
