"""Openings of an answer in plain words that name no concept (issue 9, para44).

answer_subject.py reads the noun phrase an answer's first sentence opens on as the concept the
answer develops, and an answer that opens on another concept keeps a quarter of its key-point
credit. Traced on the dev paraphrases at or below their partial answer, three openings of
correct answers told step by step in everyday words were read as other concepts:

* **a step label**: "Step one: turn every user's name into a scrambled string ..." (read as
  the concept "step one"): a numbered label of what follows, as a heading is;
* **a verb said as an instruction with a counted object**: "Drop k starting centers into the
  data ...", "Roll one die and ...", "Draw two hundred samples ..." (read as "drop k
  starting", "roll one die"): an instruction's verb followed by a number or a one-letter
  variable, when the verb names nothing in the shipped prompts (a quantifier follows words
  that are no verb: "Almost all data ...");
* **a word of sequence after the subject**: "The network *first* squeezes the picture down
  ..." (read as the concept "network first"): "first", "then", "next" end the name as the
  adverbs of frequency already do.
"""

from __future__ import annotations

import re

from simulator.core.scoring.text import is_number, word_set

# Words of a telling's order, said between a subject and its verb.
SEQUENCE_ADVERBS = word_set("first then next now again later finally afterwards thereafter")

_STEP_LABEL = re.compile(
    r"^\W*(?:step|part|stage|phase|round)\s+(?:\d+|one|two|three|four|five|i{1,3}|iv|v)"
    r"\s*[:.)\u2013\u2014-]",
    re.IGNORECASE,
)


def step_label(text: str) -> bool:
    """The sentence opens with a numbered step label ("Step one:", "Stage 2 -")."""
    return _STEP_LABEL.match(text) is not None


def counted_object(word: str, following: str) -> bool:
    """The word, a plain word of letters, is followed by what counts its object: a number, a
    number word, or a one-letter variable ("k centers", "n samples"). "Cohen's d" is a name.
    Any number word text.py knows counts ("Draw fifty samples", "Roll one die"); a quantifier
    does not ("Almost all data ...", "Some methods ...": no verb before it)."""
    return word.isalpha() and (
        is_number(following)
        or (len(following) == 1 and following.isalpha() and following not in ("a", "i"))
    )
