"""Misconceptions from the rubric that an answer asserts (charged) or warns against (not charged).

A misconception is charged when one of its phrases is said as the candidate's own claim: in
order, within one sentence, not under a negation, not inside a warning frame ("a common mistake
is to think ...", "... would leak"), not turned over by a counterpart or "non". content.py
charges each one found; the sentence that said it earns no key point (key_points.py).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claims_gaps import gap_breaks, supposed_in_mid_sentence
from simulator.core.scoring.counterparts import counterpart_between
from simulator.core.scoring.matching import AnswerIndex, Span, claim_variants, compile_phrase
from simulator.core.scoring.opposite_pairs import turned_words
from simulator.core.scoring.own_rubric import (
    left_out_stem,
    left_out_word,
    said_of_the_other_side,
    telling_word_left_out,
)
from simulator.core.scoring.phrase_forms import QUALIFIERS, Phrase
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.rubric_claims import restricted_after, restricted_claim, rubric_words
from simulator.core.scoring.stance import Stance, new_subject_inside, says_no
from simulator.core.scoring.text import STOPWORDS, Tokens, hyphen_joined, stem, word_set, words
from simulator.core.scoring.topicality import vocabulary


def sentence_text(tokens: Tokens, span: Span) -> str:
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
    subject = vocabulary(question.prompt)
    own_words = vocabulary(
        question.prompt,
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(p for kp in question.key_points for p in kp.phrases),
    )
    rubric = rubric_words(question) if question.misconceptions else frozenset()
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
                    if phrase.dropped_subject and not _named_before(
                        tokens, span, phrase.dropped_subject
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
                    if _substituted(index, phrase, span, own_words):
                        continue
                    if _another_kind_named(tokens, span, phrase, question.prompt):
                        continue
                    if _compound_tail(tokens, index.term_positions(phrase, span)):
                        continue
                    # ... nor a claim read without the word that makes it wrong, or said of
                    # the side its correction names (own_rubric.py)
                    if telling_word_left_out(
                        question, phrase, tokens, span
                    ) or said_of_the_other_side(tokens, span[0], text, mis.correction, phrase):
                        continue
                    if hedged_sweep(tokens, span, text) or stance.ruled_out(span):
                        continue
                    if _sameness(text) and restricted_claim(tokens, span, rubric, text):
                        continue
                    # ... and any misconception granted for one case only, right after it
                    # ("... are well calibrated *only if* the features are independent",
                    # "it is fine to call collect *only if* it fits on the driver": claims39)
                    if restricted_after(tokens, span):
                        continue
                    if new_subject_inside(tokens, span, set(words(text))):
                        continue
                    if supposed_in_mid_sentence(tokens, span) or gap_breaks(
                        tokens, span, index.term_positions(phrase, span), set(words(text))
                    ):
                        continue
                    # A claim that says "not" itself is still denied by a negation before it
                    # in its clause ("It is not correct that it can be fully automated with no
                    # human review": charge32).
                    if (not phrase.negated and index.negated(span)) or stance.negated(
                        span, phrase.negated or says_no(text)
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
            hits.append(MisconceptionHit(mis.id, text, sentence_text(tokens, span), mis.correction))
        elif warning:
            text, span = warning
            warned.append(
                MisconceptionHit(mis.id, text, sentence_text(tokens, span), mis.correction)
            )
    return hits, warned, wrong_sentences


# A wrong claim of sameness ("mini-batch gradient descent is the same as batch gradient
# descent") holds in a limiting case: said of that case only ("*With a batch size equal to the
# whole training set*, mini-batch ... is the same as batch ...", "... the same as ... *only when*
# ..."), it is the right statement of that case, not the misconception (charge32).
_SAME_WORDS = word_set("same identical equivalent equal equals interchangeable")


def _sameness(claim: str) -> bool:
    return any(w in _SAME_WORDS for w in words(claim))


# A rubric wrong claim made sweeping by one of these ("complex models are *always* more
# accurate") is wrong because of that word; the same claim with a hedge in its place ("complex
# models are *usually* more accurate") is what the correction itself grants.
_SWEEPING = word_set("always never all every any invariably guaranteed necessarily")
_HEDGED = word_set(
    "usually often typically generally mostly frequently sometimes commonly normally tend tends"
    " can may might could most many some probably likely"
)
_HEDGE_BEFORE = 2  # words before the claim's span that may hedge it ("*often*, deeper nets ...")


def hedged_sweep(tokens: Tokens, span: Span, claim: str) -> bool:
    """The rubric claim says "always" (or "never", "every" ...) and the answer says a hedge
    where the claim is sweeping, and no sweeping word of its own: a claim about what usually
    holds, not the misconception."""
    claim_words = set(words(claim))
    if not claim_words & _SWEEPING:
        return False
    said = tokens.words[
        max(
            tokens.sentences[tokens.sentence_of[span[0]]].first_word, span[0] - _HEDGE_BEFORE
        ) : span[1]
    ]
    return any(w in _HEDGED and w not in claim_words for w in said) and not any(
        w in _SWEEPING for w in tokens.words[span[0] : span[1]]
    )


def _another_kind_named(tokens: Tokens, span: Span, phrase: Phrase, prompt: str) -> bool:
    """A claim matched without its subject's first word ("*group* norm averages over the
    samples in the batch" said from "norm" on), where the sentence puts another word in that
    place, and the prompt names both kinds of that head: "*Batch normalization* averages
    over the samples in the batch" names the other kind the prompt compares ("... instead of
    batch normalization?") and says of it what is right (charge59: a correct comparison was
    charged the group-norm misconception). "Normalization averages over ...", "Group
    normalization averages ..." and a name the prompt spells out ("Dynamic time warping
    compares the points at the same time stamps" for "DTW compares ...", the prompt asking
    "how does dynamic time warping compare ...") are still read."""
    dropped = set(phrase.dropped_subject)
    if phrase.left_out == 0:
        left = left_out_stem(phrase)
        dropped |= {left} if left else set()
    if not dropped or span[0] == 0:
        return False
    before = span[0] - 1
    if tokens.sentence_of[before] != tokens.sentence_of[span[0]]:
        return False
    if tokens.words[before] in STOPWORDS or tokens.stems[before] in dropped:
        return False
    # the prompt names both kinds of the head: "group normalization ... batch normalization"
    head = tokens.stems[span[0]]
    pairs = _bigrams(prompt)
    return (tokens.stems[before], head) in pairs and any((d, head) in pairs for d in dropped)


@lru_cache(maxsize=512)
def _bigrams(text: str) -> frozenset[tuple[str, str]]:
    stems = [stem(w) for w in words(text)]
    return frozenset(zip(stems, stems[1:], strict=False))


def _named_before(tokens: Tokens, span: Span, subject: tuple[str, ...]) -> bool:
    """A claim said with a pronoun for its subject ("it mainly reduces bias") is about that
    subject only when the sentence before names it: after "Boosting trains models one after
    another; *it* mainly reduces bias" the pronoun is boosting, not bagging (false24)."""
    at = tokens.sentence_of[span[0]]
    if at == 0:
        return False
    before = tokens.sentences[at - 1]
    return any(s in subject for s in tokens.stems[before.first_word : before.last_word])


# First halves of a hyphenated word that qualify the second rather than name another thing
# ("well-calibrated probabilities" still says "calibrated probabilities").
_QUALIFYING_HALVES = word_set(
    "well ill self non pre post re over under co multi semi sub super anti de un mis so ever"
    " fully half all too most least less more"
)


def _compound_tail(tokens: Tokens, terms: set[int]) -> bool:
    """A word of the claim said only as the second half of a hyphenated compound whose first
    half is no word of the claim: "shrinking the cache with *grouped-query* attention" names a
    kind of attention, it does not "cache the queries" (para51: a kv-cache warning charged so,
    dev_blind46). A qualifying first half ("well-calibrated", "over-fitted") is no other
    thing."""
    return any(
        p > 0
        and p - 1 not in terms
        and hyphen_joined(tokens, p)
        and tokens.words[p - 1] not in _QUALIFYING_HALVES
        and not tokens.words[p - 1][:1].isdigit()
        for p in terms
    )


def _non_inside(tokens: Tokens, span: Span, claim: str) -> bool:
    """ "non" inside a loosely matched claim turns one of its words over: "the null is
    non-stationarity" does not say "the null is stationarity"."""
    return "non" in tokens.words[span[0] + 1 : span[1]] and "non" not in words(claim)


def _substituted(index: AnswerIndex, phrase: Phrase, span: Span, own: frozenset[str]) -> bool:
    """A claim matched with one of its words left out, where the answer says another content
    word in that word's place, one the question's own text never uses: "label encoding is fine
    for *tree* models" is not "label encoding is fine for *linear* models" said without
    "linear", it is a claim about something else. A word of the question's own ("features
    computed after the *churn* date" in the churn case) is its wording of the same thing; but
    not the opposite of the word left out: "LRU adapts *quickly* when the working set shifts"
    is not "LRU adapts *slowly* ..." said without "slowly" (a rubric's own model answer was
    charged so, over46), whatever the rubric says of "quickly" elsewhere."""
    at = phrase.left_out
    if at <= 0 or at >= len(phrase.stems):
        return False
    left = left_out_word(phrase) or ""
    tokens = index.tokens
    end = span[0]
    before_end = -1
    for k, s in enumerate(phrase.stems):
        occ = index.occurrences(s)
        i = bisect_left(occ, (end, -1))
        if i == len(occ) or occ[i][0] >= span[1]:
            return False
        if k == at:
            return any(
                w not in STOPWORDS
                and w not in QUALIFIERS
                and (st not in own or turned_words(w, left))
                for w, st in zip(
                    tokens.words[before_end : occ[i][0]],
                    tokens.stems[before_end : occ[i][0]],
                    strict=True,
                )
            )
        before_end = end = occ[i][1]
    return False
