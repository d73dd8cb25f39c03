"""What event a behavioral question asks for, and whether a story tells one (issue 9, round 42).

Neighbouring behavioral questions with the same kind of other party differ in the event the
story must turn on: "a mistake you made" and "resolving a conflict" both have a teammate in
them, "a production incident" and "prioritising your workload" both a busy week. A story told
for one of them often says some words of the other (a teammate, an alert, a deadline), so the
other question's phrases do not tell it apart; the event the story tells does. A story answering
"tell me about a mistake you made" tells a slip of its own somewhere ("I forgot", "my bug", "I
had assumed"); one answering "a production incident" tells something that broke or went wrong
while live; one answering "a time you received critical feedback" tells someone's criticism of
the teller's work.

The event a question asks for is read from its prompt alone (``demanded``): a few kinds of event
with the prompt words that ask for them, so an outside author's question with no intent is read
like a shipped one. A kind of event is read only where the prompt asks for it as its subject
("a mistake you made", "a production incident", "received critical feedback"), not where it
names a setting ("tight deadlines while keeping quality high" asks about the deadline, not about
quality). Each kind has the everyday ways a story tells it (``_TOLD``), written wide on purpose:
the check is one-sided, a story saying none of them anywhere does not tell the event. A story
that tells none of the events its question asks for does not answer it (``tells_no_demanded``),
whatever other words of the question it says.

Dev STAR sets (1093 relevant stories, 704 told for a neighbour, each set with its own pack):
relevant not flagged 1040 =, off-question caught 525 -> 543; with every shipped intent removed
(--no-intent) 990 =, 450 -> 492. A lesson "I learned to check / ask ..." tells an earlier slip
(without it a relevant dev story was flagged). Kinds whose ways are in every story (prioritising:
"first", "both", "later") catch nothing and were left out; so was a vague ask (it flagged 3
relevant dev stories and caught 1).

Where the words are said (round 43, rel43: ``EventKind.told_in``). A story told for a neighbour
often says the asked event's words about something else: the write-up of last month's outage as
one of three competing asks, another team's mistake in a story about a vague ask, a demo put off
"before the deadline" in a trade-off story. So a kind's words tell its event only where the
story's structure makes them its event. A slip of mine, something I learned, a request I refused
are said in a clause where the teller is a party ("I had not checked the totals", "we pushed it
without review"; not "the vendor admitted a mistake", "she made a mistake"): whose event it is,
since a relevant story tells a slip as one of its steps. An incident, criticism received, a
junior to grow, a failed project, a deadline are what the story is set in: said in its scene
(a situation, task or result sentence, or its first two or last sentence whatever their labels,
for the labeller reads fresh styles less well). An expectation too high and a change to how the
team works: either. Feedback given, a stop, an estimate, an offline-to-live gap and people at
odds are read anywhere as before: either reading flagged relevant dev stories (told in a step,
or in nobody's clause). A clause with no subject of its own ("... instead of a new model") goes
on from the clause before it. Without labels every kind is read anywhere. Four more kinds, read
in the scene: work competing for my time (prioritising), technical debt against features, a
concern about people's data; and a simpler solution than the ML system expected, read anywhere
(in the scene it flagged a relevant dev story). Dev STAR sets (1146 relevant, 748 told for a
neighbour, each set with its own pack): relevant not flagged 1086 -> 1085 (a story attached to
"prioritise your workload" about speeding up one batch job: no competing work in it),
off-question caught 579 -> 603; --no-intent 1036 -> 1037 (a pack-id artefact of the dev run),
525 -> 557. Each reading was chosen per kind on dev by the relevant stories it flagged (the scene
alone for every kind flagged 24; a clause of mine alone flagged 8 for a failure, 4 for a deadline).

Ways and senses (round 44, rel44). Three relevant dev stories told their event in a way no kind
listed: a system retired or archived (a stop), criticism reported with words between "said" and
what was said ("said, quite bluntly, that it was over-engineered"), a commitment missed ("the
miss was mine"). Four words were read in another sense: "a month later" as lateness (deadline),
"both" as people at odds, a document's page ("in one page") as a page to the on-call engineer,
a problem broken into parts as something that broke. Dev STAR sets (1185 relevant, 776 told for
a neighbour): relevant not flagged 1119 -> 1122, off-question caught 616 -> 619; --no-intent
1069 -> 1071, 575 -> 577. Measured and not kept: the demanded event told where it must as a
fourth weak hint for a story saying no intent phrase (+2 relevant, -4 caught) or as a rescue
from a flag naming no theme (+3, -31); a scene sentence counting only when its content words
come back in a step or the result (28 relevant flagged, 7 caught); an event word in a clause
opening "after / since / during" or said of an earlier time (1 caught, 1 relevant flagged); the
opening sentences read by their labels alone (no story moved).

Kinds read from the asked event's parts (round 46, rel46: asked_event.typed_kinds). An outside
author names an event without a kind's own words: "a technical bet you made that turned out to
be wrong" is a mistake, "a date could not move" a deadline, "you retired or replaced a model" a
stop. Such a kind is told by its everyday ways or by the prompt's own words (its ways were
written for the prompts that name it: without the prompt's words, 5 relevant dev stories were
flagged). A kind's word that only names a setting ("the on-call load") asks for no event. Dev
STAR sets (1297 relevant, 850 told for a neighbour): relevant not flagged 1220 =, off-question
caught 658 -> 659; --no-intent 1165 =, 615 =.

Whose event (round 47, rel47). A kind told in the teller's own clause (a mistake) asked as someone
else's ("a time you spotted a mistake in a colleague's work") is theirs: the story tells it in any
clause ("the test had been stopped on the first day it crossed significance") and is named so
("a mistake in someone else's work"). Blind dev sets: relevant not flagged 127 -> 128/138,
off-question lower and told 109 -> 110/120 (one relevant story on that prompt had been flagged
and tied with its neighbour); nothing else moved.

An event, not a topic (round 62, rel62). benchmarks/event_pass_rates.py measured how often each
question's event reading passes the labelled stories told for other questions: a model that fell
short live 72 %, a deadline 66 %, a request refused 64 %, an estimate 58 %, a stop 55 %, people at
odds 53 %, a team practice 53 %, technical debt 49 %, a simpler solution 47 %. Such a reading is a
topic any story says ("launch", "before the", "not", "instead", "training", "late", "agree",
"review", "features"), and it caught no story told for another question. Each of these kinds now
reads the event itself, in general form: a date the work had to meet, a request refused or an
alternative offered in a clause of mine, work longer than its estimate, the work stopped or turned
round, the debt itself, the team's way of working, the simpler thing chosen over the ML system,
offline against live ("a/?b" had matched "about": the tokenizer reads "A/B" as "a b"). A
difficult colleague is its own kind (the conflict kind's wide ways and more: one who rewrites
others' work without telling them, never replies). Other questions' stories passing, tuning half
with sets 57-61 (1305-1326): offline gap 72 -> 17 %, deadline 66 -> 24 %, refusal 64 -> 19 %,
estimate 58 -> 16 %, stop 55 -> 29 %, people at odds 52 -> 14 %, team practice 53 -> 27 %,
technical debt 49 -> 16 %, simpler solution 47 -> 21 %; every relevant story of that material
still passes its own (but 2 that failed before). An expectation narrowed the same way (no
"never", "could not", "limit") flagged a relevant story of the round's own held-out file and was
left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from simulator.core.scoring.asked_event import names_only_a_setting, says_own_words, typed_kinds
from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.star_cues import I_WORDS, WE_WORDS
from simulator.core.scoring.star_labels import subject_dropped
from simulator.core.scoring.star_predicates import doers_named, passive_at
from simulator.core.scoring.text import Sentence, Tokens

# Where a story must say a kind's words for them to tell its event (round 43, ``told_in``):
# anywhere; in a clause of the teller's own (an act or a slip of mine: "I had not checked the
# totals", not "the vendor admitted a mistake"); in the story's scene (its situation, task or
# result, or its opening or closing sentences: the incident a story is set in, not "the
# write-up of last month's outage" among three competing asks); or in either.
ANYWHERE = "anywhere"
MINE = "mine"
SCENE = "scene"
SCENE_OR_MINE = "scene or mine"


@dataclass(frozen=True)
class EventKind:
    """A kind of event a question can ask for: the prompt words asking for it, the ways a
    story tells it, how to name it to the candidate, and where the story must say it."""

    name: str
    asked_by: re.Pattern[str]
    told_by: re.Pattern[str]
    said_as: str
    told_in: str = ANYWHERE


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")")


_KINDS = (
    EventKind(
        "mistake",
        _words(
            r"mistakes? you made",
            r"a mistake",
            r"let (?:a |the |your )?(?:teammate|customer|colleague|team|someone|somebody|people)"
            r"(?: or (?:a |the )?\w+)? down",
            r"dropped the ball",
        ),
        _words(
            r"mistake",
            r"my (?:own )?(?:fault|error|bug|miss|slip|oversight|assumption|call)",
            r"(?:i|i'd|i had|i'd) (?:had )?(?:forgot|forgotten|missed|overlooked|skipped|assumed|broke|"
            r"misread|underestimated|introduced|shipped|deployed|pushed|never|didn't|did not|hadn't|"
            r"had not|wasn't|was not|was wrong|got it wrong|picked the wrong|chose the wrong|messed|"
            r"rushed|ignored|trusted|copied|left out|let)",
            r"should have",
            r"learn(?:ed|t) to (?:ask|check|test|verify|confirm|look|double)",
            r"deleted",
            r"dropped",
            r"i (?:had )?(?:thought|believed)",
            r"caus(?:ed|ing)",
            r"owned up",
            r"reali[sz]ed",
            r"too (?:early|soon|late|fast|quickly)",
            r"without (?:checking|testing|asking|telling|looking)",
            r"shouldn't have",
            r"should not have",
            r"wrong",
            r"error",
            r"bug",
            r"fault",
            r"blame",
            r"leak(?:age|ed|s|ing)?\b",
            r"on me\b",
            r"dropped the ball",
            r"let (?:\w+ ){0,3}down",
        ),
        "a mistake of your own",
        MINE,
    ),
    EventKind(
        "incident",
        _words(r"incident", r"outage", r"on[- ]call", r"got paged", r"went down"),
        _words(
            r"incident",
            r"outage",
            r"alert",
            r"alarm",
            # a page of a document is no page of the on-call engineer ("how it works in one
            # page", "on page 3", "a page of notes"; round 44, rel44), told by where it stands
            # and what follows it, not by its article: "I got a page at 2 a.m." and "the page
            # woke me up" are alerts (review of 85ad048a)
            r"(?<!\bon )(?<!\bin )(?<!\binto )(?<!\bonto )(?<!\bon a )(?<!\bin a )(?<!\bon the )"
            r"(?<!\bin the )(?<!\bone )(?<!\bsingle )(?<!\bwiki )(?<!\bweb )(?<!\blanding )"
            r"(?<!\bhome )(?<!\bfront )(?<!\btitle )(?<!\bnext )(?<!\bper )"
            r"page\b(?! (?:of|summary|summaries|doc|docs|document|write up|writeup|slide|slides|"
            r"deck|memo|report|brief|proposal|spec|note|notes|number|numbers|long|\d))",
            r"page[ds]\b",
            r"(?<!\bone )(?<!\btwo )pager",  # a one-pager is a document (rel50)
            r"on[- ]call",
            r"went down",
            r"was down",
            r"crash",
            r"roll(?:ed|ing)? ?back",
            r"fallback",
            r"fall back",
            r"hotfix",
            r"post-?mortem",
            # a problem broken into parts is no breakage ("I broke the request into its stages")
            r"broke(?! (?:\w+ ){0,3}into\b)",
            r"broken",
            r"spik",
            r"suddenly",
            r"overnight",
            r"one (?:morning|evening|night|day|friday|saturday|sunday|monday|tuesday|wednesday|"
            r"thursday|afternoon)",
            r"(?:started|began) \w+ing",
            r"switched (?:\w+ ){0,3}off",
            r"turned (?:\w+ ){0,3}off",
            r"emergency",
            r"error rate",
            r"errors? (?:spiked|jumped|rose|climbed|went up|poured|flooded)",
            r"failing",
            r"failed (?:requests?|jobs?|calls?|deploy|payments?|orders?|runs?|health)",
            r"stopped (?:working|serving|returning|responding|running|sending|updating|loading)",
            r"timeout",
            r"live traffic",
            r"customers? (?:complained|saw|got|were getting|started)",
        ),
        "something that broke or went wrong while live",
        SCENE,
    ),
    EventKind(
        "feedback received",
        _words(r"received (?:\w+ ){0,2}feedback", r"(?:received|got|took) (?:\w+ ){0,2}criticism"),
        _words(
            r"feedback",
            r"critici",
            r"critique",
            r"told me",
            r"said (?:that )?(?:my|i|i'd|the way i)",
            r"pointed out",
            r"comments? (?:on|about) my",
            r"review of my",
            r"my review",
            r"performance review",
            r"told (?:\w+ ){0,3}that my",
            r"(?:he|she|they) said",
            r"asked me why",
            r"called out",
            # round 44 (rel44): the criticism reported with words between the verb and what
            # was said ("said, quite bluntly, that it was over-engineered"), or the reading
            # itself ("my manager reviewed my design")
            r"said (?:\w+ ){0,3}that (?:it|my|i|the way i|our)",
            r"(?:reviewed|went through|tore apart|picked apart) my",
        ),
        "feedback someone gave you on your work",
        SCENE,
    ),
    EventKind(
        "feedback given",
        _words(r"give (?:\w+ ){0,2}(?:difficult |hard |critical |honest )?feedback"),
        _words(
            r"feedback",
            r"tell",
            r"told",
            r"described",
            r"plainly",
            r"raise",
            r"private",
            r"told (?:him|her|them)",
            r"i said",
            r"i was honest",
            r"talked (?:to|with) (?:him|her|them)",
            r"one-to-one",
            r"one on one",
            r"1:1",
            r"conversation",
            r"raised (?:it|this|the)",
            r"pointed out",
            r"sat down with",
            r"honest",
            r"asked (?:him|her|them) (?:for|to)",
            r"(?:with|to) (?:him|her|them) (?:about|privately|alone)",
        ),
        "feedback you gave a colleague",
    ),
    EventKind(
        "expectation",
        _words(
            r"expected (?:\w+ ){0,4}more",
            r"expectations? (?:\w+ ){0,3}(?:too high|than)",
            r"unrealistic",
        ),
        _words(
            r"expect",
            r"promis",
            r"hop(?:ed|ing|e)",
            r"assum",
            r"believ",
            r"sold",
            r"unrealistic",
            r"impossible",
            r"not possible",
            r"could not",
            r"couldn't",
            r"cannot",
            r"can't",
            r"too high",
            r"guarantee",
            r"magic",
            r"perfect",
            r"never",
            r"no model",
            r"wanted (?:\w+ ){0,6}(?:\d+|ninety|a hundred|every|all|zero|no)",
            r"asked for (?:\w+ ){0,3}(?:\d+|ninety|a hundred|every|all|zero|no)",
            r"(?:thought|convinced|sure) (?:that )?(?:the|a|our|an) (?:\w+ )?model",
            r"not (?:realistic|feasible|achievable)",
            r"would not",
            r"wouldn't",
            r"at best",
            r"ceiling",
            r"limit",
            r"only (?:\w+ ){0,3}(?:percent|%)",
            r"exactly",
            r"certain",
            r"record straight",
            r"the best (?:\w+ ){0,3}could",
            r"no amount",
        ),
        "an expectation higher than the model could meet",
        SCENE_OR_MINE,
    ),
    EventKind(
        "mentoring",
        _words(r"mentor", r"junior", r"helped a colleague grow", r"less experienced"),
        _words(
            r"mentor",
            r"junior",
            r"intern",
            r"new hire",
            r"graduate",
            r"joined",
            r"pair",
            r"coach",
            r"taught",
            r"teach",
            r"onboard",
            r"grow",
            r"grew",
            r"buddy",
            r"student",
            r"first (?:job|week|month|year|project|role)",
            r"universit",
            r"college",
            r"new (?:to|on)",
            r"less experienced",
            r"career",
            r"confiden",
            r"learn",
            r"guid",
            r"help (?:him|her|them)",
            r"helped (?:him|her|them)",
            r"apprentice",
            r"bootcamp",
            r"promot",
        ),
        "helping someone less experienced grow",
        SCENE,
    ),
    EventKind(
        "learning",
        _words(
            r"learned and actually applied",
            r"something new you learned",
            r"get up to speed",
            r"unfamiliar",
            r"never used",
            r"had to learn",
            r"stay up to date",
        ),
        _words(
            r"learn",
            r"read",
            r"course",
            r"tutorial",
            r"paper",
            r"book",
            r"studi",
            r"new to",
            r"never (?:used|worked|done|heard|seen|touched|built)",
            r"unfamiliar",
            r"up to speed",
            r"taught",
            r"documentation",
            r"docs",
            r"knew (?:nothing|little|very little)",
            r"didn't know",
            r"did not know",
            r"no idea",
            r"crash course",
            r"practi",
            r"conference",
            r"blog",
            r"newsletter",
            r"podcast",
            r"talk",
            r"video",
            r"lecture",
            r"class",
            r"handbook",
            r"glossary",
            r"terms",
            r"shadow",
            r"sat with",
            r"sitting with",
            r"asked",
            r"first time",
            r"reproduc",
            r"write-?ups?",
            r"releas",
            r"in the field",
            r"new (?:domain|field|area|tool|library|framework|technique|method)",
            # a method followed in the field before it was tried at work (rel54: "I had been
            # following the work on conformal prediction, through a couple of preprints")
            r"preprint",
            r"arxiv",
            r"follow(?:ing|ed)? (?:the )?(?:work|research|literature|papers?|field)",
            r"came across",
        ),
        "learning something new",
        MINE,
    ),
    EventKind(
        "team practice",
        _words(
            r"improved the way your team works",
            r"(?:team'?s?|its) (?:process|practices|tools|onboarding)",
        ),
        # round 62 (rel62): how the team works (its process, tools, onboarding, conventions),
        # not "review", "meeting", "shared" or "rules" (53 % of other questions' stories)
        _words(
            r"process",
            r"onboard",
            r"template",
            r"checklist",
            r"practice",
            r"rota",
            r"every (?:new|pull|review|release|change|model|week|sprint|team|engineer|experiment)",
            r"(?:team|everyone|everybody|people|we) now",
            r"now (?:every|all|the whole|each)",
            r"ritual",
            r"stand-?ups?",
            r"guide",
            r"habit",
            r"workflow",
            r"automat",
            r"tooling",
            r"convention",
            r"standard",
            r"retro",
            r"the whole team",
            r"for the team",
            r"(?:the )?team'?s? (?:\w+ )?(?:process|way|tool|practice|meeting|review)",
            r"documentation",
            r"wiki",
            r"script",
            r"new (?:people|hires?|joiners?|engineers?)",
        ),
        "a change to how the team works",
        SCENE_OR_MINE,
    ),
    EventKind(
        "failure",
        _words(r"project (?:\w+ ){0,3}failed", r"\bfailed\b", r"a failure"),
        _words(
            r"fail",
            r"cancel",
            r"shut",
            r"abandon",
            r"scrap",
            r"switched (?:\w+ ){0,3}off",
            r"turned (?:\w+ ){0,3}off",
            r"never (?:launched|used|shipped|went live|made|took off|worked)",
            r"flop",
            r"kill",
            r"didn't work",
            r"did not work",
            r"pulled",
            r"roll(?:ed)? ?back",
            r"stopped",
            r"wasted",
            r"dropped",
            r"gave up",
            r"\blost\b",
            r"disappoint",
            r"wrong",
            r"worse",
            r"missed",
            r"nobody used",
            r"no one used",
            r"hardly used",
            r"barely used",
            r"shelved",
            r"mistake",
            r"wound down",
            r"end(?:ed)? the project",
            r"too late",
            r"(?:had|has|did|have) not (?:changed|moved|improved)",
            r"not using",
            r"usage",
            r"took (?:\w+ ){0,3}down",
            r"closed",
            r"\bended\b",
            # round 44 (rel44): a commitment not delivered ("The miss was mine", "came eight
            # days late")
            # the miss as a noun or a commitment missed, not "didn't want to miss anything"
            # (review of 85ad048a)
            r"(?:the|a|my|our|that|this|big|first|one) miss\b",
            r"miss(?:es|ing)? (?:the |our |its |their |a |an |my )?(?:\w+ )?(?:deadline|date|sla|"
            r"target|window|launch|milestone|cut-?off|handover|delivery|commitment)",
            r"fell short",
            r"did(?: not|n't) deliver",
            r"(?:came|arrived|landed|delivered) (?:\w+ ){0,3}late\b",
            r"worth nothing",
            r"nobody",
            r"no one",
            r"overrid",
        ),
        "a project that failed",
        SCENE,
    ),
    EventKind(
        "stop",
        _words(
            r"recommended stopping", r"stop(?:ping)? (?:a|the) project", r"chang(?:e|ing) direction"
        ),
        # round 62 (rel62): the work stopped, dropped or turned round, not every "drop",
        # "switch", "instead", "close" or "moved to" (55 % of other questions' stories)
        _words(
            r"stop",
            r"halt",
            r"paus",
            r"shelv",
            r"drop(?:ped|ping)? (?:\w+ ){0,2}(?:project|work|idea|effort|approach|model|plan|"
            r"feature|system|tool|it|them|this|that)\b",
            r"drop(?:ped|ping)? (?:the|our|my|this|that|it|them)\b",
            r"turn(?:ed|ing)? (?:\w+ ){0,3}a?round",
            r"on ice",
            r"pivot",
            r"(?:change|changed|changing) (?:of )?(?:\w+ )?direction",
            r"kill",
            r"wind down",
            r"wound down",
            r"cancel",
            r"switch(?:ed|ing)? (?:\w+ ){0,3}(?:off|to)\b",
            r"abandon",
            r"end(?:ed)? (?:it|the)",
            r"sunset",
            r"on hold",
            r"scrap",
            r"not worth",
            r"walk away",
            r"give up",
            r"gave up",
            r"redirect",
            r"moved (?:\w+ ){0,3}to",
            r"put (?:\w+ ){0,3}into",
            r"(?:use|used|using|buy|bought|went with|adopt|adopted) (?:\w+ ){0,4}instead",
            r"retir",
            r"archiv",
            r"decommission",
            r"deprecat",
            r"phas(?:e|ed|ing) (?:\w+ ){0,2}out",
        ),
        "stopping or turning round something already invested in",
    ),
    EventKind(
        "estimate",
        _words(r"estimat"),
        # round 62 (rel62): work longer than its estimate or plan, not "late", "planned",
        # "expected", "instead of" or "budget" in any story (58 % of other questions' stories)
        _words(
            r"estimat",
            r"thought it would",
            r"longer than",
            r"took (?:\w+ ){0,3}longer",
            r"(?:twice|three times|four times) (?:as long|longer|the time)",
            r"slip",
            r"behind (?:schedule|plan)",
            r"overr?un",
            r"guess",
            r"(?:should|would) (?:only )?(?:take|be done|be finished|be ready)",
            r"sized",
            r"story points",
            r"(?:days?|weeks?|months?|sprints?) (?:late|over)\b",
            r"instead of (?:the )?(?:\w+ ){0,2}(?:days?|weeks?|months?|sprints?)",
            r"(?:planned|plan|promised|committed to|told (?:\w+ ){0,2}it would take) (?:\w+ ){0,4}"
            r"(?:days?|weeks?|months?|sprints?)",
            r"miss(?:ed)? (?:the|our|my) (?:date|deadline)",
        ),
        "work that took longer than estimated",
    ),
    EventKind(
        "deadline",
        _words(r"deadlines?"),
        # round 62 (rel62): a date the work had to meet, not every word of time ("launch",
        # "release", "before the", "until", "within", "fast", a weekday, "in two weeks"), which
        # 66 % of other questions' stories said
        _words(
            r"deadline",
            r"\bdue\b",
            r"(?:launch|release|go-?live|go live|delivery|target|hard|fixed|ship|shipping|"
            r"submission|filing|cut-?over|the|that|this|our|their|a) dates?\b",
            r"by (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|next|"
            r"tomorrow|morning|noon|then)",
            r"in time",
            r"on time",
            r"rush",
            r"tight",
            r"(?:days?|weeks?|hours?) (?:left|before|away|to go)",
            r"(?:days?|weeks?|hours?) to (?:ship|deliver|finish|get|build|launch|release|produce|"
            r"prepare|submit|have|make|do|fix|turn)",
            r"only (?:\w+ ){0,2}(?:days|weeks|hours)",
            r"cut-?off",
            r"audit",
            r"regulator",
            r"holiday",
            r"black friday",
            r"christmas",
            r"time pressure",
            r"(?:moved|brought) (?:\w+ ){0,3}forward",
            r"demo\b",
            r"no time",
            r"(?:had|have|needed|need) to (?:\w+ ){0,12}in (?:\w+ ){0,2}(?:days|weeks|hours)\b",
            r"(?:meeting|review|launch|demo|presentation|committee|board) (?:\w+ ){0,2}on (?:monday|"
            r"tuesday|wednesday|thursday|friday|saturday|sunday)",
            r"launch(?:es|ed|ing)? (?:\w+ ){0,2}(?:on|in|by|next|this)\b",
            r"(?<!\bstayed )(?<!\bstay )(?<!\bstaying )(?<!\bworked )(?<!\bwork )(?<!\bworking )"
            r"(?<!\bup )(?<!\btill )(?<!\buntil )late(?:st)?\b(?! (?:night|nights|evening|evenings|hours))",
        ),
        "a deadline to meet",
        SCENE,
    ),
    EventKind(
        "offline gap",
        _words(r"offline (?:\w+ ){0,8}production", r"production (?:\w+ ){0,8}offline"),
        # round 62 (rel62): the gap itself, offline against live, not the words of any model's
        # story ("training", "evaluation", "accuracy", "notebook", "experiment", "pilot"), which
        # 72 % of other questions' stories said; "a/?b" matched "about" and "able" (the
        # tokenizer splits "A/B" into "a b"), never an A/B test
        _words(
            r"offline",
            r"in test(?:ing)?\b",
            r"on paper",
            r"test set",
            r"held-?out",
            r"hold-?out",
            r"backtest",
            r"looked (?:\w+ )?(?:great|good|promising|excellent|fine|strong)",
            r"\blab\b",
            r"historical",
            r"past data",
            r"validation (?:set|score|scores|numbers|results|metrics|auc|accuracy|data)",
            r"training (?:data|set|window|distribution|period|time|numbers|results)",
            r"(?:than|as) (?:it did |they did )?(?:in |on )?(?:testing|offline|validation|training|"
            r"the test|the backtest|evaluation)",
            r"did(?: not|n't) (?:hold|carry|translate|survive|show up|transfer)",
            r"gap between",
            r"(?:in|with|during) training\b",
            # the drop after launch, or the worse live figure against another
            r"(?:started|began) (?:\w+ ){0,2}(?:drop|fall|slip|degrad|declin|drift)",
            r"worse (?:in|on|than|once|after|for|at)\b",
        ),
        "a model that did well offline and disappointed live",
    ),
    # A prototype taken into production (round 61, rel61). The question's intent words are what
    # any live model's story says ("latency", "monitoring", "serving", "rolled out"): a topic, so
    # a feedback or conflict story set around a deployed model passed as one (set 60's
    # give-difficult-feedback story, 82 on both questions). What the ask defines is the move from
    # a thing not yet in production (a prototype, a notebook, research code, a script, a demo) into
    # it, or the production-making itself. Tuning half of the repository's sets with sets 57-60:
    # every relevant story (33) says one of these ways, 200 of the 1278 other stories do.
    EventKind(
        "prototype to production",
        _words(r"(?:into|to) production\b", r"prototype", r"notebook"),
        _words(
            r"prototyp",
            r"notebook",
            r"proof[- ]of[- ]concept",
            r"poc\b",
            r"research(?:er|ers)?(?:'s|s')? (?:code|prototype|model|version|repo|team|group|"
            r"project|scientist|idea|result|demo|script)",
            r"jupyter",
            r"script",
            r"laptop",
            r"productioni[sz]",
            r"(?:into|to) production\b",
            r"production[- ]ready",
            r"hand(?:ed)? (?:it )?over",
            r"handover",
            r"offline experiment",
            r"demo\b",
            r"hackathon",
        ),
        "a prototype or notebook taken into production",
    ),
    EventKind(
        "refusal",
        _words(r"said no", r"say no", r"push(?:ed)? back", r"turn(?:ed)? down"),
        # round 62 (rel62): the request refused or pushed back on, or the alternative offered
        # for it, in a clause of mine; not every "no", "not", "but", "instead", "risk" or
        # "proposed" of mine, which 64 % of other questions' stories said
        _words(
            r"said no",
            r"say no",
            r"saying no",
            r"no to",
            r"(?:answer|reply) was no",
            r"push(?:ed|ing)? back",
            r"pushback",
            r"declin",
            r"refus",
            r"turn(?:ed|ing)? (?:\w+ ){0,2}down",
            r"counter",
            r"alternative",
            r"options?\b",
            r"not yet",
            r"compromise",
            r"hold off",
            r"held off",
            r"(?:would|will|could|can) not (?:\w+ ){0,2}(?:ship|launch|sign|agree|add|do|commit|"
            r"support|approve|release|deploy|promise|go|build|use|accept|switch|turn|put|make|change|"
            r"roll|open)",
            r"(?:offered|proposed|suggested|gave) (?:\w+ ){0,10}instead",
            r"(?:proposed|suggested|offered|promised) (?:\w+ ){0,16}(?:later|rather|first|only|instead|"
            r"after)\b",
            # what can and cannot be done, told to the one asking ("I had to tell her what was
            # realistic", "it couldn't be done properly in that time")
            r"realistic",
            r"feasible",
            r"not be done",
            r"yes or no",
            r"not now",
            r"not (?:\w+ ){0,6}yet\b",
            r"(?:i|we) offered",
            # a counter-offer: "a middle threshold", "a smaller first version"
            r"(?:suggested|proposed|offered) (?:a|an) (?:\w+ ){0,2}(?:middle|smaller|simple|simpler|cheaper|"
            r"partial|phased|staged|limited|narrower|reduced|safer|different|manual)\b",
            r"instead (?:i|we) (?:offered|proposed|suggested)",
            r"(?:the )?(?:next|a later|later) (?:release|quarter|sprint|version|phase)",
            r"backlog",
            r"scope",
            r"disagree",
            r"(?:asked|requested|wanted) (?:\w+ ){0,6}(?:but|and) (?:i|we)",
        ),
        "a request you said no to",
        MINE,
    ),
    EventKind(
        "conflict",
        _words(r"conflict"),
        # round 62 (rel62): people at odds, not "late", "agree", "blocked", "stuck", "personal"
        # or a "side" or complaint of any story (53 % of other questions' stories said one)
        _words(
            r"conflict",
            r"disagree",
            r"argu",
            r"clash",
            r"sore (?:point|spot|subject)",
            r"accus",
            r"bad blood",
            r"f[ae]ll(?:en|ing)? out",
            r"resent",
            r"tension",
            r"friction",
            r"fight",
            r"fought",
            r"frustrat",
            r"dismiss",
            r"rude",
            r"ignor",
            r"refus",
            r"tense",
            r"upset",
            r"at odds",
            r"heated",
            r"difficult",
            r"pushed back",
            r"object",
            r"resist",
            r"insist",
            # "both" alone says there were two, not that they were at odds (round 44, rel44:
            # "the same customers appeared in both training and test")
            r"each other",
            r"unreview",
            r"reject",
            r"interrupt",
            r"blame",
            r"(?:took|taking|take) sides",
            r"(?:both|two|either|opposite) sides",
            r"complain(?:ed|ing|s)? (?:\w+ ){0,2}(?:about|to) (?:him|her|them|each other|me|my|the other)",
            r"personal(?:ly)? (?:attack|remark|comment|conflict|issue|dig)",
            r"(?:didn't|did not|wouldn't|would not|refused to) (?:\w+ ){0,2}(?:talk|speak|work|agree)",
        ),
        "people at odds with each other",
    ),
    # A difficult colleague (round 62, rel62): split from the conflict kind, whose narrowed ways
    # (people at odds) miss how a difficult person is told: one who blocks, ignores, dismisses or
    # complains, is rude or late with their part, whether or not anyone argued. Its ways are the
    # conflict kind's before round 62 and more: narrowed like the conflict kind (no "late",
    # "agree", "sides"), it flagged 3 more relevant stories of the held-out half of the
    # repository's sets (measured once; the wide reading was kept on that figure).
    EventKind(
        "difficult colleague",
        _words(r"difficult team member", r"difficult colleague"),
        _words(
            r"conflict",
            r"disagree",
            r"argu",
            r"clash",
            r"tension",
            r"friction",
            r"fight",
            r"fought",
            r"block",
            r"frustrat",
            r"dismiss",
            r"rude",
            r"ignor",
            r"refus",
            r"tense",
            r"upset",
            r"complain",
            r"at odds",
            r"heated",
            r"personal",
            r"pushed back",
            r"object",
            r"wouldn't",
            r"would not",
            r"resist",
            r"insist",
            r"sides?",
            r"each other",
            r"stuck",
            r"late",
            r"agree",
            r"unreview",
            r"reject",
            r"interrupt",
            r"blame",
            r"credit",
            r"silent",
            r"(?:didn't|did not|never) (?:\w+ ){0,2}(?:reply|respond|answer|show up|turn up|join)",
            r"never (?:said|spoke|replied|answered|showed)",
            r"without (?:telling|asking|warning|checking with)",
            r"rewr\w* (?:\w+ ){0,2}(?:other people's|my|our|everyone's|someone else's|whatever)",
            r"attack",
        ),
        "a colleague who was difficult to work with",
    ),
    # Round 43 (rel43): four more kinds, each read in the scene but the simpler solution (read
    # anywhere: in the scene it flagged a relevant dev story).
    EventKind(
        "competing work",
        _words(r"priorit", r"compete for your time", r"competing (?:projects|requests|work)"),
        _words(
            r"priorit",
            r"compet",
            r"juggl",
            r"at (?:the same time|once)",
            r"in parallel",
            r"same (?:week|sprint|fortnight|month|quarter|time|day)",
            # "two ad hoc analysis requests" (set 57): up to three words of what kind
            r"(?:two|three|four|five|several|multiple|many|a few) (?:\w+ ){0,3}(?:projects|requests|"
            r"asks|teams|things|tasks|pieces|deadlines|priorities|stakeholders|workstreams|jobs|"
            r"items|tickets|demands|people)",
            r"both",
            r"backlog",
            r"order",
            r"urgent",
            r"first",
            r"instead",
            r"(?:pushed|moved|put) (?:\w+ ){0,3}(?:back|later|aside|off)",
            r"wait",
            r"trade",
            r"capacity",
            r"bandwidth",
            r"overload",
            r"busy",
            r"swamped",
            r"stretched",
            r"too much",
            r"more than (?:i|we|one person) could",
            r"plate",
            r"all of (?:it|them)",
            r"everything",
            # one job taking a share of the teller's time ("on-call alone eating around 30
            # percent of my week")
            r"(?:percent|half|a third|a quarter|most) of my (?:week|weeks|time|day|days|capacity)",
        ),
        "several pieces of work competing for your time",
        SCENE,
    ),
    EventKind(
        "technical debt",
        _words(r"technical debt", r"tech debt"),
        # round 62 (rel62): the debt itself (old, copied, fragile, manual code to pay down), not
        # "features", "fix", "pipeline", "tests", "bugs" or an incident, which any project's
        # story says (49 % of other questions' stories)
        _words(
            r"debt",
            r"refactor",
            r"clean(?:ed|ing)? ?up",
            r"rewr",
            r"legacy",
            r"flak",
            r"fragil",
            r"brittle",
            r"hack",
            r"shortcut",
            r"cop(?:y|ied|ies)",
            r"duplicat",
            r"untested",
            r"no tests",
            r"migrat",
            r"spaghetti",
            r"mess",
            r"old (?:code|pipeline|system|scripts?|jobs?)",
            r"cron",
            r"scripts?",
            r"manual",
            r"by hand",
            r"slow(?:ed|ing)? (?:\w+ ){0,3}down",
            r"maintenance",
            r"(?:test suite|tests?) (?:\w+ ){0,2}(?:fail|fails|failed|failing|broke|break)",
            r"re ?run",
            r"(?:new )?features? (?:\w+ ){0,3}(?:or|versus|vs|against|instead)",
        ),
        "paying down technical debt against building new features",
        SCENE,
    ),
    EventKind(
        "simpler solution",
        _words(r"simpler solution", r"simple solution", r"simpler than"),
        # round 62 (rel62): the simpler thing chosen over the ML system, not a report,
        # dashboard, count, query or average of any story (47 % of other questions' stories)
        _words(
            r"simpl",
            r"rules?\b",
            r"heuristic",
            r"spreadsheet",
            r"sql\b",
            r"look-?up",
            r"baseline",
            r"linear",
            r"logistic",
            r"regression",
            r"median",
            r"if-?then",
            r"if statement",
            r"instead of (?:a |an |the )?(?:\w+ ){0,3}(?:model|network|learning|ml|ai|system|deep|"
            r"neural|transformer|llm)",
            r"no (?:model|ml|machine learning)",
            r"without (?:a |any )?(?:model|ml|machine learning)",
            r"didn't need",
            r"did not need",
            r"overkill",
            r"over-?engineer",
            r"deep learning",
            r"neural",
            r"fancy",
        ),
        "a simpler solution than the machine learning system people expected",
    ),
    EventKind(
        "privacy",
        _words(r"user data", r"privacy", r"personal data"),
        _words(
            r"privacy",
            r"private",
            r"personal",
            r"consent",
            r"gdpr",
            r"pii",
            r"sensitive",
            r"legal",
            r"anonymi",
            r"pseudonym",
            r"identif",
            r"retention",
            r"delet",
            r"opt",
            r"permission",
            r"terms",
            r"regulat",
            r"compliance",
            r"dpo",
            r"data protection",
            r"location",
            r"health",
            r"medical",
            r"email",
            r"address",
            r"phone",
            r"names?\b",
            r"user data",
            r"customer data",
            r"logs?",
            r"track",
            r"surveil",
            r"creep",
            r"ethic",
            r"uncomfortable",
            r"concern",
            r"hash",
            r"encrypt",
            r"aggregat",
            r"minimi",
        ),
        "a concern about how people's data was collected or used",
        SCENE,
    ),
)


def kind_named(name: str) -> EventKind | None:
    """The kind of event called ``name`` ("mistake", "incident"), or None."""
    return next((kind for kind in _KINDS if kind.name == name), None)


@lru_cache(maxsize=256)
def demanded(prompt: str) -> tuple[EventKind, ...]:
    """The kinds of event ``prompt`` asks a story to turn on (none: it asks for no such kind):
    those whose words ask for them, unless the word only names the setting of another thing
    ("the on-call load"), and those the asked event's parts make it (asked_event.typed_kinds,
    round 46: "a technical bet you made that turned out to be wrong" asks for a mistake)."""
    text = prompt.lower()
    typed = typed_kinds(prompt)
    return tuple(
        _owned_by_another(kind) if kind.told_in == MINE and _anothers(text, kind) else kind
        for kind in _KINDS
        if kind.name in typed
        or any(
            not names_only_a_setting(text, m.start(), m.end()) for m in kind.asked_by.finditer(text)
        )
    )


# The asked event placed in someone else's work or hands right after its words: "a mistake in a
# colleague's work", "a mistake by someone on another team", "a mistake of someone else's". A
# "'s" of a time ("last quarter's forecast") or a contraction ("in production that's cost") names
# nobody.
_NOBODYS = (
    "that",
    "it",
    "what",
    "there",
    "here",
    "who",
    "which",
    "this",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "year",
    "quarter",
    "month",
    "week",
    "day",
    "night",
    "season",
    "sprint",
    "decade",
    "morning",
    "evening",
)
_ANOTHERS = re.compile(
    r"\s+(?:in|by|of|from)\s+(?:(?:a|an|the|one of your|another|other)\s+)?(?:\w+\s+)?"
    rf"(?:(?!(?:{'|'.join(_NOBODYS)})'s\b)\w+'s\b"
    r"|someone|somebody|others?\b|colleagues?\b|teammates?\b|another\b)"
)


def _anothers(text: str, kind: EventKind) -> bool:
    """Does the prompt ask for ``kind``'s event as another person's ("Can you tell me about a
    time you spotted a mistake in a colleague's work?")?"""
    return any(
        _ANOTHERS.match(text, m.end()) and not names_only_a_setting(text, m.start(), m.end())
        for m in kind.asked_by.finditer(text)
    )


def _owned_by_another(kind: EventKind) -> EventKind:
    """``kind`` asked as someone else's (rel47): the story tells it in anyone's clause, not in the
    teller's own ("their join had a leak", "the test had been stopped early"), and is named so."""
    return replace(kind, told_in=ANYWHERE, said_as=_ANOTHERS_SAID.get(kind.name, kind.said_as))


# How a kind asked as someone else's is named to the candidate (its own name says "of your own").
_ANOTHERS_SAID = {"mistake": "a mistake in someone else's work"}


def tells_no_demanded(
    prompt: str, tokens: Tokens, labels: Sequence[str] | None = None
) -> EventKind | None:
    """The first kind of event ``prompt`` asks for, when the story tells none of the kinds it
    asks for where it must (``EventKind.told_in``; anywhere when ``labels``, the sentences'
    STAR parts, are unknown); None when it tells one, or the prompt asks for none."""
    kinds = demanded(prompt)
    if not kinds or not tokens.words:
        return None
    if any(tells(kind, tokens, labels) for kind in kinds):
        return None
    # A kind read from the asked event's parts alone (typed_kinds: "you retired or replaced a
    # model" is a stop) is told by the prompt's own words too ("we replaced the rules"): its
    # everyday ways were written for the prompts that name the kind.
    if not any(kind.asked_by.search(prompt.lower()) for kind in kinds) and says_own_words(
        prompt, tokens
    ):
        return None
    return kinds[0]


# The sentences of a story that set its scene or close it whatever their labels say (the
# labeller reads fresh styles less well: a scene told as "I" is often labelled a step).
_OPENING = 2
_CLOSING = 1
_SCENE_PARTS = frozenset(("situation", "task", "result"))
_TELLER = I_WORDS | WE_WORDS | frozenset(("i'd", "i'm", "i've", "i'll", "we'd", "we're", "we've"))
# Words opening a clause that goes on from the one before it, with no subject of its own.
_NO_SUBJECT_OPENERS = frozenset(
    ("instead", "rather", "without", "by", "to", "for", "after", "before", "than", "with")
)


def tells(kind: EventKind, tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """Does the story say ``kind``'s words where they tell its event
    (``EventKind.told_in``)?"""
    sentences = tokens.sentences
    if kind.told_in == ANYWHERE or labels is None:
        return bool(kind.told_by.search(" ".join(tokens.words)))
    for i, sentence in enumerate(sentences):
        said = tokens.words[sentence.first_word : sentence.last_word]
        if not kind.told_by.search(" ".join(said)):
            continue
        if kind.told_in != MINE and (
            i < _OPENING
            or i >= len(sentences) - _CLOSING
            or (i < len(labels) and labels[i] in _SCENE_PARTS)
        ):
            return True
        if kind.told_in != SCENE and _said_by_the_teller(kind, sentence, said):
            return True
    return False


def _said_by_the_teller(kind: EventKind, sentence: Sentence, said: Sequence[str]) -> bool:
    """Is ``kind`` said in a clause where the teller ("I", "we") is a party ("my join had
    duplicated orders", not "a vendor's mistake had shifted the dates"), or anywhere in a
    clause that goes on from one of the teller's without a subject of its own ("I offered
    holidays as features | instead of a new model")?"""
    return any(
        mine and kind.told_by.search(" ".join(ws)) for ws, mine in teller_clauses(sentence, said)
    )


def teller_clauses(sentence: Sentence, said: Sequence[str]) -> Iterator[tuple[list[str], bool]]:
    """The sentence's clauses (``said``: its words), each with whether the teller is a party of
    it: "I" or "we" in it, a clause going on from one of the teller's with no subject of its own,
    or the teller left out (``_teller_left_out``); made one at a time, so that a reader stops at
    the first it wants."""
    ids = clause_ids(sentence)
    tellers = False  # is the teller a party of the clause this one may go on from
    note = False  # is the sentence a note with its subject (the teller) left out
    for clause in sorted(set(ids)):
        ws = [w for w, c in zip(said, ids, strict=True) if c == clause]
        left_out, note = _teller_left_out(ws, note, first=clause == min(ids))
        mine = bool(set(ws) & _TELLER) or (tellers and ws[0] in _NO_SUBJECT_OPENERS) or left_out
        yield ws, mine
        tellers = mine


# Words joining a note's next step to the one before it ("..., then kept a glossary").
_NOTE_JOINS = frozenset(("and", "then", "also", "so"))


def _teller_left_out(ws: Sequence[str], note: bool, first: bool) -> tuple[bool, bool]:
    """Is the clause ``ws`` the teller's own act told with the teller left out (rel55), and is
    its sentence a note? A note opens on its verb with its subject dropped ("Read the market
    operator's rule book in week one, | kept a glossary.", "Changed a currency conversion
    without a test."): its first clause, and each clause after it that opens on a verb the same
    way; a clause of someone else's after it ("The vendor shipped late, missed two dates") is no
    note, since a note opens the sentence. A passive act with no doer named is the teller's too,
    in its own clause ("The first week was spent reading the maintenance logs", not "The model
    was deployed by the platform team", nor the clause after it: "..., which had started reading
    monthly income as yearly"). Notes and formal passives are how a teller tells their own steps
    without "I"."""
    words = list(ws)
    while words and words[0] in _NOTE_JOINS:
        words = words[1:]
    dropped = len(words) >= 3 and subject_dropped(words)
    if first:
        note = dropped
    if note and dropped:
        return True, note
    at = passive_at(words)
    return bool(at) and not doers_named(words, at), note
