"""The two sides a question's prompt names, as a pair an answer can swap (swap28, issue 9).

pair_sides.py's ``SWAP_PAIRS`` is a fixed list of subjects answers confuse. A question that
asks for "the difference between X and Y", "X versus Y", to "compare X and Y", or why something
"behaves differently at training and inference time" names its own two sides, whether or not
the list has them. This module reads them off the prompt: contradiction.swapped() then gives each
key point whose label is about one side its attributes (the point's phrases), and an answer that
says one of them only of the other side ("at training time it uses the running averages")
contradicts the point, the same check the fixed pairs get.

A side is named by the words the prompt uses, without a head noun only the second carries
("supervised and unsupervised *learning*"); a head both carry stays ("online learning" and
"batch learning": "batch" alone is said of much else). Training and inference
are named by their common wordings ("during training", "at test time", "when serving"). A pair
that one of the fixed pairs already covers is left to it.

Round 29 (wrong29): more ways a prompt names two subjects: "how do X and Y differ from Z", "how
is it different from Y" and "when would you choose it over Y" ("it" is what the prompt asked
about first: "Explain reinforcement learning", "How does DBSCAN work"), "why did X replace Y",
and a list to compare ("compare A, B and C": each two of them). A side joined by "and" ("t-SNE
and UMAP") is named by either; a few common names have their short forms ("recurrent networks"
are "RNNs"). ``subject_pair`` tells these subject pairs from training/inference, whose sides
are times, not subjects.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS
from simulator.core.scoring.pair_sides import SWAP_PAIRS, names_side
from simulator.core.scoring.text import STOPWORDS, stem, words

Pair = tuple[tuple[str, ...], tuple[str, ...]]

TRAINING_INFERENCE: Pair = (
    ("training", "train time"),
    ("inference", "test time", "prediction time", "serving time"),
)
# "training and inference", "train and test time", "training versus inference"
_TRAIN_INFER = re.compile(
    r"\btrain(?:ing)?\b(?: time)?,? (?:and|versus|vs\.?|or|compared to) "
    r"(?:at )?(?:inference|test|prediction|serving)\b",
    re.I,
)
_SIDE = r"(?:an? |the )?([a-z][a-z0-9 \-]{1,40}?)"
# where the second side's name ends: "... and dense retrieval *for search*" (wrong32), "... and
# a canary release *of a new model*" (wrong33: what both sides are of, not the second's name)
_SIDE_END = r"(?=[,.?;:]| like | such | and | for | when | of (?:an?|the) |$)"
_TWO_SIDED = (
    re.compile(rf"\bdifference between {_SIDE} and {_SIDE}{_SIDE_END}", re.I),
    re.compile(rf"\bcompare {_SIDE} (?:and|with|to) {_SIDE}{_SIDE_END}", re.I),
    re.compile(rf"\b{_SIDE} (?:versus|vs\.?) {_SIDE}{_SIDE_END}", re.I),
)
# "What are vanishing and exploding gradients": two one-word names sharing the head after them
# (wrong33); the head tells them no more apart than "learning" does "supervised and
# unsupervised learning", so each side is its own word.
_SHARED_HEAD = re.compile(
    r"\b(?:what are|what is|explain|describe|define|compare|how do)(?: the)? ([a-z0-9\-]+) and "
    r"([a-z0-9\-]+) [a-z\-]+(?=[,.?;:]| and | in | for | work|$)",
    re.I,
)
# A subject's name inside a question's sentence: up to four words, none of the question's own
# ("why did", "how does", "should")
_FILLER = (
    r"(?:how|why|what|when|which|and|or|does|do|did|is|are|was|were|would|should|could|can|will"
    r"|to|whether|you|we|i|largely|mostly)"
)
_NAME = (
    rf"(?:an? |the )?((?!{_FILLER}\b)[a-z][a-z0-9\-]*"
    rf"(?: (?!{_FILLER}\b)[a-z][a-z0-9\-]*){{0,3}}(?: and (?!{_FILLER}\b)[a-z][a-z0-9\-]*)?)"
)
_END = r"(?=[,.?;:]| and | for | in | when |$)"
# "How do X and Y differ from Z", "why did X replace Y", "choose X over Y"
_AGAINST = (
    re.compile(rf"\b{_NAME} (?:differs?|is different|are different) from {_NAME}{_END}", re.I),
    re.compile(rf"\bhow (?:does|do|is|are) {_NAME} (?:differ|different) from {_NAME}{_END}", re.I),
    re.compile(rf"\b{_NAME} (?:largely |mostly )?replaced? {_NAME}{_END}", re.I),
    re.compile(rf"\b(?:choose|pick|prefer) {_NAME} (?:over|instead of) {_NAME}{_END}", re.I),
)
# "compare A, B and C": each two of the listed subjects
_LIST = re.compile(r"\bcompare ([^.?;:]+)", re.I)
# "how do A, B and C differ", "how do A, B and C compare" (newpack30: a pack author's wording;
# "how do t-SNE and UMAP differ *from* PCA" compares them with a third: _AGAINST's)
_LIST_DIFFER = re.compile(
    r"\bhow (?:do|does) ([^.?;:]+?) (?:differ|compare)\b(?! from| to| with)", re.I
)
# Not a subject: "differ from both", "replace the current one"
_NOT_NAMES = frozenset(("both", "either", "each", "one", "ones", "other", "others", "all"))
# What "it" stands for: the subject the prompt asks about first
_TOPIC = (
    re.compile(rf"^(?:explain|describe|what is|what are) {_SIDE}(?=[,.?;:]| and |$)", re.I),
    re.compile(rf"^how (?:does|do) {_SIDE} (?:cell |algorithm )?work\b", re.I),
)
_PRONOUNS = frozenset(("it", "they", "them", "this", "that"))
# Short forms of a few common names
_SHORT = {
    "recurrent network": ("rnn", "rnns", "recurrent neural network", "recurrent net"),
    "recurrent networks": ("rnn", "rnns", "recurrent network", "recurrent neural network"),
    "recurrent": ("rnn", "rnns"),
    "convolutional network": ("cnn", "cnns", "convolutional neural network"),
    "transformers": ("transformer",),
}


def subject_pair(pair: Pair) -> bool:
    """Two subjects (models, methods), not the times training and inference."""
    return pair != TRAINING_INFERENCE


def _topic(prompt: str) -> tuple[str, ...]:
    for pattern in _TOPIC:
        m = pattern.search(prompt.strip())
        if m:
            return tuple(words(m.group(1).lower()))
    return ()


# "row-oriented formats such as CSV": the side is named by its example too (wrong32)
_EXAMPLE = re.compile(r" (?:such as|like|e g|for example|for instance|including) ")
_EXAMPLE_AFTER = r"(?:,? (?:such as|like|e\.g\.,?|for example|for instance|including) )"
_EXAMPLE_NAME = re.compile(
    r"((?:an? |the )?[a-z0-9][a-z0-9\-]*(?: [a-z0-9][a-z0-9\-]*)?)(?=[,.?;:)]| and | or | with "
    r"| for | when | to | in |$)"
)


def _with_examples(pair: Pair, prompt: str) -> Pair:
    """Each side named by the example the prompt gives of it ("columnar formats such as
    Parquet": "parquet" names that side): an answer says "Parquet" or "CSV" for the side."""
    raw = prompt.lower()
    sides: list[tuple[str, ...]] = []
    for side in pair:
        names = list(side)
        for name in side:
            parts = _EXAMPLE.split(name, maxsplit=1)
            if len(parts) == 2:
                names[names.index(name)] = parts[0]
                names.append(parts[1])
        for name in list(names):
            spelled = re.escape(name).replace(r"\ ", r"[\s\-]+")
            for m in re.finditer(rf"\b{spelled}{_EXAMPLE_AFTER}", raw):
                ex = _EXAMPLE_NAME.match(raw, m.end())
                if ex:
                    names.append(" ".join(words(ex.group(1))))
        sides.append(tuple(dict.fromkeys(n for n in names if n)))
    return (sides[0], sides[1])


def _alternatives(name: str) -> tuple[str, ...]:
    """ "t sne and umap" is named by either; a common name by its short forms too."""
    parts = [p.strip() for p in re.split(r" and | or ", name) if p.strip()]
    out: list[str] = []
    for p in parts:
        out.append(p)
        out.extend(_SHORT.get(p, ()))
    return tuple(dict.fromkeys(out))


# Head nouns two sides share ("supervised and unsupervised learning"): not what tells them apart.
_HEADS = frozenset(
    stem(w)
    for w in words(
        "learning model models method methods approach approaches estimation regularization"
        " algorithm algorithms technique techniques network networks loss cell importance"
        " sampling"
    )
)
_STOP = frozenset(stem(w) for w in STOPWORDS)


def _named(x: tuple[str, ...], y: tuple[str, ...]) -> Pair | None:
    """The two names without the head noun they share, or None when they are no two subjects
    (the same words, one inside the other, a stop word alone)."""
    # "supervised and unsupervised learning": the second carries the shared head alone
    if len(y) > len(x) and stem(y[-1]) in _HEADS:
        y = y[:-1]
    if len(x) > len(y) and stem(x[-1]) in _HEADS:
        x = x[:-1]
    sx, sy = tuple(stem(w) for w in x), tuple(stem(w) for w in y)
    if not sx or not sy or sx == sy:
        return None
    if all(s in _STOP for s in sx) or all(s in _STOP for s in sy):
        return None
    if set(sx) <= set(sy) or set(sy) <= set(sx):
        return None
    return (_alternatives(" ".join(x)), _alternatives(" ".join(y)))


def _covered(pair: Pair) -> bool:
    """A fixed pair names one of these sides already. Only the two-sided forms ("X vs Y") ask
    this; a pair read from the round-29 forms is left to a fixed pair only when that pair names
    both its sides (``_both_covered``: "reinforcement learning" against "supervised learning" is
    no fixed pair, though "supervised" is in one)."""
    for side in pair:
        stems = tuple(stem(w) for w in words(side[0]))
        if any(names_side(stems, s) for p in SWAP_PAIRS for s in p):
            return True
    return False


def _both_covered(pair: Pair) -> bool:
    """One fixed pair names both sides."""
    a, b = (tuple(stem(w) for w in words(side[0])) for side in pair)
    return any(
        (names_side(a, p[0]) and names_side(b, p[1]))
        or (names_side(a, p[1]) and names_side(b, p[0]))
        for p in SWAP_PAIRS
    )


def _add(out: list[Pair], x: tuple[str, ...], y: tuple[str, ...]) -> None:
    if not x or not y or x[-1] in _NOT_NAMES or y[-1] in _NOT_NAMES:
        return
    if x[0] in _PRONOUNS or y[0] in _PRONOUNS:
        return
    pair = _named(x, y)
    if pair is not None and not _both_covered(pair) and pair not in out:
        out.append(pair)


@lru_cache(maxsize=512)
def prompt_pairs(prompt: str, labels: tuple[str, ...] = ()) -> tuple[Pair, ...]:
    """The pairs of sides the prompt asks to tell apart, not already in ``SWAP_PAIRS``."""
    out: list[Pair] = []
    if _TRAIN_INFER.search(prompt):
        out.append(TRAINING_INFERENCE)
    for pattern in _TWO_SIDED:
        for m in pattern.finditer(prompt):
            pair = _named(tuple(words(m.group(1).lower())), tuple(words(m.group(2).lower())))
            if pair is not None and not _covered(pair) and pair not in out:
                out.append(pair)
    for m in _SHARED_HEAD.finditer(prompt):
        pair = _named((m.group(1).lower(),), (m.group(2).lower(),))
        if pair is not None and not _covered(pair) and pair not in out:
            out.append(pair)
    topic = _topic(prompt)
    for pattern in _AGAINST:
        for m in pattern.finditer(prompt):
            x, y = (tuple(words(m.group(i).lower())) for i in (1, 2))
            x = topic if len(x) == 1 and x[0] in _PRONOUNS else x
            y = topic if len(y) == 1 and y[0] in _PRONOUNS else y
            _add(out, x, y)
    lists = [(m.group(1), False) for m in _LIST.finditer(prompt)]
    lists += [(m.group(1), True) for m in _LIST_DIFFER.finditer(prompt)]
    for listed_text, differ in lists:
        names = [n.strip() for n in re.split(r",? and |, ", listed_text) if n.strip()]
        listed = [tuple(words(n.lower())) for n in names]
        if len(listed) < (2 if differ else 3) or any(not n or len(n) > 4 for n in listed):
            continue
        # a head every listed name ends with ("... gradient descent", "... importance")
        while all(len(n) > 1 for n in listed) and len({n[-1] for n in listed}) == 1:
            listed = [n[:-1] for n in listed]
        listed = [n[:-1] if len(n) > 1 and stem(n[-1]) in _HEADS else n for n in listed]
        # a name inside another's ("batch" in "mini batch") names neither apart
        listed = [n for n in listed if not any(o != n and set(n) < set(o) for o in listed)]
        for i in range(len(listed)):
            for j in range(i + 1, len(listed)):
                # a long list asked "how do A, B, C and D differ" names methods that are not
                # all rivals ("temperature zero is greedy decoding"): two of them are a pair
                # only when a key point's label contrasts them, one in each of its parts
                if differ and len(listed) > 3 and not _contrasted(listed[i], listed[j], labels):
                    continue
                _add(out, listed[i], listed[j])
    return tuple(_with_examples(p, prompt) if subject_pair(p) else p for p in out)


_LABEL_PARTS = re.compile(r";|\b(?:while|whereas)\b", re.I)


def _contrasted(x: tuple[str, ...], y: tuple[str, ...], labels: tuple[str, ...]) -> bool:
    """One label's parts name x and y apart ("Top k keeps a fixed number of tokens; top p keeps
    the smallest set ..."): the first words of one part are x's, of another y's."""
    sx, sy = tuple(stem(w) for w in x), tuple(stem(w) for w in y)
    for label in labels:
        parts = [tuple(stem(w) for w in words(p)) for p in _LABEL_PARTS.split(label)]
        heads = [p[: max(len(sx), len(sy)) + 1] for p in parts if p]
        has_x = [i for i, h in enumerate(heads) if _opens(h, sx)]
        has_y = [i for i, h in enumerate(heads) if _opens(h, sy)]
        if any(i != j for i in has_x for j in has_y):
            return True
    return False


def _opens(head: tuple[str, ...], name: tuple[str, ...]) -> bool:
    return any(head[k : k + len(name)] == name for k in range(len(head) - len(name) + 1))


@lru_cache(maxsize=512)
def question_pairs(prompt: str, labels: tuple[str, ...] = ()) -> tuple[Pair, ...]:
    """``SWAP_PAIRS`` and then the prompt's own pairs: indices below len(SWAP_PAIRS) are the
    fixed pairs' own. ``labels``: the key points' labels, which tell which of a long list of
    methods the rubric contrasts."""
    own = prompt_pairs(prompt, labels)
    said = {_stemmed(p) for p in SWAP_PAIRS + own}
    return (
        SWAP_PAIRS + own + tuple(p for p in label_pairs(prompt, labels) if _stemmed(p) not in said)
    )


def _stemmed(pair: Pair) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(stem(w) for w in words(side[0])) for side in pair)


_ARTICLES = frozenset(("a", "an", "the"))
_LABEL_SUBJECT_WORDS = 4


def _label_subject(label: str, prompt_stems: tuple[str, ...]) -> tuple[str, ...]:
    """The words a label opens with that the prompt also says, in a row ("A cross-encoder
    reads ..." under "Compare bi-encoders and cross-encoders": "cross encoder")."""
    ws = words(label.lower())
    while ws and ws[0] in _ARTICLES:
        ws = ws[1:]
    for n in range(min(_LABEL_SUBJECT_WORDS, len(ws)), 0, -1):
        head = tuple(ws[:n])
        stems = tuple(stem(w) for w in head)
        if all(s in _STOP for s in stems) or stem(head[-1]) in _STOP:
            continue
        if n == 1 and (head[0] in GENERIC_WORDS or stem(head[0]) in _HEADS):
            continue  # "data" of "data drift", "importance" of "permutation importance"
        if any(prompt_stems[i : i + n] == stems for i in range(len(prompt_stems) - n + 1)):
            return head
    return ()


@lru_cache(maxsize=512)
def label_pairs(prompt: str, labels: tuple[str, ...]) -> tuple[Pair, ...]:
    """Two subjects the key points' labels open with, both named in the prompt, whatever the
    prompt's wording ("When would you use a bi-encoder, and when a cross-encoder?"): a rubric
    that gives each its own point ("A bi-encoder embeds ...", "A cross-encoder reads ...")
    compares them (wrong32). A subject of one word must be a name the prompt's pair forms
    would take (not a stop word); one inside the other names neither apart."""
    prompt_stems = tuple(stem(w) for w in words(prompt.lower()))
    subjects: list[tuple[str, ...]] = []
    for label in labels:
        head = _label_subject(label, prompt_stems)
        if head and head not in subjects:
            subjects.append(head)
    out: list[Pair] = []
    for i in range(len(subjects)):
        for j in range(i + 1, len(subjects)):
            if _joined(prompt_stems, subjects[i], subjects[j]):
                _add(out, subjects[i], subjects[j])
    return tuple(_with_examples(p, prompt) for p in out)


# Words between two subjects the prompt lists or sets against each other
_JOINERS = frozenset(stem(w) for w in ("and", "or", "vs", "versus", "than", "from", "over"))
_BETWEEN = _JOINERS | frozenset(
    stem(w) for w in ("a", "an", "the", "when", "with", "to", "compared", "instead", "of")
)
_JOIN_GAP = 3


def _joined(prompt_stems: tuple[str, ...], x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The prompt names x and y together: a joining word and at most a few small words between
    them ("a bi-encoder, and when a cross-encoder", "sigmoid, tanh and ReLU")."""
    sx, sy = tuple(stem(w) for w in x), tuple(stem(w) for w in y)
    at_x = [i for i in range(len(prompt_stems)) if prompt_stems[i : i + len(sx)] == sx]
    at_y = [i for i in range(len(prompt_stems)) if prompt_stems[i : i + len(sy)] == sy]
    for (a, la), (b, _) in (
        *(((i, len(sx)), (j, len(sy))) for i in at_x for j in at_y if i < j),
        *(((j, len(sy)), (i, len(sx))) for i in at_x for j in at_y if j < i),
    ):
        gap = prompt_stems[a + la : b]
        # one listed name between them is fine ("sigmoid, tanh and ReLU")
        if (
            len(gap) <= _JOIN_GAP
            and any(g in _JOINERS for g in gap)
            and sum(g not in _BETWEEN for g in gap) <= 1
        ):
            return True
    return False
