"""Walkthrough 46: the HTML export, opened in a browser 1280 pixels wide, put the score's gauge
alone on a row and the title under it. The head's text was a flex item sized by its longest line
(the overall statement runs to two lines at least), so it never fitted beside the gauge. It is
now a shrinking item with a 320px basis: beside the gauge, its lines wrapping, on any window;
under it only where 320px do not fit."""

from __future__ import annotations

import re
from pathlib import Path

from tests.core.test_export import BEHAVIORAL, exported


def _rule(css: str, selector: str) -> dict[str, str]:
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", css)
    assert match, f"no rule for {selector}"
    return dict(
        (k.strip(), v.strip())
        for k, v in (d.split(":", 1) for d in match.group(1).split(";") if ":" in d)
    )


def test_the_head_s_text_sits_beside_the_gauge_and_wraps(data_dir: Path) -> None:
    html = exported(data_dir, "html", {"beh.conflict": BEHAVIORAL, "tech.overfit": ""})
    head = html.split('<section class="head">', 1)[1].split("</section>", 1)[0]
    text = re.search(r'<div class="([^"]+)">\s*<h1>', head)
    assert text, head  # the block that holds the title is a styled one
    rule = _rule(html.split("</style>", 1)[0], f".head .{text.group(1)}")
    grow, shrink, basis = rule["flex"].split()
    assert shrink == "1" and basis.endswith("px") and int(basis[:-2]) <= 400, rule
    assert rule.get("min-width") == "0", rule  # else its longest line sets its width
