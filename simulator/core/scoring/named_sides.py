"""Named alternatives a model answer tells apart, swapped by an answer (wrong30, issue 9).

The fixed pairs (pair_sides.SWAP_PAIRS) and the prompt's own pairs (prompt_pairs.py) charge a
swap only for subjects someone listed, and only through key points whose label names a side.
A question's model answer names more alternatives than that: "Xavier or Glorot initialization
does this for tanh or sigmoid ... and He initialization ... to compensate for ReLU", "the
Poisson ... the exponential ...", a user's pack with no ``contradicted_by`` at all. This module
reads them off the model answer itself:

* **Names**: words the model answer writes as names (an inner capital or all capitals:
  "ReLU", "XGBoost", "PCA"; a capital inside a sentence: "Poisson", "Xavier"; a name that is
  also a small word, "He", is read with the word after it: "He initialization"), and the sides
  of the fixed and the prompt's pairs the model answer says ("bagging", "stemming").
* **What is said of each**: in a sentence, the words after a name belong to it until the next
  name; names joined only by "or", "and", "also called", "known as" share what follows ("Xavier
  or Glorot initialization ...", "LSTM or GRU cells both ..."). A word the model answer says of
  one name and never of the other is that name's own (specific words only: not the prompt's,
  no small or generic word, no name).
* **A swap**: the answer says a word that is one name's own of the other name, *and* a word
  that is the other's own of the first, each not denied or warned against, not said of it "too"
  or "also" (granted as well, not moved), not in a question,
  and neither word also said of its own name anywhere in the answer. Crossed both ways, not
  one stray word: a correct answer that mentions "tanh" after "He" in passing ("He, unlike
  Xavier's tanh setting, ...") is not charged unless it also moves one of He's words to Xavier.

* **Said of neither** (falseB34): a quantifier before its own noun ("you predict *few*
  positives") says how many of that noun, not a property of a name; the words of a clause that
  names no name and whose subject is a person ("I", "you", "we") are said of neither name. A
  correct precision-recall answer ("At a very high threshold you predict few positives, so
  recall is low and precision tends to be high") was charged '"few" said of recall' and scored 0.

The charge goes to the key point whose label and phrases share most words with the two names
and the moved words (none shared: no charge), as a contradiction (content.py costs it like
the other swaps).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.matching import QUALIFIERS
from simulator.core.scoring.pair_sides import SWAP_PAIRS, side_token_stems, spellings
from simulator.core.scoring.prompt_pairs import prompt_pairs, subject_pair
from simulator.core.scoring.rubric_pairs import Group, rubric_groups, stemmed
from simulator.core.scoring.stance import Stance, clause_ids, said_as_well
from simulator.core.scoring.swap_agents import another_agent, rubric_agents
from simulator.core.scoring.text import (
    CONNECTIVES,
    NEGATIONS,
    NUMBER_WORDS,
    STOPWORDS,
    Tokens,
    content_stems,
    hyphen_joined,
    split_sentences,
    stem,
    tokenize,
    word_set,
    words,
)

Name = tuple[str, ...]  # a name's stems
Owners = frozenset[int]  # the names (by index) a word is said of

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*")
# Words that never make a property of a name on their own; "times", "plus", "minus" say how a
# quantity is computed (charge56: a correct answer's "SGD costs order n *times* d per pass" was
# charged '"times" said of gradient descent, not closed form').
_PLAIN = frozenset(
    stem(w)
    for w in (
        STOPWORDS
        | CONNECTIVES
        | NEGATIONS
        | NUMBER_WORDS
        | QUALIFIERS
        | GENERIC_WORDS
        | frozenset(
            words(
                """high low large small big more less most least better worse best worst good bad
                use uses used using called known also often usually mainly mostly each every
                both either other others way ways thing things kind kinds case cases example
                instance like such similar different same one two three first second
                times plus minus"""
            )
        )
    )
)
# Between two names, these only say they are one subject or listed together.
_JOINING = frozenset(("or", "and", "also", "called", "known", "as", "aka"))
_ALIAS_WORDS = frozenset(("called", "known", "aka"))


def _mid_sentence_capitals(texts: tuple[str, ...]) -> frozenset[str]:
    """The words the texts write with a capital inside a sentence."""
    return frozenset(
        m.group(0)
        for text in texts
        for sentence in split_sentences(text)
        for n, m in enumerate(_TOKEN.finditer(sentence))
        if n > 0 and m.group(0)[0].isupper()
    )


def _name_words(model_answer: str, inside: frozenset[str] = frozenset()) -> set[Name]:
    """The names a text writes with capitals (see the module docstring); ``inside``: words
    the question writes with a capital inside a sentence elsewhere (its prompt, its labels)."""
    out: set[Name] = set()
    inside = inside | _mid_sentence_capitals((model_answer,))
    for sentence in split_sentences(model_answer):
        tokens = list(_TOKEN.finditer(sentence))
        for n, m in enumerate(tokens):
            text = m.group(0)
            letters = text.replace("-", "").replace("'", "")
            inner = any(c.isupper() for c in letters[1:])
            # a capital inside a sentence; opening one, a word the model answer also writes
            # with a capital inside one, or that "or" joins to a name ("Xavier or Glorot")
            capital = text[0].isupper() and (
                n > 0
                or text in inside
                or (
                    len(tokens) > 2
                    and tokens[1].group(0) == "or"
                    and tokens[2].group(0)[0].isupper()
                )
            )
            if not (inner or capital) or len(letters) < 2:
                continue
            ws = words(text)
            if not ws:
                continue
            if all(w in STOPWORDS for w in ws):
                # "He initialization": a small word is a name only with the word after it
                nxt = words(tokens[n + 1].group(0)) if n + 1 < len(tokens) else []
                if not nxt or nxt[0] in STOPWORDS or nxt[0] in _JOINING:
                    continue
                ws = [*ws, nxt[0]]
            out.add(tuple(stem(w) for w in ws))
    return out


# A word before a name that opens a clause of its own about it.
_NEW_CLAUSE = frozenset(("and", "or", "while", "whereas", "but", "then", "unlike", "so"))
# (claims37: "behind a REST endpoint", "within", "through", "across", "at", "per" as well:
# "puts the model behind a REST or gRPC endpoint" gave REST the online serving's words)
_PREPOSITIONS = word_set(
    "for with to of on by from in than like about into via against over under behind within"
    " through across at per without onto inside beyond"
)


def _object(ws: tuple[str, ...], i: int, first: int) -> bool:
    """The word at ``i`` follows a preposition (an article between): it is what the clause
    says of its subject, not a new subject."""
    j = i - 1
    if j >= first and ws[j] in ("a", "an", "the"):
        j -= 1
    return j >= first and ws[j] in _PREPOSITIONS


def _said(stems: tuple[str, ...], name: Name) -> bool:
    return any(stems[i : i + len(name)] == name for i in range(len(stems) - len(name) + 1))


# A key point label that gives each of two names its own use: "Poisson for event counts per
# interval, exponential for waiting times", "He or Kaiming for ReLU".
_LABEL_PART = re.compile(r"[,;]|\bwhile\b|\bwhereas\b")
_LABEL_NAME = re.compile(r"^\s*(?:and |but )?([A-Za-z][\w\-]*(?: or [A-Za-z][\w\-]*)?) for ")


def _label_names(labels: tuple[str, ...]) -> set[Name]:
    """Names a label's parts open with before "for" (two parts or more doing so)."""
    out: set[Name] = set()
    for label in labels:
        found = [m.group(1) for m in map(_LABEL_NAME.match, _LABEL_PART.split(label)) if m]
        if len(found) >= 2:
            for part in found:
                for name in part.split(" or "):
                    ws = words(name)
                    if ws and not all(w in STOPWORDS for w in ws):
                        out.add(tuple(stem(w) for w in ws))
    return out


def _spelled_out(acronym: str, text: str) -> tuple[str, ...] | None:
    """The words whose initials spell an acronym ("ICE": "individual conditional
    expectation", "MNAR": "missing not at random"), when the text says them in a row, the
    first and the last no small word."""
    ws = words(text)
    n = len(acronym)
    for i in range(len(ws) - n + 1):
        run = ws[i : i + n]
        if "".join(w[0] for w in run) == acronym and not {run[0], run[-1]} & STOPWORDS:
            return tuple(stem(w) for w in run)
    return None


# Where a clause opens on a subject of its own inside a sentence ("..., and the item tower
# turns ...", "... while the query tower runs ...", "; the outer loop ...").
_CLAUSE_OPENING = re.compile(r",\s*(?:and|but|while|whereas)\s+|;\s*|\s(?:while|whereas)\s+", re.I)
_ARTICLES = frozenset(("the", "a", "an"))


def _clause_openings(sentence: str) -> list[list[str]]:
    """The words of each clause of a sentence that opens on its own subject, an article
    before it dropped: a sentence's first clause, and one after ", and", "while", "whereas",
    ";" whose subject is named with an article ("..., and the item tower ...", wrong34); a
    bare word there ("..., and overfitting ...") may be what the clause before goes on about."""
    parts = _CLAUSE_OPENING.split(sentence)
    first = words(parts[0])
    out = [first[1:] if first and first[0] in _ARTICLES else first]
    for part in parts[1:]:
        ws = words(part)
        if ws and ws[0] in _ARTICLES:
            out.append(ws[1:])
    return out


def _parallel_subjects(model_answer: str) -> set[Name]:
    """Clauses opening on one word and a head they share ("*Stratified* k-fold keeps ...",
    "*Group* k-fold keeps ..."; "*the query* tower turns ..., and *the item* tower turns
    ..."): each opening word with the head names an alternative. Names the model answer alone
    tells apart, whatever the prompt and the labels say (wrong34)."""
    heads: dict[tuple[str, ...], set[str]] = {}
    openings = [
        ws for sentence in split_sentences(model_answer) for ws in _clause_openings(sentence)
    ]
    for ws in openings:
        if len(ws) < 4 or ws[0] in STOPWORDS or stem(ws[0]) in _PLAIN:
            continue
        for size in (1, 2):
            head = tuple(stem(w) for w in ws[1 : 1 + size])
            if not any(h in STOPWORDS or h in _PLAIN for h in head):
                heads.setdefault(head, set()).add(stem(ws[0]))
    return {
        (first, *head) for head, firsts in heads.items() if len(firsts) >= 2 for first in firsts
    }


# Two things the model answer sets against each other by name: "balances *exploration and
# exploitation*", "*a query tower and an item tower*" (two heads the same). An answer can swap
# them as it can the prompt's pairs (wrong34). Not "between X and Y": "the relationship
# between inputs and target" relates two things, it does not set them apart (dev_probe26).
_SET_AGAINST = re.compile(
    r"\b(?:balances?|balancing|trades? off|trading off)\s+(?:the\s+)?([a-z][a-z-]+)\s+"
    r"(?:and|against|with)\s+(?:the\s+)?([a-z][a-z-]+)\b",
    re.I,
)
_SAME_HEAD = re.compile(
    r"\b(?:an?|the)\s+([a-z][a-z-]+)\s+([a-z][a-z-]+)\s+and\s+(?:an?|the)\s+([a-z][a-z-]+)\s+\2\b",
    re.I,
)


def _set_against(model_answer: str) -> set[Name]:
    """The two sides the model answer sets against each other by name (``_SET_AGAINST``,
    ``_SAME_HEAD``), each a specific word (with the head they share)."""
    out: set[Name] = set()
    for m in _SET_AGAINST.finditer(model_answer):
        sides = [stem(m.group(1).lower()), stem(m.group(2).lower())]
        if sides[0] != sides[1] and not any(x in _PLAIN or len(x) < 4 for x in sides):
            out.update((x,) for x in sides)
    for m in _SAME_HEAD.finditer(model_answer):
        first, head, second = (stem(m.group(n).lower()) for n in (1, 2, 3))
        if first != second and not {first, second, head} & _PLAIN:
            out.update(((first, head), (second, head)))
    return out


def _names(
    question_prompt: str,
    model_answer: str,
    labels: tuple[str, ...] = (),
    groups: tuple[Group, ...] = (),
) -> tuple[tuple[Name, ...], ...]:
    """Each name as the ways of saying it: a capitalised name alone (an acronym with the words
    it stands for), a pair's side with its terms."""
    return _named(question_prompt, model_answer, labels, groups)[0]


@lru_cache(maxsize=256)
def _named(
    question_prompt: str,
    model_answer: str,
    labels: tuple[str, ...] = (),
    rubric: tuple[Group, ...] = (),
) -> tuple[tuple[tuple[Name, ...], ...], tuple[int, ...]]:
    """The names, and the kind of each: a pair's sides share the pair's number (only the two
    sides of one pair are alternatives), every written name is of kind -1 (any two are).
    ``rubric``: alternatives the rubric sets against each other (rubric_pairs.py), each group's
    sides of one kind."""
    read = tokenize(model_answer)
    stems = read.stems
    # a pair's name as the model answer names a side: not as a verb ("its coefficient is
    # *biased*", pair_sides._verb_use)
    side_stems = side_token_stems(read, 0, len(read.words))
    groups: list[tuple[Name, ...]] = []
    kinds: list[int] = []
    pairs = (*SWAP_PAIRS, *(p for p in prompt_pairs(question_prompt) if subject_pair(p)))
    for n, pair in enumerate(pairs):
        # a pair both of whose sides the model answer says
        sides = [
            tuple(
                t
                for t in (tuple(stem(w) for w in words(x)) for x in side)
                if t and _said(side_stems, t)
            )
            for side in pair
        ]
        if all(sides) and not any(side in groups for side in sides):
            groups.extend(sides)
            kinds.extend((n, n))
    for n, group in enumerate(rubric, len(pairs)):
        said = [tuple(t for t in stemmed(side) if t and _said(stems, t)) for side in group]
        said = [side for side in said if side]
        taken = {t for g in groups for t in g}
        if len(said) >= 2 and not any(t in taken for side in said for t in side):
            groups.extend(said)
            kinds.extend([n] * len(said))
    known = {t for g in groups for t in g}
    inside = _mid_sentence_capitals((question_prompt, model_answer, *labels))
    found = _name_words(model_answer, inside) | _label_names(labels)
    found |= _parallel_subjects(model_answer) | _set_against(model_answer)
    for label in labels:
        found |= _name_words(label, inside)
    everything = " ".join((question_prompt, model_answer, *labels))
    for name in sorted(found):
        if name in known or all(s in _PLAIN for s in name):
            continue
        # the name only where the model answer says it (or the words it stands for)
        long = (
            _spelled_out(name[0], everything) if len(name) == 1 and 2 <= len(name[0]) <= 5 else None
        )
        ways: tuple[Name, ...] = (name,) if long is None else (name, long)
        terms = tuple(t for t in ways if _said(stems, t))
        if terms:
            groups.append(terms)
            kinds.append(-1)
            known.update(terms)
    return tuple(groups), tuple(kinds)


def _stem_places(stems: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each stem stands, in order: a name is looked for only where its first word is
    (every name tried at every word of a 10,000-word answer took a tenth of its scoring: perf42)."""
    places: dict[str, list[int]] = {}
    for i, s in enumerate(stems):
        places.setdefault(s, []).append(i)
    return places


def _places(stems: tuple[str, ...], places: dict[str, list[int]], name: Name) -> list[int]:
    """Where ``name`` starts in ``stems``, in order (``places``: ``_stem_places(stems)``)."""
    if not name:
        return list(range(len(stems) + 1))
    n = len(name)
    return [i for i in places.get(name[0], ()) if stems[i : i + n] == name]


def _owners(
    tokens: Tokens,
    names: tuple[tuple[Name, ...], ...],
    granted: bool = False,
    places: dict[str, list[int]] | None = None,
) -> list[Owners | None]:
    """For each word of the text, the names it is said of (None: no name before it in its
    sentence, or a name's own word). ``granted``: read as generously as a grant to a name
    may be (false35): the words of a clause whose subject is a person are said of the
    sentence's name too, and a sentence naming no name goes on speaking of the name the
    sentence before it spoke of last ("For data drift, check whether it hurts; if it does,
    retrain on recent data")."""
    stems = tokens.stems
    if places is None:
        places = _stem_places(stems)
    at: dict[int, tuple[int, int]] = {}  # start -> (end, name index)
    for g, terms in enumerate(names):
        for term in terms:
            for i in _places(stems, places, term):
                end = i + len(term)
                if i not in at or at[i][0] < end:
                    at[i] = (end, g)
    out: list[Owners | None] = [None] * len(stems)
    carried: Owners | None = None
    # where names start, in order: each sentence looks up its own (looking through every
    # name of the answer for each sentence was quadratic in a long answer: perf39)
    starts = sorted(at)
    for sentence in tokens.sentences:
        clauses = clause_ids(sentence)
        owner_clause = -1
        owners: Owners | None = None
        lo = bisect_left(starts, sentence.first_word)
        hi = bisect_left(starts, sentence.last_word, lo)
        if granted and lo == hi:
            for j in range(sentence.first_word, sentence.last_word):
                out[j] = carried
            continue
        last_end = -1
        i = sentence.first_word
        while i < sentence.last_word:
            if i in at:
                end, g = at[i]
                gap = tokens.words[last_end:i] if last_end >= 0 else ()
                joined = owners is not None and len(gap) <= 3 and all(w in _JOINING for w in gap)
                alias = (
                    owners is not None
                    and len(gap) <= 3
                    and bool(_ALIAS_WORDS & set(gap))
                    and sum(w not in _JOINING for w in gap) <= 1
                )
                if (joined or alias) and owners is not None:
                    owners = owners | {g}
                else:
                    if owners is not None and (
                        _object(tokens.words, i, sentence.first_word)
                        or (
                            clauses[i - sentence.first_word] == owner_clause
                            and tokens.words[i - 1] not in _NEW_CLAUSE
                        )
                    ):
                        # a name after a preposition, or inside the clause of the name before
                        # it, is said of that one, which the clause goes on speaking of
                        # ("Glorot initialization targets ReLU networks", "He
                        # initialization ... to compensate for
                        # ReLU zeroing half its inputs", "they use attention instead of
                        # recurrence, so they can process ... in parallel")
                        for j in range(i, end):
                            out[j] = owners
                        i = last_end = end
                        continue
                    owners = frozenset({g})
                    owner_clause = clauses[i - sentence.first_word]
                if last_end < 0:
                    # the words before a sentence's first name are said of it ("For counts of
                    # events per interval, I would use the Poisson")
                    for j in range(sentence.first_word, i):
                        out[j] = owners
                i, last_end = end, end
                continue
            out[i] = owners
            i += 1
        carried = owners
        if not granted:
            _neither(
                tokens, sentence.first_word, sentence.last_word, clauses, at, starts[lo:hi], out
            )
    return out


# A quantifier before its own noun says how many of that noun ("you predict *few* positives"),
# not a property of a name (falseB34).
_QUANTIFIERS = word_set("few fewer fewest many several numerous much little lots plenty")
# A clause whose subject is a person is about what someone does, not about a name ("*you
# predict few positives*, so recall is low").
_PEOPLE = word_set("i you we")
_PEOPLE_WOULD = word_set("i'd we'd you'd i'll we'll you'll i've we've")
_GOING_ON = word_set("then")


def _neither(
    tokens: Tokens,
    first: int,
    last: int,
    clauses: tuple[int, ...],
    at: dict[int, tuple[int, int]],
    starts: list[int],
    out: list[Owners | None],
) -> None:
    """Words of a sentence said of neither name: a quantifier before its own noun, and the
    words of a clause that names none and whose subject is a person (falseB34). ``starts``:
    where the sentence's names start."""
    ws = tokens.words
    named: set[int] = set()
    for start in starts:
        named.update(clauses[j - first] for j in range(start, min(at[start][0], last)))
    # each clause to clear found first, then cleared in one pass (not once per person word)
    unnamed = {
        c for j in range(first, last) if (c := clauses[j - first]) not in named and ws[j] in _PEOPLE
    }
    # ... and a later clause, naming none, that goes on with the acts of the person the
    # sentence opens on ("*I'd* run OCR on the photos, use the text layer for native PDFs,
    # *then apply* a document extraction service": charge53, dev_blind44pack's correct partial
    # was charged '"document" said of pdfs')
    if first < last and ws[first] in _PEOPLE | _PEOPLE_WOULD:
        for j in range(first + 1, last - 1):
            c = clauses[j - first]
            if c != clauses[j - 1 - first] and c not in named and ws[j] in _GOING_ON:
                unnamed.add(c)
    if unnamed:
        for k in range(first, last):
            if clauses[k - first] in unnamed:
                out[k] = None
    for j in range(first, last - 1):
        if (
            ws[j] in _QUANTIFIERS
            and ws[j + 1] not in STOPWORDS
            and j + 1 not in at
            and clauses[j + 1 - first] == clauses[j - first]
        ):
            out[j] = None


@lru_cache(maxsize=256)
def _own_words(
    question_prompt: str,
    model_answer: str,
    labels: tuple[str, ...] = (),
    groups: tuple[Group, ...] = (),
) -> dict[int, frozenset[str]]:
    """The words the model answer says of each name and of no other it names."""
    names = _names(question_prompt, model_answer, labels, groups)
    tokens = tokenize(model_answer)
    owners = _owners(tokens, names)
    prompt = {stem(w) for w in words(question_prompt)}
    # each word with the names it is said of, every time: a name's own word is said of it
    # every time (of it alone, or with names joined to it: "Xavier or Glorot ... tanh")
    with_: dict[str, Owners] = {}
    for s, who in zip(tokens.stems, owners, strict=True):
        if who is None or s in _PLAIN or s in prompt or len(s) < 3:
            continue
        with_[s] = with_[s] & who if s in with_ else who
    said: dict[int, set[str]] = {}
    for s, who in with_.items():
        for g in who:
            if not any(s in t for t in names[g]):
                said.setdefault(g, set()).add(s)
    return {g: frozenset(ws) for g, ws in said.items()}


def crossed(question: Question, tokens: Tokens, stance: Stance) -> dict[int, tuple[str, str]]:
    """Key points (by index) two named alternatives of whose the answer swaps both ways, with
    the claim as the feedback names it and the sentence that said it."""
    labels = tuple(kp.label for kp in question.key_points)
    groups = rubric_groups(
        tuple((kp.label, tuple(kp.contradicted_by)) for kp in question.key_points)
    )
    own = _own_words(question.prompt, question.model_answer, labels, groups)
    if len(own) < 2:
        return {}
    names, kinds = _named(question.prompt, question.model_answer, labels, groups)
    # each name as an answer may spell it too ("kmeans", "lstms")
    names = tuple(tuple(dict.fromkeys(v for t in g for v in spellings(t))) for g in names)
    places = _stem_places(tokens.stems)
    owners = _owners(tokens, names, places=places)
    rubric = _rubric_words(question)
    # where each name's own words are said of it, and of another; a word the answer grants
    # its own name anywhere, read generously, is granted to both, not moved (false35: a
    # correct drift answer said "recent" of data drift in a clause whose subject is "I" and
    # of concept drift too, and was charged '"recent" said of concept drift' and scored 0)
    # (unless the answer denies it there: "data drift needs no recent labels")
    right: dict[int, set[str]] = {}
    granted = _owners(tokens, names, granted=True, places=places)
    for pos, (s, who) in enumerate(zip(tokens.stems, granted, strict=True)):
        for g in who or ():
            if s in own.get(g, frozenset()) and not stance.negated((pos, pos + 1)):
                right.setdefault(g, set()).add(s)
    every_name = frozenset(x for g in names for t in g for x in t)
    at = [[i for t in g for i in _places(tokens.stems, places, t)] for g in names]
    right_in: set[tuple[int, int]] = set()  # (name, sentence) where its own word is said of it
    moved: dict[tuple[int, int], list[int]] = {}  # (owner of the word, said of) -> positions
    for pos, (s, who) in enumerate(zip(tokens.stems, owners, strict=True)):
        if who is None:
            continue
        sentence = tokens.sentences[tokens.sentence_of[pos]]
        if sentence.text.rstrip().endswith("?"):
            continue
        for g, ws in own.items():
            if s not in ws:
                continue
            if g in who:
                right.setdefault(g, set()).add(s)
                right_in.add((g, sentence.index))
            elif (
                not stance.negated((pos, pos + 1))
                and not stance.warned((pos, pos + 1))
                # "Large decoders can classify *too*": the word is granted to the other name
                # as well, not moved to it (as contradiction.py's swaps read it)
                and not said_as_well(tokens, (pos, pos + 1))
                # "*RoPE-based* models": a compound naming a kind of thing by a name (a name
                # written with a hyphen, "write-through", and "high-dimensional" are still read)
                and not (
                    hyphen_joined(tokens, pos)
                    and s not in every_name
                    and tokens.stems[pos - 1] in every_name
                )
            ):
                for other in who:
                    # "More data *lowers* variance" is no move of the model answer's "(increasing
                    # complexity) lowers bias": another agent does it (claims41)
                    agents = rubric_agents((question.model_answer, *labels), (s,), every_name)
                    if another_agent(tokens, (pos, pos + 1), at[other], agents, every_name):
                        continue
                    moved.setdefault((g, other), []).append(pos)
    found: dict[int, tuple[str, str]] = {}
    for (a, b), there in moved.items():
        if a > b or (b, a) not in moved or kinds[a] != kinds[b]:
            continue  # two sides of one pair, or two written names
        # a word moved: never said of its own name in the answer, a word the other name does
        # not own as well ("BERT and GPT suit ..."), in a sentence that says none of the
        # receiving name's own words of it ("L2 shrinks ... toward zero and handles correlated
        # features better" tells L2 right, with a word the model answer gives L1)
        a_to_b = [
            p
            for p in there
            if tokens.stems[p] not in right.get(a, set()) | own.get(b, frozenset())
            and (b, tokens.sentence_of[p]) not in right_in
        ]
        b_to_a = [
            p
            for p in moved[(b, a)]
            if tokens.stems[p] not in right.get(b, set()) | own.get(a, frozenset())
            and (a, tokens.sentence_of[p]) not in right_in
        ]
        if not a_to_b or not b_to_a:
            continue
        # one of them a word the rubric's key points say: what matters, not any word
        if not any(tokens.stems[p] in rubric for p in a_to_b + b_to_a):
            continue
        k = _key_point(question, names[a] + names[b], [tokens.stems[p] for p in a_to_b + b_to_a])
        if k is None or k in found:
            continue
        p = a_to_b[0]
        claim = f'"{tokens.words[p]}" said of {_shown(tokens, b, names)}, not '
        claim += _shown(tokens, a, names)
        found[k] = (claim, tokens.sentences[tokens.sentence_of[p]].text)
    return found


@lru_cache(maxsize=256)
def _rubric_words_of(texts: tuple[str, ...]) -> frozenset[str]:
    return content_stems(texts)


def _rubric_words(question: Question) -> frozenset[str]:
    """The stems of the key points' labels and phrases."""
    return _rubric_words_of(tuple(t for kp in question.key_points for t in (kp.label, *kp.phrases)))


def _shown(tokens: Tokens, g: int, names: tuple[tuple[Name, ...], ...]) -> str:
    """The name as the answer wrote it (its first mention)."""
    stems = tokens.stems
    for term in names[g]:
        for i in range(len(stems) - len(term) + 1):
            if stems[i : i + len(term)] == term:
                return " ".join(tokens.words[i : i + len(term)])
    return " ".join(names[g][0])


def _key_point(question: Question, names: tuple[Name, ...], moved: list[str]) -> int | None:
    """The key point whose label and phrases share most words with the names and the moved
    words (at least one)."""
    wanted = {s for n in names for s in n} | set(moved)
    best, best_k = 0, None
    for k, kp in enumerate(question.key_points):
        said = _rubric_words_of((kp.label, *kp.phrases))
        n = len(wanted & said)
        if n > best:
            best, best_k = n, k
    return best_k


def alternatives(question: Question) -> tuple[tuple[tuple[Name, ...], ...], tuple[int, ...]]:
    """The named alternatives of a question's rubric, each as the ways of saying it, and the
    kind of each: two names of one kind (>= 0) are the sides of one pair or group, any two
    written names (kind -1) are alternatives (substituted_terms.py reads them too)."""
    labels = tuple(kp.label for kp in question.key_points)
    groups = rubric_groups(
        tuple((kp.label, tuple(kp.contradicted_by)) for kp in question.key_points)
    )
    return _named(question.prompt, question.model_answer, labels, groups)
