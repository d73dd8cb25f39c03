"""The question's ask met by the roles of a story's sentences (issue 9, round 55, rel55).

owned_ask.py reads seven asks, each by phrases of its own. The relevant stories the lead's blind
sets still flag tell their ask in plain words and out of order: a stakeholder who "wanted the
model to replace the agents' notes" (no "expected", no "unrealistic"), persuaded by what the
teller showed her, who then agreed; a pipeline that "was maintained by the data platform team",
fixed by the teller, whose "I had been asked only to improve the model" comes late; a new grad
helped, told in the present, whose growth is what he does at the close. Their words are the
field's; what makes them answer the question is who does what: another party wants something
(or owns it, or is new), the teller acts on that, and the story closes on that party's change.

An ask is read as roles, each in its own kind of clause (event_demand.teller_clauses: "I" or
"we" in the clause, a note with its subject dropped, a passive with no doer named; another
party's clause opens on someone else, "our head of support wanted ...", "she agreed"):

* the premise, in another party's clause where the story sets its scene (its situation or task
  sentences, or its first two): a stakeholder's want ("wanted", "expected", "told her team it
  would"); the thing owned by another ("maintained by the data platform team", "was the platform
  group's"); a person new ("a new grad on my team", "joined the team");
* the teller's act on it, in a clause of the teller's: showing, explaining, proposing (a want);
  deciding, fixing, tracing (a thing owned by another); asking, pairing, reviewing with him or her
  (a newcomer);
* the close, in a result sentence or the story's first or last: the other party agreeing or
  taking the plan up ("she agreed", "she reset the goal with her team"); the newcomer's own
  growth ("he presents that fix at our team demo himself"); any outcome, for ownership;
* what tells the ask from its neighbours: the model's shortfall in another party's clause ("got a
  refund amount wrong", "the best we could do was rank"; not "I explained that the scores could
  not leave", a refusal: push-back), for the expectation; not-mine said by the teller ("it was not
  really mine to fix", "not by my team", "asked only to improve the model"), for ownership.

Round 56 (rel56): two more asks, influence without authority (another team's plan or rule, my
evidence or offer, their change, and my lack of a say) and something that broke while live told
with no incident word (a sudden change in the scene, my mitigation, its pace); and a newcomer is
anyone new to the work itself ("had never deployed anything"). Read on every *_star.yaml story
with every pack: influence met by 41 of 53 relevant stories and none of 16 told for another
question, the incident by 49 of 71 and none of 57, helping by 50 (was 32) of 60 and 1 of 55 (as
before). And a change to how the team works (the team's old way, said of the team and not of
one person; my change; the new way taken up by everyone): met by 28 of 62 relevant stories and
none of 30 told for another question.

Read last, on a story some rule flagged, after owned_ask. A story some rule named another
question's by a directed reading (``mirrored``) or by the loaded bank's question (``by_rival``)
stays flagged: that question's ask is read as clearly better met.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from simulator.core.scoring.event_demand import teller_clauses
from simulator.core.scoring.text import Tokens

_SCENE_PARTS = frozenset(("situation", "task"))
_CLOSE_PARTS = frozenset(("result",))
_OPENING = 2


@dataclass(frozen=True)
class Ask:
    """What a prompt asks, as roles: the prompt words asking it, the premise said in another
    party's clause of the scene, the teller's act in a clause of the teller's, the close, and
    what tells this ask from its neighbours (said anywhere)."""

    name: str
    asked_by: re.Pattern[str]
    premise: re.Pattern[str]
    act: re.Pattern[str]
    close: re.Pattern[str]
    # where the close is read: in another party's clause ("theirs") or the teller's ("mine")
    close_in: str
    marker: re.Pattern[str]
    # where the marker is read: in another party's clause ("theirs": the model's shortfall, not
    # "I explained that the raw scores could not leave", a refusal of mine) or the teller's
    # ("mine": "it was not really mine to fix"); "any": either
    marker_in: str
    # where the premise is read: in another party's clause of the scene ("theirs"), or in any
    # clause of it ("any": the team's old way, told as "we kept results in a spreadsheet")
    premise_in: str = "theirs"


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# Conduct that makes a colleague hard to work with, said in that person's own clause (rel66):
# the difficult-colleague reading looks for it where the story opens and where it closes.
_HARD_CONDUCT = (
    r"refused",
    r"ignored",
    r"ignoring",
    r"dismiss\w*",
    r"rude",
    r"harsh",
    r"brutal",
    r"curt",
    r"hostile",
    r"defensive",
    r"as an attack",
    r"(?:stopped|quit) \w+ing (?:\w+ )?(?:him|her)",
    r"(?:afraid|scared|reluctant|hesitant) to",
)

# A person new or less experienced (the one a mentoring story helps grow).
_NEWCOMER = (
    r"new (?:grad|graduate|hire|joiner|starter|engineer|analyst|colleague|teammate)",
    r"newest",
    r"junior",
    r"intern",
    r"graduate",
    r"grad",
    r"apprentice",
    r"joined (?:us|the team|my team|our team)",
    r"(?:his|her|their) first (?:job|year|role|project|month)",
    r"less experienced",
    # rel56: someone new to the work itself, whatever their title ("an analyst who had never
    # deployed anything", "wanted to move into ML engineering", "straight from university")
    r"(?:had )?never (?:deployed|shipped|built|trained|worked|used|written|led|done|touched|run|"
    r"presented|been)",
    r"new to",
    r"(?:wanted|hoped|keen|eager) to (?:move|grow|get|switch|do more|learn)",
    r"straight (?:from|out of)",
    r"fresh (?:from|out of)",
    r"moving into",
    r"struggl(?:ed|ing|es)",
)
_ASKS = (
    Ask(
        "expectation",
        _words(r"expected more", r"expect(?:ed|ing)? (?:\w+ ){0,4}more", r"unrealistic"),
        _words(
            r"wanted",
            r"expected",
            r"asked (?:us |me |my team )?for",
            r"hoped",
            r"insisted",
            r"was sure",
            r"were sure",
            r"believed",
            r"assumed",
            r"promised",
            r"had told",
            r"had seen",
            r"(?:told|promised) (?:\w+ ){1,4}(?:that )?it would",
            r"said (?:that )?it would",
        ),
        _words(
            r"showed",
            r"explained",
            r"walked (?:\w+ ){0,3}through",
            r"went through",
            r"sat down",
            r"suggested",
            r"proposed",
            r"offered",
            r"reframed",
            r"set out",
            r"compared",
            r"presented",
            r"met (?:him|her|them)",
        ),
        _words(
            r"agreed",
            r"accepted",
            r"(?:was|were) happy",
            r"signed",
            r"approved",
            r"came (?:round|around)",
            r"went with",
            r"took (?:that|the|our|my) (?:plan|proposal|offer|version)",
            r"saw the problem",
            r"adopted",
            r"uses",
            r"used (?:it|them|the)",
            r"reset",
            r"asked for the same",
        ),
        "theirs",
        _words(
            r"wrong",
            r"invent(?:ed|s)?",
            r"made[- ]up",
            r"never happened",
            r"left out",
            r"dropped a",
            r"missed",
            r"could not",
            r"couldn't",
            r"cannot",
            r"can't",
            r"at best",
            r"the best (?:\w+ ){0,3}could",
            r"errors?",
        ),
        "theirs",
    ),
    Ask(
        "ownership",
        _words(
            r"ownership",
            r"(?:wasn't|was not|not) (?:strictly |formally )?your (?:responsibility|job)",
        ),
        re.compile(
            r"\b(?:(?:was|were) (?:the )?[\w-]+ (?:group|team|department)'s|"
            r"(?:owned|maintained|run|managed|built) by (?:the|another|a different|an outside)|"
            r"belonged to|(?:their|another|other) (?:team|group)'s)"
        ),
        _words(
            r"decided",
            r"fixed",
            r"wrote (?:a|the) fix",
            r"traced",
            r"stepped in",
            r"took (?:it|this|that) on",
            r"picked (?:it|this) up",
            r"volunteered",
            r"read (?:the|their) (?:\w+ ){0,2}code",
        ),
        _words(r".+"),
        "any",
        re.compile(
            r"\b(?:not (?:really |strictly |formally )?(?:mine|my (?:job|problem|team|system|"
            r"responsibility|area))|(?:wasn't|was not|isn't) (?:really |strictly )?(?:mine|my "
            r"(?:job|problem|team|system|responsibility|area))|none of (?:this|it|that) was my|"
            r"not (?:by|in|on) (?:my|our) team|(?:asked|hired|there) only to|only (?:been )?asked to)"
        ),
        "mine",
    ),
    Ask(
        "helping",
        _words(r"mentor(?:ed)?", r"junior", r"helped a colleague grow", r"less experienced"),
        _words(*_NEWCOMER),
        # the teller's act done with or for that person: "I ask him to walk me through", "I
        # paired with her", "I gave him the dashboard to build"
        re.compile(
            r"\b(?:ask|asked|pair|paired|sit|sat|meet|met|start|started|give|gave|review|"
            r"reviewed|coach|coached|teach|taught|show|showed|walk|walked|agree|agreed|let|hand|"
            r"handed)\b(?: \w+){0,6}? (?:him|her|them)\b|\b(?:with|for) (?:him|her|them)\b"
        ),
        # that person's own growth where the story closes: "He presents that fix at our team
        # demo himself", "she now mentors the next new hire"
        re.compile(
            r"^(?:\w+ ){0,6}?(?:he|she|his|her)\b(?: \w+){0,6}? (?:presents?|presented|leads?|led|"
            r"runs?|ran|owns?|owned|demoed|ships?|shipped|promoted|mentors?|mentored|takes?|took|"
            r"finds?|found|approved|built|builds|now|was|is|went|came|moved|joined|became|"
            r"started|got|gave|wrote|reviews?|reviewed|reviewing|handles?|handled|teaches|"
            r"answers|answered|mentoring|leading|running|presenting)\b"
        ),
        "theirs",
        _words(r".+"),
        "theirs",
    ),
    # rel56: another team's decision changed by the teller, who had no say over it: their plan
    # or rule where the story opens ("they were planning to drop the device field", "the security
    # team's policy banned running any outside model"), the teller's evidence or offer, their
    # change where it closes ("Their lead agreed", "They approved the sandbox"), and the lack of
    # authority said ("I had no say over their roadmap", "they report to a different part of the
    # company", "changing their workflow was entirely their call").
    Ask(
        "influence",
        _words(r"influenced?", r"without (?:having )?(?:any )?(?:formal )?authority"),
        _words(
            r"plann(?:ed|ing) to",
            r"plans? to",
            r"(?:had )?decided",
            r"(?:was|were) going to",
            r"wanted to",
            r"insisted",
            r"refused",
            r"banned",
            r"policy",
            r"roadmap",
            r"priorities",
            r"announced",
            r"only (?:logged|kept|stored|allowed|used|ran|supported)",
            r"would (?:not|only|never)",
            r"owned",
            r"(?:their|its) own",
            r"whenever",
            r"only by",
            r"kept",
            r"had other",
            r"had no",
            r"did not|didn't",
            r"dropped|dropping",
            r"changed",
        ),
        _words(
            r"showed",
            r"measured",
            r"ran",
            r"wrote",
            r"brought",
            r"offered",
            r"proposed",
            r"asked",
            r"mocked",
            r"pulled",
            r"put together",
            r"shared",
            r"compared",
            r"presented",
            r"invited",
            r"sat with",
            r"set up",
            r"built",
            r"quantified",
            r"estimated",
            r"went (?:through|over|to)",
            r"sent",
            r"counted",
            r"found",
            r"worked out",
            r"wrote (?:it )?up",
            r"took",
            r"joined",
            r"framed",
            r"re-?ran",
            r"pitched",
            r"demoed",
            r"explained",
            r"suggested",
            r"collected",
            r"gathered",
        ),
        _words(
            r"agreed",
            r"kept",
            r"approved",
            r"adopted",
            r"rolled (?:it |them |this )?out",
            r"ended up",
            r"made it",
            r"accepted",
            r"signed",
            r"switched",
            r"added",
            r"changed",
            r"dropped",
            r"went with",
            r"now (?:asks?|uses?|runs?|sends?|logs?|checks?)",
            r"started (?:using|sending|logging|running)",
            r"took (?:it|the|our|my)",
            r"went (?:out|live)",
            r"merged",
            r"reversed",
            r"delayed",
            r"paused",
            r"put",
            r"moved",
            r"rewrote",
            r"fixed",
            r"ran",
            r"removed",
            r"let",
            r"gave",
            r"allowed",
            r"extended",
        ),
        "theirs",
        re.compile(
            r"\b(?:(?:no|zero|little|without any|without) (?:formal |real )?(?:say|authority|standing|power|control|leverage)|"
            r"not (?:my|our) (?:team|call|decision|system|roadmap|department)|"
            r"(?:their|its) own (?:priorities|roadmap|plans?|call|decisions?)|"
            r"(?:entirely |completely |really )?(?:their|his|her) (?:call|decision)\b|"
            r"(?:a )?different (?:director|part of|org|organi[sz]ation|department|manager|"
            r"reporting line|vp|division)|(?:didn't|did not|don't|do not) report to (?:me|us)|"
            r"(?:report(?:ed|s)?|answer(?:ed|s)?) (?:in)?to (?:a different|another|someone else)|"
            r"(?:didn't|did not|don't|do not) (?:report|answer) to (?:me|us|my|our)|"
            r"no (?:way|means|power) to (?:make|force|order)|"
            r"outside (?:my|our) (?:team|org|control|reporting)|"
            r"(?:wasn't|was not|isn't) (?:my|our) (?:call|decision)|"
            r"(?:couldn't|could not|can't|cannot) (?:make|force|order|tell) them)"
        ),
        "any",
    ),
    # rel56: something live that broke, told as what broke and how it was put right, with no word
    # of incident, outage or pager: a sudden change in a live system where the story opens ("After
    # a release of the feature pipeline, win rate dropped from eighteen to four percent within two
    # hours", "the carousel began showing the same ten chairs to every user"), the teller's
    # mitigation ("I rolled the index back to the previous build", "switched the app to the old
    # rules"), and the pace of it ("within twenty minutes", "that night", "I was on duty").
    Ask(
        "incident",
        _words(r"incident", r"outage", r"on[- ]call", r"got paged", r"went down"),
        _words(
            r"suddenly",
            r"overnight",
            r"(?:one|that|on a|on the|on one|early one|late one) (?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|morning|night|evening|afternoon|weekend)",
            r"(?:began|started) \w+ing",
            r"(?:dropped|fell|jumped|spiked|rose|climbed|doubled|tripled|halved|plunged|"
            r"collapsed|crashed)(?: \w+){0,6} (?:within|in) (?:an?|one|two|three|four|a few|\d+) "
            r"(?:minutes?|hours?)",
            r"within (?:an?|one|two|three|a few|\d+) (?:minutes?|hours?)",
            r"after (?:a|the|our|an|that|last night's|a routine) (?:\w+ ){0,3}(?:release|deploy|"
            r"deployment|upgrade|migration|rollout|update|restart)",
            r"came back empty",
            r"(?:returning|showing|serving|suggesting|sending|giving) (?:\w+ ){0,2}(?:the same|"
            r"random|garbage|nothing|empty|wrong|nonsense|blank)",
            r"stopped (?:working|serving|returning|responding|running|sending|updating|loading)",
        ),
        _words(
            r"rolled (?:\w+ ){0,4}back",
            r"roll(?:ed)? ?back",
            r"reverted",
            r"restored",
            r"switched (?:\w+ ){0,4}(?:to|back|off)",
            r"turned (?:\w+ ){0,3}off",
            r"took (?:\w+ ){0,3}back",
            r"put (?:\w+ ){0,3}back",
            r"failed over",
            r"disabled",
            r"paused",
            r"pinned",
            r"hot-?fix(?:ed)?",
            r"patched",
            r"redeployed",
            r"rebuilt",
            r"backfilled",
        ),
        _words(r".+"),
        "any",
        _words(
            r"within (?:the hour|an hour|minutes|hours|(?:\w+ )?(?:minutes|hours))",
            r"that (?:night|evening|morning|afternoon|day|weekend)",
            r"the same (?:day|night|evening|morning|afternoon)",
            r"straight away",
            r"immediately",
            r"first thing",
            r"on (?:call|duty|the rota)",
            r"by (?:the|that) (?:evening|afternoon|morning|end of the day)",
            r"in (?:\d+|ten|fifteen|twenty|thirty|forty|forty-five|a few) minutes",
        ),
        "any",
    ),
    # rel56: a change to how the team works: the team's old way where the story opens ("results
    # lived in six people's notebooks", "new engineers took six weeks to ship"), the teller's
    # change to it, and the new way taken up by everyone where it closes ("every new run was in
    # it", "the team has kept the rotation for every new hire"), not one person's growth or one
    # model's launch.
    Ask(
        "team practice",
        _words(
            r"improved the way your team works",
            r"(?:team'?s?|its) (?:process|practices|tools|onboarding)",
        ),
        # ... said of the team, not of one person ("a data scientist kept his notebooks on his
        # own laptop" is a difficult teammate's habit)
        re.compile(
            r"^(?!.*\b(?:he|she|his|her|him)\b).*?"
            + _words(
                r"nobody",
                r"no one",
                r"everyone",
                r"everybody",
                r"each (?:of us|engineer|person|team)",
                r"every (?:new|engineer|person|team|week|release|model)",
                r"people",
                r"new (?:engineers?|hires?|joiners?|starters?|people|colleagues)",
                r"(?:lived|kept|tracked|stored|pasted|scattered) (?:\w+ ){0,3}(?:in|across|on)",
                r"by hand",
                r"manually",
                r"spreadsheets?",
                r"(?:couldn't|could not|can't|cannot|never) (?:\w+ )?(?:tell|reproduce|find|know)",
                r"(?:took|take|takes|spent|lost) (?:about |around |up to )?(?:\w+ ){0,2}(?:weeks|days|hours)",
                r"our (?:team's )?(?:process|workflow|onboarding|reviews?|meetings?|stand-?ups?|"
                r"releases?|tooling)",
            ).pattern
        ),
        _words(
            r"set up",
            r"wrote",
            r"introduced",
            r"proposed",
            r"built",
            r"created",
            r"started",
            r"ran (?:a|an|two|three|one|some) (?:\w+ ){0,2}(?:sessions?|workshops?|trainings?|"
            r"demos?|meetings?)",
            r"migrated",
            r"moved",
            r"added",
            r"replaced",
            r"automated",
            r"wrapped",
            r"documented",
            r"put together",
            r"made",
            r"organi[sz]ed",
            r"changed",
        ),
        _words(
            r"every (?:new |production |single |later |other )?(?:runs?|experiments?|models?|"
            r"hires?|engineers?|releases?|reviews?|changes?|pull requests?|projects?|teams?|"
            r"joiners?|one|deploy(?:ment)?s?)",
            r"everyone",
            r"everybody",
            r"(?:the )?(?:whole )?team (?:now|has|have|kept|keeps|uses|used|adopted|still|made)",
            r"(?:all|most) (?:of )?(?:the |our )?(?:team|engineers|teams|people|hires)",
            r"people (?:switch|switched|use|used|started|stopped)",
            r"the next (?:\w+ )?(?:hires|joiners|engineers|people|starters)",
            r"(?:new|other) teams? (?:adopted|copied|use|took)",
        ),
        "theirs",
        _words(
            r"team",
            r"teams",
            r"everyone",
            r"everybody",
            r"people",
            r"engineers",
            r"colleagues",
            r"onboarding",
        ),
        "any",
        "any",
    ),
    # rel66: a request the teller declined or resisted: another party's request or want where the
    # story opens ("a director asked me to add the figure to his deck", "Request from the
    # account lead: a model per client"), the teller's answer ("replied", "showed", "proposed"),
    # the refusal itself in the teller's own clause ("said that I could not support using that
    # figure"; an alternative alone is not it: "instead of single numbers" answers a
    # stakeholder's expectation as well), and that party taking the answer where the story
    # closes ("he preferred a number he could defend", "that is what went into the deck").
    # Told without "no", "push back" or "decline" (round 65's blind set). Met by 12 of the
    # tuning half's 30 push-back stories and 3 of 1227 told for other questions.
    Ask(
        "refusal",
        _words(r"said no", r"say no", r"push(?:ed)? back", r"turn(?:ed)? down"),
        _words(
            r"asked (?:me|us|my team|our team|the team|for|if|whether)",
            r"asked (?:\w+ ){0,3}to",
            r"requests?",
            r"requested",
            r"wanted",
            r"insisted",
            r"pushed for",
            r"demanded",
            r"the ask",
            r"ask (?:from|was)",
            r"(?:told|needed|expected) (?:me|us|my team) to",
        ),
        _words(
            r"said",
            r"replied",
            r"answered",
            r"wrote back",
            r"explained",
            r"showed",
            r"proposed",
            r"suggested",
            r"offered",
            r"declined",
            r"refused",
            r"pushed back",
            r"asked (?:for|what|why|which|whether)",
        ),
        _words(
            r"agreed",
            r"accepted",
            r"went with",
            r"went into",
            r"approved",
            r"ended up",
            r"preferred",
            r"(?:was|were) (?:happy|fine|ok|okay) with",
            r"signed off",
            r"took (?:the|our|my|that) (?:\w+ )?(?:plan|proposal|offer|version|option|compromise)",
            r"dropped (?:the|their|his|her) (?:request|ask|idea)",
        ),
        "theirs",
        _words(
            r"(?:i|we) (?:\w+ ){0,2}(?:could not|couldn't|would not|wouldn't|will not|won't|cannot|"
            r"can't|can not|should not|shouldn't|did not want to|didn't want to) (?:\w+ ){0,2}"
            r"(?:ship|launch|sign|agree|add|do|commit|support|approve|release|deploy|promise|go|"
            r"build|use|accept|switch|turn|put|make|change|roll|open|stand|present|recommend|"
            r"include|run|give|take|defend|skip|drop)",
            r"said no",
            r"no to",
            r"declin\w*",
            r"refus\w*",
            r"push(?:ed|ing)? back",
            r"hold off",
            r"held off",
            r"not (?:going|willing|comfortable|prepared) to",
        ),
        "mine",
    ),
    # rel66: a teammate whose behaviour made working together hard: that person's conduct where
    # the story opens, in their own clause ("one of them owned the ranking model and never
    # documented anything", "he'd leave comments like 'this is wrong'"), the teller's act done
    # with or to that person ("asked her for a walkthrough", "grabbed coffee with him"), and that
    # person's change where the story closes ("her ticket response time way down", "his comments
    # got way more explanatory"). The conduct said in that person's clause (ignored, dismissed,
    # refused, harsh, took feedback as an attack, others stopped going to them) is what tells it
    # from a conflict between two people or a junior helped to grow ("never", "kept" alone: a
    # new grad "had never deployed anything"). Met by 4 of the tuning half's 20 stories and 2 of
    # 1237 told for other questions (both giving a colleague difficult feedback).
    Ask(
        "difficult colleague",
        _words(r"difficult team member", r"difficult colleague", r"hard to work with"),
        _words(
            *_HARD_CONDUCT,
            r"never",
            r"always",
            r"kept",
            r"keeps",
            r"blunt",
            r"personally",
            r"took (?:all )?(?:the )?credit",
            r"rewr(?:ote|ites|iting)",
            r"blocked",
            r"blocking",
        ),
        re.compile(r"\b(?:him|her)\b"),
        re.compile(r"^(?:\w+ ){0,6}?(?:he|she|his|her)\b"),
        "theirs",
        _words(*_HARD_CONDUCT),
        "theirs",
    ),
)


def _asks(prompt: str) -> tuple[Ask, ...]:
    text = prompt.lower()
    return tuple(a for a in _ASKS if a.asked_by.search(text))


def _roles(tokens: Tokens) -> list[tuple[int, list[tuple[str, bool]]]]:
    """Each sentence's index and its clauses (their text, and whether the teller's)."""
    out = []
    for i, sentence in enumerate(tokens.sentences):
        said = tokens.words[sentence.first_word : sentence.last_word]
        out.append((i, [(" ".join(ws), mine) for ws, mine in teller_clauses(sentence, said)]))
    return out


_JOINS = frozenset(("and", "but", "so", "then", "also", "because", "while", "when", "though"))
# The teller as the subject: "I", "we" (not "our": "our head of support wanted" is hers).
_TELLER_SUBJECTS = frozenset(("i", "we", "i'd", "we'd", "i've", "we've", "i'm", "we're"))


def _by_another(pattern: re.Pattern[str], text: str) -> bool:
    """Is ``pattern`` said in the clause ``text`` whose subject is not the teller: it does not
    open on "I" or "we" (after a joining word), someone else's want, ownership or agreement
    ("our head of support had heard we were building ... and told her team it would ...", "she
    agreed"), not "I explained that the raw scores could not leave"?"""
    ws = text.split()
    while ws and ws[0] in _JOINS:
        ws = ws[1:]
    return bool(ws) and ws[0] not in _TELLER_SUBJECTS and bool(pattern.search(text))


def _met(
    ask: Ask, sentences: list[tuple[int, list[tuple[str, bool]]]], labels: Sequence[str] | None
) -> bool:
    """Is ``ask`` met by the clauses of ``sentences`` (``_roles``)?"""
    last = len(sentences) - 1

    def part(i: int) -> str:
        return labels[i] if labels is not None and i < len(labels) else ""

    scene = [c for i, cs in sentences if i < _OPENING or part(i) in _SCENE_PARTS for c in cs]
    closing = [c for i, cs in sentences if i in (0, last) or part(i) in _CLOSE_PARTS for c in cs]
    every = [c for _, cs in sentences for c in cs]
    if ask.premise_in == "theirs":
        premise = any(_by_another(ask.premise, text) for text, _ in scene)
    else:
        premise = any(ask.premise.search(text) for text, _ in scene)
    act = any(mine and ask.act.search(text) for text, mine in every)
    if ask.close_in == "theirs":
        close = any(_by_another(ask.close, text) for text, _ in closing)
    else:
        close = any(ask.close.search(text) for text, _ in closing)
    if ask.marker_in == "theirs":
        marker = any(_by_another(ask.marker, text) for text, _ in every)
    elif ask.marker_in == "any":
        marker = any(ask.marker.search(text) for text, _ in every)
    else:
        marker = any(ask.marker.search(text) and mine for text, mine in every)
    return premise and act and close and marker


def ask_met(prompt: str, tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """Does the story meet what ``prompt`` asks by the roles of its sentences (the premise in
    another party's clause of the scene, the teller's act, the close, and what tells the ask
    from its neighbours)?"""
    if not tokens.words:
        return False
    asks = _asks(prompt)
    if not asks:
        return False
    sentences = _roles(tokens)
    return any(_met(ask, sentences, labels) for ask in asks)
