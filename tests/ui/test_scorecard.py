"""Scorecard page over a real session: all categories, a skipped answer, escaped text, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QChartView
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from simulator.core.export import FORMATS
from simulator.core.questions import QuestionBank
from simulator.core.scorecard import build_scorecard, earlier_results
from simulator.core.scoring import score_answer, score_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from simulator.ui import export_dialog
from simulator.ui.pages.scorecard import ScorecardPage
from simulator.ui.tasks import TaskRunner
from tests.ui.waits import HANG_MS

EVIL = "It memorizes noise in the training set. <script>alert('x')</script> <b>not bold</b>"
BEHAVIORAL = (
    "Last year two colleagues disagreed about our feature store design. My task was to unblock "
    "the launch. I met each of them one on one and ran a benchmark. As a result we shipped two "
    "weeks early and latency fell by 30 percent."
)


def _session(storage: Storage, bank: QuestionBank, texts: dict[str, str]) -> int:
    sid = storage.create_session(
        {"name": "UI test", "counts": {"technical": 1}, "question_ids": list(texts)}
    )
    items = []
    for position, (qid, text) in enumerate(texts.items()):
        duration = 45.0 if qid == "tech.overfit" else None
        score = score_answer(bank.get(qid), Transcript(text=text, duration_s=duration))
        mode = "spoken" if duration else "typed" if text else "skipped"
        storage.add_answer(sid, qid, position, mode, text, duration_s=duration, score=score)
        items.append((bank.get(qid), score))
    storage.finish_session(sid, score_session(items))
    return sid


@pytest.fixture
def page(qtbot, services) -> ScorecardPage:  # type: ignore[no-untyped-def]
    p = ScorecardPage()
    qtbot.addWidget(p)
    p.resize(1280, 800)  # not shown: an offscreen top-level warns when its size hints change
    return p


def test_all_categories_and_a_skipped_answer(page: ScorecardPage, services) -> None:  # type: ignore[no-untyped-def]
    storage, bank = services.storage, services.bank
    first = _session(storage, bank, {"tech.overfit": "It memorizes noise.", "case.spam": "x"})
    sid = _session(
        storage, bank, {"tech.overfit": EVIL, "beh.conflict": BEHAVIORAL, "case.spam": ""}
    )
    current = storage.session(sid)
    card = build_scorecard(current, bank, earlier_results(storage.sessions(), current))
    assert card.previous is not None and card.previous.session_id == first
    page.show_scorecard(card)

    assert page.overall.text().isdigit()
    assert page.table.rowCount() == 3
    assert page.table.item(2, 5).text() == "skipped"
    assert page.table.item(0, 6).text()[:1] in ("+", "-")  # compared with the first session
    assert not page.comparison.isHidden()
    assert page.comparison.text().startswith("Previous UI test session (")
    assert card.overall_statement in page.subtitle.text()  # the same words as every export

    chart = page.findChild(QChartView, "categoryChart")
    assert chart is page.chart
    (series,) = chart.chart().series()
    assert isinstance(series, QBarSeries)
    assert [s.label() for s in series.barSets()] == [
        "Previous session, same plan",
        "This session",
    ]
    assert chart.chart().axes()[0].categories() == ["Technical", "Behavioral", "Case study"]

    # The first row is selected: its detail shows the transcript as text, never as markup.
    plain = page.detail.toPlainText()
    assert "<script>alert('x')</script>" in plain and "<b>not bold</b>" in plain
    assert "Fits noise in the training set" in plain
    assert "Model answer:" in plain  # a missing key point shows the model answer's sentence
    assert "words per minute" in plain  # delivery figures of the spoken answer
    assert page.star_bar.isHidden()

    page.table.selectRow(1)
    assert not page.star_bar.isHidden()
    assert "action" in page.star_bar.accessibleDescription()
    page.table.selectRow(2)
    assert "Skipped" in page.detail.toPlainText()


def test_single_argument_call_and_empty_session(page: ScorecardPage, services) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "empty", "question_ids": []})
    storage.finish_session(sid, None)
    page.show_scorecard(build_scorecard(storage.session(sid), services.bank))
    assert page.overall.text() == "–"
    assert page.table.rowCount() == 0
    assert page.comparison.isHidden()
    assert "No answers" in page.detail_title.text()


def test_a_follow_up_transcript_shows_with_its_question(page: ScorecardPage, services) -> None:  # type: ignore[no-untyped-def]
    storage, bank = services.storage, services.bank
    sid = _session(storage, bank, {"tech.overfit": "It memorizes noise in the training set."})
    storage.add_answer(
        sid, "tech.overfit", 0, "typed", "I would watch validation loss.", follow_up="How?"
    )
    page.show_scorecard(build_scorecard(storage.session(sid), bank))
    plain = page.detail.toPlainText()
    assert "Your answer" in plain and "It memorizes noise in the training set." in plain
    assert "Follow-up: How?" in plain and "I would watch validation loss." in plain


def test_every_control_is_named(page: ScorecardPage) -> None:
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy().name != "NoFocus" and not widget.isHidden():
            if widget.metaObject().className() in ("QScrollBar", "QSplitterHandle", "QWidget"):
                continue
            if widget.parent() is not None and widget.parent().metaObject().className() in (
                "QTableWidget",
                "QHeaderView",
            ):
                continue
            assert widget.objectName() and widget.accessibleName(), widget


def test_export_from_the_page_runs_off_the_gui_thread(
    qtbot, services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(1, window)
    sid = _session(services.storage, services.bank, {"tech.overfit": EVIL, "beh.conflict": ""})
    for fmt, chosen in (("html", "card.html"), ("pdf", "card"), ("md", "card.md")):
        target = tmp_path / chosen
        selected = FORMATS[fmt].file_filter
        monkeypatch.setattr(
            export_dialog, "ask_save_path", lambda *_a, t=target, s=selected: (str(t), s)
        )
        export_dialog.export_session(window, services.storage, services.bank, sid, runner)
        qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=HANG_MS)
        written = Path(window.statusBar().currentMessage().split(" to ", 1)[1])
        assert written.suffix == f".{fmt}" and written.exists()
        if fmt == "pdf":
            assert written.read_bytes().startswith(b"%PDF")
        window.statusBar().clearMessage()

    monkeypatch.setattr(export_dialog, "ask_save_path", lambda *_a: ("", ""))
    export_dialog.export_session(window, services.storage, services.bank, sid, runner)
    assert window.statusBar().currentMessage() == ""  # cancelled: nothing happens

    missing = tmp_path / "nope" / "card.json"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda *_a: (str(missing), ""))
    export_dialog.export_session(window, services.storage, services.bank, sid, runner)
    qtbot.waitUntil(lambda: "failed" in window.statusBar().currentMessage(), timeout=HANG_MS)
    assert str(missing) in window.statusBar().currentMessage()
    (box,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]  # and it stays
    assert str(missing) in box.text()
    box.close()
    runner.wait_idle()


def test_a_header_resize_after_the_row_timer_has_gone_raises_nothing(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """While a scorecard page was torn down, its table's header still resized after the page's
    row timer had been deleted; the resize handler, a lambda, called the dead timer and raised
    "Internal C++ object (QTimer) already deleted" into whatever test ran next (a CI run on a
    new machine: 10 failures and 48 errors, all this one). pytest-qt fails this test on any
    exception raised in a Qt slot."""
    import shiboken6

    page = ScorecardPage()
    qtbot.addWidget(page)
    page.resize(960, 640)
    shiboken6.delete(page._rows_fit)  # as during the page's teardown
    head = page.table.horizontalHeader()
    head.resizeSection(0, head.sectionSize(0) + 40)  # the handler runs
    assert not shiboken6.isValid(page._rows_fit)
