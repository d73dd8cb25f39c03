"""What round 66's walkthrough saw but left (issue 8, walk66b), each seen in the real window
(960 x 640, light and dark) and each test failing before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.waits import HANG_MS


def test_home_does_not_say_no_sessions_beside_an_interrupted_interview(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """First run, one answer typed, the app closed: at the next start the banner offered the
    interview "interrupted after 1 of 4 answers. Everything you answered is saved." while the
    list beside it said "No sessions yet — your first scorecard will appear here."."""
    storage = services.storage
    sid = storage.create_session(
        {"name": "Behavioral drill", "question_ids": ["tech.q0", "tech.q1"]}
    )
    storage.add_answer(sid, "tech.q0", 0, "typed", "Overfitting is memorizing noise.")
    window.refresh_home()
    home = window.home
    qtbot.waitUntil(lambda: home.interrupted.isVisibleTo(home), timeout=HANG_MS)
    qtbot.waitUntil(lambda: home.history.count() == 1, timeout=HANG_MS)
    text = home.history.item(0).text()
    assert "No sessions yet" not in text, text
    assert "the interrupted interview" in text, text
    assert home.history.item(0).data(Qt.ItemDataRole.UserRole) is None  # nothing to open
    # with nothing interrupted it still says there are none
    home.show_sessions([])
    assert "No sessions yet" in home.history.item(0).text()


def _story(overall: int, off: bool):  # type: ignore[no-untyped-def]
    from simulator.core.scoring.results import AnswerScore

    star: dict[str, object] = {
        "parts": {p: {"share": 0.25} for p in ("situation", "task", "action", "result")}
    }
    if off:
        star["off_question"] = ["incident"]
    return AnswerScore.from_dict(
        {
            "question_id": "beh.conflict",
            "category": "behavioral",
            "overall": overall,
            "components": {"content": None, "structure": overall, "delivery": None},
            "star": star,
        }
    )


def test_history_colours_a_score_as_its_scorecard_does(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """A session whose only story is off the question asked, 82: its scorecard's ring and
    row are amber (at best amber, walkthrough 38), History's Score cell was green. The cell
    now shows the scorecard's verdict, and says why; a session with a story on the question
    keeps its score's own colour."""
    from simulator.core.tables import GOOD, WARN
    from simulator.ui.style import ink
    from tests.scores import session_score

    storage = services.storage
    ids = {}
    for off in (True, False):
        sid = storage.create_session({"name": f"Drill {off}", "question_ids": ["beh.conflict"]})
        storage.add_answer(sid, "beh.conflict", 0, "typed", "A story.", score=_story(82, off))
        storage.finish_session(sid, session_score(82, {"behavioral": 82}))
        ids[off] = sid
    window.open_scorecard(ids[True])
    card_page = window.scorecard
    qtbot.waitUntil(
        lambda: card_page._card is not None and card_page._card.session_id == ids[True],
        timeout=HANG_MS,
    )
    assert card_page._card.overall == 82 and card_page._card.overall_color == WARN
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=HANG_MS)
    model = page.proxy
    seen = {}
    for row in range(model.rowCount()):
        sid = page.model.rows[page.proxy.mapToSource(model.index(row, 0)).row()].session_id
        cell = model.index(row, 4)
        assert cell.data() == "82"
        seen[sid] = (
            cell.data(Qt.ItemDataRole.ForegroundRole).name(),
            cell.data(Qt.ItemDataRole.ToolTipRole) or "",
        )
    assert seen[ids[True]][0] == ink(WARN), seen  # as its scorecard: amber
    assert "Off the question" in seen[ids[True]][1]
    assert seen[ids[False]] == (ink(GOOD), ""), seen


def test_review_speed_and_recording_keys_on_a_typed_answer_say_why(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """Review of a typed answer: Ctrl+Up / Ctrl+Down (the speed) and Alt+C (which recording)
    did nothing and said nothing, their controls hidden (Qt drops a hidden label's Alt key), as
    Ctrl+Shift+T did before walk66. Each says why, on the page's own line; on a spoken answer
    with one recording, Alt+C says there is no other, and Ctrl+Up changes the speed."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui.pages.review import NO_CHOICE_TYPED, NO_SPEED_TYPED, ONE_RECORDING
    from tests.ui.recorded import open_review, spoken_session
    from tests.ui.typed_session import stored_typed_session

    overfit = "Overfitting is when the model memorises noise in the training data."
    storage, bank = services.storage, services.bank
    sid = stored_typed_session(storage, bank, {"tech.overfit": overfit}, {"name": "Typed"})
    review = open_review(qtbot, window, sid)
    qtbot.waitUntil(lambda: review._review is not None, timeout=HANG_MS)
    speed = review.speed.currentIndex()
    ctrl = Qt.KeyboardModifier.ControlModifier
    for key, said in (
        (Qt.Key.Key_Up, NO_SPEED_TYPED),
        (Qt.Key.Key_Down, NO_SPEED_TYPED),
        (Qt.Key.Key_C, NO_CHOICE_TYPED),
    ):
        review.status_line.say("")
        focused = QApplication.focusWidget() or review
        modifier = Qt.KeyboardModifier.AltModifier if key == Qt.Key.Key_C else ctrl
        qtbot.keyClick(focused, key, modifier)
        assert review.status_line.full == said, key
    assert review.speed.currentIndex() == speed  # nothing changed out of sight
    assert window.stack.currentWidget() is review

    spoken, _ids = spoken_session(storage, bank, data_dir / "recordings" / "a.wav")
    review = open_review(qtbot, window, spoken)
    qtbot.waitUntil(
        lambda: review._review is not None and review._review.mode == "spoken", timeout=HANG_MS
    )
    assert review.replay.piece_choice.isHidden()  # one recording: no choice shown
    focused = QApplication.focusWidget() or review
    review.status_line.say("")
    qtbot.keyClick(focused, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert review.status_line.full == ONE_RECORDING
    qtbot.keyClick(focused, Qt.Key.Key_Up, ctrl)
    assert review.speed.currentIndex() == speed + 1
