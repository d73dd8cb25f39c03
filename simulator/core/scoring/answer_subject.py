"""Which concept an answer opens on, and whether it is the asked question's (issue 9).

A competent answer to a neighbouring question names its own subject first and then develops it:
"The law of large numbers says ...", "To estimate customer lifetime value for subscribers, I'd
...", "Object detection finds ...". It shares the field's words with the asked rubric, so its
phrases earn a key point here and there (the law of large numbers earned half the central limit
theorem's points), and the neighbour is often not a shipped question, so answer_topic.py has
nothing to lean it to. A vague answer about the asked question opens on its subject ("The
central limit theorem says ...") or on the speaker ("I would train a classifier ...").

The opening concept is the noun phrase a first sentence starts with, before its verb, after a
"To <verb>" or "For" frame; a pronoun, a quantifier or an everyday opener ("It's", "Each",
"The best approach", "Picking ...") names no concept. It is *another* concept when its first word
is not the prompt's and either a word of it is nowhere in the asked rubric or model answer, or
(all its words in the rubric, as a related idea) the answer never names the prompt's subject and
its words sit nearer another shipped rubric than the asked one.

An answer framed as a task, "To assign couriers to orders I'd ...", names that task by its verb:
when the verb is nowhere in the asked prompt, rubric or model answer (and is not an everyday
"build", "design", "solve"), the answer sets out to do something else, whatever its object's words
share with the rubric ("couriers" for delivery times): the concept is the verb and its object. On
the repository's answer sets every answer opening on such a verb was off the question (8 of 8:
"To cluster support tickets", "To deploy the model", "To train on five terabytes"), while correct
answers opening "To predict ...", "To decide ..." use the asked rubric's verbs (off22).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.answer_topic import leans_elsewhere
from simulator.core.scoring.fillers import FILLERS
from simulator.core.scoring.plain_openings import SEQUENCE_ADVERBS, counted_object, step_label
from simulator.core.scoring.point_anchors import case_words, words_named
from simulator.core.scoring.shipped_rubrics import generic_stems, shipped_questions
from simulator.core.scoring.stance import NEGATION_WORDS, Stance
from simulator.core.scoring.text import (
    STOPWORDS,
    Sentence,
    Tokens,
    is_number,
    stem,
    word_set,
    words,
)
from simulator.core.scoring.topicality import vocabulary

# Share of key-point (and on-topic) credit an answer about another concept keeps: what it says
# may be true, but it answers something else.
OTHER_CONCEPT_KEPT = 0.25
SUBJECT_WORDS_MIN = 2  # prompt subject words an answer says to be about the asked case
NAME_WORDS_MAX = 4  # a concept's name is short; a longer run before any verb is a sentence

# Verbs a defining or describing first sentence uses right after its subject.
_SUBJECT_VERBS = word_set(
    """is are was were means mean says say refers refer describes describe finds find builds
    build measures measure evaluates evaluate uses use learns learn has have spreads spread
    raises raise searches search normalizes normalize works work helps help tells tell computes
    compute gives give takes take makes make lets let splits split reduces reduce combines
    combine estimates estimate predicts predict assigns assign trains train fits fit maps map
    adds add keeps keep turns turn applies apply looks look happens happen occurs occur comes
    come goes go starts start tries try picks pick groups group chooses choose updates update
    selects select processes process reads read treats treat"""
)
# Adverbs of frequency and degree between a subject and its verb ("An outage *often* shows
# first as ..."): they end the name. Read into it, "outage often shows first" was taken as the
# concept a correct log-anomaly answer opened on and developed, and the answer kept a quarter of
# its credit (17 -> 88, cut29).
_MID_ADVERBS = word_set(
    """often usually typically generally sometimes rarely frequently commonly mostly mainly
    largely normally seldom also still already just simply really actually essentially"""
)
# Adverbs of what is usual, or was, opening a sentence with or without a comma ("Normally
# dropout is switched off at test time. For Monte Carlo dropout ...", "Usually the random
# switching off of neurons ..."): the speaker sets up the practice the answer goes on to qualify,
# as "The usual ..." or "The traditional ..." do (``_NO_CONCEPT``); no concept the answer
# develops. Read as the concept "normally dropout", a strong answer kept a quarter of its credit
# (22, cut31).
_USUAL_ADVERBS = _MID_ADVERBS | word_set(
    """traditionally historically classically conventionally ordinarily originally initially
    naively intuitively formally informally roughly broadly strictly technically
    mathematically statistically conceptually practically loosely classically"""
)
# Contractions that end a subject ("For send time optimization I'd ...").
_SPEAKER = word_set("i'd i'll i'm i've we'd we'll we're you'd you'll")
# Openers that name no concept: pronouns, quantifiers, hedges, everyday nouns and adjectives.
_NO_CONCEPT = word_set(
    """it's they're that's there's here's i'm i've we're you're let's whatever each every both
    all one some any many most few several suppose imagine think picture without since once
    given well basically okay ok sure yes short simple main key basic big first core whole real
    idea thing things way rule approach goal point problem answer question trick intuition
    difference reason before after rather instead although though even like unlike compared
    people classic older old new newer modern standard common usual traditional simplest best
    cleanest only right hardest honestly last during whether plain no
    despite beyond besides regardless contrary apart aside against toward towards versus
    throughout notwithstanding whereas unless until within across among along via per upon
    amid beside behind beneath inside outside thanks due next alongside later finally second
    mistake mistakes trap traps pitfall pitfalls misunderstanding misunderstandings
    misconception misconceptions myth myths frequent typical always never quick full too
    nobody careful beware another"""
)
# (para68: "Another mistake is ...", "Another trap ...": "another" is a determiner, as "each"
# and "every" are; read as the concept "another mistake", four correct warnings of the
# repository's outside packs kept a quarter of their credit)
# (claims39: "Nobody should take ...", "Careful with ...", "Beware of ...": a warning's frame
# too; read as the concepts "nobody" and "careful", correct warnings kept a quarter of their
# credit)
# (offtopic29: a warning's frame, "A frequent mistake is ...", "The trap is ...", "Never
# overwrite ...", "Always fit ...", and an everyday "The quick way ..." / "The full version ..."
# open no concept: read as the concepts "trap", "frequent mistake" or "never overwrite", 17
# correct answers of the repository sets, warnings and paraphrases, were told they answered
# something else and kept a quarter of their credit)
# (the prepositions and connectives of the last lines open a frame, "Despite the name it is a
# classifier", never the concept the answer is about: read as the concept "despite", a strong
# logistic-regression answer kept a quarter of its credit, 21, probe26)
# (... and so do the words that order a telling, "Next to the weights being trained, you keep
# a second copy ...", "Finally, ...": read as the concept "next", an everyday-words answer kept a
# quarter of its credit, 9, para33's development pack)
# Filler sounds a spoken answer opens on ("Umm, I would ..."): no concept, and no more the
# answer's subject than silence (read as the concept "umm", a spoken case answer kept a quarter
# of its key-point credit: 69 -> 12, ux26).
_SOUNDS = frozenset(w for w in FILLERS if " " not in w)
# Kinds of thing: alone they name no concept ("The method takes for granted a few things ..."
# opens an everyday-words answer on the asked one), though one can head a name ("method of
# moments"). So do the nouns of a part of something ("The part of a transformer that lets
# words look at each other ...": read as the concept "part", a correct everyday-words answer
# kept a quarter of its credit, 100 -> 25, para35).
_KIND_NOUNS = word_set(
    """method methods technique techniques procedure procedures algorithm algorithms model
    models system systems concept notion term tool tools process framework part parts piece
    pieces bit bits"""
)
# Nouns of a manner of doing something: with no concept word before them ("The straightforward
# way to train asks ...", "The obvious approach is ...") they name no concept (para32); with one
# they may ("the kernel trick").
_MANNER_NOUNS = word_set("way ways approach approaches idea ideas recipe trick option")
# Nouns that frame what the sentence goes on to say (a reason, a point, an issue), and the
# ranking or weighing adjectives a speaker puts before them: "The *bigger practical reason* is
# the gradient", "A *more important point* than the theory is ...", "The *larger practical
# issue* is saturation" name no concept, they announce the asked subject's own matter (false36:
# read as the concept "bigger practical reason", a strong cross-entropy answer kept a quarter of
# its credit, 100 -> 21). A noun before the head names a concept ("the *vanishing gradient*
# problem", "the *cold start* problem"). The heads of a warning frame ("The *danger* is running
# PCA on unscaled data", "The *risk* is ...", "The classic *failure* is ...") frame a warning
# the same way (claims39: read as the concepts "danger", "risk" and "gotcha", correct warnings
# kept a quarter of their credit).
_FRAMING_HEADS = word_set(
    """reason reasons point points issue issues problem problems difference differences
    advantage advantages benefit benefits drawback drawbacks downside downsides upside upsides
    factor factors concern concerns lesson lessons insight insights catch caveat caveats
    challenge challenges motivation motivations consideration considerations distinction
    takeaway effect effects consequence consequences thing
    things part question answer danger dangers risk risks gotcha gotchas hazard hazards bug
    bugs failure failures warning warnings example examples illustration illustrations"""
)
# (... and the nouns of a telling's own device with the words that say what kind of one it is:
# "A *worked example* makes it clear" announces numbers for the asked subject; read as the
# concept "worked example", a correct multiclass-averaging answer that computes macro, micro and
# weighted recall on three classes kept a quarter of its credit, 87 -> 22, blind set 62)
_WEIGHING = word_set(
    """main key real practical important crucial central core basic big major minor primary
    fundamental underlying obvious subtle theoretical other first second third last final only
    whole simple general usual common same another further additional deeper actual true
    critical essential chief principal overall more most less least bigger biggest larger
    largest greater greatest worked concrete toy numeric numerical tiny small quick"""
)
# Nouns that report a claim someone holds ("A popular *intuition* is that ...", "Conventional
# *wisdom* says ...", "The *claim* that a larger gamma ...", "A widely held *assumption* is
# ..."): a warning's frame, whatever words come before them, never a concept the answer develops
# (false36: read as the concepts "popular intuition", "conventional wisdom", "claim", "belief"
# and "widely held assumption", five correct warnings of the development sets kept a quarter of
# their credit).
_CLAIM_HEADS = word_set(
    """belief beliefs assumption assumptions claim claims wisdom intuition intuitions view
    views notion notions expectation expectations impression impressions opinion opinions
    premise folklore conception perception explanation explanations argument arguments
    story interpretation"""
)
# Words of amount before a name ("*Fewer* negatives give ...", "*More* data helps"): how much
# of a thing, not another thing; the name is read without them.
_AMOUNTS = word_set("more most less least fewer fewest many few much enough")
# Everyday verbs of a "To <verb> ..." opener that name no task of their own ("To build it, ...").
_PLAIN_TASK_VERBS = word_set(
    """build design make do get use solve answer approach tackle start begin think frame see
    create develop implement improve"""
)
# Prompt words that say what kind of answer is wanted, not what it is about.
_ASKING_WORDS = frozenset(
    stem(w)
    for w in word_set(
        """explain work would build use difference differ compare why how what when example
        tell mean matter practice main way know kind choose decide handle say"""
    )
)


@dataclass(frozen=True)
class OtherConcept:
    name: str  # the concept the answer opens on, in the answer's words
    kept: float  # share of key-point credit the answer keeps


def opening_concept(tokens: Tokens) -> list[str] | None:
    """The words of the noun phrase the answer's first sentence opens on, or None when it opens
    on the speaker, a pronoun, an everyday opener or a phrase too long to be a name."""
    found = _opening(tokens)
    return None if found is None else found[1]


def _opening(tokens: Tokens) -> tuple[int, list[str]] | None:
    """Where the opening name starts in the first sentence, and its words."""
    if not tokens.sentences:
        return None
    first = tokens.sentences[0]
    if _remark(first) and len(tokens.sentences) > 1:
        first = tokens.sentences[1]  # "Absolutely.", "Happy to explain.", "Yeah, so."
    if step_label(first.text):
        return None  # "Step one: turn every name into ...": a numbered label (plain_openings.py)
    heading = _HEADING.match(first.text)
    if heading and not any(
        stem(w) in _concept_words() for w in words(heading.group(0)) if w not in STOPWORDS
    ):
        return None  # "Scope: define the policy categories ...": a label of what follows
    said = list(tokens.words[first.first_word : first.first_word + first.word_count])
    at = 0
    while True:  # "Umm, I would ...", "So, um, first ...", "Yeah, so ...": a spoken opening
        start = at
        while at < len(said) and said[at] in _SOUNDS:
            at += 1
        at += _interjections(first.text, said, at)
        if at == start:
            break
    at += _sentence_adverb(first.text, said, at)
    bare = at  # where a name with no "To", "For" or article before it would start
    if said[at : at + 1] == ["to"] and len(said) > at + 2:  # "To estimate X, I'd ..."
        at += 2
    elif said[at : at + 1] == ["for"]:  # "For X, I'd ..."
        at += 1
    while at < len(said) and said[at] in ("the", "a", "an"):
        at += 1
    if at >= len(said) or not _may_open_a_name(said[at]):
        return None
    if at == bare and _imperative(first.text, said, at):
        return None
    name: list[str] = []
    for i in range(at, len(said)):
        word = said[i]
        following = said[i + 1] if i + 1 < len(said) else ""
        if word == "of" and name and following and following not in STOPWORDS:
            name.append(word)  # "law of large numbers", "curse of dimensionality"
            continue
        if not (name and _compound_head(name[-1], word, following)) and _ends_subject(
            word, following, bool(name)
        ):
            break
        if len(name) - name.count("of") == NAME_WORDS_MAX:
            return None
        name.append(word)
    if all(w in _KIND_NOUNS for w in name if w != "of"):
        return None
    if name[-1] in _MANNER_NOUNS and not any(stem(w) in _concept_words() for w in name[:-1]):
        return None  # "The straightforward way to train ...", "The safest approach is ..."
    if name[-1] in _FRAMING_HEADS and all(w in _WEIGHING for w in name[:-1]):
        return None  # "The bigger practical reason is the gradient": no concept, a frame
    if name[-1] in _CLAIM_HEADS:
        return None  # "Conventional wisdom says ...": a claim reported, to be weighed
    if len(name) > 1 and name[-1] in _REMARK_HEADS and all(w in _REMARKS for w in name[:-1]):
        return None  # "Great question, ...", "Good point.": a remark on the question
    return (at, name) if name else None


# Words of assent or of taking the floor a spoken answer opens on, each with its comma ("Yeah,
# so that's a classic right-censoring problem ...", "Okay, so ...", "Right, ..."): never the
# concept the answer is about. Read as the concept "yeah", a strong survival-analysis answer kept
# a quarter of its credit (dev_blind45 pack, para51); "Right censoring means ..." (no comma)
# still opens on its concept.
_INTERJECTIONS = word_set("yeah yes yep yup ok okay alright sure right well so now oh")
_INTERJECTION = re.compile(r"\W*([A-Za-z]+)\s*,")


def _interjections(text: str, said: list[str], at: int) -> int:
    """How many interjections, each followed by a comma, open the sentence at word ``at``
    (``_INTERJECTIONS``), and a "so" right after the last one ("Yeah, so ...")."""
    rest = text
    for _ in range(at):  # past the filler sounds already skipped
        found = re.match(r"\W*[A-Za-z]+", rest)
        if found is None:
            return 0
        rest = rest[found.end() :]
    n = 0
    while at + n < len(said):
        found = _INTERJECTION.match(rest)
        if found is None or found.group(1).lower() not in _INTERJECTIONS:
            break
        if found.group(1).lower() != said[at + n]:
            break
        rest = rest[found.end() :]
        n += 1
    if n and said[at + n : at + n + 1] == ["so"]:
        n += 1
    return n


REMARK_WORDS_MAX = 4  # words of a short remark before the answer proper ("Happy to explain.")


def _remark(sentence: Sentence) -> bool:
    """A first sentence of a few words none of which the shipped prompts name things with:
    the speaker's assent or remark ("Absolutely.", "Happy to explain.", "Yeah, so."), not the
    concept the answer is about. Read as the concepts "absolutely", "happy" or "yeah", strong
    answers kept a quarter of their credit (100 -> 25 on correct29's development questions);
    "Dropout." or "Gradient boosting, then." still open on a concept."""
    said = words(sentence.text)
    return 0 < len(said) <= REMARK_WORDS_MAX and not any(
        stem(w) in _concept_words()
        for w in said
        if w not in STOPWORDS and not (w.endswith("ly") and w not in _prompt_words())
    )


# Heads of a remark on the question itself ("Great question", "Good point", "Tough one"): read
# as the concept "great question", every strong answer that opened so kept a quarter of its
# credit (100 -> 25 on each of correct29's 24 development questions).
_REMARK_HEADS = word_set("question questions one point topic ask thing problem")
_REMARKS = word_set(
    """great good fair tough nice interesting classic tricky hard easy excellent important
    fun lovely loaded big broad subtle deep very really such super common favourite favorite
    cool neat solid"""
)


# A sentence adverb and its comma ("Interestingly, ...", "Oddly enough, ..."): the speaker's
# comment on what follows, never a concept. Read as the concept "interestingly both" or
# "frankly", strong answers kept a quarter of their credit (charge27's held-out: 23, 24, 14).
_ADVERB_OPENING = re.compile(
    r"^\W*(?:(?:um+|uh+|er+|so|and|but|well)\W+)*([A-Za-z]{3,}ly)(\s+enough)?\s*,"
)


def _sentence_adverb(text: str, said: list[str], at: int) -> int:
    """How many words of a sentence adverb open the sentence at ``at`` (0 when none): a word in
    "-ly" followed by a comma, unless the prompts name a thing with it ("Anomaly, ...", "anomalies")."""
    found = _ADVERB_OPENING.match(text)
    if found is None or said[at : at + 1] != [found.group(1).lower()]:
        return 0
    word = said[at]
    if word in _prompt_words() or word[:-1] + "ies" in _prompt_words():
        return 0
    return 2 if found.group(2) else 1


@lru_cache(maxsize=1)
def _prompt_words() -> frozenset[str]:
    """The shipped prompts' words as written (a noun in "-ly" names a thing: "anomaly")."""
    return frozenset(w for q in shipped_questions() for w in words(q.prompt))


# What follows a verb said as an instruction ("Frame *it* as ...", "Break *the* system into
# ...", "Consider *a* network ..."): an object pronoun or a determiner. A concept's name is
# followed by its verb, never by one of these.
_IMPERATIVE_OBJECTS = word_set(
    "it them this these those everything the a an your our my each every its their"
)
# Particles an instruction's verb takes ("Begin *with* ...", "Break it *down*"): an imperative
# only when the word names no concept in the shipped prompts ("Momentum with a coefficient of
# 0.9 ..." still opens on momentum).
_IMPERATIVE_PARTICLES = word_set("with by from off up out down")


def _imperative(text: str, said: list[str], at: int) -> bool:
    """The sentence opens on a bare verb said as an instruction ("Frame it as two parts",
    "Begin with a seasonal baseline"): the speaker's plan, not a concept the answer is about.
    Read as the concepts "frame", "begin", "break", "pose" or "consider", correct case answers
    kept a quarter of their key-point credit (a strong price-optimization answer 16 < its
    partial answer's 45, every28a). The word and the next must be adjacent in the text (no
    comma: "Regularization, the idea ..." still opens on regularization)."""
    if at + 1 >= len(said):
        return False
    word, following = said[at], said[at + 1]
    if not re.search(rf"\b{re.escape(word)}\s+{re.escape(following)}\b", text, re.IGNORECASE):
        return False
    if following in _IMPERATIVE_OBJECTS:
        return True
    if counted_object(word, following) and stem(word) not in _concept_words():
        return True  # "Drop k starting centers ...", "Roll one die ..." (plain_openings.py)
    if word in _LOOKOUT_VERBS and following in ("out", "for"):
        return True  # "Watch out for ...", "Look out for ...": a warning, whatever "watch" names
    return following in _IMPERATIVE_PARTICLES and stem(word) not in _concept_words()


# Verbs of a warning said as an instruction: "*Watch out* for a word never seen with a class"
# (claims39: "watch" names a concept in the shipped prompts, "watch time", so the particle rule
# read "watch out" as the concept a correct warning developed, and it kept a quarter of its
# credit).
_LOOKOUT_VERBS = word_set("watch look")


# One to three words and a colon open the answer: a heading ("Scope:", "Short answer:"), not
# a concept the answer develops.
_HEADING = re.compile(r"^\W*[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,2}\s*:")
_COPULAS = word_set("is are was were")


@lru_cache(maxsize=1)
def _concept_words() -> frozenset[str]:
    """Words the shipped prompts and ids name things with, less those every rubric uses: a
    heading made of one ("Dropout: ...", "Components: ...") may name a concept."""
    questions = shipped_questions()
    named = vocabulary(
        *(q.prompt for q in questions),
        *(q.id.replace("-", " ").replace(".", " ") for q in questions),
    )
    return named - generic_stems()


_HERE = word_set("here there")


def _framing_noun(question: Question, tokens: Tokens, at: int, name: list[str]) -> bool:
    """The opening name is a framing noun the sentence goes on to fill with the asked
    question's own matter: "The trap *here* is ...", "The golden rule is *that* ...", "The
    golden rule is *to test* ..." (para68: an infinitive complement says what the rule or aim
    is), "The constraint is *latency*" (a bare word of the asked rubric). Read as concepts of
    their own, three strong case answers kept a quarter of their credit (13-17, strong27), and
    a correct time-series-validation paraphrase opening "The golden rule is to test the
    forecaster ..." scored 23 against its partial answer's 85 (para68). A concept named
    as the answer's subject is defined with an article ("The ROC curve is *a* plot ..."), or
    does something ("The law of large numbers *says* ...")."""
    first = tokens.sentences[0]
    said = tokens.words[first.first_word : first.first_word + first.word_count]
    if at == 0 or said[at - 1] != "the":
        return False
    after = list(said[at + len(name) : at + len(name) + 3])
    if after[:1] and after[0] in _HERE:
        return True
    if not after or after[0] not in _COPULAS or len(after) < 2:
        return False
    complement = after[1]
    if complement in _CLAUSE_OPENERS:
        return True
    if complement == "to" and len(after) > 2 and _infinitive(after[2]):
        return True
    asked = vocabulary(
        question.prompt,
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(p for kp in question.key_points for p in kp.phrases),
    )
    return complement not in STOPWORDS and stem(complement) in asked - generic_stems()


# Words that open a content clause as a noun's complement ("The golden rule is *that* ...",
# "The label is *whether* the ad was clicked"): the noun frames what the clause says, as with an
# infinitive. ("X is what / how ..." is left out: "Attention is how a token ..." defines X.)
_CLAUSE_OPENERS = word_set("that whether")
# What follows "to" when it is a preposition ("The link is to *the* prior"), not the mark of
# an infinitive: a determiner, a possessive or a pronoun.
_NOT_A_VERB = word_set(
    """the a an this that these those my your our their its his her each every some any all
    both no it them him me us you one"""
)


def _infinitive(word: str) -> bool:
    """The word after "is to" is a verb: "The golden rule is to *test* ...", "The aim is to
    *keep* ...". A noun whose complement is an infinitive names a rule, an aim or a plan and
    the infinitive says what it is: the answer's own matter, not another concept."""
    return word not in _NOT_A_VERB and not is_number(word)


def _may_open_a_name(word: str) -> bool:
    return not (
        word in STOPWORDS
        or word in _NO_CONCEPT
        or word in _SPEAKER
        or word in _USUAL_ADVERBS
        or is_number(word)
        or word.endswith("ing")  # "Picking one step size ...": the speaker's action
    )


# Nouns plural without an "-s" ("Data mean ...", "People use ..."): a base form after them agrees.
_PLURALS = word_set("data people media criteria phenomena children men women")
# What follows the head of a noun compound and not a verb before its object: a preposition, a
# modal or a copula ("Text search *on* titles fails", "Keyword search *would* miss ...").
_AFTER_A_NOUN = word_set(
    """of on for in with from at over across about between by would could might can will
    should must may is was"""
)


def _compound_head(before: str, word: str, following: str) -> bool:
    """``word``, a verb's base form ("search", "split", "update"), is the head of a noun
    compound, not the verb of the name before it: a singular noun takes "searches", so "Text
    search on product titles fails" opens on "text search" (read as the concept "text", whose
    verb was "search", a correct visual-search answer kept a quarter of its credit, cut31).
    Only before a preposition, a modal or a copula: a verb goes on to its object ("The index
    splits the space")."""
    if following not in _AFTER_A_NOUN or word.endswith("s") or word not in _SUBJECT_VERBS:
        return False
    if word + "s" not in _SUBJECT_VERBS and word + "es" not in _SUBJECT_VERBS:
        return False  # not a verb's base form
    plural = before.endswith("s") and not before.endswith(("ss", "us", "is"))
    return not plural and before not in _PLURALS and before not in STOPWORDS


def _ends_subject(word: str, following: str, named: bool) -> bool:
    if word in STOPWORDS or word in _SUBJECT_VERBS or word in _SPEAKER:
        return True
    if named and (word in _MID_ADVERBS or word in SEQUENCE_ADVERBS):
        return True  # "The network *first* squeezes ..." (plain_openings.py)
    # "ARIMA models a time series": a third-person verb before an article or pronoun, a
    # quantifier or a number ("A small model guesses several tokens", "The router picks two
    # experts": read into the name, "small model guesses several" was taken for the concept a
    # correct partial answer developed, and it kept a quarter of its credit, para33)
    verb_like = word.endswith("s") and not word.endswith(("ss", "is", "us"))
    counted = following in _QUANTIFIERS or is_number(following)
    return named and verb_like and (following in STOPWORDS or counted)


_QUANTIFIERS = word_set("several many some each every all both few most two three four five")


# A denial right after the opening name ("Git alone does not make a model reproducible",
# "Non-convex does not mean untrainable"): the answer opens by rejecting a claim about it, a
# foil for what it explains, not the concept it develops (cut29: 3 correct warnings of the
# repository sets kept a quarter of their credit).
_DENIALS = word_set("not never cannot can't doesn't don't isn't aren't won't wouldn't")
_AUXILIARIES = word_set("does do is are was were can will would should alone")


def _denied(tokens: Tokens, at: int, name: list[str]) -> bool:
    first = tokens.sentences[0]
    said = tokens.words[first.first_word : first.first_word + first.word_count]
    after = list(said[at + len(name) : at + len(name) + 3])
    while after and after[0] in _AUXILIARIES:
        after = after[1:]
    return bool(after) and after[0] in _DENIALS


# What follows a noun phrase that is no subject (cut30): a subordinating conjunction or a
# subject pronoun ("*Back when* I started I believed ...", "*Years ago I* ...", "*Recently I*
# had to ..."). The phrase is a time or scene adverbial of the speaker's story, not the
# concept the answer develops; read as the concepts "back", "years ago" or "recently", every
# development strong answer so opened kept a quarter of its credit (22-24 of 24).
_NOT_AFTER_A_SUBJECT = word_set("when whenever while if because since until i we you they he she")
# Words of time: a name made only of them dates the story ("Early in my career", "Not long ago").
_TIME_WORDS = word_set(
    """back early earlier later recently lately nowadays today yesterday previously originally
    initially formerly ago years months weeks decades long not once"""
)
# People and sources (cut30): an answer opening on one reports what someone said, did or asked
# ("A colleague of mine once ...", "Good interviewers ask this ...", "A textbook would give
# ..."): an anecdote or a claim to weigh, never a concept of the field. Plural, or the name's
# head ("friend suggestion system" is a system).
_PEOPLE = word_set(
    """colleague colleagues coworker coworkers teammate teammates interviewer interviewers
    manager managers boss bosses friend friends professor professors teacher teachers mentor
    mentors junior juniors senior seniors student students candidate candidates engineers
    scientists analysts researchers practitioners beginners newcomers people folks person
    everyone someone somebody everybody recruiter recruiters physicist physicists statistician
    statisticians textbook textbooks tutorial tutorials blog blogs book books course courses
    article articles lecture lectures lecturer lecturers"""
)
# Modals right after the opening name: what it *would* do here, a hypothetical the answer
# weighs for the asked problem ("A random split would leak ...", "Exact title matching would
# miss most duplicates"), not a concept it sets out to explain.
_HYPOTHETICAL = word_set("would could might")
# "X is often read as a cause, but ...": a reading others give X, set up to be corrected.
_MISREAD = word_set(
    """read seen taken mistaken confused misread misunderstood thought believed assumed
    treated blamed credited touted sold misinterpreted"""
)
_REPORT_ADVERBS = word_set("often commonly usually sometimes frequently widely also still")
_CONTRAST = word_set("but however yet")


def _foil(tokens: Tokens, at: int, name: list[str]) -> bool:
    """The opening name is no concept the answer develops (cut30): an adverbial of the story
    (``_NOT_AFTER_A_SUBJECT``, ``_TIME_WORDS``), a person or source (``_PEOPLE``), a
    hypothetical (``_HYPOTHETICAL``), a reading set up to be corrected (``_MISREAD``), or a
    claim the sentence warns against (stance.py: "... would leak", "..., which is a myth")."""
    first = tokens.sentences[0]
    said = tokens.words[first.first_word : first.first_word + first.word_count]
    after = list(said[at + len(name) : at + len(name) + 5])
    plain = [w for w in name if w != "of"]
    if after[:1] and after[0] in _HYPOTHETICAL:
        return True
    # "For capacity planning I would ...", "To size an A/B test I'd ...": the frame names the
    # task and the speaker follows; only a bare phrase before "I" or "when" is an adverbial.
    framed = any(w in ("for", "to") for w in said[:at])
    if after[:1] and after[0] in _NOT_AFTER_A_SUBJECT and not framed:
        return True
    if all(w in _TIME_WORDS for w in plain):
        return True
    head = name[name.index("of") - 1] if "of" in name[1:] else name[-1]
    if head in _PEOPLE or any(w in _PEOPLE and w.endswith("s") for w in plain):
        return True
    if after[:1] and after[0] in _COPULAS:
        rest = [w for w in after[1:] if w not in _REPORT_ADVERBS]
        if rest[:1] and rest[0] in _MISREAD and _contrasted(tokens, first):
            return True
    tail = list(said[at + len(name) :])
    if tail[:1] == ["alone"] or tuple(tail[:3]) in _ON_ITS_OWN or tuple(tail[:2]) in _ON_ITS_OWN:
        return True  # "Self-attention on its own ignores order, so ...": what it lacks
    if _modal_failure(tail) or _verdict(tail) or _verdict_next(tokens, first):
        return True
    start = first.first_word + at
    return Stance(tokens).warned((start, start + len(name)))


# What a foil is said to do or be (cut30): "A static threshold on error counts *would miss*
# ...", "X is *the wrong tool*", "X is *a different idea*", "X seems natural, but it is *not*".
_FAILING = word_set(
    """miss misses fail fails break breaks leak leaks overfit underfit lose hurt mislead
    ignore wrong useless mistake inflate collapse explode"""
)
_PREPOSITIONS = word_set("of on for in with from at over across about between by")
_FAULTS = word_set(
    """wrong mistake mistaken myth misleading insufficient fallacy misconception trap pitfall
    naive"""
)
_KINDS = word_set(
    """idea thing concept question problem matter story tool beast topic answer approach
    animal"""
)
_FILLING = word_set(
    "a an the quite completely very simply just really totally entirely also usually often"
)
_NOT_ENOUGH = word_set("enough sufficient point answer same right true correct it what")
_CANNOT = word_set("can will would could")  # the tokenizer reads "can't" as "can not"
_MODAL_REACH = 7  # words from the name's end to a modal after a prepositional phrase


def _modal_failure(tail: list[str]) -> bool:
    """The name, a prepositional phrase, then a modal saying it fails: "A static threshold on
    error counts would miss ...", "The sensitivity of the test would not answer this"; or a
    verb of failing in the present ("Text search on product titles fails when ...")."""
    if not tail or tail[0] not in _PREPOSITIONS:
        return False
    near = tail[:_MODAL_REACH]
    if "cannot" in near or any(
        w in _CANNOT and near[i + 1 : i + 2] == ["not"] for i, w in enumerate(near)
    ):
        return True
    modal = next((i for i, w in enumerate(tail[:_MODAL_REACH]) if w in _HYPOTHETICAL), None)
    if modal is None:
        # ... or says it in the present: "Text search on product titles fails when ..." (para68)
        return any(w in _FAILING and w.endswith("s") for w in near[1:])
    return any(w in NEGATION_WORDS or w in _FAILING for w in tail[modal + 1 : modal + 5])


def _verdict(tail: list[str]) -> bool:
    """The opening sentence judges its subject: a copula, then a fault ("is a mistake", "is the
    wrong tool"), "a different idea", or a denial of worth ("is not enough", "but it is not")."""
    for i, w in enumerate(tail):
        if w not in _COPULAS and w not in ("be", "it's", "that's", "seems"):
            continue
        rest = tail[i + 1 : i + 6]
        j = 0
        while j < len(rest) and rest[j] in _FILLING:
            j += 1
        rest = rest[j:]
        if rest[:1] and rest[0] in _FAULTS:
            return True
        if rest[:1] and rest[0] in _FAILING and rest[0] not in ("miss", "break"):
            return True
        if rest[:2] and rest[0] == "different" and (len(rest) == 1 or rest[1] in _KINDS):
            return True
        if rest[:1] and rest[0] in NEGATION_WORDS:
            after_not = [x for x in rest[1:3] if x not in _FILLING]
            if not after_not or after_not[0] in _NOT_ENOUGH:
                return True
    return any(w in _FAULTS and tail[i + 1 : i + 2] == ["one"] for i, w in enumerate(tail))


def _verdict_next(tokens: Tokens, sentence: Sentence) -> bool:
    """A short sentence right after judges the opening: "It is not enough.", "That is wrong."."""
    following = tokens.sentences[sentence.index + 1 : sentence.index + 2]
    if not following:
        return False
    nxt = following[0]
    ws = list(tokens.words[nxt.first_word : nxt.first_word + nxt.word_count])
    if not ws or len(ws) > _VERDICT_WORDS or ws[0] not in _POINTERS:
        return False
    return _verdict(ws[1:]) or any(w in _FAULTS for w in ws)


_VERDICT_WORDS = 6
# "X on its own ...", "X by itself ...": the opening says what X lacks, setting up the asked
# subject (a positional-encoding answer opening "The attention step on its own sees a bag of
# words" was read as developing "attention step").
_ON_ITS_OWN = frozenset(
    (("on", "its", "own"), ("on", "their", "own"), ("by", "itself"), ("by", "themselves"))
)
_POINTERS = word_set("it that this they it's that's they're")


def _contrasted(tokens: Tokens, sentence: Sentence) -> bool:
    """A contrast word in the sentence or opening the next one ("..., but", "However, ...")."""
    ws = tokens.words[sentence.first_word : sentence.first_word + sentence.word_count]
    if any(w in _CONTRAST for w in ws):
        return True
    following = tokens.sentences[sentence.index + 1 : sentence.index + 2]
    return bool(following) and tokens.words[following[0].first_word] in _CONTRAST


def other_concept(question: Question, tokens: Tokens) -> OtherConcept | None:
    """The concept the answer opens on when it is not the asked question's (see the module's
    docstring), with the share of key-point credit the answer keeps; else None."""
    found = _opening(tokens)
    if (
        found is None
        or _framing_noun(question, tokens, *found)
        or _denied(tokens, *found)
        or _foil(tokens, *found)
        or _sets_up(question, tokens, *found)
    ):
        return None
    said = found[1]
    name = [w for w in said if w != "of" and w not in _AMOUNTS]
    if not name:
        return None
    prompt = vocabulary(question.prompt)
    # the question's id and topic name its subject too ("tech.distributed-training")
    named = prompt | vocabulary(question.id.replace("-", " ").replace(".", " "), question.topic)
    stems = [stem(w) for w in name]
    if _said_in(name[0], prompt) or all(_said_in(w, named) for w in name):
        return None
    if any(_abbreviates(w, question) for w in name):  # "SVM", "RNNs"
        return None
    if any(stem(w) in _other_names(question) for w in name):  # "Lasso ..." for "L1"
        return None
    asked = vocabulary(
        question.prompt,
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(p for kp in question.key_points for p in kp.phrases),
    )
    verb = _task_verb(tokens)
    if verb is not None and stem(verb) not in asked and stem(verb) not in prompt:
        return OtherConcept(" ".join([verb, *said]), OTHER_CONCEPT_KEPT)
    if all(s in asked for s in stems):
        # A related idea of the rubric ("object detection" for visual search) opens the answer:
        # another concept only if the prompt's subject is never named and the words lean away.
        # The subject's word said only inside the opening name does not name it: "A *random
        # forest* trains many trees" names a sibling of the isolation forest, not it (wrong33).
        subject = prompt - generic_stems() - _ASKING_WORDS - set(stems)
        if subject & set(tokens.stems) or not leans_elsewhere(question, tokens, packs=True):
            return None
    return OtherConcept(" ".join(said), OTHER_CONCEPT_KEPT)


# Words an id is spelled with that name no subject ("tech.l1-vs-l2").
_ID_WORDS = frozenset(stem(w) for w in word_set("tech case vs versus"))
# What opens a sentence before its subject: a contrast or a linking word ("By contrast, ...",
# "Instead, ...", "So ...").
_SECOND_OPENERS = word_set(
    "but however instead whereas while so then contrast comparison and yet a an the its their"
)
# Where a first sentence turns from the neighbour to another clause: a semicolon, colon or dash,
# a contrast ("but", "while", "whereas", "instead", "unlike", "than", "rather"), or a relative
# naming what it is ("..., which is maximum likelihood estimation").
_CLAUSE_TURN = re.compile(
    r";|:|\s[-\u2013\u2014]+\s|\u2014|,?\s(?:but|while|whereas|instead|unlike|than|rather|"
    r"which\s+is|that\s+is|versus|vs\.?)\b",
    re.IGNORECASE,
)


def _sets_up(question: Question, tokens: Tokens, at: int, name: list[str]) -> bool:
    """The opening name is a neighbouring concept named to contrast or set up the asked one
    (cut31): "Ordinary least squares estimates the conditional mean; quantile regression ...",
    "Logistic regression fits probabilities; a support vector machine instead ...", "Newton's
    method uses the curvature. Gradient descent uses only ...". The first sentence turns
    (``_CLAUSE_TURN``: a semicolon, a contrast, "which is") to the asked subject (two of the
    prompt's own subject words, or a word of the question's id), or the second sentence opens
    on it; the opening is no "To <verb>" or "For" task frame (that names its own task); and the
    answer's words as a whole sit nearest the asked rubric. Read as the concept developed, strong answers that opened so
    kept a quarter of their credit (18-25). An answer to another question that merely opens on
    a neighbour never names the asked subject so early, and one whose words lean to another
    shipped question is still that question's."""
    first = opening_sentence(tokens)
    if first is None:
        return False
    own = {stem(w) for w in name}
    subject = vocabulary(question.prompt) - generic_stems() - _ASKING_WORDS - own
    id_words = (
        vocabulary(question.id.replace("-", " ").replace(".", " "))
        - generic_stems()
        - _ID_WORDS
        - own
    )
    said = tokens.words[first.first_word : first.last_word]
    if any(w in ("to", "for") for w in said[:at]):
        return False  # "To estimate customer lifetime value for subscribers, I'd ...": a task
    turn = _CLAUSE_TURN.search(first.text)
    after = vocabulary(first.text[turn.end() :]) if turn else frozenset()
    named = len(after & subject) >= SUBJECT_WORDS_MIN or bool(after & id_words)
    if not named and _weighed(said, at, name):
        # "Static thresholds are simpler and easier to explain than a learned model, but ...":
        # the neighbour is weighed against another way, in an answer about the asked subject
        # (claims39: a correct answer comparing the asked design with its neighbours kept a
        # quarter of its credit)
        named = subject_words_said(question, tokens) >= SUBJECT_WORDS_MIN
    if not named:
        following = tokens.sentences[first.index + 1 : first.index + 2]
        if following:
            nxt = following[0]
            ws = list(tokens.words[nxt.first_word : nxt.last_word])
            i = 0
            while i < len(ws) and ws[i] in _SECOND_OPENERS:
                i += 1
            head: list[str] = []  # the second sentence's opening name, up to its verb
            for j in range(i, min(i + NAME_WORDS_MAX, len(ws))):
                if _ends_subject(ws[j], ws[j + 1] if j + 1 < len(ws) else "", bool(head)):
                    break
                head.append(ws[j])
            named = any(
                (stem(w) in subject | id_words or _abbreviates(w, question)) and stem(w) not in own
                for w in head
            )
    return named and not leans_elsewhere(question, tokens)


_WEIGHED_REACH = 8  # words from the opening name's end to the "than" that weighs it


def _weighed(said: Sequence[str], at: int, name: list[str]) -> bool:
    """The opening name is the subject of a comparison: a comparative and "than" follow it
    within ``_WEIGHED_REACH`` words ("X is *simpler* and easier to explain *than* Y")."""
    end = at + len(name)
    tail = list(said[end : end + _WEIGHED_REACH])
    if "than" not in tail:
        return False
    before = tail[: tail.index("than")]
    return any(w in ("more", "less") or (len(w) > 4 and w.endswith("er")) for w in before)


def opening_sentence(tokens: Tokens) -> Sentence | None:
    """The sentence ``_opening`` reads: the first, or the second after a short remark."""
    if not tokens.sentences:
        return None
    first = tokens.sentences[0]
    if _remark(first) and len(tokens.sentences) > 1:
        first = tokens.sentences[1]
    return first


def opens_on_the_subject(question: Question, other: Question, tokens: Tokens) -> bool:
    """Does the answer's first sentence open on the asked prompt's own subject, one the other
    question's prompt does not name ("PCA is a way to ...", leaning to dimensionality
    reduction)? Then a vague answer whose words lean to the broader question is still about
    this one. ("Regularization adds ..." asked about L1 and L2 opens on both prompts' word.)
    The name is what its head says (offtopic29): what follows a possessive ("an online store's
    product search" names a product search, not the store), and a head word the other prompt says
    and the asked one does not makes it the other question's subject ("The L1 loss, mean
    absolute error, ..." asked about L1 and L2 regularization opens on the regression loss)."""
    said = opening_concept(tokens)
    if said is None:
        return False
    owner = max((i for i, w in enumerate(said[:-1]) if w.endswith("'s")), default=-1)
    said = said[owner + 1 :]
    head = said[said.index("of") - 1] if "of" in said[1:] else said[-1]
    if _said_in(head, vocabulary(other.prompt)) and not _said_in(head, vocabulary(question.prompt)):
        return False
    name = [w for w in said if w != "of"]
    own = vocabulary(question.prompt) - vocabulary(other.prompt) - generic_stems()
    return _said_in(name[0], own) or any(
        _abbreviates(w, question) and not _abbreviates(w, other) for w in name
    )


def _task_verb(tokens: Tokens) -> str | None:
    """The verb of a "To <verb> <object>" opener that names a task of its own (not "build",
    "solve", ...); None for any other opening."""
    first = tokens.sentences[0]
    said = tokens.words[first.first_word : first.first_word + min(first.word_count, 2)]
    if len(said) < 2 or said[0] != "to" or first.word_count <= 2:
        return None
    verb = said[1]
    if verb in STOPWORDS or verb in _PLAIN_TASK_VERBS or not verb.isalpha():
        return None
    return verb


# How a rubric gives a second name to a thing: "L1, *or* lasso, adds ...", "L2 (ridge)",
# "k-means, *also called* Lloyd's algorithm".
_ALIAS = re.compile(
    r"\b([\w-]+)\s*(?:,\s*or\s+|\(\s*|,?\s*(?:also\s+)?(?:called|known\s+as)\s+)([\w-]+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _other_names_of(prompt: str, model_answer: str) -> frozenset[str]:
    subject = vocabulary(prompt) - generic_stems() - _ASKING_WORDS
    out: set[str] = set()
    for found in _ALIAS.finditer(model_answer):
        a, b = stem(found.group(1).lower()), stem(found.group(2).lower())
        if a in subject and b not in STOPWORDS:
            out.add(b)
        elif b in subject and a not in STOPWORDS:
            out.add(a)
    return frozenset(out)


def _other_names(question: Question) -> frozenset[str]:
    """Stems the model answer gives as another name of one of the prompt's subject words ("L1,
    or lasso, adds ..."): an answer opening on one opens on the asked subject (false36: "Lasso
    charges the absolute size of each weight" was read as developing another concept, and a
    correct paraphrase kept a quarter of its credit)."""
    return _other_names_of(question.prompt, question.model_answer)


def _said_in(word: str, vocab: frozenset[str]) -> bool:
    """The word or its singular ("LSTMs": the stemmer keeps the s of an abbreviation)."""
    return stem(word) in vocab or stem(word.removesuffix("s")) in vocab


def _abbreviates(word: str, question: Question) -> bool:
    """Is the word the initials of consecutive words of the prompt or model answer ("pca")?"""
    letters = word.removesuffix("s")
    if not 2 <= len(letters) <= 5:
        return False
    for text in (question.prompt, question.model_answer):
        content = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS]
        initials = "".join(w[0] for w in content)
        if letters in initials:
            return True
    return False


def names_the_subject(question: Question, tokens: Tokens) -> bool:
    """Does the answer say ``SUBJECT_WORDS_MIN`` of the prompt's own subject words (not the
    words every rubric uses, nor "explain" or "how"), its words sit nearest the asked rubric,
    and it opens on no other concept? A vague case answer that does ("train a classifier on
    past subscribers to predict who will cancel") is about this case."""
    return (
        subject_words_said(question, tokens) >= SUBJECT_WORDS_MIN
        and not leans_elsewhere(question, tokens)
        and other_concept(question, tokens) is None
    )


def subject_words_said(question: Question, tokens: Tokens) -> int:
    """How many of the prompt's own subject words the answer says (not the words every rubric
    uses, nor "explain" or "how"); on a case, the words naming it (point_anchors.py: its prompt's
    and the few-question words of its rubric, "fraud" for "fraudulent transactions")."""
    if question.category.value == "case":
        return len(words_named(case_subject_words(question), tokens))
    return len(_prompt_subject(question) & set(tokens.stems))


def _prompt_subject(question: Question) -> frozenset[str]:
    return vocabulary(question.prompt) - generic_stems() - _ASKING_WORDS


def case_subject_words(question: Question) -> frozenset[str]:
    """The stems naming a case: its prompt's own subject words (not the words every rubric
    uses, nor "explain" or "how") and its rubric's case words (point_anchors.case_words)."""
    return _prompt_subject(question) | case_words(question)
