"""Defects met in the twenty-sixth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.ui.typed_session import stored_typed_session
from tests.ui.waits import HANG_MS

TECHNICAL = (
    "Overfitting is when the model memorizes noise in the training data. I compare training "
    "and validation error on a held-out set."
)
BEHAVIORAL = (
    "Last year two colleagues disagreed about our feature store design. My task was to unblock "
    "the launch. I met each of them one on one and ran a benchmark. As a result we shipped two "
    "weeks early and latency fell by 30 percent."
)


def _finished_session(storage: Storage, bank: QuestionBank, texts: dict[str, str]) -> int:
    return stored_typed_session(
        storage, bank, texts, {"name": "Quick practice", "counts": {"technical": 1}}
    )


def test_the_scorecard_table_keeps_its_width_from_one_answer_to_the_next(
    qtbot, themed, window, services
) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640, moving the selection from a technical answer to a behavioral one narrowed
    the answers table by ~36 px (the detail beside it widened for the STAR rows): every row
    grew taller and the row just selected was cut at the bottom of the table."""
    texts = {"tech.overfit": TECHNICAL, "case.spam": "", "beh.conflict": BEHAVIORAL}
    sid = _finished_session(services.storage, services.bank, texts)
    window.resize(window.minimumSize())
    window.open_scorecard(sid)
    page = window.scorecard
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5000)
    QApplication.processEvents()
    widths = []
    for row in (0, 2, 1, 2):
        page.table.selectRow(row)
        for _ in range(3):
            QApplication.processEvents()
        widths.append((row, page.table.width(), page._detail_panel.width()))
        table = page.table
        rect = table.visualRect(table.model().index(row, 0))
        assert table.viewport().rect().contains(rect), (row, rect, table.viewport().rect())
    assert len({w for _, w, _ in widths}) == 1, widths


def test_every_plan_s_name_fits_its_box_or_ends_in_an_ellipsis(qtbot, themed, window) -> None:  # type: ignore[no-untyped-def]
    """At 960 x 640 the plan box read "Custom — choose categories, topics and a": the longer
    plans were cut at the box's edge, mid-phrase, with nothing to say more was there. Each
    plan's text now fits whole or ends in "…"."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    window.resize(window.minimumSize())
    home = window.home
    combo = home.preset
    qtbot.waitUntil(lambda: combo.width() > 0 and combo.isVisible(), timeout=5000)
    QApplication.processEvents()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    cut = []
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        shown = combo.shown_text() if hasattr(combo, "shown_text") else combo.currentText()
        whole = shown == combo.currentText()
        if metrics.horizontalAdvance(shown) > field.width() or not (whole or shown.endswith("…")):
            cut.append((shown, metrics.horizontalAdvance(shown), field.width()))
    assert not cut, cut
    assert any(combo.itemText(i) != "" for i in range(combo.count()))


def test_the_line_under_an_answer_names_the_wrong_claim_it_was_charged(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """A learning-curves answer that said "More data always reduces bias." read "23/100 ·
    covered 2 of 4 key points · missing: …" under it: nothing said why a mostly covered answer
    scored 23 until the scorecard. The line quotes the charged sentence and says it costs."""
    from simulator.ui.pages.interview_feedback import AnswerFeedback

    question = services.bank.get("tech.overfit")
    text = (
        "Overfitting means high bias. The model memorizes noise in the training data, and I "
        "compare training and validation error on a held-out set."
    )
    score = score_answer(question, Transcript(text=text))
    assert score.misconceptions  # charged
    feedback = AnswerFeedback()
    qtbot.addWidget(feedback.line)
    feedback.show_score(score)
    shown = feedback.line.text()
    assert "wrong claim" in shown and "Overfitting means high bias." in shown, shown
    assert "costs points" in shown
    right = score_answer(question, Transcript(text=text.split(". ", 1)[1]))
    feedback.show_score(right)
    assert "wrong claim" not in feedback.line.text()


def test_keys_typed_during_the_introduction_start_the_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Practise again opens on "Let's try this question again." with the answer box focused:
    on a busy machine that lasted 5 s, and "I plot training and valida" typed meanwhile was
    dropped without a word (the answer began "tion error against ..."). Typing during the
    introduction now skips it, the reading and the thinking time, as it does during the last
    two, and every key lands in the answer."""
    from simulator.core.interview import State
    from simulator.core.plan import Plan
    from tests.ui.stand_ins import wait_state

    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    page = window.interview
    wait_state(qtbot, window, State.BRIEFING)
    assert page.answer.hasFocus() or window.focusWidget() is page.answer
    qtbot.keyClicks(page.answer, "It memorizes noise")
    assert window.controller.state is State.ANSWERING
    assert page.answer.toPlainText() == "It memorizes noise"


def test_the_resume_banner_says_the_answer_being_typed_comes_back(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Killed mid-answer, the app's Home read "interrupted after 0 of 1 answer. Everything you
    answered is saved.", as if what was being typed was lost, though Resume brings it back.
    The banner says so; with nothing typed it says only what was answered."""
    from simulator import paths
    from simulator.core.session.drafts import Draft, Drafts
    from simulator.ui.home_refresh import refresh_home

    storage = services.storage
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.overfit"]})
    banner = window.home.interrupted
    refresh_home(window)
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    # nothing answered yet: it says so (it read "Everything you answered is saved.")
    assert "nothing was answered yet" in banner.message.text()
    assert "Everything you answered is saved" not in banner.message.text()
    drafts = Drafts(lambda: paths.recordings_dir().parent / "drafts")
    drafts.write(sid, Draft(0, None, "Overfitting is when the model memorizes"))
    refresh_home(window)
    qtbot.waitUntil(lambda: "you were typing" in banner.message.text(), timeout=5000)
    assert "comes back when you resume" in banner.message.text()
