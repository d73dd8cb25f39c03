"""Test-set misuse: advice to choose, tune, fit or clean on the test set (issue 9, wrong27).

A confidently wrong answer recommends the one practice that makes every reported figure a
guess, in the question's own words: "pick the threshold on the test set, since it gives the
most honest number", "fill missing values with the mean of the whole data set, including the
test set", "monitor the test set to decide when to stop", "remove the outliers from the test set
so the score looks cleaner". No question's rubric needs to list it: whatever the question, the
test set is touched once, for the final estimate. A clause is charged when it holds

* a choosing or fitting verb (pick, choose, select, tune, decide, fit, compute, optimize ...)
  and then, within ``REACH`` words and no other data set named between, "on / using / from / to
  the test set (data, split)": "tune your hyperparameters on the test set";
* "use / monitor / look at the test set to" and a choosing verb: "use the test set to decide";
* "including the test set" (data computed over it), or "remove / drop ... from the test set".

Correct answers say these words to forbid them ("never tune on the test set", "fit the scaler on
the training data, not on the test set", "computing the mean including the test set would
leak"): a clause with a negation, a hedge ("might", "if"), a warning frame or verdict anywhere in
its sentence ("leak", "mistake", "optimistic", "cheating"), or in the parts of it before a
";", is not charged.

Round 66 (wrong66): the test set's *labels* used to fit, encode or choose are the same misuse,
said as a step of a procedure: "encode the test set first, using the test labels, and only then
fit the model", "lag features computed ... using the test targets themselves". A sentence with
"using / with / from ... the test labels (targets, outcomes)" and a fitting, encoding or
computing verb is charged, unless it scores, evaluates, compares or reports (comparing the
predictions with the test labels is what they are for), or it negates, doubts or warns. "Only"
doubts a use of the test set ("only once, at the end") but not a step's order ("and only then
fit the model"), so it does not spare such a sentence.
"""

from __future__ import annotations

from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, clause_ids, names_a_mistake
from simulator.core.scoring.text import Tokens, word_set

TEST_SET_ID = "test-set-misuse"
PHRASE = "choosing, tuning, fitting or cleaning on the test set"
CORRECTION = (
    "The test set is kept for one final estimate: choosing, tuning, fitting or cleaning on it "
    "makes that estimate optimistic. Use a validation set or cross-validation on the training "
    "data for every choice."
)
REACH = 8  # words from the choosing verb to "on the test set"
TEST_LABELS = True
_CHOOSING = word_set(
    """pick picks picking picked choose chooses choosing chose select selects selecting
    selected tune tunes tuning tuned decide decides deciding optimize optimise optimizes
    optimizing optimising fit fits fitting fitted calibrate calibrating determine determining
    adjust adjusting"""
)
_ON = word_set("on using from to with over against")
_USING = word_set("use uses using used monitor monitors monitoring watch watching check checking")
_REMOVING = word_set("remove removes removing drop drops dropping delete deleting clean cleaning")
_SETS = word_set("set sets data split splits fold folds examples sample samples")
# Another data set named between the verb and "test": the verb's object is that one ("fit the
# scaler on the training data and apply it to the test set").
_OTHER_SETS = word_set(
    "train training validation val dev development holdout held calibration cross"
)
# A word between the choosing verb and "on the test set" that gives the test set to another
# verb ("fit the model *and evaluate* it on the test set").
_BREAKS = word_set(
    """and then but before after evaluate evaluates evaluated evaluating report reports reported
    reporting measure measures measured measuring score scores scored scoring apply applies
    applied applying transform transforms test tests tested testing compare comparing compute
    computing check checking"""
)
# Words of a sentence that forbid or doubt what it says, besides a negation and a warning frame.
_DOUBT = word_set(
    """leak leaks leaking leakage optimistic optimistically cheating cheat bias biases biased
    biasing inflate inflates inflated overfit overfits overfitting contaminate contaminates contaminated contamination peek peeking might may
    could would if unless avoid instead rather only once untouched unseen"""
)


def _test_at(ws: tuple[str, ...], i: int, end: int) -> bool:
    """ "test set", "test data", "testing split" start at ``i``."""
    return ws[i] in ("test", "testing") and i + 1 < end and ws[i + 1] in _SETS


def _misuse(ws: tuple[str, ...], lo: int, hi: int) -> bool:
    """The clause ``ws[lo:hi]`` chooses, fits or cleans on the test set."""
    for t in range(lo, hi):
        if not _test_at(ws, t, hi):
            continue
        before = ws[max(lo, t - REACH) : t]
        if t - 1 >= lo and ws[t - 1] == "the" and t - 2 >= lo and ws[t - 2] == "including":
            return True
        if t - 1 >= lo and ws[t - 1] == "including":
            return True
        # "on the test set": a choosing verb before, no other data set named between
        prep = next((j for j in range(t - 1, max(lo, t - 3) - 1, -1) if ws[j] in _ON), None)
        if prep is not None:
            between = ws[max(lo, prep - REACH) : prep]
            verbs = [k for k, w in enumerate(between) if w in _CHOOSING | _REMOVING]
            if verbs and not any(w in _OTHER_SETS or w in _BREAKS for w in between[verbs[-1] :]):
                return True
        # "use the test set to decide"
        after = ws[t + 2 : min(hi, t + 5)]
        if (
            any(w in _USING for w in before[-3:])
            and "to" in after
            and any(w in _CHOOSING for w in after)
        ):
            return True
    return False


# The test set's labels used to fit, encode or choose (wrong66): "encode the test set first,
# using the test labels", "compute the target means with the test labels included". Comparing
# predictions with them is what they are for: a sentence that scores, evaluates or compares is
# not read.
_LABELS = word_set("labels label targets target outcomes answers")
_FITTING = _CHOOSING | word_set(
    """encode encodes encoding encoded train trains training trained compute computes computing
    computed build builds building estimate estimates estimating learn learns learning"""
)
_SCORING = word_set(
    """evaluate evaluates evaluated evaluating evaluation score scores scored scoring measure
    measures measured measuring compare compares compared comparing report reports reported
    reporting accuracy metric metrics error errors performance check checking final once"""
)


# "only then fit the model": words of order, which doubt a use of the test set ("only once, at
# the end") but not a use of its labels to fit
_ORDER_WORDS = word_set("only")


def _fits_with_test_labels(ws: tuple[str, ...]) -> bool:
    """The sentence fits, encodes or chooses with the test set's labels."""
    for t in range(len(ws) - 1):
        if ws[t] in ("test", "testing") and ws[t + 1] in _LABELS:
            lead = ws[max(0, t - 3) : t]
            if any(w in _ON or w in _USING for w in lead):
                return any(w in _FITTING for w in ws) and not any(w in _SCORING for w in ws)
    return False


def test_set_misuse(tokens: Tokens, stance: Stance, charged: set[str]) -> list[MisconceptionHit]:
    """One charge for the answer's first sentence that chooses, fits or cleans on the test set
    as its own advice (sentences already charged another wrong claim are left alone)."""
    ws = tokens.words
    for sentence in tokens.sentences:
        first, last = sentence.first_word, sentence.last_word
        # the parts before it that ";" cut off are its own sentence's words ("temporal leakage,
        # ...; and tuning on the test set": one more kind of leakage in a list)
        start = sentence.index
        while start and tokens.sentences[start - 1].text.rstrip().endswith((";", ":")):
            start -= 1
        said = ws[tokens.sentences[start].first_word : last]
        if sentence.text in charged or names_a_mistake(said):
            continue
        if any(w in NEGATION_WORDS or w in _DOUBT - _ORDER_WORDS for w in said):
            continue
        if TEST_LABELS and _fits_with_test_labels(said) and not stance.warned((first, last)):
            return [MisconceptionHit(TEST_SET_ID, PHRASE, sentence.text, CORRECTION)]
        if any(w in _ORDER_WORDS for w in said):
            continue
        clauses = clause_ids(sentence)
        for clause in sorted(set(clauses)):
            at = [first + j for j, c in enumerate(clauses) if c == clause]
            if _misuse(ws, at[0], at[-1] + 1) and not stance.warned((at[0], at[-1] + 1)):
                return [MisconceptionHit(TEST_SET_ID, PHRASE, sentence.text, CORRECTION)]
    return []
