"""Correct sentences charged as contradictions (issue 9, charge49).

* A remedy's purpose told after it (claim_clauses.py): "I'd split by user, not by row, so the
  same person's rows don't leak" says what the split is for; the clause opening with "so" was
  read as denying that rows leak, against the accepted view. A conclusion with no doer ("..., so
  the split does not leak") is still read.
"""

from __future__ import annotations

from simulator.core.scoring.claims import answer_clauses
from simulator.core.scoring.text import tokenize


def test_a_remedy_s_purpose_after_it_is_no_denial_r49() -> None:
    said = "We'd split the rows by customer, not by row, so the same customer's rows don't leak."
    purposes = [c.purpose for c, _ in answer_clauses(tokenize(said)) if c.words[0] == "so"]
    assert purposes == [True]
    plain = "The rows are shuffled at random, so the same customer's rows don't leak."
    purposes = [c.purpose for c, _ in answer_clauses(tokenize(plain)) if c.words[0] == "so"]
    assert purposes == [False]
