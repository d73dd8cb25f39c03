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

Every question's event, not its topic (round 63, rel63). The same measure found seven more kinds
that any story says: learning 58 % ("asked", "read", "learn", "class", "release"), a difficult
colleague 57 % ("late", "agree", "credit"), competing work 46 % ("first", "instead", "both",
"order"), a failed project 46 % ("nobody", "dropped", "stopped", a customer's "cancel"), feedback
given 36 % ("told", "tell", "to be honest"), an expectation 32 % ("never", "could not", "limit")
and mentoring 30 % ("learn", "first week" of the teller's own). Each now reads the event in
general form: a source learned from or a field new to the teller; a colleague's conduct, often
as their habit ("he would block every pull request"); several pieces of work at once and the
order chosen; the project itself stopped, cancelled or unused, in a note too ("Pulled in
July."); the colleague told in private, directly, with the specific moments; a want beyond what
a model can do; someone less experienced and their growth as theirs. A kind's relevant stories
that failed its narrowed reading were read for the event's other wordings (a present-tense "I
book a half hour with her", "a new grad ... his first half year", "exact to the unit", "never
going to happen"). Other questions' stories passing (tuning half with sets 57-62): 58 -> 14 %,
57 -> 25 %, 46 -> 14 %, 46 -> 13 %, 36 -> 10 %, 32 -> 20 %, 30 -> 10 %. A mistake of mine (32 %)
was left: its narrowed reading flagged relevant stories told with no slip verb of mine ("I split
the data randomly by record ... explained the mistake").

Told by its acts (round 66, rel66; event_acts.py). Round 65's blind set flagged relevant stories
that told their event in no listed words: "I told my manager three weeks ... it shipped after
about eleven weeks instead of three", juniors who "stopped sending him PRs". A kind is also told
by its structure: a span the teller gave and a longer one the work took; others drawing back
from a colleague. And whose clause (``teller_clauses``): a note's heading before a colon ("Step
three: proposed ...") no longer hides that the note is the teller's, and a closing "instead" cut
off as a clause of its own is read with the clause it closes ("proposed one model with
per-client thresholds | instead"). Other questions' stories passing (tuning half): estimate and
difficult colleague unchanged (158, 245 of about 1030), refusal 201 -> 211 of 1023 (the
"proposed ... instead" the kind's ways already listed, now read across the cut).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from simulator.core.scoring.asked_event import names_only_a_setting, says_own_words, typed_kinds
from simulator.core.scoring.event_acts import told_by_acts
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


# What a project is, as the subject or object of its ending ("the pilot was cancelled", "we shelved
# the tool"): the failure kind's ways read the work itself ending, not any "dropped" or "stopped".
_WORK = (
    r"(?:project|pilot|rollout|roll-out|launch|work|idea|product|feature|model|tool|system|effort|"
    r"initiative|programme|program|trial|experiment|prototype|app|bot|dashboard|it|them|everything)"
)
# The one a piece of feedback is given to ("told him plainly", "told the junior analyst directly").
_ONE = (
    r"(?:him|her|them|the (?:\w+ )?(?:junior|engineer|analyst|colleague|teammate|intern|lead|"
    r"scientist|contractor)|[a-z]+)"
)
# Someone else, whose growth a mentoring story tells ("she learned to", "his first model").
_THEIR = r"(?:he|she|they|him|her|them|his|her|their)"
# What a model cannot do, told of a want beyond it ("could not predict", "won't catch").
_CAN = (
    r"(?:predict|forecast|reach|get|hit|deliver|do|know|catch|tell|replace|guarantee|promise|be|see|"
    r"explain|find|detect|spot|achieve|match|beat|work|learn|handle|read|understand|give|make)"
)


# A mistake as anyone tells it (the mistake kind's ways before rel65): "an error in the join",
# "the bug", "the wrong table". A mistake asked as someone else's (``_owned_by_another``) is told
# in anyone's clause by these; the teller's own is read narrowly (``_KINDS``' "mistake").
_ANYONES_MISTAKE = _words(
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
)


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
            r"my (?:own )?(?:fault|error|bug|miss|slip|oversight|assumption|call|doing)",
            r"our (?:own )?fault",
            r"(?:i|i'd|i had|i'd) (?:had )?(?:forgot|forgotten|missed|overlooked|skipped|assumed|broke|"
            r"misread|underestimated|introduced|was wrong|got it wrong|picked the wrong|"
            r"chose the wrong|messed|rushed|ignored|trusted|copied|left out)",
            # rel65: what I did not do is a slip when it is the care a step needed ("I did not
            # check the row counts", "I never asked whether clicks were the goal"), not any
            # "I never used", "I did not want a fight", "I was not the manager"; a step of mine
            # ("I shipped", "I deployed", "I let her lead") is no slip by itself
            r"(?:i|i'd|i had|i'd) (?:had )?(?:never|didn't|did not|hadn't|had not|haven't|have not)"
            r" (?:even |really |properly |once )?(?:check|look|ask|test|verif|validat|confirm|review|"
            r"compar|notic|consider|think (?:to|about|of)|run|estimat|read|tell|told|double|"
            r"question|backtest|try|tried|measur|monitor|watch|wait)",
            r"should have",
            r"learn(?:ed|t) to (?:ask|check|test|verify|confirm|look|double)",
            # rel65: data I removed by a slip, not data deleted on purpose (a privacy story's
            # "deleted footage after a day") or work dropped from a plan ("dropped two features")
            r"accident",
            r"mistakenly",
            r"inadvertent",
            r"dropped (?:a |an |the |one |our |that |two |\w+ )?(?:\w+ )?(?:table|tables|rows|column|"
            r"columns|records|partition|index|database)",
            r"i had (?:thought|believed)",
            r"i (?:wrongly|mistakenly|falsely) (?:thought|believed|assumed)",
            r"caus(?:ed|ing)",
            r"owned up",
            r"reali[sz]ed",
            r"too (?:early|soon|late|fast|quickly)",
            r"without (?:checking|testing|asking|telling|looking)",
            r"without (?:a |any )?(?:test|tests|review|check|checks|dry run|shadow|backup|sign-off)",
            r"shouldn't have",
            r"should not have",
            r"wrong",
            # rel65: an error or a bug of mine, not a measure ("the forecast error", "the error
            # rate", "error bars") or a bug someone found ("the serving bug was found")
            r"(?:errors?|bugs?) (?:was|were|is) (?:all |entirely |completely )?(?:mine|my|on me)",
            r"(?:error|bug) (?:on my part|in my|of mine)",
            r"(?:made|caused|introduced|shipped|pushed|committed|wrote|left|let) (?:an |a |the |that "
            r"|this |one )?(?:\w+ )?(?:error|bug)",
            r"human error",
            r"blame",
            r"leak(?:age|ed|s|ing)?\b",
            # rel65: a fault owned ("that one was on me"), or the fix it made mine ("it was on me
            # to fix it"), not any duty ("it was on me to tell her", "checking it was on me")
            r"(?:that|this|it|which)(?: one| part| miss| slip)? (?:was|is) (?:all |entirely |completely "
            r"|squarely |fully )?on me\b(?! to)",
            r"on me to (?:fix|correct|repair|undo|clean|put|restore|own|explain what|find out what"
            r" went wrong)",
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
        # round 63 (rel63): the teller telling a colleague something hard about their work,
        # and how (in private, directly, with the specific moments); not every "told", "tell",
        # "honest" ("to be honest"), "raise", "asked him" or "conversation", which 36 % of other
        # questions' stories said
        _words(
            r"feedback",
            r"plainly",
            r"one-to-one",
            r"one on one",
            r"1:1",
            r"pointed out",
            r"sat down with",
            r"private(?:ly)?\b",
            r"in private",
            rf"(?:tell|told|telling|say|said) (?:it )?(?:to )?{_ONE} (?:\w+ ){{0,1}}(?:directly|plainly|"
            r"honestly|frankly|straight|privately|in private|face to face|one on one|candidly|"
            r"bluntly|gently|kindly|clearly|calmly|openly)",
            r"(?:job|place|responsibility|role|duty) to (?:tell|raise|say|bring|give|talk)",
            r"(?:on me|up to me|down to me|fell to me|for me) to (?:tell|raise|say|bring|give|talk)",
            r"(?:had|needed|need|going|decided|wanted) to (?:tell|raise|bring (?:it|this|that|\w+) up|"
            r"talk to|have a word|give) (?:him|her|them|it)",
            r"(?:has|have|had) to (?:tell|raise|say it to|give) (?:him|her|them|it)",
            r"(?:asked|invited|took|booked|pulled) (?:him|her|them) (?:\w+ ){0,1}(?:for (?:a|an)|aside|"
            r"into|to (?:a|an) (?:coffee|walk|chat|call|meeting|room))",
            r"(?:booked|set up|scheduled|arranged|had) (?:a |an )?(?:private|quiet|short|one-to-one|"
            r"one on one|1:1|face to face) (?:\w+ ){0,2}(?:chat|talk|conversation|meeting|half hour|"
            r"call|word|coffee|walk)",
            r"(?:book|booked|books|booking|blocked|set aside) (?:a |an )?(?:\w+ ){0,2}(?:hour|half hour|"
            r"half-hour|minutes|meeting|call|chat|slot|time) with (?:him|her|them)",
            # what was said: the specific moments, the person's own work
            r"describ\w* (?:\w+ ){0,2}(?:specific|concrete|two|three|what i|exactly|each|the (?:two|"
            r"three|specific|last|incidents?|moments?))",
            r"i (?:tell|told|show|showed) (?:him|her|them) (?:that )?(?:\w+ ){0,2}(?:his|her|their) ",
            r"told (?:him|her|them) (?:that )?(?:his|her|their)\b",
            r"told (?:him|her|them) (?:that )?the (?:\w+ ){0,3}(?:was|were|had|could|would|did|read|"
            r"looked)",
            r"(?:difficult|hard|uncomfortable|honest|awkward|tough|frank|candid|direct) (?:\w+ )?"
            r"(?:conversation|talk|chat|message)",
            r"that conversation",
            r"rais\w* (?:it|this|that|the (?:\w+ ){0,2}(?:issue|problem|concern|point|matter)) "
            r"(?:with (?:him|her|them)|directly|privately|in private|one on one|before)",
            r"(?:be|was|being) honest (?:with|about|without)",
            r"honest(?:ly)? (?:told|said|tell|feedback|gain)",
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
        # round 63 (rel63): what was wanted or promised beyond what a model can do, and saying
        # so; not every "never", "could not", "limit", "would not" or "assumed", which 32 % of
        # other questions' stories said: a model that cannot do something, or a want of all,
        # zero or an exact number
        _words(
            r"expect",
            r"promis",
            r"hop(?:ed|ing|e)\b",
            r"sold",
            r"unrealistic",
            r"realistic",
            r"impossible",
            r"not possible",
            r"no way",
            r"not going to",
            r"never (?:going|gonna) to",
            rf"(?:could not|couldn't|cannot|can't|can not|would not|wouldn't|will not|won't|never) "
            rf"(?:\w+ ){{0,2}}{_CAN}\b",
            r"(?:can't|cannot|could not|couldn't|can not) be (?:met|done|reached|achieved|hit|"
            r"delivered|guaranteed|promised)",
            r"over-?(?:promis|sold|sell|estimat|confiden)",
            r"hype",
            r"silver bullet",
            r"miracle",
            r"crystal ball",
            r"too high",
            r"guarantee",
            r"magic",
            r"perfect",
            r"no model",
            r"no amount",
            r"exact\b",
            r"exactly",
            r"accurate to",
            r"(?:would|will) be (?:\w+ )?(?:accurate|right|correct|perfect|exact|flawless) ",
            r"(?:100|a hundred|one hundred) (?:percent|%)",
            r"wants? (?:\w+ ){0,6}(?:\d+|ninety|a hundred|every|all|zero|no)\b",
            r"wanted (?:\w+ ){0,6}(?:\d+|ninety|a hundred|every|all|zero|no)",
            r"asked for (?:\w+ ){0,3}(?:\d+|ninety|a hundred|every|all|zero|no)",
            r"(?:thought|convinced|sure) (?:that )?(?:the|a|our|an) (?:\w+ )?model",
            r"assum\w* (?:that )?(?:the|a|our|an|it|ml|ai) (?:\w+ )?(?:model|system|ai|algorithm|tool|"
            r"would|could|was|will)",
            r"believ\w* (?:that )?(?:the|a|our|an|it|ml|ai) (?:\w+ )?(?:model|system|ai|algorithm|tool|"
            r"would|could|was|will)",
            r"(?:ai|ml|machine learning|a model|the model) (?:would|could|will|can) (?:\w+ ){0,2}"
            r"(?:solve|fix|replace|predict|automate|catch|find|do)\b",
            r"more than (?:the|any|a|our) (?:\w+ )?(?:model|data|system)",
            r"beyond (?:what|the)",
            r"not (?:realistic|feasible|achievable)",
            r"at best",
            r"ceiling",
            # the limits of the model or the data, not an API's rate limit
            r"limit(?:s|ation|ations)? (?:of|to) (?:what|the model|any model|a model|our model|"
            r"the data|machine learning|ml|ai)\b",
            r"limitations",
            r"only (?:\w+ ){0,3}(?:percent|%)",
            r"certain",
            r"record straight",
            r"the best (?:\w+ ){0,3}could",
        ),
        "an expectation higher than the model could meet",
        SCENE_OR_MINE,
    ),
    EventKind(
        "mentoring",
        _words(r"mentor", r"junior", r"helped a colleague grow", r"less experienced"),
        # round 63 (rel63): someone less experienced, and their growth as theirs ("she learned
        # to", "his first model"); not any "learn", "first week", "grow" or "guide" of the
        # teller's, which 30 % of other questions' stories said
        _words(
            r"mentor",
            r"junior",
            r"intern",
            r"new hire",
            r"graduate",
            r"grads?\b",
            r"joined",
            r"pair",
            r"coach",
            r"taught",
            r"teach",
            # a person onboarded, not a product's "onboarding flow" (set 58)
            r"onboard(?:ed|ing)?\b(?! (?:flow|quiz|screen|page|form|funnel|experience|steps?|survey|"
            r"emails?))",
            r"buddy",
            r"student",
            r"universit",
            r"college",
            r"less experienced",
            r"confiden",
            r"apprentice",
            r"bootcamp",
            r"promot",
            r"career",
            r"help (?:him|her|them)",
            r"helped (?:him|her|them)",
            rf"{_THEIR} (?:\w+ ){{0,2}}(?:learn|grow|grew|improv|develop|progress)",
            r"(?:grow|growth|develop) (?:into|as)\b",
            r"(?:help|helped|helping) (?:\w+ ){0,2}(?:grow|learn|develop|improve)",
            rf"{_THEIR} (?:own |very )?first (?:job|week|month|year|half year|half|quarter|project|role|"
            r"model|pull request|review|task|ticket|release|presentation)",
            rf"guid(?:ed|ing|ance) (?:{_THEIR}|the)",
            r"new (?:to|on) (?:the|our|my) team",
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
        # round 63 (rel63): learning itself, from a source (a paper, a course, the docs, an
        # expert asked to explain) or as someone new to a field; not every "asked", "read",
        # "learned" (a lesson: "what I learned is that"), "talk", "class" (a classifier's),
        # "release" or "sat with" (users, two people at odds), which 58 % of other questions'
        # stories said
        _words(
            r"read (?:\w+ ){0,4}(?:papers?|books?|textbooks?|docs|documentation|manuals?|guides?|"
            r"handbooks?|blogs?|posts?|articles?|chapters?|specs?|standards?|regulations?|"
            r"rule ?books?|wiki|release notes|notes|preprints?|literature|everything|up|about|"
            r"through|into)\b",
            r"reading (?:\w+ ){0,4}(?:papers?|books?|textbooks?|docs|documentation|manuals?|"
            r"guides?|handbooks?|blogs?|articles?|chapters?|specs?|standards?|regulations?|"
            r"rule ?books?|wiki|notes|literature)\b",
            r"reading (?:up|about|through|into|list|group|club)\b",
            r"never read",
            r"(?<!\bon )papers?\b",
            r"chapters?\b",
            r"(?:a|the|one|this|that|his|her|their|two|three) (?:\w+ )?book\b"
            r"(?! (?:time|a|an|the|some|\w+ minutes|\w+ hours?|\d))",
            r"(?:text|hand|rule ?)?books\b",
            r"textbook",
            r"(?<!\bof )course",
            r"(?:online|evening|night|weekend|took (?:\w+ ){0,2}|taking (?:\w+ ){0,2}|"
            r"attended (?:\w+ ){0,2})class(?:es)?\b",
            r"tutorial",
            r"lecture",
            r"video",
            r"podcast",
            r"newsletter",
            r"blog",
            r"conference",
            r"meetup",
            r"workshop",
            r"(?:a|the|her|his|their|conference|meetup|keynote) talks?\b",
            r"talks? (?:at|by|from|on how)\b",
            r"release notes",
            r"preprint",
            r"arxiv",
            r"follow(?:ing|ed)? (?:the )?(?:work|research|literature|papers?|field)",
            r"came across",
            r"reproduc\w* (?:\w+ ){0,3}(?:paper|papers|results?|experiments?|method|approach|"
            r"benchmark|figures?|numbers)",
            r"(?:went|go|going|worked|working) through (?:\w+ ){0,3}(?:docs|documentation|papers?|"
            r"tutorials?|manuals?|guides?|course|notes)\b",
            r"studi",
            r"handbook",
            r"primer",
            r"cheat ?sheet",
            r"flash ?cards?",
            r"brush(?:ed|ing)? up",
            r"d(?:ove|ived|iving|ug|igging) (?:\w+ ){0,2}into (?:the )?(?:domain|field|literature|"
            r"papers?|docs|documentation|basics|theory|topic|subject)",
            r"immers",
            # the field's words learned, and the experts asked
            r"glossary",
            r"terminology",
            r"jargon",
            r"vocabulary",
            r"acronyms?",
            r"(?:the|their|its|new|domain|key|basic|business|technical|trade|industry|medical|"
            r"legal) (?:\w+ )?terms\b",
            r"asked (?:\w+ ){0,4}(?:to (?:explain|teach|walk|show|take)|questions|every question|"
            r"for (?:a|an) (?:intro|introduction|overview|walk-?through|crash course|tour))",
            r"ask(?:ed|ing)? (?:\w+ ){0,2}(?:questions|every question|the basics)",
            r"(?:my|our|dumb|dumbest|basic|naive|stupid) questions",
            r"(?:domain|subject[- ]matter) experts?",
            r"shadow(?:ed|ing)?\b(?! (?:mode|deploy|deployment|run|runs|traffic|test|tests|launch|"
            r"period|scoring|model|version))",
            r"(?:sat|sitting|sit) in on",
            r"in the field",
            r"the basics",
            r"the ropes",
            r"homework",
            r"head around",
            r"ramp(?:ed|ing)? up",
            r"up to speed",
            r"crash course",
            r"practi[cs]e",
            # new to it: a field, a tool, a method never met before
            r"new to",
            r"unfamiliar",
            r"(?:i was|i am|i'm|being|was still|i was completely|i was totally) new\b",
            r"never (?:used|worked|done|heard|seen|touched|built)",
            r"i had never",
            r"knew (?:nothing|little|very little)",
            r"did not know",
            r"no idea",
            r"(?:no|zero|little|limited|without any) (?:\w+ ){0,2}(?:knowledge|background|"
            r"experience)\b",
            r"out of my depth",
            r"comfort zone",
            r"new (?:domain|field|area|tool|library|framework|technique|method)",
            r"learn(?:ed|t|ing)? (?:about|how|what|which|the basics|enough|a lot|more|its|their|"
            r"the (?!hard way|lesson))",
            r"taught (?:me|myself|us)",
            r"teach (?:me|myself|us)",
            r"self-taught",
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
        # round 63 (rel63): the project, pilot or product itself failed, stopped, cancelled,
        # shelved or unused ("the project was closed", "pulled in July", "nobody used it");
        # not "nobody", "dropped", "stopped", "lost", "missed", "closed", "wrong" or a
        # customer's "cancel" in any story, which 46 % of other questions' stories said. A
        # pipeline's or a machine's failures are no failed project
        _words(
            r"(?<!pipeline )(?<!equipment )(?<!machine )(?<!job )(?<!test )(?<!build )"
            r"(?<!hardware )(?<!payment )(?<!disk )(?<!node )fail(?:ed|ure|ures|ing|s)?\b"
            r"(?! (?:the|a|our) (?:pipeline|build|check|job))",
            r"(?:nobody|no one|nobody else|hardly anyone|few people|almost nobody) (?:\w+ ){0,2}"
            r"(?:used|using|use|uses|trusted|trusts|opened|opening|read|looked|wanted|adopted|"
            r"bought|clicked|came|noticed|cared|needed)",
            r"nobody (?:had )?asked (?:them|the|for)",
            rf"{_WORK} (?:was|were|got|had been|has been) (?:\w+ ){{0,1}}(?:dropped|stopped|closed|"
            r"cancell?ed|killed|shelved|scrapped|pulled|abandoned|ended|shut|switched off|"
            r"turned off|wound down|rolled back|retired|parked)",
            r"(?:dropped|stopped|closed|cancell?ed|killed|shelved|scrapped|pulled|abandoned|ended|"
            r"shut down|switched off|turned off|wound down|rolled back|retired|parked) "
            rf"(?:the |our |my |their |that |this )?(?:\w+ )?{_WORK}\b",
            # told as a note: "Project stopped after the pilot.", "Pulled in July."
            rf"{_WORK} (?:dropped|stopped|closed|cancell?ed|killed|shelved|scrapped|pulled|"
            r"abandoned|ended|parked|retired) (?:after|in|before|at|when|within|by|following)\b",
            r"(?:dropped|stopped|closed|cancell?ed|killed|shelved|scrapped|pulled|abandoned|parked) "
            r"(?:in|after|within) (?:\w+ ){0,2}(?:january|february|march|april|may|june|july|"
            r"august|september|october|november|december|spring|summer|autumn|fall|winter|"
            r"months?|weeks?|quarters?|the pilot|the trial|launch)\b",
            r"cancel\w* (?:the |our |my )?(?:project|pilot|rollout|work|launch|contract|it|"
            r"everything)",
            r"(?:was|were|got|been|be) cancel",
            r"stopped (?:using|opening|reading|trusting|looking)",
            r"(?:didn't|did not|never|stopped) trust",
            r"ended up (?:shelving|scrapping|cancell?ing|dropping|killing|abandoning|switching|"
            r"turning|rolling)",
            r"pulled (?:the )?(?:funding|plug|budget|money)",
            r"budget (?:was )?(?:moved|cut|went|pulled|reallocated)",
            r"(?:went|gone|go|goes|going) wrong",
            r"worse than",
            r"post-?mortem",
            r"shut",
            r"switched (?:\w+ ){0,3}off",
            r"turned (?:\w+ ){0,3}off",
            r"never (?:launched|used|shipped|went live|made|took off|worked)",
            r"flop",
            r"kill",
            r"didn't work",
            r"did not work",
            r"roll(?:ed)? ?back",
            r"wasted",
            r"gave up",
            r"disappoint",
            r"nobody used",
            r"no one used",
            r"hardly used",
            r"barely used",
            r"shelved",
            r"wound down",
            r"end(?:ed)? the project",
            r"too late",
            r"(?:had|has|did|have) not (?:changed|moved|improved)",
            r"not using",
            r"usage",
            r"took (?:\w+ ){0,3}down",
            r"abandon",
            r"scrap",
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
    # conflict kind's before round 62 and more. Round 63 (rel63) reads the person's conduct
    # itself, most often told as their habit, in place of the bare "late", "agree" and "sides"
    # that had kept round 62's relevant stories passing.
    EventKind(
        "difficult colleague",
        _words(r"difficult team member", r"difficult colleague"),
        # round 63 (rel63): a colleague's conduct (blocks, rewrites, ignores, takes credit, is
        # late with their part again and again, never replies), most often told as that
        # person's habit ("he would block every pull request", "who kept rewriting"); not
        # "late", "agree", "sides", "credit", "personal", "silent" or "stuck" of any story,
        # which 57 % of other questions' stories said. Read anywhere: in the scene alone it
        # flagged relevant stories told as "she got annoyed" among the steps
        _words(
            r"conflict",
            r"disagree",
            r"argu",
            r"clash",
            r"tension",
            r"friction",
            r"fight",
            r"fought",
            r"frustrat",
            r"dismiss",
            r"rude",
            r"tense",
            r"upset",
            r"at odds",
            r"heated",
            r"pushed back",
            r"object",
            r"resist",
            r"insist",
            r"unreview",
            r"interrupt",
            r"blame",
            r"attack",
            r"refus",
            r"each other",
            r"difficult (?:to work with|to deal with|person|colleague|teammate|team member|"
            r"engineer|man|woman)",
            r"hard to work with",
            r"(?:a|the) (?:\w+ )?(?:difficult|tricky|prickly|abrasive|stubborn) (?:one|person|"
            r"colleague|teammate|character|personality)",
            r"defensive",
            r"\bcold\b(?! start)",
            r"hostile",
            r"curt\b",
            r"condescend",
            r"abrasive",
            r"territorial",
            r"stubborn",
            r"passive[- ]aggressive",
            r"unresponsive",
            r"unreliable",
            r"complain\w* (?:\w+ ){0,3}(?:about|to)",
            # the person's habit: "he would block", "she kept rewriting", "a colleague who
            # repeatedly presented shared work as his own", "whenever anyone asked"
            r"(?:he|she|he'd|she'd|he's|she's) (?:\w+ ){0,2}(?:kept|always|constantly|"
            r"repeatedly|routinely|regularly|never|rarely|often|would|wouldn't|would not|"
            r"refused to|tended to|used to|had a habit)\b",
            r"(?:who|colleague|teammate|engineer|scientist|analyst|member) (?:\w+ ){0,1}"
            r"(?:repeatedly|constantly|kept|always|never|routinely|regularly)\b",
            r"(?:consistently|repeatedly|constantly|always|kept|keeps) (?:\w+ ){0,1}(?:missing|late|"
            r"skipping|ignoring|rewriting|blocking|rejecting|changing|pushing|interrupting|"
            r"dismissing|overriding|reverting)",
            r"whenever (?:anyone|someone|somebody|we|i|people|anybody)",
            r"in a row",
            r"(?:every|each) (?:single )?(?:pull request|pr|review|design|proposal|code review)\b",
            r"block\w* (?:\w+ ){0,3}(?:every|each|all|my|our|pull|prs?|merge|change|changes|review|"
            r"request|requests|work|progress|release|migration)",
            r"(?:his|her|their) (?:\w+ ){0,3}(?:was|were|came|arrived|landed|kept) (?:\w+ ){0,2}"
            r"late\b",
            r"late (?:again|every|three times|twice|repeatedly|with (?:his|her|their))",
            r"(?:took|taking|takes|take|claimed|claiming) (?:the |all the |all |sole )?credit",
            r"credit for (?:my|our|other|others|someone|everyone)",
            r"(?:share|sharing|shared|fair) credit",
            r"as (?:his|her|their) own\b",
            r"as (?:his|her|their) (?:own )?(?:work|idea|ideas|results)\b",
            r"(?:went|go|going|gone|stayed|was|were) silent",
            r"stopped (?:talking|replying|responding|answering|speaking)",
            r"personal(?:ly)? (?:attack|remark|comment|dig|issue)",
            r"personality",
            r"took (?:it|things|that|this) personally",
            r"got personal",
            r"stuck (?:behind|waiting (?:for|on)|on (?:him|her|them|his|her|their))",
            r"reject\w* (?:\w+ ){0,2}(?:my|our|every|each|all|other|his|her|their|the team's)",
            r"ignor\w* (?:\w+ ){0,2}(?:my|our|the team's|everyone's|others'|comments|messages|"
            r"emails|feedback|reviews?|guidelines|conventions|process|style|requests|questions|"
            r"deadlines)",
            r"(?:didn't|did not|never) (?:\w+ ){0,2}(?:reply|respond|answer|show up|turn up|join)",
            r"never (?:said|spoke|replied|answered|showed)",
            r"without (?:telling|asking|warning|checking with)",
            r"rewr\w* (?:\w+ ){0,2}(?:other people's|my|our|everyone's|someone else's|whatever)",
        ),
        "a colleague who was difficult to work with",
    ),
    # Round 43 (rel43): four more kinds, each read in the scene but the simpler solution (read
    # anywhere: in the scene it flagged a relevant dev story).
    EventKind(
        "competing work",
        _words(r"priorit", r"compete for your time", r"competing (?:projects|requests|work)"),
        # round 63 (rel63): several pieces of work at once (counted, said to collide, too much
        # for the time there is) or the order chosen among them ("the dashboard could wait",
        # "fixed first"); not every "first", "instead", "both", "order", "wait" or
        # "everything", which 46 % of other questions' stories said
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
            r"both (?:\w+ ){0,3}(?:asked|wanted|needed|need|want|due|urgent|claimed|expected|landed|"
            r"came|had|were|are|mattered|insisted)\b",
            r"backlog",
            r"urgent",
            r"on top of",
            r"conflicting",
            r"trade-?offs?",
            r"(?:pile|stack|queue|list|flood|wave) of (?:\w+ ){0,2}(?:requests|asks|tasks|tickets|"
            r"work|things|projects)",
            r"landed (?:on (?:me|my desk)|at once|together)",
            r"hours of work",
            r"(?:wrote|list(?:ed)?|put) (?:\w+ ){0,2}everything",
            r"everything (?:at once|landed|came|was due|due|on my)",
            r"(?:talk|report|review|analysis|retrain|release|deck|paper|demo|launch|model|dashboard) "
            r"(?:was |were )?due (?:on|by|this|next|that)\b",
            # the order chosen: what went first, what waited
            r"(?:came|went|goes|go|come|comes|put (?:\w+ ){0,2}|do (?:\w+ ){0,2}|did (?:\w+ ){0,2}|"
            r"take (?:\w+ ){0,2}|took (?:\w+ ){0,2}) first\b",
            r"\w+ed first\b",
            r"what (?:\w+ ){0,2}(?:came|comes|come|went|goes|go|to do|to tackle|to take) "
            r"(?:first|next)",
            r"(?:could|can|would|will|had to|has to|should) wait",
            r"(?:pushed|moved|put) (?:\w+ ){0,3}(?:back|later|aside|off)",
            r"(?:an? |the )?order\b(?! (?:to|of|value|values|volumes?|data|lines?|history|book|ids?|"
            r"count|counts))",
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
            r"hack(?!athon)",  # a hackathon is no shortcut taken (set 61)
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
        # dashboard, count, query or average of any story (47 % of other questions' stories).
        # Round 67 (rel67): only the learned system said to be unneeded or set aside by its
        # name; the plainer thing's own name ("baseline", "rules", "linear", "simple") is in any
        # ML story (21 % of other questions' stories passed), so the choice itself is read by
        # its roles (simpler_choice.py, event_acts.STRUCTURE).
        _words(
            r"simpler than",
            r"instead of (?:a |an |the )?(?:\w+ ){0,3}(?:model|network|learning|ml|ai|deep|"
            r"neural|transformer|llm)",
            r"rather than (?:a |an |the )?(?:\w+ ){0,3}(?:model|network|learning|ml|ai|deep|"
            r"neural|transformer|llm)",
            r"no (?:model|ml|machine learning)",
            r"without (?:a |any )?(?:model|ml|machine learning)",
            r"(?:didn't|did not|don't|do not|never) (?:\w+ ){0,2}need (?:a |any |the )?(?:\w+ )?"
            r"(?:model|ml|machine learning|network)",
            r"needed (?:a |any )?(?:model|ml|machine learning) at all",
            r"overkill",
            r"over-?engineer",
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
    return replace(
        kind,
        told_in=ANYWHERE,
        said_as=_ANOTHERS_SAID.get(kind.name, kind.said_as),
        told_by=_ANOTHERS_TOLD.get(kind.name, kind.told_by),
    )


# How a kind asked as someone else's is named to the candidate (its own name says "of your own").
_ANOTHERS_SAID = {"mistake": "a mistake in someone else's work"}
# How a kind asked as someone else's is told: their mistake in anyone's words ("an error in the
# join"), not only a slip the teller owns.
_ANOTHERS_TOLD = {"mistake": _ANYONES_MISTAKE}


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
    if told_by_acts(kind.name, tokens):
        return True  # event_acts.py (round 66): the event told by its structure, in any words
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
    run: list[str] = []  # the teller's clause read with the clauses going on from it
    for ws, mine in teller_clauses(sentence, said):
        if not mine:
            run = []
            continue
        # a closing "instead" cut off as a clause of its own is read with the one it closes:
        # "proposed one model with per-client thresholds | instead" (round 66)
        run = [*run, *ws] if run and ws == ["instead"] else list(ws)
        if kind.told_by.search(" ".join(run)):
            return True
    return False


def teller_clauses(sentence: Sentence, said: Sequence[str]) -> Iterator[tuple[list[str], bool]]:
    """The sentence's clauses (``said``: its words), each with whether the teller is a party of
    it: "I" or "we" in it, a clause going on from one of the teller's with no subject of its own,
    or the teller left out (``_teller_left_out``); made one at a time, so that a reader stops at
    the first it wants."""
    ids = clause_ids(sentence)
    tellers = False  # is the teller a party of the clause this one may go on from
    note = False  # is the sentence a note with its subject (the teller) left out
    opening = min(ids)
    if _HEADING.match(sentence.text) and ids.count(opening) <= _HEADING_WORDS:
        # a note's heading ("Step three: proposed one model ...", "Action: rewrote the join"):
        # the note opens after it (round 66)
        opening = min((c for c in ids if c != opening), default=opening)
    for clause in sorted(set(ids)):
        ws = [w for w, c in zip(said, ids, strict=True) if c == clause]
        left_out, note = _teller_left_out(ws, note, first=clause == opening)
        mine = bool(set(ws) & _TELLER) or (tellers and ws[0] in _NO_SUBJECT_OPENERS) or left_out
        yield ws, mine
        tellers = mine


# A heading before a note's first step, closed by a colon: "Step three:", "Action:", "Then:".
_HEADING = re.compile(r"\s*[A-Za-z][\w' -]{0,24}:\s")
_HEADING_WORDS = 3

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
