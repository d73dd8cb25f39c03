"""A sentence that leans to a wrong claim only as a foil (issue 9, round 45, para45).

An answer with a sentence leaning towards one of the rubric's wrong claims (meaning.py's
``leaning``, over meaning_credit.LEANING_MAX) never reads as a full explanation: static vectors
cannot tell a claim from its opposite, so the sentence may be making it. But a correct answer in
plain words often sets the wrong idea up to turn it down, and those are exactly the sentences
that come nearest to it: "It does *not* mean there is a ninety five percent chance that the true
accuracy sits inside the one range you got", "far fewer numbers to learn *than if* every pixel
were wired to every unit", "Comparing a new ticket against every stored one *would* be too
slow", "*Without* a randomized trial, the people who got the treatment are often different",
"An overall average can look fine *while* one kind of evening is always wrong". One such sentence
cut a whole paraphrase to the half-point credit of an answer not read in full (dev: a propensity
paraphrase 7 against its partial's 64, a delivery-time one 20 against 52).

Here a leaning sentence leans only as a foil, and does not close the full reading, when every
word of the claim it says stands, in its clause, after a denial ("not", "never", "without"),
inside the other side of a comparison ("than", "instead of"), inside a condition ("if",
"unless", "whether"), or beside a hedge ("might", "could", "maybe"; "would" unless a speaker
plans with it: "I would check" is asserted). A fluent wrong answer asserts its claims in their
own clause: "XGBoost is really bagging rather than boosting: it trains hundreds of independent
trees" (its words stand before the comparison), "if the PDP is flat the feature definitely has no
effect" (the claim spans the condition and what follows), "only a three percent chance that
nothing happened and a ninety-seven percent chance the effect is real" ("nothing" is a pronoun,
no denial), "the reparameterization trick doesn't really matter" (denied after the claim's
words, of something else). A sentence that says none of the claim's words leans by meaning
alone and stays leaning; what the sentence says still needs the rest of the full reading
(reach, length, prose). Dev figures: benchmarks/scoring_quality.py (round 45, para45).
"""

from __future__ import annotations

from dataclasses import replace

from simulator.core.questions import Question
from simulator.core.scoring.meaning import MeaningReading, wrong_claims
from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

# Words after which the rest of a clause is denied, set aside as the other side of a comparison,
# or put under a condition or a hedge.
_DENIALS = word_set("not never cannot nor neither without")
_CONDITIONS = word_set("if unless whether suppose supposing assuming")
_HEDGES = word_set("might may could maybe perhaps")
# "would" after one of these is the speaker's plan ("I would check", "we'd rebuild"), asserted.
_PLANNERS = word_set("i we you i'd we'd you'd")
# A sentence this short with no denial is a heading ("Now cold start.", "Next, the costs."): a
# short sentence comes near a short wrong claim by its topic words alone (set 57: a correct
# collaborative-filtering analogy leaned 0.21 to "cf has no cold start" on "Now cold start." and
# was kept from its full reading). "No cold start." still leans.
_HEADING_WORDS = 3


def unframed(question: Question, tokens: Tokens, meaning: MeaningReading) -> MeaningReading:
    """``meaning`` with the sentences that lean only as a foil left out of its leaning."""
    if not meaning.leaning_by:
        return meaning
    claims = wrong_claims(question)
    kept = tuple(
        lean
        for lean in meaning.leaning_by
        if lean[2] >= len(claims) or not foil(tokens, lean[0], claims[lean[2]])
    )
    if len(kept) == len(meaning.leaning_by):
        return meaning
    # every other sentence leans at most 0 (``leaning_by`` holds each one leaning at all)
    leaning = max((lean for _, lean, _ in kept), default=min(meaning.leaning, 0.0))
    return replace(meaning, leaning=leaning, leaning_by=kept)


def foil(tokens: Tokens, index: int, claim: str) -> bool:
    """Does sentence ``index`` say the words of ``claim`` it says only denied, compared
    against, conditioned or hedged (a question asserts nothing)?"""
    sentence = tokens.sentences[index]
    if sentence.text.rstrip().endswith("?"):
        return True
    first = sentence.first_word
    ws = tokens.words[first : sentence.last_word]
    if len(ws) <= _HEADING_WORDS and not any(w in _DENIALS or w == "no" for w in ws):
        return True  # "Now cold start.": a heading names what comes next, it asserts nothing
    stems = tokens.stems[first : sentence.last_word]
    own = set(words(claim))
    content = {stem(w) for w in own if w not in STOPWORDS}
    said = [
        i
        for i, (w, s) in enumerate(zip(ws, stems, strict=True))
        if s in content and w not in STOPWORDS
    ]
    if not said:
        return False
    clauses = clause_ids(sentence)
    # The clauses that say the claim: two of its words or more. A single word sharing only its
    # stem with the claim, in another clause, says no claim ("You can't compare every posting
    # with every other one, ... so you first make short *lists* of suspects" against "you can
    # compare every *listing* with every other": dev_blind45, a correct paraphrase kept from
    # its full reading); the claim's own word there may carry it on ("if the PDP is flat the
    # feature has no *effect*").
    saying = {
        c
        for c in {clauses[i] for i in said}
        if len({stems[i] for i in said if clauses[i] == c}) >= _SAYING_MIN
    }
    if saying:
        said = [i for i in said if clauses[i] in saying or ws[i] in own]
    return all(_framed(ws, clauses, i, own) for i in said)


_SAYING_MIN = 2  # distinct words of a claim that make a clause say it


def _framed(ws: tuple[str, ...], clauses: tuple[int, ...], at: int, own: set[str]) -> bool:
    """Does word ``at`` stand after a denial, a comparison or a condition in its clause, or in
    a clause with a hedge? Two denials before it cancel: "You *cannot* keep adding trees to a
    random forest *without* it starting to overfit" asserts that more trees overfit (a review
    of round 45 found it read as a foil, so a verbose-wrong answer lost its leaning)."""
    clause = [j for j in range(len(ws)) if clauses[j] == clauses[at]]
    denials = 0
    for j in clause:
        w = ws[j]
        if w in own:
            continue
        if w in _HEDGES or (w == "would" and (j == 0 or ws[j - 1] not in _PLANNERS)):
            return True
        if j >= at:
            continue
        # ("tumour or not tumour" denies nothing: it names both answers)
        if w in _DENIALS and (j == 0 or ws[j - 1] != "or"):
            denials += 1
        if w in _CONDITIONS or w == "than":
            return True
        if w == "instead" and j + 1 < len(ws) and ws[j + 1] == "of":
            return True
    return denials % 2 == 1
