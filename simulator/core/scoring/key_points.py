"""Key points: which of the rubric's points an answer covers, by its words or by its meaning.

* A key point earns its full weight only when it is *explained*: the phrase sits in a sentence
  that says something about it (connecting words around it: "means", "because", "so it",
  "is", ...). Named in a bare list of keywords, it earns ``NAMED_CREDIT`` of its weight.
  Explained in one of its phrases only (a thin answer touching every point once), it earns
  ``SINGLE_PHRASE_CREDIT``: a full answer says a point in more than one way.
* A mention under a negation earns nothing; when every mention is negated the point is
  *contradicted*. A sentence that asserts a wrong claim earns no key point.
* A point said in other words earns part of its weight by meaning (meaning.py,
  meaning_credit.py), unless the answer asserts a wrong claim somewhere.
* Words say one thing at a time: a mention whose words are all part of a longer mention of
  another point earns its point nothing ("large classes dominate" is micro-averaging's, not
  the choice point's "dominated by"; para35).
"""

from __future__ import annotations

from typing import Any

from simulator.core.questions import Question
from simulator.core.scoring import meaning_credit
from simulator.core.scoring.answer_topic import about_the_question, speaks_for_another
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.explained import is_explained, is_list_like
from simulator.core.scoring.matching import AnswerIndex, Span
from simulator.core.scoring.meaning import PointMeaning, read_meaning
from simulator.core.scoring.misconception_hits import sentence_text
from simulator.core.scoring.point_anchors import (
    needs_anchor,
    off_the_case,
    point_anchors,
    said_about,
)
from simulator.core.scoring.point_opposed import opposed_sentences
from simulator.core.scoring.point_phrases import point_phrases, substituted
from simulator.core.scoring.point_terms import own_term_evidence, point_terms, term_stems
from simulator.core.scoring.results import KeyPointResult
from simulator.core.scoring.stance import (
    NEGATION_REACH,
    NEGATION_WORDS,
    Stance,
    clause_ids,
    says_no,
)
from simulator.core.scoring.text import Tokens, words
from simulator.core.scoring.turned_points import turned_sentences
from simulator.core.scoring.whole_reading import denial_stands

NAMED_CREDIT = 0.3
SINGLE_PHRASE_CREDIT = 0.85  # an explained point said in one way only (a thin answer)
# A point read as denied closes the full reading only when no other sentence comes near it
# (para45, whole_reading.denial_stands)
WHOLE_DENIAL = True
# ... and such a point, denied in one sentence by its words but said in another (para65), earns
# what that other sentence says by meaning: the denying sentence is out of the meaning reading
DENIAL_SAID_ELSEWHERE = True
# ... when the answer explains another of the question's points in the rubric's words, or the
# sentence that says it is its own (it lifts no other point) and comes as near it as the model
# answer's own sentences (meaning_credit.CLOSE_FROM, where one sentence alone earns a point;
# para65b). The static vectors come as near a point from a sentence that talks around the topic
# as from one that says it (an uncaught verbose-wrong data-leakage answer's 'if the two scores
# match, there is no leakage' at 0.72 from fitting the preprocessing on the training rows only,
# lifting the definition too; plain DBSCAN paraphrases' sentences at 0.68-0.74), so such a
# sentence does not overturn what the rubric's words deny in an answer that says none of its
# points in them: the kind a confident wrong one is
DENIAL_NEEDS_WORDED = True


def _closeness_of(point: PointMeaning, sentence: int | None) -> float:
    """How near ``sentence`` comes to the point by meaning (0 when it is not among the
    sentences that come near it)."""
    near = dict(((point.sentence, point.closeness), *point.others))
    return near.get(sentence, 0.0) if sentence is not None else 0.0


def score_key_points(
    question: Question,
    index: AnswerIndex,
    wrong_sentences: set[int],
    stance: Stance,
    opposite: dict[int, Contradiction] | None = None,
    trusted: bool = True,
    whole: list[meaning_credit.AnswerReading] | None = None,
) -> list[KeyPointResult]:
    """A key point earns its weight from a mention that explains it (or less, one that only
    names it). A mention under a negation earns nothing; when every mention is negated the
    answer said the opposite, and the point is *contradicted*. A point said in other words
    earns part of its weight by meaning, unless the answer is not ``trusted`` (it asserts a
    wrong claim somewhere). ``whole``, when given, receives the whole-answer reading
    (meaning_credit.reads_in_full) for the content basis."""
    tokens = index.tokens
    found: list[list[Span]] = []
    terms: set[int] = set()
    says_not: set[Span] = set()  # spans of phrases that themselves say "not"
    phrase_of: dict[Span, str] = {}
    home: dict[Span, int] = {}  # the sentence holding most of a mention's own words
    own_words: list[dict[Span, frozenset[int]]] = []  # per point: each mention's own words
    # An answer about the asked question needs no anchor sentence by sentence.
    free = about_the_question(question, tokens)
    for k, kp in enumerate(question.key_points):
        spans: set[Span] = set()
        own_words.append({})
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
                    if off_the_case(question, k, index, phrase, span):
                        continue  # any case's design talk, with no word of this case near
                    spans.add(span)
                    phrase_of.setdefault(span, text)
                    own = index.term_positions(phrase, span)
                    terms |= own
                    own_words[k][span] = own_words[k].get(span, frozenset()) | own
                    home.setdefault(span, _home_sentence(tokens, span, own))
                    if phrase.negated or says_no(text):
                        says_not.add(span)
        found.append(sorted(spans))
    kept = _unsubsumed(found, own_words)
    # A mention inside another point's longer wording earns its point nothing, but the answer
    # did affirm those words: it does not leave a denial elsewhere as the point's verdict.
    subsumed = [
        sorted(set(spans) - set(k_spans)) for spans, k_spans in zip(found, kept, strict=True)
    ]
    found = kept
    statuses: list[tuple[str, str | None]] = []
    explained_in: list[set[int]] = []  # per point: the sentences explaining it by its phrases
    depth: list[int] = []  # distinct phrases of each point said as the speaker's own
    denied_sentences = set(wrong_sentences)
    opposed_at: list[set[int]] = []  # per point: sentences asserting what it denies
    turned = turned_sentences(question, tokens, stance)  # ... or its direction turned round
    for k, kp_spans in enumerate(found):
        negative_point = _negative_point(question.key_points[k].label)
        status, evidence = "missing", None
        # Each mention's denial is read once per point: it was read up to three times (the
        # depth, the verdict, the subsumed mentions), each a walk of its clause (round 51).
        denials: dict[Span, bool] = {}

        def denied_here(
            sp: Span, negative_point: bool = negative_point, denials: dict[Span, bool] = denials
        ) -> bool:
            seen = denials.get(sp)
            if seen is None:
                seen = denials[sp] = _denied(
                    tokens, stance, sp, sp in says_not, negative_point, phrase_of[sp]
                )
            return seen

        barred = wrong_sentences | turned[k]
        depth.append(
            len(
                {
                    phrase_of[sp]
                    for sp in kp_spans
                    if tokens.sentence_of[sp[0]] not in barred
                    and home[sp] not in wrong_sentences
                    and not denied_here(sp)
                    and not stance.dismissed(sp)
                }
            )
        )
        opposed = opposed_sentences(question.key_points[k].label, tokens)
        opposed_at.append(opposed | turned[k])
        explaining: dict[int, set[str]] = {}  # sentence -> the point's phrases explained in it
        for span in kp_spans:
            if _misread_denial(tokens, span) and stance.negated(span, span in says_not):
                continue  # neither said nor denied: a phrase pieced together across clauses
            denied = denied_here(span) or stance.dismissed(span)
            if denied:
                denied_sentences.add(tokens.sentence_of[span[0]])
                if status == "missing":
                    status, evidence = "contradicted", sentence_text(tokens, span)
                continue
            if wrong_sentences & {tokens.sentence_of[span[0]], home[span]}:
                # said inside a wrong claim: no credit (the claim is named on its own), by the
                # sentence it starts in or the one holding most of its words, which the card
                # shows as its evidence (a point credited with a charged sentence; quote48)
                continue
            if tokens.sentence_of[span[0]] in turned[k]:
                continue  # its direction said the other way round: withheld, not charged
            if tokens.sentence_of[span[0]] in opposed:
                if status == "missing":  # asserts what the point denies
                    status, evidence = "contradicted", sentence_text(tokens, span)
                continue
            if is_explained(tokens, span, terms):
                explaining.setdefault(home[span], set()).add(phrase_of[span])
                continue
            if status in ("missing", "contradicted") and not explaining:
                status, evidence = "named", tokens.sentences[home[span]].text
        if status == "contradicted" and any(
            tokens.sentence_of[sp[0]] not in wrong_sentences | opposed
            and not _denied(tokens, stance, sp, sp in says_not, negative_point, phrase_of[sp])
            and not stance.dismissed(sp)
            for sp in subsumed[k]
        ):
            status, evidence = "missing", None  # said and denied: no verdict either way
        if explaining:
            # The evidence is the sentence that says the point most fully (most of its
            # phrases), not the first that touches one of its words; the earlier on a tie.
            best = max(explaining, key=lambda i: (len(explaining[i]), -i))
            status, evidence = "explained", tokens.sentences[best].text
        statuses.append((status, evidence))
        explained_in.append(set(explaining))
    sentences = [s.text for s in tokens.sentences]
    excluded = denied_sentences | {
        s.index
        for s in tokens.sentences
        if is_list_like(s) or meaning_credit.advises_against(tokens, s)
    }
    # The key points said in everyday words are read unless the answer is another question's
    # in that question's terms (a neighbour's full answer says the shared ideas in everyday words
    # too: a curse-of-dimensionality answer asked about kNN read in full, 6 -> 7, above a vague one)
    plain = not speaks_for_another(question, tokens)
    reading = read_meaning(question, sentences, excluded, plain) if sentences else None
    meaning = reading.points if reading is not None else None
    opposite = opposite or {}
    lifts: list[tuple[float, int | None]] = []
    told_by: dict[int, int] = {}  # each point's sentence that tells it apart (point_margins.py)
    full = prose = False
    if reading is not None:
        by_words = [_words_credit(st, d) for (st, _), d in zip(statuses, depth, strict=True)]
        denies = bool(opposite) or (
            denial_stands([st for st, _ in statuses], reading.points, meaning_credit.REACH)
            if WHOLE_DENIAL
            else any(st == "contradicted" for st, _ in statuses)
        )
        answer = meaning_credit.reads_in_full(question, tokens, excluded, by_words, reading, denies)
        # A prose answer's close points count beyond half only when its words as a whole sit
        # nearest this question's rubric (a generic lifecycle answer to a case comes close to
        # its design points: para29).
        full, prose = answer.full, answer.prose and free
        if whole is not None:
            whole.append(answer)
        lifts = meaning_credit.meaning_lifts(
            reading.points, full, prose, by_words, answer.own_words, answer.told
        )
        for k, sentence, _ in sorted(answer.told, key=lambda t: -t[2]):
            told_by.setdefault(k, sentence)
    # Points that differ by one term ("macro" / "micro" / "weighted averaging ..."): each shows a
    # sentence naming its own term when its evidence names none (point_terms.py, adam57)
    own_terms = point_terms(question)
    alternatives = frozenset().union(*own_terms)
    said_terms = [term_stems(s) for s in sentences] if alternatives else []
    # the points explained in the rubric's words and charged with no claim (DENIAL_NEEDS_WORDED)
    worded = {j for j, (st, _) in enumerate(statuses) if st == "explained" and j not in opposite}
    results = []
    for k, (kp, (status, evidence)) in enumerate(zip(question.key_points, statuses, strict=True)):
        claim = opposite.get(k)
        if claim is not None:  # asserted the opposite: nothing, whatever else was said
            status, evidence = "contradicted", claim.evidence
        credit = _words_credit(status, depth[k])
        via, closeness = "words", None
        if reading is not None and meaning is not None:
            m = meaning[k]
            closeness = m.closeness
            lift, lifted_by = lifts[k]
            if (
                trusted
                and full
                and status == "explained"
                and credit < 1.0
                and meaning_credit.corroborated(m, _index_of(sentences, evidence))
            ):
                credit = 1.0  # said in the rubric's words and again in other words
            elif (
                trusted
                and lift > credit
                and (
                    status != "contradicted"
                    or (
                        DENIAL_SAID_ELSEWHERE
                        and claim is None
                        and not denial_stands([status], [m], meaning_credit.REACH)
                        and (
                            not DENIAL_NEEDS_WORDED
                            or bool(worded - {k})
                            or (
                                _closeness_of(m, lifted_by) >= meaning_credit.CLOSE_FROM
                                and not any(
                                    j != k and by == lifted_by and up > 0
                                    for j, (up, by) in enumerate(lifts)
                                )
                            )
                        )
                    )
                )
                and lifted_by is not None
                and lifted_by not in opposed_at[k]
            ):
                # Said in other words: covered, for part of the weight (see meaning_credit.py).
                status, credit, via = "explained", lift, "meaning"
                # ... shown by the sentence that tells the point apart from the others when
                # the one that lifted it is nearer another point ("Be careful: early wrong
                # guesses get reinforced" for "combines a small labeled set with a large
                # unlabeled one", where "This approach uses both piles." tells it; quote47)
                told = told_by.get(k)
                if (
                    told is not None
                    and told != lifted_by
                    and told not in opposed_at[k] | wrong_sentences
                    and reading.nearest(lifted_by) not in (k, None)
                ):
                    lifted_by = told
                evidence = sentences[lifted_by]
        at = _index_of(sentences, evidence)
        if own_terms[k] and claim is None and status != "contradicted" and at is not None:
            # another sentence may show the point only on the footing this one earned it: one
            # explaining it by its phrases, one naming it, or one as near in meaning
            near = reading.nearness if reading is not None and via == "meaning" else {}

            def nearness(i: int, k: int = k, near: dict[int, Any] = near) -> float | None:
                row = near.get(i)
                return None if row is None or row.shape[0] <= k else float(row[k])

            mentions = {home[sp] for sp in (*found[k], *subsumed[k])}
            support = (
                explained_in[k]
                if status == "explained" and via == "words"
                else mentions
                if status == "named"
                else set()
            )
            at = own_term_evidence(
                own_terms[k],
                alternatives - own_terms[k],
                at,
                said_terms,
                support,
                mentions,
                denied_sentences | opposed_at[k],
                nearness,
            )
            evidence = sentences[at]
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


def _unsubsumed(
    found: list[list[Span]], own_words: list[dict[Span, frozenset[int]]]
) -> list[list[Span]]:
    """Drop a point's mention whose own words are all part of a longer mention of another
    point: those words say the other point ("large classes *dominate*" is the micro-averaging
    point's "big classes dominate", not the choice point's "dominated by"; para35). Words say
    one thing at a time, so a point needs a word of its own; two points said by the very same
    words (a rubric listing one wording under both) keep it both."""
    # A longer mention holding all of a mention's words holds its first word: look only at the
    # mentions holding that word (each answer word sits in a few), not at every mention of the
    # answer (quadratic in a long answer: perf39). An empty set is below any other's.
    holding: dict[int, list[tuple[int, frozenset[int]]]] = {}
    with_words: set[int] = set()
    for k, spans in enumerate(found):
        for sp in spans:
            if own := own_words[k][sp]:
                with_words.add(k)
                for i in own:
                    holding.setdefault(i, []).append((k, own))

    def subsumed(k: int, own: frozenset[int]) -> bool:
        if not own:
            return bool(with_words - {k})
        return any(j != k and own < other for j, other in holding[min(own)])

    return [
        [sp for sp in spans if not subsumed(k, own_words[k][sp])] for k, spans in enumerate(found)
    ]


def _home_sentence(tokens: Tokens, span: Span, own: set[int]) -> int:
    """The sentence a mention belongs to: the one holding most of its own words (a phrase
    matched in any order may begin with a word at the end of the sentence before:
    "... times the gradient. Stochastic gradient descent uses ..."), the later on a tie."""
    counts: dict[int, int] = {}
    for i in own or set(range(*span)):
        if span[0] <= i < span[1]:
            s = tokens.sentence_of[i]
            counts[s] = counts.get(s, 0) + 1
    if not counts:
        return tokens.sentence_of[span[0]]
    return max(counts, key=lambda s: (counts[s], s))


_DIMINISHERS = frozenset(("hardly", "barely", "scarcely"))


def _negative_point(label: str) -> bool:
    """The key point is itself a denial ("No perfect multicollinearity", "No random
    shuffling"): a negated mention of its phrases says the point."""
    ws = words(label)
    return bool(ws) and ws[0] in NEGATION_WORDS


def _denied(
    tokens: Tokens,
    stance: Stance,
    span: Span,
    phrase_negated: bool,
    negative_point: bool,
    text: str = "",
) -> bool:
    """Does a negation deny this mention? Not when the point is itself a negative statement
    (the mention under "not" says it), nor when the denial is itself warned against ("a common
    mistake is to run PCA without scaling" says to scale: correct28), nor when the only negation is a diminisher grading a
    comparison between the phrase's words ("the nearest is hardly nearer than the farthest"
    says the two are alike)."""
    if negative_point or not stance.negated(span, phrase_negated):
        return False
    if _unknown_asked(tokens, span, text):
        return False  # "it has *no idea* which word came first" says the order is unknown
    one_sentence = tokens.sentence_of[span[0]] == tokens.sentence_of[span[1] - 1]
    if one_sentence and stance.warned(span):
        return False  # "a common mistake is to run PCA *without scaling*" says to scale
    return not _only_a_degree(tokens, span)


_WH = frozenset(("which", "what", "where", "when", "whether", "how", "who"))
# Words of knowing or telling (never of mattering: "it does not matter which earlier move led
# to the reward" denies the credit-assignment point it words).
_KNOWING = frozenset(
    ("idea", "know", "knows", "knowing", "known", "tell", "tells", "telling", "notion", "sense")
    + ("clue", "aware", "see", "sees", "say", "says", "information")
)


def _unknown_asked(tokens: Tokens, span: Span, text: str) -> bool:
    """A point's wording that is an indirect question ("which word came first", "how many
    clusters there are in advance") is not denied by a negation of knowing it: "has no idea
    which word came first", "you don't need to know how many clusters there are" say that it is
    unknown, which is what such a wording is listed for (para35). Every negation in reach is
    followed, before the wording, by a word of knowing or telling."""
    ws = words(text)
    if not ws or ws[0] not in _WH:
        return False
    found = _negations(tokens, span)
    return bool(found) and all(
        i < span[0] and any(w in _KNOWING for w in tokens.words[i + 1 : span[0]]) for i in found
    )


def _negations(tokens: Tokens, span: Span) -> list[int]:
    """Positions of the negation words that could deny the mention (stance.Stance.negated's
    reach: its clause, up to ``NEGATION_REACH`` words before it, and inside it)."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    clauses = clause_ids(sentence)
    clause = clauses[span[0] - first]
    lo = max(first, span[0] - NEGATION_REACH)
    hi = min(span[1], sentence.last_word)
    return [
        i
        for i in range(lo, hi)
        if clauses[i - first] == clause and tokens.words[i] in NEGATION_WORDS
    ]


def _only_a_degree(tokens: Tokens, span: Span) -> bool:
    """Every negation is a diminisher inside the mention followed by "than" within three
    words: a comparison between the phrase's own terms ("hardly nearer than"), not a denial."""
    ws = tokens.words
    found = _negations(tokens, span)
    return bool(found) and all(
        ws[i] in _DIMINISHERS
        and span[0] < i < span[1]
        and "than" in ws[i + 1 : min(i + 4, span[1])]
        for i in found
    )


def _misread_denial(tokens: Tokens, span: Span) -> bool:
    """The mention's words lie in two clauses and every negation is in the first: "we never
    need the very lowest point, only one that is low enough" pieced "only one minimum"
    together across the comma, and "never" belongs to another statement."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    clauses = clause_ids(sentence)
    last = min(span[1], sentence.last_word) - 1
    if clauses[span[0] - first] == clauses[last - first]:
        return False
    found = _negations(tokens, span)
    return bool(found) and all(clauses[i - first] < clauses[last - first] for i in found)


def _index_of(sentences: list[str], text: str | None) -> int | None:
    return sentences.index(text) if text in sentences else None


def _words_credit(status: str, depth: int) -> float:
    """What a point earns by the rubric's words: explained in two ways or more, in one, named."""
    if status == "explained":
        return 1.0 if depth >= 2 else SINGLE_PHRASE_CREDIT
    return NAMED_CREDIT if status == "named" else 0.0
