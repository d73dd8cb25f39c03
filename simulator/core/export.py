"""Export a session's scorecard as HTML, Markdown or JSON (PDF is drawn by Qt in ``ui/export_pdf``).

``export_model`` turns a ``SessionRecord`` and the ``QuestionBank`` into plain data that every
renderer (and the Scorecard page) reads, so all formats say the same thing. HTML is one
self-contained file (inline CSS, no external resources) rendered by Jinja2 with autoescape: every
piece of user text stays text. Files are written atomically (a temporary file renamed into place),
so a full disk never leaves half a file behind. Qt-free.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import os
import re
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from simulator import __version__
from simulator.core.questions import Question, QuestionBank
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.text import tokenize
from simulator.core.storage import AnswerRecord, SessionRecord

FORMATS = ("html", "md", "json", "pdf")
SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".pdf": "pdf",
}
DEFAULT_SUFFIX = {"html": ".html", "md": ".md", "json": ".json", "pdf": ".pdf"}
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
STAR_TARGETS = {
    "situation": (0.15, 0.20),
    "task": (0.10, 0.15),
    "action": (0.50, 0.60),
    "result": (0.15, 0.20),
}
CATEGORIES = ("technical", "behavioral", "case")
GOOD, WARN, BAD = "#2e9d57", "#d88a1b", "#d64545"


class ExportError(Exception):
    """The export cannot be written; the message names the file and the reason in one line."""


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """The format asked for, or the one the file name implies."""
    if fmt:
        if fmt not in FORMATS:
            raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(
            f"cannot tell the format of {path} from its name: use --format {'|'.join(FORMATS)}"
        )
    return SUFFIXES[suffix]


def score_color(score: int | None) -> str:
    if score is None:
        return "#888888"
    return GOOD if score >= 70 else WARN if score >= 40 else BAD


# --- the model every renderer reads ------------------------------------------------------------
def export_model(
    session: SessionRecord, bank: QuestionBank, previous: SessionRecord | None = None
) -> dict[str, Any]:
    summary = session.score or {}
    main = [a for a in session.answers if a.follow_up is None]
    prev_scores = _previous_scores(previous)
    answers = [
        answer_model(a, bank.questions.get(a.question_id), _follow_ups(session, a), prev_scores)
        for a in main
    ]
    prompts = {a["question_id"]: a["prompt"] for a in answers}
    prev_summary = (previous.score or {}) if previous else {}
    prev_cats = prev_summary.get("per_category") or {}
    per_category = [
        {
            "category": c,
            "score": v,
            "color": score_color(v),
            "previous": prev_cats.get(c),
            "change": _change(v, prev_cats.get(c)),
        }
        for c, v in sorted(
            (summary.get("per_category") or {}).items(), key=lambda cv: _category_order(cv[0])
        )
    ]
    total = len(session.plan.get("question_ids") or main)
    overall = summary.get("overall")
    return {
        "session_id": session.id,
        "title": str(session.plan.get("name") or "Mock interview"),
        "started": _when(session.started_at),
        "ended": _when(session.ended_at),
        "duration": _duration(session.started_at, session.ended_at),
        "status": session.status,
        "overall": overall,
        "overall_color": score_color(overall),
        "overall_basis": (summary.get("basis") or {}).get("overall", "mean of the answers' scores"),
        "per_category": per_category,
        "strongest": _pick(summary.get("strongest"), prompts, answers),
        "weakest": _pick(summary.get("weakest"), prompts, answers),
        "tips": [str(t) for t in summary.get("tips") or []],
        "answered": sum(1 for a in main if a.mode != "skipped"),
        "total": total,
        "previous": (
            {
                "session_id": previous.id,
                "started": _when(previous.started_at),
                "overall": prev_summary.get("overall"),
                "change": _change(overall, prev_summary.get("overall")),
            }
            if previous is not None
            else None
        ),
        "answers": answers,
        "generated": _when(time.time()),
        "app_version": __version__,
        "star_targets": "S 15-20 %, T 10-15 %, A 50-60 %, R 15-20 %",
    }


def answer_model(
    answer: AnswerRecord,
    question: Question | None,
    follow_ups: list[AnswerRecord] | None = None,
    previous_scores: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """One answer explained: what earned points, what was missing, what the model answer says."""
    score = answer.score or {}
    comps = score.get("components") or {}
    weights = score.get("weights") or {}
    basis = score.get("basis") or {}
    overall = score.get("overall") if answer.score is not None else None
    if answer.mode == "skipped" and overall is None:
        overall = 0
    previous = (previous_scores or {}).get(answer.question_id)
    return {
        "number": answer.position + 1,
        "question_id": answer.question_id,
        "prompt": question.prompt if question else answer.question_id,
        "category": str(score.get("category") or (question.category.value if question else "")),
        "topic": question.topic if question else "",
        "mode": answer.mode,
        "skipped": answer.mode == "skipped",
        "text": answer.text,
        "overall": overall,
        "overall_color": score_color(overall),
        "overall_basis": basis.get("overall", ""),
        "previous_overall": previous,
        "change": _change(overall, previous),
        "scores": {k: _num(comps.get(k)) for k in ("content", "structure", "delivery")},
        "components": [
            {
                "name": k,
                "value": v,
                "weight": weights.get(k),
                "basis": basis.get(k, ""),
                "color": score_color(v),
            }
            for k, v in comps.items()
            if v is not None
        ],
        "key_points": [_key_point(kp, question) for kp in score.get("key_points") or []],
        "misconceptions": [
            {
                "phrase": str(m.get("phrase") or m.get("id") or ""),
                "evidence": str(m.get("evidence") or ""),
                "correction": str(m.get("correction") or ""),
            }
            for m in score.get("misconceptions") or []
        ],
        "framework": [
            {
                "step": str(f.get("step", "")),
                "covered": bool(f.get("covered")),
                "evidence": f.get("evidence") or "",
            }
            for f in score.get("framework") or []
        ],
        "star": _star(score.get("star")),
        "delivery": _delivery(score.get("delivery")),
        "answer_time_s": score.get("answer_time_s"),
        "feedback": [str(f) for f in score.get("feedback") or []],
        "follow_ups": [
            {
                "prompt": f.follow_up or "",
                "text": f.text,
                "overall": (f.score or {}).get("overall"),
            }
            for f in follow_ups or []
        ],
        "model_answer": question.model_answer if question else "",
        "transcript": answer.transcript,
    }


STATUS_TEXT = {
    "explained": "covered",
    "named": "named, not explained",
    "missing": "missing",
    "contradicted": "contradicted",
}


def _key_point(kp: Mapping[str, Any], question: Question | None) -> dict[str, Any]:
    status = str(kp.get("status") or ("explained" if kp.get("covered") else "missing"))
    evidence = kp.get("evidence") or ""
    if isinstance(evidence, list):
        evidence = "; ".join(str(x) for x in evidence)
    model_sentence = kp.get("model_sentence")
    if not model_sentence and status != "explained" and question is not None:
        model_sentence = model_sentence_for(question, str(kp.get("id", "")))
    return {
        "id": str(kp.get("id", "")),
        "label": str(kp.get("label") or kp.get("id") or ""),
        "weight": kp.get("weight", 1.0),
        "status": status,
        "status_text": STATUS_TEXT.get(status, status),
        "covered": status == "explained",
        "mark": {"explained": "✔", "named": "◐"}.get(status, "✘"),
        "color": {"explained": GOOD, "named": WARN}.get(status, BAD),
        "evidence": str(evidence),
        "model_sentence": model_sentence or "",
    }


def model_sentence_for(question: Question, key_point_id: str) -> str | None:
    """The sentence of the model answer that covers a key point (to show what was missing)."""
    try:
        kp = question.key_point(key_point_id)
    except KeyError:
        return None
    tokens = tokenize(question.model_answer)
    index = AnswerIndex(tokens)
    for text in kp.phrases:
        for phrase in compile_phrase(text):
            spans = index.find(phrase)
            if spans:
                return tokens.sentences[tokens.sentence_of[spans[0][0]]].text
    return None


def _star(star: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not star or not star.get("parts"):
        return None
    parts = []
    for name in ("situation", "task", "action", "result"):
        p = (star.get("parts") or {}).get(name) or {}
        lo, hi = p.get("target") or STAR_TARGETS[name]
        share = float(p.get("share") or 0.0)
        present = bool(p.get("present"))
        off = 0.0 if lo <= share <= hi else min(abs(share - lo), abs(share - hi))
        color = GOOD if present and off == 0 else WARN if present and off <= 0.1 else BAD
        verdict = (
            "missing"
            if not present
            else "on target"
            if off == 0
            else "too long"
            if share > hi
            else "too short"
        )
        parts.append(
            {
                "name": name,
                "letter": name[0].upper(),
                "share": share,
                "percent": round(100 * share),
                "lo": float(lo),
                "hi": float(hi),
                "target": f"{lo:.0%}-{hi:.0%}",
                "present": present,
                "verdict": verdict,
                "color": color,
            }
        )
    return {
        "parts": parts,
        "share_basis": str(star.get("share_basis") or "words"),
        "missing": [str(m) for m in star.get("missing") or []],
        "in_order": bool(star.get("in_order", True)),
        "order": [str(o) for o in star.get("order") or []],
        "quantified_result": bool(star.get("quantified_result")),
        "i_count": int(star.get("i_count") or 0),
        "we_count": int(star.get("we_count") or 0),
        "specificity": float(star.get("specificity") or 0.0),
        "hypothetical": bool(star.get("hypothetical")),
    }


def _delivery(d: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not d:
        return None
    fillers = d.get("fillers") or {}
    hedges = d.get("hedges") or {}
    return {
        "duration_s": round(float(d.get("duration_s") or 0.0)),
        "time_limit_s": d.get("time_limit_s"),
        "words": int(d.get("words") or 0),
        "wpm": round(float(d.get("wpm") or 0.0)),
        "fillers": ", ".join(
            f"{k} ×{v}" for k, v in sorted(fillers.items(), key=lambda kv: -kv[1])
        ),
        "fillers_per_100_words": round(float(d.get("fillers_per_100_words") or 0.0), 1),
        "long_pauses": len(d.get("long_pauses") or []),
        "hedges": _counts(hedges),
        "hedges_per_100_words": round(float(d.get("hedges_per_100_words") or 0.0), 1),
    }


def _counts(counts: Mapping[str, Any]) -> str:
    return ", ".join(f"{k} ×{v}" for k, v in sorted(counts.items(), key=lambda kv: -int(kv[1])))


def _follow_ups(session: SessionRecord, answer: AnswerRecord) -> list[AnswerRecord]:
    return [a for a in session.answers if a.follow_up and a.position == answer.position]


def _previous_scores(previous: SessionRecord | None) -> dict[str, int]:
    if previous is None:
        return {}
    return {
        a.question_id: int(
            a.overall if a.overall is not None else (a.score or {}).get("overall", 0)
        )
        for a in previous.answers
        if a.follow_up is None and (a.overall is not None or "overall" in (a.score or {}))
    }


def _pick(qid: Any, prompts: Mapping[str, str], answers: list[dict[str, Any]]) -> Any:
    if not qid:
        return None
    overall = next((a["overall"] for a in answers if a["question_id"] == qid), None)
    return {"id": str(qid), "prompt": prompts.get(str(qid), str(qid)), "overall": overall}


def _num(value: Any) -> str:
    return "–" if value is None else str(value)


def _change(now: Any, before: Any) -> int | None:
    if now is None or before is None:
        return None
    return int(now) - int(before)


def _category_order(category: str) -> int:
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)


def _when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""


def _duration(start: float | None, end: float | None) -> str:
    if not start or not end or end < start:
        return ""
    minutes = round((end - start) / 60)
    return f"{minutes} min" if minutes else "under a minute"


# --- renderers -------------------------------------------------------------------------------
def _environment(autoescape: bool) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    env.filters["signed"] = lambda v: "" if v is None else f"{v:+d}"
    env.filters["pct"] = lambda v: f"{100 * float(v or 0):.0f}%"
    return env


_HTML_ENV: Environment | None = None
_MD_ENV: Environment | None = None


def _env(kind: str) -> Environment:
    global _HTML_ENV, _MD_ENV
    if kind == "html":
        if _HTML_ENV is None:
            _HTML_ENV = _environment(autoescape=True)
        return _HTML_ENV
    if _MD_ENV is None:
        _MD_ENV = _environment(autoescape=False)
    return _MD_ENV


def render_html(model: Mapping[str, Any]) -> str:
    """One self-contained page for a browser: inline CSS, light and dark, printable."""
    return without_controls(_env("html").get_template("scorecard.html.j2").render(m=model))


def render_print_html(model: Mapping[str, Any]) -> str:
    """The HTML subset Qt's QTextDocument lays out (tables, no flexbox), for the PDF."""
    return without_controls(_env("html").get_template("scorecard_print.html.j2").render(m=model))


def render_answer_html(
    answer: Mapping[str, Any], muted: str = "#777777", track: str = "#dddddd"
) -> str:
    """One answer's detail in Qt's rich-text subset (the Scorecard page's detail panel)."""
    template = _env("html").get_template("answer_detail.html.j2")
    return template.render(a=answer, muted=muted, track=track)


def render_markdown(model: Mapping[str, Any]) -> str:
    return without_controls(_env("md").get_template("scorecard.md.j2").render(m=model))


def render_json(session: SessionRecord, bank: QuestionBank) -> str:
    """Everything: the session with every answer, transcript and score, and the questions asked."""
    ids = list(
        dict.fromkeys(
            [*session.plan.get("question_ids", []), *(a.question_id for a in session.answers)]
        )
    )
    questions = {
        qid: bank.questions[qid].model_dump(mode="json") for qid in ids if qid in bank.questions
    }
    data = {
        "format": "ml-interview-simulator/session-export",
        "version": 1,
        "app_version": __version__,
        "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "session": session.to_dict(),
        "questions": questions,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(
    fmt: str, session: SessionRecord, bank: QuestionBank, previous: SessionRecord | None = None
) -> str:
    """A text format (html, md, json); PDF needs Qt and lives in ``simulator.ui.export_pdf``."""
    if fmt == "json":
        return render_json(session, bank)
    model = export_model(session, bank, previous)
    if fmt == "html":
        return render_html(model)
    if fmt == "md":
        return render_markdown(model)
    raise ExportError(f"{fmt} is not a text format")


# NUL, ESC and the other control characters (tab and newlines kept): an answer or a pack can
# carry them, and they would reach a terminal that `cat`s the file or break an HTML parser.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    return _CONTROLS.sub("", text)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")
_MD_LINE_START = re.compile(r"^(\s*)([-+>]|\d+[.)])(\s)", re.MULTILINE)


def markdown_escape(value: Any) -> str:
    """User text as literal Markdown: no emphasis, links, headings or raw HTML (``<script>``)."""
    text = str(value if value is not None else "")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", text)
    return re.sub(r"\s*\n\s*", " ", text).strip()


# --- writing -----------------------------------------------------------------------------------
def write_export(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write atomically: a temporary file in the same folder, flushed, then renamed into place."""
    target = Path(path).expanduser()
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: folder {folder} does not exist")
    _remove_leftovers(folder, target.name)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)  # a scorecard is personal: only its owner reads it
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target


def _remove_leftovers(folder: Path, name: str) -> None:
    """Hidden ``.NAME.*.part`` files left by an export that was killed mid-write (only ours:
    the pattern is the one ``write_export`` creates)."""
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f".{glob.escape(name)}.*.part"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the disk"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return (exc.strerror or str(exc)).lower()


def previous_session(sessions: list[SessionRecord], session: SessionRecord) -> SessionRecord | None:
    """The finished session just before ``session`` (for "compared with last time")."""
    earlier = [
        s
        for s in sessions
        if s.id != session.id
        and s.status == "finished"
        and (s.started_at, s.id) < (session.started_at, session.id)
    ]
    return max(earlier, key=lambda s: (s.started_at, s.id), default=None)
