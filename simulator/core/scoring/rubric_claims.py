"""Rubric claims: a key point may list ``contradicted_by`` phrases, the wrong claims themselves
("l2 gives sparse weights"). One counts when the answer says it whole, inside one sentence, as the
speaker's own: not negated, not hedged, not inside a warning frame ("a common mistake is ...").
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claims_gaps import (
    compound_subject,
    gap_breaks,
    supposed_in_mid_sentence,
)
from simulator.core.scoring.compared_reading import lesser_than, set_against
from simulator.core.scoring.matching import AnswerIndex, Phrase, Span, compile_phrase
from simulator.core.scoring.pair_sides import (
    Sides,
    any_between,
    mentions,
    named_sides,
    names_other,
    of_other_side,
    unnamed_sides,
)
from simulator.core.scoring.stance import (
    TURNED_ROUND,
    Stance,
    clause_ids,
    new_subject_inside,
    says_no,
    unlike_inside,
)
from simulator.core.scoring.text import (
    NEGATIONS,
    STOPWORDS,
    Sentence,
    Tokens,
    stem,
    tokenize,
    word_set,
    words,
)

_ANAPHORS = frozenset(("it", "they", "this", "these"))
_PREMISES = frozenset(("if", "when", "whenever", "suppose", "assuming"))
# A consequence that approves of the supposed practice makes the premise a claim after all:
# "If you initialise all weights to zero, it works fine" advises it.
_APPROVING = word_set(
    """fine ok okay good great works work working harmless safe acceptable better helps help
    improves improve converges"""
)
_APPROVING_PAIRS = (("no", "problem"), ("nothing", "bad"), ("no", "harm"), ("no", "issue"))
_DENIALS = frozenset(NEGATIONS) | {"never", "without", "cannot", "fails", "fail"}


def _premise(tokens: Tokens, span: Span) -> bool:
    """The claim is the condition that opens its sentence and a consequence follows ("*If you
    initialise all weights to zero*, every neuron stays identical"): it is supposed, to show
    what follows, not done or advised. Not when the consequence approves of it ("..., it
    works fine", "..., nothing bad happens")."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    if supposed_in_mid_sentence(tokens, span):
        return True
    if tokens.words[first] not in _PREMISES:
        return False
    ids = clause_ids(sentence)
    supposed = ids[span[0] - first] == ids[0] and ids[span[1] - 1 - first] == ids[0] != ids[-1]
    return supposed and not _approves(tokens.words[first : sentence.last_word], ids)


def _approves(ws: tuple[str, ...], ids: tuple[int, ...]) -> bool:
    """The consequence (the clause after the premise) approves, undenied."""
    after = [w for w, c in zip(ws, ids, strict=True) if c == 1]
    if any(tuple(after[i : i + 2]) in _APPROVING_PAIRS for i in range(len(after))):
        return True
    return not any(w in _DENIALS for w in after) and any(w in _APPROVING for w in after)


def claimed(question: Question, index: AnswerIndex, stance: Stance) -> dict[int, tuple[str, str]]:
    """Key points whose rubric ``contradicted_by`` claims the answer asserts as its own, with
    the claim as the feedback names it and the sentence that said it."""
    tokens = index.tokens
    found: dict[int, tuple[str, str]] = {}
    subject = _subject_words(question.prompt)
    # A claim keeps its subject: "classification predicts a continuous value" must not match
    # "in regression it predicts a continuous value" (misconceptions may drop theirs).
    asked = named_sides(question.prompt)
    rubric = rubric_words(question)
    accepted = accepted_runs((question.model_answer, *(kp.label for kp in question.key_points)))
    for k, kp in enumerate(question.key_points):
        for text in kp.contradicted_by:
            hit = _asserted(text, index, stance, subject, asked, rubric, accepted)
            if hit is not None:
                sentence = tokens.sentences[tokens.sentence_of[hit[0]]].text
                found[k] = (f'"{text}"', sentence)
                break
    return found


def _asserted(
    text: str,
    index: AnswerIndex,
    stance: Stance,
    subject: frozenset[str] = frozenset(),
    asked: Sides = (),
    rubric: frozenset[str] = frozenset(),
    accepted: tuple[tuple[str, ...], ...] = (),
) -> Span | None:
    """The claim said whole, inside one sentence, as the speaker's own. Unlike misconceptions,
    no word may be left out: "micro averages the per-class scores" without "micro" is the
    right definition of macro. The one exception is the claim's subject, said in the sentence
    before and picked up by a pronoun that opens the clause ("Momentum is popular. It uses
    only the current gradient."). A claim that names no side of a pair the question asks
    about (``asked``) is about the question's side: said in a clause about the other side
    ("random forests average independent trees" on boosting), it is true of that one. The
    claim may also be said in other forms of its words (``_said_forms``)."""
    for base in _with_pronoun_variants(text, subject):
        for phrase in _said_forms(base, index):
            span = _span_of(text, base, phrase, index, stance, subject, asked, accepted)
            if span is not None and not (
                _denied_for_the_case(index.tokens, span, rubric)
                or restricted_claim(index.tokens, span, rubric, text)
                or asked_or_imagined(index.tokens, span)
            ):
                return span
    return None


def _span_of(
    text: str,
    base: Phrase,
    phrase: Phrase,
    index: AnswerIndex,
    stance: Stance,
    subject: frozenset[str],
    asked: Sides,
    accepted: tuple[tuple[str, ...], ...] = (),
) -> Span | None:
    """Where ``phrase`` (``base`` or a form of it) is said as the speaker's own claim.
    ``accepted``: the stems of the rubric's own sentences (``accepted_runs``)."""
    tokens = index.tokens
    named = named_sides(text)
    unnamed = unnamed_sides(text, asked)
    for span in index.find_ordered(phrase):
        if tokens.sentence_of[span[0]] != tokens.sentence_of[span[1] - 1]:
            continue
        if phrase.dropped_subject and not (
            _continues_subject(tokens, phrase, span)
            or _shares_subject(tokens, phrase, span)
            or _follows_on_subject(tokens, phrase, span)
        ):
            continue
        if phrase.dropped_subject and any(
            _rival_named_first(tokens, span, pair, side) for pair, side in named
        ):
            continue
        if stance.interrupted(span, phrase.stems):
            continue
        if any(
            names_other(span, mentions(tokens, pair[1 - side]), pair[1 - side])
            for pair, side in named
        ):
            continue
        if of_other_side(tokens, span, unnamed):
            continue
        # "false" in "is a false negative" is the claim's own word, not a denial: the
        # rubric-word negations count only before the claim, "not" also inside it.
        own = set(words(text))
        lo = max(tokens.sentences[tokens.sentence_of[span[0]]].first_word, span[0] - 4)
        if any(
            w in NEGATIONS and w not in own for w in tokens.words[lo : span[1]]
        ) or stance.negated(span, says_no(text)):
            continue
        if stance.warned(span) or stance.ruled_out(span) or _premise(tokens, span):
            continue
        if set_against(tokens, span[0]):
            continue  # "ReLU is cheaper *than sigmoid* and does not saturate": said of ReLU
        if lesser_than(tokens, span, frozenset(own)):
            continue  # "squared error is *less* robust *than* absolute error": said of the other
        if unlike_inside(tokens, span, own):
            continue  # "a random forest ..., which *is unlike* boosting" is no "is boosting"
        if span[0] and tokens.words[span[0] - 1] in TURNED_ROUND and not own & TURNED_ROUND:
            continue  # "*less* regularization reduces bias" is no "regularization reduces bias"
        if not phrase.dropped_subject and compound_subject(
            tokens, span, own, subject, words(text)[0]
        ):
            continue
        if new_subject_inside(tokens, span, own):
            continue
        if gap_breaks(tokens, span, index.term_positions(phrase, span), own):
            continue
        if _gapped_conjunct(tokens, span, index.term_positions(phrase, span), own):
            continue  # "classification uses cross-entropy, *regression mean squared error*"
        if _later_item_modified(tokens, span, index.term_positions(phrase, span), own, accepted):
            continue  # "sigmoid, softmax, *or linear for regression*"
        if phrase is not base and any(
            w in _TURNING and w not in own for w in tokens.words[max(0, span[0] - 1) : span[1]]
        ):
            continue  # "a larger batch gives a *less* noisy gradient" is no "noisier"
        return span
    return None


def _gapped_conjunct(tokens: Tokens, span: Span, own_positions: set[int], own: set[str]) -> bool:
    """The claim's last words open the next clause of its sentence and that clause goes on
    with words of its own: a new subject whose verb is left out because it is the one before
    ("classification uses cross-entropy, *regression* mean squared error": regression uses
    mean squared error). The claim runs across two statements (flag66: a strong answer's
    "classification typically uses cross-entropy or log loss on predicted probabilities,
    regression mean squared or absolute error" was charged "use cross entropy for
    regression"). "I use cross-entropy for classification, regression too" (nothing of its
    own after the subject) is still read. The new subject may be joined by "and" / "or" / "but"
    ("..., and *waiting times* exponential")."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    last_own = max((p for p in own_positions if span[0] <= p < span[1]), default=span[1] - 1)
    clause = ids[last_own - first]
    if clause == ids[span[0] - first]:
        return False
    opening = next(p for p in range(span[0], last_own + 1) if ids[p - first] == clause)
    if opening < last_own and tokens.words[opening] in _COORDINATING:
        # "..., and *waiting times* exponential": "and" joins the new subject, the claim's
        # words alone up to its last (wrong42: "Counts per minute would usually be Poisson, I
        # think, and waiting times exponential" was charged "poisson for waiting times")
        opening += 1
        if any(p not in own_positions for p in range(opening, last_own + 1)):
            return False
    elif opening != last_own:
        # "..., for regression": a link word opens the clause; "when rows are not
        # independent, you should shuffle them": the claim goes on in it
        return False
    rest = [p for p in range(last_own + 1, sentence.last_word) if ids[p - first] == clause]
    return any(
        tokens.words[p] not in STOPWORDS | _SAME_AGAIN and tokens.words[p] not in own for p in rest
    )


_COORDINATING = word_set("and or but")

# Words that join a list's items, and the prepositions that open a modifier after its last item
# ("or linear *for* regression").
_LIST_JOINERS = word_set("and or nor")
_PREPOSITIONS = word_set(
    "for in on with at of to under during from by across within without via per against"
)
_ITEM_WORDS = 3  # words of a list's later item ("or *a linear layer* for regression")
_ITEM_DETERMINERS = word_set("a an the its their")
_ROLE_REACH = 2  # words from the item to its preposition in the rubric ("linear *output* for")


@lru_cache(maxsize=256)
def accepted_runs(texts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The stems of each sentence of the rubric's own texts (model answer, labels)."""
    out = []
    for text in texts:
        tokens = tokenize(text)
        out += [tokens.stems[x.first_word : x.last_word] for x in tokens.sentences]
    return tuple(out)


def _later_item_modified(
    tokens: Tokens,
    span: Span,
    own_positions: set[int],
    own: set[str],
    accepted: tuple[tuple[str, ...], ...],
) -> bool:
    """The claim's earlier words end one item of a list, "and" / "or" / "nor" opens the next
    item (a few words, no small word), and the claim goes on with the modifier that item's
    preposition opens: "sigmoid, softmax, *or linear for regression*" (blind set 69: a strong
    activation-functions answer was charged "softmax for regression", 24 -> 19). English lets
    such a modifier be said of the last item alone or of every item ("the meaning and the order
    *of words*" is both); it is the last item's alone when the rubric itself gives that item
    that modifier ("a linear output for regression"): the answer lists each item with its own
    case, and only the last one's case is said. Otherwise the list shares it and is read."""
    ws = tokens.words
    mine = sorted(p for p in own_positions if ws[p] not in _LIST_JOINERS or ws[p] in own)
    for p in range(span[0] + 1, span[1] - 1):
        if ws[p] not in _LIST_JOINERS or ws[p] in own:
            continue
        before = [q for q in mine if q < p]
        after = [q for q in mine if q > p]
        if not before or not after or before[-1] != p - 1:
            continue
        lead = next((m for m in range(p + 1, after[0]) if ws[m] in _PREPOSITIONS), None)
        if lead is None or any(ws[m] not in STOPWORDS for m in range(lead + 1, after[0])):
            continue
        item = [m for m in range(p + 1, lead) if ws[m] not in _ITEM_DETERMINERS]
        if not 0 < len(item) <= _ITEM_WORDS or any(
            not ws[m].isalpha() or ws[m] in STOPWORDS for m in item
        ):
            continue
        head, case = tokens.stems[item[-1]], tokens.stems[after[0]]
        if _given_its_case(head, ws[lead], case, accepted):
            return True
    return False


def _given_its_case(
    head: str, preposition: str, case: str, accepted: tuple[tuple[str, ...], ...]
) -> bool:
    """A rubric sentence says the item, its preposition a word or two on, and the modifier's
    first word right after it (small words aside): "a *linear* output *for regression*"."""
    for stems in accepted:
        for i, s in enumerate(stems):
            if s != head:
                continue
            for j in range(i + 1, min(len(stems), i + 2 + _ROLE_REACH)):
                if stems[j] == preposition:
                    rest = [x for x in stems[j + 1 : j + 4] if x not in _STOP_STEMS]
                    if rest[:1] == [case]:
                        return True
    return False


_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)
# Words that give the new subject the predicate before it: "..., regression *too*".
_SAME_AGAIN = word_set("too also well either likewise same")


# Words after which a side is named only to be set against the sentence's subject ("*unlike*
# the GRU, the LSTM ...", "slower *than* an LSTM").
_SET_AGAINST = word_set("unlike than versus vs compared against")
_SET_AGAINST_REACH = 3


def _rival_named_first(
    tokens: Tokens, span: Span, pair: tuple[tuple[str, ...], tuple[str, ...]], side: int
) -> bool:
    """The claim's subject is taken up by a pronoun (its sentence does not name it) and the
    nearest sentence before that names either side of its pair names the other side first:
    the pronoun is that side's ("People often assume a *GRU* is just an LSTM with a gate
    deleted, but it restructures the cell. *It* merges the cell state and hidden state": blind
    set 62, a correct warning charged with "the lstm merges the cell state into the hidden
    state"). A side named after "unlike", "than", "compared" is set against the subject, not
    the subject."""
    own, other = mentions(tokens, pair[side]), mentions(tokens, pair[1 - side])
    at = tokens.sentence_of[span[0]]
    here = tokens.sentences[at]
    if any_between(own, here.first_word, here.last_word):
        return False
    for previous in reversed(tokens.sentences[max(0, at - 2) : at]):
        lo, hi = previous.first_word, previous.last_word
        mine = [p for p in own if lo <= p < hi]
        rival = [
            p
            for p in other
            if lo <= p < hi
            and not any(
                w in _SET_AGAINST for w in tokens.words[max(lo, p - _SET_AGAINST_REACH) : p]
            )
        ]
        if mine or rival:
            return bool(rival) and (not mine or rival[0] < mine[0])
    return False


@lru_cache(maxsize=256)
def _stems_of(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for text in texts for w in words(text) if w not in STOPWORDS)


def rubric_words(question: Question) -> frozenset[str]:
    """Content stems of what the question and its rubric talk about (the prompt, the model
    answer, the key points' labels, phrases and wrong claims)."""
    return _stems_of(
        (
            question.prompt,
            question.model_answer,
            *(kp.label for kp in question.key_points),
            *(p for kp in question.key_points for p in (*kp.phrases, *kp.contradicted_by)),
        )
    )


# What turns a claim's scope round right after it: "fine for independent rows *but not* for a
# time series".
_BUT = word_set("but yet though although and")
_DENIED_SCOPE_REACH = 8  # words from the claim's end to the "not" that scopes it
_CASE_REACH = 5  # words after the "not" that name the case denied


def _denied_for_the_case(tokens: Tokens, span: Span, rubric: frozenset[str]) -> bool:
    """The claim is granted for one case and denied, in the same breath, for a case the
    question is about: "Shuffled k-fold is fine for independent rows *but not for a time
    series*" says shuffling is wrong here (charge31). The denied case names a word of the
    question or its rubric that the claim and its own scope do not; "fine for time series,
    but not for images" and "fine, but not always" name none and stay claims."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    end = min(sentence.last_word, span[1] + _DENIED_SCOPE_REACH)
    for j in range(span[1], end):
        if tokens.words[j] not in ("not", "never"):
            continue
        if tokens.words[j - 1] not in _BUT:
            continue
        scope = {tokens.stems[p] for p in range(span[0], j)}
        case = {
            tokens.stems[p]
            for p in range(j + 1, min(sentence.last_word, j + 1 + _CASE_REACH))
            if tokens.words[p] not in STOPWORDS
        }
        return bool((case - scope) & rubric)
    return False


# "X *only when* gamma is zero", "X *only in* supervised contrastive learning".
_ONLY_CASES = word_set("when if in for with under while after before once")
# An opening that sets a case ("*With gamma set to zero*, ...", "*In the supervised variant*,
# ..."), unless it names none ("in practice", "when in doubt"). Not "for" nor "once": "*For
# cancer screening* you care most about precision" and "*Once trained*, the classifier never
# needs updating" say the wrong claim of the very case the rubric means.
_CASE_OPENERS = word_set("with under in when given")
_NO_CASE = word_set(
    """practice general most many some all any example instance short fact reality production
    sure this that these those it them such my our the my experience"""
)


# The last word of an opening that names a way of looking at the claim, not a case of it.
_VIEWPOINTS = word_set("terms sense words view")
_VIEWPOINT_REACH = 4  # words of the opening after "in" ("in *bias variance terms*")


def restricted_after(tokens: Tokens, span: Span) -> bool:
    """Right after the claim, "only" and a case: "naive Bayes probabilities are well calibrated
    *only if* the features really are independent", "the same as weighted cross entropy *only
    when* gamma is zero". The claim is granted for that case, not said in general."""
    last = tokens.sentences[tokens.sentence_of[span[0]]].last_word
    after = span[1]
    ws = tokens.words
    return after + 1 < last and ws[after] == "only" and ws[after + 1] in _ONLY_CASES


def restricted_claim(tokens: Tokens, span: Span, rubric: frozenset[str], text: str) -> bool:
    """The claim is said of a case, not in general (charge31): right after it "only" and a
    case ("the same as weighted cross entropy *only when gamma is zero*"), or the sentence opens
    on a case of its own, a phrase before the claim's clause naming a word of the question or
    rubric the claim does not ("*With gamma set to zero*, focal loss is the same as weighted
    cross entropy"). "In practice, X" and a bare X are still claims."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    ws = tokens.words
    if restricted_after(tokens, span):
        return True
    first = sentence.first_word
    ids = clause_ids(sentence)
    # The case opens the sentence, or the clause right before the claim's after a colon or a
    # dash ("Setting gamma to zero is not a bug*: with gamma equal to zero*, focal loss is
    # identical to cross entropy": charge32).
    own_clause = ids[span[0] - first]
    if own_clause == 0:
        return False
    case = 0
    if ws[first] not in _CASE_OPENERS:
        case = own_clause - 1
        at = [j for j in range(first, span[0]) if ids[j - first] == case]
        if not at or ws[at[0]] not in _CASE_OPENERS or not _after_a_colon(sentence.text, ws[at[0]]):
            return False
    opening = [j for j in range(first, span[0]) if ids[j - first] == case][1:]
    if any(ws[j] in _VIEWPOINTS for j in opening[:_VIEWPOINT_REACH]):
        return False  # "*In bias-variance terms*, it ...": a way of looking, no case (wrong51)
    own = {stem(w) for w in words(text)}
    return any(
        tokens.stems[j] in rubric
        and tokens.stems[j] not in own
        and ws[j] not in STOPWORDS
        and ws[j] not in _NO_CASE
        for j in opening
    )


def _after_a_colon(text: str, word: str) -> bool:
    """The sentence says ``word`` right after a colon or a dash ("...: with gamma ...")."""
    low = text.lower()
    return any(f"{mark} {word} " in low for mark in (":", "\u2013", "\u2014", " -"))


# "would" with an "if" clause in the same sentence: a state imagined, not the speaker's claim.
_IMAGINED = word_set("would")
_SUPPOSING = word_set("if unless")


def asked_or_imagined(tokens: Tokens, span: Span) -> bool:
    """The claim is asked ("Does focal loss up-weight easy examples? No, ...") or imagined
    under a condition ("the loss *would* pull negatives together *if* the temperature were
    negative"): neither is the speaker's claim (charge31)."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    if sentence.text.rstrip().endswith("?"):
        return True
    ws = tokens.words[sentence.first_word : sentence.last_word]
    at = span[0] - sentence.first_word
    return any(w in _IMAGINED for w in ws[max(0, at - 3) : at + 3]) and any(
        w in _SUPPOSING for w in ws
    )


@lru_cache(maxsize=1024)
def _subject_words(prompt: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(prompt) if w not in STOPWORDS)


@lru_cache(maxsize=4096)
def _with_pronoun_variants(text: str, subject: frozenset[str]) -> tuple[Phrase, ...]:
    """The claim, and the claim without its leading subject words (when the question names
    them and at least two words remain: a bare predicate of two words is only taken up by a
    verb joined to its subject's own clause, ``_shares_subject``)."""
    out: list[Phrase] = []
    for phrase in _made_forms(compile_phrase(text, strict=True)):
        out.append(phrase)
        lead = 0
        while lead < len(phrase.stems) and phrase.stems[lead] in subject:
            lead += 1
        if lead and len(phrase.stems) - lead >= 2:
            out.append(
                Phrase(phrase.text, phrase.stems[lead:], None, phrase.negated, phrase.stems[:lead])
            )
    return tuple(out)


# Words that say one direction of change or size: a wrong claim said with one is said with any
# other of its direction ("larger samples reduce power" as "increasing the sample size
# decreases power", "large gamma gives ..." as "a higher gamma gives ..."). Stems.
_UP = word_set("larger larg higher high bigger big greater more increas rais raiz grow boost")
_DOWN = word_set("smaller small lower low fewer less decreas reduc shrink")
# Verbs that say what a choice yields ("l2 gives sparse weights" as "l2 produces ...", "relu
# causes vanishing gradients" as "relu leads to ...").
_YIELDS = word_set("give yield produc lead result caus creat")
# Verbs of the same claim in a wrong answer's own words: what a method keeps of its input ("tf
# idf captures word order" as "encodes" / "preserves"), what it needs, what it removes
# ("residual connections solve overfitting" as "fix" / "eliminate"), and sameness.
_CAPTURES = word_set("captur encod preserv retain repres")
_NEEDS = word_set("need requir")
_REMEDIES = word_set("fix solv prevent avoid elimin cure mitig overcom")
_SAME = word_set("same equival ident")
_CLASSES = (_UP, _DOWN, _YIELDS, _CAPTURES, _NEEDS, _REMEDIES, _SAME)
_MAX_FORMS = 16
# Words that turn a quality said in another form round ("less noisy" is no "noisier").
_TURNING = word_set("less fewer least not no")


_MAKE = ("make",)


def _made_forms(phrases: tuple[Phrase, ...]) -> tuple[Phrase, ...]:
    """Each phrase, and "X gives a smoother boundary" said as "X makes the boundary smoother":
    a yield verb with a quality and its noun after it."""
    out = list(phrases)
    for phrase in phrases:
        st = phrase.stems
        for i, s in enumerate(st[:-2]):
            if s in _YIELDS and i + 3 == len(st):
                made = st[:i] + _MAKE + (st[i + 2], st[i + 1])
                out.append(Phrase(phrase.text, made, None, phrase.negated))
    return tuple(out)


def _other_forms(s: str) -> tuple[str, ...]:
    """Ways of saying a claim word with the same meaning for the claim: its direction or yield
    class, and an adjective's comparative or base ("smooth" / "smoother", "wide" / "wider")."""
    for c in _CLASSES:
        if s in c:
            return tuple(sorted(c - {s}))
    if len(s) >= 6 and s.endswith("er"):
        return (s[:-2], s[:-1], stem(s[:-2]), stem(s[:-1]))
    if len(s) >= 4 and s.isalpha():
        return (s + "er", s + "r", stem(s + "er"))
    return ()


def _said_forms(phrase: Phrase, index: AnswerIndex) -> list[Phrase]:
    """The phrase, and the phrase with each word the answer does not use said in another form
    the answer uses (answer-driven, so only forms that can match are tried)."""
    options: list[list[str]] = []
    changed = False
    for s in phrase.stems:
        if index.occurrences(s):
            options.append([s])
            continue
        alts = [a for a in dict.fromkeys(_other_forms(s)) if a != s and index.occurrences(a)]
        if not alts:
            return [phrase]
        options.append(alts)
        changed = True
    if not changed:
        return [phrase]
    forms: list[tuple[str, ...]] = [()]
    for opts in options:
        forms = [f + (o,) for f in forms for o in opts][:_MAX_FORMS]
    return [phrase] + [
        Phrase(phrase.text, f, None, phrase.negated, phrase.dropped_subject) for f in forms
    ]


def _continues_subject(tokens: Tokens, phrase: Phrase, span: Span) -> bool:
    """A pronoun ("it", "they", "this") opens the claim's clause, nothing but small words come
    before it in the sentence, the sentence does not name the subject, and the sentence before
    does ("Momentum is popular. It uses only the current gradient.", but not "In regression
    it predicts a continuous value.")."""
    at = tokens.sentence_of[span[0]]
    if at == 0:
        return False
    sentence, previous = tokens.sentences[at], tokens.sentences[at - 1]
    head = tokens.words[sentence.first_word : span[0]]
    if not head or head[-1] not in _ANAPHORS or any(w not in STOPWORDS for w in head[:-1]):
        return False
    here = set(tokens.stems[sentence.first_word : sentence.last_word])
    before = set(tokens.stems[previous.first_word : previous.last_word])
    wanted = phrase.dropped_subject
    return not any(s in here for s in wanted) and all(s in before for s in wanted)


# Words that open a consequence or a reason said of the sentence's subject: "Naive Bayes is
# simple, *so it* needs a lot of data", "..., *which is why it* needs ...".
_FOLLOW_ON = word_set("so why thus hence therefore because since and")


def _follows_on_subject(tokens: Tokens, phrase: Phrase, span: Span) -> bool:
    """A pronoun right after a consequence or reason word takes up the claim's subject
    mid-sentence: the sentence opens on that subject ("*Naive Bayes* is simple, so *it* needs
    a lot of data") or on a pronoun for it, the sentence before naming it ("... naive Bayes
    ... . *It* is a high-variance model, which is why *it* needs a lot of data"), and nothing
    in the sentence before the pronoun is another noun of its own: its content words are the
    subject's or the rubric-free words of one clause (wrong51: a fluent wrong answer strings
    its claims on one subject this way; only a sentence-opening pronoun was read)."""
    at = span[0] - 1
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    if at - 1 <= sentence.first_word or tokens.words[at] not in _ANAPHORS:
        return False
    if tokens.words[at - 1] not in _FOLLOW_ON:
        return False
    wanted = phrase.dropped_subject
    head = [
        (w, s)
        for w, s in zip(
            tokens.words[sentence.first_word : at - 1],
            tokens.stems[sentence.first_word : at - 1],
            strict=True,
        )
        if w not in STOPWORDS or w in _ANAPHORS
    ]
    if not head:
        return False
    if tuple(s for _w, s in head[: len(wanted)]) == wanted:
        return True
    if tokens.words[sentence.first_word] in _SETTING:
        # "*In bias-variance terms* it is ...": a setting before the sentence's subject
        head = head[next((k for k, (w, _s) in enumerate(head) if w in _ANAPHORS), 0) :]
    return head[0][0] in _ANAPHORS and _pronoun_for(tokens, sentence, wanted)


_SETTING = word_set("in for from on at with by")


def _pronoun_for(tokens: Tokens, sentence: Sentence, wanted: tuple[str, ...]) -> bool:
    """The sentence does not name the subject and one of the two sentences before does (a
    ";" ends a sentence here: "naive Bayes is underconfident; its probabilities bunch up")."""
    at = sentence.index
    here = set(tokens.stems[sentence.first_word : sentence.last_word])
    if at == 0 or any(s in here for s in wanted):
        return False
    for previous in tokens.sentences[max(0, at - 2) : at]:
        before = set(tokens.stems[previous.first_word : previous.last_word])
        if all(s in before for s in wanted):
            return True
    return False


# What may stand between "and" and a joined predicate ("... and *then* amplifies ...").
_JOINED_ADVERBS = word_set("also then so thus even still")
_JOINERS = word_set("and but")


def _shares_subject(tokens: Tokens, phrase: Phrase, span: Span) -> bool:
    """The claim's predicate is a verb phrase joined by "and"/"but" to a sentence that opens on
    the claim's subject ("*Momentum* slows progress where the gradient is consistent *and
    amplifies oscillations*"): a fluent wrong answer strings several predicates on one subject.
    The sentence's first content words are the subject's, nothing between them and the joined
    predicate names another side of the claim's subject, and the predicate is not inside a
    clause that opened on a subject of its own (then the pronoun route applies)."""
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    at = span[0] - 1
    while at > sentence.first_word and tokens.words[at] in _JOINED_ADVERBS:
        at -= 1
    if at <= sentence.first_word or tokens.words[at] not in _JOINERS:
        return False
    wanted = phrase.dropped_subject
    head = [
        s
        for w, s in zip(
            tokens.words[sentence.first_word : at],
            tokens.stems[sentence.first_word : at],
            strict=True,
        )
        if w not in STOPWORDS
    ]
    if tuple(head[: len(wanted)]) != wanted and not _opens_on_pronoun(tokens, sentence, wanted):
        return False
    # Not a second subject of its own before the joined verb ("momentum helps *and the
    # gradient* ..." is not this route: the span starts right after the joiner).
    return not new_subject_inside(tokens, (sentence.first_word, span[1]), set())


def _opens_on_pronoun(tokens: Tokens, sentence: Sentence, wanted: tuple[str, ...]) -> bool:
    """The sentence opens on a pronoun for the subject the sentence before names ("Momentum is
    popular. *It* keeps a running average and amplifies oscillations.")."""
    at = sentence.index
    lead = [w for w in tokens.words[sentence.first_word : sentence.last_word][:3]]
    opening = next((w for w in lead if w not in STOPWORDS or w in _ANAPHORS), None)
    if at == 0 or opening not in _ANAPHORS:
        return False
    previous = tokens.sentences[at - 1]
    here = set(tokens.stems[sentence.first_word : sentence.last_word])
    before = set(tokens.stems[previous.first_word : previous.last_word])
    return not any(s in here for s in wanted) and all(s in before for s in wanted)
