"""Attempts filled again for a new theme (800de236) went back to the top of each text pane,
while its commit said the scroll place was kept: each pane stays where the person had it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from simulator.ui.style import apply_theme, muted_color

WAIT_MS = 10_000  # the page fills again on the next turn of the event loop


def test_a_theme_switch_keeps_each_attempts_pane_where_it_was(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    try:
        storage = services.storage
        long = " ".join(f"Sentence {n} says overfitting memorizes noise." for n in range(150))
        for text in (long, long.replace("noise", "the training noise")):
            sid = storage.create_session({"name": "Again", "question_ids": ["tech.overfit"]})
            storage.add_answer(sid, "tech.overfit", 0, "typed", text)
            storage.finish_session(sid, None)
        window.past.open_attempts("tech.overfit")
        page = window.past.attempts
        qtbot.waitUntil(lambda: muted_color(False) in page.points.toHtml(), timeout=WAIT_MS)
        panes = (page.before_text, page.after_text)
        qtbot.waitUntil(
            lambda: all(p.verticalScrollBar().maximum() > 100 for p in panes), timeout=WAIT_MS
        )
        places = []
        for pane in panes:
            bar = pane.verticalScrollBar()
            bar.setValue(bar.maximum() // 2)
            places.append(bar.value())
        assert all(at > 50 for at in places)

        apply_theme(app, "dark")
        qtbot.waitUntil(lambda: muted_color(True) in page.points.toHtml(), timeout=WAIT_MS)
        # Before: both back at 0 (the top), setHtml's own place
        assert [p.verticalScrollBar().value() for p in panes] == places
    finally:
        apply_theme(app, "light")
