"""Round 52 (issue 8, speech52): Jinja is imported with the first page rendered, not with the
window, which imports the export module for its helpers (``breakable``, ``LONG_RUN``): ~6 MB
held through a whole voice interview, its memory peak included, for nothing."""

from __future__ import annotations

import subprocess
import sys


def test_the_window_s_pages_do_not_import_jinja_until_a_page_is_rendered_r52() -> None:
    code = """
import sys
import simulator.ui.pages.interview, simulator.ui.pages.scorecard, simulator.ui.pages.review
import simulator.core.export
print("with the pages:", "jinja2" in sys.modules)
from simulator.core.export import prepare_answer_html
prepare_answer_html()
print("rendering:", "jinja2" in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "with the pages: False" in out
    assert "rendering: True" in out
