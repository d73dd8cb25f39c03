"""What each STAR part sounds like: cue phrases with their weights, and the word lists the
labeller (structure.py) reads tense, voice, subjects and outcomes from."""

from __future__ import annotations

from simulator.core.scoring.text import word_set


def _cues(spec: str) -> dict[str, float]:
    """ "phrase=weight, ..." -> {phrase: weight} (kept as text so it stays compact)."""
    pairs = (item.rsplit("=", 1) for item in spec.split(",") if item.strip())
    return {" ".join(k.split()): float(v) for k, v in pairs}


CUES: dict[str, dict[str, float]] = {
    "situation": _cues(
        """
        at my previous=2, at my last=2, at my current=2, in my previous=2, in my last=1.5,
        when i was=1.5, i was working=2, we were=1, was working on=1.5, there was=1,
        there were=1, we had=1, back in=2, i moved from=2.5, last year=1, years ago=1.5, months ago=1.5,
        at the time=1.5, the context=2, background=1.5, i joined=1.5, i worked=1,
        our team=0.5, the company=0.5, a client=0.5, the problem was=1.5,
        was struggling=1.5, were struggling=1.5, had been=1, was using=1, were using=1,
        was responsible for maintaining=0.5, startup=0.5, i was on=1.5, i was part of=1.5,
        working as=1.5, was built=1, were complaining=1.5, kept=0.5, every week=0.5,
        used to=1, the issue was=1.5, existing=0.5, ago=1, when i moved=2, when i started=1.5,
        i knew nothing=2, suddenly=2, started failing=2, started returning=2,
        the hard part was=2.5, the hard part is=2.5, the difficult part was=2.5,
        the tricky part was=2.5, the hardest part was=2.5, the difficulty was=2.5,
        what made it hard was=2.5, what made it difficult was=2.5, the catch was=2.5,
        the complication was=2.5,
        """
    ),
    "task": _cues(
        """
        my task=3, my role=2.5, my job=2.5, my responsibility=3, i was responsible=3,
        i was asked=3, i was tasked=3, i needed to=2, i had to=2, i was supposed to=2,
        the goal was=2.5, my goal=2.5, goal was=2, objective=1.5, the challenge was=1.5,
        it was up to me=3, wanted me to=3, needed me to=3, someone had to=2, somebody had to=2, i was in charge=3, i owned=2, assigned=2, asked me to=3,
        we needed to=1.5, we had to=1.5, needed to=1, had to deliver=2, the task=2.5, the ask was=3,
        i wanted to make sure=1.5, deadline=1, i volunteered=2, i took ownership=2,
        i decided to take=1, my part=2, my own part=2.5, my own role=2.5, my own job=2.5, was on me=3, was my call=2, had to figure out=1.5,
        i was the one=2, i was the person=2, me to=1, before the=0.5, in time for=1,
        so i had to=3, so i needed to=3, i set out to=3, set out to=2, i wanted to=1.5,
        so i needed a=3, so i needed an=3, so i needed his=3, so i needed her=3,
        so i needed their=3, so i needed some=3,
        so it was on me=3, i was expected to=3, expected me to=3, was expected to=2,
        i owned the=1.5, responsible for=2, felt responsible=2.5, i should=1.5, i felt i should=2,
        i had a duty=3, took it on myself=3, took it upon myself=3, on myself to=2, mine to=2.5, it was mine=2, take ownership=2, it was my duty=3, i was on call=3.5, was on call=2, i was the engineer on call=3.5, i was the on call engineer=3.5, was my pager=3, i was on pager=3, fell to me=3, down to me=3, on my plate=3,
        on my desk=3, landed on me=3, fell on me=3, came to me=2, i took on=3, i took it on=3,
        i took it over=3, i took that on=3, decision was mine=3, the call was mine=3,
        was my decision=2.5, the decision was up to me=3,
        i needed a=1.5, i needed an=1.5, i needed my=1.5, i needed the=1.5, i needed some=1.5,
        i needed more=1.5, i needed enough=1.5, i needed thousands=1.5, i needed hundreds=1.5,
        i needed them to=2, i needed him to=2, i needed her to=2, to get them to=1.5,
        my personal part=3, my personal contribution=3, my contribution was=2.5,
        my own contribution=3, my personal role=3,
        was up to me=3, became the owner=2.5, expected from me=3, expected of me=3, became responsible=2.5, became my job=3, became my problem=3,
        """
    ),
    "action": _cues(
        """
        so i=2, first i=2.5, then i=2.5, next i=2.5, i decided=2, i started=2,
        i organized=2.5, i proposed=2.5, i scheduled=2.5, i reached out=2.5, i set up=2.5,
        after that=1.5, finally i=1.5, i also=1.5, i wrote=2.5, i built=2.5,
        i suggested=2.5, i talked=2, i spoke=2, i met=2, i asked=2, i went=1.5, i called=2,
        i created=2.5, i added=2.5, i ran=2.5, i made=1.5, i broke=2.5, i split=2.5,
        i paired=2.5, i brought=2, i put=2, i sat down=2.5, i took=1.5, i listened=2.5,
        i explained=2.5, i agreed=1.5, i worked with=2, we agreed=1.5, i pushed=2,
        i prototyped=2.5, i documented=2.5, i dug=2.5, i made sure=2, i kept=1.5,
        i focused=2, i prioritized=2.5, i negotiated=2.5, i escalated=2.5, i walked=2,
        i shared=2, i compared=2.5, i tested=2.5, i gathered=2, i looked=2, i moved=2,
        i used=2, i replaced=2.5, i rewrote=2.5, i automated=2.5, i cut the=1.5,
        i turned=1.5, i trained=2.5, i presented=2.5, i invited=2.5, i framed=2.5,
        i offered=2.5, i mentored=2.5, i showed=2,
        my first step=3.5, the first step=3, my next step=3.5, the next step=3, my fix=3,
        the fix i=3, what i did=3.5, my approach was=3, my solution was=3, my plan was=3, i started by=3,
        i began by=3, my first move=3.5, my next move=3.5, the first thing i=3.5,
        the next thing i=3.5, step was=1.5, met with=2, by me=3, myself=1,
        """
    ),
    "result": _cues(
        """
        as a result=3, in the end=2.5, ended up=2, the result=2.5, the outcome=3,
        result was=2.5, eventually=1.5, we shipped=2.5, we launched=2.5, shipped=1.5,
        launched=1.5, on time=2, improved=1.5, reduced=1.5, increased=1.5, saved=2,
        went from=2.5, went down=2, went up=2, dropped=1.5, grew=1.5, percent=0.5, now=1,
        i learned=2.5, learned that=2, since then=2.5, lesson=2.5, takeaway=2.5,
        led to=1.5, which meant=1.5, that meant=1.5, was adopted=2.5, got promoted=2,
        praised=2, feedback was=2, thanked=2, afterwards=1.5, today=1, still=1, is now=2,
        are now=2, now uses=2, was a success=3, succeeded=2, we hit=2, we met=1.5,
        we delivered=2, we beat=2, in production=1, fell=1.5, halved=2.5, doubled=2.5,
        faster=1, fewer=1, looking back=2, would do differently=2.5, next time=2,
        that cut=2, which cut=2, that brought=1.5, brought it down=2, was back=1.5,
        never=0.5, zero=1, retention=1, it worked=2, by the end of=2, within a=1,
        instead of=0.5, from then on=2.5, from that=1.5, ever since=2.5,
        what i took away=3, i took away=2.5, took away=2, what i took from=3, i took from it=3,
        well received=2.5, received well=2.5, back to normal=2.5, for the rest of the=2,
        ahead of schedule=2.5, ahead of the=1.5,
        """
    ),
    "other": _cues(
        """
        good question=4, let me think=4, that's it=3, so yeah=2, hope that=3, happy to=2,
        does that answer=4, let me tell you=2, i'd like to talk=2, can think of=2,
        comes to mind=3, one example=1, a time when=1,
        that's my example=3, that's the example=3, that's my story=3, that's the story=3,
        that's about all=3, all i can say=2.5, go deeper=2.5, never found out=3,
        never heard back=2.5, never learned whether=3, do not know whether=3,
        do not know if=3, no idea whether=3,
        """
    ),
}
CUE_SETS = {label: frozenset(cues) for label, cues in CUES.items()}
IRREGULAR_PAST = word_set(
    """wrote read built set ran met made took spoke sat began found brought led gave chose broke drew
    went got sent put kept told taught sought bought held won paid cut shut split spent
    rebuilt rewrote reran redid undertook understood withdrew dug fed fought froze heard hung
    laid left lent lost rode sold stood struck swept threw upheld bore dealt fled forgave
    overcame overtook oversaw rethought spun stuck sank shook tore woke wound came became saw did
    said began chose drove flew forgot hid meant quit rang slept stole caught drank ate shot let
    hit rewound overheard oversold undid withheld sped reread"""
)
NOT_ACTION_VERBS = word_set(
    "was were had needed wanted learned learnt realized felt knew thought owned joined"
)
BE_PAST = frozenset(("was", "were"))
# "got" before a past participle makes a passive of an event, never of a state ("the pipeline
# got rebuilt", "a meeting got scheduled"; "was built on Java" may be a state): round 34.
GET_PAST = frozenset(("got", "gotten"))
# What "got" turns into a change of state rather than an act done ("got stuck", "got delayed").
GET_STATES = word_set(
    """stuck used frustrated worried annoyed confused surprised interested concerned
    overloaded delayed blocked affected impacted lost tired bored"""
)
SEQUENCE = word_set("then first next afterwards later immediately quickly finally also")
STATE_PARTICIPLES = word_set(
    """based used supposed located called named owned involved interested concerned
    frustrated worried scheduled expected required allowed designed trained built blocked stuck
    delayed overloaded understaffed annoyed confused surprised affected impacted limited
    contained capped"""
)
OTHER_SUBJECTS = word_set(
    """she he they manager lead leads team director stakeholders client head ceo cto vp
    leadership management customer customers users business company"""
)
ON_CALL = frozenset(
    (
        "i was on call",
        "was on call",
        "i was the engineer on call",
        "i was the on call engineer",
        "was my pager",
        "i was on pager",
    )
)
# Someone else's request that opens a story (its scene, not yet my task).
REQUESTS = frozenset(("asked me to", "asked me for", "wanted me to", "told me to"))
# Verbs of others accepting or acting on what I did: "she agreed to a pilot" is an outcome.
UPTAKE_VERBS = word_set(
    """agreed accepted approved adopted chose kept switched signed started decided asked
    invited offered extended rolled renewed"""
)
# Verbs of a measured change ("went from" and "went up" are cue phrases: "from" alone is not).
CHANGE_WORDS = word_set(
    """reduced increased improved cut saved dropped fell grew rose halved doubled tripled
    lowered raised boosted shrank decreased climbed jumped declined slowed sped fallen risen
    grown shrunk"""
)

# A project's end told in the passive ("the project was shut down") is an outcome, not a step.
ENDINGS = word_set(
    "shut cancelled canceled scrapped retired abandoned killed dropped stopped shelved paused"
    " parked mothballed deprecated"
)
# Words of an amount of time: "in four and a half weeks", "within a couple of days".
AMOUNT_WORDS = word_set("a an and half few couple of under just about less than over")
TIME_UNITS = word_set(
    "minutes hours days weeks months quarter day week month hour year"
)  # A change's own words: when the change is background they are no result cue.
CHANGE_CUES = CHANGE_WORDS | {"percent", "went up", "went down", "went from"}
# (with the fillers a spoken step has between "I" and its verb: "And I, um, kept a channel";
# star57)
ADVERBS = word_set(
    "also then quickly immediately finally first just personally eventually um uh er erm"
)
# What a step told before brought about, said with the step's gerund as subject ("Setting the
# bucket size back restored the old latency", "Switching to weekly retraining cut the error").
STEP_OUTCOME_VERBS = word_set(
    """restored cut reduced brought saved won fixed halved doubled lowered improved removed
    solved stopped prevented caught increased raised recovered eliminated shortened sped"""
)
# Saying in words that the outcome is unknown ("I never found out whether the pilot worked"):
# the outcome words after it are what I do not know, no result.
UNKNOWN_OUTCOME = frozenset(
    ("never found out", "never heard back", "never learned whether", "do not know whether")
    + ("do not know if", "no idea whether")
)
# An opening line naming the story ("The project I am proudest of is ...", "The example that
# comes to mind is ..."): its head noun.
STORY_NOUNS = word_set("project example story time work case situation one")
OUTCOME_VERBS = word_set(
    """won passed landed worked approved adopted shipped delivered succeeded caught signed
    launched accepted renewed hit exceeded beat"""
)
TIME_FRAMES = frozenset(
    ("ago", "last year", "last spring", "last summer", "last autumn", "last fall")
    + ("last winter", "last month", "last quarter", "back in", "a few years", "early in my")
    + ("in my first", "in my second", "in my third", "in my previous", "in my last")
    + ("one monday", "one tuesday", "one wednesday", "one thursday", "one friday")
    + ("one morning", "one day", "when i joined", "when i moved", "when i started")
    + ("at my last", "at my previous")
)
# "One evening ...", "One Saturday ...": a story's scene, told at its start.
DAY_WORDS = word_set(
    """morning afternoon evening night weekend day monday tuesday wednesday thursday friday
    saturday sunday"""
)
NOT_GERUNDS = word_set(
    "during nothing something anything everything morning evening thing according including"
)
HABITUAL = word_set("often usually always every kept constantly regularly frequently")
GENERIC = frozenset(("usually", "always", "generally", "typically", "normally", "tend"))
HYPOTHETICAL = frozenset(
    ("i would", "i'd", "i will", "i'll", "what i would", "i tend to", "i usually")
)
TIME_WORDS = word_set("weeks months days sprint quarter year yesterday deadline")
I_WORDS = frozenset(("i", "me", "my", "myself", "mine"))
WE_WORDS = frozenset(("we", "us", "our", "ours", "ourselves"))

# A clause opened by one of these is not the sentence's main clause: "since I ran the job" does
# not make "it fell to me to raise it" an action.
SUBORDINATORS = word_set(
    """since because as after before when while until which who that where once if though
    although whereas whenever how what whether why"""
)
# Deciding is an act, unless what I decided was to take the task on ("I decided it was mine
# to fix", "I decided to take ownership of the table").
DECISION_VERBS = word_set("decided chose volunteered")
# Markers that open a step of a list of actions ("Step two: a comparison of ...").
STEP_MARKERS = word_set("first second third then next finally lastly afterwards after step")
STEP_COUNTS = word_set("one two three four five 1 2 3 4 5 first second third last final")
DETERMINERS = word_set("a an the my our some another two three several one")
# Finite verbs that make a clause a statement rather than a noun phrase (besides "-ed" forms).
FINITE = word_set(
    """was were is are had has have did do does got get gets went made took could would will
    can should must might"""
)
# A mental stance of the speaker ("I was worried that", "I felt I should", "I thought the rule
# would hurt"): before the actions, why it was mine to act on, the task.
STANCE_VERBS = word_set(
    """felt thought worried concerned believed wanted feared suspected convinced sure certain
    uneasy uncomfortable skeptical sceptical doubtful"""
)
# Reporting a finding ("I noticed that ...", "I found out from the alerts"): at the start of a
# story it sets the scene.
PERCEPTION_VERBS = word_set("noticed realized realised discovered spotted saw found")
# Nouns naming an act or a plan: "my first step was ..." is an action, "my assignment was to
# ..." a task.
ACT_NOUNS = word_set(
    """step move fix approach plan solution idea first next answer response reaction instinct
    recommendation proposal suggestion call compromise workaround remedy attempt offer pitch
    tactic strategy starting"""
)
# A purpose after a passive verb: someone meant the act ("a screen was built so that ...").
PURPOSES = frozenset(("so that", "in order to"))
# Verbs that report speech or a finding: a clause after them is what was said, not done.
REPORTING = word_set("said told says tells explained argued complained noticed realized found")
# Participles after was/were that are no act done to something ("was needed", "were known").
NOT_PASSIVE_ACTS = word_set("had been needed wanted learned learnt felt known thought realized")

# Words that open a phrase or clause before the main clause ("As tech lead for the model, I
# had to ...", "When I finally shadowed two buyers, I learned ..."): skipped to the comma.
LEADING_WORDS = SUBORDINATORS | word_set(
    """as at in on for with by over within during after before to from without despite
    given unlike like instead looking working having"""
)
# Words ending in "-ly" that are no manner adverb.
NOT_ADVERBS = word_set(
    """only early family supply apply reply rely ally italy july daily weekly monthly
    yearly quarterly hourly likely friendly costly"""
)
# Subjects that are people: another person acting, arguing or agreeing.
PEOPLE = OTHER_SUBJECTS | word_set(
    """he she they engineer engineers colleague colleagues teammate teammates scientist
    scientists analyst analysts designer designers pm sponsor board legal partner partners
    buyers agents doctors nurses planners reviewer reviewers intern interns founder founders
    owner owners someone everyone nobody people"""
)
# Who may answer my steps (star_reactions.py) or put a demand on the work (star_context.py):
# people, more of their roles, and a company's functions named as the people in them ("Finance
# needed it by May", "Sales agreed"). Wider than PEOPLE, which says whether a clause's subject
# is a person (star_grammar): "sales grew" has none, and "the regulator" read as one there moved
# a dev STAR label (d18-others-need-deadline).
PEOPLE_AND_FUNCTIONS = PEOPLE | word_set(
    """everybody managers directors boss cfo coo executive executives committee hires clients
    stakeholder regulator regulators auditors pms product finance marketing sales compliance
    security support operations ops"""
)
# Someone else's view or objection ("Priya argued that ...", "Marco pushed back"): the
# tension a story's actions answer, not an act of mine.
VOICE_VERBS = word_set(
    """argued pushed insisted objected warned complained refused disagreed doubted questioned
    challenged claimed worried believed wanted suggested proposed said thought felt told"""
)
# Verbs of finding: with a past-tense "that" clause what I found then ("I learned that they
# distrusted ..."), with a present one a lesson ("I learned that a good metric is not ...").
FINDING_VERBS = word_set("learned learnt realized realised noticed found discovered saw")
PRESENT_MARKERS = word_set("is are am can now always today should must")
# Verbs of something happening, and acts that can be their subject: "Next came a shadow
# test", "a replay of last month's routes followed" (a step, not an outcome).
HAPPENING_VERBS = word_set("came followed began started ran took happened")
ACT_SUBJECTS = word_set(
    """test tests review reviews audit audits analysis experiment experiments pilot trial
    comparison replay rewrite study workshop session sessions meeting meetings call calls
    interview interviews step"""
)
# Words that open a sentence without being part of its grammar ("Honestly, my first ...").
DISCOURSE_WORDS = word_set("honestly frankly so well basically actually and but")


# Verbs of looking into something: the sentence after such a step can be what it turned up.
INQUIRY_VERBS = word_set(
    """checked looked compared collected sorted pulled traced analysed analyzed listened read
    reviewed dug profiled sampled plotted inspected examined investigated audited interviewed
    tagged measured queried grouped counted replayed went shadowed observed watched labelled
    labeled broke split"""
)
