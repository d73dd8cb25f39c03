"""Content: how much of the question's rubric the answer explains, and what it gets wrong.

* Key points earn their weight when explained, in the rubric's words or in other words
  (key_points.py); the answer's use of the question's vocabulary adds ``TOPIC_WEIGHT``
  (topicality.py).
* A misconception (misconception_hits.py; a rubric phrase not negated by "not", "myth", ...) is
  named with its correction; each one multiplies the content score by ``MISCONCEPTION_FACTOR``
  and takes ``MISCONCEPTION_POINTS`` off, and the sentence that said it earns no key point (nor
  does the sentence of a contradicted key point, see contradiction.py); those points are
  missing, not "contradicted": only the wrong claim itself is named. Contradicting a key point
  costs in proportion to its weight (a weight-2 point what a misconception costs, a weight-3
  point more).
* A claim caught wrong weighs on the rest of its answer (``credence``): what the answer earns
  counts x(1 - 2 x the share of its sentences caught) before the claims' own costs.
* An answer to another question (answer_topic.py) or one that opens on and develops another
  concept (answer_subject.py) keeps only part of its key-point credit, and is told which.
* Case questions add framework coverage (clarify ... trade-offs) with ``FRAMEWORK_WEIGHT``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from simulator.core.questions import Question
from simulator.core.reordering import shown_topic
from simulator.core.scoring import meaning_credit
from simulator.core.scoring.answer_subject import (
    OTHER_CONCEPT_KEPT,
    SUBJECT_WORDS_MIN,
    names_the_subject,
    opening_sentence,
    other_concept,
    subject_words_said,
)
from simulator.core.scoring.bank_claims import bank_claims
from simulator.core.scoring.case_steps import answers_another_problem, on_case_sentences
from simulator.core.scoring.claim_words import one_charge
from simulator.core.scoring.claims import add_wrong_claims, wrong_claims
from simulator.core.scoring.claims_practice import practice_errors
from simulator.core.scoring.claims_sweeping import overclaim_cost, sweeping_claims
from simulator.core.scoring.claims_test_set import test_set_misuse
from simulator.core.scoring.claims_training_set import training_set_misuse
from simulator.core.scoring.compared_claims import compared_claims
from simulator.core.scoring.comparisons import beaten_points
from simulator.core.scoring.conflated_terms import conflated_terms
from simulator.core.scoring.contradiction import contradictions
from simulator.core.scoring.dismissals import dismissed_points
from simulator.core.scoring.explained import is_explained
from simulator.core.scoring.follow_up_points import (
    ProbedAnswer,
    follow_up_readings,
    lifted,
    misread_misconception,
    read_elsewhere,
    said_in,
)
from simulator.core.scoring.framework_cues import FRAMEWORK_CUES, root_only, stage_verbs
from simulator.core.scoring.growth_order import growth_contradictions
from simulator.core.scoring.invented_meanings import invented_meanings
from simulator.core.scoring.key_points import score_key_points
from simulator.core.scoring.loose_claims import loose_claims
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.misconception_hits import find_misconceptions, sentence_text
from simulator.core.scoring.off_question import off_question_credit
from simulator.core.scoring.optimum import reversed_optima
from simulator.core.scoring.outside_sameness import outside_sameness
from simulator.core.scoring.priority_side import priority_sides
from simulator.core.scoring.rejected_view import rejected_points
from simulator.core.scoring.relation_facts import relation_contradictions
from simulator.core.scoring.restated_misconceptions import restated_misconceptions
from simulator.core.scoring.results import FrameworkStepResult, KeyPointResult, MisconceptionHit
from simulator.core.scoring.reversed_order import reversed_orders
from simulator.core.scoring.role_claims import role_claims
from simulator.core.scoring.salad import SALAD_NAMED_CREDIT, is_salad
from simulator.core.scoring.sameness import same_claims
from simulator.core.scoring.side_comparatives import side_comparatives
from simulator.core.scoring.stage_order import stage_orders
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.substituted_terms import substituted_points
from simulator.core.scoring.text import Tokens, words
from simulator.core.scoring.topicality import topicality
from simulator.core.tables import plural

# One wrong claim halves the content score and takes 15 off (x0.6 - 10 left most confidently
# wrong answers above weak ones: issue 9, round 8 and the round-6 set).
MISCONCEPTION_FACTOR = 0.5
MISCONCEPTION_POINTS = 15.0
# A contradicted key point of weight 3 costs x0.25 - 22.5, weight 1 x0.75 - 7.5 (weight 2 costs
# what a misconception does).
CONTRADICTION_FACTOR_PER_WEIGHT = 0.25
CONTRADICTION_POINTS_PER_WEIGHT = 7.5
# An answer's only charge, when it rests on one reversed direction word (opposites.py), costs
# as a weight-1 point: x0.75 - 7.5 (issue 9, round 22: strong answers fell to 0-30 on one
# uncertain reading).
UNSURE_WEIGHT = 1.0
# A sentence caught asserting a wrong claim stands for this many wrong sentences of its answer
# (credence below; wrong69).
CAUGHT_STANDS_FOR = 2.0
TOPIC_WEIGHT = 0.1
FRAMEWORK_WEIGHT = 0.3
FRAMEWORK_GATE = 0.25  # key-point coverage from which the framework earns its whole credit
STEPS_BY_MEANING = True  # case steps counted as the key points in a full reading (para65)
ON_CASE_GATE = 0.5  # ... and the share it earns in an answer that names the case's subject
# Depth (para51): an answer shorter than ``DEPTH_LENGTH`` of the model answer's words cannot be a
# complete answer, however many key points its few sentences name: its content counts at most
# ``BRIEF_FLOOR`` + (1 - ``BRIEF_FLOOR``) x its length's share of ``DEPTH_LENGTH`` (at a third of
# the model answer's length, 86.7). A dense 55-word partial that names four of five points ("It's
# used for search and text classification, but it ignores word order and meaning." earned the
# uses and the limits) scored 89-100, above complete answers in everyday words that explain each
# point with its mechanism, an example and its trade-off (88-96). Partial answers sit at
# 0.14-0.30 of the model answer's length, strong ones at 0.58 or more (deciles, every content
# set); up to 0.8 the ceiling cut 340 strong answers by ~4 points and won no more pairs.
DEPTH_LENGTH = 0.6
BRIEF_FLOOR = 0.7


@dataclass(frozen=True)
class ContentResult:
    score: int
    coverage: float  # share of key-point weight earned, 0..1
    key_points: list[KeyPointResult]
    misconceptions: list[MisconceptionHit]
    framework: list[FrameworkStepResult]
    framework_coverage: float | None
    basis: str
    warned: list[MisconceptionHit] = field(default_factory=list)  # warned against: not charged
    reads_as: str | None = None  # the prompt of the question the answer's words lean to
    kept: float = 1.0  # share of key-point credit kept by an answer to another question
    other_concept: str | None = None  # the concept it opens on and develops instead
    salad: bool = False  # only a list of terms (salad.py): its points count as named, barely
    another_problem: bool = False  # a case design mostly about another problem (case_steps.py)
    # the most a brief answer's content counts (depth, ``brief_ceiling``), when it counted
    brief: int | None = None


def score_framework(
    question: Question,
    index: AnswerIndex,
    on_case: frozenset[int] | None = None,
    wrong: frozenset[int] = frozenset(),
) -> list[FrameworkStepResult]:
    """Each step covered where a cue of it is explained; with ``on_case``, only in those
    sentences (case_steps.py: the sentences about this case). A sentence in ``wrong`` asserts
    a wrong claim: it covers no step, as it earns no key point (a design's stage told wrong is
    not that stage done: "evaluate with accuracy, since the classes are balanced enough" for a
    rare-event case says the metrics step only as a mistake)."""
    own = {step.step.value: step.phrases for step in question.framework}
    steps = list(own) or list(FRAMEWORK_CUES)
    results = []
    for name in steps:
        evidence = None
        verbs = stage_verbs(name, question.prompt)
        for text in (*own.get(name, ()), *FRAMEWORK_CUES.get(name, ()), *verbs):
            for phrase in compile_phrase(text):
                first = next(
                    (
                        sp
                        for sp in index.find(phrase)
                        if (on_case is None or index.tokens.sentence_of[sp[0]] in on_case)
                        and index.tokens.sentence_of[sp[0]] not in wrong
                        and not root_only(text, index.tokens.words[sp[0] : sp[1]])
                        and is_explained(index.tokens, sp, set())
                    ),
                    None,
                )  # the first such place is the evidence: the others need not be read
                if first is not None:
                    evidence = sentence_text(index.tokens, first)
                    break
            if evidence:
                break
        results.append(FrameworkStepResult(name, evidence is not None, evidence))
    return results


def _contradiction_cost(weight: float) -> tuple[float, float]:
    factor = max(0.2, 1.0 - CONTRADICTION_FACTOR_PER_WEIGHT * weight)
    return factor, CONTRADICTION_POINTS_PER_WEIGHT * weight


def _framework_gate(
    question: Question,
    tokens: Tokens,
    coverage: float,
    other_concept: bool,
    another_problem: bool = False,
) -> tuple[float, str]:
    """The share of framework credit a case answer earns, and why not all of it. Generic
    framework words (data, model, metric) fit any ML answer: they count as far as the answer
    covers this case's own key points, none in an answer about another concept, and
    ``ON_CASE_GATE`` in a vague answer that names the case ("predict which subscribers will
    cancel": it scored x0.00, below an answer about customer lifetime value). An answer that says
    fewer than ``SUBJECT_WORDS_MIN`` of the prompt's subject words and covers less than
    ``FRAMEWORK_GATE`` earns none (off22: the ML lifecycle told for any case, data, baseline,
    cross validation, deploy, A/B test, monitor drift, earned x0.52 of six steps on price
    optimization and scored 25 against vague answers' 7 and 9; 13 now). No repository answer's
    score changed: every correct case answer that names so few subject words covers more."""
    if other_concept:
        return 0.0, "the answer is about another concept"
    if another_problem:
        return 0.0, "its steps are mostly about another problem"
    gate = min(1.0, coverage / FRAMEWORK_GATE)
    if gate < 1.0 and subject_words_said(question, tokens) < SUBJECT_WORDS_MIN:
        return 0.0, "the answer is mostly off this case and never names it"
    if gate < ON_CASE_GATE and names_the_subject(question, tokens):
        return ON_CASE_GATE, "the answer names this case but covers few of its key points"
    return gate, "the answer is mostly off this case"


def score_content(
    question: Question, tokens: Tokens, probed: Sequence[ProbedAnswer] = (), cut: bool = False
) -> ContentResult:
    """``probed``: the follow-up answers among ``tokens`` and the key points their follow-ups
    probe; each also counts toward its point read on its own (follow_up_points.py). ``cut``:
    the answer was cut by End, so its length is not its choice: no brief ceiling (a follow-up
    cut after a sentence capped its question's content as 'a few sentences name points
    without developing them', walk61); what it said still counts as said."""
    index = AnswerIndex(tokens)
    stance = Stance(tokens)
    misconceptions, warned, wrong_sentences = find_misconceptions(question, index, stance)
    opposite = contradictions(question, index, stance)
    for k, turned in side_comparatives(question, tokens, stance).items():
        opposite.setdefault(k, turned)
    for k, dismissal in dismissed_points(question, index, stance).items():
        opposite.setdefault(k, dismissal)
    for k, ranked_below in beaten_points(question, index, stance).items():
        opposite.setdefault(k, ranked_below)
    for k, turned_end in reversed_optima(question, tokens, stance).items():
        opposite.setdefault(k, turned_end)
    for k, turned_relation in relation_contradictions(question, tokens).items():
        opposite.setdefault(k, turned_relation)
    for k, other_growth in growth_contradictions(question, tokens).items():
        opposite.setdefault(k, other_growth)
    for k, turned_down in rejected_points(question, tokens, stance).items():
        opposite.setdefault(k, turned_down)
    for k, invented in invented_meanings(question, tokens, stance).items():
        opposite.setdefault(k, invented)
    for k, merged in conflated_terms(question, tokens, stance).items():
        opposite.setdefault(k, merged)
    loose, loose_hits = loose_claims(
        question, index, stance, set(opposite), {m.id for m in misconceptions}
    )
    opposite.update(loose)
    misconceptions += [
        m for m in loose_hits if m.evidence not in {h.evidence for h in misconceptions}
    ]
    # ... and said as a comparison whose sides the word-level readings cannot see
    compared, compared_hits = compared_claims(
        question, tokens, stance, set(opposite), {m.id for m in misconceptions}
    )
    for k, turned_comparison in compared.items():
        opposite.setdefault(k, turned_comparison)
    misconceptions += [
        m for m in compared_hits if m.evidence not in {h.evidence for h in misconceptions}
    ]
    already = frozenset(c.evidence for c in opposite.values())
    add_wrong_claims(wrong_claims(question, tokens, stance, already), opposite, misconceptions)
    # read after the rubric's own claims: a point they contradict keeps their wording
    for k, exchanged in substituted_points(question, tokens, stance).items():
        opposite.setdefault(k, exchanged)
    charged = {c.evidence for c in opposite.values()} | {m.evidence for m in misconceptions}
    # ... and a role the rubric gives something else, where no check of the rubric's own claims
    # charged the sentence
    for k, role in role_claims(question, tokens, stance).items():
        if k not in opposite and role.evidence not in charged:
            opposite[k] = role
            charged.add(role.evidence)
    misconceptions += same_claims(question, tokens, stance, charged)
    charged |= {m.evidence for m in misconceptions}
    misconceptions += test_set_misuse(tokens, stance, charged)
    charged |= {m.evidence for m in misconceptions}
    misconceptions += training_set_misuse(question.prompt, tokens, stance, charged)
    charged |= {m.evidence for m in misconceptions}
    misconceptions += practice_errors(question, tokens, stance, charged)
    charged |= {m.evidence for m in misconceptions}
    misconceptions += reversed_orders(question, tokens, stance, charged)
    charged |= {m.evidence for m in misconceptions}
    misconceptions += stage_orders(tokens, stance, charged)
    charged |= {m.evidence for m in misconceptions}
    misconceptions += priority_sides(question, tokens, stance, charged)
    charged |= {m.evidence for m in misconceptions}
    sweeping = sweeping_claims(question, tokens, stance, charged)
    # read last: a sentence another check charges keeps that charge (an overclaim's cost
    # rests on how many sentences overclaim)
    misconceptions += outside_sameness(
        question, tokens, stance, charged | {m.evidence for m in sweeping}
    )
    # ... and a listed misconception restated in other words, read last of all
    misconceptions += restated_misconceptions(
        question,
        tokens,
        stance,
        charged | {m.evidence for m in (*misconceptions, *sweeping)},
        {m.id for m in misconceptions if m.id is not None},
    )
    # ... and, after every check of this rubric, the other shipped rubrics' wrong claims
    misconceptions += bank_claims(
        question,
        index,
        stance,
        charged | {m.evidence for m in (*misconceptions, *sweeping)},
    )
    readings = (
        follow_up_readings(question, probed, lambda q, t: score_content(q, t).key_points)
        if probed
        else {}
    )
    for k, kp in enumerate(question.key_points):
        # a probed point its follow-up's answer earns, read on its own, is not contradicted by
        # that answer's sentences read out of their context
        reading = readings.get(kp.id)
        if reading is not None and k in opposite and said_in(reading[1], opposite[k].evidence):
            del opposite[k]
    if probed:
        # A follow-up answer is read for contradictions of the point it was asked about only:
        # its sentences say the conditions of its own scenario, not claims against the others.
        for k, kp in enumerate(question.key_points):
            if k in opposite and read_elsewhere(probed, kp.id, opposite[k].evidence):
                del opposite[k]
        misread = [
            m
            for m in misconceptions
            if misread_misconception(question, probed, [m.phrase, m.correction], m.evidence)
        ]
        misconceptions = [m for m in misconceptions if m not in misread]
        still = {m.evidence for m in misconceptions}
        freed = {m.evidence for m in misread} - still
        wrong_sentences -= {s.index for s in tokens.sentences if s.text in freed}
    # A sentence that asserts a wrong claim earns no key point, whichever claim it was.
    said_wrong = {c.evidence for c in opposite.values()} | {m.evidence for m in misconceptions}
    said_wrong |= {m.evidence for m in sweeping}
    wrong_sentences |= {s.index for s in tokens.sentences if s.text in said_wrong}
    # Meaning cannot tell a claim from its opposite: an answer caught asserting a wrong claim
    # earns key points by its words only.
    trusted = not (misconceptions or opposite or sweeping)
    whole: list[meaning_credit.AnswerReading] = []
    key_points = score_key_points(
        question, index, wrong_sentences, stance, opposite, trusted, whole
    )
    key_points = lifted(key_points, readings)
    salad = is_salad(tokens)
    if salad:
        key_points = _as_listed(key_points)
    total = sum(k.weight for k in key_points) or 1.0
    earned = sum(k.weight * k.credit for k in key_points)
    # An answer to another question (its words as a whole lean there, or its words and that
    # question's key points) earns little here.
    here = earned / total
    off = off_question_credit(question, tokens, here)
    kept, other = off.kept, off.other
    lean_kept = kept
    # ... and so does one that opens on and develops another concept (the neighbour is often
    # not a shipped question): its shared words are not this question's topic either.
    concept = other_concept(question, tokens)
    if concept is not None and trusted and _in_own_words(key_points, whole, tokens):
        concept = None  # "Broken items almost never ..." names the asked subject in plain words
    if concept is not None:
        kept = min(kept, concept.kept)
    earned *= kept
    coverage = earned / total
    on_topic = topicality(question, tokens)
    # An answer that reads as a full explanation of this question in its own words is on its
    # topic as far as it reaches the key points (para37): counted by the rubric's vocabulary
    # alone, an everyday-words paraphrase kept 27-72 % of its on-topic share (dev packs
    # para31-36) while a partial answer naming two terms kept all of it.
    by_meaning = (
        bool(whole) and whole[0].full and trusted and other is None and whole[0].reach > on_topic
    )
    if by_meaning:
        on_topic = whole[0].reach
    on_topic *= concept.kept if concept is not None else 1.0
    framework: list[FrameworkStepResult] = []
    another_problem = False
    if question.category.value == "case":
        wrong = frozenset(wrong_sentences)
        framework = score_framework(question, index, wrong=wrong)
        if coverage < FRAMEWORK_GATE and concept is None and other is None:
            # Few of the case's key points: a step counts only where it is about this case,
            # and a design whose steps are mostly about something else answers another
            # problem (case_steps.py).
            on_case = score_framework(question, index, on_case_sentences(question, tokens), wrong)
            another_problem = answers_another_problem(question, tokens, framework, on_case)
            framework = on_case
    if another_problem:
        kept = min(kept, OTHER_CONCEPT_KEPT)
        earned *= OTHER_CONCEPT_KEPT
        coverage = earned / total
        on_topic *= OTHER_CONCEPT_KEPT
    if other is not None:
        # Another case's design says any design's words (data, features, metric, monitor):
        # on this case's topic only as far as its key points count here; and so do another
        # technical question's field words (offtopic29: read as another question's answer by
        # its words alone, a technical answer still kept its whole on-topic credit, what a vague
        # answer to this question earns).
        on_topic *= lean_kept
    if salad:
        on_topic = 0.0  # a list of the question's terms is on its topic by construction
    raw = 100.0 * ((1 - TOPIC_WEIGHT) * coverage + TOPIC_WEIGHT * on_topic)
    # In words a candidate reads on the scorecard (it said "3.1 of 4.0 key-point weight earned
    # (78 %, weighted 90 %)"): what was covered and how much of this score each part makes.
    steps_share = FRAMEWORK_WEIGHT if question.category.value == "case" else 0.0
    basis = (
        f"key points covered {coverage:.0%}, the main ones counting most "
        f"({(1 - steps_share) * (1 - TOPIC_WEIGHT):.0%} of this score); on the question's topic "
        f"{on_topic:.0%} ({(1 - steps_share) * TOPIC_WEIGHT:.0%} of this score"
        + (", read by meaning: the share of the key points it says" if by_meaning else "")
        + ")"
    )
    if other is not None:
        # in words a person reads on the scorecard (it said the question's id and a file name)
        basis += (
            f"; reads as an answer to another question (on {shown_topic(other.topic)}), "
            f"so its key points count ×{kept:.2f} and its on-topic words ×{lean_kept:.2f}"
            + (
                f" (it covers {off.there:.0%} of that question's key points, {here:.0%} of "
                "this one's)"
                if off.confirmed
                else ""
            )
        )
    if concept is not None:
        basis += (
            f"; opens on and develops “{concept.name}”, not what the question asks, "
            f"so its key points and on-topic words count ×{kept:.2f}"
        )
    if another_problem:
        basis += (
            "; lays out a design whose steps are mostly not about this case, "
            f"so its key points and on-topic words count ×{kept:.2f}"
        )
    if salad:
        basis += (
            f"; only a list of terms: each named key point counts {SALAD_NAMED_CREDIT:.0%} of "
            "its weight, and its words no on-topic credit"
        )
    basis += meaning_credit.full_explanation_note(key_points, whole[0] if whole else None)
    framework_coverage = None
    if question.category.value == "case":
        framework_coverage = sum(f.covered for f in framework) / max(1, len(framework))
        gate, why = _framework_gate(
            question, tokens, coverage, concept is not None, another_problem
        )
        steps_credit = framework_coverage
        in_own_words = (
            STEPS_BY_MEANING
            and bool(whole)
            and whole[0].full
            and trusted
            and other is None
            and concept is None
            and not another_problem
            and not salad
            and coverage > framework_coverage
        )
        if in_own_words:
            # An answer read in full in its own words lays out the case's design as far as it
            # covers the case's key points (para65): the steps' cues are the rubric's words, and
            # everyday words say few of them
            steps_credit = coverage
        raw = (1 - FRAMEWORK_WEIGHT) * raw + FRAMEWORK_WEIGHT * 100.0 * steps_credit * gate
        basis += (
            f"; case steps covered {sum(f.covered for f in framework)} of {len(framework)} "
            f"({FRAMEWORK_WEIGHT:.0%} of this score"
            + (
                f", read by meaning: counted as its key points, {steps_credit:.0%}"
                if in_own_words
                else ""
            )
            + (f", counted ×{gate:.2f} as {why})" if gate < 1 else ")")
        )
    ceiling = None if cut else brief_ceiling(question, tokens)
    brief = None
    if ceiling is not None and raw > ceiling:
        raw, brief = ceiling, int(round(ceiling))
        share = meaning_credit.length_share(question, tokens)
        basis += (
            f"; brief: {len(tokens.words)} words, {share:.0%} of the model "
            "answer's, too few to explain each point with how it works, why it matters and "
            f"its trade-off, so its content counts at most {ceiling:.0f}"
        )
    # Each wrong claim multiplies the score down and takes points off. A misconception costs
    # MISCONCEPTION_FACTOR and MISCONCEPTION_POINTS; contradicting a key point costs in
    # proportion to the point's weight (the heavier the point, the worse the error).
    # ... and one claim costs once: a clause contradicting two key points, or a listed
    # misconception that also contradicts a point, is charged as the heaviest of them (ux46)
    points_under, wrong_under = one_charge(
        {
            k: (question.key_points[k].id, c.claim, c.evidence, _contradiction_cost(w))
            for k, c in opposite.items()
            for w in (question.key_points[k].weight,)
        },
        [(m.phrase, m.evidence) for m in misconceptions],
        (MISCONCEPTION_FACTOR, MISCONCEPTION_POINTS),
    )
    if points_under or wrong_under:
        key_points = [
            replace(kp, charged_under=points_under[k]) if k in points_under else kp
            for k, kp in enumerate(key_points)
        ]
        misconceptions = [
            replace(m, charged_under=wrong_under[i]) if i in wrong_under else m
            for i, m in enumerate(misconceptions)
        ]
    charged_wrong = len(misconceptions) - len(wrong_under)
    costs = [(MISCONCEPTION_FACTOR, MISCONCEPTION_POINTS)] * charged_wrong
    weights = {k: question.key_points[k].weight for k in opposite if k not in points_under}
    if len(opposite) == 1 and not misconceptions and not sweeping:
        # One uncertain reading (a single reversed direction word) is the answer's only
        # charge: it costs what a weight-1 point does, never a strong answer's whole score.
        ((k, claim),) = opposite.items()
        if not claim.sure:
            weights[k] = min(weights[k], UNSURE_WEIGHT)
    costs += [_contradiction_cost(w) for w in weights.values()]
    if sweeping:  # in proportion to the share of the answer that overclaims ...
        factor, points = overclaim_cost(len(sweeping), len(tokens.sentences))
        # ... and never less than one listed misconception: the charge needs two sweeping
        # claims that are a quarter of the answer or more (its tone, not a remark), and such a
        # claim is as wrong as a misconception the rubric lists ("boosting can never
        # overfit"). Charged in proportion alone (x0.75 - 8 for two of eight sentences), 17
        # verbose-wrong answers of wrong61's tuning half stayed above their weak answer, charged
        # ("The mean doesn't matter because models learn it as an intercept. The best way to
        # check is to compute the correlation between the series and time": 43, weak 33).
        costs.append((min(factor, MISCONCEPTION_FACTOR), max(points, MISCONCEPTION_POINTS)))
    # ... and a claim caught wrong weighs on the rest of the answer (credence), unless it is
    # the answer's only charge and rests on one uncertain reading
    only_unsure = (
        len(opposite) == 1
        and not misconceptions
        and not sweeping
        and not next(iter(opposite.values())).sure
    )
    caught = len({s.index for s in tokens.sentences if s.text in said_wrong})
    believed = 1.0 if only_unsure else credence(caught, len(tokens.sentences))
    if believed < 1.0:
        raw *= believed
        basis += (
            f"; {caught} of its {len(tokens.sentences)} sentences caught asserting a wrong "
            f"claim, so what the others earn counts ×{believed:.2f} (the checks catch about "
            "half of the wrong claims an answer makes)"
        )
    if costs:
        for factor, points in costs:
            raw = raw * factor - points
        # in words a person reads on the scorecard: a bare "x0.50 - 15, x0.75 - 8" said nothing
        # ... and equal charges in a row counted, not spelt out: a long answer repeating one
        # claim in 286 sentences had 286 'x0.50 - 15 points, then' (attack run 33)
        said = (
            "each multiplies the score and takes points off ("
            + ", then ".join(
                (f"{n} times " if n > 1 else "") + f"x{f:.2f} - {p:.0f} points"
                for (f, p), n in _runs(costs)
            )
            + ")"
        )
        # only what was found, as people count: "1 misconception", not "1 misconception(s),
        # 0 contradicted key point(s)" (walkthrough 33)
        counts = (len(misconceptions), len(opposite), len(sweeping))
        found = [
            plural(len(misconceptions), "misconception"),
            plural(len(opposite), "contradicted key point"),
            plural(len(sweeping), "sweeping claim") + " the accepted answer does not make",
        ]
        # the charges below count each claim once: say how many of those named were one
        once = len(points_under) + len(wrong_under)
        same = f" ({once} of them the same claim as another, charged once)"
        basis += (
            "; "
            + ", ".join(f for f, n in zip(found, counts, strict=True) if n)
            + (same if once else "")
            + f": {said}"
        )
    score = int(round(max(0.0, min(100.0, raw))))
    return ContentResult(
        score,
        coverage,
        key_points,
        misconceptions + sweeping,
        framework,
        framework_coverage,
        basis,
        warned,
        other.prompt if other is not None else None,
        kept,
        concept.name if concept is not None else None,
        salad,
        another_problem,
        brief,
    )


def credence(caught: int, sentences: int) -> float:
    """The share of an answer's credit that stands when ``caught`` of its ``sentences`` were
    caught asserting a wrong claim: 1 - ``CAUGHT_STANDS_FOR`` x their share, never below 0.

    A claim caught wrong is evidence about the claims beside it, as an interviewer who hears a
    candidate state two things confidently wrong weighs the rest of the answer less: the checks
    catch only part of what a wrong answer gets wrong (of the repository's verbose-wrong
    answers, written wrong throughout, 39 % of the sentences on average, a third at the
    median), so each sentence caught stands for about ``CAUGHT_STANDS_FOR`` that are wrong.
    An answer of ten sentences with one caught keeps 80 % of what the rest earns (before the
    claim's own cost), one of four sentences with two caught keeps nothing."""
    if caught <= 0 or sentences <= 0:
        return 1.0
    return max(0.0, 1.0 - CAUGHT_STANDS_FOR * caught / sentences)


def brief_ceiling(question: Question, tokens: Tokens) -> float | None:
    """The most the content of an answer this brief counts (``DEPTH_LENGTH``), or None when
    it is long enough to be complete (or the question has no model answer to measure by).
    Calibrated per question by its own model answer: completeness is the rubric's key points
    each developed, and a 60-word answer that names three of them in three sentences has not
    developed them, where the model answer takes 160 words."""
    if not words(question.model_answer):
        return None
    depth = meaning_credit.length_share(question, tokens) / DEPTH_LENGTH
    if depth >= 1.0:
        return None
    return 100.0 * (BRIEF_FLOOR + (1.0 - BRIEF_FLOOR) * depth)


def _runs(costs: list[tuple[float, float]]) -> list[tuple[tuple[float, float], int]]:
    """Equal charges in a row, each with how many there are."""
    return [(cost, sum(1 for _ in run)) for cost, run in itertools.groupby(costs)]


def _as_listed(key_points: list[KeyPointResult]) -> list[KeyPointResult]:
    """A salad's key points: every point it says is only named, for ``SALAD_NAMED_CREDIT``."""
    return [
        replace(kp, status="named", covered=False, credit=min(kp.credit, SALAD_NAMED_CREDIT))
        if kp.credit > 0
        else kp
        for kp in key_points
    ]


# Share of the key-point weight an answer must earn by meaning, in a full explanation in its own
# words, for its plain-words opening not to be read as another concept (para31).
OWN_WORDS_MEANING = 0.5
# ... from at least this many sentences besides the opening one (para32).
OWN_WORDS_SENTENCES = 2


def _in_own_words(
    key_points: list[KeyPointResult], whole: list[meaning_credit.AnswerReading], tokens: Tokens
) -> bool:
    """Does the answer explain the asked question in its own words: it reads as a full
    explanation (meaning_credit.reads_in_full) and earns at least ``OWN_WORDS_MEANING`` of the
    key-point weight by meaning? Such an answer names its subject in everyday words ("Broken
    items almost never come down the line" asked about defect detection, "Normal regression
    aims for the average; this kind ...") where a competent answer to a neighbouring question
    names its own concept and says it in the field's words (answer_subject.py).

    The weight counts only from sentences other than the opening one, which names the other
    concept, each sentence once (its heaviest point), and from ``OWN_WORDS_SENTENCES`` sentences
    or more (para32): an answer about a neighbouring concept or system comes near this
    question's points in one or two sentences full of the shared field's words ("Precision is
    the share of predicted positives ..." lifted two ROC points, "For each point you compute
    a, the mean distance ..." two clustering points, and the cut was lifted: 7 -> 59), where a
    paraphrase says its points one after another."""
    if not whole or not whole[0].full:
        return False
    opening = opening_sentence(tokens)
    said_first = opening.text if opening is not None else None
    heaviest: dict[str, float] = {}
    for k in key_points:
        if k.via == "meaning" and k.credit > 0 and k.evidence and k.evidence != said_first:
            heaviest[k.evidence] = max(heaviest.get(k.evidence, 0.0), k.weight)
    total = sum(k.weight for k in key_points) or 1.0
    return (
        len(heaviest) >= OWN_WORDS_SENTENCES and sum(heaviest.values()) / total >= OWN_WORDS_MEANING
    )
