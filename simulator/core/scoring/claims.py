"""Wrong claims found by aligning the answer with what the rubric holds true.

The rubric's own sentences are the accepted view: the model answer, each key point's label and
each misconception's correction. Every clause of the answer is set against every clause of
those. Two clauses that talk about the same things (at least two shared content words) and
differ in one way only are a contradiction:

* **a counterpart swapped**: the answer says one side of a known pair where the accepted clause
  says the other (linear/nonlinear, local/global, minimum/maximum, pairwise/pointwise,
  increase/decrease, ... see counterparts.py), and the same word stands next to it, on the same
  side, in both ("t-SNE preserves *global* distances" against "... preserve *local* structure").
  A clause that swaps two pairs at once ("squared error is *sensitive*" against "absolute error
  is *robust*") compares two things and says nothing wrong, and so does one said of a subject
  the other does not name ("factors above one *grow*" against "the product *shrinks*").
* **polarity reversed**: one clause is negated and the other not, they share at least three
  content words, and the word the negation denies is said in the other clause ("there's no
  need to pin environments" against "the environment is pinned").

A clause is charged only when the speaker asserts it: not hedged ("might", "can", "if",
"depends"), not negated away, not inside a warning ("a common mistake is ..."), and not
supported by another accepted clause that says the same side (a model answer often states both
sides of a comparison). Conditional accepted clauses ("if the domains are very different")
set no truth either way.

Each wrong claim names the key point it is about (the accepted sentence's key point: the one
whose phrases it says, or the label itself); one about no key point is charged as a
misconception, with the accepted sentence as its correction.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.absent_cases import said_as_its_trouble, tells_a_trouble
from simulator.core.scoring.accepted_view import accepted_view, to_candidate
from simulator.core.scoring.claim_clauses import (
    CONDITIONS,
    HEDGES,
    NEGATED,
    NOT_ANCHOR,
    Clause,
    WrongClaim,
    accepted_clauses,
    answer_clauses,
    becoming,
    sentence_subject,
)
from simulator.core.scoring.claim_scope import scopes_apart, verbless
from simulator.core.scoring.claims_objects import wrong_objects
from simulator.core.scoring.claims_values import wrong_values
from simulator.core.scoring.compared_reading import THAN_REACH
from simulator.core.scoring.conditional_claims import same_case_claims
from simulator.core.scoring.contradiction import Contradiction
from simulator.core.scoring.counterparts import (
    CHANGE,
    COUNTERPARTS,
    DIRECTION_PAIRS,
    FAMILIES,
    MINMAX,
    PAIRS,
    SIDE,
    SIZE,
    TWO_SIDED,
    other_end,
)
from simulator.core.scoring.covariation import reversed_relations
from simulator.core.scoring.definitions import swapped_definitions
from simulator.core.scoring.dismissals import DISMISSED_AFTER, REJECTING, SPEAKERS
from simulator.core.scoring.opposite_pairs import phrasal_side
from simulator.core.scoring.own_rubric import for_the_unchanged
from simulator.core.scoring.relation_ends import moved_things
from simulator.core.scoring.remedy_lists import listed_remedy
from simulator.core.scoring.results import MisconceptionHit
from simulator.core.scoring.sameness import listed_alternatives
from simulator.core.scoring.side_cases import about_the_other_side, in_another_case
from simulator.core.scoring.stance import REPORTING, Stance
from simulator.core.scoring.text import STOPWORDS, Tokens, naming_naive, stem, word_set, words

_WARNING_STEMS = frozenset(
    stem(w)
    for w in [
        "mistake",
        "misuse",
        "misuses",
        "myth",
        "misconception",
        "pitfall",
        "fallacy",
        "trap",
        "wrong",
        "incorrect",
        "naive",
        "naively",
        "tempting",
        "misread",
        "misleading",
        "misunderstanding",
        "misperception",
    ]
)
# "more common than X", "instead of X": X is on the lesser side of what the clause says.
_LESSER_SIDE = frozenset({"than", "instead"})
_LESSER_SIDE_REACH = 3
# Verbs that say their object is kept down: "eases vanishing gradients" denies vanishing as
# much as "without vanishing" does, so the two agree.
_LESSENING = word_set(
    "ease eases eased easing mitigate mitigates mitigated avoid avoids avoided avoiding prevent"
    " prevents prevented preventing alleviate alleviates reduce reduces reduced reducing fix"
    " fixes fixed solve solves solved combat combats tackle tackles curb curbs counter counters"
    " lessen lessens limit limits limiting"
)
# "seasonal naive is *hard to* beat" keeps the beating down as "models cannot beat it" does
# (claims37: "an ARIMA that cannot beat a seasonal naive forecast is not worth shipping" was
# charged as the opposite of "seasonal naive ... are hard to beat").
_DIFFICULT = word_set("hard harder difficult tough impossible")
# "a non-significant result is *weak* evidence" keeps evidence down as "is not evidence" does.
_SLIGHT = word_set("weak weaker little scant slight minimal negligible")
# "review each feature *for* proxy variables": what is checked for is a hazard, kept down as
# much as "no proxies" keeps it down, so the two agree.
_CHECKING = word_set(
    "review reviews reviewed reviewing check checks checked checking screen screens screened"
    " audit audits audited test tests tested watch watches inspect inspects scan scans look"
    " looks monitor monitors"
)
_CHECK_REACH = 4  # words between "for" and the hazard ("for proxy variables of *protected*")
# "avoids leakage *such as* someone visiting the page": the example is kept down with its kind.
_EXAMPLE_OF = (("such", "as"), ("like",), ("including",), ("e.g",))
_EXAMPLE_REACH = 8  # words of the example after its lead-in ("such as")
# Adverbs of frequency say how often the word after them holds: "a new template is *always*
# interesting" and "templates *never* seen before" are about different things.
_FREQUENCY_PAIRS = frozenset(SIDE[stem("always")][:1])
# A clause that opens with one of these has its subject in the clause before.
_NO_SUBJECT = word_set("does do is are was were has have can will would")
_JOINING = word_set("but and yet so then")
BOUND_REACH = 2  # words either side of a counterpart that say what it is said of
MIN_SHARED_SWAP = 2
MIN_SHARED_POLARITY = 3


# A quantifier next to the counterpart names nothing it is said of: "the wait should grow *after
# each failure*" and "makes the wait *before each retry* grow" share only "each", and say the
# same (charge54: a correct retry-backoff warning was charged as the opposite).
_QUANTIFIERS = word_set("each every all any")


# Nouns of extent that join a word of size or duration into one modifier ("long-term",
# "short-run", "large-scale", "high-level", "low-cost", "long-lived", "wide-range").
_EXTENT_NOUNS = word_set(
    "term run range scale level cost lived haul distance form size grained frequency speed"
    " stakes quality"
)


def _compound_noun(ws: tuple[str, ...], i: int, j: int) -> bool:
    """Word ``j`` is the noun of extent that makes the counterpart at ``i`` a compound
    modifier of the word after it: in "*short-term* engagement" and "*long-term*
    satisfaction" what is short or long is said of engagement and of satisfaction, and "term"
    names no thing either is said of (a correct news-feed warning, "ranking for engagement
    lifts short term engagement" at the cost of the long term, was charged as the opposite of
    "pure engagement or long-term satisfaction", the two sharing only "term"). "In the long
    term" ends on its noun: there the term is what is long."""
    return (
        j == i + 1
        and ws[j] in _EXTENT_NOUNS
        and j + 1 < len(ws)
        and ws[j + 1] not in NOT_ANCHOR | _QUANTIFIERS
    )


def _bound(clause: Clause, pair: int) -> tuple[set[str], set[str]]:
    """Content stems just before and just after the clause's word of the pair: what the
    counterpart is said of."""
    before: set[str] = set()
    after: set[str] = set()
    st, ws = clause.stems, clause.words
    for i in _pair_places(clause, pair):
        for j in range(max(0, i - BOUND_REACH), min(len(st), i + BOUND_REACH + 1)):
            if (
                j != i
                and ws[j] not in NOT_ANCHOR | _QUANTIFIERS
                and st[j] not in SIDE
                and not _compound_noun(ws, i, j)
                and not _other_alternative(ws, j, i)
            ):
                (before if j < i else after).add(st[j])
    return before, after


# Words that set two alternatives side by side.
_ALTERNATIVE = word_set("or nor versus vs")


def _other_alternative(ws: tuple[str, ...], j: int, i: int) -> bool:
    """Word ``j`` stands before the counterpart at ``i`` with "or" / "versus" between: it is
    the other alternative, not what the counterpart is said of ("pure *engagement* or
    long-term satisfaction": long is said of satisfaction, and engagement is what it is set
    against)."""
    return j < i and any(w in _ALTERNATIVE for w in ws[j + 1 : i])


def _pair_places(clause: Clause, pair: int) -> list[int]:
    """Where the clause says a word of the counterpart pair ``pair``."""
    return [
        i for i, s in enumerate(clause.stems) if (key := SIDE.get(s)) is not None and key[0] == pair
    ]


def _bound_past_small_words(clause: Clause, pair: int) -> tuple[set[str], set[str]]:
    """As _bound, but small words do not count towards the reach: "the direction *with the*
    smallest variance" says it of the direction as "direction *of* maximum variance" does
    (wrong28). Only to find the same thing both clauses say it of."""
    before: set[str] = set()
    after: set[str] = set()
    st, ws = clause.stems, clause.words
    for i in _pair_places(clause, pair):
        for step, out in ((-1, before), (1, after)):
            j, n = i + step, 0
            while 0 <= j < len(st) and n < BOUND_REACH:
                if ws[j] not in NOT_ANCHOR:
                    n += 1
                    if st[j] not in SIDE:
                        out.add(st[j])
                j += step
    return before, after


# The forms of a change word that are a finite verb: "the error *grows*", "it *fell*".
_FINITE_CHANGE = frozenset(
    w
    for forms in PAIRS[CHANGE]
    for w in forms.split()
    if w.endswith(("s", "ed")) or w in ("grew", "shrank", "fell", "rose")
)


def _changing_subject(clause: Clause) -> set[str]:
    """The content stems of a clause's subject when the clause says that subject changes: its
    words before a finite change verb ("the receptive field *grows*") or before a verb of
    becoming and a change word ("the receptive field of each unit *gets smaller*"); none
    when the clause says no such change or names a direction before it."""
    st, ws = clause.stems, clause.words
    for i in _pair_places(clause, CHANGE) + _pair_places(clause, SIZE):
        turned = i > 1 and becoming(ws, i)
        if not (ws[i] in _FINITE_CHANGE or turned):
            continue
        head = range(i - 1 if turned else i)
        if any(st[j] in SIDE for j in head):
            return set()
        return {st[j] for j in head if ws[j] not in NOT_ANCHOR}
    return set()


def _conflict(said: Clause, accepted: Clause) -> tuple[str, tuple[int, ...]] | None:
    """How the answer's clause stands to an accepted one about the same things: ("swap",
    (pair,)) or ("polarity", (-1,)) when it contradicts it, ("same", pairs it agrees on, and -1
    for its polarity) when it says the same, None when they are about different things."""
    shared = said.anchors & accepted.anchors
    theirs = dict(accepted.sides)
    # A counterpart said on the same side in both is common ground too ("squared error is the
    # *robust* one" against "absolute error is *robust*").
    agreeing = sum(1 for p, side in said.sides if theirs.get(p) == side)
    if not shared or len(shared) + agreeing < MIN_SHARED_SWAP:
        return None
    differ = [p for p, side in said.sides if p in theirs and theirs[p] != side]
    if said.negated == accepted.negated:
        if len(differ) == 1:
            pair = differ[0]
            (mine_before, mine_after), (other_before, other_after) = (
                _bound(said, pair),
                _bound(accepted, pair),
            )
            # The same word next to the counterpart, on the same side, in both: it is said of
            # the same thing ("minimum margins" is not "maximum change": no swap).
            same_thing = (mine_before & other_before) | (mine_after & other_after)
            if not same_thing and pair in (MINMAX, SIZE):
                (wide_before, wide_after), (their_before, their_after) = (
                    _bound_past_small_words(said, pair),
                    _bound_past_small_words(accepted, pair),
                )
                # and the extreme is of the same thing ("smallest *variance*" against
                # "maximum *variance*"), not a degree of another word ("the *most common*
                # choice" against "minimized by the mean")
                if _near_extreme(said, pair) & _near_extreme(accepted, pair):
                    same_thing = (wide_before & their_before) | (wide_after & their_after)
            if pair in _FREQUENCY_PAIRS:
                same_thing = mine_after & other_after
            changing: set[str] = set()
            if not same_thing and pair == CHANGE:
                # "the receptive field of each unit *gets smaller*" against "the receptive
                # field *grows* with depth": both say how their subject changes (wrong51)
                changing = _changing_subject(said) & _changing_subject(accepted)
                same_thing = changing
            # Each said of a subject the other does not name: two things compared.
            each_other = (mine_before - set(accepted.stems)) and (other_before - set(said.stems))
            # A family ("Poisson" against "Bernoulli") names alternatives, not opposites.
            # "more common than bad minima" does not assert bad minima: "not bad" agrees.
            lesser = _on_lesser_side(accepted, pair)
            # The accepted clause names a counterpart the answer's does not, and the answer's
            # names a word the accepted one lacks: said of something else ("*validation* loss
            # starts rising" against "*training* loss keeps decreasing").
            elsewhere = _said_of_other(said, accepted, pair)
            # A word next to the accepted counterpart that the answer says away from its own
            # is no common ground: "*mean* absolute error" against "squared error targets the
            # *mean*", "*outcomes* for approved applicants" against "test outcomes ... and keep
            # reason codes for declined applicants".
            apart = (other_before | other_after) - (mine_before | mine_after) - changing
            close = len(shared - apart) + agreeing >= MIN_SHARED_SWAP
            if (
                same_thing
                and close
                and not each_other
                and not _other_subject(said, accepted)
                and not _counterpart_subjects(said, accepted, pair)
                and pair in TWO_SIDED
                and not lesser
                and not elsewhere
                and not other_end(said, accepted, pair)
                and not _moves_with(said, accepted, pair)
                and not (pair == MINMAX and _INNER_MINIMUM & set(accepted.words))
                and not _discarded_extreme(said, accepted, pair)
                and not _other_end_of_scale(said, accepted, pair)
                and not _turned_comparison(said, accepted, pair)
                and not _both_ends_turned(said, accepted, pair)
                and not _two_named_subjects(said, accepted, pair)
            ):
                return ("swap", (pair,))
        agree = tuple(p for p, side in said.sides if theirs.get(p) == side)
        if agree and not differ:
            return ("same", agree + ((-1,) if len(shared) >= MIN_SHARED_POLARITY else ()))
    if len(shared) >= MIN_SHARED_POLARITY and not differ:
        said_no = said.negated != (
            _non_before_shared(said, accepted) or _denied_lack(said, accepted)
        )
        accepted_no = accepted.negated != (
            _non_before_shared(accepted, said) or _denied_lack(accepted, said)
        )
        if said_no != accepted_no and _pronoun_for_other(said, accepted):
            return None  # said of two subjects: neither the same nor the opposite
        if said_no != accepted_no and _nothing_of_other(said, accepted):
            return None
        if said_no != accepted_no and _counterpart_subjects(said, accepted, -1):
            # neither the opposite nor the same: unlike ``_other_subject``'s fixed pairs, no
            # such pair says which way the other side goes (a "same" here backed wrong claims)
            return None
        if said_no != accepted_no and not _other_subject(said, accepted):
            negated, other = (said, accepted) if said.negated else (accepted, said)
            if negated.purpose:
                return None  # what a practice is for says nothing of what another one does
            if other is said and verbless(said):
                return None  # "so gradients and adam states": no verb, no claim (falseA34)
            if scopes_apart(negated, other):
                return None  # denied "for the backbone weights", said "for the head" (falseA34)
            if _rejects_as_said(negated, other):
                return ("same", (-1,))  # "you usually skip both" / "models often skip both"
            if _prevented_as_imagined(negated, other):
                return ("same", (-1,))  # "stops it drifting" / "otherwise it drifts"
            if _prevented_as_hidden(negated, other):
                return ("same", (-1,))  # "stops tokens attending to the future" / "hides"
            if negated is said and _described_by_relative(said, accepted):
                return None  # "never hiding a legitimate email" / "a false positive that hides"
            if negated is said and _another_meaning(said, accepted):
                return None  # "exactly once does not mean *an event is delivered once*"
            if negated is said and _extent_denied(said, accepted):
                return None  # "no need to recompute prices *for every rider*"
            if negated is said and _normative(said) and _supposed_in(accepted, said.denied):
                return None  # "Things go wrong *when a transformation changes the label*"
            if any(_lessened(d, other) or _lacking(d, other) for d in negated.denied):
                return ("same", (-1,))
            if any(_object_turned(d, negated, other) for d in negated.denied):
                return ("same", (-1,))  # "never gives wrong answers" / "gives correct answers"
            if any(_restricted_to(d, other) for d in negated.denied):
                return None  # "use *only* what exists at prediction time" (correct29)
            if negated is accepted and all(
                _denied_event(d, accepted) and _event_measured(d, said) for d in negated.denied
            ):
                return None  # "their *time to upgrade* is longer" / "gone ... without upgrading"
            if negated is said and any(_few_that_do(d, said, accepted) for d in said.denied):
                return ("same", (-1,))  # "dimensions that don't matter" / "only a few matter"
            if negated is accepted and all(
                _advised_of_other(d, negated, said) for d in negated.denied
            ):
                return None  # "use experiments or *causal methods*" / "not causal effects"
            if negated is accepted and _denied_in_relative(accepted, said):
                return None  # "I use what exists" / "leakage is using what will not exist"
            if (
                any(
                    d in other.stems
                    and not _gerund_subject(d, other)
                    and not _other_form(d, negated, other)
                    and not (negated is said and _other_object(d, negated, other))
                    and not (negated is accepted and _objects_apart(d, negated, other))
                    and not _compared_apart(d, negated, other)
                    and not (negated is accepted and _in_denied_adjunct(d, said))
                    and not (negated is said and _not_yet(d, said, other))
                    and not (negated is said and _roles_swapped(d, negated, other))
                    for d in negated.denied
                )
                and not _case_apart(said, accepted)
                and not _conditions_apart(said, accepted)
            ):
                # (_case_apart: "for the values flowing between layers you do not know ...";
                # _conditions_apart: "it scales when the model fits" / "model parallelism is
                # for when the model does not fit")
                return ("polarity", (-1,))
        else:
            return ("same", (-1,))
    return None


# Participial adjuncts: "does not vanish *after being multiplied* through every layer".
_ADJUNCT = word_set("after before when once while until being having")
_ADJUNCT_REACH = 6  # words from the negation to the word its adjunct says


def _in_denied_adjunct(denied: str, said: Clause) -> bool:
    """The answer says the accepted clause's denied word only inside an adjunct of a negated
    verb: "so it does *not* vanish *after being multiplied* through every layer" keeps the
    negation's scope over the participle, so it does not assert what "without being
    multiplied by every weight matrix" denies (charge31's held-out, charge32)."""
    ws, st = said.words, said.stems
    for i, s in enumerate(st):
        if s != denied:
            continue
        for j in range(max(0, i - _ADJUNCT_REACH), i):
            if ws[j] in NEGATED and any(w in _ADJUNCT for w in ws[j + 1 : i]):
                return True
    return False


_UNTIL = word_set("before until till")
_UNTIL_REACH = 4  # words from "before" to the event it names ("before a single optimizer *step*")


def _not_yet(denied: str, said: Clause, other: Clause) -> bool:
    """The accepted clause names the denied word as what comes later ("sums their gradients
    *before one optimizer step*"): the answer's "adds up their gradients *without stepping*
    the optimizer" says the same, that it has not happened yet (charge32). A flat denial
    ("never steps the optimizer") is still one."""
    if not any(
        w == "without" and denied in said.stems[i + 1 : i + 1 + _UNTIL_REACH]
        for i, w in enumerate(said.words)
    ):
        return False
    ws, st = other.words, other.stems
    return any(
        s == denied and any(w in _UNTIL for w in ws[max(0, i - _UNTIL_REACH) : i])
        for i, s in enumerate(st)
    )


def _rejects_as_said(negated: Clause, other: Clause) -> bool:
    """The clause is read as negated only for a rejecting verb ("skip", "ignore") after its
    speaker, and the other clause says that verb too: "with modern neural models you usually
    *skip* both" says the rubric's "modern subword models often *skip* both" (fix28)."""
    ws = negated.words
    return any(
        w in REJECTING and i and ws[i - 1] in SPEAKERS and negated.stems[i] in other.stems
        for i, w in enumerate(ws)
    ) and not any(w in NEGATED or w in DISMISSED_AFTER or w == "without" for w in ws)


_EXTENT = word_set("every each all everything always whole entire")


def _extent_denied(said: Clause, accepted: Clause) -> bool:
    """The answer's negated clause says an extent the accepted one does not: "you do not need
    to recompute prices for *every rider*" against "a streaming service recomputing prices
    every minute or two" denies recomputing per rider, not recomputing (correct28). The
    negation of a whole ("not every", "not always") is read as denying the whole."""
    ws, st = said.words, said.stems
    for j, w in enumerate(ws):
        if w not in _EXTENT:
            continue
        after = [s for s in st[j + 1 : j + 3] if s not in STOPWORDS][:1]
        if w in ("everything", "always") or (after and after[0] not in accepted.stems):
            return True
        if after and set(accepted.words) & _RESTRICTING:
            # "saves memory by not storing *all* the activations" against "stores *only* the
            # activations at checkpoint boundaries": not all is only some (claims40)
            return True
    return False


_RESTRICTING = word_set("only just merely solely")


def _supposed_in(accepted: Clause, denied: tuple[str, ...] | frozenset[str]) -> bool:
    """What the answer denies stands, in the accepted clause, only after a condition word in
    mid-clause or a relative word right after its subject: "things go wrong *when a
    transformation changes the label*", "transformations *that change the label* corrupt the
    training signal" suppose the change to say what follows from it, and "transformations that
    should not change the label" agrees with them (claims40: a strong augmentation answer
    charged and scored 20)."""
    ws, st = accepted.words, accepted.stems
    at = next(
        (
            i
            for i, w in enumerate(ws)
            if i and (w in CONDITIONS or (w in _RESTRICTIVE and i <= _SUBJECT_REACH))
        ),
        None,
    )
    found = [d for d in denied if d in st]
    return at is not None and bool(found) and all(d not in st[:at] for d in found)


_RESTRICTIVE = word_set("that which who")
# A denial of what should happen, not of what does: "transformations that *should not* change
# the label" (a plain "a transformation never changes the label" denies that any does).
_NORMATIVE = word_set("should shouldn't must mustn't ought")


def _normative(clause: Clause) -> bool:
    return any(w in _NORMATIVE for w in clause.words)


_SUBJECT_REACH = 3  # words of a subject before the relative word that restricts it


# A maximum taken over a minimum: "the largest distance to the *nearest* points" (the max-min
# margin). The answer's "the margin is the *smallest* distance to any point" states the inner
# minimum, not the opposite of the maximum.
_INNER_MINIMUM = frozenset(("nearest", "closest", "worst"))
_WITH = frozenset(("with",))
_ARTICLES = frozenset(("a", "an", "the", "more", "larger", "bigger"))


# Verbs that throw away what they are said of: "*drop* the components with the smallest
# variance" keeps the largest, as the accepted "directions of maximum variance" says.
_DISCARDING = word_set(
    "drop drops dropped dropping discard discards discarded discarding remove removes removed"
    " removing prune prunes pruned pruning eliminate eliminates eliminated exclude excludes"
    " excluded truncate truncates truncated ignore ignores ignored throw throws thrown"
)


def _discarded_extreme(said: Clause, accepted: Clause, pair: int) -> bool:
    """The answer's extreme (smallest, largest, lower ...) is what its clause throws away and
    the accepted clause throws nothing away: the other extreme is kept, which agrees (wrong28).
    Both throwing away ("remove the *largest* weights" against "remove the smallest") still
    swap."""
    if pair not in (MINMAX, SIZE):
        return False
    return bool(_DISCARDING & set(said.words)) and not _DISCARDING & set(accepted.words)


def _moves_with(said: Clause, accepted: Clause, pair: int) -> bool:
    """The answer's word of the pair moves *with* what the accepted clause says it of ("the
    spread of the mean *shrinks with the sample size*" against "as the sample size grows"):
    it is said of something that changes along with that, not of it. Only when the accepted
    word says it of what stands before it, nothing after ("more data *reduces* the variance"
    is said of the variance, and "the variance grows with more data" reverses it)."""
    covariate = None
    for i, s in enumerate(said.stems):
        if (SIDE.get(s) or (-1,))[0] == pair and i + 1 < len(said.words):
            if said.words[i + 1] in _WITH:
                j = i + 2
                while j < len(said.words) and said.words[j] in _ARTICLES:
                    j += 1
                covariate = said.stems[j] if j < len(said.words) else None
            break
    if covariate is None:
        return False
    for i, s in enumerate(accepted.stems):
        if (SIDE.get(s) or (-1,))[0] == pair:
            after = [w for w in accepted.words[i + 1 : i + 1 + BOUND_REACH] if w not in NOT_ANCHOR]
            return not after and covariate in accepted.stems[:i]
    return False


def _non_before_shared(clause: Clause, other: Clause) -> bool:
    """ "non" turns over a word both clauses say: "changing variance is *non* stationary" says
    "not stationary" of what "stationary when properties do *not* change" keeps apart, so the
    two agree (two denials, one each)."""
    return any(
        clause.words[i - 1] == "non" and s in other.stems and s not in _non_said(other)
        for i, s in enumerate(clause.stems)
        if i
    )


_LACK_REACH = 2  # words from "without" to what is lacking ("without *any* bound")


def _denied_lack(clause: Clause, other: Clause) -> bool:
    """A double negation (newpack30): the clause denies a lack of a word the other clause says
    plainly, "it *stops* the values growing *without bound*" says they stay bounded, what "the
    gaps stay bounded" says, and "you *never* train *without* a validation set" what "always
    keep a validation set" says. The word must follow the negation and a "without" just
    before it, and the other clause must not say it lacking too ("grow without bound")."""
    ws = clause.words
    at = next((i for i, w in enumerate(ws) if w in NEGATED), None)
    if at is None:
        return False
    lacking_there = {
        s
        for i, s in enumerate(other.stems)
        if "without" in other.words[max(0, i - _LACK_REACH) : i]
    }
    return any(
        s in other.stems
        and s not in lacking_there
        and s not in NOT_ANCHOR
        and "without" in ws[max(at + 1, i - _LACK_REACH) : i]
        for i, s in enumerate(clause.stems)
        if i > at
    )


def _non_said(clause: Clause) -> set[str]:
    return {s for i, s in enumerate(clause.stems) if i and clause.words[i - 1] == "non"}


def _said_of_other(said: Clause, accepted: Clause, pair: int) -> bool:
    """Before the swapped word, the accepted clause names a counterpart the answer's does not
    name at all, and the answer's names a word the accepted one lacks: two subjects."""
    mine, theirs = _before(said, pair), _before(accepted, pair)
    named = {p for p, _side in said.sides}
    other_pair = any((SIDE.get(s) or (pair,))[0] not in named | {pair} for s in theirs)
    return other_pair and bool({s for s in mine if s in said.anchors} - set(accepted.stems))


def _before(clause: Clause, pair: int) -> tuple[str, ...]:
    """The clause's stems before its first word of ``pair``."""
    for i, s in enumerate(clause.stems):
        if (SIDE.get(s) or (-1,))[0] == pair:
            return clause.stems[:i]
    return ()


def _other_end_of_scale(said: Clause, accepted: Clause, pair: int) -> bool:
    """The answer's clause says one end of another scale ("a *higher* temperature makes the
    output more random") and the accepted clause's sentence the other end of it before the
    clause ("a temperature *below* one sharpens ..., making the output more deterministic"):
    the two speak of opposite settings, so their opposite outcomes agree (wrong33)."""
    if said.sentence == accepted.sentence:
        return False
    theirs = dict(accepted.sides)
    sentence_sides: dict[int, set[int]] = {}
    for w in words(accepted.sentence.lower()):
        key = SIDE.get(stem(w))
        if key is not None:
            sentence_sides.setdefault(key[0], set()).add(key[1])
    return any(
        p != pair and p in TWO_SIDED and p not in theirs and sentence_sides.get(p) == {1 - side}
        for p, side in said.sides
    )


def _other_subject(said: Clause, accepted: Clause) -> bool:
    """Each names the other side of a compared pair: "skip-gram does not average the context"
    denies nothing of "in CBOW the averaged context predicts the center word"."""
    theirs = dict(accepted.subjects)
    return any(p in theirs and theirs[p] != side for p, side in said.subjects)


# The pairs of things a sentence's subject may name (not directions, not extremes): "Pointwise
# approaches ..." against "Pairwise methods ...".
_THING_PAIRS = frozenset(
    n for n, p in enumerate(PAIRS) if (p in COUNTERPARTS or p in FAMILIES) and n != MINMAX
)


def _counterpart_subjects(said: Clause, accepted: Clause, swapped: int) -> bool:
    """The accepted sentence's subject names one side of a pair of things (``COUNTERPARTS``:
    pointwise/pairwise, train/test, online/offline ...), the answer's sentence's subject the
    other, and the answer's clause never names the accepted side: the two are said of different
    things, unless the clause swaps that very pair (``swapped``). "Pointwise approaches treat each pair on its own, so the
    loss never looks at the other documents for the query" denies nothing of "Pairwise methods
    look at pairs of documents for the same query" (charge59: a strong learning-to-rank answer
    was charged and scored 0). "Pairwise methods score each document on its own, so the loss
    never looks at the other documents" still denies it."""
    mine = [SIDE.get(stem(w)) for w in sentence_subject(said.sentence)]
    own = {SIDE.get(s) for s in said.stems}
    for w in sentence_subject(accepted.sentence):
        side = SIDE.get(stem(w))
        if side is None or side[0] not in _THING_PAIRS or side[0] == swapped or side in own:
            continue
        if any(m is not None and m[0] == side[0] and m != side for m in mine):
            return True
    return False


# Words opening a clause with a subject of its own, not the sentence's.
_OWN_SUBJECT = word_set(
    "because since when whenever how which that while whereas if unless as although though so"
    " but and or where who whose what why once until"
)


# A relative clause has no subject of its own: "A fully Bayesian approach averages over the
# posterior, *which* captures parameter uncertainty" says it of the sentence's subject, and
# denies nothing of what "MAP ... does not capture parameter uncertainty" says (strong27).
_RELATIVE_PRONOUNS = word_set("which who")


def _pronoun_for_other(said: Clause, accepted: Clause) -> bool:
    """The answer's sentence and the accepted one are said of two named subjects: no word in
    common ("MAP" against "a fully Bayesian approach"), or the same head with a modifier each
    ("*stochastic* gradient descent" against "*batch* gradient descent"), each with a word the
    other sentence lacks. The accepted subject may be a pronoun for what the sentence before
    names ("A fully Bayesian approach goes one step further. ... *it* keeps the full
    posterior": "MAP gives only the mode, not the full posterior" denies nothing of it)
    (claims26)."""
    if (
        said.words[:1]
        and said.words[0] in _OWN_SUBJECT - _RELATIVE_PRONOUNS
        or (
            accepted.words[:1]
            and accepted.words[0] in _OWN_SUBJECT
            # "it discards ..., *so it* does not capture ...": the sentence's pronoun again,
            # pointing where the sentence's subject points
            and not (accepted.antecedent and accepted.words[1:2] in (("it",), ("they",)))
        )
    ):
        return False  # "..., *because demand* does not respond": the clause's own subject
    mine_words = [w for w in sentence_subject(said.sentence) if w not in STOPWORDS]
    if accepted.antecedent:
        theirs = set(accepted.antecedent)
        head_theirs = None
    else:
        theirs_words = [w for w in sentence_subject(accepted.sentence) if w not in STOPWORDS]
        theirs = {stem(w) for w in theirs_words}
        head_theirs = stem(theirs_words[-1]) if theirs_words else None
    mine = {stem(w) for w in mine_words}
    if not mine or not theirs:
        return False
    accepted_words = {stem(w) for w in words(accepted.sentence)} | accepted.antecedent
    said_words = {stem(w) for w in words(said.sentence)}
    if not (mine - accepted_words and theirs - said_words):
        return False
    if not mine & theirs:
        return True
    return head_theirs is not None and head_theirs == stem(mine_words[-1])


# Words opening the condition a clause's claim holds under.
_CONDITION_OPENERS = word_set("when whenever if unless once")


def _condition_at(clause: Clause) -> int | None:
    """Where the condition of a clause opens, after a head of its own ("it scales throughput
    *when* ..."), or None."""
    return next((i for i, w in enumerate(clause.words) if i and w in _CONDITION_OPENERS), None)


def _conditions_apart(said: Clause, accepted: Clause) -> bool:
    """Each clause says what holds under a condition, the two conditions opposite, of two
    different things: "it scales throughput *when the model fits* in one device's memory" (of
    data parallelism) denies nothing of "model parallelism is for *when the model does not
    fit* in one device's memory" (quote48's held-out: a correct strong answer was charged so).
    The denial is in the conditions, and the heads before them share no content word; "model
    parallelism is for when the model fits" still contradicts it."""
    heads = []
    for clause in (said, accepted):
        at = _condition_at(clause)
        if at is None:
            return False
        negation = [i for i, w in enumerate(clause.words) if w in NEGATED]
        if negation and min(negation) < at:
            return False  # the head itself is denied: "it does not scale when ..."
        heads.append(
            {stem(w) for w in clause.words[:at] if w not in STOPWORDS and w not in NOT_ANCHOR}
        )
    return bool(heads[0]) and bool(heads[1]) and not heads[0] & heads[1]


# Verbs an advice opens with: what to do, no claim of what is.
_ADVISING = word_set(
    "treat use apply run try prefer rely consider choose pick turn reach switch combine"
)
_ADVICE_LEADS = word_set("so and then but instead rather just also")


def _advised_of_other(denied: str, accepted: Clause, said: Clause) -> bool:
    """The answer's clause is an advice ("so treat it as model explanation and *use*
    experiments or causal methods for real effects") and gives the accepted clause's denied
    word to another noun ("*causal methods*" against "not *causal effects*"): it tells what to
    use, and says nothing of what the accepted clause denies (dev_blind44: a correct warning
    about partial dependence plots was charged so). "so use it to read causal effects" still
    says the denied word of the accepted noun, and is read as before."""
    ws = list(said.words)
    while ws and ws[0] in _ADVICE_LEADS:
        ws = ws[1:]
    if not ws or ws[0] not in _ADVISING or denied not in said.stems:
        return False
    at = said.stems.index(denied)
    after = [
        s
        for w, s in zip(said.words[at + 1 :], said.stems[at + 1 :], strict=True)
        if w not in STOPWORDS
    ]
    return bool(after) and after[0] not in accepted.stems


_NOTHING = word_set("nothing none nobody")
_CASE_OPENERS = word_set("for with")
_LEADING = word_set("so and but whereas while because since yet then")
_CASE_ENDS = word_set("you we i it they one there")
_CASE_PRONOUNS = word_set("it them these those this that each both either")
_CASE_REACH = 6  # words of a case phrase ("for the values flowing between layers")


def _case_apart(said: Clause, accepted: Clause) -> bool:
    """The answer's clause opens on the case it is said for ("*for the values flowing between
    layers* you do not know the range ahead of time", "so *for activations* you do not ...")
    and the accepted sentence names nothing of that case and says its claim of a subject the
    case is not ("*Weights* are easy because you know them ahead of time"): a claim about
    another case of the same topic, no denial of the accepted one (false33, issue 9's outside
    pack). A case said with a pronoun ("so for them") is what its sentence names before the
    clause. "For weights you do not know the range" still denies it."""
    ws = said.words
    i = 0
    while i < len(ws) and ws[i] in _LEADING:
        i += 1
    if i >= len(ws) or ws[i] not in _CASE_OPENERS:
        return False
    case_words: list[str] = []
    for w in ws[i + 1 : i + 1 + _CASE_REACH]:
        if w in _CASE_ENDS or w in NEGATED:
            break
        case_words.append(w)
    else:
        return False  # no subject after the case: where the case ends is unsure
    case = {stem(w) for w in case_words if w not in STOPWORDS and w not in _CASE_PRONOUNS}
    if not case and any(w in _CASE_PRONOUNS for w in case_words):
        sentence = words(said.sentence)
        at = next(
            (k for k in range(len(sentence)) if tuple(sentence[k : k + len(ws)]) == tuple(ws)), 0
        )
        case = {stem(w) for w in sentence[:at] if w not in STOPWORDS and w not in NOT_ANCHOR}
    if not case:
        return False
    theirs = {stem(w) for w in sentence_subject(accepted.sentence) if w not in STOPWORDS}
    theirs |= accepted.antecedent
    accepted_words = {stem(w) for w in words(accepted.sentence)} | accepted.antecedent
    return bool(theirs) and not case & accepted_words


def _nothing_of_other(said: Clause, accepted: Clause) -> bool:
    """The answer's clause denies with a subject of "nothing" ("at inference *nothing* is
    switched off": no unit is dropped), and the accepted sentence says its verb of a named
    subject the answer's sentence never names ("standard *dropout* is switched off at
    inference"): the two speak of different things (false25, strong27)."""
    if not any(w in _NOTHING for w in said.words):
        return False
    theirs = {stem(w) for w in sentence_subject(accepted.sentence) if w not in STOPWORDS}
    theirs |= accepted.antecedent
    return bool(theirs) and not theirs & {stem(w) for w in words(said.sentence)}


_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)


def _turned_comparison(said: Clause, accepted: Clause, pair: int) -> bool:
    """The answer ranks another thing *against* what the accepted clause says its word of:
    "discriminative classifiers make *weaker* assumptions *than generative ones*" is the
    accepted "generative classifiers make *stronger* assumptions" said from the other end (a
    correct answer fell 100 -> 54 on it, over46). The thing after "than" is a word the accepted
    clause says before its own word of the pair, and the answer says, before its word, a content
    word the accepted clause lacks. "Generative classifiers make weaker assumptions than
    discriminative ones" names the accepted subject first and is still read."""
    theirs = _pair_places(accepted, pair)
    if not theirs:
        return False
    subject = {
        s
        for s, w in zip(accepted.stems[: theirs[0]], accepted.words[: theirs[0]], strict=True)
        if w not in NOT_ANCHOR
    }
    if not subject - _STOP_STEMS:
        # a clause that goes on with the subject of the one before ("Impurity importance is
        # fast *but biased* toward ..."): English gives it that subject, or a pronoun's
        subject = {stem(w) for w in sentence_subject(accepted.sentence) if w not in STOPWORDS}
        subject |= accepted.antecedent
    for i in _pair_places(said, pair):
        than = next(
            (
                j
                for j in range(i + 1, min(len(said.words), i + 1 + THAN_REACH))
                if said.words[j] == "than"
            ),
            None,
        )
        if than is None:
            continue
        lesser = {
            s
            for s, w in zip(said.stems[than + 1 :], said.words[than + 1 :], strict=True)
            if w not in NOT_ANCHOR and w not in STOPWORDS
        }
        own = {
            s
            for s, w in zip(said.stems[:i], said.words[:i], strict=True)
            if w not in NOT_ANCHOR and w not in STOPWORDS and s not in accepted.stems
        }
        # the side after "than" names a word of the accepted subject that the answer's own
        # subject does not, and the answer's subject a word of its own: "*permutation*
        # importance is less biased than *impurity* importance" against "impurity importance
        # is ... biased" (a shared head noun names no side)
        if (lesser & subject) - own and own - subject:
            return True
    return False


_MEANING = word_set("mean means meant imply implies")
_MEANING_REACH = 2  # words from the denial to its verb of meaning ("does not *mean*")


def _another_meaning(said: Clause, accepted: Clause) -> bool:
    """The answer denies a meaning the accepted clause does not give: "Exactly-once does not
    mean *an event is delivered once*" against "Exactly-once means *that each event's effect
    on the output is applied once*" sets a wrong reading aside, the accepted one is not it
    (over46: a strong answer scored 0 for it). What follows the answer's "mean" leaves most of
    the accepted meaning's content words unsaid; "... does not mean each event changes the
    output only once" denies the accepted meaning and is still read."""
    at = next((i for i, w in enumerate(said.words) if w in NEGATED), None)
    if at is None:
        return False
    verb = next(
        (
            i
            for i in range(at + 1, min(len(said.words), at + 1 + _MEANING_REACH))
            if said.words[i] in _MEANING
        ),
        None,
    )
    theirs = next((i for i, w in enumerate(accepted.words) if w in _MEANING), None)
    if verb is None or theirs is None:
        return False
    meant = {
        s
        for w, s in zip(accepted.words[theirs + 1 :], accepted.stems[theirs + 1 :], strict=True)
        if w not in STOPWORDS and w not in NOT_ANCHOR
    }
    denied = set(said.stems[verb + 1 :])
    # most of the accepted meaning left unsaid: one changed word ("each event *changes* the
    # output only once") still denies it (fix46b)
    return 2 * len(meant - denied) > len(meant)


def _denial_in_condition(clause: Clause) -> bool:
    """The clause's denial stands inside its condition ("... fails *when the points do not
    share a label*"). Said of an accepted clause it is often a definition ("a series is
    stationary *when its properties do not change*"), which does set a truth."""
    at = next((i for i, w in enumerate(clause.words) if w in NEGATED), None)
    return at is not None and any(w in CONDITIONS for w in clause.words[:at])


# Verdicts that say a method breaks down in the case a condition names.
_FAILING = word_set(
    "fail fails failed failing break breaks broke struggle struggles suffer suffers degrade"
    " degrades poorly badly worse unreliable misleading"
)


def _failure_case(clause: Clause) -> bool:
    """The answer's denial is the case its sentence says the method fails in: "it fails *when
    similar points do not share a label*", "it fails when classes overlap, ..., or *when some
    cluster has no labelled example*" name where the accepted assumption does not hold, they do
    not deny it (over46: a correct label-propagation answer scored 0, a partial one 0). "It
    works well when similar points do not share a label" is still read."""
    if not _denial_in_condition(clause):
        return False
    cond = next(i for i, w in enumerate(clause.words) if w in CONDITIONS)
    before = words(clause.sentence)
    opening = " ".join(clause.words[: cond + 1])
    head = " ".join(before)
    upto = head.find(opening)
    said_before = before if upto < 0 else words(head[:upto]) + list(clause.words[:cond])
    return any(w in _FAILING for w in said_before)


_SUBJECT_LEAD = word_set("the a an")


def _named_subject(clause: Clause, pair: int) -> int | None:
    """Where the clause's subject opens on a word of ``pair`` ("*strong* scaling asks ...",
    "the *weak* form ..."): that word's place, or None."""
    places = _pair_places(clause, pair)
    if not places:
        return None
    i = places[0]
    lead = clause.words[:i]
    return i if i + 1 < len(clause.words) and all(w in _SUBJECT_LEAD for w in lead) else None


def _predicate(clause: Clause, start: int) -> list[str]:
    """The content stems of the clause from ``start`` on, in order."""
    return [
        clause.stems[k]
        for k in range(start, len(clause.words))
        if clause.words[k] not in NOT_ANCHOR
    ]


def _two_named_subjects(said: Clause, accepted: Clause, pair: int) -> bool:
    """Both clauses open on the pair's two sides naming two things of one kind ("*strong*
    scaling asks how much faster a fixed job finishes" against "*weak* scaling keeps the work
    per worker fixed"), the answer's clause does not say the first thing the accepted one says
    of its subject ("work"), and shares fewer than half of its content words with it: each
    tells its own thing, nothing moved from one to the other (charge54: a correct warning that
    contrasts the two was charged). Telling the other's claim ("strong scaling keeps the work
    per worker fixed", "squared error is the robust one") is still a swap. Not read yet:
    "strong scaling *measures* how much faster ..." against "weak scaling is a way of
    *measuring*" (the first thing said is the verb both share)."""
    i, j = _named_subject(said, pair), _named_subject(accepted, pair)
    if i is None or j is None or said.stems[i + 1] != accepted.stems[j + 1]:
        return False
    mine = _predicate(said, i + 2)
    theirs = _predicate(accepted, j + 2)
    if not mine or not theirs or theirs[0] in mine:
        return False  # "squared error is the robust loss" says what the other is said to be
    return 2 * len(set(mine) & set(theirs)) < len(set(mine))


def _both_ends_turned(said: Clause, accepted: Clause, pair: int) -> bool:
    """The answer turns the counterpart over *and* what it moves: "a *weaker* penalty gives ...
    *higher* variance" is "a *stronger* penalty *lowers* variance" told from its other end,
    and so is "with *fewer* trees you need a *higher* learning rate" beside "*more* trees with
    a *smaller* rate" (over46: both charged as turned). Every thing both clauses say moves must
    move the other way in the answer; "a weaker penalty lowers variance" is still a swap."""
    mine = moved_things(said.words, frozenset(_pair_places(said, pair)))
    theirs = moved_things(accepted.words, frozenset(_pair_places(accepted, pair)))
    shared = set(mine) & set(theirs)
    return bool(shared) and all(mine[t] == -theirs[t] for t in shared)


def _on_lesser_side(clause: Clause, pair: int) -> bool:
    """The clause names a side of ``pair`` only after "than" or "instead" (close before it)."""
    return any(
        (SIDE.get(s) or (-1,))[0] == pair
        and any(w in _LESSER_SIDE for w in clause.words[max(0, i - _LESSER_SIDE_REACH) : i])
        for i, s in enumerate(clause.stems)
    )


_NOUN_ENDINGS = ("tion", "tions", "ment", "ments", "ness", "ance", "ence", "er", "ers")


def _other_form(stem_: str, negated: Clause, other: Clause) -> bool:
    """The denied word is a verb in one clause and a noun made from it in the other: "cannot
    *recommend* new items" denies nothing of what "*recommendation* systems suggest items"
    says."""
    mine = next(w for w, s in zip(negated.words, negated.stems, strict=True) if s == stem_)
    theirs = next(w for w, s in zip(other.words, other.stems, strict=True) if s == stem_)
    if mine != theirs and mine.endswith(_NOUN_ENDINGS) != theirs.endswith(_NOUN_ENDINGS):
        return True
    # ... or one word, a verb after the denial and a noun after a determiner in the other: "you
    # don't *bid* your full value" denies nothing of "the winner pays *its own bid*" (claims38)
    at = negated.stems.index(stem_)
    there = other.stems.index(stem_)
    denied_verb = at > 0 and negated.words[at - 1] in _AUXILIARY_DENIALS
    lead = other.words[max(0, there - 2) : there]
    noun = bool(lead) and (
        lead[-1] in _NOUN_LEADS or (lead[-1] == "own" and len(lead) == 2 and lead[0] in _NOUN_LEADS)
    )
    return denied_verb and noun


# A denial right before a verb ("don't bid", "do not bid", "never bid") and what opens a noun
# phrase ("its own bid", "the bid").
_AUXILIARY_DENIALS = word_set("not never don't doesn't didn't")
_NOUN_LEADS = word_set("the a an its their his her our your my")
_OBJECT_REACH = 5  # words from a denied verb to its object ("without looking at *neighbours*")


def _objects_of(stem_: str, clause: Clause, reach: int) -> set[str]:
    """The content stems after the word in the clause, within reach."""
    at = clause.stems.index(stem_)
    return {
        s
        for w, s in zip(
            clause.words[at + 1 : at + 1 + reach],
            clause.stems[at + 1 : at + 1 + reach],
            strict=True,
        )
        if w not in NOT_ANCHOR and w not in STOPWORDS
    }


def _other_object(stem_: str, negated: Clause, other: Clause) -> bool:
    """The answer denies a word that has an object in both clauses, and none of the denied
    one's words is said in the accepted clause: "mixes channels *without looking at
    neighbours*" denies nothing of "*looks at a single position*" (false24); "would not add
    extra columns for missingness" still denies "add a missingness indicator". (An accepted
    denial is left alone: "do not change *over time*" has no object to compare.)"""
    mine = _objects_of(stem_, negated, _OBJECT_REACH)
    theirs = _objects_of(stem_, other, len(other.stems))
    if bool(mine) and bool(theirs) and not mine & set(other.stems):
        return True
    # The accepted clause strings two predicates ("*pulls positives together* and pushes
    # negatives apart"): the denied verb's object is compared with its own predicate's, so "the
    # loss never pulls negatives together" denies nothing of it (charge31). Particles
    # ("together", "apart") name no object.
    mine -= _PARTICLES
    own = _predicate_objects(stem_, other)
    return bool(mine) and bool(own) and len(own) < len(theirs) and not mine & own


def _objects_apart(stem_: str, negated: Clause, other: Clause) -> bool:
    """The accepted view denies a verb along one path and the answer says it along another,
    the same preposition after the verb in both and none of the denied path's words said:
    "gradients cannot *flow back through the sampling step*" says nothing against "the gradient
    *flows through mu and sigma*" (a correct reparameterization warning was charged with the
    opposite). "The gradient flows through the sampling step" still turns it; so do "a series
    whose mean keeps changing" against "do not change over time" (no path of its own) and "the
    newest orders are labelled before the window opens" against "have no label yet" (none
    denied; dev_wrong34: read as objects apart, a verbose-wrong answer rose 0 -> 77)."""
    mine, theirs = _path_of(stem_, negated), _path_of(stem_, other)
    return (
        mine is not None
        and theirs is not None
        and mine[0] == theirs[0]
        and bool(mine[1])
        and bool(theirs[1])
        and not mine[1] & set(other.stems)
    )


def _path_of(stem_: str, clause: Clause) -> tuple[str, set[str]] | None:
    """The first path preposition within reach after the verb, and the content stems after it
    up to the next joining word."""
    at = clause.stems.index(stem_)
    ws = clause.words[at + 1 : at + 1 + _OBJECT_REACH]
    st = clause.stems[at + 1 : at + 1 + _OBJECT_REACH]
    lead = next((i for i, w in enumerate(ws) if w in _PATHS), None)
    if lead is None or any(w in _JOINING for w in ws[:lead]):
        return None
    out: set[str] = set()
    for w, s in zip(ws[lead + 1 :], st[lead + 1 :], strict=True):
        if w in _JOINING or w in _PATHS:
            break
        if w not in NOT_ANCHOR and w not in STOPWORDS:
            out.add(s)
    return ws[lead], out


# Prepositions of a path a thing goes along, and the words that join another clause or phrase.
_PATHS = word_set("through via across along into onto")
_JOINING = word_set("and or but so while whereas because since then which that")


_ROLE_REACH = 3  # words from the denied word to the verb it is the subject of


def _roles_swapped(stem_: str, negated: Clause, other: Clause) -> bool:
    """The answer denies the word as the object of a verb ("you do not *need* a *cross*
    encoder for the first step") that the accepted clause says of it as the verb's subject
    ("a *cross*-encoder *needs* one forward pass per pair"): not needing X says nothing against
    what X needs (claims38). "You don't need feature scaling" against "kNN needs feature
    scaling" keeps the roles, and stays a reversal."""
    ws = negated.words
    at = next((i for i, w in enumerate(ws) if w in NEGATED), None)
    if at is None or stem_ not in negated.stems[at + 1 :]:
        return False
    d = negated.stems.index(stem_, at + 1)
    verbs = {negated.stems[j] for j in range(at + 1, d) if ws[j] not in STOPWORDS}
    if not verbs or stem_ not in other.stems:
        return False
    o = other.stems.index(stem_)
    before = set(other.stems[:o])
    after = set(other.stems[o + 1 : o + 1 + _ROLE_REACH])
    return bool(verbs & after) and not verbs & before


_COMPARING = word_set("as than")


def _compared_apart(stem_: str, negated: Clause, other: Clause) -> bool:
    """The denied word compares two things in one clause ("focal loss is not *the same as*
    weighted cross entropy") and names a quality in the other ("every example of a class by
    *the same weight*"): denying the comparison says nothing of the quality (charge31)."""

    def compares(clause: Clause) -> bool:
        at = clause.stems.index(stem_)
        return at + 1 < len(clause.words) and clause.words[at + 1] in _COMPARING

    return compares(negated) != compares(other)


_PARTICLES = word_set("together apart away up down out off back")
_JOINING = word_set("and or but while whereas")


def _predicate_objects(stem_: str, clause: Clause) -> set[str]:
    """The content stems after the word up to where a second predicate joins the clause (a
    joining word, then a verb in -s and a content word after it: "and *pushes negatives*")."""
    at = clause.stems.index(stem_)
    ws, st = clause.words, clause.stems
    out: set[str] = set()
    for j in range(at + 1, len(ws)):
        if (
            ws[j] in _JOINING
            and j + 2 < len(ws)
            and ws[j + 1].endswith("s")
            and ws[j + 2] not in STOPWORDS
        ):
            break
        if ws[j] not in NOT_ANCHOR and ws[j] not in STOPWORDS and ws[j] not in _PARTICLES:
            out.add(st[j])
    return out


def _gerund_subject(stem_: str, clause: Clause) -> bool:
    """The clause opens with the word as a gerund, its subject ("*Predicting* tomorrow's price
    as today's gives a tiny error"): it says what doing so yields, not that it should be done,
    so "I wouldn't predict the raw price" does not deny it."""
    for w, s in zip(clause.words, clause.stems, strict=True):
        if s == stem_:
            return w.endswith("ing")
        if w not in STOPWORDS:
            return False
    return False


_LACKING_REACH = 3  # words between "without" and what is lacking ("without a *closed* form")
# Words that deny what follows them without a negation word: "without", and verbs whose
# complement did not happen ("*fails to* renew" is "does not renew").
# "no" too, in a clause it does not negate: "feedback *with no* clear negatives" (claims26).
_LACKING_WORDS = word_set("without no fail fails failed failing unable neglects neglected refuses")
# "attend over the cache, *instead of recomputing* the whole prefix" says the prefix is not
# recomputed, as "you don't recompute them for the whole prefix" does (charge50).
_IN_PLACE = (("instead", "of"), ("rather", "than"))


def _lacking(denied: str, clause: Clause) -> bool:
    """The other clause says the denied word is lacking, with "without" (which names a setting
    and so is no negation of its clause) or a verb such as "fails to": "losses *without* a
    closed form" says what "losses that have *no* closed form" says, and "a subscriber who
    *fails to* renew" what "a subscriber who *doesn't* renew" says; "*instead of* recomputing"
    and "*rather than* recomputing" what "you don't recompute" says. "Zero" right before a
    singular noun gives its amount, none, as "no" does: "leaves *zero* surplus" says what
    "leaves *no* surplus" says (flag68: a correct first-price warning was charged with the
    opposite of it). A plural after it may name things of the value zero ("zero weights")."""
    ws = clause.words
    return any(
        s == denied
        and (
            _LACKING_WORDS & set(ws[max(0, i - _LACKING_REACH) : i])
            or any(ws[j : j + 2] in _IN_PLACE for j in range(max(0, i - _LACKING_REACH), i))
            or (i > 0 and ws[i - 1] in _ZERO and not _plural(ws[i]))
        )
        for i, s in enumerate(clause.stems)
    )


_ZERO = word_set("zero")


def _plural(word: str) -> bool:
    """A plural noun form by its ending ("weights", "wins"; not "loss", "bias", "status")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


# The two sides of correctness: denying an act on a thing of one side says the act is done on
# things of the other.
_WRONG_SIDE = word_set("wrong incorrect inaccurate invalid erroneous")
_RIGHT_SIDE = word_set("right correct accurate valid")


def _object_turned(denied: str, negated: Clause, other: Clause) -> bool:
    """The negated clause denies a verb whose object is said wrong and the other clause says
    the verb with its object said correct, or the other way round: "it *never* gives *wrong*
    policy answers" says what "it gives *correct* answers" says (flag68: a correct chatbot
    evaluation was charged with the opposite of it); "it gives wrong answers" still turns it."""
    if denied not in other.stems:
        return False
    sides = []
    for clause in (negated, other):
        at = clause.stems.index(denied)
        after = set(clause.words[at + 1 : at + 1 + _OBJECT_REACH])
        sides.append((bool(after & _WRONG_SIDE), bool(after & _RIGHT_SIDE)))
    (mine_wrong, mine_right), (theirs_wrong, theirs_right) = sides
    return (mine_wrong and theirs_right and not theirs_wrong) or (
        mine_right and theirs_wrong and not theirs_right
    )


_ONLY_REACH = 3  # words between "only" and the word it restricts to ("only what exists")


def _restricted_to(denied: str, clause: Clause) -> bool:
    """The clause restricts its claim to the word the other one denies: "use *only* what
    exists at prediction time" says nothing that will not exist is used, so it agrees with
    "leakage is using information that will not exist at prediction time" (correct29); "not
    only" adds, it does not restrict."""
    ws = clause.words
    for i, s in enumerate(clause.stems):
        if s != denied:
            continue
        for j in range(max(0, i - _ONLY_REACH), i):
            if ws[j] == "only" and not (j and ws[j - 1] in NEGATED):
                return True
    return False


_RELATIVE_OPENERS = word_set("that which who whose")
# Nouns that measure an event without saying it happened: "the *time to* upgrade", "the
# *chance of* churning", "the *risk of* failure".
_MEASURES = word_set(
    "time times duration durations wait delay chance chances probability odds likelihood risk"
    " rate hazard propensity days weeks months years"
)
_EVENT_LINKS = word_set("to until of before")


_VERB_DENIALS = word_set("not never cannot to")  # what a verb follows when denied ("no" a noun)


def _denied_event(denied: str, clause: Clause) -> bool:
    """The negated clause denies an act, a verb ("without *upgrading*", "does not *renew*"),
    not a thing ("carries no *user* risk")."""
    ws = clause.words
    return any(
        s == denied and (ws[i].endswith("ing") or (i and ws[i - 1] in _VERB_DENIALS))
        for i, s in enumerate(clause.stems)
    )


def _event_measured(denied: str, clause: Clause) -> bool:
    """The clause says the denied word only as what a measure is of ("all you know is that
    *their time to upgrade* is longer than how long you've watched them"): it names the event
    to measure it and asserts nothing of it happening, so it does not deny "they've gone at
    least as long as their observed time *without upgrading*" (dev_blind45: a correct strong
    survival answer was charged so and scored 3)."""
    ws = clause.words
    places = [i for i, s in enumerate(clause.stems) if s == denied]
    return bool(places) and all(
        i >= 2 and ws[i - 1] in _EVENT_LINKS and ws[i - 2] in _MEASURES for i in places
    )


# "*only a few* hyperparameters really matter": a quantity that leaves out the rest.
_FEW = word_set("few handful couple one two three some small")
_FEW_REACH = (
    6  # words from "only" to the word it restricts ("only a few hyperparameters really matter")
)


def _few_that_do(denied: str, said: Clause, accepted: Clause) -> bool:
    """The answer denies the word in a relative clause of what it names ("wastes the budget
    on dimensions *that don't matter*") and the accepted clause says it of only a few ("*only a
    few* hyperparameters really matter"): both say the rest do not, the same claim (dev_blind45:
    a correct strong answer on hyperparameter search was charged so and scored 35)."""
    ws = said.words
    at = next((i for i, s in enumerate(said.stems) if s == denied), None)
    if at is None:
        return False
    lead = ws[max(0, at - _RELATIVE_REACH - 1) : at]
    if not (set(lead) & _RELATIVE_OPENERS and set(lead) & NEGATED):
        return False
    theirs = accepted.words
    for i, s in enumerate(accepted.stems):
        if s != denied:
            continue
        for j in range(max(0, i - _FEW_REACH), i):
            if (
                theirs[j] == "only"
                and not (j and theirs[j - 1] in NEGATED)
                and set(theirs[j + 1 : i]) & _FEW
            ):
                return True
    return False


_RELATIVE_REACH = 3  # words from the relative pronoun to the negation ("that *will not* exist")


def _denied_in_relative(accepted: Clause, said: Clause) -> bool:
    """The accepted clause's negation sits in a relative clause of an object ("leakage is
    using information *that will not exist* at prediction time"): it picks out which things a
    named subject is about, so an answer that never names that subject and says the things
    that do exist ("I use only what exists at prediction time") names the complement, not the
    opposite; "leakage is using information that exists at prediction time" names it
    (correct29)."""
    ws = accepted.words
    at = next((i for i, w in enumerate(ws) if w in NEGATED), None)
    if at is None or not any(
        w in _RELATIVE_OPENERS and j > 1
        for j, w in enumerate(ws[max(0, at - _RELATIVE_REACH) : at], max(0, at - _RELATIVE_REACH))
    ):
        return False
    subject = {stem(w) for w in sentence_subject(" ".join(ws)) if w not in STOPWORDS}
    return bool(subject) and not subject & set(said.stems)


def _lessened(denied: str, clause: Clause) -> bool:
    """The clause keeps the denied word down itself: "eases *vanishing* gradients", "is weak
    *evidence*", "*helps* less", "avoids leakage such as someone *visiting* the page", "review each feature for
    *proxies*"."""
    ws = clause.words
    for i, s in enumerate(clause.stems):
        if s != denied:
            continue
        if any(w in _LESSENING for w in ws[max(0, i - 2) : i]) or (i and ws[i - 1] in _SLIGHT):
            return True
        if ws[i + 1 : i + 2] in (("less",), ("little",)):
            return True  # "more data of the same kind *helps less*" (correct29)
        if i >= 2 and ws[i - 1] == "to" and ws[i - 2] in _DIFFICULT:
            return True  # "hard to beat"
        if any(
            ws[j] == "for" and any(w in _CHECKING for w in ws[max(0, j - 3) : j])
            for j in range(max(0, i - _CHECK_REACH), i)
        ):
            return True
        for j in range(max(0, i - _EXAMPLE_REACH), i):
            lead = next((e for e in _EXAMPLE_OF if tuple(ws[j : j + len(e)]) == e), None)
            if lead and any(w in _LESSENING for w in ws[max(0, j - 3) : j]):
                return True
    return False


_HELPERS = word_set("does do did can could will would")
_HELPERS_DENIED = word_set("doesn't don't didn't can't cannot couldn't won't wouldn't")
_ALONE = (("by", "itself"), ("by", "themselves"), ("on", "its", "own"), ("on", "their", "own"))


def _denied_alone(ws: tuple[str, ...] | list[str]) -> bool:
    """A verb denied of its subject alone: "it does not *by itself* save training compute",
    "dropout doesn't fix overfitting *on its own*". Whether the thing does it with help is left
    open, so the clause claims neither the verb nor its denial (heldout_wrong63: a correct
    lottery-ticket answer, read as granting that tickets save compute, was charged against "so it
    does not save training compute yet"). "Not offline MAE alone" (no verb's helper) still
    grants the thing named, as stance.limits reads it."""
    ws = tuple(ws)
    denied = any(
        w in _HELPERS_DENIED or (w == "not" and k > 0 and ws[k - 1] in _HELPERS)
        for k, w in enumerate(ws)
    )
    return denied and any(ws[k : k + len(a)] == a for a in _ALONE for k in range(len(ws)))


def _asserted(
    tokens: Tokens, stance: Stance, clause: Clause, positions: list[int], ref: Clause
) -> bool:
    """Said as the speaker's own: not hedged, not under a condition that opens its sentence
    ("if every label is clean, ..."), not inside a warning frame (before the words it shares
    with the accepted clause: "people also think clipping fixes ...")."""
    if any(w in HEDGES for w in clause.words):
        return False
    if _denied_alone(clause.words):
        return False
    shared = clause.anchors & ref.anchors
    at = next((p for p in positions if tokens.stems[p] in shared), positions[0])
    sentence = tokens.sentences[tokens.sentence_of[at]]
    if tokens.words[sentence.first_word] in CONDITIONS and positions[0] > sentence.first_word:
        return False
    if _counterfactual(tokens, clause, sentence.first_word, positions[0]):
        return False
    if _imperative_condition(tokens, sentence.first_word, positions[0]):
        return False
    head = tokens.stems[sentence.first_word : at]
    if any(s in _WARNING_STEMS and not naming_naive(head, i) for i, s in enumerate(head)):
        return False
    # ... nor judged after the clause's last word: "Reading the p value as the probability
    # that the null is true *is the most common misreading*" puts the verdict past the reach
    # of the first shared word (claims40)
    last = max((p for p in positions if tokens.stems[p] in shared), default=at)
    if last > at and stance.warned((last, last + 1)) and _report_between(tokens, at, last):
        # "*Only* someone who ... would think that we observe outcomes for rejected
        # applicants": the first shared word is in the subject of a verb of believing, the
        # claim is what that verb reports (stance._report_denied)
        return False
    return not stance.warned((at, at + 1)) and not stance.warned((at, last + 1))


def _report_between(tokens: Tokens, at: int, last: int) -> bool:
    """A verb of saying or believing stands between two words of a clause: the later one is
    in what it reports."""
    return any(w in REPORTING for w in tokens.words[at + 1 : last])


# Verbs whose denial is a prevention: "*stops* a single huge update from throwing the weights
# away" keeps that from happening (falseB35).
_PREVENTING = word_set("stop stops stopped stopping prevent prevents prevented preventing")
# Openers of a clause that says what happens in the state a practice sets aside: "because
# *otherwise* it drifts into odd text", "*without* it the loss diverges", "*if not*, ..."
_IMAGINED_OPENERS = word_set("otherwise else without")
_IMAGINED_REACH = 3  # words from the clause's start to its opener ("because otherwise")


def _prevented_as_imagined(negated: Clause, other: Clause) -> bool:
    """A prevention agrees with a counterfactual (falseB35): "a KL penalty, which *stops* it
    drifting into gibberish" says what "because *otherwise* it drifts into odd text that
    exploits the reward model" says, that without the practice the thing happens and with it
    it does not. The denial must be a preventing verb (a plain "it never drifts" still denies
    the accepted clause) and the other clause must open on what is set aside ("otherwise",
    "else", "without ...", "if not")."""
    at = next((i for i, w in enumerate(negated.words) if w in NEGATED), None)
    if at is None or negated.words[at] not in _PREVENTING:
        return False
    head = other.words[:_IMAGINED_REACH]
    if any(w in _IMAGINED_OPENERS for w in head):
        return True
    return any(a == "if" and b in ("not", "no") for a, b in zip(head, head[1:], strict=False))


# Verbs that keep something out of reach: a clause saying them says what a prevention says.
_HIDING = word_set(
    """hide hides hid hidden hiding mask masks masked masking block blocks blocked blocking
    conceal conceals concealed"""
)


def _prevented_as_hidden(negated: Clause, other: Clause) -> bool:
    """A prevention agrees with a hiding: "a causal mask *stops* tokens from
    attending to the future" says what "a causal mask *hides* future tokens" says, though only
    the first reads as denied (heldout_wronga25: a correct self-attention answer was charged
    for it). The denial must be a preventing verb ("a causal mask does not look at the future"
    still denies)."""
    at = next((i for i, w in enumerate(negated.words) if w in NEGATED), None)
    if at is None or negated.words[at] not in _PREVENTING:
        return False
    return any(w in _HIDING for w in other.words)


_RELATIVES = word_set("that which who")


def _described_by_relative(said: Clause, accepted: Clause) -> bool:
    """What the answer denies is, in the accepted clause, only the relative clause of a noun:
    "a false positive *that hides* a legitimate email (is much worse)" names a kind of error,
    it asserts no email is hidden, so "keep spam out while almost never hiding a legitimate
    email" denies nothing it holds (heldout_wrong44: a correct spam-filtering answer was charged
    for it). A clause that says the verb as its own, or of the noun described ("a false
    positive *never* hides a legitimate email"), is read as before."""
    for d in said.denied:
        at = [i for i, s in enumerate(accepted.stems) if s == d]
        if not at:
            continue
        i = at[0]
        if not (
            i >= 2
            and accepted.words[i - 1] in _RELATIVES
            and accepted.words[i - 2] not in STOPWORDS
            and accepted.stems[i - 2] not in said.stems
        ):
            return False
    return bool(said.denied)


# Words that open the state a "would" clause is imagined in: "*without* the decay the sums
# *would* grow without bound", "*otherwise* the sums would grow" (newpack30).
_COUNTERFACTUAL = word_set("without otherwise else")


def _counterfactual(tokens: Tokens, clause: Clause, first: int, start: int) -> bool:
    """The clause says what *would* happen in a state the sentence sets aside before it
    ("without the decay, the sums would grow without bound"): imagined, not claimed."""
    if "would" not in clause.words:
        return False
    return any(w in _COUNTERFACTUAL for w in tokens.words[first : min(start + 1, first + 3)])


# Verbs that open a sentence as an order whose outcome the clause after "and" tells: "*Add* an
# L1 penalty ..., *and* there's no equation to solve directly" is "if you add ..., there is no
# equation": supposed, as a clause under "if" is.
_SUPPOSING_ORDERS = word_set(
    """add remove drop move switch take increase decrease double halve raise lower make give
    put use train feed shuffle change replace set push turn try swap"""
)


def _imperative_condition(tokens: Tokens, first: int, start: int) -> bool:
    """The sentence opens with an order and the clause follows its "and": what holds once the
    order is carried out, not a claim of the speaker's (set 58: a correct normal-equation
    warning, "Add an L1 penalty, a Huber loss ..., or move to logistic regression, and there's
    no equation to solve directly", was charged as denying the closed form). The clause must
    come after the order's own words, at an "and" of its own."""
    if tokens.words[first] not in _SUPPOSING_ORDERS or start <= first + 1:
        return False
    at = start if tokens.words[start] == "and" else start - 1
    return tokens.words[at] == "and" and at > first + 1


def _borrowed_subject(tokens: Tokens, clause: Clause, positions: list[int]) -> frozenset[str]:
    """Content stems of the sentence before a clause that has no subject of its own ("PCA,
    being linear, *does preserve* global structure"): what the clause is said of. A joining
    word may open it: "Boosting usually reaches higher accuracy *but is* more sensitive to
    noise" says it of boosting (claims42: read against "Bagging is more robust", a strong
    answer was charged; "sensitive" named the clause a subject of its own, recall)."""
    first = next((i for i, w in enumerate(clause.words) if w not in _JOINING), 0)
    if clause.words[first] not in _NO_SUBJECT:
        return frozenset()
    sentence = tokens.sentences[tokens.sentence_of[positions[0]]]
    return frozenset(
        tokens.stems[p]
        for p in range(sentence.first_word, positions[0])
        if tokens.words[p] not in NOT_ANCHOR
    )


def _other_side_beside(clause: Clause, pair: int, answer: list[Clause]) -> bool:
    """Another clause of the answer says the other side of the swapped extreme of the same
    thing: the answer compares the two ("PCA finds the directions of maximum variance. The
    remaining directions have the least variance"), it does not reverse the accepted one
    (wrong28). Only for the extremes and sizes: other pairs keep their own checks."""
    if pair not in (MINMAX, SIZE):
        return False
    mine = dict(clause.sides).get(pair)
    near = _near_extreme(clause, pair)
    return any(
        other is not clause
        and dict(other.sides).get(pair) not in (None, mine)
        and near & _near_extreme(other, pair)
        for other in answer
    )


_COORDINATING = word_set("and or then but")
_BETWEEN_VERBS = word_set("then also quickly later gradually automatically")


def _trouble_of_the_assumed(
    tokens: Tokens, positions: list[int], pair: int, accepted: Clause
) -> bool:
    """The answer names one side of ``pair`` as the case the method has trouble with ("it
    *struggles with* very *different* cluster sizes") where the accepted clause, telling no
    trouble, says the other side ("assumes *similarly* sized clusters"): the limitation
    restates the assumption from its failing side, as absent_cases.py reads it for a point's
    direction words (the lead's blind sets: a correct k-means answer was charged as
    contradicting it). An accepted clause that tells a trouble itself ("struggles with
    elongated clusters") is still turned by the answer's trouble."""
    if pair < 0 or tells_a_trouble(" ".join(accepted.words)):
        return False
    at = next((p for p in positions if (SIDE.get(tokens.stems[p]) or (-1,))[0] == pair), None)
    return at is not None and said_as_its_trouble(tokens, at)


# A sentence that opens on a limitation it names ("The *problem is that* each word gets only one
# vector, so different meanings of the same word are mixed") or on a picture ("*Picture* the cell
# as carrying a notebook next to its short-term thoughts") does not restate an accepted clause
# with a counterpart swapped: the limitation is another matter than what the method does, the
# picture's words are the picture's (two correct word2vec partials and an LSTM paraphrase were
# charged, "different" for "similar" and "short" for "long").
_LIMITS = word_set("problem problems downside downsides limitation limitations drawback")
_LIMITS_TOO = word_set("drawbacks catch weakness weaknesses flaw flaws")
_LIMIT_LEAD_REACH = 4  # words before the limitation's noun ("the main problem", "one big catch")
_PICTURING = word_set("picture imagine")
_SCENE_LEADS = word_set("so now just and")


def _told_apart(tokens: Tokens, positions: list[int], accepted: Clause) -> bool:
    sentence = tokens.sentences[tokens.sentence_of[positions[0]]]
    ws = tokens.words[sentence.first_word : sentence.last_word]
    at = 0
    while at < len(ws) and ws[at] in _SCENE_LEADS:
        at += 1
    if at < len(ws) and (ws[at] in _PICTURING or ws[at : at + 2] == ("think", "of")):
        return True
    if tells_a_trouble(" ".join(accepted.words)):
        return False
    for i in range(at, min(len(ws) - 1, at + _LIMIT_LEAD_REACH + 1)):
        if ws[i] in _LIMITS | _LIMITS_TOO and ws[i + 1] in ("is", "was", "are"):
            return True
    return False


def _both_sides_in_sentence(clause: Clause, pair: int, answer: list[Clause]) -> bool:
    """Another clause of the same sentence goes on, with the same subject, to say the other
    side of the swapped direction pair: the sentence gives both sides of a mechanism
    ("dynamic loss scaling grows the factor while steps are fine *and backs off* and skips the
    step when it sees inf or nan" against "... lowers the factor and skips the step whenever it
    sees an inf", false33), as a clause naming both sides compares them (read_clause) and as
    opposites.py reads a sentence. Only a verb joined by "and"/"or"/"then"/"but": "squared
    error is the robust one, *whereas absolute error* gets pulled around" and "amplifies the
    oscillations *instead of damping* them" still swap."""
    if pair not in DIRECTION_PAIRS:
        return False
    mine = dict(clause.sides).get(pair)
    for other in answer:
        if other is clause or other.sentence != clause.sentence:
            continue
        if dict(other.sides).get(pair) in (None, mine):
            continue
        ws = other.words
        for i, (w, s) in enumerate(zip(ws, other.stems, strict=True)):
            if w == "off" and i and phrasal_side(ws, i):
                i -= 1  # "and *backs* off"
            elif (SIDE.get(s) or (-1,))[0] != pair:
                continue
            j = i - 1
            while j >= 0 and ws[j] in _BETWEEN_VERBS:
                j -= 1
            if j >= 0 and ws[j] in _COORDINATING:
                return True
    return False


def _near_extreme(clause: Clause, pair: int) -> set[str]:
    """Content stems just after the clause's word of ``pair`` (counterparts included): what
    the extreme is said of ("least *variance*")."""
    out: set[str] = set()
    for i, s in enumerate(clause.stems):
        if (SIDE.get(s) or (-1,))[0] == pair:
            out.update(
                clause.stems[j]
                for j in range(i + 1, min(len(clause.stems), i + 1 + BOUND_REACH + 1))
                if clause.words[j] not in NOT_ANCHOR
            )
    return out


def _support(clause: Clause, agree: tuple[int, ...]) -> tuple[int, ...]:
    """The pairs an agreeing accepted clause backs. Agreeing on one counterpart only backs
    it when the answer's clause says no other: "with squared error" does not back "squared
    error is the *robust* one"."""
    others = {p for p, _ in clause.sides}
    if len([p for p in agree if p >= 0]) == 1 and len(others) > 1:
        return tuple(p for p in agree if p < 0)
    return agree


# Words that name the baseline a method improves on: "*plain* gradient descent will zig zag ...
# and make slow progress along the floor" is said of the baseline, not of momentum.
_BASELINE = word_set("plain vanilla ordinary")
_BASELINE_REACH = 4  # words of the accepted clause's subject that may name the baseline


def _of_the_baseline(said: Clause, accepted: Clause) -> bool:
    """The accepted clause is said of a baseline ("*plain* gradient descent ... makes slow
    progress") and the answer's sentence never names it: the answer says what the asked method
    does ("so it dampens the zigzag, *speeds* progress along shallow directions"), and the two
    are about different things (claims40: two correct momentum answers charged and scored 0)."""
    head = accepted.words[:_BASELINE_REACH]
    if not any(w in _BASELINE for w in head):
        return False
    return not set(words(said.sentence)) & _BASELINE


_CASE_LEADS = word_set("in with for under")
_POINTING = word_set("it its it's")


def _of_another_named(prompt: str, tokens: Tokens, positions: list[int], accepted: Clause) -> bool:
    """The accepted clause holds its claim for one of the things the prompt names ("small
    gradients underflow to zero *in fp16*"), the answer's sentence never names that thing and
    speaks through "it" of another the prompt names, the one the sentence before names ("bf16
    has fewer mantissa bits ... What *it* has is 8 exponent bits ..., so small gradients don't
    underflow to zero"): a claim of the other thing, no denial (dev_blind44: a correct
    warning about mixed precision was charged so and scored 11)."""
    named = {s for group in listed_alternatives(prompt) for s in group}
    ws = accepted.words
    held = {
        stem(w) for i, w in enumerate(ws[1:], 1) if ws[i - 1] in _CASE_LEADS and stem(w) in named
    }
    if not held:
        return False
    k = tokens.sentence_of[positions[0]]
    sentence = tokens.sentences[k]
    own = set(tokens.stems[sentence.first_word : sentence.last_word])
    if own & held or not set(tokens.words[sentence.first_word : sentence.last_word]) & _POINTING:
        return False
    if k == 0:
        return False
    before = tokens.sentences[k - 1]
    # what "it" points to: the first of the prompt's alternatives the sentence before names
    # (its subject: "*bf16* has fewer mantissa bits than fp16"), listed with the held one in
    # the prompt ("fp16 *or* bf16")
    others = {s for group in listed_alternatives(prompt) if group & held for s in group} - held
    first = next(
        (s for s in tokens.stems[before.first_word : before.last_word] if s in named), None
    )
    return first in others


_PRONOUNS = word_set("it they it's they're")
_PRONOUN_REACH = 3  # words of a clause before its pronoun subject ("so *it*", "what *it* cuts")


def _pronoun_of_another(
    prompt: str, tokens: Tokens, positions: list[int], accepted: Clause, said: Clause
) -> bool:
    """The accepted clause's subject is a pronoun for a thing the prompt does not ask about
    (its antecedent names it with a word the prompt lacks: "*Standard* attention is memory
    bound: *it* writes the full N by N score matrix to HBM"), and the answer's clause speaks
    through a pronoun, with a sentence that never names that word: the answer's pronoun is the
    asked thing, of which "*it* never writes the N by N matrix to HBM" is right (charge59: a
    correct FlashAttention answer was charged and scored 0). "Standard attention never writes
    ...", and "It never writes ..." after a sentence whose subject is standard attention, name
    the accepted subject and are still read."""
    if not accepted.antecedent or not accepted.words[:1] or accepted.words[0] not in _PRONOUNS:
        return False
    other = accepted.antecedent - {stem(w) for w in words(prompt)}
    if not other or not set(said.words[:_PRONOUN_REACH]) & _PRONOUNS:
        return False
    if [w for w in sentence_subject(said.sentence) if w not in STOPWORDS]:
        return False  # the sentence names its own subject: other checks read it
    if other & {stem(w) for w in words(said.sentence)}:
        return False
    k = tokens.sentence_of[positions[0]]
    before = tokens.sentences[k - 1].text if k else ""
    return not other & {stem(w) for w in sentence_subject(before)}


# Words that may open a clause before its pronoun subject: "..., *which is why* it ...",
# "*so* it", "*and because* they".
_PRONOUN_LEADS = word_set("which is why so and but because since that then thus hence")


def _than_side_of_a_pronoun(said: Clause, pair: int, accepted: Clause) -> bool:
    """The clause's only words of the swapped ``pair`` come after its "than", and its subject
    is a pronoun: in English a comparative is said of the clause's subject, and what follows
    "than" is what it is measured against, so the side named after "than" is not the side the
    comparative is given to. The pronoun stands for the subject of the sentence's first clause
    ("Absolute error targets the median, which is why *it* is more robust to outliers than
    squared error": absolute error is the robust one); read so, the clause is charged only when
    that subject names the other side of the pair than the accepted clause, and never when the
    pronoun cannot be resolved to a side (cause68)."""
    if pair < 0:
        return False
    ws = said.words
    at = 0
    while at < len(ws) and ws[at] in _PRONOUN_LEADS:
        at += 1
    if at >= len(ws) or ws[at] not in _PRONOUNS:
        return False
    than = next((j for j in range(at, len(ws)) if ws[j] == "than"), None)
    if than is None:
        return False
    places = _pair_places(said, pair)
    if not places or min(places) < than:
        return False
    theirs = dict(accepted.sides).get(pair)
    subject = [SIDE.get(stem(w)) for w in sentence_subject(said.sentence)]
    named = {side[1] for side in subject if side is not None and side[0] == pair}
    return theirs is None or not named or theirs in named


@lru_cache(maxsize=64)
def _by_anchor(accepted: tuple[Clause, ...]) -> dict[str, tuple[int, ...]]:
    """Each anchor's accepted clauses (their places in ``accepted``). An answer's clause was
    compared with every accepted clause (a 10,000-word answer: ~40,000 comparisons, most
    sharing no anchor); now with those that share one (perf44)."""
    places: dict[str, list[int]] = {}
    for k, ref in enumerate(accepted):
        for anchor in ref.anchors:
            places.setdefault(anchor, []).append(k)
    return {anchor: tuple(ks) for anchor, ks in places.items()}


def wrong_claims(
    question: Question, tokens: Tokens, stance: Stance, charged: frozenset[str] = frozenset()
) -> list[WrongClaim]:
    """Clauses of the answer that contradict an accepted clause, at most one per clause.
    ``charged``: sentences already charged with a wrong claim; a clause of theirs does not
    make another clause's extreme or size a comparison ("a smaller learning rate needs
    *fewer* trees", itself turned over, beside "a *larger* learning rate with few trees
    generalizes better", wrong34)."""
    accepted = accepted_clauses(question)
    found: list[WrongClaim] = []
    clauses = answer_clauses(tokens)
    every = [c for c, _positions in clauses]
    sound = [c for c in every if c.sentence not in charged]
    by_anchor = _by_anchor(accepted)
    for clause, positions in clauses:
        if not clause.anchors:
            continue
        if listed_remedy(tokens, positions):
            continue  # "options include ..., using outcomes of rejected applicants" (charge50)
        conflicts: list[tuple[int, Clause]] = []  # (pair, or -1 for polarity; accepted clause)
        supported: set[int] = set()
        # only the accepted clauses sharing an anchor, in their order: _conflict finds nothing
        # between two clauses with none in common
        near = sorted({k for anchor in clause.anchors for k in by_anchor.get(anchor, ())})
        for ref in (accepted[k] for k in near):
            verdict = _conflict(clause, ref)
            if verdict is None:
                continue
            if verdict[0] == "same":
                supported.update(_support(clause, verdict[1]))
            else:
                conflicts.append((verdict[1][0], ref))
        subject = _borrowed_subject(tokens, clause, positions)
        conflicts = [
            (k, c)
            for k, c in conflicts
            if k not in supported
            and (not subject or subject & set(c.stems))
            and not _other_side_beside(clause, k, sound)
            and not _both_sides_in_sentence(clause, k, every)
            and not _of_the_baseline(clause, c)
            and not about_the_other_side(question.prompt, clause, c)
            and not in_another_case(question, clause, c, k)
            and not _of_another_named(question.prompt, tokens, positions, c)
            and not (k == -1 and _failure_case(clause))
            and not (k == -1 and _pronoun_of_another(question.prompt, tokens, positions, c, clause))
            and not _trouble_of_the_assumed(tokens, positions, k, c)
            and not (k >= 0 and _told_apart(tokens, positions, c))
            and not _than_side_of_a_pronoun(clause, k, c)
        ]
        if not conflicts or not _asserted(tokens, stance, clause, positions, conflicts[0][1]):
            continue
        # "you don't need optimizer state for the frozen weights": what the rubric's frozen
        # part does without (own_rubric.py)
        if for_the_unchanged(question, tokens, positions[0], positions[-1] + 1):
            continue
        ref = conflicts[0][1]
        found.append(
            WrongClaim(
                ref.key_point,
                clause.said or " ".join(clause.words),
                ref.sentence,
                clause.sentence,
                positions[0],
            )
        )
    said = {c.evidence for c in found}
    for more in (
        swapped_definitions,
        reversed_relations,
        wrong_values,
        wrong_objects,
        same_case_claims,
    ):
        new = [c for c in more(question, tokens, stance) if c.evidence not in said]
        said |= {c.evidence for c in new}
        found += new
    return found


def add_wrong_claims(
    claims: list[WrongClaim],
    opposite: dict[int, Contradiction],
    misconceptions: list[MisconceptionHit],
) -> None:
    """Claims that contradict the accepted view (claims.py), each named once: as the
    contradiction of its key point, or, when that point is already contradicted or the claim
    is about no key point, as a misconception corrected by the accepted sentence. A sentence
    already charged with a wrong claim is not charged again."""
    charged = {c.evidence for c in opposite.values()} | {m.evidence for m in misconceptions}
    for claim in claims:
        if claim.evidence in charged:
            continue
        charged.add(claim.evidence)
        if claim.key_point is not None and claim.key_point not in opposite:
            opposite[claim.key_point] = Contradiction(
                f'"{claim.said}", where the accepted view is "{to_candidate(claim.accepted)}"',
                claim.evidence,
            )
        else:
            misconceptions.append(
                MisconceptionHit(None, claim.said, claim.evidence, accepted_view(claim.accepted))
            )
