"""Stance: does the answer assert a claim, deny it, or warn against it?

Words alone cannot tell "batch norm fixes internal covariate shift" from "people think batch
norm fixes internal covariate shift, but ...". The scope of a negation or a warning is its
clause (split at commas, colons, dashes and contrast words such as "but"), so in "rather than a
random split, I validate on a later month" only "a random split" is warned against.

* ``negated``: a negation word earlier in the same clause, close to the claim ("you don't need
  to center or scale", "does not reduce bias"). A key point said this way earns nothing, and
  when every mention is negated it is *contradicted* and the feedback says so.
* ``warned``: the claim sits after a warning frame ("a common mistake is", "people think",
  "myth", "rather than", "instead of") or before a verdict ("... would leak", "... is a myth").
  A misconception said this way is not the candidate's own: it is listed as warned against.
  The family of frames that report a view (false34: "a common assumption is that", "the
  textbook intuition", "conventional wisdom says", "it is sometimes said", "it used to be
  believed", "it may seem", "at first glance") warns too; those that may open the speaker's
  own claim warn only when a correction follows the claim (``_reported_view``,
  ``Stance._corrected``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.scoring.text import (
    STOPWORDS,
    Sentence,
    Tokens,
    holds_run,
    naming_naive,
    word_set,
    words,
)

Span = tuple[int, int]

# A clause ends at punctuation inside the sentence or before a contrast word.
_CLAUSE_BREAK = re.compile(
    r"[,:()\u2013\u2014]|\s-\s|\b(?:but|however|whereas|while|although|though|instead|actually)\b",
    re.I,
)
NEGATION_WORDS = word_set("not no never nor neither cannot without hardly rarely nothing none")
NEGATION_REACH = 6  # words between a negation and the claim it denies
# Frames before a claim that mark it as something the speaker warns against. Sentence scope
# (up to a contrast word), except "rather than" / "instead of", which cover their clause only.
_PRE_FRAMES = tuple(
    tuple(p.split())
    for p in """
    mistake|mistakes|mistaken|myth|myths|misconception|misconceptions|pitfall|pitfalls|
    fallacy|trap|traps|misuse|misuses|misused|misread|common confusion|misunderstanding|
    misreading|misinterpret|misinterpretation|wrongly|incorrectly|falsely|naively|naive|
    people think|people believe|people assume|people also think|people also believe|
    people also assume|people say|people often|people sometimes|
    some people|many people|some think|some say|often assumed|is tempting|tempted to|
    tempting to|the belief that|the idea that|the assumption that|it is not true|
    the claim that|the notion that|
    it's not true|is not the case|contrary to|avoid|beware|don't assume|do not assume|
    never assume|is wrong|is false|it's wrong|misleading|bad idea|careful not|wrong to|
    wrong that|incorrect to|incorrect that|false that|untrue that|an error to|
    common belief|popular belief|widespread belief|some teams|many teams|some companies|
    many companies|some candidates|many candidates|some engineers|many engineers|
    misunderstanding|misunderstandings|misunderstood|misbelief|misperception|misapprehension|
    common error|frequent error|classic error|typical error|common confusion|
    slip|slips|blunder|blunders|misstep|missteps|gotcha|gotchas|antipattern|anti pattern|
    red herring|folk wisdom|urban legend|wishful thinking|usual error|error is to|
    easy to assume|easy to think|easy to believe|easy to conclude|
    tempting|temptation|first instinct|instinct is|impulse is|reflex is|
    wrong assumption|false assumption|faulty assumption|widespread intuition|
    common intuition|popular intuition|naive intuition|push back on|
    common bug|classic bug|typical bug|frequent bug|subtle bug|is a bug|bug is|a bug to|
    common oversight|frequent oversight|an oversight|oversight is|the danger|danger is|
    wrong answer|nobody should|
    no one should|risk is believing|risk is assuming|risk is thinking|risk is to assume|
    risk is to believe|risk is to think|do not believe|don't believe|never believe|never say|
    don't say|do not say|would not claim|wouldn't claim|it's not that|it is not that|
    point is not that|issue is not that|problem is not that|a stretch|stretch to say|
    overstatement|exaggeration|overstating|exaggerating|
    watch out|look out|be careful|careful with|careful about|careful of|classic failure|
    common failure|typical failure|frequent failure|failure mode|failure is|worst thing|
    thing to avoid|things to avoid|gotcha is|dangers|
    mix up|mixes up|mixed up|mixing up|mixup|mixups|get wrong|gets wrong|got wrong|
    get it wrong|gets it wrong|people confuse|often confused|easy to confuse|
    commonly confused|people mix""".replace("\n", "").split("|")
)
# (charge58: "a classic mix-up is to think", "people mix up strong and weak scaling", "another
# thing people get wrong is that" were no frames, and the rubric claim a correct warning named
# after them was charged.)
# (claims39: "watch out for", "be careful about", "the classic failure is", "a common failure
# mode is", "the worst thing you can do is" were no frames, and a rubric claim said after them
# in a correct warning was charged.)
# The frames by their first word: a sentence is checked only against the frames whose first
# word it says (every frame at every place made this a third of a long answer's scoring).
_PRE_FRAMES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _frame in _PRE_FRAMES:
    _PRE_FRAMES_BY_FIRST[_frame[0]] = (*_PRE_FRAMES_BY_FIRST.get(_frame[0], ()), _frame)
del _frame


# "A frequent confusion is to think X", "the usual confusion here": a confusion named, any
# adjective; not the confusion matrix (charge32: "frequent confusion" was no frame, and every
# bank misconception said after it was charged).
_CONFUSION = word_set("confusion confusions")
_NOT_A_CONFUSION = word_set("matrix matrices table tables")


def _owns_view(ws: tuple[str, ...], i: int) -> bool:
    """Words ``i`` on say "it's that" / "it is that", not after a "not": the speaker's own view
    after the one a "not that" frame rejects."""
    if ws[i] == "it's":
        return ws[i + 1 : i + 2] == ("that",)
    return ws[i : i + 3] == ("it", "is", "that")


def _says_pre_frame(ws: list[str] | tuple[str, ...]) -> bool:
    """Do the words hold one of the warning frames (``_PRE_FRAMES``) word for word, or name a
    confusion?"""
    if "naive" in ws:
        ws = [w for i, w in enumerate(ws) if not naming_naive(ws, i)]
    present = set(ws)
    if present & _CONFUSION and any(
        w in _CONFUSION and (i + 1 == len(ws) or ws[i + 1] not in _NOT_A_CONFUSION)
        for i, w in enumerate(ws)
    ):
        return True
    return any(
        holds_run(ws, frame)
        for first in _PRE_FRAMES_BY_FIRST.keys() & present
        for frame in _PRE_FRAMES_BY_FIRST[first]
    )


_CONDITIONS = word_set(
    "assuming assume given if under unless provided conditional when whenever suppose supposing"
    " presuming conditioned conditioning"
)
_CLAUSE_FRAMES = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"))
# "Unlike random forests, which average independent trees, boosting ...": what the "unlike"
# clause and the relative clauses hanging from it say is said of the other thing.
_CONTRASTED = frozenset(("unlike",))
_COMPARED = frozenset(("compared", "contrast", "opposed"))
_COMPARED_WITH = frozenset(("with", "to"))
RELATIVE_WORDS = frozenset(("which", "who", "whose", "where", "that"))
_SUBJECTS = frozenset(("i", "we", "you", "it", "they", "this", "these", "he", "she"))
# A clause that sets what it names last against the subject: "differs from", "compared with",
# "in contrast to", "as opposed to", "a change from", "an advantage over", "versus", "than".
_AGAINST_WORDS = word_set(
    "differ differs differed different difference differences distinct compared comparing"
    " contrast contrasted contrasts opposed change departure improvement improvements advantage"
    " advantages edge"
)
_AGAINST_LINKS = word_set("from with to over")
_AGAINST_SOLO = word_set("versus vs than")
_AGAINST_REACH = 5  # words from the linking word to the clause's end ("from a random forest")


# "..., which is why ...", "..., which means ...": a relative clause about the whole clause
# before it, not about the noun it follows.
_OF_THE_WHOLE = word_set("means meant explains explained implies why how")


def of_the_whole_clause(ws: tuple[str, ...], at: int) -> bool:
    """The relative clause opening at ``at`` ("which ...") is about the clause before it as a
    whole: "which is why", "which means", "which explains"."""
    return ws[at] == "which" and bool(set(ws[at + 1 : at + 3]) & _OF_THE_WHOLE)


def _sets_against(clause: list[str]) -> bool:
    """The clause ends on what it sets against: a contrast word and its linking word ("differs
    *from*", "compared *with*", "as opposed *to*"), or "versus" or "than", a few words before
    its end."""
    n = len(clause)
    for i in range(max(0, n - _AGAINST_REACH - 1), n):
        w = clause[i]
        if w in _AGAINST_SOLO:
            return True
        if w in _AGAINST_LINKS and i and clause[i - 1] in _AGAINST_WORDS:
            return True
    return False


# Ordinals that count a list's items, the first of them, and the plurals of the nouns of a
# mistake a list of them is headed by ("The common misuses. First, ... Second, ...").
_ORDINALS = word_set(
    "first second third fourth fifth sixth seventh eighth ninth tenth firstly secondly thirdly"
    " fourthly fifthly finally lastly"
)
_FIRST_ORDINALS = word_set("first firstly")
_ITEM_REACH = 8  # sentences from an item back to the first one (each item may say more)
_MISTAKES = word_set(
    "mistakes misuses myths misconceptions pitfalls traps fallacies misreadings"
    " misunderstandings misinterpretations confusions errors"
)
_CONTRAST_REACH = 3  # "unlike simply averaging": words between "unlike" and what it is said of
# Verdicts after a claim: "a random split would leak", "... is a myth".
_POST_VERDICT = word_set(
    """leak leaks leaking leaked overfit overfits inflate inflates inflated mislead misleads
    misleading myth mistake wrong false untrue fallacy misconception cheat cheats contaminate
    contaminates backfire backfires overstate overstates understate understates trap traps
    pitfall pitfalls incorrect mistaken misguided illusion blunder misreading misreadings
    misunderstanding misunderstandings oversimplification overstatement exaggeration"""
)
_POST_REACH = 8
# A verdict named with its kind after the claim: "X is *the classic failure*", "X is *the most
# common misreading*", "X is *a rookie error*" (claims39 left "is the classic failure" after a
# claim charged; claims40).
_KIND_VERDICT = word_set("failure failures error errors")
_KINDS = word_set(
    "classic common typical frequent textbook rookie usual standard biggest worst oldest"
    " beginner's beginner"
)
_KIND_LEAD = word_set("is are was were the a an most single very all too")


def _named_kind(before: list[str]) -> bool:
    """The words before a verdict are a link and its kind: "is the (most) classic", "is a
    rookie"."""
    if not before or before[0] not in _POST_LEAD:
        return False
    rest = before[1:]
    return (
        bool(rest)
        and any(w in _KINDS for w in rest)
        and all(w in _KINDS | _KIND_LEAD for w in rest)
    )


# An act that is the subject of its clause and said to harm (falseB35): "including mediators
# *can introduce bias*", "adding every feature *hurts*". Words that may open such a clause
# before the act, words between the act and its verb, the harming verbs, and the verbs that
# bring a harm named after them ("introduces *bias*").
_ACT_LEAD = word_set("and but so because since as also just simply blindly naively even then yet")
_HARM_LEAD = word_set(
    "can could may might will would often usually typically actually really just only also"
    " easily quietly silently itself does do then generally tends tend to quickly completely"
    " badly severely"
)
_HARMS = word_set(
    """hurt hurts harm harms break breaks damage damages distort distorts degrade degrades
    corrupt corrupts bias biases invalidate invalidates inflate inflates mislead misleads
    leak leaks backfire backfires undermine undermines confound confounds destroy destroys
    ruin ruins wreck wrecks wipe wipes erase erases"""
)
# ("destroy", "ruin", "wreck", "wipe out", "erase": charge58, "fine-tuning everything with a
# large learning rate can destroy the pretrained features" was charged as the rubric's wrong
# claim "fine tune with a large learning rate" it warns against.)
_BRINGS = word_set(
    "introduce introduces create creates add adds cause causes induce induces open opens"
)
# ... and the verbs that say the act fails at its job: "accuracy *falls* apart when a class is
# rare", "the average *hides* the rare class", "accuracy *ignores* what a miss costs".
_FAILS = word_set(
    """fail fails falls collapse collapses hide hides mask masks obscure obscures ignore ignores
    overstates overstate understates understate"""
)
_TELLING = word_set("tell tells say says show shows mean means reveal reveals")
_NOTHING = word_set("nothing little")
_NOT_WORKING = word_set("not doesn't don't won't can't cannot isn't aren't never")


def _tells_nothing(after: list[str]) -> bool:
    """ "... *tells you nothing*", "... *says little* about the rare class"."""
    return after[0] in _TELLING and any(w in _NOTHING for w in after[1:3])


_HARM_OBJECTS = word_set(
    "bias biases leakage leak confounding error errors problems spurious artifacts noise"
)
_HARM_NOUNS = word_set("bias biases harm harms leak leaks damage damages")
# An example after a prohibition (falseB35): "never adjust for everything, *including* ...".
_EXAMPLE_LEADS = word_set("including especially particularly like notably")
_PROHIBITING = word_set("don't never avoid dont")
# Someone else's belief: "you'd think X", "teams often assume X", "one might expect X", "I have
# seen people claim X". The speaker's own ("I think X", "we assume X") is a claim.
_BELIEF = word_set(
    """think thinks thought assume assumes assumed believe believes believed claim claims
    claimed expect expects expected argue argues imagine imagines say says conclude concludes
    suppose suggest suggests suggested write writes wrote insist insists insisted teach teaches
    taught answer answers answered"""
)
_OTHERS = word_set(
    """people teams candidates engineers practitioners beginners newcomers analysts managers
    folks others some many most one you'd students juniors colleagues stakeholders someone
    everyone textbooks tutorials blogs articles courses interviewers guides posts books"""
)
_YOU = frozenset(("you",))
# Verbs that report what others say: "you will hear that X" (correct29: read as the speaker's
# own claim, every rubric misconception put in that frame was charged).
_HEARD = word_set("hear hears heard told read")
_SAYING = word_set("imply implies implied tell tells told goes go story legend wisdom")
_MAY = word_set("might may would could")  # "you might think": not "you can assume" (advice)
_BETWEEN = word_set(
    "might may would could often sometimes also still usually commonly naturally wrongly"
)
# A belief the listener held, supposed to be corrected: "if you *thought* X, ..."
_HELD = word_set("thought believed assumed imagined")
_TEND = word_set("tend tends tended")  # "newcomers *tend to* believe X" (charge32)
_BELIEF_REACH = 3  # words from the believer to its verb ("teams still often assume")
# A verdict in the clause after the claim, on it: "X, which is a mistake", "X, but that is
# wrong", "X; that does not hold in practice".
_BACK = word_set("that this it which that's it's")  # "..., but that's not right" (correct29)
_LEADS = word_set("but and yet though however so")
_FAULT = _POST_VERDICT | word_set(
    "error errors fails fail incorrect mistaken outdated misguided nonsense bogus flag"
)
_HOLDS = word_set("true hold holds case correct right so work works survive survives")
_BACK_REACH = 5
_LINKS_TO_VERDICT = word_set("is are they're that's it's")
_RIGHT = word_set("right true correct")
# A point dismissed by its speaker: "<point> is not useful", "<point> is useless", "skip <point>".
_VERDICT_REACH = 6
_LINKING = word_set("is are was were be really actually also just all does do did will would")
_WORTH = word_set(
    """useful needed necessary important helpful valid required relevant worth reliable
    effective matter matters help helps work works"""
)
_WORTHLESS = word_set("useless unnecessary irrelevant pointless overrated unhelpful worthless")
# ... and what a practice said to fail is called (``Stance._act_said_to_fail``)
_FAILING = _WORTHLESS | word_set("meaningless uninformative")
_REJECTING = word_set("skip skipping ignore ignoring")
# A plan called unworkable: "comparing all pairs is impossible", "... is far too slow".
_UNWORKABLE = word_set(
    """impossible infeasible unfeasible impractical intractable unrealistic unworkable
    prohibitive unaffordable unscalable hopeless unthinkable undoable"""
)
# ... and the idioms that say so (wrong65: "comparing every listing with every other one is *out
# of the question* with millions of them" was charged as "you can compare every listing with
# every other").
_UNWORKABLE_PHRASES = (
    ("out", "of", "the", "question"),
    ("off", "the", "table"),
    ("a", "non", "starter"),
    ("not", "an", "option"),
    ("no", "option"),
)
_TOO_MUCH = word_set("expensive costly slow big large heavy many much long")
_WORKABLE = word_set(
    "feasible possible practical realistic workable affordable scalable viable doable"
)
_DEGREE = word_set(
    "simply just far way clearly obviously computationally practically quite totally completely"
    " utterly usually often generally already"
)
# Who can skip or ignore something: "skip" after anything else names a thing ("the skip path",
# "skip connections", "skip gram"), and "skipping X" opening a clause is its subject.
SPEAKERS = word_set("i we you i'd we'd you'd i'll we'll just can would should to")
_POST_LEAD = frozenset(
    ("would", "will", "can", "could", "might", "is", "are", "was", "a", "an", "be", "been")
)


# Words just before a claim's subject that say its opposite: "*less* regularization lowers
# bias" is not "regularization lowers bias" (claims23).
TURNED_ROUND = frozenset(
    ("less", "fewer", "weaker", "reducing", "removing", "lowering", "dropping", "without", "no")
)


@lru_cache(maxsize=4096)
def says_no(phrase_text: str) -> bool:
    """The rubric phrase itself contains a negation ("stack linear layers without
    activations"): a negation inside its span is the phrase, not a denial of it."""
    return any(w in NEGATION_WORDS for w in words(phrase_text))


def _clause_ids(sentence: Sentence) -> tuple[int, ...]:
    """Clause number of each word of the sentence (aligned with its tokens), derived once per
    sentence (and shared between equal sentences of recent answers)."""
    ids = sentence.derived.get("clause_ids")
    if ids is None:
        ids = sentence.derived["clause_ids"] = _clause_ids_of(sentence)
    return ids


@lru_cache(maxsize=8192)
def _clause_ids_of(sentence: Sentence) -> tuple[int, ...]:
    ids: list[int] = []
    clause = 0
    last = 0
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        ids.extend([clause] * len(words(sentence.text[last : m.start()])))
        clause += 1
        last = m.start() if m.group(0)[:1].isalpha() else m.end()
    ids.extend([clause] * len(words(sentence.text[last:])))
    if len(ids) != sentence.word_count:  # tokenisation disagreed: one clause, never wrong
        return tuple([0] * sentence.word_count)
    end = _condition_end(words(sentence.text), ids)
    if end is not None:
        ids = ids[:end] + [i + 1 for i in ids[end:]]
    return tuple(ids)


# An opening condition said without a comma ends where its consequence's subject starts: "if
# the learning rate is too high *the loss* diverges", "when errors are heteroscedastic or
# correlated *the coefficients* stay unbiased" (claims37: the unpunctuated sentence was read as
# one clause, "correlated ... unbiased" charged as the opposite of "an omitted variable
# correlated with a feature biases its coefficient"; with the comma it was not).
_CONDITION_OPENERS = word_set("if when whenever unless once")
_CONDITION_VERBS = word_set(
    "is are was were gets get becomes become stays stay remains remain has have had"
)
_PERSONAL = word_set("i you we they it")
_NEW_SUBJECT = word_set("the a an this these those its their your our my") | _PERSONAL
_BEFORE_OBJECT = word_set(
    "of in on at to for with from by into over under than as about between within across"
    " through per like"
)
_CONDITION_REACH = 12  # words an unpunctuated condition may run


def _condition_end(ws: list[str], ids: list[int]) -> int | None:
    """Where an opening condition with no comma after it ends, or None: past the condition's
    verb (a linking verb, or the word after a personal subject) and one more word, at the
    first determiner or personal pronoun that follows no preposition."""
    lead = 1 if ws[:1] in (["and"], ["so"], ["but"]) else 0
    if len(ws) <= lead + 3 or ws[lead] not in _CONDITION_OPENERS:
        return None
    verb = None
    if ws[lead + 1] in _PERSONAL:
        verb = lead + 2
    else:
        verb = next(
            (
                j
                for j in range(lead + 1, min(len(ws), lead + _CONDITION_REACH))
                if ws[j] in _CONDITION_VERBS
            ),
            None,
        )
    if verb is None:
        return None
    for j in range(verb + 2, min(len(ws), lead + _CONDITION_REACH)):
        if ids[j] != ids[lead]:
            return None  # the condition's clause ends at punctuation first
        if (
            ws[j] in _NEW_SUBJECT
            and ws[j - 1] not in _BEFORE_OBJECT
            and ws[j - 1] not in _NEW_SUBJECT
            and not _complement_after_adverbs(ws, verb, j)
        ):
            return j
    return None


def _complement_after_adverbs(ws: list[str], verb: int, j: int) -> bool:
    """Only adverbs stand between the condition's linking verb and ``j``: the phrase there is
    the verb's complement, not the consequence's subject ("if two columns are *basically the
    same thing*, keep one": para55, the condition was cut before "the same thing", so its
    "the same thing" read as a claim)."""
    return ws[verb] in _CONDITION_VERBS and all(
        ws[k].endswith("ly") or ws[k] in _DEGREE for k in range(verb + 1, j)
    )


clause_ids = _clause_ids


def _past_joined_act(after: list[str]) -> list[str]:
    """The words after an act joined with another by "or"/"and" (a few words) up to the verb
    they share: "including post-treatment variables *or colliders* can introduce bias" harms
    both (blind round 35: the joined noun hid the harming verb)."""
    if not after or after[0] not in ("or", "and"):
        return after
    for n in range(2, min(len(after), 5)):
        said = after[n]
        # a harm that is also a noun may be the object of another verb ("... removes bias")
        if said in _HARM_LEAD or said in _BRINGS or (said in _HARMS and said not in _HARM_NOUNS):
            return after[n:]
    return after


class Stance:
    """Negation and warning scopes of one answer."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        self._dismissed: dict[Span, bool] = {}
        self._warned: dict[Span, bool] = {}

    def _clause_of(self, pos: int) -> tuple[Sentence, tuple[int, ...]]:
        sentence = self.tokens.sentences[self.tokens.sentence_of[pos]]
        return sentence, _clause_ids(sentence)

    def negated(self, span: Span, phrase_negated: bool = False) -> bool:
        """A negation in the claim's clause, at most ``NEGATION_REACH`` words before it (or
        inside it, unless the rubric phrase itself says "not")."""
        sentence, clauses = self._clause_of(span[0])
        first = sentence.first_word
        clause = clauses[span[0] - first]
        lo = max(first, span[0] - NEGATION_REACH)
        hi = span[0] if phrase_negated else min(span[1], sentence.last_word)
        ws = self.tokens.words

        def rest_of_clause() -> list[str]:  # read only once a negation is found
            end = sentence.last_word
            return [ws[j] for j in range(span[1], end) if clauses[j - first] == clause]

        return any(
            clauses[i - first] == clause
            and ws[i] in NEGATION_WORDS
            and not _yes_or_no(ws, i)
            and not _denied_leaving(ws, i, span[0])
            and not limits(ws, i, rest_of_clause())
            for i in range(lo, hi)
        )

    def dismissed(self, span: Span) -> bool:
        """The speaker names the point only to reject it: "sender reputation is not useful",
        "X doesn't matter", "I'd skip personalization". The verdict follows the point in its
        clause (a linking verb, a negation, then a word of worth), or a rejecting verb stands
        just before it. Cached per span: each mention is asked about twice."""
        known = self._dismissed.get(span)
        if known is None:
            known = self._dismissed[span] = self._dismisses(span)
        return known

    def _dismisses(self, span: Span) -> bool:
        sentence, clauses = self._clause_of(span[0])
        first = sentence.first_word
        clause = clauses[span[0] - first]
        ws = self.tokens.words
        before = [
            i for i in range(max(first, span[0] - 2), span[0]) if clauses[i - first] == clause
        ]
        if any(ws[i] in _REJECTING and i and ws[i - 1] in SPEAKERS for i in before):
            return True
        after = [
            ws[i]
            for i in range(span[1], min(sentence.last_word, span[1] + _VERDICT_REACH))
            if clauses[i - first] == clause
        ]
        # A few more words of the subject may come first ("X and Y signals are not useful").
        verb = next((i for i, w in enumerate(after) if w in _LINKING), None)
        if verb is None or verb > 3:
            return False
        rest = after[verb:]
        for i, w in enumerate(rest):
            if w in _WORTHLESS:
                return True
            if w in NEGATION_WORDS:
                return any(x in _WORTH for x in rest[i + 1 : i + 4])
            if w not in _LINKING:
                return False
        return False

    def ruled_out(self, span: Span) -> bool:
        """The claim is named only to be called unworkable: "comparing all pairs *is
        impossible*", "... would be far too expensive", "... is not feasible". Read for wrong
        claims only: a key point ruled out this way ("exact search is infeasible, so ...") may
        be the point itself, so ``dismissed`` does not take it. So is one said to fail
        (``_act_said_to_fail``)."""
        sentence, clauses = self._clause_of(span[0])
        if self._act_said_to_fail(span, sentence, clauses):
            return True
        first = sentence.first_word
        clause = clauses[span[1] - 1 - first]
        ws = self.tokens.words
        after = [
            ws[i]
            for i in range(span[1], min(sentence.last_word, span[1] + _VERDICT_REACH + 2))
            if clauses[i - first] == clause
        ]
        verb = next((i for i, w in enumerate(after) if w in _LINKING), None)
        if verb is None or verb > 3:
            return False
        rest = [w for w in after[verb:] if w not in _LINKING and w not in _DEGREE]
        if not rest:
            return False
        if rest[0] in _UNWORKABLE or any(
            tuple(rest[: len(idiom)]) == idiom for idiom in _UNWORKABLE_PHRASES
        ):
            return True
        if rest[0] == "too" and len(rest) > 1 and rest[1] in _TOO_MUCH:
            return True
        return rest[0] in NEGATION_WORDS and len(rest) > 1 and rest[1] in _WORKABLE

    def interrupted(self, span: Span, phrase_stems: tuple[str, ...]) -> bool:
        """A condition inside a loosely matched claim changes it: "the probability, assuming
        the null is true, of ..." is not "the probability that the null is true"."""
        ws, stems = self.tokens.words, self.tokens.stems
        return any(
            ws[i] in _CONDITIONS and stems[i] not in phrase_stems for i in range(span[0], span[1])
        )

    def _contrasted(self, pos: int, sentence: Sentence, clauses: tuple[int, ...]) -> bool:
        """The word is what "unlike" is said of ("unlike *averaging* independent trees"), or in
        relative clauses right after an "unlike" clause ("unlike random forests, *which*
        average ..."). Further on in the "unlike" clause is its main clause ("unlike RNNs
        *they* need ..."): said of the question's subject."""
        first, ws = sentence.first_word, self.tokens.words
        for p in range(max(first, pos - _CONTRAST_REACH), pos):
            # ... and what "compared with" / "in contrast to" set against: "*Compared with*
            # keeping every item with a fixed probability p, the reservoir gives exactly k"
            # (over46: charged as keeping every item with a fixed probability)
            opens = ws[p] in _CONTRASTED or (
                ws[p] in _COMPARED_WITH and p > first and ws[p - 1] in _COMPARED
            )
            if opens and not any(w in _SUBJECTS for w in ws[p + 1 : pos]):
                return True
        clause = clauses[pos - first]
        if self._in_closed_unlike(pos, first, clauses):
            return True
        while True:
            at = [first + i for i, c in enumerate(clauses) if c == clause]
            if not at or ws[at[0]] not in RELATIVE_WORDS or clause == 0:
                return False
            clause -= 1
            if any(ws[first + i] in _CONTRASTED for i, c in enumerate(clauses) if c == clause):
                return True
            # ... or one the clause sets the subject against: "it *differs from* bagging,
            # which trains ...", "*compared with* a random forest, which averages ...", "the
            # key difference *from* a random forest, which ..." (charge53: each was charged
            # as the asked method's claim); "..., *which is why* ..." says what follows from
            # the whole clause, not from the thing set against
            if _sets_against(
                [ws[first + i] for i, c in enumerate(clauses) if c == clause]
            ) and not of_the_whole_clause(ws, at[0]):
                return True

    def _in_closed_unlike(self, pos: int, first: int, clauses: tuple[int, ...]) -> bool:
        """The word is in an "unlike" phrase that opens its clause and that a comma closes
        before the main clause: all the phrase names is set against the main clause's subject,
        however long it runs ("*Unlike* plain SGD with *momentum*, Adam adapts step sizes per
        parameter" says nothing momentum does; flag68: charged as the misconception "momentum
        adapts the learning rate per parameter"). With no comma ("unlike RNNs they need ...")
        the phrase's end is unknown, and the reach above holds."""
        ws = self.tokens.words
        clause = clauses[pos - first]
        if clause == clauses[-1]:
            return False  # the sentence's last clause: nothing closes the phrase
        start = next(i for i, c in enumerate(clauses) if c == clause)
        return ws[first + start] in _CONTRASTED and not any(
            w in _SUBJECTS for w in ws[first + start + 1 : pos]
        )

    def warned(self, span: Span) -> bool:
        """The claim is framed as a mistake: after a warning frame in its sentence (cut at a
        contrast word), inside a "rather than" / "instead of" clause, or followed by a verdict
        ("would leak", "is a myth"). Cached per span: the key points, the swapped attributes
        and the wrong claims ask of the same mentions (a third of the askings of a 10,000-word
        answer of rubric phrases were again, each a walk back through its sentence; round 51)."""
        known = self._warned.get(span)
        if known is None:
            known = self._warned[span] = self._warns(span)
        return known

    def _warns(self, span: Span) -> bool:
        sentence, clauses = self._clause_of(span[0])
        first = sentence.first_word
        ws = self.tokens.words
        clause = clauses[span[0] - first]
        # Contrast words start a new scope: "people think X, but actually Y" keeps Y.
        scope_start = first
        for i in range(span[0] - 1, first - 1, -1):
            if ws[i] in ("but", "however", "actually", "whereas", "instead") and not (
                ws[i] == "instead" and i + 1 < len(ws) and ws[i + 1] == "of"
            ):
                scope_start = i + 1
                break
        # ... and so does the speaker's own view after a rejected one: "it's not that X, *it's
        # that* Y" keeps Y (claims38)
        for i in range(span[0] - 2, scope_start, -1):
            if _owns_view(ws, i):
                scope_start = i + 2 if ws[i] == "it's" else i + 3
                break
        before = ws[scope_start : span[0]]
        if _says_pre_frame(before):
            return True
        clause_words = [ws[i] for i in range(scope_start, span[0]) if clauses[i - first] == clause]
        for frame in _CLAUSE_FRAMES:
            if holds_run(clause_words, frame):
                return True
        if self._contrasted(span[0], sentence, clauses):
            return True
        if _believed_by_others(before) or self._judged_after(span, sentence, clauses):
            return True
        if _report_denied(before):
            return True
        if self._or_so_said(span, sentence, clauses):
            return True
        view = _reported_view(before, ws[scope_start : span[1]])
        if view == _FIRM or (view == _NEEDS_CORRECTION and self._corrected(span, sentence)):
            return True
        if _said_by_another(before) and self._denied_after(span, sentence):
            return True  # "Intuition says that X. It doesn't."
        if self._judged_next(sentence) or self._listed_under_warning(sentence):
            return True
        if self._harm_of_the_mistake_before(sentence):
            return True
        if self._act_said_to_harm(span, sentence, clauses) or self._example_of_prohibited(
            span, sentence, clauses
        ):
            return True
        after = [
            ws[i]
            for i in range(span[1], min(sentence.last_word, span[1] + _POST_REACH))
            if clauses[i - first] == clause
        ]
        for i, w in enumerate(after):
            # "... would leak", "... is a myth", "... is a classic trap" (one word of degree or
            # kind between the lead and the verdict: charge32)
            if w in _POST_VERDICT and (
                i == 0 or after[i - 1] in _POST_LEAD or (i > 1 and after[i - 2] in _POST_LEAD)
            ):
                return True
            if w in _POST_VERDICT | _KIND_VERDICT and _named_kind(after[:i]):
                return True
        return False

    def _act_said_to_harm(self, span: Span, sentence: Sentence, clauses: tuple[int, ...]) -> bool:
        """The claim is the subject of its clause and the clause's predicate says it harms
        (falseB35): "*including mediators* can introduce bias rather than remove it",
        "*adding every feature* hurts the estimate" warn against the act; "including them
        removes bias" still asserts it."""
        after = self._act_predicate(span, sentence, clauses)
        if not after:
            return False
        if after[0] in _HARMS:
            return True
        # "introduces bias", "can create leakage", "adds a spurious path"
        return after[0] in _BRINGS and any(w in _HARM_OBJECTS for w in after[1:4])

    def _act_predicate(
        self, span: Span, sentence: Sentence, clauses: tuple[int, ...]
    ) -> list[str] | None:
        """The words of the predicate said of the claim as its clause's subject, past an act
        joined to it (``_past_joined_act``) and any modal or adverb before the verb ("can",
        "often": ``_HARM_LEAD``), or None when the claim is not the clause's subject (a word
        before it other than ``_ACT_LEAD``). Shared by ``_act_said_to_harm`` and
        ``_act_said_to_fail``."""
        first, ws = sentence.first_word, self.tokens.words
        clause = clauses[span[0] - first]
        lead = [ws[i] for i in range(first, span[0]) if clauses[i - first] == clause]
        if any(w not in _ACT_LEAD for w in lead):
            return None
        after = [
            ws[i]
            for i in range(span[1], min(sentence.last_word, span[1] + _POST_REACH))
            if clauses[i - first] == clause
        ]
        after = _past_joined_act(after)
        while after and after[0] in _HARM_LEAD:
            after = after[1:]
        return after

    def _act_said_to_fail(self, span: Span, sentence: Sentence, clauses: tuple[int, ...]) -> bool:
        """The claim is the subject of its clause and the clause's predicate says it fails at
        its job or tells nothing (charge53): "*evaluating with accuracy* falls apart when a
        class is rare", "... hides the defaults", "... tells you nothing", "... is meaningless
        here", "... doesn't work for a rare class". Read for wrong claims only (``ruled_out``):
        said of a key point ("calibration doesn't matter"), the same words dismiss it."""
        after = self._act_predicate(span, sentence, clauses)
        if not after:
            return False
        if after[0] in _FAILS or _tells_nothing(after):
            return True
        if after[0] in _NOT_WORKING and after[1:2] and after[1] in _WORTH:
            return True
        worthless = [w for w in after if w not in _LINKING and w not in _DEGREE][:1]
        return after[0] in _LINKING and bool(worthless) and worthless[0] in _FAILING

    def _example_of_prohibited(
        self, span: Span, sentence: Sentence, clauses: tuple[int, ...]
    ) -> bool:
        """The claim is an example given after a prohibition earlier in its sentence
        (falseB35): "Never adjust for everything, *including post-treatment variables*",
        "don't throw every variable in, especially mediators"."""
        first, ws = sentence.first_word, self.tokens.words
        clause = clauses[span[0] - first]
        lead = [ws[i] for i in range(first, span[0]) if clauses[i - first] == clause]
        if (
            not clause
            or not (lead[:1] and lead[0] in _EXAMPLE_LEADS)
            and not (not lead and ws[span[0]] in _EXAMPLE_LEADS)
        ):
            return False
        earlier = [ws[i] for i in range(first, span[0]) if clauses[i - first] == clause - 1]
        while earlier and earlier[0] in _LEADS:
            earlier = earlier[1:]
        return bool(earlier) and (
            earlier[0] in _PROHIBITING or tuple(earlier[:2]) in (("do", "not"), ("never", "ever"))
        )

    def _clause_after(self, span: Span, sentence: Sentence, clauses: tuple[int, ...]) -> list[str]:
        """The words of the clause after the one the claim ends in (none when it ends in the
        last). A claim found across a sentence break ("0\nB²0" splits into sentences the claim's
        words run over) ends in its sentence's last clause."""
        if not clauses:
            return []
        first, ws = sentence.first_word, self.tokens.words
        clause = clauses[min(span[1] - 1 - first, len(clauses) - 1)]
        later = [c for c in clauses if c > clause]
        return [ws[first + i] for i, c in enumerate(clauses) if later and c == later[0]]

    def _judged_after(self, span: Span, sentence: Sentence, clauses: tuple[int, ...]) -> bool:
        """The clause after the claim's judges it: "..., which is a mistake", "..., but that
        is wrong", "...; that does not hold" (not "..., which is why ...")."""
        nxt = self._clause_after(span, sentence, clauses)
        while nxt and nxt[0] in _LEADS:
            nxt = nxt[1:]
        if not nxt or nxt[0] not in _BACK:
            return False
        for i, w in enumerate(nxt[1 : 1 + _BACK_REACH]):
            if w in ("why", "because", "how"):
                return False
            if w in _FAULT:
                return True
            if w in NEGATION_WORDS and any(x in _HOLDS for x in nxt[i + 2 : i + 5]):
                return True
        return False

    def _or_so_said(self, span: Span, sentence: Sentence, clauses: tuple[int, ...]) -> bool:
        """The clause after the claim opens "or so" and a report: "X, *or so many dashboards
        imply*", "X, or so the story goes" (claims40): a view others hold, put to correct."""
        nxt = self._clause_after(span, sentence, clauses)
        return nxt[:2] == ["or", "so"] and any(w in _BELIEF | _SAYING for w in nxt[2:7])

    def _next_opening(self, sentence: Sentence) -> tuple[str, ...]:
        """The first ``_CORRECTION_REACH`` words of the sentence after this one (none after the
        last): where a correction of a claim is told ("... *In reality* ...", "*It doesn't.*")."""
        sentences = self.tokens.sentences
        if sentence.index + 1 >= len(sentences):
            return ()
        nxt = sentences[sentence.index + 1]
        ws = self.tokens.words
        return ws[nxt.first_word : min(nxt.last_word, nxt.first_word + _CORRECTION_REACH)]

    def _corrected(self, span: Span, sentence: Sentence) -> bool:
        """A correction follows the claim: a contrast or a denial later in its sentence
        ("It may seem that X, *but* ...") or early in the next one ("A common assumption is
        that X. *In reality* ...", "... *It does not*: ...")."""
        ws = self.tokens.words
        later = ws[span[1] : sentence.last_word]
        if any(w in _CORRECTING for w in later) or holds_run(later, ("in", "fact")):
            return True
        opening = self._next_opening(sentence)
        return bool(opening) and (
            opening[0] in _CORRECTION_OPENERS
            or any(w in _CORRECTING or w in _FAULT for w in opening)
            or any(holds_run(opening, run) for run in _CORRECTION_RUNS)
        )

    def _denied_after(self, span: Span, sentence: Sentence) -> bool:
        """A denial or a contrast follows the claim: a contrast word or "in fact" later in its
        sentence ("..., *but* ..."), or a denial, a contrast or a verdict early in the next one
        ("... *It doesn't.*", "*Not* so.", "*In fact* ...", "That is *wrong*"). Stricter than
        ``_corrected``: a next sentence that only opens on "it" or "this" goes on with the
        claim ("The theorem says X. It is why ...")."""
        ws = self.tokens.words
        later = ws[span[1] : sentence.last_word]
        if any(w in _CONTRASTS for w in later) or holds_run(later, ("in", "fact")):
            return True
        opening = self._next_opening(sentence)
        return any(w in NEGATION_WORDS or w in _CONTRASTS or w in _FAULT for w in opening) or any(
            holds_run(opening, run) for run in _CORRECTION_RUNS
        )

    def _listed_under_warning(self, sentence: Sentence) -> bool:
        """The sentence is an item of a list whose items end in semicolons, under a heading
        that names mistakes before its colon: "Three common mistakes: ignoring position bias;
        *thinking that offline accuracy is enough*; ..." (charge32: the tokenizer ends a
        sentence at each semicolon, so the heading's frame was lost after the first item)."""
        sentences = self.tokens.sentences
        at = sentence.index
        while at > 0 and sentences[at - 1].text.rstrip().endswith(";"):
            at -= 1
            head = sentences[at].text
            if ":" in head:
                lead = words(head[: head.index(":")])
                return _says_pre_frame(lead) or any(w in _POST_VERDICT for w in lead)
        return self._counted_under_warning(sentence)

    def _counted_under_warning(self, sentence: Sentence) -> bool:
        """The sentence is an item counted by ordinals ("First, ...", "Second, ...") after a
        sentence that names mistakes in the plural: ordinals count the items of the plural
        just named, so "The common misuses. *First, reading it as the probability that the
        null is true.* It isn't. *Second, ...*" lists misuses, not the speaker's claims
        (flag68: a correct p-value answer was charged with the first one). A single mistake
        named ("A common mistake is X. First, I'd ...") opens no list of them."""
        sentences, ws = self.tokens.sentences, self.tokens.words

        def opening(k: int) -> str:
            first = sentences[k].first_word
            return ws[first] if first < sentences[k].last_word else ""

        if opening(sentence.index) not in _ORDINALS:
            return False
        k = sentence.index
        while k > 0 and opening(k) not in _FIRST_ORDINALS and sentence.index - k < _ITEM_REACH:
            k -= 1
        if k == 0 or opening(k) not in _FIRST_ORDINALS:
            return False
        head = ws[sentences[k - 1].first_word : sentences[k - 1].last_word]
        return bool(set(head) & _MISTAKES) and names_a_mistake(head)

    def _harm_of_the_mistake_before(self, sentence: Sentence) -> bool:
        """The sentence says what the mistake named just before does: it opens on a word
        pointing back and a harm ("A common mistake is to judge them on a random split; *that
        leaks* future purchases": the tokenizer ends a sentence at the semicolon, and the
        consequence was read as the speaker's own claim, claims38)."""
        sentences = self.tokens.sentences
        if sentence.index == 0:
            return False
        ws = self.tokens.words
        opening = [
            ws[i]
            for i in range(sentence.first_word, min(sentence.last_word, sentence.first_word + 4))
        ]
        if not opening or opening[0] not in _BACK:
            return False
        rest = [w for w in opening[1:] if w not in _HARM_LEAD]
        if not rest or rest[0] not in _HARMS:
            return False
        before = sentences[sentence.index - 1]
        return names_a_mistake(ws[before.first_word : before.last_word])

    def _judged_next(self, sentence: Sentence) -> bool:
        """A short sentence right after judges the one before: "Some folks will tell you
        that X. *They are mistaken.*", "X. *That is wrong.*" (correct29: a rubric claim in the
        first frame was charged 30 of 30 times)."""
        sentences = self.tokens.sentences
        if sentence.index + 1 >= len(sentences):
            return False
        nxt = sentences[sentence.index + 1]
        ws = list(self.tokens.words[nxt.first_word : nxt.last_word])
        if ws and sentence.text.rstrip().endswith("?") and _answered_no(ws):
            return True
        if not ws or len(ws) > _VERDICT_WORDS or ws[0] not in _BACK | _THEY:
            return False
        return any(w in _FAULT for w in ws[1:]) or any(
            w in NEGATION_WORDS and any(x in _HOLDS for x in ws[i + 1 : i + 4])
            for i, w in enumerate(ws)
        )


# A claim asked and answered "no": "Ridge sets weights to zero? *No*, it only shrinks them",
# "Ridge does feature selection, right? *Wrong*: that's lasso" (claims40: each charged the
# misconception the speaker asks about to deny it).
_NO_ANSWERS = word_set("no nope nah wrong false incorrect")
_NOT_SO = word_set("really quite at so true exactly")


def _answered_no(ws: list[str]) -> bool:
    """The sentence opens on a denial of the question before it."""
    return ws[0] in _NO_ANSWERS or (ws[0] == "not" and ws[1:2] != [] and ws[1] in _NOT_SO)


# The family of frames that report a view without yet judging it (false34, issue 9): "A common
# assumption is that X", "The textbook intuition is that X", "Conventional wisdom says X", "It
# is sometimes said that X", "It used to be believed that X", "It may seem that X", "At first
# glance it looks as if X". Such a frame may also open the speaker's own claim ("A common
# assumption of linear regression is that ..."), so it warns only with a correction after the
# claim (Stance._corrected). A view noun after a word saying it is common, received or naive:
_VIEW_NOUNS = word_set(
    """assumption assumptions belief beliefs intuition intuitions view views notion notions
    expectation expectations impression impressions perception perceptions wisdom idea ideas
    story lore folklore narrative claim claims presumption presumptions"""
)
_VIEW_KINDS = word_set(
    """common commonly frequent frequently popular popularly widespread widely prevalent usual
    naive textbook conventional traditional old older outdated received folk intuitive natural
    standard classic familiar tempting general generally oft often accepted"""
)
_VIEW_REACH = 3  # "a *widely held* assumption", "the *usual textbook* intuition"
# "it is (often) said that", "it used to be believed", "it was once thought": a view reported
# by nobody in particular; "X is sometimes said to Y".
_REPORTED = word_set(
    """said believed thought assumed claimed argued held taught suggested stated written
    repeated presumed supposed expected"""
)
_REPORT_LINKS = word_set("is are was were be been")
_REPORT_BETWEEN = word_set(
    "often sometimes commonly widely frequently usually still also generally once long even"
)
# "it may seem", "it looks as if", "at first glance": what merely appears so.
_APPEARS = word_set("seem seems seemed appear appears appeared look looks looked sound sounds")
_APPEARANCE_RUNS = (
    ("at", "first", "glance"),
    ("at", "first", "sight"),
    ("on", "the", "surface"),
    ("on", "paper"),
)
_CORRECTING = NEGATION_WORDS | word_set(
    "but however yet whereas though although actually instead rather only really"
)
_CONTRASTS = word_set("but however yet whereas though although actually instead")
_CORRECTION_OPENERS = word_set("in that this it they actually truth reality")
_CORRECTION_RUNS = (("in", "fact"), ("in", "reality"), ("in", "practice"), ("the", "truth"))
_CORRECTION_REACH = 6


_FIRM = 2  # a view named as widely held and not someone's own method: warns by itself
_NEEDS_CORRECTION = 1  # warns when a correction follows


def _reported_view(before: list[str] | tuple[str, ...], clause: tuple[str, ...]) -> int:
    """Before the claim, a frame that reports a view (``_VIEW_NOUNS`` after ``_VIEW_KINDS``,
    "the intuition that", "conventional wisdom"), a view reported in the passive ("it is
    sometimes said", "it used to be believed"; in ``clause``, the claim's own words too: "X is
    often said to Y"), or an appearance ("it may seem", "at first glance"). ``_FIRM`` for a
    widely held view said as such ("A common assumption is that X"); ``_NEEDS_CORRECTION``
    for the rest and for a view that belongs to a method ("a common assumption *of* linear
    regression is that ..." states the method's assumption); 0 for none."""
    found = 0
    for i, w in enumerate(before):
        if w in _VIEW_NOUNS:
            kinds = before[max(0, i - _VIEW_REACH) : i]
            if any(k in _VIEW_KINDS for k in kinds):
                owned = i + 1 < len(before) and before[i + 1] in ("of", "in", "behind", "for")
                found = max(found, _NEEDS_CORRECTION if owned else _FIRM)
            elif i + 1 < len(before) and before[i + 1] == "that" and i and before[i - 1] == "the":
                found = max(found, _NEEDS_CORRECTION)  # "the intuition that X"
        if w in _APPEARS and i and before[i - 1] in ("it", "may", "might", "can", "could", "would"):
            found = max(found, _NEEDS_CORRECTION)
    if found:
        return found
    if any(holds_run(before, run) for run in _APPEARANCE_RUNS):
        return _NEEDS_CORRECTION
    for i, w in enumerate(clause):
        if w not in _REPORTED:
            continue
        j = i - 1
        while j >= 0 and clause[j] in _REPORT_BETWEEN:
            j -= 1
        if j >= 0 and clause[j] in _REPORT_LINKS:
            if j >= 1 and clause[j - 1] in ("it", "to"):  # "it is said", "used to be believed"
                return _NEEDS_CORRECTION
            if i + 1 < len(clause) and clause[i + 1] == "to":  # "X is often said to Y"
                return _NEEDS_CORRECTION
    return 0


_VERDICT_WORDS = 6  # a verdict sentence is short ("They are mistaken.", "That is not true.")
_THEY = word_set("they they're")


def _endorsed(ws: list[str] | tuple[str, ...]) -> bool:
    """The speaker agrees with the belief: "people say it helps, and that is *right*"."""
    return any(ws[i] in _LINKS_TO_VERDICT and ws[i + 1] in _RIGHT for i in range(len(ws) - 1))


def _believed_by_others(before: list[str] | tuple[str, ...]) -> bool:
    """A belief verb whose subject is someone other than the speaker stands before the claim:
    "you'd think", "teams often assume", "one might expect", "people claim"; a belief the
    speaker gave up ("I used to believe", "I once thought"); a claim heard ("you'll hear that")."""
    # where the last agreement ("that is *right*") starts: the words after a belief verb
    # endorse it when it starts after the verb (found once, not re-read after each verb:
    # quadratic in a long sentence, perf39)
    agreed = max((i for i in range(len(before) - 1) if _endorsed(before[i : i + 2])), default=-1)
    for b, w in enumerate(before):
        if w in _HEARD and tuple(before[b + 1 : b + 2]) == ("that",) and not agreed > b:
            return True  # "you will hear that X", "I often hear that X": reported, not said
        if w in _HEARD and tuple(before[b + 1 : b + 3]) == ("it", "said") and not agreed > b:
            return True  # "I've heard it said that X" (claims40)
        if w not in _BELIEF or agreed > b:
            continue
        j = b - 1
        if j >= 1 and before[j] == "to" and before[j - 1] in _TEND:
            j -= 2
        while j >= 0 and b - j <= _BELIEF_REACH and before[j] in _BETWEEN:
            j -= 1
        if j < 0:
            continue
        if before[j] in _OTHERS:
            return True
        if before[j] == "once" or (before[j] == "to" and tuple(before[j - 1 : j]) == ("used",)):
            return True  # "I used to believe X", "I once thought X": a belief given up
        if before[j] in _YOU and b - j >= 2 and before[j + 1] in _MAY:
            return True
        if before[j] in _YOU and b - j == 1 and j and before[j - 1] == "if" and w in _HELD:
            return True  # "If you thought X, think again" (claims40)
    return False


# Verbs that report a view in order to deny it: "I doubt that X" says X is false.
_DOUBTING = word_set(
    """doubt doubts doubted deny denies denied dispute disputes disputed question questions
    questioned reject rejects rejected refute refutes refuted disbelieve disbelieves"""
)
# Subjects that say no one, or almost no one, holds the view: "*Nobody* would tell you that X",
# "*Few* practitioners believe X", "*Only* a beginner would think X".
_NO_HOLDER = word_set("nobody none few neither only")
_NO_HOLDER_RUNS = (("no", "one"), ("no", "serious"), ("not", "one"), ("hardly", "anyone"))
_OPENERS = word_set("and but so then yet")
_DETERMINERS = word_set("the a an my our your his her their its one this that")
REPORTING = _BELIEF | _HELD | word_set("tell tells told hold holds held")
# What stands before a verb of doubting (its subject, a modal or an adverb), not before the
# noun ("the open *question*", "a *doubt*").
_DOUBTER = word_set(
    "i we you they people i'd we'd you'd they'd would might may really strongly seriously"
    " also still"
)


def _report_denied(before: list[str] | tuple[str, ...]) -> bool:
    """The claim is the complement of a verb of saying or believing that denies it: a verb of
    doubting ("I *doubt* that X", "I'd *dispute* that X"), or one whose subject is a negative
    quantifier or restricted by "only" ("*Nobody* who has shipped one would tell you that X",
    "*Only* someone who skipped the basics would think X", "You would *only* conclude X if
    ..."). English does not assert what is doubted or what no one holds: the speaker says
    the opposite (a correct warning of either form was charged with X; round 67's probe of
    the bank's rubric claims put in each frame: 125/125 and 116/125 charged)."""
    verbs = [
        i
        for i, w in enumerate(before)
        if w in REPORTING or (w in _DOUBTING and i and before[i - 1] in _DOUBTER)
    ]
    if not verbs:
        return False
    v = verbs[-1]
    start = 0
    while start < v and before[start] in _OPENERS:
        start += 1
    head = before[start:v]
    nobody = bool(head[:1]) and head[0] in _NO_HOLDER - {"only"}
    nobody = nobody or any(tuple(head[:2]) == run for run in _NO_HOLDER_RUNS)
    if before[v] in _DOUBTING:
        # ... but a doubt denied asserts: "few would dispute that X", "I don't doubt X"
        return not nobody and not any(w in NEGATION_WORDS or w.endswith("n't") for w in head)
    if nobody:
        return True
    if before[v] not in _BELIEF:
        return False  # "only a holdout set would tell you that X": the evidence, no belief
    # "*Only* someone who skipped the basics would think X", "you would *only* think X if
    # ...": the belief restricted, in its subject or just before its verb; not "the only
    # thing I'd say is that X". ("I *don't* think X" is not read so: it says not-X, and a
    # correct X denied that way must stay denied; tried, it freed a verbose-wrong answer of
    # round 66's blind set.)
    n = len(head)
    return (n > 0 and head[0] == "only") or any(
        head[k] == "only" and (k == 0 or head[k - 1] not in _DETERMINERS)
        for k in range(max(0, n - 3), n)
    )


# Who says or holds a view, when it is the speaker or the listener: their own claim or advice.
_SPEAKER_OR_LISTENER = word_set("i we you i'd we'd you'd i'll we'll you'll i've we've us me")
# Verbs of holding a view, beside ``_BELIEF``'s (which has "say" and "suggest").
_HOLDING = word_set("hold holds held")
# from the verb to the claim: "says that X", "tells us that X", and the claim's own subject
# when a check reads the claim from its verb ("says that *regularization* speeds up training")
_SAID_REACH = 6
_SAID_LINKS = word_set("that us you me")


def _said_by_another(before: list[str] | tuple[str, ...]) -> bool:
    """Just before the claim, a verb of saying or believing whose subject is neither the
    speaker nor the listener: "*Intuition says* that X", "*gut feeling suggests* X",
    "*conventional thinking holds* that X" (fair49: a correct answer that names a mistake this
    way, then denies it, "Intuition says that X. It doesn't.", was charged with X; 40 of 40
    bank misconceptions sampled in that frame). Warns only with a denial after it
    (``Stance._denied_after``)."""
    for b in range(max(0, len(before) - _SAID_REACH), len(before)):
        w = before[b]
        if w not in _BELIEF and w not in _HOLDING:
            continue
        rest = before[b + 1 :]
        while rest and rest[0] in _SAID_LINKS:
            rest = rest[1:]
        if any(x in _BELIEF or x in _HOLDING for x in rest):
            continue  # another report nearer the claim is read in its turn
        j = b - 1
        while j >= 0 and before[j] in _BETWEEN:
            j -= 1
        # ... a word that names who or what holds the view: not a denial or a verb's helper
        # ("it *can't* tell the features apart" reports nobody's view)
        if (
            j >= 0
            and before[j] not in _SPEAKER_OR_LISTENER
            and before[j] not in STOPWORDS
            and before[j] not in NEGATION_WORDS
            and before[j].isalpha()
        ):
            return True
    return False


_COORDINATORS = word_set("and or")
_NEW_SUBJECT = word_set("a an the its their this these those it they we you i")
_LINKING_FINITE = word_set("is are was were has have does do can will")
_SUBJECT_REACH = 4  # words of the new subject before its verb ("and a Bernoulli label gives")


def new_subject_inside(tokens: Tokens, span: Span, own: set[str]) -> bool:
    """Between a claim's words, a new clause opens with its own subject: after "and" / "or"
    ("the validation set tunes hyperparameters *and the test set* gives the final estimate",
    "Gaussian noise gives squared error *and a Bernoulli label* gives cross-entropy"), or after
    "while", "whereas", "but", a comma or a semicolon, with a named subject too ("random forest
    is bagging *and XGBoost is* boosting", "bagging mainly reduces variance*, boosting* mainly
    reduces bias"): the claim's later words belong to another statement, said of another
    subject. ``own``: the claim's words (a claim may say "and" itself)."""
    ws = tokens.words
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    end = sentence.last_word
    if any(
        ws[j] in _COORDINATORS
        and ws[j] not in own
        and ws[j + 1] in _NEW_SUBJECT
        and any(_finite(ws, k) for k in range(j + 3, min(end, j + 2 + _SUBJECT_REACH)))
        for j in range(span[0] + 1, span[1] - 1)
    ):
        return True
    if _tail_is_new_subject(ws, span, own, end):
        return True
    return any(
        opens_clause(tokens, j, own, span[1]) for j in clause_starts(tokens, span[0] + 1, span[1])
    )


def _tail_is_new_subject(ws: tuple[str, ...], span: Span, own: set[str], end: int) -> bool:
    """The claim's last words are the subject of a clause opened by "and the" inside it, whose
    verb comes after the claim: "Count data is usually *Poisson, and the waiting time* between
    those tickets *is* exponential" says nothing is Poisson for waiting times (strong27)."""
    for j in range(span[0] + 1, span[1] - 1):
        if ws[j] not in _COORDINATORS or ws[j] in own or ws[j + 1] not in _NEW_SUBJECT:
            continue
        if any(ws[k] in _LINKING_FINITE for k in range(j + 2, span[1])):
            continue
        after = range(span[1], min(end, span[1] + _SUBJECT_REACH))
        if any(ws[k] in _LINKING_FINITE and ws[k] not in own for k in after):
            return True
    return False


_JOINS = word_set("and or while whereas but")
# A verb after its subject may follow a habit or degree adverb ("boosting *mainly* reduces"),
# or one of emphasis or certainty ("TF-IDF *actually* captures word order"): an adverb names no
# subject, so a clause break before "actually" opens no clause of its own (wrong68: that claim,
# a rubric's own wrong claim said whole, went uncharged for the word between its subject and verb).
_ADVERBS = word_set(
    "mainly mostly primarily largely usually typically often also only just however instead"
    " meanwhile then always sometimes generally normally actually really indeed certainly"
    " definitely clearly obviously truly simply basically essentially literally"
)
_NAMED_REACH = 3  # words of a named subject before its verb ("and gradient boosted trees are")


def clause_starts(tokens: Tokens, lo: int, hi: int) -> list[int]:
    """Positions in [lo, hi) where a coordinated clause may open: after a joining word, or
    at a clause break (a comma, a semicolon) of the sentence, past a joining word there."""
    sentence = tokens.sentences[tokens.sentence_of[lo]] if lo < len(tokens.words) else None
    if sentence is None:
        return []
    first = sentence.first_word
    ids = _clause_ids(sentence)
    starts = []
    hi = min(hi, sentence.last_word)
    for j in range(max(lo, first), hi):
        if tokens.words[j] in _JOINS:
            starts.append(j + 1)
        elif j > first and ids[j - first] != ids[j - 1 - first] and tokens.words[j] not in _JOINS:
            starts.append(j)
    return [j for j in starts if lo < j < hi]


def opens_clause(tokens: Tokens, j: int, own: set[str], claim_end: int | None = None) -> bool:
    """A clause with its own named subject opens at position ``j``: one to three words that
    are none of the claim's own (``own``), not small words past an article, then a verb
    said of them ("XGBoost *is*", "boosting mainly *reduces*", "gradient boosted trees
    *are*"). A verb phrase joined to the one before ("and *averages* them") opens none. The
    subject may be the claim's last words when the claim ends there (``claim_end``):
    "stacking is blending *and bagging is* averaging" does not say "stacking is bagging"."""
    ws = tokens.words
    end = tokens.sentences[tokens.sentence_of[j]].last_word
    at = j
    if at < end and ws[at] in ("a", "an", "the"):
        at += 1
    for k in range(at + 1, min(end, at + 1 + _NAMED_REACH)):
        subject = ws[at:k]
        if any(w in STOPWORDS or w in _ADVERBS for w in subject):
            return False
        if any(w in own for w in subject) and (claim_end is None or k < claim_end):
            return False
        if len(subject) == 1 and subject[0].endswith("s") and not subject[0].endswith("ss"):
            return False  # a bare "-s" word may be the verb itself ("and *averages* them")
        v = _past_asides(ws, k, end)
        if v < end and ws[v] in _LINKING_FINITE:
            return True
        # a plural after its modifier ("and bootstrap *samples* and ...") is no verb: a verb
        # here has its object after it
        if v + 1 < end and _verb_after_name(ws, v) and ws[v + 1] not in _JOINS:
            return True
    return False


_ASIDES = (("on", "the", "other", "hand"), ("in", "contrast"), ("by", "contrast"))


def _past_asides(ws: tuple[str, ...], k: int, end: int) -> int:
    """Past adverbs and asides between a subject and its verb ("boosting *on the other hand*
    reduces")."""
    while k < end:
        if ws[k] in _ADVERBS:
            k += 1
            continue
        aside = next((a for a in _ASIDES if tuple(ws[k : k + len(a)]) == a), None)
        if aside is None:
            return k
        k += len(aside)
    return k


def _verb_after_name(ws: tuple[str, ...], k: int) -> bool:
    """A present-tense verb ("reduces", "uses"), not a plural noun after its adjective."""
    w = ws[k]
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "ness", "ics"))


def _finite(ws: tuple[str, ...], k: int) -> bool:
    """A verb said of the noun before it ("the test set *gives*", "a label *is*"), not a plural
    after an article ("the weights")."""
    w = ws[k]
    if w in _LINKING_FINITE:
        return True
    if w == "to":  # "and the test set *to* get a final estimate": its own verb, elided
        return ws[k - 1] not in STOPWORDS
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith("ss")
        and ws[k - 1] not in _NEW_SUBJECT
        and ws[k - 1] not in STOPWORDS
    )


_NOT_ONLY = frozenset(("only", "just", "merely", "solely", "simply", "purely"))
_ALONE = (("alone",), ("by", "itself"), ("on", "its", "own"), ("by", "themselves"))


def names_a_mistake(ws: tuple[str, ...]) -> bool:
    """The words name a mistake: a warning frame ("a common mistake", "people think", "myth"),
    a verdict ("is wrong", "would leak") or someone else's belief ("you'd think", "teams often
    assume") anywhere in them; or a reported view ("a common assumption is that", "it used to
    be believed that ..., but ...": ``_reported_view``), with a contrast in them when the
    view needs a correction."""
    if _says_pre_frame(ws) or any(w in _POST_VERDICT for w in ws) or _believed_by_others(ws):
        return True
    view = _reported_view(ws, tuple(ws))
    return view == _FIRM or (view == _NEEDS_CORRECTION and any(w in _CONTRASTS for w in ws))


def limits(ws: tuple[str, ...], i: int, after: list[str]) -> bool:
    """ "not only X", "not just X", "not X alone": the negation says X is not enough, and
    grants X ("confirm with an online test, not offline MAE alone" still uses MAE)."""
    if i + 1 < len(ws) and ws[i + 1] in _NOT_ONLY:
        return True
    return any(tuple(after[k : k + len(a)]) == a for a in _ALONE for k in range(len(after)))


# Verbs of leaving a place: denied, they keep the thing there ("no audio may *leave* the
# device" says it stays on the device).
_LEAVING = frozenset(("leave", "leaves", "leaving", "exit", "exits", "exiting"))


# Verbs of using up a limited thing: denied, they name it as a limit to respect ("without
# *draining* the battery" says the battery matters).
_DEPLETING = frozenset(
    (
        "drain", "drains", "draining", "exhaust", "exhausts", "exhausting", "exceed", "exceeds",
        "exceeding", "waste", "wastes", "wasting", "eat", "eats", "eating", "burn", "burning",
        "hog", "hogging", "blow", "blowing",
    )
)  # fmt: skip


def _denied_leaving(ws: tuple[str, ...], i: int, start: int) -> bool:
    """The negation denies a leaving verb between it and the claim: "no audio may leave the
    device", "raw data never leaves the phone" keep it on the device, so the claim's place is
    affirmed, not denied (read as denied, a correct on-device answer lost its point: charge27).
    "The model does not run on the device" is still denied. A denied verb of using up affirms too
    ("without draining the battery", "must not exceed the memory of the phone"): the limited
    thing is named as a limit to respect, which affirms the point about it (every28a: a correct
    on-device answer in everyday words lost the constraints point as contradicted)."""
    return any(ws[j] in _LEAVING or ws[j] in _DEPLETING for j in range(i + 1, start))


def _yes_or_no(ws: tuple[str, ...], i: int) -> bool:
    """ "no" of "yes or no", "yes/no": a kind of answer, not a denial."""
    return ws[i] == "no" and (
        (i >= 1 and ws[i - 1] == "yes") or (i >= 2 and ws[i - 1] == "or" and ws[i - 2] == "yes")
    )


_UNLIKE_LINKS = frozenset(("is", "are", "was", "were", "be", "being", "looks", "look", "quite"))


def unlike_inside(tokens: Tokens, span: tuple[int, int], own: set[str]) -> bool:
    """A linking verb and "unlike" inside a loosely matched claim deny its link: "bagging
    averages independent trees, as a random forest does, which is unlike boosting" says a
    random forest is *not* boosting (correct28). "A random forest, unlike bagging, is
    boosting" (no link before "unlike") still says it."""
    ws = tokens.words
    return "unlike" not in own and any(
        ws[i] == "unlike" and ws[i - 1] in _UNLIKE_LINKS for i in range(span[0] + 1, span[1])
    )


_AS_WELL = frozenset(("also", "too", "likewise", "equally"))


def said_as_well(tokens: Tokens, span: Span) -> bool:
    """The clause gives the attribute to the other subject *as well* ("large decoders can
    *also* classify"): it grants the own subject the attribute, it does not move it."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    clauses = clause_ids(sentence)
    clause = clauses[span[0] - first]
    # the attribute's own words are not the adding word ("*too* simple")
    ws = [
        tokens.words[p] if not span[0] <= p < span[1] else ""
        for p in range(first, sentence.last_word)
        if clauses[p - first] == clause
    ]
    return any(w in _AS_WELL for w in ws) or any(
        ws[i : i + 2] == ["as", "well"] for i in range(len(ws))
    )
