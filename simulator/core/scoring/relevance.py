"""Behavioral relevance: does the story answer the question that was asked?

A well-told story about the wrong thing (a proud fraud-model launch for "tell me about a
mistake") used to score as high as the right one.

* Intent (the bank's behavioral questions): each question says what must happen in a story
  that answers it (``intent.label``: "a mistake you made yourself, and what you learned") and
  everyday ways a candidate says so ("mistake", "my fault", "should have", "bug", "I forgot").
  A story that says none of them is off the question. Phrases match whole and in order, small
  words included ("told him" is not "told"), after stemming and with one-edit spelling slips.
* Focus words (packs without an intent): the prompt's content words, minus what every
  behavioral prompt says, or an everyday word for them, and the question's key-point phrases:
  a story touching none of them is off the question. This rule is lenient: a story about
  something else often shares one word with the prompt.

Where the intent is said matters (round 7): a story sets out its theme in its situation, task
and result; an off-question story often says one of the question's everyday phrases in passing,
in one step ("along the way I fixed a bug", "I got the patch reviewed in time"). So the intent
counts when a situation, task or result sentence says it, or when it is said in two places or
more; said once, in one action, it is in passing: the story is judged by the weaker signals
below, taken from the rest of the story (the step's "in time" must not count again as the
prompt's "deadline"), at no more than ``OFF_QUESTION_PENALTY_UNSURE``, and the feedback names
the words said in passing. On the repository's stories and the bank's model answers (147
relevant, 29 off-question, including ten new dev stories each saying one phrase in passing,
dev_round7_star.yaml) this moved off-question stories caught from 17 to 26 of 29 and relevant
stories flagged from 5 to 7 of 147 (both new ones tell their theme only in one step: "my first
step was a breakdown of the error", "I built features ..." for the proudest project). A
second dev batch written after the change and measured once: 3 of 4 off-question stories
caught (the miss says two phrases in one step), 1 of 6 relevant stories flagged (it says no
intent phrase at all). On the blind round-7 set (run once, after the last change) 2 of 5
off-question stories were caught and 3 of 18 relevant ones flagged.

Each intent phrase is specific: none is said by more than a quarter of the other behavioral
questions' model answers (a test checks it). A story with no intent phrase is judged by two
weaker signals, a word of the prompt itself ("what I learned") and a phrase of the question's
key points: with both it is on the question; with one it loses ``OFF_QUESTION_PENALTY_UNSURE``
(a relevant story in its own words may land there); with neither ``OFF_QUESTION_PENALTY``.

Measured with ``benchmarks/scoring_quality.py``: on the repository's stories (calibration,
rounds 3, 5 and 6 dev, with a batch of relevant stories avoiding the prompt's headline word)
and the bank's 34 model answers, 2 of 116 relevant stories are flagged and 14 of 15 stories
answering another question are caught (the focus-word rule alone: 2 of 116 and 4 of 15). On
the private round-6 held-out (heldout_round6_own_star.yaml, 14 relevant stories, 13 of them
told in their own words), measured once: 5 of 14 relevant stories were flagged and 3 of 4
off-question stories caught. The two-signal rescue was then chosen on what that showed (all
five false flags had no intent phrase; two of them had both weak signals, no caught story
did): 3 of 14 flagged, still 3 of 4 caught, so that set is no longer blind. Intent phrases
are words: a relevant story that never says what the question is about is the weak spot,
and so is a story about something else that says one of the question's everyday phrases in
passing. On the blind round-6 set (written by another engineer, run once after the last
change) the rule caught none of its 3 off-question stories and flagged 1 of its 16 relevant
ones: the intents as written do not yet tell a story's topic from a phrase said in passing.
The first intents caught 10 of 11 dev stories but flagged 7 of the 10 relevant own-words
stories; the phrases were widened with everyday ways of saying each thing and words common
to all stories were dropped.
Meaning (static sentence vectors) is not used: the asked question ranked first among the 34
behavioral intents for an off-question story and 27th for a relevant one. Measured again in
round 7 with the topic taken out (each question as its intent label, prompt and model answer,
the mean of the 34 subtracted; the story's situation, task and result sentences): the asked
question is in the top 3 for 56 % of 113 relevant stories and none of 29 off-question ones,
in the top 8 for 76 % and 24 %. Too weak to decide (it would flag a quarter of relevant
stories), and scoring one answer has no view of the other questions. Comparing with the
best-matching other question does not help either: relevant stories in their own words match
other intents as strongly as off-question stories do.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.matching import AnswerIndex, Phrase, compile_phrase
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, tokenize, word_set, words

OFF_QUESTION_PENALTY = 20
# No intent phrase, but a word of the prompt itself ("what I learned") or a phrase of the
# question's key points: probably off the question, and told so, at half the cost (a relevant
# story in its own words may land here). Both of them: on the question.
OFF_QUESTION_PENALTY_UNSURE = 10
# Marks the words a story said the intent with only in passing (in one step), so the feedback
# can say so: off_question's second item is IN_PASSING + the words.
IN_PASSING = "in passing: "
_PROMPT_GENERIC = frozenset(
    stem(w)
    for w in word_set(
        """tell time about describe example give walk through handle approach real specific
        did do you your had have was were what how when which why one work made make exactly
        something anything most me project problem model system machine ml team any another
        other such without people close"""
    )
)
# Other everyday ways to say what a prompt asks about ("hard" ~ "tricky", "mistake" ~ "bug").
_RELATED = {
    stem(k): frozenset(stem(w) for w in v.split())
    for k, v in {
        "challenging": "hard difficult tricky complex struggle obstacle challenge",
        "hard": "challenging difficult tricky complex struggle obstacle",
        "mistake": "error bug wrong fault blame broke broken slip",
        "difficult": "hard conflict clash frustrated tension friction disagreed tough",
        "conflict": "disagreed disagreement tension clash argument friction",
        "deadline": "due date launch date time pressure",
        "failed": "failure fail flop cancelled shut abandoned",
        "failure": "failed fail flop cancelled shut abandoned",
        "feedback": "criticism critique review told",
        "disagreed": "disagree disagreement pushed objected concern",
        "ambiguous": "unclear vague undefined open",
        "vague": "unclear ambiguous undefined open",
        "mentored": "mentor coached coach intern new hire onboarding taught",
        "junior": "intern graduate new hire",
        "ownership": "owned own responsibility stepped",
        "fairness": "bias biased discrimination protected equal fair",
        "ethical": "bias biased discrimination harm fair",
        "incident": "outage alert broke down paged on call rollback",
        "estimated": "estimate longer delay slipped underestimated",
        "privacy": "personal consent gdpr pii",
        "influence": "convince convinced persuade persuaded buy",
        "authority": "say roadmap report reports",
        "functional": "marketing sales finance department departments stakeholders",
        "proud": "achievement favourite favorite biggest impact",
        "learned": "lesson lessons taught realised realized since",
        "contribution": "responsible role owned led",
        "stakeholder": "manager director client customer sales marketing",
    }.items()
}


@lru_cache(maxsize=256)
def focus_words(prompt: str) -> frozenset[str]:
    """The stems a story answering ``prompt`` is expected to touch ("mistake", "learn")."""
    ws = words(prompt)
    # "machine learning" names the field, not what the story is about
    ws = [w for i, w in enumerate(ws) if not (w == "learning" and i and ws[i - 1] == "machine")]
    return frozenset(stem(w) for w in ws if w not in STOPWORDS and stem(w) not in _PROMPT_GENERIC)


def intent_evidence(question: Question, tokens: Tokens) -> list[str]:
    """The question's intent phrases the story says (empty: none, or no intent)."""
    if question.intent is None or not tokens.words:
        return []
    index = AnswerIndex(tokens)
    return [text for text in question.intent.phrases if index.find_ordered(whole_phrase(text))]


@lru_cache(maxsize=4096)
def whole_phrase(text: str) -> Phrase:
    """An intent phrase with every word kept: "on time" must not match any "time"."""
    return Phrase(text, tuple(stem(w) for w in words(text)), None, False)


def intent_places(question: Question, tokens: Tokens) -> list[tuple[int, int]]:
    """Where the story says the question's intent phrases: word spans, overlapping ones
    merged ("took longer" and "longer than" are one place), in order."""
    if question.intent is None or not tokens.words:
        return []
    index = AnswerIndex(tokens)
    spans = sorted(
        span for text in question.intent.phrases for span in index.find_ordered(whole_phrase(text))
    )
    places: list[tuple[int, int]] = []
    for start, end in spans:
        if places and start < places[-1][1]:
            places[-1] = (places[-1][0], max(end, places[-1][1]))
        else:
            places.append((start, end))
    return places


def off_question(
    question: Question, tokens: Tokens, labels: Sequence[str] | None = None
) -> tuple[int, list[str]]:
    """(points the story loses for not answering the question, 0 when it does; what it never
    shows: the intent's label, or the prompt's focus words it never touches). ``labels``: the
    STAR label of each sentence, which tells the story's theme from a step said in passing."""
    if not tokens.words:
        return 0, []
    if question.intent is not None:
        places = intent_places(question, tokens)
        if places and _on_theme(places, tokens, labels):
            return 0, []
        rest = tokens
        if places:
            # Said once, in one step: the weaker signals must come from the rest of the story
            # (the step's own "in time" must not count again as the prompt's "deadline").
            passing = tokens.sentence_of[places[0][0]]
            rest = tokenize(" ".join(s.text for s in tokens.sentences if s.index != passing))
        # Two weaker signals: a word of the prompt and a phrase of the question's own key
        # points. Both: on the question; one: probably off, at the lower cost; none: off.
        hints = _focus_touched(question, rest) + _rubric_touched(question, rest)
        if hints >= 2:
            return 0, []
        cost = OFF_QUESTION_PENALTY_UNSURE if hints or places else OFF_QUESTION_PENALTY
        said = [IN_PASSING + _said(tokens, places[0])] if places else []
        return cost, [question.intent.label, *said]
    touched = _focus_touched(question, tokens)
    focus = focus_words(question.prompt)
    if not focus or touched or _rubric_touched(question, tokens):
        return 0, []
    named = [w for w in words(question.prompt) if stem(w) in focus]
    return OFF_QUESTION_PENALTY, list(dict.fromkeys(named))


def _said(tokens: Tokens, place: tuple[int, int]) -> str:
    return " ".join(tokens.words[place[0] : place[1]])


def _on_theme(places: list[tuple[int, int]], tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """Is the intent what the story is about, not a step said in passing? It is when a
    situation, task or result sentence says it (where a story sets out its theme), or when
    it is said in more than one place."""
    if labels is None or len(places) >= 2:
        return True
    sentence = tokens.sentence_of[places[0][0]]
    return sentence >= len(labels) or labels[sentence] != "action"


def _focus_touched(question: Question, tokens: Tokens) -> bool:
    """Does the story say one of the prompt's focus words, or an everyday word for one?"""
    said = set(tokens.stems)
    prefixes = {s[:5] for s in said if len(s) >= 5}
    return any(
        f in said or (len(f) >= 5 and f[:5] in prefixes) or _RELATED.get(f, frozenset()) & said
        for f in focus_words(question.prompt)
    )


def _rubric_touched(question: Question, tokens: Tokens) -> bool:
    """Does the story say any of the question's key-point phrases?"""
    index = AnswerIndex(tokens)
    return any(
        index.find(phrase)
        for kp in question.key_points
        for text in kp.phrases
        for phrase in compile_phrase(text)
    )
