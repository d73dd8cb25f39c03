"""Where a story says a behavioral question's intent phrases (relevance.py and theme_rivals.py):
phrases match whole and in order, small words included ("told him" is not "told"), after
stemming, and the shipped behavioral questions are the themes a story can be about."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from simulator.core.questions import Intent, Question, load_packs
from simulator.core.scoring.matching import DERIVATIONAL, AnswerIndex, Phrase
from simulator.core.scoring.text import (
    NUMBER_WORDS,
    Tokens,
    hyphen_joined,
    stem,
    word_set,
    words,
)

# The parts that say what a story is about; an action may name a theme in passing.
FRAMING_PARTS = frozenset(("situation", "task", "result"))


def said_at(index: AnswerIndex, text: str) -> list[tuple[int, int]]:
    """Where the story says an intent phrase (``_said_at``), its irregular past verb told in the
    present too ("takes ownership", "tells me", "goes down": ``_present_variants``)."""
    spans = _said_at(index, text)
    for variant in _present_variants(text):
        spans += _said_at(index, variant)
    return sorted(set(spans))


# The present forms of irregular past verbs (a regular one's are read by ``_present_of``).
_IRREGULAR_PRESENT = {
    "took": ("take", "takes"),
    "told": ("tell", "tells"),
    "said": ("say", "says"),
    "went": ("go", "goes"),
    "broke": ("break", "breaks"),
    "made": ("make", "makes"),
    "gave": ("give", "gives"),
    "got": ("get", "gets"),
    "ran": ("run", "runs"),
    "came": ("come", "comes"),
    "found": ("find", "finds"),
    "brought": ("bring", "brings"),
    "left": ("leave", "leaves"),
    "kept": ("keep", "keeps"),
    "thought": ("think", "thinks"),
    "caught": ("catch", "catches"),
    "fell": ("fall", "falls"),
    "spoke": ("speak", "speaks"),
    "wrote": ("write", "writes"),
    "knew": ("know", "knows"),
    "felt": ("feel", "feels"),
    "sat": ("sit", "sits"),
    "stood": ("stand", "stands"),
    "built": ("build", "builds"),
    "sent": ("send", "sends"),
    "spent": ("spend", "spends"),
    "heard": ("hear", "hears"),
    "held": ("hold", "holds"),
    "lost": ("lose", "loses"),
    "met": ("meet", "meets"),
    "paid": ("pay", "pays"),
    "began": ("begin", "begins"),
    "chose": ("choose", "chooses"),
}


_DETERMINERS = word_set("the a an my his her their our its this that")


@lru_cache(maxsize=4096)
def _present_variants(text: str) -> tuple[str, ...]:
    """``text`` with an irregular past verb followed by the rest of its phrase ("took
    ownership", "told me") put in the present ("take ownership", "tells me"), one at a time."""
    ws = words(text)
    out: list[str] = []
    if len(ws) == 2 and ws[1] in _DETERMINERS:
        return ()  # "took the" in the present is any "takes the": no event of its own
    for k, w in enumerate(ws[:-1]):
        for present in _IRREGULAR_PRESENT.get(w, ()):
            out.append(" ".join([*ws[:k], present, *ws[k + 1 :]]))
    return tuple(out)


def _said_at(index: AnswerIndex, text: str) -> list[tuple[int, int]]:
    """Where the story says an intent phrase: its words side by side ("new to" is not "the new
    forecasting model to"), each word itself, a form of it ("cancel", "cancellation") or a
    spelling slip of it, but no other word that happens to be one letter away ("plan" is no
    slip for "plant"), a participle only as a participle, an "-ing" word only as a verb form ("paging"
    is no wiki "page"), and "went down" / "went up" not of an amount ("tickets went down by a
    third"). A person named by "-er" ("designer", "customer", "manager") is said
    only as that word: its stem is also the act's or another word's ("design", "custom",
    "managed"), and a story about designing is no story about working with designers. A
    function's name that is also a thing's ("design", "sales", "warehouse") is said only of
    the function's people (``_said_of_people``, round 45)."""
    phrase = whole_phrase(text)
    toks = index.tokens
    wanted = list(zip(words(text), phrase.stems, strict=True))
    spans = [
        span
        for span in index.find_ordered(phrase)
        if (len(wanted) == 1 or span[1] - span[0] == len(wanted))
        and all(
            _same_word(w, s, toks.words[k], toks.stems[k], at + 1 < len(wanted))
            for at, ((w, s), k) in enumerate(zip(wanted, range(*span), strict=False))
        )
    ]
    spans += _split_by_its_object(index, phrase, wanted)
    spans = [span for span in spans if not _after_a_number_hyphen(toks, span[0])]
    if len(wanted) == 1:
        spans = [span for span in spans if not _qualifies_a_figure(toks, span)]
        spans = [span for span in spans if not _a_models_target(toks, span[0])]
    if wanted[-1][0] in _AMOUNT_TURNS and wanted[0][0] in _MOTION_VERBS:
        spans = [span for span in spans if not _said_of_an_amount(toks, span[1])]
    if len(wanted) == 1 and wanted[0][0] in _FUNCTIONS:
        spans = [span for span in spans if _said_of_people(toks, span[0], wanted[0][0])]
    if [w for w, _ in wanted[-2:]] == ["on", "me"]:
        spans = [span for span in spans if not _a_duty(toks, span[1])]
    if any(w == "broke" for w, _ in wanted):
        spans = [span for span in spans if not _taken_apart(toks, span[1])]
    agent = text.lower().removesuffix("s")
    if " " in text or not agent.endswith("er") or len(stem(agent)) >= len(agent) - 1:
        return spans
    return [span for span in spans if index.tokens.words[span[0]].startswith(agent)]


# A verb's particle, which may stand after the verb's object: "shut the project down".
_PARTICLES = word_set("down back off out up away over")
# Openings of the object between a verb and its particle: a pronoun alone, or a determiner
# and up to two more words ("the whole pilot", "our old model").
_OBJECT_PRONOUNS = word_set("it them this that everything")
_OBJECT_OPENINGS = word_set("the a an my our his her their its this that these those whole")
# Verbs whose particle, split off by an object, says another thing: "pushed the launch back"
# delays it (no pushback), "took the feature away" removes it (no lesson taken away).
_SPLIT_CHANGES_SENSE = word_set("push pushed pushes pushing take takes took taken taking")


def _split_by_its_object(
    index: AnswerIndex, phrase: Phrase, wanted: list[tuple[str, str]]
) -> list[tuple[int, int]]:
    """Where a two-word verb-and-particle phrase ("shut down", "rolled back", "broke down") is
    said with its object between its words: "we shut the project down", "I rolled it back",
    "I broke the problem down" (rel65: a failed project's story saying "shut the project down"
    and "never replaced the existing model" was read as saying no failure)."""
    if len(wanted) != 2 or wanted[1][0] not in _PARTICLES or wanted[0][0] in _SPLIT_CHANGES_SENSE:
        return []
    toks = index.tokens
    out = []
    for start, end in index.find_ordered(phrase, extra_gap=1):
        between = toks.words[start + 1 : end - 1]
        if not between or len(between) > 3 or toks.sentence_of[start] != toks.sentence_of[end - 1]:
            continue
        if between[0] in _OBJECT_PRONOUNS:
            if len(between) != 1:
                continue
        elif between[0] not in _OBJECT_OPENINGS or any(
            w in _CLAUSE_BREAK or w in _PARTICLES for w in between[1:]
        ):
            continue
        if _same_word(*wanted[0], toks.words[start], toks.stems[start], True) and _same_word(
            *wanted[1], toks.words[end - 1], toks.stems[end - 1], False
        ):
            out.append((start, end))
    return out


def _after_a_number_hyphen(tokens: Tokens, at: int) -> bool:
    """Is the word at ``at`` the second half of a word joined to a number by a hyphen ("a
    one-pager", "a two-week plan", "a three-way split")? Such a word names a document, a
    length or a kind of thing, not the phrase's word ("pager", "week", "way"; rel50)."""
    if at == 0:
        return False
    before = tokens.words[at - 1]
    return (before in NUMBER_WORDS or before.isdigit()) and hyphen_joined(tokens, at)


# Words before a figure's qualifier: "an estimated 2 percent", "the expected 30 minutes".
_FIGURE_LEADS = frozenset(("a", "an", "the", "some", "roughly", "about", "around"))


def _qualifies_a_figure(tokens: Tokens, span: tuple[int, int]) -> bool:
    """Is the one-word phrase at ``span`` a participle qualifying a figure, between an article
    and a number
    ("would cost us an estimated 2 percent in click-through", "the expected 30 minutes")? It says
    how the figure was reached, not the thing the word names elsewhere (set 57: an
    influence story was kept on "work that took longer than you estimated" by "an estimated 2
    percent")."""
    start, end = span
    if start == 0 or end >= len(tokens.words):
        return False
    if tokens.sentence_of[start - 1] != tokens.sentence_of[start] or (
        tokens.sentence_of[end] != tokens.sentence_of[start]
    ):
        return False
    # a participle only ("the wrong one" is a choice, and "one" there no number)
    after = tokens.words[end]
    return (
        tokens.words[start].endswith("ed")
        and tokens.words[start - 1] in _FIGURE_LEADS
        and (after[:1].isdigit() or (after in NUMBER_WORDS and after != "one"))
    )


# Verbs only a model does to what it is built for: "predict pump failures", "forecast delays".
_PREDICTING = word_set(
    """predict predicts predicted predicting forecast forecasts forecasted forecasting classify
    classifies classified classifying anticipate anticipates anticipated anticipating"""
)
# Words that end the noun phrase a verb or a count reaches: what follows is another clause.
_CLAUSE_BREAK = word_set(
    """and but or so because since while when where which that who whom whose then after before
    until if though although than as to was were is are be been it i we he she they you"""
)
# How many words may qualify the counted or predicted thing ("7 of 9 pump bearing failures").
_TARGET_REACH = 3


def _a_models_target(tokens: Tokens, at: int) -> bool:
    """Is the one-word phrase at ``at`` what the story's model predicts or scores, not the
    story's own event: the thing of a verb only a model does ("predict pump bearing failures",
    "forecast delivery delays"), or a share of such things ("caught 7 of 9 bearing failures",
    "flagged 40 percent of the bugs")? A failure, a delay or an error said so is the data's event
    (rel65: a creative story about hearing pump failures through phones was framed as a failed
    project by "failures" in its task and result). A count alone is no share ("I made two
    mistakes"), nor are my own ("two of my mistakes")."""
    first = tokens.sentences[tokens.sentence_of[at]].first_word
    k = at - 1
    while k >= first and at - k <= _TARGET_REACH + 1:
        word = tokens.words[k]
        if word in _PREDICTING:
            return True
        if word == "of" and k - 1 >= first and _a_share(tokens.words[k - 1], at - k):
            return True
        if word in _CLAUSE_BREAK or word in _MINE:
            return False
        k -= 1
    return False


_MINE = word_set("my our mine ours")


def _a_share(before_of: str, reach: int) -> bool:
    """Does ``before_of`` ("7", "percent", "half") open a share of the things ``reach`` words
    after its "of"?"""
    return reach <= _TARGET_REACH + 1 and (
        before_of[:1].isdigit() or before_of in ("percent", "half", "most", "all")
    )


# "went down" is an outage said of a system and a fall said of an amount ("tickets went down
# by a third", "complaints went down as well"): the amount's sense takes a measure after it.
_MOTION_VERBS = frozenset(("go", "goes", "going", "gone", "went", "come", "came", "comes"))
_AMOUNT_TURNS = frozenset(("down", "up"))
_MEASURE_AFTER = word_set(
    """by to from as too slightly sharply steadily significantly dramatically noticeably
    substantially considerably markedly further a lot accordingly"""
)


def _said_of_an_amount(tokens: Tokens, end: int) -> bool:
    """Is the motion phrase ending before ``end`` ("went down") followed, in its sentence, by a
    measure ("by a third", "to nine percent", "as well", "sharply"), as a change of an amount is?"""
    if end >= len(tokens.words) or tokens.sentence_of[end] != tokens.sentence_of[end - 1]:
        return False
    after = tokens.words[end]
    return after in _MEASURE_AFTER or after[:1].isdigit()


def _a_duty(tokens: Tokens, end: int) -> bool:
    """Is "on me" ending before ``end`` a duty to do something ("it was on me to tell them",
    "they were counting on me to ship it"), not a fault owned ("that one was on me")? Stories
    told for other questions say the duty far more often (rel64: 25 of 44 other questions'
    stories saying "on me" on the tuning half said "was on me to")."""
    return (
        end < len(tokens.words)
        and tokens.sentence_of[end] == tokens.sentence_of[end - 1]
        and tokens.words[end] == "to"
    )


# Words after "broke" that make it a problem taken apart, not something broken: "I broke the
# request path into stages", "broke the work up" ("broke down" is a machine failing).
_APART = frozenset(("into", "up", "apart"))


def _taken_apart(tokens: Tokens, end: int) -> bool:
    """Is the "broke" phrase ending before ``end`` a problem taken apart ("I broke the problem
    into three questions") rather than something broken? Read up to four
    words on in the sentence, as event_demand's incident kind reads it."""
    sentence = tokens.sentence_of[end - 1]
    after = tokens.words[end : end + 4]
    at = [k for k, w in enumerate(after, start=end) if tokens.sentence_of[k] == sentence]
    return any(tokens.words[k] in _APART for k in at)


# A business function's name that is also a thing's: "the design review", "my design", "sales
# per visit", "the holiday sale", "the finance database", "in our warehouse". A story says the
# function (people of another function, who act in it) only where the name stands for them.
# "Legal", "compliance" and "marketing" name the function even before a noun ("the legal
# review" is legal's review).
_FUNCTIONS = word_set(
    "design operations ops sales finance business warehouse product support partners"
)
# Heads that make a function's name a group of people ("the legal team", "sales reps").
_PEOPLE_HEADS = word_set(
    """team teams team's department departments group groups side people folks staff colleagues
    lead leads manager managers director directors head heads reps representatives analyst
    analysts engineer engineers person people's org organisation organization unit agents
    workers officer officers office counsel partner partners owner owners"""
)
# Words after a function's name that make it the subject of a verb ("sales wanted", "legal
# reviewed", "finance used it") or one of a list of parties ("legal and product", "with legal
# on the wording"): not a noun it modifies.
_AFTER_A_PARTY = word_set(
    """is are was were has have had wants needs uses plans asks says agrees likes gets keeps
    sends signs reviews owns will would could should can did does might must and or all both
    each also then now still too on about"""
)
# Words that open the next clause, and words after which a function named last in its clause
# is the people one deals with.
_CLAUSE_OPENERS = word_set("i we he she they it you")
_PARTNER_BEFORE = word_set("with from to for and")
# Words before a singular thing ("a design", "my design"), never before a function.
_THING_BEFORE = word_set("a an my your his her its this that which whose every each one")


# Verbs of asking, bringing in or working with people, after which a function's name is its
# people ("asked design", "brought in operations", "looped in legal").
_DEALING_VERBS = word_set(
    """ask asked asks asking consult consulted consulting involve involved involving bring
    brought bringing pull pulled loop looped rope roped invite invited brief briefed convince
    convinced persuade persuaded meet met call called contact contacted email emailed ping
    pinged told tell lobby lobbied"""
)
# Words that end the name's phrase: it modifies no noun ("with finance *to* rebuild").
_PHRASE_ENDS = word_set(
    """to for before after until on about in at by so because when while during since early
    late again first together directly closely"""
)


def _dealt_with(tokens: Tokens, at: int, before: str) -> bool:
    """Is the name at ``at`` said after "with", "from", or a verb of asking or bringing in?"""
    if before in ("with", "from") or before in _DEALING_VERBS:
        return True
    two = (
        tokens.words[at - 2]
        if at >= 2 and tokens.sentence_of[at - 2] == tokens.sentence_of[at]
        else ""
    )
    return before in ("in", "on") and two in _DEALING_VERBS  # "brought in", "looped in"


def _said_of_people(tokens: Tokens, at: int, word: str) -> bool:
    """Is the function name at ``at`` said of the people of that function (round 45, rel45)?
    It is when a head naming people follows it ("the finance team", "sales reps"), when it is
    the subject of a verb ("sales wanted", "finance used it") or one of a list of parties
    ("operations and product", "with finance on"), or ends its clause after "with", "from",
    "to", "for" or "and" ("I worked with finance."). A possessive ("finance's numbers"), a
    singular form of a plural name ("the holiday sale") and a name after "a", "my" or
    "which" ("my design") are things. Dev STAR sets (1185 relevant, 776 told for a
    neighbour): relevant not flagged 1122 -> 1125, off-question caught 619 -> 618."""
    said = tokens.words[at]
    if word.endswith("s") and not said.endswith("s"):
        return False
    nxt = tokens.words[at + 1] if at + 1 < len(tokens.words) else ""
    if nxt and tokens.sentence_of[at + 1] != tokens.sentence_of[at]:
        nxt = ""
    if nxt.removesuffix("'s") in _PEOPLE_HEADS:
        return True
    before = (
        tokens.words[at - 1] if at and tokens.sentence_of[at - 1] == tokens.sentence_of[at] else ""
    )
    if before in _THING_BEFORE or said.endswith("'s"):
        return False
    if not nxt or nxt in _CLAUSE_OPENERS:
        # "I worked with legal.", "with finance I set up": the people I deal with; "which
        # design we would commit to": a thing
        return before in _PARTNER_BEFORE
    if _dealt_with(tokens, at, before) and (nxt in _PHRASE_ENDS or nxt.endswith("ly")):
        # "partnered with finance to ...", "buy-in from product before ...", "asked design for
        # ...", "brought in operations early": the people I work with, ask or bring in (review
        # of e4775926); "with finance data" names a thing
        return not (before == "from" and nxt == "to")  # "from sales to revenue": a range
    if nxt in _AFTER_A_PARTY or nxt in _FUNCTIONS:
        return True
    return nxt.endswith("ed") and len(nxt) >= 4


def _same_word(word: str, wanted: str, said_word: str, said: str, led: bool = False) -> bool:
    """Is ``said_word`` (its stem ``said``) the phrase's ``word`` (its stem ``wanted``), a form
    of it, or a slip of it rather than another word of the bank's stories? A participle is said
    only as one: a project "cancelled" is no customer "cancellations"."""
    if word.endswith("ed") and said_word != word and not said_word.endswith("ed"):
        return led and _present_of(said_word, said, word, wanted)
    if word.endswith("ing") and not said_word.endswith(("ing", "ed")):
        return False
    if len(said_word) + _DERIVED_MIN <= len(word) and word.startswith(said_word):
        return False  # the word the phrase's word is made from: "person" is no "personality"
    if said == wanted:
        return True
    short, long_ = sorted((wanted, said), key=len)
    if long_.startswith(short) and long_[len(short) :] in DERIVATIONAL:
        return True
    if said_word in field_words() and not _same_family(said, wanted):
        return False
    return said_word not in story_words()


def _same_family(said: str, wanted: str) -> bool:
    """Is the longer stem the shorter one spelled on, from its end or from all but its last
    letter ("priorit", "prioriti"; "explain", "explan" of "explanation"): one word's family, not
    another word a letter away ("layer", "lawyer"; "complet", "complex", as long as each other)?"""
    short, long_ = sorted((said, wanted), key=len)
    return long_.startswith(short) or (len(long_) > len(short) and long_.startswith(short[:-1]))


@lru_cache(maxsize=1)
def field_words() -> frozenset[str]:
    """Every word of the shipped technical and case questions' prompts, rubrics and model
    answers (rel68): a word spelled right is no slip for another one letter away, and a story
    about an ML project says the field's words. "The attention layers" says no "lawyers" (for
    working with legal), "transactions" no "translate", "complete" no "complex"; a word of the
    asked word's own family ("prioritized" for "priority", "explanation" for "explain") is
    still that word."""
    from simulator.core.scoring.shipped_rubrics import shipped_questions
    from simulator.core.scoring.theme_match import rubric_text

    said: set[str] = set()
    for q in shipped_questions():
        said.update(words(f"{q.prompt} {q.model_answer} {rubric_text(q)}"))
    return frozenset(said)


# Letters a phrase's word adds to a word it is made from that make it another word ("person" +
# "ality", "critic" + "ism", "own" + "ership"); fewer are its inflections ("official" + "ly").
_DERIVED_MIN = 3


def _present_of(said_word: str, said: str, word: str, wanted: str) -> bool:
    """Is ``said_word`` the present tense of the past form ``word`` ("belongs", "belong" for
    "belonged"; "points" for "pointed")? Its stem is the past form's and it is no longer than
    it: a noun made from the verb is longer ("cancellations" is no "cancelled")."""
    if said != wanted or len(said_word) >= len(word):
        return False
    return said_word == said or said_word.endswith("s")


@lru_cache(maxsize=1)
def story_words() -> frozenset[str]:
    """Every word of the shipped behavioral questions' prompts, rubrics and model answers: a
    word among them is a word in its own right, no spelling slip."""
    from simulator.core.scoring.theme_match import rubric_text

    said: set[str] = set()
    for q in story_themes():
        said.update(words(f"{q.prompt} {q.model_answer} {rubric_text(q)}"))
    return frozenset(said)


@lru_cache(maxsize=4096)
def whole_phrase(text: str) -> Phrase:
    """An intent phrase with every word kept: "on time" must not match any "time"."""
    return Phrase(text, tuple(stem(w) for w in words(text)), None, False)


def sentences_saying(intent: Intent, tokens: Tokens, phrases: Sequence[str] = ()) -> set[int]:
    """The sentences (by number) that say one of ``intent``'s phrases (or of ``phrases``,
    a part of them, when given)."""
    index = index_of(tokens)
    said = phrases or intent.phrases
    return {tokens.sentence_of[span[0]] for text in said for span in said_at(index, text)}


def framing(intent: Intent, tokens: Tokens, labels: Sequence[str]) -> int:
    """How many situation, task or result sentences say one of ``intent``'s phrases."""
    said = sentences_saying(intent, tokens)
    return sum(1 for i in said if i < len(labels) and labels[i] in FRAMING_PARTS)


def framing_ways(intent: Intent, tokens: Tokens, labels: Sequence[str]) -> int:
    """Like ``framing``, but a theme frames a story only as often as it is said in different
    ways: "packed late", "the delays" and "late packing fell" are one topic of the story (late
    orders) said three times, not a story about a missed estimate three times over."""
    index = index_of(tokens)
    sentences: set[int] = set()
    ways: set[tuple[str, ...]] = set()
    for text in intent.phrases:
        for span in said_at(index, text):
            i = tokens.sentence_of[span[0]]
            if i < len(labels) and labels[i] in FRAMING_PARTS:
                sentences.add(i)
                ways.add(whole_phrase(text).stems)
    return min(len(sentences), len(ways))


# A phrase said by this share of the shipped technical and case model answers or more is the
# field's own vocabulary (``field_phrase``).
FIELD_SHARE = 0.08


@lru_cache(maxsize=4096)
def field_phrase(text: str) -> bool:
    """Do ``FIELD_SHARE`` or more of the shipped technical and case model answers say the phrase
    ("serving", "latency", "baseline", "a/b test", "instead")? Such a phrase is the vocabulary
    any machine-learning work is told in, whatever happened in it: it names no event of a
    story's own."""
    answers = _field_answers()
    return bool(answers) and sum(1 for a in answers if said_at(a, text)) >= FIELD_SHARE * len(
        answers
    )


@lru_cache(maxsize=1)
def _field_answers() -> tuple[AnswerIndex, ...]:
    from simulator.core.scoring.shipped_rubrics import shipped_questions
    from simulator.core.scoring.text import tokenize

    return tuple(AnswerIndex(tokenize(q.model_answer)) for q in shipped_questions())


@lru_cache(maxsize=8)
def index_of(tokens: Tokens) -> AnswerIndex:
    return AnswerIndex(tokens)


@lru_cache(maxsize=1)
def story_themes() -> tuple[Question, ...]:
    """The shipped behavioral questions with an intent: the themes a story can be about."""
    from simulator import paths

    bank = load_packs([paths.bundled_packs_dir() / "behavioral.yaml"])
    return tuple(q for q in bank.questions.values() if q.intent is not None)
