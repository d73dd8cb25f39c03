"""Renderers of the scorecard view model: HTML (self-contained page), the HTML subset Qt lays
out (PDF, the page's detail panel), Markdown and JSON. Jinja2 with autoescape for HTML: every
piece of user text stays text. Markdown escapes user text itself (``markdown_escape``)."""

from __future__ import annotations

import dataclasses
import json
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator import __version__
from simulator.core.asked import as_asked
from simulator.core.long_names import LONG_RUN
from simulator.core.questions import QuestionBank
from simulator.core.reordering import shown_marks, shown_topic
from simulator.core.scorecard import AnswerView, Scorecard
from simulator.core.scorecard.tips import for_a_file
from simulator.core.storage import SessionRecord
from simulator.core.tables import BAD, GOOD, WARN, text_color, tone

if TYPE_CHECKING:
    from jinja2 import Environment

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"


_LONG_RUN = re.compile(r"\S{" + str(LONG_RUN + 1) + ",}")


def breakable(text: str) -> str:
    """``text`` with an invisible break opportunity (U+200B) every ``LONG_RUN`` characters of a
    run without spaces. Qt lays out an unbreakable run in time that grows with its square: a
    300,000-character 'word' (a pasted blob, a key held down) froze the window for 18 s on the
    scorecard, review and attempts pages. URLs and ordinary words are far shorter and unchanged."""
    if len(text) <= LONG_RUN:
        return text
    return _LONG_RUN.sub(
        lambda m: "\u200b".join(
            m.group()[i : i + LONG_RUN] for i in range(0, len(m.group()), LONG_RUN)
        ),
        text,
    )


def _breakable_value(value: Any) -> Any:
    """Every value a template prints, with reordering characters shown as tags, then made
    breakable (markup built by the templates is not touched; the breaks are ours)."""
    return breakable(shown_marks(value)) if type(value) is str else value


def _shown_value(value: Any) -> Any:
    return shown_marks(value) if type(value) is str else value


class _Shown(str):
    """Text whose marks are shown already, line by line (``markdown_quote``): the finalize
    passes it as it is (``type(value) is str`` is false for it)."""


def _environment(autoescape: bool) -> Environment:
    # Jinja is imported with the first page rendered (the scorecard's, a review's, an export:
    # each made off the GUI thread), not with the window, which imports this module for its
    # helpers: ~6 MB the whole interview, its peak included, held for nothing (round 52).
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=autoescape,
        finalize=_breakable_value if autoescape else _shown_value,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    env.filters["mdquote"] = markdown_quote
    env.filters["topic"] = shown_topic  # as the window names it
    env.filters["signed"] = lambda v: "" if v is None else f"{v:+d}"
    env.filters["pct"] = lambda v: f"{100 * float(v or 0):.0f}%"
    env.globals["colors"] = {"good": GOOD, "warn": WARN, "bad": BAD}  # core.tables, once
    env.filters["ink"] = text_color  # a score colour as text, light (default) or dark
    env.filters["tone"] = tone  # a score colour's CSS class (the HTML export)
    return env


_ENVS: dict[bool, Environment] = {}


def _env(autoescape: bool) -> Environment:
    if autoescape not in _ENVS:
        _ENVS[autoescape] = _environment(autoescape)
    return _ENVS[autoescape]


def _for_file(card: Scorecard) -> Scorecard:
    """``card`` as a file gives it: its tips, feedback and notes without the window's keys or
    pages (``for_a_file``)."""
    answers = [
        dataclasses.replace(
            a,
            feedback=[for_a_file(f) for f in a.feedback],
            parts=[dataclasses.replace(p, listen_where="the app's Review page") for p in a.parts],
        )
        for a in card.answers
    ]
    return dataclasses.replace(card, tips=[for_a_file(t) for t in card.tips], answers=answers)


def render_html(card: Scorecard) -> str:
    """One self-contained page for a browser: inline CSS, light and dark, printable."""
    page = _env(True).get_template("scorecard.html.j2").render(m=_for_file(card))
    return without_controls(page)


def render_print_html(card: Scorecard) -> str:
    """The HTML subset Qt's QTextDocument lays out (tables, no flexbox), for the PDF: each
    answer's text cut after ``PRINT_TEXT_CHARS``, saying so (``_cut_for_print``)."""
    card = _for_file(card)
    shown = dataclasses.replace(card, answers=[_cut_for_print(a) for a in card.answers])
    return without_controls(_env(True).get_template("scorecard_print.html.j2").render(m=shown))


def prepare_answer_html() -> None:
    """Compile the answer-detail template now (Jinja compiles a template on its first use,
    tens of milliseconds): call it off the GUI thread before the Scorecard page is filled."""
    env = _env(True)
    env.get_template("_answer.html.j2")  # imported by the one below when it renders
    env.get_template("answer_detail.html.j2")


def render_answer_html(
    answer: AnswerView,
    muted: str = "#777777",
    track: str = "#dddddd",
    with_star: bool = False,
    dark: bool = False,
) -> str:
    """One answer's detail in Qt's rich-text subset. ``with_star``: the STAR shares against
    their targets as bars (the Scorecard page draws them with a widget of its own; the Review
    page has none). ``dark``: score colours as text for a dark background."""
    template = _env(True).get_template("answer_detail.html.j2")
    shown = _cut_for_window(answer)
    return template.render(a=shown, muted=muted, track=track, with_star=with_star, dark=dark)


# The window lays an answer out on the GUI thread: 2,000,000 characters (an archive may hold an
# answer that long, from versions before the typed-answer limit) held it 4.7 s, 200,000 for
# 0.8 s (load 11); a story's 60,000 STAR sentences 8 s. More than about an hour of speech is cut
# there; exports keep every word. At 60,000 (the answer, then its STAR sentences: the same
# words again) a 200,000-character paste still froze the Scorecard 0.15-0.4 s (attack run 38):
# the window shows 20,000 of each, and the Review page's Whole answer… every word.
WINDOW_TEXT_CHARS = 10_000
# The PDF too: Qt paints each page by walking every line of a paragraph that runs over it, so
# one answer's paragraph costs pages x lines, its length squared: 2,000,000 characters took
# 107 s (about 330 pages), 800,000 took 6 s against 1.1 s for the same text in short
# paragraphs. HTML, Markdown and JSON keep every word.
PRINT_TEXT_CHARS = 60_000


def _cut(text: str, limit: int, where: str, whole: str) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]} …\n\n({len(text) - limit:,} more characters are not {where}: {whole})"


def _cut_answer(answer: AnswerView, limit: int, where: str, whole: str) -> AnswerView:
    """``answer`` with each part's text, and its STAR sentences (the same words again, each
    with its reason), cut after ``limit`` characters, saying how much more there is and
    ``whole``: where to read it."""
    parts = [dataclasses.replace(p, text=_cut(p.text, limit, where, whole)) for p in answer.parts]
    star = answer.star
    if star is not None and sum(len(x.text) + len(x.why) for x in star.sentences) > limit:
        kept, size = [], 0
        for sentence in star.sentences:
            size += len(sentence.text) + len(sentence.why)
            if size > limit:
                break
            kept.append(sentence)
        left = len(star.sentences) - len(kept)
        more = f"{left:,} more sentence is" if left == 1 else f"{left:,} more sentences are"
        note = dataclasses.replace(star.sentences[len(kept)], label="…", text="")
        kept.append(dataclasses.replace(note, why=f"{more} not {where}: {whole}"))
        star = dataclasses.replace(star, sentences=kept)
    return dataclasses.replace(answer, parts=parts, star=star)


def _cut_for_window(answer: AnswerView) -> AnswerView:
    return _cut_answer(
        answer,
        WINDOW_TEXT_CHARS,
        "shown here",
        "Review (its Whole answer…) or an export of the scorecard shows the whole answer",
    )


def _cut_for_print(answer: AnswerView) -> AnswerView:
    whole = "the HTML, Markdown and JSON exports keep the whole answer"
    return _cut_answer(answer, PRINT_TEXT_CHARS, "in this PDF", whole)


def render_markdown(card: Scorecard) -> str:
    page = _env(False).get_template("scorecard.md.j2").render(m=_for_file(card))
    return without_controls(page)


def render_json(card: Scorecard, session: SessionRecord, bank: QuestionBank) -> str:
    """Everything: the scorecard as shown, the session with every answer, transcript and score
    as stored, and the questions asked."""
    ids = list(
        dict.fromkeys([*session.plan.question_ids, *(a.question_id for a in session.answers)])
    )
    bank = as_asked(bank, session.asked)  # (the questions as they were asked: ``core.asked``)
    questions = {
        qid: bank.questions[qid].model_dump(mode="json") for qid in ids if qid in bank.questions
    }
    data: dict[str, Any] = {
        "format": "ml-interview-simulator/session-export",
        "version": 2,
        "app_version": __version__,
        "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "scorecard": {
            **dataclasses.asdict(_for_file(card)),
            "overall_statement": card.overall_statement,
        },
        "session": session.to_dict(),
        "questions": questions,
    }
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    # the same data, each reordering character written as its JSON escape (\u202e)
    return shown_marks(text, lambda m: f"\\u{ord(m.group()):04x}")


# NUL, ESC and the other control characters (tab and newlines kept): an answer or a pack can
# carry them, and they would reach a terminal that `cat`s the file or break an HTML parser.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    return _CONTROLS.sub("", text)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#~$])")
_MD_LINE_START = re.compile(r"^(\s*)([-+>]|\d+[.)])(\s)", re.MULTILINE)
# A line of only '=' or '-': under a line it makes that line a heading, alone '---' a rule
# (an answer's "===" turned the line above into a heading in the export: attack run 41).
_MD_UNDERLINE = re.compile(r"^(\s*)([=-]+\s*)$", re.MULTILINE)


def markdown_escape(value: Any) -> str:
    """User text as literal Markdown: no emphasis, links, headings or raw HTML (``<script>``)."""
    text = str(value if value is not None else "")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", text)
    text = _MD_UNDERLINE.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text)
    return re.sub(r"\s*\n\s*", " ", text).strip()


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def markdown_quote(value: Any) -> str:
    """User text as a Markdown quote that keeps its paragraphs and lines: every line starts with
    '> ', a blank quoted line ('>') between paragraphs, each line escaped as ``markdown_escape``
    does (an answer's paragraphs were joined into one line, attack run 37b)."""
    text = str(value if value is not None else "").replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for paragraph in _PARAGRAPH_BREAK.split(text.strip()):
        lines = [markdown_escape(line) for line in paragraph.split("\n")]
        # each line's marks shown inside its '> ': the template's finalize, given the whole
        # block, set a line holding a bidi character apart before its '> ', and that line was
        # quoted no longer (attack run 62)
        quoted = "\n".join(f"> {shown_marks(line)}" for line in lines if line)
        if quoted:
            paragraphs.append(quoted)
    return _Shown("\n>\n".join(paragraphs) or "> ")
