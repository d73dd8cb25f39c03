"""Walkthrough 42: the Markdown export's Delivery line gave neither aim ("155 words per minute ·
0.0 fillers per 100 words") nor the hedges, where the page, the HTML and the PDF said "(aim
130–160)", "(aim ≤ 2)" and "hedges: ...". One line, said alike everywhere."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from simulator.core import export
from simulator.core.export.render import render_answer_html
from simulator.core.scorecard import build_scorecard
from simulator.core.scorecard.model import DeliveryView
from tests.core.test_scorecard_model import GOOD, _session, bank, storage  # noqa: F401

LINE = (
    "95 s of 150 s · 171 words per minute (aim 130–160) · 3.5 fillers per 100 words (aim ≤ 2): "
    "um ×3, like ×1 · 2 long pauses · hedges: I think ×2"
)


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", html.unescape(text))
    return re.sub(r"\s+", " ", text)


def test_the_delivery_line_is_the_same_on_the_page_and_in_every_export(storage, bank) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    sid = _session(storage, bank, "Custom", [("tech.overfit", "typed", GOOD)], 1000.0)
    session = storage.session(sid)
    card = build_scorecard(session, bank)
    delivery = DeliveryView(95, 150, 271, 171, "um ×3, like ×1", 3.5, 2, "I think ×2", 0.7)
    answer = replace(card.answers[0], delivery=delivery)
    page = render_answer_html(answer, muted="#666", track="#ddd", dark=False)
    data = export.ExportInput(replace(card, answers=[answer]), session, bank)
    said = {"page": _plain(page)}
    said["html"] = _plain(export.FORMATS["html"].render(data))
    said["md"] = re.sub(r"\\(.)", r"\1", export.FORMATS["md"].render(data))  # Markdown escapes
    for where, text in said.items():
        assert LINE in text, (where, text[text.find("words per minute") - 60 :][:300])
