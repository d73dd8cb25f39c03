"""Finding a rubric phrase in an answer, the way people say it and speech recognisers spell it.

A phrase matches when all of its content words (stemmed) occur close together, in any order:
"labeled data" also matches "data that is labeled". Each word may match exactly, as a fuzzy
variant ("regularisation" ~ "regularization", "neighbour" ~ "neighbor"), or split or joined
("under fitting" ~ "underfitting", "kfold" ~ "k fold"). Common synonyms and abbreviations are
expanded ("PCA" ~ "principal component analysis"); phrase_forms.py compiles a phrase into
those variants, and is re-exported here for the scorers that only match.
"""

from __future__ import annotations

from bisect import bisect_left

from rapidfuzz import fuzz, process

from simulator.core.scoring.phrase_forms import CLAIM_DROP as CLAIM_DROP
from simulator.core.scoring.phrase_forms import QUALIFIERS as QUALIFIERS
from simulator.core.scoring.phrase_forms import SYNONYMS as SYNONYMS
from simulator.core.scoring.phrase_forms import Phrase as Phrase
from simulator.core.scoring.phrase_forms import claim_variants as claim_variants
from simulator.core.scoring.phrase_forms import compile_phrase as compile_phrase
from simulator.core.scoring.plain_words import group_members, takes_group
from simulator.core.scoring.text import NEGATIONS, STOPWORDS, Tokens, stem, word_set

FUZZY_CUTOFF = 85.0  # rapidfuzz ratio (Indel similarity): about one edit in a short word
FUZZY_MIN_LEN = 5  # shorter stems must match exactly ("bias" must not match "basis")
# A stem that is another plus one of these is the same word family ("leak" ~ "leakage").
DERIVATIONAL = frozenset(
    ("ag", "age", "or", "ion", "ity", "al", "ment", "ness", "iv", "anc", "iti")
)  # "anc": imbalance ~ imbalanced; "iti": sparse ~ sparsity
PRONOUNS = frozenset(("it", "they", "this", "that", "which"))
# Words that open a sentence without being its subject ("*Unlike* bagging, it ...").
_OPENERS = word_set(
    "instead unlike however overall first second third finally still yet both each either"
    " neither often usually again besides otherwise meanwhile likewise similarly in contrast"
    " conversely plus next last now"
)
FILLER_GAP = 5  # words between two words of a claim when all are small words
_FILLER = (STOPWORDS - NEGATIONS) | frozenset(("one", "ones", "thing", "kind", "actually"))
_RELATIVE = frozenset(("that", "which"))
Span = tuple[int, int]  # token positions, end exclusive
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
                    # (only those within reach: scanning every occurrence made a long
                    # answer repeating the phrase cost n squared, ~54 s for 10 000 times)
                    near = occ[
                        bisect_left(occ, (a_start - max_span, -1)) : bisect_left(
                            occ, (a_start + max_span + 1, -1)
                        )
                    ]
                    free = [sp for sp in near if taken.isdisjoint(range(*sp))]
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
        if _own_subject_opens(t.words[sentence.first_word : span[0]]):
            return False  # "Boosting trains shallow trees ..., so *it* mainly reduces bias"
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


def _own_subject_opens(before: tuple[str, ...]) -> bool:
    """The sentence opens with a named subject of its own, a content word before a later
    pronoun ("*Boosting* instead trains shallow trees ..., so it mainly reduces bias"): the
    pronoun is that subject, not one an earlier sentence named (correct29). An opening adverb
    or linking word ("Unlike bagging, it ...", "Usually it ...") names no subject."""
    if len(before) < 3:
        return False
    first = before[0]
    return (
        first not in STOPWORDS
        and first not in _OPENERS
        and first not in PRONOUNS
        and not first.endswith("ly")
        and before[1] not in PRONOUNS
    )
