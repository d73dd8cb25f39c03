"""How much of a key point a sentence said in other words earns (the meaning signal, meaning.py).

Static embeddings measure topic and vocabulary, not truth, so one close sentence alone earns at
most ``MEANING_CREDIT`` (half) of a point. The evidence is trusted further when *the answer as a
whole* reads like a full explanation of this question (``reads_in_full``):

* it is prose: at least ``PROSE_MIN_FUNCTION_WORDS`` of its words are function words ("the",
  "because", "so", "it"); a keyword salad has almost none (0-15 % on every repository salad,
  22 % or more on every prose answer);
* it explains in at least ``FULL_MIN_SENTENCES`` sentences of its own (after the sentences that
  assert a wrong claim, deny a point, list terms or advise against a practice are set aside);
* it reaches at least ``FULL_REACH`` of the key-point weight: each point explained in the
  rubric's words, or said in other words with closeness ``REACH`` or more. A partial answer
  says some points and is silent on the rest (its silent points sit near 0); a paraphrase
  comes near every point, some in words and some not;
* none of its sentences leans towards one of the rubric's wrong claims (``LEANING_MAX``) and
  it denies no key point.

In such an answer each point said in other words earns ``FULL_SLOPE`` x its closeness, from
closeness ``FULL_FROM``, up to ``FULL_CREDIT`` (a point explained in the rubric's own words in
two ways still earns more; a point the margin reading confirms too, up to ``CONFIRMED_CREDIT``,
para69); one sentence lifts at most ``POINTS_PER_SENTENCE`` points. Otherwise the old rule holds: closeness x ``MEANING_CREDIT`` from
``MEANING_FULL``. content.py still gives no meaning credit at all to an answer caught asserting
a wrong claim, and an echo of the prompt reaches nothing (meaning.py's floor).

Advice against a practice ("you should not crop the photo") is left out of the meaning signal:
an embedding reads it as close to the practice itself.

Issue 9, para21: on the repository sets, 40 of 78 correct paraphrases were not read as full
explanations, 24 lost to the partial answer. Of the key-point weight those 24 left uncredited
(134 of 244), 65 was missed by the static vectors (closeness under 0.4: everyday words no
wording or vector reaches), 30 was capped (a close sentence earning half a point in an answer
not read in full, or a sentence saying two points lifting one), 32 was refused the full reading
by its gates (reach 0.75, leaning, an everyday word from plain_words.py in some point's closest
sentence), 6 was read as denied. Partial and verbose-wrong answers reach as far as paraphrases
(median 0.7), so reach separates little; the everyday-word gate held back 12 of 78 paraphrases
(their own words are not in the shared lexicon) and only 5 partial and 5 uncaught verbose-wrong
answers of 259. Now: reach 0.6, no everyday-word gate, two points per sentence (a paraphrase
often says a point and its reason in one sentence): paraphrase > partial 54 -> 60 of 78 on the
repository sets, every other line unchanged, verbose-wrong answers with every wrong-claim check
off ("uncaught") 56.2 -> 57.0 on average; the own held-out set (heldout_para21_content.yaml)
5 -> 5 of 8 (see benchmarks/scoring_quality.py).

Issue 9, para25: a point said twice. Of the 47 repository paraphrases not above their partial,
the partial's extra key-point weight came 118.5 from points the paraphrase never reached and 23.8
from points both answers say, the partial in two of the rubric's phrases (1.0) where the
paraphrase said it once in words (0.85) or by meaning (at most 0.9). Typed answers have no
delivery part, so delivery and structure favour neither. Now, in an answer read in full: a point
explained once in the rubric's words earns its full weight when another sentence comes near it
by meaning (``CORROBORATE_FROM``: the example or the mechanism said again in other words), and a
point whose closest sentence already lifts two closer points is lifted by the next sentence
near it (``PointMeaning.others``; a point never loses its own closest sentence to another's
second). Evidence stays the worded sentence, or the sentence that lifted the point.

Issue 9, para29: a prose answer that does not read in full (reach under ``FULL_REACH``: a
paraphrase often leaves points its everyday words do not bring near) earned at most half a point
for a sentence however close (a learning-curves paraphrase said the high-bias pattern at
closeness 0.85 and earned 0.43 of it). Now, when every condition of a full reading but the reach
holds (``AnswerReading.prose``: prose, three usable sentences, no leaning, no denied point) and
the answer's words as a whole sit nearest this question's rubric (key_points.py: a generic
lifecycle answer to the fraud case rose 18 -> 22 without it), a sentence from ``CLOSE_FROM``
earns its closeness, up to ``CLOSE_CREDIT`` (one sentence lifts two points at most); the basis
says so. An answer caught asserting a wrong claim still earns nothing by meaning (content.py).
Measured (repository answer sets, 240 paraphrases): only 4 answers move (2 paraphrases +4 and
+13, one off-topic answer 3 -> 4, one weak +4); own held-out and
development sets (heldout_para29, dev_para29) unchanged. Most of the paraphrases' missing weight
sits in points no sentence comes near (closeness under 0.4: 64 of 108 weight lost by the 38
paraphrases at or below their partial), which no threshold here reaches.

Issue 9, para30: a point the rubric's words already earn as much as a lift could give (two of its
phrases: 1.0; once, 0.85, against a lift under that) takes no sentence's room in
``meaning_lifts``. One sentence lifts two points at most, and a paraphrase sentence that says one
point in the rubric's words and another in its own gave its room to the first, which gained
nothing, so the second fell to a farther sentence or to half a point (a random-forest paraphrase
lost 0.2 of its bagging point when its out-of-bag point came to be read in words). Repository
answer sets (2122 non-strong answers): 8 paraphrases up (e.g. sgd-vs-batch 74 -> 82), none down,
and one uncaught verbose-wrong answer 88 -> 94 (already above its partial); nothing else moved.

Issue 9, para35: a partial answer of 60-80 words read as a full explanation (a multiclass-
averaging partial earned 0.9 of the weighted-averaging point from one sentence, an ad-CTR
partial 0.71 of calibration from "treat it as binary classification"), because reach counts
points its few sentences come near. A full reading now also needs the answer to say at least
``FULL_MIN_LENGTH`` (half) of the model answer's words: of the repository and dev answer sets,
paraphrases at or above it 565/569, strong answers 904/944, partial answers 2/722. Such a
partial keeps the close reading of para29 (a sentence as close as the model answer's).

Issue 9, para39: a paraphrase in everyday words often comes near a point only through the model
answer's sentences that explain it (meaning.EXPLAINED_TARGETS), which para38 kept out of the
reach because uncaught wrong answers read in full through them. Such a point now counts in the
reach when it is restated one to one (``restated_points``: a sentence of its own, reaching no
other point; a short generic sentence comes near several explaining sentences at once) in an
answer of at least ``RESTATE_MIN_LENGTH`` of the model answer's words and at least a usable
sentence per key point. Every content set and pack: 34 paraphrases up, nothing else moved;
with the rubrics' wrong claims removed, one verbose-wrong answer in the rubric's words rose too
(a structural gate does not read stance; see benchmarks/scoring_quality.py, round 39).

Issue 9, para40: that gate now also reads stance: no restated point counts when a sentence of
the answer restates a model-answer sentence with a word of it denied or a direction turned over
(restated_stance.py). Dev, every content set with every pack: with the rubrics' wrong claims
removed only the survival-censoring verbose-wrong answer moved (96 -> 51); with them, nothing.

Issue 9, para40: an answer in its own words. On outside packs (only the author's phrases, model
answer and misconceptions), 58 of the 92 dev paraphrases at or below their partial were not
read in full for their reach: everyday words come near a technical point at closeness 0.25-0.4
where its terms would come nearer. In an answer of at least ``RESTATE_MIN_LENGTH`` of the model
answer's words whose key points the rubric's words touch for at most ``OWN_WORDS_MAX`` of the
weight, and with no sentence turning the model answer over, a point now counts in the reach from
``OWN_WORDS_REACH``, and a full reading lifts such points last, in the room the closer lifts
leave (``_lift_own_words``). Every content set and pack: 47 paraphrases up, none down, one
off-topic answer +1; no verbose-wrong answer moved, with or without the rubrics' wrong claims.

Issue 9, para44: such an answer in its own words reads in full from more than
``OWN_WORDS_FULL_REACH`` (half) of the key-point weight. Of the 144 dev paraphrases at or below
their partial answer, 52 read as prose but fell short of ``FULL_REACH``, 22 of them at a reach
of 0.45-0.55, and earned almost nothing (an outside confidence-interval analogy 4 against its
partial's 65). The lower reach for every answer lifted five verbose-wrong answers in the
rubric's words (a swapped L1/L2 answer 51 -> 70); for answers in their own words only, 3
paraphrases rose (4 -> 79, 1 -> 45, 7 -> 38) and no other answer moved. From exactly half, an
answer to another question in its own terms rose too (pruning asked about knowledge
distillation, 3 -> 38 above the weak answer's 7).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from simulator.core.questions import Question
from simulator.core.scoring import point_margins
from simulator.core.scoring.foil_leaning import unframed
from simulator.core.scoring.leaning_words import slight_lean_in_other_words
from simulator.core.scoring.meaning import (
    MEANING_CREDIT,
    MEANING_FULL,
    MeaningReading,
    PointMeaning,
)
from simulator.core.scoring.restated_stance import keeps_stance, turned_sentences
from simulator.core.scoring.results import KeyPointResult
from simulator.core.scoring.text import STOPWORDS, Sentence, Tokens, words

PROSE_MIN_FUNCTION_WORDS = 0.2
FULL_MIN_SENTENCES = 3
REACH = 0.4  # closeness from which a point counts as reached for the whole-answer check
WORDS_REACH = 0.85  # credit from which a point explained in words counts as reached
FULL_REACH = 0.6  # share of key-point weight reached: the answer reads as a full explanation
# The answer's words, as a share of the model answer's words, from which it can read as a full
# explanation (para35): a partial answer says a few points in a few sentences.
FULL_MIN_LENGTH = 0.5
FULL_FROM = 0.4
# A point restated through the model answer's explaining sentences counts in the reach when
# its sentence is its own (para39, ``restated_points``), from this closeness.
EXPLAINED_REACH = True
EXPLAINED_REACH_FROM = 0.4
# ... in an answer that restates the model answer at its length (an everyday paraphrase takes
# more words than the terms it avoids: 0.53-1.72 of the model answer on dev) and in at least as
# many sentences of its own as the question has key points
RESTATE_MIN_LENGTH = 0.7
# An answer in its own words (para40, ``reads_in_full``): at that length, when the rubric's words
# touch at most ``OWN_WORDS_MAX`` of the key-point weight, a point counts in the reach from this
# closeness (everyday words come near a technical point less closely than its own terms do).
OWN_WORDS_REACH: float | None = 0.25
OWN_WORDS_MAX = 0.3
OWN_WORDS_EXPLAINED = True
OWN_WORDS_SLOPE = 2.0
# ... and such an answer reads in full above this reach (None: from ``FULL_REACH``)
OWN_WORDS_FULL_REACH: float | None = 0.5
# ... and a point counts so only when the sentence near it keeps the model answer's stance there
# (wrong42, ``_keeps_stance``)
OWN_WORDS_STANCE = True
# A point a sentence tells apart from the question's other points (para46, point_margins.py)
# counts in the reach of an answer at ``RESTATE_MIN_LENGTH``; a full reading lifts it last, in
# the room the other lifts leave, to ``MARGIN_CREDIT`` x its share of the model answer's margin.
MARGIN_REACH = True
MARGIN_CREDIT = 0.75
# A point lifted in a full reading that the margin reading names too (para47/para48): a sentence
# tells it apart from the question's other points (point_margins.py), so its closeness is
# confirmed by a second, relative reading. It earns by ``OWN_WORDS_SLOPE``, as in an answer in
# its own words: everyday words, analogies and worked examples come near a point at closeness
# 0.4-0.6, which ``FULL_SLOPE`` made 0.5-0.75 of it, under a partial answer's one rubric phrase
# (0.85-1.0). A second sentence near the point (``corroborated``) is no such confirmation: a
# fluent wrong answer in everyday words keeps coming back to its topic (dev: a reservoir-sampling
# answer that needs the stream's length, 67 -> 75, with it).
CONFIRMED_SLOPE = True
FULL_SLOPE = 1.25
FULL_CREDIT = 0.9
# ... and such a confirmed point earns up to its whole weight (para69): two readings, its
# closeness and its margin over the question's other points, say the sentence says this point,
# as a partial answer's two rubric phrases for a point say it twice (1.0). Capped at
# ``FULL_CREDIT``, a paraphrase read in full that said every point tied or lost to a partial
# answer that said three of four in the rubric's words: of the repository's 211 paraphrases at
# or below their partial answer, 83 were read in full, 35 of them within 5 points, in 31 sets by
# different writers (dropout 89 against 90, SVM 87 against 88, learning curves 90 against 91).
# With this cap 10 of them, in 10 sets, rise above it; no partial or weak answer falls under a
# verbose-wrong one (15 uncaught verbose-wrong answers read in full rise 1-4 points). Every
# lifted point capped at 1.0 instead rose 17 paraphrases but put two verbose-wrong answers
# above their partial one.
CONFIRMED_CREDIT = 1.0
CORROBORATE_FROM = 0.5  # closeness of a second sentence that says a worded point again
POINTS_PER_SENTENCE = 2  # key points one sentence may lift in a full explanation
LEANING_MAX = 0.05  # a sentence nearer a rubric wrong claim than any key point by more: no boost
# ... unless it leans only as a foil: it denies, compares or conditions what it leans to (para45,
# foil_leaning.py)
FOIL_LEANING = True
# A prose answer that does not read in full (para29): a sentence nearly as close to a point as the
# model answer's own (closeness from CLOSE_FROM) earns its closeness, up to CLOSE_CREDIT. From
# 0.65 an uncaught wrong answer rose 35 -> 42 ("accuracy is the right choice" at 0.75 of a point
# that warns against accuracy); from 0.8 it stays.
CLOSE_FROM = 0.8
CLOSE_CREDIT = 0.85

# Advice against a practice: the answer's words, "don't" already split into "do not".
_AGAINST = (("should", "not"), ("must", "not"), ("do", "not"), ("no", "need"))


def advises_against(tokens: Tokens, sentence: Sentence) -> bool:
    ws = tokens.words[sentence.first_word : sentence.last_word]
    return any(tuple(ws[i : i + len(frame)]) == frame for frame in _AGAINST for i in range(len(ws)))


@dataclass(frozen=True)
class AnswerReading:
    """What the whole-answer check saw (shown in the content basis)."""

    full: bool
    prose: bool  # every condition of ``full`` but the reach (para29: close points, ``CLOSE_FROM``)
    reach: float  # share of key-point weight reached in words or in meaning
    sentences: int  # sentences the meaning signal may use
    function_words: float  # share of the usable sentences' words that are function words
    leaning: float  # towards the rubric's wrong claims (see meaning.MeaningReading)
    # in its own words (para40, ``OWN_WORDS_REACH``): its points from that closeness count in
    # the reach, and a full reading lifts them in the room the closer points leave
    own_words: bool = False
    # the points its sentences tell apart from the question's others (para46,
    # point_margins.py): (point, sentence, share of the model answer's margin)
    told: tuple[tuple[int, int, float], ...] = ()


def length_share(question: Question, tokens: Tokens) -> float:
    """The answer's words as a share of the model answer's (None-safe: at least one word)."""
    return len(tokens.words) / max(1, len(words(question.model_answer)))


def reads_in_full(
    question: Question,
    tokens: Tokens,
    excluded: set[int],
    word_credits: Sequence[float],
    meaning: MeaningReading,
    denies_a_point: bool = False,
) -> AnswerReading:
    """Does the answer as a whole read like a full explanation of the question? Never when it
    denies one of the key points ("it has no hidden state"), nor when it says fewer than
    ``FULL_MIN_LENGTH`` of the model answer's words (a partial answer that says three
    points in four sentences is not complete, however close those sentences come)."""
    weights = [kp.weight for kp in question.key_points]
    usable = [s for s in tokens.sentences if s.index not in excluded]
    said = [w for s in usable for w in tokens.words[s.first_word : s.last_word]]
    function_words = sum(1 for w in said if w in STOPWORDS) / len(said) if said else 0.0
    total = sum(weights) or 1.0
    reached = {
        k
        for k, (credit, m) in enumerate(zip(word_credits, meaning.points, strict=True))
        if credit >= WORDS_REACH or (m.sentence is not None and m.closeness >= REACH)
    }
    length = length_share(question, tokens)
    turned: list[int] | None = None  # read once, only when a structural credit needs it
    if EXPLAINED_REACH and length >= RESTATE_MIN_LENGTH and len(usable) >= len(weights):
        restated = restated_points(meaning.points, reached)
        # ... unless a sentence restates the model answer with its stance turned over (para40):
        # the one-to-one structure is what a wrong answer in the rubric's words has too
        if restated:
            turned = turned_sentences(question.model_answer, tokens, excluded)
            if not turned:
                reached |= restated
    worded = sum(w for w, credit in zip(weights, word_credits, strict=True) if credit > 0) / total
    own_words = False
    if OWN_WORDS_REACH is not None and length >= RESTATE_MIN_LENGTH and worded <= OWN_WORDS_MAX:
        # An answer in its own words (para40): the rubric's words touch few of its points, and
        # its everyday words come near the rest less closely than the rubric's would
        near = {
            k
            for k, m in enumerate(meaning.points)
            if m.sentence is not None and m.closeness >= OWN_WORDS_REACH
        }
        if OWN_WORDS_EXPLAINED:
            # ... or through the model answer's sentences that explain them (para41), each in a
            # sentence of its own, as restated points are
            near |= restated_points(meaning.points, reached | near, OWN_WORDS_REACH)
        if OWN_WORDS_STANCE:
            # ... each only when the sentence that comes near it keeps the stance of the model
            # answer's sentences that explain it (wrong42: no direction turned, nothing denied)
            near = {k for k in near if _keeps_stance(question, tokens, k, meaning.points[k])}
        if near - reached:
            if turned is None:
                turned = turned_sentences(question.model_answer, tokens, excluded)
            if not turned:
                reached |= near
                own_words = True
    told: tuple[tuple[int, int, float], ...] = ()
    if MARGIN_REACH and length >= RESTATE_MIN_LENGTH:
        # Points its sentences tell apart from the question's others (para46): an example, a
        # consequence or everyday words stay under the prompt's level of closeness when the
        # prompt names the point, yet are nearer that point than any other
        found = [
            t
            for t in point_margins.told_apart(question, [s.text for s in tokens.sentences], meaning)
            if keeps_stance(
                question.model_answer,
                (question.key_points[t.point].label, *question.key_points[t.point].phrases),
                tokens,
                t.sentence,
            )
        ]
        if any(t.point not in reached for t in found):
            if turned is None:
                turned = turned_sentences(question.model_answer, tokens, excluded)
            if turned:
                found = []
            reached |= {t.point for t in found}
        told = tuple((t.point, t.sentence, t.share) for t in found)
    reach = sum(weights[k] for k in reached) / total
    if FOIL_LEANING and meaning.leaning > LEANING_MAX:
        # a sentence that names the wrong idea only to turn it down leans as a foil (para45)
        meaning = unframed(question, tokens, meaning)
    prose = (
        not denies_a_point
        and (
            meaning.leaning <= LEANING_MAX
            or slight_lean_in_other_words(question, tokens, meaning, LEANING_MAX)
        )
        and function_words >= PROSE_MIN_FUNCTION_WORDS
        and len(usable) >= FULL_MIN_SENTENCES
    )
    if OWN_WORDS_FULL_REACH is not None and own_words:
        # ... more than half, in its own words (para44): two of four points is no whole answer
        reached_enough = reach > OWN_WORDS_FULL_REACH
    else:
        reached_enough = reach >= FULL_REACH
    full = prose and reached_enough and length >= FULL_MIN_LENGTH
    return AnswerReading(
        full,
        prose,
        round(reach, 3),
        len(usable),
        round(function_words, 3),
        meaning.leaning,
        own_words,
        told,
    )


def _keeps_stance(question: Question, tokens: Tokens, k: int, m: PointMeaning) -> bool:
    """Do the answer's sentences that bring point ``k`` near in its own words (its closest one,
    and the one near its model-answer explanation) keep the stance of the model answer's
    sentences that explain it (restated_stance.keeps_stance)?"""
    kp = question.key_points[k]
    point = (kp.label, *kp.phrases)
    near = (
        {m.sentence} if m.sentence is not None and m.closeness >= (OWN_WORDS_REACH or 0) else set()
    )
    if m.explained is not None:
        near.add(m.explained[1])
    return all(keeps_stance(question.model_answer, point, tokens, s) for s in near)


def restated_points(
    points: Sequence[PointMeaning], reached: set[int], start: float = EXPLAINED_REACH_FROM
) -> set[int]:
    """The points not yet reached that the answer restates one to one through the model
    answer's sentences that explain them (``PointMeaning.explained``, para38): each needs a
    sentence of its own, one that reaches no other point. A paraphrase says each idea of the
    model answer in a sentence of its own; a short generic sentence ("Regularization adds a
    penalty to the loss.") comes near the explaining sentences of several points at once, and a
    wrong answer in the rubric's words reaches its points through a few such sentences (para39:
    an uncaught swapped-L1/L2 answer reached 'other forms' through the sentence that already
    reached 'penalty')."""
    used = {
        m.sentence
        for k, m in enumerate(points)
        if k in reached and m.sentence is not None and m.closeness >= REACH
    }
    ranked = sorted(
        (
            (m.explained[0], k, m.explained[1])
            for k, m in enumerate(points)
            if k not in reached and m.explained is not None and m.explained[0] >= start
        ),
        key=lambda cks: (-cks[0], cks[1]),
    )
    out: set[int] = set()
    for _, k, sentence in ranked:
        if sentence in used:
            continue
        used.add(sentence)
        out.add(k)
    return out


def meaning_credits(points: Sequence[PointMeaning], full: bool) -> list[float]:
    """The share of each key point's weight it earns by meaning (``meaning_lifts``)."""
    return [credit for credit, _ in meaning_lifts(points, full)]


def meaning_lifts(
    points: Sequence[PointMeaning],
    full: bool,
    prose: bool = False,
    by_words: Sequence[float] = (),
    own_words: bool = False,
    told: Sequence[tuple[int, int, float]] = (),
) -> list[tuple[float, int | None]]:
    """The share of each key point's weight it earns by meaning, and the sentence that earns
    it. In a full explanation a sentence lifts at most ``POINTS_PER_SENTENCE`` points, the
    closest first: a paraphrase often says a point and its reason in one sentence, while one
    sentence full of the question's words comes close to every point at once ("subwords make
    sequences shorter and the vocabulary larger" for the vocabulary, the character and the
    trade-off points). A point whose closest sentence already lifts two closer points is
    lifted by the next sentence near it (``PointMeaning.others``): a paraphrase that states a
    point and then shows it with an example says it twice.

    Last, in a full explanation, the points ``told`` apart by a sentence (para46,
    point_margins.py) that nothing lifted yet, in the room left, that sentence the evidence; a
    point lifted before that a sentence tells apart too earns by ``OWN_WORDS_SLOPE``
    (``CONFIRMED_SLOPE``)."""
    lifted: dict[int, tuple[float, int]] = {}
    by_margin: dict[int, tuple[float, int]] = {}
    close = not full and prose
    if full or close:
        start = FULL_FROM if full else CLOSE_FROM
        # A point the rubric's words already earn as much as a lift from its closeness would
        # takes no sentence's room (para30): it would only push a point said in other words off
        # its closest sentence.
        settled = {
            k
            for k, m in enumerate(points)
            if k < len(by_words) and by_words[k] >= _lift(m.closeness, full)
        }
        per_sentence: dict[int, int] = {}
        # First each point's closest sentence, as before; then the points left out try the
        # other sentences near them, in the room those sentences have left.
        for near in (
            [(m.closeness, k, m.sentence) for k, m in enumerate(points)],
            [(c, k, s) for k, m in enumerate(points) for s, c in m.others],
        ):
            for closeness, k, sentence in sorted(near, key=lambda ck: (-ck[0], ck[1])):
                if (
                    sentence is None
                    or closeness < start
                    or k in lifted
                    or k in settled
                    or per_sentence.get(sentence, 0) >= POINTS_PER_SENTENCE
                ):
                    continue
                per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
                lifted[k] = (closeness, sentence)
        if full:
            _lift_explained(points, by_words, start, lifted, per_sentence)
        if full and own_words and OWN_WORDS_REACH is not None:
            _lift_own_words(points, by_words, OWN_WORDS_REACH, lifted, per_sentence)
        if full:
            by_margin = _lift_told(told, by_words, lifted, per_sentence)
    out: list[tuple[float, int | None]] = []
    # the points a sentence's margin names (para48): their closeness is confirmed
    confirmed = {k for k, _, _ in told} if full and CONFIRMED_SLOPE else set()
    for k, m in enumerate(points):
        if k in by_margin:
            out.append(by_margin[k])
        elif k in lifted:
            closeness, sentence = lifted[k]
            steep = (own_words or k in confirmed) and OWN_WORDS_REACH is not None
            credit = _lift(closeness, full, steep, k in confirmed)
            own_close, own_in = m.worded  # one sentence alone: the point's own wordings only
            if own_close >= MEANING_FULL and MEANING_CREDIT * own_close > credit:
                credit, sentence = MEANING_CREDIT * own_close, own_in or sentence
            out.append((round(credit, 3), sentence))
        elif m.worded[1] is not None and m.worded[0] >= MEANING_FULL:
            out.append((round(MEANING_CREDIT * m.worded[0], 3), m.worded[1]))
        else:
            out.append((0.0, None))
    return out


def _lift_explained(
    points: Sequence[PointMeaning],
    by_words: Sequence[float],
    start: float,
    lifted: dict[int, tuple[float, int]],
    per_sentence: dict[int, int],
) -> None:
    """Last, in a full explanation, the points a sentence comes nearer to through the model
    answer's sentences that explain them (meaning.EXPLAINED_TARGETS, para38), in the room the
    sentences have left. No point lifted before loses its sentence to one of these (as first
    built, a confidence-interval paraphrase's bootstrap point lost its sentence this way,
    88 -> 73), and a point lifted before keeps its sentence as evidence (moved to the opening
    sentence, a retrieval paraphrase's points read as another concept's, 91 -> 23)."""
    ranked = sorted(
        ((m.explained[0], k, m.explained[1]) for k, m in enumerate(points) if m.explained),
        key=lambda ck: (-ck[0], ck[1]),
    )
    for closeness, k, sentence in ranked:
        before = lifted.get(k)
        if closeness < start or (k < len(by_words) and by_words[k] >= _lift(closeness, True)):
            continue
        if before is not None:
            # a point lifted already keeps its sentence (the evidence), lifted higher only
            # when the same sentence also restates the model answer's explanation
            if before[1] == sentence and closeness > before[0]:
                lifted[k] = (closeness, sentence)
            continue
        if per_sentence.get(sentence, 0) >= POINTS_PER_SENTENCE:
            continue
        per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
        lifted[k] = (closeness, sentence)


def _lift_own_words(
    points: Sequence[PointMeaning],
    by_words: Sequence[float],
    start: float,
    lifted: dict[int, tuple[float, int]],
    per_sentence: dict[int, int],
) -> None:
    """Last of all, in a full explanation in the answer's own words (para40), the points its
    sentences come near from ``OWN_WORDS_REACH`` (under ``FULL_FROM``), in the room every
    closer lift has left: lifted first, they took the sentences of closer points (dev: 19 of 50
    paraphrases moved down)."""
    near = [
        (c, k, s)
        for k, m in enumerate(points)
        if k not in lifted
        for s, c in ((m.sentence, m.closeness), *m.others, *_explained_near(m))
        if s is not None
    ]
    for closeness, k, sentence in sorted(near, key=lambda ck: (-ck[0], ck[1])):
        if (
            closeness < start
            or k in lifted
            or (k < len(by_words) and by_words[k] >= _lift(closeness, True))
            or per_sentence.get(sentence, 0) >= POINTS_PER_SENTENCE
        ):
            continue
        per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
        lifted[k] = (closeness, sentence)


def _lift_told(
    told: Sequence[tuple[int, int, float]],
    by_words: Sequence[float],
    lifted: dict[int, tuple[float, int]],
    per_sentence: dict[int, int],
) -> dict[int, tuple[float, int]]:
    """Last, in a full explanation, the points only a sentence's margin tells apart (para46,
    point_margins.py), in the room the other lifts have left: ``MARGIN_CREDIT`` x the
    sentence's share of the model answer's margin, the sentence the evidence."""
    out: dict[int, tuple[float, int]] = {}
    for k, sentence, share in sorted(told, key=lambda t: (-t[2], t[0])):
        credit = round(MARGIN_CREDIT * share, 3)
        if (
            k in lifted
            or (k < len(by_words) and by_words[k] >= credit)
            or per_sentence.get(sentence, 0) >= POINTS_PER_SENTENCE
        ):
            continue
        per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
        out[k] = (credit, sentence)
    return out


def _explained_near(m: PointMeaning) -> tuple[tuple[int, float], ...]:
    """The point's closest sentence through the model answer's explaining sentences, when
    answers in their own words may be read through them (``OWN_WORDS_EXPLAINED``)."""
    if not OWN_WORDS_EXPLAINED or m.explained is None:
        return ()
    return ((m.explained[1], m.explained[0]),)


def _lift(closeness: float, full: bool, own_words: bool = False, confirmed: bool = False) -> float:
    """What a sentence this close lifts a point to: in a full reading or (para29) a close one;
    in a full reading in the answer's own words, by ``OWN_WORDS_SLOPE``; a point the margin
    reading confirms (para69), up to ``CONFIRMED_CREDIT``."""
    if full:
        cap = CONFIRMED_CREDIT if confirmed else FULL_CREDIT
        return min(cap, (OWN_WORDS_SLOPE if own_words else FULL_SLOPE) * closeness)
    return min(CLOSE_CREDIT, closeness)


def corroborated(point: PointMeaning, said_in: int | None) -> bool:
    """A point explained once in the rubric's words is said a second way when another sentence
    of a full explanation comes near it by meaning (an example, an analogy, the mechanism in
    everyday words): it earns the full weight, like a point said in two of the rubric's
    phrases."""
    near = ((point.sentence, point.closeness), *point.others)
    return any(s is not None and s != said_in and c >= CORROBORATE_FROM for s, c in near)


def full_explanation_note(
    key_points: Sequence[KeyPointResult], reading: AnswerReading | None = None
) -> str:
    """The content basis says when a point earned more by meaning than one sentence alone can:
    in a full explanation, or (para29) from a sentence as close to it as the model answer's."""
    if any(k.via == "meaning" and k.credit > MEANING_CREDIT for k in key_points):
        if reading is not None and not reading.full:
            return (
                "; said in its own words: a point a sentence says as closely as the model answer"
                f" does earns up to {CLOSE_CREDIT:.0%} of its weight"
            )
        # up to the whole weight when a point the margin reading confirms earned it (para69)
        cap = (
            CONFIRMED_CREDIT
            if any(k.via == "meaning" and k.credit > FULL_CREDIT for k in key_points)
            else FULL_CREDIT
        )
        return (
            "; reads as a full explanation in its own words: a point said in other words earns"
            f" up to {cap:.0%} of its weight"
        )
    return ""
