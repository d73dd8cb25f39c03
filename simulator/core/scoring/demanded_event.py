"""The event a behavioral question demands, and whether a story owns it (relevance.py; issue 9,
round 36).

Many behavioral questions ask for one kind of event, whatever their topic: a mistake you made,
a conflict between people, a hard deadline, criticism you received, a project that failed, an
estimate that was missed. A story told for such a question must tell that event as its own:
a proud launch whose only errors are the old system's is no story of "a mistake you made"; a
deadline story where a colleague "briefly argued" in one step is no story of "a conflict".
Intent phrases and topic words miss both (the old system's "errors" say "error"; the colleague's
"argued" says "argued"), and the same words differ from one outside pack to the next.

So the question's prompt (and its intent label, when it has one) is read for a small, general
taxonomy of events (``EVENTS``), and the story for its OWNERSHIP of the event, not its topic:

* a mistake: said of myself in one clause ("I forgot", "my mistake", "that was on me", "I had
  picked the wrong tool", "I did not check"), not of someone else ("the old search made errors");
* a conflict: said in the story's frame (situation, task or result) or in two sentences or
  more, not in one step in passing;
* a disagreement: said at all, my own view against another's included ("I did not think");
* a deadline: a time limit in the frame or in two sentences ("due Friday", "in eight days");
* criticism received: another person telling me about my work ("she said my document ...");
* a failure: the work failing ("never went live", "was shelved", "did not work");
* a missed estimate: an estimate and its overrun ("I said two weeks", "took longer").

A question that demands no event of the taxonomy is left to the other rules. The taxonomy is
read from the question's own words, so it works the same for a shipped question, an outside
pack's question with an intent and one without (``--no-intent``, ``--bare``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.text import Tokens, word_set, words

# The parts that frame a story (what it is about); a step may name an event in passing.
_FRAMING = frozenset(("situation", "task", "result"))

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|a few|a couple of|a|only|just)"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


@dataclass(frozen=True)
class Event:
    """One kind of event a question can demand: how a prompt asks for it, how a story tells it
    (one sentence's words, lower case, contractions split: "did not"), and how often."""

    name: str
    label: str  # what the question asks for, as the candidate is told
    asked: re.Pattern[str]  # in the prompt or the intent label
    told: re.Pattern[str]  # in one sentence of the story
    framed: bool  # owned only in the frame or in two sentences (not in one step in passing)
    # told in words that neighbouring questions' stories do not share ("I forgot", "she told
    # me my document ..."): enough to keep a story on a shipped question
    owned_narrowly: bool = False


# Words that make another party the subject between "I" and a lapse word ("I told him the
# numbers were wrong" is no mistake of mine).
_OTHER_SUBJECT = word_set("he she they you someone somebody nobody everyone who")
# "it", "that", "which" open another clause when a verb follows ("... that the table was wrong")
_CLAUSE_OPENERS = word_set("it that which this")
_CLAUSE_VERBS = word_set("was is were are had has turned looked seemed did made would could showed")
_LAPSE = word_set(
    """mistake mistakes wrong wrongly forgot forgotten forget missed overlooked misread misjudged
    underestimated broke broken blundered messed blame fault careless overconfident skipped
    caused peeked without too"""
)
_LINKING = word_set("was were is are")
_REPORTING = word_set(
    """found find saw see noticed realised realized learned learnt knew thought said told showed
    discovered heard believed"""
)
# Lapse words that are one only before certain words: "without checking", "too early".
_LAPSE_BEFORE = {
    "without": word_set(
        "checking testing running asking looking reviewing telling verifying reading"
    ),
    "too": word_set("early soon late quickly fast"),
}
_SELF = frozenset(("i", "i'd", "i'm", "i've", "i'll", "my", "we", "we'd"))
_MISTAKE_TOLD = re.compile(
    r"(?<!not )\bmy (?:own )?(?:mistake|mistakes|fault|error|errors|bug|oversight|blunder|slip"
    r"|lapse|omission|miss)\b"
    r"|\b(?:was|is|had been) on (?:me|us)\b(?! to)|\bowned up\b"
    r"|\b(?:mistake|error|fault|bug|blame) (?:was|had been) (?:mine|ours)\b"
    r"|\b(?:it|this|that) was (?:my|our) (?:change|release|call|commit|query|script|push"
    r"|decision|deploy|deployment)\b"
    r"|\b(?:i|we) (?:had )?never (?:checked|tested|asked|looked|verified|thought)\b"
    r"|\bi (?:had |would )?(?:should|should not) have\b"
    r"|\bi (?:did|had) not (?:check|test|verify|review|notice|look|read|ask|tell|write|move"
    r"|update|think|consider|do|done|double check|catch|see|realise|realize)\b"
    r"|\bi (?:had )?(?:dropped the ball|let (?:\w+ ){0,2}down)\b"
    # a step I left out: "I spent the time tuning a model instead of checking the data"
    r"|\bi \w+ (?:\w+ ){0,8}instead of (?:checking|asking|testing|talking|confirming|looking"
    r"|verifying|reading)\b"
    # correcting what I had sent ("and sent a corrected report"), not a corrected data set
    r"|\bi\b.{0,80}\b(?:sent|shared|published|issued) (?:out )?(?:a|the|my) corrected\b"
    # owning up: telling the people affected at once, as one tells one's own slip
    r"|\bi (?:told|called|wrote to|warned) (?:my |the |our )?(?:\w+ ){0,2}(?:straight away"
    r"|right away|immediately|at once)\b"
)
_CONFLICT = (
    r"\b(?:conflict|conflicts|clash|clashed|clashing|clashes|disagree|disagreed|disagreeing"
    r"|disagreement|disagreements|argue|argued|arguing|argument|arguments|tension|tensions"
    r"|friction|dispute|disputes|disputed|quarrel|quarrels|quarrelled|fight|fighting|fought"
    r"|at odds|upset|annoyed|frustrated|frustration|angry|resented|resentment|objected"
    r"|pushed back|insisted|refused|blamed|each other|did not agree|would not agree|not agree"
    r"|ignored|dismissive|rude|hostile|complained about|butting heads|fell out)\b"
)

EVENTS: tuple[Event, ...] = (
    Event(
        "mistake",
        "a mistake of your own: what you got wrong",
        re.compile(
            r"\b(?:mistake|mistakes|dropped the ball|messed up|let \w+ down|turned out to be wrong"
            r"|turned out wrong|wrong call|got \w+ wrong|error you made|blunder)\b"
        ),
        _MISTAKE_TOLD,
        framed=False,
        owned_narrowly=True,
    ),
    Event(
        "conflict",
        "a conflict between people that you dealt with",
        re.compile(r"\b(?:conflict|conflicts|clash|clashed|dispute|at odds)\b"),
        re.compile(_CONFLICT),
        framed=True,
    ),
    Event(
        "disagreement",
        "a disagreement you had, and how you handled it",
        re.compile(r"\b(?:disagree|disagreed|disagreement)\b"),
        re.compile(
            _CONFLICT + r"|\bi (?:did not think|did not believe|thought|believed|felt|was worried"
            r"|was concerned|was not convinced|was sure|challenged|questioned|said no|pushed"
            r"|wanted to convince|tried to convince|had to convince)\b|\bconvince|\bpersuad"
            r"|\b(?:said no|push back|concerns?|too (?:short|risky|early|soon|much|little))\b"
        ),
        framed=False,
    ),
    Event(
        "deadline",
        "a deadline: the time you had and how you met it",
        re.compile(
            r"\b(?:deadline|deadlines|date could not move|could not move|hard date|fixed date"
            r"|time pressure|tight timeline|short notice)\b"
        ),
        re.compile(
            r"\b(?:deadline|deadlines|due|launch date|release date|the date|a date|fixed"
            rf"|by (?:{_WEEKDAY}|the end|end of|tomorrow|next|noon|the time|morning|the first)"
            rf"|on (?:the )?(?:{_WEEKDAY}|first|day)"
            rf"|(?:in|within|leaving (?:us|me)|gave (?:us|me)|left (?:us|me)) {_NUMBER}"
            r" (?:hours|days|weeks|working days|business days|day|week|hour)"
            r"|cut off|cutoff"
            rf"|{_NUMBER} (?:hours|days|weeks|working days) (?:before|until|left|away|later)"
            r"|had to be (?:live|ready|done|in|out|finished)|time pressure|tight|no time"
            r"|not enough time|ran out of time|could not move|on time|in time|the day before"
            r"|before the (?:launch|release|meeting|review|campaign|holiday|holidays|demo|board"
            r"|audit|conference|season|sale|sales|quarter|weekend))\b"
        ),
        framed=True,
    ),
    Event(
        "criticism received",
        "criticism you received about your own work",
        re.compile(
            r"\b(?:received|receive|got|get|given|getting) (?:\w+ ){0,2}(?:feedback|criticism)\b"
            r"|\bcriticism\b|\btold you (?:that )?your\b|\bcriticized your\b|\bcriticised your\b"
            r"|\bsaid your\b"
        ),
        re.compile(
            r"\b(?:feedback|criticism|critique|comments) (?:on|about|of) my\b"
            r"|\b(?:gave|give|given|giving) me (?:\w+ ){0,2}(?:feedback|criticism|notes|comments)\b"
            r"|\bi (?:got|received|was given|had|heard|took) (?:\w+ ){0,3}(?:feedback|criticism)\b"
            r"|\b(?:told|tell|telling) me (?:that )?(?:my|i|your|you|the|it|this|what)\b"
            r"|\b(?:told|tell|telling) me\b(?: \w+){0,8}? that (?:my|i|your|you)\b"
            r"|(?<!i )\bsaid (?:that )?(?:my|i)\b"
            r"|\b(?:pointed out|criticized|criticised|questioned|called out|picked apart"
            r"|tore apart) (?:that )?(?:my|me)\b|\bpulled me aside\b"
        ),
        framed=False,
        owned_narrowly=True,
    ),
    Event(
        "failure",
        "a project that failed, and what you took from it",
        re.compile(r"\b(?:failed|failure|failures|flopped|did not work out)\b"),
        re.compile(
            r"\b(?:failed|fail|fails|failure|never (?:went live|shipped|launched|made it|worked"
            r"|took off|got used|was used|reached)|shelved|scrapped|cancelled|canceled|killed"
            r"|abandoned|did not work|wound down|pulled the plug|went nowhere|stayed low"
            r"|(?:shut|took|switched|turned) (?:\w+ ){0,2}(?:down|off)|ended the (?:pilot|project)"
            r"|(?:had|has) not changed|did not change|worth nothing"
            r"|flopped|gave up|nobody used|no one used|not adopted|rolled (?:it )?back"
            r"|did not (?:deliver|ship|launch|improve|help|beat|catch on|pay off)|dropped it"
            r"|missed (?:the|its|our) (?:target|goal)|stopped the project|wasted)\b"
        ),
        framed=False,
    ),
    Event(
        "missed estimate",
        "an estimate of yours that the work overran",
        re.compile(r"\b(?:estimate|estimated|took (?:much )?longer)\b"),
        re.compile(
            r"\b(?:estimate|estimated|estimates|estimating|took (?:\w+ ){0,2}longer"
            r"|than (?:i|we) (?:had )?(?:thought|expected|planned|said|promised|estimated)"
            r"|dragged on|planned for"
            r"|would take|behind (?:schedule|plan)|slipped|overran|underestimated"
            r"|i (?:had )?(?:said|told|promised|planned|thought|guessed) .{0,40}(?:days|weeks"
            r"|months|sprints?))\b"
        ),
        framed=False,
    ),
)


def demanded_event(question: Question) -> Event | None:
    """The first event of the taxonomy the question asks for (its prompt, or its intent's
    label), or None."""
    return _asked_in(question.prompt, question.intent.label if question.intent else "")


@lru_cache(maxsize=256)
def _asked_in(prompt: str, label: str) -> Event | None:
    asked = " ".join(words(prompt)) + " . " + " ".join(words(label))
    return next((e for e in EVENTS if e.asked.search(asked)), None)


def sentences_owning(event: Event, tokens: Tokens) -> list[int]:
    """The sentences (their indices) that tell ``event`` as the story's own."""
    out = []
    for sentence in tokens.sentences:
        said = tokens.words[sentence.first_word : sentence.last_word]
        if event.told.search(" ".join(said)) or (event.name == "mistake" and _lapse_of_mine(said)):
            out.append(sentence.index)
    return out


def owns(
    event: Event, tokens: Tokens, labels: Sequence[str] | None, throughout: bool = False
) -> bool:
    """Does the story tell ``event`` as its own: in any sentence, or, for an event that a step
    may mention in passing (``Event.framed``) or when ``throughout``, in the frame or in two
    sentences?"""
    said = sentences_owning(event, tokens)
    if not (event.framed or throughout):
        return bool(said)
    if len(said) >= 2:
        return True
    last = len(tokens.sentences) - 1
    return any(
        i <= 1 or i == last or (labels is not None and i < len(labels) and labels[i] in _FRAMING)
        for i in said
    )


def _lapse_of_mine(said: Sequence[str]) -> bool:
    """Is a lapse word ("forgot", "wrong", "missed") said of me in one clause: "I" within eight
    words before it, no other subject and no denial between ("I had picked the wrong tool",
    not "I told him the numbers were wrong")?"""
    # the sentence's own subject carries over coordinated verbs ("We changed the job that
    # computes the features and forgot that ..."): an "I" or "we" opening the sentence
    opener = next((k for k in range(min(3, len(said))) if said[k] in _SELF), None)
    for at, word in enumerate(said):
        if word not in _LAPSE:
            continue
        after = said[at + 1] if at + 1 < len(said) else ""
        if word in _LAPSE_BEFORE and after not in _LAPSE_BEFORE[word]:
            continue
        near = range(max(0, at - 8), at)
        for back in [opener, *near] if opener is not None and opener < at else near:
            if said[back] in _SELF and not (back and said[back - 1] == "not"):
                between = said[back + 1 : at]
                opens = any(
                    w in _CLAUSE_OPENERS and n in _CLAUSE_VERBS
                    for w, n in zip(between, [*between[1:], said[at]], strict=False)
                )
                # "I told him the numbers were wrong": a second "was/were" after "I" has
                # another subject ("my number was wrong" is mine)
                linked = said[back] != "my" and bool(_LINKING.intersection(between[1:]))
                # "I found that the old pipeline had missed ...": what I found, not what I did
                linked = linked or any(
                    w in _REPORTING and n == "that" and nn not in _SELF
                    for w, n, nn in zip(between, between[1:], [*between[2:], ""], strict=False)
                )
                other = _OTHER_SUBJECT.intersection(between) or opens or linked
                if not other and "not" not in between:
                    return True
    return False
