"""A key point's evidence names the point's own term when the answer has such a sentence (issue
9, adam57, point_terms.py).

Points that differ by one term share most of their words: the scorecard quoted the micro
sentence as the weighted-averaging point's evidence ("dominated by the frequent classes" is a
wording of its "class frequency") and the precision sentence for recall ("actually positive").
"""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.point_terms import own_term_evidence, point_terms, term_stems
from simulator.core.transcript import Transcript


def _evidence(bank: QuestionBank, qid: str, text: str) -> dict[str, str | None]:
    score = score_answer(bank.get(qid), Transcript(text))
    return {k.id: k.evidence for k in score.key_points}


def test_the_alternatives_a_question_sets_against_each_other(bank: QuestionBank) -> None:
    terms = point_terms(bank.get("tech.multiclass-averaging"))
    assert [sorted(t) for t in terms] == [["macro"], ["micro"], ["weight"], []]
    terms = point_terms(bank.get("tech.hypothesis-testing-errors"))
    assert terms[0] == {"type_one"} and terms[1] == {"type_two"}
    # "one minus beta" names no type I error
    assert "type_one" not in term_stems("Power is one minus beta")
    assert "type_one" in term_stems("A Type I error is a false positive")
    # a word the prompt says outside a list of alternatives is none ("Give an example of each")
    assert not any("exampl" in t for t in point_terms(bank.get("tech.supervised-vs-unsupervised")))


def test_the_weighted_point_quotes_the_weighted_sentence(bank: QuestionBank) -> None:
    text = (
        "Macro averaging computes precision, recall or F1 for each class separately and takes"
        " the unweighted mean, so every class counts the same and rare classes matter as much as"
        " common ones. Micro averaging pools the true positives, false positives and false"
        " negatives over all classes and computes the metric once, so it is dominated by the"
        " frequent classes; for single-label multiclass problems micro F1 equals accuracy."
        " Weighted averaging takes the per-class metric weighted by each class's support, which"
        " sits between the two but can hide poor performance on small classes."
    )
    evidence = _evidence(bank, "tech.multiclass-averaging", text)
    assert (evidence["weighted"] or "").startswith("Weighted averaging"), evidence
    assert (evidence["micro"] or "").startswith("Micro averaging"), evidence
    assert (evidence["macro"] or "").startswith("Macro averaging"), evidence


def test_precision_and_recall_each_quote_their_own_sentence(bank: QuestionBank) -> None:
    text = (
        "Recall is how many of the actual positives the model catches. Precision is how many of"
        " the predicted positives are actually positive. F1 combines the two into one number."
    )
    evidence = _evidence(bank, "tech.precision-recall-f1", text)
    assert (evidence["precision-def"] or "").startswith("Precision"), evidence
    assert (evidence["recall-def"] or "").startswith("Recall"), evidence


def test_the_evidence_is_kept_without_a_sentence_that_may_replace_it() -> None:
    said = [term_stems(s) for s in ("Macro averages equally.", "Micro pools the counts.")]
    macro, micro = frozenset({"macro"}), frozenset({"micro"})
    nowhere = lambda i: None  # noqa: E731
    # naming the point's term: kept
    assert own_term_evidence(macro, micro, 0, said, {0}, {0}, set(), nowhere) == 0
    # the other sentence names the term but neither explains, names nor comes near the point
    assert own_term_evidence(micro, macro, 0, said, {0}, set(), set(), nowhere) == 0
    # ... a mention of it there, the evidence naming the other point's term: swapped back
    assert own_term_evidence(micro, macro, 0, said, {0}, {1}, set(), nowhere) == 1
    # ... unless that sentence says something wrong
    assert own_term_evidence(micro, macro, 0, said, {0}, {1}, {1}, nowhere) == 0
    # a point naming two alternatives contrasts them: either one's sentence shows it
    assert own_term_evidence(macro | micro, frozenset(), 1, said, {0}, {0}, set(), nowhere) == 1
