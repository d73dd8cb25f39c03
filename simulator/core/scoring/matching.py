"""Finding a rubric phrase in an answer, the way people say it and speech recognisers spell it.

A phrase matches when all of its content words (stemmed) occur close together, in any order:
"labeled data" also matches "data that is labeled". Each word may match exactly, as a fuzzy
variant ("regularisation" ~ "regularization", "neighbour" ~ "neighbor"), or split or joined
("under fitting" ~ "underfitting", "kfold" ~ "k fold"). Common synonyms and abbreviations are
expanded ("PCA" ~ "principal component analysis").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from simulator.core.scoring.plain_words import group_members, takes_group
from simulator.core.scoring.text import NEGATIONS, STOPWORDS, Tokens, stem, words

FUZZY_CUTOFF = 85.0  # rapidfuzz ratio (Indel similarity): about one edit in a short word
FUZZY_MIN_LEN = 5  # shorter stems must match exactly ("bias" must not match "basis")

# Each group lists ways of saying the same thing; a phrase using one also matches the others.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("neural network", "neural net", "deep net"),
    ("k nearest neighbors", "knn", "k nn", "nearest neighbors"),
    ("principal component analysis", "pca", "principal components"),
    ("stochastic gradient descent", "sgd"),
    ("convolutional neural network", "cnn", "convnet", "conv net", "convolutional network"),
    ("recurrent neural network", "rnn"),
    ("support vector machine", "svm"),
    ("area under the curve", "auc", "area under curve"),
    ("receiver operating characteristic", "roc"),
    ("l1", "lasso", "l one"),
    ("l2", "ridge", "l two"),
    ("false positive", "type one error", "type i error"),
    ("false negative", "type two error", "type ii error"),
    ("true positive rate", "recall", "sensitivity"),
    ("f1", "f one", "f1 score", "f score"),
    ("a b test", "ab test", "online experiment", "split test"),
    ("reinforcement learning", "rl"),
    ("gradient boosting", "xgboost", "lightgbm", "boosted trees", "gbm"),
    ("tf idf", "tfidf"),
    ("mean squared error", "mse"),
    ("cross entropy", "log loss"),
    ("learning rate", "step size"),
    ("imbalanced", "unbalanced", "skewed"),
    ("class imbalance", "imbalanced classes", "imbalanced data", "skewed classes"),
    ("labeled", "annotated"),
    ("unlabeled", "unannotated"),
    ("hyperparameter", "hyper parameter"),
    ("random forest", "forest of trees", "bagged trees"),
    ("natural language processing", "nlp"),
    ("large language model", "llm"),
    ("exploding gradients", "gradients explode", "gradient explosion"),
    ("vanishing gradients", "gradients vanish"),
    ("k means", "kmeans"),
    ("k fold", "kfold"),
    ("smote", "synthetic oversampling", "synthetic minority oversampling"),
    ("precision", "positive predictive value"),
    ("dimensionality reduction", "reduce dimensionality", "reducing dimensionality"),
    ("mini batch", "minibatch"),
    ("turn off", "switch off", "shut off", "zero out", "switches off", "turns off"),
    ("point five", "0 5", "one half"),
    ("fifty percent", "50 percent"),
    ("twenty percent", "20 percent", "point two", "0 2"),
    ("highest", "largest", "biggest", "maximum"),
    ("lowest", "smallest", "minimum"),
    ("ten percent", "10 percent", "point one", "0 1"),
    ("augmented dickey fuller", "adf", "dickey fuller"),
)
# A stem that is another plus one of these is the same word family ("leak" ~ "leakage").
DERIVATIONAL = frozenset(
    ("ag", "age", "or", "ion", "ity", "al", "ment", "ness", "iv", "anc", "iti")
)  # "anc": imbalance ~ imbalanced; "iti": sparse ~ sparsity
DROP_ONE_MIN = 6  # claims this long still match with one (non-qualifier) word said differently
PRONOUNS = frozenset(("it", "they", "this", "that", "which"))
FILLER_GAP = 5  # words between two words of a claim when all are small words
_FILLER = (STOPWORDS - NEGATIONS) | frozenset(("one", "ones", "thing", "kind", "actually"))
_RELATIVE = frozenset(("that", "which"))
# Words that make or break a claim: "always", "even", "never", "only", ...
QUALIFIERS = NEGATIONS | frozenset(
    ("even", "always", "only", "all", "any", "every", "each", "more", "less", "most", "least")
    + ("fewer", "too", "same", "without", "whole", "entire", "guaranteed", "automatically")
    + ("just", "well", "never", "enough", "alone")
)
# Claims (misconceptions) keep their verbs and "is", but not articles and prepositions.
CLAIM_DROP = frozenset(
    ("a", "an", "the", "on", "at", "in", "of", "to", "for", "with", "by", "from", "during", "into")
)


def _stem_seq(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text))


_SYNONYM_STEMS: tuple[tuple[tuple[str, ...], ...], ...] = tuple(
    tuple(_stem_seq(member) for member in group) for group in SYNONYMS
)


@dataclass(frozen=True)
class Phrase:
    """A rubric phrase ready to match: its content stems, and its words joined into one."""

    text: str
    stems: tuple[str, ...]
    joined: str | None  # "k fold" -> stem("kfold"), to match an answer that wrote one word
    negated: bool  # the phrase itself says "not", so a nearby "not" does not cancel it
    dropped_subject: tuple[str, ...] = ()  # a claim variant that left its subject out
    proposal: bool = False  # "it is fine to X" said as a plan: "I'd X", "we just X"
    shortened: bool = False  # a key-point wording with one word left out: its words in order


def _find(seq: tuple[str, ...], part: tuple[str, ...]) -> int:
    n = len(part)
    for i in range(len(seq) - n + 1):
        if seq[i : i + n] == part:
            return i
    return -1


@lru_cache(maxsize=8192)
def compile_phrase(text: str, strict: bool = False) -> tuple[Phrase, ...]:
    """The phrase and its synonym variants. ``strict`` keeps small words such as "is" (for
    claims, where "clustering is classification" must not match "clustering, classification")."""
    base = _stem_seq(text)
    variants = [base]
    for group in _SYNONYM_STEMS:
        for member in group:
            for seq in list(variants):
                at = _find(seq, member)
                if at < 0:
                    continue
                for other in group:
                    if other != member:
                        new = seq[:at] + other + seq[at + len(member) :]
                        if new not in variants:
                            variants.append(new)
        if len(variants) > 8:
            break
    out = []
    for seq in variants[:9]:
        drop = CLAIM_DROP if strict else STOPWORDS
        content = tuple(s for s in seq if s not in drop) or seq
        joined = stem("".join(seq)) if len(seq) > 1 else None
        negated = any(s in NEGATIONS for s in seq)
        out.append(Phrase(text, content, joined, negated))
    return tuple(out)


def claim_variants(phrase: Phrase, subject: frozenset[str]) -> list[Phrase]:
    """Ways a candidate states the same claim: without naming the subject ("it always finds
    the global optimum" for "k-means always finds the global optimum"), and, for long claims,
    with one word left out ("figures out the number of clusters automatically")."""
    out = [phrase]
    stems = phrase.stems
    for prefix in _PERMISSION_STEMS:
        if stems[: len(prefix)] == prefix and len(stems) - len(prefix) >= 2:
            # Proposing the practice claims it is fine: "I would shuffle the time series".
            out.append(Phrase(phrase.text, stems[len(prefix) :], None, phrase.negated, (), True))
    lead = 0
    while lead < len(stems) and stems[lead] in subject:
        lead += 1
    if lead > 0 and len(stems) - lead >= 3:
        out.append(Phrase(phrase.text, stems[lead:], None, phrase.negated, stems[:lead]))
    for base in list(out):
        if len(base.stems) >= DROP_ONE_MIN:
            # never the last word (usually what the claim is about) nor a qualifier
            for i in range(len(base.stems) - 1):
                if base.stems[i] not in QUALIFIERS:
                    shorter = base.stems[:i] + base.stems[i + 1 :]
                    # a proposal stays one: "I'd ..." must still come before it
                    out.append(
                        Phrase(
                            phrase.text,
                            shorter,
                            None,
                            phrase.negated,
                            base.dropped_subject,
                            base.proposal,
                        )
                    )
    return out


Span = tuple[int, int]  # token positions, end exclusive
# Claims written as "it is fine to X" / "you can X": saying "I'd X" asserts the same.
_PERMISSION_STEMS = tuple(
    tuple(stem(w) for w in p.split() if w != "to")  # as compiled: "to" is dropped
    for p in ("it is fine to", "it is ok to", "you can just", "you can", "you should", "you must")
)
_PROPOSERS = frozenset(
    [
        "i",
        "we",
        "i'd",
        "we'd",
        "let's",
        "just",
        "simply",
        "would",
        "will",
        "then",
        "i'll",
        "we'll",
        "could",
    ]
)


def _nearest(occ: list[Span], pos: int) -> Span:
    """The span of the sorted list ``occ`` starting closest to ``pos`` (the earlier one on a
    tie), found by bisection so that long answers cost n log n, not n squared."""
    at = bisect_left(occ, (pos, -1))
    if at == 0:
        return occ[0]
    if at == len(occ):
        return occ[-1]
    before, after = occ[at - 1], occ[at]
    return before if pos - before[0] <= after[0] - pos else after


class AnswerIndex:
    """Where each stem occurs in one answer, with fuzzy look-ups cached."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        self._at: dict[str, list[Span]] = {}
        ws = tokens.words
        for i, s in enumerate(tokens.stems):
            self._at.setdefault(s, []).append((i, i + 1))
        # Two or three spoken words written as one ("cross validation" -> "crossvalidation").
        for n in (2, 3):
            for i in range(len(ws) - n + 1):
                if tokens.sentence_of[i] != tokens.sentence_of[i + n - 1]:
                    continue
                joined = stem("".join(ws[i : i + n]))
                self._at.setdefault(joined, []).append((i, i + n))
        self._vocab = [k for k in self._at if len(k) >= FUZZY_MIN_LEN]
        self._by_prefix: dict[str, list[str]] = {}
        for k in self._at:
            if len(k) >= 4:
                self._by_prefix.setdefault(k[:4], []).append(k)
        self._cache: dict[str, list[Span]] = {}
        self._sets: dict[str, frozenset[Span]] = {}

    def _span_set(self, key: str) -> frozenset[Span]:
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = frozenset(self._at.get(key, ()))
        return found

    def occurrences(self, s: str) -> list[Span]:
        cached = self._cache.get(s)
        if cached is not None:
            return cached
        if s.startswith("~"):  # a plain-words group: any of its members
            found = self._members(s)
            self._cache[s] = found
            return found
        found = list(self._at.get(s, ()))
        if len(s) >= FUZZY_MIN_LEN:
            for other, _score, _ in process.extract(
                s, self._vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
            ):
                if other != s and other[0] == s[0]:
                    found.extend(self._at[other])
        if len(s) >= 4:
            for other in self._by_prefix.get(s[:4], ()):
                short, long_ = (s, other) if len(s) < len(other) else (other, s)
                if long_.startswith(short) and long_[len(short) :] in DERIVATIONAL:
                    found.extend(self._at[other])
        found.sort()
        self._cache[s] = found
        return found

    def _members(self, key: str) -> list[Span]:
        """Where any member of a plain-words group occurs: one-word members as their own
        occurrences (spelling variants included), longer ones word for word."""
        found: set[Span] = set()
        stems = self.tokens.stems
        for member in group_members(key):
            if len(member) == 1:
                # an answer word that only stems like the member means something else
                # ("proportional" is no "share"): spelling variants (other stems) still count
                found.update(
                    sp
                    for sp in self.occurrences(member[0])
                    if stems[sp[0]] != member[0] or takes_group(self.tokens.words[sp[0]])
                )
                continue
            n = len(member)
            sentence_of = self.tokens.sentence_of
            for start, _end in self._at.get(member[0], ()):
                end = start + n
                if (
                    end <= len(stems)
                    and stems[start:end] == member
                    and sentence_of[start] == sentence_of[end - 1]
                ):
                    found.add((start, end))
        return sorted(found)

    def find(self, phrase: Phrase) -> list[Span]:
        """Every place the phrase occurs (its content words near each other, any order; a
        shortened wording in its own order, with room for the word left out)."""
        if phrase.shortened:
            return self.find_ordered(phrase, extra_gap=1)
        spans: list[Span] = []
        if phrase.joined is not None:
            spans.extend(self._at.get(phrase.joined, ()))
        if len(phrase.stems) == 1:
            spans.extend(self.occurrences(phrase.stems[0]))
            return sorted(set(spans))
        lists = [self.occurrences(s) for s in phrase.stems]
        if any(not occ for occ in lists):
            return sorted(set(spans))
        max_span = 2 * len(phrase.stems) + 3
        anchor_idx = min(range(len(lists)), key=lambda k: len(lists[k]))
        repeated = len(set(phrase.stems)) < len(phrase.stems)
        for a_start, a_end in lists[anchor_idx]:
            lo, hi = a_start, a_end
            ok = True
            taken = set(range(a_start, a_end))
            for k, occ in enumerate(lists):
                if k == anchor_idx:
                    continue
                if repeated:
                    # "one on one", "layer by layer": each word of the phrase is its own
                    # word of the answer (no overlap), or any single "one" would match
                    free = [sp for sp in occ if taken.isdisjoint(range(*sp))]
                    if not free:
                        ok = False
                        break
                    best = _nearest(free, a_start)
                    taken.update(range(*best))
                else:
                    best = _nearest(occ, a_start)
                if abs(best[0] - a_start) > max_span:
                    ok = False
                    break
                lo, hi = min(lo, best[0]), max(hi, best[1])
            if ok and hi - lo <= max_span + 1:
                spans.append((lo, hi))
        return sorted(set(spans))

    def find_ordered(self, phrase: Phrase, extra_gap: int = 0) -> list[Span]:
        """Places where the phrase's words occur in order, a few words apart at most."""
        max_gap = (2 if len(phrase.stems) <= 3 else 3) + extra_gap
        spans: list[Span] = []
        if phrase.joined is not None:
            spans.extend(self._at.get(phrase.joined, ()))
        lists = [self.occurrences(s) for s in phrase.stems]
        if any(not occ for occ in lists):
            return sorted(set(spans))
        ws = self.tokens.words
        for first in lists[0]:
            end = first[1]
            for occ in lists[1:]:
                at = bisect_left(occ, (end, -1))
                if at == len(occ):
                    break
                gap = occ[at][0] - end
                # A longer gap only of small words: "L2 is the one that gives sparse weights".
                if gap > max_gap and (
                    gap > FILLER_GAP or any(w not in _FILLER for w in ws[end : occ[at][0]])
                ):
                    break
                nxt = occ[at]
                end = nxt[1]
            else:
                spans.append((first[0], end))
        return sorted(set(spans))

    def term_positions(self, phrase: Phrase, span: Span) -> set[int]:
        """The words of ``span`` that are the phrase's own words, not words in between."""
        out: set[int] = set()
        if phrase.joined is not None and span in self._span_set(phrase.joined):
            return set(range(*span))
        for s in phrase.stems:
            occ = self.occurrences(s)
            at = bisect_left(occ, (span[0], -1))
            while at < len(occ) and occ[at][0] < span[1]:
                out.update(range(*occ[at]))
                at += 1
        return out

    def refers_back(self, phrase: Phrase, span: Span) -> bool:
        """For a claim that left its subject out: a pronoun stands just before it ("it always
        finds ...") and the subject itself is not in the sentence (which would make it a
        different statement about the subject)."""
        if not phrase.dropped_subject:
            return True
        t = self.tokens
        sentence = t.sentences[t.sentence_of[span[0]]]
        before = t.words[max(sentence.first_word, span[0] - 2) : span[0]]
        # "which" / "that" point at a noun of the same sentence, which is not the subject (the
        # subject is not in it): "gradient boosting, which mainly reduces bias" is not about
        # bagging. Only "it", "they", "this" reach back to an earlier sentence.
        if not any(w in PRONOUNS and w not in _RELATIVE for w in before):
            return False
        stems = set(t.stems[sentence.first_word : sentence.last_word])
        return not any(s in stems for s in phrase.dropped_subject)

    def proposed(self, span: Span) -> bool:
        """The words just before the span put it forward as the speaker's plan ("I'd ...",
        "we would ...", "then just ...")."""
        t = self.tokens
        first = t.sentences[t.sentence_of[span[0]]].first_word
        return any(w in _PROPOSERS for w in t.words[max(first, span[0] - 3) : span[0]])

    def negated(self, span: Span, before: int = 4) -> bool:
        """A negation inside the span or just before it ("does not reduce bias")."""
        lo = max(0, span[0] - before)
        sentence = self.tokens.sentence_of[span[0]]
        for i in range(lo, span[1]):
            if self.tokens.sentence_of[i] == sentence and self.tokens.words[i] in NEGATIONS:
                return True
        return False
