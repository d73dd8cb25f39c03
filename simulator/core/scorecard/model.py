"""The scorecard as the person reads it: one typed view model for the Scorecard page and every
export (HTML, Markdown, JSON, PDF), so they all show the same figures and say the same words.

Built by ``build.build_scorecard`` from the stored session; nothing here is computed again by a
page or a template. Colours are the hex strings of ``core.tables``."""

from __future__ import annotations

from dataclasses import dataclass, field

from simulator.core.scorecard.score_text import NO_SCORE as NO_SCORE
from simulator.core.scorecard.score_text import shown_score as shown_score
from simulator.core.tables import NBSP, category_label, category_name, gone_kind

# The one skip rule, as every view states it.
# Kept to one short sentence: at 960 x 640 it sits in the scorecard's header, and every extra
# line there is a line less of the selected answer's detail.
SKIP_RULE = "A skipped answer counts as 0 in the overall, skipped on purpose or with no words."
# An answer cut by ending the interview (End), as the page and every export say it under its
# title: nothing said it, and its missing parts read as left out (walk60, walk61).
# "before it was finished": the part cut may be its follow-up's answer (walk61 said "during
# this answer" of a question whose follow-up was cut).
ENDED_EARLY_NOTE = (
    "Ended early: you ended the interview before this answer was finished, so it is scored on "
    "what you had said by then."
)


@dataclass(frozen=True)
class ComponentView:
    name: str  # content | structure | delivery
    value: int | None  # None: not scored, ``basis`` says why (a one-word spoken answer)
    weight: float | None  # its share of the answer's overall
    basis: str  # how the number was computed
    color: str


@dataclass(frozen=True)
class KeyPointView:
    id: str
    label: str
    weight: float
    status: str  # explained | named | missing | contradicted
    status_text: str  # as people read it: covered, named not explained, ...
    covered: bool
    mark: str  # ✔ ◐ ✘
    color: str
    evidence: str  # what the answer said that showed it ("" when nothing did)
    model_sentence: str  # the model answer's sentence for a point not covered
    via: str = "words"  # "words": the rubric's phrases; "meaning": said in other words
    said_in: str = "answer"  # "follow-up": the evidence is in a follow-up's answer

    @property
    def evidence_label(self) -> str:
        said = "You said in the follow-up" if self.said_in == "follow-up" else "You said"
        return f"{said} (in other words)" if self.via == "meaning" else said

    @property
    def weight_text(self) -> str:
        """ "weight 3", as the tips write it (the list said "weight 3.0" above "Missing key
        point (weight 3)"), kept on one line (the PDF wrapped "weight" from its number)."""
        return f"weight{NBSP}{self.weight:g}"


@dataclass(frozen=True)
class MisconceptionView:
    phrase: str
    evidence: str  # the sentence of the answer that said it
    correction: str
    label: str = "Correction"  # "Overclaim" for a sweeping claim the accepted answer lacks
    # sentences that said this same claim (the first is ``evidence``): one entry per claim,
    # however often it was repeated (a 60-sentence repeat listed 60 equal corrections)
    times: int = 1
    # where the claim is charged when it also contradicted a key point ("" when it did not):
    # one claim costs once, and both entries say where
    charged: str = ""

    @property
    def times_text(self) -> str:
        """ " (said 60 times)" after the quoted sentence of a claim said more than once, and
        where a claim that also contradicted a key point is charged."""
        said = [f"said {self.times} times"] if self.times > 1 else []
        said += [self.charged] if self.charged else []
        return f" ({'; '.join(said)})" if said else ""


@dataclass(frozen=True)
class FrameworkStepView:
    step: str
    covered: bool
    evidence: str
    mark: str
    color: str


@dataclass(frozen=True)
class StarPartView:
    name: str
    letter: str
    share: float  # 0..1
    percent: int
    lo: float
    hi: float
    target: str  # "15%-20%"
    present: bool
    verdict: str  # on target | too long | too short | missing | "missing: why" (a hollow part)
    color: str


@dataclass(frozen=True)
class StarSentenceView:
    """One sentence of a story, the STAR part it was read as, and why."""

    label: str  # situation | task | action | result | other
    text: str
    why: str


@dataclass(frozen=True)
class StarView:
    parts: list[StarPartView]
    share_basis: str  # time | words
    missing: list[str]
    in_order: bool
    order: list[str]
    quantified_result: bool
    i_count: int
    we_count: int
    specificity: float
    hypothetical: bool
    sentences: list[StarSentenceView] = field(default_factory=list)
    # What was asked, when the story does not answer it, and what it reads as instead ("").
    off_question: list[str] = field(default_factory=list)
    reads_as: str = ""
    # Parts labelled present but empty of what they are for: (part, why), in STAR order.
    hollow: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class DeliveryView:
    duration_s: int
    time_limit_s: int | None
    words: int
    wpm: int
    fillers: str  # "um ×3, like ×1"
    fillers_per_100_words: float
    long_pauses: int
    hedges: str
    hedges_per_100_words: float

    @property
    def said(self) -> tuple[tuple[str, str, str], ...]:
        """The delivery line as the page and every export say it: each figure, its aim and
        what it counted ("" for none). Written in each template, the Markdown export gave no
        aims and no hedges where the page, HTML and PDF did (walkthrough 42)."""
        from simulator.core.scoring.delivery import FILLERS_GOOD, PACE_GOOD

        limit = f" of {self.time_limit_s} s" if self.time_limit_s else ""
        pauses = f"{self.long_pauses} long pause{'s' * (self.long_pauses != 1)}"
        return (
            (f"{self.duration_s} s{limit}", "", ""),
            (f"{self.wpm} words per minute", f"aim {PACE_GOOD[0]:.0f}–{PACE_GOOD[1]:.0f}", ""),
            (f"{self.fillers_per_100_words} fillers per 100 words", f"aim ≤ {FILLERS_GOOD:g}",
             self.fillers),
            (pauses, "", ""),
            *((("hedges", "", self.hedges),) if self.hedges else ()),
        )  # fmt: skip


MAX_UNSURE_LISTED = 12  # more are counted, not listed


@dataclass(frozen=True)
class AnswerPart:
    """One thing the person said for a question: the answer itself, then each follow-up's."""

    kind: str  # "answer" | "follow-up"
    prompt: str  # the follow-up question ("" for the answer itself)
    text: str
    mode: str  # typed | spoken | skipped
    # the words the recogniser was unsure of (``Word.unsure``), in order: kept in the text,
    # listed under it as heard unclearly
    unsure: tuple[str, ...] = ()
    # where the recording is heard: the window's page, or the app named for a file (an export)
    listen_where: str = "Review"
    on_purpose: bool = False  # skipped with the skip key, not given with no words

    @property
    def shown_text(self) -> str:
        """What the card prints under the part's title: its words, or why there are none. A
        follow-up passed over said only "(no answer)", and one skipped while typed was not
        listed at all (walkthrough 46): the question is scored on the first answer alone."""
        if self.text:
            return self.text
        if self.kind != "follow-up":  # the question's own answer: its score's words
            return f"(Skipped: {'on purpose' if self.on_purpose else 'no words'}, counts as 0.)"
        return follow_up_passed(self.on_purpose)

    @property
    def unsure_note(self) -> str:
        """What the page says under the text about its unsure words ("" when none)."""
        if not self.unsure:
            return ""
        quoted = ", ".join(f"“{w}”" for w in self.unsure[:MAX_UNSURE_LISTED])
        more = len(self.unsure) - MAX_UNSURE_LISTED
        if more > 0:
            quoted += f" and {more:,} more"
        return f"Heard unclearly, may be misheard (listen in {self.listen_where}): {quoted}."

    @property
    def title(self) -> str:
        return part_title(self.prompt if self.kind == "follow-up" else None)


def follow_up_passed(on_purpose: bool) -> str:
    """What a follow-up with no answer says in its place, on the scorecard, in Review, in the
    exports and on the Interview page (which said only "(no answer)", ux54)."""
    why = "Skipped" if on_purpose else "No words"
    return f"({why}: the question is scored on your first answer alone.)"


def part_title(follow_up: str | None) -> str:
    """The label over what was said: the answer itself (``None``), or a follow-up's answer. The
    Interview page labels both answers of a question with it as the scorecard does."""
    return "Your answer" if follow_up is None else f"Follow-up: {follow_up}"


@dataclass(frozen=True)
class EarlierScore:
    """The same question answered before: like is compared with like."""

    overall: int
    when: str  # "2026-11-29 14:02"
    # answers to the question cut by End came after it (passed over: not like with like)
    cut_since: bool = False


@dataclass(frozen=True)
class AnswerView:
    answer_id: int  # the stored answer (the Review page opens it)
    number: int
    question_id: str
    prompt: str
    category: str
    topic: str
    mode: str
    skipped: bool  # no words in any part: counts as 0
    overall: int | None  # 0 when skipped; None when not scored yet
    overall_color: str
    overall_basis: str
    scores: dict[str, str]  # content, structure, delivery as shown ("–" when not scored)
    components: list[ComponentView]
    key_points: list[KeyPointView]
    misconceptions: list[MisconceptionView]
    warned_against: list[MisconceptionView]  # misconceptions the answer rightly warned against
    framework: list[FrameworkStepView]
    star: StarView | None
    delivery: DeliveryView | None
    feedback: list[str]
    parts: list[AnswerPart]  # the answer, then its follow-ups
    model_answer: str
    earlier: EarlierScore | None = None  # the last time this question was answered
    change: int | None = None  # overall minus the earlier score
    # ENDED_EARLY_NOTE for an answer cut by End ("" otherwise): a field, so the JSON export
    # carries the words the page and the other exports show
    ended_note: str = ""
    # what changed in the packs since the question was asked (``asked.CHANGED_NOTE`` or
    # ``GONE_NOTE``; "" when nothing did): the question is shown as it was asked
    asked_note: str = ""

    @property
    def ended_early(self) -> bool:
        return bool(self.ended_note)

    @property
    def shown_overall(self) -> str:
        return "skipped" if self.skipped else shown_score(self.overall)

    @property
    def off_question(self) -> bool:
        """A story that does not answer the question asked: never in the colour of success."""
        return bool(self.star and self.star.off_question)

    @property
    def category_name(self) -> str:
        """ "case study", as Home and the interview page name it (the stored id is "case")."""
        return category_name(self.category)

    @property
    def category_label(self) -> str:
        """ "Case study": the category as a table cell or a tag shows it, as the chart does."""
        return category_label(self.category)

    @property
    def kind(self) -> str:
        """The category, and for a question no longer in the packs its stored id: which pack
        to put back (attack run 29: nothing said which; unscored, the line began '* · typed*')."""
        return gone_kind(self.category, self.prompt, self.question_id)

    @property
    def change_text(self) -> str:
        """ "+8 vs 62 on 2026-11-29 (this question, last time)" or ""; "(this question,
        last answer taken to its end)" when later ones were cut by End."""
        if self.change is None or self.earlier is None:
            return ""
        e = self.earlier
        on = f" on {e.when}" if e.when else ""  # (an answer of unknown date: no " on ")
        which = "last answer taken to its end" if e.cut_since else "last time"
        return f"{self.change:+d} vs {e.overall}{on} (this question, {which})"


@dataclass(frozen=True)
class CategoryView:
    category: str
    score: int
    color: str
    previous: int | None = None  # in the compared session
    change: int | None = None

    @property
    def label(self) -> str:
        return category_label(self.category)


@dataclass(frozen=True)
class PickView:
    question_id: str
    prompt: str
    overall: int | None
    skipped: bool = False  # said "skipped" where the score goes (it counts as 0)

    @property
    def shown(self) -> str:
        return "skipped" if self.skipped else str(self.overall)


@dataclass(frozen=True)
class ComparisonView:
    """The session compared with: the last finished one of the same plan."""

    session_id: int
    plan: str
    started: str
    overall: int | None
    change: int | None

    @property
    def text(self) -> str:
        """What is compared, with what: "Previous Behavioral drill (2026-11-29 14:02): 62 (+8)".
        The score and its change, and the date and its time, are held together (no-break
        spaces): at 960 x 640 the page's label put "(-2)" alone on a line (walk65)."""
        before = shown_score(self.overall)
        delta = "" if self.change is None else f"\u00a0({self.change:+d})"
        started = self.started.replace(" ", "\u00a0")
        return f"Previous {self.plan} session ({started}): {before}{delta}"


# Answers so few that their table goes above the explanation (``answers_above_explanation``)
FEW_ANSWERS = 2


@dataclass(frozen=True)
class Scorecard:
    session_id: int
    title: str
    started: str
    ended: str
    duration: str
    status: str
    overall: int | None
    overall_color: str
    overall_basis: str  # "mean of the 3 questions answered or skipped (1 skipped, ...)"
    per_category: list[CategoryView]
    strongest: PickView | None
    weakest: PickView | None
    tips: list[str]
    answered: int
    asked: int
    total: int  # planned
    answers: list[AnswerView]
    previous: ComparisonView | None
    generated: str
    app_version: str
    star_targets: str
    skip_rule: str = SKIP_RULE
    notes: list[str] = field(default_factory=list)

    @property
    def overall_statement(self) -> str:
        """The one sentence every view prints under the overall score. The skip rule only
        when a question was skipped: said to a session with none, it took two lines of the
        smallest window from the explanation under it (walkthrough 41)."""
        rule = f" {self.skip_rule}" if any(a.skipped for a in self.answers) else ""
        return f"Overall: {self.overall_basis}.{rule}"

    @property
    def chart_tells_more(self) -> bool:
        """Whether the chart of category scores says something the overall does not: a
        session of one category, compared with none, draws one bar of the overall's own
        number (a one-question session's "Technical 32" beside its "32 of 100"), and its column
        squeezed the tips beside it into a scroll at 960 x 640 (walk66, left; ui67)."""
        if self.previous is not None or len(self.per_category) != 1:
            return bool(self.per_category)
        return self.per_category[0].score != self.overall

    @property
    def answers_above_explanation(self) -> bool:
        """Whether the table of answers is drawn above the selected answer's explanation, at
        its rows' height, rather than beside it: a table of one or two rows beside the
        explanation left most of its half of the page empty while the explanation, the one
        long text of the page, scrolled in the other half (round 67's walk at 960 x 640).
        Three rows and more keep the table beside: above, they would take the explanation's
        height."""
        return 0 < len(self.answers) <= FEW_ANSWERS

    @property
    def scored_parts(self) -> tuple[str, ...]:
        """The parts (content, structure, delivery) scored in at least one answer, in that
        order: the others read "–" on every row, so a table of scores leaves them out (a
        typed session has no delivery, a technical one no structure)."""
        parts = ("content", "structure", "delivery")
        return tuple(
            p for p in parts if any(a.scores.get(p, NO_SCORE) != NO_SCORE for a in self.answers)
        )

    @property
    def has_changes(self) -> bool:
        """Some answer has an earlier one to compare with (the last time its question was
        answered, in any plan): a "Practise again" session has no earlier session of its own
        plan, but each of its answers has a change."""
        return any(a.change is not None for a in self.answers)

    @property
    def summary(self) -> str:
        """The page's line under its title: the plan, when, how long, how many answered. Each
        part after the plan's name is held whole (no-break spaces): at 960 x 640 it read
        "under a" at one line's end and "minute" at the next's (walk65)."""
        parts = [self.started, self.duration]
        parts.append(f"{self.answered} of {self.total} question{'s' * (self.total != 1)} answered")
        if self.status != "finished":
            parts.append(self.status)
        whole = [p.replace(" ", "\u00a0") for p in parts]
        return "  ·  ".join(p for p in [self.title, *whole] if p)
