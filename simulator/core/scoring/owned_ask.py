"""What the question asks, told as the teller's own acts (issue 9, round 54, rel54).

A story answering "tell me about a mistake you made and what you learned" is often told as a
technical incident: the feature table my backfill overwrote, the thresholds I carried over to an
uncalibrated model, the offline metric I trusted. Its scene is full of another question's words
(an alert, a rollback, a metric that did not hold up online) and it may say no word of the
mistake theme ("wrong", "my fault") at all, so the relevance rules read it as an incident or a
model that underperformed. What makes it a mistake story is what the teller does, not its
setting: the teller tells someone that the cause was theirs ("I told the retention lead that the
flood of alerts came from my threshold choice", "Told my manager straight away"), and says what
they learned or do differently since. The same holds for "a difficult team member": a story set
in code reviews or notebooks reads as feedback received or a prototype taken to production, but
it opens on one person's recurring behaviour ("kept rewriting other people's code", "would not
share his notebooks") and the teller goes to that person ("I asked him for coffee", "I talked
to him privately").

``owns_the_asked_event`` reads the ask of a prompt (from the prompt alone: a mistake of the
teller's own, event_demand.demanded; one difficult person; a creative solution; a tight
deadline; a failed project; a mind changed; feedback received) in the story. It is read last,
on a story some rule flagged: the ask met in the teller's own acts outweighs the setting words
that flagged it.

Every *_star.yaml with every test pack (the round's held-out left out) and 36 development
stories of the lead's blind kinds (dev_rel54_star.yaml), flagged pairs only:
- the mistake reader keeps 6 relevant stories on their question (three of earlier held-outs
  told tersely or lesson first, three incident-told) and lets through none of the 26 stories
  told for another question and caught on the mistake question. Read as "someone told me"
  ("my manager told me my documents were too long": feedback received), the same words freed
  two of those: the teller must be the one who tells.
- the difficult-person reader keeps 9 relevant stories (six of earlier held-outs) and lets
  through none of the 14 caught on that question. Read for any conflict prompt it freed a
  feedback story and a difficult-member story caught on "resolving a conflict within your
  team", and without the two-at-odds guard a conflict between two leads.
- a creative solution (what was lacking where the story opens, "no labels", "only a few
  hundred labelled clips", and the teller's way round it, "turned the recordings into
  spectrogram images", "I noticed that the vans already had cameras") keeps 6 (five of earlier
  held-outs) and lets through none of the 19 caught there.
- a tight deadline (a date at hand where the story opens, a step keeping the work right, the
  work delivered where it closes) keeps 5 (four of earlier held-outs or dev sets) and lets
  through none of the 27 caught there (missed estimates, incidents fixed "in time", three
  teams' requests).
- a failed project (its end told, "the project was stopped", "switched the model off", and a
  lesson) keeps 3 (a dev set's, and an earlier held-out's with its variant) and lets through
  none of the 14 caught there (stories of recommending a stop among them).
- a mind changed by a colleague (my position, their view, mine given up) keeps 5 (earlier
  held-outs and a dev set) and lets through none of the 6 caught there (few: the weakest
  sample of the five).
- critical feedback received (someone else's criticism of my work where the story opens, my
  response after) keeps 3 (earlier held-outs) and lets through none of the 27 caught there.

Round 56 (rel56), the lead's blind kinds: criticism said by anyone but the teller ("One of the
reviewers wrote that my baseline ...", "my manager pointed out that I had ...", in the present),
answered by any act of the teller's after it; a difficult person's behaviour told as recurring in
more ways ("often", "in a row", "was known for") and any act of the teller's aimed at that
person; a slip told as the teller's own act ("I ran a script I had not tested") with the lesson,
told to nobody. Every *_star.yaml with every test pack, flagged pairs only: 10 relevant stories
kept on their question, none of the 919 caught pairs let through; read on every story, the
feedback reader accepts 55 of 64 relevant stories and none of 34 told for another question, the
mistake reader 47 (was 32) of 64 and none of 36.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from simulator.core.scoring.event_demand import MINE, EventKind, demanded, tells
from simulator.core.scoring.text import Tokens, word_set

# The teller telling someone: "I told", "I then told", "and then told" in a sentence of mine, or a
# terse note opening on the verb ("Told my manager and the UK lead straight away").
_TELLING_VERBS = (
    "told|tell|tells|said|say|says|wrote|write|admitted|admit|explained|owned up|flagged|raised|"
    "posted|emailed|messaged|called|sent|let"
)
_BETWEEN = r"(?:(?:\w+ly|then|also|first|immediately|straight|quickly|openly|plainly|had to|did|went and) )"
_TELLING = re.compile(
    rf"(?:^|\bi |\bi'd |\bi had |\band |\bso ){_BETWEEN}{{0,2}}(?:{_TELLING_VERBS})\b"
    # not told to the teller ("my lead told me my documents were too long"), and the teller's
    # own manager or lead told is only whom ("I told my manager about the tablets")
    r"(?! (?:me|us)\b)(?>(?: (?:my|our) [\w-]+)?)"
    # ... about what the teller did or owns: "my backfill", "what I had done", "I had tuned",
    # "the error was mine" (said within the clause that follows, up to ~14 words)
    r"(?: [\w']+){0,14}? (?:my|mine|i had|i'd|what i|i was)\b"
)
# The teller telling their own manager, lead or team: an admission when it is told as prompt ("I
# told my manager the same day", "Told my manager and the UK lead straight away"), or when the
# story tells a slip of the teller's own too (event_demand's mistake, in a clause of the
# teller's). Not "afterwards I told my manager about the tablets".
_TELLING_MY_OWN = re.compile(
    rf"(?:^|\bi |\bi'd |\bi had |\band |\bso ){_BETWEEN}{{0,2}}(?:{_TELLING_VERBS}) (?:my|our) "
)
_PROMPTLY = re.compile(
    rf"(?:{_TELLING_VERBS}) (?:my|our) (?:[\w-]+ ){{1,7}}?(?:the same day|same day|straight away|"
    r"right away|immediately|at once|that same|that day|that afternoon|that morning|that evening|"
    r"within the hour|within an hour|before anyone)\b"
)
# A lesson or a change since: "I learned", "lesson", "since then I", "I now", "I never ... ".
_LESSON = re.compile(
    r"\b(?:i learn(?:ed|t)|lessons?|taught me|i took away|what i took|took from it|"
    r"since then i|ever since i|from then on|i now|now i|i never|i always|these days i)\b"
)


def _sentences(tokens: Tokens) -> list[str]:
    return [" ".join(tokens.words[s.first_word : s.last_word]) for s in tokens.sentences]


def _teller_told(
    said: re.Pattern[str], sentences: Sequence[str], starts_with_i: Sequence[bool]
) -> bool:
    """Does the teller tell someone (as ``said`` reads it)? "and told" / "so told" count only in
    a sentence the teller opens ("I rolled back my change and then told the lead what I had
    done")."""
    for text, mine in zip(sentences, starts_with_i, strict=True):
        for m in said.finditer(text):
            opener = text[m.start() : m.start() + 4]
            if opener.startswith(("and ", "so ")) and not mine:
                continue
            return True
    return False


def _learned(sentences: Sequence[str], labels: Sequence[str] | None) -> bool:
    """A lesson said where a story closes or opens (a result, or its first or last sentence)."""
    last = len(sentences) - 1
    for i, text in enumerate(sentences):
        closing = i in (0, last) or (
            labels is not None and i < len(labels) and labels[i] == "result"
        )
        if closing and _LESSON.search(text):
            return True
    return False


# A slip told as an act of the teller's: a verb of doing something wrong or leaving something out
# right after "I", a step taken without a check, the teller's own fault named. Narrower than the
# mistake kind's everyday words (event_demand: "error", "wrong", "bug" are said of anything an
# incident or a hard problem fixes: "I traced the error to a join").
_SLIP_ACT = re.compile(
    r"\b(?:(?:i|i'd) (?:had )?(?:\w+ly )?(?:forgot|forgotten|missed|overlooked|skipped|assumed|"
    r"broke|misread|underestimated|deleted|dropped|overwrote|overwritten|wiped|removed|reset|"
    r"shuffled|ignored|trusted|copied|rushed|messed|never (?:checked|tested|asked|looked)|"
    r"(?:didn't|did not|hadn't|had not) (?:check|checked|test|tested|ask|asked|look|looked|"
    r"notice|noticed|think|thought|read|tell|told)|picked the wrong|chose the wrong|"
    r"got (?:it|that|this) wrong|was wrong)|"
    r"should(?:n't| not)? have|without (?:checking|testing|asking|telling|looking|a test|"
    r"a dry run|a review)|i (?:had )?not tested|"
    r"my (?:own )?(?:fault|error|bug|miss|slip|oversight|assumption|mistake)|owned up|"
    r"(?:i|i'd) caused)"
)


def _admitted_and_learned(kind: EventKind, tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """A mistake of mine: owned to someone (that the cause was mine; or to my own manager or
    lead, in a story telling a slip of mine), and learned from."""
    sentences = _sentences(tokens)
    if not _learned(sentences, labels):
        return False
    starts = [t.split(" ", 1)[0] in ("i", "i'd", "i'm", "i've") for t in sentences]
    if _teller_told(_TELLING, sentences, starts):
        return True
    if not _teller_told(_TELLING_MY_OWN, sentences, starts):
        # told to nobody: the slip told as the teller's own act ("I ran a cleanup script with a
        # wildcard I had not tested", "I shuffled the daily rows before splitting them"), and
        # the lesson where the story closes or opens (rel56)
        return tells(replace(kind, told_by=_SLIP_ACT), tokens, labels)
    return any(_PROMPTLY.search(text) for text in sentences) or tells(kind, tokens, labels)


# A difficult person's behaviour, told where the story opens: something they did again and
# again ("kept rewriting", "would leave my pull requests for a week", "never said a word",
# "reviewed every pull request with harsh comments", "refused to share").
_OPENING = 3
_RECURRING = re.compile(
    r"\b(?:kept|keeps|would (?:not |never |\w+ly )?\w+|wouldn't|always|never|refused|refuses|"
    r"constantly|repeatedly|every|whenever|again and again|each time|often|usually|regularly|"
    r"in a row|(?:was|is|were|are) known for|twice|(?:two|three|four|five|six|several|many) times)\b"
)
# ... which is no conflict between two people ("two senior engineers kept arguing", "both
# claimed the dashboard"): that is another question's story.
_TWO_AT_ODDS = re.compile(
    r"\b(?:both|each other|each other's|two [\w ]{0,45}?(?:disagreed|argu|could not agree|"
    r"couldn't agree|claimed|at odds|fought|clash))"
)
# The teller going to that person: "I asked him for coffee", "I took her to lunch", "I talked to
# him privately", "a one-on-one", "I went to him first, privately".
_GOING_TO_THEM = re.compile(
    r"\bi (?:\w+ )?(?:asked|took|talked|spoke|went|sat|met|invited|had|booked|pulled)\b"
    r"[^.]{0,40}?\b(?:him|her|them)\b[^.]{0,40}?\b(?:coffee|lunch|privately|private|"
    r"one[- ]on[- ]one|one to one|half an hour|an hour|a call|a chat|alone|a walk|separately)\b"
    r"|\bone[- ]on[- ]one\b|\bprivately\b"
    # ... or any act of the teller's aimed at that person ("I sit with him one afternoon", "I
    # asked him for a quiet chat", "I also asked him which of his comments he saw as must-fix"),
    # and a meeting with that person told without "I" ("A fifteen-minute call was held with her
    # every Monday", "Joint message to both our leads"; rel56)
    r"|\bi (?:\w+ )?(?:asked|sat|sit|talked|talk|spoke|speak|met|meet|invited|booked|called|"
    r"approached|went to|go to|took|paired|pair|walked|showed|described|raised (?:it|this|the \w+) "
    r"with|checked in with|reached out to|messaged)(?: \w+){0,2}? (?:him|her|them)\b"
    r"|\b(?:call|chat|meeting|conversation|talk|session|coffee|lunch) (?:was (?:held|had) )?"
    r"with (?:him|her|them)\b"
)


def _went_to_the_difficult_one(tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """A difficult person: one person's recurring behaviour opens the story, and the teller
    goes to that person."""
    sentences = _sentences(tokens)
    opening = sentences[:_OPENING]
    if any(_TWO_AT_ODDS.search(text) for text in opening):
        return False
    return any(_RECURRING.search(text) for text in opening) and any(
        _GOING_TO_THEM.search(text) for text in sentences
    )


# A prompt asking about one difficult person ("a difficult team member", "a difficult colleague").
_ASKS_DIFFICULT_ONE = re.compile(
    r"\bdifficult (?:team ?member|teammate|colleague|co-?worker|person|peer)"
)


# A creative solution: what the story lacked, said where it opens ("no labels", "almost no
# fault labels", "nobody had ever recorded which lights were broken", "no budget for
# annotators", "only a few hundred labelled clips") ...
_LACKING = re.compile(
    r"\b(?:no labels?|no labell?ed|almost no|hardly any|no budget|"
    r"nobody had (?:ever )?(?:recorded|labell?ed|written)|nobody wrote|never recorded|"
    r"without (?:any |thousands of )?(?:labels|labell?ed)|only a (?:few|handful)|"
    r"no (?:ground truth|training data|data))\b"
)
# ... and the teller's way round it: something already there used for another purpose ("I
# noticed that the vans already had cameras", "the reassignment history as the label"), or the
# problem turned into another ("turned the recordings into spectrogram images", "instead of
# labelling more audio", "skipped supervised learning altogether").
_WAY_ROUND = re.compile(
    r"\b(?:i noticed that|instead of|turned [\w ]{1,30}? into|as (?:the |our |a )?labels?\b|"
    r"stand in for|skipped|repurpos|borrow|already (?:had|has|have|use|uses|used|sitting|"
    r"recorded)|treated [\w ]{1,30}? as)"
)
_ASKS_CREATIVE = re.compile(r"\b(?:creative|creatively|unconventional|unusual|inventive)\b")


def _lacked_and_went_round(tokens: Tokens) -> bool:
    """A creative solution: the story opens on what was lacking, and the teller found a way
    round it."""
    sentences = _sentences(tokens)
    return any(_LACKING.search(text) for text in sentences[:_OPENING]) and any(
        _WAY_ROUND.search(text) for text in sentences
    )


# A tight deadline met with quality kept: a date close at hand where the story opens ("gave us
# until Friday, four working days away", "a campaign that started in six days", "three weeks to
# explain"), a step that keeps the work right (checked, rerun independently, tested on one
# market first, dropped the nice-to-have charts, reused), and the work delivered where it
# closes ("went in on Thursday evening", "a day early", "delivered two days before").
_DATE_AT_HAND = re.compile(
    r"\b(?:(?:in|within|gave|had|only)(?: \w+){0,3} (?:days?|weeks?|working days)\b|"
    r"until (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end)|"
    r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)|"
    r"before (?:the|a|its|our) (?:\w+ ){0,2}(?:launch|audit|campaign|review|meeting|conference|"
    r"deadline|board)|deadline|due (?:on|by|that|in)|(?:days|weeks) away)"
)
_KEPT_RIGHT = re.compile(
    r"\b(?:checked|check|rerun|re-?ran|reviewed|review|tested|test|verified|validated|by hand|"
    r"independently|calibration|dropped|cut (?:the )?scope|nice-to-have|skipped|reused|correct)\b"
)
_DELIVERED = re.compile(
    r"\b(?:on time|early|days? (?:before|ahead)|went (?:in|out|live) on|delivered|submitted|"
    r"shipped|made the|met the|hit the)\b"
)
_ASKS_DEADLINE = re.compile(r"\b(?:tight deadlines?|hard deadline|deadline you faced)\b")
_DATE_SAID_IN = 2
_DELIVERED_IN = 2


def _met_with_quality(tokens: Tokens) -> bool:
    """A tight deadline: a date at hand where the story opens, a step keeping the work right,
    and the work delivered where it closes."""
    sentences = _sentences(tokens)
    return (
        any(_DATE_AT_HAND.search(text) for text in sentences[:_DATE_SAID_IN])
        and any(_KEPT_RIGHT.search(text) for text in sentences[1:])
        and any(_DELIVERED.search(text) for text in sentences[-_DELIVERED_IN:])
    )


# A project that failed: its end told ("the project was stopped", "never shipped", "the revenue
# managers switched the model off", "the editors kept their picks"), with the teller's lesson.
_ENDED = re.compile(
    r"\b(?:failed|was (?:stopped|cancelled|canceled|shut down|pulled|shelved|dropped|closed|"
    r"switched off|abandoned|killed)|never (?:shipped|launched|went live|made it)|"
    r"switched (?:the model |it )?off|pulled (?:it|the \w+)|shut (?:it )?down|were cancelled|"
    r"got cancelled|kept their|went back to)\b"
)


def _ended_and_learned(tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """A failed project: its end told, and a lesson where the story closes or opens."""
    sentences = _sentences(tokens)
    return any(_ENDED.search(text) for text in sentences) and _learned(sentences, labels)


# A colleague who changed the teller's mind: the teller's own position ("I had argued for", "my
# plan", "a feature store had been proposed by me"), a colleague's other view ("a senior
# engineer on the platform team disagreed", "a colleague kept saying just try TF-IDF"), and the
# teller's position given up ("my proposal was withdrawn", "shipping the colleague's design, not
# mine", "she was right").
_MY_POSITION = re.compile(
    r"\b(?:i had argued|i argued|i wanted|i was (?:totally |really |very )?(?:convinced|sure)|"
    r"my (?:plan|design|proposal|position|idea)|proposed by me|i had proposed|i proposed|"
    r"i pushed for)\b"
)
_THEIR_VIEW = re.compile(
    r"\b(?:colleague|teammate|senior engineer|engineer on|co-?worker|peer)\b[^.]{0,60}?"
    r"\b(?:argued|disagreed|held|raised|kept saying|asked me|recommended|suggested|"
    r"pushed back|thought|said)\b"
)
_GIVEN_UP = re.compile(
    r"\b(?:withdrawn|withdrew|was adopted|not mine|(?:he|she|they) (?:was|were) right|"
    r"changed my mind|dropped my|gave up my|rewrote (?:the|my) (?:doc|design|proposal)|"
    r"her design|his design|their design|the colleague's|convinced me|i agreed)\b"
)
_ASKS_MIND_CHANGED = re.compile(r"\b(?:convinced you that you were wrong|changed? your mind)\b")


def _mind_changed(tokens: Tokens) -> bool:
    """A colleague changed my mind: my position, their view, and mine given up."""
    text = " ".join(_sentences(tokens))
    return all(p.search(text) for p in (_MY_POSITION, _THEIR_VIEW, _GIVEN_UP))


# Critical feedback received: someone else's criticism of the teller's work where the story
# opens ("He wrote that it read like a list of tools", "my manager pulled me aside and pointed out
# that I had spent twenty minutes on architecture", "One of the reviewers wrote that my baseline
# was out of date", "my manager tells me the document is impossible to follow"), said by anyone
# but the teller (a nearer "I" or "we" before the verb makes it the teller's own saying), and the
# teller's response to it later ("I rewrote mine around three problems", "I replied that I would
# check both points, and I reran the comparison").
_SAYING = re.compile(
    r"\b(?:said|says|wrote|writes|told me|tells me|pointed out|points out|was blunt|"
    r"commented|comments|noted|notes|remarked|called out|asked me why|questioned|critici[sz]ed|"
    r"tore apart|picked apart)\b"
)
# ... of the teller or the teller's work, said after the verb ("that my baseline", "that I had
# spent", "it jumps into the model details", "the document is impossible to follow")
_OF_MINE = re.compile(
    r"\b(?:my|mine|me|i|i'd|i'm|i've|it|the (?:document|doc|design|deck|slides|code|analysis|"
    r"report|dashboard|proposal|write-?up|presentation|pull requests?|estimates?|notebook|talk|"
    r"summary|spec|plan))\b"
)
_OF_MINE_REACH = 80  # characters after the saying verb
_SAID_BY_TELLER = re.compile(r"\b(?:i|we)\b(?: \w+){0,2} $")
_I_TOLD = re.compile(r"i (?:\w+ )?(?:told|said|gave|wrote|tell|give)\b")
# The teller's response: an act of the teller's after the criticism, not a state ("I was upset",
# "I thought it was fine", "I had to rewrite it").
_I_DID = re.compile(r"(?:^|\b)i (?:(?:\w+ly|then|also|first|immediately|quickly|instead) )?(\w+)")
_NOT_AN_ACT = word_set(
    """was am were had have has felt feel thought think knew know wanted want could would should
    can will didn't did don't do wasn't couldn't wouldn't shouldn't guess admit remember still
    must need needed liked like hated hate hoped hope believed believe realised realized
    understood understand wondered wonder agree agreed disagreed disagree suppose mean meant
    found get got doubt doubted almost never always just"""
)


def _criticism_said(text: str) -> bool:
    """Is someone else's criticism of the teller or their work said in ``text``?"""
    for m in _SAYING.finditer(text):
        if _SAID_BY_TELLER.search(text[: m.start()]):
            continue
        if _OF_MINE.search(text, m.end(), m.end() + _OF_MINE_REACH):
            return True
    return False


def _criticised_and_responded(tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """Feedback received: criticism of my work said by someone else where the story opens (its
    first sentences, or a sentence labelled as its scene), and my response to it after."""
    sentences = _sentences(tokens)
    if any(_I_TOLD.match(text) for text in sentences[:_OPENING]):
        return False  # feedback the teller gives ("I told him his pull requests were too large")
    scene = {i for i, label in enumerate(labels or ()) if label in ("situation", "task")}
    said = next(
        (i for i, t in enumerate(sentences) if (i < _OPENING or i in scene) and _criticism_said(t)),
        None,
    )
    if said is None:
        return False
    return any(
        m.group(1) not in _NOT_AN_ACT
        for text in sentences[said + 1 :]
        for m in _I_DID.finditer(text)
    )


def owns_the_asked_event(prompt: str, tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """Does the story tell what ``prompt`` asks for as the teller's own acts (a mistake owned to
    someone and learned from; a difficult person's behaviour and the teller going to them; what
    was lacking and the teller's way round it, for a creative solution; a close date met with the
    work kept right, for a tight deadline; its end and a lesson, for a failed project; my
    position given up for a colleague's, for a mind changed; someone's criticism of my work and
    my response, for feedback received)?"""
    if not tokens.words:
        return False
    kinds = demanded(prompt)
    asked = {k.name for k in kinds}
    # the mistake kind when it is the teller's own (a mistake asked as someone else's, "a
    # mistake in a colleague's work", is read elsewhere)
    mistake = next((k for k in kinds if k.name == "mistake" and k.told_in == MINE), None)
    if mistake is not None and _admitted_and_learned(mistake, tokens, labels):
        return True
    text = prompt.lower()
    if _ASKS_DIFFICULT_ONE.search(text) and _went_to_the_difficult_one(tokens, labels):
        return True
    if _ASKS_CREATIVE.search(text) and _lacked_and_went_round(tokens):
        return True
    if "failure" in asked and _ended_and_learned(tokens, labels):
        return True
    if _ASKS_MIND_CHANGED.search(text) and _mind_changed(tokens):
        return True
    if "feedback received" in asked and _criticised_and_responded(tokens, labels):
        return True
    return bool(_ASKS_DEADLINE.search(text)) and _met_with_quality(tokens)
