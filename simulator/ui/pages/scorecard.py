"""Scorecard: the session's overall score, one row per answer, and every score explained."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simulator.core.questions import QuestionBank
from simulator.core.storage import AnswerRecord, SessionRecord
from simulator.ui.style import score_color
from simulator.ui.widgets.common import button, card, label, name

COLUMNS = ("Question", "Category", "Content", "Structure", "Delivery", "Overall")


class ScorecardPage(QWidget):
    home_requested = Signal()
    export_requested = Signal(int)

    def __init__(self, bank: QuestionBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bank = bank
        self._session: SessionRecord | None = None
        self._answers: list[AnswerRecord] = []
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 20, 32, 20)
        root.setSpacing(12)

        header = QHBoxLayout()
        self.overall = label("–", "bigScore", wrap=False)
        name(self.overall, "overallScore", "Overall score")
        titles = QVBoxLayout()
        titles.addWidget(label("Scorecard", "pageTitle"))
        self.subtitle = label("", "pageSubtitle")
        name(self.subtitle, "scorecardSummary", "Session summary")
        titles.addWidget(self.subtitle)
        header.addWidget(self.overall)
        header.addSpacing(16)
        header.addLayout(titles, 1)
        root.addLayout(header)

        self.tips = label("", "")
        name(self.tips, "tipsLabel", "Tips for next time")
        root.addWidget(card(label("What to work on next", "sectionTitle"), self.tips))

        self.table = QTableWidget(0, len(COLUMNS))
        name(self.table, "scoreTable", "Scores per answer", "Select a row to see how it was scored")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_detail)

        self.detail = QTextBrowser()
        name(self.detail, "answerDetail", "How this answer was scored")
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([220, 320])
        root.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.home_button = button("&Home", "homeButton", "Ctrl+H", self.home_requested.emit, "Back to the plan and past sessions")
        self.export_button = button("E&xport…", "exportButton", "Ctrl+S", self._export, "Save this scorecard as HTML, Markdown, JSON or PDF")
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        root.addLayout(buttons)

    def show_session(self, session: SessionRecord) -> None:
        self._session = session
        self._answers = [a for a in session.answers if a.follow_up is None]
        summary = session.score or {}
        overall = summary.get("overall")
        self.overall.setText(f"{overall}" if overall is not None else "–")
        self.overall.setStyleSheet(f"color: {score_color(overall)}")
        answered = sum(1 for a in self._answers if a.mode != "skipped")
        per_cat = summary.get("per_category") or {}
        cats = ", ".join(f"{c} {v}" for c, v in per_cat.items())
        self.subtitle.setText(
            f"{answered} of {len(session.plan.get('question_ids', self._answers))} questions answered"
            + (f"  ·  by category: {cats}" if cats else "")
            + "  ·  overall is the mean of the answers' scores (skipped answers count as 0)"
        )
        tips = summary.get("tips") or ["Answer a few questions to get tips."]
        self.tips.setText("\n".join(f"• {t}" for t in tips))
        self.table.setRowCount(len(self._answers))
        for row, answer in enumerate(self._answers):
            score = answer.score or {}
            comps = score.get("components") or {}
            question = self._bank.questions.get(answer.question_id)
            title = question.prompt if question else answer.question_id
            cells = [
                title,
                score.get("category") or (question.category.value if question else ""),
                _num(comps.get("content")),
                _num(comps.get("structure")),
                _num(comps.get("delivery")),
                "skipped" if answer.mode == "skipped" else _num(score.get("overall")),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setToolTip(title)
                if col == len(COLUMNS) - 1 and answer.mode != "skipped":
                    item.setForeground(QColor(score_color(score.get("overall"))))
                self.table.setItem(row, col, item)
        if self._answers:
            self.table.selectRow(0)
        else:
            self.detail.setHtml("<p>No answers were given in this session.</p>")
        self.table.setFocus()

    def _export(self) -> None:
        if self._session is not None:
            self.export_requested.emit(self._session.id)

    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._session is None:
            return
        answer = self._answers[rows[0].row()]
        follow_ups = [
            a for a in self._session.answers if a.follow_up and a.position == answer.position
        ]
        self.detail.setHtml(detail_html(answer, self._bank, follow_ups))


def _num(value: Any) -> str:
    return "–" if value is None else str(value)


def detail_html(answer: AnswerRecord, bank: QuestionBank, follow_ups: list[AnswerRecord]) -> str:
    """How one answer was scored, with every user-supplied text escaped."""
    e = html.escape
    score = answer.score or {}
    q = bank.questions.get(answer.question_id)
    out = [f"<h3>{e(q.prompt if q else answer.question_id)}</h3>"]
    if answer.mode == "skipped":
        out.append("<p><i>Skipped.</i></p>")
    weights = score.get("weights") or {}
    comps = score.get("components") or {}
    if comps:
        shown = [
            f"{e(k)} {v} (weight {weights.get(k, 0):.0%})" for k, v in comps.items() if v is not None
        ]
        out.append(f"<p><b>Overall {score.get('overall')}/100</b> = {', '.join(shown)}</p>")
    points = score.get("key_points") or []
    if points:
        out.append("<p><b>Key points</b></p><ul>")
        for kp in points:
            mark = "✔" if kp.get("covered") else "✘"
            evidence = kp.get("evidence") or ""
            if isinstance(evidence, list):
                evidence = "; ".join(str(x) for x in evidence)
            ev = f" — <i>“{e(str(evidence))}”</i>" if evidence and kp.get("covered") else ""
            out.append(f"<li>{mark} {e(str(kp.get('label', '')))}{ev}</li>")
        out.append("</ul>")
    for m in score.get("misconceptions") or []:
        out.append(
            f"<p><b>Misconception:</b> {e(str(m.get('phrase') or m.get('id') or ''))} — "
            f"{e(str(m.get('correction', '')))}</p>"
        )
    star = score.get("star")
    if star and star.get("parts"):
        shares = ", ".join(
            f"{e(p)} {round(100 * (v.get('share') or 0))}%" + ("" if v.get("present") else " (missing)")
            for p, v in star["parts"].items()
        )
        out.append(f"<p><b>STAR:</b> {shares} (targets S 15–20%, T 10–15%, A 50–60%, R 15–20%)</p>")
    delivery = score.get("delivery")
    if delivery:
        out.append(
            f"<p><b>Delivery:</b> {delivery.get('duration_s')} s, {delivery.get('wpm')} words per "
            f"minute, {delivery.get('fillers_per_100_words')} fillers per 100 words</p>"
        )
    feedback = score.get("feedback") or []
    if feedback:
        out.append("<p><b>Feedback</b></p><ul>" + "".join(f"<li>{e(str(f))}</li>" for f in feedback) + "</ul>")
    if answer.text:
        out.append(f"<p><b>Your answer</b></p><p>{e(answer.text)}</p>")
    for f in follow_ups:
        out.append(f"<p><b>Follow-up:</b> {e(f.follow_up or '')}</p><p>{e(f.text) or '<i>no answer</i>'}</p>")
    if q is not None:
        out.append(f"<p><b>Model answer</b></p><p>{e(q.model_answer)}</p>")
    return "".join(out)
