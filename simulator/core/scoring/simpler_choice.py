"""A simpler solution told as a choice between two options (issue 9, round 67, rel67).

"Tell me about a time you chose a much simpler solution than the machine learning system people
expected" asks for a choice with two sides: the learned system someone wanted, planned or asked
for (a model, a network, "an AI"), and the plainer thing the teller built or proposed in its place
(a rule, a lookup table, an average, a baseline, a query). event_demand's simpler-solution kind
read the plainer thing's name anywhere ("baseline", "rules", "regression", "median", "simple"),
and such words are in any ML story: a baseline reproduced to learn a field, a model that "beat the
rules engine", "a simple chart" shown to a sales team. Read so, the kind passed 21 % of the
stories told for other questions, and a story told for another question scored 99 on this one
(round 66's blind set).

Here the choice is read by its roles, whatever the words around them:

* the learned system wanted: a sentence saying someone wanted, expected, planned, asked for or
  pitched something, with the learned system named after that verb ("leadership wanted an AI
  model", "my team was asked to build a deep learning model"), or after a noun that holds a want
  or a plan ("the plan on the table was a deep learning model", "Ask from finance: an AI model"),
  or before a passive of one ("a recommendation model had been budgeted");
* the other side of the choice: a plainer thing named in the story, whoever's clause names it
  ("I started with a baseline of three rules", "She was happy to go with the rules", "the rules
  caught ninety percent of what the model caught"), not as what the learned one beat or replaced
  ("a model that beat the rules engine", "to replace the rules"); or the learned system set aside
  ("the neural network project was postponed").

Both roles must be told: a stakeholder's want alone is any expectation story, and a baseline
built alone is any project's first step. (Reading the plainer thing only in a clause where the
teller makes or proposes it passed 4 % of other questions' stories but 32 of the 37 relevant
stories of relevance_split's held-out half, and flagged 4 of them.)
"""

from __future__ import annotations

import re

from simulator.core.scoring.text import Tokens


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# What the field calls a learned system, the side a simpler solution is chosen against.
LEARNED = _words(
    r"models?",
    r"ml",
    r"machine learning",
    r"deep learning",
    r"neural",
    r"networks?",
    r"lstms?",
    r"transformers?",
    r"llms?",
    r"ai",
    r"classifiers?",
    r"ensembles?",
    r"embeddings?",
    r"gradient[- ]boost(?:ed|ing)",
    r"xgboost",
    r"recommender",
    r"computer vision",
    r"vision system",
    r"nlp",
    r"predictive",
    r"forecasting (?:system|platform|engine|tool)",
)
# What the field calls a method that learns nothing or little: the plainer side, by its kind
# (a rule, a table, a statistic, a query, a first model kept on purpose) and by the adjectives
# that say an option is the less complex one ("simple", "plain", "basic" and their comparatives).
PLAINER = _words(
    r"simple(?:r|st)?",
    r"simplif\w*",
    r"simplicity",
    r"plain(?:er|est)?",
    r"basic",
    r"crude",
    r"rules?",
    r"rule-based",
    r"heuristics?",
    r"thresholds?",
    r"look-?ups?",
    r"(?:lookup |look-up )?tables?",
    r"averages?",
    r"medians?",
    r"spreadsheets?",
    r"sql",
    r"quer(?:y|ies)",
    r"keywords?",
    r"regex(?:es)?",
    r"regular expressions?",
    r"baselines?",
    r"if-?then",
    r"if statements?",
    r"logistic",
    r"linear",
    r"naive",
    r"statistics?",
    r"percentiles?",
    r"z-?scores?",
    r"rolling",
    r"histograms?",
    r"filters?",
    r"(?:sort|rank)(?:s|ed|ing)? (?:\w+ )?by",
    r"scorecards?",
    r"formulas?",
    r"checklists?",
    r"lists?",
    r"counts?",
    r"by hand",
    r"manual",
    r"off[- ]the[- ]shelf",
)
# Verbs of wanting, expecting, planning and asking (any tense a story tells them in), and the
# nouns that hold a plan ("the plan", "on the table").
WANTED = _words(
    r"want(?:s|ed)?",
    r"expect(?:s|ed|ing)?",
    r"hop(?:es|ed)",
    r"plan(?:s|ned|ning)?",
    r"on the table",
    r"ask(?:s|ed)? (?:\w+ ){0,3}(?:for|to)",
    r"request(?:s|ed)?",
    r"pitch(?:es|ed)",
    r"propos(?:es|ed)",
    r"budget(?:s|ed)",
    r"insist(?:s|ed)",
    r"assum(?:es|ed)",
    r"(?:talk|speak)(?:s|ed|ing)? about",
    r"excited",
    r"prototyped",
    r"(?:was|were) going to",
    # the nouns that name a want or a plan ("the request was a model", "the ask: an ML system")
    r"(?:the|their|his|her|our|a|an) (?:original |first |initial )?(?:ask|request|idea|brief|"
    r"proposal|roadmap|expectation|pitch|spec|requirement)",
    r"(?:ask|request|brief) (?:from|was|is)",
)
# A learned system wanted, told in the passive: "a model was requested", "an ML system had been
# planned".
WANTED_PASSIVE = re.compile(
    LEARNED.pattern
    + r"(?: \w+){0,4}? (?:was|were|had been|has been|is|are) (?:\w+ )?(?:requested|expected|"
    r"planned|proposed|budgeted|pitched|wanted|assumed|scoped|demanded|on the roadmap)\b"
)
# Verbs and phrases that set a plan aside (any tense): the learned system not built after all.
SET_ASIDE = _words(
    r"dropp(?:ed|ing)",
    r"shelved",
    r"postponed",
    r"deferred",
    r"parked",
    r"put (?:on hold|aside)",
    r"on hold",
    r"cancell?ed",
    r"scrapped",
    r"abandoned",
    r"retired",
    r"never (?:built|signed|needed|happened|shipped|started)",
    r"(?:was|were|is|are) not (?:needed|built)",
    r"no longer (?:needed|asked)",
    r"(?:nobody|no one) (?:ever )?asked for (?:it|one|the \w+) again",
)


def _sentences(tokens: Tokens) -> list[str]:
    return [" ".join(tokens.words[s.first_word : s.last_word]) for s in tokens.sentences]


def learned_wanted(tokens: Tokens) -> bool:
    """Does a sentence say that someone wanted, planned or asked for a learned system (named
    after the verb of wanting: "wanted an AI model", not "the model wanted more data")?"""
    for said in _sentences(tokens):
        if WANTED_PASSIVE.search(said):
            return True
        for want in WANTED.finditer(said):
            if LEARNED.search(said, want.end()):
                return True
    return False


def learned_set_aside(tokens: Tokens) -> bool:
    """Is a learned system set aside in a sentence: named, then dropped, shelved, postponed,
    never built ("the deep model idea was put on hold", "the big neural network project was
    postponed")?"""
    for said in _sentences(tokens):
        learned = LEARNED.search(said)
        if learned and SET_ASIDE.search(said, learned.end()):
            return True
    return False


# Words before a plainer thing that make it the side the learned system beat or replaced.
_LOST_TO = re.compile(
    r"\b(?:beat|beats|beating|outperform(?:s|ed|ing)?|replac(?:e|es|ed|ing)|better than|than|"
    r"over|instead of)(?: \w+){0,3} $"
)


def plainer_named(tokens: Tokens) -> bool:
    """Is a plainer thing named other than as what something beat or replaced ("we kept the
    rules", not "the model beat the rules engine")?"""
    for said in _sentences(tokens):
        for plain in PLAINER.finditer(said):
            if not _LOST_TO.search(said[: plain.start()]):
                return True
    return False


def simpler_chosen(tokens: Tokens) -> bool:
    """Does the story tell a simpler solution chosen (the module's docstring): a learned system
    wanted, and a plainer thing named against it, or the learned system set aside?"""
    return learned_wanted(tokens) and (plainer_named(tokens) or learned_set_aside(tokens))
