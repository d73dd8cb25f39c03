"""Score colours used as text read at 4.5 : 1 or more in both themes (walkthrough 19): the
green, amber and red of the gauges and bars were 2.4 to 4.4 : 1 as the numbers of the
Scorecard's table, the ✔/✘ of the answer detail, History's scores and the HTML export."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from simulator.core.export import render_answer_html, render_html
from simulator.core.scorecard import build_scorecard
from simulator.core.tables import BAD, GOOD, NO_SCORE, WARN, text_color
from simulator.ui.style import apply_theme
from tests.ui.typed_session import stored_typed_session

GOAL = 4.5
HEX = re.compile(r"color:\s*(#[0-9a-fA-F]{6})")


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def _contrast(a: str | QColor, b: str | QColor) -> float:
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _card(services):  # type: ignore[no-untyped-def]
    """A session with a good, a middling and a poor answer (and one skipped)."""
    storage, bank = services.storage, services.bank
    texts = {
        "tech.overfit": "Overfitting is when the model memorizes noise in the training data and "
        "fails to generalize. I use regularization, more data, early stopping and dropout, and "
        "check a held-out validation set where the gap between training and validation error "
        "shows it.",
        "beh.conflict": "We talked.",
        "case.spam": "",
    }
    sid = stored_typed_session(storage, bank, texts, {"name": "Contrast"})
    return build_scorecard(storage.session(sid), bank)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_score_colours_as_text_read_at_4_5_to_1_on_every_background(qtbot, theme: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        pal = app.palette()
        backgrounds = [
            pal.color(role)
            for role in (
                QPalette.ColorRole.Window,
                QPalette.ColorRole.Base,
                QPalette.ColorRole.AlternateBase,
            )
        ]
        for fill in (GOOD, WARN, BAD, NO_SCORE):
            ink = text_color(fill, theme == "dark")
            worst = min(_contrast(ink, bg) for bg in backgrounds)
            assert worst >= GOAL, (theme, fill, ink, round(worst, 2))
    finally:
        apply_theme(app, "light")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_scorecard_shows_its_scores_in_readable_colours(qtbot, services, theme: str) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.pages.scorecard import ScorecardPage

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        card = _card(services)
        page = ScorecardPage()
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show_scorecard(card)
        base = app.palette().color(QPalette.ColorRole.Base)
        table = page.table
        overall = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        column = overall.index("Overall")
        shown = {table.item(r, column).foreground().color().name() for r in range(3)}
        assert len(shown) >= 2  # a good and a poor score
        for ink in shown:
            assert _contrast(ink, base) >= GOAL, (theme, ink)
        # the answer detail (rich text: ✔/✘ and the overall)
        dark = theme == "dark"
        for answer in card.answers:
            detail = render_answer_html(answer, muted="#777777", track="#dddddd", dark=dark)
            for ink in set(HEX.findall(detail)) - {"#777777"}:
                assert _contrast(ink, base) >= GOAL, (theme, answer.number, ink)
    finally:
        apply_theme(app, "light")


def test_the_html_export_writes_scores_in_colours_readable_light_and_dark(services) -> None:  # type: ignore[no-untyped-def]
    page = render_html(_card(services))
    light, dark = re.findall(r":root\s*\{([^}]*)\}", page)[:2]

    def variables(block: str) -> dict[str, str]:
        return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block))

    for scheme in (variables(light), variables(dark)):
        for name in ("good-text", "warn-text", "bad-text", "muted"):
            for bg in ("card", "bg"):
                assert _contrast(scheme[name], scheme[bg]) >= GOAL, (name, scheme[name], bg)
    body = page.split("</style>", 1)[1]
    inline = set(HEX.findall(body))  # a fixed colour cannot suit both schemes
    assert not inline & {GOOD, WARN, BAD, NO_SCORE}, inline
