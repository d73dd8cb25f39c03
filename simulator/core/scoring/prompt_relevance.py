"""Relevance of a story to a question WITHOUT an intent (an outside author's pack, round 30).

``questions/README.md`` lets a pack's author leave ``intent`` out: then the prompt, the
competency and the star fields alone say what the question asks. Before round 30 the rule was
one word: a story saying any content word of the prompt (or a key-point phrase) was on the
question, one saying none lost ``OFF_QUESTION_PENALTY``. Measured with every repository
behavioral question stripped of its intent (``benchmarks/scoring_quality.py --no-intent``, the
question given another id so that no shipped theme stands in for it) on the development STAR
sets, that rule flagged 30 of 202 relevant stories (told in everyday words, they say no word
of the prompt) and caught 28 of 54 stories told for a neighbouring question (a neighbour's
story says "moved", "team" or "data" as easily as the asked one's).

Three signals now decide, each from the question's own text:

* the prompt's focus words (``relevance.focus_words``, with everyday words for them) and the
  key-point phrases, as before;
* nearness: the story's words as a whole (theme_match.py: TF-IDF) ranked against the
  question's own rubric (prompt, competency, star fields, key points) and the shipped themes'.
  The question's rubric among the ``NEAR_RANK`` closest keeps the story on the question whatever
  words it uses; a shipped theme whose rubric is close to the question's own
  (``SAME_THEME``: an outside "tell me about a conflict" next to the shipped conflict question)
  is the same theme, not a rival;
* framing: a shipped theme (not the same one) said in the story's situation, task and result
  sentences (``FRAMED_APART`` or more) names what the story is about instead.

A story near the question's rubric is on it. Far from it, a story saying no focus word and no
key-point phrase is off: at ``OFF_QUESTION_PENALTY`` when another theme frames it, at the lower
cost otherwise (a relevant story in everyday words lands there too); one saying only one kind of
them is off at the lower cost when another theme frames it; one saying both is on. The verdict names the
prompt's own question ("you handed your work over to someone else") as what was asked.

Tuned on the development STAR sets (dev rounds 5-7, 18, 25, 27-29, calibration: 202 relevant
stories, 54 told for a neighbouring question), every question stripped of its intent:
off-question stories lower and told 28 -> 36 of 54, relevant stories flagged 30 -> 30 of 202
(``--bare``, the key points stripped too: 29 -> 35 and 55 -> 48). The questions that keep an
intent (the whole shipped bank) are judged as before. Left: a relevant story in everyday words
far from an outside author's few rubric words is still flagged (at the lower cost unless
another theme frames it).

Round 31 (``pack_rival``): the loaded bank's other behavioral questions are rivals too
(bank_rivals.py), so two neighbouring questions of the same outside pack are weighed against
each other by their rubrics. Only for an asked question without intent: the same rule for a pack
question with an intent (its rivals' intents framing the story as the shipped themes' do) caught
3 -> 5 of 8 stories told for star30's pack neighbour once star31 gave that pack intents, but
flagged 3 more of 497 relevant repository stories with every shipped question made a pack
question with its intent (0 more caught there), so it was left out.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from weakref import WeakKeyDictionary

from simulator.core.questions import Question
from simulator.core.scoring.asked_event import asked_event
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.intent_phrases import framing, story_themes
from simulator.core.scoring.text import Tokens
from simulator.core.scoring.theme_match import (
    Rubrics,
    build_vectors,
    closeness_to,
    cosine,
    rubric_text,
)

# The question's rubric among this many closest to the story's words: on the question.
NEAR_RANK = 5
# A shipped theme whose rubric's cosine with the question's own is this high is the same theme
# (a shipped question stripped of its intent: 0.7 or more with its own theme) ...
SAME_THEME = 0.5
# ... and so is the closest one when it is this close and ``SAME_LEAD`` times closer than the
# next: an outside author's paraphrase of a shipped theme shares fewer words with it ("a
# disagreement between two colleagues you helped settle": 0.28 with the conflict theme, 0.10
# with the next). Between two different shipped themes the closest is at most 0.25, and never
# twice as close as the next.
SAME_CLOSEST = 0.2
SAME_LEAD = 2.0
# ... and the closest one whatever the next when it is this close: no two different shipped
# themes come nearer than 0.26 (give-difficult-feedback and difficult-team-member), while an
# outside author's "stop or drastically scale back a project" sits at 0.39 from the shipped
# stop-a-project theme, with project-failure at 0.21 next to it (round 31).
SAME_CLOSE = 0.32
# A shipped theme said in this many framing sentences names what the story is about ...
FRAMED_APART = 2
# ... and in this many when the story says the prompt's own words too.
FRAMED_APART_TOUCHED = 3
# Another question of the loaded bank that no shipped theme stands for (round 31: a question of
# the same user pack) whose rubric is this many times nearer the story's words than the asked
# one's is what the story answers (``pack_rival``).
RIVAL_LEANS = 2.5


@dataclass(frozen=True)
class PromptVerdict:
    """Whether the story is off the question ("": on it; "lower" or "full": the cost it
    loses) and the label of the shipped theme that frames it instead ("" when none does)."""

    off: str  # "", "lower" or "full"
    reads_as: str = ""


@lru_cache(maxsize=64)
def _built(
    question_id: str, text: str, rivals: tuple[tuple[str, str], ...] = ()
) -> tuple[Rubrics, frozenset[str]]:
    """The vectors of the shipped themes' rubrics, of the bank's other rivals (``rivals``: id
    and rubric text, round 31) and of the question's own (``text``; keyed by it too, so an
    edited pack is a new question), and the themes that are the same theme as the question
    (``SAME_THEME``)."""
    texts = {q.id: rubric_text(q) for q in story_themes() if q.id != question_id}
    texts.update((qid, rubric) for qid, rubric in rivals if qid != question_id)
    texts[question_id] = text
    built = build_vectors(texts)
    mine = built[1][question_id]
    cosines = sorted(
        ((cosine(mine, vector), qid) for qid, vector in built[1].items() if qid != question_id),
        reverse=True,
    )
    same = {qid for value, qid in cosines if value >= SAME_THEME}
    if len(cosines) > 1:
        (top, closest), (second, _) = cosines[0], cosines[1]
        if top >= SAME_CLOSE or (top >= SAME_CLOSEST and top >= SAME_LEAD * second):
            same.add(closest)
    return built, frozenset(same)


# Each bank's rivals' rubric texts (id, text), made once per bank, not once per story scored
# (review31); keyed by the Rivals object (one per loaded bank, hashed by identity), gone with it.
_RIVAL_TEXTS: WeakKeyDictionary[Rivals, tuple[tuple[str, str], ...]] = WeakKeyDictionary()
_RIVAL_TEXTS_LOCK = threading.Lock()  # stories are scored on several compute threads


def _rival_texts(rivals: Rivals) -> tuple[tuple[str, str], ...]:
    with _RIVAL_TEXTS_LOCK:
        texts = _RIVAL_TEXTS.get(rivals)
    if texts is None:
        texts = tuple((q.id, rubric_text(q)) for q in rivals.questions)
        with _RIVAL_TEXTS_LOCK:
            _RIVAL_TEXTS[rivals] = texts
    return texts


def same_themes(question: Question) -> frozenset[str]:
    """The ids of the shipped themes that are the question's own theme in other words."""
    return _built(question.id, rubric_text(question))[1]


def near_rubric(question: Question, tokens: Tokens) -> bool:
    """Is the question's own rubric among the ``NEAR_RANK`` closest to the story's words (the
    shipped themes that are the same theme left out)?"""
    built, same = _built(question.id, rubric_text(question))
    near = closeness_to(tokens, built)
    mine = near[question.id]
    if mine <= 0.0:
        return False
    closer = sum(1 for qid, v in near.items() if v > mine and qid not in same)
    return closer < NEAR_RANK


def pack_rival(question: Question, tokens: Tokens, bank_rivals: Rivals) -> Question | None:
    """The question of ``bank_rivals`` (the loaded bank's behavioral questions) no shipped theme
    stands for that the story answers instead, by its words as a whole: the one whose rubric is
    nearest the story's, ``RIVAL_LEANS`` times nearer than the asked question's (or a theme that
    is the asked one in other words); a rival that is itself the asked theme in other words
    (``SAME_THEME``) is no rival. None when there is none.

    Tuned on star30's outside pack (heldout_star30_nointent_star.yaml, now development data:
    off-question stories told for the pack's own neighbour 3 -> 6 of 8 caught, none of its 8
    relevant stories flagged) and on every repository STAR set with each shipped question
    stripped of its intent and made a pack question (56 pairs: 27 off-question stories lean so
    to their true question's copy, 2 relevant stories lean so elsewhere; at 2 times, 38 and 3)."""
    rivals = bank_rivals.besides(question, (q.id for q in story_themes()))
    if not rivals:
        return None
    mine_text = rubric_text(question)
    known = {q.id for q in rivals}
    texts = tuple(pair for pair in _rival_texts(bank_rivals) if pair[0] in known)
    built, _ = _built(question.id, mine_text, texts)
    same = same_themes(question)  # shipped themes only: a pack's neighbour is weighed below
    near = closeness_to(tokens, built)
    mine = max([near[question.id], *(near[qid] for qid in same)])
    own = built[1][question.id]
    best: tuple[float, Question] | None = None
    for rival in rivals:
        if rival.id == question.id or rival.id in same:
            continue
        if cosine(built[1][rival.id], own) >= SAME_THEME:
            continue
        if best is None or near[rival.id] > best[0]:
            best = (near[rival.id], rival)
    if best is None or best[0] <= 0.0 or best[0] < RIVAL_LEANS * max(mine, 1e-3):
        return None
    return best[1]


def bank_closeness(
    question: Question, tokens: Tokens, bank_rivals: Rivals
) -> tuple[float, dict[str, float]]:
    """The story's closeness to the question's own rubric (or the nearest shipped theme that is
    the question in other words, ``same_themes``), and to every other behavioral question's
    rubric, by id: the shipped themes and the loaded bank's questions no shipped theme stands
    for, a question whose rubric is itself the asked one's in other words (``SAME_THEME``) left
    out. What answered_elsewhere.py weighs."""
    shipped = {q.id for q in story_themes()}
    rivals = bank_rivals.besides(question, shipped)
    known = {q.id for q in rivals}
    texts = tuple(pair for pair in _rival_texts(bank_rivals) if pair[0] in known)
    built, _ = _built(question.id, rubric_text(question), texts)
    same = same_themes(question)
    near = closeness_to(tokens, built)
    mine = max([near[question.id], *(near[qid] for qid in same if qid in near)])
    own = built[1][question.id]
    others = {
        qid: value
        for qid, value in near.items()
        if qid != question.id
        and qid not in same
        and (qid in shipped or cosine(built[1][qid], own) < SAME_THEME)
    }
    return mine, others


def framed_apart(
    question: Question, tokens: Tokens, labels: Sequence[str] | None
) -> tuple[int, str]:
    """The shipped theme (not the question's own) said in the most situation, task and result
    sentences: (how many, its label); (0, "") when none or no labels."""
    if not labels:
        return 0, ""
    same = same_themes(question)
    best = (0, "")
    for other in story_themes():
        if other.id == question.id or other.id in same or other.intent is None:
            continue
        count = framing(other.intent, tokens, labels)
        if count > best[0]:
            best = (count, other.intent.label)
    return best


def judged_by_prompt(
    question: Question,
    tokens: Tokens,
    labels: Sequence[str] | None,
    touched: bool,
    rubric_touched: bool,
) -> PromptVerdict:
    """The verdict for a question without intent (see the module's docstring)."""
    if near_rubric(question, tokens):
        return PromptVerdict("")
    count, theme = framed_apart(question, tokens, labels)
    if not touched and not rubric_touched:
        # Framed by another theme as well: off. Otherwise it may be a relevant story told in
        # its own words, far from the few words of an outside author's rubric: the lower cost.
        if count >= FRAMED_APART:
            return PromptVerdict("full", theme)
        return PromptVerdict("lower")
    if touched and rubric_touched:
        return PromptVerdict("")
    if count >= (FRAMED_APART_TOUCHED if touched else FRAMED_APART):
        return PromptVerdict("lower", theme)
    return PromptVerdict("")


def asked_clause(prompt: str) -> str:
    """What the prompt asks, in its own words: the asked event read from the prompt's structure
    (asked_event.py, round 46: the opening, asides, an alternative ask and the later asks cut:
    "you said no to a request", "how you check an analysis before its results go out", "an
    auditor, regulator or reviewer asked you to justify how a model reached its decisions"),
    or the first sentence when nothing is left."""
    clause = asked_event(prompt).clause
    first = re.split(r"(?<=[.?!])\s", prompt.strip(), maxsplit=1)[0]
    return clause or first.rstrip("?.! ")
