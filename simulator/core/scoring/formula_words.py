"""A formula typed in symbols, read as the words a rubric says it in (issue 9, charge60).

Rubrics write formulas in words ("the likelihood times the prior, divided by the probability of
b", "one minus epsilon", "mu plus sigma times epsilon"), as an answer said aloud does. A typed
answer writes them in symbols, "P(A|B) = P(B|A) P(A) / P(B)", and the word pattern kept only
the letters of it ("p a b p b a p a p b"): a correct Bayes answer was marked as missing the
formula (walkthrough 59), and every one of the bank's 110 formula points (Elo's "actual minus
expected", Little's law "l equals lambda w", label smoothing's "one minus epsilon", ...) could
be earned only in words. Here the symbols are spelled as words before the text is cut into
words, so a formula earns what the same formula said aloud earns, and nothing more.

Signs that are mostly prose ("/" in "and/or" or "train/test", "-" in "k-fold", "+" in "C++" or
"3.11+") are spelled only where they stand between the operands of a formula: "/" and "-" in a
text with an equation sign or next to a bracket or a figure, "+" between two operands.
Comparisons ("<", ">=") are left alone: they carry a direction, which other checks read from
words.
"""

from __future__ import annotations

import re

# Letters read by their names: the word pattern keeps only a-z, so "1 − ε" was "1" and a rubric's
# "one minus epsilon" could not match. Capital sigma and pi are the sum and the product.
_GREEK = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "Δ": "delta",
    "ε": "epsilon",
    "ϵ": "epsilon",
    "ζ": "zeta",
    "η": "eta",
    "θ": "theta",
    "Θ": "theta",
    "κ": "kappa",
    "λ": "lambda",
    "Λ": "lambda",
    "μ": "mu",
    "ν": "nu",
    "ξ": "xi",
    "π": "pi",
    "ρ": "rho",
    "σ": "sigma",
    "τ": "tau",
    "φ": "phi",
    "ϕ": "phi",
    "Φ": "phi",
    "χ": "chi",
    "ψ": "psi",
    "ω": "omega",
    "Ω": "omega",
    "Σ": "sum of",
    "∑": "sum of",
    "Π": "product of",
    "∏": "product of",
}
# Signs that are a formula's wherever they stand.
_ALWAYS = {
    "∝": "proportional to",
    "≈": "approximately",
    "√": "square root of",
    "∇": "gradient of",
    "∂": "d",
    "×": "times",
    "⋅": "times",
    "∗": "times",
    "−": "minus",
    "←": "becomes",
    "≠": "differs from",
    "∈": "in",
}
_SPELLED = {c: f" {name} " for c, name in (*_GREEK.items(), *_ALWAYS.items())}
_SPECIAL_RE = re.compile("[" + "".join(_SPELLED) + "]")
_SYMBOLS = frozenset(_GREEK) | frozenset(_ALWAYS) | frozenset("=|/+*^-()·")
# "P(" or "p(" opening a probability; "Pr(" too.
_PROBABILITY_RE = re.compile(r"\b(?:P|p|Pr)\((?=[^()]*\))")
# An equation sign ("=", ":=", "==") that is no arrow ("=>") or comparison ("<=", ">=", "!=").
_EQUALS_RE = re.compile(r"(?<![<>!=:])(?::=|==?)(?![=>])")
# What stands on either side of an operator in a formula: a letter, a figure, a bracket.
_OPERAND = r"[A-Za-z0-9_)\]]"
_OPENING = r"[A-Za-z0-9_(\[]"
# An operator between two operands, written tight ("a+b") or spaced on both sides ("a + b"):
# "*not*" (emphasis) and "C++" are no products or sums.
_PLUS_RE = re.compile(rf"(?<={_OPERAND})(?:\+|\s+\+\s+)(?={_OPENING})")
_TIMES_RE = re.compile(rf"(?<={_OPERAND})(?:[*·]|\s+[*·]\s+)(?={_OPENING})")
# A product written by putting two bracketed factors side by side: "P(B|A) P(A)", "(1-p)(1-q)".
_SIDE_BY_SIDE_RE = re.compile(r"\)\s*(?=\(|(?:P|p|Pr)\()")
_POWER_TWO_RE = re.compile(r"\^\s*2\b")
# "X^T" is X transposed and "^-1" an inverse ("(X^T X)^-1 X^T y"), not powers.
_TRANSPOSE_RE = re.compile(r"\^\s*(?:T\b|\{T\}|\(T\))")
_INVERSE_RE = re.compile(r"\^\s*(?:-\s*1\b|\{-1\}|\(-1\))")
_POWER_RE = re.compile(r"\^")
_DIVIDED_RE = re.compile(r"/")
_LETTERS_BEFORE_RE = re.compile(r"[A-Za-z]+$")
_NAME_REACH = 32  # letters looked back for the name before a "/"
_LETTERS_AFTER_RE = re.compile(r"[A-Za-z]+")
# Two single capitals either side of "/" name a thing: an "A/B test", an "A/A test".
_NAMED_PAIR_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]$")
# A minus in a formula: spaced (" - "), or tight after a figure, a bracket or a sign ("1-p",
# "(-z)", "^-z", "= -1"); ``_minus`` keeps the hyphens of names and compounds.
_MINUS_RE = re.compile(r"(?<=\s)-(?=\s)|(?<=[0-9)\]\(\^=])\s*-(?=\s*[A-Za-z0-9(\[])")
_WORD_BEFORE_RE = re.compile(r"[A-Za-z0-9_]+$")
_WORD_AFTER_RE = re.compile(r"\s*([A-Za-z]+)")
_GREEK_NAMES = frozenset(_GREEK.values())
# The confusion matrix's cells and rates, as a formula abbreviates them ("TP / (TP + FP)"):
# capitals only, and whole words: "FP16" and "FP-growth" are other things. Said aloud, the
# formula has no symbols ("TP over TP plus FP"), so the cells are spelled in prose too.
_CELLS = {
    "TP": "true positive",
    "FP": "false positive",
    "TN": "true negative",
    "FN": "false negative",
}
_CELL_RE = re.compile(r"\b(TP|FP|TN|FN)(R|s)?\b(?!-)")
# A formula is read one sentence or line at a time: an equation sign in one sentence makes no
# formula of the next ("We ran an A/B test." after "p = 0.03.").
_PIECES_RE = re.compile(r"((?<=[.!?;])\s+|\n+)")


def spell_formulas(text: str) -> str:
    """``text`` with its formulas' symbols written as words ("P(A|B) = P(B|A) P(A) / P(B)" ->
    "the probability of A given B equals the probability of B given A times the probability of
    A divided by the probability of B"). Text with none of the symbols is returned as it is."""
    if ("P" in text or "N" in text) and _CELL_RE.search(text):
        text = _CELL_RE.sub(_spell_cell, text)
    if not _SYMBOLS.intersection(text):
        return text
    return "".join(
        _spell(piece) if _SYMBOLS.intersection(piece) else piece for piece in _PIECES_RE.split(text)
    )


def _spell(text: str) -> str:
    # Each step runs only where its sign is there: most text has a bracket or a hyphen and
    # nothing else of a formula, and is read on every word count.
    out = _SPECIAL_RE.sub(_spell_sign, text)
    probability = "(" in out and bool(_PROBABILITY_RE.search(out))
    if probability:
        out = _given_inside_probabilities(out)
    formula = "=" in out and bool(_EQUALS_RE.search(out))
    formula = formula or "proportional to" in out or " given " in out
    if formula:
        out = _SIDE_BY_SIDE_RE.sub(") times ", out)
    if probability:
        out = _PROBABILITY_RE.sub(" the probability of (", out)
    if "+" in out:
        out = _PLUS_RE.sub(" plus ", out)
    if "*" in out or "·" in out:
        out = _TIMES_RE.sub(" times ", out)
    if "^" in out:
        out = _TRANSPOSE_RE.sub(" transpose ", out)
        out = _INVERSE_RE.sub(" inverse ", out)
        out = _POWER_TWO_RE.sub(" squared ", out)
        out = _POWER_RE.sub(" to the power of ", out)
    if formula:
        out = _MINUS_RE.sub(_minus, out)  # before "=" is spelled: "= -1"
        out = _EQUALS_RE.sub(" equals ", out)
    return _spell_divisions(out, formula)


def _spell_sign(m: re.Match[str]) -> str:
    return _SPELLED[m.group()]


def _spell_cell(m: re.Match[str]) -> str:
    """ "TP" is "true positives" (a count), "TPR" the "true positive rate"."""
    name = _CELLS[m.group(1)]
    return f"{name} rate" if m.group(2) == "R" else f"{name}s"


def _minus(m: re.Match[str]) -> str:
    """ " minus ", unless the hyphen joins a name to a word ("L2-regularized") or a number to a
    word ("20-square-metre", "5-fold"): a minus takes a figure, a bracket, a letter alone or a
    Greek letter's name."""
    if m.group() != "-":
        return " minus "  # spaced, or after a sign or a bracket
    text = m.string
    word = _WORD_BEFORE_RE.search(text, max(0, m.start() - _NAME_REACH), m.start())
    after = _WORD_AFTER_RE.match(text, m.end())
    if word and any(c.isalpha() for c in word.group()):
        return m.group()  # "L2-regularized", "x1-norm"
    if after and len(after.group(1)) > 1 and after.group(1).lower() not in _GREEK_NAMES:
        return m.group()  # "20-square-metre", "5-fold"
    return " minus "


def _given_inside_probabilities(text: str) -> str:
    """ "|" inside a probability's brackets is "given": "P(x1, ..., xn | y)"."""
    pieces: list[str] = []
    at = 0
    for m in _PROBABILITY_RE.finditer(text):
        close = text.find(")", m.end())
        pieces.append(text[at : m.end()])
        pieces.append(text[m.end() : close].replace("|", " given "))
        at = close
    pieces.append(text[at:])
    return "".join(pieces)


def _spell_divisions(text: str, formula: bool) -> str:
    """ "/" is "divided by" in a formula, next to a bracket, or spaced as an operator ("TP /
    (TP + FP)", "2PR/(P+R)"); elsewhere it is the "or" of "train/test" and stays a split, and
    two figures are a split's shares or a rate ("80/20", "24/7")."""
    if "/" not in text:
        return text

    def spell(m: re.Match[str]) -> str:
        ahead = text[max(0, m.start() - _NAME_REACH) : m.start()]
        before = _LETTERS_BEFORE_RE.search(ahead)
        after = _LETTERS_AFTER_RE.match(text, m.end())
        if before and after:
            if _NAMED_PAIR_RE.search(ahead) and len(after.group()) == 1 and after.group().isupper():
                return m.group()  # "an A/B test"
            # "and/or", "train/test", "TCP/IP"; in a formula, a ratio of short names ("TP/FP")
            short = min(len(before.group()), len(after.group())) <= 2
            return " divided by " if formula and short else m.group()
        near = text[m.start() - 1 : m.start()] + text[m.end() : m.end() + 1]
        if formula or any(c in near for c in "()[] "):
            return " divided by "
        return m.group()

    return _DIVIDED_RE.sub(spell, text)
