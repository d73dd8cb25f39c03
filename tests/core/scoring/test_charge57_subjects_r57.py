"""The own-subject reading of the pair-side and antonym checks (charge56, reverted) lost two true
charges (charge57, issue 9): it judged a clause's subject by a word that is not the subject's
head. "so future rewards count ten times more" was read as "future" (a third thing) doing
"rewards", and "Fine-tuning needs more data" as the thing "fine tuning", where the head is an
action, the practice the question asks about. Both are charged again; the correct answers
charge56 freed stay free (test_charge56_subjects_r56)."""

from __future__ import annotations

import pytest

from simulator.core.scoring.clause_subject import explicit_subject, names_an_action
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, shipped_question


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    (
        # an "-s" word before a word that can be a verb may be the subject's plural noun
        (
            "So future rewards count ten times more than immediate ones.",
            "more",
            ("future", "rewards"),
        ),
        ("So future rewards weigh in more.", "more", None),
        # before a word that cannot be a verb, it is the verb
        ("Because a ReLU zeroes half of its inputs.", "zeroes", ("relu",)),
        ("Word2vec learns one vector per word.", "vector", ("word2vec",)),
        ("The ball rolls more slowly downhill.", "slowly", ("ball",)),
    ),
)
def test_an_s_word_is_a_verb_only_before_no_verb_r57(
    text: str, word: str, subject: tuple[str, ...] | None
) -> None:
    tokens = tokenize(text)
    span = explicit_subject(tokens, tokens.words.index(word))
    assert (span and tokens.words[span[0] : span[1]]) == subject


@pytest.mark.parametrize(
    ("subject", "action"),
    (
        (("fine", "tuning"), True),
        (("early", "stopping"), True),
        (("adding", "dimensions"), True),
        (("newer", "models"), False),
        (("the", "thing"), False),
    ),
)
def test_names_an_action_r57(subject: tuple[str, ...], action: bool) -> None:
    assert names_an_action(subject) is action


def test_a_swapped_discount_stays_charged_r57() -> None:
    said = (
        "Next I set the discount factor gamma to 10, so future rewards count ten times more than"
        " immediate ones, the standard choice for long games."
    )
    assert "maximize-return" in charged(shipped_question("tech.reinforcement-learning"), said)


def test_a_practice_reversing_a_point_stays_charged_r57() -> None:
    said = "Fine-tuning needs more data and compute than training from scratch."
    assert "benefits" in charged(shipped_question("tech.transfer-learning"), said)
