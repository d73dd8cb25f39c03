"""The walkthrough of round 66 (issue 8, walk66): a new user's keyboard-only walk through the
app in the real window (960 x 640 and 1400 x 900, light and dark), and what round 65 left.
Each test fails before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.typed_session import stored_typed_session
from tests.ui.waits import HANG_MS

OVERFIT = "Overfitting is when the model memorises noise in the training data."


def test_esc_in_the_history_search_chooses_the_session_chosen_before(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """History, the older of two sessions chosen with Down, then Ctrl+F and a search that
    finds nothing, then Esc to clear it: both sessions came back with none selected, so
    Enter, Ctrl+Shift+R and Delete did nothing and the keyboard user had lost their place.
    The session chosen before the search is chosen again."""
    storage, bank = services.storage, services.bank
    older = stored_typed_session(storage, bank, {"tech.overfit": OVERFIT}, {"name": "Older"})
    stored_typed_session(storage, bank, {"tech.overfit": OVERFIT + " More."}, {"name": "Newer"})
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=HANG_MS)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected_session() == older
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "nothing like this")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=HANG_MS)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=HANG_MS)
    rows = page.table.selectionModel().selectedRows()
    assert len(rows) == 1 and page.selected_session() == older, rows
    # Enter in the search now goes to that session, and Enter there opens it
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.selected_session() == older


def test_review_plays_a_float_recording_at_the_16_bit_scale_in_range(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """A spoken answer whose WAV holds 32-bit floats at the 16-bit scale (some tools write
    them so: 0.2 stored as 6,553): Transcribe again reads it at its level, but Review handed the
    file to the player as it was, which clipped every sample past full scale (a harsh buzz) and
    said nothing. The player now plays a copy divided by its peak: within full scale, the same
    sound at its own level, and as long."""
    import numpy as np
    import soundfile

    from tests.ui.recorded import open_review, spoken_session

    audio = data_dir / "recordings" / "loud.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    samples, rate = soundfile.read(str(audio), dtype="float32")
    soundfile.write(str(audio), samples * 32767.0, rate, subtype="FLOAT")
    page = open_review(qtbot, window, sid)

    def played() -> str:
        return page.player.media.source().toLocalFile()

    # (read off the GUI thread: a minute is ample for 22 s of audio)
    qtbot.waitUntil(lambda: played() != "", timeout=60_000)
    heard, heard_rate = soundfile.read(played(), dtype="float32")
    assert heard_rate == rate and len(heard) == len(samples)
    assert np.abs(heard).max() <= 1.0
    # the same sound: the loudest sample at full scale, the others in proportion
    peak = np.abs(samples).max()
    assert np.abs(heard - samples / peak).max() < 1e-3
    assert soundfile.read(str(audio), dtype="float32")[0].max() > 1000  # the answer's own file kept


def test_a_float_recording_within_full_scale_plays_as_it_is(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """A floating-point recording within full scale is played from its own file (no copy)."""
    import soundfile

    from tests.ui.recorded import open_review, spoken_session

    audio = data_dir / "recordings" / "quiet.wav"
    sid, _ids = spoken_session(services.storage, services.bank, audio)
    samples, rate = soundfile.read(str(audio), dtype="float32")
    soundfile.write(str(audio), samples, rate, subtype="FLOAT")
    page = open_review(qtbot, window, sid)
    qtbot.waitUntil(lambda: page.player.media.source().toLocalFile() != "", timeout=60_000)
    assert page.player.media.source().toLocalFile() == str(audio)


def test_export_offers_a_file_named_by_the_session_not_its_row_number(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+S on a scorecard (and on Review) offered "scorecard-session-3.html": the
    database's row number, which the window shows nowhere and which skips once a session is
    deleted. The name offered says when the session started and its plan, as the page does."""
    from simulator.core.export.files import export_file_name
    from simulator.ui import export_dialog

    storage, bank = services.storage, services.bank
    stored_typed_session(storage, bank, {"tech.overfit": OVERFIT}, {"name": "Deleted"})
    sid = stored_typed_session(storage, bank, {"tech.overfit": OVERFIT}, {"name": "Full loop"})
    asked: list[str] = []

    def ask(_parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return "", ""  # cancelled

    monkeypatch.setattr(export_dialog, "ask_save_path", ask)
    window.open_scorecard(sid)
    page = window.scorecard
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    qtbot.waitUntil(lambda: page._card is not None, timeout=HANG_MS)
    card = page._card
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=HANG_MS)
    offered = asked[0].rsplit("/", 1)[-1]
    assert f"session-{sid}" not in offered, offered
    digits = "".join(c for c in card.started if c.isdigit())
    assert offered.startswith("scorecard-") and offered.endswith("-full-loop.html"), offered
    assert "".join(c for c in offered if c.isdigit()) == digits, (offered, card.started)
    # Review offers the same name
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    review = window.past.review
    qtbot.waitUntil(lambda: window.stack.currentWidget() is review, timeout=HANG_MS)
    qtbot.keyClick(review, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=HANG_MS)
    assert asked[1].rsplit("/", 1)[-1] == offered
    # a plan's name of any alphabet is kept, a path's separator is not
    assert export_file_name("Größe / Ünïcode", "2026-12-07 09:26") == (
        "scorecard-2026-12-07-09-26-größe-ünïcode.html"
    )


def _item_text_room(view, row: int, focused: bool) -> int:  # type: ignore[no-untyped-def]
    """The height the style leaves an item's text in, as it draws the item (ringed when the
    keys act on it)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    index = view.model().index(row, 0)
    view.itemDelegate().initStyleOption(option, index)
    option.rect = view.visualRect(index)
    option.state |= QStyle.StateFlag.State_Selected
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    element = QStyle.SubElement.SE_ItemViewItemText
    return view.style().subElementRect(element, option, view).height()


def test_the_past_session_the_keys_are_on_shows_both_its_lines(
    qtbot, themed, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Home after Esc from Review, the keyboard on Past sessions: the session the keys act on
    read "Practise again · 82/100…" on one line, its date and answers cut off, while the
    others showed both lines. Its focus ring (2 px each side) was drawn inside a row sized for
    the two lines alone. The ring's room is kept in every row, focused or not."""
    from PySide6.QtWidgets import QApplication

    storage, bank = services.storage, services.bank
    for plan in ("Older", "Practise again"):
        stored_typed_session(storage, bank, {"tech.overfit": OVERFIT}, {"name": plan})
    window.refresh_home()
    listed = window.home.history
    qtbot.waitUntil(lambda: listed.count() == 2 and listed.item(0).text().count("\n") == 1,
                    timeout=HANG_MS)  # fmt: skip
    listed.setFocus()
    QApplication.processEvents()
    two_lines = 2 * listed.fontMetrics().lineSpacing()
    assert _item_text_room(listed, 0, focused=False) >= two_lines
    assert _item_text_room(listed, 0, focused=True) >= two_lines, (
        _item_text_room(listed, 0, focused=True),
        two_lines,
    )


def test_ctrl_shift_t_in_a_session_of_typed_answers_says_why_nothing_happens(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Review of a typed session: Ctrl+Shift+T (Transcribe again, in the README's table and
    F1's list) did nothing and said nothing, its button hidden with no recording to
    transcribe. It says why, on the page's own line, as Space does."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui.pages.review import NOTHING_TO_TRANSCRIBE

    storage, bank = services.storage, services.bank
    sid = stored_typed_session(storage, bank, {"tech.overfit": OVERFIT}, {"name": "Typed"})
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: review.isVisible() and review._review is not None, timeout=HANG_MS)
    assert not review.retranscribe_button.isVisible()
    focused = QApplication.focusWidget() or review
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(focused, Qt.Key.Key_T, ctrl_shift)
    assert review.status_line.full == NOTHING_TO_TRANSCRIBE
    assert window.stack.currentWidget() is review


def test_a_failed_export_does_not_leave_exporting_on_the_page(
    qtbot, window, services, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+S on the scorecard, a file in a folder that does not exist: the warning said the
    scorecard was not exported, but once it was closed the page's own line still read
    "Exporting the scorecard to …/card.md…" (the failure went to the status bar beside it). The
    page's line says the export failed, and the status bar does not say it twice."""
    from PySide6.QtWidgets import QMessageBox

    from simulator.ui import export_dialog

    storage, bank = services.storage, services.bank
    sid = stored_typed_session(storage, bank, {"tech.overfit": OVERFIT}, {"name": "Full loop"})
    target = tmp_path / "no-such-folder" / "card.md"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda _p, _s: (str(target), ""))
    window.open_scorecard(sid)
    page = window.scorecard
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    qtbot.waitUntil(lambda: page._card is not None, timeout=HANG_MS)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=HANG_MS)
    (box,) = shown()
    assert box.windowTitle() == "Export failed"
    box.close()
    line = page.status_line.full
    assert not line.startswith("Exporting"), line
    assert line.startswith("Export failed: cannot write") and "does not exist" in line, line
    assert "Export failed" not in window.statusBar().currentMessage()


def test_ctrl_pgdn_on_the_last_answer_says_so(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Review, Ctrl+PgDn on a session's last answer (or on a session of one): nothing
    happened and nothing was said, so a keyboard user could not tell the key from a miss.
    Past either end the page says where it is."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui.pages.review import FIRST_ANSWER, LAST_ANSWER, ONE_ANSWER

    storage, bank = services.storage, services.bank
    two = {"tech.overfit": OVERFIT, "case.spam": "I would start with a baseline classifier."}
    sid = stored_typed_session(storage, bank, two, {"name": "Two"})
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: review.isVisible() and review._review is not None, timeout=HANG_MS)
    focused = QApplication.focusWidget() or review
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(focused, Qt.Key.Key_PageUp, ctrl)
    assert review.status_line.full == FIRST_ANSWER
    qtbot.keyClick(QApplication.focusWidget() or review, Qt.Key.Key_PageDown, ctrl)
    qtbot.waitUntil(lambda: review.answer_choice.currentIndex() == 1, timeout=HANG_MS)
    qtbot.keyClick(QApplication.focusWidget() or review, Qt.Key.Key_PageDown, ctrl)
    assert review.status_line.full == LAST_ANSWER
    assert review.answer_choice.currentIndex() == 1
    one = stored_typed_session(storage, bank, {"tech.overfit": OVERFIT}, {"name": "One"})
    window.past.open_review(one)
    qtbot.waitUntil(lambda: review._review is not None and review._review.session_id == one,
                    timeout=HANG_MS)  # fmt: skip
    qtbot.keyClick(QApplication.focusWidget() or review, Qt.Key.Key_PageDown, ctrl)
    assert review.status_line.full == ONE_ANSWER
