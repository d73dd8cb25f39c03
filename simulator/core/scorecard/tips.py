"""The session tip about the weakest category, made concrete where the scorecard is built.

The scorer's last-resort tip read "Practise your weakest category again tomorrow and compare
the scores." (or "Practise this category again ..." in a one-category session): it named no
category, no question and nothing to do (walkthrough 40). Stored sessions keep the scorer's words;
the scorecard (the page and every export) says instead which category, its mean against the
others', which question to practise again and what to change in it, from the answers it shows.
Scores are untouched: only the tip's wording is derived here.

The scorer's first tip often revisits the session's weakest answer ("Revisit bias variance:
explain “Fits noise in the training set”."), the same answer the category tip picks: the list
then named that question twice, a skipped one as "Revisit ..." and again as "practise ... again
and give an answer this time" (walkthrough 42). The two are said as one tip, in the first
one's place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.reordering import shown_topic
from simulator.core.scorecard.model import AnswerView
from simulator.core.tables import QUESTION_GONE, category_label, category_name

# The scorer's wordings this replaces (core/scoring/overall.py, _session_tips' generic tips).
WEAKEST_OF_SEVERAL = "Practise your weakest category again tomorrow and compare the scores."
THE_ONLY_ONE = "Practise this category again tomorrow and compare the scores."
# the scorer's generic tip for a session with no delivery score (only said of a typed one)
ANSWER_OUT_LOUD = "Answer out loud next time:"
PRACTISE_AGAIN = "Ctrl+Shift+P on its row"
# A key of the window, as the tips write it: "(Ctrl+Shift+R)", "(85 this time; Ctrl+Shift+P ...)".
_KEY = re.compile(r"(?:Ctrl|Alt|Shift|Cmd)\+")
_ASIDE = re.compile(r" \(([^()]*)\)")

_STAR_TO_ADD = {
    "situation": "set the scene first (where, when, who)",
    "task": "say what you had to achieve and why it fell to you",
    "action": "tell the steps you took yourself, with “I”",
    "result": "end on the outcome, with a number",
}


def without_keys(tip: str) -> str:
    """``tip`` for a file (an export): its asides that name a key of the window left out, the
    rest kept. "(Ctrl+Shift+P on its row)" in an HTML page, a Markdown file or a PDF named a
    key that does nothing there (walkthrough 45)."""

    def aside(match: re.Match[str]) -> str:
        kept = [part for part in match.group(1).split("; ") if not _KEY.match(part)]
        return f" ({'; '.join(kept)})" if kept else ""

    return _ASIDE.sub(aside, tip)


# The window's pages as its texts name them, and what a file says instead: an HTML page, a
# Markdown file, a PDF or JSON has no Review page to look "on" (walkthrough 45). The file
# carries each question's model answer itself; a recording is heard in the app only.
_OUTSIDE_THE_APP = (
    ("the model answer on Review", "the question's model answer"),
    (" in Review", " in the app's Review page"),
)


def for_a_file(text: str) -> str:
    """``text`` (a tip, an answer's feedback or note) as a file gives it: without the window's
    keys (``without_keys``), and with the window's pages said as a reader outside the app
    understands them."""
    text = without_keys(text)
    for window, file in _OUTSIDE_THE_APP:
        text = text.replace(window, file)
    return text


def concrete_tips(
    tips: Sequence[str], answers: Sequence[AnswerView], per_category: dict[str, int]
) -> list[str]:
    """``tips`` with the scorer's vague category tip, if any, made concrete; a question is
    named by one tip only."""
    out = list(tips)
    for tip in tips:
        if not _vague(tip):
            continue
        chosen = _weakest_answer(answers, per_category)
        if chosen is None:
            continue
        revisit = next((t for t in tips if _revisits(t, chosen)), None)
        others = [t for t in tips if t not in (tip, revisit)]
        better = _weakest_category_tip(chosen, per_category, others)
        # a term it named without explaining, asked in the same tip: "Go beyond naming terms
        # in question 1 ..." under "... start with question 1 ..." named one question twice
        # (ui67, a one-question session at 960 x 640)
        naming = next((t for t in tips if _names_terms_of(t, chosen)), None)
        if naming is not None and (m := _NAMING.fullmatch(naming)):
            better = (
                f"{better[:-1]}; and explain “{m['label']}” in a sentence, not by its name alone."
            )
            out.remove(naming)
        if revisit is None:
            out[out.index(tip)] = better
        else:  # said once, where the revisit was (the scorer put it first: most to gain)
            out[out.index(revisit)] = better
            out.remove(tip)
    return out


def _names_terms_of(tip: str, answer: AnswerView) -> bool:
    """Whether ``tip`` is the scorer's "Go beyond naming terms (<topic>): explain “<point>” in a
    sentence." about ``answer`` (its topic, and a point it named without explaining)."""
    m = _NAMING.fullmatch(tip)
    return (
        m is not None
        and m["topic"] == shown_topic(answer.topic)
        and any(k.label == m["label"] and k.status == "named" for k in answer.key_points)
    )


# The scorer's session tips that name a question by its topic alone (core/scoring/overall.py,
# _session_tips), as stored_tip gives them back: "Revisit bias variance: explain “...”." named
# no question, and two questions of one topic (or a topic a person does not know as a label)
# left the reader guessing which one to practise (walk55).
_REVISIT = re.compile(r"Revisit (?P<topic>.+?): explain “(?P<label>.+)”\.")
_CORRECT = re.compile(
    r"(?P<verb>Correct a misconception|Qualify sweeping claims) about (?P<topic>.+?): (?P<rest>.+)",
    re.DOTALL,
)
_STORY = re.compile(
    r"Answer the question asked: your story for (?P<topic>.+?) "
    r"(?P<rest>(?:reads as one about|never shows it).*)",
    re.DOTALL,
)
_NAMING = re.compile(
    r"Go beyond naming terms \((?P<topic>.+?)\): explain “(?P<label>.+)” in a sentence\."
)
# the scorer's tip about an answer cut by End (scoring/overall.py, ended_early_tip)
_ENDED = re.compile(
    r"Finish your answer on (?P<topic>.+?) next time: you ended the interview during it, "
    r"so it was scored on what you had said by then\."
)
# what to do with such an answer, as a tip says it
FINISH_IT = "take your answer to its end this time (you ended the interview during it)"
PROMPT_CHARS = 60  # a tip quotes the start of a longer question, to this many characters


def question_named(answer: AnswerView) -> str:
    """ "question 2 (“What is the bias variance trade-off?”)": the number it has on the card
    and in every export, and its words (the first sentence, the start of a long one); a
    question no longer in the packs by its number alone."""
    if answer.prompt == QUESTION_GONE or not answer.prompt.strip():
        return f"question {answer.number}"
    return f"question {answer.number} (“{short_prompt(answer.prompt)}”)"


def short_prompt(prompt: str, limit: int = PROMPT_CHARS) -> str:
    """The first sentence of ``prompt``, cut at a word before ``limit`` characters (with "…")."""
    text = " ".join(prompt.split())
    first = re.match(r".+?[.?!](?=\s|$)", text)
    text = first.group(0) if first else text
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def tips_naming_questions(tips: Sequence[str], answers: Sequence[AnswerView]) -> list[str]:
    """``tips`` with each one that names a question by its topic saying which question (its
    number and words) and what to practise in it; a tip whose question is not found among
    ``answers`` is kept as the scorer said it."""
    return [_naming_a_question(tip, answers) for tip in tips]


def _naming_a_question(tip: str, answers: Sequence[AnswerView]) -> str:
    def of_topic(topic: str, given: bool = True) -> list[AnswerView]:
        return [
            a
            for a in answers
            if shown_topic(a.topic) == topic and (a.prompt != QUESTION_GONE)
            and not (given and a.skipped)
        ]  # fmt: skip

    if m := _REVISIT.fullmatch(tip):
        label = m["label"]
        # the scorer's weakest answer (a skip counts as 0), the first of equal ones
        found = [
            a
            for a in of_topic(m["topic"], given=False)
            if any(k.label == label and not k.covered for k in a.key_points)
        ]
        chosen = min(found, key=lambda a: 0 if a.skipped else a.overall or 0, default=None)
        if chosen is None:
            return tip
        # a skipped question was never answered: "practise it again" said otherwise
        todo = "answer it this time" if chosen.skipped else "practise it again"
        return (
            f"{_capital(question_named(chosen))}: {todo} ({PRACTISE_AGAIN}) and explain “{label}”."
        )
    if m := _ENDED.fullmatch(tip):
        chosen = next((a for a in of_topic(m["topic"]) if a.ended_early), None)
        if chosen is None:
            return tip
        return (
            f"{_capital(question_named(chosen))}: practise it again ({PRACTISE_AGAIN}) and "
            f"{FINISH_IT}; it was scored on what you had said by then."
        )
    if m := _CORRECT.fullmatch(tip):
        chosen = next((a for a in of_topic(m["topic"]) if a.misconceptions), None)
        if chosen is None:
            return tip
        return f"{m['verb']} in {question_named(chosen)}: {m['rest']}"
    if m := _STORY.fullmatch(tip):
        chosen = next((a for a in of_topic(m["topic"]) if a.off_question), None)
        if chosen is None:
            return tip
        return f"Answer the question asked: your story for {question_named(chosen)} {m['rest']}"
    if m := _NAMING.fullmatch(tip):
        label = m["label"]
        chosen = next(
            (
                a
                for a in of_topic(m["topic"])
                if any(k.label == label and k.status == "named" for k in a.key_points)
            ),
            None,
        )
        if chosen is None:
            return tip
        return (
            f"Go beyond naming terms in {question_named(chosen)}: explain “{label}” in a sentence."
        )
    return tip


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _vague(tip: str) -> bool:
    return tip in (WEAKEST_OF_SEVERAL, THE_ONLY_ONE)


def _weakest_answer(
    answers: Sequence[AnswerView], per_category: dict[str, int]
) -> AnswerView | None:
    """The answer to practise again: the lowest of the one weakest category, of those whose
    question is still in the packs (practising a removed one says it cannot be done; review
    of round 45). None when there is no such answer: the scorer's own tip stays."""
    if not per_category:
        return None
    low = min(per_category.values())
    weakest = [c for c, v in per_category.items() if v == low]
    if len(weakest) != 1:
        return None  # two categories equally weak: no one of them to name
    counted = [
        a
        for a in answers
        if a.category == weakest[0]
        and (a.skipped or a.overall is not None)
        and a.prompt != QUESTION_GONE
    ]
    return min(counted, key=lambda a: 0 if a.skipped else a.overall or 0, default=None)


def _revisits(tip: str, answer: AnswerView) -> bool:
    """Whether ``tip`` is the scorer's "Revisit <topic>: explain “<point>”." about ``answer``
    (its topic, and a key point of its own: not another question of the same topic), or its
    tip about ``answer`` cut by End ("Finish your answer on <topic> ...")."""
    if answer.ended_early and (m := _ENDED.fullmatch(tip)):
        return m["topic"] == shown_topic(answer.topic)
    head = f"Revisit {shown_topic(answer.topic)}: explain “"
    return tip.startswith(head) and any(
        tip == f"{head}{k.label}”." for k in answer.key_points if not k.covered
    )


def _weakest_category_tip(
    answer: AnswerView,
    per_category: dict[str, int],
    other_tips: Sequence[str],
) -> str:
    category = answer.category
    low = per_category[category]
    # Named by its number and words: "the bias variance question" named a topic, and a
    # session can hold two of one topic (walk55). A question no longer in the packs is named
    # by its number (it read "practise the  question again", naming nothing: attack run 45).
    which = question_named(answer)
    todo = _what_to_change(answer, other_tips)
    if len(per_category) > 1:
        rest = ", ".join(
            f"{v} for {category_name(c)}" for c, v in per_category.items() if c != category
        )
        return (
            f"{category_label(category)} is your weakest category ({low} against {rest}): "
            f"practise {which} again ({PRACTISE_AGAIN}) and {todo}."
        )
    # "scored 3/100": a bare "3 this time" after the question's words read as a count of
    # something (walk64, the scorecard at 960 x 640 and 1400 x 900)
    done = answer.shown_overall
    if not answer.skipped and answer.overall is not None:
        done = f"scored {done}/100"
    return (
        f"Practise {category_name(category)} questions again tomorrow: start with {which}, "
        f"{done} this time ({PRACTISE_AGAIN}), and {todo}."
    )


def _what_to_change(answer: AnswerView, other_tips: Sequence[str]) -> str:
    """One concrete change for ``answer``, not one another tip already asks for."""
    said = " ".join(other_tips)
    missed = sorted((k for k in answer.key_points if not k.covered), key=lambda k: -k.weight)
    unsaid = [k.label for k in missed if f"“{k.label}”" not in said]
    if answer.skipped:
        todo = "give an answer this time, even a short one (a skip counts as 0)"
        return f"{todo} that explains “{unsaid[0]}”" if unsaid else todo
    if answer.ended_early:  # what it lacks it may have been going to say
        return FINISH_IT
    star = answer.star
    if star is not None:
        if star.off_question:
            return "tell a story that shows what the question asks for"
        for part in star.missing:
            if part in _STAR_TO_ADD:
                return _STAR_TO_ADD[part]
        short = [p for p in star.parts if p.verdict == "too short"]
        if short:
            lacking = min(short, key=lambda p: p.share - p.lo)  # the furthest below its band
            basis = "speaking time" if star.share_basis == "time" else "words"
            return (
                f"give the {lacking.name} more room ({lacking.percent}% of your {basis}, "
                f"target {lacking.target})"
            )
    if unsaid:
        return f"explain “{unsaid[0]}”"
    gaps = [f.step for f in answer.framework if not f.covered]
    if gaps:
        return "walk through " + ", ".join(gaps)
    # every point covered, some for part of its weight ("covered once, 85% earned"): the
    # change that earns the rest, not the model answer another tip already sends people to
    # (a 93 was told to "compare your answer with the model answer" above "Reread the
    # model answer and say it in your own words.", walkthrough 42)
    partly = sorted((k for k in answer.key_points if k.covered and "earned" in k.status_text),
                  key=lambda k: -k.weight)  # fmt: skip
    for point in partly:
        if f"“{point.label}”" not in said:
            return f"say “{point.label}” once more another way (an example, a reason)"
    return "compare your answer with the model answer on Review (Ctrl+Shift+R)"
