"""Content: how much of the question's rubric the answer explains, and what it gets wrong.

* A key point earns its full weight only when it is *explained*: the phrase sits in a sentence
  that says something about it (connecting words around it: "means", "because", "so it",
  "is", ...). Named in a bare list of keywords, it earns ``NAMED_CREDIT`` of its weight.
  Explained in one of its phrases only (a thin answer touching every point once), it earns
  ``SINGLE_PHRASE_CREDIT``: a full answer says a point in more than one way.
* A misconception (a rubric phrase not negated by "not", "myth", ...) is named with its
  correction; each one multiplies the content score by ``MISCONCEPTION_FACTOR`` and takes
  ``MISCONCEPTION_POINTS`` off, and the sentence that said it earns no key point (nor does the
  sentence of a contradicted key point, see contradiction.py); those points are missing, not
  "contradicted": only the wrong claim itself is named. Contradicting a key point costs in
  proportion to its weight (a weight-2 point what a misconception costs, a weight-3 point more).
* Case questions add framework coverage (clarify ... trade-offs) with ``FRAMEWORK_WEIGHT``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring import meaning_credit
from simulator.core.scoring.answer_topic import about_the_question, off_question_credit
from simulator.core.scoring.claims import add_wrong_claims, wrong_claims
from simulator.core.scoring.comparisons import beaten_points
from simulator.core.scoring.contradiction import Contradiction, contradictions
from simulator.core.scoring.counterparts import counterpart_between
from simulator.core.scoring.dismissals import dismissed_points
from simulator.core.scoring.explained import is_explained, is_list_like
from simulator.core.scoring.framework_cues import FRAMEWORK_CUES
from simulator.core.scoring.loose_claims import loose_claims
from simulator.core.scoring.matching import AnswerIndex, Span, claim_variants, compile_phrase
from simulator.core.scoring.meaning import read_meaning
from simulator.core.scoring.point_anchors import needs_anchor, point_anchors, said_about
from simulator.core.scoring.point_phrases import point_phrases, substituted
from simulator.core.scoring.results import FrameworkStepResult, KeyPointResult, MisconceptionHit
from simulator.core.scoring.sameness import same_claims
from simulator.core.scoring.stance import Stance, says_no
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, words

NAMED_CREDIT = 0.3
SINGLE_PHRASE_CREDIT = 0.85  # an explained point said in one way only (a thin answer)
# One wrong claim halves the content score and takes 15 off (x0.6 - 10 left most confidently
# wrong answers above weak ones: issue 9, round 8 and the round-6 set).
MISCONCEPTION_FACTOR = 0.5
MISCONCEPTION_POINTS = 15.0
# A contradicted key point of weight 3 costs x0.25 - 22.5, weight 1 x0.75 - 7.5 (weight 2 costs
# what a misconception does).
CONTRADICTION_FACTOR_PER_WEIGHT = 0.25
CONTRADICTION_POINTS_PER_WEIGHT = 7.5
TOPIC_WEIGHT = 0.1
TOPIC_FLOOR = 0.1  # share of the answer's words from the question's vocabulary that earns 0
TOPIC_FULL = 0.45  # ... and the share that earns all of it
# A share of one or two words says nothing: "Variance." was 100 % on topic and earned the whole
# on-topic credit (10 content points) for a one-word answer.
TOPIC_MIN_WORDS = 3
FRAMEWORK_WEIGHT = 0.3
FRAMEWORK_GATE = 0.25  # key-point coverage from which the framework earns its whole credit


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


def _sentence_text(tokens: Tokens, span: Span) -> str:
    return tokens.sentences[tokens.sentence_of[span[0]]].text


def find_misconceptions(
    question: Question, index: AnswerIndex, stance: Stance
) -> tuple[list[MisconceptionHit], list[MisconceptionHit], set[int]]:
    """Misconceptions the answer asserts (charged) and those it warns against (not charged).

    A rubric phrase said under a negation ("batch norm does not ...") is neither; said inside
    a warning frame ("a common mistake is to think ...", "... would leak") it is warned
    against. One asserted occurrence anywhere makes it the candidate's own."""
    hits: list[MisconceptionHit] = []
    warned: list[MisconceptionHit] = []
    wrong_sentences: set[int] = set()
    tokens = index.tokens
    subject = _vocabulary(question.prompt)
    for mis in question.misconceptions:
        asserted: tuple[str, Span] | None = None
        warning: tuple[str, Span] | None = None
        for text in mis.phrases:
            variants = [
                v for p in compile_phrase(text, strict=True) for v in claim_variants(p, subject)
            ]
            for phrase in variants:
                for span in index.find_ordered(phrase):
                    if not index.refers_back(phrase, span) or stance.interrupted(
                        span, phrase.stems
                    ):
                        continue
                    # said within one sentence, of the claim's own terms
                    if tokens.sentence_of[span[0]] != tokens.sentence_of[span[1] - 1]:
                        continue
                    if counterpart_between(tokens, span, phrase.stems) or _non_inside(
                        tokens, span, text
                    ):
                        continue
                    if phrase.proposal and not index.proposed(span):
                        continue
                    if not phrase.negated and (
                        index.negated(span) or stance.negated(span, says_no(text))
                    ):
                        if warning is None and stance.warned(span):
                            warning = (text, span)
                        continue
                    if stance.warned(span):
                        warning = warning or (text, span)
                        continue
                    asserted = (text, span)
                    break
                if asserted:
                    break
            if asserted:
                break
        if asserted:
            text, span = asserted
            wrong_sentences.add(tokens.sentence_of[span[0]])
            hits.append(
                MisconceptionHit(mis.id, text, _sentence_text(tokens, span), mis.correction)
            )
        elif warning:
            text, span = warning
            warned.append(
                MisconceptionHit(mis.id, text, _sentence_text(tokens, span), mis.correction)
            )
    return hits, warned, wrong_sentences


def _non_inside(tokens: Tokens, span: Span, claim: str) -> bool:
    """ "non" inside a loosely matched claim turns one of its words over: "the null is
    non-stationarity" does not say "the null is stationarity"."""
    return "non" in tokens.words[span[0] + 1 : span[1]] and "non" not in words(claim)


def score_key_points(
    question: Question,
    index: AnswerIndex,
    wrong_sentences: set[int],
    stance: Stance,
    opposite: dict[int, Contradiction] | None = None,
    trusted: bool = True,
) -> list[KeyPointResult]:
    """A key point earns its weight from a mention that explains it (or less, one that only
    names it). A mention under a negation earns nothing; when every mention is negated the
    answer said the opposite, and the point is *contradicted*. A point said in other words
    earns part of its weight by meaning, unless the answer is not ``trusted`` (it asserts a
    wrong claim somewhere)."""
    tokens = index.tokens
    found: list[list[Span]] = []
    terms: set[int] = set()
    says_not: set[Span] = set()  # spans of phrases that themselves say "not"
    phrase_of: dict[Span, str] = {}
    # An answer about the asked question needs no anchor sentence by sentence.
    free = about_the_question(question, tokens)
    for k, kp in enumerate(question.key_points):
        spans: set[Span] = set()
        for text in kp.phrases:
            loose = substituted(text, question.prompt)
            for phrase in point_phrases(text, question.prompt):
                for span in index.find(phrase):
                    if (
                        not free
                        and needs_anchor(phrase, loose)
                        and not said_about(index, phrase, text, span, point_anchors(question, k))
                    ):
                        continue  # other words only, in a sentence about something else
                    spans.add(span)
                    phrase_of.setdefault(span, text)
                    terms |= index.term_positions(phrase, span)
                    if phrase.negated or says_no(text):
                        says_not.add(span)
        found.append(sorted(spans))
    statuses: list[tuple[str, str | None]] = []
    depth: list[int] = []  # distinct phrases of each point said as the speaker's own
    denied_sentences = set(wrong_sentences)
    for kp_spans in found:
        status, evidence = "missing", None
        depth.append(
            len(
                {
                    phrase_of[sp]
                    for sp in kp_spans
                    if tokens.sentence_of[sp[0]] not in wrong_sentences
                    and not stance.negated(sp, sp in says_not)
                    and not stance.dismissed(sp)
                }
            )
        )
        for span in kp_spans:
            denied = stance.negated(span, span in says_not) or stance.dismissed(span)
            if denied:
                denied_sentences.add(tokens.sentence_of[span[0]])
                if status == "missing":
                    status, evidence = "contradicted", _sentence_text(tokens, span)
                continue
            if tokens.sentence_of[span[0]] in wrong_sentences:
                continue  # said inside a wrong claim: no credit (the claim is named on its own)
            if is_explained(tokens, span, terms):
                status, evidence = "explained", _sentence_text(tokens, span)
                break
            if status in ("missing", "contradicted"):
                status, evidence = "named", _sentence_text(tokens, span)
        statuses.append((status, evidence))
    sentences = [s.text for s in tokens.sentences]
    excluded = denied_sentences | {
        s.index
        for s in tokens.sentences
        if is_list_like(s) or meaning_credit.advises_against(tokens, s)
    }
    reading = read_meaning(question, sentences, excluded) if sentences else None
    meaning = reading.points if reading is not None else None
    opposite = opposite or {}
    by_meaning: list[float] = []
    if reading is not None:
        by_words = [_words_credit(st, d) for (st, _), d in zip(statuses, depth, strict=True)]
        denies = bool(opposite) or any(st == "contradicted" for st, _ in statuses)
        full = meaning_credit.reads_in_full(
            question, tokens, excluded, by_words, reading, denies
        ).full
        by_meaning = meaning_credit.meaning_credits(reading.points, full)
    results = []
    for k, (kp, (status, evidence)) in enumerate(zip(question.key_points, statuses, strict=True)):
        claim = opposite.get(k)
        if claim is not None:  # asserted the opposite: nothing, whatever else was said
            status, evidence = "contradicted", claim.evidence
        credit = _words_credit(status, depth[k])
        via, closeness = "words", None
        if meaning is not None:
            m = meaning[k]
            closeness = m.closeness
            if (
                trusted
                and by_meaning[k] > credit
                and status != "contradicted"
                and m.sentence is not None
            ):
                # Said in other words: covered, for part of the weight (see meaning_credit.py).
                status, credit, via = "explained", by_meaning[k], "meaning"
                evidence = sentences[m.sentence]
        results.append(
            KeyPointResult(
                id=kp.id,
                label=kp.label,
                weight=kp.weight,
                covered=status == "explained",
                status=status,
                credit=credit,
                evidence=evidence,
                via=via,
                closeness=closeness,
                contradiction=claim.claim if claim else None,
            )
        )
    return results


def _words_credit(status: str, depth: int) -> float:
    """What a point earns by the rubric's words: explained in two ways or more, in one, named."""
    if status == "explained":
        return 1.0 if depth >= 2 else SINGLE_PHRASE_CREDIT
    return NAMED_CREDIT if status == "named" else 0.0


@lru_cache(maxsize=1024)
def _vocabulary(*texts: str) -> frozenset[str]:
    return frozenset(stem(w) for t in texts for w in words(t) if w not in STOPWORDS)


def topicality(question: Question, tokens: Tokens) -> float:
    """0..1: how much of the answer uses the question's own vocabulary (prompt, rubric, model
    answer). Separates a vague but on-topic answer from one about something else. Fewer than
    ``TOPIC_MIN_WORDS`` content words are too few to be on any topic: 0."""
    vocab = _vocabulary(
        question.prompt,
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(p for kp in question.key_points for p in kp.phrases),
    )
    content = [s for w, s in zip(tokens.words, tokens.stems, strict=True) if w not in STOPWORDS]
    if len(content) < TOPIC_MIN_WORDS:
        return 0.0
    share = sum(1 for s in content if s in vocab) / len(content)
    return max(0.0, min(1.0, (share - TOPIC_FLOOR) / (TOPIC_FULL - TOPIC_FLOOR)))


def score_framework(question: Question, index: AnswerIndex) -> list[FrameworkStepResult]:
    own = {step.step.value: step.phrases for step in question.framework}
    steps = list(own) or list(FRAMEWORK_CUES)
    results = []
    for name in steps:
        evidence = None
        for text in (*own.get(name, ()), *FRAMEWORK_CUES.get(name, ())):
            for phrase in compile_phrase(text):
                spans = [sp for sp in index.find(phrase) if is_explained(index.tokens, sp, set())]
                if spans:
                    evidence = _sentence_text(index.tokens, spans[0])
                    break
            if evidence:
                break
        results.append(FrameworkStepResult(name, evidence is not None, evidence))
    return results


def _contradiction_cost(weight: float) -> tuple[float, float]:
    factor = max(0.2, 1.0 - CONTRADICTION_FACTOR_PER_WEIGHT * weight)
    return factor, CONTRADICTION_POINTS_PER_WEIGHT * weight


def score_content(question: Question, tokens: Tokens) -> ContentResult:
    index = AnswerIndex(tokens)
    stance = Stance(tokens)
    misconceptions, warned, wrong_sentences = find_misconceptions(question, index, stance)
    opposite = contradictions(question, index, stance)
    for k, dismissal in dismissed_points(question, index, stance).items():
        opposite.setdefault(k, dismissal)
    for k, ranked_below in beaten_points(question, index, stance).items():
        opposite.setdefault(k, ranked_below)
    loose, loose_hits = loose_claims(
        question, index, stance, set(opposite), {m.id for m in misconceptions}
    )
    opposite.update(loose)
    misconceptions += [
        m for m in loose_hits if m.evidence not in {h.evidence for h in misconceptions}
    ]
    add_wrong_claims(wrong_claims(question, tokens, stance), opposite, misconceptions)
    charged = {c.evidence for c in opposite.values()} | {m.evidence for m in misconceptions}
    misconceptions += same_claims(question, tokens, stance, charged)
    # A sentence that asserts a wrong claim earns no key point, whichever claim it was.
    said_wrong = {c.evidence for c in opposite.values()} | {m.evidence for m in misconceptions}
    wrong_sentences |= {s.index for s in tokens.sentences if s.text in said_wrong}
    # Meaning cannot tell a claim from its opposite: an answer caught asserting a wrong claim
    # earns key points by its words only.
    trusted = not (misconceptions or opposite)
    key_points = score_key_points(question, index, wrong_sentences, stance, opposite, trusted)
    total = sum(k.weight for k in key_points) or 1.0
    earned = sum(k.weight * k.credit for k in key_points)
    # An answer to another question (its words as a whole lean there) earns little here.
    kept, other = off_question_credit(question, tokens)
    earned *= kept
    coverage = earned / total
    on_topic = topicality(question, tokens)
    raw = 100.0 * ((1 - TOPIC_WEIGHT) * coverage + TOPIC_WEIGHT * on_topic)
    basis = (
        f"{earned:.1f} of {total:.1f} key-point weight earned ({coverage:.0%}, "
        f"weighted {1 - TOPIC_WEIGHT:.0%}); on topic {on_topic:.0%} (weighted {TOPIC_WEIGHT:.0%})"
    )
    if other is not None:
        basis += f"; reads as an answer to {other.id}, key points x{kept:.2f} (answer_topic.py)"
    basis += meaning_credit.full_explanation_note(key_points)
    framework: list[FrameworkStepResult] = []
    framework_coverage = None
    if question.category.value == "case":
        framework = score_framework(question, index)
        framework_coverage = sum(f.covered for f in framework) / max(1, len(framework))
        # Generic framework words (data, model, metric) fit any ML answer: they count only as
        # far as the answer covers this case's own key points.
        gate = min(1.0, coverage / FRAMEWORK_GATE)
        raw = (1 - FRAMEWORK_WEIGHT) * raw + FRAMEWORK_WEIGHT * 100.0 * framework_coverage * gate
        basis += (
            f"; framework {sum(f.covered for f in framework)}/{len(framework)} steps "
            f"(weighted {FRAMEWORK_WEIGHT:.0%}"
            + (f", x{gate:.2f} as the answer is mostly off this case)" if gate < 1 else ")")
        )
    # Each wrong claim multiplies the score down and takes points off. A misconception costs
    # MISCONCEPTION_FACTOR and MISCONCEPTION_POINTS; contradicting a key point costs in
    # proportion to the point's weight (the heavier the point, the worse the error).
    costs = [(MISCONCEPTION_FACTOR, MISCONCEPTION_POINTS)] * len(misconceptions)
    weights = {k: question.key_points[k].weight for k in opposite}
    costs += [_contradiction_cost(w) for w in weights.values()]
    if costs:
        for factor, points in costs:
            raw = raw * factor - points
        said = ", ".join(f"x{f:.2f} - {p:.0f}" for f, p in costs)
        basis += (
            f"; {len(misconceptions)} misconception(s), {len(opposite)} contradicted key "
            f"point(s): {said}"
        )
    score = int(round(max(0.0, min(100.0, raw))))
    return ContentResult(
        score,
        coverage,
        key_points,
        misconceptions,
        framework,
        framework_coverage,
        basis,
        warned,
        other.prompt if other is not None else None,
        kept,
    )
