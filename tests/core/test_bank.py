"""Checks on the question bank that ships in questions/ (the real packs, not fixtures)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from simulator.core.questions import Category, FrameworkStepName, Question, QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

SEED_IDS = [
    "tech.supervised-vs-unsupervised",
    "tech.bias-variance",
    "tech.missing-data",
    "tech.regularization",
    "tech.classification-vs-regression",
    "tech.gradient-descent",
    "tech.cnn",
    "tech.knn",
    "tech.dimensionality-reduction",
    "tech.cross-validation",
    "tech.reinforcement-learning",
    "tech.transfer-learning",
    "tech.semi-supervised",
    "tech.decision-trees-random-forests",
    "tech.feature-importance",
    "tech.roc-auc",
    "tech.precision-recall-f1",
    "tech.stemming-vs-lemmatization",
    "tech.imbalanced-data",
    "case.fraud-detection",
    "case.recommendation-system",
    "beh.resolve-conflict",
    "beh.tight-deadline",
    "beh.challenging-ml-project",
    "beh.learn-from-mistake",
    "beh.difficult-team-member",
    "beh.disagree-with-manager",
    "beh.explain-to-non-technical",
    "beh.production-incident",
    "beh.took-ownership",
    "beh.prioritize-workload",
    "beh.cross-functional",
    "beh.mentor-junior",
]
NEAR_DUPLICATE = 90.0  # rapidfuzz token_set_ratio between two prompts
MODEL_ANSWER_WORDS = (80, 250)
MODEL_ANSWER_COVERAGE = 0.8


def _of(bank: QuestionBank, *categories: Category) -> list[Question]:
    return [q for q in bank.questions.values() if q.category in categories]


def test_packs_load_without_problems(bank: QuestionBank) -> None:
    assert [str(p) for p in bank.problems] == []


def test_bank_is_big_enough(bank: QuestionBank) -> None:
    counts = {c: len(_of(bank, c)) for c in Category}
    assert len(bank.questions) >= 150, counts
    assert counts[Category.TECHNICAL] >= 80, counts
    assert counts[Category.BEHAVIORAL] >= 30, counts
    assert counts[Category.CASE] >= 20, counts


def test_seed_ids_exist(bank: QuestionBank) -> None:
    assert len(SEED_IDS) == 33
    assert [i for i in SEED_IDS if i not in bank.questions] == []


def test_technical_and_case_rubrics_are_complete(bank: QuestionBank) -> None:
    problems = []
    for q in _of(bank, Category.TECHNICAL, Category.CASE):
        n_words = len(q.model_answer.split())
        if len(q.key_points) < 3:
            problems.append(f"{q.id}: {len(q.key_points)} key points (need 3)")
        if not q.misconceptions:
            problems.append(f"{q.id}: no misconception")
        if not MODEL_ANSWER_WORDS[0] <= n_words <= MODEL_ANSWER_WORDS[1]:
            problems.append(f"{q.id}: model answer has {n_words} words {MODEL_ANSWER_WORDS}")
        if not any(f.key_point for f in q.follow_ups):
            problems.append(f"{q.id}: no follow-up tied to a key point")
    assert problems == []


def test_cases_cover_every_framework_step(bank: QuestionBank) -> None:
    every = {s.value for s in FrameworkStepName}
    problems = [
        f"{q.id}: missing {sorted(every - {f.step.value for f in q.framework})}"
        for q in _of(bank, Category.CASE)
        if {f.step.value for f in q.framework} != every
    ]
    assert problems == []


def test_behavioral_questions_are_complete(bank: QuestionBank) -> None:
    problems = []
    for q in _of(bank, Category.BEHAVIORAL):
        for name, value in (
            ("competency", q.competency),
            ("star", q.star),
            ("red_flags", q.red_flags),
            ("follow_ups", q.follow_ups),
        ):
            if not value:
                problems.append(f"{q.id}: no {name}")
    assert problems == []


def test_model_answers_cover_their_own_rubric(bank: QuestionBank) -> None:
    """The scorer, run on each model answer, finds at least 80 % of the key-point weight."""
    low = []
    for q in _of(bank, Category.TECHNICAL, Category.CASE):
        score = score_answer(q, Transcript(q.model_answer))
        earned = sum(k.weight * k.credit for k in score.key_points)
        coverage = earned / q.total_weight
        if coverage < MODEL_ANSWER_COVERAGE:
            missed = [k.id for k in score.key_points if not k.covered]
            low.append(f"{q.id}: {coverage:.0%} (not covered: {', '.join(missed)})")
        if score.misconceptions:
            low.append(f"{q.id}: model answer states misconception {score.misconceptions[0].id}")
        for k in score.key_points:
            if k.contradiction:
                low.append(f"{q.id}: model answer contradicts {k.id}: {k.contradiction}")
    assert low == []


CORRECT_SETS = Path(__file__).resolve().parent / "scoring"
CORRECT_KINDS = ("strong", "partial", "paraphrase")
# A private held-out measures the scorer (benchmarks/scoring_quality.py --own) and is never tuned
# on: its misses are figures, not invariants. Its two known false charges are recorded below.
MEASURED_ONLY = frozenset(
    (
        # round 66, wrong66: held-out answers for 8 shipped technical and case questions with a
        # procedure, a formula or a cause at their heart (strong, partial, weak, a verbose-wrong
        # answer and one that gets the process or the causes wrong), written from the prompts
        # before any change and measured at its start and end only
        "heldout_wrong66_content.yaml",
        # round 66, flag66: held-out answers for 8 shipped technical and case questions in
        # neither dev_blind64 nor dev_blind65 (strong, partial, weak, two correct warnings that
        # state and correct a misconception, a correct answer saying when the technique does not
        # help, two confidently wrong answers), written from the prompts before any change and
        # measured at its start and end only
        "heldout_flag66_content.yaml",
        # round 65, para65: held-out answers (strong, partial, weak, an everyday-words
        # paraphrase, a verbose-wrong answer) for the 10 shipped technical and case questions the
        # fewest content files cover, outside dev_blind64 and heldout_wrong63/64; written from the
        # prompts before any change and measured at the start and end only
        "heldout_para65_content.yaml",
        # round 66, rel66: held-out STAR stories on the 8 shipped behavioral questions neither
        # heldout_rel64 nor heldout_rel65's own set tells a story for (changed my mind, difficult
        # team member, push back, missed estimate, give difficult feedback, a new domain,
        # technical debt, stop a project), the asked event often told only through its acts;
        # non-native, terse, spoken and formal voices, two "we"-only and two no-result variants;
        # written from the prompts before any change and measured at its start and end only
        "heldout_rel66_own_star.yaml",
        # round 70, the lead's blind set: 10 technical and case questions x 12 answers and 36
        # STAR stories (394 sentences), written from the prompts alone and read by no engineer
        # of the round; development material from round 71 on
        "dev_blind70_content.yaml",
        "dev_blind70_star.yaml",
        # round 70, the kind sets (confidently wrong answers, correct answers easy to misread,
        # hard STAR stories, STAR stories in varied surface forms), each by its own writer from
        # the prompts alone; the round's engineers saw their summary figures only; development
        # material from round 71 on
        "dev_kind70wrong_content.yaml",
        "dev_kind70correct_content.yaml",
        "dev_kind70star_star.yaml",
        "dev_kind70voice_star.yaml",
        # round 69, the lead's blind set: 10 technical and case questions x 12 answers and 36
        # STAR stories (392 sentences), written from the prompts alone and read by no engineer
        # of the round; development material from round 70 on
        "dev_blind69_content.yaml",
        "dev_blind69_star.yaml",
        # round 69, the kind sets (confidently wrong answers, correct answers easy to misread,
        # hard STAR stories, STAR stories in varied surface forms), each by its own writer from
        # the prompts alone; the round's engineers saw their summary figures only; development
        # material from round 70 on
        "dev_kind69wrong_content.yaml",
        "dev_kind69correct_content.yaml",
        "dev_kind69star_star.yaml",
        "dev_kind69voice_star.yaml",
        # round 68, the lead's blind set: 10 technical and case questions x 12 answers and 36
        # STAR stories (394 sentences), written from the prompts alone and read by no engineer
        # of the round; development material from round 69 on
        "dev_blind68_content.yaml",
        "dev_blind68_star.yaml",
        # round 68, the kind sets (confidently wrong answers, correct answers easy to misread,
        # hard STAR stories), each by its own writer from the prompts alone; the round's
        # engineers saw their summary figures only; development material from round 69 on
        "dev_kind68wrong_content.yaml",
        "dev_kind68correct_content.yaml",
        "dev_kind68star_star.yaml",
        # round 67, the lead's blind set: 10 technical and case questions x 12 answers and 36
        # STAR stories (377 sentences), written from the prompts alone and read by no engineer
        # of the round; development material from round 68 on
        "dev_blind67_content.yaml",
        "dev_blind67_star.yaml",
        # round 67, the kind sets: per kind (confidently wrong answers, correct answers easy to
        # misread, hard STAR stories) a tuning half A and a check half B (its summary figures
        # only), each by its own writer from the prompts alone; development material from round
        # 68 on
        "dev_kind67wronga_content.yaml",
        "dev_kind67wrongb_content.yaml",
        "dev_kind67correcta_content.yaml",
        "dev_kind67correctb_content.yaml",
        "dev_kind67stara_star.yaml",
        "dev_kind67starb_star.yaml",
        # round 66, the lead's blind set: 10 technical and case questions x 12 answers and 36
        # STAR stories (387 sentences), written from the prompts alone and read by no engineer
        # of the round; development material from round 67 on
        "dev_blind66_content.yaml",
        "dev_blind66_star.yaml",
        # round 65, the lead's blind set: 10 technical and case questions x 12 answers and 36
        # STAR stories (383 sentences), written from the prompts alone and read by no engineer
        # of the round; development material from round 66 on
        "dev_blind65_content.yaml",
        "dev_blind65_star.yaml",
        # round 64, the lead's blind set: 10 technical and case questions x 12 answers and 36
        # STAR stories (397 sentences), written from the prompts alone and read by no engineer
        # of the round; development material from round 65 on
        "dev_blind64_content.yaml",
        "dev_blind64_star.yaml",
        # round 65, rel65: held-out STAR stories on 10 shipped behavioral questions
        # heldout_rel64_own_star.yaml tells none for, each told off a question of a clearly
        # different kind (five off the widest readings: a mistake, a missed estimate, push back);
        # "we"-heavy stories that say what I did, terse, non-native, spoken and formal voices, two
        # "we"-only and two no-result variants; written from the prompts before any change and
        # measured (relevance) at its start and end only
        "heldout_rel65_own_star.yaml",
        # round 65, star65: held-out STAR stories in the voices star64's own set showed weak
        # (terse notes, a non-native speaker's English, long rambling spoken answers): fifteen
        # stories (137 sentences) on 13 shipped behavioral questions, three no-result variants,
        # lessons said without a cue word and other people's acts reported by the speaker;
        # written from the prompts before the round's rules and never tuned on, measured at the
        # round's start and end only
        "heldout_star65_star.yaml",
        # round 66, star66: held-out STAR stories in four voices (terse notes, a non-native
        # speaker's English, long rambling spoken answers, crisp formal prose): fifteen stories
        # (139 sentences) on 14 shipped behavioral questions outside dev_blind65_star.yaml, three
        # no-result variants, colleagues' findings reported by the speaker, terse priority lists
        # and past-tense steps at a story's end; written from the prompts before the round's
        # rules and never tuned on, measured at the round's start and end only
        "heldout_star66_star.yaml",
        # round 65, wrong65: held-out answers for 9 shipped technical and case questions (strong,
        # partial, weak, two correct answers that speak of the opposite idea correctly, two
        # verbose-wrong answers and a warning each), written from the prompts before any change
        # and measured at its start and end only
        "heldout_wrong65_content.yaml",
        # round 64, star64: held-out STAR stories in the voices the sets lacked (terse notes, a
        # non-native speaker's English, long rambling spoken answers): fifteen stories (140
        # sentences) on 12 shipped behavioral questions, three of them no-result variants;
        # written from the prompts before the round's rules and never tuned on, measured at
        # main 82b61f79 and at the end only
        "heldout_star64_star.yaml",
        # round 64, rel64: held-out STAR stories, two for each of the 5 shipped behavioral
        # questions whose intent or core readings passed most other questions' stories in round 63
        # (disagree with a manager, improve a team process, learn from a mistake, a production
        # incident, cross-functional work), each told off a question of a clearly different kind,
        # and ten stories of other questions told off one of the five; "we" and no-result
        # variants; written from the prompts before any change and measured (relevance) at its
        # start and end only
        "heldout_rel64_own_star.yaml",
        # round 63, star63: held-out STAR stories, two for each of 5 shipped behavioral
        # questions drawn with random.Random(6363063) (blind sets 61 and 62's questions left
        # out), plus two no-result and one we-only variants; written from the prompts after the
        # round's rules and never tuned on, measured at main b738daf3 and at the end only
        "heldout_star63_star.yaml",
        # round 62, star62: held-out STAR stories, two for each of 5 shipped behavioral
        # questions drawn with random.Random(6262062) (blind set 61's questions left out), plus
        # two no-result and one we-only variants; written from the prompts and measured at its
        # start (main 23e38c5b) and end only
        "heldout_star62_star.yaml",
        # round 64, wrong64: held-out strong, partial, weak, two paraphrases (everyday words with
        # true "always"/"never" invariants, "rather than" contrasts and an analogy), two
        # verbose-wrong answers and warnings for the 9 shipped technical and case questions the
        # fewest heldout_wrong* files cover, blind set 63's left out; written from the prompts
        # before any change and measured at its start and end only (three correct answers
        # charged at main 82b61f79)
        "heldout_wrong64_content.yaml",
        # round 63, wrong63: held-out strong, partial, weak, off-topic, two paraphrases (everyday
        # words with true "always"/"never" invariants, and an analogy), echo, keyword salad, two
        # verbose-wrong answers and warnings for 9 technical and case questions no heldout_wrong*
        # or blind file covered: the 3 shipped ones left and 6 test-pack ones drawn with
        # random.Random(6363); written from the prompts before any change and measured at its
        # start and end only (six correct answers charged at main, three for "always"/"never")
        "heldout_wrong63_content.yaml",
        # round 62, wrong62: held-out strong, partial, weak, off-topic, two paraphrases (everyday
        # words and an analogy), echo, keyword salad, two verbose-wrong answers and warnings for 9
        # shipped technical and case ids drawn with random.Random(6262), written from the prompts
        # before any change and measured at its start and end only (one paraphrase charged at
        # main for "always" and "never")
        "heldout_wrong62_content.yaml",
        # round 61, wrong61: held-out strong, partial, weak, two verbose-wrong answers and a
        # warning for 9 shipped technical and case ids drawn with random.Random(6161), written
        # from the prompts before any change and measured at its start and end only (one
        # warning charged at main: "sparse", read as the opposite of "density")
        "heldout_wrong61_content.yaml",
        # round 60, charge60: held-out strong, partial, analogy paraphrases with never/always
        # and two warnings for 8 shipped technical and case ids drawn with random.Random(6060)
        # (minus the blind sets 57-59's questions), and six questions' answers with the formula
        # in words and typed in symbols, written from the prompts before any change and
        # measured at its start and end only
        "heldout_charge60_content.yaml",
        "heldout_charge60f_content.yaml",
        # round 58, charge58: held-out strong, partial, everyday-words and analogy paraphrases
        # and two warnings (a comparative said of the wrong side's scope, "rather than",
        # "unlike", "a common mistake", "people think") for 10 shipped technical and case ids
        # drawn with random.Random(5858) (minus the round's blind questions and set 57's),
        # written from the prompts before any change and measured at its start and end only
        "heldout_charge58_content.yaml",
        # round 57, adam57: held-out weak, partial and plain-words definitions (correct_defs) of
        # the method and its terms, and a verbose-wrong answer defining term after term as the
        # wrong kind of thing, for the 8 shipped technical ids drawn with random.Random(5707),
        # written from the prompts before any change and measured at its start and end only
        "heldout_adam57_content.yaml",
        # round 57, adam57: held-out strong and partial answers to six shipped questions whose
        # key points differ by one term (macro / micro / weighted, precision / recall, L1 / L2,
        # bagging / boosting, type I / II, stemming / lemmatization), each term in a sentence of
        # its own; measured (evidence naming the point's term) at its start and end only
        "heldout_adam57ev_content.yaml",
        # round 63, rel63: held-out STAR stories, two or three for each of 10 shipped behavioral
        # questions that neither round 61's nor round 62's own held-out file used, each told off
        # a question of a clearly different kind, in other wordings than the prompt's, with "we"
        # and no-result variants; written from the prompts before any change and measured
        # (relevance) at its start and end only
        "heldout_rel63_own_star.yaml",
        # round 62, rel62: held-out STAR stories, two or three for each of 10 shipped behavioral
        # questions that neither round 61's own held-out nor blind sets 60-61 used, each told off
        # a question of a clearly different kind, with "we" and no-result variants; written from
        # the prompts before any change and measured (relevance) at its start and end only
        "heldout_rel62_own_star.yaml",
        # round 60, rel60: held-out STAR stories, two for each of the 10 shipped behavioral
        # questions of the round-60 brief's prompt list, each told off a question of a clearly different
        # kind in plain words, plus a we-only and a no-result variant; written from the prompts
        # before any change and measured (relevance) at its start and end only
        "heldout_rel60_star.yaml",
        # round 58, star58: held-out STAR stories, three for each of 8 shipped behavioral
        # questions drawn with random.Random(5858058) (the round's blind pick left out), plus 2
        # no-result and 2 we-only variants; outcomes with no cue word after the step, findings
        # between steps, "it turned out" facts, steps as nouns, habits, present tense and notes;
        # written before any change and measured at its start and end only
        "heldout_star58_star.yaml",
        # round 60, star60: held-out STAR stories, two for each of 5 shipped behavioral
        # questions drawn with random.Random(6060060) (the round's blind pick left out), plus a
        # we-only and a no-result variant; written in the blind sets' style and labelled by their
        # definitions (a finding a look turned up is the result, a fact about the context the
        # situation); written before any change and measured at its start and end only
        "heldout_star60_star.yaml",
        # round 57, star57: held-out STAR stories, three for each of 8 shipped behavioral
        # questions drawn with random.Random(5757); tasks said by naming them ("my remit was",
        # "the goal is", "the question I had to answer"), told after the first step, outcomes
        # with no cue word, passive and noun-phrase steps, background with numbers; written
        # before any change and measured at its start and end only
        "heldout_star57_star.yaml",
        # round 57, charge57: held-out partial, condition-from-the-other-side, other-end
        # restatement and truly swapped verbose-wrong answers for 6 shipped pair questions,
        # written from the prompts before any change and measured at its start and end only
        "heldout_charge57_content.yaml",
        # round 56, star56: held-out STAR stories, two for beh.stay-updated and one for each of 8
        # shipped behavioral questions drawn with random.Random(5656), plus 2 no-result variants
        # ending on a terse step; habits in answers to "How do you ...?", formal passive steps
        # "by me", reflections at the end (a lesson is the result, a comment on the telling
        # other), findings "It turned out ..." among the steps, results told early ("..., but
        # let me back up"); written before any change and measured at its start and end only
        "heldout_star56_star.yaml",
        # round 56, wrong56: held-out strong, partial, weak, paraphrase and two verbose-wrong answers
        # (the right vocabulary with a verb or direction turned; an analogy carrying a wrong
        # mechanism, then sentences naming a point's terms but stating another relation) for the 8
        # shipped technical ids drawn with random.Random(5651) (minus the dev_blind questions),
        # written from the prompts before any change and measured at its start and end only
        "heldout_wrong56_content.yaml",
        # round 55, wrong55: held-out strong, partial, weak and two verbose-wrong answers (an
        # analogy carrying a wrong mechanism, then two members of a pair with their roles swapped;
        # a made-up worked procedure with invented numbers and "standard" rules, then
        # misconceptions in other words) for the 8 shipped technical ids drawn with
        # random.Random(5551) (minus the dev_blind questions), written from the prompts before any
        # change and measured at its start and end only
        "heldout_wrong55_content.yaml",
        # round 55, para55: held-out strong, partial, everyday-words paraphrase (no jargon, 120-180
        # words), echo, keyword salad and a correct answer with an absolute word that is true
        # where it stands and an "always" or "the same" that describes data (correct_plain), for
        # the 8 shipped technical ids drawn with random.Random(5552) (minus the dev_blind
        # questions), written from the prompts before any change and measured at its start and
        # end only
        "heldout_para55_content.yaml",
        # round 54, wrong54: held-out strong, partial, weak and two verbose-wrong answers of
        # different styles (a needed practice declared unneeded, a technique given an invented
        # meaning, "no effect" claims, a sound practice called a mistake; a misleading analogy that
        # sets a direction, a made-up procedure told as a worked example, two methods' roles
        # swapped) for the 8 shipped technical ids drawn with random.Random(5451) (minus the
        # dev_blind questions), written from the prompts before any change and measured at its
        # start and end only
        "heldout_wrong54_content.yaml",
        # round 54, charge54: held-out strong, dense partial (60-90 words), everyday-words
        # paraphrase and warning answers for 8 shipped technical and case questions drawn with
        # random.Random(5452) (minus the dev_blind questions); each strong answer states a
        # limitation in its own words and a hyperparameter's effect told from the other side, each
        # paraphrase an absolute word where it is true, each warning a true special case; written
        # from the prompts before any change, measured at start and end only
        "heldout_charge54_content.yaml",
        # round 53, wrong53: held-out strong, partial, weak and two verbose-wrong answers of
        # different styles (case-framework words around wrong claims: the wrong metric for the goal,
        # a leaking design, a trade-off turned the wrong way; steps in an impossible order told in
        # plain words, wrong numbers and extremes) for 8 shipped questions, the first 4 case and 4
        # technical ids drawn with random.Random(5351) (minus the dev_blind questions), written from
        # the prompts before any change and measured at its start and end only
        "heldout_wrong53_content.yaml",
        # round 53, charge53: held-out strong, dense partial (60-90 words), everyday-words
        # paraphrase and warning answers for 8 shipped technical and case questions drawn with
        # random.Random(5352) (minus the dev_blind questions); each strong answer contrasts the
        # method with a rival ("unlike X, which ...") and states one pitfall in its own words;
        # written from the prompts before any change, measured at start and end only
        "heldout_charge53_content.yaml",
        # round 55, star55: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5553), three tellers each (formal, reflective, terse note form, findings
        # among the steps, a lesson told first), plus 4 no-result variants whose last step is a
        # finding; formal and reflective framing openers about the telling, findings in notes and
        # measurements that drove the next step, lessons told as notes; written before any change
        # and measured at its start and end only
        "heldout_star55_star.yaml",
        # round 54, star54: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5453), three tellers each (chatty with fillers, terse note form, formal and
        # passive, a result told first, a lesson told first, asides about the telling), plus 4
        # no-result variants whose last step reads like an outcome; asides about the telling ("Let
        # me tell you how that played out"), note-form tasks ("My role: his mentor, ..."), findings
        # made during the steps, "We ended up ..." told first; written before any change and
        # measured at its start and end only
        "heldout_star54_star.yaml",
        # round 53, star53: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5353), three tellers each (chatty with fillers, terse note form, formal and
        # passive, a result told first, a lesson told first, mostly "we"), plus 4 no-result
        # variants whose last steps are numbered or carry a number; framing openers that carry
        # story content ("The hairiest one I can think of was ..."), results told first ("The
        # short version is ...", "Long story short, ..."), "We hit the deadline" told late;
        # written before any change and measured at its start and end only
        "heldout_star53_star.yaml",
        # round 52, charge52: held-out strong, dense partial (60-90 words), everyday-words
        # paraphrase and warning answers for 8 shipped technical and case questions drawn with
        # random.Random(5252) (minus the dev_blind questions); each strong answer restates its key
        # points in other words and names a classic equivalent or says an absolute that is right;
        # written from the prompts before any change, measured at start and end only
        "heldout_charge52_content.yaml",
        # round 56, rel56: held-out STAR stories of the lead's last blind misses written fresh
        # (critical feedback received told as what a manager or reviewer said, a production problem
        # told without incident words, a mistake told as an act with the lesson last, mentoring and
        # triage stories with no result, influence without authority, a difficult team member),
        # each with an off_question it does not answer, written from the prompts before any change
        # and measured at its start and end only
        "heldout_rel56_star.yaml",
        # round 55, rel55: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5554), 20 relevant stories told the hard ways (out of order with the asked
        # act late, a specialised field's vocabulary, the ask owned in one sentence, a lesson or
        # result told first) and 8 off_question neighbours (a story whose setting words another of
        # the 8 shares but whose ask it never answers), written from the prompts before any change
        # and measured at its start and end only
        "heldout_rel55_star.yaml",
        # round 54, rel54: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5454), 20 relevant stories told the hard ways (the technical setting of
        # another question, the ask in plain words, a lesson or result told first) and 8
        # off_question neighbours (a story whose setting words another of the 8 shares but whose
        # ask it never answers), written from the prompts before any change and measured at its
        # start and end only
        "heldout_rel54_star.yaml",
        # round 53, rel53: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5354), 20 relevant stories told the hard ways (the ask in plain words, the
        # result told first, setting words of another question) and 8 off_question neighbours (a
        # good story answering another of the 8), written from the prompts before any change and
        # measured at its start and end only
        "heldout_rel53_star.yaml",
        # round 52, rel52: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5254), 20 relevant stories told the hard ways (the ask in plain words, a
        # story told around a colleague, a PM or a manager whose teller's acts answer, setting
        # words of another question) and 8 off_question neighbours (a good story answering another
        # of the 8), written from the prompts before any change and measured at its start and end
        # only
        "heldout_rel52_star.yaml",
        # round 52, star52: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5253), three tellers each (chatty with fillers, terse note form, formal and
        # passive, told out of order, mostly "we", outcomes in the present tense), plus 4 no-result
        # variants whose last steps carry a number; chatty or framing openers, lessons told as
        # "What I learned is ...", the teller's role as the task ("I was primary on-call for X"),
        # "We hit the deadline" as the result; written before any change and measured at its start
        # and end only
        "heldout_star52_star.yaml",
        # round 51, rel51: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5154), 20 relevant stories told the hard ways (the ask in plain words, a
        # story told around a colleague or a PM whose teller's acts answer, setting words of
        # another question) and 8 off_question neighbours (a good story answering another of the
        # 8), written from the prompts before any change and measured at its start and end only
        "heldout_rel51_star.yaml",
        # round 52, wrong52: held-out strong, partial, weak and two verbose-wrong answers of
        # different styles (wrong claims in the answer's own words: synonyms, a pair's partners
        # swapped, invented mechanisms; time or order reversed, wrong numbers and extremes) for 8
        # shipped questions drawn with random.Random(5251) (minus the dev_blind questions), written
        # from the prompts before any change and measured at its start and end only
        "heldout_wrong52_content.yaml",
        # round 51, wrong51: held-out strong, partial, weak and two verbose-wrong answers of
        # different styles (terms tied to the wrong partner, swapped definitions; reversed effects
        # and wrong numbers) for 8 shipped questions drawn with random.Random(5151) (minus the
        # dev_blind questions), written from the prompts before any change and measured at its
        # start and end only
        "heldout_wrong51_content.yaml",
        # round 51, star51: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5153), three tellers each (chatty with fillers, terse note form, formal and
        # passive, told out of order, a lesson as the result, mostly "we", outcomes in the present
        # tense; result fragments after the last step, an action told as background, a lesson as
        # present advice, the task told as a goal), written before any change and measured at its
        # start and end only
        "heldout_star51_star.yaml",
        # round 51, para51: held-out strong, dense partial (2-3 key points in 60-90 words), weak and
        # a complete correct paraphrase in everyday words (analogies and small worked examples instead
        # of terms) for 8 shipped technical and case questions drawn with random.Random(5152) (minus
        # the dev_blind questions), written from the prompts before any change and measured at its
        # start and end only
        "heldout_para51_content.yaml",
        # round 50, wrong50: held-out strong, partial, weak, everyday-words paraphrase and two
        # verbose-wrong answers of different styles (swapped definitions, reversed effects, terms
        # tied to the wrong partner, wrong numbers; an invented mechanism, analogy or made-up worked
        # example) for 8 shipped questions drawn with random.Random(5054) (minus the dev_blind
        # questions), written from the prompts before any change and measured at its start and end
        # only
        "heldout_wrong50_content.yaml",
        # round 50, star50: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5051), three tellers each (chatty with fillers, terse note form, formal and
        # passive, told out of order, a lesson as the result, mostly "we", numbers in the
        # background; note-form openers, steps told as fragments, tasks in the past perfect, a
        # first outcome with no cue word, reflections mid-story), written before any change and
        # measured at its start and end only
        "heldout_star50_star.yaml",
        # round 50, rel50: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(5052), 20 relevant stories told the hard ways (a framing sentence carrying
        # another question's phrases, the ask told in other words) and 8 off_question neighbours
        # sharing the asked question's domain words, written from the prompts before any change
        # and measured at its start and end only (relevance)
        "heldout_rel50_star.yaml",
        # round 50, charge50: held-out strong, warning and verbose-wrong answers for 8 shipped
        # questions drawn with random.Random(5053) (minus the dev_blind questions); the correct ones
        # tell a limitation as what a method struggles with / breaks down on / is hurt by / does
        # badly with, or remedies listed after the problem; each verbose-wrong answer makes one false
        # claim once amid correct text; written from the prompts before any change, measured at start
        # and end only
        "heldout_charge50_content.yaml",
        # round 49, charge49: held-out strong, warning and verbose-wrong answers for 8 shipped
        # questions drawn with random.Random(4953) (minus the dev_blind questions); the correct ones
        # tell limitations as what a method struggles with, requirements with a modal and remedies
        # after the problem; written from the prompts before any change, measured at start and end only
        "heldout_charge49_content.yaml",
        # round 49, wrong49: held-out strong, partial, weak, everyday-words paraphrase and two
        # verbose-wrong answers of different styles (swapped definitions, reversed effects, terms
        # tied to the wrong partner, wrong numbers; an invented mechanism, analogy or made-up worked
        # example) for 8 shipped questions drawn with random.Random(4949) (minus the dev_blind
        # questions, this round's lead's prompts and the held-outs of rounds 46-48), written from the
        # prompts before any change and measured at its start and end only
        "heldout_wrong49_content.yaml",
        # round 49, star49: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(4950), three tellers each (chatty with fillers, terse notes, formal and
        # passive, told out of order, a lesson as the result, reflections mid-story, long sentences
        # joining two parts, a teller who mostly says "we", numbers in the background), written
        # before any change and measured at its start and end only
        "heldout_star49_star.yaml",
        # round 49, fair49: held-out strong, partial, everyday-words paraphrase, worked-example or
        # analogy paraphrase and two correct answers that correct a misconception without a warning
        # frame ("people often ...; in fact ...", "it's not X, it's Y", "X doesn't mean Y") for 8
        # shipped questions drawn with random.Random(4952) from the sorted technical and case ids
        # minus the dev_blind ones, written from the prompts before any change and measured at its
        # start and end only
        "heldout_fair49_content.yaml",
        # round 49, rel49: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(4951), two relevant stories each by different tellers (one answering the
        # prompt without its words), and on 4 of them a story told for another of the 8
        # (off_question), written from the prompts before any change and measured at its start and
        # end only (relevance)
        "heldout_rel49_star.yaml",
        # round 48, star48: held-out STAR stories for 8 shipped behavioral questions drawn with
        # random.Random(4849), three tellers each (chatty with fillers, terse notes, formal and
        # passive, result told first, a lesson as the result, reflections mid-story, long sentences
        # joining two parts), written before any change and measured at its start and end only
        "heldout_star48_star.yaml",
        # round 48, wrong48: held-out strong, partial, weak, everyday-words paraphrase and two
        # verbose-wrong answers of different styles (swapped definitions and reversed effects; an
        # invented mechanism, analogy or made-up worked example) for 8 shipped questions drawn with
        # random.Random(4848) (minus the dev_blind questions), written from the prompts before any
        # change and measured at its start and end only
        "heldout_wrong48_content.yaml",
        # round 47: the lead's blind sets of rounds 44 to 46 (set A and STAR for shipped
        # questions, and each round's outside pack, packs/blind4Ndev), measured once at their
        # round's end and released as development sets: tuned on from round 47, but what they
        # still miss is a figure (benchmarks/scoring_quality.py --set), not an invariant
        *(
            f"dev_blind{n}{part}.yaml"
            for n in (44, 45, 46)
            for part in ("_content", "_star", "pack_content", "pack_star")
        ),
        # round 47, star47: held-out STAR stories for 12 shipped questions drawn with
        # random.Random(4747) and for its own pack (packs/star47held), in the blind sets' tellers'
        # styles (remarks, results told first, agreements as outcomes), with no-result and we-only
        # variants, written before any change and measured at its start and end only (never tuned on)
        "heldout_star47_star.yaml",
        "heldout_star47_pack_star.yaml",
        # round 47, para47: held-out strong, partial, weak, everyday-words and analogy or worked-example
        # paraphrases and verbose-wrong answers for 8 shipped questions drawn with random.Random(4748)
        # (minus the dev_blind questions) and for its own pack (packs/para47held), written before any
        # change and measured at its start and end only
        "heldout_para47_content.yaml",
        "heldout_para47pack_content.yaml",
        # round 47, quote47: held-out strong, partial, verbose-wrong and warning answers for 6 shipped
        # questions drawn with random.Random(4747), written from the prompts before any change; their
        # scorecards (evidence, quoted claims, warnings) are read at the start and end only
        "heldout_quote47_content.yaml",
        # round 48, quote48: held-out strong, partial, everyday-words paraphrase, verbose-wrong,
        # mixed (right with one wrong claim in the person's phrasing) and warning answers for 6
        # shipped questions drawn with random.Random(4848) from the technical and case ids minus
        # the dev_blind, quote47 and para47 ones, written from the prompts before any change; their
        # scorecards (quoted claims, points credited and charged, evidence) are read at start and end
        "heldout_quote48_content.yaml",
        # round 47, rel47: held-out STAR stories (8 shipped questions drawn with
        # random.Random(4747) and the outside pack packs/rel47held, two of its three questions
        # without intent) with -we and -noresult variants and off-question neighbours, written
        # before any change and measured at its start and end only (relevance, missing parts)
        "heldout_rel47_star.yaml",
        # round 48, rel48: held-out STAR stories (6 shipped questions drawn with
        # random.Random(4848) and the outside pack packs/rel48held, three of its four questions
        # without intent) with -we and -noresult variants and off-question neighbours, written
        # before any change and measured at its start and end only (relevance, missing parts)
        "heldout_rel48_star.yaml",
        # round 46, star46: held-out STAR stories for 12 shipped questions drawn with
        # random.Random(4646) and for its own pack (packs/star46held), in several tellers' styles,
        # with no-result, no-action and we-only variants, written before any change and measured
        # at its start and end only (labels, missing parts; never tuned on)
        "heldout_star46_star.yaml",
        "heldout_star46_pack_star.yaml",
        # round 46, over46: correct answers told with comparatives, effects from the other end,
        # double denials, "without"/"unless"/"only if", passive voice, reported views, questions and
        # conditionals, with strong, partial, weak and verbose-wrong answers, for 14 shipped questions
        # and its own pack (packs/over46held), written from the prompts before any change. The dev
        # half is tuned on; the held-out half is measured at its start and end only
        "dev_over46_content.yaml",
        "heldout_over46_content.yaml",
        "heldout_over46pack_content.yaml",
        # round 46, para46: held-out strong, partial, weak, everyday-words paraphrase, verbose-wrong,
        # salad and echo answers for 8 shipped questions drawn with random.Random(4646) and for its
        # own pack (packs/para46held), written before any change and measured at its start and end only
        "heldout_para46_content.yaml",
        "heldout_para46pack_content.yaml",
        # round 45, star45: held-out STAR stories for 12 shipped questions drawn with
        # random.Random(4545) and for its own pack (packs/star45held), normally spaced, with
        # no-result and no-action variants, written before any change and measured at its start
        # and end only (labels, missing parts; never tuned on)
        "heldout_star45_star.yaml",
        "heldout_star45_pack_star.yaml",
        # round 45, self45: held-out correct rewordings of its own pack's model answers (plain words,
        # denials and contrasts, the other method's property said of it), partial, weak and
        # verbose-wrong answers (packs/self45held), written before any change and measured at its
        # start and end only
        "heldout_self45pack_content.yaml",
        # round 45, para45: held-out strong, partial, weak, plain-words paraphrase, verbose-wrong,
        # salad, echo and warning answers for 8 shipped questions drawn with random.Random(4545) and
        # for its own pack (packs/para45held), written before any change and measured at its start
        # and end only
        "heldout_para45_content.yaml",
        "heldout_para45pack_content.yaml",
        # round 44, para44: held-out strong, partial, weak, plain-words and described-mechanism
        # paraphrases, warning and verbose-wrong answers for 8 shipped questions drawn with
        # random.Random(4444) and for its own pack (packs/para44held), written before any change
        # and measured at its start and end only
        "heldout_para44_content.yaml",
        "heldout_para44pack_content.yaml",
        # round 44, star44: held-out STAR stories for 12 shipped questions drawn with
        # random.Random(4444) and for its own pack (packs/star44held), written before any change
        # and measured at its start and end only (labels, missing parts; never tuned on)
        "heldout_star44_star.yaml",
        "heldout_star44_pack_star.yaml",
        # round 44, ux44: held-out correct answers saying "low"/"lower" of a direction word ("low
        # density regions", "low sparsity") and two verbose-wrong ones, for 6 shipped questions,
        # written before any scorer change and measured at its start and end only (counts only)
        "heldout_ux44_content.yaml",
        # round 46, wrong46: held-out answers to 6 shipped questions drawn with random.Random(4646)
        # and to its own pack (packs/wrong46held, two misconceptions each, no contradicted_by):
        # correct answers of several kinds, a warning, and verbose-wrong answers that turn effects
        # round or explain the right terms with a made-up mechanism, start and end only
        "heldout_wrong46_content.yaml",
        "heldout_wrong46pack_content.yaml",
        # round 45, wrong45: held-out answers to 4 shipped questions drawn with random.Random(4545)
        # and to its own pack (packs/wrong45held, two misconceptions each, no contradicted_by):
        # correct answers of several kinds, warnings quoting a turned effect or a swapped property,
        # and verbose-wrong answers turning effects or swapping properties, start and end only
        "heldout_wrong45_content.yaml",
        "heldout_wrong45pack_content.yaml",
        # round 44, wrong44: held-out answers to 6 shipped questions drawn with random.Random(4444)
        # and to its own pack (packs/wrong44held, two misconceptions each, no contradicted_by):
        # correct answers of several kinds, warnings quoting each misconception in other words and
        # verbose-wrong answers restating wrong claims, measured at start and end only
        "heldout_wrong44_content.yaml",
        "heldout_wrong44pack_content.yaml",
        # round 43, para43: held-out strong, partial, paraphrase, warning and verbose-wrong answers
        # for 8 shipped questions drawn with random.Random(4343) and for its own pack
        # (packs/para43held), written before any change and measured at its start and end only
        # (3 of 39 and 1 of 15 correct answers charged, its reported figures)
        "heldout_para43_content.yaml",
        "heldout_para43pack_content.yaml",
        # round 43, wrong43: held-out answers to 4 shipped questions drawn at random and to its own
        # pack (packs/wrong43held, no contradicted_by): correct answers of several kinds and
        # verbose-wrong answers naming the right terms with a made-up mechanism, a wrong order, a
        # turned effect or the other method's property, measured at start and end only
        "heldout_wrong43_content.yaml",
        "heldout_wrong43pack_content.yaml",
        # round 42, claims42: held-out correct, warning and verbose-wrong answers for 8 shipped
        # questions drawn with random.Random(4242) and for its own pack (packs/claims42held),
        # written before any change and measured at its start and end only (counts only)
        "heldout_claims42_content.yaml",
        "heldout_claims42pack_content.yaml",
        # round 42, wrong42: held-out answers to 6 shipped questions drawn at random and to its
        # own pack (packs/wrong42held, no contradicted_by): correct answers of several kinds and
        # verbose-wrong answers stating wrong definitions plainly, measured at start and end only
        "heldout_wrong42_content.yaml",
        "heldout_wrong42pack_content.yaml",
        # round 41, claims41: held-out correct, warning and verbose-wrong answers for 8 shipped
        # questions drawn at random and for its own pack (packs/claims41held), written before
        # any change and measured at its start and end only (counts, never read per answer)
        "heldout_claims41_content.yaml",
        "heldout_claims41pack_content.yaml",
        # round 41, wrong41: answers to its own held-out pack (packs/wrong41held, outside-author
        # rubrics without contradicted_by: strong, partial, weak, paraphrase, 2 warnings and 2
        # verbose-wrong in a candidate's words each), measured at its start and end only
        "heldout_wrong41_content.yaml",
        # round 41, para41: answers to its own held-out pack (packs/para41held: strong, partial,
        # weak, a verbose-wrong answer in plain words, a plain step-by-step and an analogy
        # paraphrase each), measured at its start and end only
        "heldout_para41_content.yaml",
        # round 40, para40: answers to its own held-out pack (packs/para40held: strong, partial,
        # weak, a verbose-wrong answer in the rubric's words, a plain step-by-step and an analogy
        # paraphrase each), measured at its start and end only
        "heldout_para40_content.yaml",
        # round 40, mcA: held-out answers to 8 questions of technical_foundations.yaml drawn at
        # random (wrong definitions, made-up mechanisms, wrong directions), written before its
        # rubric edits and measured at its start and end only
        "heldout_mcA40_content.yaml",
        # round 40, mcB: held-out answers for 8 shipped questions of technical_applied.yaml and
        # cases.yaml drawn at random (strong, partial, weak, warnings and three kinds of
        # verbose-wrong), measured at its start and end only
        "heldout_mcB40_content.yaml",
        # round 39, rel39: held-out STAR stories (16 shipped questions drawn at random and the
        # outside pack packs/rel39held, two questions without an intent), each relevant story in
        # plain words with a neighbouring off_question, measured at its start and end only
        # (--pack tests/core/scoring/packs/rel39held, and with --no-intent)
        "heldout_rel39_star.yaml",
        # round 46, rel46: held-out STAR stories (10 shipped questions drawn with
        # random.Random(4646) and the outside pack packs/rel46held, four questions without an
        # intent in four prompt shapes), plain-word stories, each off_question a neighbour
        # (shipped or of the pack), measured at its start and end only (--pack
        # tests/core/scoring/packs/rel46held, and --no-intent)
        "heldout_rel46_star.yaml",
        # round 45, rel45: held-out STAR stories (14 shipped questions drawn with
        # random.Random(4545) and the outside pack packs/rel45held, two questions without an
        # intent), plain-word stories with people of other functions acting in passing, each
        # off_question a neighbour (shipped or of the pack), measured at its start and end only
        # (--pack tests/core/scoring/packs/rel45held, and --no-intent)
        "heldout_rel45_star.yaml",
        # round 44, rel44: held-out STAR stories (14 shipped questions drawn with
        # random.Random(4444) and the outside pack packs/rel44held, two questions without an
        # intent), each off_question a neighbour whose event the story's opening or a passing line
        # names in broad words about something else, measured at its start and end only
        # (--pack tests/core/scoring/packs/rel44held, and --no-intent)
        "heldout_rel44_star.yaml",
        # round 43, rel43: held-out STAR stories (14 shipped questions drawn at random and the
        # outside pack packs/rel43held, two questions without an intent), each off_question a
        # neighbour whose event the story names only in passing about something else, measured
        # at its start and end only (--pack tests/core/scoring/packs/rel43held, and --no-intent)
        "heldout_rel43_star.yaml",
        # round 42, rel42: held-out STAR stories (14 shipped questions drawn at random and the
        # outside pack packs/rel42held, two questions without an intent), each off_question a
        # neighbour with the same kind of other party and a different central event, measured at
        # its start and end only (--pack tests/core/scoring/packs/rel42held, and with --no-intent)
        "heldout_rel42_star.yaml",
        # round 41, rel41: held-out STAR stories (16 shipped questions drawn at random and the
        # outside pack packs/rel41held, two questions without an intent), each relevant story in
        # plain words with a close neighbour in theme as off_question, measured at its start and
        # end only (--pack tests/core/scoring/packs/rel41held, and with --no-intent)
        "heldout_rel41_star.yaml",
        # round 39, para39: answers to its own held-out pack (packs/para39held: a plain
        # step-by-step and an analogy paraphrase each), measured at its start and end only
        "heldout_para39_content.yaml",
        # round 40, claims40: held-out correct answers (14 shipped questions drawn at random, and
        # the outside pack packs/claims40held: hedged, neighbours, numeric, passive, spoken with
        # self-corrections, what the concept is not), measured by counts at its start and end only
        "heldout_claims40_content.yaml",
        "heldout_claims40pack_content.yaml",
        # round 39, claims39: held-out correct answers (14 shipped questions drawn at random, and
        # the outside pack packs/claims39held: hedged, neighbours both ways, numeric, passive),
        # measured at its start and end only; its dev set is measured, not an invariant
        "heldout_claims39_content.yaml",
        "heldout_claims39pack_content.yaml",
        "heldout_claims39b_content.yaml",
        "dev_claims39_content.yaml",
        # round 39, swap39: held-out answers to the outside pack packs/swap39held (two paired
        # terms' definitions exchanged, correct comparisons told in reversed order), measured at
        # its start and end only
        "heldout_swap39_content.yaml",
        # round 39, wrong39: held-out answers to the outside pack packs/wrong39held (wrong
        # definitions in the rubric's words, made-up mechanisms, wrong directions), measured at its
        # start and end only
        "heldout_wrong39_content.yaml",
        # round 38, rel38: held-out STAR stories (16 shipped questions drawn at random and the
        # outside pack packs/rel38held, two questions without an intent), each relevant story in
        # plain words with a neighbouring off_question, measured at its start and end only
        # (--pack tests/core/scoring/packs/rel38held, and with --no-intent)
        "heldout_rel38_star.yaml",
        # round 38, para38: answers to its own held-out pack (packs/para38held: a plain and an
        # analogy paraphrase each), measured at the start and the end only (see scoring_quality.py)
        "heldout_para38_content.yaml",
        # round 38, wrong38: held-out answers to the outside pack packs/wrong38held (wrong
        # definitions in the rubric's words, swapped relations), measured at its start and end only
        "heldout_wrong38_content.yaml",
        # round 37, wrong37: held-out answers to the outside pack packs/wrong37held (misconceptions
        # listed, no contradicted_by), measured at its start and end only (see scoring_quality.py)
        "heldout_wrong37_content.yaml",
        # round 37, para37: answers to its own held-out pack (packs/para37held: a plain and an
        # analogy paraphrase each), measured at the start and the end only (see scoring_quality.py)
        "heldout_para37_content.yaml",
        # round 37, rel37: held-out STAR stories (17 shipped questions drawn at random and the
        # outside pack packs/rel37held, two questions without an intent), each relevant story in
        # plain words with a neighbouring off_question, measured at its start and end only
        # (--pack tests/core/scoring/packs/rel37held)
        "heldout_rel37_star.yaml",
        # round 37, claims37: held-out correct answers and warnings (12 shipped questions drawn
        # at random) and swapped answers with their correct counterparts (11 shipped questions
        # whose prompt contrasts two concepts), measured at its start and end only
        "heldout_claims37_content.yaml",
        "heldout_swap37_content.yaml",
        # round 36, rel36: held-out STAR stories (shipped questions and the outside pack
        # packs/rel36held, three questions without an intent), each with a neighbouring
        # off_question, measured at its start and end only (--pack tests/core/scoring/packs/rel36held)
        "heldout_rel36_star.yaml",
        # round 36, wrong36: held-out answers to 9 shipped questions (written from the prompts
        # alone; three verbose-wrong kinds each), measured at its start and end only
        "heldout_wrong36_content.yaml",
        # round 36, para36: answers to its own held-out pack (packs/para36held), measured at the
        # start and the end only (see scoring_quality.py)
        "heldout_para36_content.yaml",
        # round 35, para35: answers to its own held-out pack (packs/para35held), measured at the
        # start and the end only (see scoring_quality.py)
        "heldout_para35_content.yaml",
        # round 35, rel35: held-out STAR stories (shipped questions and the outside pack
        # packs/rel35held, two questions without an intent) with off_question, we-only and
        # no-result pairs, measured at its start and end only (--pack tests/core/scoring/packs/rel35held)
        "heldout_rel35_star.yaml",
        # round 35, wrong35: held-out answers to the outside pack packs/wrong35held (no
        # misconceptions listed) measured at its start and end only (see scoring_quality.py)
        "heldout_wrong35_content.yaml",
        # round 34, falseA34: held-out answers to its own outside pack packs/falseA34held (values
        # said as symbols, denials scoped to one part), measured at its start and end only
        "heldout_falseA34_content.yaml",
        # round 34, para34: answers to its own held-out pack (packs/para34held), measured at the
        # start and the end only (see scoring_quality.py)
        "heldout_para34_content.yaml",
        # round 34, attack34: answers in other languages (Latin letters) and English ones of
        # every shape, written before the language check, measured at its start and end only
        "heldout_attack34_language.yaml",
        # round 35, star35: held-out STAR stories measured at its start and end only (shipped
        # questions, written from the prompts alone: openers, actions worded as nouns, cueless
        # outcomes, background numbers, lessons)
        "heldout_star35_star.yaml",
        # round 34, star34: held-out STAR stories measured at its start and end only (shipped
        # questions, written from the prompts alone); dev_star34_star.yaml is tuned on
        "heldout_star34_star.yaml",
        # round 33, star33: held-out STAR stories measured at its start and end only (shipped
        # questions, written from the prompts alone); dev_star33_star.yaml is tuned on
        "heldout_star33_star.yaml",
        # round 32, star32: held-out measured at its start and end only (shipped questions
        # from the prompts alone; the pack set with --pack tests/core/scoring/packs/star32held)
        "heldout_star32_star.yaml",
        "heldout_star32_pack_star.yaml",
        # round 32, perf32: answers timed at its start and end only (benchmarks/scoring.py --set)
        "heldout_perf32_timing.yaml",
        # round 34, wrong34: held-out answers to the outside pack packs/wrong34held (no
        # misconceptions listed) measured at its start and end only (see scoring_quality.py)
        "heldout_wrong34_content.yaml",
        # round 33, wrong33: held-out answers to the outside pack packs/wrong33held (no
        # misconceptions listed) measured at its start and end only (see scoring_quality.py)
        "heldout_wrong33_content.yaml",
        # round 32, wrong32: held-out (5 shipped questions and the outside pack packs/wrong32)
        # measured at its start and end only (see scoring_quality.py)
        "heldout_wrong32_content.yaml",
        # round 31, cut31: held-out measured at its start and end only (written from the prompts
        # alone); its dev set probes one cause (openings on a neighbour), see scoring_quality.py
        "heldout_cut31_content.yaml",
        "dev_cut31_content.yaml",
        # round 31, para31: answers to its own held-out pack (packs/para31held), measured at the
        # start and the end only (see scoring_quality.py)
        "heldout_para31_content.yaml",
        # round 33, para33: answers to its own held-out pack (packs/para33held), measured at the
        # start and the end only (see scoring_quality.py)
        "heldout_para33_content.yaml",
        # round 34, falseB34: correct answers (quantifiers, conditioned sameness) and wrong versions
        # to its held-out pack (packs/falseB34held) and bank questions, measured at start and end only
        "heldout_falseB34_content.yaml",
        # round 35, false35: correct answers (a word granted to both sides, a comparative on another
        # noun, a denied manner) and wrong versions, own pack packs/false35held and bank questions,
        # measured at the start and end only
        "heldout_false35_content.yaml",
        # round 35, falseB35: correct answers (a prevention verb for "otherwise", a warning that an act
        # harms, a word true of both sides) and wrong versions, own pack packs/falseB35held, measured at
        # the start and end only
        "heldout_falseB35_content.yaml",
        # round 36, false36: correct answers and warnings in varied frames for 15 shipped questions
        # drawn at random, rubrics unread, measured at its start and end only (see scoring_quality.py)
        "heldout_false36_content.yaml",
        # ... and its development set, which keeps one known false charge (a bias-variance strong
        # answer: "More data lowers variance but not bias" read as "lowers" moved to variance)
        "dev_false36_content.yaml",
        # round 34, false34: correct answers to its own held-out outside pack (packs/false34held),
        # written before any scorer change, measured at the start and end only
        "heldout_false34_content.yaml",
        # round 33, false33: correct answers to its own held-out outside pack (packs/false33held),
        # written before any scorer change, measured at the start and end only
        "heldout_false33_content.yaml",
        # round 32, para32: answers to its own held-out pack (packs/para32held), measured at the
        # start and the end only (see scoring_quality.py)
        "heldout_para32_content.yaml",
        # round 31, star31: held-out measured at its start and end only (the pack set with
        # --pack tests/core/scoring/packs/star31)
        "heldout_star31_star.yaml",
        "heldout_star31_pack_star.yaml",
        # round 31, perf31: answers timed at its start and end only (benchmarks/scoring.py --set)
        "heldout_perf31_timing.yaml",
        # round 31, wrong31: held-out (8 shipped questions and the outside pack packs/wrong31)
        # measured at its start and end only (see scoring_quality.py)
        "heldout_wrong31_content.yaml",
        # round 31, charge31: held-out measured at its start and end only (written from the
        # prompts alone), and answers to its own outside pack (packs/charge31)
        "heldout_charge31_content.yaml",
        "heldout_charge31pack_content.yaml",
        # round 32, charge32: held-out measured at its start and end only (written from the
        # prompts alone), and answers to its own outside pack (packs/charge32)
        "heldout_charge32_content.yaml",
        "heldout_charge32pack_content.yaml",
        # round 30, wrong30: held-out measured at its start and end only; its dev set was
        # written from the prompts alone and holds confidently wrong answers only measured
        "heldout_wrong30_content.yaml",
        "dev_wrong30_content.yaml",
        # round 30, newpack30: answers to its own pack (packs/newpack30), measured at the start
        # and the end only (see scoring_quality.py)
        "heldout_newpack30_content.yaml",
        "heldout_round19_own_content.yaml",
        # round 30, cut30: held-out measured at its start and end only; its dev set has
        # answers under 70 (see scoring_quality.py)
        "heldout_cut30_content.yaml",
        "dev_cut30_content.yaml",
        # round 29, cut29: held-out measured at its start and end only; its dev set has
        # correct warnings still charged (see scoring_quality.py)
        "heldout_cut29_content.yaml",
        "dev_cut29_content.yaml",
        # round 29, correct29: measured at its start and end only (see scoring_quality.py)
        "heldout_correct29_content.yaml",
        "heldout_offt26_content.yaml",  # round 26: measured at the start and end only (offt26)
        "heldout_charges21_content.yaml",  # round 21: measured before and after charges21 only
        "heldout_para21_content.yaml",  # round 21: one charge on a correct answer (measured)
        "heldout_para22_content.yaml",  # round 22: two charges on correct answers (measured)
        "heldout_wrong20_content.yaml",
        "heldout_mini20_content.yaml",  # round 20: six charges on correct answers (measured)
        # round 22, claims22: measured at its start and end only (see scoring_quality.py); the
        # round-21 off21 sets' charges on strong answers are gone, so those sets are checked
        "heldout_claims22_content.yaml",
        # round 22, contra22: measured at its start and end only (see scoring_quality.py)
        "heldout_contra22_content.yaml",
        # round 22, off22: three charges on strong answers (measured at start and end only)
        "heldout_off22_content.yaml",
        # round 23, para23: measured at its start and end only (no charge on a correct answer)
        "heldout_para23_content.yaml",
        # round 23, claims23: four charges on correct answers (measured at start and end only)
        "heldout_claims23_content.yaml",
        # round 24, claims24: two charges on correct answers (measured at start and end only)
        "heldout_claims24_content.yaml",
        # round 24, false24: one charge on a correct warning (measured at start and end only)
        "heldout_false24_content.yaml",
        # round 25, para25: one charge on a strong answer (measured at start and end only)
        "heldout_para25_content.yaml",
        # round 25, wronga25: two charges on correct answers (measured at start and end only)
        "heldout_wronga25_content.yaml",
        # round 25, every25: two correct answers charged (measured at start and end only)
        "heldout_every25_content.yaml",
        # round 25, wrongf25: one charge on a correct warning (measured at start and end only)
        "heldout_wrongf25_content.yaml",
        # round 25, clause25: measured at start and end only
        "heldout_clause25_content.yaml",
        # round 26, star26: STAR stories measured at start and end only (never tuned on)
        "heldout_star26_star.yaml",
        # round 26, lean26: measured at start and end only
        "heldout_lean26_content.yaml",
        # round 26, claims26: correct answers only, measured at start and end only
        "heldout_claims26_content.yaml",
        # round 26, every26: measured at start and end only (its six questions not edited)
        "heldout_every26_content.yaml",
        # round 26, rel26: behavioral relevance stories measured at start and end only
        "heldout_rel26_star.yaml",
        # round 27, wrong27: measured at start and end only (its ten questions not edited)
        "heldout_wrong27_content.yaml",
        # round 27, rel27: behavioral relevance and label stories measured at start and end only
        "heldout_rel27_star.yaml",
        # round 27, label27: STAR label stories measured at start and end only
        "heldout_label27_star.yaml",
        # round 27, every27a: measured at start and end only (its six questions were edited)
        "heldout_every27a_content.yaml",
        # round 27, strong27: 10 questions' strong answers measured at start and end only (its
        # 30 development questions, dev_strong27_content.yaml, are checked: none charged)
        "heldout_strong27_content.yaml",
        # round 27, every27b: measured at start and end only (its six questions edited)
        "heldout_every27b_content.yaml",
        # round 27, charge27: measured at its start and end only (adverb openings, comparisons)
        "heldout_charge27_content.yaml",
        # round 28, every28a: measured at start and end only (its six case questions edited)
        "heldout_every28a_content.yaml",
        # round 28, star28: behavioral relevance and label stories measured at start and end only
        "heldout_star28_star.yaml",
        # round 28, name28: off-question stories measured for the name they are told, start and end
        "heldout_name28_star.yaml",
        # round 28, offtopic28: off-topic answers measured at start and end only
        "heldout_offtopic28_content.yaml",
        # round 28, wrong28: measured at its start and end only (reversed claims, issue 9)
        "heldout_wrong28_content.yaml",
        # round 28, every28b: measured at start and end only (its six questions edited)
        "heldout_every28b_content.yaml",
        "heldout_swap28_content.yaml",  # round 28, swap28: measured at its start and end only
        # round 28, correct28: 10 questions' correct answers (comparisons, warnings) measured at
        # start and end only (its 30 development questions, dev_correct28_content.yaml, are
        # checked: none charged)
        "heldout_correct28_content.yaml",
        # round 28, evidence28: measured at its start and end only (four technical questions)
        "heldout_evidence28_content.yaml",
        # round 29, star29: behavioral relevance, missing parts and labels, start and end only
        "heldout_star29_star.yaml",
        # round 29, offtopic29: off-topic answers measured at start and end only; its
        # development set is tuned on but holds one correct answer charged today (the
        # linear-regression partial: "the coefficients stay unbiased" read as the opposite of
        # "bias"), a figure, not an invariant
        "heldout_offtopic29_content.yaml",
        "dev_offtopic29_content.yaml",
        # round 29, every29: measured at start and end only (its six questions edited)
        "heldout_every29_content.yaml",
        # round 29, para29: paraphrases measured at start and end only (its 12 development
        # questions, dev_para29_content.yaml, are checked: none charged)
        "heldout_para29_content.yaml",
        # round 29, wrong29: swapped definitions of the named concepts, measured at start and end
        # only (its development set, dev_wrong29_content.yaml, is checked: none charged)
        "heldout_wrong29_content.yaml",
        # round 30, star30: behavioral relevance, missing parts and labels, and stories for four
        # questions of an outside author's pack without intent (tests/core/scoring/packs/star30),
        # measured at start and end only
        "heldout_star30_star.yaml",
        "heldout_star30_nointent_star.yaml",
        # round 30, para30: paraphrases measured at start and end only; its development set has
        # a correct partial answer charged ("complex models ... are more accurate" as "complex
        # models are always more accurate") and weak answers below verbose-wrong, figures only
        "heldout_para30_content.yaml",
        "dev_para30_content.yaml",
        # round 38, claims38: correct answers (hedged, neighbours, numeric, warnings) measured at
        # start and end only, on shipped questions and the outside pack packs/claims38held; its
        # development set holds the same charged partial as para30's ("complex models like
        # neural networks are more accurate but black boxes"), a figure, not an invariant
        "heldout_claims38_content.yaml",
        "heldout_claims38pack_content.yaml",
        "dev_claims38_content.yaml",
    )
)


@pytest.mark.parametrize(
    ("qid", "sentence"),
    [
        # a consequence stated under "if", not advice to do it
        (
            "tech.weight-initialization",
            "If you initialise all weights to zero, every neuron in a layer computes the same "
            "output and receives the same gradient, so they stay identical forever.",
        ),
        # "without a closed form" describes the losses, it denies nothing
        (
            "tech.normal-equation-vs-gd",
            "Gradient descent also extends to losses without a closed form, such as lasso or a "
            "robust loss, and is what frameworks use anyway.",
        ),
    ],
)
def test_held_out_correct_sentences_are_not_charged(
    bank: QuestionBank, qid: str, sentence: str
) -> None:
    score = score_answer(bank.get(qid), Transcript(sentence))
    assert not score.misconceptions
    assert not [k.id for k in score.key_points if k.contradiction]


GENERIC_SHARE = 0.25  # a word said in this share of all model answers rewards any ML answer


def test_rubric_phrases_say_something_specific(bank: QuestionBank) -> None:
    """Rubric weaknesses of the kinds an expert review found (issue 9), checked bank-wide:

    * a misconception phrase that matches the question's own correct statements (its key-point
      labels and misconception corrections) would charge a correct answer;
    * a misconception of fewer than three words is a topic, not a wrong claim;
    * a misconception made only of small or generic words matches anything (key-point
      phrases: test_rubric_wordings.py);
    * a single word that a quarter of all model answers say, carrying a weight-3 point, earns
      the point in any ML answer."""
    from collections import Counter

    from simulator.core.questions import GENERIC_WORDS
    from simulator.core.scoring.text import STOPWORDS, stem, words

    said_by = Counter[str]()
    for q in bank.questions.values():
        said_by.update({stem(w) for w in words(q.model_answer)})
    problems = []
    for q in _of(bank, Category.TECHNICAL, Category.CASE):
        for text in (*(m.correction for m in q.misconceptions), *(k.label for k in q.key_points)):
            for hit in score_answer(q, Transcript(text)).misconceptions:
                problems.append(f"{q.id}: {hit.phrase!r} matches its own {text!r}")
        for m in q.misconceptions:
            problems += [f"{q.id} {m.id}: {p!r} is a topic" for p in m.phrases if len(words(p)) < 3]
        for p in (p for m in q.misconceptions for p in m.phrases):
            if all(w in STOPWORDS or w in GENERIC_WORDS for w in words(p)):
                problems.append(f"{q.id}: {p!r} is made of small words")
        own = {stem(w) for w in words(q.model_answer)}
        for k in q.key_points:
            if k.weight < 3:
                continue
            for p in k.phrases:
                content = [stem(w) for w in words(p) if w not in STOPWORDS]
                if len(content) == 1:
                    others = said_by[content[0]] - (content[0] in own)
                    if others > GENERIC_SHARE * len(bank.questions):
                        problems.append(f"{q.id} {k.id}: {p!r} is in {others} model answers")
    assert problems == []


def test_no_near_duplicate_prompts(bank: QuestionBank) -> None:
    questions = list(bank.questions.values())
    prompts = [q.prompt.lower() for q in questions]
    matrix = process.cdist(prompts, prompts, scorer=fuzz.token_set_ratio)
    dupes = [
        f"{questions[i].id} ~ {questions[j].id} ({matrix[i][j]:.0f})"
        for i, j in itertools.combinations(range(len(questions)), 2)
        if matrix[i][j] >= NEAR_DUPLICATE
    ]
    assert dupes == []


PROMPT_ECHO_MAX = 25


def test_repeating_the_prompt_earns_little(bank: QuestionBank) -> None:
    """Reading the question back must not earn key points: the rubric phrases have to name
    what a good answer explains, not the words the prompt already says."""
    high = []
    for q in _of(bank, Category.TECHNICAL, Category.CASE):
        score = score_answer(q, Transcript(q.prompt))
        content = score.components.get("content") or 0
        if content > PROMPT_ECHO_MAX:
            earned = [k.id for k in score.key_points if k.credit > 0]
            high.append(f"{q.id}: {content} (earned by the prompt: {', '.join(earned)})")
    assert high == []
