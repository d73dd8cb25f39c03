"""Tokens, stems and sentences: the shared ground every scorer stands on.

Answers arrive typed or from speech recognition, so the helpers here are forgiving about how
words are spelled: British and American spellings fold together, hyphens split words, and the
Snowball stemmer maps "overfitting" and "overfit" to the same stem.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import snowballstemmer

from simulator.core.scoring.formula_words import spell_formulas

# A Snowball stemmer keeps the word it is stemming inside itself, so two threads sharing one
# corrupt each other's word (IndexError): answers are scored on several workers at once.
_STEMMERS = threading.local()
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Sentence ends: . ! ? ; or a line break. A decimal point ("0.5") is not an end. Closing quotes
# and brackets after the mark belong to the sentence they close: 'She said, "No." I asked why.'
# was one sentence with the next (round 33: every STAR story with a quoted sentence lost its
# labels from the quote on).
# A quote closed mid-sentence ('He said "no." and left') ends nothing.
_SENTENCE_END_RE = re.compile(r"[.!?;]+(?:[\"'\u201d\u2019)\]]+(?!\s+[a-z]))?(?=\s|$)|\n+")
# A full stop typed with no space before the next sentence ("I added a check.As a result the
# alerts stopped"): a mark right after a lowercase word, a number or a bracket and right before a
# capital. The old ends needed a space, so such a story was one sentence and its Result was
# reported missing (ux43, seen in the real window). ``_glued_end`` rules out what is not an end
# there: "e.g.Spark", a file or module name ("config_v2.Yaml", "torch.Tensor", "pd.DataFrame").
_GLUED_END_RE = re.compile(r"(?<=[a-z0-9%)\]])[.!?]+(?=[A-Z])")
# Abbreviations whose full stop never ends a sentence ("e.g. the loss", "A vs. B", "Dr. Lee"),
# and those that end one only before a capital ("in the U.S. tax season" goes on, "... the U.S.
# The model ..." does not). Both were cut as ends: "(e.g." was a sentence of its own.
_NEVER_FINAL = frozenset(["e.g", "i.e", "a.k.a", "cf", "vs", "viz"])
# Titles, written capitalised: "Ms. Lee", never "four hundred ms. We dropped it".
_TITLES = frozenset(["Mr", "Mrs", "Ms", "Dr", "Prof"])
_SOMETIMES_FINAL = frozenset(["etc", "approx", "incl"])
_DOTTED_LETTERS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
# A figure with a decimal point, a unit or a percent after it ("0.91", "12.5%", "3.2x", "$1.5m",
# "1.25ms"): its point is no file or module name's, so a stop glued after it ends a sentence
# ("AUC rose to 0.91.Then we shipped it": results are where such figures are).
_DECIMAL_RE = re.compile(r"[$\u20ac\u00a3]?\d[\d,]*\.\d+(?:%|[a-z]{1,3})?")
# Names a module is imported as, written before a capitalised class ("nn.Module", "np.NaN").
_CODE_NAMES = frozenset(
    [
        "np",
        "pd",
        "nn",
        "tf",
        "plt",
        "sns",
        "torch",
        "sklearn",
        "keras",
        "os",
        "sys",
        "jax",
        "jnp",
        "scipy",
    ]
)
_OPENING_MARKS = "([{\"'\u201c\u2018"
# Characters that are not seen and carry no letter: the soft hyphen, zero-width spaces and
# joiners, direction marks, bidi embeddings, overrides and isolates, invisible operators, the
# byte-order mark. Text pasted from a PDF or a web page carries them inside words ("regular\u00ad
# ization"), and the word pattern split the word there: a model answer so pasted scored 100 -> 24
# (116 of 159 model answers lower). Scoring reads the text without them; what is stored and shown
# keeps them (shown as tags: core/reordering.py).
_INVISIBLE = dict.fromkeys(
    [0x00AD, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065)]
    + [*range(0x2066, 0x206A), 0xFEFF]
)
# Speech recognisers sometimes return long unpunctuated runs; past this many words a
# "sentence" is cut so evidence and STAR labels stay local.
MAX_SENTENCE_WORDS = 40


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, to keep long word lists compact."""
    return frozenset(text.split())


STOPWORDS = word_set(
    """a an the and or but of to in on at for with by from as into onto about over under
    is are was were be been being am do does did doing has have had having
    i me my mine we us our ours you your yours he him his she her it its they them their
    this that these those there here what which who whom whose
    will would shall should can could may might must
    so then than very just also really quite
    if when while where how why because"""
)

# "'s" (is/has), "'re" (are), "'ll" (will), "'ve" (have), "'d" (would/had): the verbs English
# contracts onto the word before them
CONTRACTED_VERBS = ("'s", "'re", "'ll", "'ve", "'d")

# Words that tie a named term into an explanation ("X means ...", "because ...", "so it ...").
# A bare list of keywords has almost none of them. "equals" is an equation's "is": a formula
# typed "... plus 1) = 18,496" reads "... plus 1 equals 18 496" (formula_words.py).
CONNECTIVES = word_set(
    """is are was were be been being equals means mean meaning meant because so when if which that
    it its it's this you your we they to by of the a an can could will would does do did doing
    make makes made cause causes caused than too how why where then since while whereas instead
    each every our their there has have had gets get getting lets let into on for with from
    not no more less most least until unless same different"""
) | frozenset(
    # "that's" is "that is", "they're" is "they are": a pronoun and the verb after it, both
    # connecting words, are one token here (only "n't" is split off), so the contraction is one too
    pronoun + tail
    for pronoun in word_set("it that there this they we you")
    for tail in CONTRACTED_VERBS
)

NEGATIONS = word_set(
    """not no never nor neither cannot can't don't doesn't didn't isn't aren't wasn't weren't
    won't wouldn't shouldn't myth misconception wrong mistake false untrue incorrect"""
)

NUMBER_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred thousand million billion percent half
    double doubled twice triple tripled quarter third"""
)


def _fold_spelling(word: str) -> str:
    """British to American spelling, so "regularisation" and "regularization" agree."""
    if len(word) > 5:
        for brit, amer in (
            ("isation", "ization"),
            ("ising", "izing"),
            ("ised", "ized"),
            ("ises", "izes"),
            ("our", "or"),
            ("ise", "ize"),
            ("yse", "yze"),
            ("elled", "eled"),
            ("elling", "eling"),
        ):
            if word.endswith(brit):
                return word[: -len(brit)] + amer
    return word


# Whole numbers said in digits stem as their words: a transcript or a typed answer says "17
# percent" where a rubric says "seventeen percent" (a strong Bayes answer missed its result,
# strong27). Only numbers of one word.
NUMBER_NAMES = """zero one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety"""
_DIGITS = dict(
    zip(
        [str(n) for n in range(21)] + [str(n) for n in range(30, 100, 10)],
        NUMBER_NAMES.split(),
        strict=True,
    )
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower()
    word = _DIGITS.get(word, word)
    if "'" in word:
        base, _, suffix = word.partition("'")
        if suffix == "t":  # keep negated contractions whole ("don't")
            return word
        word = base  # drop possessives and other clitics ("model's", "we've")
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    return str(stemmer.stemWord(_fold_spelling(word)))


# Texts up to this long (a sentence, a clause, a rubric's phrase) are worded once: the checks
# read the same sentence again and again (a 10,000-word answer: 20,577 calls for 1,395
# distinct texts, a tenth of its scoring, perf42). A whole answer is not kept.
_REMEMBERED_CHARS = 2_000


def words(text: str) -> list[str]:
    """Lower-case word tokens; hyphens and slashes split ("k-fold" -> "k", "fold")."""
    if len(text) <= _REMEMBERED_CHARS:
        return list(_remembered_words(text))
    return _words(text)


@lru_cache(maxsize=2048)
def _remembered_words(text: str) -> tuple[str, ...]:
    return tuple(_words(text))


def _words(text: str) -> list[str]:
    out: list[str] = []
    text = spell_formulas(text.translate(_INVISIBLE))
    text = text.lower().replace("\u2019", "'").replace("%", " percent ")
    for w in _WORD_RE.findall(text):
        if w.endswith("n't"):
            # "doesn't" -> "does not", so a phrase with "does not" matches either way
            head = {"can't": "can", "won't": "will", "shan't": "shall"}.get(w, w[:-3])
            out.extend((head, "not"))
        else:
            out.append(w)
    return out


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    first_word: int  # index of its first token in the answer's token list
    word_count: int
    # Did a line break end it? A line with no end mark is a line of notes, a sentence of its
    # own, not a piece cut from a longer one (structure._goes_on, star69n).
    ends_line: bool = False
    # What checks derive from the sentence alone (its clause ids), kept with it: a cache of a
    # fixed size keyed by sentences is emptied over and over by an answer of more sentences
    # than it holds, and every check then derives them again (perf39). Not part of its value.
    derived: dict[str, Any] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False
    )

    @property
    def last_word(self) -> int:
        return self.first_word + self.word_count  # exclusive


@dataclass(frozen=True)
class Tokens:
    """An answer as parallel lists: words, stems, and which sentence each word is in."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    sentence_of: tuple[int, ...]
    sentences: tuple[Sentence, ...]

    def __len__(self) -> int:
        return len(self.words)

    def position_in(self, sentence: Sentence, phrase: str) -> int | None:
        """Where ``phrase``'s first word first stands in ``sentence``, or None: the place a
        claim read from the sentence's text is checked for a warning or a denial."""
        head = phrase.split()[0].lower()
        span = range(sentence.first_word, sentence.last_word)
        return next((p for p in span if self.words[p] == head), None)


# How far back a full stop's word is looked for: a written word is shorter, and a run with no
# space longer than this (a pasted log, minified JSON, a list of URLs) is no word whose stop ends
# a sentence. Unbounded, every glued stop of such a run read it back to its start: a 198,000-
# character answer took 2.3 s to split (review of e46bdac0).
_LONGEST_WORD = 64


def _word_before(text: str, at: int) -> str | None:
    """The written word that ends at ``at`` (back to the last space), opening marks left off;
    None when it is longer than ``_LONGEST_WORD``."""
    since = max(0, at - _LONGEST_WORD - 1)
    begin = max(
        text.rfind(" ", since, at), text.rfind("\n", since, at), text.rfind("\t", since, at)
    )
    if begin < 0 and since > 0:
        return None
    return text[begin + 1 : at].lstrip(_OPENING_MARKS)


def _abbreviation_stop(text: str, match: re.Match[str]) -> bool:
    """Is this single full stop the end of an abbreviation inside its sentence?"""
    if match.group() != ".":
        return False
    written = _word_before(text, match.start())
    if written is None:
        return False
    word = written.lower()
    if word in _NEVER_FINAL or written in _TITLES:
        return True
    if _list_number(text, match.start() - len(written), match.end()):
        return True
    if word in _SOMETIMES_FINAL or _DOTTED_LETTERS_RE.fullmatch(word):
        after = text[match.end() :].lstrip()
        return bool(after) and (after[0].islower() or after[0].isdigit())
    return False


_LIST_NUMBER_RE = re.compile(r"\d{1,2}")
# What stands before a list's number: the text's start, a line break, or a sentence's end.
_BEFORE_LIST_RE = re.compile(r"(?:^|[\n.!?;:])\s*$")


def _list_number(text: str, start: int, end: int) -> bool:
    """Is the number before the full stop ending at ``end`` the number of a list's item ("1.
    Pulled the logs. 2. Added alerts.")? A number alone where a sentence starts, before a
    full stop and a word, numbers the item after it; it is no sentence ("We cut it to 2. Then
    ..." ends one: the number is said in it)."""
    if not _LIST_NUMBER_RE.fullmatch(text[start : end - 1]):
        return False
    after = text[end:].lstrip(" \t")
    return bool(after[:1].isalpha()) and bool(_BEFORE_LIST_RE.search(text[:start]))


_NAME_AFTER_RE = re.compile(r"[A-Za-z0-9_]+")


def _glued_end(text: str, match: re.Match[str]) -> bool:
    """Does a mark with no space after it end a sentence? Only between a word that is no name
    of a file, a module or an abbreviation and a capitalised word that is no class name."""
    word = _word_before(text, match.start())
    if word is None or word.lower() in _NEVER_FINAL | _CODE_NAMES:
        return False
    if any(c in word for c in "._/@:\\") and not _DECIMAL_RE.fullmatch(word):
        return False
    if word in _TITLES:
        return False  # "Dr.Lee"
    if not any(c.isalpha() for c in word) and not word.endswith("%") and len(word) < 2:
        return False  # "1.Add the check" numbers a list
    name = _NAME_AFTER_RE.match(text, match.end())
    after = name.group() if name else ""
    if "_" in after or re.search(r"[a-z][A-Z]", after):
        return False  # "pd.DataFrame", "cfg.MAX_LEN"
    follows = text[match.end() + len(after) : match.end() + len(after) + 2]
    attribute = follows[:1] == "." and (follows[1:2].islower() or follows[1:2].isdigit())
    return not (follows[:1] in ("(", "[") or attribute)  # "Model.fit", "Foo.bar"


def _sentence_ends(text: str) -> list[int]:
    ends = {m.end() for m in _SENTENCE_END_RE.finditer(text) if not _abbreviation_stop(text, m)}
    ends |= {m.end() for m in _GLUED_END_RE.finditer(text) if _glued_end(text, m)}
    return sorted(ends)


def split_sentences(text: str) -> list[str]:
    return [piece for piece, _ in _sentences_and_line_ends(text)]


def _sentences_and_line_ends(text: str) -> list[tuple[str, bool]]:
    """The sentences of ``text``, each with whether a line break ends it (the last piece of a
    sentence cut for length keeps its sentence's end; the pieces before it end no line)."""
    pieces: list[tuple[str, bool]] = []
    start = 0
    for end in _sentence_ends(text):
        piece = text[start:end]
        if piece.strip() and words(piece):
            pieces.append((piece.strip(), "\n" in piece[len(piece.rstrip()) :]))
        start = end
    tail = text[start:].strip()
    if tail and words(tail):
        pieces.append((tail, False))
    out: list[tuple[str, bool]] = []
    for piece, ends_line in pieces:
        if len(words(piece)) <= MAX_SENTENCE_WORDS:
            out.append((piece, ends_line))
        else:
            chunks = [chunk for chunk in _cut_long(piece.split()) if words(chunk)]
            out.extend(
                (chunk, ends_line and k == len(chunks) - 1) for k, chunk in enumerate(chunks)
            )
    return out


def _cut_long(toks: list[str]) -> list[str]:
    """Cut a run-on sentence into chunks of even length, each cut moved to a nearby comma when
    there is one: fixed 40-word slices left one-word tails ("… the direction of steepest" /
    "descent.") and split key phrases in two."""
    parts = -(-len(toks) // MAX_SENTENCE_WORDS)
    size = -(-len(toks) // parts)
    reach = size // 4
    chunks: list[str] = []
    start = 0
    while len(toks) - start > MAX_SENTENCE_WORDS:
        cut = start + size
        commas = [
            i + 1
            for i in range(cut - reach, min(cut + reach, len(toks) - 1))
            if toks[i].endswith(",")
        ]
        if commas:
            cut = min(commas, key=lambda i: abs(i - (start + size)))
        cut = min(cut, start + MAX_SENTENCE_WORDS)
        chunks.append(" ".join(toks[start:cut]))
        start = cut
    chunks.append(" ".join(toks[start:]))
    return chunks


def tokenize(text: str) -> Tokens:
    text = text.translate(_INVISIBLE)  # the sentences' own text too (read by later scorers)
    all_words: list[str] = []
    sentence_of: list[int] = []
    sentences: list[Sentence] = []
    for index, (piece, ends_line) in enumerate(_sentences_and_line_ends(text)):
        ws = words(piece)
        sentences.append(Sentence(index, piece, len(all_words), len(ws), ends_line))
        all_words.extend(ws)
        sentence_of.extend([index] * len(ws))
    return Tokens(
        words=tuple(all_words),
        stems=tuple(stem(w) for w in all_words),
        sentence_of=tuple(sentence_of),
        sentences=tuple(sentences),
    )


def content_stems(
    texts: Iterable[str], skip: Collection[str] = frozenset(), shortest: int = 1
) -> frozenset[str]:
    """The stems of the words of ``texts``, leaving out those in ``skip`` and those of fewer
    than ``shortest`` letters: the rubric words each check compares an answer with
    (dismissals, named_sides, opposites, shipped_rubrics), each with the filter its comparison
    needs."""
    return frozenset(
        stem(w) for t in texts for w in words(t) if w not in skip and len(w) >= shortest
    )


# "naive" names a method in "naive Bayes", "seasonal naive", "a naive forecast": no warning
# that what follows is naive (wrong51: "Naive Bayes is simple, so it needs a lot of data" was
# read as a warning against its own claim, so no rubric claim of naive Bayes was charged in a
# sentence naming it).
_NAIVE = frozenset(("naive", "naiv"))
_NAIVE_AFTER = frozenset(
    ("bayes", "bay", "forecast", "forecasts", "baseline", "baselines", "baselin")
)


def naming_naive(seq: Sequence[str], i: int) -> bool:
    """Is the word at ``i`` (a word or its stem) the "naive" of a method's name?"""
    if seq[i] not in _NAIVE:
        return False
    return (i + 1 < len(seq) and seq[i + 1] in _NAIVE_AFTER) or (
        i > 0 and seq[i - 1] in ("seasonal", "season")
    )


def holds_run(seq: Sequence[str], part: Sequence[str]) -> bool:
    """Does ``part`` occur in ``seq`` word for word? (``run_starts``' first answer, without a
    generator: asked ~170,000 times for a 10,000-word answer, mostly of a first word the
    sequence does not hold, perf43.)"""
    n = len(part)
    if n == 0:
        return True
    first = part[0]
    if first not in seq:
        return False
    whole, stop = tuple(part), len(seq) - n + 1
    at = 0
    while at < stop:
        try:
            at = seq.index(first, at, stop)
        except ValueError:
            return False
        if tuple(seq[at : at + n]) == whole:
            return True
        at += 1
    return False


def run_starts(seq: Sequence[str], part: Sequence[str]) -> Iterator[int]:
    """Where ``part`` starts in ``seq`` word for word, in order. Only the places where its
    first word is are compared: comparing at every place (sentences against every warning
    frame, every side of a pair) was a third of a 10,000-word answer's scoring (perf31)."""
    n = len(part)
    if n == 0:
        yield from range(len(seq) + 1)
        return
    whole, first, stop = tuple(part), part[0], len(seq) - n + 1
    if first not in seq:
        return
    at = 0
    while at < stop:
        try:
            at = seq.index(first, at, stop)
        except ValueError:
            return
        if tuple(seq[at : at + n]) == whole:
            yield at
        at += 1


def hyphen_joined(tokens: Tokens, pos: int) -> bool:
    """The word at ``pos`` is joined by a hyphen to the word before it, into one word
    ("*RoPE-based* models", "a *tree-based* model", "a *one-pager*"): a compound that names a
    kind of thing by the word before."""
    if pos == 0 or tokens.sentence_of[pos - 1] != tokens.sentence_of[pos]:
        return False
    held = tokens.sentences[tokens.sentence_of[pos]]
    # What was found is kept with the sentence, by the two words: a 10,000-word story with no
    # full stop was searched whole at each of 26,660 places a phrase's check reached, for the
    # same two words (a fifth of its scoring, round 51).
    found: dict[tuple[str, str], bool] = held.derived.setdefault("hyphen_joined", {})
    pair = tokens.words[pos - 1], tokens.words[pos]
    joined = found.get(pair)
    if joined is None:
        pattern = re.escape(pair[0]) + r"\s*-\s*" + re.escape(pair[1])
        hit = re.search(r"(?<![\w-])" + pattern + r"(?![\w-])", held.text, re.I)
        joined = found[pair] = hit is not None
    return joined


def is_number(word: str) -> bool:
    return word[:1].isdigit() or word in NUMBER_WORDS


def count_phrases(
    word_list: tuple[str, ...] | list[str], phrases: frozenset[str]
) -> dict[str, int]:
    """How often each phrase (one or more words) occurs in a word list, whole words only."""
    by_first = _by_first_word(phrases)
    counts: dict[str, int] = {}
    n = len(word_list)
    for i in range(n):
        for phrase, parts in by_first.get(word_list[i], ()):
            if tuple(word_list[i : i + len(parts)]) == parts:
                counts[phrase] = counts.get(phrase, 0) + 1
    return counts


@lru_cache(maxsize=64)
def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The phrases grouped by their first word, so each word of an answer checks only the few
    phrases that can start there."""
    grouped: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for p in phrases:
        parts = tuple(p.split())
        if parts:
            grouped.setdefault(parts[0], []).append((p, parts))
    return {k: tuple(v) for k, v in grouped.items()}


# Straight double quotes around quoted words ("sigmoid saturates"), as a reader sees them in
# print: every tip and reason shows “…”, one style on a card whatever built the line.
_STRAIGHT_QUOTED = re.compile(r'"([^"\n]*)"')


def typographic_quotes(text: str) -> str:
    """``text`` with each pair of straight double quotes made “curly” (a lone one stays)."""
    return _STRAIGHT_QUOTED.sub(r"“\1”", text)
