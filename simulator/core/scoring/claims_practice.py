"""General ML practice errors said as best practice, whatever the question (issue 9, wrong31).

A confidently wrong answer often recommends a practice that makes every reported figure
optimistic, in words no rubric lists: "standardize all features with the mean and variance of
the full data set before the split", "oversample the few labelled incidents before splitting",
"shuffle the log windows randomly across the whole year for the split", "use the most recent
window for training and earlier windows for testing", "train the detector on every labelled clip
and report recall on those same clips", "report the best run", "accuracy is the best metric for
the rare class", "the SHAP values show which features cause churn". Each
holds for any question, also one in an outside author's pack, so they are one shared table
(``PRACTICE_ERRORS``), next to the test-set and training-set misuses (claims_test_set.py,
claims_training_set.py). Each entry names the wrong practice on the
scorecard and says what to do instead.

A clause is charged when it does the practice (a step's word and its scope, below); correct
answers say the same words to forbid or contrast them ("never fit the scaler on all the data",
"oversample only the training folds, after the split", "a random split across time would leak
the future"): a sentence with a negation, a doubt or verdict word ("leak", "optimistic",
"avoid", "instead", "rather", "mistake"), a warning frame, the same step said "after the split"
or of the training data alone, is not charged. One charge per practice, on its first sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.stance import NEGATION_WORDS, Stance, names_a_mistake
from simulator.core.scoring.text import Tokens, tokenize, word_set

Words = tuple[str, ...]

# Words that forbid, doubt or judge what the sentence says (besides a negation and a warning
# frame): the practice is named to be avoided, or imagined.
_DOUBT = word_set(
    """leak leaks leaking leaked leakage optimistic optimistically inflate inflates inflated
    inflating cheat cheating contaminate contaminates contaminated contamination peek peeks
    peeking avoid avoids avoiding instead rather mistake mistakes wrong pitfall pitfalls trap
    danger dangerous careful beware might may could if unless whether risk risks seep
    seeps unlike than versus vs out misleading mislead misleads flag write writes claim claims
    believe believes think thinks assume assumes carry carries carried carrying smuggle smuggles
    smuggled bleed bleeds"""
)
# ("carry", "smuggle", "bleed": what passes from the held-out rows into training, a leak in other
# words: "Scalers, imputers and target encoders fit on the full dataset *carry* future
# statistics into training", blind set 62's warning, was charged as fitting on all the data.)
# "I would oversample ...", "we would split ...": the answer's own advice ("would" after anything
# else imagines a consequence).
_ADVISERS = word_set("i we you i'd we'd")
# Words that give the sentence as one kind of a thing described, not as the answer's own
# advice: "Examples are ... fitting the scaler on the full dataset before splitting", "another
# kind is ...", "the same thing happens when ..." (a data-leakage answer lists the errors).
_DESCRIBED = word_set("example examples instance kind kinds form forms happens happen another lets")
# A step that learns something from the data it is fitted on.
_LEARNED = word_set(
    """scaler scalers scaling scale standardize standardizes standardized standardizing
    standardise standardises standardised standardising standardization standardisation
    normalize normalizes normalized normalizing normalise normalises normalised normalising
    normalization normalisation imputer imputers impute imputes imputed imputing imputation
    encoder encoders encoding encode encodes encoded vectorizer vectoriser vocabulary pca
    preprocessing preprocess preprocessed preprocessor statistics mean means median medians
    variance deviation selection selector select selects selected selecting"""
)
# Verbs of learning a step's values (or doing the step) on some data.
_FITTING = word_set(
    """fit fits fitted fitting compute computes computed computing calculate calculates
    calculated calculating estimate estimates estimated estimating learn learns learned learnt
    learning run runs running perform performs performed performing do does did done
    standardize standardizes standardized standardizing standardise standardised normalize
    normalizes normalized normalizing normalise normalised impute imputes imputed imputing
    select selects selected selecting scale scales scaled preprocess preprocessed encode encoded
    encodes encoding"""
)
_RESAMPLING = word_set(
    """oversample oversamples oversampled oversampling undersample undersamples undersampled
    undersampling upsample upsampled upsampling downsample downsampled downsampling resample
    resampled resampling smote adasyn duplicate duplicates duplicated duplicating augment
    augments augmented augmenting augmentation rebalance rebalanced rebalancing duplicating"""
)
_BALANCING = _RESAMPLING - word_set("resample resampled resampling")
_ALL = word_set("whole entire full complete all")
_ROWS = word_set(
    """data dataset datasets set rows examples samples history corpus records observations
    points population"""
)
_SPLIT = word_set("""split splits splitting partition partitioning partitioned""")
_BEFORE = word_set("before prior first then up front upfront")
_AFTER = word_set("after afterwards once")
_TRAINING = word_set("train training")
_SET_NOUNS = word_set("data set split fold folds rows examples only portion part")
_SHUFFLING = word_set("shuffle shuffles shuffled shuffling random randomly")
_SPLITTING = word_set(
    "split splits splitting fold folds validation partition partitions test cross"
)
_TIME = word_set(
    """time times year years month months week weeks day days period periods dates
    timestamps history"""
)
# Words that give a split as the answer's choice ("I shuffle ...", "the right validation", "is
# always safe"), not only its name in a list.
_ADVISING = word_set(
    """i we you should must best right correct safe safest robust reliable representative
    standard recommend recommended prefer fine good ideal always use used"""
)
_ACROSS = word_set("across regardless ignoring irrespective over all whole entire")
_ORDERED = word_set("temporal chronological chronology")
_EVALUATING = word_set(
    """evaluate evaluates evaluated evaluating measure measures measured measuring test tests
    tested testing compute computed computing report reports reported reporting score scored
    assess assessed validate validated check checked"""
)
_TRAINING_VERBS = word_set(
    """train trains trained training fit fits fitted fitting learn learns learned learnt
    tune tuned finetune"""
)
_SAME_OF = word_set(
    """data set examples posts pairs rows samples clips recordings speakers users patients
    customers people images documents tickets items records sessions subjects"""
)
_HELD = word_set("held heldout holdout validation unseen new fresh different separate other")
_BEST = word_set("best highest top")
_RUNS = word_set("fold folds run runs seed seeds split splits trial trials")
_REPORTING = word_set("report reports reported reporting present quote promise final publish")


def _near(ws: Words, i: int, targets: frozenset[str], reach: int) -> bool:
    return any(w in targets for w in ws[i + 1 : i + 1 + reach])


def _whole_data(ws: Words) -> bool:
    """ "the whole data set", "all the data", "the full dataset", "the complete history",
    "training and test rows together", "both training and test"."""
    for i, w in enumerate(ws):
        if w in _ALL and _near(ws, i, _ROWS, 3) and not _near(ws, i, _TRAINING, 2):
            return True
        if w == "together" and "test" in ws[max(0, i - 5) : i]:
            return True
        if w == "both" and "test" in ws[i + 1 : i + 5]:
            return True
    return False


def _before_split(ws: Words) -> bool:
    """The step comes first and the split after: "before splitting", "then split", "only then
    do I split", "before the train test split"."""
    for i, w in enumerate(ws):
        if w in _SPLIT and any(b in _BEFORE for b in ws[max(0, i - 5) : i]):
            return not any(a in _AFTER for a in ws[max(0, i - 5) : i])
    return False


def _training_only(ws: Words) -> bool:
    """The step is said of the training data ("on the training folds", "the training set only"),
    not of the training and test data together."""
    for i, w in enumerate(ws):
        if w in _TRAINING and _near(ws, i, _SET_NOUNS, 2) and ws[i + 1 : i + 2] != ("test",):
            after = ws[i + 1 : i + 5]
            if not ("and" in after and "test" in after):
                return True
    return False


def _after_split(ws: Words) -> bool:
    return any(w in _AFTER and _near(ws, i, _SPLIT, 3) for i, w in enumerate(ws))


def _fits_on_all_data(ws: Words) -> bool:
    """A learned step (scaler, imputer, encoder, feature selection, a column's mean) fitted on
    the whole data or before the split."""
    if not (any(w in _LEARNED for w in ws) and any(w in _FITTING for w in ws)):
        return False
    if _training_only(ws) or _after_split(ws):
        return False
    return _whole_data(ws) or _before_split(ws)


# Words before "duplicate(s)" that make it copies already there, not copies made: "near"
# (near-duplicates are items alike), and verbs of removing or finding them.
_FOUND_COPIES = word_set(
    """near remove removes removed removing drop drops dropped dropping delete deletes deleted
    deleting discard discards discarded eliminate eliminates dedupe dedupes deduplicate
    deduplicates filter filters detect detects detected detecting find finds flag flags spot
    spots catch catches cluster clusters group groups merge merges collapse collapses"""
)
_FOUND_REACH = 3  # words from such a verb to "duplicates" ("remove the exact duplicates")
_DUPLICATES = word_set("duplicate duplicates duplicated duplicating")


def _resampling_at(ws: Words, i: int) -> bool:
    """Does the word at ``i`` make copies or synthetic examples? "Duplicate" does not after
    "near" or a verb of removing or finding within reach: "remove duplicate transactions, then
    split" and "cluster near-duplicate messages" deduplicate or group what is there (flag68: a
    correct spam design was charged with oversampling before the split), where "duplicate the
    fraud cases, then split" makes the copies."""
    if ws[i] not in _RESAMPLING:
        return False
    return ws[i] not in _DUPLICATES or not any(
        w in _FOUND_COPIES for w in ws[max(0, i - _FOUND_REACH) : i]
    )


def _resamples_before_split(ws: Words) -> bool:
    """Oversampling, SMOTE, duplication or augmentation before the split or over all the data,
    so copies of one example sit on both sides ("balanced everywhere", "both sets")."""
    resampling = [i for i in range(len(ws)) if _resampling_at(ws, i)]
    if not resampling or _training_only(ws) or _after_split(ws):
        return False
    if "both" in ws and any(w in ("sets", "splits") for w in ws):
        return True
    # "oversample the test set too" (resampling it with replacement is the bootstrap, which
    # is right)
    for i, w in enumerate(ws):
        test_set = w == "test" and ws[i + 1 : i + 2] in (("set",), ("sets",), ("data",))
        if test_set and any(ws[j] in _BALANCING for j in resampling if i - 6 <= j < i):
            return True
    return _before_split(ws) or "everywhere" in ws


def _shuffles_across_time(ws: Words) -> bool:
    """A random split or shuffled folds across time: "a random shuffle of all emails across
    time", "randomly split all interactions regardless of time"."""
    if "future" in ws:  # "... lets the model train on the future": the harm, told
        return False
    if not any(w in _ADVISING for w in ws):  # "random splits on temporal data": a kind, named
        return False
    if not any(w in _ORDERED for w in ws) and not any(
        w in _TIME
        and any(a in _ACROSS for a in ws[max(0, i - 3) : i])
        or (w == "time" and i + 1 < len(ws) and ws[i + 1] in ("series", "ordered"))
        for i, w in enumerate(ws)
    ):
        return False
    for i, w in enumerate(ws):
        if w in _SHUFFLING and any(s in _SPLITTING for s in ws[max(0, i - 4) : i + 9]):
            return True
    return False


def _evaluates_on_training_data(ws: Words) -> bool:
    """Trained (fitted, fine-tuned) on some rows and measured on "those same" rows, or tested
    on other clips of the same speakers."""
    if not any(w in _TRAINING_VERBS for w in ws):
        return False
    for i, w in enumerate(ws):
        if w not in _EVALUATING:
            continue
        after = ws[i + 1 : i + 9]
        if any(h in _HELD for h in after if h != "other") and "same" not in after:
            continue
        for k, a in enumerate(after):
            if a == "same" and any(n in _SAME_OF for n in after[k + 1 : k + 3]):
                return True
    return False


_GROUPS = word_set(
    """user users speaker speakers patient patients customer customers person people subject
    subjects account accounts household households session sessions driver drivers device
    devices"""
)


def _splits_a_group_across_sets(ws: Words) -> bool:
    """One user's (speaker's, patient's) rows on both sides: "every user appears in both sets",
    "evaluate on other clips from those same speakers"."""
    ws = tuple(w.removesuffix("'s") for w in ws)  # "each patient's scans"
    if not any(w in _GROUPS for w in ws):
        return False
    for i, w in enumerate(ws):
        if w == "both" and any(a in ("sets", "splits") for a in ws[i + 1 : i + 4]):
            return True
        tested = any(v in _EVALUATING for v in ws[max(0, i - 8) : i])
        trained = any(v in _TRAINING_VERBS | _TRAINING for v in ws)
        if w == "same" and ws[i + 1 : i + 2] and ws[i + 1] in _GROUPS and tested and trained:
            return True
    return False


_IMBALANCE = word_set("imbalanced imbalance unbalanced skewed rare minority")
_CHOSEN = word_set(
    """best right main primary optimize optimise optimizes optimizing maximize maximise
    maximizes maximizing target choose pick rely enough sufficient ideal"""
)


def _accuracy_for_rare_classes(ws: Words) -> bool:
    """Accuracy chosen as the metric where a class is rare ("on imbalanced data accuracy is the
    best metric", "maximize accuracy on the rare fraud class"); balanced accuracy is not it."""
    at = [i for i, w in enumerate(ws) if w == "accuracy" and (i == 0 or ws[i - 1] != "balanced")]
    return bool(at) and any(w in _IMBALANCE for w in ws) and any(w in _CHOSEN for w in ws)


_EXPLAINERS = word_set(
    """importance importances shap coefficient coefficients weights correlation correlations
    correlated attribution attributions saliency"""
)
_SHOWING = word_set(
    """show shows showing prove proves proving tell tells reveal reveals mean means identify
    identifies establish establishes confirm confirms demonstrate demonstrates"""
)
_CAUSAL = word_set("cause causes causal causally causation")


def _reads_cause_from_association(ws: Words) -> bool:
    """Feature importance, SHAP values, coefficients or a correlation said to show what causes
    the outcome."""
    for i, w in enumerate(ws):
        if w in _EXPLAINERS:
            after = ws[i + 1 : i + 10]
            for k, a in enumerate(after):
                if a in _SHOWING and any(c in _CAUSAL for c in after[k + 1 : k + 6]):
                    return True
    return False


def _reports_the_best_run(ws: Words) -> bool:
    """The best of several folds, seeds or runs reported as the estimate."""
    if not any(w in _REPORTING for w in ws):
        return False
    return any(w in _BEST and _near(ws, i, _RUNS, 3) for i, w in enumerate(ws))


# Trained on the future, tested on the past: a general fact no rubric needs to list ("use the
# most recent window for training and earlier windows for testing", "train on the most recent
# year and test on earlier years"). A model is used on data that comes after what it learned
# from, so its test data must come after its training data.
BACKWARDS_ID = "trained-on-later-data"
BACKWARDS_PHRASE = "training on the later period and testing on the earlier one"
BACKWARDS_CORRECTION = (
    "A model is used on data that comes after the data it learned from: train on the earlier "
    "period and test on the later one (a walk-forward or rolling-origin split), or the test "
    "error says nothing about how it will forecast."
)
_LATER_TIME = word_set("recent latest newest newer future later upcoming")
_EARLIER_TIME = word_set("earlier earliest older oldest past previous prior")
_TRAIN_WORDS = word_set("train trains training trained fit fits fitting")
_TEST_WORDS = word_set(
    "test tests testing tested evaluate evaluates evaluating evaluation validate validates"
    " validating validation"
)
# "the recent window for training *and* earlier windows for testing": a word after a
# coordination is said of the next train or test word, not of the one before
_JOINED = word_set("and or but while whereas")
_TIME_REACH = 4  # words between a time word and the train or test word it is said with
# A sentence with one of these tells what a wrong split does, not what to do: "shuffled k-fold
# means training on the future and testing on the past", "... so the model peeks".
_VERDICT = word_set(
    "leak leaks leaking leakage peek peeks peeking cheat cheats cheating optimistic shuffle"
    " shuffles shuffled shuffling random randomly fold folds kfold means meaning wrong mistake"
    " invalid"
)


def _said_with(ws: Words, i: int, kinds: frozenset[str]) -> int | None:
    """The nearest word of ``kinds`` within ``_TIME_REACH`` words of position ``i`` with no
    coordination between them (the sentence's words: no comma is read)."""
    near = [
        j
        for j in range(max(0, i - _TIME_REACH), min(len(ws), i + _TIME_REACH + 1))
        if ws[j] in kinds and not _JOINED & set(ws[min(i, j) : max(i, j)])
    ]
    return min(near, key=lambda j: abs(j - i)) if near else None


def _trains_on_later_period(ws: Words) -> bool:
    """Trains on a later period than it tests on: a later-time word said with a training word
    and an earlier-time word with a testing word, "use the most recent window for training and
    earlier windows for testing" (a sentence telling what a wrong split does is not)."""
    if _VERDICT & set(ws):
        return False
    later = [i for i, w in enumerate(ws) if w in _LATER_TIME]
    earlier = [i for i, w in enumerate(ws) if w in _EARLIER_TIME]
    trained_late = any(
        (j := _said_with(ws, i, _TRAIN_WORDS | _TEST_WORDS)) is not None and ws[j] in _TRAIN_WORDS
        for i in later
    )
    tested_early = any(
        (j := _said_with(ws, i, _TRAIN_WORDS | _TEST_WORDS)) is not None and ws[j] in _TEST_WORDS
        for i in earlier
    )
    return trained_late and tested_early


@dataclass(frozen=True)
class PracticeError:
    id: str
    phrase: str  # the wrong practice, as the scorecard names it
    correction: str
    said: Callable[[Words], bool]


PRACTICE_ERRORS: tuple[PracticeError, ...] = (
    PracticeError(
        "fit-on-all-data",
        "fitting preprocessing (scaling, imputation, encoding, feature selection) on all the "
        "data before the split",
        "A scaler's mean, an imputer's medians, an encoder's categories and the features a "
        "selection keeps are learned from data: fit them on the training data only (inside each "
        "cross-validation fold, in a pipeline) and only apply them to held-out and test data. "
        "Fitted on all the data, they leak the test rows into training.",
        _fits_on_all_data,
    ),
    PracticeError(
        "resample-before-split",
        "oversampling, SMOTE or augmenting before the train/test split",
        "Resample or augment after the split and on the training data only: copies or synthetic "
        "neighbours of one example on both sides of the split make the test score optimistic, "
        "and the test set must keep the real class balance.",
        _resamples_before_split,
    ),
    PracticeError(
        "random-split-over-time",
        "a random split or shuffled folds across time",
        "When the data are ordered in time, split by time (train on the past, validate on a "
        "later period, rolling-origin folds): a random split trains on the future and the "
        "estimate is optimistic.",
        _shuffles_across_time,
    ),
    PracticeError(BACKWARDS_ID, BACKWARDS_PHRASE, BACKWARDS_CORRECTION, _trains_on_later_period),
    PracticeError(
        "group-in-both-sets",
        "the same users, speakers or patients in both the training and the test data",
        "Split by group (user, speaker, patient: a group k-fold): rows of one group share so "
        "much that a model tested on the groups it trained on looks better than it will on new "
        "ones.",
        _splits_a_group_across_sets,
    ),
    PracticeError(
        "evaluated-on-training-data",
        "measuring the model on the same data it was trained on",
        "A model's score on the rows it learned from says how well it memorised them: evaluate "
        "on held-out data (a validation or test set, other users or speakers than training's).",
        _evaluates_on_training_data,
    ),
    PracticeError(
        "accuracy-on-rare-classes",
        "accuracy as the metric to choose by when a class is rare",
        "With a rare class, predicting the majority class alone scores a high accuracy: choose "
        "by precision and recall (PR AUC, F1, recall at a fixed precision) or balanced accuracy, "
        "at a threshold set on validation data.",
        _accuracy_for_rare_classes,
    ),
    PracticeError(
        "association-read-as-cause",
        "feature importance, SHAP values or a correlation read as what causes the outcome",
        "Importance, SHAP values, coefficients and correlations describe what the model uses "
        "or what moves together, not what causes the outcome: a causal effect needs an "
        "experiment or a causal design (confounders controlled).",
        _reads_cause_from_association,
    ),
    PracticeError(
        "best-run-reported",
        "reporting the best fold, seed or run as the estimate",
        "Report the mean (and spread) over folds, seeds or runs; the best one is chosen after "
        "seeing the results and is optimistic.",
        _reports_the_best_run,
    ),
)


def _whole_sentences(tokens: Tokens) -> list[tuple[int, int]]:
    """Each part's sentence as the (first, last) parts it runs over: the parts before and after
    it that a ";", a ":" or a long sentence's cut took off ("It is broader: any information ...,
    such as ..., a scaler fit on the whole data set before the split"; "Fitting a scaler on all
    the data lets test statistics in; fit it on the training fold only"). Made in one pass:
    walking back and forth from each part was quadratic in an answer with no full stop (10,000
    words of one word: 8 s, 100,000: 15 minutes, perf32)."""
    sentences = tokens.sentences
    ended = [s.text.rstrip().endswith((".", "!", "?")) for s in sentences]
    last = len(sentences) - 1
    ends = [last] * len(sentences)
    for i in range(last - 1, -1, -1):
        ends[i] = i if ended[i] else ends[i + 1]
    out, start = [], 0
    for i in range(len(sentences)):
        out.append((start, ends[i]))
        if ended[i]:
            start = i + 1
    return out


def _said_as_advice(said: Words) -> bool:
    """Do the sentence's words say it as the answer's own advice: no negation, doubt, verdict or
    warning frame in them, nor the step said after the split or of the training data alone?"""
    if names_a_mistake(said) or any(
        w in NEGATION_WORDS or w in _DOUBT or w in _DESCRIBED for w in said
    ):
        return False
    if any(w == "would" and k and said[k - 1] not in _ADVISERS for k, w in enumerate(said)):
        return False  # "oversampling first would put copies in both sets": imagined, not advised
    return not (_training_only(said) or _after_split(said))


# Words that make a practice the answer's own choice or advice ("we fit ...", "you should ...",
# "always ...", "the standard way is ..."), and the verbs an advice opens with ("Fit the scaler
# on all the data, then split").
_ENDORSING = _ADVISERS | word_set(
    """i'll we'll should must always best standard recommended recommend proper properly correct
    right simply just"""
)
_IMPERATIVES = word_set(
    """fit standardize standardise normalize normalise scale impute encode oversample
    undersample upsample downsample augment rebalance resample shuffle split report pick choose
    use compute train evaluate measure select apply run take"""
)


def _endorsed(ws: Words) -> bool:
    """Does the sentence say its practice as a choice or an advice, not only name it?"""
    return any(w in _ENDORSING for w in ws) or any(w in _IMPERATIVES for w in ws[:3])


@lru_cache(maxsize=256)
def _named_by(texts: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for text in texts:
        tokens = tokenize(text)
        for sentence in tokens.sentences:
            ws = tokens.words[sentence.first_word : sentence.last_word]
            found.update(e.id for e in PRACTICE_ERRORS if e.said(ws))
    return frozenset(found)


def named_by_rubric(question: Question) -> frozenset[str]:
    """The practice errors the question's own rubric names (its model answer, key points and
    misconceptions): a question about leakage, imbalance or validation lists them as pitfalls,
    and so does a right answer to it ("Far more often it's subtle: fitting a scaler on the full
    dataset before splitting, oversampling before the split, ..." was charged: round 31's blind
    set, a warning scored 96 -> 17)."""
    texts = [question.model_answer]
    texts += [kp.label for kp in question.key_points]
    texts += [m.correction for m in question.misconceptions]
    return _named_by(tuple(texts))


def practice_errors(
    question: Question, tokens: Tokens, stance: Stance, charged: set[str]
) -> list[MisconceptionHit]:
    """One charge per practice error the answer recommends, on the first sentence that says it
    (read whole: "fit the scaler on all the data, then split" says the step in one clause and its
    scope in the next); sentences already charged another wrong claim are left alone. A practice
    the question's rubric names as a pitfall is charged only when the sentence endorses it."""
    hits: list[MisconceptionHit] = []
    seen: set[str] = set(charged)
    pitfalls = named_by_rubric(question)
    wholes = _whole_sentences(tokens)
    # read once per whole sentence, not once per part of it
    advised: dict[tuple[int, int], tuple[bool, bool]] = {}
    for sentence in tokens.sentences:
        if sentence.text in seen:
            continue
        first, last = bounds = wholes[sentence.index]
        if bounds not in advised:
            said = tokens.words[
                tokens.sentences[first].first_word : tokens.sentences[last].last_word
            ]
            advice = _said_as_advice(said)
            advised[bounds] = (advice, advice and _endorsed(said))
        advice, endorsed = advised[bounds]
        if not advice or stance.warned((sentence.first_word, sentence.last_word)):
            continue
        ws = tokens.words[sentence.first_word : sentence.last_word]
        for error in PRACTICE_ERRORS:
            if any(h.id == error.id for h in hits):
                continue
            if error.id in pitfalls and not endorsed:
                continue
            if error.said(ws):
                hits.append(
                    MisconceptionHit(error.id, error.phrase, sentence.text, error.correction)
                )
                seen.add(sentence.text)
                break
    return hits
